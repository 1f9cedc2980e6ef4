"""The blind heldout4 UK layout set (evaluation/synthetic/uk_layouts_heldout4.py): spans, determinism,
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
    values,
)

from evaluation.synthetic import uk_layouts
from evaluation.synthetic import uk_layouts_heldout3 as h3
from evaluation.synthetic import uk_layouts_heldout4 as h4
from evaluation.synthetic.uk_layouts import tables as uk_layout_tables

N = 1000


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h4.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


def test_spans_point_at_the_written_values(built) -> None:
    check_spans_point_at_the_written_values(built)


def test_spans_sorted_and_disjoint_with_known_types(rows) -> None:
    check_spans_sorted_and_disjoint_with_known_types(rows, h4)


def test_row_shape_and_ids(rows) -> None:
    assert len(rows) == N
    check_row_shape_and_ids(rows, "heldout4")


def test_deterministic_per_seed_and_index() -> None:
    check_deterministic_per_seed_and_index(h4, "heldout4")


def test_every_layout_produced(rows) -> None:
    counts = Counter(r["layout"] for r in rows)
    assert set(counts) == set(h4.LAYOUTS) and len(h4.LAYOUTS) >= 12
    assert min(counts.values()) >= N // len(h4.LAYOUTS)
    assert not set(h4.LAYOUTS) & {name for names in uk_layouts.LAYOUTS.values() for name in names}
    assert not set(h4.LAYOUTS) & set(h3.LAYOUTS)


def test_every_type_present(rows) -> None:
    check_every_type_present(rows, h4)


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
    old_first |= {n for c in h3.FIRST_NAMES.values() for n, _ in c}
    old_sur |= {n for c in h3.SURNAMES.values() for n, _ in c}
    first = {n for c in h4.FIRST_NAMES.values() for n, _ in c}
    sur = {n for c in h4.SURNAMES.values() for n, _ in c}
    assert not first & old_first, first & old_first
    assert not sur & old_sur, sur & old_sur
    big = {"London", "Glasgow", "Edinburgh", "Cardiff", "Swansea", "Belfast", "Aberdeen"}
    old_towns = {t.town for t in uk_layout_tables._parse_towns()} | {
        t.town for ts in h3.TOWNS.values() for t in ts
    }
    towns = {t.town for ts in h4.TOWNS.values() for t in ts}
    assert towns & old_towns <= big, towns & old_towns - big
    old_places = {p for t in uk_layout_tables._parse_towns() for p, _ in t.places if p} | {
        p for ts in h3.TOWNS.values() for t in ts for p, _ in t.places if p
    }
    places = {p for ts in h4.TOWNS.values() for t in ts for p, _ in t.places if p}
    assert not places & old_places, places & old_places
    for region, streets in h4.STREETS.items():
        assert not set(streets) & set(h3.STREETS.get(region, [])), region
        assert not set(h4.HOUSE_NAMES[region]) & set(h3.HOUSE_NAMES.get(region, [])), region
    assert not {o.mailbox for o in h4.ORGS} & {o.mailbox for o in h3.ORGS}


def test_chi_numbers_carry_the_date_of_birth() -> None:
    import random

    v = h4.V(random.Random(5))
    for _ in range(300):
        p = v.person()
        text, bad = v.chi(p)
        digits = "".join(c for c in text if c.isdigit())
        assert len(digits) == 10 and digits[:6] == f"{p.dob:%d%m%y}"
        check = (11 - sum(int(d) * (10 - i) for i, d in enumerate(digits[:9])) % 11) % 11
        assert (check != int(digits[9])) == bad


def test_layout_specific_shapes(rows) -> None:
    assert any("|" in x for x in values(rows, "dd_mandate_boxes", "UK_SORT_CODE"))
    assert any("\n" in x for x in values(rows, "hmrc_reply_split_nino", "UK_NINO"))
    assert all(
        x == x.lower()
        for r in rows
        if r["layout"] == "lowercase_no_punctuation"
        for x in [r["text"]]
    )
    assert any(
        r["text"][s["start"] - 1] == "@"
        for r in rows
        if r["layout"] == "social_media_dm"
        for s in r["spans"]
        if s["type"] == "PERSON"
    )
    assert any(
        x.startswith(
            (
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            )
        )
        for x in values(rows, "care_home_residents", "DATE_OF_BIRTH")
    )


def test_allow_list_covers_recipient_contacts(rows) -> None:
    check_allow_list_covers_recipient_contacts(rows, h4)


def test_write_set(tmp_path) -> None:
    check_write_set(tmp_path, h4, "heldout4")
