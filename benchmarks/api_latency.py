"""Submit latency of the review API, measured against a real server on 127.0.0.1.

    python -m benchmarks.api_latency [--count 200] [--concurrency 1] [--workers 1]
                                     [--index var/index] [--database-url URL]

Starts ``uvicorn --factory api.app:create_app`` on a free loopback port with a throwaway SQLite
database (or --database-url), creates a contact-centre user, sends a fixed number of letters
(the bundled example letters, cycled, each made unique) with ``concurrency`` clients at once,
and prints p50/p95/p99 latency per submit, throughput and errors. Traffic goes to 127.0.0.1
only; the run is bounded by --count and --timeout, and the server is stopped at the end.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from benchmarks.review_server import (
    ROOT,
    Server,
    ServerDidNotStart,
    add_user,
    example_letters,
    percentile,
    review_server,
)
from benchmarks.streaming_memory import process_tree, tree_peak_rss_mb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=200, help="submissions to send")
    parser.add_argument("--concurrency", type=int, default=1, help="clients at once")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    parser.add_argument("--index", type=Path, default=ROOT / "var" / "index")
    parser.add_argument("--database-url", default=None, help="default: a temporary SQLite file")
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=900, help="give up after this many s")
    args = parser.parse_args(argv)
    if not (args.index / "manifest.json").is_file():
        print(f"no index at {args.index}: run `make index` first", file=sys.stderr)
        return 2
    letters = example_letters()
    tmp = tempfile.mkdtemp(prefix="casework-bench-")
    env = dict(
        os.environ,
        CASEWORK_INDEX_DIR=str(args.index),
        CASEWORK_DATABASE_URL=args.database_url or f"sqlite:///{tmp}/bench.db",
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
    )
    token = add_user(env, f"bench-{os.getpid()}", "contact_centre")
    started = time.monotonic()
    try:
        with review_server(
            env, workers=args.workers, start_timeout=args.timeout, stop_timeout=30
        ) as server:
            print(
                f"server ready in {time.monotonic() - started:.1f}s "
                f"({args.workers} worker{'s' if args.workers > 1 else ''}, "
                f"{env['CASEWORK_DATABASE_URL'].split(':', 1)[0]})",
                file=sys.stderr,
            )
            return _measure(server, token, letters, args)
    except ServerDidNotStart as error:
        print(error, file=sys.stderr)
        return 1


def _measure(server: Server, token: str, letters: list[str], args: argparse.Namespace) -> int:
    url = server.url
    headers = {"Authorization": f"Bearer {token}"}
    local = threading.local()

    def client() -> httpx.Client:
        if not hasattr(local, "client"):
            local.client = httpx.Client(base_url=url, headers=headers, timeout=120)
        return local.client

    def submit(i: int) -> tuple[float, int]:
        text = f"{letters[i % len(letters)]}\n\nOur reference: BENCH-{i}"
        begin = time.perf_counter()
        try:
            status = (
                client()
                .post("/api/cases", json={"text": text}, headers={"Idempotency-Key": f"bench-{i}"})
                .status_code
            )
        except httpx.HTTPError:
            status = 0
        return time.perf_counter() - begin, status

    for i in range(args.warmup):
        submit(-1 - i)
    begin = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
        results = list(pool.map(submit, range(args.count)))
    wall = time.perf_counter() - begin
    latencies = [seconds * 1000 for seconds, status in results if status == 201]
    errors = sum(1 for _, status in results if status != 201)
    with httpx.Client(base_url=url, headers=headers, timeout=30) as check:
        check.get("/api/health")
    print(f"submits: {args.count}  concurrency: {args.concurrency}  errors: {errors}")
    print(
        f"latency ms  p50 {percentile(latencies, 0.5):.0f}  p95 {percentile(latencies, 0.95):.0f}"
        f"  p99 {percentile(latencies, 0.99):.0f}  mean {statistics.fmean(latencies) if latencies else float('nan'):.0f}"
    )
    print(f"throughput  {args.count / wall:.1f} submits/s over {wall:.1f}s")
    print(
        f"server peak RSS  {tree_peak_rss_mb(server.process.pid):.0f} MB "
        f"(sum over its {len(process_tree(server.process.pid))} processes)"
    )
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
