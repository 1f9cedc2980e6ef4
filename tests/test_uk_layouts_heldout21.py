"""The blind heldout21 UK layout set (evaluation/synthetic/uk_layouts_heldout21.py): spans,
determinism, coverage of layouts and types, valid identifiers, unlabelled look-alikes, the FHIR
bundle's fields and the Telegram export's senders, Swahili and Hindi dates of birth, the OCR'd
energy bill, mistype and Unicode-trick rates, and no value shared with the earlier families.
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
from evaluation.synthetic import uk_layouts_heldout19 as h19
from evaluation.synthetic import uk_layouts_heldout20 as h20
from evaluation.synthetic import uk_layouts_heldout21 as h21

N = 1000
EARLIER = (h3, h4, h5, h6, h7, h8, h9, h10, h11, h12, h13, h14, h15, h16, h17, h18, h19, h20)


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h21.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


# --------------------------------------------------------------------------- shape
def test_spans_point_at_the_written_values(built) -> None:
    check_spans_point_at_the_written_values(built)


def test_spans_sorted_and_disjoint_with_known_types(rows) -> None:
    check_spans_sorted_and_disjoint_with_known_types(rows, h21)


def test_row_shape_ids_and_synthetic_marking(rows) -> None:
    assert len(rows) == N
    check_row_shape_and_ids(rows, "heldout21")


def test_deterministic_per_seed_and_index() -> None:
    check_deterministic_per_seed_and_index(h21, "heldout21")


def test_every_layout_produced_and_new(rows) -> None:
    check_every_layout_produced_and_new(rows, h21, 11, EARLIER)


def test_every_type_present(rows) -> None:
    check_every_type_present(rows, h21)


# --------------------------------------------------------------------------- values
CHECKS = value_checks(h21)


@pytest.mark.parametrize("kind", sorted(CHECKS))
def test_identifiers_valid_unless_mistyped(rows, kind) -> None:
    check_identifiers_valid_unless_mistyped(rows, kind, CHECKS[kind])


def test_mistyped_identifiers_about_ten_percent(rows) -> None:
    check_mistyped_share(rows, sorted(MISTYPABLE))


def test_unicode_tricks_in_about_ten_percent_of_rows(rows) -> None:
    check_unicode_tricks_in_about_ten_percent_of_rows(rows)


@pytest.mark.parametrize(
    ("day", "said"),
    [(date(1985, 3, 12), "12 Machi 1985"), (date(1990, 8, 1), "1 Agosti 1990")],
)
def test_swahili_dates(day, said) -> None:
    got = {h21.swahili_date(random.Random(k), day) for k in range(40)}
    assert said in got and day.strftime("%d/%m/%Y") in got
    assert f"{day.day}.{day.month}.{day.year}" in got


@pytest.mark.parametrize(
    ("day", "said"),
    [(date(1975, 3, 12), "12 मार्च 1975"), (date(1948, 10, 2), "2 अक्टूबर 1948")],
)
def test_hindi_dates(day, said) -> None:
    got = {h21.hindi_date(random.Random(k), day) for k in range(40)}
    assert said in got and day.strftime("%d/%m/%Y") in got and day.strftime("%d-%m-%Y") in got


# --------------------------------------------------------------------------- layouts
# Non-personal look-alikes each layout must carry UNLABELLED (so precision is measured):
# group 1 of the pattern must be found in every row of the layout and overlap no span.
LOOK_ALIKES = {
    "fhir_patient_bundle_json": [
        r'"lastUpdated": "([^"]+)"',
        r'"value": "(S\d{5})"',
        r'"id": "([0-9a-f-]{36})"',
    ],
    "telegram_chat_json_export": [
        r'"date_unixtime": "(\d{10})"',
        r'"from_id": "user(\d{10})"',
        r'"id": (\d{10}),',
        r'"date": "(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)"',
    ],
    "payslip_pdf_text_for_ctr": [
        r"Employee No: (\d{6})",
        r"Tax Code: (\S+)",
        r"PAYE ref: (\d{3}/[A-Z]\d{5})",
        r"Net pay  (£[\d,]+\.\d\d)",
        r"Pay date: (\d\d/\d\d/\d{4})",
        r"claim (CTR\d{6})",
    ],
    "gas_safety_record_cp12_forwarded": [
        r"Gas Safe Register no: (\d{6})",
        r"licence card: (\d{7})",
        r"No\. (LGSR-\d{5})",
        r"\| (0\.00\d\d) \|",
        r"Next check due by: (\d\d/\d\d/\d{4})",
    ],
    "energy_bill_proof_of_address_ocr": [
        r"MPAN\s(\d\d\s\d{4}\s\d{4}\s\d{3})",
        r"(\d\d[EKLPS]\d{7})",
        r"(\d\d\s\d{4}\s\d{4})\s+\S+\s+date",
        r"(£\d+\.\d\d)",
    ],
    "nhs_hc2_certificate_quoted": [
        r"Certificate number: (\d\d \d{3} \d{3})",
        r"Valid from (\d\d/\d\d/\d{4})",
        r", (P\d)\n",
    ],
    "single_justice_procedure_plea_typed": [
        r"URN: (\d\d[A-Z]{2}\d{7})",
        r"Vehicle: ([A-Z]{2}\d\d [A-Z]{3})",
        r"Respond by: (\d\d/\d\d/\d{4})",
        r"could be (£\d+)",
    ],
    "child_maintenance_calculation_query": [
        r"Our reference: (\d{4} \d{4} \d{4})",
        r"Weekly amount: (£\d+\.\d\d)",
        r"income used: (£\d+\.00)",
        r"Effective date: (\d\d/\d\d/\d{4})",
    ],
    "residents_parking_permit_web_form": [
        r"V5C document reference: (\d{11})",
        r"Vehicle registration: ([A-Z]{2}\d\d [A-Z]{3})",
        r"Previous permit number: (\d+)",
        r"Reference: (PP-\d{4}-\d{5})",
    ],
    "maasai_swahili_language_letter": [
        r"namba (TAI/\d{5})",
        r"Kodi ni (£\d{3})",
        r"kabla ya (\d\d/\d\d/\d{4})",
    ],
    "santal_hindi_language_letter": [
        r"खाता संख्या (\d{8})",
        r"\n\n(\d\d/\d\d/\d{4}) से",
    ],
}


@pytest.mark.parametrize("layout", h21.LAYOUTS)
def test_look_alikes_present_and_unlabelled(rows, layout) -> None:
    check_look_alikes_present_and_unlabelled(rows, layout, LOOK_ALIKES[layout])


def _starts(row: dict, kind: str) -> set[int]:
    return {s["start"] for s in row["spans"] if s["type"] == kind}


def _covered(row: dict, at: int) -> bool:
    return any(s["start"] <= at < s["end"] for s in row["spans"])


def test_fhir_fields_labelled(rows) -> None:
    for r in rows_of(rows, "fhir_patient_bundle_json"):
        for caption, kind in (
            ('"family": "', "PERSON"),
            ('"given": [ "', "PERSON"),
            ('"birthDate": "', "DATE_OF_BIRTH"),
            ('"city": "', "LOCATION"),
            ('"postalCode": "', "UK_POSTCODE"),
            ('"line": [ "', "STREET_ADDRESS"),
            ('"value": "', "UK_NHS"),
        ):
            assert span_starts_after(r, caption, kind), (r["id"], caption)
        prefix = r["text"].index('"prefix": [ "') + len('"prefix": [ "')
        assert not _covered(r, prefix), r["id"]
    dobs = values(rows, "fhir_patient_bundle_json", "DATE_OF_BIRTH")
    assert sum(bool(re.fullmatch(r"\d{4}-\d\d-\d\d", d)) for d in dobs) >= 80


def test_telegram_name_and_senders_are_person_each_time(rows) -> None:
    for r in rows_of(rows, "telegram_chat_json_export"):
        assert span_starts_after(r, '"name": "', "PERSON"), r["id"]
        senders = list(re.finditer(r'"from": "([^"]+)"', r["text"]))
        assert len(senders) == 4, r["id"]
        ends = {(s["start"], s["end"]) for s in r["spans"] if s["type"] == "PERSON"}
        assert all(m.span(1) in ends for m in senders), r["id"]


def test_energy_bill_is_ocr_text(rows) -> None:
    mine = rows_of(rows, "energy_bill_proof_of_address_ocr")
    assert sum("-\n" in r["text"] for r in mine) >= 30
    assert sum(any("-\n" in r["text"][s["start"] : s["end"]] for s in r["spans"]) for r in mine)
    for r in mine:
        assert "ORGANIZATION" in {s["type"] for s in r["spans"]}, r["id"]


def test_foreign_dates_of_birth(rows) -> None:
    sw = values(rows, "maasai_swahili_language_letter", "DATE_OF_BIRTH")
    hi = values(rows, "santal_hindi_language_letter", "DATE_OF_BIRTH")
    assert sum(bool(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", d)) for d in sw) >= 50
    assert sum(bool(re.fullmatch(r"\d{1,2} [\u0900-\u097f]+ \d{4}", d)) for d in hi) >= 30
    for r in rows_of(rows, "maasai_swahili_language_letter"):
        assert span_starts_after(r, "Nilizaliwa tarehe ", "DATE_OF_BIRTH"), r["id"]


def test_writers_of_foreign_letters_from_their_community(rows) -> None:
    maasai = {n for n, _ in h21.FIRST_NAMES["maasai"]}
    santal = {n for n, _ in h21.FIRST_NAMES["santal"]}
    for layout, caption, names in (
        ("maasai_swahili_language_letter", "Jina langu ni ", maasai),
        ("santal_hindi_language_letter", "मेरा नाम ", santal),
    ):
        for r in rows_of(rows, layout):
            at = r["text"].index(caption) + len(caption)
            (span,) = [s for s in r["spans"] if s["start"] == at]
            name = r["text"][span["start"] : span["end"]]
            assert any(name.casefold().startswith(n.casefold()) for n in names), (r["id"], name)


def test_places_from_new_areas(rows) -> None:
    areas = {
        re.match(r"[A-Z]+", v.upper())[0]
        for r in rows
        for v, _ in written(r, "UK_POSTCODE")
        if " " not in v.strip()[:2]
    }
    assert {"TN", "PE", "BB", "DN", "DL", "PA", "PH", "LL", "SA", "BT"} <= areas
    places = {v for r in rows for v, _ in written(r, "LOCATION")}
    for name in ("Wittersham", "Largieside", "Penycaerau", "Layd"):
        assert any(name.casefold() == p.casefold() for p in places), name


# --------------------------------------------------------------------------- own tables
def test_no_name_or_place_shared_with_earlier_families() -> None:
    check_no_name_or_place_shared_with_earlier_families(h21, EARLIER)


def test_eleven_new_name_communities() -> None:
    earlier = {c for m in EARLIER for c in m.FIRST_NAMES}
    assert len(set(h21.FIRST_NAMES)) == 11
    assert not set(h21.FIRST_NAMES) & earlier


def test_organisations_new() -> None:
    old = []
    for m in EARLIER:
        old += [
            o for v in vars(m).values() if isinstance(v, list) for o in v if hasattr(o, "mailbox")
        ]
    mine = (
        h21.ORGS
        + h21.EMPLOYERS
        + h21.ENGINEERS
        + h21.SUPPLIERS
        + h21.CMS
        + h21.SJP_CENTRES
        + h21.NHSBSA
        + h21.PRACTICES
    )
    assert len(old) > 100
    assert not {o.mailbox for o in mine} & {o.mailbox for o in old}
    assert not {o.name for o in mine} & {o.name for o in old}
    assert not {o.phone for o in mine} & {o.phone for o in old}


def test_allow_list_covers_recipient_contacts(rows) -> None:
    check_allow_list_covers_recipient_contacts(rows, h21)


def test_write_set(tmp_path) -> None:
    check_write_set(tmp_path, h21, "heldout21")
