"""Guidance updated in place: versions, history, and re-embedding only what changed.

Each document's content hash is the SHA-256 of its passages exactly as they are embedded
(passage id, then title, heading and text: :func:`retrieval.guidance.embedding_text`), so a
change that alters no passage (say, a description the index does not use) re-embeds nothing,
and any change a reader of the passages would see does.

The manifest (``manifest.json``) gains:

* ``version`` - 1 for a first build, one more for each build or update that changed anything;
* ``documents`` - ``{id: {"sha256", "passages", "version"}}``: the version in which each
  document was last added or changed (what the review app compares a case's suggestion with);
* ``removed`` - ``{id: version}`` of documents taken out;
* ``history`` - one entry a version: when, the documents added, replaced and removed, and how
  many passages were embedded and how many vectors reused.

:func:`update_index` loads the index, keeps the vectors of unchanged documents (read back from
FAISS), embeds the passages of new and changed documents only, and writes the folder again.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from retrieval.guidance import GuidanceDoc, Passage, chunk_guidance, embedding_text
from retrieval.index import GuidanceIndex, GuidanceIndexError, corpus_sha256, make_faiss_index


@dataclass
class UpdateReport:
    version: int
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    embedded: int = 0  # passages embedded now
    reused: int = 0  # passage vectors kept from the index
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced or self.removed)

    def as_dict(self) -> dict:
        return {
            "version": self.version,
            "added": self.added,
            "replaced": self.replaced,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "embedded": self.embedded,
            "reused": self.reused,
            "seconds": round(self.seconds, 2),
        }


def document_hashes(passages: Sequence[Passage]) -> dict[str, tuple[str, int]]:
    """``{guidance id: (sha256 of its passages as embedded, number of passages)}``."""
    digests: dict[str, hashlib._Hash] = {}
    counts: dict[str, int] = {}
    for passage in passages:
        digest = digests.setdefault(passage.guidance_id, hashlib.sha256())
        digest.update(
            passage.id.encode("utf-8") + b"\0" + embedding_text(passage).encode("utf-8") + b"\0"
        )
        counts[passage.guidance_id] = counts.get(passage.guidance_id, 0) + 1
    return {gid: (d.hexdigest(), counts[gid]) for gid, d in digests.items()}


def _diff(old: dict[str, dict], new: dict[str, tuple[str, int]]):
    added = [gid for gid in new if gid not in old]
    replaced = [gid for gid in new if gid in old and old[gid].get("sha256") != new[gid][0]]
    removed = [gid for gid in old if gid not in new]
    return added, replaced, removed


def stamp(index: GuidanceIndex, previous: dict | None, report: UpdateReport) -> None:
    """Write version, documents, removed and history into ``index.manifest``."""
    hashes = document_hashes(index.passages)
    old_docs = dict((previous or {}).get("documents") or {})
    version = report.version
    documents = {}
    for gid, (sha, count) in hashes.items():
        kept = old_docs.get(gid)
        same = kept is not None and kept.get("sha256") == sha
        documents[gid] = {
            "sha256": sha,
            "passages": count,
            "version": kept.get("version", version) if same else version,
        }
    removed = dict((previous or {}).get("removed") or {})
    for gid in report.removed:
        removed[gid] = version
    for gid in documents:
        removed.pop(gid, None)
    history = list((previous or {}).get("history") or [])
    if report.changed or not history:
        history.append(
            {
                "version": version,
                "at": datetime.now(UTC).isoformat(timespec="seconds"),
                **{k: v for k, v in report.as_dict().items() if k != "version"},
            }
        )
    index.manifest.update(
        version=version, documents=documents, removed=removed, history=history[-200:]
    )


def build(
    docs: Sequence[GuidanceDoc], embedder, directory: Path, *, show_progress: bool = False
) -> tuple[GuidanceIndex, UpdateReport]:
    """A full build (every passage embedded), versioned after the index already in
    ``directory`` when there is one."""
    started = time.perf_counter()
    passages = chunk_guidance(docs)
    if not passages:
        raise GuidanceIndexError("no guidance text found")
    previous = _previous_manifest(directory)
    index = GuidanceIndex.build(passages, embedder, show_progress=show_progress)
    old_docs = dict((previous or {}).get("documents") or {})
    added, replaced, removed = _diff(old_docs, document_hashes(passages))
    changed = bool(added or replaced or removed) or not previous
    report = UpdateReport(
        version=int((previous or {}).get("version") or 0) + int(changed),
        added=added if previous else [],
        replaced=replaced,
        removed=removed,
        unchanged=len(document_hashes(passages)) - len(added) - len(replaced),
        embedded=len(passages),
        reused=0,
    )
    if not previous:
        report.added = list(document_hashes(passages))
        report.unchanged = 0
    report.seconds = time.perf_counter() - started
    stamp(index, previous, report)
    return index, report


def _previous_manifest(directory: Path) -> dict | None:
    path = Path(directory) / "manifest.json"
    if not path.is_file():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


def update_index(
    directory: Path, docs: Sequence[GuidanceDoc], embedder, *, show_progress: bool = False
) -> tuple[GuidanceIndex, UpdateReport]:
    """Bring the index in ``directory`` up to ``docs`` (the whole guidance as it is now):
    documents not in it are added, changed ones replaced, missing ones removed, by id and
    content hash; only the passages of added and replaced documents are embedded."""
    started = time.perf_counter()
    old = GuidanceIndex.load(directory, embedder=embedder)
    passages = chunk_guidance(docs)
    if not passages:
        raise GuidanceIndexError("no guidance text found")
    new_hashes = document_hashes(passages)
    old_docs = old.manifest.get("documents")
    if not old_docs:  # an index built before documents were recorded: hash its passages
        old_docs = {
            gid: {"sha256": sha, "passages": n, "version": old.manifest.get("version") or 1}
            for gid, (sha, n) in document_hashes(old.passages).items()
        }
        old.manifest.setdefault("version", 1)
        old.manifest["documents"] = old_docs
    added, replaced, removed = _diff(old_docs, new_hashes)
    stale = set(added) | set(replaced)
    positions = {p.id: i for i, p in enumerate(old.passages)}
    vectors = np.zeros((len(passages), old.dimension), dtype=np.float32)
    todo: list[int] = []
    for i, passage in enumerate(passages):
        at = positions.get(passage.id)
        if passage.guidance_id in stale or at is None:
            todo.append(i)
        else:
            vectors[i] = old.faiss_index.reconstruct(int(at))
    if todo:
        fresh = embedder.encode(
            [embedding_text(passages[i]) for i in todo], normalize=True, show_progress=show_progress
        )
        vectors[todo] = np.asarray(fresh, dtype=np.float32)
    version = int(old.manifest.get("version") or 1)
    report = UpdateReport(
        version=version + 1 if (added or replaced or removed) else version,
        added=added,
        replaced=replaced,
        removed=removed,
        unchanged=len(new_hashes) - len(added) - len(replaced),
        embedded=len(todo),
        reused=len(passages) - len(todo),
    )
    params = old.manifest.get("index_params") or {}
    faiss_index, kind, params = make_faiss_index(
        old.dimension,
        len(passages),
        old.index_type if old.index_type in ("flat", "hnsw") else "auto",
        hnsw_m=int(params.get("M", 32)),
        ef_construction=int(params.get("efConstruction", 200)),
    )
    faiss_index.add(np.ascontiguousarray(vectors))
    if kind == "hnsw":
        faiss_index.hnsw.efSearch = int(
            (old.manifest.get("index_params") or {}).get("efSearch", 128)
        )
        params["efSearch"] = faiss_index.hnsw.efSearch
    manifest = dict(old.manifest)
    manifest.update(
        corpus_sha256=corpus_sha256(passages),
        passages=len(passages),
        pages=len(new_hashes),
        index_type=kind,
        index_params=params,
        updated=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    index = GuidanceIndex(passages, faiss_index, manifest)
    report.seconds = time.perf_counter() - started
    previous = {k: old.manifest.get(k) for k in ("documents", "removed", "history")}
    stamp(index, previous, report)
    return index, report
