"""Round 16: rules meant to generalise to layouts nobody has seen. A date of birth in any shape
a person, a form, OCR or a computer writes one; a postcode whose halves are split by something
other than a space; the town written after a street typed as a town. Values invented here; each
row failed before its fix."""

from __future__ import annotations

import pytest
from redaction_checks import assert_hidden_under_type

from contracts.models import Letter

#: a date of birth after its label, in every shape a full date is written
ROUND16_DATE_SHAPES = [
    ("The client gave her DOB as 07NOV1962 on the phone.\n", "07NOV1962"),  # glued
    ("DOB  3Feb71 (age 55)\n", "3Feb71"),
    ("His date of birth is 19/Aug/1958 and he lives alone.\n", "19/Aug/1958"),  # slashes
    ("Date of birth 1958.Aug.19\n", "1958.Aug.19"),  # the year first
    ("DOB 1977-Sep-04\n", "1977-Sep-04"),
    ("her birth date is Sep-04-1977 so she is over 45\n", "Sep-04-1977"),  # the month first
    ("D.O.B. 1966-10-21T00:00:00Z\n", "1966-10-21T00:00:00Z"),  # a machine's timestamp
    ("the dob is 1966-10-21 00:00:00.000 per the old system\n", "1966-10-21 00:00:00.000"),
    ("her dob was 19661021T000000Z in the export\n", "19661021T000000Z"),
    ("He was born on Thursday, 21 October 1966 in Leeds.\n", "Thursday, 21 October 1966"),
    ("her date of birth is 21.X.1966 as on her ID card\n", "21.X.1966"),  # Roman numerals
    ("date of birth 21_10_1966\n", "21_10_1966"),  # an underscore between the numbers
    ("Birthday: 1990/Dec/05\n", "1990/Dec/05"),
    ("D/O/B 05/12/90\n", "05/12/90"),  # a form's slashed label
    ("Birth: 14 Feb 1931\n", "14 Feb 1931"),  # a register's or a family tree's label
    # a document from abroad, or its translation: the label and the month in its language
    ("Data urodzenia: 12 marca 1985\n", "12 marca 1985"),
    ("Geburtsdatum: 4. Juni 1966\n", "4. Juni 1966"),
    ("Date de naissance : 3 août 1979\n", "3 août 1979"),
    ("Fecha de nacimiento: 9 de mayo de 1988\n", "9 de mayo de 1988"),
    ("Data nașterii: 03.11.1979\n", "03.11.1979"),
]


@pytest.mark.parametrize(("text", "value"), ROUND16_DATE_SHAPES)
def test_round16_a_date_of_birth_in_any_shape_is_hidden(redactor, text, value):
    out = redactor.redact(Letter(id="r16-date", text=text))
    assert_hidden_under_type(text, out, {value: "DATE_OF_BIRTH"})


#: a postcode whose halves are split by a sign, a tab or a wide gap
ROUND16_POSTCODE_SPLIT = [
    ("Address: 12 Mill Lane, Wetheral CA4-8RT\n", "CA4-8RT"),
    ("Her address is 3 Kiln Row, Penketh, WA5.5HJ and she is 80.\n", "WA5.5HJ"),
    ("Send it to 22 Heol y Parc, Porthmadog LL49/9AB please.\n", "LL49/9AB"),
    ("Send it to 9 Quay Street, Conwy LL32 - 8AB please.\n", "LL32 - 8AB"),
    # the outward half alone, closing an address
    ("I live at 12 Mill Lane, Leeds LS6 and have done for years.\n", "LS6"),
]


@pytest.mark.parametrize(("text", "value"), ROUND16_POSTCODE_SPLIT)
def test_round16_a_postcode_with_its_halves_split_is_hidden(redactor, text, value):
    out = redactor.redact(Letter(id="r16-postcode", text=text))
    assert_hidden_under_type(text, out, {value: "UK_POSTCODE"})


#: the town written where an address puts it, after the street: typed as a town
ROUND16_TOWN_AFTER_STREET = [
    (  # "in" the town, then the word "postcode", as a caller says it
        "Hello, i live at 61 Brunswick Road in Kirkcudbright postcode DG6 4AB could you ring\n",
        {"61 Brunswick Road": "STREET_ADDRESS", "Kirkcudbright": "LOCATION"},
    ),
    (  # the town after the last comma of the street's line
        "Address: Flat 9, 40 The Maltings, Market Rasen, Lincs. LN8 3AA\nPhone: 07700 900514\n",
        {"Flat 9, 40 The Maltings": "STREET_ADDRESS", "Market Rasen": "LOCATION"},
    ),
    (  # the town between the street and the postcode
        "Property: 35 Church View, Margate CT9 5HB\n",
        {"35 Church View": "STREET_ADDRESS", "Margate": "LOCATION"},
    ),
    (  # a house name, the district and the town one a line
        "Placement address:\nHollybank\nChorlton\nManchester\nM21 9AB\nTel: 01632 960441\n",
        {"Hollybank": "STREET_ADDRESS", "Chorlton": "LOCATION"},
    ),
    (  # in running notes, no comma between the street and the town
        "Notes: cust says post going to old address 88 Elm Tree Avenue Ringwood BH24 1AB. "
        "transferred\n",
        {"88 Elm Tree Avenue": "STREET_ADDRESS", "Ringwood": "LOCATION"},
    ),
]


