"""Dates of birth (other dates stay readable: deadlines and appointments matter to triage)."""

from __future__ import annotations

import datetime as _dt

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

from redaction.recognizers.base import (
    _ORDINAL_WORD,
    CASE_INSENSITIVE,
    LabelledValueMixin,
    _CueMixin,
    line_bounds,
)
from redaction.recognizers.forms import aligned_cells, row_cells, table_header
from redaction.recognizers.languages import BIRTH_ABROAD, MONTHS_ABROAD, SOLAR_HIJRI_MONTHS

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    # Welsh
    r"|Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd"
    r"|Rhagfyr)\.?"
)
_UNIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
#: a year said in words: "nineteen fifty-seven", "nineteen oh four", "two thousand and twelve"
_YEAR_WORDS = (
    r"(?:(?:nineteen|twenty)[ \-](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    rf"(?:[ \-]{_UNIT_WORD})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    rf"|eighteen|nineteen|(?:oh|o|nought)[ \-]{_UNIT_WORD}|hundred)"
    r"|two[ \-]thousand(?:[ \-](?:and[ \-])?(?:ten|eleven|twelve|thirteen|fourteen|fifteen"
    rf"|sixteen|seventeen|eighteen|nineteen|twenty(?:[ \-]{_UNIT_WORD})?|{_UNIT_WORD}))?)"
)
_YEAR_ANY = rf"(?:(?:19|20)\d{{2}}|{_YEAR_WORDS})"
#: a date said in words, the day an ordinal word: "the ninth of May nineteen fifty", and the
#: month first: "March the ninth, 1950"
_DAY_FIRST_IN_WORDS = rf"(?:the[ \t]+)?{_ORDINAL_WORD}(?:[ \t]+of)?[ \t]+{MONTH},?[ \t]+{_YEAR_ANY}"
_MONTH_FIRST_IN_WORDS = rf"{MONTH}[ \t]+(?:the[ \t]+)?{_ORDINAL_WORD},?[ \t]+{_YEAR_ANY}"
_WORD_DATE = re.compile(f"{_DAY_FIRST_IN_WORDS}|{_MONTH_FIRST_IN_WORDS}", re.IGNORECASE)
#: a digit as a scan of handwriting may read it (O for 0, l or I for 1, S for 5, Z for 2, B for 8)
_OCR_DIGIT = r"[\dOoIlSZB|]"
#: "birth" as a scan reads it: "birtb", "blrth", "b1rth"
_OCR_BIRTH = r"b[il1]rt[hb]"
#: a piece of a date read by OCR or speech-to-text: digits, and letters read for digits
_OCR_PIECE = r"(?:[OoIlSZB|]{0,3}\d[\dOoIlSZB|]{0,3})"
#: any way a full date is written, valid or not ("31/02/1985" is still somebody's birthday typo)
LOOSE_DATE = (
    r"(?:\d{1,2}[ ]?[/.\-][ ]?\d{1,2}[ ]?[/.\-][ ]?(?:\d{4}|'?\d{2})"
    r"|\d{1,2}[ ]\d{1,2}[ ]\d{4}"
    r"|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}"
    # a PDF's line may break anywhere inside: "born 30th of\nOctober 1984", "May\n18 1942"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:[ \t\n]+of)?[ \t\-\n]+{MONTH},?[ \t\-\n]+(?:\d{{4}}|'?\d{{2}})"
    rf"|{MONTH}[ \t\n]+(?:the[ \t]+)?\d{{1,2}}(?:st|nd|rd|th)?,?[ \t\n]+(?:\d{{4}}|'?\d{{2}}))"
)


