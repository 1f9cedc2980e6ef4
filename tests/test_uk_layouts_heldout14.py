"""The blind heldout14 UK layout set (evaluation/synthetic/uk_layouts_heldout14.py): spans,
determinism, coverage of layouts and types, valid identifiers, unlabelled look-alikes, dates of
birth written in words, roman numerals and "03APR1961", split postcodes, mistype and
Unicode-trick rates, and no value shared with the earlier families. Fast: no models, no
redactor."""

from __future__ import annotations

import json
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

N = 1000
EARLIER = (h3, h4, h5, h6, h7, h8, h9, h10, h11, h12, h13)


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h14.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


# --------------------------------------------------------------------------- shape
def test_spans_point_at_the_written_values(built) -> None:
    check_spans_point_at_the_written_values(built)


def test_spans_sorted_and_disjoint_with_known_types(rows) -> None:
    check_spans_sorted_and_disjoint_with_known_types(rows, h14)


def test_row_shape_ids_and_synthetic_marking(rows) -> None:
    assert len(rows) == N
    check_row_shape_and_ids(rows, "heldout14")


def test_deterministic_per_seed_and_index() -> None:
    check_deterministic_per_seed_and_index(h14, "heldout14")


def test_every_layout_produced_and_new(rows) -> None:
    check_every_layout_produced_and_new(rows, h14, 10, EARLIER)


def test_every_type_present(rows) -> None:
    check_every_type_present(rows, h14)


# --------------------------------------------------------------------------- values
CHECKS = value_checks(h14)
_HALVES = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?|\d[A-Z]{2}")


@pytest.mark.parametrize("kind", sorted(CHECKS))
def test_identifiers_valid_unless_mistyped(rows, kind) -> None:
    if kind != "UK_POSTCODE":
        check_identifiers_valid_unless_mistyped(rows, kind, CHECKS[kind])
        return
    # the PDF form splits a postcode into its outward and inward halves: each half its own span
    whole = [r for r in rows if r["layout"] != "pdf_form_field_dump"]
    check_identifiers_valid_unless_mistyped(whole, kind, CHECKS[kind])
    for r in rows_of(rows, "pdf_form_field_dump"):
        halves = [re.sub(r"\W", "", v) for v, _ in written(r, "UK_POSTCODE")]
        assert len(halves) == 2 and all(_HALVES.fullmatch(h) for h in halves), r["id"]


def test_mistyped_identifiers_about_ten_percent(rows) -> None:
    check_mistyped_share(rows, sorted(MISTYPABLE))


def test_unicode_tricks_in_about_ten_percent_of_rows(rows) -> None:
    check_unicode_tricks_in_about_ten_percent_of_rows(rows)


@pytest.mark.parametrize(
    ("born", "expected"),
    [
        (date(1961, 4, 3), "the third of April nineteen sixty-one"),
        (date(1905, 12, 30), "the thirtieth of December nineteen oh five"),
        (date(1948, 1, 21), "the twenty-first of January nineteen forty-eight"),
        (date(2000, 6, 20), "the twentieth of June two thousand"),
        (date(2007, 6, 2), "the second of June two thousand and seven"),
        (date(2014, 6, 2), "the second of June twenty fourteen"),
    ],
)
def test_dob_in_words(born, expected) -> None:
    assert h14.dob_in_words(born) == expected


def test_roman_dob_forms() -> None:
    rng = random.Random(0)
    got = {h14.roman_dob(rng, date(1961, 4, 3)) for _ in range(50)}
    assert got == {"3/iv/61", "3.iv.1961", "03APR1961"}


# --------------------------------------------------------------------------- layouts
# Non-personal look-alikes each layout must carry UNLABELLED (so precision is measured):
# group 1 of the pattern must be found in every row of the layout and overlap no span.
LOOK_ALIKES = {
    "pdf_form_field_dump": [
        r"(topmostSubform\[0\]\.Page1\[0\]\.Surname\[0\])",
        r"form (CTR\d rev \d)",
        r"# (\d\d fields, \d pages)",
    ],
    "crm_abbreviated_contact_note": [
        r"Interaction (INT-\d{8})",
        r"(dur \d+m\d\ds)",
    ],
    "dictated_voice_memo_letter": [
        r"memo (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)",
        r"(confidence 0\.\d\d)",
    ],
    "repairs_portal_json_webhook": [
        r'"event_id": "(evt_[0-9a-f]{16})"',
        r'"number": "(RJ\d{6})"',
        r'"uprn": "(\d{11})"',
    ],
    "school_mis_semicolon_export": [
        r"\n([A-Z]\d{12});\d{4};",
        r"\n[A-Z]\d{12};(\d{4});",
    ],
    "food_bank_referral_voucher": [
        r"No\. (FB\d{6})",
        r"Parcels this year: (\d of 3)",
    ],
    "access_to_work_application": [
        r"Case ref: (AtW/\d{4}/\d{6})",
        r"(ext \d{3,4})",
        r"grant cap (£\d{4})",
    ],
    "councillor_surgery_casework_log": [
        r"Surgery log - (\d{1,2} \w+ \d{4})",
        r"Case (\d{4}/\d{3}):",
    ],
    "tell_us_once_bereavement_summary": [
        r"Reference: (TUO-\d{9})",
        r"Date of death: (\d\d/\d\d/\d{4})",
    ],
    "probate_enquiry_ascii_family_tree": [
        r"Probate application no: (PA\d{10})",
        r"died (\d\d/\d\d/\d{4})",
    ],
}


