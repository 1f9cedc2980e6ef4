# Over 500 lines: one benchmark run end to end (data, the run, the memory sampler, the chart).
"""Streaming-memory benchmark: `casework triage` on a 100,000-letter file, in constant memory?

Builds (once) a JSONL file of ``--letters`` letters from REAL public texts in ../shared/data -
BANKING77 customer messages (train + test), CFPB payday/personal-loan complaint narratives and
GOV.UK snippets (machine-written paraphrases of real pages) - then runs

    casework triage <file> --index var/index -o <output file>

as a subprocess and, every second, samples the resident memory (VmRSS in /proc/<pid>/status) of
that process AND its descendants (the pipeline redacts in a spawned worker process), together
with how many result lines it has written so far. It prints a markdown table of RSS against
letters done at 10%, 20%, ..., 100% of the letters, the peak, the growth between 20% and 100%
(about 0 if memory is constant), wall time and letters/s, and writes the samples to
var/bench/streaming_memory.json and a chart of RSS against letters done (and, beside it, against
time, start-up and shutdown included) to var/bench/streaming_memory.png. A percentage point is the
earliest sample nearest that many letters, so 100% is taken before the worker is shut down.

The input is NOT 100,000 distinct letters: there are only 16,342 distinct texts (13,072
BANKING77, 1,995 CFPB, 1,275 GOV.UK snippets), so they are shuffled with a fixed seed and cycled
(each repeated about 6 times for 100k). Every copy is
made distinct and traceable by an id ``BULK-000123`` and a last line "Our reference:
BULK-000123". The output states the exact number of distinct texts and repeats. The file is
reused when it already holds the requested number of letters.

Run (the full size takes a while; the machine should be otherwise idle):

    python -m benchmarks.streaming_memory [--letters 100000] [--index var/index]
                                          [--input var/bench/letters-100k.jsonl] [--keep-output]

Wall time covers the whole command (input validation and model loading included); the CLI's own
timing of the pipeline alone is printed next to it. The results file (about 6 kB a letter, so
about 0.6 GB for 100k) goes to var/bench/ and is deleted afterwards unless --keep-output.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from contracts.progress import progress
from evaluation.datasets import SHARED_DATA, DatasetMissing, banking77, cfpb_rows, govuk_snippets

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "var" / "bench"
RESULTS_JSON = BENCH_DIR / "streaming_memory.json"
RESULTS_PNG = BENCH_DIR / "streaming_memory.png"
SEED = 0
REFERENCE = "\n\nOur reference: {ref}"
MILESTONES = [p / 10 for p in range(1, 11)]
BASELINE_FRACTION = 0.2  # before this, allocators and caches are still warming up
MB = 1024 * 1024


class Abort(Exception):
    """A precondition the user must fix: message printed, exit code 2."""


# --- the input file --------------------------------------------------------------------------


def default_input(letters: int) -> Path:
    """The count is in the name, so a small smoke run never takes the 100k file's place."""
    size = f"{letters // 1000}k" if letters % 1000 == 0 else str(letters)
    return BENCH_DIR / f"letters-{size}.jsonl"


def distinct_texts() -> list[dict]:
    """Every distinct real text in the shared sets, in a fixed order (id of first occurrence)."""
    if not SHARED_DATA.is_dir():
        raise Abort(
            f"{SHARED_DATA}: not found (the shared public data sets must sit in ../shared/data)"
        )
    try:
        b77 = banking77()
        rows = b77["train"] + b77["test"] + cfpb_rows() + govuk_snippets()["all"]
    except DatasetMissing as error:
        raise Abort(str(error)) from None
    seen: dict[str, str] = {}
    for row in rows:
        seen.setdefault(row["text"], row["id"])  # BANKING77 repeats a few short messages
    return [{"source": source, "text": text} for text, source in seen.items()]


def build_input(path: Path, letters: int) -> None:
    pool = distinct_texts()
    random.Random(SEED).shuffle(pool)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    width = max(6, len(str(letters)))
    with open(partial, "w", encoding="utf-8") as handle:
        for i in range(1, letters + 1):
            original = pool[(i - 1) % len(pool)]
            ref = f"BULK-{i:0{width}d}"
            row = {
                "id": ref,
                "text": original["text"] + REFERENCE.format(ref=ref),
                "source": original["source"],
            }  # extra fields are ignored by the CLI
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.replace(partial, path)  # a build cut short never passes for a finished file


