"""Round 31d (names, tuned on heldout17's misses): a name spelt out letter by letter on a call,
the caller's name at the start of a case note's cell before their date of birth or account, a
relative with a word before the relation ("my little brother"), and a child named only by the
age after it ("... and ffion whos 8"), a green screen's name field padded with underscores (read by round 31c's screen labels once its padding is read as spaces), and
a title in capitals before a name in capitals. Values invented here. Each row of ``HIDDEN`` failed
before the round (a character of the value was left in clear); each row of ``READABLE`` guards
words the new rules must leave alone."""

from __future__ import annotations

import pytest
from redaction_checks import assert_hidden_under_type, assert_readable, assert_wholly_hidden

from contracts.models import Letter

_SCREEN = (
    "CTAX0410  COUNCIL TAX - ACCOUNT ENQUIRY            02/12/26 10:14\n"
    " ACCOUNT NO: 61234567   BAND: C    PROP REF: 87014114966\n"
    " NAME 1 SURNAME ..: SOW___________________ FORENAMES: MONIKA________ TITLE: MRS\n"
    " DOB ............: 14.04.1969  NINO: ZJ364880D\n"
    " NAME 2 SURNAME ..: D'SA__________________ FORENAMES: LORNA_________ TITLE: MS\n"
    " DOB ............: 02.11.1971  NINO: AB123456C\n"
    " PF3=EXIT  PF7=BACK  PF8=FWD\n"
)

#: (text, a value that must be wholly hidden)
HIDDEN = [
    # spelt out on a call, after saying so or on its own
    ("Spelt it for me: D-E-S-T-A.", "D-E-S-T-A"),
    ("Her surname, letter by letter: N-G\nThen the date of birth.", "N-G"),
    # a case note's cell: the caller's name, then their date of birth
    (
        '20261102,+448081570000,Elections,A1412,VoterID,"Zawadi Mkapa dob 3-Apr-1976 asked"',
        "Zawadi Mkapa",
    ),
    # a relative with a word before the relation, written in lower case
    ("my older sister sanajaoba helps on sundays", "sanajaoba"),
    ("and my little brother tumaini whos 13 and zawadi whos 8 tbh", "tumaini"),
    # a child named by the age after it, after "and" or a comma
    ("and my little brother tumaini whos 13 and zawadi whos 8 tbh", "zawadi"),
    ("the kids are fine, ruxandra aged 6, and ilinca who is 3", "ruxandra"),
    # a green screen's name fields padded with underscores (no word boundary ends the value)
    (_SCREEN, "SOW"),
    # a title in capitals before an initial and a surname, on a label sheet printed in columns
    ("Mr Tomislav Basic                     MX A SOW                    MR GIRMA JEMAL\n", "A SOW"),
]

#: (text, a word that must stay readable)
READABLE = [
    ("See the A-Z of council services online.", "A-Z"),
    ("Our Q-and-A page covers this, and she whos 9 can read it.", "she"),
    ("i have two kids and one whos 3 is at nursery", "one"),
    ("My claim and my son who is 12 are both on the form.", "son"),
]


@pytest.mark.parametrize(("text", "value"), HIDDEN)
def test_round31d_names_are_hidden(redactor, text, value):
    out = redactor.redact(Letter(id="r31d", text=text))
    assert_wholly_hidden(text, out, value)


def test_round31d_a_padded_field_is_a_name_not_a_place(redactor):
    # the model took "D'SA" for a place; the field says it is a surname
    out = redactor.redact(Letter(id="r31d", text=_SCREEN))
    assert_hidden_under_type(_SCREEN, out, {"D'SA": "PERSON", "SOW": "PERSON"})


@pytest.mark.parametrize(("text", "word"), READABLE)
def test_round31d_words_stay_readable(redactor, text, word):
    out = redactor.redact(Letter(id="r31d", text=text))
    assert_readable(text, out, word)
