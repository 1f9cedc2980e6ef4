"""Identifiers read out loud and typed as heard: an NI number read back in the NATO alphabet
("Tango Charlie zero six five six zero four Delta"), a phone number said digit by digit ("oh
one six one, four nine six, double oh one four"). A call handler's note keeps them so."""

from __future__ import annotations

import regex as re

from redaction.recognizers.base import TextRecognizer, recognized

_NATO = (
    r"(?:alpha|alfa|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|mike"
    r"|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiske?y|x-?ray|yankee|zulu)"
)
#: a digit said as a word
_DIGIT_WORD = r"(?:zero|nought|oh|one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
#: a piece of a number as said: "83", "double seven", "five", "fifty-six", "seventeen"
_PIECE = (
    rf"(?:\d{{1,6}}|(?:double|treble|triple)[ \t\-]?{_DIGIT_WORD}"
    rf"|{_TENS}(?:[ \t\-]{_DIGIT_WORD})?|{_TEENS}|{_DIGIT_WORD})"
)
#: what comes between the pieces: spaces, commas, dashes, dots, "..."
_GAP = r"(?:[ \t]*[,.\-–/][ \t]*|[ \t]*\.\.\.[ \t]*|[ \t]+)"

_SPOKEN_NINO = re.compile(
    rf"(?<![\w\-])(?P<value>(?:{_NATO}|[A-Z]){_GAP}(?:{_NATO}|[A-Z])"
    rf"(?P<digits>(?:{_GAP}{_PIECE}){{1,12}}?){_GAP}(?:{_NATO}|[A-D]))"
    r"(?![\w\-])",
    re.IGNORECASE,
)
_SPOKEN_PHONE = re.compile(
    rf"(?<![\w\-])(?P<value>(?:zero|oh|nought|double[ \t\-]?(?:zero|oh)|\+?44)"
    rf"(?:{_GAP}{_PIECE}){{3,14}})(?![\w\-])",
    re.IGNORECASE,
)
_WORD = re.compile(rf"\d|{_TENS}(?:[ \t\-]{_DIGIT_WORD})?|{_TEENS}|{_DIGIT_WORD}", re.IGNORECASE)
_MULTI = re.compile(r"(?i:double|treble|triple)")


def digit_count(said: str) -> int:
    """How many digits a number said aloud stands for ("double seven" two, "fifty-six" two)."""
    count = 0
    for m in _WORD.finditer(said):
        word = m.group().lower()
        count += 1 if word.isdigit() or re.fullmatch(_DIGIT_WORD, word) else 2
    # "double seven" is two sevens, "treble oh" three
    for m in _MULTI.finditer(said):
        count += 2 if m.group().lower() in ("treble", "triple") else 1
    return count


class SpokenIdentifierRecognizer(TextRecognizer):
    """An NI number read back letter by letter in the NATO alphabet (any last letter: a
    mistyped suffix is still the number read back) (or letters and said
    digits), and a phone number said digit by digit starting "zero"/"oh": at least one of the
    pieces written as a word, else the ordinary recognisers read it."""

    ENTITIES = ["UK_NINO", "PHONE_NUMBER"]
    #: over the NER model's pieces of the same number ("oh one six one" alone a phone to it)
    SCORE = 0.95

    def analyze(self, text, entities, nlp_artifacts=None):
        out = []
        if "UK_NINO" in entities:
            for m in _SPOKEN_NINO.finditer(text):
                value = m.group("value")
                if not re.search(_NATO, value, re.IGNORECASE):
                    continue  # letters and digits: the NI number recogniser's
                if 5 <= digit_count(m.group("digits")) <= 7:
                    start, end = m.span("value")
                    out.append(recognized(self, "UK_NINO", start, end, self.SCORE))
        if "PHONE_NUMBER" in entities:
            for m in _SPOKEN_PHONE.finditer(text):
                value = m.group("value").rstrip(" \t,.-–/")
                if not re.search(r"[A-Za-z]{2}", value.lstrip("+")):
                    continue
                if 10 <= digit_count(value) <= 12:
                    start = m.start("value")
                    out.append(
                        recognized(self, "PHONE_NUMBER", start, start + len(value), self.SCORE)
                    )
        return out
