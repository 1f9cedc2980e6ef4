"""Ray against the built-in worker processes on the same letters, and the numbers a scaling model
for N machines needs (letters/s per core, overhead per batch, start-up).

Letters: the throughput benchmark's real letters (CFPB complaint narratives and GOV.UK snippets
from ../shared/data), written to one JSONL file. Runs, one after another on this machine:

- built-in: the pipeline ``casework triage`` runs (two worker processes), in this process;
- Ray: ``pipeline.ray_engine.run`` on a local cluster of this machine's cores, with one actor per
  core, at several batch sizes, and with one actor (per-core rate).

For each run: wall time end to end (start-up included), time to the first result, and the
steady rate (letters after the first result over the time after it). The per-batch overhead o
and the per-core rate r come from a least-squares fit of the steady per-actor time per letter
against 1 / batch size: ``actors / rate = o / b + 1 / r``.

    python -m benchmarks.ray_scaling [--letters 1000] [--batch-sizes 8 32 128] [--only ray]

Writes var/bench/ray_scaling.json and prints a table.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from benchmarks.throughput import workload
from contracts.io import RowSpec, read_rows
from contracts.models import Letter
from contracts.settings import get_settings
from pipeline import ray_engine
from pipeline.factory import build_pipeline
from pipeline.output import result_json
from pipeline.ray_engine import ShardWriter, id_key

OUT = Path("var/bench")


def write_letters(n: int, path: Path) -> list[str]:
    rows = workload(n)["test"]
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(
                json.dumps({"id": row["id"], "text": row["text"]}, ensure_ascii=False) + "\n"
            )
    return [row["id"] for row in rows]


def run_builtin(letters: Path, index_dir: Path, out: Path) -> dict:
    """The built-in engine in this process, as `casework triage` runs it (its worker processes
    included), timed the same way as the Ray runs: from before the pipeline is built, with the
    time of the first result and of each result after it."""
    settings = get_settings()
    started = time.perf_counter()
    pipeline = build_pipeline(settings, index_dir, batch_size=32)
    spec = RowSpec(required=("id", "text"))
    timeline = []
    with open(out, "w", encoding="utf-8") as handle:
        for n, result in enumerate(
            pipeline.run(
                Letter(id=row["id"], text=row["text"]) for _, row in read_rows(letters, spec)
            ),
            1,
        ):
            handle.write(result_json(result) + "\n")
            timeline.append((time.perf_counter() - started, n))
    wall = time.perf_counter() - started
    pipeline.close()
    first_t, first_n = timeline[0]
    last_t, last_n = timeline[-1]
    return {
        "engine": "builtin",
        "workers": settings.pipeline_workers,
        "wall_s": wall,
        "letters": last_n,
        "first_result_s": first_t,
        "steady_letters_per_s": (last_n - first_n) / (last_t - first_t),
        "end_to_end_letters_per_s": last_n / wall,
    }


def run_ray(
    letters: Path, index_dir: Path, out_dir: Path, ids: list[str], *, actors: int, batch_size: int
) -> dict:
    shutil.rmtree(out_dir, ignore_errors=True)
    stats = ray_engine.run(
        letters,
        index_dir,
        out_dir,
        input_ids=ids,
        actors=actors,
        batch_size=batch_size,
        rows_per_shard=500,
    )
    timeline = stats.timeline
    first_t, first_n = next((t, n) for t, n in timeline if n > 0)
    last_t, last_n = timeline[-1]
    steady = (last_n - first_n) / (last_t - first_t) if last_t > first_t else float("nan")
    return {
        "engine": "ray",
        "actors": actors,
        "batch_size": batch_size,
        "wall_s": stats.seconds,
        "letters": stats.written,
        "first_result_s": stats.first_result_s,
        "steady_letters_per_s": steady,
        "end_to_end_letters_per_s": stats.letters_per_s,
        **{f"actors_{k}": v for k, v in stats.account().items()},
    }


def driver_ceiling(rows_file: Path, repeat: int = 20) -> dict:
    """Rows a second the driver can take in and write as shards (its share of every letter:
    hash the id, buffer, write, fsync, rename), on real output rows: the limit no number of
    actors can pass. Ray's transfer of the rows to the driver is not in it."""
    rows = [line.rstrip("\n") for line in rows_file.read_text(encoding="utf-8").splitlines()]
    with tempfile.TemporaryDirectory() as folder:
        writer = ShardWriter(Path(folder), rows_per_shard=1000)
        started = time.perf_counter()
        seen = set()
        for n in range(repeat):
            for i, row in enumerate(rows):
                key = id_key(f"{n}-{i}")
                if key not in seen:
                    seen.add(key)
                    writer.add(row)
        writer.flush()
        seconds = time.perf_counter() - started
    count = repeat * len(rows)
    return {
        "rows": count,
        "seconds": seconds,
        "rows_per_s": count / seconds,
        "mean_row_bytes": sum(len(r.encode()) for r in rows) / len(rows),
    }


