"""Write an evaluation's ``metrics.json`` and its self-contained ``report.html``.

The HTML is one file: styles inline, charts drawn with matplotlib and embedded as base64 PNG, no
scripts and no external requests, so it can be mailed to an auditor or archived as it is. It
reads top-down for a non-specialist first (a plain-English summary with the key numbers and what
they mean) and a specialist second (every table and chart, the model card, an Algorithmic
Transparency Recording Standard-style record and the reproducibility block).

Nothing here sees letter text: the input is the metrics dict, which holds labels, counts and
figures only.

The charts are drawn in :mod:`evaluation.charts`, the model card and the ATRS record written by
:mod:`evaluation.model_card`, the reproducibility block gathered in
:mod:`evaluation.reproducibility`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from evaluation.charts import (
    _num,
    chart_agreement,
    chart_confusion,
    chart_headline,
    chart_per_class,
    chart_redaction,
    chart_redaction_vs_stock,
    chart_reliability,
    chart_retrieval,
    chart_risk_coverage,
    chart_slices,
)
from evaluation.model_card import atrs_record, model_card
from evaluation.reproducibility import json_safe
from evaluation.routing_report import chart_routing_curves
from evaluation.wording import TO_COMPLETE, ci, pct

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
TEMPLATE = "report.html.j2"
# --- JSON ------------------------------------------------------------------------------------


def write_metrics(metrics: Mapping, path: Path) -> Path:
    path.write_text(
        json.dumps(json_safe(metrics), indent=2, ensure_ascii=False, allow_nan=False),
        encoding="utf-8",
    )
    return path


def routing_summary(metrics: Mapping) -> list[dict]:
    """The plain-English findings at the top of a routing report."""
    a = metrics["assistant"]
    n = a["n"]
    points = []
    acc = a["accuracy"]
    points.append(
        {
            "title": "How often is the suggested team right?",
            "text": (
                f"The assistant's first suggestion was the right team for {pct(acc['value'])} of "
                f"the {n:,} letters. Allowing for chance in which letters were tested, the true "
                f"rate on letters like these is very likely between {pct(acc['ci_low'])} and "
                f"{pct(acc['ci_high'])}."
            ),
        }
    )
    op = a.get("operating_point")
    if op:
        points.append(
            {
                "title": "Does it know when it does not know?",
                "text": (
                    f"At the configured threshold ({metrics['threshold']:.2f}) it held back "
                    f"{pct(1 - op['coverage'])} of letters for a person to triage and suggested a "
                    f"team for the other {pct(op['coverage'])}. Of those, {pct(op['selective_accuracy'])}"
                    f" were right, so {pct(op['wrong_routed_share_of_all'])} of all letters got a "
                    "wrong suggestion that a caseworker has to notice and correct. Of the letters "
                    f"it held back, {pct(op['abstained_would_be_wrong'])} would have been wrong."
                ),
            }
        )
    cal = a["calibration"]
    direction = (
        "over-confident (it says it is surer than it is)"
        if _num(cal["mean_confidence"]) > _num(cal["accuracy"]) + 0.02
        else "under-confident (it is right more often than it says)"
        if _num(cal["mean_confidence"]) < _num(cal["accuracy"]) - 0.02
        else "about right on average"
    )
    quality = (
        "good"
        if _num(cal["ece"]) < 0.05
        else "fair"
        if _num(cal["ece"]) < 0.10
        else "poor - its confidence should not be taken at face value"
    )
    points.append(
        {
            "title": "Can its confidence be trusted?",
            "text": (
                f"Its stated confidence is on average {100 * _num(cal['ece']):.1f} percentage "
                f"points away from how often it is actually right (expected calibration error "
                f"{_num(cal['ece']):.3f}: {quality}). Overall it is {direction}: mean confidence "
                f"{pct(cal['mean_confidence'])} against accuracy {pct(cal['accuracy'])}."
            ),
        }
    )
    if metrics.get("baselines"):
        parts = []
        for name, block in metrics["baselines"].items():
            lift = block["lift_accuracy"]
            sign = "better" if _num(lift["value"]) >= 0 else "worse"
            sure = (
                " - a real difference"
                if _num(lift["ci_low"]) > 0 or _num(lift["ci_high"]) < 0
                else " - not a clear difference"
            )
            parts.append(
                f"{name}: {pct(block['accuracy']['value'])}; the assistant is "
                f"{abs(100 * _num(lift['value'])):.1f} points {sign} (95% CI "
                f"{100 * _num(lift['ci_low']):+.1f} to {100 * _num(lift['ci_high']):+.1f}){sure}"
            )
        points.append(
            {
                "title": "Is it better than simple methods?",
                "text": "Accuracy of two simple reference methods on the same letters - "
                + "; ".join(parts)
                + ".",
            }
        )
    r = metrics.get("retrieval")
    if r:
        top = max(r["recall_at_k"], key=int)
        points.append(
            {
                "title": "Does it find the right guidance?",
                "text": (
                    f"For {r['n']:,} letters with known guidance, the right page was among the "
                    f"first {top} pages found for {pct(r['recall_at_k'][top]['value'])}, and the "
                    f"first one found for {pct(r['recall_at_k'].get('1', {}).get('value'))} "
                    f"(mean reciprocal rank {_num(r['mrr']['value']):.2f})."
                ),
            }
        )
    worse, thin = [], 0
    for column, rows in metrics.get("slices", {}).items():
        for row in rows:
            if row["status"] == "worse than overall":
                worse.append(
                    f"{column} = {row['value']} ({pct(row['accuracy']['value'])}, n={row['n']})"
                )
            thin += row["status"] == "insufficient data"
    points.append(
        {
            "title": "Is it worse for some kinds of letter?",
            "text": (
                (
                    f"Measurably worse than overall for: {'; '.join(worse[:6])}"
                    f"{' and more' if len(worse) > 6 else ''}. "
                    if worse
                    else "No group of letters was measurably worse than overall. "
                )
                + (
                    f"{thin} group(s) had fewer than {metrics['settings']['min_slice_sample']} "
                    "letters, too few to tell."
                    if thin
                    else ""
                )
            ),
        }
    )
    h = metrics.get("human_agreement")
    if h and h["n_suggestions"]:
        statuses = {}
        for t in h["teams"]:
            statuses.setdefault(t["status"], []).append(t["team"])
        points.append(
            {
                "title": "How often do caseworkers overrule it?",
                "text": (
                    f"Caseworkers kept the suggested team for {pct(h['overall']['acceptance_rate'])}"
                    f" of {h['n_suggestions']:,} reviewed suggestions (benchmark "
                    f"{pct(h['benchmark_acceptance'], 0)}). "
                    + "; ".join(f"{s}: {', '.join(v)}" for s, v in statuses.items())
                    + "."
                ),
            }
        )
    else:
        points.append(
            {
                "title": "How often do caseworkers overrule it?",
                "text": "Not measured in this run: no review decisions were supplied (--decisions).",
            }
        )
    nht = a.get("needs_human_triage")
    red = metrics.get("redaction_in_run", {})
    points.append(
        {
            "title": "People stay in charge; personal data stays out",
            "text": (
                (
                    f"{pct(nht['rate'])} of letters were marked for human triage (held back or "
                    f"flagged for safeguarding, destitution or a deadline); every other suggestion "
                    "still waits for a caseworker to accept it. "
                    if nht
                    else ""
                )
                + f"Personal data was found and replaced in {red.get('letters_with_personal_data', 0):,}"
                " letters before any model saw them. This report holds no letter text."
            ),
        }
    )
    return points


def key_numbers(metrics: Mapping) -> list[dict]:
    a = metrics["assistant"]
    cards = [
        {
            "label": "Right team (first suggestion)",
            "value": pct(a["accuracy"]["value"]),
            "detail": f"95% CI {pct(a['accuracy']['ci_low'])}–{pct(a['accuracy']['ci_high'])}",
        },
        {
            "label": "Macro-F1 (all teams equally)",
            "value": f"{_num(a['macro_f1']['value']):.3f}",
            "detail": f"95% CI {_num(a['macro_f1']['ci_low']):.3f}–{_num(a['macro_f1']['ci_high']):.3f}",
        },
    ]
    op = a.get("operating_point")
    if op:
        cards.append(
            {
                "label": "Given a team (coverage)",
                "value": pct(op["coverage"]),
                "detail": "the rest go to human triage",
            }
        )
        cards.append(
            {
                "label": "Right when it routes",
                "value": pct(op["selective_accuracy"]),
                "detail": f"95% CI {pct(op['selective_accuracy_ci_low'])}–"
                f"{pct(op['selective_accuracy_ci_high'])}",
            }
        )
    cards.append(
        {
            "label": "Calibration error (ECE)",
            "value": f"{_num(a['calibration']['ece']):.3f}",
            "detail": "0 is perfect; under 0.05 is good",
        }
    )
    r = metrics.get("retrieval")
    if r:
        top = max(r["recall_at_k"], key=int)
        cards.append(
            {
                "label": f"Right guidance in top {top}",
                "value": pct(r["recall_at_k"][top]["value"]),
                "detail": f"MRR {_num(r['mrr']['value']):.2f}",
            }
        )
    return cards


# --- writing ---------------------------------------------------------------------------------


def charts_for(metrics: Mapping) -> dict:
    charts: dict = {}
    if metrics.get("kind") == "routing":
        a = metrics["assistant"]
        systems = {"assistant": a, **metrics.get("baselines", {})}
        charts["headline"] = chart_headline(systems)
        charts["confusion"] = chart_confusion(a["confusion"])
        charts["reliability"] = chart_reliability(
            {
                name: block["calibration"]
                for name, block in systems.items()
                if name != "majority class"
            }
        )
        charts["risk_coverage"] = chart_risk_coverage(
            {
                name: block["risk_coverage"]
                for name, block in systems.items()
                if name != "majority class"
            },
            a.get("operating_point"),
            metrics.get("threshold"),
        )
        charts["per_class"], charts["per_class_caption"] = chart_per_class(a["per_class"])
        overall = a["accuracy"]["value"]
        charts["slices"] = {
            name: chart_slices(name, rows, overall)
            for name, rows in metrics.get("slices", {}).items()
            if rows
        }
        if metrics.get("retrieval"):
            charts["retrieval"] = chart_retrieval(metrics["retrieval"])
        h = metrics.get("human_agreement")
        if h and h.get("teams"):
            charts["agreement"] = chart_agreement(h)
        if metrics.get("routing_benchmark"):
            charts["routing_benchmark"] = chart_routing_curves(metrics["routing_benchmark"])
    elif metrics.get("kind") == "redaction":
        per_type = metrics.get("redaction", {}).get("per_type") or []
        if per_type:
            charts["redaction"] = chart_redaction(per_type)
        stock = metrics.get("stock")
        if per_type and stock:
            charts["redaction_stock"] = chart_redaction_vs_stock(
                per_type, stock["redaction"]["per_type"]
            )
    return charts


def render_html(metrics: Mapping) -> str:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pct"] = pct
    env.filters["ci"] = ci
    env.filters["num"] = lambda x, d=3: (
        "n/a" if x is None or (isinstance(x, float) and not math.isfinite(x)) else f"{x:.{d}f}"
    )
    env.filters["tojson_pretty"] = lambda x: json.dumps(json_safe(x), indent=2, ensure_ascii=False)
    clean = json_safe(metrics)
    context = {
        "m": clean,
        "charts": charts_for(clean),
        "atrs": atrs_record(clean),
        "summary": routing_summary(clean)
        if clean.get("kind") == "routing"
        else clean.get("summary", []),
        "cards": key_numbers(clean) if clean.get("kind") == "routing" else clean.get("cards", []),
        "card": model_card(clean) if clean.get("kind") == "routing" else None,
        "to_complete": TO_COMPLETE,
        "systems": (
            [("assistant", clean["assistant"]), *clean.get("baselines", {}).items()]
            if clean.get("kind") == "routing"
            else []
        ),
    }
    return env.get_template(TEMPLATE).render(**context)


def write_report(metrics: Mapping, report_dir: Path | str) -> dict[str, Path]:
    report_dir = Path(report_dir)
    report_dir.mkdir(parents=True, exist_ok=True)
    metrics_path = write_metrics(metrics, report_dir / "metrics.json")
    html_path = report_dir / "report.html"
    html_path.write_text(render_html(metrics), encoding="utf-8")
    return {"metrics": metrics_path, "report": html_path}


# --- results table for the README ------------------------------------------------------------


def _cell(block: Mapping | None, digits: int = 1, as_pct: bool = True) -> str:
    if not block or block.get("value") is None:
        return "–"
    if as_pct:
        return (
            f"{100 * block['value']:.{digits}f}% ({100 * _num(block['ci_low']):.{digits}f}–"
            f"{100 * _num(block['ci_high']):.{digits}f})"
        )
    return f"{block['value']:.3f} ({_num(block['ci_low']):.3f}–{_num(block['ci_high']):.3f})"


def results_markdown(report_dirs: Sequence[Path]) -> str:
    """Markdown tables (routing, then redaction) from the metrics.json of each report folder."""
    routing, redaction = [], []
    for folder in report_dirs:
        path = Path(folder) / "metrics.json"
        if not path.is_file():
            continue
        metrics = json.loads(path.read_text(encoding="utf-8"))
        name = metrics.get("title", Path(folder).name) + (
            " — SYNTHETIC" if metrics.get("synthetic") else ""
        )
        if metrics.get("kind") == "routing":
            a = metrics["assistant"]
            op = a.get("operating_point") or {}
            base = metrics.get("baselines", {})
            r = metrics.get("retrieval")
            routing.append(
                f"| {name} | {a['n']:,} | {metrics['labels']['classes']} | "
                f"{metrics['router_mode'].split(' (')[0]} | {_cell(a['accuracy'])} | "
                f"{_cell(a['macro_f1'], as_pct=False)} | {_num(a['calibration']['ece']):.3f} | "
                f"{pct(op.get('coverage'))} / {pct(op.get('selective_accuracy'))} | "
                f"{_cell(base.get('TF-IDF + logistic regression', {}).get('accuracy'))} | "
                f"{pct(base.get('majority class', {}).get('accuracy', {}).get('value'))} | "
                + (
                    f"{_cell(r['recall_at_k'].get('5'))} / {_num(r['mrr']['value']):.3f}"
                    if r
                    else "–"
                )
                + " |"
            )
        elif metrics.get("kind") == "redaction":
            red = metrics["redaction"]
            o, ci = red["overall"], red["overall"]["ci"]
            redaction.append(
                f"| {name} | {red['n_rows']:,} | {o['support']:,} | {_cell(ci['precision'])} | "
                f"{_cell(ci['recall'])} | {_cell(ci['f2'], as_pct=False)} | "
                f"{pct(red['any_pii']['covered'])} |"
            )
    out = []
    if routing:
        out += [
            "| data set | test cases | teams | router | accuracy (95% CI) | macro-F1 (95% CI) "
            "| ECE | coverage / accuracy when routed | TF-IDF + LR accuracy (95% CI) | "
            "majority class | guidance recall@5 (95% CI) / MRR |",
            "|---|---:|---:|---|---|---|---:|---|---|---:|---|",
            *routing,
            "",
        ]
    if redaction:
        out += [
            "| redaction data set | texts | labelled items | precision (95% CI) | "
            "recall (95% CI) | F2 (95% CI) | fully hidden, any type |",
            "|---|---:|---:|---|---|---|---:|",
            *redaction,
            "",
        ]
    return "\n".join(out)
