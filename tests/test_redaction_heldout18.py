"""Round 24 (tuned on heldout18): intake formats that write a value where no sentence says what
it is — a scanned form's comb of boxes, a WebVTT transcript's speakers, a GEDCOM family tree, an
IVR's keypad log. Every value here is invented; each row failed before its fix. Guard rows keep
what must stay readable readable."""

from __future__ import annotations

import pytest
from redaction_checks import assert_hidden_under_type

from contracts.models import Letter

_COMB = (
    "TENANCY TRANSFER REQUEST\n"
    "Use BLOCK CAPITALS, one character in each box.\n\n"
    "4a Family name          |N|W|O|S|U|-|B|R|E|N|N|A|N| | | | |\n"
    "4b Given names          |C|H|I|D|I|N|M|A| | | | | | | | | |\n"
    "4c Date of birth        |1|7|0|9|1|9|8|2|\n"
    "4d National Insurance no. |P|L|6|2|\u200b0|4|3|8|B|\n"
    "4e Postcode             |W|F|1|0| |4|Q|J|\n"
    "4f Telephone            |0|7|7|0|0|9|0|0|5|2|8|\n"
    "4g Passport number      |3|1|8|8|0|4|5|7|2|\n"
    "4h Address\n"
    "   MILLSTONE COTTAGE\n"
    "   SCAMBLESBY\n\n"
    "3a Surname        |H|A|L|V|O|R|S|E|N| | | | | | | | |\n"
    "3b Forename(s)    |I|N|G|R|Í|D| | | | | | | | | | | |\n"
)

#: a comb's boxes spell the value: read with the bars between them taken out (an accented letter
#: or an invisible character in a box too), typed by its field's label after its number ("4a")
COMB_VALUES = [
    ("N|W|O|S|U|-|B|R|E|N|N|A|N", "PERSON"),
    ("C|H|I|D|I|N|M|A", "PERSON"),
    ("1|7|0|9|1|9|8|2", "DATE_OF_BIRTH"),
    ("P|L|6|2|\u200b0|4|3|8|B", "UK_NINO"),
    ("W|F|1|0| |4|Q|J", "UK_POSTCODE"),
    ("0|7|7|0|0|9|0|0|5|2|8", "PHONE_NUMBER"),
    ("3|1|8|8|0|4|5|7|2", "UK_PASSPORT"),
    ("H|A|L|V|O|R|S|E|N", "PERSON"),
    ("I|N|G|R|Í|D", "PERSON"),
    # the label alone on its line after its number ("4h Address"), the address under it
    ("MILLSTONE COTTAGE", "STREET_ADDRESS"),
]


@pytest.mark.parametrize(("value", "kind"), COMB_VALUES)
def test_a_comb_of_boxes_is_read_as_the_value_it_spells(redactor, value, kind):
    out = redactor.redact(Letter(id="r24-comb", text=_COMB))
    assert_hidden_under_type(_COMB, out, {value: kind})


#: the form's own words stay, and a table of one-character cells that spells nothing stays too
COMB_READABLE = ["4c Date of birth", "4g Passport number", "TENANCY TRANSFER REQUEST"]


@pytest.mark.parametrize("value", COMB_READABLE)
def test_a_comb_forms_labels_stay_readable(redactor, value):
    out = redactor.redact(Letter(id="r24-comb-labels", text=_COMB))
    assert value in out.redacted_text, out.redacted_text


_VTT = (
    "WEBVTT\n\n"
    "1\n00:00:02.140 --> 00:00:06.900\n"
    "<v Oyelaran Adebisi-Thorne>Right, let's start, this is about the damp at the flat.</v>\n\n"
    "2\n00:00:07.300 --> 00:00:11.020\n"
    "<v.officer Maciej Wrona>Yes, environmental health went out on Friday.</v>\n\n"
    "3\n00:00:11.500 --> 00:00:13.000\n"
    "<v Speaker 3>Can everyone hear me?</v>\n"
)

#: a WebVTT cue's speaker: the voice span's annotation (read as spaces before, so lost)
VTT_SPEAKERS = ["Oyelaran Adebisi-Thorne", "Maciej Wrona"]


@pytest.mark.parametrize("value", VTT_SPEAKERS)
def test_a_webvtt_voice_spans_speaker_is_hidden(redactor, value):
    out = redactor.redact(Letter(id="r24-vtt", text=_VTT))
    assert_hidden_under_type(_VTT, out, {value: "PERSON"})


