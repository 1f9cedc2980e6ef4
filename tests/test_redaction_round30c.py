"""Round 30c (precision without organisation spans): words that are no one's personal data
stay readable: a chat assistant's name, a team's words on its helpline's line, a mail system's
name and a voicemail's field labels, a medicine before its dose, the "date" of "date of birth",
a police force's name, a team's initials, a GEDCOM header's system id, a form's instruction, a
language after its label, a field's label before its value. Values invented here. Each row of
``READABLE`` failed before the round (the word was masked), with personal values beside it that
must stay hidden under their type; each row of ``STILL_HIDDEN`` guards what the round's rules
must never un-hide (fail closed)."""

from __future__ import annotations

import pytest
from redaction_checks import assert_hidden_under_type, assert_readable

from contracts.models import Letter
from redaction.recognizers.not_personal import not_personal

_CHAT = (
    "[09:12:03] Ask Robin (bot): Hello, I'm Robin. What's your full name?\n"
    "[09:12:40] You: tamsin arkwright-boyle\n"
    "[09:13:02] Ask Robin (bot): Thanks. What's your date of birth?\n"
    "[09:13:30] You: 14/02/1979\n"
)
_VOICEMAIL = (
    "From: Voicemail <noreply-vm@example-housing.gov.uk>\n"
    "Subject: New voicemail from 07700900431 (0:48)\n"
    "Mailbox: 3127  Queue: 2  Duration: 0:48\n\n"
    "hi its gwenllian prosser date of birth third may nineteen sixty please ring back\n"
)

