"""The blind heldout9 UK layout set (evaluation/synthetic/uk_layouts_heldout9.py): spans,
determinism, coverage of layouts and types, valid identifiers, unlabelled look-alikes, mistype
and Unicode-trick rates, and no value shared with the earlier families. Fast: no models, no
redactor."""

from __future__ import annotations

import random

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

N = 1000
EARLIER = (h3, h4, h5, h6, h7, h8)


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h9.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


# --------------------------------------------------------------------------- shape
def test_spans_point_at_the_written_values(built) -> None:
    check_spans_point_at_the_written_values(built)


def test_spans_sorted_and_disjoint_with_known_types(rows) -> None:
    check_spans_sorted_and_disjoint_with_known_types(rows, h9)


def test_row_shape_ids_and_synthetic_marking(rows) -> None:
    assert len(rows) == N
    check_row_shape_and_ids(rows, "heldout9")


def test_deterministic_per_seed_and_index() -> None:
    check_deterministic_per_seed_and_index(h9, "heldout9")


def test_every_layout_produced_and_new(rows) -> None:
    check_every_layout_produced_and_new(rows, h9, 14, EARLIER)


def test_every_type_present(rows) -> None:
    check_every_type_present(rows, h9)


# --------------------------------------------------------------------------- values
CHECKS = value_checks(h9)


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
    "planning_objection_email": [
        r"application (\d\d/\d{5}/(?:FUL|HOU))",
        r"Comment ID (\d{7})",
        r"ridge height of (\d\.\dm)",
    ],
    "coroner_inquest_letter": [
        r"Our ref: (\d{4}/\d{4})",
        r"PM no\. (PM\d\d/\d{4})",
        r"died on (\d\d/\d\d/\d{4})",
        r"at (\d\d:\d\d), Court 2",
    ],
    "tenancy_succession_request": [
        r"Rent account: (\d{10})",
        r"Property ref: (P\d{6})",
        r"Date of death: (\d\d/\d\d/\d{4})",
    ],
    "safeguarding_strategy_minutes": [
        r"Mosaic ID: (\d{7})",
        r"Police occurrence: (\d{11})",
        r"Time: (\d\d:\d\d-\d\d:\d\d)",
    ],
    "pcn_challenge_keeper": [
        r"PCN number: (L[WB]\d{8})",
        r"Vehicle registration: ([A-Z]{2}\d\d [A-Z]{3})",
        r"V5C document reference: (\d{11})",
    ],
    "funeral_expenses_claim": [
        r"Invoice no: (FD\d{5})",
        r"Total +(£[\d,]+\.00)",
        r"Date of death\n    (\d\d/\d\d/\d{4})",
    ],
    "access_to_work_award_letter": [
        r"Access to Work reference: (A2W\d{7})",
        r"up to (£\d+\.\d0) an hour",
        r"runs from (\d\d/\d\d/\d{4})",
    ],
    "tax_credits_notice_quoted": [
        r"Claim reference: (\d\d \d{4} \d{4})",
        r"Award period: (\d\d/\d\d/\d{4} to \d\d/\d\d/\d{4})",
        r"Household income used: (£\d\d?,\d{3})",
    ],
    "care_home_fee_assessment": [
        r"Assessment no: (FA\d{6})",
        r"LPA ref: (7000-\d{4}-\d{4})",
        r"charge: (£\d+\.\d\d) per week",
    ],
    "facebook_page_inbox_copy": [
        r"CRM case (CRM-\d{7})",
        r" · (\d\d:\d\d)",
        r"the round is (r\d\d)",
    ],
    "ocr_fax_social_care_referral": [
        r"(P\.00[12]/002)",
        r"Job (\d{4})",
        r"(\d\d/\d\d/\d{4} \d\d:\d\d) FAX",
    ],
    "welsh_travel_pass_application": [r"Current card no\.: (633597 \d{4} \d{4} \d{4})"],
    "court_bundle_index": [
        r"Civil Bill No: (\d{4}/\d{6})",
        r"(?m)    (\d+-\d+)$",
        r"(?m)(\d\d\.\d\d\.\d\d)    \d",
    ],
    "taxi_driver_licence_renewal": [
        r"Badge no: (PH\d{4})",
        r"Check code: ([A-Za-z0-9]{8})",
        r"PVG scheme ID: (\d{4} \d{4} \d{4} \d{4})",
        r"plate no\. (\d+)",
    ],
}


@pytest.mark.parametrize("layout", h9.LAYOUTS)
def test_look_alikes_present_and_unlabelled(rows, layout) -> None:
    check_look_alikes_present_and_unlabelled(rows, layout, LOOK_ALIKES[layout])


def test_quoted_tax_credit_notice_keeps_its_values_on_quoted_lines(rows) -> None:
    # everything labelled after the forwarded notice starts sits on a "> " line
    for r in rows_of(rows, "tax_credits_notice_quoted"):
        start = r["text"].index("> HM Revenue")
        inside = [s for s in r["spans"] if s["start"] > start]
        assert any(s["type"] == "UK_NINO" for s in inside), r["id"]
        for s in inside:
            line_start = r["text"].rfind("\n", 0, s["start"]) + 1
            assert r["text"].startswith("> ", line_start), (r["id"], s)


def test_planning_acknowledgement_repeats_the_objectors_details(rows) -> None:
    for r in rows_of(rows, "planning_objection_email"):
        postcodes = [v for v, _ in written(r, "UK_POSTCODE")]
        assert len(postcodes) == 2 and postcodes[0] == postcodes[1], r["id"]
        quoted = r["text"][r["text"].index("> Name: ") :]
        assert any(s["start"] > len(r["text"]) - len(quoted) for s in r["spans"])


