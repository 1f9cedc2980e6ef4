"""The blind heldout22 UK layout set (evaluation/synthetic/uk_layouts_heldout22.py): spans,
determinism, coverage of layouts and types, valid identifiers, unlabelled look-alikes, the ASCII
grid's cells, the markdown complaint's marks and the checkbox form's boxes left unlabelled, Malay
and Spanish dates of birth, mistype and Unicode-trick rates, and no value shared with the
earlier families. Fast: no models, no redactor."""

from __future__ import annotations

import random
import re
from datetime import date

import pytest
from uk_layout_family_checks import (
    MISTYPABLE,
    check_allow_list_covers_recipient_contacts,
    check_deterministic_per_seed_and_index,
    check_every_layout_produced_and_new,
    check_every_type_present,
    check_identifiers_valid_unless_mistyped,
    check_look_alikes_present_and_unlabelled,
    check_mistyped_share,
    check_no_name_or_place_shared_with_earlier_families,
    check_row_shape_and_ids,
    check_spans_point_at_the_written_values,
    check_spans_sorted_and_disjoint_with_known_types,
    check_unicode_tricks_in_about_ten_percent_of_rows,
    check_write_set,
    rows_of,
    span_starts_after,
    value_checks,
    values,
    written,
)

from evaluation.synthetic import uk_layouts_heldout3 as h3
from evaluation.synthetic import uk_layouts_heldout4 as h4
from evaluation.synthetic import uk_layouts_heldout5 as h5
from evaluation.synthetic import uk_layouts_heldout6 as h6
from evaluation.synthetic import uk_layouts_heldout7 as h7
from evaluation.synthetic import uk_layouts_heldout8 as h8
from evaluation.synthetic import uk_layouts_heldout9 as h9
from evaluation.synthetic import uk_layouts_heldout10 as h10
from evaluation.synthetic import uk_layouts_heldout11 as h11
from evaluation.synthetic import uk_layouts_heldout12 as h12
from evaluation.synthetic import uk_layouts_heldout13 as h13
from evaluation.synthetic import uk_layouts_heldout14 as h14
from evaluation.synthetic import uk_layouts_heldout15 as h15
from evaluation.synthetic import uk_layouts_heldout16 as h16
from evaluation.synthetic import uk_layouts_heldout17 as h17
from evaluation.synthetic import uk_layouts_heldout18 as h18
from evaluation.synthetic import uk_layouts_heldout19 as h19
from evaluation.synthetic import uk_layouts_heldout20 as h20
from evaluation.synthetic import uk_layouts_heldout21 as h21
from evaluation.synthetic import uk_layouts_heldout22 as h22

N = 1000
EARLIER = (h3, h4, h5, h6, h7, h8, h9, h10, h11, h12, h13, h14, h15, h16, h17, h18, h19, h20, h21)


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h22.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


# --------------------------------------------------------------------------- shape
def test_spans_point_at_the_written_values(built) -> None:
    check_spans_point_at_the_written_values(built)


def test_spans_sorted_and_disjoint_with_known_types(rows) -> None:
    check_spans_sorted_and_disjoint_with_known_types(rows, h22)


def test_row_shape_ids_and_synthetic_marking(rows) -> None:
    assert len(rows) == N
    check_row_shape_and_ids(rows, "heldout22")


def test_deterministic_per_seed_and_index() -> None:
    check_deterministic_per_seed_and_index(h22, "heldout22")


def test_every_layout_produced_and_new(rows) -> None:
    check_every_layout_produced_and_new(rows, h22, 11, EARLIER)


def test_every_type_present(rows) -> None:
    check_every_type_present(rows, h22)


# --------------------------------------------------------------------------- values
CHECKS = value_checks(h22)


@pytest.mark.parametrize("kind", sorted(CHECKS))
def test_identifiers_valid_unless_mistyped(rows, kind) -> None:
    check_identifiers_valid_unless_mistyped(rows, kind, CHECKS[kind])


def test_mistyped_identifiers_about_ten_percent(rows) -> None:
    check_mistyped_share(rows, sorted(MISTYPABLE))


def test_unicode_tricks_in_about_ten_percent_of_rows(rows) -> None:
    check_unicode_tricks_in_about_ten_percent_of_rows(rows)


@pytest.mark.parametrize(
    ("day", "said"),
    [(date(1985, 3, 12), "12 Mac 1985"), (date(1990, 8, 1), "1 Ogos 1990")],
)
def test_malay_dates(day, said) -> None:
    got = {h22.malay_date(random.Random(k), day) for k in range(40)}
    assert said in got and day.strftime("%d/%m/%Y") in got and day.strftime("%d.%m.%Y") in got


