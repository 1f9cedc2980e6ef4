"""The blind heldout11 UK layout set (evaluation/synthetic/uk_layouts_heldout11.py): spans,
determinism, coverage of layouts and types, valid identifiers, unlabelled look-alikes, mistype
and Unicode-trick rates, and no value shared with the earlier families. Fast: no models, no
redactor."""

from __future__ import annotations

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

N = 1000
EARLIER = (h3, h4, h5, h6, h7, h8, h9, h10)


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h11.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


# --------------------------------------------------------------------------- shape
def test_spans_point_at_the_written_values(built) -> None:
    check_spans_point_at_the_written_values(built)


def test_spans_sorted_and_disjoint_with_known_types(rows) -> None:
    check_spans_sorted_and_disjoint_with_known_types(rows, h11)


def test_row_shape_ids_and_synthetic_marking(rows) -> None:
    assert len(rows) == N
    check_row_shape_and_ids(rows, "heldout11")


def test_deterministic_per_seed_and_index() -> None:
    check_deterministic_per_seed_and_index(h11, "heldout11")


def test_every_layout_produced_and_new(rows) -> None:
    check_every_layout_produced_and_new(rows, h11, 14, EARLIER)


def test_every_type_present(rows) -> None:
    check_every_type_present(rows, h11)


# --------------------------------------------------------------------------- values
CHECKS = value_checks(h11)


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
    "ehcp_annual_review_parent_views": [
        r"EHCP reference: (EHC/\d{4}/\d{5})",
        r"UPN: ([A-Z]\d{12})",
        r"review meeting on (\d\d/\d\d/\d{4})",
    ],
    "scottish_welfare_fund_crisis_grant": [
        r"SWF REF: (SWF-CG-\d{6})",
        r"DECISION DATE: (\d\d/\d\d/\d{4})",
        r"AWARD: (£\d+\.00)",
    ],
    "nihe_housing_points_review": [
        r"Housing application number: (\d{7})",
        r"assessment dated (\d\d/\d\d/\d{4})",
        r"gave me (\d+ points)",
    ],
    "selective_licensing_application": [
        r"Application (PL-\d{4}-\d{6})",
        r"UPRN \(if known\)\nA: (\d{12})",
        r"cert no\. (\d{7})",
    ],
    "mail_merge_failed_fields": [
        r"account (\d{9})",
        r"(«Due_Date»)",
        r"(MERGEFIELD Balance)",
        r"(«Officer_Name»)",
    ],
    "quoted_printable_raw_email": [
        r"Message-ID: <([^>]+)>",
        r'boundary="(----=_Part_\d+_\d+\.\d+)"',
        r"(=E2=80=99)",
        r"Date: (\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d)",
    ],
    "right_to_buy_joint_application": [
        r"Rent account no: (\d{8})",
        r"RTB ref: (RTB/\d\d/\d{4})",
        r"Tenancy start date: (\d\d/\d\d/\d{4})",
    ],
    "registrar_marriage_notice_booking": [
        r"Booking ref: (NOM-[A-Z]{3}\d{5})",
        r"Appointment: (\w+ \d\d \w+ \d{4}) at",
        r"(£70\.00)",
    ],
    "grave_deed_transfer_request": [
        r"(Section [A-K], Grave \d+)",
        r"deed (ERB/\d{4}/\d{5})",
        r"died (\d\d/\d\d/\d{4})",
    ],
    "ics_calendar_invite_paste": [
        r"UID:(\S+)",
        r"DTSTAMP:(\d{8}T\d{6}Z)",
        r"DTSTART;TZID=GMT Standard Time:(\d{8}T\d{6})",
    ],
    "school_attendance_penalty_reply": [
        r"Penalty Notice (PN\d\d-\d{5})",
        r"absence: (\d\d/\d\d/\d{4}) to",
        r"flight was booking ([A-Z]{6})\.",
    ],
    "kinship_carer_allowance_claim": [
        r"Children's Hearing ref: (CH/\d\d/\d{6})",
        r"Order made: (\d\d/\d\d/\d{4})",
    ],
    "direct_payments_pa_payroll_return": [
        r"payroll ref (PR-\d{4})",
        r"PAYE reference (\d{3}/[A-Z]{2}\d{5})",
        r"\t(£\d\d\.\d\d/hr)",
    ],
    "armed_forces_housing_application": [
        r"Service number: (\d{8})",
        r"Discharge date: (\d\d/\d\d/\d{4})",
        r"Notice to vacate SFA: (\d\d/\d\d/\d{4})",
    ],
}


