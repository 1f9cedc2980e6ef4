"""Memory and CPU of `casework triage`'s process tree with each way of starting the workers.

    spawn:      each worker imports Presidio, spaCy and the rest itself (the default)
    forkserver: the workers are forked from one clean process that imported them once
                (:mod:`pipeline.worker_preload`), sharing those pages copy-on-write

Each variant runs in a process of its own on the same letters of the throughput benchmark's mix
(its router is the hybrid `casework train` makes, trained in a process of its own, as there),
alternately, ``--repeats`` times. This process samples the variant's process tree every
``--every`` seconds and sums over its processes:

    RSS  resident pages of each process, a page shared by n of them counted n times (what a
         summed peak RSS, the issue's measure, counts);
    PSS  each page divided by the number of processes that map it, so a page shared by the
         workers (and the fork server) counts once over the tree: the fair sum over processes
         that share pages. (Pages of shared libraries also mapped by processes outside the
         tree, such as other Python programs on the machine, are divided by those too, so PSS
         is a slight undercount of the tree's own memory; it is the same for both variants.)
    USS  pages only that process maps (what ending it would free).

Reported: the peak of each sum over the run, its median while letters are being triaged (steady),
the sum of the processes' own peaks (VmHWM, what `benchmarks.throughput` reports), the CPU
seconds of every process in the tree over the timed run, and a hash of the results' ``repr``
(the variants must give identical results).

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

from benchmarks.streaming_memory import process_tree, tree_peak_rss_mb

METHODS = ("spawn", "forkserver")


def smaps_rollup_kb(pid: int) -> dict[str, int]:
    """Rss, Pss and private pages of one process, in kB (empty if it has gone)."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return {}
    fields = {}
    for line in text.splitlines()[1:]:
        name, _, rest = line.partition(":")
        parts = rest.split()
        if parts and parts[0].isdigit():
            fields[name] = int(parts[0])
    return fields


def tree_memory(pid: int) -> dict[str, float] | None:
    """RSS, PSS and USS summed over ``pid`` and its descendants, in MB."""
    sums = {"rss": 0.0, "pss": 0.0, "uss": 0.0}
    for member in process_tree(pid):
        fields = smaps_rollup_kb(member)
        if not fields:
            continue
        sums["rss"] += fields.get("Rss", 0) / 1024
        sums["pss"] += fields.get("Pss", 0) / 1024
        sums["uss"] += (fields.get("Private_Clean", 0) + fields.get("Private_Dirty", 0)) / 1024
    return sums if sums["rss"] else None


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


def run_variant(method: str, letters: int, batch_size: int, cache: Path, marker: Path) -> dict:
    """In the variant's own process: build the pipeline, triage, report."""
    from benchmarks import throughput
    from benchmarks.throughput import _letter, build_ours, saved_router_dir, workload

    throughput.CACHE = cache
    data = workload(letters)
    # the router `casework train` makes, trained once for every run (same cases, same router)
    pipeline = build_ours(data, batch_size, saved_router_dir(data))
    pipeline.worker_start = method
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
        "method": method,
        "letters": len(results),
        "seconds": elapsed,
        "cpu_seconds": cpu,
        "cpu_total": sum(cpu.values()),
        "sum_of_peaks_mb": peak_hwm,
        "results_sha256": hashlib.sha256(repr(results).encode()).hexdigest(),
    }


def measure(method: str, args: argparse.Namespace, tmp: Path, run: int) -> dict:
    out, marker = tmp / f"{method}-{run}.json", tmp / f"{method}-{run}.phase"
    command = [sys.executable, "-m", "benchmarks.worker_memory", "--variant", method]
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
        raise SystemExit(f"{method} run failed ({child.returncode})")
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
        "| run | start | " + " | ".join(name for name, _, _ in columns) + " |",
        "| ---: | --- | " + " | ".join("---:" for _ in columns) + " |",
    ]
    for i, run in enumerate(runs):
        cells = [fmt.format(run[key]) for _, key, fmt in columns]
        lines.append(f"| {i // len(METHODS) + 1} | {run['method']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=300)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--every", type=float, default=0.5, help="seconds between samples")
    parser.add_argument("--cache", type=Path, default=Path("var/bench/cache"))
    parser.add_argument("--json", type=Path, default=Path("var/bench/worker_memory.json"))
    parser.add_argument("--variant", choices=METHODS, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--marker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.variant:
        result = run_variant(args.variant, args.letters, args.batch_size, args.cache, args.marker)
        args.out.write_text(json.dumps(result))
        return
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for repeat in range(args.repeats):  # alternating, so both see the same machine
            for method in METHODS:
                print(f"{method}, run {repeat + 1} of {args.repeats}...", file=sys.stderr)
                runs.append(measure(method, args, Path(tmp), repeat))
    print(
        f"\n{args.letters} letters of the throughput mix, batches of {args.batch_size}, "
        f"variants alternating; MB, summed over the process tree\n"
    )
    print(table(runs))
    print("\nidentical results:", len({run["results_sha256"] for run in runs}) == 1)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(runs, indent=2))


if __name__ == "__main__":
    main()
