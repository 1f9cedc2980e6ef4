"""The blind heldout20 UK layout set (evaluation/synthetic/uk_layouts_heldout20.py): spans,
determinism, coverage of layouts and types, valid identifiers, unlabelled look-alikes, the
iMessage contact and the Teams speakers, Portuguese and Greek dates of birth, Greek feminine
surnames, mistype and Unicode-trick rates, and no value shared with the earlier families.
Fast: no models, no redactor."""

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

N = 1000
EARLIER = (h3, h4, h5, h6, h7, h8, h9, h10, h11, h12, h13, h14, h15, h16, h17, h18, h19)


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h20.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


# --------------------------------------------------------------------------- shape
def test_spans_point_at_the_written_values(built) -> None:
    check_spans_point_at_the_written_values(built)


def test_spans_sorted_and_disjoint_with_known_types(rows) -> None:
    check_spans_sorted_and_disjoint_with_known_types(rows, h20)


def test_row_shape_ids_and_synthetic_marking(rows) -> None:
    assert len(rows) == N
    check_row_shape_and_ids(rows, "heldout20")


def test_deterministic_per_seed_and_index() -> None:
    check_deterministic_per_seed_and_index(h20, "heldout20")


def test_every_layout_produced_and_new(rows) -> None:
    check_every_layout_produced_and_new(rows, h20, 11, EARLIER)


def test_every_type_present(rows) -> None:
    check_every_type_present(rows, h20)


# --------------------------------------------------------------------------- values
CHECKS = value_checks(h20)


@pytest.mark.parametrize("kind", sorted(CHECKS))
def test_identifiers_valid_unless_mistyped(rows, kind) -> None:
    check_identifiers_valid_unless_mistyped(rows, kind, CHECKS[kind])


def test_mistyped_identifiers_about_ten_percent(rows) -> None:
    check_mistyped_share(rows, sorted(MISTYPABLE))


def test_unicode_tricks_in_about_ten_percent_of_rows(rows) -> None:
    check_unicode_tricks_in_about_ten_percent_of_rows(rows)


@pytest.mark.parametrize(
    ("day", "said"),
    [(date(1980, 3, 12), "12 de março de 1980"), (date(1958, 9, 1), "1 de setembro de 1958")],
)
def test_portuguese_dates(day, said) -> None:
    got = {h20.portuguese_date(random.Random(k), day) for k in range(40)}
    assert said in got and day.strftime("%d/%m/%Y") in got


@pytest.mark.parametrize(
    ("day", "said"),
    [(date(1961, 3, 12), "12 Μαρτίου 1961"), (date(1958, 5, 1), "1 Μαΐου 1958")],
)
def test_greek_dates(day, said) -> None:
    got = {h20.greek_date(random.Random(k), day) for k in range(40)}
    assert said in got and f"{day.day}/{day.month}/{day.year}" in got


# --------------------------------------------------------------------------- layouts
# Non-personal look-alikes each layout must carry UNLABELLED (so precision is measured):
# group 1 of the pattern must be found in every row of the layout and overlap no span.
LOOK_ALIKES = {
    "imessage_screenshot_ocr_paste": [
        r"4G  (\d+%)",
        r"\nRead (\d\d:\d\d)",
        r"going up to (£\d+)",
        r"\nToday (\d\d:\d\d)",
    ],
    "teams_transcript_docx_speaker_lines": [
        r"\n(\d+m \d+s)\n",
        r"   (\d+:\d\d)\n",
        r"planning-(\d{8}_\d{4})",
    ],
    "possession_order_n26_typed_out": [
        r"Claim Number (K\d[A-Z]{2}\d{4})",
        r"representative ref ([A-Z]{2}/\d{5})",
        r"on or before (\d\d/\d\d/\d{4})",
        r"claimant (£[\d,]+\.\d\d) rent",
    ],
    "childcare_eligibility_code_forwarded": [
        r"eligibility code is (\d{11})",
        r"user ID: (\d\d(?: \d\d){5})",
        r"Reconfirm by: (\d\d/\d\d/\d{4})",
    ],
    "bulky_waste_booking_confirmation": [
        r"Booking reference: (BU-\d{6})",
        r"Card ending (\d{4})",
        r"Auth code (\d{6})",
        r"Fee paid: (£\d+\.\d\d)",
        r"Collection date: (\d\d/\d\d/\d{4})",
    ],
    "household_support_fund_evoucher": [
        r"Voucher code: ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})",
        r"Referral no: (HSF\d{7})",
        r"awarded (£\d+\.\d\d)",
    ],
    "cvi_sight_loss_certificate": [
        r"Hospital no: ([RKT]\d{6})",
        r"VA  R (\S+)",
        r"Examined: (\d\d/\d\d/\d{4})",
    ],
    "student_council_tax_exemption_certificate": [
        r"Student number: (\d{7})",
        r"HESA ID: (\d{13})",
        r"acct (\d{8})",
        r"Course start: (\d\d/\d\d/\d{4})",
    ],
    "premises_licence_representation": [
        r"application (LN/\d{4}/\d{4})",
        r" at (\d\d:\d\d): ",
        r"until (\d\d:\d\d) at",
    ],
    "cape_verdean_portuguese_letter": [
        r"processo n\.º (HOP/\d{5})",
        r"renda é de (£\d{3})",
        r"até (\d\d/\d\d/\d{4})",
    ],
    "pontic_greek_language_letter": [
        r"αρ\. (CC-\d{6})",
        r"Στις (\d\d/\d\d/\d{4})",
    ],
}


