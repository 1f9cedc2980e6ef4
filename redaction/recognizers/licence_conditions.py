"""The places a licence condition or an exclusion zone keeps someone away from, as a probation or
victim contact letter writes them: "an exclusion zone covering Kirkby Thore and the roads around
Rowan Cottage", "not to enter Long Sutton, where your son Jamie lives". They name where the
victim and their family live: the town after "covering", "not to enter" or "stay away from" is a
place, the house or street after "the roads around" an address, and the relative named after
"where your son" a person."""

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
                out.append(recognized(self, kind, *m.span("place"), self.SCORE))
        if "PERSON" in entities:
            out += [
                recognized(self, "PERSON", *m.span("name"), self.SCORE)
                for m in _RELATIVE.finditer(text)
            ]
        return out


__all__ = ["ExclusionZoneRecognizer"]
