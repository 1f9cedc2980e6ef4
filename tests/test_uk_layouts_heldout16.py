"""The blind heldout16 UK layout set (evaluation/synthetic/uk_layouts_heldout16.py): spans,
determinism, coverage of layouts and types, valid identifiers (URL-encoded and OCR-hyphenated
values undone first), unlabelled look-alikes, dates of birth as systems write them with the age
left outside the span, HL7 components, mojibake and URL-encoded values labelled as written,
mistype and Unicode-trick rates, and no value shared with the earlier families. Fast: no
models, no redactor."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import date
from urllib.parse import unquote_plus

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

N = 1000
EARLIER = (h3, h4, h5, h6, h7, h8, h9, h10, h11, h12, h13, h14, h15)


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h16.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


# --------------------------------------------------------------------------- shape
def test_spans_point_at_the_written_values(built) -> None:
    check_spans_point_at_the_written_values(built)


def test_spans_sorted_and_disjoint_with_known_types(rows) -> None:
    check_spans_sorted_and_disjoint_with_known_types(rows, h16)


def test_row_shape_ids_and_synthetic_marking(rows) -> None:
    assert len(rows) == N
    check_row_shape_and_ids(rows, "heldout16")


def test_deterministic_per_seed_and_index() -> None:
    check_deterministic_per_seed_and_index(h16, "heldout16")


def test_every_layout_produced_and_new(rows) -> None:
    check_every_layout_produced_and_new(rows, h16, 11, EARLIER)


def test_every_type_present(rows) -> None:
    check_every_type_present(rows, h16)


# --------------------------------------------------------------------------- values
def _undone(ok: Callable[[str], bool]) -> Callable[[str], bool]:
    """The check on the value with URL encoding undone, or with an OCR hyphenation ("gm- ail")
    joined again: both are how the value was written, not a mistype."""
    return lambda value: ok(unquote_plus(value)) or ok(unquote_plus(value).replace("- ", ""))


CHECKS = {kind: _undone(ok) for kind, ok in value_checks(h16).items()}


@pytest.mark.parametrize("kind", sorted(CHECKS))
def test_identifiers_valid_unless_mistyped(rows, kind) -> None:
    check_identifiers_valid_unless_mistyped(rows, kind, CHECKS[kind])


def test_mistyped_identifiers_about_ten_percent(rows) -> None:
    check_mistyped_share(rows, sorted(MISTYPABLE))


def test_unicode_tricks_in_about_ten_percent_of_rows(rows) -> None:
    check_unicode_tricks_in_about_ten_percent_of_rows(rows)


def test_person_dob_forms() -> None:
    rng = random.Random(0)
    got = {h16.person_dob(rng, date(1948, 3, 2)) for _ in range(400)}
    assert {"19480302", "02-MAR-1948", "2/3/1948", "1948-03-02"} <= got


def test_new_date_of_birth_forms(rows) -> None:
    dobs = [v for r in rows for v, _ in written(r, "DATE_OF_BIRTH")]
    assert sum(bool(re.fullmatch(r"(19|20)\d{6}", d)) for d in dobs) >= 100  # HL7 and compact
    assert sum(bool(re.fullmatch(r"\d\d-[A-Z]{3}-\d{4}", d)) for d in dobs) >= 30
    assert sum(bool(re.fullmatch(r"\d{1,2}%2F\d{1,2}%2F\d{4}", d)) for d in dobs) >= 5


_AGE = re.compile(r" \(aged (\d+)\)| \((\d+) yrs\)|, age (\d+)| \[(\d+)\]")


def test_age_beside_date_of_birth_stays_outside_the_span(rows) -> None:
    mine = rows_of(rows, "missing_child_return_interview")
    for r in mine:
        s = next(s for s in r["spans"] if s["type"] == "DATE_OF_BIRTH")
        m = _AGE.match(r["text"], s["end"])
        assert m and 10 <= int(next(g for g in m.groups() if g)) <= 19, r["id"]
    assert len(mine) >= 80


# --------------------------------------------------------------------------- layouts
# Non-personal look-alikes each layout must carry UNLABELLED (so precision is measured):
# group 1 of the pattern must be found in every row of the layout and overlap no span.
LOOK_ALIKES = {
    "victim_contact_scheme_letter": [
        r"Our ref: (VCU/\d\d/\d{5})",
        r"CRN: (X\d{6})",
        r"prison no\. (A\d{4}[A-Z]{2})",
        r"release date is (\d\d/\d\d/\d{4})",
        r"sentenced on (\d{1,2} \w+ \d{4})",
    ],
    "ukvi_mp_account_reply_forward": [
        r"our ref (MP\d{5}/\d\d)",
        r"Home Office ref: ([A-Z]\d{7})",
        r"GWF ref: (GWF\d{9})",
        r"applied on (\d{1,2} \w+ \d{4})",
    ],
    "hb_overpayment_invoice": [
        r"Invoice no: (\d{9})",
        r"Debtor no: (\d{7})",
        r"Claim ref: (HB/\d{7})",
        r"Balance due: (£[\d,]+\.00)",
        r"Overpayment period: (\d\d/\d\d/\d{4} to \d\d/\d\d/\d{4})",
    ],
    "council_tax_liability_summons": [
        r"Account reference: (\d{8})",
        r"Summons no: (S\d{4}/\d{5})",
        r"sum of (£[\d,]+\.\d\d)",
        r"summoned to appear on (\w+ \d{1,2} \w+ \d{4} at \d\d:\d\d)",
    ],
    "hl7_adt_discharge_message": [
        r"ADT\^A03\|(\d{10})\|",
        r"~(RK\d{6})\^",
        r"EVN\|A03\|(\d{12})",
        r"PV1\|1\|I\|([A-Z]{4}\^\d\d)",
    ],
    "missing_child_return_interview": [
        r"MISPER ref: (GLOS-\d{6}-\d{4})",
        r"reg ([A-Z]{2}\d\d [A-Z]{3})",
        r"Missing from (\d\d/\d\d/\d{4} \d\d:\d\d)",
    ],
    "garden_waste_dd_tsv_export": [
        r"(GW\d\d-\d{6})\t",
        r"\t(\d+\.00)\t",
        r"\t(\d{4}-\d\d-\d\d)\n",
    ],
    "personal_licence_application": [
        r"certificate no\. (APLH-\d{6})",
        r"Basic disclosure certificate no\. (\d{12})",
        r"receipt (WFL\d{6})",
        r"Fee: (£37\.00)",
    ],
    "mojibake_legacy_crm_email": [
        r"CRM case (\d{6}-HSG)",
        r"created (\d\d/\d\d/\d{4})",
        r"\(ref (HL\d{5})\)",
    ],
    "urlencoded_form_error_log": [
        r"request_id=([0-9a-f]{12})",
        r"collection_date=(\d{4}-\d\d-\d\d)",
        r"amount=(\d\d\.00)",
        r"Ticket (INC\d{7})",
        r"\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3})\]",
    ],
    "allotment_tenancy_scanned_ocr": [
        r"P\S\St\sn\S\.\s(\d{1,2}[AB]?)\s",
        r"(£\d\d\.\d\d)\s",
        r"Dated\s(\d\d/\d\d/\d{4})",
    ],
}


@pytest.mark.parametrize("layout", h16.LAYOUTS)
def test_look_alikes_present_and_unlabelled(rows, layout) -> None:
    check_look_alikes_present_and_unlabelled(rows, layout, LOOK_ALIKES[layout])


def test_hl7_components_labelled_one_by_one(rows) -> None:
    for r in rows_of(rows, "hl7_adt_discharge_message"):
        pid = next(line for line in r["text"].split("\n") if line.startswith("PID|"))
        at = r["text"].index(pid)
        fields = pid.split("|")
        surname, forename = fields[5].split("^")[:2]
        dob = fields[7]
        got = {
            r["text"][s["start"] : s["end"]]: s["type"]
            for s in r["spans"]
            if at <= s["start"] < at + len(pid)
        }
        assert got.get(surname) == "PERSON" and got.get(forename) == "PERSON", r["id"]
        assert got.get(dob) == "DATE_OF_BIRTH" and re.fullmatch(r"\d{8}", dob), r["id"]
        assert span_starts_after(r, "PID|1||", "UK_NHS"), r["id"]
        nhs = next(s for s in r["spans"] if s["type"] == "UK_NHS")
        assert r["text"][nhs["end"] : nhs["end"] + 9] == "^^^NHS^NH", r["id"]


def test_urlencoded_values_labelled_as_written(rows) -> None:
    for r in rows_of(rows, "urlencoded_form_error_log"):
        for caption, kind in [
            ("&first_name=", "PERSON"),
            ("&last_name=", "PERSON"),
            ("&dob=", "DATE_OF_BIRTH"),
            ("&address_1=", "STREET_ADDRESS"),
            ("&town=", "LOCATION"),
            ("&postcode=", "UK_POSTCODE"),
            ("&email=", "EMAIL_ADDRESS"),
            ("&phone=", "PHONE_NUMBER"),
        ]:
            assert span_starts_after(r, caption, kind), (r["id"], caption)
    emails = values(rows, "urlencoded_form_error_log", "EMAIL_ADDRESS")
    assert emails and all("%40" in e and "@" not in e for e in emails)
    assert all("+" in p for p in values(rows, "urlencoded_form_error_log", "UK_POSTCODE"))


def test_mojibake_values_labelled_as_written(rows) -> None:
    mine = rows_of(rows, "mojibake_legacy_crm_email")
    spans = [r["text"][s["start"] : s["end"]] for r in mine for s in r["spans"]]
    assert sum("Ã" in v or "Å" in v for v in spans) >= 40
    for r in mine:  # no clean accented letter survives anywhere in the copied e-mail
        assert not re.search(r"[ìòùàèōūéôŷ]", r["text"]), r["id"]
        assert "â€™" in r["text"], r["id"]
    assert h16.mojibake("Ōshiro") == "ÅŒshiro"


def test_council_bank_details_are_organization(rows) -> None:
    for r in rows_of(rows, "hb_overpayment_invoice"):
        assert span_starts_after(r, "District Council, sort code ", "ORGANIZATION"), r["id"]
        assert span_starts_after(r, "account you gave us: sort code ", "UK_SORT_CODE"), r["id"]


def test_surname_first_and_capitals(rows) -> None:
    for r in rows_of(rows, "ukvi_mp_account_reply_forward"):
        at = r["text"].index("Applicant: ") + len("Applicant: ")
        s = next(s for s in r["spans"] if s["start"] == at)
        last, first = re.split(r",\s", r["text"][s["start"] : s["end"]], maxsplit=1)
        assert s["type"] == "PERSON" and last.isupper() and not first.isupper(), r["id"]
    caps = values(rows, "council_tax_liability_summons", "PERSON")
    assert sum(v.isupper() for v in caps) >= 60
    telugu = {n for n, _ in h16.SURNAMES["telugu"]}
    first = [
        v
        for layout in ("hb_overpayment_invoice", "personal_licence_application")
        for v in values(rows, layout, "PERSON")
        if v.split(" ")[0] in telugu and len(v.split(" ")) == 2 and not v.isupper()
    ]
    assert len(first) >= 3, first


def test_places_from_new_areas(rows) -> None:
    areas = {re.match(r"[A-Z]+", v.upper())[0] for r in rows for v, _ in written(r, "UK_POSTCODE")}
    assert {"PE", "GL", "CA", "NE", "TR", "LL", "LD", "IV", "PH", "BT"} <= areas
    places = {v for r in rows for v, _ in written(r, "LOCATION")}
    for name in ("Cornwall (Kernow)", "Toirbheartan", "Highland (Lochaber)"):
        assert name in places, name


# --------------------------------------------------------------------------- own tables
def test_no_name_or_place_shared_with_earlier_families() -> None:
    check_no_name_or_place_shared_with_earlier_families(h16, EARLIER)


def test_eleven_new_name_communities() -> None:
    earlier = {c for m in EARLIER for c in m.FIRST_NAMES}
    assert len(set(h16.FIRST_NAMES) - earlier) == 11


def test_gendered_surnames_paired() -> None:
    assert h16.V.surname_pairs["Tsydenov"] == "Tsydenova"
    assert h16.V.surname_pairs["Shogenova"] == "Shogenov"


def test_organisations_new() -> None:
    old = []
    for m in EARLIER:
        old += [
            o for v in vars(m).values() if isinstance(v, list) for o in v if hasattr(o, "mailbox")
        ]
    mine = h16.ORGS + h16.COURTS + h16.HOSPITALS + h16.POLICE + h16.TRAINERS + h16.PRISONS
    mine += [h16.UKVI]
    assert len(old) > 100
    assert not {o.mailbox for o in mine} & {o.mailbox for o in old}
    assert not {o.name for o in mine} & {o.name for o in old}
    assert not {o.phone for o in mine} & {o.phone for o in old}


def test_allow_list_covers_recipient_contacts(rows) -> None:
    check_allow_list_covers_recipient_contacts(rows, h16)


def test_write_set(tmp_path) -> None:
    check_write_set(tmp_path, h16, "heldout16")
