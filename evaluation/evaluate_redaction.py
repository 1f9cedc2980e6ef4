"""`casework evaluate-redaction`: run the redactor over labelled personal-data spans and write
the report: precision, recall and F2 per entity type with document-bootstrap 95% CIs, the types
missed, and the presidio-research reference figures. Only types and rates are written, never
text or values. With ``stock=True`` stock Presidio (:mod:`evaluation.stock_presidio`) runs on
the same rows, is scored by the same scorer and is written beside ours."""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from contracts.io import InputError
from contracts.models import Letter, RedactedLetter
from contracts.progress import progress
from contracts.settings import Settings, get_settings
from evaluation import metrics as m
from evaluation import redaction_metrics as rm
from evaluation.cases import load_pii
from evaluation.report import write_report
from evaluation.reproducibility import reproducibility
from evaluation.stock_presidio import STOCK_NAME, build_stock_analyzer, stock_spans
from evaluation.wording import pct
from pipeline.core import Pipeline
from pipeline.factory import build_pipeline


def read_allow_list(path: Path) -> list[str]:
    """A deployment's allow-list file: one phrase a line, blank lines ignored."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip()]


def redact_letters(
    pipeline: Pipeline, letters: Iterable[Letter], *, total: int, desc: str, show_progress: bool
) -> list[RedactedLetter]:
    """Every letter through the pipeline's redactor in batches, in order, with a progress bar:
    the one way the evaluations redact a set."""
    return list(
        progress(
            pipeline.redact_many(letters, batch_size=64),
            total=total,
            desc=desc,
            unit="letter",
            show=show_progress,
        )
    )


def redact_rows(
    pipeline: Pipeline, rows: Sequence[Mapping], *, show_progress: bool = True, desc: str = "redact"
) -> list:
    """The entities the pipeline's redactor finds in each row's text (offsets into it), in row
    order: what :func:`redaction_metrics_block` scores (also used by
    :mod:`evaluation.redaction_transforms`)."""
    letters = (Letter(id=r["id"], text=r["text"]) for r in rows)
    redacted = redact_letters(
        pipeline, letters, total=len(rows), desc=desc, show_progress=show_progress
    )
    return [r.entities for r in redacted]


def redaction_metrics_block(
    rows: Sequence[Mapping], predicted: Sequence, *, resamples: int, seed: int
) -> dict:
    """Scores from :mod:`evaluation.redaction_metrics`, with document-bootstrap CIs added."""
    result = rm.evaluate_redaction(rows, predicted)
    per_doc = [rm.evaluate_redaction([row], [pred]) for row, pred in zip(rows, predicted)]

    def counts(doc: Mapping, key: str | None) -> tuple[int, int, int, int]:
        block = doc["per_type"].get(key) if key else None
        if key is None:
            t = doc["per_type"].values()
            return (
                sum(x["correct_predictions"] for x in t),
                sum(x["predicted"] for x in t),
                sum(x["found"] for x in t),
                sum(x["support"] for x in t),
            )
        if block is None:
            return 0, 0, 0, 0
        return block["correct_predictions"], block["predicted"], block["found"], block["support"]

    def with_ci(key: str | None) -> dict:
        c, p, f, g = zip(*(counts(doc, key) for doc in per_doc))
        return m.span_scores_with_ci(c, p, f, g, resamples=resamples, seed=seed)

    overall = with_ci(None)
    per_type = []
    for name, block in result["per_type"].items():
        scored = with_ci(name)
        per_type.append(
            {
                "type": name,
                **block,
                "precision_ci": [scored["precision"]["ci_low"], scored["precision"]["ci_high"]],
                "recall_ci": [scored["recall"]["ci_low"], scored["recall"]["ci_high"]],
                "f2_ci": [scored["f2"]["ci_low"], scored["f2"]["ci_high"]],
            }
        )
    per_type.sort(key=lambda r: (-r["support"], r["type"]))
    covered = [round((d["any_pii"]["covered"] or 0) * d["any_pii"]["support"]) for d in per_doc]
    overlap = [round((d["any_pii"]["overlap"] or 0) * d["any_pii"]["support"]) for d in per_doc]
    support = [d["any_pii"]["support"] for d in per_doc]
    any_covered = m.span_scores_with_ci(
        covered, support, covered, support, resamples=resamples, seed=seed
    )["recall"]
    any_overlap = m.span_scores_with_ci(
        overlap, support, overlap, support, resamples=resamples, seed=seed
    )["recall"]
    return {
        "overall": {**result["overall"], "ci": overall},
        "per_type": per_type,
        "any_pii": {**result["any_pii"], "covered_ci": any_covered, "overlap_ci": any_overlap},
        "missed_types": dict(Counter(result["missed_by_type"]).most_common()),
        "ignored_gold": result["ignored_gold"],
        "fp_on_ignored": result["fp_on_ignored"],
        "matching": (
            "a labelled span is found when a prediction of the same (mapped) type "
            "overlaps it; see evaluation/redaction_metrics.py"
        ),
        "n_rows": result["n_rows"],
    }


STOCK_METHOD = (
    f"{STOCK_NAME} (with --stock): Presidio's AnalyzerEngine as shipped - its default "
    "recognizers on the stock en_core_web_sm, no UK recognizers, no allow-list - run on the same "
    "texts and scored by the same scorer. It names what it finds in its own types (PERSON, "
    "LOCATION, PHONE_NUMBER, UK_NHS, EMAIL_ADDRESS, DATE_TIME, US_SSN, ...); those are compared "
    "with the labels as they are, after the labels' own mapping, so it gets type credit only "
    "where its type is ours (PERSON, LOCATION, PHONE_NUMBER, EMAIL_ADDRESS, UK_NHS, CREDIT_CARD, "
    "IBAN_CODE, IP_ADDRESS) and scores 0 recall on types it has no recognizer for (dates of "
    "birth, street addresses, postcodes, NI numbers, bank details). Its 'every character "
    "hidden' share ignores types, so a bank account it redacted as DATE_TIME still counts as "
    "hidden; redactions of types nobody labelled (DATE_TIME on an ordinary date, URL, "
    "ORGANIZATION) count against its precision."
)


def stock_redaction(
    rows: Sequence[Mapping], *, resamples: int, seed: int, show_progress: bool, log
) -> dict:
    """Stock Presidio on the same rows, scored by the same scorer as ours."""
    log(f"running {STOCK_NAME} on the same {len(rows):,} texts")
    analyzer = build_stock_analyzer()
    started = time.perf_counter()
    predicted = list(
        progress(
            stock_spans(analyzer, (r["text"] for r in rows)),
            total=len(rows),
            desc="stock",
            unit="letter",
            show=show_progress,
        )
    )
    seconds = time.perf_counter() - started
    red = redaction_metrics_block(rows, predicted, resamples=resamples, seed=seed)
    return {
        "name": STOCK_NAME,
        "redaction": red,
        # its own types that no label has: all of them count against its precision
        "unlabelled_types": {
            row["type"]: row["predicted"] for row in red["per_type"] if not row["support"]
        },
        "pipeline_seconds": seconds,
        "letters_per_second": len(rows) / seconds if seconds else None,
    }


PRESIDIO_REFERENCE = (
    "presidio-research reports, on synth_dataset_v2.json, vanilla Presidio "
    "P 0.685 / R 0.603 / F2 0.618 and a customised setup P 0.870 / R 0.839 / "
    "F2 0.845 - with its own matching and type rules, so a guide, not a like-"
    "for-like comparison"
)


def redaction_summary(
    red: Mapping, *, source_name: str, synthetic: bool, stock: Mapping | None = None
) -> tuple[list, list]:
    o, ci = red["overall"], red["overall"]["ci"]
    any_pii = red["any_pii"]
    cards = [
        {
            "label": "Personal data found (recall)",
            "value": pct(o["recall"]),
            "detail": f"95% CI {pct(ci['recall']['ci_low'])}–{pct(ci['recall']['ci_high'])}",
        },
        {
            "label": "Redactions that were personal data (precision)",
            "value": pct(o["precision"]),
            "detail": f"95% CI {pct(ci['precision']['ci_low'])}–{pct(ci['precision']['ci_high'])}",
        },
        {
            "label": "F2 (recall weighted)",
            "value": "n/a" if o["f2"] is None else f"{o['f2']:.3f}",
            "detail": f"95% CI {ci['f2']['ci_low']:.3f}–{ci['f2']['ci_high']:.3f}",
        },
        {
            "label": "Fully hidden, any type",
            "value": pct(any_pii["covered"]),
            "detail": f"at least partly: {pct(any_pii['overlap'])}",
        },
    ]
    missed = list(red["missed_types"].items())
    points = [
        {
            "title": "Does personal data get through?",
            "text": (
                f"Of {o['support']:,} labelled personal-data items in {red['n_rows']:,} texts, "
                f"the redactor found {pct(o['recall'])} as the right kind of data (95% CI "
                f"{pct(ci['recall']['ci_low'])}–{pct(ci['recall']['ci_high'])}). Counting any "
                f"redaction whatever its type, {pct(any_pii['covered'])} of items were hidden "
                f"completely and {pct(any_pii['overlap'])} at least in part - the rest would "
                "reach the later stages and the suggested reply."
            ),
        },
        {
            "title": "What kinds of data does it miss?",
            "text": (
                "Missed items by type (never the values): "
                + ", ".join(f"{t} {n:,}" for t, n in missed[:8])
                + ("." if missed else "none.")
            )
            if missed
            else "It missed no labelled item.",
        },
        {
            "title": "Does it hide too much?",
            "text": (
                f"{pct(o['precision'])} of what it redacted was labelled personal data. "
                "Over-redaction hides ordinary words from the caseworker's suggestions; it "
                "costs usefulness, not privacy."
            ),
        },
    ]
    if stock is not None:
        so, sa = stock["overall"], stock["any_pii"]
        cards.append(
            {
                "label": f"Fully hidden, any type: {STOCK_NAME}",
                "value": pct(sa["covered"]),
                "detail": f"recall {pct(so['recall'])}, precision {pct(so['precision'])}",
            }
        )
        points.append(
            {
                "title": f"Against {STOCK_NAME}",
                "text": (
                    f"On the same texts, {STOCK_NAME} as shipped (default recognizers, stock "
                    f"en_core_web_sm) hid every character of {pct(sa['covered'])} of the "
                    f"labelled items (this redactor: {pct(any_pii['covered'])}); it found "
                    f"{pct(so['recall'])} as the right kind of data (this redactor: "
                    f"{pct(o['recall'])}) and {pct(so['precision'])} of what it redacted was "
                    f"labelled personal data (this redactor: {pct(o['precision'])})."
                ),
            }
        )
    if "presidio" in source_name.lower():
        points.append({"title": "Against published figures", "text": PRESIDIO_REFERENCE + "."})
    if synthetic:
        points.append(
            {
                "title": "Synthetic data",
                "text": "These texts were generated, not written by citizens: real letters "
                "are messier, so treat these figures as an upper bound.",
            }
        )
    return cards, points


def evaluate_redaction(
    pii_path: Path,
    report_dir: Path,
    *,
    title: str | None = None,
    synthetic: bool = False,
    seed: int = m.DEFAULT_SEED,
    resamples: int = m.DEFAULT_RESAMPLES,
    settings: Settings | None = None,
    pipeline: Pipeline | None = None,
    allow_list: list[str] | None = None,
    stock: bool = False,
    show_progress: bool = True,
    log=None,
) -> dict:
    """Run the redactor over labelled personal data; write metrics.json and report.html.
    ``allow_list``: the deployment's own addresses (replaces the setting for this run).
    ``stock``: also run stock Presidio on the same rows and write its scores beside ours
    (``metrics["stock"]``)."""
    log = log or (lambda message: print(message, file=sys.stderr))
    settings = settings or get_settings()
    started = time.perf_counter()
    pii_path, report_dir = Path(pii_path), Path(report_dir)
    rows = load_pii(pii_path)
    too_long = [i for i, r in enumerate(rows, 1) if len(r["text"]) > settings.max_letter_chars]
    if too_long:
        raise InputError(pii_path, too_long[0], "text over CASEWORK_MAX_LETTER_CHARS")
    if allow_list is not None:
        settings = settings.model_copy(update={"redaction_allow_list": list(allow_list)})
    if pipeline is None:
        pipeline = build_pipeline(settings, load_index=False)
    run_started = time.perf_counter()
    predicted = redact_rows(pipeline, rows, show_progress=show_progress)
    run_seconds = time.perf_counter() - run_started
    log(f"scoring spans ({resamples} bootstrap resamples over documents, seed {seed})")
    red = redaction_metrics_block(rows, predicted, resamples=resamples, seed=seed)
    stock_block = (
        stock_redaction(rows, resamples=resamples, seed=seed, show_progress=show_progress, log=log)
        if stock
        else None
    )
    synthetic = synthetic or all(r.get("synthetic") for r in rows)
    cards, summary = redaction_summary(
        red,
        source_name=pii_path.name,
        synthetic=synthetic,
        stock=stock_block["redaction"] if stock_block else None,
    )
    notes = []
    if red["ignored_gold"]:
        notes.append(
            "Labelled types not treated as personal data here (neither found nor "
            "missed): " + ", ".join(f"{k} {v:,}" for k, v in red["ignored_gold"].items())
        )
    if red["fp_on_ignored"]:
        notes.append(
            "Redactions that landed on those types (counted against precision): "
            + ", ".join(f"{k} {v:,}" for k, v in red["fp_on_ignored"].items())
        )
    red["notes"] = notes
    metrics = {
        "kind": "redaction",
        "schema_version": 1,
        "title": title or f"Redaction evaluation: {pii_path.name}",
        "synthetic": synthetic,
        "dataset": {"path": str(pii_path), "rows": len(rows)},
        "redaction": red,
        "summary": summary,
        "cards": cards,
        "settings": {
            "resamples": resamples,
            "seed": seed,
            "score_threshold": getattr(settings, "redaction_score_threshold", None),
            "allow_list_phrases": len(settings.redaction_allow_list),
        },
        "method": [
            "Span level: " + red["matching"] + ".",
            "Gold types are mapped to the redactor's (US identifiers to their UK counterparts, "
            "GPE to LOCATION, ZIP_CODE to UK_POSTCODE); organisations, titles, ages, ordinary "
            "dates and URLs are not personal data here and are ignored.",
            "Precision: predicted spans that overlap a labelled span of the same type (or sit "
            "inside a labelled address). Recall: labelled spans overlapped by a prediction of the "
            "same type. F2 = 5PR / (4P + R): recall counts twice.",
            "'Any type' coverage: share of labelled items whose every letter and digit was "
            "redacted by some prediction, whatever its type - the privacy figure.",
            f"95% CIs: percentile bootstrap over texts ({resamples} resamples, seed {seed}).",
            "No text or value from the data appears in this report or metrics.json.",
        ],
        "timing": {
            "pipeline_seconds": run_seconds,
            "letters_per_second": len(rows) / run_seconds if run_seconds else None,
            "stages": {},
            "total_seconds": None,
        },
        "reproducibility": reproducibility(
            settings, index_dir=None, seed=seed, files={"pii": pii_path}
        ),
    }
    if stock_block:
        metrics["stock"] = stock_block
        metrics["method"].append(STOCK_METHOD)
    metrics["timing"]["total_seconds"] = time.perf_counter() - started
    write_report(metrics, report_dir)
    return metrics