#: month names a form or a document from abroad writes (:mod:`.languages`): only after a date
#: of birth's label, or far in the past near somebody
_MONTH_ABROAD = rf"(?:{MONTHS_ABROAD})\.?"
#: a month in Roman numerals, as central and eastern European forms write it: "12.III.1985"
_ROMAN_MONTH = r"(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)"
#: what may stand between the parts of a date with a month name: nothing ("12MAR1985"), spaces,
#: or one separator a system or a person uses ("12/Mar/1985", "12.Mar.85", "1985_MAR_12")
_PART_GAP = r"(?:[ \t]*[/.\-_,][ \t]*|[ \t]+|)"
_ANY_MONTH = rf"(?:{MONTH}|{_MONTH_ABROAD})"
_DAY_NUMBER = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|\.)?"
_YEAR_NUMBER = r"(?:(?:19|20)\d{2}|'?\d{2})"
#: a date of birth's label, or "born", on a document or in a letter from abroad (:mod:`.languages`)
_BIRTH_ABROAD = rf"(?:{BIRTH_ABROAD})"
#: "date of birth" typed in a hurry: a letter of either word left out, doubled, changed or two
#: swapped ("dae of birth", "ddate of birth", "date of birht", "dtae of bith"); "of" as written
_DATE_OF_BIRTH_TYPO = (
    r"(?:(?:date){e<=1:[a-z]}|daet|dtae|adte)[ \t]+of[ \t]+(?:(?:birth){e<=1:[a-z]}|birht|brith|bitrh|ibrth)"
    r"(?![\w])"
)
#: a machine's timestamp of a date of birth: "1985-03-12T00:00:00Z", "1985-03-12 00:00:00.000"
_TIMESTAMP = (
    r"(?:(?:19|20)\d{2}-\d{1,2}-\d{1,2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?"
    r"(?:Z|[+\-]\d{2}:?\d{2})?)"
)
#: a day and a year of the solar Hijri calendar, in Latin or in Persian (Eastern Arabic) digits
_SOLAR_DAY = (
    r"(?<![\d۰-۹٠-٩])(?:0?[1-9]|[12]\d|3[01]|۰?[۱-۹]|[۱۲][۰-۹]|۳[۰۱]|٠?[١-٩]|[١٢][٠-٩]|٣[٠١])"
)
_SOLAR_YEAR = r"(?:1[34]\d{2}|۱[۳۴][۰-۹]{2}|١[٣٤][٠-٩]{2})(?![\d۰-۹٠-٩])"
#: a weekday before a date: "Tuesday, 12 March 1985", "Tue 12/03/1985"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?[ \t]+)"
#: every other way a full date is written after a date of birth's label: the month's name
#: glued or split by any separator, in any case and in the languages forms from abroad use, the
#: year first, a month in Roman numerals, numbers split by any separator a system uses, a
#: machine's timestamp ("1985-03-12T00:00:00Z")
DATE_ANY_FORM = (
    rf"(?:{_WEEKDAY}?(?:"
    # ("9 de mayo de 1988", "9 de maio de 1988": Spanish and Portuguese put "de" between)
    rf"{_DAY_NUMBER}{_PART_GAP}(?:(?:of|de)[ \t]+)?{_ANY_MONTH}{_PART_GAP}(?:(?:de|del)[ \t]+)?"
    rf"{_YEAR_NUMBER}"
    rf"|{_ANY_MONTH}{_PART_GAP}{_DAY_NUMBER}{_PART_GAP}(?:19|20)\d{{2}}"
    rf"|(?:19|20)\d{{2}}{_PART_GAP}{_ANY_MONTH}{_PART_GAP}{_DAY_NUMBER}"
    rf"|{_DAY_NUMBER}{_PART_GAP}{_ROMAN_MONTH}{_PART_GAP}(?:19|20)?\d{{2}}"
    # Lithuanian "1981 m. kovo 12 d." and Latvian "1981. gada 12. martā": the year first
    rf"|(?:19|20)\d{{2}}[ \t]*m\.[ \t]*{_ANY_MONTH}[ \t]+\d{{1,2}}(?:[ \t]*d\.)?"
    rf"|(?:19|20)\d{{2}}\.?[ \t]+gada[ \t]+\d{{1,2}}\.?[ \t]+{_ANY_MONTH}"
    # the solar Hijri calendar of a Dari, Persian or Pashto letter: "28 عقرب 1353", "۴ اسد ۱۳۶۰"
    # (a day, the month's name, a year 13xx or 14xx, in Latin or in Persian digits)
    rf"|{_SOLAR_DAY}[ \t]+(?:{SOLAR_HIJRI_MONTHS})[ \t]+{_SOLAR_YEAR}"
    # Vietnamese "12 tháng 3 năm 1985" (day, "month" 3, "year" 1985)
    r"|\d{1,2}[ \t]+th[áa]ng[ \t]+\d{1,2},?[ \t]+n[ăa]m[ \t]+(?:19|20)\d{2}"
    r"|\d{1,2}[ ]?[/.\-_\\][ ]?\d{1,2}[ ]?[/.\-_\\][ ]?(?:(?:19|20)\d{2}|\d{2})"
    r"|(?:19|20)\d{2}[ ]?[/.\-_\\][ ]?\d{1,2}[ ]?[/.\-_\\][ ]?\d{1,2}"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+\-]\d{2}:?\d{2})?)?"
    r"|(?:19|20)\d{2}[01]\d[0-3]\d(?:T\d{4,6}(?:Z)?)?"
    r"))"
)

_DATE_ANY_FORM = re.compile(DATE_ANY_FORM, re.IGNORECASE)


