"""Dates of birth (other dates stay readable: deadlines and appointments matter to triage)."""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

from redaction.recognizers.base import CASE_INSENSITIVE, _CueMixin


class DateOfBirthRecognizer(_CueMixin, PatternRecognizer):
    """A date that is a date of birth: only right after "born", "DOB", "date of birth" etc.

    Any other date (a deadline, a letter's date) is not personal data here and is left in
    place for the deadline detector.
    """

    _MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
              r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
    _DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
    PATTERNS = [
        Pattern("numeric date", r"\b(?:0?[1-9]|[12]\d|3[01])([/.\-])(?:0?[1-9]|1[0-2])\1"
                                r"(?:19|20)?\d{2}\b", 0.01),
        Pattern("ISO date", r"\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b", 0.01),
        Pattern("day month year", rf"\b{_DAY}(?:[ \t]+of)?[ \t\-]+{_MONTH},?[ \t\-]+(?:19|20)?\d{{2}}\b",
                0.01),
        Pattern("month day year", rf"\b{_MONTH}[ \t]+{_DAY},?[ \t]+(?:19|20)\d{{2}}\b", 0.01),
    ]
    CONTEXT = ["born", "dob", "d.o.b", "d.o.b.", "d o b", "date of birth", "birth date",
               "birthdate", "birthday", "b. ", "née"]
    _CUE = re.compile(
        r"(?i:\bborn|\bd\.?[ ]?o\.?[ ]?b\b\.?|\bdate[ \t]+of[ \t]+birth|\bbirth[ \t]*date"
        r"|\bbirthday|\bdob)"
        r"(?:[\s:,\-–(]|\bis\b|\bwas\b|\bon\b|\bthe\b|\bof\b|\bmy\b|\bher\b|\bhis\b)*$"
    )
    WINDOW = 40

    def __init__(self, **kwargs):
        super().__init__(supported_entity="DATE_OF_BIRTH", patterns=list(self.PATTERNS),
                         context=list(self.CONTEXT), global_regex_flags=CASE_INSENSITIVE,
                         **kwargs)

    def cue_score(self, text, start, end, score):
        window = text[max(0, start - self.WINDOW):start]
        return 0.9 if self._CUE.search(window) else 0.0


