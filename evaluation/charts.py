"""The report's charts: matplotlib figures returned as base64 PNG to embed in the HTML (no
scripts, no external requests). matplotlib (the ``eval`` extra) is imported on first use."""

from __future__ import annotations

import base64
import io
import math
from collections.abc import Mapping, Sequence

import numpy as np

# Colour-blind-safe (Okabe-Ito) colours: the assistant, then each baseline.
COLOURS = ["#0072B2", "#E69F00", "#999999", "#009E73", "#CC79A7", "#D55E00"]

# --- charts ----------------------------------------------------------------------------------


def pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update(
        {
            "font.size": 10,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.titleweight": "bold",
            "figure.dpi": 100,
        }
    )
    return plt


def png_base64(fig) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", bbox_inches="tight", dpi=100)
    pyplot().close(fig)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _num(x) -> float:
    return float("nan") if x is None else float(x)


def chart_headline(systems: Mapping[str, Mapping]) -> str:
    plt = pyplot()

    names = list(systems)
    fig, ax = plt.subplots(figsize=(7.5, 3.4))
    width = 0.8 / len(names)
    metrics = [("accuracy", "Accuracy"), ("macro_f1", "Macro-F1")]
    for i, name in enumerate(names):
        values = [_num(systems[name][k]["value"]) for k, _ in metrics]
        low = [v - _num(systems[name][k]["ci_low"]) for v, (k, _) in zip(values, metrics)]
        high = [_num(systems[name][k]["ci_high"]) - v for v, (k, _) in zip(values, metrics)]
        x = np.arange(len(metrics)) + (i - (len(names) - 1) / 2) * width
        bars = ax.bar(
            x,
            values,
            width * 0.92,
            yerr=[low, high],
            capsize=4,
            label=name,
            color=COLOURS[i % len(COLOURS)],
        )
        for bar, v, up in zip(bars, values, high):
            if math.isfinite(v):
                top = v + (up if math.isfinite(up) else 0) + 0.01
                ax.text(
                    bar.get_x() + bar.get_width() / 2,
                    top,
                    f"{v:.0%}",
                    ha="center",
                    va="bottom",
                    fontsize=8,
                )
    ax.set_xticks(range(len(metrics)), [label for _, label in metrics])
    ax.set_ylim(0, 1.12)
    ax.yaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    ax.set_title("The assistant against two simple baselines (95% CI)")
    ax.legend(frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=len(names))
    return png_base64(fig)


def chart_confusion(confusion: Mapping) -> str:
    plt = pyplot()

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
        ax.set_title(
            f"Confusion matrix, {n} classes (rows: true, columns: suggested; "
            "labels omitted, see the top confusions table)",
            fontsize=9,
        )
    else:
        short = [label if len(label) <= 28 else label[:26] + "…" for label in labels]
        ax.set_xticks(range(n), short, rotation=60, ha="right", fontsize=8)
        ax.set_yticks(range(n), short, fontsize=8)
        ax.set_title("Confusion matrix (rows: true team, columns: suggested team)")
        if n <= 12:
            for i in range(n):
                for j in range(n):
                    if matrix[i, j]:
                        ax.text(
                            j,
                            i,
                            int(matrix[i, j]),
                            ha="center",
                            va="center",
                            fontsize=8,
                            color="white" if share[i, j] > 0.5 else "black",
                        )
    ax.set_xlabel("suggested")
    ax.set_ylabel("true")
    return png_base64(fig)


def chart_reliability(calibrations: Mapping[str, Mapping]) -> str:
    plt = pyplot()

    fig, (top, bottom) = plt.subplots(
        2, 1, figsize=(6.2, 5.6), sharex=True, gridspec_kw={"height_ratios": [3, 1]}
    )
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
            bottom.bar(
                [(b["low"] + b["high"]) / 2 for b in cal["bins"]],
                [b["count"] for b in cal["bins"]],
                width=0.095,
                color=colour,
            )
    top.set_ylim(0, 1.02)
    top.set_xlim(0, 1)
    top.set_ylabel("share actually right")
    top.set_title("Reliability: stated confidence against accuracy")
    top.legend(frameon=False, fontsize=8, loc="upper left")
    bottom.set_xlabel("stated confidence (10 equal-width bins)")
    bottom.set_ylabel("letters")
    return png_base64(fig)


