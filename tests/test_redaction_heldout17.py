"""Round 22 (tuned on heldout17): a BACS Standard 18 file quoted in a message, its fixed-width
records read by the standard's field positions. Every value here is invented; each row failed
before its fix. Guard rows keep what must stay readable readable."""

from __future__ import annotations

import pytest
from redaction_checks import assert_hidden_under_type

from contracts.models import Letter

_BACS = (
    "Returned items from the overnight run, records below.\n\n"
    "VOL1412233                               330917                            1\n"
    "HDR1A330917S  133091741223300010001       26301 26301 000000\n"
    "UHL1 26301999999    000000001 DAILY  014\n"
    "3071447712905109940871153120664    00000031250WESTDALE HB PAYMNTHB4417093         TALWAR R           26301\n"
    "2094358810447601740871153120664    00000009999WESTDALE CTAX DD  CT55102           OYELARAN BOLANLE\n"
    "5012337720419909940871153120664    00000004400WESTDALE HB PAYMNTHB4470215         NDIAYE B           26301\n"
    "1108945533802909940871153120664    00000012075WESTDALE HB PAYMNTHB4479931         MOSS K             26301\n"
    "4021174436178209940871153120664    00000027500WESTDALE HB PAYMNTHB4402288         VASILE D           26301\n"
    "EOF1A330917S  133091741223300010001       26301 26301 000000\n"
    "UTL10000000000000000000041249000000000000002\n"
)

#: a Standard 18 record: the destination's sort code, account and name, by position
BACS_VALUES = [
    ("307144", "UK_SORT_CODE"),
    ("77129051", "UK_BANK_ACCOUNT"),
    ("TALWAR R", "PERSON"),
    ("209435", "UK_SORT_CODE"),
    ("88104476", "UK_BANK_ACCOUNT"),
    ("OYELARAN BOLANLE", "PERSON"),
    ("NDIAYE B", "PERSON"),
    ("MOSS K", "PERSON"),
    ("VASILE D", "PERSON"),
]


@pytest.mark.parametrize(("value", "kind"), BACS_VALUES)
def test_a_bacs_standard18_records_destination_is_hidden(redactor, value, kind):
    out = redactor.redact(Letter(id="r22-bacs", text=_BACS))
    assert_hidden_under_type(_BACS, out, {value: kind})


#: the originator's (the paying body's) details, the header labels and the reference stay
#: readable; a long run of digits that is not a Standard 18 record is not read as one
BACS_READABLE = ["WESTDALE HB PAYMNT", "HB4417093", "VOL1", "UHL1", "EOF1A330917S"]


@pytest.mark.parametrize("value", BACS_READABLE)
def test_a_bacs_standard18_files_codes_stay_readable(redactor, value):
    out = redactor.redact(Letter(id="r22-bacs-codes", text=_BACS))
    assert value in out.redacted_text, out.redacted_text


_CDR = (
    "call_id,started,ani,dnis,queue,agent,handle_s,wrap_up,notes\n"
    "7c1e90aa-31f2,2026-10-14T10:02:55,+447700900418,+448081579000,Housing,A2201,412,"
    'Housing-Repair,"caller chasing damp survey"\n'
    "0b6d3e12-77c9,2026-10-14T10:09:07,+441632960771,+448081579000,Waste,A2230,96,"
    'Waste-Missed,"bin missed twice"\n'
)

#: a call-detail export: the caller's number after a time in the CSV row ("...:55,+44...")
CDR_VALUES = ["+447700900418", "+441632960771"]


@pytest.mark.parametrize("value", CDR_VALUES)
def test_a_callers_number_after_a_time_in_a_csv_row_is_hidden(redactor, value):
    out = redactor.redact(Letter(id="r22-cdr", text=_CDR))
    assert_hidden_under_type(_CDR, out, {value: "PHONE_NUMBER"})


#: a sum's pence are still not a number dialled abroad ("£1,856.00 08 09 2026")
def test_pence_after_a_decimal_point_stay_readable(redactor):
    text = "Arrears of £1,856.00 08 09 2026 were cleared."
    out = redactor.redact(Letter(id="r22-pence", text=text))
    assert not [e for e in out.entities if e.type == "PHONE_NUMBER"], out.entities


_SCREEN = (
    " ACCOUNT REF .....: 60419277   STATUS: LIVE\n"
    " SURNAME .........: OKONKWO-BELL__________ FORENAMES: ADAEZE__________\n"
    " DOB ..............: 23.11.1981  NINO: JT448120C\n"
    " EMAIL ............: ADAEZE.OKB@TALKTALK.NET___________\n"
    " LIABLE FROM ......: 01.04.2019   SPD: N  LANG: EN\n"
)

#: a mainframe screen's e-mail field, an underscore field fill after the address
SCREEN_VALUES = [("ADAEZE.OKB@TALKTALK.NET", "EMAIL_ADDRESS")]


#: underscores inside an address are its own: the whole address stays hidden
def test_underscores_inside_an_email_address_stay_part_of_it(redactor):
    text = "Write to kemi___ade@example.org about the claim.\n"
    out = redactor.redact(Letter(id="r22-underscores", text=text))
    assert_hidden_under_type(text, out, {"kemi___ade@example.org": "EMAIL_ADDRESS"})


@pytest.mark.parametrize(("value", "kind"), SCREEN_VALUES)
def test_a_screens_underscore_filled_email_is_read(redactor, value, kind):
    out = redactor.redact(Letter(id="r22-screen", text=_SCREEN))
    assert_hidden_under_type(_SCREEN, out, {value: kind})


#: the screen's other date (not a birth date) stays readable
def test_a_screens_liable_from_date_stays_readable(redactor):
    out = redactor.redact(Letter(id="r22-screen-date", text=_SCREEN))
    assert "01.04.2019" in out.redacted_text, out.redacted_text
