# Over 500 lines: one engine whose parts change together: the shard files the actors write are
# what resuming and the final merge read, and the input pieces are what the actors are fed.
"""`casework triage --engine ray`: the same :class:`~pipeline.core.Pipeline` run as Ray Data
``map_batches`` over a pool of actors, for backlogs larger than one machine.

- **One pipeline per actor.** Each actor builds the pipeline once through
  :func:`pipeline.factory.build_pipeline` (models, index, router, drafter) and triages batch after
  batch in its own process on one core (``overlap`` off: the actor *is* the worker). The
  driver's ``CASEWORK_*`` settings (not its secrets: keys, tokens, passwords, database URLs)
  travel to every actor in its runtime environment, so actors on other machines build the same
  pipeline (the index folder must exist at the same path on
  every node, e.g. shared storage).
- **Input**: JSONL (``{"id", "text"}`` a line, checked whole by the command line first) or
  Parquet (columns ``id`` and ``text``, checked the same way), cut into pieces of a few
  batches (byte ranges; row ranges of row groups) that light read tasks turn into letters.
  Ray's own readers are not used: their file-listing task asks for a whole CPU, which the actors
  hold, and the run waited forever (seen with Parquet on 2 CPUs).
- **Output**: a folder of shards ``part-<run>-<n>.jsonl``, each written to a hidden temporary
  file, flushed to disk and renamed into place: a shard either exists whole or not at all. The
  rows are the built-in path's rows (:func:`pipeline.output.result_json`), byte for byte. With
  a ``.jsonl`` output the shards live in ``OUT.parts/`` and are joined into OUT in input order
  at the end (atomically, like the built-in path).
- **Resumable**: before starting, the ids in existing shards are read; those letters are
  skipped (the filter runs in the read tasks on a sorted array of 64-bit id hashes, shared
  through the object store). A crash loses at most the rows not yet in a shard.
- **Exactly once**: a killed actor is restarted by Ray and its batch retried
  (``max_restarts``/``max_task_retries``); a row whose id was already written (a retried batch
  after all) is dropped by the driver and counted, so no id is ever written twice.

Ray is an optional dependency (``pip install -e '.[ray]'``): imported only here, only when used.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from contracts.errors import InputError
from contracts.models import Letter
from contracts.settings import get_settings, set_model_environment
from pipeline.factory import build_pipeline
from pipeline.output import result_json

SHARD_PREFIX = "part-"
SHARD_SUFFIX = ".jsonl"
PARTS_SUFFIX = ".parts"
#: Environment passed to every actor: the product's settings and the model switches.
FORWARDED_ENV_PREFIXES = ("CASEWORK_", "HF_", "TRANSFORMERS_", "TOKENIZERS_")


def id_key(letter_id: str) -> int:
    """A letter id as 64 bits (for the done filter: 8 bytes an id however long the ids are)."""
    return int.from_bytes(
        hashlib.blake2b(letter_id.encode("utf-8"), digest_size=8).digest(), "little"
    )


def id_keys(ids) -> np.ndarray:
    return np.fromiter((id_key(str(i)) for i in ids), dtype=np.uint64, count=len(ids))


def shard_dir_for(output: Path) -> Path:
    """Where the shards go: OUT itself when it is a folder (no ``.jsonl``), else ``OUT.parts``."""
    output = Path(output)
    if output.suffix.lower() == ".jsonl":
        return output.with_name(output.name + PARTS_SUFFIX)
    return output


def shard_files(shard_dir: Path) -> list[Path]:
    """Complete shards only (temporary files start with a dot and are never listed)."""
    if not shard_dir.is_dir():
        return []
    return sorted(
        p
        for p in shard_dir.iterdir()
        if p.name.startswith(SHARD_PREFIX) and p.name.endswith(SHARD_SUFFIX)
    )


def read_done_ids(shard_dir: Path) -> list[str]:
    """The ids already written, in shard order. A duplicate would be a bug: it is refused."""
    ids: list[str] = []
    seen: set[str] = set()
    for shard in shard_files(shard_dir):
        with open(shard, encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                letter_id = json.loads(line)["id"]
                if letter_id in seen:
                    raise RuntimeError(f"{shard}: letter {letter_id!r} is in two shards")
                seen.add(letter_id)
                ids.append(letter_id)
    return ids


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class ShardWriter:
    """Buffers result rows and writes them as whole shards: a temporary file, fsync, rename."""

    def __init__(
        self, shard_dir: Path, *, rows_per_shard: int = 1000, seconds_per_shard: float = 30.0
    ) -> None:
        self.dir = Path(shard_dir)
        self.dir.mkdir(parents=True, exist_ok=True)
        for stale in self.dir.glob(f".{SHARD_PREFIX}*.tmp"):  # a crash mid-write
            stale.unlink(missing_ok=True)
        self.run = time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
        self.rows_per_shard = max(1, rows_per_shard)
        self.seconds_per_shard = seconds_per_shard
        self.buffer: list[str] = []
        self.shards = 0
        self.rows = 0
        self._since = time.monotonic()

    def add(self, line: str) -> None:
        self.buffer.append(line)
        if (
            len(self.buffer) >= self.rows_per_shard
            or time.monotonic() - self._since >= self.seconds_per_shard
        ):
            self.flush()

    def flush(self) -> Path | None:
        self._since = time.monotonic()
        if not self.buffer:
            return None
        name = f"{SHARD_PREFIX}{self.run}-{self.shards:06d}{SHARD_SUFFIX}"
        temporary = self.dir / f".{name}.tmp"
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write("".join(line + "\n" for line in self.buffer))
            handle.flush()
            os.fsync(handle.fileno())
        target = self.dir / name
        os.replace(temporary, target)
        _fsync_dir(self.dir)
        self.shards += 1
        self.rows += len(self.buffer)
        self.buffer = []
        return target


def merge_shards(shard_dir: Path, output: Path, input_ids: list[str]) -> int:
    """Join the shards into ``output`` in the input's order, atomically (temp file, rename).
    Every input id must be in exactly one shard. Memory: one offset per letter."""
    where: dict[str, tuple[int, int]] = {}
    shards = shard_files(shard_dir)
    for number, shard in enumerate(shards):
        with open(shard, "rb") as handle:
            offset = 0
            for line in handle:
                if line.strip():
                    where[json.loads(line)["id"]] = (number, offset)
                offset += len(line)
    missing = [i for i in input_ids if i not in where]
    if missing:
        raise RuntimeError(f"{len(missing)} letter(s) have no result (first: {missing[0]!r})")
    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_name(f".{output.name}.partial")
    handles = [open(shard, "rb") for shard in shards]  # noqa: SIM115 - closed in the finally below
    try:
        with open(temporary, "wb") as out:
            for letter_id in input_ids:
                number, offset = where[letter_id]
                handle = handles[number]
                handle.seek(offset)
                out.write(handle.readline())
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, output)
    finally:
        for handle in handles:
            handle.close()
        temporary.unlink(missing_ok=True)
    return len(input_ids)


# --- input ---------------------------------------------------------------------------------------
def validate_parquet(path: Path, max_chars: int | None) -> list[str]:
    """Check a Parquet file whole (columns ``id`` and ``text``, non-empty strings, unique ids,
    texts within the limit); returns the ids in file order."""
    # deferred: pyarrow comes with the optional [ray] extra
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except Exception as error:
        raise InputError(
            path, None, f"not a readable Parquet file ({type(error).__name__})"
        ) from None
    names = set(parquet.schema_arrow.names)
    missing = [c for c in ("id", "text") if c not in names]
    if missing:
        raise InputError(path, None, f"Parquet file lacks column(s): {', '.join(missing)}")
    ids: list[str] = []
    seen: dict[str, int] = {}
    row = 0
    for batch in parquet.iter_batches(columns=["id", "text"], batch_size=4096):
        for letter_id, text in zip(
            batch.column("id").to_pylist(), batch.column("text").to_pylist()
        ):
            row += 1
            if isinstance(letter_id, int) and not isinstance(letter_id, bool):
                letter_id = str(letter_id)
            if not isinstance(letter_id, str) or not letter_id.strip():
                raise InputError(path, row, 'field "id" must be a non-empty string')
            if not isinstance(text, str) or not text.strip():
                raise InputError(path, row, 'field "text" must be a non-empty string')
            if "\x00" in text:
                raise InputError(path, row, 'field "text" contains binary data (NUL bytes)')
            if max_chars is not None and len(text) > max_chars:
                raise InputError(
                    path,
                    row,
                    f"text is {len(text):,} characters, over the limit "
                    f"of {max_chars:,} (CASEWORK_MAX_LETTER_CHARS)",
                )
            first = seen.setdefault(letter_id, row)
            if first != row:
                raise InputError(path, row, f'duplicate id "{letter_id}" (first on row {first})')
            ids.append(letter_id)
    if not ids:
        raise InputError(path, None, "no rows: the file is empty")
    return ids


def input_chunks(path: Path, rows: int) -> list[dict]:
    """The input cut into pieces of about ``rows`` letters, one read task each (so every actor
    has work from the start, and no reader of Ray's needs a whole CPU while the actors hold
    theirs): byte ranges of a JSONL file, row ranges of a Parquet file's row groups."""
    path = Path(path).resolve()
    if path.suffix.lower() == ".parquet":
        # deferred: pyarrow comes with the optional [ray] extra
        import pyarrow.parquet as pq

        metadata = pq.ParquetFile(path).metadata
        return [
            {
                "path": str(path),
                "kind": "parquet",
                "group": group,
                "start": start,
                "stop": min(start + rows, metadata.row_group(group).num_rows),
            }
            for group in range(metadata.num_row_groups)
            for start in range(0, metadata.row_group(group).num_rows, rows)
        ]
    chunks, start, count, offset = [], 0, 0, 0
    with open(path, "rb") as handle:
        for line in handle:
            offset += len(line)
            if line.strip():
                count += 1
            if count == rows:
                chunks.append(
                    {"path": str(path), "kind": "jsonl", "group": 0, "start": start, "stop": offset}
                )
                start, count = offset, 0
    if count:
        chunks.append(
            {"path": str(path), "kind": "jsonl", "group": 0, "start": start, "stop": offset}
        )
    return chunks


