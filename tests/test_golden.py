"""The example letters give the same results as when this file was last refreshed: a refactor
that changes what the assistant suggests, redacts or drafts fails here.

A deliberate change of behaviour refreshes the file, and the diff is reviewed with the change:

    CASEWORK_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py

Scores are compared to 3 decimals (int8 embeddings can differ in the last digits between CPUs);
everything else exactly.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from contracts.models import Letter

GOLDEN = Path(__file__).parent / "fixtures" / "golden_examples.jsonl"
EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples" / "letters.jsonl"


def _rounded(value):
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, dict):
        return {key: _rounded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_rounded(item) for item in value]
    return value


def _rows(pipeline) -> list[dict]:
    letters = [Letter(id=row["id"], text=row["text"]) for row in
               (json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()
                if line.strip())]
    return [_rounded(result.model_dump(mode="json")) for result in pipeline.run(letters)]


def test_example_letters_give_the_same_results(pipeline):
    rows = _rows(pipeline)
    if os.environ.get("CASEWORK_UPDATE_GOLDEN"):
        GOLDEN.write_text("".join(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n"
                                  for row in rows), encoding="utf-8")
        pytest.skip(f"refreshed {GOLDEN.name}: review its diff")
    expected = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == [row["id"] for row in expected]
    for got, want in zip(rows, expected):
        for key in want:
            assert got.get(key) == want[key], f"letter {want['id']}: {key} changed"
