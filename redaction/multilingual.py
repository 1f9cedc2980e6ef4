"""Stricter masking for letters not written in English.

The name and place recognition (spaCy's English NER, English cue words and name lists) is
weaker on other languages, so for such a letter the redactor also masks, as names:

* capitalised words within four words of anything already found (``Rhif ffôn Dafydd ap
  Gwilym: 07700 900123`` - the words beside an identifier are most often its owner's name);
* capitalised words after a greeting, sign-off or introduction in Welsh and in the languages
  most written to UK public bodies (``Annwyl``, ``Yn gywir``, ``Fy enw i yw``, ``Nazywam
  się``, ``Z poważaniem``, ``Numele meu este``, ``Cu stimă``, ...);
* short capitalised lines in the last lines of the letter (the signature block).

Over-masking is the intended failure here: the redactor says so in its output (the notes of
:class:`~contracts.models.RedactedLetter`), and a person reads every such letter anyway (it is
flagged for Welsh or for translation).
"""

from __future__ import annotations

import regex as re

_CAP = r"\p{Lu}[\p{L}'’\-]*"
_NAME_RUN = re.compile(rf"{_CAP}(?:[ \t]+(?:(?:ap|ab|ferch|verch|van|von|de|da|di|del|bin|binti|"
                       rf"al|el)[ \t]+)?{_CAP})*")
_WORD = re.compile(r"[\p{L}\p{N}'’\-]+")
#: words after which a name follows, by language (lower case, matched case-insensitively)
CUES = (
    # Welsh
    "annwyl", "fy enw i yw", "fy enw yw", "fy enw i ydy", "fy enw ydy", "yn gywir",
    "yn ddiffuant", "cofion", "cofion cynnes", "mab", "merch", "gŵr", "gwraig",
    "partner", "mam", "tad",
    # Polish, Romanian, Portuguese, Spanish, French, Italian, German, Lithuanian
    "nazywam się", "z poważaniem", "pozdrawiam", "szanowny panie", "szanowna pani",
    "numele meu este", "mă numesc", "cu stimă", "cu respect", "o meu nome é", "chamo-me",
    "atenciosamente", "cumprimentos", "me llamo", "mi nombre es", "atentamente", "je m'appelle",
    "je m’appelle", "cordialement", "mi chiamo", "distinti saluti", "cordiali saluti",
    "ich heiße", "mit freundlichen grüßen", "mano vardas", "pagarbiai",
)
_CUE = re.compile(r"(?<![\p{L}])(?i:" + "|".join(re.escape(c) for c in sorted(
    CUES, key=len, reverse=True)) + r")[ \t]*[,:]?[ \t]*\n?[ \t]*(" + _NAME_RUN.pattern + ")")


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in taken)


def stricter_spans(text: str, found: list[tuple[int, int]], window: int = 4
                   ) -> list[tuple[int, int]]:
    """Extra (start, end) spans to mask as names in a non-English letter (offsets into
    ``text``), given the spans ``found`` already."""
    extra: list[tuple[int, int]] = []
    taken = list(found)

    def add(start: int, end: int) -> None:
        if end > start and not _overlaps(start, end, taken):
            extra.append((start, end))
            taken.append((start, end))

    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    for a, b in sorted(found):
        before = [w for w in words if w[1] <= a][-window:]
        after = [w for w in words if w[0] >= b][:window]
        for start, end in before + after:
            if text[start].isupper() and sum(c.isalpha() for c in text[start:end]) >= 2:
                add(start, end)
    for match in _CUE.finditer(text):
        add(match.start(1), match.end(1))
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    for line in lines[-4:]:
        content = line.group().strip()
        tokens = content.split()
        if 1 <= len(tokens) <= 5 and not content.endswith((".", "?", "!", ":")) and all(
                t[0].isupper() or t.lower() in ("ap", "ab", "de", "da", "van", "von")
                for t in tokens if t[0].isalpha()):
            for run in _NAME_RUN.finditer(line.group()):
                add(line.start() + run.start(), line.start() + run.end())
    return sorted(extra)


def note_for(language_name: str) -> str:
    return (f"This letter is in {language_name}. The redactor's name and place recognition is "
            "built for English, so it also masked capitalised words beside personal data, after "
            "greetings and sign-offs, and in the signature: more than needed, and a name "
            "elsewhere in the letter may still be missed. Check the redacted text.")
