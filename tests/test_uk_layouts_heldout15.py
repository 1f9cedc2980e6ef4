"""The blind heldout15 UK layout set (evaluation/synthetic/uk_layouts_heldout15.py): spans,
determinism, coverage of layouts and types, valid identifiers, unlabelled look-alikes, dates of
birth as systems write them and with the age left outside the span, the school transfer file's
XML and BS7666 address, mistype and Unicode-trick rates, and no value shared with the earlier
families. Fast: no models, no redactor."""

from __future__ import annotations

import random
import re
import xml.etree.ElementTree as ET
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
from evaluation.synthetic import uk_layouts_heldout15 as h15
from evaluation.synthetic.uk_layouts.values import Address

N = 1000
EARLIER = (h3, h4, h5, h6, h7, h8, h9, h10, h11, h12, h13, h14)


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h15.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


# --------------------------------------------------------------------------- shape
def test_spans_point_at_the_written_values(built) -> None:
    check_spans_point_at_the_written_values(built)


def test_spans_sorted_and_disjoint_with_known_types(rows) -> None:
    check_spans_sorted_and_disjoint_with_known_types(rows, h15)


def test_row_shape_ids_and_synthetic_marking(rows) -> None:
    assert len(rows) == N
    check_row_shape_and_ids(rows, "heldout15")


def test_deterministic_per_seed_and_index() -> None:
    check_deterministic_per_seed_and_index(h15, "heldout15")


def test_every_layout_produced_and_new(rows) -> None:
    check_every_layout_produced_and_new(rows, h15, 11, EARLIER)


def test_every_type_present(rows) -> None:
    check_every_type_present(rows, h15)


# --------------------------------------------------------------------------- values
CHECKS = value_checks(h15)


@pytest.mark.parametrize("kind", sorted(CHECKS))
def test_identifiers_valid_unless_mistyped(rows, kind) -> None:
    check_identifiers_valid_unless_mistyped(rows, kind, CHECKS[kind])


def test_mistyped_identifiers_about_ten_percent(rows) -> None:
    check_mistyped_share(rows, sorted(MISTYPABLE))


def test_unicode_tricks_in_about_ten_percent_of_rows(rows) -> None:
    check_unicode_tricks_in_about_ten_percent_of_rows(rows)


def test_system_dob_forms() -> None:
    rng = random.Random(0)
    got = {h15.system_dob(rng, date(1948, 3, 12)) for _ in range(400)}
    assert {"1948-03-12", "12031948", "12.3.48", "12-03-1948"} <= got


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["12 Bonxie Brae"], (None, "12", "Bonxie Brae")),
        (["Flat 3", "12A Bonxie Brae"], ("Flat 3", "12A", "Bonxie Brae")),
        (["Flat 3B, 7 Tystie Wynd"], ("Flat 3B", "7", "Tystie Wynd")),
        (["Ground Floor Flat", "7 Tystie Wynd"], ("Ground Floor Flat", "7", "Tystie Wynd")),
        (["Solan Lodge", "Maa Terrace"], (None, "Solan Lodge", "Maa Terrace")),
        (["Solan Lodge"], (None, "Solan Lodge", None)),
        (["12-14 Maa Terrace"], (None, "12-14", "Maa Terrace")),
    ],
)
def test_split_paon(lines, expected) -> None:
    assert h15.split_paon(Address(lines, None, "Crathie", None, "AB35 5YT")) == expected


_AGE = re.compile(r" \((\d+)y\)| \(age (\d+)\)|  Age: (\d+)| \[(\d+) yrs\]| - (\d+)")


def test_age_beside_date_of_birth_stays_outside_the_span(rows) -> None:
    seen = 0
    for layout in ("asc_financial_assessment_capital", "sfs_income_expenditure_statement"):
        for r in rows_of(rows, layout):
            s = next(s for s in r["spans"] if s["type"] == "DATE_OF_BIRTH")
            m = _AGE.match(r["text"], s["end"])
            assert m and 0 < int(next(g for g in m.groups() if g)) < 110, r["id"]
            seen += 1
    assert seen >= 150


