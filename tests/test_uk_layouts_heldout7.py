"""The blind heldout7 UK layout set (evaluation/synthetic/uk_layouts_heldout7.py): spans,
determinism, coverage of layouts and types, valid identifiers, unlabelled look-alikes, mistype
and Unicode-trick rates, and no value shared with the earlier families. Fast: no models, no
redactor."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter

import pytest
from faker import Faker
from uk_layout_family_checks import (
    check_deterministic_per_seed_and_index,
    check_row_shape_and_ids,
    check_spans_point_at_the_written_values,
    check_spans_sorted_and_disjoint_with_known_types,
)

from evaluation.synthetic import uk_layouts
from evaluation.synthetic import uk_layouts_heldout3 as h3
from evaluation.synthetic import uk_layouts_heldout4 as h4
from evaluation.synthetic import uk_layouts_heldout5 as h5
from evaluation.synthetic import uk_layouts_heldout6 as h6
from evaluation.synthetic import uk_layouts_heldout7 as h7
from evaluation.synthetic.uk_layouts import tables as uk_layout_tables
from evaluation.synthetic.uk_layouts_shared import NINO_NEVER_ISSUED
from evaluation.synthetic.uk_pii import tables as uk_pii_tables

N = 1000
TRICK_CHARS = "\u200b\u00ad\u00a0\u202f" + "".join(chr(0xFF10 + d) for d in range(10))
MISTYPABLE = {"UK_NINO", "UK_NHS", "UK_SORT_CODE", "UK_BANK_ACCOUNT", "UK_PASSPORT"}


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h7.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


def written(row: dict, kind: str) -> list[tuple[str, dict]]:
    """The values of one type as written, Unicode tricks undone, case kept."""
    out = []
    for s in row["spans"]:
        if s["type"] == kind:
            value = row["text"][s["start"] : s["end"]].replace("\n", " ")
            value = unicodedata.normalize("NFKC", value).replace("\u200b", "").replace("\u00ad", "")
            out.append((value, s))
    return out


def values(rows: list[dict], layout: str, kind: str) -> list[str]:
    return [
        r["text"][s["start"] : s["end"]]
        for r in rows
        if r["layout"] == layout
        for s in r["spans"]
        if s["type"] == kind
    ]


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
    counts = Counter(r["layout"] for r in rows)
    assert set(counts) == set(h7.LAYOUTS) and len(h7.LAYOUTS) == 15
    assert min(counts.values()) >= N // len(h7.LAYOUTS)
    earlier = {name for names in uk_layouts.LAYOUTS.values() for name in names}
    earlier |= set(h3.LAYOUTS) | set(h4.LAYOUTS) | set(h5.LAYOUTS) | set(h6.LAYOUTS)
    assert not set(h7.LAYOUTS) & earlier


def test_every_type_present(rows) -> None:
    counts = Counter(s["type"] for r in rows for s in r["spans"])
    for kind in h7.ENTITY_TYPES:
        assert counts[kind] >= 30, (kind, counts[kind])


# --------------------------------------------------------------------------- values
NINO = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
LICENCE = re.compile(r"[A-Z9]{5}\d(?:[05]\d|[16][0-2])(?:[0-2]\d|3[01])\d[A-Z][A-Z9]9[A-Z]{2}")
EMAIL = re.compile(r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}")
DRAMA_PHONES = ("07700900", *("".join(c for c in h if c.isdigit()) for h in h7._LANDLINES))


def _alnum(value: str) -> str:
    return "".join(c for c in value if c.isalnum()).upper()


def _nino_ok(value: str) -> bool:
    v = _alnum(value)
    return bool(NINO.fullmatch(v)) and v[:2] not in NINO_NEVER_ISSUED


def _nhs_ok(value: str) -> bool:
    d = _alnum(value)
    if not (d.isdigit() and len(d) == 10):
        return False
    check = (11 - sum(int(c) * (10 - i) for i, c in enumerate(d[:9])) % 11) % 11
    return check != 10 and check == int(d[9])


def _digits_ok(k: int):
    def ok(value: str) -> bool:
        d = _alnum(value)
        return d.isdigit() and len(d) == k

    return ok


def _phone_ok(value: str) -> bool:
    d = "".join(c for c in value if c.isdigit())
    d = d[2:] if d.startswith("440") else "0" + d[2:] if d.startswith("44") else d
    d = "0" + d[4:] if d.startswith("0044") else d
    return len(d) in (11, 12) and d.startswith(DRAMA_PHONES)


CHECKS = {
    "UK_NINO": _nino_ok,
    "UK_NHS": _nhs_ok,
    "UK_SORT_CODE": lambda v: bool(re.fullmatch(r"\d\d([- .]?)\d\d\1\d\d", v)),
    "UK_BANK_ACCOUNT": _digits_ok(8),
    "UK_PASSPORT": _digits_ok(9),
    "PHONE_NUMBER": _phone_ok,
    "UK_POSTCODE": lambda v: bool(POSTCODE.fullmatch(_alnum(v))),
    "UK_DRIVING_LICENCE": lambda v: bool(LICENCE.fullmatch(_alnum(v))),
    "EMAIL_ADDRESS": lambda v: bool(EMAIL.fullmatch(v.lower())),
}


@pytest.mark.parametrize("kind", sorted(CHECKS))
def test_identifiers_valid_unless_mistyped(rows, kind) -> None:
    checked = 0
    for row in rows:
        for value, span in written(row, kind):
            assert CHECKS[kind](value) != bool(span.get("mistyped")), (row["id"], value, span)
            checked += 1
    assert checked >= 30, (kind, checked)


def test_mistyped_identifiers_about_ten_percent(rows) -> None:
    spans = [s for r in rows for s in r["spans"]]
    assert all(s["type"] in MISTYPABLE for s in spans if s.get("mistyped"))
    for kind in sorted(MISTYPABLE):
        of_kind = [s for s in spans if s["type"] == kind]
        share = sum(bool(s.get("mistyped")) for s in of_kind) / len(of_kind)
        assert 0.04 <= share <= 0.2, (kind, share)


def test_unicode_tricks_in_about_ten_percent_of_rows(rows) -> None:
    tricked = sum(
        any(c in TRICK_CHARS for s in r["spans"] for c in r["text"][s["start"] : s["end"]])
        for r in rows
    )
    assert 0.05 * N <= tricked <= 0.16 * N
    for r in rows:  # tricks sit only inside labelled values
        inside = set().union(*(range(s["start"], s["end"]) for s in r["spans"]))
        assert all(i in inside for i, c in enumerate(r["text"]) if c in "\u200b\u00ad\u202f")


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
    mine = [r for r in rows if r["layout"] == layout]
    for pattern in LOOK_ALIKES[layout]:
        for r in mine:
            found = list(re.finditer(pattern, r["text"]))
            assert found, (r["id"], pattern)
            for m in found:
                a, b = m.span(1)
                assert not any(s["start"] < b and a < s["end"] for s in r["spans"]), (r["id"], m[1])


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
    ninos = [_alnum(x) for x in values(rows, "crown_dependency_move_letter", "UK_NINO")]
    assert sum(n.startswith("MA") for n in ninos) >= 10
    codes = [_alnum(x) for x in values(rows, "crown_dependency_move_letter", "UK_POSTCODE")]
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
def _faker_names() -> set[str]:
    """The given names and surnames of the Faker locales the first UK set drew from."""
    out: set[str] = set()
    for locale, _ in uk_pii_tables.NAME_LOCALES:
        provider = Faker(locale).provider("faker.providers.person")
        for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
            out |= set(getattr(provider, attr, None) or ())
    return out


def _old_values() -> tuple[set[str], set[str]]:
    """Every name and every place value of the earlier families' tables."""
    t = uk_layout_tables
    names = {n for c in t._paragraphs(t._FIRST_NAMES).values() for n, _ in c}
    names |= {n for c in t._paragraphs(t._SURNAMES).values() for n, _ in c}
    names |= _faker_names()
    places = {v for town in t._parse_towns() for v in (town.town, town.county) if v}
    places |= {p for town in t._parse_towns() for p, _ in town.places if p}
    places |= {s for text in (*t._STREETS.values(), *t._HOUSE_NAMES.values()) for s in t._csv(text)}
    p = uk_pii_tables
    places |= {town for town, _ in p.TOWNS} | set(p.LOCALITIES) | set(p.COUNTIES)
    places |= set(p.HOUSE_NAMES) | set(p.BLOCK_NAMES) | set(p.SUFFIXLESS_STREETS)
    places |= {f"{stem} {suffix}" for stem in p.STREET_STEMS for suffix in set(p.STREET_SUFFIXES)}
    for m in (h3, h4, h5, h6):
        names |= {n for table in (m.FIRST_NAMES, m.SURNAMES) for c in table.values() for n, _ in c}
        places |= {
            v for ts in m.TOWNS.values() for town in ts for v in (town.town, town.county) if v
        }
        places |= {p for ts in m.TOWNS.values() for town in ts for p, _ in town.places if p}
        places |= {s for table in (m.STREETS, m.HOUSE_NAMES) for ss in table.values() for s in ss}
    return names, places