@pytest.mark.parametrize(
    ("day", "said"),
    [(date(1975, 3, 12), "12 de marzo de 1975"), (date(1948, 10, 2), "2 de octubre de 1948")],
)
def test_spanish_dates(day, said) -> None:
    got = {h22.spanish_date(random.Random(k), day) for k in range(40)}
    assert said in got and day.strftime("%d/%m/%Y") in got
    assert f"{day.day}-{day.month}-{day.year}" in got


# --------------------------------------------------------------------------- layouts
# Non-personal look-alikes each layout must carry UNLABELLED (so precision is measured):
# group 1 of the pattern must be found in every row of the layout and overlap no span.
LOOK_ALIKES = {
    "interpreter_booking_confirmation": [
        r"Booking reference: (BK\d{6})",
        r"NRPSI no: (\d{5})",
        r"Date: (\d\d/\d\d/\d{4})",
        r"Time: (\d\d:\d\d)",
    ],
    "llm_drafted_complaint_markdown": [
        r"Previous reference:\*\* (COMP-\d{4}-\d{5})",
        r"1\. \*\*(\d\d/\d\d/\d{4})\*\*",
        r"Compensation of \*\*(£\d+)\*\*",
    ],
    "dhp_application_form_text": [
        r"claim number: (\d{7})",
        r"Monthly rent: (£\d+\.00)",
        r"Shortfall: (£\d+\.00)",
    ],
    "blue_badge_refusal_appeal_letter": [
        r"Application reference: (BB/\d{4}/\d{6})",
        r"scored me (\d) points",
        r"decision of (\d\d/\d\d/\d{4})",
    ],
    "out_of_office_autoreply_chain": [
        r"\[Ticket#(\d{12})\]",
        r"office until (\d\d/\d\d/\d{4})",
    ],
    "uc_award_statement_pasted": [
        r"Assessment period (\d\d/\d\d/\d{4})",
        r"Standard allowance  (£\d+\.\d\d)",
        r"You will be paid  (£[\d,]+\.\d\d)",
        r"Statement ref ([A-Z2-9]{8})",
    ],
    "homelessness_assessment_checkbox_form": [
        r"Case ref: (H-\d{4}-\d{5})",
        r"Priority need\? +(\[.\] Yes  \[.\] No)",
        r"officer on (\d\d/\d\d/\d{4})",
    ],
    "household_members_ascii_grid_table": [
        r"Register no: (HR\d{6})",
        r"Band: ([ABC])",
        r"(\+-+\+)",
    ],
    "care_leaver_pathway_plan_extract": [
        r"LA child ID: (\d{7})",
        r"allowance: (£\d{4})",
        r"Next review: (\d\d/\d\d/\d{4})",
    ],
    "iban_malay_language_letter": [
        r"Rujukan: (KES/\d{5})",
        r"Sewa rumah ialah (£\d{3})",
        r"sebelum (\d\d/\d\d/\d{4})",
    ],
    "fang_spanish_language_letter": [
        r"Expediente n\.º (EXP/\d{5})",
        r"es de (£\d{3})",
        r"antes del (\d\d/\d\d/\d{4})",
    ],
}


@pytest.mark.parametrize("layout", h22.LAYOUTS)
def test_look_alikes_present_and_unlabelled(rows, layout) -> None:
    check_look_alikes_present_and_unlabelled(rows, layout, LOOK_ALIKES[layout])


def _covered(row: dict, at: int) -> bool:
    return any(s["start"] <= at < s["end"] for s in row["spans"])


def test_markdown_marks_outside_spans(rows) -> None:
    for r in rows_of(rows, "llm_drafted_complaint_markdown"):
        assert r["text"].count("## ") >= 3, r["id"]
        for m in re.finditer(r"\*\*|^- ", r["text"], re.M):
            assert not any(_covered(r, k) for k in range(m.start(), m.end())), r["id"]
        m = re.search(r"- \*\*Name:\*\* (?:(?:Mrs|Ms|Miss|Mr|Dr|Mx|Cllr) )?", r["text"])
        assert any(s["start"] == m.end() and s["type"] == "PERSON" for s in r["spans"]), r["id"]
        assert span_starts_after(r, "- **Date of birth:** ", "DATE_OF_BIRTH"), r["id"]