@pytest.mark.parametrize("layout", h14.LAYOUTS)
def test_look_alikes_present_and_unlabelled(rows, layout) -> None:
    check_look_alikes_present_and_unlabelled(rows, layout, LOOK_ALIKES[layout])


def test_pdf_fields_labelled_and_postcode_split(rows) -> None:
    for r in rows_of(rows, "pdf_form_field_dump"):
        for caption, kind in [
            ("Surname[0]: ", "PERSON"),
            ("Forenames[0]: ", "PERSON"),
            ("DateOfBirth[0]: ", "DATE_OF_BIRTH"),
            ("AddressLine1[0]: ", "STREET_ADDRESS"),
            ("PostcodeOut[0]: ", "UK_POSTCODE"),
            ("PostcodeIn[0]: ", "UK_POSTCODE"),
        ]:
            assert span_starts_after(r, caption, kind), (r["id"], caption)


def test_webhook_body_is_json_with_labelled_keys(rows) -> None:
    for r in rows_of(rows, "repairs_portal_json_webhook"):
        json.loads(r["text"].split("\n\n", 1)[1])
        assert span_starts_after(r, '"forename": "', "PERSON"), r["id"]
        assert span_starts_after(r, '"surname": "', "PERSON"), r["id"]


def test_new_date_of_birth_forms(rows) -> None:
    dobs = [v for r in rows for v, _ in written(r, "DATE_OF_BIRTH")]
    assert sum(bool(re.fullmatch(r"\d\d[A-Z]{3}\d{4}", d)) for d in dobs) >= 20
    assert sum(bool(re.fullmatch(r"\d{1,2}[/.][ivx]+[/.]\d{2,4}", d)) for d in dobs) >= 20
    assert sum(d.startswith("the ") and " of " in d for d in dobs) >= 50


def test_intl_phones_and_dashed_accounts(rows) -> None:
    phones = [v for r in rows for v, _ in written(r, "PHONE_NUMBER")]
    assert sum(p.startswith("+44 (0)") for p in phones) >= 30
    accounts = [v for r in rows for v, s in written(r, "UK_BANK_ACCOUNT") if not s.get("mistyped")]
    assert sum(bool(re.fullmatch(r"\d{4}-\d{4}", a)) for a in accounts) >= 10


def test_surname_first_names(rows) -> None:
    for r in rows_of(rows, "crm_abbreviated_contact_note"):
        name = written(r, "PERSON")[0][0]
        last, first = name.split(" ", 1)
        assert last.isupper() and not first.isupper(), name


def test_places_from_new_areas(rows) -> None:
    areas = {
        re.match(r"[A-Z]+", v.upper())[0]
        for r in rows
        if r["layout"] != "pdf_form_field_dump"
        for v, _ in written(r, "UK_POSTCODE")
    }
    assert {"LN", "DN", "TS", "HR", "SY", "CA", "TD", "KW", "HS", "SA", "BT"} <= areas
    places = {v for r in rows for v, _ in written(r, "LOCATION")}
    for name in ("Penfro (N. Pembs.)", "Eileanan Siar (Leòdhas)", "Fermanagh & Omagh DC"):
        assert name in places, name


# --------------------------------------------------------------------------- own tables
def test_no_name_or_place_shared_with_earlier_families() -> None:
    check_no_name_or_place_shared_with_earlier_families(h14, EARLIER)


def test_eleven_new_name_communities() -> None:
    earlier = {c for m in EARLIER for c in m.FIRST_NAMES}
    assert len(set(h14.FIRST_NAMES) - earlier) == 11


def test_organisations_new() -> None:
    old = []
    for m in EARLIER:
        old += [
            o for v in vars(m).values() if isinstance(v, list) for o in v if hasattr(o, "mailbox")
        ]
    mine = h14.ORGS + h14.REFERRERS + h14.FUNERAL_DIRECTORS + h14.SOLICITORS + h14.CONTRACTORS
    assert len(old) > 100
    assert not {o.mailbox for o in mine} & {o.mailbox for o in old}
    assert not {o.name for o in mine} & {o.name for o in old}
    assert not {o.phone for o in mine} & {o.phone for o in old}


def test_allow_list_covers_recipient_contacts(rows) -> None:
    check_allow_list_covers_recipient_contacts(rows, h14)


def test_write_set(tmp_path) -> None:
    check_write_set(tmp_path, h14, "heldout14")