def describe_input(path: Path) -> dict:
    """Letters and distinct texts actually in the file (so a reused file is described truly)."""
    letters, texts, size = 0, set(), path.stat().st_size
    reference = re.compile(r"\n\nOur reference: BULK-\d+$")
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                letters += 1
                texts.add(reference.sub("", json.loads(line)["text"]))
    return {
        "path": str(path),
        "letters": letters,
        "distinct_texts": len(texts),
        "repeats": letters / len(texts) if texts else 0.0,
        "megabytes": size / MB,
    }


def count_lines(path: Path) -> int:
    with open(path, "rb") as handle:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))


def ensure_input(path: Path, letters: int) -> dict:
    if path.is_file() and count_lines(path) == letters:
        print(f"reusing {path} ({letters:,} letters)", file=sys.stderr)
    else:
        print(f"building {path} ({letters:,} letters)...", file=sys.stderr, flush=True)
        build_input(path, letters)
    return describe_input(path)


# --- sampling the process tree ---------------------------------------------------------------


def process_tree(pid: int) -> list[int]:
    """pid and all its descendants, found by parent pid.

    /proc/<pid>/task/*/children is not available on every kernel, so scan /proc like psutil does.
    """
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            # the command name may hold spaces and parentheses: the fields start after the last ")"
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue  # the process exited while we looked
        children.setdefault(ppid, []).append(int(stat.parent.name))
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(children.get(current, []))
    return tree


def memory_kb(pid: int) -> dict[str, int]:
    """VmRSS (now) and VmHWM (peak so far) of one process, in kB; empty if it has gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return {}
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    try:
        return {"rss": int(fields["VmRSS"].split()[0]), "hwm": int(fields["VmHWM"].split()[0])}
    except (KeyError, ValueError, IndexError):
        return {}  # a zombie has no memory lines


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
    """RSS, PSS and USS summed over ``pid`` and its descendants, in MB (None if it has gone).

    RSS counts a page shared by n of the processes n times (what a sum of the processes' RSS,
    or of their peaks, counts); PSS divides each page by the number of processes mapping it, so
    a page the processes share counts once over the tree: the fair sum over processes that
    share pages (forked workers, shared libraries). Libraries also mapped by processes outside
    the tree are divided by those too, so PSS slightly undercounts the tree's own memory. USS:
    the pages only that process maps."""
    sums = {"rss": 0.0, "pss": 0.0, "uss": 0.0}
    for member in process_tree(pid):
        fields = smaps_rollup_kb(member)
        if not fields:
            continue
        sums["rss"] += fields.get("Rss", 0) / 1024
        sums["pss"] += fields.get("Pss", 0) / 1024
        sums["uss"] += (fields.get("Private_Clean", 0) + fields.get("Private_Dirty", 0)) / 1024
    return sums if sums["rss"] else None


def tree_peak_rss_mb(pid: int) -> float:
    """Sum over pid and its live descendants of each one's peak resident memory (VmHWM)."""
    return sum(memory_kb(member).get("hwm", 0) for member in process_tree(pid)) / 1024


class LineCounter:
    """Counts result lines written so far, reading only the new bytes each time.

    The CLI writes to ".<name>.partial" and renames it at the end; the open handle follows the
    file through the rename, so re-reading a file of hundreds of MB every second is avoided.
    """

    def __init__(self, output: Path) -> None:
        self.candidates = [output.with_name(f".{output.name}.partial"), output]
        self.handle = None
        self.lines = 0

    def count(self) -> int:
        if self.handle is None:
            for path in self.candidates:
                try:
                    self.handle = open(path, "rb")  # noqa: SIM115 - read on every count(), closed by close()
                    break
                except OSError:
                    continue
        if self.handle is not None:
            while chunk := self.handle.read(1 << 20):
                self.lines += chunk.count(b"\n")
        return self.lines

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()


def sample(pid: int, started: float, counter: LineCounter) -> dict:
    per_process = {p: m for p in process_tree(pid) if (m := memory_kb(p))}
    main = per_process.get(pid, {})
    others = [m for p, m in per_process.items() if p != pid]
    return {
        "seconds": round(time.perf_counter() - started, 2),
        "letters_done": counter.count(),
        "rss_mb": sum(m["rss"] for m in per_process.values()) / 1024,
        "rss_main_mb": main.get("rss", 0) / 1024,
        "rss_children_mb": sum(m["rss"] for m in others) / 1024,
        "hwm_sum_mb": sum(m["hwm"] for m in per_process.values()) / 1024,
        "processes": len(per_process),
    }


# --- running the CLI -------------------------------------------------------------------------


def casework_command() -> list[str]:
    script = Path(sys.executable).parent / "casework"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "cli.main"]


