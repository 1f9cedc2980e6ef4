"""Reproduce the redaction figures: ``casework measure redaction``.

Prints per-entity precision / recall / F2 on

(a) the synthetic UK set (``generate_uk_pii_set(n=1000, seed=0)``: SYNTHETIC letters), with
    the throughput of ``Redactor.redact_many`` on it, and
(b) the presidio-research file ``../shared/data/pii/presidio_synth_dataset_v2.json``
    (all 1,500 rows; US/international-flavoured synthetic text), when present.

Only types and rates are printed, never text or values.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from contracts.models import Letter
from contracts.settings import PROJECT_ROOT
from evaluation.redaction_metrics import (
    evaluate_redaction,
    format_report,
    load_presidio_research,
)
from evaluation.synthetic.uk_pii import generate_uk_pii_set
from redaction import build_redactor

DEFAULT_PRESIDIO = (
    PROJECT_ROOT.parent / "shared" / "data" / "pii" / "presidio_synth_dataset_v2.json"
)


def run(redactor, rows, batch_size: int) -> tuple[list, float]:
    started = time.perf_counter()
    predicted = list(
        redactor.redact_many(
            (Letter(id=r["id"], text=r["text"]) for r in rows), batch_size=batch_size
        )
    )
    return predicted, time.perf_counter() - started


def measure_redaction(
    *,
    n: int = 1000,
    seed: int = 0,
    batch_size: int = 32,
    presidio: Path | None = DEFAULT_PRESIDIO,
    presidio_limit: int | None = None,
    json_out: Path | None = None,
) -> dict:
    """Print the figures (types and rates only) and return them; also written to ``json_out``."""
    started = time.perf_counter()
    redactor = build_redactor().load()
    load_seconds = time.perf_counter() - started
    out: dict = {"load_seconds": round(load_seconds, 2)}
    print(f"Redactor loaded in {load_seconds:.1f} s ({redactor!r})")

    rows = generate_uk_pii_set(n, seed=seed)
    run(redactor, generate_uk_pii_set(20, seed=seed + 10_000), batch_size)  # warm-up
    predicted, seconds = run(redactor, rows, batch_size)
    result = evaluate_redaction(rows, predicted)
    chars = sum(len(r["text"]) for r in rows)
    rate = len(rows) / seconds
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print()
    print(
        format_report(result, f"(a) SYNTHETIC UK letters: generate_uk_pii_set(n={n}, seed={seed})")
    )
    print(
        f"redact_many: {rate:.1f} letters/s ({chars / len(rows):.0f} chars/letter average, "
        f"batch_size={batch_size}, {seconds:.1f} s; 1-min load average {load:.1f} on "
        f"{os.cpu_count()} CPUs)"
    )
    out["synthetic"] = {
        "n": n,
        "seed": seed,
        "letters_per_second": round(rate, 2),
        "result": result,
    }

    if presidio and presidio.is_file():
        prow = load_presidio_research(presidio, limit=presidio_limit)
        ppred, pseconds = run(redactor, prow, batch_size)
        presult = evaluate_redaction(prow, ppred)
        print()
        print(format_report(presult, f"(b) presidio-research {presidio.name} ({len(prow)} rows)"))
        print(f"redact_many: {len(prow) / pseconds:.1f} texts/s")
        out["presidio_research"] = {
            "rows": len(prow),
            "result": presult,
            "texts_per_second": round(len(prow) / pseconds, 2),
        }
    else:
        print(f"\n(b) presidio-research file not found at {presidio}: skipped", file=sys.stderr)

    if json_out:
        json_out.write_text(json.dumps(out, indent=2))
    return out
