"""Round 28: personal data a letter lists or gives as an answer, read from the layout around it
(:mod:`redaction.recognizers.listed`) - a list of signatories one "Name, house" a line, a comma
list of names after a label about people, a chat screenshot's contact header, a house name
after a word about a home, an address written "at <street> in <place>, postcode ...", and an NI
number answering a question for it. Values invented here. The ``HIDDEN`` rows failed before the
round (the value was missed or hidden under another type); ``READABLE`` rows are words that
are no one's data; the ``RULES`` rows with no finding are shapes the readers must leave alone."""

from __future__ import annotations

import pytest
from redaction_checks import assert_hidden_under_type

from contracts.models import Letter
from redaction.normalise import normalise
from redaction.recognizers import listed
from redaction.recognizers.not_personal import not_personal

_PETITION = (
    "I object to the licence.\n\nSigned by residents of the close:\n"
    "  Kwabena Osei-Tutu, Heron's Rest\n  R. Abernethy-Quaye, Kittiwake Lodge, Ferry Wynd\n"
    "  TANVIR CHOUDHURY, 14 Ferry Wynd\n\nContact me on 07700 900 318.\n"
)
_HOUSEHOLD = (
    "Hello, the certificate is attached for me and the people I share the house with. We are "
    "all full-time students this year, so we think the property should be exempt.\n\n"
    "Name: Morwenna Trevail\nStudent number: 5512093\n\n"
    "Flatmates (forms to follow): Ifeoma, Bartholomew Quist, Zsófia Halmi\n"
    "Me: 07700 900 210\n"
)
_CHAT = (
    "Hi, I copied the screenshots in.\n\n09:12  5G  64%\n< 3\nOluwaseun >\n07700 900 771\n"
    "iMessage\nMon 10:02\n\nThe rent is going up.\n\nRead 11:40\n\n"
    "I cant afford that. Also the mould at Ferryman's Cottage is back\nDelivered\n"
)
_TRANSCRIPT = (
    "Pelagia Oyelaran   1:10\nShe's still at 9 Cordwainer Row in Kilmahog, postcode FK17 8HD\n\n"
    "Pelagia Oyelaran   1:40\nShe lives at Tollgate Bothy, Cordwainer Row in Strathyre, "
    "postcode FK18 8NA\n\nIvo Brankovic   2:05\nAnd for the pension credit, her NI number? \n\n"
    "Pelagia Oyelaran   2:31\nJT-40917-B. You can ring me on 07700 900 642\n"
)

#: (text, values that must be hidden under their type after the round)
HIDDEN = [
    # a list of signatories under its heading: each name a person, a house alone an address
    (_PETITION, {"Kwabena Osei-Tutu": "PERSON", "Heron's Rest": "STREET_ADDRESS"}),
    (_PETITION, {"R. Abernethy-Quaye": "PERSON", "TANVIR CHOUDHURY": "PERSON"}),
    # a comma list of names after a label about people
    (_HOUSEHOLD, {"Ifeoma": "PERSON", "Bartholomew Quist": "PERSON"}),
    (_HOUSEHOLD, {"Zsófia Halmi": "PERSON"}),
    # a chat screenshot's contact header, and a house name after "the mould at"
    (_CHAT, {"Oluwaseun": "PERSON", "Ferryman's Cottage": "STREET_ADDRESS"}),
    # a street "in" a village before a postcode: the village is a place
    (_TRANSCRIPT, {"9 Cordwainer Row": "STREET_ADDRESS", "Kilmahog": "LOCATION"}),
    (_TRANSCRIPT, {"Tollgate Bothy, Cordwainer Row": "STREET_ADDRESS", "Strathyre": "LOCATION"}),
    # an NI number with a slip in its shape, answering the question for it
    (_TRANSCRIPT, {"JT-40917-B": "UK_NINO"}),
]


@pytest.mark.parametrize(("text", "types"), HIDDEN)
def test_round28_listed_and_answered_values_are_hidden(redactor, text, types):
    out = redactor.redact(Letter(id="r28-hidden", text=text))
    assert_hidden_under_type(text, out, types)


#: (text, a word that must stay readable)
READABLE = [
    (_HOUSEHOLD, "Flatmates"),
    (_TRANSCRIPT, "postcode"),
    (_PETITION, "Signed by residents"),
]


@pytest.mark.parametrize(("text", "readable"), READABLE)
def test_round28_labels_stay_readable(redactor, text, readable):
    out = redactor.redact(Letter(id="r28-readable", text=text))
    start = text.index(readable)
    end = start + len(readable.strip())
    masked = [text[e.start : e.end] for e in out.entities if e.start < end and start < e.end]
    assert not masked, (readable, masked)


