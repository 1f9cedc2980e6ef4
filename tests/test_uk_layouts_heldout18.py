"""The blind heldout18 UK layout set (evaluation/synthetic/uk_layouts_heldout18.py): spans,
determinism, coverage of layouts and types, valid identifiers (comb-box bars and spoken digits
undone first), unlabelled look-alikes, comb boxes, WebVTT speakers, keyed IVR values, GEDCOM
names, crossings-out, mistype and Unicode-trick rates, and no value shared with the earlier
families. Fast: no models, no redactor."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
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

N = 1000
EARLIER = (h3, h4, h5, h6, h7, h8, h9, h10, h11, h12, h13, h14, h15, h16, h17)


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h18.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


# --------------------------------------------------------------------------- shape
def test_spans_point_at_the_written_values(built) -> None:
    check_spans_point_at_the_written_values(built)


def test_spans_sorted_and_disjoint_with_known_types(rows) -> None:
    check_spans_sorted_and_disjoint_with_known_types(rows, h18)


def test_row_shape_ids_and_synthetic_marking(rows) -> None:
    assert len(rows) == N
    check_row_shape_and_ids(rows, "heldout18")


def test_deterministic_per_seed_and_index() -> None:
    check_deterministic_per_seed_and_index(h18, "heldout18")


def test_every_layout_produced_and_new(rows) -> None:
    check_every_layout_produced_and_new(rows, h18, 11, EARLIER)


def test_every_type_present(rows) -> None:
    check_every_type_present(rows, h18)


# --------------------------------------------------------------------------- values
def _undone(ok: Callable[[str], bool]) -> Callable[[str], bool]:
    """The check on the value with comb-box bars removed, or with spoken digits turned back
    into characters: both are how the value was written, not a mistype."""
    return lambda value: ok(value) or ok(value.replace("|", "")) or ok(h18.unspeak(value))


CHECKS = {kind: _undone(ok) for kind, ok in value_checks(h18).items()}


@pytest.mark.parametrize("kind", sorted(CHECKS))
def test_identifiers_valid_unless_mistyped(rows, kind) -> None:
    check_identifiers_valid_unless_mistyped(rows, kind, CHECKS[kind])


def test_mistyped_identifiers_about_ten_percent(rows) -> None:
    check_mistyped_share(rows, sorted(MISTYPABLE))


def test_unicode_tricks_in_about_ten_percent_of_rows(rows) -> None:
    check_unicode_tricks_in_about_ten_percent_of_rows(rows)


@pytest.mark.parametrize(
    ("text", "boxed"), [("Palesa", "P|A|L|E|S|A"), ("LN11 8UP", "L|N|1|1| |8|U|P"), ("7", "7")]
)
def test_comb(text, boxed) -> None:
    assert h18.comb(text) == boxed


@pytest.mark.parametrize(
    ("day", "said"),
    [(date(1961, 3, 12), "12 mars 1961"), (date(1958, 5, 1), "1er mai 1958")],
)
def test_french_dates(day, said) -> None:
    got = {h18.french_date(random.Random(k), day) for k in range(40)}
    assert said in got


def test_gedcom_date() -> None:
    assert h18.gedcom_date(date(1961, 3, 12)) == "12 MAR 1961"


# --------------------------------------------------------------------------- layouts
# Non-personal look-alikes each layout must carry UNLABELLED (so precision is measured):
# group 1 of the pattern must be found in every row of the layout and overlap no span.
LOOK_ALIKES = {
    "comb_box_housing_register_form": [
        r"Form no\. (HR1/\d\d/\d{5})",
        r"received (\d\d/\d\d/\d{4})",
        r"(page 1 of 4)",
    ],
    "webvtt_multiagency_meeting_transcript": [
        r"(\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3})",
        r"ID (\d{3} \d{3} \d{3})#",
    ],
    "esignature_completion_certificate": [
        r"Envelope Id: ([0-9A-F-]{36})",
        r"IP Address: (\d+\.\d+\.\d+\.\d+)",
        r"Signed: (\d\d/\d\d/\d{4} \| \d\d:\d\d:\d\d)",
    ],
    "ivr_keypad_direct_debit_log": [
        r"Session ([0-9a-f]{12})",
        r"CT_REF_DTMF +(\d{8})#",
        r"Amount due (£[\d,]+\.\d\d)",
        r"\n(\d\d:\d\d:\d\d)  CLI",
    ],
    "gedcom_kin_tracing_export": [
        r"(@I1@)",
        r"1 DEAT\n2 DATE (\d{1,2} [A-Z]{3} \d{4})",
        r"Case (PHF/\d\d/\d{3})",
    ],
    "spreadsheet_merged_cells_paste": [
        r"\n(\d+)\t",
        r"\t(B\d{6})\t",
        r"\t(£\d+\.\d\d)\n",
    ],
    "police_incident_log_extract": [
        r"INCIDENT (\d{6}-\d{3})",
        r"\n(\d{4}) OP\d{4} ",
        r"PC (\d{4}) WORDS",
    ],
    "land_registry_title_register_copy": [
        r"Title number (DN\d{6})",
        r"was (£[\d,]+)\.",
        r"Edition date (\d\d/\d\d/\d{4})",
    ],
    "handwritten_visit_note_crossings_out": [
        r"Home visit (\d\d/\d\d/\d{4})",
        r"bath board (BB\d{3})",
        r"Step 2 (~~15~~ 18 cm)",
    ],
    "francophone_resident_letter": [
        r"n° (\d{9})\n",
        r"J'ai payé (£[\d,]+,\d\d)",
        r"le logement le (\d\d/\d\d/\d{4})",
    ],
    "property_tribunal_application_parties": [
        r"Ref: (FTS/HPC/RP/\d\d/\d{4})",
        r"registration number: (\d{6}/\d{3}/\d{5})",
        r"Notified to landlord on (\d\d/\d\d/\d{4})",
    ],
}


@pytest.mark.parametrize("layout", h18.LAYOUTS)
def test_look_alikes_present_and_unlabelled(rows, layout) -> None:
    check_look_alikes_present_and_unlabelled(rows, layout, LOOK_ALIKES[layout])


def test_comb_boxes_inside_the_outer_bars(rows) -> None:
    mine = rows_of(rows, "comb_box_housing_register_form")
    for r in mine:
        assert span_starts_after(r, "1a Surname      |", "PERSON"), r["id"]
        assert span_starts_after(r, "1c Date of birth |", "DATE_OF_BIRTH"), r["id"]
        for s in r["spans"]:
            got = r["text"][s["start"] : s["end"]]
            assert not got.startswith("|") and not got.endswith("|"), (r["id"], got)
    boxed = values(rows, "comb_box_housing_register_form", "PERSON")
    assert sum(bool(re.fullmatch(r"[^|](\|[^|])+", b)) for b in boxed) >= 150


def test_webvtt_speakers_are_person(rows) -> None:
    for r in rows_of(rows, "webvtt_multiagency_meeting_transcript"):
        tags = [m.end() for m in re.finditer("<v ", r["text"])]
        starts = {s["start"] for s in r["spans"] if s["type"] == "PERSON"}
        assert tags and all(t in starts for t in tags), r["id"]
    said = values(rows, "webvtt_multiagency_meeting_transcript", "PHONE_NUMBER")
    assert sum(" oh " in f" {v} " or "double" in v for v in said) >= 20


def test_ivr_keyed_values_without_the_hash(rows) -> None:
    for r in rows_of(rows, "ivr_keypad_direct_debit_log"):
        for kind in ("DATE_OF_BIRTH", "UK_SORT_CODE", "UK_BANK_ACCOUNT"):
            got = [v for v, _ in written(r, kind)]
            assert len(got) == 1 and got[0].isdigit(), (r["id"], kind, got)
        assert span_starts_after(r, "ASR_NAME       ", "PERSON"), r["id"]


def test_gedcom_names_with_slashes(rows) -> None:
    names = values(rows, "gedcom_kin_tracing_export", "PERSON")
    assert sum(bool(re.fullmatch(r"\S.* /.+/", n)) for n in names) >= 2.5 * len(
        rows_of(rows, "gedcom_kin_tracing_export")
    )
    for r in rows_of(rows, "gedcom_kin_tracing_export"):
        assert span_starts_after(r, "1 BIRT\n2 DATE ", "DATE_OF_BIRTH"), r["id"]


def test_crossings_out(rows) -> None:
    mine = rows_of(rows, "handwritten_visit_note_crossings_out")
    struck_phones = 0
    for r in mine:
        for m in re.finditer(r"~~([^~]+)~~", r["text"]):
            a, b = m.span(1)
            if re.fullmatch(r"\d{1,3}", m[1]):  # a struck number is outside every span
                assert not any(s["start"] < b and a < s["end"] for s in r["spans"]), r["id"]
            elif any(
                s["start"] == a and s["end"] == b and s["type"] == "PHONE_NUMBER"
                for s in r["spans"]
            ):
                struck_phones += 1
    assert struck_phones >= 30


def test_places_from_new_areas(rows) -> None:
    areas = {
        re.match(r"[A-Z]+", v.replace("|", "").upper())[0]
        for r in rows
        for v, _ in written(r, "UK_POSTCODE")
        if not re.search(r"\b(one|two|oh)\b", v)
    }
    assert {"LN", "BB", "TA", "DD", "SA", "LD", "BT"} <= areas
    places = {v for r in rows for v, _ in written(r, "LOCATION")}
    for name in ("Cnwclas", "Droim Bearach", "Glenprosen"):
        assert name in places or name.upper() in places, name


# --------------------------------------------------------------------------- own tables
def test_no_name_or_place_shared_with_earlier_families() -> None:
    check_no_name_or_place_shared_with_earlier_families(h18, EARLIER)


def test_eleven_new_name_communities() -> None:
    earlier = {c for m in EARLIER for c in m.FIRST_NAMES}
    assert len(set(h18.FIRST_NAMES) - earlier) == 11


def test_organisations_new() -> None:
    old = []
    for m in EARLIER:
        old += [
            o for v in vars(m).values() if isinstance(v, list) for o in v if hasattr(o, "mailbox")
        ]
    mine = h18.ORGS + h18.ADVICE + h18.GENEALOGISTS + h18.AGENTS + h18.LENDERS + h18.POLICE
    assert len(old) > 100
    assert not {o.mailbox for o in mine} & {o.mailbox for o in old}
    assert not {o.name for o in mine} & {o.name for o in old}
    assert not {o.phone for o in mine} & {o.phone for o in old}


def test_allow_list_covers_recipient_contacts(rows) -> None:
    check_allow_list_covers_recipient_contacts(rows, h18)


def test_write_set(tmp_path) -> None:
    check_write_set(tmp_path, h18, "heldout18")
