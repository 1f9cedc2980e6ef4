"""The blind heldout7 UK layout set (evaluation/synthetic/uk_layouts_heldout7.py): spans,
determinism, coverage of layouts and types, valid identifiers, unlabelled look-alikes, mistype
and Unicode-trick rates, and no value shared with the earlier families. Fast: no models, no
redactor."""

from __future__ import annotations

import re

import pytest
from uk_layout_family_checks import (
    MISTYPABLE,
    alnum,
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

N = 1000


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h7.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


# --------------------------------------------------------------------------- shape
def test_spans_point_at_the_written_values(built) -> None:
    check_spans_point_at_the_written_values(built)


def test_spans_sorted_and_disjoint_with_known_types(rows) -> None:
    check_spans_sorted_and_disjoint_with_known_types(rows, h7)


def test_row_shape_ids_and_synthetic_marking(rows) -> None:
    assert len(rows) == N
    check_row_shape_and_ids(rows, "heldout7")


def test_deterministic_per_seed_and_index() -> None:
    check_deterministic_per_seed_and_index(h7, "heldout7")


def test_every_layout_produced_and_new(rows) -> None:
    check_every_layout_produced_and_new(rows, h7, 15, (h3, h4, h5, h6))


def test_every_type_present(rows) -> None:
    check_every_type_present(rows, h7)


# --------------------------------------------------------------------------- values
CHECKS = value_checks(h7)


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
    "housing_bidding_log": [
        r"Housing register no: (HR-\d{7})",
        r"Band date: (\d\d/\d\d/\d{4})",
        r"(BID\d{8})",
        r"(PRP\d{6})",
        r"(\d+ of \d+) ",
    ],
    "subject_access_request_id": [
        r"council tax account (\d{8})",
        r"tenancy ref (T\d{6}/\d\d)",
        r"our ref (SAR-\d{4}-\d{5})",
        r"(?m)^  (\d{4}-\d{4}): ",
    ],
    "html_residue_web_form": [
        r"Submission ID: (\d{6}-[0-9a-f]{8})",
        r"IP: (192\.0\.2\.\d+)",
        r"<td>Council tax account</td><td>(\d{8})<",
        r'value="([0-9a-f]{32})"',
    ],
    "servicedesk_ticket_markdown": [
        r"## (INC\d{7})",
        r"\| Asset \| (LT-\d{5}) \|",
        r"\| SLA due \| (\d{4}-\d\d-\d\d 17:00) \|",
        r"\*\*(\d{4}-\d\d-\d\d \d\d:\d\d)\*\*",
        r"\| Portal user \| (usr_[0-9a-f]{10}) \|",
    ],
    "carers_assessment_support_plan": [r"LAS ID (\d{7})", r"\| Total \| (\d+) \|"],
    "crown_dependency_move_letter": [
        r"rates reference for the old house was (R/\d{6})",
        r"reference for me was (EMP\d{5})",
    ],
    "public_liability_claim_witnesses": [
        r"Claim ref: (PL/\d\d/\d{5})",
        r"Defect ref: (D\d{6})",
        r"CRU ref: (\d{9})",
        r"Date: (\d\d/\d\d/\d{4})   Time",
    ],
    "form_captions_under_values": [
        r"(DHP1 \(04/26\))",
        r"(\d{10})\nClaim reference",
        r"(Page 1 of 4)",
    ],
    "spd_data_match_review": [
        r"Account reference: (\d{8})",
        r"Review ref: (SPD\d{6})",
        r"first seen ([A-Z]{3} \d{4})",
    ],
    "hire_company_liability_transfer": [
        r"Penalty Charge Notice ([A-Z]{2}\d{8})",
        r"vehicle ([A-Z]{2}\d\d [A-Z]{3})",
        r"hire agreement (HA-\d{7})",
        r"Contravention code (\d\d)",
    ],
    "elective_home_education_notice": [r"UPN ([A-Z]\d{12})", r"\(DfE (\d{3}/\d{4})\)"],
    "temporary_accommodation_booking": [
        r"PO (\d{8})",
        r"booking (TA\d{6})",
        r"(Room \d+)",
        r"at (£\d+\.\d\d) a night",
    ],
    "telecare_responder_list": [
        r"Unit serial: (LS\d{8})",
        r"Key safe code: (\d{4})",
        r"Pendant: (PD-\d{4})",
    ],
    "sms_gateway_delivery_report": [
        r'"([0-9a-f]{8}-[0-9a-f]{4})";',
        r"account (\d{8}) is",
        r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)",
    ],
    "traveller_site_pitch_application": [
        r"Towing vehicle: ([A-Z]{2}\d\d [A-Z]{3})",
        r"site licence (SL/\d{4}/\d\d)",
    ],
}


