"""What the way a letter arrived means for triage: its language and how well a scan was read.

* A Welsh letter is flagged "reply in Welsh" (kind ``language``) and, when the teams file names
  a team for Welsh-language correspondence (``languages: [cy]``), routed to it; the drafter
  uses the Welsh reply template (:mod:`prompts.loader`).
* A letter in any other language but English is flagged "needs translation".
* A scan read by OCR with a mean word confidence under the threshold is flagged
  ``scan / low_ocr_confidence``.

All three send the letter to a person (``needs_human_triage``) without raising its priority.
Flags of these kinds carry no offsets into the letter (``start == end == 0``): their evidence
says what was found, not words of the letter.
"""

from __future__ import annotations

from contracts.models import Candidate, Flag, FlagKind, Language, Routing

WELSH = "cy"


def language_flags(language: Language | None) -> tuple[Flag, ...]:
    if language is None or language.code == "en":
        return ()
    if language.code == WELSH:
        return (Flag(kind=FlagKind.LANGUAGE, category="reply_in_welsh",
                     evidence="written in Welsh", start=0, end=0),)
    return (Flag(kind=FlagKind.LANGUAGE, category="needs_translation",
                 evidence=f"written in {language.name}", start=0, end=0),)


def scan_flag(confidence: float | None, threshold: float) -> tuple[Flag, ...]:
    """The flag for a scan OCR read with a mean word confidence under ``threshold``."""
    if confidence is None or confidence >= threshold:
        return ()
    return (Flag(kind=FlagKind.SCAN, category="low_ocr_confidence",
                 evidence=f"OCR confidence {confidence:.0f}%", start=0, end=0),)


def language_team(teams, code: str) -> str | None:
    """The team configured for correspondence in ``code`` (the first that lists it)."""
    for team in teams:
        if code in getattr(team, "languages", ()):
            return team.name
    return None


def route_by_language(routing: Routing, language: Language | None, teams) -> Routing:
    """A Welsh letter goes to the team for Welsh-language correspondence when there is one;
    the assistant's own candidates are kept for the caseworker to see."""
    if language is None or language.code != WELSH:
        return routing
    team = language_team(teams, WELSH)
    if team is None or routing.team == team:
        return routing
    candidates = (Candidate(team=team, confidence=1.0),
                  *[c for c in routing.candidates if c.team != team][:2])
    return Routing(team=team, confidence=1.0, abstained=False, candidates=candidates,
                   reason="written in Welsh: the team for Welsh-language correspondence")
