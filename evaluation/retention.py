"""The auditors' draft-retention report: how much of each suggested reply caseworkers kept, by
team and over time.

Input: the JSONL `casework store export-retention -o FILE` writes from the review service's
store - one record a decided case with the word edit distance between the drafted reply and
the reply as the caseworker left it, the share of the draft's words kept, team, drafter, date
and whether the letter was flagged (no reply text). Output, in ``--report OUT``:
``metrics.json`` (``kind: "retention"``, listed with the other reports at ``/api/reports``)
and a self-contained ``report.html`` with two charts (share kept by team; median share kept
by week, one line a team).

    python -m evaluation.retention var/retention.jsonl --report var/reports/retention

Reading it: a team that keeps most of each draft is saved the typing; one that rewrites most
drafts is not helped by them, and its drafts (templates, guidance, the drafter) are where to
look. Retention is not quality: a caseworker can keep a poor draft. Small teams' figures move
a lot from week to week (the number of cases is shown beside every figure).
"""

from __future__ import annotations

import argparse
import base64
import html
import io
import json
import statistics
import sys
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

__all__ = ["read_records", "summarise", "write_report"]


def read_records(path: Path) -> list[dict]:
    rows = []
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        missing = {"decided_at", "team", "kept_share", "edit_distance", "edited"} - set(row)
        if missing:
            raise ValueError(f"{path}, line {lineno}: missing {', '.join(sorted(missing))}")
        rows.append(row)
    return rows


def _figures(records: list[dict]) -> dict:
    n = len(records)
    if not n:
        return {"cases": 0}
    return {"cases": n,
            "edited_share": round(sum(bool(r["edited"]) for r in records) / n, 4),
            "median_kept_share": round(statistics.median(r["kept_share"] for r in records), 4),
            "mean_kept_share": round(statistics.fmean(r["kept_share"] for r in records), 4),
            "median_edit_distance": statistics.median(r["edit_distance"] for r in records)}


def _week(moment: str) -> str:
    year, week, _ = datetime.fromisoformat(moment).isocalendar()
    return f"{year}-W{week:02d}"


def summarise(records: Sequence[dict]) -> dict:
    """Overall, by team, by drafter, by flagged or not, and by ISO week (overall and per team)."""
    records = list(records)
    groups: dict[str, dict[str, list[dict]]] = {k: defaultdict(list) for k in
                                                ("team", "drafter", "flagged", "week")}
    by_team_week: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for r in records:
        groups["team"][r["team"]].append(r)
        groups["drafter"][r.get("drafter") or "(unknown)"].append(r)
        groups["flagged"]["flagged" if r.get("flagged") else "not flagged"].append(r)
        week = _week(r["decided_at"])
        groups["week"][week].append(r)
        by_team_week[r["team"]][week].append(r)
    return {
        "overall": _figures(records),
        **{f"by_{key}": {name: _figures(rs) for name, rs in sorted(g.items())}
           for key, g in groups.items()},
        "by_team_week": {team: {w: _figures(rs) for w, rs in sorted(weeks.items())}
                         for team, weeks in sorted(by_team_week.items())},
    }


def _charts(summary: dict) -> list[tuple[str, str]]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    charts = []
    teams = list(summary["by_team"])
    if teams:
        fig, ax = plt.subplots(figsize=(7, 0.5 + 0.45 * len(teams)))
        values = [summary["by_team"][t]["median_kept_share"] * 100 for t in teams]
        ax.barh(teams, values, color="#1d70b8")
        for y, (team, value) in enumerate(zip(teams, values, strict=True)):
            ax.text(value + 1, y, f"{value:.0f}% (n={summary['by_team'][team]['cases']})",
                    va="center", fontsize=8)
        ax.set_xlim(0, 115)
        ax.set_xlabel("median share of the drafted reply kept (%)")
        ax.invert_yaxis()
        charts.append(("Share of the draft kept, by team", _png(fig, plt)))
    weeks = list(summary["by_week"])
    if weeks:
        fig, ax = plt.subplots(figsize=(7, 3.2))
        for team, by_week in summary["by_team_week"].items():
            xs = [weeks.index(w) for w in by_week]
            ax.plot(xs, [f["median_kept_share"] * 100 for f in by_week.values()], marker="o",
                    label=team)
        ax.plot(range(len(weeks)), [summary["by_week"][w]["median_kept_share"] * 100
                                    for w in weeks], color="black", linestyle="--",
                label="all teams")
        ax.set_xticks(range(len(weeks)), weeks, rotation=45, ha="right", fontsize=8)
        ax.set_ylim(0, 105)
        ax.set_ylabel("median share kept (%)")
        ax.legend(fontsize=7, loc="lower left")
        charts.append(("Share of the draft kept, week by week", _png(fig, plt)))
    return charts


