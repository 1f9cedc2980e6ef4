"""The typed records that flow between stages.

letter -> redacted letter -> guidance hits -> routing -> draft -> triage result

This is a leaf module: it imports nothing from the project, so every stage can depend on it
without pulling in models, indexes or databases. All records are frozen: a stage never edits
what an earlier stage produced, it returns a new record.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, ValidationError


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Letter(Record):
    """A piece of citizen correspondence as received. Holds personal data: never log it."""

    id: str
    text: str


class Entity(Record):
    """One span of personal data found in a letter. Offsets index the ORIGINAL text.

    The value itself is deliberately absent: only the placeholder travels on.
    """

    type: str
    start: int
    end: int
    score: float
    placeholder: str


class Language(Record):
    """The language a letter is written in (offline detection; see :mod:`intake.language`)."""

    code: str  # ISO 639-1: "en", "cy", "pl"
    name: str
    confidence: float


class RedactedLetter(Record):
    """A letter with every personal-data span replaced by a typed, numbered placeholder."""

    id: str
    redacted_text: str
    entities: tuple[Entity, ...] = ()
    language: Language | None = None  # None: not detected (too short, or detection off)
    notes: tuple[str, ...] = ()  # what the redactor wants a person to know (weaker languages)


class GuidanceHit(Record):
    """A citable passage of policy guidance that matched a letter."""

    guidance_id: str
    title: str
    url: str
    heading: str
    passage: str
    score: float
    organisations: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    similarity: float | None = Field(
        default=None,
        description="Cosine similarity of the letter and passage embeddings: an absolute "
        "relevance, unlike the rank-fused score, so the router can tell 'nothing applies'.",
    )
    audience: str = Field(
        default="citizen",
        description="Whom the passage is written for: citizen, employer, council or "
        "professional (labelled at index time from the page's metadata and wording).",
    )


class FlagKind(StrEnum):
    SAFEGUARDING = "safeguarding"
    DESTITUTION = "destitution"
    DEADLINE = "deadline"
    LANGUAGE = "language"  # reply in Welsh; needs translation
    SCAN = "scan"  # a scan OCR could not read with confidence


class Priority(StrEnum):
    URGENT = "urgent"
    HIGH = "high"
    NORMAL = "normal"


class Flag(Record):
    """A priority or vulnerability signal with the words (in the redacted text) that raised it."""

    kind: FlagKind
    category: str
    evidence: str
    start: int
    end: int


class Candidate(Record):
    team: str
    confidence: float


class Routing(Record):
    """Where a letter should go. ``team`` is None when the router abstains (human triage)."""

    team: str | None
    confidence: float
    abstained: bool
    candidates: tuple[Candidate, ...] = ()
    candidate_set: tuple[str, ...] = Field(
        default=(),
        description="Conformal candidate set, most likely first: holds the right team with the "
        "router's stated probability (e.g. 90%) for letters like its training ones. Empty when "
        "the router has no labelled cases to guarantee it with (zero-shot).",
    )
    reason: str = ""


class Citation(Record):
    n: int
    guidance_id: str
    url: str
    title: str = ""


class Draft(Record):
    """A suggested reply. Placeholders stay in; only a permitted person ever sees them restored."""

    text: str
    citations: tuple[Citation, ...] = ()
    drafter: str = ""
    notes: tuple[str, ...] = Field(
        default=(),
        description="What the caseworker should know about how the draft was made (e.g. "
        "generated sentences dropped because no cited guidance supports them). Never sent.",
    )


class TriageResult(Record):
    id: str
    redacted_text: str
    team: str | None
    confidence: float
    abstained: bool
    candidates: tuple[Candidate, ...]
    candidate_set: tuple[str, ...] = ()
    priority: Priority
    flags: tuple[Flag, ...]
    needs_human_triage: bool = Field(
        description="True when the router abstained or any flag was raised: such a letter is "
        "never routed or answered automatically. Every other suggestion still waits for a "
        "caseworker to accept it."
    )
    guidance: tuple[GuidanceHit, ...]
    reply: Draft
    entities: tuple[Entity, ...] = ()
    language: Language | None = None
    redaction_notes: tuple[str, ...] = ()


def validation_problems(error: ValidationError) -> str:
    """A pydantic error as one line a person editing a data file can act on:
    ``teams.0.name: Field required; ...`` (the whole record when the location is empty)."""
    return "; ".join(
        f"{'.'.join(str(part) for part in item['loc']) or 'record'}: {item['msg']}"
        for item in error.errors()
    )