@pytest.mark.parametrize("layout", h7.LAYOUTS)
def test_look_alikes_present_and_unlabelled(rows, layout) -> None:
    check_look_alikes_present_and_unlabelled(rows, layout, LOOK_ALIKES[layout])


def test_layout_specific_shapes(rows) -> None:
    # HTML: tags never inside a span; an apostrophe left as an entity stays inside its span
    for r in rows:
        if r["layout"] == "html_residue_web_form":
            assert not any(
                c in r["text"][s["start"] : s["end"]] for s in r["spans"] for c in '<>"'
            ), r["id"]
    assert any("&#39;" in x for x in values(rows, "html_residue_web_form", "LOCATION"))
    # the PDF extract: every labelled value ends its line and a caption follows it
    for r in rows:
        if r["layout"] == "form_captions_under_values":
            for s in r["spans"]:
                if s["type"] != "ORGANIZATION":
                    assert re.match(r"\n[A-Z][^\n]+\n", r["text"][s["end"] :]), (r["id"], s)
    # Isle of Man NI numbers (MA) and island postcodes in the move letters
    ninos = [alnum(x) for x in values(rows, "crown_dependency_move_letter", "UK_NINO")]
    assert sum(n.startswith("MA") for n in ninos) >= 10
    codes = [alnum(x) for x in values(rows, "crown_dependency_move_letter", "UK_POSTCODE")]
    for prefix in ("IM", "JE", "GY"):
        assert any(c.startswith(prefix) for c in codes), prefix
    # driving licences and passports written plainly (no MRZ) in the subject access requests
    sar = [r for r in rows if r["layout"] == "subject_access_request_id"]
    assert all(written(r, "UK_DRIVING_LICENCE") and written(r, "UK_PASSPORT") for r in sar)
    # a former surname differs from the current one; work notes run in time order
    for r in sar:
        former = re.search(r"Previous surname: (.+)", r["text"])[1]
        assert former not in re.search(r"Full name: (.+)", r["text"])[1].split(), r["id"]
    for r in rows:
        if r["layout"] == "servicedesk_ticket_markdown":
            stamps = re.findall(r"\*\*(\d{4}-\d\d-\d\d \d\d:\d\d)\*\*", r["text"])
            assert stamps == sorted(stamps), r["id"]
    # the hire firm asks the council to write to "him", "her" or "them", not "his"
    assert not any(re.search(r"write to (his|she|he) ", r["text"]) for r in rows)
    # a pitch is a street address; data-match dates of birth are ISO or dd/mm/yyyy
    assert any(
        x.startswith("Pitch ")
        for x in values(rows, "traveller_site_pitch_application", "STREET_ADDRESS")
    )
    assert all(
        re.fullmatch(r"\d{4}-\d\d-\d\d|\d\d/\d\d/\d{4}", x)
        for x in values(rows, "spd_data_match_review", "DATE_OF_BIRTH")
    )
    # Cornish-language, Manx and Gaelic place names are labelled as written
    places = {x for r in rows for x, _ in written(r, "LOCATION")}
    for name in ("Kammbronn", "Doolish", "Zetland", "Leòdhas", "Syllan"):
        assert name in places, name


# --------------------------------------------------------------------------- own tables
def test_no_name_or_place_shared_with_earlier_families() -> None:
    check_no_name_or_place_shared_with_earlier_families(
        h7,
        (
            h3,
            h4,
            h5,
            h6,
        ),
    )


def test_organisations_new() -> None:
    old = h3.ORGS + h3.SURGERIES + h3.FIRMS + h3.AGENTS
    old += h4.ORGS + h4.AGENTS + h4.BAILIFFS + h4.CARE_HOMES + h4.FOODBANKS + h4.HOSPITALS
    old += h5.ORGS + h5.SURGERIES + h5.FIRMS + h5.SUPPORT + h5.MP_OFFICES
    old += h6.ORGS + h6.FIRMS + h6.HOSPICES + h6.SURGERIES + h6.EMPLOYERS + h6.COURTS
    mine = h7.ORGS + h7.HIRE_FIRMS + h7.GUEST_HOUSES + h7.SURGERIES + h7.CLAIMS_FIRMS + h7.ADVICE
    assert not {o.mailbox for o in mine} & {o.mailbox for o in old}
    assert not {o.name for o in mine} & {o.name for o in old}
    assert not {o.phone for o in mine} & {o.phone for o in old}


def test_allow_list_covers_recipient_contacts(rows) -> None:
    check_allow_list_covers_recipient_contacts(rows, h7)


def test_write_set(tmp_path) -> None:
    check_write_set(tmp_path, h7, "heldout7")
