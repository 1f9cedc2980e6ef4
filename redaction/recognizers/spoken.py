"""Identifiers read out loud and typed as heard: an NI number read back in the NATO alphabet
("Tango Charlie zero six five six zero four Delta"), a phone number said digit by digit ("oh
one six one, four nine six, double oh one four"), a postcode spelt out after the word
"postcode" ("postcode B T seven nine three A T"). A call handler's note or a voicemail's
speech-to-text keeps them so."""

from __future__ import annotations

import regex as re

from redaction.recognizers.addresses import POSTCODE_RE
from redaction.recognizers.base import TextRecognizer, recognized

_NATO = (
    r"(?:alpha|alfa|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|mike"
    r"|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiske?y|x-?ray|yankee|zulu)"
)
#: each digit said as a word, and the digit it stands for
_DIGIT_OF = {
    w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())
} | {"oh": "0", "nought": "0"}
_TEENS_OF = (
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
)
_TENS_OF = "twenty thirty forty fifty sixty seventy eighty ninety".split()
#: a digit said as a word
_DIGIT_WORD = "(?:" + "|".join(_DIGIT_OF) + ")"
_TEENS = "(?:" + "|".join(_TEENS_OF) + ")"
_TENS = "(?:" + "|".join(_TENS_OF) + ")"
#: a digit said two or three times: "double seven", "treble oh"
_TIMES = r"(?:double|treble|triple)"
#: a piece of a number as said: "83", "double seven", "five", "fifty-six", "seventeen"
_PIECE = (
    rf"(?:\d{{1,6}}|{_TIMES}[ \t\-]?{_DIGIT_WORD}"
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
_MULTI = re.compile(_TIMES, re.IGNORECASE)
#: a postcode spelt out, after the word that says it is one: letters alone or in the NATO
#: alphabet, digits alone or as words ("B T seven nine three A T", "bravo tango 79 3 alpha tango")
_POSTCODE_CUE = re.compile(
    r"(?i:\bpost[ \t\-]?code)(?:[ \t]+(?:is|was|it'?s|its))?[ \t]*[:,\-]?[ \t]*"
)
_SPELT_TOKEN = re.compile(
    rf"\G(?P<token>{_NATO}|{_TIMES}[ \t\-]?{_DIGIT_WORD}"
    rf"|{_TENS}(?:[ \t\-]{_DIGIT_WORD})?|{_TEENS}|{_DIGIT_WORD}|\d{{1,2}}"
    r"|[A-Za-z])(?![\w'])[ \t,.\-]*",
    re.IGNORECASE,
)


def _spelt(token: str) -> str:
    """The characters a spoken token stands for: "seven" 7, "tango" T, "double oh" 00, "B" B."""
    word = token.lower()
    if word[:1].isdigit():
        return word
    if word in _DIGIT_OF:
        return _DIGIT_OF[word]
    tens = re.match(_TENS, word)
    if tens:  # "twenty three" 23, "forty" 40
        unit = word[tens.end() :].strip(" \t-")
        return str(_TENS_OF.index(tens.group()) + 2) + (_DIGIT_OF[unit] if unit else "0")
    if re.fullmatch(_TEENS, word):  # "eleven" 11
        return str(_TEENS_OF.index(word) + 10)
    multi = _MULTI.match(word)
    if multi:
        times = 2 if multi.group().lower() == "double" else 3
        return _DIGIT_OF[word[multi.end() :].strip(" \t-")] * times
    return word[:1].upper()  # a letter, or the NATO word for it


def spelt_postcodes(text: str) -> list[tuple[int, int]]:
    """Postcodes spelt out after "postcode": the longest run of tokens that reads as a full
    postcode ("postcode B T seven nine three A T its about..." is BT79 3AT)."""
    out = []
    for cue in _POSTCODE_CUE.finditer(text):
        pos, chars = cue.end(), ""
        ends: list[tuple[int, str]] = []
        while len(ends) < 9:
            m = _SPELT_TOKEN.match(text, pos)
            if m is None:
                break
            chars += _spelt(m.group("token"))
            ends.append((m.end("token"), chars))
            pos = m.end()
        for end, read in reversed(ends):
            if 5 <= len(read) <= 7 and POSTCODE_RE.fullmatch(f"{read[:-3]} {read[-3:]}"):
                if not re.fullmatch(r"[A-Za-z0-9]{5,7}", text[cue.end() : end]):
                    out.append((cue.end(), end))  # written as one, the postcode readers' own
                break
    return out


_SAID_DIGIT = re.compile(
    rf"(?<!\w)(?:{_TIMES}|{_TENS}|{_TEENS}|{_DIGIT_WORD})(?!\w)", re.IGNORECASE
)
_WORD = re.compile(rf"\d|{_TENS}(?:[ \t\-]{_DIGIT_WORD})?|{_TEENS}|{_DIGIT_WORD}", re.IGNORECASE)


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
    mistyped suffix is still the number read back), or as plain letters and digits said as
    words, and a phone number said digit by digit starting "zero"/"oh": at least one of the
    pieces written as a word, else the ordinary recognisers read it."""

    ENTITIES = ["UK_NINO", "PHONE_NUMBER", "UK_POSTCODE"]
    #: over the NER model's pieces of the same number ("oh one six one" alone a phone to it)
    SCORE = 0.95

    def analyze(self, text, entities, nlp_artifacts=None):
        out = []
        if "UK_NINO" in entities:
            for m in _SPOKEN_NINO.finditer(text):
                value = m.group("value")
                # letters and digits written as such are the NI number recogniser's; read out
                # ("J S, double nine, nine six, ...") a digit said as a word marks it
                if not re.search(_NATO, value, re.IGNORECASE) and not _SAID_DIGIT.search(
                    m.group("digits")
                ):
                    continue
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
        if "UK_POSTCODE" in entities and "ostcode" in text.lower():
            for start, end in spelt_postcodes(text):
                out.append(recognized(self, "UK_POSTCODE", start, end, self.SCORE))
        return out