#: the readers one by one: (reader, text, what it finds as (type, value))
RULES = [
    (
        listed.signatory_rows,
        "Signatories:\n  Ama Boateng, Cedar View\n",
        [("PERSON", "Ama Boateng"), ("STREET_ADDRESS", "Cedar View")],
    ),
    (
        listed.signatory_rows,
        "Signed:\n- Dr Iqbal, 3 Mill Lane\n",
        [("PERSON", "Dr Iqbal"), ("STREET_ADDRESS", "3 Mill Lane")],
    ),
    # no heading of signatories, or a row that is no name: left alone
    (listed.signatory_rows, "Items:\n  Ama Boateng, Cedar View\n", []),
    (listed.signatory_rows, "Signed by:\n  The Council, Town Hall\n", []),
    # a row with a town and a postcode: the first piece is the street (the rest is left to the
    # address rules)
    (
        listed.signatory_rows,
        "Signed by:\n  Ama Boateng, 3 Mill Lane, Leeds LS1 4AB\n",
        [("PERSON", "Ama Boateng"), ("STREET_ADDRESS", "3 Mill Lane")],
    ),
    (
        listed.names_after_people_label,
        "Housemates: Kofi, Ama Mensah and Yaw\n",
        [("PERSON", "Kofi"), ("PERSON", "Ama Mensah"), ("PERSON", "Yaw")],
    ),
    (
        listed.names_after_people_label,
        "Other occupants (adults): Lin Wei\n",
        [("PERSON", "Lin Wei")],
    ),
    # a list holding a number or a common word is no list of names
    (listed.names_after_people_label, "Children: 2, aged 5 and 7\n", []),
    (listed.names_after_people_label, "Occupants: Ama, Kofi, 3 more\n", []),
    (listed.names_after_people_label, "Tenants: Please see attached\n", []),
    (listed.chat_contact_headers, "< 12\nDimitra Kanellou >\n", [("PERSON", "Dimitra Kanellou")]),
    (listed.chat_contact_headers, "< Back\nMessages >\n", []),
    (
        listed.houses_after_home_cue,
        "the leak at Old Forge Cottage again",
        [("STREET_ADDRESS", "Old Forge Cottage")],
    ),
    (
        listed.houses_after_home_cue,
        "still living at Bwthyn y Grug now",
        [("STREET_ADDRESS", "Bwthyn y Grug")],
    ),
    # the street written after the house goes with it
    (
        listed.houses_after_home_cue,
        "the damp at Piper's Neuk, Coble Loan is back",
        [("STREET_ADDRESS", "Piper's Neuk, Coble Loan")],
    ),
    # no word about a home before "at": an office or a court
    (listed.houses_after_home_cue, "I went to the office at Companies House", []),
    (listed.houses_after_home_cue, "the hearing at Truro Crown Court", []),
    (
        listed.streets_in_places,
        "at 4 Tanner Row in Balquhidder, postcode FK19 8PB",
        [("STREET_ADDRESS", "4 Tanner Row"), ("LOCATION", "Balquhidder")],
    ),
    # no postcode after the place: left to the other rules
    (listed.streets_in_places, "at 4 Tanner Row in March last year", []),
    (
        listed.answered_ninos,
        "Her NI number?\n\nSam Kerr   3:02\nQB 12 34 56 E. Thanks\n",
        [("UK_NINO", "QB 12 34 56 E")],
    ),
    (listed.answered_ninos, "NI number?\nAE41735A\n", [("UK_NINO", "AE41735A")]),
    (listed.answered_ninos, "My NI no: JT 40917 B\n", [("UK_NINO", "JT 40917 B")]),
    # a question about something else, and an answer that is no NI number
    (listed.answered_ninos, "Her NHS number?\n\nSam Kerr   3:02\nQB 12 34 56 E\n", []),
    (listed.answered_ninos, "Her NI number?\n\nSam Kerr   3:02\nI will check.\n", []),
]


@pytest.mark.parametrize(("reader", "text", "expected"), RULES)
def test_round28_readers(reader, text, expected):
    found = reader(text)
    if isinstance(found, tuple):  # names_after_people_label: (names, labels)
        found = found[0]
    assert [(kind, text[a:b]) for kind, a, b in found] == expected


def test_round28_a_list_under_a_heading_is_not_joined_as_wrapped_lines():
    """Indented items under a short heading keep their line breaks (long items read like a
    hard-wrapped paragraph otherwise, and the next item's name ran into the last address)."""
    text = (
        "Signed by neighbours:\n  Kwabena Osei-Tutu, Kittiwake Lodge, Ferry Wynd\n"
        "  Bartholomew Quist-Abernethy, Heron's Rest, Saltpan Gardens\n"
        "  Zsófia Halmi-Oyelaran, Tollgate Bothy, Cordwainer Row\n"
    )
    assert normalise(text).text.count("\n") == text.count("\n")


@pytest.mark.parametrize(
    ("value", "expected"), [("postcode", True), ("Post Code", True), ("Postcombe", False)]
)
def test_round28_the_word_postcode_is_no_place(value, expected):
    text = f"in Kilmahog, {value} FK17 8HD"
    start = text.index(value)
    assert not_personal(text, "LOCATION", start, start + len(value)) is expected
