"""Government identifiers: National Insurance number, NHS number, passport, driving licence."""

from __future__ import annotations

import datetime as _dt

import regex as re
from presidio_analyzer import Pattern
from presidio_analyzer.predefined_recognizers import (
    NhsRecognizer,
    UkDrivingLicenceRecognizer,
    UkNinoRecognizer,
    UkPassportRecognizer,
)

from redaction.recognizers.base import (
    _NON_DIGIT,
    _NUM_AFTER,
    _NUM_BEFORE,
    CASE_INSENSITIVE,
    CASE_SENSITIVE,
    NUMBER_WORD,
    LabelledValueMixin,
    _CueMixin,
    _sanitize,
    count_digits,
)
from redaction.recognizers.languages import NUMBER_BEFORE_ABROAD, PASSPORT_ABROAD


class UkNinoNumberRecognizer(LabelledValueMixin, _CueMixin, UkNinoRecognizer):
    """UK National Insurance number (HMRC format ``AB 12 34 56 C``, spaces optional).

    HMRC rules: the first letter is not D, F, I, Q, U or V; the second is not D, F, I, O, Q,
    U or V; the prefixes BG, GB, KN, NK, NT, TN and ZZ are never allocated; the suffix is A-D.
    A number written without its suffix letter is only taken next to a cue word. Written
    right after "NI number" it is taken whatever its prefix or suffix.
    """

    PATTERNS = [
        Pattern("NINO", r"\b[A-Z]{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?[A-D]\b", 0.6),
        Pattern(
            "NINO, one character at a time", r"\b[A-Z][ .\-][A-Z](?:[ .\-]\d){6}[ .\-][A-D]\b", 0.6
        ),
        Pattern(
            # a scan or a narrow column breaks the number over two lines: "BH 76 02\n26C"
            "NINO broken over a line",
            r"\b[A-Z]{2}(?=[\d \-]*\n)(?:[ \-]?\n?[ \-]?\d){6}[ \-]?\n?[ \-]?[A-D]\b",
            0.6,
        ),
        Pattern(
            "NINO without suffix (weak)",
            r"\b[A-Z]{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?\d{2}\b(?![ \-]?[A-Z]\b)",
            0.05,
        ),
    ]
    CONTEXT = ["national insurance", "ni number", "ni no", "nino", "ni", "nat ins", "nin"]
    LABEL = (
        r"(?:national[ \t]+insurance|nat\.?[ \t]*ins\.?|n\.?[ \t]?i\.?|nino|n\.i\.n\.o\.?|nin"
        r"|(?:rhif[ \t]+)?yswiriant[ \t]+gwladol"
        # "National Insurance" in the letters of other languages: Arabic "التأمين الوطني",
        # the English words in Ge'ez script "ናሽናል ኢንሹራንስ", Ukrainian "національного
        # страхування", Persian "بیمه ملی"
        r"|التأمين[ \t]+الوطني|ናሽናል[ \t]+ኢንሹራንስ|національного[ \t]+страхування|بیمه[ \t]+ملی)"
        + NUMBER_WORD
        # "my NI number may have printed badly above, it is ...": the sentence says what it is
        + r"(?:[^\n.?!]{0,60}?\b(?:it|this|which|that)[ \t]+(?:is|was|reads|should[ \t]+be))?"
    )
    # a digit short or over is still the number the person wrote as theirs ("LC 97627 B");
    # speech-to-text puts spaces and dashes anywhere ("ay -58 2939 -c")
    LABELLED_VALUE = r"[A-Z][ .\-]{0,2}[A-Z](?:[ \t\n.\-]{0,2}\d){5,7}(?:[ \n.\-]{0,3}[A-Z])?"
    BAD_FIRST = set("DFIQUV")
    BAD_SECOND = set("DFIOQUV")
    BAD_PREFIXES = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}

    def __init__(self, **kwargs):
        super().__init__(patterns=list(self.PATTERNS), context=list(self.CONTEXT), **kwargs)
        self.global_regex_flags = CASE_INSENSITIVE

    def labelled_ok(self, value: str) -> bool:
        return 5 <= count_digits(value) <= 7

    def validate_result(self, pattern_text: str) -> bool | None:
        text = _sanitize(pattern_text)
        prefix = text[:2]
        if (
            prefix[0] in self.BAD_FIRST
            or prefix[1] in self.BAD_SECOND
            or prefix in self.BAD_PREFIXES
        ):
            return False
        if len(text) == 9 and text[8] not in "ABCD":
            return False
        return None