def run_triage(command: list[str], total: int, output: Path, interval: float = 1.0) -> dict:
    """Run the command, sampling its process tree every ``interval`` seconds until it exits."""
    samples: list[dict] = []
    counter = LineCounter(output)
    # a wide virtual terminal keeps rich from wrapping the CLI's summary line we parse
    env = {**os.environ, "COLUMNS": "250"}
    with (
        tempfile.TemporaryFile() as log,
        progress(total=total, unit="letter", desc="triage") as bar,
    ):
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
        try:
            while process.poll() is None:
                point = sample(process.pid, started, counter)
                if point["processes"]:  # none: it exited between poll() and sampling
                    samples.append(point)
                    bar.set_postfix_str(f"RSS {point['rss_mb']:.0f} MB", refresh=False)
                    bar.update(point["letters_done"] - bar.n)
                try:
                    process.wait(timeout=interval)
                except subprocess.TimeoutExpired:
                    pass
        except BaseException:
            process.terminate()  # Ctrl-C: do not leave a triage run behind
            process.wait()
            raise
        wall = time.perf_counter() - started
        written = counter.count()
        counter.close()
        bar.update(written - bar.n)
        log.seek(0)
        text = log.read().decode("utf-8", "replace")
    return {
        "returncode": process.returncode,
        "wall_s": wall,
        "written": written,
        "samples": samples,
        "log": text,
    }


def cli_timing(log: str) -> str | None:
    """The CLI's own summary ('triaged N letters in Xs (Y letters/s; stages)')."""
    match = re.search(r"triaged \d+ letters in .*?\)", " ".join(log.split()))
    return match.group(0) if match else None


# --- reporting -------------------------------------------------------------------------------


def nearest(samples: list[dict], letters: float) -> dict:
    # on a tie the EARLIEST sample: after the last letter the worker is shut down, and those
    # samples would pass the shutdown off as memory given back while processing
    return min(samples, key=lambda s: (abs(s["letters_done"] - letters), s["seconds"]))


def milestones(samples: list[dict], total: int) -> list[dict]:
    return [{"fraction": f, **nearest(samples, f * total)} for f in MILESTONES]


def machine_line() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = f"{line.split(':', 1)[1].strip()} ({platform.machine()})"
                break
    except OSError:
        pass
    return f"Machine: {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def summarise(run: dict, data: dict) -> dict:
    samples, total = run["samples"], data["letters"]
    marks = milestones(samples, total)
    baseline = nearest(samples, BASELINE_FRACTION * total)
    final = nearest(samples, total)
    first = next((s for s in samples if s["letters_done"] > 0), final)
    # at 100% the workers may already have exited: measure growth while all run
    running = nearest(samples, 0.95 * total)
    return {
        "milestones": marks,
        # start-up (validating the input, loading models, spawning the worker) and shutdown
        # are in the wall time; for 100k letters they should be a rounding error
        "first_result_s": first["seconds"],
        "exit_after_last_result_s": run["wall_s"] - final["seconds"],
        "peak_rss_mb": max(s["rss_mb"] for s in samples),
        # per-process high-water marks, summed: an upper bound that a 1 s sample cannot miss
        "peak_hwm_sum_mb": max(s["hwm_sum_mb"] for s in samples),
        "growth_mb": running["rss_mb"] - baseline["rss_mb"],
        "growth_from": baseline["letters_done"],
        "growth_to": running["letters_done"],
        "wall_s": run["wall_s"],
        "letters_per_s": total / run["wall_s"],
    }


