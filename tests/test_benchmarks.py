"""The throughput benchmark runs (a short form, both variants) so `make bench` cannot rot.

Functional only: it runs end to end and prints its table. Speed is measured by the benchmark
itself (`make bench`), never asserted here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.timeout(900)
def test_throughput_benchmark_short_form_runs_both_variants(shared_data, demo_index_dir,
                                                            tmp_path):
    pytest.importorskip("langchain_community", reason="the bench extra is not installed")
    env = {**os.environ, "CASEWORK_INDEX_DIR": str(demo_index_dir)}
    out = tmp_path / "throughput.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.throughput", "--letters", "50", "--single", "5",
         "--train", "300", "--cache", str(tmp_path / "cache"), "--json", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=880)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "| letters/s |" in done.stdout
    assert "| routing accuracy (top team, all letters) |" in done.stdout
    figures = json.loads(out.read_text())["median"]
    for variant in ("stock", "ours"):
        assert figures[variant]["letters"] == 50
        assert 0.0 <= figures[variant]["accuracy"] <= 1.0
        assert figures[variant]["peak_rss_mb"] > 0


def test_workload_is_mostly_long_letters_none_trained_on(shared_data):
    from benchmarks.throughput import workload

    data = workload(200)
    test_ids = [r["id"] for r in data["test"]]
    assert len(test_ids) == len(set(test_ids)) == 200
    long = [r for r in data["test"] if r["id"].startswith("cfpb-")]
    assert len(long) == 166  # 83%
    assert not set(test_ids) & {r["id"] for r in data["train"]}
    assert not {r["text"] for r in long} & {r["text"] for r in data["train"]}
