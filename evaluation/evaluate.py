# Over 500 lines: `casework evaluate` is one flow (read, check, run, measure, report) whose steps
# pass one run's state along; metrics, charts and the report are their own modules.
"""`casework evaluate`: run the real pipeline over labelled cases and measure everything.

The flow (:func:`evaluate`):

1. read and check the case file whole (``{"id","text","team"}`` plus optional ``guidance_ids``,
   ``priority`` and slice columns), and the training file when given;
2. with a training file, redact it, embed it and fit the supervised router exactly as
   ``casework train`` does - saved under ``REPORT/router/``, the index is left untouched;
3. run the real :class:`~pipeline.core.Pipeline` (redaction happens inside) over the cases,
   with a progress bar;
4. fit the two baselines on the same REDACTED training text (or by cross-validation);
5. compute every figure (:mod:`evaluation.metrics`) and write ``metrics.json``,
   ``predictions.jsonl`` (ids, labels, predictions, confidences - no letter text) and
   ``report.html`` (:mod:`evaluation.report`).

Letter text never leaves memory: the files written hold ids, labels, predictions, counts and
entity TYPES only. Redacted text is used in memory to train and run the TF-IDF baseline.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from contracts.models import Letter
from contracts.progress import progress
from contracts.settings import get_settings
from evaluation import metrics as m
from evaluation.agreement import human_agreement
from evaluation.baselines import run_baselines
from evaluation.cases import (
    LENGTH_SLICE,
    MAX_SLICE_VALUES,
    MIN_SLICE_SAMPLE,
    PII_SLICE,
    PRIORITIES,
    Case,
    Outcome,
    load_cases,
    load_decisions,
)
from evaluation.drafts import quoted_points, readability
from evaluation.evaluate_redaction import redact_letters
from evaluation.report import write_report
from evaluation.reproducibility import reproducibility
from pipeline.core import Pipeline
from pipeline.factory import build_pipeline
from triage.teams import Teams

# --- training --------------------------------------------------------------------------------


def redact_texts(
    pipeline: Pipeline, cases: Sequence[Case], *, desc: str, show_progress: bool
) -> list[str]:
    letters = (Letter(id=c.id, text=c.text) for c in cases)
    redacted = redact_letters(
        pipeline, letters, total=len(cases), desc=desc, show_progress=show_progress
    )
    return [r.redacted_text for r in redacted]


# --- running ---------------------------------------------------------------------------------


def run_pipeline(
    pipeline: Pipeline, cases: Sequence[Case], *, show_progress: bool = True
) -> list[Outcome]:
    by_id = {c.id: c for c in cases}
    outcomes = []
    letters = (Letter(id=c.id, text=c.text) for c in cases)
    for result in progress(
        pipeline.run(letters), total=len(cases), desc="evaluate", unit="letter", show=show_progress
    ):
        case = by_id[result.id]
        if result.team is not None:
            predicted = result.team
        elif result.candidates:
            predicted = result.candidates[0].team
        else:
            predicted = m.NO_TEAM
        reply = _reply_figures(result.reply.text if result.reply is not None else None)
        outcomes.append(
            Outcome(
                id=result.id,
                team=case.team,
                predicted=predicted,
                confidence=float(result.confidence),
                abstained=bool(result.abstained),
                needs_human_triage=bool(result.needs_human_triage),
                priority=str(getattr(result.priority, "value", result.priority)),
                flags=tuple(str(getattr(f.kind, "value", f.kind)) for f in result.flags),
                retrieved=tuple(h.guidance_id for h in result.guidance),
                entity_types=dict(Counter(e.type for e in result.entities)),
                redacted_text=result.redacted_text,
                **reply,
            )
        )
    return outcomes


def _reply_figures(text: str | None) -> dict[str, float | int | None]:
    """What the report says about a drafted reply, without keeping its text."""
    if not text:
        return {}

    figures = readability(text)
    return {
        "reply_points": len(quoted_points(text)),
        "reply_grade": figures["fk_grade"],
        "reply_ease": figures["flesch_reading_ease"],
    }


def replies_block(outcomes: Sequence[Outcome]) -> dict | None:
    """Readability of the drafted replies by the team they were drafted for (the routed team;
    "human triage" for the holding replies of letters the assistant held back), and how many
    quote guidance. Medians of the Flesch-Kincaid grade and Flesch reading ease of each reply as
    the citizen reads it (references left out); GOV.UK writes for a reading age of about 9,
    i.e. grade 4-5 and reading ease 70 or more."""
    groups: dict[str, list[Outcome]] = {}
    for o in outcomes:
        if o.reply_grade is None:
            continue
        team = "human triage" if o.abstained else o.predicted
        groups.setdefault(team, []).append(o)
    if not groups:
        return None

    def figures(rows: Sequence[Outcome]) -> dict:
        return {
            "drafts": len(rows),
            "quoting_guidance": sum(1 for o in rows if o.reply_points) / len(rows),
            "median_fk_grade": round(statistics.median(o.reply_grade or 0.0 for o in rows), 1),
            "median_reading_ease": round(statistics.median(o.reply_ease or 0.0 for o in rows), 1),
        }

    every = [o for rows in groups.values() for o in rows]
    return {
        "overall": figures(every),
        "by_team": [{"team": team, **figures(rows)} for team, rows in sorted(groups.items())],
        "measure": "textstat Flesch-Kincaid grade and Flesch reading ease of the reply as the "
        "citizen reads it (references left out); GOV.UK aims at grade 4-5 (reading age 9)",
    }


# --- figures ---------------------------------------------------------------------------------


def length_band(text: str) -> str:
    words = len(text.split())
    if words < 20:
        return "under 20 words"
    if words < 100:
        return "20-99 words"
    if words < 300:
        return "100-299 words"
    return "300+ words"


def slice_columns(cases: Sequence[Case]) -> tuple[dict[str, list[str | None]], list[str]]:
    """Slice values per column (None where a case lacks it), and notes on columns skipped."""
    names = sorted({k for c in cases for k in c.slices})
    columns, notes = {}, []
    for name in names:
        values = [c.slices.get(name) for c in cases]
        distinct = {v for v in values if v is not None}
        if len(distinct) > MAX_SLICE_VALUES or (
            len(distinct) > 10 and len(distinct) > len(cases) / 2
        ):
            notes.append(
                f"column {name!r} not used as a slice: {len(distinct)} distinct values "
                "(looks like an identifier or free text)"
            )
            continue
        columns[name] = values
    columns[LENGTH_SLICE] = [length_band(c.text) for c in cases]
    return columns, notes


def slice_table(
    values: Sequence[str | None],
    outcomes: Sequence[Outcome],
    overall: float,
    *,
    baseline: Sequence[str] | None,
    resamples: int,
    seed: int,
) -> list[dict]:
    rows = []
    groups: dict[str, list[int]] = {}
    for i, v in enumerate(values):
        if v is not None:
            groups.setdefault(v, []).append(i)
    for value, idx in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        y = [outcomes[i].team for i in idx]
        p = [outcomes[i].predicted for i in idx]
        conf = [outcomes[i].confidence for i in idx]
        correct = [a == b for a, b in zip(y, p)]
        acc = m.accuracy_with_ci(y, p, resamples=resamples, seed=seed)
        op = m.operating_point([outcomes[i].abstained for i in idx], correct)
        n = len(idx)
        if n < MIN_SLICE_SAMPLE:
            status = "insufficient data"
        elif acc["ci_high"] < overall:
            status = "worse than overall"
        elif acc["ci_low"] > overall:
            status = "better than overall"
        else:
            status = "in line with overall"
        row = {
            "value": value,
            "n": n,
            "accuracy": acc,
            "macro_f1": m.macro_f1(y, p),
            "gap": acc["value"] - overall,
            "coverage": op["coverage"],
            "selective_accuracy": op["selective_accuracy"],
            "ece": m.expected_calibration_error(conf, correct),
            "status": status,
        }
        if baseline is not None:
            row["baseline_accuracy"] = m.accuracy(y, [baseline[i] for i in idx])
        rows.append(row)
    return rows


def priority_block(cases: Sequence[Case], outcomes: Sequence[Outcome]) -> dict | None:
    pairs = [(c.priority, o.priority) for c, o in zip(cases, outcomes) if c.priority]
    if not pairs:
        return None
    y, p = [a for a, _ in pairs], [b for _, b in pairs]
    matrix, labels = m.confusion(y, p, labels=list(PRIORITIES))
    raised = [(a != "normal", b != "normal") for a, b in pairs]
    missed_urgent = sum(1 for a, b in pairs if a == "urgent" and b != "urgent")
    true_raised = sum(1 for a, _ in raised if a)
    caught = sum(1 for a, b in raised if a and b)
    predicted_raised = sum(1 for _, b in raised if b)
    return {
        "n": len(pairs),
        "accuracy": m.accuracy(y, p),
        "per_class": m.per_class(y, p, list(PRIORITIES)),
        "confusion": {"labels": labels, "matrix": matrix.tolist()},
        "flag_recall": caught / true_raised if true_raised else None,
        "flag_precision": caught / predicted_raised if predicted_raised else None,
        "missed_urgent": missed_urgent,
        "urgent_total": sum(1 for a in y if a == "urgent"),
    }


def _label_summary(cases: Sequence[Case]) -> dict:
    counts = Counter(c.team for c in cases)
    return {"n": len(cases), "classes": len(counts), "class_counts": dict(counts.most_common())}


def compute_metrics(
    cases: Sequence[Case],
    outcomes: Sequence[Outcome],
    *,
    threshold: float,
    baselines: Sequence,
    baselines_how: str,
    router_teams: Sequence[str] | None,
    decisions: Sequence[Mapping] | None,
    resamples: int,
    seed: int,
    min_agreement_sample: int = 30,
    agreement_benchmark: float = 0.8,
) -> dict:
    """Every figure, as a JSON-ready dict (no letter text)."""
    y = [o.team for o in outcomes]
    p = [o.predicted for o in outcomes]
    conf = [o.confidence for o in outcomes]
    assistant = m.classification_block(
        y,
        p,
        conf,
        abstained=[o.abstained for o in outcomes],
        threshold=threshold,
        resamples=resamples,
        seed=seed,
    )
    correct = [a == b for a, b in zip(y, p)]
    n = len(outcomes)
    assistant["needs_human_triage"] = {
        "rate": sum(o.needs_human_triage for o in outcomes) / n,
        "abstained_rate": sum(o.abstained for o in outcomes) / n,
        "flagged_rate": sum(bool(o.flags) for o in outcomes) / n,
        "flag_kinds": dict(Counter(k for o in outcomes for k in set(o.flags)).most_common()),
    }
    # Letters the router could not even in principle get right: the label is not one of its teams.
    unknown = sorted(set(y) - set(router_teams)) if router_teams is not None else []

    base_blocks = {}
    for b in baselines:
        block = m.classification_block(
            y, b.labels, b.confidence, threshold=threshold, resamples=resamples, seed=seed
        )
        block["description"] = b.description
        block["lift_accuracy"] = m.paired_difference(
            correct, [a == c for a, c in zip(y, b.labels)], resamples=resamples, seed=seed
        )
        base_blocks[b.name] = block

    retrieval = None
    with_gold = [(o.retrieved, c.guidance_ids) for c, o in zip(cases, outcomes) if c.guidance_ids]
    if with_gold:
        retrieval = m.retrieval_metrics(
            [r for r, _ in with_gold],
            [g for _, g in with_gold],
            ks=(1, 3, 5),
            resamples=resamples,
            seed=seed,
        )
        retrieval["k_retrieved"] = max((len(r) for r, _ in with_gold), default=0)

    columns, slice_notes = slice_columns(cases)
    columns[PII_SLICE] = ["yes" if o.entity_types else "no" for o in outcomes]
    tfidf = next((b for b in baselines if "TF-IDF" in b.name), None)
    overall = assistant["accuracy"]["value"]
    slices = {
        name: slice_table(
            values,
            outcomes,
            overall,
            baseline=tfidf.labels if tfidf else None,
            resamples=resamples,
            seed=seed,
        )
        for name, values in columns.items()
    }

    entity_counts = Counter()
    for o in outcomes:
        entity_counts.update(o.entity_types)
    agreement = (
        human_agreement(decisions, min_sample=min_agreement_sample, benchmark=agreement_benchmark)
        if decisions is not None
        else None
    )
    return {
        "labels": _label_summary(cases),
        "threshold": threshold,
        "assistant": assistant,
        "labels_unknown_to_router": unknown,
        "baselines": base_blocks,
        "baselines_trained": baselines_how,
        "retrieval": retrieval,
        "priority": priority_block(cases, outcomes),
        "slices": slices,
        "slice_notes": slice_notes,
        "redaction_in_run": {
            "letters_with_personal_data": sum(1 for o in outcomes if o.entity_types),
            "entities_by_type": dict(entity_counts.most_common()),
            "note": "what the redactor found and replaced in the evaluation letters (counts of "
            "types only); its accuracy is measured by `casework evaluate-redaction`",
        },
        "human_agreement": agreement,
        "replies": replies_block(outcomes),
        "settings": {
            "resamples": resamples,
            "seed": seed,
            "ece_bins": m.ECE_BINS,
            "min_slice_sample": MIN_SLICE_SAMPLE,
        },
    }


# --- the whole command -----------------------------------------------------------------------


def evaluate(
    cases_path: Path,
    index_dir: Path,
    report_dir: Path,
    *,
    train_path: Path | None = None,
    teams_from_labels: bool = False,
    threshold: float | None = None,
    decisions_path: Path | None = None,
    seed: int = m.DEFAULT_SEED,
    resamples: int = m.DEFAULT_RESAMPLES,
    title: str | None = None,
    synthetic: bool = False,
    settings=None,
    pipeline=None,
    show_progress: bool = True,
    batch_size: int = 32,
    log=None,
    routing_benchmark: Path | None = None,
) -> dict:
    """Run the pipeline over CASES and write metrics.json, predictions.jsonl and report.html.
    ``routing_benchmark``: a result of ``python -m evaluation.routing_benchmark`` (its JSON) to
    show beside this run's numbers."""
    log = log or (lambda message: print(message, file=sys.stderr))
    settings = settings or get_settings()
    index_dir, report_dir = Path(index_dir), Path(report_dir)
    started = time.perf_counter()
    cases = load_cases(cases_path, max_chars=settings.max_letter_chars)
    train = load_cases(train_path, max_chars=settings.max_letter_chars) if train_path else None
    decisions = load_decisions(decisions_path) if decisions_path else None
    if teams_from_labels and train is None:
        raise ValueError("--teams-from-labels needs --train (the teams are the training labels)")
    if not (index_dir / "manifest.json").is_file():
        raise FileNotFoundError(index_dir / "manifest.json")
    report_dir.mkdir(parents=True, exist_ok=True)

    if pipeline is None:
        pipeline = build_pipeline(settings, index_dir, batch_size=batch_size)
    train_redacted = None
    training = None
    if train is not None:
        log(f"training the router on {len(train):,} cases (redacted first)")
        train_redacted = redact_texts(
            pipeline, train, desc="redact training", show_progress=show_progress
        )
        labels = [c.team for c in train]
        pipeline.train_router(
            train_redacted,
            labels,
            show_progress=True,
            teams=Teams.from_names(sorted(set(labels))) if teams_from_labels else pipeline.teams,
            threshold=settings.abstain_threshold if threshold is None else threshold,
        )
        pipeline.save_router(report_dir / "router")
        training = {
            "path": str(train_path),
            **_label_summary(train),
            "teams_from_labels": teams_from_labels,
            "router_saved_to": str(report_dir / "router"),
        }
    elif threshold is not None:
        pipeline.set_abstain_threshold(threshold)
    router = pipeline.router_summary()
    raw_threshold: float | None
    if isinstance(router.threshold, Mapping):
        per_team_thresholds = dict(router.threshold)
        raw_threshold = per_team_thresholds.get("*")
    else:
        per_team_thresholds, raw_threshold = None, router.threshold
    used_threshold = float(
        raw_threshold
        if raw_threshold is not None
        else settings.abstain_threshold
        if threshold is None
        else threshold
    )
    router_mode = (
        "supervised (calibrated classifier on labelled cases)"
        if router.fitted
        else "zero-shot (by ownership of the guidance it retrieves)"
    )

    run_started = time.perf_counter()
    outcomes = run_pipeline(pipeline, cases, show_progress=show_progress)
    run_seconds = time.perf_counter() - run_started

    log("baselines: majority class, TF-IDF + logistic regression")
    baselines, how = run_baselines(
        train_redacted,
        [c.team for c in train] if train else None,
        [o.redacted_text for o in outcomes],
        [o.team for o in outcomes],
        seed=seed,
    )

    router_teams = list(router.teams)
    log(f"computing figures ({resamples} bootstrap resamples, seed {seed})")
    metrics = compute_metrics(
        cases,
        outcomes,
        threshold=used_threshold,
        baselines=baselines,
        baselines_how=how,
        router_teams=router_teams,
        decisions=decisions,
        resamples=resamples,
        seed=seed,
    )
    metrics = {
        "kind": "routing",
        "schema_version": 1,
        "title": title or f"Routing evaluation: {Path(cases_path).name}",
        "synthetic": synthetic,
        "dataset": {"path": str(cases_path), "rows": len(cases)},
        "training": training,
        "router_mode": router_mode,
        "per_team_thresholds": per_team_thresholds,
        **metrics,
        "timing": {
            "pipeline_seconds": run_seconds,
            "letters_per_second": len(cases) / run_seconds if run_seconds else None,
            "stages": dict(getattr(getattr(pipeline, "timer", None), "seconds", {}) or {}),
            "total_seconds": None,
        },
        "reproducibility": reproducibility(
            settings,
            index_dir=index_dir,
            seed=seed,
            files={"cases": cases_path, "train": train_path, "decisions": decisions_path},
        ),
    }
    if routing_benchmark is not None:
        metrics["routing_benchmark"] = json.loads(Path(routing_benchmark).read_text())
    write_predictions(report_dir / "predictions.jsonl", outcomes, baselines)
    metrics["timing"]["total_seconds"] = time.perf_counter() - started
    write_report(metrics, report_dir)
    return metrics


def write_predictions(path: Path, outcomes: Iterable[Outcome], baselines: Sequence) -> None:
    """Per-case results for re-analysis: ids, labels, predictions, confidences. No text."""
    with open(path, "w", encoding="utf-8") as handle:
        for i, o in enumerate(outcomes):
            row = {
                "id": o.id,
                "team": o.team,
                "predicted": o.predicted,
                "confidence": round(o.confidence, 6),
                "abstained": o.abstained,
                "needs_human_triage": o.needs_human_triage,
                "priority": o.priority,
                "flags": list(o.flags),
                "retrieved": list(o.retrieved),
                "entity_types": o.entity_types,
                "baselines": {
                    b.name: {"predicted": b.labels[i], "confidence": round(b.confidence[i], 6)}
                    for b in baselines
                },
            }
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