def test_an_unnamed_webvtt_speaker_stays_readable(redactor):
    out = redactor.redact(Letter(id="r24-vtt-unnamed", text=_VTT))
    assert "<v Speaker 3>" in out.redacted_text, out.redacted_text


_GEDCOM = (
    "Family tree from the probate researcher, pasted below.\n\n"
    "0 HEAD\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n"
    "0 @I4@ INDI\n"
    "1 NAME Wanjiru /Kamau-Lindqvist/\n"
    "2 GIVN Wanjiru\n"
    "2 SURN Kamau-Lindqvist\n"
    "1 SEX F\n"
    "1 BIRT\n"
    "2 DATE 3 FEB 1951\n"
    "2 PLAC Ingoldmells, Lincolnshire\n"
    "1 DEAT\n"
    "2 DATE 2 OCT 2026\n"
    "1 RESI\n"
    "2 ADDR Threshing Barn\n"
    "2 CITY Winthorpe\n"
    "2 POST NG24 2NZ\n"
    "1 PHON 01522 498 113\n"
    "0 TRLR\n"
)

#: a GEDCOM line's tag says what its value is; a DATE under BIRT is a date of birth
GEDCOM_VALUES = [
    ("Wanjiru /Kamau-Lindqvist/", "PERSON"),
    ("3 FEB 1951", "DATE_OF_BIRTH"),
    ("Ingoldmells", "LOCATION"),
    ("Threshing Barn", "STREET_ADDRESS"),
    ("Winthorpe", "LOCATION"),
    ("NG24 2NZ", "UK_POSTCODE"),
]


@pytest.mark.parametrize(("value", "kind"), GEDCOM_VALUES)
def test_a_gedcom_exports_values_are_hidden_by_their_tags(redactor, value, kind):
    out = redactor.redact(Letter(id="r24-gedcom", text=_GEDCOM))
    assert_hidden_under_type(_GEDCOM, out, {value: kind})


#: the tags are the format's words: never taken into a name or a street ("2 POST", "GIVN")
GEDCOM_READABLE = ["2 GIVN ", "2 SURN ", "2 POST ", "2 CITY ", "1 BIRT", "2 DATE 2 OCT 2026"]


@pytest.mark.parametrize("value", GEDCOM_READABLE)
def test_a_gedcom_exports_tags_stay_readable(redactor, value):
    out = redactor.redact(Letter(id="r24-gedcom-tags", text=_GEDCOM))
    assert value in out.redacted_text, out.redacted_text


_IVR = (
    "Revenues IVR session export\n"
    "Session 0a9f  2026-11-02\n\n"
    "09:41:02  CLI            07700900461\n"
    "09:41:09  MENU_CHOICE    3#\n"
    "09:41:15  ACCOUNT_REF    50917733#\n"
    "09:41:30  CALLER_NAME    OLUSEGUN BRAITHWAITE  (conf 0.88)\n"
    "09:41:51  DOB_DTMF       07061983#\n"
    "09:42:05  SORTCODE_DTMF  40221#\n"
    "09:42:19  BANK_ACC_DTMF  31907246#\n"
    "09:42:33  OUTCOME        MANDATE_SET\n"
)

#: a log's key in capitals says what the keypad entry after it is
IVR_VALUES = [
    ("07061983", "DATE_OF_BIRTH"),
    ("40221", "UK_SORT_CODE"),
    ("31907246", "UK_BANK_ACCOUNT"),
    ("OLUSEGUN BRAITHWAITE", "PERSON"),
]


@pytest.mark.parametrize(("value", "kind"), IVR_VALUES)
def test_an_ivr_logs_keyed_entries_are_hidden(redactor, value, kind):
    out = redactor.redact(Letter(id="r24-ivr", text=_IVR))
    assert_hidden_under_type(_IVR, out, {value: kind})


#: the log's keys are its own words, and an account's reference with the service is no bank
#: account
IVR_READABLE = ["MENU_CHOICE", "50917733", "OUTCOME", "SORTCODE_DTMF", "BANK_ACC_DTMF"]


@pytest.mark.parametrize("value", IVR_READABLE)
def test_an_ivr_logs_keys_and_references_stay_readable(redactor, value):
    out = redactor.redact(Letter(id="r24-ivr-keys", text=_IVR))
    assert value in out.redacted_text, out.redacted_text