def _read_chunks(batch: dict[str, np.ndarray], done_ref) -> dict[str, np.ndarray]:
    """Read input pieces (:func:`input_chunks`) -> ``id``, ``text``, minus letters done."""
    ids: list[str] = []
    texts: list[str] = []
    for path, kind, group, start, stop in zip(
        batch["path"], batch["kind"], batch["group"], batch["start"], batch["stop"]
    ):
        if kind == "parquet":
            # deferred: pyarrow comes with the optional [ray] extra
            import pyarrow.parquet as pq

            table = pq.ParquetFile(path).read_row_group(int(group), columns=["id", "text"])
            table = table.slice(int(start), int(stop) - int(start))
            ids += [str(i) for i in table.column("id").to_pylist()]
            texts += table.column("text").to_pylist()
            continue
        with open(path, "rb") as handle:
            handle.seek(int(start))
            data = handle.read(int(stop) - int(start))
        for line in data.decode("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                ids.append(str(row["id"]))
                texts.append(row["text"])
    return _without_done(
        {"id": np.array(ids, dtype=object), "text": np.array(texts, dtype=object)}, done_ref
    )


def _without_done(batch: dict[str, np.ndarray], done_ref) -> dict[str, np.ndarray]:
    if done_ref is None or not len(batch["id"]):
        return batch
    import ray

    done = ray.get(done_ref)
    if not len(done):
        return batch
    keys = id_keys(batch["id"])
    position = np.minimum(np.searchsorted(done, keys), len(done) - 1)
    keep = done[position] != keys
    return {name: column[keep] for name, column in batch.items()}


# --- the actors ----------------------------------------------------------------------------------
class TriageActor:
    """One pipeline, built once when the actor starts; triages batch after batch."""

    def __init__(self, index_dir: str, batch_size: int = 32) -> None:
        set_model_environment()
        get_settings.cache_clear()  # the runtime environment's settings, not a cached copy
        pipeline = build_pipeline(get_settings(), Path(index_dir), batch_size=batch_size)
        pipeline.overlap = False  # this actor is the worker: one core, no processes of its own
        pipeline.embedder.threads = 1
        self.pipeline = pipeline
        self.pid = os.getpid()

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        started = time.time()
        letters = [Letter(id=str(i), text=str(t)) for i, t in zip(batch["id"], batch["text"])]
        results = list(self.pipeline.run(letters))
        rows = [result_json(r) for r in results]
        n = len(rows)
        # when and where the batch ran, for the driver's account of overhead per batch
        return {
            "id": np.array([r.id for r in results], dtype=object),
            "row": np.array(rows, dtype=object),
            "t0": np.full(n, started),
            "t1": np.full(n, time.time()),
            "pid": np.full(n, self.pid),
        }


# --- the driver ----------------------------------------------------------------------------------
@dataclass
class RayRun:
    """What a run did (the command line prints it; tests and the benchmark read it)."""

    total: int
    skipped: int = 0
    written: int = 0
    duplicates_dropped: int = 0
    shards: int = 0
    seconds: float = 0.0
    actors: int = 0
    batch_size: int = 0
    shard_dir: Path | None = None
    output: Path | None = None
    first_result_s: float | None = None
    timeline: list[tuple[float, int]] = field(default_factory=list)
    started_at: float = 0.0  # wall clock (time.time()) when the run started
    #: (actor pid, batch start, batch end, letters): wall-clock times inside the actors
    batches: list[tuple[int, float, float, int]] = field(default_factory=list)

    def account(self) -> dict:
        """Where the actors' time went: start-up (run start to first batch), pipeline work, and
        the gaps between one actor's batches (Ray's overhead per batch: handing a batch over,
        moving the rows)."""
        if not self.batches:
            return {}
        by_actor: dict[int, list[tuple[float, float, int]]] = {}
        for pid, t0, t1, n in self.batches:
            by_actor.setdefault(pid, []).append((t0, t1, n))
        gaps, work, count = 0.0, 0.0, 0
        for spans in by_actor.values():
            spans.sort()
            work += sum(t1 - t0 for t0, t1, _ in spans)
            gaps += sum(max(0.0, b[0] - a[1]) for a, b in zip(spans, spans[1:]))
            count += max(0, len(spans) - 1)
        letters = sum(n for *_, n in self.batches)
        first = min(t0 for _, t0, _, _ in self.batches)
        last = max(t1 for _, _, t1, _ in self.batches)
        return {
            "actors_seen": len(by_actor),
            "batches": len(self.batches),
            "startup_s": first - self.started_at,
            "busy_span_s": last - first,
            "work_s": work,
            "letters_per_work_s": letters / work if work else None,
            "overhead_per_batch_s": gaps / count if count else None,
            "letters_per_s_while_busy": letters / (last - first) if last > first else None,
        }

    @property
    def letters_per_s(self) -> float:
        return self.written / self.seconds if self.seconds else 0.0


#: never sent: Ray keeps a job's runtime environment in its control store and shows it on its
#: dashboard, so secrets (an LLM API key, a database URL with its password) stay on the nodes
SECRET_MARKERS = ("KEY", "TOKEN", "SECRET", "PASSWORD", "DATABASE_URL")


def _forwarded_env() -> dict[str, str]:
    return {
        k: v
        for k, v in os.environ.items()
        if k.startswith(FORWARDED_ENV_PREFIXES)
        and not any(marker in k.upper() for marker in SECRET_MARKERS)
    }


def connect(address: str | None = None, *, num_cpus: int | None = None) -> None:
    """Join the cluster at ``address`` (``ray://host:10001`` or ``host:6379``; ``auto`` for the
    one this machine belongs to), or start a local one. Already connected: nothing to do."""
    import ray

    if ray.is_initialized():
        return
    project_root = str(Path(__file__).resolve().parents[1])
    # actors import this project: on this machine from its folder, elsewhere from the package
    # installed on that node
    runtime_env = {
        "env_vars": {
            **_forwarded_env(),
            "PYTHONPATH": os.pathsep.join(
                filter(None, [project_root, os.environ.get("PYTHONPATH", "")])
            ),
        }
    }
    if address:
        ray.init(
            address=address, runtime_env=runtime_env, log_to_driver=True, logging_level="WARNING"
        )
    else:
        ray.init(
            num_cpus=num_cpus or os.cpu_count() or 1,
            include_dashboard=False,
            runtime_env=runtime_env,
            logging_level="WARNING",
            log_to_driver=True,
        )


def run(
    input_path: Path,
    index_dir: Path,
    output: Path,
    *,
    input_ids: list[str],
    address: str | None = None,
    actors: int | None = None,
    batch_size: int = 32,
    rows_per_shard: int = 1000,
    seconds_per_shard: float = 30.0,
    progress: Callable[[int, int], None] | None = None,
    on_result: Callable[[RayRun], None] | None = None,
) -> RayRun:
    """Triage every letter of ``input_path`` (JSONL or Parquet, validated already: its ids in
    order are ``input_ids``) on Ray into shards, skipping letters done by an earlier run.

    ``progress(done_now, remaining)`` is called as results arrive; ``on_result`` after each
    written batch (tests use it to kill an actor mid-run)."""
    import ray

    started = time.perf_counter()
    output = Path(output)
    shard_dir = shard_dir_for(output)
    shard_dir.mkdir(parents=True, exist_ok=True)
    done_ids = read_done_ids(shard_dir)
    wanted = set(input_ids)
    done_here = [i for i in done_ids if i in wanted]
    stats = RayRun(
        total=len(input_ids),
        skipped=len(done_here),
        batch_size=batch_size,
        shard_dir=shard_dir,
        output=output if output != shard_dir else None,
    )
    stats.started_at = time.time()
    remaining = len(input_ids) - len(done_here)
    if remaining:
        connect(address)
        from ray.data import ActorPoolStrategy, DataContext

        context = DataContext.get_current()
        context.enable_progress_bars = False
        context.enable_operator_progress_bars = False
        cpus = int(ray.cluster_resources().get("CPU", 1))
        stats.actors = max(1, actors or cpus)
        done_ref = ray.put(np.unique(id_keys(done_ids))) if done_ids else None
        # read tasks are light: a sliver of a CPU, so they never wait behind the actors
        light = {"num_cpus": 0.05}
        # pieces of one to eight batches: at least four an actor, so all of them have work
        # from the start (the actor pool gives each task whole pieces)
        rows = min(max(batch_size, -(-remaining // (4 * stats.actors))), 8 * batch_size)
        chunks = input_chunks(Path(input_path), rows=rows)
        dataset = ray.data.from_items(chunks, override_num_blocks=len(chunks))
        dataset = dataset.map_batches(
            _read_chunks,
            fn_kwargs={"done_ref": done_ref},
            batch_size=1,
            batch_format="numpy",
            **light,
        )
        # the actors get nearly a core each; the driver and the light tasks share the rest
        results = dataset.map_batches(
            TriageActor,
            fn_constructor_kwargs={
                "index_dir": str(Path(index_dir).resolve()),
                "batch_size": batch_size,
            },
            batch_size=batch_size,
            batch_format="numpy",
            compute=ActorPoolStrategy(size=stats.actors),
            num_cpus=0.9,
            scheduling_strategy="SPREAD",
            max_restarts=-1,
            max_task_retries=-1,
        )
        writer = ShardWriter(
            shard_dir, rows_per_shard=rows_per_shard, seconds_per_shard=seconds_per_shard
        )
        written_keys = {int(k) for k in id_keys(done_ids)}
        try:
            for batch in results.iter_batches(batch_size=None, batch_format="numpy"):
                fresh = 0
                seen_batches = set()
                for pid, t0, t1 in zip(batch["pid"], batch["t0"], batch["t1"]):
                    seen_batches.add((int(pid), float(t0), float(t1)))
                for pid, t0, t1 in seen_batches:
                    n = int(np.sum((batch["pid"] == pid) & (batch["t0"] == t0)))
                    stats.batches.append((pid, t0, t1, n))
                for letter_id, row in zip(batch["id"], batch["row"]):
                    key = id_key(str(letter_id))
                    if key in written_keys:
                        stats.duplicates_dropped += 1
                        continue
                    written_keys.add(key)
                    writer.add(str(row))
                    fresh += 1
                stats.written += fresh
                if stats.first_result_s is None and fresh:
                    stats.first_result_s = time.perf_counter() - started
                stats.timeline.append((time.perf_counter() - started, stats.written))
                if progress is not None:
                    progress(fresh, remaining)
                if on_result is not None:
                    on_result(stats)
        finally:
            writer.flush()  # what arrived is kept: a rerun resumes after it
            stats.shards = writer.shards
    if stats.output is not None:
        merge_shards(shard_dir, stats.output, input_ids)
    elif stats.written + stats.skipped != stats.total:
        raise RuntimeError(
            f"{stats.total - stats.written - stats.skipped} letter(s) have no result"
        )
    stats.seconds = time.perf_counter() - started
    return stats


def iter_output_rows(output: Path) -> Iterator[dict[str, Any]]:
    """Every row of a run's output: the joined file, or every shard of a folder."""
    output = Path(output)
    files = [output] if output.is_file() else shard_files(output)
    for path in files:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)


def shutdown() -> None:
    import ray

    if ray.is_initialized():
        ray.shutdown()


if __name__ == "__main__":  # pragma: no cover
    sys.exit("use: casework triage IN --index DIR -o OUT --engine ray")