@pytest.mark.parametrize("layout", h20.LAYOUTS)
def test_look_alikes_present_and_unlabelled(rows, layout) -> None:
    check_look_alikes_present_and_unlabelled(rows, layout, LOOK_ALIKES[layout])


def _starts(row: dict, kind: str) -> set[int]:
    return {s["start"] for s in row["spans"] if s["type"] == kind}


def test_imessage_contact_and_number_labelled(rows) -> None:
    for r in rows_of(rows, "imessage_screenshot_ocr_paste"):
        top = re.search(r"\n< \d+\n", r["text"])
        assert top and top.end() in _starts(r, "PERSON"), r["id"]
        under = r["text"].index(" >\n") + 3
        assert under in _starts(r, "PHONE_NUMBER"), r["id"]
        for word in ("iMessage", "Delivered"):
            at = r["text"].index(word)
            assert not any(s["start"] <= at < s["end"] for s in r["spans"]), r["id"]


def test_teams_speakers_are_person_each_time(rows) -> None:
    for r in rows_of(rows, "teams_transcript_docx_speaker_lines"):
        lines = list(re.finditer(r"(?m)^(.+?)   \d+:\d\d$", r["text"]))
        assert len(lines) >= 8, r["id"]
        ends = {(s["start"], s["end"]) for s in r["spans"] if s["type"] == "PERSON"}
        assert all(m.span(1) in ends for m in lines), r["id"]


def test_foreign_dates_of_birth(rows) -> None:
    pt = values(rows, "cape_verdean_portuguese_letter", "DATE_OF_BIRTH")
    gr = values(rows, "pontic_greek_language_letter", "DATE_OF_BIRTH")
    assert sum(bool(re.fullmatch(r"\d{1,2} de [a-zç]+ de \d{4}", d)) for d in pt) >= 50
    assert sum(bool(re.fullmatch(r"\d{1,2} [Α-Ωα-ωΐ-ώ]+ \d{4}", d)) for d in gr) >= 20


def test_greek_relatives_take_their_own_form_of_the_surname(rows) -> None:
    checked = 0
    for r in rows_of(rows, "pontic_greek_language_letter"):
        for caption, wrong in (("Η κόρη μου ", "dis"), ("Ο γιος μου ", "dou")):
            if caption in r["text"]:
                at = r["text"].index(caption) + len(caption)
                (name,) = [r["text"][s["start"] : s["end"]] for s in r["spans"] if s["start"] == at]
                assert not name.endswith(wrong), (r["id"], name)
                checked += 1
    assert checked >= 50
    assert h20.V.surname_pairs["Savvidis"] == "Savvidou"
    assert h20.V.surname_pairs["Anastasiadou"] == "Anastasiadis"


def test_places_from_new_areas(rows) -> None:
    areas = {
        re.match(r"[A-Z]+", v.upper())[0]
        for r in rows
        for v, _ in written(r, "UK_POSTCODE")
        if " " not in v.strip()[:2]
    }
    assert {"CM", "OX", "TA", "PL", "EH", "KA", "SA", "LL", "BT"} <= areas
    places = {v for r in rows for v, _ in written(r, "LOCATION")}
    for name in ("Tillingham", "Scurlage", "Ballyhornan"):
        assert name in places or name.upper() in places, name


# --------------------------------------------------------------------------- own tables
def test_no_name_or_place_shared_with_earlier_families() -> None:
    check_no_name_or_place_shared_with_earlier_families(h20, EARLIER)


def test_eleven_new_name_communities() -> None:
    earlier = {c for m in EARLIER for c in m.FIRST_NAMES}
    assert len(set(h20.FIRST_NAMES) - earlier) == 11


def test_organisations_new() -> None:
    old = []
    for m in EARLIER:
        old += [
            o for v in vars(m).values() if isinstance(v, list) for o in v if hasattr(o, "mailbox")
        ]
    mine = (
        h20.ORGS
        + h20.COURTS
        + h20.SOLICITORS
        + h20.CHILDCARE
        + h20.EYE_CLINICS
        + h20.PRACTICES
        + h20.UNIVERSITIES
        + h20.VOUCHERS
        + h20.PREMISES
    )
    assert len(old) > 100
    assert not {o.mailbox for o in mine} & {o.mailbox for o in old}
    assert not {o.name for o in mine} & {o.name for o in old}
    assert not {o.phone for o in mine} & {o.phone for o in old}


def test_allow_list_covers_recipient_contacts(rows) -> None:
    check_allow_list_covers_recipient_contacts(rows, h20)


def test_write_set(tmp_path) -> None:
    check_write_set(tmp_path, h20, "heldout20")