#: (text, a word that must stay readable, personal values beside it that must stay hidden)
READABLE = [
    # a chat's automated assistant: its speaker label and the name it gives itself
    (_CHAT, "Ask Robin", {"tamsin arkwright-boyle": "PERSON", "14/02/1979": "DATE_OF_BIRTH"}),
    (_CHAT, "Robin.", {"tamsin arkwright-boyle": "PERSON"}),
    # a team's helpline and mailbox on one line: its words are the team's
    (
        "Please reply to my son Idris Mabey on 07700 900372.\n\n"
        "Tenancy Support - Wensleydale: 0800 069 5512 / tenancy.support@example.gov.uk\n",
        "Wensleydale",
        {"Idris Mabey": "PERSON", "07700 900372": "PHONE_NUMBER"},
    ),
    (
        "Mój numer telefonu: 07700 900813\nZ poważaniem,\nHalina Wróblewska\n\n"
        "Housing Options - Allocations: 0300 123 7788 / allocations@example.gov.uk\n",
        "Allocations",
        {"Halina Wróblewska": "PERSON", "07700 900813": "PHONE_NUMBER"},
    ),
    # a voicemail's mail system, its fields, and the label split off a typed name
    (_VOICEMAIL, "Voicemail", {"gwenllian prosser": "PERSON"}),
    (_VOICEMAIL, "noreply-vm@example-housing.gov.uk", {"07700900431": "PHONE_NUMBER"}),
    (_VOICEMAIL, "Mailbox", {"gwenllian prosser": "PERSON"}),
    (_VOICEMAIL, "date of", {"third may nineteen sixty": "DATE_OF_BIRTH"}),
    # a medicine before its dose
    (
        "Patient: OKORO, Adaeze\nRepeat medication\n  Mirtazapine 15mg - at night\n",
        "Mirtazapine",
        {"OKORO, Adaeze": "PERSON"},
    ),
    # a police force's name, and a team known by its initials
    (
        "From: Devon and Cornwall Police - Torridge NPT (torridge.npt@example.police.uk)\n"
        "Subject: Kwabena Asante-Boateng, 3 Pixie Lane\n",
        "Devon",
        {"Kwabena Asante-Boateng": "PERSON"},
    ),
    (
        "Closed. Torridge NPT: 01632 960 441\nVictim: Kwabena Asante-Boateng\n",
        "Torridge NPT",
        {"Kwabena Asante-Boateng": "PERSON"},
    ),
    # a GEDCOM export's header names the system that wrote it
    (
        "Case 26/118 - the family tree the probate researchers sent is pasted below\n\n"
        "0 HEAD\n1 SOUR TREEMAKER\n1 DATE 2 DEC 2026\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n"
        "0 @I1@ INDI\n1 NAME Efua /Mensah/\n2 GIVN Efua\n2 SURN Mensah\n1 SEX F\n"
        "1 BIRT\n2 DATE 4 MAR 1941\n2 PLAC Otley\n0 TRLR\n",
        "TREEMAKER",
        {"4 MAR 1941": "DATE_OF_BIRTH"},
    ),
    # a form's instruction and a team's name where an address is written
    (
        "Please write in BLOCK CAPITALS.\nSURNAME: OYELARAN-WHITE\nFORENAME: TEMITOPE\n",
        "BLOCK CAPITALS",
        {"OYELARAN-WHITE": "PERSON"},
    ),
    (
        "Return to Housing Register, Civic Offices, Louth LN11 9ZZ\nApplicant: Mr Gideon Akpabio\n",
        "Housing Register",
        {"Gideon Akpabio": "PERSON"},
    ),
    # a form's instruction, and a chat's own words beside a name
    (
        "Housing Register application   Form no. HR1/26/10525\n"
        "Please write in BLOCK CAPITALS, one letter per box.\n\n"
        "PART 1 - ABOUT YOU\nSURNAME: OYELARAN-WHITE\nFORENAME: TEMITOPE\n",
        "BLOCK CAPITALS",
        {"OYELARAN-WHITE": "PERSON", "TEMITOPE": "PERSON"},
    ),
    (
        "Meeting ID: 832 6170 3875\n18:08:28 From  Amarachi Nwosu  to  Tegan Pryce-Jones"
        "(Direct Message):\n\tmy number is +447700900731\n",
        "Direct",
        {"Tegan Pryce-Jones": "PERSON", "+447700900731": "PHONE_NUMBER"},
    ),
    # the service's words in a letter in another language ("Housing Options" on a copy line)
    (
        "Szanowni Państwo,\n\nnazywam się Halina Wróblewska (data urodzenia 3 lipca 1973 r.). "
        "Mieszkam pod adresem 4 Mill Lane, Gresford LL12 8QQ. Proszę o pomoc w sprawie czynszu, "
        "bo właściciel chce podnieść czynsz.\n\nZ poważaniem,\nHalina Wróblewska\n"
        "Kopia: Housing Options\n",
        "Options",
        {"Halina Wróblewska": "PERSON", "4 Mill Lane": "STREET_ADDRESS"},
    ),
    # a language after its label
    (
        "Ref 26/10233   Language: Tigrinya   Caller: Mr Yonas Haile, 07700 900512\n",
        "Tigrinya",
        {"Yonas Haile": "PERSON", "07700 900512": "PHONE_NUMBER"},
    ),
    (
        " SURNAME ..: HAILE___ FORENAMES: YONAS___\n LIABLE FROM: 10.09.2016  LANG: CY\n",
        "CY",
        {"YONAS": "PERSON"},
    ),
    # a field's label before its value in a screen print
    (
        " NAME ......: ASANTE, KOFI\n DIRECT DEBIT ..: SORT 20-30-40  ACC 1234 5678  DAY 01\n",
        "ACC",
        {"20-30-40": "UK_SORT_CODE", "1234 5678": "UK_BANK_ACCOUNT"},
    ),
    # a practice named after its places
    (
        "Next of kin: Ivana Marić (daughter)\nGP: Glenelg and North Morar Surgery, 01632 960 703\n",
        "Glenelg",
        {"Ivana Marić": "PERSON"},
    ),
    # a payment's return reason in a bank's returns file
    (
        "1. ARUCS reason 0 REFER TO PAYER, £48.16, claim HB/5647280: Mrs Nkechi Obi\n",
        "PAYER",
        {"Nkechi Obi": "PERSON"},
    ),
    # a festival that opens a season
    (
        "Trader: Ms Olamide Fashola\nDays and hours: Sat-Sun 10:00-17:00, Easter to October\n",
        "Easter",
        {"Olamide Fashola": "PERSON"},
    ),
]


