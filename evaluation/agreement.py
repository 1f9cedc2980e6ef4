"""Human agreement with the assistant's suggestions: acceptance and override rates per team
from the review service's decisions, with Wilson 95% intervals against a benchmark, and teams
with too few reviewed suggestions marked "insufficient data"."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from evaluation.metrics import wilson_interval

ACCEPT_ACTIONS = {"accept", "accepted", "approve", "approved", "confirm", "confirmed"}


def _team(value) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def human_agreement(
    decisions: Iterable[Mapping], *, min_sample: int = 30, benchmark: float = 0.8
) -> dict:
    """Acceptance and override rates of the assistant's team suggestions, per team, from reviews.

    Each decision is a mapping with ``team_suggested`` (None when the assistant abstained),
    ``team_final`` (the team a caseworker sent the letter to) and ``action`` (free text recorded
    by the review service, e.g. ``accept`` / ``reroute``; counted as given). A suggestion is
    *accepted* when the final team equals the suggested one (or ``team_final`` is empty and the
    action is an acceptance) and *overridden* when a caseworker chose a different team. Records
    with neither a final team nor an acceptance (e.g. ``edit_reply``, ``escalate``) are counted
    under ``other_actions`` only. Abstentions have no suggestion to accept and are counted apart.
    When records carry a ``case_id``, one record per case counts: its last routing decision
    (``accept`` / ``reroute``), else its last record.

    Per team (the suggested team) the acceptance rate gets a Wilson 95% interval and a status
    against ``benchmark``: ``insufficient data`` below ``min_sample`` reviewed suggestions,
    otherwise ``meets benchmark`` (interval wholly at or above it), ``below benchmark`` (wholly
    below) or ``inconclusive`` (the interval straddles it).
    """
    per_team: dict[str, Counter] = {}
    actions: Counter = Counter()
    abstained = Counter()
    total = accepted_all = other = 0
    records = list(decisions)
    if records and all(r.get("case_id") is not None for r in records):
        # The standing decision per case: its last routing decision (accept / re-route), else
        # its last record (an escalation or reply edit still open).
        def routing(r: Mapping) -> bool:
            return (
                _team(r.get("team_final")) is not None
                or str(r.get("action") or "").strip().lower() in ACCEPT_ACTIONS
            )

        last: dict[str, Mapping] = {}
        for r in records:
            key = str(r["case_id"])
            if routing(r) or key not in last or not routing(last[key]):
                last[key] = r
        records = list(last.values())
    for record in records:
        suggested, final = _team(record.get("team_suggested")), _team(record.get("team_final"))
        action = str(record.get("action") or "").strip().lower()
        actions[action or "(none)"] += 1
        if suggested is None:
            abstained["reviewed"] += 1
            if final is not None:
                abstained["routed_by_human"] += 1
            continue
        if final is None and action in ACCEPT_ACTIONS:
            final = suggested
        if final is None:
            other += 1
            continue
        counts = per_team.setdefault(suggested, Counter())
        counts["n"] += 1
        if final == suggested:
            counts["accepted"] += 1
        else:
            counts["overridden"] += 1
            counts[f"to:{final}"] += 1
        total += 1
        accepted_all += final == suggested

    def status(n: int, low: float, high: float) -> str:
        if n < min_sample:
            return "insufficient data"
        if low >= benchmark:
            return "meets benchmark"
        if high < benchmark:
            return "below benchmark"
        return "inconclusive"

    teams = []
    for team in sorted(per_team):
        counts = per_team[team]
        n = counts["n"]
        low, high = wilson_interval(counts["accepted"], n)
        o_low, o_high = wilson_interval(counts["overridden"], n)
        overridden_to = Counter({k[3:]: v for k, v in counts.items() if k.startswith("to:")})
        teams.append(
            {
                "team": team,
                "n": n,
                "accepted": counts["accepted"],
                "overridden": counts["overridden"],
                "acceptance_rate": counts["accepted"] / n,
                "acceptance_ci_low": low,
                "acceptance_ci_high": high,
                "override_rate": counts["overridden"] / n,
                "override_ci_low": o_low,
                "override_ci_high": o_high,
                "most_common_override": overridden_to.most_common(1)[0][0]
                if overridden_to
                else None,
                "status": status(n, low, high),
            }
        )
    low, high = wilson_interval(accepted_all, total)
    return {
        "benchmark_acceptance": benchmark,
        "min_sample": min_sample,
        "n_decisions": len(records),
        "other_actions": other,
        "n_suggestions": total,
        "overall": {
            "acceptance_rate": accepted_all / total if total else float("nan"),
            "ci_low": low,
            "ci_high": high,
            "status": status(total, low, high),
        },
        "abstained_reviewed": abstained["reviewed"],
        "abstained_routed_by_human": abstained["routed_by_human"],
        "actions": dict(actions.most_common()),
        "teams": teams,
    }
