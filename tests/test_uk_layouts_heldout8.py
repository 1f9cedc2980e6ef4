"""The blind heldout8 UK layout set (evaluation/synthetic/uk_layouts_heldout8.py): spans,
determinism, coverage of layouts and types, valid identifiers, unlabelled look-alikes, mistype
and Unicode-trick rates, and no value shared with the earlier families. Fast: no models, no
redactor."""

from __future__ import annotations

import csv
import random
import re

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

N = 1000


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h8.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


# --------------------------------------------------------------------------- shape
def test_spans_point_at_the_written_values(built) -> None:
    check_spans_point_at_the_written_values(built)


def test_spans_sorted_and_disjoint_with_known_types(rows) -> None:
    check_spans_sorted_and_disjoint_with_known_types(rows, h8)


def test_row_shape_ids_and_synthetic_marking(rows) -> None:
    assert len(rows) == N
    check_row_shape_and_ids(rows, "heldout8")


def test_deterministic_per_seed_and_index() -> None:
    check_deterministic_per_seed_and_index(h8, "heldout8")


def test_every_layout_produced_and_new(rows) -> None:
    check_every_layout_produced_and_new(rows, h8, 14, (h3, h4, h5, h6, h7))


def test_every_type_present(rows) -> None:
    check_every_type_present(rows, h8)


# --------------------------------------------------------------------------- values
CHECKS = value_checks(h8)


@pytest.mark.parametrize("kind", sorted(CHECKS))
def test_identifiers_valid_unless_mistyped(rows, kind) -> None:
    check_identifiers_valid_unless_mistyped(rows, kind, CHECKS[kind])


def test_mistyped_identifiers_about_ten_percent(rows) -> None:
    check_mistyped_share(rows, sorted(MISTYPABLE))


def test_unicode_tricks_in_about_ten_percent_of_rows(rows) -> None:
    check_unicode_tricks_in_about_ten_percent_of_rows(rows)


# --------------------------------------------------------------------------- layouts
# Non-personal look-alikes each layout must carry UNLABELLED (so precision is measured):
# group 1 of the pattern must be found in every row of the layout and overlap no span.
LOOK_ALIKES = {
    "council_tax_reduction_household": [
        r"Claim ref: (CTR/\d{7})",
        r"Council tax account: (\d{8})",
        r"\| (£\d+\.\d\d) \|",
    ],
    "deposit_dispute_inventory": [
        r"Deposit ID (DAN-\d{8})",
        r"adjudication case (ADR\d{7})",
        r"Deduction claimed: (£\d+\.\d\d)",
    ],
    "dfg_occupational_therapy_report": [
        r"DFG ref: (DFG/\d\d/\d{4})",
        r"HCPC (OT\d{5})",
        r"(\d{3} mm)",
    ],
    "school_transport_appeal": [
        r"route (R\d{3})",
        r"Pupil ID (\d{6})",
        r"as (\d\.\d miles)",
    ],
    "tell_us_once_follow_up": [
        r"Tell Us Once reference: (TUO\d{8})",
        r"\(entry (\d{3}) in the",
        r"died on (\d\d/\d\d/\d{4})",
    ],
    "pest_control_job_sheet": [r"Job no: (PC\d{6})", r"(BS-\d\d)", r"LOT (\d{6})"],
    "library_membership_csv": [
        r"(?m)^(2\d{13}),",
        r"(?m),(\d{4}-\d\d-\d\d),(?:ADULT|CHILD|HOUSEBOUND|CONCESSION)$",
    ],
    "noise_nuisance_diary": [
        r"Case ref: (EPU/\d{6})",
        r"\| (\d\d:\d\d-\d\d:\d\d) \|",
        r"\| (\d\d dB) \|",
    ],
    "marac_referral_aliases": [
        r"MARAC ref: (MRC-\d{4}-\d{3})",
        r"DASH score: (\d\d/24)",
        r"crime ref (\d\d/\d{6}/\d\d)",
    ],
    "immigration_status_check": [
        r"Share code: ([A-Z0-9]{3} [A-Z0-9]{3} [A-Z0-9]{3})",
        r"BRP number: ([A-Z]{2}\d{7})",
        r"Home Office ref: ([A-Z]\d{7})",
    ],
    "hospital_discharge_duty_to_refer": [
        r"Hospital number: ([A-Z]{2}\d{7})",
        r"(Ward \d+) \(",
        r"Expected discharge: (\d\d/\d\d/\d{4})",
    ],
    "food_bank_voucher_labels_after": [
        r"(FBV-\d{6})",
        r"(\d\d:00-\d\d:30)",
        r"(\d) adults?   \(adults",
    ],
    "tenancy_sign_up_checklist": [
        r"Tenancy ref: (TEN/\d{6})",
        r"Key fobs: (\d{6}), \d{6}",
        r"Electric meter (E\d\d[A-Z]\d{5})",
        r"reading (\d{5})",
    ],
    "hmo_inspection_room_schedule": [
        r"Licence no: (HMO/\d{4}/\d{3})",
        r"(\d{1,2}\.\d\d m²)",
        r"(FD30)",
    ],
}