@pytest.mark.parametrize("layout", h11.LAYOUTS)
def test_look_alikes_present_and_unlabelled(rows, layout) -> None:
    check_look_alikes_present_and_unlabelled(rows, layout, LOOK_ALIKES[layout])


def test_mail_merge_leftover_surname_is_a_person_and_fields_are_not(rows) -> None:
    merge = rows_of(rows, "mail_merge_failed_fields")
    for r in merge:
        salutation = re.search(
            r"\nDear (?:«Title» |\{\{ first_name \}\} |(?:Mr|Mrs|Ms|Miss|Dr|Mx|Cllr) )", r["text"]
        )
        assert salutation, r["id"]
        assert any(s["start"] == salutation.end() and s["type"] == "PERSON" for s in r["spans"])
        for m in re.finditer(r"«\w+»|\{\{ \w+ \}\}", r["text"]):
            assert not any(s["start"] < m.end() and m.start() < s["end"] for s in r["spans"])
    assert sum("Dear «Title» " in r["text"] for r in merge) >= 0.2 * len(merge)
    assert sum("Dear {{ first_name }} " in r["text"] for r in merge) >= 0.2 * len(merge)


def test_quoted_printable_soft_breaks_fall_between_values(rows) -> None:
    for r in rows_of(rows, "quoted_printable_raw_email"):
        breaks = [m.start() for m in re.finditer("=\n", r["text"])]
        assert len(breaks) >= 3, r["id"]
        assert not any(s["start"] <= b < s["end"] for b in breaks for s in r["spans"])
        assert span_starts_after(r, "near my house at =\n", "STREET_ADDRESS"), r["id"]


def test_icalendar_names_and_mailto_addresses_are_labelled(rows) -> None:
    for r in rows_of(rows, "ics_calendar_invite_paste"):
        text = r["text"]
        for m in re.finditer(r"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=", text):
            assert any(s["start"] == m.end() and s["type"] == "PERSON" for s in r["spans"])
        mailtos = [m.end() for m in re.finditer("mailto:", text)]
        kinds = [next(s["type"] for s in r["spans"] if s["start"] == at) for at in mailtos]
        assert kinds.count("EMAIL_ADDRESS") == 4 and kinds.count("ORGANIZATION") == 1, r["id"]
        assert "\\, " in text[text.index("LOCATION:") :], r["id"]  # escaped commas kept
        assert span_starts_after(r, "LOCATION:", "STREET_ADDRESS"), r["id"]


def test_every_marriage_notice_party_has_a_passport(rows) -> None:
    for r in rows_of(rows, "registrar_marriage_notice_booking"):
        assert len(written(r, "UK_PASSPORT")) == 2, r["id"]
        assert len(written(r, "DATE_OF_BIRTH")) == 2, r["id"]


def test_right_to_buy_family_members_have_dates_of_birth(rows) -> None:
    for r in rows_of(rows, "right_to_buy_joint_application"):
        members = r["text"].count(" - born ")
        assert len(written(r, "DATE_OF_BIRTH")) == 2 + members, r["id"]


def test_kinship_children_surname_and_forenames_in_separate_fields(rows) -> None:
    for r in rows_of(rows, "kinship_carer_allowance_claim"):
        assert span_starts_after(r, "  Surname: ", "PERSON"), r["id"]
        assert span_starts_after(r, "  Forename(s): ", "PERSON"), r["id"]
        assert span_starts_after(r, "  CHI: ", "UK_NHS"), r["id"]


def test_crisis_grants_and_kinship_carers_live_in_the_councils_own_area(rows) -> None:
    for layout, area in (
        ("scottish_welfare_fund_crisis_grant", "ML"),
        ("kinship_carer_allowance_claim", "ZE"),
    ):
        for r in rows_of(rows, layout):
            assert written(r, "UK_POSTCODE")[0][0].startswith(area), r["id"]


def test_kinship_birth_parents_named_mother_and_father(rows) -> None:
    for r in rows_of(rows, "kinship_carer_allowance_claim"):
        assert span_starts_after(r, "\nMother: ", "PERSON"), r["id"]
        assert span_starts_after(r, "\nFather: ", "PERSON"), r["id"]


def test_deceased_grave_owner_date_of_birth_labelled_date_of_death_not(rows) -> None:
    for r in rows_of(rows, "grave_deed_transfer_request"):
        assert span_starts_after(r, " (born ", "DATE_OF_BIRTH"), r["id"]