class DateOfBirthRecognizer(LabelledValueMixin, _CueMixin, PatternRecognizer):
    """A date that is a date of birth: only right after "born", "DOB", "date of birth" etc.

    Any other date (a deadline, a letter's date) is not personal data here and is left in
    place for the deadline detector. Right after "born", "DOB", "date of birth" any date
    shape is taken, even an impossible one, and a month and year alone.
    """

    _MONTH = MONTH
    _DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
    PATTERNS = [
        Pattern(
            "numeric date",
            r"\b(?:0?[1-9]|[12]\d|3[01])([/.\-])(?:0?[1-9]|1[0-2])\1"
            r"(?:19|20)?\d{2}\b",
            0.01,
        ),
        Pattern("ISO date", r"\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b", 0.01),
        Pattern(
            "day month year",
            rf"\b{_DAY}(?:[ \t]+of)?[ \t\-]+{_MONTH},?[ \t\-]+(?:19|20)?\d{{2}}\b",
            0.01,
        ),
        Pattern(
            "month day year",
            rf"\b{_MONTH}[ \t]+(?:the[ \t]+)?{_DAY},?[ \t]+(?:19|20)\d{{2}}\b",
            0.01,
        ),
        # said in words, as a caller gives it: "the fourteenth of July 1919", "Third September
        # nineteen fifty-one", "March the ninth, 1950"
        Pattern("date in words", rf"\b{_DAY_FIRST_IN_WORDS}\b", 0.01),
        Pattern("month, date in words", rf"\b{_MONTH_FIRST_IN_WORDS}\b", 0.01),
    ]
    CONTEXT = [
        "born",
        "dob",
        "d.o.b",
        "d.o.b.",
        "d o b",
        "date of birth",
        "birth date",
        "birthdate",
        "birthday",
        "b. ",
        "née",
    ]
    _CUE = re.compile(
        rf"(?i:\bborn|\bd\.?[ ]?o\.?[ ]?b\b\.?|\bdat[ec]\s+[o0]f\s+{_OCR_BIRTH}|\bbirth[ \t]*date"
        r"|\bbirthday|\bdob|\bbday|\b[dn]yddiad\s+geni|\bganwyd"
        # Scottish Gaelic: "ceann-là breith"
        r"|\bceann[\-\s]l[àa][\s]+breith)"
        r"(?:[\s:,\-–(|]|\bis\b|\bwas\b|\bon\b|\bthe\b|\bof\b|\bmy\b|\bher\b|\bhis\b"
        r"|\byw\b|\bar\b|\bas\b|\bgiven\b|\bstated\b|\brecorded\b|\bconfirmed\b)*$"
    )
    WINDOW = 40
    LABEL = (
        r"(?:borne?d?(?:[ \t]+(?:on|in|at))?(?:[ \t]+the)?"
        # "DOB given as 1st of August '31"; a family tree's "b. 12-Jun-2000"
        r"|d\.?[ ]?o\.?[ ]?b\.?(?:[ \t]+(?:given|stated|recorded|confirmed)[ \t]+as)?|b\."
        # a scan's "birth" ("birtb", "blrth"); "is" may wrap to the next line
        rf"|dat[ec]s?[ \t]+[o0]f[ \t]+{_OCR_BIRTH}"
        # "date of birth on our file is", "date of birth as we have it", "... given as"
        r"(?:[ \t]+(?:(?:on|in)[ \t]+(?:our|the|your|my|their)[ \t]+(?:file|records?|system"
        r"|database|form|application)|as[ \t]+(?:we[ \t]+have[ \t]+it|given|recorded|held)))?"
        r"(?:[ \t]+(?:is|was)(?![\w]))?"
        # a vCard's "BDAY:1972-04-23"
        r"|birth[ \t]*date|birthday(?:[ \t]+is)?(?:[ \t]+on)?|bday|[dn]yddiad[ \t]+geni"
        r"|ganwyd(?:[ \t]+(?:ar|yn))?|ceann[ \t\-]l[àa][ \t]+breith"
        # a form's slashes: "D/O/B"; a family tree's or a register's "Birth: 12 Mar 1985"
        r"|d[ \t]*/[ \t]*o[ \t]*/[ \t]*b|birth(?=[ \t]*:)"
        # a document from abroad, or its translation: "Geburtsdatum", "né le", "data urodzenia"
        rf"|{_BIRTH_ABROAD}"
        # typed in a hurry: "dtae of birth", "date of birht", "ddate of bbirth"
        rf"|{_DATE_OF_BIRTH_TYPO}(?:[ \t]+(?:is|was)(?![\w]))?)"
    )
    # after the label also the digits alone, as typed into a phone: "09031941", "19 05 87"
    LABELLED_VALUE = (
        # said in words: "Seventh October 1921", "the ninth of May nineteen fifty"
        rf"(?:{_DAY_FIRST_IN_WORDS}|{_MONTH_FIRST_IN_WORDS}|{_TIMESTAMP}"
        # speech-to-text splits the year: "20 march 19 43", "13 08 196 5"
        rf"|\d{{1,2}}(?:st|nd|rd|th)?[ ]{MONTH}[ ]\d{{2}}[ ]\d{{2}}"
        r"|\d{2}[ ]\d{2}[ ]\d{3}[ ]\d|\d{2}[ ]\d{2}[ ]\d{2}[ ]\d{2}"
        # a handwritten date read by OCR: "O9.07.69", "2S.07.82", "Z8.0 4.36"
        rf"|{_OCR_DIGIT}{{1,2}}[./\-][ ]?{_OCR_DIGIT}(?:[ ]?{_OCR_DIGIT})?[./\-][ ]?{_OCR_DIGIT}{{2,4}}"
        rf"|{LOOSE_DATE}|{MONTH},?[ \t]+\d{{4}}|\d{{2}}[ ]?\d{{2}}[ ]?(?:19|20)\d{{2}}"
        r"|(?:19|20)\d{2}[01]\d[0-3]\d"
        r"|\d{2}[ ]\d{2}[ ]\d{2}|\d{6}"
        # anything else of digits in pieces: "261 12 001", "3 april 1 9 79", "24 .02.4S"
        rf"|\d{{1,2}}[ ]{MONTH}(?:[ ]\d{{1,4}}){{1,4}}"
        rf"|{_OCR_PIECE}(?:(?:[ ]?[./\-][ ]?|[ ]){_OCR_DIGIT}{{1,4}}){{1,5}}"
        # and every other way a full date is written (tried last: a longer reading above wins)
        rf"|{DATE_ANY_FORM})"
    )

    def labelled_ok(self, value: str) -> bool:
        """Digits alone ("09031941", "19 05 87") are a date only when they read as a day and a
        month: "... and mobile 077009 00010" after a date of birth is not a second one. A date
        read by OCR needs three real digits."""
        if _WORD_DATE.fullmatch(value) or _DATE_ANY_FORM.fullmatch(value):
            return True
        digits = value.replace(" ", "")
        if not digits.isdigit():
            return 3 <= sum(c.isdigit() for c in value) <= 8
        if len(digits) > 8:
            return False
        if len(digits) == 8 and digits[:2] in ("19", "20") and 1 <= int(digits[4:6]) <= 12:
            return True  # the year first, as a vCard or an export writes it: "19761010"
        return 1 <= int(digits[:2]) <= 31 and 1 <= int(digits[2:4]) <= 12

    def analyze(self, text, entities, *args, **kwargs):
        results = super().analyze(text, entities, *args, **kwargs)
        for r in results:  # "born on the sixth of May ...": "the" is part of a date in words
            if text[max(0, r.start - 4) : r.start].lower() == "the " and _WORD_DATE.fullmatch(
                "the " + text[r.start : r.end]
            ):
                r.start -= 4
        return results

    def __init__(self, **kwargs):
        super().__init__(
            supported_entity="DATE_OF_BIRTH",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=CASE_INSENSITIVE,
            **kwargs,
        )

    def cue_score(self, text, start, end, score):
        window = text[max(0, start - self.WINDOW) : start]
        return 0.9 if self._CUE.search(window) else 0.0


