"""Memory and CPU of `casework triage`'s process tree (the main process, its workers, the
resource tracker) on the throughput benchmark's letters, sampled while it runs.

The pipeline is the one the settings build (so ``CASEWORK_*`` variables choose what is
measured), with the router `casework train` makes, trained once on the throughput benchmark's
training cases and reused (:func:`benchmarks.throughput.saved_router_dir`). Each run is a
process of its own; ``--repeats`` runs, one after another. This process samples the run's
process tree every ``--every`` seconds and sums over its processes (from
``/proc/<pid>/smaps_rollup``, :func:`benchmarks.streaming_memory.tree_memory`):

    RSS  resident pages of each process, a page shared by n of them counted n times (what a
         summed peak RSS, the issue's measure, counts);
    PSS  each page divided by the number of processes that map it, so a page the processes
         share counts once over the tree: the fair sum over processes that share pages;
    USS  pages only that process maps (what ending it would free).

Reported: the peak of each sum over the run, its median while letters are being triaged (steady),
the sum of the processes' own peaks (VmHWM, what `benchmarks.throughput` reports), the CPU
seconds of every process in the tree over the timed run, and a hash of the results' ``repr``.

Workers forked from a fork server that imported Presidio and spaCy once (``forkserver``) were
compared with spawned ones by this benchmark at commit e2fc4e8 (benchmarks/README.md: no
saving, not kept).

Run:  python -m benchmarks.worker_memory [--letters 300] [--repeats 2]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.streaming_memory import process_tree, tree_memory, tree_peak_rss_mb


def tree_cpu_seconds(pid: int) -> dict[int, float]:
    """User + system CPU seconds of ``pid`` and each live descendant (``/proc/<pid>/stat``)."""
    ticks = os.sysconf("SC_CLK_TCK")
    out = {}
    for member in process_tree(pid):
        try:
            stat = Path(f"/proc/{member}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()  # after the command name
        out[member] = (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    return out


def run_once(letters: int, batch_size: int, cache: Path, marker: Path) -> dict:
    """In the run's own process: build the pipeline, triage, report."""
    from benchmarks import throughput
    from benchmarks.throughput import _letter, build_ours, saved_router_dir, workload

    throughput.CACHE = cache
    data = workload(letters)
    # the router `casework train` makes, trained once for every run (same cases, same router)
    pipeline = build_ours(data, batch_size, saved_router_dir(data))
    # warm-up, as benchmarks.throughput: the workers start and load their models
    list(pipeline.run(_letter(r) for r in data["test"][: 2 * batch_size]))
    cpu_before = tree_cpu_seconds(os.getpid())
    marker.write_text("running")
    started = time.perf_counter()
    results = list(pipeline.run(_letter(r) for r in data["test"]))
    elapsed = time.perf_counter() - started
    marker.write_text("done")
    cpu_after = tree_cpu_seconds(os.getpid())
    cpu = {
        ("main" if pid == os.getpid() else str(pid)): seconds - cpu_before.get(pid, 0.0)
        for pid, seconds in cpu_after.items()
    }
    peak_hwm = tree_peak_rss_mb(os.getpid())
    pipeline.close()
    return {
        "letters": len(results),
        "seconds": elapsed,
        "cpu_seconds": cpu,
        "cpu_total": sum(cpu.values()),
        "sum_of_peaks_mb": peak_hwm,
        "results_sha256": hashlib.sha256(repr(results).encode()).hexdigest(),
    }


def measure(args: argparse.Namespace, tmp: Path, run: int) -> dict:
    out, marker = tmp / f"run-{run}.json", tmp / f"run-{run}.phase"
    command = [sys.executable, "-m", "benchmarks.worker_memory", "--child"]
    command += ["--letters", str(args.letters), "--batch-size", str(args.batch_size)]
    command += ["--cache", str(args.cache), "--out", str(out), "--marker", str(marker)]
    child = subprocess.Popen(command)
    samples: list[tuple[str, dict[str, float]]] = []
    while child.poll() is None:
        sums = tree_memory(child.pid)
        if sums is not None:
            phase = marker.read_text() if marker.exists() else "setup"
            samples.append((phase, sums))
        time.sleep(args.every)
    if child.returncode:
        raise SystemExit(f"run {run + 1} failed ({child.returncode})")
    result = json.loads(out.read_text())
    running = [s for phase, s in samples if phase == "running"]
    for key in ("rss", "pss", "uss"):
        result[f"peak_{key}_mb"] = max(s[key] for _, s in samples)
        result[f"steady_{key}_mb"] = statistics.median(s[key] for s in running) if running else 0
    result["samples"] = len(samples)
    return result


def table(runs: list[dict]) -> str:
    columns = [
        ("sum of peaks (VmHWM)", "sum_of_peaks_mb", "{:.0f}"),
        ("peak RSS sum", "peak_rss_mb", "{:.0f}"),
        ("peak PSS sum", "peak_pss_mb", "{:.0f}"),
        ("peak USS sum", "peak_uss_mb", "{:.0f}"),
        ("steady RSS sum", "steady_rss_mb", "{:.0f}"),
        ("steady PSS sum", "steady_pss_mb", "{:.0f}"),
        ("steady USS sum", "steady_uss_mb", "{:.0f}"),
        ("CPU s (tree)", "cpu_total", "{:.1f}"),
        ("results", "results_sha256", "{:.12}"),
    ]
    lines = [
        "| run | " + " | ".join(name for name, _, _ in columns) + " |",
        "| ---: | " + " | ".join("---:" for _ in columns) + " |",
    ]
    for i, run in enumerate(runs):
        cells = [fmt.format(run[key]) for _, key, fmt in columns]
        lines.append(f"| {i + 1} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=300)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--every", type=float, default=0.5, help="seconds between samples")
    parser.add_argument("--cache", type=Path, default=Path("var/bench/cache"))
    parser.add_argument("--json", type=Path, default=Path("var/bench/worker_memory.json"))
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--marker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        result = run_once(args.letters, args.batch_size, args.cache, args.marker)
        args.out.write_text(json.dumps(result))
        return
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for repeat in range(args.repeats):
            print(f"run {repeat + 1} of {args.repeats}...", file=sys.stderr)
            runs.append(measure(args, Path(tmp), repeat))
    print(
        f"\n{args.letters} letters of the throughput mix, batches of {args.batch_size}, "
        f"{args.repeats} runs; MB, summed over the process tree\n"
    )
    print(table(runs))
    print("\nsame results in every run:", len({run["results_sha256"] for run in runs}) == 1)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(runs, indent=2))


if __name__ == "__main__":
    main()