def test_payroll_assistants_in_tab_separated_rows(rows) -> None:
    for r in rows_of(rows, "direct_payments_pa_payroll_return"):
        lines = r["text"].split("PA\tNI number\tHours\tRate\n", 1)[1].split("\n\n", 1)[0]
        for line in lines.splitlines():
            start = r["text"].index(line)
            kinds = [s["type"] for s in r["spans"] if start <= s["start"] < start + len(line)]
            assert kinds == ["PERSON", "UK_NINO"], (r["id"], line)


def test_new_place_forms_labelled_as_written(rows) -> None:
    places = {x for r in rows for x, _ in written(r, "LOCATION")}
    for name in ("Hjaltland", "Contae Dhoire", "Co. Radnor", "Middx", "Bailiwick of Jersey"):
        assert name in places, name
    postcodes = {x[:2] for r in rows for x, _ in written(r, "UK_POSTCODE")}
    assert {"JE", "GY", "ZE", "BT", "LD"} <= postcodes


# --------------------------------------------------------------------------- own tables
def test_no_name_or_place_shared_with_earlier_families() -> None:
    check_no_name_or_place_shared_with_earlier_families(h11, EARLIER)


def test_at_least_fourteen_new_name_communities() -> None:
    earlier = {c for m in EARLIER for c in m.FIRST_NAMES}
    assert len(set(h11.FIRST_NAMES) - earlier) >= 14


def test_organisations_new() -> None:
    old = h3.ORGS + h3.SURGERIES + h3.FIRMS + h3.AGENTS
    old += h4.ORGS + h4.AGENTS + h4.BAILIFFS + h4.CARE_HOMES + h4.FOODBANKS + h4.HOSPITALS
    old += h5.ORGS + h5.SURGERIES + h5.FIRMS + h5.SUPPORT + h5.MP_OFFICES
    old += h6.ORGS + h6.FIRMS + h6.HOSPICES + h6.SURGERIES + h6.EMPLOYERS + h6.COURTS
    old += h7.ORGS + h7.HIRE_FIRMS + h7.GUEST_HOUSES + h7.SURGERIES + h7.CLAIMS_FIRMS + h7.ADVICE
    old += h8.ORGS + h8.LETTING_AGENTS + h8.PEST_FIRMS + h8.HOSPITALS + h8.FOOD_BANKS
    old += h8.ABUSE_SERVICES + h8.SURGERIES
    old += h9.ORGS + h9.FUNERAL_DIRECTORS + h9.EMPLOYERS + h9.CARE_HOMES + h9.SURGERIES
    old += h9.SOLICITORS + h9.TAXI_OPERATORS
    old += h10.ORGS + h10.CONTRACTORS + h10.MP_OFFICES + h10.SURGERIES + h10.PROBATION
    old += h10.CHARITIES + h10.DEPUTY_FIRMS + h10.EMPLOYERS + h10.FACTORS
    mine = h11.ORGS + h11.SCHOOLS + h11.AGENTS + h11.FUNERAL_DIRECTORS + h11.PAYROLL
    mine += h11.FORCES_CHARITIES + h11.SURGERIES
    assert not {o.mailbox for o in mine} & {o.mailbox for o in old}
    assert not {o.name for o in mine} & {o.name for o in old}
    assert not {o.phone for o in mine} & {o.phone for o in old}


def test_allow_list_covers_recipient_contacts(rows) -> None:
    check_allow_list_covers_recipient_contacts(rows, h11)


def test_write_set(tmp_path) -> None:
    check_write_set(tmp_path, h11, "heldout11")


def test_relatives_of_the_other_sex_take_the_other_surname_form() -> None:
    for i, (male, female, culture) in enumerate(
        [
            ("Abenov", "Abenova", "kazakh"),
            ("Mammadov", "Mammadova", "azerbaijani"),
            ("Bisultanov", "Bisultanova", "chechen"),
            ("Ergashev", "Ergasheva", "uzbek"),
        ]
    ):
        assert h11.SURNAME_PAIRS[male] == female
        v = h11.V(random.Random(i))
        father = v.person(culture, "m", surname=male)
        assert v.kin(father, gender="f").last == female
        assert v.kin(father, gender="m").last == male
        mother = v.person(culture, "f", surname=female)
        assert v.kin(mother, gender="m").last == male
