"""`casework triage --engine ray` on a real local Ray cluster started here (2 CPUs), with the real
models: the same rows as the built-in path, every letter exactly once when an actor is killed
mid-run, and a rerun after a crash skips the letters already written."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest

from contracts.errors import InputError
from contracts.models import Letter
from pipeline.output import result_json

ray = pytest.importorskip("ray", reason="the ray extra is not installed (pip install -e '.[ray]')")

from pipeline import ray_engine  # noqa: E402


@pytest.fixture(scope="module")
def ray_cluster():
    """A local cluster of 2 CPUs for this module only (shut down afterwards)."""
    if ray.is_initialized():
        ray.shutdown()
    ray_engine.connect(num_cpus=2)
    yield
    ray.shutdown()


def _actor_pids() -> list[int]:
    import psutil

    pids = []
    for process in psutil.process_iter(["pid", "cmdline"]):
        try:
            if "TriageActor" in " ".join(process.info["cmdline"] or ()):
                pids.append(process.info["pid"])
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return pids


def _ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text().splitlines() if line.strip()]


@pytest.mark.timeout(900)
def test_ray_writes_the_built_in_rows_then_resumes_and_survives_a_killed_actor(
    ray_cluster, pipeline, demo_index_dir, demo_data, tmp_path
):
    letters_file = demo_data / "examples" / "letters.jsonl"
    letters = [json.loads(line) for line in letters_file.read_text().splitlines() if line.strip()]
    ids = [row["id"] for row in letters]

    # 1. the example letters: the same bytes as the built-in path, in input order
    out = tmp_path / "out.jsonl"
    first = ray_engine.run(
        letters_file, demo_index_dir, out, input_ids=ids, batch_size=8, rows_per_shard=8
    )
    expected = [
        result_json(r)
        for r in pipeline.run(Letter(id=row["id"], text=row["text"]) for row in letters)
    ]
    assert out.read_text().splitlines() == expected
    assert first.written == len(ids) and first.skipped == 0 and first.duplicates_dropped == 0
    assert first.shards >= 2  # 8 rows a shard
    shard_dir = ray_engine.shard_dir_for(out)
    assert shard_dir.is_dir() and not list(shard_dir.glob(".*"))

    # 2. a larger input (Parquet) into the same output after a "crash": a half-written shard
    # is left behind; the 30 letters already in shards are skipped, the others triaged while
    # an actor is killed mid-run, and every letter ends up in the output exactly once
    import pyarrow as pa
    import pyarrow.parquet as pq

    more = letters + [
        {"id": f"{row['id']}-again", "text": row["text"] + " Thank you."} for row in letters
    ]
    parquet = tmp_path / "letters.parquet"
    pq.write_table(
        pa.table({"id": [r["id"] for r in more], "text": [r["text"] for r in more]}), parquet
    )
    (shard_dir / ".part-crashed-000000.jsonl.tmp").write_text('{"id": "ex-01", "half')
    killed: list[int] = []

    def kill_one_actor(stats: ray_engine.RayRun) -> None:
        if killed or stats.written >= len(letters) - 4:
            return
        pids = _actor_pids()
        assert pids, "no TriageActor process found"
        killed.append(pids[0])
        os.kill(pids[0], signal.SIGKILL)

    all_ids = ray_engine.validate_parquet(parquet, None)
    second = ray_engine.run(
        parquet,
        demo_index_dir,
        out,
        input_ids=all_ids,
        batch_size=4,
        rows_per_shard=8,
        on_result=kill_one_actor,
    )
    assert killed, "the run ended before an actor could be killed"
    assert second.skipped == len(letters)
    assert second.written == len(letters)
    rows = _ids(out)
    assert rows == all_ids  # every letter once, in input order
    shard_rows = [row["id"] for row in ray_engine.iter_output_rows(shard_dir)]
    assert sorted(shard_rows) == sorted(all_ids)
    assert not list(shard_dir.glob(".*.tmp"))
    # the killed actor's work was redone by its restarted successor
    deadline = time.monotonic() + 10
    while killed[0] in _actor_pids() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert killed[0] not in _actor_pids()

    # 3. nothing left to do: a rerun starts no actors and rewrites the same file
    third = ray_engine.run(parquet, demo_index_dir, out, input_ids=all_ids)
    assert third.written == 0 and third.skipped == len(all_ids) and third.actors == 0
    assert _ids(out) == all_ids


def test_bad_parquet_is_refused_naming_the_row(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "bad.parquet"
    pq.write_table(pa.table({"id": ["a", "a"], "text": ["one", "two"]}), path)
    with pytest.raises(InputError, match='line 2: duplicate id "a"'):
        ray_engine.validate_parquet(path, None)
    pq.write_table(pa.table({"id": ["a"], "body": ["one"]}), path)
    with pytest.raises(InputError, match="lacks column"):
        ray_engine.validate_parquet(path, None)


def test_shards_are_whole_or_absent(tmp_path):
    writer = ray_engine.ShardWriter(tmp_path, rows_per_shard=2)
    writer.add('{"id": "a"}')
    assert ray_engine.shard_files(tmp_path) == []  # still buffered: nothing visible
    writer.add('{"id": "b"}')
    assert [p.read_text() for p in ray_engine.shard_files(tmp_path)] == [
        '{"id": "a"}\n{"id": "b"}\n'
    ]
    assert ray_engine.read_done_ids(tmp_path) == ["a", "b"]
    (tmp_path / "part-x-000009.jsonl").write_text('{"id": "a"}\n')
    with pytest.raises(RuntimeError, match="two shards"):
        ray_engine.read_done_ids(tmp_path)


def test_settings_but_no_secrets_travel_to_the_actors(monkeypatch):
    monkeypatch.setenv("CASEWORK_SEARCH_K", "7")
    monkeypatch.setenv("CASEWORK_LLM_API_KEY", "sk-secret")
    monkeypatch.setenv("CASEWORK_METRICS_TOKEN", "scrape")
    monkeypatch.setenv("CASEWORK_DATABASE_URL", "postgresql://u:pw@db/x")
    env = ray_engine._forwarded_env()
    assert env["CASEWORK_SEARCH_K"] == "7"
    assert not {"CASEWORK_LLM_API_KEY", "CASEWORK_METRICS_TOKEN", "CASEWORK_DATABASE_URL"} & set(
        env
    )
