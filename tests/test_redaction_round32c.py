"""Round 32c (English layouts, tuned on heldout23's misses): a date of birth quoted again on its
own in a chat's reply, a chat message that greets and introduces its sender before the address,
a party's role in capitals inside a scanned agreement's running text ("GUARANTOR: ..."), an
officer named by their team ("Income officer:"), a label with a condition in brackets
("Previous surname (if changed ...):"), and a tradesperson named after their trade ("operative
Kasia"). Values invented here. Each row failed before the round; each row of ``READABLE``
guards words the new rules must leave alone."""

from __future__ import annotations

import pytest
from redaction_checks import assert_hidden_under_type, assert_readable

from contracts.models import Letter
from redaction.recognizers.field_labels import field_type

_CHAT = (
    "[04/10/2026, 09:12:40] Oriel Fenwick: > What is your date of birth, please?\n"
    "2 Feb 1987 and my number is 07700 900417\n"
    '[04/10/2026, 09:40:02] Brackenfield Homes: ↪ Replying to: "2 Feb 1987"\n'
    "Thanks, job booked.\n"
)

#: (text, {value: type}): each value wholly inside one span of its type (its first occurrence,
#: or its last where ``last`` says so)
TYPED = [
    # a chat's greeting and introduction before the address: the name is a name
    (
        "[12/10/2026, 08:01:15] +44 7700 900388: Hello, I am Tsegab, tenant at 41 Quarrybank "
        "Road, Dunhallow PL22 4QT. The radiator is cold",
        {"Tsegab": "PERSON", "41 Quarrybank Road": "STREET_ADDRESS"},
    ),
    (
        "[12/10/2026, 08:01:15] +44 7700 900391: Hello, I am Nkiru Obi, tenant at Larch House, "
        "Dunhallow PL22 4QT. The boiler has stopped",
        {"Nkiru Obi": "PERSON", "Larch House": "STREET_ADDRESS"},
    ),
    # a party's role in capitals inside a scanned page's running text, the name wrapped
    (
        "RIGHT TO RENT: passport no. 553190274 seen on 02/03/2026. GUARANTOR: Oskar\n"
        "Lindqvist driving licence LINDQ704113O99KX tel 07700 900512",
        {"Oskar\nLindqvist": "PERSON"},
    ),
    (
        "seen on 02/03/2026. GUAR-\nANTOR: Y Sươn Êban driving licence "
        "EBANY 611205 Y99QP tel 07700 900513",
        {"Y Sươn Êban": "PERSON"},
    ),
    (
        "This agreement is made on 03/03/2026 between THE LANDLORD: SEVERINE KOW-\nALSKI of "
        "12 Tarn Row, Grisedale LA10 5QB",
        {"SEVERINE KOW-\nALSKI": "PERSON"},
    ),
    # a label with a condition in brackets
    (
        "1. Surname: Okonjo\n   Previous surname (if changed in the last 12 months): Tarrant\n"
        "2. Date of birth: 4.9.1979\n",
        {"Tarrant": "PERSON"},
    ),
    # a village named like a street ("... Green", "... Hill"), last before the postcode or the
    # county, after a house or a street: the town
    (
        "Contact address: Tanner's Rest, Pollards Green  SO51 9QT",
        {"Pollards Green": "LOCATION", "Tanner's Rest": "STREET_ADDRESS"},
    ),
    (
        "Ms Adaeze Nwosu\nWheelwright Cottage\nAshby Vale\nLincs. (The Wolds)\nLN7 6TR\n\n1 May",
        {"Ashby Vale": "LOCATION", "Wheelwright Cottage": "STREET_ADDRESS"},
    ),
    (
        "in respect of THE PROPERTY: Cooper's Lodge, Hengrave Hill, Suffolk (Breckland) IP28 6LQ.",
        {"Hengrave Hill": "LOCATION", "Cooper's Lodge": "STREET_ADDRESS"},
    ),
    # (guard) such a name before the town is the street's
    (
        "I live at Ivy Cottage, Pollards Green, Romsey SO51 9QT.",
        {"Pollards Green": "STREET_ADDRESS"},
    ),
    # a tradesperson named after their trade
    (
        "2026-10-02 09:00  Appointment booked (AM) - Bryncoch Building Services Ltd, operative "
        "Bakary\n2026-10-02 13:10  No access - card left\n",
        {"Bakary": "PERSON"},
    ),
    (
        "2026-10-02 09:00  Appointment booked (AM) - Bryncoch Building Services Ltd, operative "
        "Dawit\n2026-10-02 13:10  No access - card left\n",
        {"Dawit": "PERSON"},
    ),
]


#: (a form's label, the type it announces)
LABELS = [
    # an officer named by their team
    ("Income officer", "PERSON"),
    ("Tenancy sustainment officer:", "PERSON"),
    # a party to an agreement
    ("GUARANTOR", "PERSON"),
    # a condition in brackets
    ("Previous surname (if changed in the last 12 months)", "PERSON"),
    ("Address (if different from the applicant's)", "STREET_ADDRESS"),
]


@pytest.mark.parametrize(("label", "kind"), LABELS)
def test_round32c_labels_announce_their_type(label, kind):
    assert field_type(label) == kind


@pytest.mark.parametrize(("text", "types"), TYPED)
def test_round32c_values_are_hidden_under_their_type(redactor, text, types):
    out = redactor.redact(Letter(id="r32c", text=text))
    assert_hidden_under_type(text, out, types)


def test_round32c_a_date_of_birth_quoted_again_is_hidden(redactor):
    out = redactor.redact(Letter(id="r32c", text=_CHAT))
    start = _CHAT.rindex("2 Feb 1987")
    assert any(
        e.start <= start and start + len("2 Feb 1987") <= e.end and e.type == "DATE_OF_BIRTH"
        for e in out.entities
    ), [(_CHAT[e.start : e.end], e.type) for e in out.entities]


#: (text, a word that must stay readable)
READABLE = [
    # a role in capitals before a value that is no name
    ("THE PROPERTY: 12 Tarn Row, Grisedale LA10 5QB. RENT: £650.00 per month", "RENT"),
    ("TERM: Twelve months from 01/04/2026. DEPOSIT: Held by the scheme.", "Twelve"),
    # another date than the date of birth stays
    (_CHAT + "Visit on 2 Mar 1987 was noted.", "2 Mar 1987"),
]


@pytest.mark.parametrize(("text", "word"), READABLE)
def test_round32c_words_stay_readable(redactor, text, word):
    out = redactor.redact(Letter(id="r32c", text=text))
    assert_readable(text, out, word)