@pytest.mark.parametrize(("text", "readable", "types"), READABLE)
def test_round30c_words_that_are_no_ones_data_stay_readable(redactor, text, readable, types):
    out = redactor.redact(Letter(id="r30c-readable", text=text))
    assert_readable(text, out, readable)
    assert_hidden_under_type(text, out, types)


#: (text, personal values that must stay wholly hidden under their type)
STILL_HIDDEN = [
    # a person's name in the assistant's turn that it does not introduce itself with
    (
        "[09:12:03] Ask Robin (bot): Thanks, Tamsin Arkwright. What's your postcode?\n",
        {"Tamsin Arkwright": "PERSON"},
    ),
    # a person's name and mobile on a contact line; a given name after a team
    (
        "Regards\nHousing Support - Sarah Okafor: 07700 900611 / s.okafor@example.com\n",
        {"Sarah Okafor": "PERSON"},
    ),
    # a person's name before a sending service's no-reply address
    ("From: Gwenllian Prosser <noreply@sign.example.com>\n", {"Gwenllian Prosser": "PERSON"}),
    # a name before a colon after a chat's timestamp
    ("[10:32] Grace: my rent account is wrong\n", {"Grace": "PERSON"}),
]


@pytest.mark.parametrize(("text", "types"), STILL_HIDDEN)
def test_round30c_personal_values_stay_hidden(redactor, text, types):
    out = redactor.redact(Letter(id="r30c-hidden", text=text))
    assert_hidden_under_type(text, out, types)


#: the rules one by one: (text, the span's type, the span, no one's data?)
NOT_PERSONAL_CASES = [
    ("[09:12:03] Ask Robin (bot): Hello", "PERSON", "Ask Robin", True),
    ("[09:12:03] Ask Robin (bot): Hello, I'm Robin.", "PERSON", "Robin.", True),
    ("[09:12:40] Jo Bloggs (Agent): Hello, I'm Jo.", "PERSON", "Jo.", False),
    ("Welfare Rights - Appeals: 0800 123 4567 / appeals@example.gov.uk", "PERSON", "Appeals", True),
    ("Welfare Rights - Appeals: 07700 900123 / appeals@example.gov.uk", "PERSON", "Appeals", False),
    ("Contact Centre - Mr Stride: 0800 123 4567 / cc@example.gov.uk", "PERSON", "Stride", False),
    ("Housing Officer Okpara: 0300 123 4567 / h.o@example.gov.uk", "PERSON", "Okpara", False),
    ("Ama Ode - Reading: 0118 496 0000 / ama@example.com", "LOCATION", "Reading", False),
    ("Queries 0808 157 1703 / returned.mail@example.gov.uk", "PERSON", "Queries", True),
    ("Housing Officer - Dumbleton\nRef", "PERSON", "Dumbleton", False),
    ("From: Voicemail <no-reply.alerts@example.com>", "PERSON", "Voicemail", True),
    ("From: Ama Ode <no-reply@example.com>", "PERSON", "Ama Ode", False),
    ("From: x <noreply-vm@example.gov.uk>", "EMAIL_ADDRESS", "noreply-vm@example.gov.uk", True),
    ("  Lansoprazole 30mg - daily", "PERSON", "Lansoprazole", True),
    ("I gave Mary 10ml of the syrup", "PERSON", "Mary", False),
    ("Mailbox: 4102  Queue: 3", "PERSON", "Mailbox", True),
    ("Grace: 4102", "PERSON", "Grace", False),
    # an ordinary word that is a name too ("Poppy") needs a label's sign beside it
    ("Poppy: 07700 900057\n", "PERSON", "Poppy", False),
    ("Poppy: 07700 900057  Mum: 07700 900058  Tel: x\n", "PERSON", "Poppy", False),
    ("Poppy 07700-900057\n", "PERSON", "Poppy", False),
    ("Poppy 30/11/2006\n", "PERSON", "Poppy", False),
    ("Deposit ID: DPC20660099", "PERSON", "Deposit", True),
    ("From: Poppy <noreply@sign.example.com>", "PERSON", "Poppy", False),
    ("From: Avon and Somerset Constabulary", "PERSON", "Avon", True),
    ("I reported it to Mary Police", "PERSON", "Mary", False),
    ("Ask for Mary Police Officer", "PERSON", "Mary", False),
    ("Housing Options - Lettings\nRef", "PERSON", "Lettings", True),
    ("Housing Options - Okonkwo\nRef", "PERSON", "Okonkwo", False),
    ("Open Sat-Sun, Easter to October", "PERSON", "Easter", True),
    ("Easter Mbeki called", "PERSON", "Easter", False),
    ("Batch RM26-427   Printed 30/11/2026 17:47   Stock", "LOCATION", "Batch", True),
    ("Reading RG1 1AA", "LOCATION", "Reading", False),
    ("Initials\n  AT 02/12/2026   signed", "PERSON", "AT", False),
    ("  AT: 02/12/2026", "PERSON", "AT", False),
    ("GP: Lochalsh and South Skye Surgery, 01632", "PERSON", "Lochalsh", True),
    ("WHY MOVE?\n  DAMP - MOULD SPREADING", "PERSON", "DAMP - MOULD SPREADING", True),
    ("NOTES\n  GIFT - PROMISE\n", "PERSON", "GIFT - PROMISE", False),
    ("ADDRESS\n  ORCHARD HOUSE - MILL LANE", "PERSON", "ORCHARD HOUSE - MILL LANE", False),
    ("Parties: AMBER - ROSE", "PERSON", "AMBER - ROSE", False),
    ("GP: Jones and Patel Surgery, 01632", "PERSON", "Jones", False),
    ("From: Sedgemoor NPT", "PERSON", "Sedgemoor NPT", True),
    ("Return to Housing Register, Civic Offices", "STREET_ADDRESS", "Housing Register", True),
    ("Language: Tigrinya  Caller:", "PERSON", "Tigrinya", True),
    (" DIRECT DEBIT ..: SORT 20-30-40  ACC 1234 5678  DAY 01", "PERSON", "ACC", True),
    (" DIRECT DEBIT ..: SORT 20-30-40  ACC 1234 5678  DAY 01", "PERSON", "SORT", True),
    ("Name: Tigrinya  Caller:", "PERSON", "Tigrinya", False),
]