def _png(fig, plt) -> str:
    buffer = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buffer, format="png", dpi=110)
    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _table(title: str, rows: dict[str, dict]) -> str:
    body = "".join(
        f"<tr><td>{html.escape(str(name))}</td><td>{f.get('cases', 0)}</td>"
        f"<td>{_pct(f.get('edited_share'))}</td><td>{_pct(f.get('median_kept_share'))}</td>"
        f"<td>{_pct(f.get('mean_kept_share'))}</td><td>{f.get('median_edit_distance', '')}</td>"
        "</tr>" for name, f in rows.items())
    return (f"<h2>{html.escape(title)}</h2><table><thead><tr><th></th><th>cases</th>"
            "<th>edited</th><th>median kept</th><th>mean kept</th><th>median words changed</th>"
            f"</tr></thead><tbody>{body}</tbody></table>")


def _pct(value) -> str:
    return "" if value is None else f"{value * 100:.0f}%"


def write_report(records: Sequence[dict], out_dir: Path, *, title: str = "Draft retention",
                 source: str = "") -> dict:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = summarise(records)
    metrics = {"kind": "retention", "title": title, "synthetic": False,
               "written": datetime.now(UTC).isoformat(timespec="seconds"), "source": source,
               **summary}
    (out_dir / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n",
                                          encoding="utf-8")
    overall = summary["overall"]
    lead = ("No decided cases yet." if not overall["cases"] else
            f"Over {overall['cases']} decided cases, caseworkers edited "
            f"{_pct(overall['edited_share'])} of the drafted replies and kept a median "
            f"{_pct(overall['median_kept_share'])} of each draft's words (median "
            f"{overall['median_edit_distance']} words changed).")
    charts = "".join(f"<h2>{html.escape(name)}</h2><img alt=\"{html.escape(name)}\" "
                     f"src=\"data:image/png;base64,{png}\">" for name, png in _charts(summary)) \
        if overall["cases"] else ""
    page = (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title)}</title><style>body{{font-family:sans-serif;max-width:60em;"
        "margin:2em auto;padding:0 1em}table{border-collapse:collapse;margin:1em 0}"
        "td,th{border-bottom:1px solid #b1b4b6;padding:.3em .8em;text-align:left}"
        "img{max-width:100%}</style></head><body>"
        f"<h1>{html.escape(title)}</h1><p>{html.escape(lead)}</p>"
        "<p>Share kept: the drafted reply's words the caseworker left in place, in order "
        "(references excluded). Words changed: word-level edit distance between the draft and "
        "the reply as the caseworker left it. Retention is not quality: a caseworker can keep "
        "a poor draft.</p>"
        f"{charts}{_table('By team', summary['by_team'])}"
        f"{_table('By drafter', summary['by_drafter'])}"
        f"{_table('Flagged letters', summary['by_flagged'])}"
        f"{_table('By week', summary['by_week'])}"
        "</body></html>")
    (out_dir / "report.html").write_text(page, encoding="utf-8")
    return metrics


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.retention",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("records", type=Path, help="JSONL from `casework store export-retention`")
    parser.add_argument("--report", type=Path, required=True)
    parser.add_argument("--title", default="Draft retention")
    args = parser.parse_args(argv)
    metrics = write_report(read_records(args.records), args.report, title=args.title,
                           source=str(args.records))
    print(json.dumps(metrics["overall"]), file=sys.stderr)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
