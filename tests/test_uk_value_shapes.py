"""The SYNTHETIC value-shapes grid (evaluation/synthetic/uk_value_shapes.py): spans point at the
written values, rows are deterministic, every type x context cell is filled, checksummed values
are valid unless mistyped, and look-alikes stay unlabelled. Fast: no models, no redactor."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from evaluation.synthetic import uk_value_shapes as grid

N = 1200


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [grid.build_row(0, i) for i in range(N)]


def test_row_shape(built: list[tuple[dict, list[str]]]) -> None:
    for row, _ in built:
        assert set(row) == {"id", "text", "spans", "synthetic", "family", "layout"}
        assert row["synthetic"] is True and row["family"] == "value_shapes"
        kind, context, shape = row["layout"].split("|")
        assert kind in grid.TYPES and context in grid.CONTEXTS and shape


def test_spans_match_the_written_values(built: list[tuple[dict, list[str]]]) -> None:
    for row, values in built:
        assert len(row["spans"]) == len(values)
        last = 0
        for span, value in zip(row["spans"], values):
            got = row["text"][span["start"] : span["end"]]
            assert got == value and got == got.strip(), (row["id"], got, value)
            assert span["type"] in grid.TYPES
            assert span["start"] >= last
            last = span["end"]


def test_deterministic() -> None:
    first = grid.generate(60, seed=3)
    assert first == grid.generate(60, seed=3)
    assert grid.build_row(3, 41)[0] == first[41]
    assert [r["text"] for r in first] != [r["text"] for r in grid.generate(60, seed=4)]


def test_every_type_by_context_present(built: list[tuple[dict, list[str]]]) -> None:
    cells = Counter(
        (s["type"], row["layout"].split("|")[1]) for row, _ in built for s in row["spans"]
    )
    for kind in grid.TYPES:
        for context in grid.CONTEXTS:
            assert cells[kind, context] >= 8, (kind, context, cells[kind, context])


def test_target_in_every_row(built: list[tuple[dict, list[str]]]) -> None:
    for row, _ in built:
        kind = row["layout"].split("|")[0]
        assert kind in {s["type"] for s in row["spans"]}, row["id"]


@pytest.mark.parametrize(
    "shape",
    ["spoken", "slash", "dot", "none", "lower", "mob_plus44_0", "land_0044", "land_ext", "chi_"],
)
def test_shapes_present(built: list[tuple[dict, list[str]]], shape: str) -> None:
    assert any(shape in row["layout"].split("|")[2] for row, _ in built)


def _nhs_ok(digits: str) -> bool:
    d = [int(c) for c in digits]
    return len(d) == 10 and (11 - sum(x * (10 - i) for i, x in enumerate(d[:9])) % 11) % 11 == d[9]


def test_checksums_valid_unless_mistyped(built: list[tuple[dict, list[str]]]) -> None:
    for row, _ in built:
        for s in row["spans"]:
            value = row["text"][s["start"] : s["end"]]
            if s.get("mistyped"):
                continue
            if s["type"] == "UK_NHS":
                assert _nhs_ok(re.sub(r"\D", "", value)), value
            if s["type"] == "UK_NINO":
                alnum = re.sub(r"[^A-Z0-9]", "", value.upper())
                assert re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", alnum), value
    share = sum(bool(s.get("mistyped")) for r, _ in built for s in r["spans"]) / sum(
        len(r["spans"]) for r, _ in built
    )
    assert 0.02 < share < 0.12, share


def test_look_alikes_present_and_unlabelled(built: list[tuple[dict, list[str]]]) -> None:
    labels = ("Invoice", "Claim", "Case ref", "Council tax", "Amount", "Appointment", "Order")
    keys = ("invoiceNo", "claimNo", "caseRef", "ctaxAccount", "amount", "apptDate", "orderNo")
    texts = [row["text"] for row, _ in built]
    for word in labels + keys:
        assert sum(word in t for t in texts) >= 5, word
    for row, _ in built:
        for m in re.finditer(r"(?:INV-|HB/2026/|CLM )\d+", row["text"]):
            assert not any(s["start"] < m.end() and m.start() < s["end"] for s in row["spans"]), (
                row["id"]
            )


def test_write_set_and_breakdown(tmp_path: Path) -> None:
    out = tmp_path / "grid.jsonl"
    info = grid.write_set(out, n=120, seed=0)
    assert info["rows"] == 120
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows == grid.generate(120, 0)
    table = grid.breakdown(rows, {"miss": [], "fp": []})
    assert "UK_SORT_CODE" in table and "1.000" in table