def fit(runs: list[dict]) -> dict:
    """The scaling model's numbers, measured inside the actors (see RayRun.account): pipeline
    letters per second of one core's work, the gap between one actor's batches, start-up; with
    the least-squares check ``actors / rate = o / b + 1 / r`` over the batch sizes."""
    most = max(r["actors"] for r in runs)
    mine = [r for r in runs if r["actors"] == most and r.get("actors_work_s")]
    if not mine:
        return {}
    letters = sum(r["letters"] for r in mine)
    work = sum(r["actors_work_s"] for r in mine)
    model = {
        "actors": most,
        "letters_per_s_per_core": letters / work,
        "overhead_per_batch_s": {r["batch_size"]: r["actors_overhead_per_batch_s"] for r in mine},
        "startup_s": {r["batch_size"]: r["actors_startup_s"] for r in mine},
    }
    points = [
        (1 / r["batch_size"], r["actors"] / r["actors_letters_per_s_while_busy"])
        for r in mine
        if r.get("actors_letters_per_s_while_busy")
    ]
    if len(points) >= 2:
        x, y = np.array(points).T
        slope, intercept = np.polyfit(x, y, 1)
        model["fit"] = {
            "overhead_per_batch_s": float(slope),
            "letters_per_s_per_core": float(1 / intercept) if intercept > 0 else None,
        }
    return model


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--batch-sizes", type=int, nargs="+", default=[8, 32, 128])
    parser.add_argument("--only", choices=("builtin", "ray"), default=None)
    args = parser.parse_args()
    settings = get_settings()
    index_dir = Path(settings.index_dir)
    if not (index_dir / "manifest.json").is_file():
        sys.exit(f"no index at {index_dir}: run `make index` first")
    letters = OUT / "ray_letters.jsonl"
    ids = write_letters(args.letters, letters)
    cores = os.cpu_count() or 1
    results: list[dict] = []
    load = os.getloadavg()
    if args.only != "ray":
        results.append(run_builtin(letters, index_dir, OUT / "ray_builtin_out.jsonl"))
        print(json.dumps(results[-1]), flush=True)

    ray_runs: list[dict] = []
    if args.only != "builtin":
        ray_engine.connect(num_cpus=cores)
    for batch_size in args.batch_sizes if args.only != "builtin" else []:
        ray_runs.append(
            run_ray(letters, index_dir, OUT / "ray_out", ids, actors=cores, batch_size=batch_size)
        )
        print(json.dumps(ray_runs[-1]), flush=True)
    if cores > 1 and args.only != "builtin":
        ray_runs.append(run_ray(letters, index_dir, OUT / "ray_out", ids, actors=1, batch_size=32))
        print(json.dumps(ray_runs[-1]), flush=True)
    ray_engine.shutdown()
    results += ray_runs
    model = fit(ray_runs)
    if (OUT / "ray_builtin_out.jsonl").is_file():
        model["driver"] = driver_ceiling(OUT / "ray_builtin_out.jsonl")
    report = {
        "letters": len(ids),
        "cores": cores,
        "load_average_at_start": load,
        "runs": results,
        "model": model,
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    name = "ray_scaling.json" if args.only is None else f"ray_scaling_{args.only}.json"
    (OUT / name).write_text(json.dumps(report, indent=2))
    print(f"\n{len(ids)} letters, {cores} cores, load average at start {load[0]:.1f}")
    print(
        f"{'run':<28} {'wall s':>8} {'first s':>8} {'steady l/s':>11} {'busy l/s':>9} "
        f"{'l/s/core':>9} {'gap ms':>7}"
    )
    for r in results:
        name = (
            f"built-in, {r['workers']} workers"
            if r["engine"] == "builtin"
            else f"ray, {r['actors']} actor(s), b={r['batch_size']}"
        )
        first = r.get("first_result_s") or 0
        busy = r.get("actors_letters_per_s_while_busy") or float("nan")
        core = r.get("actors_letters_per_work_s") or float("nan")
        gap = (r.get("actors_overhead_per_batch_s") or float("nan")) * 1000
        print(
            f"{name:<28} {r['wall_s']:>8.1f} {first:>8.1f} {r['steady_letters_per_s']:>11.1f} "
            f"{busy:>9.1f} {core:>9.1f} {gap:>7.0f}"
        )
    if model:
        print(
            f"model: {model['letters_per_s_per_core']:.1f} letters/s per core of pipeline "
            f"work; gap between batches (ms): "
            + ", ".join(
                f"b={b}: {v * 1000:.0f}"
                for b, v in model["overhead_per_batch_s"].items()
                if v is not None
            )
        )
    if "driver" in model:
        print(
            f"driver: {model['driver']['rows_per_s']:.0f} rows/s written as shards "
            f"({model['driver']['mean_row_bytes'] / 1024:.1f} KiB a row)"
        )


if __name__ == "__main__":
    main()
