"""The blind heldout8 UK layout set (evaluation/synthetic/uk_layouts_heldout8.py): spans,
determinism, coverage of layouts and types, valid identifiers, unlabelled look-alikes, mistype
and Unicode-trick rates, and no value shared with the earlier families. Fast: no models, no
redactor."""

from __future__ import annotations

import csv
import json
import random
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
from evaluation.synthetic import uk_layouts_heldout8 as h8
from evaluation.synthetic.uk_layouts import tables as uk_layout_tables
from evaluation.synthetic.uk_layouts_shared import NINO_NEVER_ISSUED
from evaluation.synthetic.uk_pii import tables as uk_pii_tables

N = 1000
TRICK_CHARS = "\u200b\u00ad\u00a0\u202f" + "".join(chr(0xFF10 + d) for d in range(10))
MISTYPABLE = {"UK_NINO", "UK_NHS", "UK_SORT_CODE", "UK_BANK_ACCOUNT", "UK_PASSPORT"}


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h8.build_row(0, i) for i in range(N)]


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
    check_spans_sorted_and_disjoint_with_known_types(rows, h8)


def test_row_shape_ids_and_synthetic_marking(rows) -> None:
    assert len(rows) == N
    check_row_shape_and_ids(rows, "heldout8")


def test_deterministic_per_seed_and_index() -> None:
    check_deterministic_per_seed_and_index(h8, "heldout8")


def test_every_layout_produced_and_new(rows) -> None:
    counts = Counter(r["layout"] for r in rows)
    assert set(counts) == set(h8.LAYOUTS) and len(h8.LAYOUTS) == 14
    assert min(counts.values()) >= N // len(h8.LAYOUTS)
    earlier = {name for names in uk_layouts.LAYOUTS.values() for name in names}
    for m in (h3, h4, h5, h6, h7):
        earlier |= set(m.LAYOUTS)
    assert not set(h8.LAYOUTS) & earlier


def test_every_type_present(rows) -> None:
    counts = Counter(s["type"] for r in rows for s in r["spans"])
    for kind in h8.ENTITY_TYPES:
        assert counts[kind] >= 30, (kind, counts[kind])


# --------------------------------------------------------------------------- values
NINO = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
LICENCE = re.compile(r"[A-Z9]{5}\d(?:[05]\d|[16][0-2])(?:[0-2]\d|3[01])\d[A-Z][A-Z9]9[A-Z]{2}")
EMAIL = re.compile(r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}")
DRAMA_PHONES = ("07700900", *("".join(c for c in h if c.isdigit()) for h in h8._LANDLINES))


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
    mine = [r for r in rows if r["layout"] == layout]
    for pattern in LOOK_ALIKES[layout]:
        for r in mine:
            found = list(re.finditer(pattern, r["text"]))
            assert found, (r["id"], pattern)
            for m in found:
                a, b = m.span(1)
                assert not any(s["start"] < b and a < s["end"] for s in r["spans"]), (r["id"], m[1])


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
    for m in (h3, h4, h5, h6, h7):
        names |= {n for table in (m.FIRST_NAMES, m.SURNAMES) for c in table.values() for n, _ in c}
        places |= {
            v for ts in m.TOWNS.values() for town in ts for v in (town.town, town.county) if v
        }
        places |= {p for ts in m.TOWNS.values() for town in ts for p, _ in town.places if p}
        places |= {s for table in (m.STREETS, m.HOUSE_NAMES) for ss in table.values() for s in ss}
    return names, places


def test_no_name_or_place_shared_with_earlier_families() -> None:
    old_names, old_places = _old_values()
    names = {n for table in (h8.FIRST_NAMES, h8.SURNAMES) for c in table.values() for n, _ in c}
    places = {v for ts in h8.TOWNS.values() for t in ts for v in (t.town, t.county) if v}
    places |= {p for ts in h8.TOWNS.values() for t in ts for p, _ in t.places if p}
    places |= {s for table in (h8.STREETS, h8.HOUSE_NAMES) for ss in table.values() for s in ss}
    assert len(names) >= 500 and len(places) >= 300
    old = {x.casefold() for x in old_names | old_places}
    shared = {x for x in names | places if x.casefold() in old}
    assert not shared, sorted(shared)


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
    phrases = h8.organisation_contacts()
    assert len(phrases) == 3 * len(h8.ORGS)
    text = "\n".join(r["text"] for r in rows)
    assert all(p in text for p in phrases if "@" in p or p[0].isdigit())


def test_write_set(tmp_path) -> None:
    info = h8.write_set(tmp_path / "pii.jsonl", n=30, seed=1)
    lines = (tmp_path / "pii.jsonl").read_text(encoding="utf-8").splitlines()
    assert info["rows"] == len(lines) == 30
    assert json.loads(lines[0]) == h8.build_row(1, 0)[0]
    assert (tmp_path / "allow_list_uk_layouts_heldout8.txt").read_text(encoding="utf-8").split(
        "\n"
    )[:-1] == h8.organisation_contacts()


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
