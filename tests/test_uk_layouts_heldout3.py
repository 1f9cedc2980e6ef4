"""The blind heldout3 UK layout set (evaluation/synthetic/uk_layouts_heldout3.py): spans, determinism,
coverage of layouts and types, mistype and Unicode-trick rates. Fast: no models, no redactor."""

from __future__ import annotations

from collections import Counter

import pytest
from uk_layout_family_checks import (
    check_allow_list_covers_recipient_contacts,
    check_deterministic_per_seed_and_index,
    check_every_type_present,
    check_mistyped_share,
    check_row_shape_and_ids,
    check_spans_point_at_the_written_values,
    check_spans_sorted_and_disjoint_with_known_types,
    check_unicode_tricks_in_about_ten_percent_of_rows,
    check_write_set,
)

from evaluation.synthetic import uk_layouts
from evaluation.synthetic import uk_layouts_heldout3 as h3
from evaluation.synthetic.uk_layouts import tables as uk_layout_tables

N = 1000


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h3.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


def test_spans_point_at_the_written_values(built) -> None:
    check_spans_point_at_the_written_values(built)


def test_spans_sorted_and_disjoint_with_known_types(rows) -> None:
    check_spans_sorted_and_disjoint_with_known_types(rows, h3)


def test_row_shape_and_ids(rows) -> None:
    assert len(rows) == N
    check_row_shape_and_ids(rows, "heldout3")


def test_deterministic_per_seed_and_index() -> None:
    check_deterministic_per_seed_and_index(h3, "heldout3")


def test_every_layout_produced(rows) -> None:
    counts = Counter(r["layout"] for r in rows)
    assert set(counts) == set(h3.LAYOUTS) and len(h3.LAYOUTS) >= 12
    assert min(counts.values()) >= N // len(h3.LAYOUTS)
    assert not set(h3.LAYOUTS) & {name for names in uk_layouts.LAYOUTS.values() for name in names}


def test_every_type_present(rows) -> None:
    check_every_type_present(rows, h3)


def test_mistyped_identifiers_about_ten_percent(rows) -> None:
    check_mistyped_share(rows, ("UK_NINO", "UK_NHS", "UK_SORT_CODE", "UK_BANK_ACCOUNT"))


def test_unicode_tricks_in_about_ten_percent_of_rows(rows) -> None:
    check_unicode_tricks_in_about_ten_percent_of_rows(rows)


def test_own_value_tables() -> None:
    old_first = {
        n
        for c in uk_layout_tables._paragraphs(uk_layout_tables._FIRST_NAMES).values()
        for n, _ in c
    }
    old_sur = {
        n for c in uk_layout_tables._paragraphs(uk_layout_tables._SURNAMES).values() for n, _ in c
    }
    first = {n for c in h3.FIRST_NAMES.values() for n, _ in c}
    sur = {n for c in h3.SURNAMES.values() for n, _ in c}
    assert not first & old_first and not sur & old_sur
    old_towns = {t.town for t in uk_layout_tables._parse_towns()}
    towns = {t.town for ts in h3.TOWNS.values() for t in ts}
    assert towns & old_towns <= {
        "London",
        "Glasgow",
        "Edinburgh",
        "Cardiff",
        "Swansea",
        "Belfast",
        "Aberdeen",
    }
    assert not {p for ts in h3.TOWNS.values() for t in ts for p, _ in t.places if p} & {
        p for t in uk_layout_tables._parse_towns() for p, _ in t.places if p
    }


def test_allow_list_covers_recipient_contacts(rows) -> None:
    check_allow_list_covers_recipient_contacts(rows, h3)


def test_write_set(tmp_path) -> None:
    check_write_set(tmp_path, h3, "heldout3")