def report(summary: dict, data: dict, cli: str | None) -> str:
    lines = [
        machine_line(),
        f"Input: {data['path']} - {data['letters']:,} letters, {data['megabytes']:.1f} MB: "
        f"{data['distinct_texts']:,} distinct real texts (BANKING77, CFPB narratives, GOV.UK "
        f"snippets) cycled, each repeated about {data['repeats']:.1f} times and made unique by "
        "an id and an 'Our reference' line - not distinct letters.",
        "",
        "| % of run | letters done | elapsed (s) | RSS, all processes (MB) | main (MB) | workers (MB) |",
        "| ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for m in summary["milestones"]:
        lines.append(
            f"| {m['fraction']:.0%} | {m['letters_done']:,} | {m['seconds']:.0f} | "
            f"{m['rss_mb']:.0f} | {m['rss_main_mb']:.0f} | {m['rss_children_mb']:.0f} |"
        )
    lines += [
        "",
        "| measure | value |",
        "| --- | ---: |",
        f"| peak RSS, all processes, sampled (MB) | {summary['peak_rss_mb']:.0f} |",
        f"| sum of per-process peaks, VmHWM (MB) | {summary['peak_hwm_sum_mb']:.0f} |",
        f"| RSS growth, {summary['growth_from']:,} -> {summary['growth_to']:,} letters (MB) "
        f"| {summary['growth_mb']:+.1f} |",
        f"| first result written after (s) | {summary['first_result_s']:.0f} |",
        f"| exit after the last result (s, about) | {summary['exit_after_last_result_s']:.0f} |",
        f"| wall time, whole command (s) | {summary['wall_s']:.1f} |",
        f"| letters/s, whole command | {summary['letters_per_s']:.1f} |",
    ]
    if cli:
        lines += ["", f"CLI: {cli}"]
    return "\n".join(lines)


def plot(samples: list[dict], summary: dict, data: dict, path: Path) -> None:
    """Left: RSS against letters done while letters flow; right: the whole run against time."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    last = summary["milestones"][-1]["seconds"]
    # start-up sits at 0 letters and shutdown at the last count: vertical lines that hide the
    # flat part, so they are shown against time only
    flowing = [s for s in samples if s["letters_done"] > 0 and s["seconds"] <= last]
    series = [
        ("rss_mb", "all processes", 2),
        ("rss_main_mb", "main (casework triage)", 1),
        ("rss_children_mb", "child processes (pipeline workers)", 1),
    ]
    figure, (by_letters, by_time) = plt.subplots(
        1, 2, figsize=(12, 4.5), gridspec_kw={"width_ratios": [3, 2]}
    )
    for key, label, width in series:
        by_letters.plot(
            [s["letters_done"] for s in flowing],
            [s[key] for s in flowing],
            label=label,
            linewidth=width,
        )
        by_time.plot([s["seconds"] for s in samples], [s[key] for s in samples], linewidth=width)
    by_letters.axvline(summary["growth_from"], color="grey", linestyle=":", linewidth=1)
    by_letters.set_xlabel("letters done")
    by_letters.set_title(
        f"while letters flow ({data['letters']:,} letters, "
        f"{data['distinct_texts']:,} distinct texts cycled)",
        fontsize=10,
    )
    by_letters.legend(loc="lower right")
    by_time.set_xlabel("seconds since start")
    by_time.set_title("whole command (start-up and shutdown included)", fontsize=10)
    for axis in (by_letters, by_time):
        axis.set_ylabel("resident memory (MB)")
        axis.set_ylim(bottom=0)
        axis.grid(alpha=0.3)
    figure.suptitle("casework triage: resident memory (VmRSS, process tree)")
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)


# --- driver ----------------------------------------------------------------------------------


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=100_000)
    parser.add_argument("--index", type=Path, default=ROOT / "var" / "index")
    parser.add_argument(
        "--input", type=Path, help="input file (default var/bench/letters-<N>.jsonl)"
    )
    parser.add_argument("--keep-output", action="store_true", help="keep the triage results file")
    args = parser.parse_args()
    if args.letters < 1:
        parser.error("--letters must be at least 1")
    return args


def check_index(index: Path) -> None:
    if not (index / "manifest.json").is_file():
        raise Abort(f"{index}: no index there (build it with `make index`)")


def main() -> int:
    args = parse_args()
    try:
        check_index(args.index)
        data = ensure_input((args.input or default_input(args.letters)).resolve(), args.letters)
    except Abort as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    output = BENCH_DIR / f"{Path(data['path']).stem}.triaged.jsonl"
    command = casework_command() + [
        "triage",
        data["path"],
        "--index",
        str(args.index.resolve()),
        "-o",
        str(output),
    ]
    print(f"running: {' '.join(command)}", file=sys.stderr, flush=True)
    try:
        run = run_triage(command, data["letters"], output)
    finally:
        if not args.keep_output:
            output.unlink(missing_ok=True)
    if run["returncode"] != 0 or not run["samples"]:
        print(run["log"][-3000:], file=sys.stderr)
        print(f"error: casework triage exited with {run['returncode']}", file=sys.stderr)
        return 1
    if run["written"] != data["letters"]:
        print(
            f"warning: {run['written']:,} results for {data['letters']:,} letters", file=sys.stderr
        )
    summary = summarise(run, data)
    cli = cli_timing(run["log"])
    print()
    print(report(summary, data, cli))
    RESULTS_JSON.write_text(
        json.dumps(
            {
                "machine": machine_line(),
                "command": command,
                "input": data,
                "cli": cli,
                "written": run["written"],
                **summary,
                "samples": run["samples"],
            },
            indent=2,
        )
    )
    plot(run["samples"], summary, data, RESULTS_PNG)
    kept = f"; results kept in {output}" if args.keep_output else ""
    print(
        f"\nsamples -> {RESULTS_JSON.relative_to(ROOT)}, chart -> {RESULTS_PNG.relative_to(ROOT)}{kept}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