def test_new_date_of_birth_forms(rows) -> None:
    dobs = [v for r in rows for v, _ in written(r, "DATE_OF_BIRTH")]
    assert sum(bool(re.fullmatch(r"\d{4}-\d\d-\d\d", d)) for d in dobs) >= 100
    assert sum(bool(re.fullmatch(r"\d{8}", d)) for d in dobs) >= 15
    assert sum(bool(re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d\d", d)) for d in dobs) >= 15


# --------------------------------------------------------------------------- layouts
# Non-personal look-alikes each layout must carry UNLABELLED (so precision is measured):
# group 1 of the pattern must be found in every row of the layout and overlap no span.
LOOK_ALIKES = {
    "asc_financial_assessment_capital": [
        r"FA ref: (FA/\d{4}/\d{5})",
        r"Assessment date: (\d\d/\d\d/\d{4})",
        r"NS&I holder no\. (\d{10})",
        r"pension ref (PEN\d{6})",
        r"\| (£[\d,]+\.\d\d)\n",
    ],
    "lpa_registration_notice": [
        r"LPA reference: (7000-\d{4}-\d{4})",
        r"signed the LPA on (\d{1,2} \w+ \d{4})",
        r"do so by (\d{1,2} \w+ \d{4})",
    ],
    "ctf_pupil_transfer_xml": [
        r"<UPN>([A-Z]\d{12})</UPN>",
        r"<LEA>(\d{3})</LEA>",
        r"<Estab>(\d{4})</Estab>",
        r"<DateTime>([\dT:-]+)</DateTime>",
    ],
    "police_asb_referral_form": [
        r"From: (PC \d{4,5})",
        r"Crime no: (\d\d/\d{6}/\d\d)",
        r"PNC ID: (\d\d/\d{6}[A-Z])",
        r"(IC\d (?:male|female))",
        r"Date/time of incident: (\d\d/\d\d/\d{4} \d\d:\d\d)",
    ],
    "sfs_income_expenditure_statement": [
        r"ref (RA-\d{6})",
        r"(1000 Home & contents)",
        r"Monthly deficit: (-£[\d,]+\.\d\d)",
        r"Council tax \d{4}/\d\d  acc (\d{8})",
    ],
    "child_benefit_hicbc_quoted_email": [
        r"Child Benefit number: (CHB\d{8} [A-Z]{2})",
        r"(6 April \d{4} to 5 April \d{4})",
        r"> Date: (\d{1,2} \w+ \d{4})",
    ],
    "patient_transport_eligibility_call_log": [
        r"Call ID (PTS-\d{4}-\d{5})",
        r"Booking ref (PB-\d{6})",
        r"appt (\d\d/\d\d/\d{4} \d\d:\d\d)",
        r"\[(\d\d:\d\d:\d\d)\] ",
    ],
    "uc_todo_list_transcription": [
        r"Due by (\d{1,2} \w+ \d{4})",
        r"(Assessment period \d{1,2} \w+ to \d{1,2} \w+)",
        r"account ending (\*{4}\d{4})",
    ],
    "dfg_contractor_quote": [
        r"VAT Reg No: (GB \d{3} \d{4} \d\d)",
        r"QUOTATION  No\. (Q-\d\d-\d{4})",
        r"persons\) (£[\d,]+\.00)",
    ],
    "registrar_death_appointment_email": [
        r"MCCD ref (\d{4}/MC/\d{4})",
        r"Date of death: (\d{1,2} \w+ \d{4})",
        r"appointment is on (\w+ \d{1,2} \w+ \d{4} at \d\d:\d\d)",
    ],
    "tenancy_fraud_tipoff_web_form": [
        r"Submission ID: (TF-[0-9a-f]{8})",
        r"Received: (\d\d/\d\d/\d{4} \d\d:\d\d)",
    ],
}


@pytest.mark.parametrize("layout", h15.LAYOUTS)
def test_look_alikes_present_and_unlabelled(rows, layout) -> None:
    check_look_alikes_present_and_unlabelled(rows, layout, LOOK_ALIKES[layout])


def test_ctf_is_xml_with_labelled_elements(rows) -> None:
    for r in rows_of(rows, "ctf_pupil_transfer_xml"):
        body = r["text"][r["text"].index("<?xml") : r["text"].index("</CTfile>") + 9]
        root = ET.fromstring(body.encode("utf-8"))
        assert root.find("./CTFpupilData/Pupil/UPN") is not None
        for caption, kind in [
            ("<Surname>", "PERSON"),
            ("<Forename>", "PERSON"),
            ("<DOB>", "DATE_OF_BIRTH"),
            ("<PAON>", "STREET_ADDRESS"),
            ("<Town>", "LOCATION"),
            ("<PostCode>", "UK_POSTCODE"),
        ]:
            assert span_starts_after(r, caption, kind), (r["id"], caption)
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", written(r, "DATE_OF_BIRTH")[0][0]), r["id"]


def test_quoted_letter_names_and_address_labelled(rows) -> None:
    for r in rows_of(rows, "child_benefit_hicbc_quoted_email"):
        quoted = [
            s
            for s in r["spans"]
            if r["text"].rfind("\n", 0, s["start"]) + 1 < len(r["text"])
            and r["text"][r["text"].rfind("\n", 0, s["start"]) + 1] == ">"
        ]
        kinds = {s["type"] for s in quoted}
        assert {"PERSON", "STREET_ADDRESS", "UK_POSTCODE", "DATE_OF_BIRTH"} <= kinds, r["id"]


def test_surname_first_names(rows) -> None:
    for r in rows_of(rows, "police_asb_referral_form"):
        assert span_starts_after(r, "VICTIM / REPORTING PERSON\nName: ", "PERSON"), r["id"]
    for r in rows_of(rows, "asc_financial_assessment_capital"):
        name = written(r, "PERSON")[0][0]
        last, first = name.split(", ", 1)
        assert last.isupper() and not first.isupper(), name


def test_places_from_new_areas(rows) -> None:
    areas = {re.match(r"[A-Z]+", v.upper())[0] for r in rows for v, _ in written(r, "UK_POSTCODE")}
    assert {"IP", "TN", "SP", "DT", "DL", "BD", "PO", "LD", "SY", "IV", "PA", "AB", "BT"} <= areas
    places = {v for r in rows for v, _ in written(r, "LOCATION")}
    for name in ("Powys (Sir Faesyfed)", "Cataibh (Sutherland)", "Argyll & Bute (Ìle)"):
        assert name in places, name


# --------------------------------------------------------------------------- own tables
def test_no_name_or_place_shared_with_earlier_families() -> None:
    check_no_name_or_place_shared_with_earlier_families(h15, EARLIER)


def test_eleven_new_name_communities() -> None:
    earlier = {c for m in EARLIER for c in m.FIRST_NAMES}
    assert len(set(h15.FIRST_NAMES) - earlier) == 11


def test_gendered_surnames_paired() -> None:
    assert h15.V.surname_pairs["Dzagoev"] == "Dzagoeva"
    assert h15.V.surname_pairs["Ochirova"] == "Ochirov"


def test_organisations_new() -> None:
    old = []
    for m in EARLIER:
        old += [
            o for v in vars(m).values() if isinstance(v, list) for o in v if hasattr(o, "mailbox")
        ]
    mine = h15.ORGS + h15.CARE_HOMES + h15.SOLICITORS + h15.HOSPITALS + h15.BUILDERS
    mine += h15.LETTING_AGENTS + h15.DEBT_ADVISERS + h15.POLICE
    assert len(old) > 100
    assert not {o.mailbox for o in mine} & {o.mailbox for o in old}
    assert not {o.name for o in mine} & {o.name for o in old}
    assert not {o.phone for o in mine} & {o.phone for o in old}


def test_allow_list_covers_recipient_contacts(rows) -> None:
    check_allow_list_covers_recipient_contacts(rows, h15)


def test_write_set(tmp_path) -> None:
    check_write_set(tmp_path, h15, "heldout15")


@pytest.mark.parametrize("n", [1, 2, 3])
def test_siblings_at_least_ten_months_apart(n) -> None:
    for seed in range(50):
        v = h15.V(random.Random(seed))
        kids = h15.siblings(v, v.person(born=(1980, 1985)), n, (2005, 2025))
        days = [k.dob for k in kids]
        assert len(kids) == n and days == sorted(days)
        assert all((b - a).days >= 300 for a, b in zip(days, days[1:])), (seed, days)