@pytest.mark.parametrize(("text", "types"), ROUND16_TOWN_AFTER_STREET)
def test_round16_the_town_after_a_street_is_a_town(redactor, text, types):
    out = redactor.redact(Letter(id="r16-town", text=text))
    assert_hidden_under_type(text, out, types)


#: a street's own words and a house name are not read as a town
ROUND16_NOT_A_TOWN = [
    ("Address: Flat 2, 17 Heol y Parc\nBangor\nLL57 2RF\n", {"17 Heol y Parc": "STREET_ADDRESS"}),
]


@pytest.mark.parametrize(("text", "types"), ROUND16_NOT_A_TOWN)
def test_round16_a_street_or_a_house_stays_an_address(redactor, text, types):
    out = redactor.redact(Letter(id="r16-street", text=text))
    assert_hidden_under_type(text, out, types)


#: "date of birth" typed in a hurry, then the date
ROUND16_LABEL_TYPOS = [
    ("my mum lives alone and her dtae of birth is 14/02/1939 she has no heating\n", "14/02/1939"),
    ("and her dae of birht is 9 Oct 1941 and she is housebound\n", "9 Oct 1941"),
    ("and her date of bbirth is May 2, 1950 her nhs number is on the letter\n", "May 2, 1950"),
    ("and his ddate of birth is 03-07-1962 he has had no hot water\n", "03-07-1962"),
]


@pytest.mark.parametrize(("text", "value"), ROUND16_LABEL_TYPOS)
def test_round16_a_mistyped_date_of_birth_label_still_labels(redactor, text, value):
    out = redactor.redact(Letter(id="r16-typo", text=text))
    assert_hidden_under_type(text, out, {value: "DATE_OF_BIRTH"})


#: fail closed: a full date far in the past on the line of a person's name, not said to be the
#: date of something else, is that person's date of birth
ROUND16_OLD_DATE_BESIDE_A_NAME = [
    ("Please ask Rosa Diaz (mother) 3.4.52 to call us before 12 January 2027.\n", ["3.4.52"]),
    (
        "Other people at the address: Marek Nowak who is my husband, 3rd March 1957.\n",
        ["3rd March 1957"],
    ),
]


@pytest.mark.parametrize(("text", "values"), ROUND16_OLD_DATE_BESIDE_A_NAME)
def test_round16_an_old_date_beside_a_name_is_hidden(redactor, text, values):
    out = redactor.redact(Letter(id="r16-old", text=text))
    assert_hidden_under_type(text, out, dict.fromkeys(values, "DATE_OF_BIRTH"))


#: and what must stay readable: deadlines, appointments, a letter's date, and old dates said to
#: be the date of something else
ROUND16_DATES_STAY_READABLE = [
    ("Dear Mrs Okafor, I wrote to Mr Dunn on 12 May 2009 about the damp.\n", "12 May 2009"),
    ("Tenant: Mr Piotr Nowak   Tenancy start: 28/02/1996\n", "28/02/1996"),
    ("Mr Kwame Mensah has lived at the flat since 3 March 2001.\n", "3 March 2001"),
    ("Please ask Rosa Diaz to call us before 12 January 2027.\n", "12 January 2027"),
    ("Dear Ms Patel\n\n14 November 2026\n\nYour appointment is on 2 Dec 2026.\n", "2 Dec 2026"),
]


@pytest.mark.parametrize(("text", "value"), ROUND16_DATES_STAY_READABLE)
def test_round16_other_dates_stay_readable(redactor, text, value):
    out = redactor.redact(Letter(id="r16-readable", text=text))
    start = text.index(value)
    assert not any(e.start < start + len(value) and start < e.end for e in out.entities), [
        (text[e.start : e.end], e.type) for e in out.entities
    ]


#: names by their structure: a court's or the police's title before a surname
ROUND16_NAMES = [
    (
        "the hearing listed before District Judge Moss on 16/01/27 will go ahead\n",
        {"Moss": "PERSON"},
    ),
    ("Please note Sheriff Lamb has adjourned the case to 3 February 2027.\n", {"Lamb": "PERSON"}),
]


@pytest.mark.parametrize(("text", "types"), ROUND16_NAMES)
def test_round16_names_by_their_structure(redactor, text, types):
    out = redactor.redact(Letter(id="r16-names", text=text))
    assert_hidden_under_type(text, out, types)
