"""A police incident log shared with a council (a command-and-control system's print, under an
information-sharing agreement): terse lines in capitals, the people in them named after the
log's own abbreviations rather than in sentences::

    2114 OP2217 INFT ANN ODE TEL 07700900123
    2145 OP2217 PNC CHK SUBJ ODE, Ann DOB 010190 NO TRACE
    2216 OP3013 UNIT AL61 PC 4471 OKAFOR ATTENDING

The informant (INFT), the subject (SUBJ), the suspect (SUSP) and the victim (VICT) are named
right after their abbreviation; an officer after their rank and collar number ("PC 4471"); a
person the caller knows "AS" a name. A word of the log ("STATES", "ADDR", "ATTENDING") is
never taken for a name: a name's words here are no ordinary English words. A log in capitals
is read in title case by :mod:`redaction.normalise` ("Inft Ann Ode Tel ..."), so the
abbreviations are matched in any case."""

from __future__ import annotations

import regex as re
from presidio_analyzer import RecognizerResult

from redaction.recognizers.base import TextRecognizer, recognized

_WORD = r"\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*"
#: the person's role, then their name: its words, a comma after the surname in capitals
_CUE = re.compile(
    r"(?<![\p{L}\d])(?:(?i:INFT|SUBJ|SUSP|VICT)|(?i:PC|PS|PCSO|DC|DS|SGT)[ \t]+\d{2,6}"
    r"|(?i:known|knows[ \t]+(?:him|her|them|one|one[ \t]+of[ \t]+them))[ \t]+(?i:as))[ \t]+"
    rf"(?P<name>{_WORD}(?:,?[ \t]+{_WORD}){{0,3}})"
)
_NAME_WORD = re.compile(_WORD)
#: a log's own abbreviations and words written where a name could start
_LOG_WORDS = frozenset(
    """ADDR TEL DOB LOC PNC CHK NFA ASB UNIT RESULT OIC INFT SUBJ SUSP VICT DVLA DL NO TRACE
    VALID WORDS ATTENDING STATES REPORTS AWARE UPDATE ADVISED REQ REQD RVP NT NK UNK""".split()
)


def _name_end(text: str, start: int, end: int) -> int:
    """Where the name that starts at ``start`` ends: before the first word of the log or of
    English (``start`` when the first word is one)."""
    from redaction.recognizers.lexicon import is_ordinary_word

    stop = start
    for word in _NAME_WORD.finditer(text, start, end):
        bare = word.group()
        if bare.upper() in _LOG_WORDS or is_ordinary_word(bare.title()):
            break
        stop = word.end()
    return stop


class PoliceLogNameRecognizer(TextRecognizer):
    """Names after a police log's role abbreviations and an officer's collar number."""

    ENTITIES = ["PERSON"]
    SCORE = 0.85

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if "PERSON" not in entities:
            return []
        out = []
        for m in _CUE.finditer(text):
            start = m.start("name")
            end = _name_end(text, start, m.end("name"))
            if end - start >= 2:
                out.append(recognized(self, "PERSON", start, end, self.SCORE))
        return out
