"""Drift, week by week, from the stored cases and decisions (for auditors): how often the
assistant abstained and flagged, how confident it was (mean and a ten-bin histogram), and how
often caseworkers overrode it (re-routed rather than accepted). A model, index or guidance
change, or a change in what people write about, shows here as a step from one week to the next.

Aggregated in the database (one grouped query for cases, one for decisions), so it stays cheap
on millions of cases. Weeks start on Monday (UTC).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from sqlalchemy import Integer, case, cast, func, select
from sqlalchemy.orm import Session

from api.store.models import Case, Decision

BINS = 10


def _week(column, dialect: str):
    if dialect == "postgresql":
        return func.to_char(func.date_trunc("week", column), "YYYY-MM-DD")
    # SQLite: the Monday on or before the day ('weekday 0' is the next Sunday, or the same day)
    return func.date(column, "weekday 0", "-6 days")


def _bin(column):
    return case(*[(column >= (b / BINS), b) for b in range(BINS - 1, 0, -1)], else_=0)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def drift(session: Session, *, weeks: int = 12, today: date | None = None) -> dict:
    """``{"weeks": [...], "bins": [...]}``: the last ``weeks`` weeks, oldest first, each with
    case counts and rates, the confidence histogram, decisions by action and the override rate.
    Weeks with no cases and no decisions are listed too (zeros), so steps are visible."""
    dialect = session.get_bind().dialect.name
    today = today or datetime.now(timezone.utc).date()
    first = week_start(today) - timedelta(weeks=weeks - 1)
    since = datetime.combine(first, datetime.min.time(), tzinfo=timezone.utc)
    since_param = since if dialect == "postgresql" else since.replace(tzinfo=None)

    week = _week(Case.created_at, dialect).label("week")
    bucket = _bin(Case.confidence).label("bucket")
    rows = session.execute(
        select(week, bucket, func.count(), func.sum(cast(Case.abstained, Integer)),
               func.sum(cast(Case.flagged, Integer)),
               func.sum(cast(Case.needs_human_triage, Integer)), func.sum(Case.confidence))
        .where(Case.created_at >= since_param).group_by(week, bucket)).all()
    by_week: dict[str, dict] = {}
    for offset in range(weeks):
        key = (first + timedelta(weeks=offset)).isoformat()
        by_week[key] = {"week": key, "cases": 0, "abstained": 0, "flagged": 0,
                        "needs_human_triage": 0, "confidence_sum": 0.0,
                        "histogram": [0] * BINS, "decisions": {}, "overrides": 0, "accepts": 0}
    for key, b, count, abstained, flagged, human, confidence in rows:
        entry = by_week.get(str(key)[:10])
        if entry is None:
            continue
        entry["cases"] += int(count)
        entry["abstained"] += int(abstained or 0)
        entry["flagged"] += int(flagged or 0)
        entry["needs_human_triage"] += int(human or 0)
        entry["confidence_sum"] += float(confidence or 0.0)
        entry["histogram"][int(b)] += int(count)

    dweek = _week(Decision.created_at, dialect).label("week")
    for key, action, count in session.execute(
            select(dweek, Decision.action, func.count())
            .where(Decision.created_at >= since_param).group_by(dweek, Decision.action)).all():
        entry = by_week.get(str(key)[:10])
        if entry is not None:
            entry["decisions"][action] = entry["decisions"].get(action, 0) + int(count)

    out = []
    for entry in by_week.values():
        cases = entry["cases"]
        accepted = entry["decisions"].get("accept", 0)
        rerouted = entry["decisions"].get("reroute", 0)
        out.append({
            "week": entry["week"], "cases": cases,
            "abstained": entry["abstained"], "flagged": entry["flagged"],
            "needs_human_triage": entry["needs_human_triage"],
            "abstention_rate": entry["abstained"] / cases if cases else None,
            "flag_rate": entry["flagged"] / cases if cases else None,
            "mean_confidence": entry["confidence_sum"] / cases if cases else None,
            "confidence_histogram": entry["histogram"],
            "decisions": dict(sorted(entry["decisions"].items())),
            "override_rate": rerouted / (accepted + rerouted) if accepted + rerouted else None,
        })
    return {"weeks": out, "bins": [f"{b / BINS:.1f}–{(b + 1) / BINS:.1f}" for b in range(BINS)],
            "since": first.isoformat()}