def chart_risk_coverage(
    curves: Mapping[str, Mapping], point: Mapping | None, threshold: float | None
) -> str:
    plt = pyplot()

    fig, ax = plt.subplots(figsize=(6.4, 4.0))
    for i, (name, curve) in enumerate(curves.items()):
        if not curve["coverage"]:
            continue
        ax.step(
            [0.0] + curve["coverage"],
            [curve["risk"][0]] + curve["risk"],
            where="post",
            color=COLOURS[i % len(COLOURS)],
            label=f"{name} (AURC {_num(curve['aurc']):.3f})",
        )
    if point and point.get("routed"):
        ax.plot(
            [point["coverage"]],
            [point["selective_risk"]],
            marker="D",
            ms=9,
            color="#D55E00",
            ls="none",
            label=f"configured operating point (threshold {threshold:.2f})"
            if threshold is not None
            else "configured operating point",
        )
    ax.set_xlim(0, 1.01)
    ax.set_ylim(0, None)
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    ax.yaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    ax.set_xlabel("coverage: share of letters given a team (most confident first)")
    ax.set_ylabel("error rate among them")
    ax.set_title("Risk-coverage: holding back unsure letters lowers the error rate")
    ax.legend(frameon=False, fontsize=8, loc="upper left")
    return png_base64(fig)


def chart_per_class(rows: Sequence[Mapping], limit: int = 30) -> tuple[str, str]:
    plt = pyplot()

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
        ax.text(
            min(r["f1"], 0.93) + 0.01,
            i,
            f"{r['f1']:.2f} (n={r['support']})",
            va="center",
            fontsize=7,
        )
    ax.set_xlim(0, 1.08)
    ax.set_xlabel("F1")
    ax.set_title(caption)
    return png_base64(fig), caption


def chart_slices(name: str, rows: Sequence[Mapping], overall: float) -> str:
    plt = pyplot()

    rows = rows[:20][::-1]
    fig, ax = plt.subplots(figsize=(7.0, max(1.8, 0.34 * len(rows) + 0.9)))
    values = [_num(r["accuracy"]["value"]) for r in rows]
    low = [v - _num(r["accuracy"]["ci_low"]) for v, r in zip(values, rows)]
    high = [_num(r["accuracy"]["ci_high"]) - v for v, r in zip(values, rows)]
    colours = [
        "#bbbbbb"
        if r["status"] == "insufficient data"
        else "#D55E00"
        if r["status"] == "worse than overall"
        else COLOURS[0]
        for r in rows
    ]
    ax.barh(range(len(rows)), values, xerr=[low, high], capsize=3, color=colours)
    labels = [
        (r["value"] if len(r["value"]) <= 40 else r["value"][:38] + "…") + f" (n={r['n']})"
        for r in rows
    ]
    ax.set_yticks(range(len(rows)), labels, fontsize=8)
    ax.axvline(overall, color="#333", ls="--", lw=1)
    ax.set_xlim(0, 1.02)
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    ax.set_title(
        f"Accuracy by {name} (dashed: overall; grey: under the minimum sample)", fontsize=9
    )
    return png_base64(fig)


def chart_retrieval(retrieval: Mapping) -> str:
    plt = pyplot()

    items = [(f"recall@{k}", v) for k, v in retrieval["recall_at_k"].items()]
    items.append(("MRR", retrieval["mrr"]))
    fig, ax = plt.subplots(figsize=(5.5, 2.8))
    values = [_num(v["value"]) for _, v in items]
    ax.bar(
        range(len(items)),
        values,
        yerr=[
            [v - _num(x["ci_low"]) for v, (_, x) in zip(values, items)],
            [_num(x["ci_high"]) - v for v, (_, x) in zip(values, items)],
        ],
        capsize=4,
        color=COLOURS[3],
    )
    for i, (v, (_, x)) in enumerate(zip(values, items)):
        if math.isfinite(v):
            ax.text(i, max(v, _num(x["ci_high"])) + 0.02, f"{v:.2f}", ha="center", fontsize=9)
    ax.set_xticks(range(len(items)), [name for name, _ in items])
    ax.set_ylim(0, 1.12)
    ax.set_title("Finding the right guidance page (95% CI)")
    return png_base64(fig)