def test_no_name_or_place_shared_with_earlier_families() -> None:
    old_names, old_places = _old_values()
    names = {n for table in (h7.FIRST_NAMES, h7.SURNAMES) for c in table.values() for n, _ in c}
    places = {v for ts in h7.TOWNS.values() for t in ts for v in (t.town, t.county) if v}
    places |= {p for ts in h7.TOWNS.values() for t in ts for p, _ in t.places if p}
    places |= {s for table in (h7.STREETS, h7.HOUSE_NAMES) for ss in table.values() for s in ss}
    assert len(names) >= 500 and len(places) >= 300
    old = {x.casefold() for x in old_names | old_places}
    shared = {x for x in names | places if x.casefold() in old}
    assert not shared, sorted(shared)


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
    phrases = h7.organisation_contacts()
    assert len(phrases) == 3 * len(h7.ORGS)
    text = "\n".join(r["text"] for r in rows)
    assert all(p in text for p in phrases if "@" in p or p[0].isdigit())


def test_write_set(tmp_path) -> None:
    info = h7.write_set(tmp_path / "pii.jsonl", n=30, seed=1)
    lines = (tmp_path / "pii.jsonl").read_text(encoding="utf-8").splitlines()
    assert info["rows"] == len(lines) == 30
    assert json.loads(lines[0]) == h7.build_row(1, 0)[0]
    assert (tmp_path / "allow_list_uk_layouts_heldout7.txt").read_text(encoding="utf-8").split(
        "\n"
    )[:-1] == h7.organisation_contacts()
