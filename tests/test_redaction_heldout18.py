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
    "Cyngor Sir Penfro Casglu Taliadau - IVR session export\n"
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


#: the log's keys and codes are its own words (also where a Welsh heading makes the letter
#: masked more strictly), and an account's reference with the service is no bank account
IVR_READABLE = [
    "MENU_CHOICE",
    "50917733",
    "MENU_CHOICE    3#",
    "SORTCODE_DTMF",
    "BANK_ACC_DTMF",
    "CALLER_NAME",
]


@pytest.mark.parametrize("value", IVR_READABLE)
def test_an_ivr_logs_keys_and_references_stay_readable(redactor, value):
    out = redactor.redact(Letter(id="r24-ivr-keys", text=_IVR))
    assert value in out.redacted_text, out.redacted_text


_POLICE_LOG = (
    "INCIDENT 041226-112   OPENED 04/12/26\n"
    "0905 OP1180 INFT GRZEGORZ WOJCIECHOWSKI TEL 07700900771\n"
    "0920 OP1180 INFT STATES MALE SHOUTING AT NEIGHBOURS. KNOWS HIM AS OBINNA\n"
    "0931 OP1180 PNC CHK SUBJ EZEOKE, Obinna DOB 120391 NO TRACE\n"
    "0955 OP2044 UNIT CK12 PC 3318 LINDQVIST-ABARA ATTENDING\n"
)

#: a police log's people, named after its abbreviations (informant, subject, an officer's
#: collar number) and after "known as", in capitals
POLICE_LOG_NAMES = ["GRZEGORZ WOJCIECHOWSKI", "EZEOKE, Obinna", "LINDQVIST-ABARA", "AS OBINNA"]


@pytest.mark.parametrize("value", POLICE_LOG_NAMES)
def test_a_police_logs_people_are_hidden(redactor, value):
    out = redactor.redact(Letter(id="r24-police", text=_POLICE_LOG))
    if value.startswith("AS "):  # the name after "KNOWS HIM AS"
        value = value[3:]
        start = _POLICE_LOG.index("AS " + value) + 3
        assert any(
            e.start <= start and start + len(value) <= e.end and e.type == "PERSON"
            for e in out.entities
        ), out.redacted_text
        return
    assert_hidden_under_type(_POLICE_LOG, out, {value: "PERSON"})


#: the log's words after an abbreviation stay ("INFT STATES MALE SHOUTING")
def test_a_police_logs_words_after_an_abbreviation_stay_readable(redactor):
    out = redactor.redact(Letter(id="r24-police-words", text=_POLICE_LOG))
    assert "STATES MALE SHOUTING" in out.redacted_text, out.redacted_text


_FRENCH = (
    "Madame, Monsieur,\n\n"
    "Veuillez rembourser sur mon compte : code guichet (sort code) 20.71.64, "
    "compte n° 4417 092.\n\nCordialement\n"
)

#: a letter in French: its bank details after "compte n°" and after a label's English in
#: brackets ("code guichet (sort code)")
FRENCH_BANK = [("20.71.64", "UK_SORT_CODE"), ("4417 092", "UK_BANK_ACCOUNT")]


@pytest.mark.parametrize(("value", "kind"), FRENCH_BANK)
def test_a_french_letters_bank_details_are_hidden(redactor, value, kind):
    out = redactor.redact(Letter(id="r24-french", text=_FRENCH))
    assert_hidden_under_type(_FRENCH, out, {value: kind})


_CHI = (
    "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\n"
    "<v Ann Ode>District nursing. The CHI I have is 120571 3386.</v>\n\n"
    "2\n00:00:04.000 --> 00:00:06.000\n"
    "<v Ann Ode>And the NHS number we hold is 943-476-5919.</v>\n"
)

#: a health number after its label and who holds it ("The CHI I have is ..."), a CHI number
#: grouped as its date and its four digits
HELD_NUMBERS = ["120571 3386", "943-476-5919"]


@pytest.mark.parametrize("value", HELD_NUMBERS)
def test_a_health_number_after_who_holds_it_is_hidden(redactor, value):
    out = redactor.redact(Letter(id="r24-chi", text=_CHI))
    assert_hidden_under_type(_CHI, out, {value: "UK_NHS"})
