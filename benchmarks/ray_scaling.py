"""Ray against the built-in worker processes on the same letters, and the numbers a scaling model
for N machines needs (letters/s per core, overhead per batch, start-up).

Letters: the throughput benchmark's real letters (CFPB complaint narratives and GOV.UK snippets
from ../shared/data), written to one JSONL file. Runs, one after another on this machine:

- built-in: ``casework triage IN --index DIR -o OUT`` (two worker processes), as a user runs it;
- Ray: ``pipeline.ray_engine.run`` on a local cluster of this machine's cores, with one actor per
  core, at several batch sizes, and with one actor (per-core rate).

For each run: wall time end to end (start-up included), time to the first result, and the
steady rate (letters after the first result over the time after it). The per-batch overhead o
and the per-core rate r come from a least-squares fit of the steady per-actor time per letter
against 1 / batch size: ``actors / rate = o / b + 1 / r``.

    python -m benchmarks.ray_scaling [--letters 1000] [--batch-sizes 8 32 128]

Writes var/bench/ray_scaling.json and prints a table.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from benchmarks.throughput import workload
from contracts.settings import get_settings

OUT = Path("var/bench")


def write_letters(n: int, path: Path) -> list[str]:
    rows = workload(n)["test"]
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps({"id": row["id"], "text": row["text"]}, ensure_ascii=False)
                         + "\n")
    return [row["id"] for row in rows]


def run_builtin(letters: Path, index_dir: Path, out: Path) -> dict:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "cli.main", "triage", str(letters), "--index",
                           str(index_dir), "-o", str(out)], capture_output=True, text=True,
                          check=True)
    wall = time.perf_counter() - started
    # "triaged N letters in Xs (Y letters/s; ...)": the time after the pipeline was built
    match = re.search(r"triaged (\d+) letters in ([\d.]+)s", done.stderr.replace("\n", " "))
    letters_n, pipeline_s = int(match.group(1)), float(match.group(2))
    return {"engine": "builtin", "workers": get_settings().pipeline_workers, "wall_s": wall,
            "letters": letters_n, "run_s": pipeline_s, "steady_letters_per_s": letters_n / pipeline_s,
            "startup_s": wall - pipeline_s}


def run_ray(letters: Path, index_dir: Path, out_dir: Path, ids: list[str], *, actors: int,
            batch_size: int) -> dict:
    from pipeline import ray_engine

    import shutil

    shutil.rmtree(out_dir, ignore_errors=True)
    stats = ray_engine.run(letters, index_dir, out_dir, input_ids=ids, actors=actors,
                           batch_size=batch_size, rows_per_shard=500)
    timeline = stats.timeline
    first_t, first_n = next((t, n) for t, n in timeline if n > 0)
    last_t, last_n = timeline[-1]
    steady = (last_n - first_n) / (last_t - first_t) if last_t > first_t else float("nan")
    return {"engine": "ray", "actors": actors, "batch_size": batch_size, "wall_s": stats.seconds,
            "letters": stats.written, "first_result_s": stats.first_result_s,
            "steady_letters_per_s": steady, "end_to_end_letters_per_s": stats.letters_per_s}


def driver_ceiling(rows_file: Path, repeat: int = 20) -> dict:
    """Rows a second the driver can take in and write as shards (its share of every letter:
    hash the id, buffer, write, fsync, rename), on real output rows: the limit no number of
    actors can pass. Ray's transfer of the rows to the driver is not in it."""
    import tempfile

    from pipeline.ray_engine import ShardWriter, id_key

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
    return {"rows": count, "seconds": seconds, "rows_per_s": count / seconds,
            "mean_row_bytes": sum(len(r.encode()) for r in rows) / len(rows)}


def fit(runs: list[dict]) -> dict:
    """actors / rate = o / b + 1 / r over the Ray runs with the most actors."""
    most = max(r["actors"] for r in runs)
    points = [(1 / r["batch_size"], r["actors"] / r["steady_letters_per_s"])
              for r in runs if r["actors"] == most]
    if len(points) < 2:
        return {}
    x, y = np.array(points).T
    slope, intercept = np.polyfit(x, y, 1)
    return {"overhead_per_batch_s": float(slope), "seconds_per_letter_per_core": float(intercept),
            "letters_per_s_per_core": float(1 / intercept) if intercept > 0 else None,
            "actors": most}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--batch-sizes", type=int, nargs="+", default=[8, 32, 128])
    parser.add_argument("--skip-builtin", action="store_true")
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
    if not args.skip_builtin:
        results.append(run_builtin(letters, index_dir, OUT / "ray_builtin_out.jsonl"))
        print(json.dumps(results[-1]), flush=True)
    from pipeline import ray_engine

    ray_engine.connect(num_cpus=cores)
    ray_runs = []
    for batch_size in args.batch_sizes:
        ray_runs.append(run_ray(letters, index_dir, OUT / "ray_out", ids, actors=cores,
                                batch_size=batch_size))
        print(json.dumps(ray_runs[-1]), flush=True)
    if cores > 1:
        ray_runs.append(run_ray(letters, index_dir, OUT / "ray_out", ids, actors=1,
                                batch_size=32))
        print(json.dumps(ray_runs[-1]), flush=True)
    ray_engine.shutdown()
    results += ray_runs
    model = fit(ray_runs)
    if (OUT / "ray_builtin_out.jsonl").is_file():
        model["driver"] = driver_ceiling(OUT / "ray_builtin_out.jsonl")
    report = {"letters": len(ids), "cores": cores, "load_average_at_start": load,
              "runs": results, "model": model,
              "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    (OUT / "ray_scaling.json").write_text(json.dumps(report, indent=2))
    print(f"\n{len(ids)} letters, {cores} cores, load average at start {load[0]:.1f}")
    print(f"{'run':<28} {'wall s':>8} {'first s':>8} {'steady l/s':>11}")
    for r in results:
        name = ("built-in, %d workers" % r["workers"] if r["engine"] == "builtin"
                else f"ray, {r['actors']} actor(s), b={r['batch_size']}")
        first = r.get("first_result_s") or r.get("startup_s") or 0
        print(f"{name:<28} {r['wall_s']:>8.1f} {first:>8.1f} {r['steady_letters_per_s']:>11.1f}")
    if "overhead_per_batch_s" in model:
        print(f"fit: {model['overhead_per_batch_s'] * 1000:.0f} ms overhead per batch, "
              f"{model['letters_per_s_per_core']:.1f} letters/s per core")
    if "driver" in model:
        print(f"driver: {model['driver']['rows_per_s']:.0f} rows/s written as shards "
              f"({model['driver']['mean_row_bytes'] / 1024:.1f} KiB a row)")


if __name__ == "__main__":
    main()
