"""Round 25: a date of birth nobody labelled, whatever the layout (fail closed). A full date far
in the past within a few lines of something personal (a name, an identifier) in the same block
is a date of birth unless words make it the date of something else; the dates under a heading
that says its lines give a name and a date of birth are dates of birth however recent. Other
dates (deadlines, appointments, a letter's own date, old events after event words) stay
readable. Values invented here; each row of the first tables failed before this round."""

from __future__ import annotations

import pytest
from redaction_checks import assert_hidden_under_type

from contracts.models import Letter

#: an old date near somebody, in the shapes layouts write it
ROUND25_OLD_DATE_NEAR_SOMEBODY = [
    # a mainframe's screen in a Welsh council's note: the name on the line above, the label's
    # dot leaders (the whole letter, read as Welsh, lost the label)
    (
        "Case note 112233: screen print from CTX210 attached by user CT100 for the Welsh "
        "language callback.\n\nCTX210  CYNGOR SIR DDYCHMYGOL - TRETH Y CYNGOR / COUNCIL TAX"
        "     30.11.26\n        YMHOLIAD CYFRIF / ACCOUNT ENQUIRY          09:31:21\n\n"
        " ACCOUNT NO ......: 64016944    BAND: E    PROP REF: 44995761615\n"
        " NAME 1 SURNAME ..: HALVORSEN_______ FORENAMES: MARIT_____ TITLE: MRS\n"
        " DOB ..............: 12.05.1975  NINO: YP590922A\n"
        " PROPERTY ADDRESS .: 12 FFORDD Y GRUG____\n"
        " LIABLE FROM ......: 10.09.2016   SPD: Y  LANG: EN\n\n"
        "Ymholiadau / Enquiries: 0808 157 0000  treth@ddychmygol.gov.uk\n",
        "12.05.1975",
    ),
    # the year first, on the line under a name
    ("Claimant: Mr Tomasz Wrobel\nRef 55102\n1961-03-12\n", "1961-03-12"),
    # a month in Roman numerals
    ("Applicant: Maria Kowalska\nNr ewid.: 12.III.1961\n", "12.III.1961"),
    # Polish and Russian months in the genitive
    ("Wnioskodawca: Jan Nowak\nzam. od lat, ur. w Lublinie 12 marca 1961\n", "12 marca 1961"),
    ("Claimant: Ivan Petrov\n12 марта 1961\n", "12 марта 1961"),
    # a named month with a two-digit year, two lines under a National Insurance number
    ("NI number QQ 12 34 56 C\nPassport seen: yes\n3 Mar 58 (per passport)\n", "3 Mar 58"),
]


@pytest.mark.parametrize(("text", "value"), ROUND25_OLD_DATE_NEAR_SOMEBODY)
def test_round25_an_old_date_near_somebody_is_a_date_of_birth(redactor, text, value):
    out = redactor.redact(Letter(id="r25-near", text=text))
    assert_hidden_under_type(text, out, {value: "DATE_OF_BIRTH"})


#: a heading that says its lines give a name and a date of birth labels them, however recent
ROUND25_UNDER_A_BIRTH_HEADING = [
    (
        "PART 3 - OTHERS WHO WILL LIVE WITH YOU (name, date of birth)\n"
        "  ARIT OTU   Jun 22 2019\n  ABASI OTU   15th April, 2021\nPART 4 - WHY DO YOU NEED "
        "TO MOVE?\n",
        ["Jun 22 2019", "15th April, 2021"],
    ),
    ("Others at the address (names and DOB)\n  KOFI ASANTE   Sep 4 2016\n", ["Sep 4 2016"]),
]


@pytest.mark.parametrize(("text", "values"), ROUND25_UNDER_A_BIRTH_HEADING)
def test_round25_dates_under_a_name_and_birth_heading(redactor, text, values):
    out = redactor.redact(Letter(id="r25-heading", text=text))
    assert_hidden_under_type(text, out, dict.fromkeys(values, "DATE_OF_BIRTH"))


#: what must stay readable: recent dates, old dates after event words, a record's own dates,
#: an old date with nobody near it, a date in the future under a birth heading
ROUND25_DATES_STAY_READABLE = [
    ("Mr Kwame Mensah\nhas lived at the flat since 12 March 2001.\n", "12 March 2001"),
    ("Claimant: Mr Tomasz Wrobel\nAppointment: 3 February 2027 at the hub\n", "3 February 2027"),
    ("Dear Ms Patel\n\n14 November 2026\n\nYour appointment is on 2 Dec 2026.\n", "2 Dec 2026"),
    ("Claimant: Mr Tomasz Wrobel\nRecord created 1998-04-02\n", "1998-04-02"),
    ("Tenant: Mr Piotr Nowak\nTenancy start: 28/02/1996\n", "28/02/1996"),
    ("Claimant: Mr Tomasz Wrobel\nMoved to the UK 4 June 2004\n", "4 June 2004"),
    ("Claimant: Mr Tomasz Wrobel\nsigned 4 June 2004\n", "4 June 2004"),
    (
        "A: Property Register\n1 (27/03/2007) The Freehold land at 4 Mill Lane, Ely CB7 4AA.\n",
        "27/03/2007",
    ),
    (
        "Others who will live with you (name, date of birth)\n  ARIT OTU   Jun 22 2031\n",
        "Jun 22 2031",
    ),
]


@pytest.mark.parametrize(("text", "value"), ROUND25_DATES_STAY_READABLE)
def test_round25_other_dates_stay_readable(redactor, text, value):
    out = redactor.redact(Letter(id="r25-readable", text=text))
    start = text.index(value)
    assert not any(e.start < start + len(value) and start < e.end for e in out.entities), [
        (text[e.start : e.end], e.type) for e in out.entities
    ]
