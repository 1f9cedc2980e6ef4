"""Load and soak test of the review API on loopback: mixed submissions and decisions from many
clients for a few minutes, then the books are checked.

    python -m benchmarks.soak [--clients 12] [--minutes 3] [--workers 1]
                              [--postgres | --database-url URL] [--index var/index]

Starts ``uvicorn --factory api.app:create_app`` on a free 127.0.0.1 port (a throwaway SQLite
file, or with ``--postgres`` a fresh database on the test cluster that tests/scripts/services.sh
starts on loopback). Half the clients are contact-centre staff submitting letters (each with its
own Idempotency-Key; one in ten re-sends an earlier key, as a retry would); half are caseworkers
working the queue: list, claim, read, decide (accept, re-route, escalate), on stale versions too.

At the end it checks what a soak is for: no 5xx and no transport errors; every key made exactly
one case (retries got the same case back, nothing lost or duplicated, and the database holds
exactly those cases); the audit chain verifies, against its anchors too; the server's memory
(sum of RSS over its processes, sampled every 5 s) flat over the second half of the run. Prints
a table, writes ``var/bench/soak_<database>.png`` (memory and throughput over time) and exits 1
when a check fails.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

import httpx

from benchmarks.review_server import (
    ROOT,
    ServerDidNotStart,
    add_user,
    example_letters,
    percentile,
    review_server,
)
from benchmarks.streaming_memory import memory_kb, process_tree
from contracts.progress import progress

TEAMS_BY_DECISION = ("accept", "accept", "reroute", "escalate", "edit_reply")


class Books:
    """What the clients did and saw (shared, under one lock)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.statuses: Counter = Counter()
        self.by_operation: Counter = Counter()
        self.server_errors: list[str] = []
        self.transport_errors: list[str] = []
        self.key_to_case: dict[str, str] = {}
        self.duplicate_replies: list[str] = []
        self.latencies: dict[str, list[float]] = {}
        self.completed: list[float] = []  # monotonic time of each finished request
        self.refusals: Counter = Counter()  # (operation, status, error code) of each 4xx

    def record(self, operation: str, status: int, seconds: float, detail: str = "") -> None:
        with self.lock:
            self.statuses[status] += 1
            self.by_operation[(operation, status)] += 1
            self.latencies.setdefault(operation, []).append(seconds * 1000)
            self.completed.append(time.monotonic())
            if status >= 500:
                self.server_errors.append(f"{operation} {status} {detail[:200]}")
            elif status >= 400:
                try:
                    code = json.loads(detail).get("error", "?")
                except ValueError:
                    code = "?"
                self.refusals[(operation, status, code)] += 1

    def remember(self, key: str, case_id: str) -> None:
        with self.lock:
            known = self.key_to_case.setdefault(key, case_id)
            if known != case_id:
                self.duplicate_replies.append(f"key {key}: {known} then {case_id}")


def _call(books: Books, client: httpx.Client, operation: str, method: str, path: str, **kwargs):
    begin = time.perf_counter()
    try:
        response = client.request(method, path, **kwargs)
    except httpx.HTTPError as error:
        with books.lock:
            books.transport_errors.append(f"{operation}: {type(error).__name__}")
        return None
    books.record(operation, response.status_code, time.perf_counter() - begin, response.text)
    return response


def submitter(
    books: Books, url: str, token: str, letters: list[str], stop: threading.Event, seed: int
) -> None:
    rng = random.Random(seed)
    sent: list[tuple[str, str]] = []
    with httpx.Client(
        base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=120
    ) as client:
        while not stop.is_set():
            if sent and rng.random() < 0.1:
                key, text = rng.choice(sent)  # a retry: same key, same letter
            else:
                key = f"soak-{seed}-{uuid.uuid4().hex[:12]}"
                text = f"{rng.choice(letters)}\n\nOur reference: {key}"
                sent.append((key, text))
            response = _call(
                books,
                client,
                "submit",
                "POST",
                "/api/cases",
                json={"text": text},
                headers={"Idempotency-Key": key},
            )
            if response is not None and response.status_code in (200, 201):
                books.remember(key, response.json()["id"])
            if rng.random() < 0.2:
                _call(books, client, "my cases", "GET", "/api/my/cases")


