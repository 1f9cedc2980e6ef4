"""What every single-module blind UK layout family (heldout3 onwards) must satisfy, whatever its
layouts: labelled spans point at the values written, sorted and disjoint with known types; rows
carry their family, ids and SYNTHETIC mark; a row depends only on its seed and index. Each
family's test module keeps its own fixtures and the checks particular to it."""

from __future__ import annotations

import json
import re
import unicodedata
from types import ModuleType


def plain(value: str, kind: str) -> str:
    """Undo Unicode tricks, line breaks and hyphenation (OCR, PDF), and case."""
    value = value.replace("-\n", "").replace("\n", " ")
    value = unicodedata.normalize("NFKC", value).replace("\u200b", "").replace("\u00ad", "")
    if kind == "UK_SORT_CODE":  # the narrow no-break space trick replaces the separators
        value = re.sub(r"[\s-]", "", value)
    return value.casefold()


def check_spans_point_at_the_written_values(built: list[tuple[dict, list[str]]]) -> None:
    for row, values in built:
        text, spans = row["text"], row["spans"]
        assert len(spans) == len(values), row["id"]
        for span, value in zip(spans, values):
            got = text[span["start"] : span["end"]]
            assert got and got == got.strip(), (row["id"], span, got)
            assert plain(got, span["type"]) == plain(value, span["type"]), (row["id"], got, value)


def check_spans_sorted_and_disjoint_with_known_types(rows: list[dict], family: ModuleType) -> None:
    allowed_types = set(family.ENTITY_TYPES) | {"ORGANIZATION"}
    for row in rows:
        end = 0
        for s in row["spans"]:
            assert s["type"] in allowed_types
            assert 0 <= end <= s["start"] < s["end"] <= len(row["text"]), (row["id"], s)
            end = s["end"]
            assert set(s) <= {"type", "start", "end", "mistyped"}


def check_row_shape_and_ids(rows: list[dict], name: str) -> None:
    assert len({r["id"] for r in rows}) == len(rows)
    for i, r in enumerate(rows):
        assert set(r) == {"id", "text", "spans", "synthetic", "family", "layout"}
        assert r["synthetic"] is True and r["family"] == name
        assert r["id"] == f"uklayout-{name}-0-{i:05d}-{r['layout']}"
    json.dumps(rows, ensure_ascii=False)


def check_deterministic_per_seed_and_index(family: ModuleType, name: str) -> None:
    generate = getattr(family, f"generate_{name}")
    first = generate(40, seed=3)
    assert first == generate(40, seed=3)
    assert first[:15] == generate(15, seed=3)
    assert family.build_row(3, 27)[0] == first[27]
    assert [r["text"] for r in first] != [r["text"] for r in generate(40, seed=4)]
