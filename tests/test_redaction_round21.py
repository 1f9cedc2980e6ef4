"""Round 21: the value-shapes grid (evaluation/synthetic/uk_value_shapes.py). Each UK identifier in
the label wordings, machine keys and shapes people and systems write it with, wherever it
stands (a label line, a table's header, a JSON or XML field, a value wrapped across a line end),
and the look-alikes that stay readable. Values invented here; each hidden row failed before its
fix."""

from __future__ import annotations

import pytest
from redaction_checks import assert_hidden_under_type

from contracts.models import Letter

#: a bank account, sort code, passport or licence under the short labels people write
ROUND21_LABEL_WORDINGS = [
    (
        "born 09-03-1948  Postcode - CF24 7WA, acct: 7625-6564  Order no 470\n",
        "7625-6564",
        "UK_BANK_ACCOUNT",
    ),
    ("Rhif y cyfrif: 6646 7156.\n", "6646 7156", "UK_BANK_ACCOUNT"),
    ("Bank details: 74 78 51 97, paid monthly\n", "74 78 51 97", "UK_BANK_ACCOUNT"),
    ("Sort: 60.28.55\n", "60.28.55", "UK_SORT_CODE"),
    ("S.C. # 405316.\n", "405316", "UK_SORT_CODE"),
    ("PP no: 173216062\n", "173216062", "UK_PASSPORT"),
    ("Passport No. # GBR502086223;\n", "GBR502086223", "UK_PASSPORT"),
    ("his passport no is 368-234-048.\n", "368-234-048", "UK_PASSPORT"),
    ("Rhif pasbort: 853-258-397\n", "853-258-397", "UK_PASSPORT"),
]


@pytest.mark.parametrize(("text", "value", "kind"), ROUND21_LABEL_WORDINGS)
def test_round21_a_short_label_names_the_identifier(redactor, text, value, kind):
    out = redactor.redact(Letter(id="r21-label", text=text))
    assert_hidden_under_type(text, out, {value: kind})


#: the same labels as a table's header, a JSON key or an XML element
ROUND21_FIELDS = [
    (
        "| Status | A/C | Appointment |\n|---|---|---|\n| Open | 75054522 | 21/12/2026 |\n",
        "75054522",
        "UK_BANK_ACCOUNT",
    ),
    ("Status,acct,Invoice\nOpen,746 96130,INV-885981\n", "746 96130", "UK_BANK_ACCOUNT"),
    (
        '{"claim_ref": "CLM 9171 0831", "bank_account": "767 82213"}\n',
        "767 82213",
        "UK_BANK_ACCOUNT",
    ),
    ("<Record><BankAccount>7143-7767</BankAccount></Record>\n", "7143-7767", "UK_BANK_ACCOUNT"),
    (
        "record: orderNo=101-160-409; bank_sort=77/25/42; claim_ref=CLM 8026 1276\n",
        "77/25/42",
        "UK_SORT_CODE",
    ),
    ("Status\tSort\tTicket\nOpen\t16/54/09\t794 077 1172\n", "16/54/09", "UK_SORT_CODE"),
    (
        "| Status | Invoice no | PP no |\n|---|---|---|\n| Open | 06239565 | 432-974-659 |\n",
        "432-974-659",
        "UK_PASSPORT",
    ),
]


@pytest.mark.parametrize(("text", "value", "kind"), ROUND21_FIELDS)
def test_round21_a_field_label_or_machine_key_names_the_identifier(redactor, text, value, kind):
    out = redactor.redact(Letter(id="r21-field", text=text))
    assert_hidden_under_type(text, out, {value: kind})


#: a labelled value broken by a hard line end, at a space or inside a group
ROUND21_WRAPPED = [
    ("Please note the PP no: 396-\n892-739.\n", "396-\n892-739", "UK_PASSPORT"),
    (
        "For our records the acct 08 25\n02 32\nRe: claimant details\n",
        "08 25\n02 32",
        "UK_BANK_ACCOUNT",
    ),
    (
        "Updated: Acc No. 43\n79 97 20 and nothing else has changed.\n",
        "43\n79 97 20",
        "UK_BANK_ACCOUNT",
    ),
    ("Please note the S/C: 08/03/\n93\n", "08/03/\n93", "UK_SORT_CODE"),
    ("For our records the Post code bs3\n5un.\n", "bs3\n5un", "UK_POSTCODE"),
]


