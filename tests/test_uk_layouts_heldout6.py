"""The blind heldout6 UK layout set (evaluation/synthetic/uk_layouts_heldout6.py): spans,
determinism, coverage of layouts and types, valid identifiers (MRZ check digits included),
unlabelled look-alikes, mistype and Unicode-trick rates, and no value shared with the earlier
families. Fast: no models, no redactor."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from datetime import date

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
from evaluation.synthetic.uk_layouts import tables as uk_layout_tables
from evaluation.synthetic.uk_layouts_shared import NINO_NEVER_ISSUED, TODAY
from evaluation.synthetic.uk_pii import tables as uk_pii_tables

N = 1000
TRICK_CHARS = "\u200b\u00ad\u00a0\u202f" + "".join(chr(0xFF10 + d) for d in range(10))
MISTYPABLE = {"UK_NINO", "UK_NHS", "UK_SORT_CODE", "UK_BANK_ACCOUNT", "UK_PASSPORT"}


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h6.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


def written(row: dict, kind: str) -> list[tuple[str, dict]]:
    """The values of one type as written, Unicode tricks and hard line wraps undone, case kept."""
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
    check_spans_sorted_and_disjoint_with_known_types(rows, h6)


def test_row_shape_ids_and_synthetic_marking(rows) -> None:
    assert len(rows) == N
    check_row_shape_and_ids(rows, "heldout6")


def test_deterministic_per_seed_and_index() -> None:
    check_deterministic_per_seed_and_index(h6, "heldout6")


def test_every_layout_produced_and_new(rows) -> None:
    counts = Counter(r["layout"] for r in rows)
    assert set(counts) == set(h6.LAYOUTS) and len(h6.LAYOUTS) == 15
    assert min(counts.values()) >= N // len(h6.LAYOUTS)
    earlier = {name for names in uk_layouts.LAYOUTS.values() for name in names}
    earlier |= set(h3.LAYOUTS) | set(h4.LAYOUTS) | set(h5.LAYOUTS)
    assert not set(h6.LAYOUTS) & earlier


def test_every_type_present(rows) -> None:
    counts = Counter(s["type"] for r in rows for s in r["spans"])
    for kind in h6.ENTITY_TYPES:
        assert counts[kind] >= 30, (kind, counts[kind])


# --------------------------------------------------------------------------- values
NINO = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
LICENCE = re.compile(r"[A-Z9]{5}\d(?:[05]\d|[16][0-2])(?:[0-2]\d|3[01])\d[A-Z][A-Z9]9[A-Z]{2}")
EMAIL = re.compile(r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}")
DRAMA_PHONES = ("07700900", *("".join(c for c in h if c.isdigit()) for h in h6._LANDLINES))


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


def _mrz_check(field: str) -> int:
    vals = [0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55 for c in field]
    return sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(vals)) % 10


def test_mrz_lines_are_well_formed_with_valid_check_digits(rows) -> None:
    """Each MRZ is two 44-character lines; the passport number, date of birth and expiry carry
    ICAO check digits, the MRZ date of birth is the data page's, and the names are labelled as
    the MRZ writes them."""
    mrz = [r for r in rows if r["layout"] == "mrz_id_check"]
    assert len(mrz) >= 60
    for r in mrz:
        one, two = re.search(r"MRZ \(as read\):\n(.+)\n(.+)\n", r["text"]).groups()
        assert len(one) == len(two) == 44 and one.startswith("P<GBR"), r["id"]
        assert re.fullmatch(r"[A-Z<]+", one), r["id"]
        assert int(two[9]) == _mrz_check(two[:9]) and int(two[19]) == _mrz_check(two[13:19])
        assert int(two[27]) == _mrz_check(two[21:27])
        labelled = {r["text"][s["start"] : s["end"]] for s in r["spans"]}
        assert two[13:19] in labelled and two[:9].rstrip("<") in labelled, r["id"]
        surname, _, given = one[5:].partition("<<")
        assert surname in labelled and given.rstrip("<") in labelled, r["id"]
        page = re.search(r"Date of birth: (\d\d) ([A-Z]{3}) (\d{4})", r["text"]).groups()
        assert two[13:19] == page[2][2:] + f"{_MONTH3.index(page[1]) + 1:02d}" + page[0]


_MONTH3 = [m[:3].upper() for m in uk_layout_tables._MONTHS]


# --------------------------------------------------------------------------- layouts
# Non-personal look-alikes each layout must carry UNLABELLED (so precision is measured):
# group 1 of the pattern must be found in every row of the layout and overlap no span.
LOOK_ALIKES = {
    "teams_staff_chat": [r"\[(\d\d/\d\d/\d{4} \d\d:\d\d)\]", r"complaint file (INC\d{7})"],
    "executor_probate_letter": [
        r"Date of death: (\d\d/\d\d/\d{4})",
        r"Council tax account: (\d{8})",
        r"Tell Us Once reference is (TUO \d{3} \d{3} \d{3})",
        r"ref (PRB-\d{4}-\d{6})",
    ],
    "legacy_key_value_export": [
        r"ISSUE_DT=(\d{8})",
        r"EXPIRY_DT=(\d{8})",
        r"CARD_NO=(\d{18})",
    ],
    "fax_cover_paged": [r"Job no\. (\d{4})", r"discharged home from the ([^\n]+?) on"],
    "landlord_arrears_schedule": [r"HMO licence (HMO/\d{4}/\d{4})", r"(?m)^(Total) +£"],
    "joint_claim_side_by_side": [
        r"Payroll / staff no +(\d{8})",
        r"Claim ref: (CTR2-\d{6})",
    ],
    "postcode_lookup_paste": [r"UPRN (\d{12})", r"Call ref: (CR\d{8})"],
    "ni_townland_rates_letter": [
        r"Property ID: (\d{6})",
        r"Rate bill no: (\d{9})",
        r"herd number (UK 9 \d{6} \d{5})",
    ],
    "hard_wrapped_plaintext_email": [r"> Your council tax account (\d{8})"],
    "vcard_attachment_email": [
        r"REV:([\dT:Z-]+)",
        r"UID:urn:uuid:([0-9a-f-]{36})",
        r"company no\. ((?:SC|0)\d{6})",
    ],
    "safeguarding_household_tree": [
        r"MASH ref (MASH/\d{4}/\d{5})",
        r"collar (\d{4})",
        r"\((S42-\d{6})\)",
    ],
    "crm_audit_trail": [
        r"(?m)^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)",
        r"Exported \S+ by ([A-Z]{3}\d{5})",
    ],
    "electoral_canvass_response": [
        r"Property ref: ([A-Z]{2}\d-\d{4})",
        r"Security code: (\d{4} \d{4})",
    ],
    "possession_cause_list": [
        r"\d\d:\d\d  ([KFHJ]\d[QZ][ZX]\d{4})  ",
        r"Possession \(rent\)  (\d+ mins)",
    ],
    "mrz_id_check": [
        r"check ([0-9a-f-]{36})",
        r"Date of expiry: (\d\d [A-Z]{3} \d{4})",
    ],
}


@pytest.mark.parametrize("layout", h6.LAYOUTS)
def test_look_alikes_present_and_unlabelled(rows, layout) -> None:
    mine = [r for r in rows if r["layout"] == layout]
    for pattern in LOOK_ALIKES[layout]:
        for r in mine:
            found = list(re.finditer(pattern, r["text"]))
            assert found, (r["id"], pattern)
            for m in found:
                a, b = m.span(1)
                assert not any(s["start"] < b and a < s["end"] for s in r["spans"]), (r["id"], m[1])


def test_dates_of_birth_as_each_layout_writes_them(rows) -> None:
    assert all(
        re.fullmatch(r"\d{8}", x) for x in values(rows, "legacy_key_value_export", "DATE_OF_BIRTH")
    )
    assert all(
        re.fullmatch(r"\d{6}|\d\d [A-Z]{3} \d{4}", x)
        for x in values(rows, "mrz_id_check", "DATE_OF_BIRTH")
    )
    assert all(
        re.fullmatch(r"\d{4}-?\d\d-?\d\d", x)
        for x in values(rows, "vcard_attachment_email", "DATE_OF_BIRTH")
    )
    attainers = 0
    for r in rows:
        if r["layout"] == "crm_audit_trail":  # the old (wrong) date of birth and the corrected one
            dobs = [x for x, _ in written(r, "DATE_OF_BIRTH")]
            assert (
                len(dobs) == 2
                and dobs[0] != dobs[1]
                and all(re.fullmatch(r"\d{4}-\d\d-\d\d", x) for x in dobs)
            )
        if r["layout"] == "electoral_canvass_response":  # only 16 and 17-year-olds give one
            attainers += len(written(r, "DATE_OF_BIRTH"))
            for x, _ in written(r, "DATE_OF_BIRTH"):
                born = date.fromisoformat(_any_date_to_iso(x))
                assert 16 <= (TODAY - born).days // 365.25 <= 17, (r["id"], x)
    assert attainers >= 20


def _any_date_to_iso(text: str) -> str:
    """A date in one of uk_layouts_shared.fmt_date's styles, as ISO (two-digit years are 20yy:
    enough for 16 and 17-year-olds)."""
    months = [m[:3].lower() for m in uk_layout_tables._MONTHS]
    nums = re.findall(r"\d+", text)
    words = [w.lower()[:3] for w in re.findall(r"[A-Za-z]{3,}", text) if w.lower()[:3] in months]
    if words:  # "4th of March 2009", "Mar 4 2009", "4-Mar-2009": the day comes first
        day, month, year = nums[0], months.index(words[0]) + 1, nums[1]
    elif len(nums[0]) == 4:
        year, month, day = nums[0], int(nums[1]), nums[2]
    else:
        day, month, year = nums[0], int(nums[1]), nums[2] if len(nums[2]) == 4 else f"20{nums[2]}"
    return f"{year}-{month:02d}-{int(day):02d}"


def test_layout_specific_shapes(rows) -> None:
    # a hard wrap falls inside some labelled values of the plain-text emails
    assert (
        sum(
            "\n" in x
            for kind in ("PERSON", "STREET_ADDRESS", "UK_SORT_CODE", "UK_NINO", "PHONE_NUMBER")
            for x in values(rows, "hard_wrapped_plaintext_email", kind)
        )
        >= 20
    )
    # the fax's page break falls between the street and the town
    for r in rows:
        if r["layout"] == "fax_cover_paged":
            street = values([r], "fax_cover_paged", "STREET_ADDRESS")[0]
            after = r["text"].split(street, 1)[1]
            assert re.match(r"\n\n[^\n]+ - Page 2 of 3 - CONFIDENTIAL\n[^\n]+P\.003/003\n", after)
    # address finder results: postcode first, street last
    assert any(
        re.search(r"\d\) [A-Z0-9 ]+, [^,\n]+, [^\n]+   UPRN", r["text"])
        for r in rows
        if r["layout"] == "postcode_lookup_paste"
    )
    # Scottish tenement flats in both styles; names with particles, apostrophes and emojis
    streets = [x for r in rows for x, _ in written(r, "STREET_ADDRESS")]
    assert any(re.match(r"(Flat )?\d/\d", x) for x in streets)
    assert any(re.match(r"Flat \dF\d", x) for x in streets)
    people = {x for r in rows for x, _ in written(r, "PERSON")}
    for particle in (
        " ap ",
        " Nic ",
        " van ",
        " bin ",
        " binti ",
        " al-",
        "O'",
        "Mac a' ",
        " de la ",
    ):
        assert any(particle in f" {p} " for p in people), particle
    assert any("<" in x for x in values(rows, "mrz_id_check", "PERSON"))
    assert any(re.search(r"📱\S", r["text"]) for r in rows if r["layout"] == "teams_staff_chat")


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
    for m in (h3, h4, h5):
        names |= {n for table in (m.FIRST_NAMES, m.SURNAMES) for c in table.values() for n, _ in c}
        places |= {
            v for ts in m.TOWNS.values() for town in ts for v in (town.town, town.county) if v
        }
        places |= {p for ts in m.TOWNS.values() for town in ts for p, _ in town.places if p}
        places |= {s for table in (m.STREETS, m.HOUSE_NAMES) for ss in table.values() for s in ss}
    return names, places


def test_no_name_or_place_shared_with_earlier_families() -> None:
    old_names, old_places = _old_values()
    names = {n for table in (h6.FIRST_NAMES, h6.SURNAMES) for c in table.values() for n, _ in c}
    places = {v for ts in h6.TOWNS.values() for t in ts for v in (t.town, t.county) if v}
    places |= {p for ts in h6.TOWNS.values() for t in ts for p, _ in t.places if p}
    places |= {s for table in (h6.STREETS, h6.HOUSE_NAMES) for ss in table.values() for s in ss}
    assert len(names) >= 500 and len(places) >= 300
    old = {x.casefold() for x in old_names | old_places}
    shared = {x for x in names | places if x.casefold() in old}
    assert not shared, sorted(shared)


def test_organisations_new() -> None:
    old = h3.ORGS + h3.SURGERIES + h3.FIRMS + h3.AGENTS
    old += h4.ORGS + h4.AGENTS + h4.BAILIFFS + h4.CARE_HOMES + h4.FOODBANKS + h4.HOSPITALS
    old += h5.ORGS + h5.SURGERIES + h5.FIRMS + h5.SUPPORT + h5.MP_OFFICES
    mine = h6.ORGS + h6.FIRMS + h6.HOSPICES + h6.SURGERIES + h6.EMPLOYERS + h6.COURTS
    assert not {o.mailbox for o in mine} & {o.mailbox for o in old}
    assert not {o.name for o in mine} & {o.name for o in old}
    assert not {o.phone for o in mine} & {o.phone for o in old}


def test_allow_list_covers_recipient_contacts(rows) -> None:
    phrases = h6.organisation_contacts()
    assert len(phrases) == 3 * len(h6.ORGS)
    text = "\n".join(r["text"] for r in rows)
    assert all(p in text for p in phrases if "@" in p or p[0].isdigit())


def test_write_set(tmp_path) -> None:
    info = h6.write_set(tmp_path / "pii.jsonl", n=30, seed=1)
    lines = (tmp_path / "pii.jsonl").read_text(encoding="utf-8").splitlines()
    assert info["rows"] == len(lines) == 30
    assert json.loads(lines[0]) == h6.build_row(1, 0)[0]
    assert (tmp_path / "allow_list_uk_layouts_heldout6.txt").read_text(encoding="utf-8").split(
        "\n"
    )[:-1] == h6.organisation_contacts()
