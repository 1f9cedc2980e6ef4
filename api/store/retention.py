"""Draft retention from stored decisions: how much of each suggested reply caseworkers kept.

For every case a caseworker has decided (closed, or replied to), the drafted reply (the
suggestion as stored) is compared with the reply as the caseworker left it
(``contracts.text.draft_retention``: word edit distance, share of the draft's words kept, edit
similarity). Records carry figures, the team, the drafter, the date and whether the letter was
flagged - never the text of either reply - so they can be exported for the auditors' report
(`casework store export-retention`, read by ``evaluation/retention.py``) and summarised by
team and by week at ``GET /api/reports/retention``.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.store.models import Case, Decision
from contracts.text import draft_retention

__all__ = ["retention_records", "summarise_retention"]


def retention_records(session: Session) -> list[dict]:
    """One record a decided case, oldest decision first (no reply text in any of them)."""
    last = (
        select(Decision.case_id, func.max(Decision.created_at).label("at"))
        .group_by(Decision.case_id)
        .subquery()
    )
    rows = session.execute(
        select(Case, last.c.at).join(last, last.c.case_id == Case.id).order_by(last.c.at, Case.id)
    ).all()
    out = []
    for case, decided_at in rows:
        reply = (case.suggestion or {}).get("reply") or {}
        drafted = reply.get("text") or ""
        if not drafted:
            continue
        figures = draft_retention(drafted, case.reply_text or "")
        out.append(
            {
                "case_id": case.id,
                "decided_at": decided_at.isoformat(),
                "team": case.team or case.suggested_team or "(no team)",
                "suggested_team": case.suggested_team,
                "drafter": reply.get("drafter", ""),
                "flagged": bool(case.flagged),
                "status": case.status,
                "edited": (case.reply_text or "") != drafted,
                **figures,
            }
        )
    return out


def _summary(records: list[dict]) -> dict:
    n = len(records)
    return {
        "cases": n,
        "edited_share": round(sum(r["edited"] for r in records) / n, 4) if n else None,
        "median_kept_share": statistics.median(r["kept_share"] for r in records) if n else None,
        "mean_kept_share": round(statistics.fmean(r["kept_share"] for r in records), 4)
        if n
        else None,
        "median_edit_distance": statistics.median(r["edit_distance"] for r in records)
        if n
        else None,
    }


def summarise_retention(records: Iterable[dict]) -> dict:
    """Overall, by team and by ISO week (``2026-W48``): cases, share edited, median and mean
    share of the draft kept, median word edit distance."""
    records = list(records)
    by_team: dict[str, list[dict]] = defaultdict(list)
    by_week: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        by_team[r["team"]].append(r)
        year, week, _ = datetime.fromisoformat(r["decided_at"]).isocalendar()
        by_week[f"{year}-W{week:02d}"].append(r)
    return {
        "overall": _summary(records),
        "by_team": [{"team": t, **_summary(rs)} for t, rs in sorted(by_team.items())],
        "by_week": [{"week": w, **_summary(rs)} for w, rs in sorted(by_week.items())],
    }
