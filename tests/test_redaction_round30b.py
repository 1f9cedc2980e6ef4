"""Round 30b (heldout21's machine exports and scans): a person record exported as JSON (a name's
"family" and "given" parts, an address's "line" array, an identifier named by its "system"), a
scanned bill's addressee run into the house's name, a number's label with a condition before
its colon, a whole name signed again in lower case; and what is no one's data: a web form's
no-reply sender, a heading or a firm before its last word, a pipe table's cells the model took,
a licence's label wrapped onto the next line's label, a JSON export's ids and Unix times, a
utility's account number, the words before "is" after an address cue, a county's bracketed
aside. Values invented here. Each row of ``FOUND`` and ``READABLE`` failed before the round;
``STILL_HIDDEN`` guards values the round's rules must not un-hide (fail closed)."""

from __future__ import annotations

import pytest
from redaction_checks import assert_hidden_under_type, assert_readable, assert_wholly_hidden

from contracts.models import Letter

_FHIR = (
    "Referral from the GP hub:\n\n"
    "{\n"
    '  "resourceType": "Patient",\n'
    '  "identifier": [\n'
    "    {\n"
    '      "system": "https://fhir.nhs.uk/Id/nhs-number",\n'
    '      "value": "6675342405"\n'
    "    }\n"
    "  ],\n"
    '  "name": [ { "use": "official", "family": "Quarshie", "given": [ "Efua", "Araba" ] } ],\n'
    '  "address": [\n'
    "    {\n"
    '      "use": "home",\n'
    '      "line": [ "Tanyard Cottage", "Wharf Lane" ],\n'
    '      "city": "Kirkby Malzeard",\n'
    '      "postalCode": "HG4 3QQ"\n'
    "    }\n"
    "  ]\n"
    "}\n"
)
_BILL = (
    "--- scanned text ---\n"
    "SEVERNSIDE POWER AND GAS Your energy bill Cllr D. Achterberg Millrace House, Weir Lane, "
    "Upton Snodsbury, Worcs. (Vale of Evesham) WR7 4QQ Account number 47 2219 0381 Bill date "
    "03/11/2026 for the period 01/08/2026 to 31/10/2026.\n"
)
_BILL_CAPITALS = (
    "HARTLAND ENERGY LTD Your energy bill TAMSIN VOSPER-KELLY Quarry House, Mill Lane, "
    "Upton Snodsbury WR7 4QQ Account number 31 0457 8812 Bill date 03/11/2026\n"
)
_CHAT = (
    "{\n"
    ' "name": "Hla Myint-Swe",\n'
    ' "type": "personal_chat",\n'
    ' "id": 4673671309,\n'
    ' "messages": [\n'
    "  {\n"
    '   "id": 50211,\n'
    '   "date_unixtime": "5596840319",\n'
    '   "from": "Hla Myint-Swe",\n'
    '   "text": "Fix the damp. The address for the council is Tanyard Cottage, Ballyeamon '
    'BT44 2QQ"\n'
    "  }\n"
    " ]\n"
    "}\n\n"
    "My date of birth is 30 May 1999, phone 07700 900073. I rang you but got voicemail.\n"
    "hla myint-swe\n"
)

#: (text, values that must each lie wholly inside a span of their type)
FOUND = [
    # a FHIR Patient: the name's parts, the address's lines, the identifier named by its system
    (
        _FHIR,
        {
            "Quarshie": "PERSON",
            "Araba": "PERSON",
            "Tanyard Cottage": "STREET_ADDRESS",
            "Wharf Lane": "STREET_ADDRESS",
            "6675342405": "UK_NHS",
        },
    ),
    # a scanned bill: the addressee run into the house's name, after a title and an initial
    (_BILL, {"Achterberg": "PERSON", "Millrace House": "STREET_ADDRESS"}),
    # or in capitals before the house's name in title case
    (_BILL_CAPITALS, {"TAMSIN VOSPER-KELLY": "PERSON", "Quarry House": "STREET_ADDRESS"}),
    # a name that ran on into the house's name after it, wrapped by the scan
    (
        "WEIRSIDE ENERGY LTD Your energy bill Mx R. Oyelaran Pavilion\nEnd, Easterhope "
        "BB7 5QQ Account number 12 3456 7890\n",
        {"R. Oyelaran": "PERSON", "Pavilion\nEnd": "STREET_ADDRESS"},
    ),
    # a condition between the number's label and its colon
    (
        "He works cash in hand. I have his old passport number if it helps: 512 907 43\n",
        {"512 907 43": "UK_PASSPORT"},
    ),
    # a whole name signed again in lower case
    (_CHAT, {"hla myint-swe": "PERSON"}),
]


