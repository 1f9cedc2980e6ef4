"""The places a licence condition or an exclusion zone keeps someone away from, as a probation or
victim contact letter writes them: "an exclusion zone covering Kirkby Thore and the roads around
Rowan Cottage", "not to enter Long Sutton, where your son Jamie lives". They name where the
victim and their family live: the town after "covering", "not to enter" or "stay away from" is a
place, the house or street after "the roads around" an address, and the relative named after
"where your son" a person. A home named by its owner in a story ("I went to Jamie's in Long
Sutton") is a person's name and a place."""

from __future__ import annotations

import regex as re
from presidio_analyzer import RecognizerResult

from redaction.recognizers.base import TextRecognizer, recognized

_WORD = r"\p{Lu}[\p{L}'’\-]*\p{L}"
_LINK = r"(?:[ \t]+(?:y|yr|an|na|nan|upon|on|under|in|le|la|de|St\.?|of)(?=[ \t]+\p{Lu}))"
#: a place's or a house's name: capitalised words, with the small words place names hold, and
#: a second part after a comma ("Chy Vean, Kiln Row")
_PLACE = (
    rf"{_WORD}(?:{_LINK}?[ \t]+{_WORD}){{0,4}}(?:,[ \t]*{_WORD}(?:{_LINK}?[ \t]+{_WORD}){{0,4}})?"
)
_CUE = re.compile(
    r"(?i:\bexclusion[ \t]+zone[ \t]+(?:covering|around|of|in)|\bnot[ \t]+to[ \t]+(?:enter|visit"
    r"|go[ \t]+(?:to|into))|\b(?:stay|keep)[ \t]+away[ \t]+from|\b(?:roads|streets|area)[ \t]+"
    r"(?:around|near|surrounding))[ \t]+(?:the[ \t]+(?:village|town|area)[ \t]+of[ \t]+)?"
    rf"(?P<place>{_PLACE})"
)
_RELATIVE = re.compile(
    r"\bwhere[ \t]+(?:your|his|her|their|my)[ \t]+(?:son|daughter|mother|father|sister|brother"
    r"|partner|wife|husband|grandmother|grandfather|grandson|granddaughter|niece|nephew|aunt"
    rf"|uncle|cousin|children|child)[ \t]+(?P<name>{_WORD}(?:[ \t]+{_WORD})?)"
    r"(?=[ \t]+(?:lives|live|stays|is|works|goes))"
)


#: someone's home named by their name: "I went to Jamie's in Long Sutton", "stayed at Mo's in
#: Alnwick" (the model reads the whole as one place)
_HOME_OF = re.compile(
    r"\b(?i:went|go|going|gone|stayed|stay|staying|slept|sleeping|was|were|been|be|at|to|from)"
    rf"[ \t]+(?:(?i:to|at|round|over)[ \t]+)?(?P<name>{_WORD}(?:[ \t]+{_WORD})?)['’]s[ \t]+"
    rf"(?i:in|at|near)[ \t]+(?P<place>{_WORD}(?:{_LINK}?[ \t]+{_WORD}){{0,3}})"
)


class ExclusionZoneRecognizer(TextRecognizer):
    """Places named by a licence condition or an exclusion zone, and the relative living there."""

    ENTITIES = ["LOCATION", "STREET_ADDRESS", "PERSON"]
    SCORE = 0.85

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        out = []
        for m in _CUE.finditer(text):
            kind = "STREET_ADDRESS" if m.group().lower().startswith(("roads", "streets")) else None
            kind = kind or "LOCATION"
            if kind in entities:
                out.append(recognized(self, kind, m.start("place"), m.end("place"), self.SCORE))
        if "PERSON" in entities:
            out += [
                recognized(self, "PERSON", m.start("name"), m.end("name"), self.SCORE)
                for m in _RELATIVE.finditer(text)
            ]
        for m in _HOME_OF.finditer(text):
            if "PERSON" in entities:
                out.append(recognized(self, "PERSON", m.start("name"), m.end("name"), 0.95))
            if "LOCATION" in entities:
                out.append(recognized(self, "LOCATION", m.start("place"), m.end("place"), 0.95))
        return out


__all__ = ["ExclusionZoneRecognizer"]
