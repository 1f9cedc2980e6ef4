"""The JSON rows `casework triage` writes, one per letter: the same bytes whichever engine ran
the pipeline (the built-in worker processes or Ray)."""

from __future__ import annotations

import json

from contracts.models import GuidanceHit, TriageResult

__all__ = ["hit_row", "result_json", "result_row"]


def hit_row(hit: GuidanceHit) -> dict:
    return hit.model_dump(mode="json", include={"guidance_id", "title", "url", "heading", "passage", "score"})


def result_row(result: TriageResult) -> dict:
    row = result.model_dump(mode="json")
    row["guidance"] = [hit_row(h) for h in result.guidance]
    row["flags"] = [{"kind": f.kind.value, "category": f.category, "evidence": f.evidence,
                     "start": f.start, "end": f.end} for f in result.flags]
    return row


def result_json(result: TriageResult) -> str:
    return json.dumps(result_row(result), ensure_ascii=False)