@pytest.mark.parametrize(("text", "types"), FOUND)
def test_round30b_values_found_under_their_type(redactor, text, types):
    out = redactor.redact(Letter(id="r30-found", text=text))
    assert_hidden_under_type(text, out, types)


#: (text, words that must stay readable)
READABLE = [
    # a web form's no-reply sender
    (
        "From: noreply-forms@eastvale-permits.gov.uk\nSubject: New submission PP-2026-41187\n\n"
        "First name: Efua\nLast name: Quarshie\n",
        ["noreply-forms@eastvale-permits.gov.uk"],
    ),
    # a heading in capitals before its document's word, and a firm before its "LTD"
    (
        "This is what the notice says:\n\nSINGLE JUSTICE PROCEDURE NOTICE\nURN: 14NE0789847\n"
        "Single Justice Procedure Centre (Teesside)\n\nDefendant: Efua Quarshie\n",
        ["SINGLE JUSTICE PROCEDURE", "Single Justice Procedure"],
    ),
    (
        "Hello, my first payslip is copied below.\n\n"
        "MARSHGATE FROZEN FOODS LTD                    PAYSLIP\n"
        "Unit 4, Cromwell Road, Wisbech PE13 2QQ\nEmployee: Efua Quarshie\n",
        ["MARSHGATE FROZEN FOODS", "PAYSLIP"],
    ),
    # a utility's name and its account number on a scanned bill
    (_BILL, ["SEVERNSIDE POWER", "47 2219 0381"]),
    # the cells of a pipe table the model took for a name or a place
    (
        "Please find the record below.\n\nAppliance | Location | Make | Op. pressure | Safe\n"
        "Boiler | Kitchen | Baxi | 19 mbar | Yes\nGas fire | Lounge | Ideal | 20 mbar | Yes\n",
        ["Boiler", "Kitchen"],
    ),
    # a licence card's number wrapped onto the next line's label
    (
        "Gas Safe Register no: 859743   Engineer licence card: 3880978\nEngineer: Efua Quarshie\n",
        ["Engineer:"],
    ),
    # a JSON export's chat id and Unix time; the words before "is" after an address cue
    (_CHAT, ["4673671309", "5596840319", "for the council is"]),
]


@pytest.mark.parametrize(("text", "words"), READABLE)
def test_round30b_words_stay_readable(redactor, text, words):
    out = redactor.redact(Letter(id="r30-readable", text=text))
    for word in words:
        assert_readable(text, out, word)


#: (text, value, a type no span over the value may have)
NOT_UNDER = [
    # "of" inside a county's bracketed aside is no address cue: the aside is no street
    (_BILL, "Evesham", "STREET_ADDRESS"),
]


@pytest.mark.parametrize(("text", "value", "kind"), NOT_UNDER)
def test_round30b_values_not_under_type(redactor, text, value, kind):
    out = redactor.redact(Letter(id="r30-type", text=text))
    start = text.index(value)
    end = start + len(value)
    typed = [
        (text[e.start : e.end], e.type) for e in out.entities if e.start < end and start < e.end
    ]
    assert all(t != kind for _, t in typed), typed


#: (text, values that must stay wholly hidden, whatever their type)
STILL_HIDDEN = [
    # a bank account of ten digits in groups, where a bank's words stand near
    ("Please pay into account number 1234 5678 90, sort code 20-00-00.\n", ["1234 5678 90"]),
    # a firm named after its owner keeps the owner's name hidden
    ("Quote from DAVE JONES BUILDERS LTD attached.\n", ["DAVE JONES"]),
    # a person's own e-mail that starts like a no-reply mailbox
    ("Email me at noreplyjoe@gmail.com please.\n", ["noreplyjoe@gmail.com"]),
    # a driving licence in capitals after its label
    ("Driving licence no: QUARS902249E99AB\nVehicle: LR18 OYP\n", ["QUARS902249E99AB"]),
    # a JSON key that names an NHS number keeps it
    ('{ "nhs_id": "4437976711", "from": "Hla Myint-Swe" }\n', ["4437976711"]),
    # a name in a pipe table's cell stays hidden
    ("No | Name | Visit\n1 | Efua Quarshie | Kitchen\n", ["Efua Quarshie"]),
]


@pytest.mark.parametrize(("text", "values"), STILL_HIDDEN)
def test_round30b_values_stay_hidden(redactor, text, values):
    out = redactor.redact(Letter(id="r30-hidden", text=text))
    for value in values:
        assert_wholly_hidden(text, out, value)