@pytest.mark.parametrize(("text", "value", "kind"), ROUND21_WRAPPED)
def test_round21_a_labelled_value_wrapped_across_a_line_is_hidden(redactor, text, value, kind):
    out = redactor.redact(Letter(id="r21-wrapped", text=text))
    assert_hidden_under_type(text, out, {value: kind})


#: fields on one line between pipes: each value keeps its own type (guards: these pass before
#: too, the redactor's own phone and date spans win there; the grid's scorer counted the field's
#: longer span over both values as a mistyped hit)
ROUND21_PIPES = [
    (
        "DVLA no: ASHWO507174C99DW 98 | Council tax a/c ref # 913664908X Mob:\t+44 (0)113 496 0684\n",
        "+44 (0)113 496 0684",
        "PHONE_NUMBER",
    ),
    ("A/C: 5375-752 | DOB: 09-08-2001, Order no # 140-102-202\n", "09-08-2001", "DATE_OF_BIRTH"),
]


@pytest.mark.parametrize(("text", "value", "kind"), ROUND21_PIPES)
def test_round21_a_pipe_ends_a_fields_value(redactor, text, value, kind):
    out = redactor.redact(Letter(id="r21-pipe", text=text))
    assert_hidden_under_type(text, out, {value: kind})


#: look-alikes that must stay readable, and a value whole on its line that must not take the next
ROUND21_READABLE = [
    ("Council tax account: 12345678\n", "12345678"),
    ("Status,Invoice no,Claim number\nOpen,40123456,3015287719\n", "40123456"),
    ("Acct no: 12345678\n12 March we spoke\n", "12 March"),
    # a table's other columns under one labelled column stay as written
    ("Status,Sort,Order no\nOpen,16/54/09,218-706-212\n", "218-706-212"),
    ("Status\tNHS No\tInvoice no\nClosed\t943 476 5919\t40123456\n", "40123456"),
]


@pytest.mark.parametrize(("text", "value"), ROUND21_READABLE)
def test_round21_look_alikes_stay_readable(redactor, text, value):
    out = redactor.redact(Letter(id="r21-readable", text=text))
    start = text.index(value)
    assert not any(e.start < start + len(value) and start < e.end for e in out.entities), [
        (text[e.start : e.end], e.type) for e in out.entities
    ]


#: guards of this round's own rules (they pass before and after): a tabbed form's label and value
#: lines are no table, and a word before a date on the next line stays outside the date
ROUND21_GUARDS = [
    ("A/C # 00 16 07 89 and the rest is on file.\n", {"00 16 07 89": "UK_BANK_ACCOUNT"}),
    ("Bank sort code: 87–01–20\n", {"87–01–20": "UK_SORT_CODE"}),
    (
        "q5c_town:\tSwansea\nq11_landlord_or_agent:\tClarion\nq13_evidence_upload:\tpayslip.pdf\n"
        "q8b_partner_dob:\t21 Sep 1969\nq8c_partner_NINO:\tPG041164 D\n",
        {"21 Sep 1969": "DATE_OF_BIRTH", "PG041164 D": "UK_NINO"},
    ),
    (
        "I have lived here 22 years. My date of birth is\n17.7.1937. Thanks\n",
        {"17.7.1937": "DATE_OF_BIRTH"},
    ),
]


@pytest.mark.parametrize(("text", "types"), ROUND21_GUARDS)
def test_round21_guards(redactor, text, types):
    out = redactor.redact(Letter(id="r21-guard", text=text))
    assert_hidden_under_type(text, out, types)
    if "birth is\n" in text:
        assert not any(text[e.start : e.end].startswith("is") for e in out.entities)