def caseworker(
    books: Books, url: str, token: str, teams: list[str], stop: threading.Event, seed: int
) -> None:
    rng = random.Random(seed)
    with httpx.Client(
        base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=120
    ) as client:
        while not stop.is_set():
            page = _call(
                books,
                client,
                "queue",
                "GET",
                "/api/cases",
                params={"status": "open", "page_size": 20},
            )
            items = page.json()["items"] if page is not None and page.status_code == 200 else []
            if not items:
                time.sleep(0.2)
                continue
            case_id = rng.choice(items)["id"]
            if rng.random() < 0.5:
                _call(
                    books,
                    client,
                    "claim",
                    "POST",
                    f"/api/cases/{case_id}/claim",
                    json={"take_over": rng.random() < 0.3},
                )
            case = _call(books, client, "read case", "GET", f"/api/cases/{case_id}")
            if case is None or case.status_code != 200:
                continue
            current = case.json()
            # one in five decides on the version it read a moment ago plus a stale one
            version = current["version"] - (
                1 if rng.random() < 0.1 and current["version"] > 1 else 0
            )
            action = rng.choice(TEAMS_BY_DECISION)
            body: dict = {"action": action, "version": version}
            if action in ("accept", "reroute") and (
                current.get("team") is None or current.get("flags")
            ):
                # no team to accept, or a flag a caseworker would escalate
                action = body["action"] = "escalate"
            if action == "reroute":
                body.update(
                    team=rng.choice([t for t in teams if t != current.get("team")]),
                    reason_code="wrong_team",
                )
            elif action == "escalate":
                body.update(reason_code="other", note="soak test: needs a senior caseworker")
            elif action == "edit_reply":
                body.update(
                    reply_text=f"Thank you for your letter. We are looking into it "
                    f"({rng.randrange(10**6)})."
                )
            _call(
                books,
                client,
                f"decide {action}",
                "POST",
                f"/api/cases/{case_id}/decisions",
                json=body,
            )


def _postgres_url() -> str:
    """A fresh database on the loopback test cluster (started by tests/scripts/services.sh)."""
    # deferred: only the PostgreSQL run needs the driver
    import psycopg

    out = subprocess.run(
        ["bash", str(ROOT / "tests" / "scripts" / "services.sh")],
        capture_output=True,
        text=True,
        check=True,
        timeout=900,
    )
    server = next(
        line.split("=", 1)[1].strip()
        for line in out.stdout.splitlines()
        if line.startswith("DATABASE_URL=")
    )
    name = f"soak_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{server.rpartition('/')[0]}/{name}"