def test_grid_cells_are_spans_and_borders_are_not(rows) -> None:
    for r in rows_of(rows, "household_members_ascii_grid_table"):
        for m in re.finditer(r"\|", r["text"]):
            assert not _covered(r, m.start()), r["id"]
        cells = list(
            re.finditer(r"^\| (.+?) +\| (?:Applicant|Partner|Son|Daughter)", r["text"], re.M)
        )
        assert cells, r["id"]
        for c in cells:
            assert (c.start(1), c.end(1)) in {
                (s["start"], s["end"]) for s in r["spans"] if s["type"] == "PERSON"
            }, (r["id"], c[1])
        dobs = re.findall(r"\| (\d\d/\d\d/\d{4}) +\|", r["text"])
        assert len(dobs) == len(cells), r["id"]
        for d in dobs:
            at = r["text"].index(d)
            assert any(s["start"] == at and s["type"] == "DATE_OF_BIRTH" for s in r["spans"])


def test_checkboxes_never_labelled(rows) -> None:
    for r in rows_of(rows, "homelessness_assessment_checkbox_form"):
        boxes = list(re.finditer(r"\[[x ]\]", r["text"]))
        assert len(boxes) >= 8, r["id"]
        assert not any(_covered(r, m.start()) for m in boxes), r["id"]


def test_out_of_office_people_are_person(rows) -> None:
    for r in rows_of(rows, "out_of_office_autoreply_chain"):
        assert span_starts_after(r, "please contact ", "PERSON"), r["id"]
        assert span_starts_after(r, "\n\nHi ", "PERSON"), r["id"]


def test_foreign_dates_of_birth(rows) -> None:
    ms = values(rows, "iban_malay_language_letter", "DATE_OF_BIRTH")
    es = values(rows, "fang_spanish_language_letter", "DATE_OF_BIRTH")
    assert sum(bool(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d)) for d in ms) >= 50
    assert sum(bool(re.fullmatch(r"\d{1,2} de [a-z]+ de \d{4}", d)) for d in es) >= 50
    for r in rows_of(rows, "iban_malay_language_letter"):
        assert span_starts_after(r, "Saya dilahirkan pada ", "DATE_OF_BIRTH"), r["id"]
    for r in rows_of(rows, "fang_spanish_language_letter"):
        assert span_starts_after(r, " y nací el ", "DATE_OF_BIRTH"), r["id"]


def test_writers_of_foreign_letters_from_their_community(rows) -> None:
    iban = {n for n, _ in h22.FIRST_NAMES["iban"]}
    fang = {n for n, _ in h22.FIRST_NAMES["fang"]}
    for layout, caption, names in (
        ("iban_malay_language_letter", "Nama saya ", iban),
        ("fang_spanish_language_letter", "Me llamo ", fang),
    ):
        for r in rows_of(rows, layout):
            at = r["text"].index(caption) + len(caption)
            (span,) = [s for s in r["spans"] if s["start"] == at]
            name = r["text"][span["start"] : span["end"]]
            assert any(name.casefold().startswith(n.casefold()) for n in names), (r["id"], name)


def test_places_from_new_areas(rows) -> None:
    areas = {
        re.match(r"[A-Z]+", v.upper())[0]
        for r in rows
        for v, _ in written(r, "UK_POSTCODE")
        if " " not in v.strip()[:2]
    }
    assert {"TA", "EX", "TR", "HU", "BH", "NR", "KA", "IV", "AB", "SA", "LL", "BT"} <= areas
    places = {v for r in rows for v, _ in written(r, "LOCATION")}
    for name in ("Kimmeridge", "Sliddery", "Rhoscolyn", "Cloughey Townland"):
        assert any(name.casefold() == p.casefold() for p in places), name


# --------------------------------------------------------------------------- own tables
def test_no_name_or_place_shared_with_earlier_families() -> None:
    check_no_name_or_place_shared_with_earlier_families(h22, EARLIER)


def test_eleven_new_name_communities() -> None:
    earlier = {c for m in EARLIER for c in m.FIRST_NAMES}
    assert len(set(h22.FIRST_NAMES)) == 11
    assert not set(h22.FIRST_NAMES) & earlier


def test_organisations_new() -> None:
    old = []
    for m in EARLIER:
        old += [
            o for v in vars(m).values() if isinstance(v, list) for o in v if hasattr(o, "mailbox")
        ]
    mine = (
        h22.ORGS
        + h22.INTERPRETERS
        + h22.DWP_UC
        + h22.LETTING_AGENTS
        + h22.ASSESSORS
        + h22.PRACTICES
        + h22.LEAVING_CARE
    )
    assert len(old) > 100
    assert not {o.mailbox for o in mine} & {o.mailbox for o in old}
    assert not {o.name for o in mine} & {o.name for o in old}
    assert not {o.phone for o in mine} & {o.phone for o in old}


def test_allow_list_covers_recipient_contacts(rows) -> None:
    check_allow_list_covers_recipient_contacts(rows, h22)


def test_write_set(tmp_path) -> None:
    check_write_set(tmp_path, h22, "heldout22")
