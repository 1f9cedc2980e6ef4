"""The routing benchmark's page for auditors: risk-coverage curves first, then the numbers.

``write_routing_report(report, path)`` renders what :mod:`evaluation.routing_benchmark` measured;
``chart_routing_curves(report)`` is the headline chart (also used by the evaluation report when a
benchmark result is given to it).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from evaluation.charts import png_base64, pyplot

SYSTEMS = {
    "router": ("router (hybrid)", "#0072B2", "-"),
    "tfidf_lr": ("TF-IDF + LR", "#E69F00", "--"),
    "dense_lr": ("dense (MiniLM) + LR", "#009E73", ":"),
}


def markdown_table(report: Mapping) -> str:
    """Accuracy, AURC, selective accuracy at 10/20/30/50/100% coverage and ECE per set and
    system; beside the ECE, the median ECE a perfectly calibrated system would show on as many
    letters (when the report has it), and for letters that come in pages, drawn by page."""
    lines = [
        "| data set | system | accuracy | AURC | acc@10% | acc@20% | acc@30% | acc@50% "
        "| acc@100% | ECE (calibrated-system floor) |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    names = {"router": "**router**", "tfidf_lr": "TF-IDF+LR", "dense_lr": "dense+LR"}
    coverages = [round(float(c), 2) for c in report["coverages"]]
    at = [coverages.index(c) for c in (0.1, 0.2, 0.3, 0.5, 1.0)]
    for set_name, result in report["sets"].items():
        for system in ("router", "tfidf_lr", "dense_lr"):
            r = result[system]
            acc = r["selective_accuracy"]
            floor = r.get("ece_if_calibrated")
            by_page = r.get("ece_if_calibrated_by_page")  # letters that come in pages (GOV.UK)
            lines.append(
                f"| {set_name} | {names[system]} | {r['accuracy']:.3f} | "
                f"{r['aurc']:.3f} | "
                + " | ".join(f"{acc[i]:.3f}" for i in at)
                + f" | {r['ece']:.3f}"
                + (
                    f" ({floor['median']:.3f}"
                    + (f"; by page {by_page['median']:.3f}" if by_page else "")
                    + ")"
                    if floor
                    else ""
                )
                + " |"
            )
    return "\n".join(lines)


def _plot_curves(plt, ax, coverages: list, curves: Mapping) -> None:
    """Each system's selective accuracy against coverage on ``ax`` (``curves[system]`` holds
    its ``selective_accuracy`` and ``aurc``), the y axis in percent, the legend lower left."""
    for key, (label, colour, style) in SYSTEMS.items():
        ax.plot(
            coverages,
            curves[key]["selective_accuracy"],
            color=colour,
            ls=style,
            lw=2 if key == "router" else 1.5,
            label=f"{label} (AURC {curves[key]['aurc']:.3f})",
        )
    ax.yaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    ax.legend(frameon=False, fontsize=7, loc="lower left")


def chart_routing_curves(report: Mapping) -> str:
    """Selective accuracy against coverage per data set (base64 PNG)."""
    plt = pyplot()
    sets = report["sets"]
    fig, axes = plt.subplots(1, len(sets), figsize=(4.6 * len(sets), 3.8), squeeze=False)
    coverages = list(report["coverages"])
    for ax, (name, result) in zip(axes[0], sets.items(), strict=True):
        _plot_curves(plt, ax, coverages, result)
        ax.set_title(f"{name} (n={result['n_test']})")
        ax.set_xlabel("coverage (most confident first)")
        ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    axes[0][0].set_ylabel("accuracy of the letters routed")
    fig.suptitle(
        "Risk-coverage: accuracy at each share of letters routed, by own confidence",
        fontweight="bold",
    )
    return png_base64(fig)


def _pct(x) -> str:
    return "n/a" if x is None else f"{100 * float(x):.1f}%"


def write_routing_report(report: Mapping, path: Path | str) -> Path:
    mode = html.escape(report["mode"])
    chart = chart_routing_curves(report)
    parts = [
        f"<h1>Routing: the router against TF-IDF+LR and dense+LR ({mode})</h1>",
        f'<img alt="risk-coverage curves" src="data:image/png;base64,{chart}">',
        "<h2>Numbers</h2><pre>" + html.escape(markdown_table(report)) + "</pre>",
    ]
    for name, result in report["sets"].items():
        r = result["router"]
        conformal = r.get("conformal", {})
        items = [
            (
                f"conformal candidate sets (stated {conformal.get('level', 0):.0%}): achieved "
                f"{_pct(conformal.get('coverage'))}, mean size "
                f"{conformal.get('mean_size', 0):.2f}"
            ),
            f"router training {r.get('fit_seconds', 0):.0f}s on {result['n_train']} letters",
        ]
        for base in ("tfidf_lr", "dense_lr"):
            v = r[f"vs_{base}"]
            items.append(
                f"vs {SYSTEMS[base][0]}: AURC lower: {v['aurc_lower']}; on or above at "
                f"every coverage 10-100%: {v['on_or_above_everywhere']} (worst gap "
                f"{100 * v['worst_gap']:+.1f} points at {v['worst_at']:.0%})"
            )
        if "open_set" in result:
            o = result["open_set"]
            items.append(
                "open set AUROC (in-scope vs held-out intents): "
                + "; ".join(f"{html.escape(k)} {v:.3f}" for k, v in o["auroc"].items())
            )
            items.append(
                f"router: routes {_pct(o['router']['in_scope_coverage'])} of in-scope "
                f"queries at {_pct(o['router']['in_scope_routed_accuracy'])} accuracy and "
                f"sends {_pct(o['router']['out_of_scope_abstained'])} of out-of-scope "
                f"ones to a person; TF-IDF+LR at the same coverage: "
                f"{_pct(o['tfidf_lr_same_coverage']['in_scope_routed_accuracy'])} / "
                f"{_pct(o['tfidf_lr_same_coverage']['out_of_scope_abstained'])}"
            )
        if "corrections" in result:
            for k, c in result["corrections"].items():
                items.append(
                    f"after {k} correction(s) of a new topic: corrected team first for "
                    f"{_pct(c['top1'])}, in the top three for {_pct(c['top3'])} of its "
                    f"held-out letters; unrelated letters whose top team changed: "
                    f"{_pct(c['unrelated_moved'])} ({c['topics']} topics)"
                )
        if "zero_shot" in result:
            z = result["zero_shot"]
            items.append(
                f"zero-shot confidence recalibrated from {z['n_decisions']} decisions: "
                f"ECE {z['ece_before']:.3f} -> {z['ece_after']:.3f} on {z['n_test']} "
                f"held-out letters (accuracy {_pct(z['accuracy'])})"
            )
        parts.append(
            f"<h2>{html.escape(name)}</h2><ul>"
            + "".join(f"<li>{html.escape(item)}</li>" for item in items)
            + "</ul>"
        )
    path = Path(path)
    path.write_text(
        "<!doctype html><meta charset=utf-8><title>Routing benchmark</title>"
        "<body style='font-family:sans-serif;max-width:80em'>" + "".join(parts),
        encoding="utf-8",
    )
    return path


# --- repeated splits (--cv) ------------------------------------------------------------------
def cv_markdown_table(report: Mapping, view: str = "pooled") -> str:
    """Coverage x systems on the repeated splits: selective accuracy of each system and the
    router minus each baseline with its 95% CI; AURC and ECE rows at the end."""
    lines = []
    for name, result in report["sets"].items():
        systems, vs = result["systems"], result["vs"]
        lines.append(
            f"**{name}** ({result['n']} letters, {result['k']} folds, {view}; "
            "difference = router minus baseline, 95% paired bootstrap CI)"
        )
        lines.append("")
        lines.append(
            "| coverage | router | TF-IDF+LR | dense+LR | router - TF-IDF+LR | router - dense+LR |"
        )
        lines.append("| ---: | ---: | ---: | ---: | --- | --- |")
        for i, coverage in enumerate(report["coverages"]):
            cells = [f"{systems[s][view]['selective_accuracy'][i]:.3f}" for s in SYSTEMS]
            for base in ("tfidf_lr", "dense_lr"):
                d = vs[base][view]
                cells.append(
                    f"{100 * d['difference'][i]:+.1f} "
                    f"({100 * d['ci_low'][i]:+.1f} to {100 * d['ci_high'][i]:+.1f})"
                )
            lines.append(f"| {coverage:.0%} | " + " | ".join(cells) + " |")
        aurc = [
            f"{systems[s][view]['aurc']:.3f} ({systems[s][view]['aurc_ci'][0]:.3f}-"
            f"{systems[s][view]['aurc_ci'][1]:.3f})"
            for s in SYSTEMS
        ]
        for base in ("tfidf_lr", "dense_lr"):
            d = vs[base][view]
            low, high = d["aurc_difference_ci"]
            aurc.append(f"{d['aurc_difference']:+.3f} ({low:+.3f} to {high:+.3f})")
        lines.append("| AURC | " + " | ".join(aurc) + " |")
        lines.append(
            "| ECE | " + " | ".join(f"{systems[s][view]['ece']:.3f}" for s in SYSTEMS) + " | | |"
        )
        lines.append("")
    return "\n".join(lines)


def write_cv_chart(report: Mapping, path: Path | str, view: str = "fold_mean") -> Path:
    """Per set: the three risk-coverage curves of the repeated splits (top; ``fold_mean``: each
    fold's model ranks its own letters, curves averaged over folds; ``pooled``: all out-of-fold
    letters ranked together) and the router minus each baseline with its 95% CI band (bottom),
    as a PNG."""
    caption = {"fold_mean": "mean over folds", "pooled": "pooled out-of-fold"}[view]
    plt = pyplot()
    sets = report["sets"]
    fig, axes = plt.subplots(
        2, len(sets), figsize=(5.2 * len(sets), 6.4), squeeze=False, sharex=True
    )
    coverages = list(report["coverages"])
    for column, (name, result) in enumerate(sets.items()):
        top, bottom = axes[0][column], axes[1][column]
        _plot_curves(plt, top, coverages, {key: result["systems"][key][view] for key in SYSTEMS})
        for key, (label, colour, style) in SYSTEMS.items():
            if key == "router":
                continue
            d = result["vs"][key][view]
            bottom.plot(coverages, 100 * np.asarray(d["difference"]), color=colour, ls=style)
            bottom.fill_between(
                coverages,
                100 * np.asarray(d["ci_low"]),
                100 * np.asarray(d["ci_high"]),
                color=colour,
                alpha=0.2,
                label=f"router - {label}, 95% CI",
            )
        bottom.axhline(0, color="black", lw=0.8)
        top.set_title(f"{name}: {result['k']}-fold, n={result['n']}, {caption}")
        bottom.set_xlabel("coverage (most confident first)")
        bottom.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
        bottom.legend(frameon=False, fontsize=7, loc="lower right")
    axes[0][0].set_ylabel("accuracy of the letters routed")
    axes[1][0].set_ylabel("difference (points)")
    path = Path(path)
    fig.savefig(path, format="png", bbox_inches="tight", dpi=100)
    plt.close(fig)
    return path


__all__ = [
    "chart_routing_curves",
    "cv_markdown_table",
    "markdown_table",
    "write_cv_chart",
    "write_routing_report",
]
