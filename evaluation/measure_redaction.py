"""Reproduce the redaction figures: ``python -m evaluation.measure_redaction``.

Prints per-entity precision / recall / F2 on

(a) the synthetic UK set (``generate_uk_pii_set(n=1000, seed=0)``: SYNTHETIC letters), with
    the throughput of ``Redactor.redact_many`` on it, and
(b) the presidio-research file ``../shared/data/pii/presidio_synth_dataset_v2.json``
    (all 1,500 rows; US/international-flavoured synthetic text), when present.

Only types and rates are printed, never text or values.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from evaluation.pii_synth import generate_uk_pii_set
from evaluation.redaction_metrics import evaluate_redaction, format_report, load_presidio_research

DEFAULT_PRESIDIO = (Path(__file__).resolve().parents[2] / "shared" / "data" / "pii"
                    / "presidio_synth_dataset_v2.json")


def run(redactor, rows, batch_size: int) -> tuple[list, float]:
    from contracts.models import Letter

    started = time.perf_counter()
    predicted = list(redactor.redact_many((Letter(id=r["id"], text=r["text"]) for r in rows),
                                          batch_size=batch_size))
    return predicted, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1000, help="synthetic letters (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="synthetic seed (default 0)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--presidio", type=Path, default=DEFAULT_PRESIDIO,
                        help="presidio-research JSON (skipped when missing)")
    parser.add_argument("--presidio-limit", type=int, default=None)
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = parser.parse_args(argv)

    from redaction import build_redactor

    started = time.perf_counter()
    redactor = build_redactor().load()
    load_seconds = time.perf_counter() - started
    out: dict = {"load_seconds": round(load_seconds, 2)}
    print(f"Redactor loaded in {load_seconds:.1f} s ({redactor!r})")

    rows = generate_uk_pii_set(args.n, seed=args.seed)
    run(redactor, generate_uk_pii_set(20, seed=args.seed + 10_000), args.batch_size)  # warm-up
    predicted, seconds = run(redactor, rows, args.batch_size)
    result = evaluate_redaction(rows, predicted)
    chars = sum(len(r["text"]) for r in rows)
    rate = len(rows) / seconds
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print()
    print(format_report(result, f"(a) SYNTHETIC UK letters: generate_uk_pii_set(n={args.n}, "
                                f"seed={args.seed})"))
    print(f"redact_many: {rate:.1f} letters/s ({chars / len(rows):.0f} chars/letter average, "
          f"batch_size={args.batch_size}, {seconds:.1f} s; 1-min load average {load:.1f} on "
          f"{os.cpu_count()} CPUs)")
    out["synthetic"] = {"n": args.n, "seed": args.seed, "letters_per_second": round(rate, 2),
                        "result": result}

    if args.presidio and args.presidio.is_file():
        prow = load_presidio_research(args.presidio, limit=args.presidio_limit)
        ppred, pseconds = run(redactor, prow, args.batch_size)
        presult = evaluate_redaction(prow, ppred)
        print()
        print(format_report(presult, f"(b) presidio-research {args.presidio.name} "
                                     f"({len(prow)} rows)"))
        print(f"redact_many: {len(prow) / pseconds:.1f} texts/s")
        out["presidio_research"] = {"rows": len(prow), "result": presult,
                                    "texts_per_second": round(len(prow) / pseconds, 2)}
    else:
        print(f"\n(b) presidio-research file not found at {args.presidio}: skipped",
              file=sys.stderr)

    if args.json:
        args.json.write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