def test_ocr_fax_splits_values_at_the_margin(rows) -> None:
    fax = rows_of(rows, "ocr_fax_social_care_referral")
    split = [
        r["text"][s["start"] : s["end"]]
        for r in fax
        for s in r["spans"]
        if "\n" in r["text"][s["start"] : s["end"]]
    ]
    assert len(split) >= 10 and any("-\n" in x for x in split), split[:5]
    # no e-mail or driving licence in the OCR body: a hyphen at the margin would break them
    assert not any(written(r, "EMAIL_ADDRESS") or written(r, "UK_DRIVING_LICENCE") for r in fax)


def test_separate_first_name_and_surname_fields(rows) -> None:
    for layout, first, last in [
        ("welsh_travel_pass_application", "Enw cyntaf / First name: ", "Cyfenw / Surname: "),
        ("pcn_challenge_keeper", "Keeper first name: ", "Keeper surname: "),
    ]:
        for r in rows_of(rows, layout):
            starts = {s["start"] for s in r["spans"] if s["type"] == "PERSON"}
            for caption in (first, last):
                at = r["text"].index(caption) + len(caption)
                assert at in starts, (r["id"], caption)


def test_welsh_form_writes_dates_of_birth_the_welsh_way(rows) -> None:
    dobs = values(rows, "welsh_travel_pass_application", "DATE_OF_BIRTH")
    months = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst")
    assert any(any(m in d for m in months) for d in dobs)


def test_handles_keep_the_at_sign_outside_the_span(rows) -> None:
    handles = 0
    for r in rows_of(rows, "facebook_page_inbox_copy"):
        for s in r["spans"]:
            if r["text"][s["start"] - 1] == "@" and s["type"] == "PERSON":
                handles += 1
        assert "@" + r["text"].split("my neighbour @", 1)[1].split(" ", 1)[0] in r["text"]
    assert handles == len(rows_of(rows, "facebook_page_inbox_copy"))


def test_deceased_dates_of_birth_labelled(rows) -> None:
    # the person who died: date of birth labelled (the date of death is a look-alike above)
    for layout, caption in [
        ("coroner_inquest_letter", ", date of birth "),
        ("funeral_expenses_claim", "Q8 Their date of birth\n    "),
        ("tenancy_succession_request", "THE TENANT WHO DIED\nName: "),
    ]:
        for r in rows_of(rows, layout):
            if layout == "tenancy_succession_request":
                caption_dob = caption + r["text"].split(caption, 1)[1].split("\n", 1)[0] + "\n"
                assert span_starts_after(r, caption_dob + "Date of birth: ", "DATE_OF_BIRTH")
            else:
                assert span_starts_after(r, caption, "DATE_OF_BIRTH"), r["id"]


def test_new_county_forms_labelled_as_written(rows) -> None:
    places = {x for r in rows for x, _ in written(r, "LOCATION")}
    for name in ("Sir Caerffili", "Gŵyr", "Northumb.", "Fife Region", "Co. L'derry", "Nflk"):
        assert name in places, name


# --------------------------------------------------------------------------- own tables
def test_no_name_or_place_shared_with_earlier_families() -> None:
    check_no_name_or_place_shared_with_earlier_families(h9, EARLIER)


def test_organisations_new() -> None:
    old = h3.ORGS + h3.SURGERIES + h3.FIRMS + h3.AGENTS
    old += h4.ORGS + h4.AGENTS + h4.BAILIFFS + h4.CARE_HOMES + h4.FOODBANKS + h4.HOSPITALS
    old += h5.ORGS + h5.SURGERIES + h5.FIRMS + h5.SUPPORT + h5.MP_OFFICES
    old += h6.ORGS + h6.FIRMS + h6.HOSPICES + h6.SURGERIES + h6.EMPLOYERS + h6.COURTS
    old += h7.ORGS + h7.HIRE_FIRMS + h7.GUEST_HOUSES + h7.SURGERIES + h7.CLAIMS_FIRMS + h7.ADVICE
    old += h8.ORGS + h8.LETTING_AGENTS + h8.PEST_FIRMS + h8.HOSPITALS + h8.FOOD_BANKS
    old += h8.ABUSE_SERVICES + h8.SURGERIES
    mine = h9.ORGS + h9.FUNERAL_DIRECTORS + h9.EMPLOYERS + h9.CARE_HOMES + h9.SURGERIES
    mine += h9.SOLICITORS + h9.TAXI_OPERATORS
    assert not {o.mailbox for o in mine} & {o.mailbox for o in old}
    assert not {o.name for o in mine} & {o.name for o in old}
    assert not {o.phone for o in mine} & {o.phone for o in old}


def test_allow_list_covers_recipient_contacts(rows) -> None:
    check_allow_list_covers_recipient_contacts(rows, h9)


def test_write_set(tmp_path) -> None:
    check_write_set(tmp_path, h9, "heldout9")


def test_relatives_of_the_other_sex_take_the_other_czech_surname_form() -> None:
    for i, (male, female) in enumerate(
        [
            ("Novotný", "Novotná"),
            ("Procházka", "Procházková"),
            ("Hájek", "Hájková"),
            ("Němec", "Němcová"),
        ]
    ):
        assert h9.SURNAME_PAIRS[male] == female
        v = h9.V(random.Random(i))
        father = v.person("czech", "m", surname=male)
        assert v.kin(father, gender="f").last == female
        assert v.kin(father, gender="m").last == male
        assert v.kin(v.kin(father, gender="f"), gender="m").last == male


def test_doctors_titled_dr_outside_the_span(rows) -> None:
    for layout, caption in [
        ("coroner_inquest_letter", "carried out by Dr "),
        ("taxi_driver_licence_renewal", "Medical by Dr "),
    ]:
        for r in rows_of(rows, layout):
            assert span_starts_after(r, caption, "PERSON"), r["id"]
