"""Reading and writing the CLI's row files: JSONL (one object a line) or CSV.

Input is validated row by row with errors that name the file and line, so a contact centre can
fix the one bad line rather than guess. Output is written to a temporary file and renamed into
place, so a failed run never leaves a half-written result behind.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from contracts.errors import InputError

__all__ = ["InputError", "RowSpec", "check_output", "open_output", "read_rows", "validate_rows",
           "write_jsonl"]


@dataclass(frozen=True)
class RowSpec:
    """Which fields a row must carry as non-empty strings, and limits on them."""

    required: tuple[str, ...]
    max_chars: int | None = None  # applies to the "text" field
    allow_csv: bool = False


def _decode(raw: bytes, path: Path, line_no: int) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            path, line_no,
            f"not valid UTF-8 (byte {error.start}: {raw[error.start:error.start + 1]!r}); "
            "save the file as UTF-8",
        ) from None


def _check(row: Any, spec: RowSpec, path: Path, line_no: int) -> dict:
    if not isinstance(row, dict):
        raise InputError(path, line_no, f"expected a JSON object, got {type(row).__name__}")
    for field in spec.required:
        value = row.get(field)
        if value is None:
            raise InputError(path, line_no, f'missing field "{field}"')
        if isinstance(value, (int, float)) and not isinstance(value, bool) and field == "id":
            row[field] = value = str(value)
        if not isinstance(value, str):
            raise InputError(path, line_no, f'field "{field}" must be a string')
        if not value.strip():
            raise InputError(path, line_no, f'field "{field}" is empty')
        if "\x00" in value:
            raise InputError(path, line_no, f'field "{field}" contains binary data (NUL bytes)')
    text = row.get("text")
    if spec.max_chars is not None and isinstance(text, str) and len(text) > spec.max_chars:
        raise InputError(
            path, line_no,
            f"text is {len(text):,} characters, over the limit of {spec.max_chars:,} "
            "(CASEWORK_MAX_LETTER_CHARS); split the document or raise the limit",
        )
    return row


def _jsonl_rows(path: Path, spec: RowSpec) -> Iterator[tuple[int, dict]]:
    with open(path, "rb") as handle:
        for line_no, raw in enumerate(handle, start=1):
            line = _decode(raw, path, line_no).strip()
            if not line:
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(path, line_no, f"malformed JSON ({error.msg}, column {error.colno})") from None
            yield line_no, _check(row, spec, path, line_no)


def _csv_rows(path: Path, spec: RowSpec) -> Iterator[tuple[int, dict]]:
    try:
        handle = open(path, encoding="utf-8", newline="")
        with handle:
            reader = csv.DictReader(handle)
            missing = [f for f in spec.required if f not in (reader.fieldnames or [])]
            if missing:
                raise InputError(path, 1, f"CSV header lacks column(s): {', '.join(missing)}")
            for row in reader:
                # DictReader counts physical lines, so multi-line quoted fields still name the right line.
                yield reader.line_num, _check(dict(row), spec, path, reader.line_num)
    except UnicodeDecodeError as error:
        raise InputError(path, None, f"not valid UTF-8 ({error.reason}); save the file as UTF-8") from None
    except csv.Error as error:
        raise InputError(path, None, f"malformed CSV: {error}") from None


def read_rows(path: Path | str, spec: RowSpec) -> Iterator[tuple[int, dict]]:
    """Yield (line number, row) lazily, raising InputError at the first bad row."""
    path = Path(path)
    if path.is_dir():
        raise InputError(path, None, "is a folder, not a file: give a .jsonl file")
    if not path.is_file():
        raise InputError(path, None, "no such file")
    if path.suffix.lower() == ".csv":
        if not spec.allow_csv:
            raise InputError(path, None, "CSV is not accepted here; give a .jsonl file")
        yield from _csv_rows(path, spec)
    else:
        yield from _jsonl_rows(path, spec)


def validate_rows(path: Path | str, spec: RowSpec) -> int:
    """Check the whole file before any work starts; returns the row count.

    Ids must be unique: results are joined back to letters by id.
    """
    seen: dict[str, int] = {}
    count = 0
    for line_no, row in read_rows(path, spec):
        if "id" in spec.required:
            first = seen.setdefault(row["id"], line_no)
            if first != line_no:
                raise InputError(path, line_no, f'duplicate id "{row["id"]}" (first on line {first})')
        count += 1
    if count == 0:
        raise InputError(path, None, "no rows: the file is empty")
    return count


@contextmanager
def open_output(path: Path | str | None, inputs: Iterable[Path | str] = ()) -> Iterator[IO[str]]:
    """Write to PATH atomically (temp file, then rename), or to stdout for None / '-'. Refused
    when PATH is a folder or one of ``inputs`` (the rename would replace the input)."""
    if path is None or str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    check_output(target, inputs)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.partial")
    try:
        with open(temporary, "w", encoding="utf-8") as handle:
            yield handle
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def check_output(path: Path | str | None, inputs: Iterable[Path | str] = ()) -> None:
    """Refuse an output that is a folder or one of the inputs, before any work starts."""
    if path is None or str(path) == "-":
        return
    target = Path(path)
    if target.is_dir():
        raise InputError(target, None, "the output is a folder: give a file name")
    for source in inputs:
        if _same_file(target, Path(source)):
            raise InputError(target, None, "the output is the input file: writing it would "
                             "destroy the input; give another output file")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def write_jsonl(handle: IO[str], rows: Iterable[dict]) -> int:
    count = 0
    for row in rows:
        handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count
