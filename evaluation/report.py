"""Write an evaluation's ``metrics.json`` and its self-contained ``report.html``.

The HTML is one file: styles inline, charts drawn with matplotlib and embedded as base64 PNG, no
scripts and no external requests, so it can be mailed to an auditor or archived as it is. It
reads top-down for a non-specialist first (a plain-English summary with the key numbers and what
they mean) and a specialist second (every table and chart, the model card, an Algorithmic
Transparency Recording Standard-style record and the reproducibility block).

Nothing here sees letter text: the input is the metrics dict, which holds labels, counts and
figures only.

The charts are drawn in :mod:`evaluation.charts`, the reproducibility block gathered in
:mod:`evaluation.reproducibility`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from pathlib import Path

from evaluation.charts import (
    _num,
    chart_agreement,
    chart_confusion,
    chart_headline,
    chart_per_class,
    chart_redaction,
    chart_reliability,
    chart_retrieval,
    chart_risk_coverage,
    chart_slices,
)
from evaluation.reproducibility import json_safe

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
TEMPLATE = "report.html.j2"
TO_COMPLETE = "[to be completed by the deploying organisation]"

# --- JSON ------------------------------------------------------------------------------------


def write_metrics(metrics: Mapping, path: Path) -> Path:
    path.write_text(
        json.dumps(json_safe(metrics), indent=2, ensure_ascii=False, allow_nan=False),
        encoding="utf-8",
    )
    return path


# --- words -----------------------------------------------------------------------------------


def pct(x, digits: int = 1) -> str:
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return "n/a"
    return f"{100 * x:.{digits}f}%"


def ci(block: Mapping | None, digits: int = 1) -> str:
    if not block:
        return "n/a"
    return (
        f"{pct(block.get('value'), digits)} "
        f"(95% CI {pct(block.get('ci_low'), digits)}–{pct(block.get('ci_high'), digits)})"
    )


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


# --- model card and ATRS record --------------------------------------------------------------


def model_card(metrics: Mapping) -> dict:
    repro = metrics.get("reproducibility", {})
    models = repro.get("models", {})
    manifest = (repro.get("index") or {}).get("manifest") or {}
    packages = repro.get("packages", {})
    a = metrics.get("assistant")
    training = metrics.get("training")
    return {
        "Model": f"Casework triage assistant {packages.get('casework-triage') or ''}".strip(),
        "Components": [
            f"Redaction: Presidio {packages.get('presidio-analyzer')} with UK recognisers on "
            f"spaCy {packages.get('spacy')} ({Path(models.get('spacy_model') or '?').name})",
            f"Embeddings: {Path(models.get('embedding_model') or '?').parent.name or '?'} "
            f"({manifest.get('dimension', '?')} dims; sentence-transformers "
            f"{packages.get('sentence-transformers')})",
            f"Guidance search: FAISS {packages.get('faiss-cpu')} dense + BM25, reciprocal rank "
            f"fusion; index of {manifest.get('passages', '?')} passages",
            "Router: "
            + (
                f"supervised calibrated classifier trained on {training['n']:,} "
                f"redacted cases ({training['classes']} teams)"
                if training
                else metrics.get("router_mode", "as configured in the index")
            )
            + f"; abstains below confidence {metrics.get('threshold')} or on novel letters",
            "Flags: rules for safeguarding, destitution and deadlines, with evidence words",
            f"Drafter: {models.get('drafter')} (suggested replies; not measured here)",
        ],
        "Intended use": (
            "Suggest a team, guidance and a draft reply for each citizen letter to "
            "a caseworker in a UK public-sector contact centre. Every suggestion "
            "is reviewed by a person; nothing is sent or decided automatically."
        ),
        "Out of scope": (
            "Deciding entitlement, eligibility or enforcement; routing without "
            "human review; languages other than English; letters longer than "
            f"{repro.get('settings', {}).get('max_letter_chars', '?')} characters."
        ),
        "Evaluation data": (
            f"{metrics.get('title')}: {metrics.get('dataset', {}).get('rows', '?'):,} "
            f"labelled cases, {metrics.get('labels', {}).get('classes', '?')} teams"
            + (" - SYNTHETIC" if metrics.get("synthetic") else "")
        ),
        "Training data": (
            f"{training['path']} ({training['n']:,} cases)"
            if training
            else "none: zero-shot routing by guidance ownership"
            if not (repro.get("index") or {}).get("router_files")
            else "the router saved in the index (see reproducibility)"
        ),
        "Headline figures": (
            f"accuracy {ci(a['accuracy'])}; macro-F1 "
            f"{_num(a['macro_f1']['value']):.3f}; ECE "
            f"{_num(a['calibration']['ece']):.3f}"
            if a
            else ""
        ),
        "Known limits": known_limits(metrics),
    }


def known_limits(metrics: Mapping) -> list[str]:
    limits = [
        "Measured on the data set named above only; performance on a contact centre's own "
        "letters must be measured on a labelled sample of them before relying on it.",
        "Redaction is not perfect: see the redaction evaluation for what kinds of personal data "
        "it misses. Downstream stages only ever see redacted text.",
        "English only. Very short letters and letters about several issues at once are harder.",
        "Confidence is calibrated on training data; recalibrate when letters or teams change.",
    ]
    if metrics.get("labels_unknown_to_router"):
        limits.append(
            f"{len(metrics['labels_unknown_to_router'])} label(s) in the evaluation "
            "set are not teams the router knows, so those letters cannot be right."
        )
    if metrics.get("synthetic"):
        limits.append("The evaluation letters are synthetic: real letters are messier.")
    return limits


def atrs_record(metrics: Mapping) -> dict[str, dict[str, str]]:
    """An Algorithmic Transparency Recording Standard-style record (tiers 1 and 2, abridged)."""
    card = model_card(metrics) if metrics.get("kind") == "routing" else {}
    repro = metrics.get("reproducibility", {})
    h = metrics.get("human_agreement")
    return {
        "Tier 1 - summary": {
            "Name": "Casework triage assistant",
            "Description": (
                "Suggests which team should handle a citizen's letter, finds the "
                "policy guidance that applies, flags urgent and vulnerable cases and "
                "drafts a reply, for a caseworker to check. Personal data is removed "
                "before any model reads the letter."
            ),
            "Website": TO_COMPLETE,
            "Contact email": TO_COMPLETE,
        },
        "Owner and responsibility": {
            "Organisation": TO_COMPLETE,
            "Team": TO_COMPLETE,
            "Senior responsible owner": TO_COMPLETE,
            "External supplier": TO_COMPLETE,
            "Supplier role / contract": TO_COMPLETE,
        },
        "Description and rationale": {
            "Scope": card.get("Intended use", ""),
            "Benefit": (
                "Faster, more consistent first-line triage; urgent and vulnerable cases "
                "surfaced early; caseworkers start from the relevant guidance."
            ),
            "Previous process": TO_COMPLETE,
            "Alternatives considered": (
                "Keyword rules and a TF-IDF classifier (the baselines "
                "in this report); manual triage only."
            ),
        },
        "Decision-making process and human oversight": {
            "Process integration": (
                "Suggestions appear in a review queue. A caseworker accepts, "
                "re-routes or rejects each one; every decision is recorded "
                "in a hash-chained audit trail."
            ),
            "Human decisions and review": (
                "Nothing is sent or finalised automatically. Letters "
                "the assistant is unsure about, or that raise a "
                "safeguarding, destitution or deadline flag, go to "
                "human triage."
            ),
            "Agreement with caseworkers": (
                f"acceptance {pct(h['overall']['acceptance_rate'])} of "
                f"{h['n_suggestions']:,} reviewed suggestions (benchmark "
                f"{pct(h['benchmark_acceptance'], 0)})"
                if h and h.get("n_suggestions")
                else "to be measured from the review audit trail once in use"
            ),
            "Frequency and scale of usage": TO_COMPLETE,
            "Required training": TO_COMPLETE,
            "Appeals and review": TO_COMPLETE,
        },
        "Tool specification": {
            "System architecture": (
                "redaction -> guidance search -> routing and flags -> "
                "drafting; runs on the organisation's own servers, models "
                "loaded from local disk, no data sent to third parties by "
                "default."
            ),
            "Models": "; ".join(card.get("Components", []))
            or f"Redaction: Presidio {repro.get('packages', {}).get('presidio-analyzer')}",
            "Model versions": ", ".join(
                f"{k} {v}" for k, v in repro.get("packages", {}).items() if v
            ),
            "Phase": TO_COMPLETE,
            "Maintenance": TO_COMPLETE,
        },
        "Data specification": {
            "Evaluation data": card.get("Evaluation data", metrics.get("title", "")),
            "Training data": card.get("Training data", "n/a"),
            "Personal data": (
                "Letters contain personal data; it is replaced with placeholders "
                "before embedding, routing or drafting. Originals are held only "
                "in the review service's access-controlled store."
            ),
            "Data sharing, access and storage": TO_COMPLETE,
        },
        "Risks, mitigations and impact assessments": {
            "Known limits": " ".join(card.get("Known limits", known_limits(metrics))),
            "Mitigations": (
                "Human review of every suggestion; abstention on low confidence and "
                "novel letters; priority flags; redaction before models; this "
                "evaluation repeated on local data and results by group of letters."
            ),
            "Data protection impact assessment": TO_COMPLETE,
            "Equality impact assessment": TO_COMPLETE,
        },
    }


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
    elif metrics.get("kind") == "redaction":
        per_type = metrics.get("redaction", {}).get("per_type") or []
        if per_type:
            charts["redaction"] = chart_redaction(per_type)
    return charts


def render_html(metrics: Mapping) -> str:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

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