_AFTER_NAME = re.compile(
    r"[ \t]*(?:[,(\-|–]|\t)?[ \t]*"
    r"(?:(?:dob|d\.[ ]?o\.[ ]?b\.?|born(?:[ \t]+on)?|date[ \t]+of[ \t]+birth|b\.)[ \t]*[:\-]?[ \t]*)?"
    rf"(?P<date>{LOOSE_DATE})(?![\w/])",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b\d{4}\b")
#: "[16/03/2024, 19:57] Padraig: 30 April 1964" -- a chat message that is only a date, after
#: somebody asked for a date of birth
_SPEAKER_ANSWER = re.compile(rf"[ \t]*:[ \t]*(?P<date>{LOOSE_DATE})(?![\w/])", re.IGNORECASE)
_DOB_ASKED = re.compile(r"(?i:date[ \t]+of[ \t]+birth|\bdob\b|d\.o\.b|birthday|\bborn\b)")


#: the next cell of a row pasted as CSV: a comma with no space after it (on a line of three or
#: more)
_CSV_CELL_AFTER = re.compile(r"[,;](?=[^\s,;])")


def _in_csv_with_header(text: str, pos: int) -> bool:
    """``pos`` is at a cell break of a row pasted as CSV under a header row ("barcode,surname,
    ...,guardian,joined"): the header, read by the form recogniser, says which column is a date
    of birth, so a date in the next cell is not one because a name stands before it."""
    if not _CSV_CELL_AFTER.match(text, pos):
        return False
    line_start, line_end = line_bounds(text, pos)
    if len(_CSV_CELL_AFTER.findall(text, line_start, line_end)) < 3:
        return False
    top = line_start
    while top > 0:
        above = text.rfind("\n", 0, top - 1) + 1
        if not text[above : top - 1].strip():
            break
        top = above
    header_end = text.find("\n", top)
    header = text[top : header_end if header_end >= 0 else len(text)]
    return top < line_start and table_header(text, header, top) is not None


def date_after_name(text: str, pos: int, today: _dt.date | None = None) -> tuple[int, int] | None:
    """A date written right after a person's name is their date of birth.

    "I am Jane Smith, 12/03/1985", "Jane Smith (12.03.85)", "Tom Smith | 04/05/2016": a
    self-introduction or a row of a household list; in a chat, a message of only a date after
    somebody asked for a date of birth. A date in the future is not one.
    """
    this_year = (today or _dt.date.today()).year
    if _in_csv_with_header(text, pos):
        return None  # "...,Ruth Okoro,2019-10-05,CHILD": the CSV's header says what it is
    m = _AFTER_NAME.match(text, pos)
    if m is None:
        m = _SPEAKER_ANSWER.match(text, pos)
        if m is None or not _DOB_ASKED.search(text, max(0, pos - 250), pos):
            return None
        if _year_of(m.group("date"), this_year) >= this_year:
            return None  # "Opened: 18 NOV 2026" in a case record that also shows a DOB
    if _year_of(m.group("date"), this_year) > this_year or _an_hour_after(text, m.end("date")):
        return None
    if not _DOB_ASKED.search(m.group()) and (
        # "Declaration signed: Jo Bloggs   29/11/2026": the day it was signed
        _SIGNING_LABEL.search(text, line_bounds(text, pos)[0], pos)
        or _under_a_dated_column(text, m.start("date"))
    ):
        return None
    return m.span("date")


#: the minutes of a time after a date's last number: "Thu 03 Dec 12:45" (no year "12")
_MINUTES_AFTER = re.compile(r"[:.][0-5]\d(?!\d)")


def _an_hour_after(text: str, end: int) -> bool:
    """The date ending at ``end`` ends in one or two digits that are the hour of a time
    ("Appointment: Thu 03 Dec 12:45"): an appointment's day, with no year, not a birth."""
    return (
        end >= 1
        and text[end - 1].isdigit()
        and not (end >= 3 and text[end - 3 : end].isdigit())
        and _MINUTES_AFTER.match(text, end) is not None
    )


#: a line that signs or dates something: the date on it after a name is when
_SIGNING_LABEL = re.compile(
    r"(?i)\b(?:signed|signature|declaration|dated|date[ \t]+signed|sign[ \t]+here"
    r"|(?:submitted|completed|prepared)[ \t]+by)\b"
)


def _under_a_dated_column(text: str, pos: int) -> bool:
    """The date at ``pos`` is in a table printed as text whose header names its column as a
    date that is not a birth ("Date", "Dated", "Date sent"): the header says what it is."""
    from redaction.recognizers.field_labels import field_type
    from redaction.recognizers.forms import column_heading

    heading = column_heading(text, pos)
    return (
        heading is not None
        and field_type(heading) != "DATE_OF_BIRTH"
        and _DATE_HEADING.search(heading) is not None
    )


_DATE_HEADING = re.compile(r"(?i)\b(?:date|dated|when|sent|received|issued)\b")


_WHOLE_DATE = re.compile(rf"(?:{LOOSE_DATE})", re.IGNORECASE)


def dates_in_row(text: str, pos: int, today: _dt.date | None = None) -> list[tuple[int, int]]:
    """In a row pasted from a spreadsheet or a table (cells split by tabs or "|"), a cell that
    is only a date, in an earlier year, is the date of birth of the person the row is about
    ("TN502253\\tP Dobre\\tTigh na Cladach\\tPH22 8QL\\t8-Nov-1997\\t£2,618.46"). ``pos`` is the
    offset of something personal found in that row (a name, a postcode)."""
    this_year = (today or _dt.date.today()).year
    return [
        (a, b)
        for a, b in row_cells(text, pos) or aligned_cells(text, pos)
        if _WHOLE_DATE.fullmatch(text[a:b])
        and _year_of(text[a:b], this_year) < this_year
        and not _under_a_dated_column(text, a)
    ]


_BESIDE = re.compile(rf"\G(?:[ \t]{{2,}}|[ \t]*[\t|][ \t]*)(?P<date>{LOOSE_DATE})(?![\w/.\-])")


def dates_beside(text: str, end: int) -> list[tuple[int, int]]:
    """The dates in the next columns of a table row after a date of birth that ends at
    ``end``: a joint claim's "Date of birth     15/05/1951     07/03/1972", an audit trail's
    old and new value. Only whole cells that are dates, split from it by a column gap."""
    out = []
    while (m := _BESIDE.match(text, end)) is not None:
        out.append(m.span("date"))
        end = m.end()
    return out


#: an aside in brackets right after a value: a comment on it, a correction, another reading
_ASIDE_AFTER = re.compile(r"\G[ \t]*(?P<open>[\[(])[^\[\]()\n]{0,160}(?P<close>[\])])")
_ASIDE_DATE = re.compile(rf"(?<![\w/.\-])(?:{LOOSE_DATE})(?![\w/])", re.IGNORECASE)
#: a day and a month without the year, the month named with its capital ("May 5th", "3 March"):
#: in lower case "may" is a verb
_ASIDE_DAY_AND_MONTH = re.compile(
    rf"(?<![\w/.\-])(?:{MONTH}[ \t]+(?:the[ \t]+)?\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:[ \t]+of)?[ \t]+{MONTH})(?![\w/])"
)


def dates_in_aside(text: str, end: int, start: int | None = None) -> list[tuple[int, int]]:
    """The dates in an aside in brackets right after a date of birth that ends at ``end``: a
    draft's comment or a correction of it ("20 AUG 1975 [Comment AB1: form says 20th September,
    1975]", "02/03/80 (04/03/80 on her passport)") is another reading of the same date of
    birth, so it is one too."""
    aside = _ASIDE_AFTER.match(text, end)
    if aside is None or "[(".index(aside.group("open")) != "])".index(aside.group("close")):
        return []
    out = [m.span() for m in _ASIDE_DATE.finditer(text, aside.start("open"), aside.end())]
    if start is None:
        return out
    # the same birthday again without its year, the month named, its day one of the date of
    # birth's numbers (``start``: where that date begins): "07/31/1951 (sorry, that's July 31st
    # - we write dates the American way)", "02/03/80 (i.e. 2nd March)"; another day in the
    # aside ("(seen on 3 June)") is another date
    numbers = {int(n) for n in _NUMBERS.findall(text, start, end)}
    out += [
        m.span()
        for m in _ASIDE_DAY_AND_MONTH.finditer(text, aside.start("open"), aside.end())
        if not any(a < m.end() and m.start() < b for a, b in out)
        and int(_NUMBERS.search(m.group()).group()) in numbers
    ]
    return sorted(out)


def _year_of(date: str, this_year: int) -> int:
    """The year of a written date; a two-digit one ("09/06/40") in the last hundred years."""
    year = _YEAR.search(date)
    if year:
        return int(year.group())
    yy = int(re.findall(r"\d+", date)[-1][-2:])
    century = this_year - this_year % 100
    return century + yy if century + yy <= this_year else century - 100 + yy


#: a household list: "  Bridgie Lakatoš - 23/06/13", "  Britannia - 15/05/2020",
#: "  Ionel Barbu (son) - 04/09/11", "  Ionel Barbu (son) - 4 SEP 2011"
_LISTED_BIRTHDAY = re.compile(
    r"(?m)^[ \t]*(?:[-*•][ \t]*)?"
    # who they are, as a label before the name: "Son: Ajak Deng - 21st August, 1988"
    r"(?:(?i:(?:step|grand|great[ \-]grand)?(?:son|daughter|child|mother|father|brother"
    r"|sister|husband|wife|partner|niece|nephew|aunt|uncle|cousin))[ \t]*:[ \t]*)?"
    r"(?P<name>\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,3}"
    # a patronymic's lower-case word: "Aibek Nurlan uulu"
    r"(?:[ \t]+(?:uulu|kyzy|qyzy|gyzy|qizi|ogly|oglu|uly))?)"
    # who they are to the writer, between the name and the date: "Ruth Okoro (daughter) - ..."
    r"(?:[ \t]*\([^()\n\d]{1,25}\))?"
    # the month in any case: "Pekka Heikkinen (son) - 28 JAN 2012"
    rf"[ \t]*[-–—:,][ \t]*(?P<date>(?i:{LOOSE_DATE}))[ \t]*$"
)


def listed_birthdays(text: str, today: _dt.date | None = None) -> list[tuple[str, int, int]]:
    """A list of people, one a line, each with a past date: a household, a family tree
    ("2. Household\n  Tănase - Dec 25 2015\n  Ilenuța - 7 April 1985"). Two such lines in a row
    at least: the names are people and the dates their dates of birth."""
    this_year = (today or _dt.date.today()).year
    matches = [
        m
        for m in _LISTED_BIRTHDAY.finditer(text)
        if "\n" not in m.group("date") and _year_of(m.group("date"), this_year) <= this_year
    ]
    out: list[tuple[str, int, int]] = []
    for k, m in enumerate(matches):
        neighbours = [
            other
            for other in (
                matches[k - 1] if k else None,
                matches[k + 1] if k + 1 < len(matches) else None,
            )
            if other is not None
            and text.count("\n", min(m.end(), other.end()), max(m.start(), other.start())) <= 1
        ]
        if neighbours or _HOUSEHOLD_HEADING.search(text, max(0, m.start() - 60), m.start()):
            out += [("PERSON", *m.span("name")), ("DATE_OF_BIRTH", *m.span("date"))]
    return out


#: the heading of a list of people, right above it: "2. Household", "Children:", "Family members"
_HOUSEHOLD_HEADING = re.compile(
    r"(?i:household|family|children|dependants|dependents|occupants|residents|members)"
    r"[^\n]{0,20}\n[ \t]*\Z"
)


#: a full date as it stands in running text or a table's cell: the shapes of ``LOOSE_DATE`` and
#: of ``DATE_ANY_FORM`` whose year has four digits or whose month is named
_FULL_DATE = re.compile(
    rf"(?<![\w/.\-])(?:{LOOSE_DATE}|{DATE_ANY_FORM})(?![\w/]|[.\-]\d)", re.IGNORECASE
)
#: words before a date that say it is when something happened, not when somebody was born:
#: "since", "moved in on", "tenancy start", "arrived in the UK", "died", "issued", a letter's
#: "dated", "signed", "received"
_EVENT_BEFORE = re.compile(
    r"(?i)\b(?:since|from|until|till|to|between|start(?:ed|s|ing)?|began|begun|commenced"
    r"|moved|move|arrived?|arrival|entered|entry|landed|came|married|marriage|wed|died|death"
    r"|deceased|passed|issued?|expir\w*|valid|signed|dated?|received|sent|paid|payments?"
    r"|letters?|tenancy|lease|award(?:ed)?|decision|decided|appointments?|hearing|visit(?:ed)?"
    r"|deadline|due|joined|left|employed|employment|job|worked|retired|opened|closed|ended"
    r"|registered|applied|application|claim(?:ed)?|complaint|email|e-mail|wrote|called|rang"
    r"|phoned|on|of|in|at|by|before|after|last|next|effective|w/?c|week)\b[^\n\d]{0,12}$"
)
#: a date "far in the past": older than this many years, no deadline, appointment or recent
#: event of a letter is that old
OLD_DATE_YEARS = 12


def old_dates_beside_people(
    text: str, person_starts: list[int], today: _dt.date | None = None
) -> list[tuple[int, int]]:
    """Fail closed on a date of birth nobody labelled: a full date far in the past (more than
    ``OLD_DATE_YEARS`` ago) on the line of a person's name, not introduced by words that make it
    the date of something else ("since", "moved in on", "tenancy start", "died") is that
    person's date of birth: "Ilmi Memetov      24 June 1976      GWF080731277", "ROSA DIAZ
    (mother) 3.4.52". A deadline, an appointment or a letter's own date is never that old, so
    it stays readable."""
    this_year = (today or _dt.date.today()).year
    out: list[tuple[int, int]] = []
    seen: set[int] = set()
    for pos in person_starts:
        line_start, line_end = line_bounds(text, pos)
        if line_start in seen:
            continue
        seen.add(line_start)
        for m in _FULL_DATE.finditer(text, line_start, line_end):
            if (
                not _plausible(m.group())
                or this_year - _year_of(m.group(), this_year) <= OLD_DATE_YEARS
            ):
                continue
            if _EVENT_BEFORE.search(
                text, max(line_start, m.start() - 60), m.start()
            ) or _an_hour_after(text, m.end()):
                continue
            out.append(m.span())
    return out


#: how many lines above or below something personal an old date may stand (within its block)
NEAR_LINES = 3
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
#: what its earliest a date of birth may be: nobody writing in is older than this
_OLDEST_YEARS = 120


def _block_lines(text: str, pos: int, reach: int) -> tuple[int, int]:
    """The start of the line ``reach`` lines above ``pos`` and the end of the line ``reach``
    lines below it, never past a blank line (a record, a form's block, a paragraph)."""
    start, end = line_bounds(text, pos)
    for _ in range(reach):
        if start == 0:
            break
        above = text.rfind("\n", 0, start - 1) + 1
        if not text[above : start - 1].strip():
            break
        start = above
    for _ in range(reach):
        if end >= len(text):
            break
        below_end = text.find("\n", end + 1)
        below_end = len(text) if below_end < 0 else below_end
        if not text[end + 1 : below_end].strip():
            break
        end = below_end
    return start, end


#: more words that make an old date near somebody the date of something else: a record's or a
#: register's own dates ("created", "edition date", "updated"), a purchase, a building
_EVENT_NEAR = re.compile(
    r"(?i)\b(?:created|updated|amended|modified|changed|edited|edition|printed|generated"
    r"|logged|recorded[ \t]+on|built|constructed|purchased?|bought|sold|transfer(?:red)?"
    r"|completed|completion|occurred|incident|accident|injury|diagnos\w*|admitted"
    r"|discharged|divorced?|separated|adopted|naturali[sz]ed|granted|refused|served"
    r"|convicted|sentenced|released|vacated|surrendered|terminated|inspected|assessed"
    r"|reviewed|renewed)\b[^\n\d]{0,12}$"
)


def old_dates_near_people(
    text: str, anchors: list[int], today: _dt.date | None = None
) -> list[tuple[int, int]]:
    """Fail closed on a date of birth nobody labelled, whatever the layout: a full date far in
    the past (more than ``OLD_DATE_YEARS`` ago, a year of four digits or a named month) within
    ``NEAR_LINES`` lines of something personal (a name, an identifier, a date of birth) in the
    same block, not introduced by words that make it the date of something else ("since",
    "moved in on", "tenancy start", "died", "signed"), is a date of birth: a mainframe's
    screen ("DOB ..............: 12.05.1975" under the name's line), a record's "1961-03-12",
    "12.III.1961", "12 marca 1961", "12 марта 1961". ``anchors`` are the offsets of what is
    personal. A deadline, an appointment or a letter's own date is never that old, and an old
    date after event words stays readable."""
    this_year = (today or _dt.date.today()).year
    out: list[tuple[int, int]] = []
    seen: set[tuple[int, int]] = set()
    done: set[int] = set()
    for pos in anchors:
        start, end = _block_lines(text, pos, NEAR_LINES)
        if (start, end) in seen:
            continue
        seen.add((start, end))
        for m in _FULL_DATE.finditer(text, start, end):
            if m.start() in done:
                continue
            date = m.group()
            if "\n" in date or not _plausible(date):
                continue
            if not _FOUR_DIGIT_YEAR.search(date) and not _MONTH_NAMED.search(date):
                continue  # "10-15-76" may be a sort code
            age = this_year - _year_of(date, this_year)
            if age <= OLD_DATE_YEARS or age > _OLDEST_YEARS:
                continue
            line_start = line_bounds(text, m.start())[0]
            if (
                _EVENT_BEFORE.search(text, max(line_start, m.start() - 60), m.start())
                or _EVENT_NEAR.search(text, max(line_start, m.start() - 60), m.start())
                or _an_hour_after(text, m.end())
                or _SIGNING_LABEL.search(text, line_start, m.start())
                or _under_a_dated_column(text, m.start())
            ):
                continue
            done.add(m.start())
            out.append(m.span())
    return out


#: a heading over a list of people that says each line gives a name and a date of birth:
#: "PART 3 - OTHERS WHO WILL LIVE WITH YOU (name, date of birth)", "Name / DOB"
_NAME_AND_BIRTH_HEADING = re.compile(
    r"(?im)^[^\n]{0,80}?\bnames?\b[ \t]*(?:[,/&|+\-–]|and)[ \t]*(?:\(?[ \t]*)"
    r"(?:dates?[ \t]+of[ \t]+birth|d\.?[ ]?o\.?[ ]?b\.?|birth[ \t]*dates?|born)\b[^\n\d]*$"
)


def dates_under_birth_heading(text: str, today: _dt.date | None = None) -> list[tuple[int, int]]:
    """The dates on the lines right under a heading that says they give a name and a date of
    birth ("OTHERS WHO WILL LIVE WITH YOU (name, date of birth)\n  ARIT OTU   Jun 22 2013"),
    however recent: the heading labels them. The list ends at the first line without a date
    or at a blank line; a date in the future, or after words that make it the date of
    something else, is not one."""
    this_year = (today or _dt.date.today()).year
    out: list[tuple[int, int]] = []
    for heading in _NAME_AND_BIRTH_HEADING.finditer(text):
        if _FULL_DATE.search(heading.group()):
            continue  # "Name, DOB: 12/03/1985" is a label with its value
        pos = heading.end() + 1
        while pos < len(text):
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            found = [
                m
                for m in _FULL_DATE.finditer(text, pos, line_end)
                if _plausible(m.group()) and _year_of(m.group(), this_year) <= this_year
            ]
            if not found:
                break
            out += [
                m.span()
                for m in found
                if not _EVENT_BEFORE.search(text, max(pos, m.start() - 60), m.start())
                and not _an_hour_after(text, m.end())
            ]
            pos = line_end + 1
    return out


_NUMBERS = re.compile(r"\d+")
_MONTH_NAMED = re.compile(rf"(?i:{MONTH}|{_MONTH_ABROAD}|\b{_ROMAN_MONTH}\b)")


def _plausible(date: str) -> bool:
    """A written date that could be a calendar date: a named month, or numbers that read as a
    day and a month (either order) and a year; not a time ("10.34.44") or a range of flats."""
    numbers = [int(n) for n in _NUMBERS.findall(date)]
    if len(numbers) < 2:
        return False
    if _MONTH_NAMED.search(date):
        return 1 <= numbers[0] <= 31 or numbers[0] >= 1900
    if len(numbers) < 3:
        return False
    if numbers[0] >= 1900:  # the year first
        return 1 <= numbers[1] <= 12 and 1 <= numbers[2] <= 31
    day, month = numbers[0], numbers[1]
    return 1 <= day <= 31 and 1 <= month <= 31 and min(day, month) <= 12


#: the words after a date that make it a date of birth in a Ukrainian or Russian letter:
#: "11.01.2012 р.н." (року народження, year of birth), "12.03.1985 г.р." (года рождения)
_BIRTH_WORDS_AFTER = re.compile(
    r"[ \t]*(?:р\.[ \t]?н\.|г\.[ \t]?р\.|року[ \t]+народження|года[ \t]+рождения)"
)


def dates_before_birth_words(text: str) -> list[tuple[int, int]]:
    """A full date with "year of birth" written after it, as Ukrainian and Russian write a
    child's date of birth in a list: "- Гафія Рибарук (Hafiia Rybaruk), 25.07.2019 р.н."."""
    return [m.span() for m in _FULL_DATE.finditer(text) if _BIRTH_WORDS_AFTER.match(text, m.end())]