#: (text, values that must each lie wholly inside a span of their type): recall
FOUND = [
    # an address cell that ends in an Irish town whose second word is eclipsed
    (
        "No | Name | Address | Postcode | Signature\n"
        "1 | ORLA MAGUIRE | 21 Rath Road, Loch gCaol | BT44 5QQ | [signed]\n"
        "2 | DEMBE OKELLO | 4 Dun Lane, Loch gCaol | BT44 6QQ | [signed]\n",
        {"21 Rath Road": "STREET_ADDRESS", "Loch gCaol": "LOCATION"},
    ),
]


@pytest.mark.parametrize(("text", "types"), FOUND)
def test_round30c_values_found_under_their_type(redactor, text, types):
    out = redactor.redact(Letter(id="r30c-found", text=text))
    assert_hidden_under_type(text, out, types)


@pytest.mark.parametrize(("text", "kind", "value", "expected"), NOT_PERSONAL_CASES)
def test_round30c_not_personal_rules(text, kind, value, expected):
    start = text.index(value)
    end = start + len(value.rstrip("."))
    assert not_personal(text, kind, start, end) is expected


#: the service's vocabulary: (text, a phrase the vocabulary must hold as written there)
VOCABULARY = [
    ("1. ARUCS reason 0 REFER TO PAYER, £412.50, claim HB/6077083", "REFER TO PAYER"),
    ("18:12:04 From  Ama Ode  to  Jo Bloggs(Private Message):", "Private Message"),
    ("Please write in block letters.", "block letters"),
]


@pytest.mark.parametrize(("text", "phrase"), VOCABULARY)
def test_round30c_service_vocabulary(text, phrase):
    from redaction.phrases import PhraseMatcher
    from redaction.recognizers import SERVICE_TERMS

    start = text.index(phrase)
    spans = PhraseMatcher(SERVICE_TERMS).spans(text)
    assert any(a <= start and start + len(phrase) <= b for a, b in spans), spans