class NhsNumberRecognizer(LabelledValueMixin, _CueMixin, NhsRecognizer):
    """NHS number: 10 digits (``485 777 3456``) whose mod-11 check digit is valid.

    Presidio's checksum is kept; a nearer "reference/invoice/order" cue drops the match (one
    random 10-digit reference in eleven passes mod 11).
    """

    PATTERNS = [
        Pattern(
            "NHS number",
            rf"{_NUM_BEFORE}(?<!\+\d{{1,3}}[ ]?(?:\(0\))?[ ]?)(?<!\(0\)[ ]?)"
            # groups apart by a space or two, a hyphen or a dot ("995  107  2623",
            # "679.768.1308"), or the last seven digits in one ("926 5288795")
            rf"\b\d{{3}}(?:([ \-.]?|[ ]{{2}})\d{{3}}\1\d{{4}}|[ ]\d{{7}})\b{_NUM_AFTER}",
            0.5,
        )
    ]
    CONTEXT = [
        "nhs",
        "nhs number",
        "nhs no",
        "national health service",
        "health service",
        "patient",
        "chi number",
        "h&c number",
        "gp",
    ]
    NEGATIVE_CONTEXT = [
        "reference",
        "ref",
        "invoice",
        "order",
        "case number",
        "claim number",
        "account",
        "policy",
        "tracking",
        "payment reference",
    ]
    WINDOW = 32
    LABEL = (
        r"(?:nhs|national[ \t]+health[ \t]+service|health[ \t]+service|health|chi|h&c|hospital"
        r"|rhif[ \t]+(?:y[ \t]+)?gig|gig)"
        r"" + NUMBER_WORD
    )
    #: (or ten digits printed in boxes, a bar between each: "4 | 8 | 5 | 7 | 7 | 3 | 2 | 1 | 0 | 4",
    #: or between groups: "485 | 777 | 3456")
    LABELLED_VALUE = (
        r"\d(?:[ \t\n\-.]{0,2}\d){8,10}"
        r"|\d(?:(?:[ \t]{0,2}|[ \t]*\|[ \t]*)\d){9}(?![ \t]*\|[ \t]*\d)"
    )

    def __init__(self, **kwargs):
        super().__init__(patterns=list(self.PATTERNS), context=list(self.CONTEXT), **kwargs)
        self.global_regex_flags = CASE_SENSITIVE

    def labelled_ok(self, value: str) -> bool:
        return 9 <= count_digits(value) <= 11

    def validate_result(self, pattern_text: str) -> bool:
        digits = _NON_DIGIT.sub("", pattern_text)
        if len(digits) != 10 or len(set(digits)) == 1:
            return False
        return super().validate_result(digits)