def _plot(
    samples: list[tuple[float, float]],
    completed: list[float],
    started: float,
    path: Path,
    title: str,
) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    path.parent.mkdir(parents=True, exist_ok=True)
    fig, (memory, rate) = plt.subplots(2, 1, figsize=(8, 6), sharex=True)
    memory.plot([t / 60 for t, _ in samples], [mb for _, mb in samples], marker=".")
    memory.set_ylabel("server RSS (MB, all processes)")
    memory.set_title(title)
    memory.set_ylim(bottom=0)
    seconds = [t - started for t in completed]
    if seconds:
        bins = range(0, int(max(seconds)) + 11, 10)
        counts, edges = [], list(bins)
        for low, high in zip(edges, edges[1:]):
            counts.append(sum(low <= s < high for s in seconds) / 10)
        rate.step([e / 60 for e in edges[:-1]], counts, where="post")
    rate.set_ylabel("requests/s (10 s bins)")
    rate.set_xlabel("minutes")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _slope_mb_per_min(samples: list[tuple[float, float]]) -> float:
    """Least-squares slope of RSS over the second half of the run."""
    half = samples[len(samples) // 2 :]
    if len(half) < 3:
        return float("nan")
    xs = [t / 60 for t, _ in half]
    ys = [mb for _, mb in half]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    denominator = sum((x - mean_x) ** 2 for x in xs) or 1.0
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / denominator


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=12, help="8-16: half submit, half decide")
    parser.add_argument("--minutes", type=float, default=3.0)
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    parser.add_argument("--index", type=Path, default=ROOT / "var" / "index")
    parser.add_argument("--database-url", default=None, help="default: a temporary SQLite file")
    parser.add_argument(
        "--postgres", action="store_true", help="a fresh database on the loopback test cluster"
    )
    parser.add_argument(
        "--flat-mb-per-min",
        type=float,
        default=5.0,
        help="largest memory growth over the second half still called flat",
    )
    args = parser.parse_args(argv)
    if not (args.index / "manifest.json").is_file():
        print(f"no index at {args.index}: run `make index` first", file=sys.stderr)
        return 2
    letters = example_letters()
    tmp = Path(tempfile.mkdtemp(prefix="casework-soak-"))
    database_url = args.database_url or (
        _postgres_url() if args.postgres else f"sqlite:///{tmp}/soak.db"
    )
    kind = database_url.split(":", 1)[0].split("+")[0]
    env = dict(
        os.environ,
        CASEWORK_INDEX_DIR=str(args.index),
        CASEWORK_DATABASE_URL=database_url,
        CASEWORK_AUDIT_ANCHOR_FILE=str(tmp / "anchors.jsonl"),
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
    )
    tokens = {
        role: add_user(env, f"soak-{role}", role)
        for role in ("contact_centre", "caseworker", "auditor", "admin")
    }
    books = Books()
    samples: list[tuple[float, float]] = []
    try:
        with review_server(env, workers=args.workers, start_timeout=600, stop_timeout=60) as server:
            url = server.url
            admin = {"Authorization": f"Bearer {tokens['admin']}"}
            teams = httpx.get(f"{url}/api/teams", headers=admin).json()["teams"]
            teams = [t["name"] if isinstance(t, dict) else t for t in teams]
            # warm every worker up before the clock starts
            for i in range(2 * args.workers):
                httpx.post(
                    f"{url}/api/cases",
                    json={"text": letters[i % len(letters)]},
                    headers={
                        "Authorization": f"Bearer {tokens['contact_centre']}",
                        "Idempotency-Key": f"warmup-{i}",
                    },
                    timeout=120,
                )
            print(
                f"soak: {args.clients} clients for {args.minutes:g} min against {kind}, "
                f"{args.workers} worker(s)",
                file=sys.stderr,
            )
            stop = threading.Event()
            threads = []
            for i in range(args.clients):
                if i % 2 == 0:
                    target = submitter
                    targs = (books, url, tokens["contact_centre"], letters, stop, i)
                else:
                    target = caseworker
                    targs = (books, url, tokens["caseworker"], teams, stop, i)
                threads.append(threading.Thread(target=target, args=targs, daemon=True))
            started = time.monotonic()
            for thread in threads:
                thread.start()
            end = started + args.minutes * 60
            with progress(total=int(args.minutes * 60), unit="s", desc="soak") as bar:
                while time.monotonic() < end:
                    rss = sum(
                        memory_kb(pid).get("rss", 0) for pid in process_tree(server.process.pid)
                    )
                    samples.append((time.monotonic() - started, rss / 1024))
                    time.sleep(min(5.0, max(0.0, end - time.monotonic())))
                    bar.n = int(time.monotonic() - started)
                    bar.set_postfix(
                        requests=sum(books.statuses.values()), rss=f"{rss / 1024:.0f}MB"
                    )
                    bar.refresh()
            stop.set()
            for thread in threads:
                thread.join(180)
            wall = time.monotonic() - started

            # --- the books
            with httpx.Client(base_url=url, timeout=300) as client:
                total = client.get("/api/cases", params={"page_size": 1}, headers=admin).json()[
                    "total"
                ]
                verify = client.get(
                    "/api/audit/verify", headers={"Authorization": f"Bearer {tokens['auditor']}"}
                ).json()
            expected_cases = len(set(books.key_to_case.values())) + 2 * args.workers
            first_rss = samples[min(len(samples) - 1, 2)][1] if samples else float("nan")
            slope = _slope_mb_per_min(samples)
    except ServerDidNotStart as error:
        print(error, file=sys.stderr)
        return 1
    cli_verify = subprocess.run(
        [sys.executable, "-m", "api.cli", "audit", "verify"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    plot = ROOT / "var" / "bench" / f"soak_{kind}_{args.workers}w.png"
    _plot(
        samples,
        books.completed,
        started,
        plot,
        f"soak: {args.clients} clients, {kind}, {args.workers} worker(s)",
    )

    requests = sum(books.statuses.values())
    checks = {
        "no 5xx": not books.server_errors,
        "no transport errors": not books.transport_errors,
        "every key one case (retries replayed)": not books.duplicate_replies,
        "cases in the database = keys accepted": total == expected_cases,
        "audit chain verifies (API, with anchors)": bool(verify.get("ok")),
        "audit chain verifies (CLI, after stop)": cli_verify.returncode == 0,
        f"memory flat (< {args.flat_mb_per_min:g} MB/min, 2nd half)": abs(slope)
        < args.flat_mb_per_min,
    }
    print(
        f"\n| soak | {kind}, {args.workers} worker(s), {args.clients} clients, "
        f"{wall / 60:.1f} min |\n| --- | --- |"
    )
    print(f"| requests | {requests:,} ({requests / wall:.1f}/s) |")
    print(f"| statuses | {', '.join(f'{s}: {n:,}' for s, n in sorted(books.statuses.items()))} |")
    for operation in sorted(books.latencies):
        values = books.latencies[operation]
        print(
            f"| {operation} | n={len(values):,}  p50 {percentile(values, 0.5):.0f} ms  "
            f"p95 {percentile(values, 0.95):.0f} ms  p99 {percentile(values, 0.99):.0f} ms |"
        )
    refusals = ", ".join(
        f"{op} {status} {code}: {n}" for (op, status, code), n in books.refusals.most_common(8)
    )
    print(f"| refusals (4xx, expected) | {refusals or 'none'} |")
    print(
        f"| cases | {total:,} in the database, {len(books.key_to_case):,} keys accepted "
        f"(+{2 * args.workers} warm-up), "
        f"{books.by_operation[('submit', 200)]:,} retries replayed |"
    )
    print(
        f"| audit | {verify.get('records', 0):,} records, ok={verify.get('ok')}, "
        f"CLI exit {cli_verify.returncode} |"
    )
    if samples:
        print(
            f"| server RSS | {first_rss:.0f} MB at start → {samples[-1][1]:.0f} MB at end, "
            f"max {max(mb for _, mb in samples):.0f} MB; 2nd-half slope {slope:+.2f} MB/min |"
        )
    print(f"| chart | {plot.relative_to(ROOT)} |")
    for name, passed in checks.items():
        print(f"| check: {name} | {'PASS' if passed else 'FAIL'} |")
    for line in (books.server_errors + books.transport_errors + books.duplicate_replies)[:10]:
        print(f"  {line}")
    if cli_verify.returncode:
        print(cli_verify.stdout[-2000:] + cli_verify.stderr[-2000:])
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
