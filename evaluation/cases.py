"""The labelled input of the evaluation commands, each file read and checked whole (a bad row
is an :class:`~contracts.io.InputError` naming the file and line, before any work starts):

* cases for `casework evaluate` - rows ``{"id","text","team"}`` plus optional
  ``guidance_ids``, ``priority`` and slice columns (:func:`load_cases` -> :class:`Case`);
* review decisions for the human-agreement section (:func:`load_decisions`);
* labelled personal-data spans for `casework evaluate-redaction` (:func:`load_pii`).

:class:`Outcome` is what the pipeline did with one case, without its text."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from contracts.io import InputError, RowSpec, read_rows, validate_rows
from evaluation import redaction_metrics as rm

RESERVED = {"id", "text", "team", "guidance_ids", "priority"}
PRIORITIES = ("urgent", "high", "normal")
MAX_SLICE_VALUES = 50
MIN_SLICE_SAMPLE = 30
# Columns never used as slices: they would put free text or identifiers into the report.
NEVER_SLICE = {
    "name",
    "full_name",
    "email",
    "address",
    "phone",
    "postcode",
    "nino",
    "subject",
    "body",
    "narrative",
    "note",
    "notes",
    "reply",
    "redacted_text",
    "original_text",
}
LENGTH_SLICE = "length (derived)"
PII_SLICE = "personal data found (derived)"


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    team: str
    guidance_ids: tuple[str, ...] | None = None
    priority: str | None = None
    slices: Mapping[str, str] = field(default_factory=dict)


@dataclass
class Outcome:
    """What the pipeline did with one case, without its text (redacted text kept in memory)."""

    id: str
    team: str
    predicted: str
    confidence: float
    abstained: bool
    needs_human_triage: bool
    priority: str
    flags: tuple[str, ...]
    retrieved: tuple[str, ...]
    entity_types: dict[str, int]
    redacted_text: str
    #: the drafted reply's figures (never its text): guidance points quoted, Flesch-Kincaid grade
    #: and Flesch reading ease of the reply as the citizen reads it (None: no reply drafted)
    reply_points: int | None = None
    reply_grade: float | None = None
    reply_ease: float | None = None


# --- reading ---------------------------------------------------------------------------------


def _guidance_ids(value, path: Path, line: int) -> tuple[str, ...] | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                value = json.loads(text)
            except json.JSONDecodeError:
                raise InputError(path, line, "guidance_ids is not a valid JSON list") from None
        else:
            value = [part for chunk in text.split("|") for part in chunk.split(";")]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(path, line, 'guidance_ids must be a list of strings (CSV: "a;b")')
    ids = tuple(v.strip() for v in value if v.strip())
    return ids or None


def load_cases(path: Path | str, *, max_chars: int | None = None) -> list[Case]:
    """Read a labelled case file (.jsonl or .csv), checked whole; errors name the line."""
    path = Path(path)
    spec = RowSpec(required=("id", "text", "team"), max_chars=max_chars, allow_csv=True)
    validate_rows(path, spec)
    cases = []
    for line, row in read_rows(path, spec):
        priority = row.get("priority")
        if priority in (None, ""):
            priority = None
        else:
            priority = str(priority).strip().lower()
            if priority not in PRIORITIES:
                raise InputError(
                    path,
                    line,
                    f"priority must be one of {', '.join(PRIORITIES)}, not {row.get('priority')!r}",
                )
        slices = {}
        for key, value in row.items():
            if key in RESERVED or key is None or key.strip().lower() in NEVER_SLICE:
                continue
            if isinstance(value, bool):
                value = str(value).lower()
            elif isinstance(value, (int, str)):
                value = str(value).strip()
            else:
                continue
            if value:
                slices[key] = value
        cases.append(
            Case(
                id=row["id"],
                text=row["text"],
                team=row["team"].strip(),
                guidance_ids=_guidance_ids(row.get("guidance_ids"), path, line),
                priority=priority,
                slices=slices,
            )
        )
    return cases


def load_decisions(path: Path | str) -> list[dict]:
    """Review decisions exported as JSONL: ``{"team_suggested","team_final","action",...}``."""
    path = Path(path)
    rows = []
    for line, row in read_rows(path, RowSpec(required=())):
        if "team_suggested" not in row or "team_final" not in row:
            raise InputError(
                path,
                line,
                'a decision needs "team_suggested" and "team_final" '
                '(null allowed) and usually "action"',
            )
        rows.append(row)
    return rows


# --- redaction -------------------------------------------------------------------------------


def load_pii(path: Path | str) -> list[dict]:
    """Labelled personal-data rows from presidio-research JSON or this project's JSONL."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, None, "no such file")
    try:
        if path.suffix.lower() == ".json":
            rows = rm.load_presidio_research(path)
        else:
            rows = rm.load_jsonl(path)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise InputError(path, getattr(error, "lineno", None), f"not valid JSON: {error}") from None
    except (KeyError, TypeError) as error:
        raise InputError(
            path, None, f"not the presidio-research format (missing {error})"
        ) from None
    if not rows:
        raise InputError(path, None, "no rows: the file is empty")
    for i, row in enumerate(rows, start=1):
        text, spans = row.get("text"), row.get("spans")
        where = f"row {i}"
        if not isinstance(text, str) or not isinstance(spans, list):
            raise InputError(path, i, f'{where}: needs "text" (string) and "spans" (list)')
        for span in spans:
            if not (
                isinstance(span, dict)
                and isinstance(span.get("type"), str)
                and isinstance(span.get("start"), int)
                and isinstance(span.get("end"), int)
                and 0 <= span["start"] < span["end"] <= len(text)
            ):
                raise InputError(
                    path, i, f'{where}: each span needs "type" and "start" < "end" within the text'
                )
        row.setdefault("id", f"row-{i:05d}")
        row["id"] = str(row["id"])
    return rows