@pytest.mark.parametrize("layout", h8.LAYOUTS)
def test_look_alikes_present_and_unlabelled(rows, layout) -> None:
    check_look_alikes_present_and_unlabelled(rows, layout, LOOK_ALIKES[layout])


def test_layout_specific_shapes(rows) -> None:
    # the food bank voucher: every labelled value is followed by its caption in brackets
    for r in rows:
        if r["layout"] == "food_bank_voucher_labels_after":
            for s in r["spans"]:
                if s["type"] not in ("ORGANIZATION", "PERSON"):
                    assert re.match(r"   \([a-z /]+\)\n", r["text"][s["end"] :]), (r["id"], s)
    # library CSV rows: 13 cells each, a cell with a comma quoted whole
    for r in rows:
        if r["layout"] == "library_membership_csv":
            for line in r["text"].splitlines():
                if re.match(r"2\d{13},", line):
                    assert len(next(csv.reader([line]))) == 13, (r["id"], line)
    # the noise diary's text messages are written in lower case, values included
    lower = values(rows, "noise_nuisance_diary", "PHONE_NUMBER") + values(
        rows, "noise_nuisance_diary", "PERSON"
    )
    assert any(x.islower() for x in lower)
    # driving licences and passports written plainly (no MRZ) at the tenancy sign-ups
    signup = [r for r in rows if r["layout"] == "tenancy_sign_up_checklist"]
    assert all(written(r, "UK_DRIVING_LICENCE") or written(r, "UK_PASSPORT") for r in signup)
    assert all(written(r, "UK_PASSPORT") for r in rows if r["layout"] == "immigration_status_check")
    # a MARAC alias that is a former surname differs from the current one
    for r in rows:
        if r["layout"] == "marac_referral_aliases":
            former = re.search(r"Also known as: (.+) \(former surname\)", r["text"])[1]
            name = re.search(r"Name: (.+)", r["text"])[1]
            assert former.casefold() not in name.casefold().replace(",", "").split(), r["id"]
    # the deceased's date of birth is labelled; the date of death is not (a look-alike above)
    tuo = [r for r in rows if r["layout"] == "tell_us_once_follow_up"]
    assert all(written(r, "DATE_OF_BIRTH") for r in tuo)
    # Gaelic, Welsh and Irish-language place names are labelled as written
    places = {x for r in rows for x, _ in written(r, "LOCATION")}
    for name in ("Gallaibh", "Tref-y-clawdd", "Tír Eoghan", "Na h-Eileanan an Iar"):
        assert name in places, name


# --------------------------------------------------------------------------- own tables
def test_no_name_or_place_shared_with_earlier_families() -> None:
    check_no_name_or_place_shared_with_earlier_families(
        h8,
        (
            h3,
            h4,
            h5,
            h6,
            h7,
        ),
    )


def test_organisations_new() -> None:
    old = h3.ORGS + h3.SURGERIES + h3.FIRMS + h3.AGENTS
    old += h4.ORGS + h4.AGENTS + h4.BAILIFFS + h4.CARE_HOMES + h4.FOODBANKS + h4.HOSPITALS
    old += h5.ORGS + h5.SURGERIES + h5.FIRMS + h5.SUPPORT + h5.MP_OFFICES
    old += h6.ORGS + h6.FIRMS + h6.HOSPICES + h6.SURGERIES + h6.EMPLOYERS + h6.COURTS
    old += h7.ORGS + h7.HIRE_FIRMS + h7.GUEST_HOUSES + h7.SURGERIES + h7.CLAIMS_FIRMS + h7.ADVICE
    mine = h8.ORGS + h8.LETTING_AGENTS + h8.PEST_FIRMS + h8.HOSPITALS + h8.FOOD_BANKS
    mine += h8.ABUSE_SERVICES + h8.SURGERIES
    assert not {o.mailbox for o in mine} & {o.mailbox for o in old}
    assert not {o.name for o in mine} & {o.name for o in old}
    assert not {o.phone for o in mine} & {o.phone for o in old}


def test_allow_list_covers_recipient_contacts(rows) -> None:
    check_allow_list_covers_recipient_contacts(rows, h8)


def test_write_set(tmp_path) -> None:
    check_write_set(tmp_path, h8, "heldout8")


def test_relatives_of_the_other_sex_take_the_other_surname_form() -> None:
    # a Latvian, Bulgarian or Slovak woman's surname has its own form (a school transport
    # appeal had "Zane Kļaviņš" as the wife of "Kārlis Kļaviņš" before kin() knew it)
    for i, (male, female) in enumerate(
        [("Kļaviņš", "Kļaviņa"), ("Stoyanov", "Stoyanova"), ("Červeňák", "Červeňáková")]
    ):
        if male not in h8.SURNAME_PAIRS:
            continue
        v = h8.V(random.Random(i))
        culture = next(c for c, names in h8.SURNAMES.items() if (male, "m") in names)
        father = v.person(culture, "m", surname=male)
        assert v.kin(father, gender="f").last == female
        assert v.kin(father, gender="m").last == male
        assert v.kin(v.kin(father, gender="f"), gender="m").last == male
    assert len(h8.SURNAME_PAIRS) >= 20