def chart_agreement(agreement: Mapping) -> str:
    plt = pyplot()

    rows = agreement["teams"][::-1]
    fig, ax = plt.subplots(figsize=(7.0, max(1.8, 0.36 * len(rows) + 0.9)))
    values = [r["acceptance_rate"] for r in rows]
    colours = [
        "#bbbbbb"
        if r["status"] == "insufficient data"
        else "#D55E00"
        if r["status"] == "below benchmark"
        else "#009E73"
        if r["status"] == "meets benchmark"
        else COLOURS[1]
        for r in rows
    ]
    ax.barh(
        range(len(rows)),
        values,
        xerr=[
            [v - r["acceptance_ci_low"] for v, r in zip(values, rows)],
            [r["acceptance_ci_high"] - v for v, r in zip(values, rows)],
        ],
        capsize=3,
        color=colours,
    )
    ax.set_yticks(range(len(rows)), [f"{r['team']} (n={r['n']})" for r in rows], fontsize=8)
    ax.axvline(agreement["benchmark_acceptance"], color="#333", ls="--", lw=1)
    ax.set_xlim(0, 1.02)
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    ax.set_title(
        "Caseworker acceptance of the suggested team (Wilson 95% CI; dashed: benchmark)", fontsize=9
    )
    return png_base64(fig)


def chart_redaction(per_type: Sequence[Mapping]) -> str:
    plt = pyplot()

    rows = [r for r in per_type if r.get("support", 1)][:25]
    fig, ax = plt.subplots(figsize=(7.5, max(2.4, 0.42 * len(rows) + 1.0)))
    y = np.arange(len(rows))
    for i, (key, label) in enumerate(
        [("precision", "precision"), ("recall", "recall"), ("f2", "F2")]
    ):
        ax.barh(
            y + (i - 1) * 0.27,
            [_num(r.get(key)) for r in rows],
            0.26,
            label=label,
            color=COLOURS[[0, 1, 3][i]],
        )
    ax.set_yticks(y, [f"{r['type']} (n={r.get('support', '?')})" for r in rows], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 1.02)
    ax.legend(frameon=False, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.06), ncol=3)
    ax.set_title("Redaction by entity type (span level)")
    return png_base64(fig)


def chart_redaction_vs_stock(per_type: Sequence[Mapping], stock_per_type: Sequence[Mapping]) -> str:
    """Ours beside stock Presidio per labelled type: recall (right type) and the share of items
    with every character hidden (any type)."""
    plt = pyplot()

    stock = {r["type"]: r for r in stock_per_type}
    rows = [r for r in per_type if r.get("support")][:25]
    fig, ax = plt.subplots(figsize=(7.5, max(2.4, 0.5 * len(rows) + 1.0)))
    y = np.arange(len(rows))
    series = [
        ("recall", "recall, this redactor", per_type, COLOURS[1], None),
        ("recall", "recall, stock Presidio", stock, COLOURS[1], "//"),
        ("hidden", "every character hidden, this redactor", per_type, COLOURS[0], None),
        ("hidden", "every character hidden, stock Presidio", stock, COLOURS[0], "//"),
    ]
    for i, (key, label, source, colour, hatch) in enumerate(series):
        values = [
            _num(r.get(key)) if source is per_type else _num(stock.get(r["type"], {}).get(key))
            for r in rows
        ]
        ax.barh(
            y + (i - 1.5) * 0.2,
            values,
            0.19,
            label=label,
            color=colour if hatch is None else "white",
            edgecolor=colour,
            hatch=hatch,
        )
    ax.set_yticks(y, [f"{r['type']} (n={r.get('support', '?')})" for r in rows], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 1.02)
    ax.legend(frameon=False, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.06), ncol=2)
    ax.set_title("This redactor (solid) and stock Presidio (hatched) by labelled type")
    return png_base64(fig)
