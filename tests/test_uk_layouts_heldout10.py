"""The blind heldout10 UK layout set (evaluation/synthetic/uk_layouts_heldout10.py): spans,
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

N = 1000
EARLIER = (h3, h4, h5, h6, h7, h8, h9)


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h10.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


# --------------------------------------------------------------------------- shape
def test_spans_point_at_the_written_values(built) -> None:
    check_spans_point_at_the_written_values(built)


def test_spans_sorted_and_disjoint_with_known_types(rows) -> None:
    check_spans_sorted_and_disjoint_with_known_types(rows, h10)


def test_row_shape_ids_and_synthetic_marking(rows) -> None:
    assert len(rows) == N
    check_row_shape_and_ids(rows, "heldout10")


def test_deterministic_per_seed_and_index() -> None:
    check_deterministic_per_seed_and_index(h10, "heldout10")


def test_every_layout_produced_and_new(rows) -> None:
    check_every_layout_produced_and_new(rows, h10, 14, EARLIER)


def test_every_type_present(rows) -> None:
    check_every_type_present(rows, h10)


# --------------------------------------------------------------------------- values
CHECKS = value_checks(h10)


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
    "repair_whatsapp_paste": [
        r"(\[\d\d/\d\d/\d{4}, \d\d:\d\d:\d\d\])",
        r"job no: (\d{8})",
        r"(IMG-\d{8}-WA\d{4}\.jpg)",
    ],
    "mp_caseworker_nested_forward": [
        r"Our ref: ([A-Z]{2}\d{5})",
        r"(HSG-\d{7})",
        r"On (\w{3} \d{1,2} \w{3} \d{4} at \d\d:\d\d),",
    ],
    "blue_badge_healthcare_professional": [
        r"Application reference: (BB-\d{4}-\d{6})",
        r"GMC number: (\d{7})",
        r"about (\d+ metres)",
        r"Vehicle 1: ([A-Z]{2}\d\d [A-Z]{3})",
    ],
    "pip_reconsideration_handwritten_ocr": [
        r"BATCH (\d{6}) PAGE",
        r"dated (\d\d/\d\d/\d{4}): scored",
        r"scored (\d) points",
    ],
    "probation_duty_to_refer_form": [
        r"CRN: ([A-Z]\d{6})",
        r"Prison number: ([AG]\d{4}[A-Z]{2})",
        r"Release date: (\d\d/\d\d/\d{4})",
    ],
    "postal_vote_redirect_application": [
        r"Elector number: ([A-Z]{2}\d-\d+)",
        r"Polling district: ([A-Z]{2}\d)",
        r"until (\d\d/\d\d/\d{4})",
    ],
    "single_person_discount_review": [
        r"Account number: (\d{9})",
        r"Property reference: (\d{12})",
        r"discount of (25%)",
    ],
    "foi_internal_review_complaint": [
        r"(FOI-\d{4}-\d{5})",
        r"case (IC-\d{6}-[A-Z]\d[A-Z]\d)",
        r"response dated (\d\d/\d\d/\d{4})",
    ],
    "homes_for_ukraine_host_email": [
        r"(GWF\d{9})",
        r"DBS certificate is (\d{12})",
        r"(£500)",
    ],
    "court_of_protection_deputy_letter": [
        r"case no\. (\d{8})",
        r"Council tax account (\d{8})",
        r"bond no\. (\d{6}/\d\d)",
    ],
    "text_relay_call_transcript": [
        r"Relay call id: (RUK\d{9})",
        r"Duration: (\d\d:\d\d:\d\d)",
        r" (GA)\n",
        r"(?i)textphone (18001) ",
    ],
    "disclaimer_laden_email_thread": [
        r"No\. (NI\d{6})",
        r"VAT No\. (GB \d{3} \d{4} \d\d)",
        r"ref (EH/\d\d/\d{5})",
    ],
    "tenement_common_repairs_notice": [
        r"Notice no\. (SR/\d{4}/\d{4})",
        r" - ((?:ARG|DMF|BER|PTH)\d{4,5}) - ",
        r"(£[\d,]+\.\d\d)\n",
    ],
    "dbs_id_verification_sheet": [
        r"Application ref: (E\d{10})",
        r"RB number: (\d{8})",
        r"valid to (\d\d/\d\d/\d{4})",
    ],
}


@pytest.mark.parametrize("layout", h10.LAYOUTS)
def test_look_alikes_present_and_unlabelled(rows, layout) -> None:
    check_look_alikes_present_and_unlabelled(rows, layout, LOOK_ALIKES[layout])


def test_whatsapp_timestamps_run_forward(rows) -> None:
    for r in rows_of(rows, "repair_whatsapp_paste"):
        stamps = re.findall(r"\[(\d\d)/(\d\d)/(\d{4}), (\d\d:\d\d:\d\d)\]", r["text"])
        keys = [(y, m, d, t) for d, m, y, t in stamps]
        assert len(keys) == 6 and keys == sorted(keys), r["id"]


def test_whatsapp_contact_saved_in_lower_case_is_a_person(rows) -> None:
    lower = 0
    for r in rows_of(rows, "repair_whatsapp_paste"):
        for value, s in written(r, "PERSON"):
            line_start = r["text"].rfind("\n", 0, s["start"]) + 1
            if r["text"][line_start] == "[" and value == value.lower():
                lower += 1
    assert lower >= 3 * len(rows_of(rows, "repair_whatsapp_paste"))


def test_nested_quotes_keep_their_values_labelled(rows) -> None:
    for r in rows_of(rows, "mp_caseworker_nested_forward"):
        twice = [
            s
            for s in r["spans"]
            if r["text"].startswith("> > ", r["text"].rfind("\n", 0, s["start"]) + 1)
        ]
        once = [
            s
            for s in r["spans"]
            if r["text"].startswith("> ", r["text"].rfind("\n", 0, s["start"]) + 1)
        ]
        assert any(s["type"] == "PERSON" for s in twice), r["id"]
        assert {"UK_NINO", "DATE_OF_BIRTH", "PHONE_NUMBER"} <= {s["type"] for s in once}


def test_ocr_letter_splits_values_at_the_margin(rows) -> None:
    ocr = rows_of(rows, "pip_reconsideration_handwritten_ocr")
    split = [
        r["text"][s["start"] : s["end"]]
        for r in ocr
        for s in r["spans"]
        if "\n" in r["text"][s["start"] : s["end"]]
    ]
    assert len(split) >= 10 and any("-\n" in x for x in split), split[:5]
    assert not any(written(r, "EMAIL_ADDRESS") or written(r, "UK_DRIVING_LICENCE") for r in ocr)


def test_addresses_in_running_prose_are_labelled(rows) -> None:
    # "I moved from <street> in <town> to my sister <name>'s in <town>": the words around the
    # values are OCR-noised, so the check follows the labels' order after the second street
    for r in rows_of(rows, "pip_reconsideration_handwritten_ocr"):
        kinds = [s["type"] for s in r["spans"]]
        second = [i for i, k in enumerate(kinds) if k == "STREET_ADDRESS"][1]
        assert kinds[second + 1 : second + 4] == ["LOCATION", "PERSON", "LOCATION"], r["id"]


def test_separate_forename_and_surname_fields(rows) -> None:
    for r in rows_of(rows, "dbs_id_verification_sheet"):
        assert span_starts_after(r, "Forename(s): ", "PERSON")
        assert span_starts_after(r, "Surname: ", "PERSON")
        assert span_starts_after(r, "Town of birth: ", "LOCATION")


def test_passports_and_licences_written_several_ways(rows) -> None:
    passports = {v for r in rows for v, _ in written(r, "UK_PASSPORT")}
    licences = {v for r in rows for v, _ in written(r, "UK_DRIVING_LICENCE")}
    assert any(re.fullmatch(r"\d( \d){8}", p) for p in passports)
    assert any(re.fullmatch(r"\d{3} \d{3} \d{3}", p) for p in passports)
    assert any(re.fullmatch(r"\d{9}", p) for p in passports)
    assert any(x == x.lower() for x in licences) and any(" " in x for x in licences)


def test_tenement_flats_written_both_scottish_ways(rows) -> None:
    streets = [v for r in rows for v, _ in written(r, "STREET_ADDRESS")]
    assert any(re.match(r"\dF\d, \d+ ", s) for s in streets)  # Edinburgh "2F1, 14 ..."
    assert any(re.match(r"\d/\d, \d+ ", s) for s in streets)  # Glasgow "1/2, 14 ..."
    assert any(re.match(r"Flat \d/\d\b", s) for s in streets)


def test_tenements_stand_in_the_councils_own_area(rows) -> None:
    for r in rows_of(rows, "tenement_common_repairs_notice"):
        towns = {x for x, _ in written(r, "LOCATION")[:2]}
        assert towns & h10.ARGYLL_TOWNS, r["id"]


def test_relay_caller_often_types_in_capitals(rows) -> None:
    relay = rows_of(rows, "text_relay_call_transcript")
    caps = sum("CALLER (typed): HELLO MY NAME IS" in r["text"] for r in relay)
    assert 0.3 * len(relay) <= caps <= 0.9 * len(relay)
    for r in relay:  # the relay prefix is written before the number, outside its span
        at = re.search("(?i)textphone 18001 ", r["text"]).end()
        assert any(s["start"] == at and s["type"] == "PHONE_NUMBER" for s in r["spans"])


def test_work_contacts_of_a_person_are_personal(rows) -> None:
    for r in rows_of(rows, "disclaimer_laden_email_thread"):
        assert span_starts_after(r, "Direct dial: ", "PHONE_NUMBER")
        assert span_starts_after(r, "Switchboard: ", "ORGANIZATION")
        assert span_starts_after(r, "\nEmail: ", "EMAIL_ADDRESS")


def test_public_officials_are_persons_titles_outside(rows) -> None:
    for r in rows_of(rows, "foi_internal_review_complaint"):
        assert span_starts_after(r, "Councillor ", "PERSON"), r["id"]
        assert span_starts_after(r, "signed by ", "PERSON"), r["id"]


def test_welsh_postal_vote_writes_some_dates_of_birth_in_welsh(rows) -> None:
    dobs = values(rows, "postal_vote_redirect_application", "DATE_OF_BIRTH")
    months = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst")
    assert any(any(m in d for m in months) for d in dobs)


def test_new_place_forms_labelled_as_written(rows) -> None:
    places = {x for r in rows for x, _ in written(r, "LOCATION")}
    for name in ("Dùn Phris", "Contae Fhear Manach", "Mont.", "Cnapadal", "Inis Ceithleann"):
        assert name in places, name


# --------------------------------------------------------------------------- own tables
def test_no_name_or_place_shared_with_earlier_families() -> None:
    check_no_name_or_place_shared_with_earlier_families(h10, EARLIER)


def test_at_least_fourteen_new_name_communities() -> None:
    earlier = {c for m in EARLIER for c in m.FIRST_NAMES}
    assert len(set(h10.FIRST_NAMES) - earlier) >= 14


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
    mine = h10.ORGS + h10.CONTRACTORS + h10.MP_OFFICES + h10.SURGERIES + h10.PROBATION
    mine += h10.CHARITIES + h10.DEPUTY_FIRMS + h10.EMPLOYERS + h10.FACTORS
    assert not {o.mailbox for o in mine} & {o.mailbox for o in old}
    assert not {o.name for o in mine} & {o.name for o in old}
    assert not {o.phone for o in mine} & {o.phone for o in old}


def test_allow_list_covers_recipient_contacts(rows) -> None:
    check_allow_list_covers_recipient_contacts(rows, h10)


def test_write_set(tmp_path) -> None:
    check_write_set(tmp_path, h10, "heldout10")


def test_relatives_of_the_other_sex_take_the_other_surname_form() -> None:
    for i, (male, female) in enumerate(
        [
            ("Kurtumerov", "Kurtumerova"),
            ("Seitablaev", "Seitablaeva"),
            ("Jónsson", "Jónsdóttir"),
            ("Hálfdanarson", "Hálfdanardóttir"),
        ]
    ):
        assert h10.SURNAME_PAIRS[male] == female
        culture = "icelandic" if male.endswith("son") else "crimean_tatar"
        v = h10.V(random.Random(i))
        father = v.person(culture, "m", surname=male)
        assert v.kin(father, gender="f").last == female
        assert v.kin(father, gender="m").last == male


def test_icelandic_spouses_keep_their_own_patronymic() -> None:
    v = h10.V(random.Random(7))
    own = 0
    for _ in range(40):
        husband = v.person("icelandic", "m")
        wife = v.partner(husband)
        assert wife.gender == "f" and wife.culture == "icelandic"
        own += wife.last != h10.SURNAME_PAIRS.get(husband.last)
    assert own >= 30  # not the husband's father's name: her own father's
