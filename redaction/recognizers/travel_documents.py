"""The machine-readable zone (MRZ) of a passport, visa or identity card, pasted from an ID-check
tool or an OCR'd scan ("P<GBRHANDSOME<<ACE<J<<<..." over "3902511751GBR0401261M..."). Its
fields are one person's name, document number and date of birth; nothing around them says
so, so they are read by the ICAO 9303 layout: TD3 (passports and visas, two lines of 44), TD2
(two lines of 36) and TD1 (identity cards, three lines of 30).

Check digits are not required: a mistyped or mis-read MRZ is still somebody's (fail closed).
"""

from __future__ import annotations

from functools import lru_cache

import regex as re
from presidio_analyzer import RecognizerResult

from redaction.recognizers.base import TextRecognizer, recognized

#: one line of a zone: filler-rich, capitals and digits only; OCR and retyping lose or add a
#: character or two, so the length is loose. Lines are words, not whole lines: the redactor reads
#: a hard-wrapped paragraph's lines joined by spaces, and a zone looks like one
_LINE = re.compile(r"(?<!\S)(?P<line>[A-Z0-9<]{26,48})(?!\S)")
#: a name line (TD3/TD2 first line): document code, issuing state, then the names
_NAME_LINE = re.compile(r"^(?P<code>[PVIAC][A-Z0-9<])(?P<state>[A-Z<]{3})(?P<names>[A-Z<]+)$")
#: TD3/TD2 second line: document number, its check digit, nationality, date of birth
_NUMBER_LINE = re.compile(
    r"^(?P<number>[A-Z0-9<]{8,10}?)(?:\d|<)(?P<nationality>[A-Z<]{3})(?P<dob>\d{6})(?:\d|<)[MFX<]"
)
#: TD1 first line: document code, issuing state, document number
_CARD_NUMBER_LINE = re.compile(
    r"^(?P<code>[IAC][A-Z0-9<])(?P<state>[A-Z<]{3})(?P<number>[A-Z0-9<]{9})"
)
#: TD1 second line: date of birth, check, sex, expiry
_CARD_DOB_LINE = re.compile(r"^(?P<dob>\d{6})(?:\d|<)[MFX<]\d{6}")
#: TD1 third line: the names alone
_CARD_NAME_LINE = re.compile(r"^(?P<names>[A-Z]+(?:<[A-Z]+)*<<[A-Z<]*)$")
# a person's name part in a name field: words joined by single fillers ("PRATT<WINTER")
_NAME_PART = re.compile(r"[A-Z]+(?:<[A-Z]+)*")


def _adjacent(text: str, end: int, next_start: int) -> bool:
    between = text[end:next_start]
    return not between.strip() and between.count("\n") <= 1


def _names(offset: int, field: str) -> list[tuple[str, int, int]]:
    return [("PERSON", offset + m.start(), offset + m.end()) for m in _NAME_PART.finditer(field)]


def _passport_or_visa(start: int, line: str, next_start: int, next_line: str):
    name_line, number_line = _NAME_LINE.match(line), _NUMBER_LINE.match(next_line)
    if not name_line or not number_line:
        return []
    spans = _names(start + name_line.start("names"), name_line.group("names"))
    number = number_line.group("number").rstrip("<")
    if number:
        spans.append(("UK_PASSPORT", next_start, next_start + len(number)))
    dob = number_line.span("dob")
    spans.append(("DATE_OF_BIRTH", next_start + dob[0], next_start + dob[1]))
    return spans


def _identity_card(text: str, start: int, line: str, next_start: int, next_line: str, third):
    card, dob_line = _CARD_NUMBER_LINE.match(line), _CARD_DOB_LINE.match(next_line)
    if not card or not dob_line:
        return []
    number = card.group("number").rstrip("<")
    spans = [
        ("UK_PASSPORT", start + card.start("number"), start + card.start("number") + len(number)),
        ("DATE_OF_BIRTH", next_start + dob_line.start("dob"), next_start + dob_line.end("dob")),
    ]
    if third and _adjacent(text, next_start + len(next_line), third[0]):
        names = _CARD_NAME_LINE.match(third[1])
        if names:
            spans += _names(third[0], names.group("names"))
    return spans


Zone = tuple[tuple[int, int], tuple[tuple[str, int, int], ...]]


@lru_cache(maxsize=8)
def read_zones(text: str) -> tuple[Zone, ...]:
    """Each machine-readable zone in ``text``: its extent and the personal fields in it
    (``(entity, start, end)``). Cached: the recogniser and the redactor's list of codes that are
    not names both read the same letter's zones."""
    if "<" not in text:  # every line of a zone holds a filler
        return ()
    lines = [
        (m.start("line"), m.group("line")) for m in _LINE.finditer(text) if "<" in m.group("line")
    ]
    zones = []
    for k, ((start, line), (next_start, next_line)) in enumerate(
        zip(lines, lines[1:], strict=False)
    ):
        if not _adjacent(text, start + len(line), next_start):
            continue
        third = lines[k + 2] if k + 2 < len(lines) else None
        spans = _passport_or_visa(start, line, next_start, next_line) or _identity_card(
            text, start, line, next_start, next_line, third
        )
        if spans:
            end = max(b for _, _, b in spans)
            zones.append(((start, max(end, next_start + len(next_line))), tuple(spans)))
    return tuple(zones)


def zone_codes(text: str) -> list[tuple[int, int]]:
    """The parts of each machine-readable zone that are codes, not personal fields ("P<GBR",
    the sex, the expiry date, the check digits): a name found in them is not one ("GBR", "F")."""
    out = []
    for (start, end), spans in read_zones(text):
        pos = start
        for _, a, b in sorted(spans, key=lambda s: s[1]):
            if pos < a:
                out.append((pos, a))
            pos = max(pos, b)
        if pos < end:
            out.append((pos, end))
    return out


class MachineReadableZoneRecognizer(TextRecognizer):
    """Names, document number and date of birth in a machine-readable zone."""

    ENTITIES = ["PERSON", "UK_PASSPORT", "DATE_OF_BIRTH"]
    # the layout is unmistakable once two lines agree with it
    SCORE = 0.95

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        return [
            recognized(self, entity, begin, end, self.SCORE)
            for _, spans in read_zones(text)
            for entity, begin, end in spans
            if entity in entities
        ]