class UkPassportNumberRecognizer(LabelledValueMixin, _CueMixin, UkPassportRecognizer):
    """UK passport number: 9 digits (``123456789``), only next to a passport cue.

    Presidio's two-letter + seven-digit pattern is kept (also cue-gated).
    """

    PATTERNS = [
        Pattern("UK passport (9 digits)", rf"{_NUM_BEFORE}\b\d{{9}}\b{_NUM_AFTER}", 0.05),
        Pattern(
            "UK passport (spaced)", rf"{_NUM_BEFORE}\b\d{{3}} \d{{3}} \d{{3}}\b{_NUM_AFTER}", 0.05
        ),
        Pattern("passport (2 letters + 7 digits)", r"\b[A-Z]{2}\d{7}\b", 0.05),
    ]
    CONTEXT = [
        "passport",
        "passport number",
        "passport no",
        "travel document",
        "hmpo",
        "hm passport",
    ]
    LABEL = (
        # a form's ticked option, the other options unticked after it, then the number's word:
        # "ID seen: [x] Passport  [ ] Driving licence   No: 572 475 42"
        r"(?:(?<=\[[xX✓✔][ \t]*\][ \t]*)passport(?:[ \t]+\[[ \t]*\][^\n\[\]:\d]{1,40}?)+"
        + NUMBER_WORD
        + r"|(?:passport|travel[ \t]+document|pasbort|pp(?=[ \t]*(?:no|number|#))"
        # in the writer's own language: "Passaporte n.º", "Αριθμός διαβατηρίου", "pasaport no"
        + rf"|(?:{NUMBER_BEFORE_ABROAD})?(?:{PASSPORT_ABROAD}))"
        + NUMBER_WORD
        # an ID check's "DOCUMENT 1: PASSPORT (GBR)\nDocument number: 34548412"
        + r"|(?<=passport\b[^\n]{0,40}\n[ \t]*)document[ \t]+(?:number|no\.?))"
    )
    # with a digit in it: a word after "PASSPORT (GBR)" is the next label, not the number
    # written with the issuing state before it ("GBR502086223") or in hyphenated groups
    LABELLED_VALUE = r"(?:GBR[ ]?(?=\d))?(?=[A-Z0-9 \-]{0,12}?\d)[A-Z0-9](?:[ \-]?[A-Z0-9]){6,9}"
    NEGATIVE_CONTEXT = [
        "reference",
        "ref",
        "case",
        "claim",
        "invoice",
        "order",
        "phone",
        "mobile",
        "account",
    ]
    WINDOW = 40
    REQUIRE_CONTEXT = True

    def __init__(self, **kwargs):
        super().__init__(patterns=list(self.PATTERNS), context=list(self.CONTEXT), **kwargs)
        self.global_regex_flags = CASE_SENSITIVE

    def labelled_ok(self, value: str) -> bool:
        return count_digits(value) >= 6


#: a word of letters in title case at the end: never a driving licence number's check characters
_TITLE_CASE_WORD = re.compile(r"(?<!\p{L})\p{Lu}\p{Ll}{2,}$")


class UkDrivingLicenceNumberRecognizer(LabelledValueMixin, _CueMixin, UkDrivingLicenceRecognizer):
    """DVLA driving licence number: 16 characters ``MORGA753116SM9IJ`` (spaces optional).

    Surname (5, padded with 9), decade, month (+50 for women), day, year digit, initials
    (padded with 9), an arbitrary digit and two check characters. The birth-date fields are
    checked for a real calendar date.
    """

    PATTERNS = [
        Pattern(
            "UK driving licence",
            r"\b[A-Z][A-Z9]{4}[ \-]?[0-9](?:0[1-9]|1[0-2]|5[1-9]|6[0-2])(?:0[1-9]|[12][0-9]|3[01])"
            r"[0-9][ \-]?[A-Z][A-Z9][0-9][A-Z0-9]{2}\b(?:[ \-]?\d{2}\b)?",
            0.6,
        ),
    ]
    CONTEXT = [
        "driving licence",
        "driving license",
        "driver's licence",
        "drivers licence",
        "dvla",
        "licence number",
        "licence no",
        "license number",
        "dl number",
        "licence",
    ]
    LABEL = (
        r"(?:(?:driving|driver'?s?)[ \t]+licen[cs]e|licen[cs]e|dvla|dl|trwydded[ \t]+yrru)"
        + NUMBER_WORD
    )
    LABELLED_VALUE = r"[A-Z0-9](?:[ \-]?[A-Z0-9]){13,17}"

    def __init__(self, **kwargs):
        super().__init__(patterns=list(self.PATTERNS), context=list(self.CONTEXT), **kwargs)
        self.global_regex_flags = CASE_SENSITIVE

    def labelled_ok(self, value: str) -> bool:
        # a licence is written in capitals (or all in lower case): a word of letters in title
        # case is the next line's label ("Engineer licence card: 3880978\nEngineer: ...")
        return count_digits(value) >= 5 and _TITLE_CASE_WORD.search(value) is None

    def validate_result(self, pattern_text: str) -> bool | None:
        text = _sanitize(pattern_text)[:16]
        if super().validate_result(text) is False:
            return False
        month = int(text[6:8]) % 50
        day, year = int(text[8:10]), 1900 + int(text[5]) * 10 + int(text[10])
        try:
            _dt.date(year, month, day)
        except ValueError:
            return False
        return None
