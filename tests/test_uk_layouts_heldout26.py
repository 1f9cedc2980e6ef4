"""The blind heldout26 UK layout set (evaluation/synthetic/uk_layouts_heldout26.py): spans,
determinism, coverage of layouts and types, valid identifiers, unlabelled look-alikes, dates of
birth in boxes and in Korean order, names in Hangul beside their passport forms, "known as"
names, quoted replies, extensions outside phone spans, mistype and Unicode-trick rates, and no
value shared with the earlier families. Fast: no models, no redactor."""

from __future__ import annotations

import importlib
import random
import re
from collections import Counter
from datetime import date

import pytest
import uk_layout_family_checks as c

from evaluation.synthetic import uk_layouts_heldout26 as h26

N = 1000
#: the earlier blind families, heldout3 to heldout25
EARLIER = tuple(
    importlib.import_module(f"evaluation.synthetic.uk_layouts_heldout{k}") for k in range(3, 26)
)


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h26.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


# --------------------------------------------------------------------------- shape
SHAPE = c.shape_checks(h26, "heldout26", EARLIER)


@pytest.mark.parametrize("check", sorted(SHAPE))
def test_shape(built, rows, check) -> None:
    assert len(rows) == N
    SHAPE[check](built, rows)


# --------------------------------------------------------------------------- values
CHECKS = c.value_checks(h26)


@pytest.mark.parametrize("kind", sorted(CHECKS))
def test_identifiers_valid_unless_mistyped(rows, kind) -> None:
    c.check_identifiers_valid_unless_mistyped(rows, kind, CHECKS[kind])


def test_korean_dates_and_names() -> None:
    got = {h26.korean_date(random.Random(k), date(1958, 4, 3)) for k in range(60)}
    assert {"1958년 4월 3일", "1958년 04월 03일", "1958.04.03", "03/04/1958"} == got
    p = h26.Person("Kum-hui", "Ri", "f", "Ms", date(1950, 1, 1), "north_korean")
    assert h26.hangul_name(p) == "리금희"
    assert h26.passport_latin(p) == "RI KUM HUI"
    assert h26.passport_latin(h26.replace(p, first="Hyok", last="Ryom")) == "RYOM HYOK"


def test_boxed_dates_and_spaced_identifiers() -> None:
    got = {h26.boxed_date(random.Random(k), date(1992, 3, 14)) for k in range(60)}
    assert {"1 4 | 0 3 | 1 9 9 2", "14 | 03 | 1992", "1 4 0 3 1 9 9 2", "14  03  1992"} == got
    assert (
        h26.spaced(random.Random(0), ("JK 12 34 56 C", False))[0].replace(" ", "").replace("|", "")
        == "JK123456C"
    )


def test_nicknames() -> None:
    def p(first: str) -> h26.Person:
        return h26.Person(first, "Ameh", "f", "Ms", date(2015, 1, 1), "igala")

    assert h26.nickname(p("Ojochide")) == "Ojo"
    assert h26.nickname(p("Kum-hui")) == "Kum"
    assert h26.nickname(p("Tien")) == "Tien"


# --------------------------------------------------------------------------- layouts
# What must stay readable, per layout: every row of the layout holds a match of each pattern and
# no labelled span touches its group 1 (reference numbers, amounts, ages, dates not of birth).
LOOK_ALIKES = {
    "birth_registration_booking_email_thread": [
        r"appointment (BR\d{6})",
        r"Booking reference: (BR\d{6})",
        r" at (\d\d:\d\d) \(",
        r"\((\d\.\d\d kg)\)",
        r"booked for (\d\d/\d\d/\d{4}) at",
        r"On (\d\d/\d\d/\d{4}) at",
    ],
    "best_start_grant_paper_form": [
        r"Application ref: (BSG-\d{7})",
        r"children under 16: (\d)",
        r"weeks pregnant: (\d+)",
        r"Date: (\d\d/\d\d/\d{4})",
    ],
    "prison_visit_booking_email": [
        r"prison number ([AG]\d{4}[A-Z]{2})",
        r"\(prison number [AG]\d{4}[A-Z]{2}, ([A-H]) wing\)",
        r"\) on (\d\d/\d\d/\d{4}) in the",
        r"reference was (VB\d{8})",
    ],
    "school_residential_trip_consent_form": [
        r"trip ref (RV/\d\d/\d{3})",
        r"Deposit paid: (£\d+\.00)",
        r"Class: (6[A-Z])",
        r"Date: (\d\d/\d\d/\d{4})",
    ],
    "citizenship_ceremony_booking_email": [
        r"Home Office ref ([A-Z]\d{7})",
        r"letter dated (\d\d/\d\d/\d{4})",
        r"fee of (£\d+\.00)",
    ],
    "student_finance_parent_income_form": [
        r"Customer Reference Number: (\d{11})",
        r"Academic year (2026/27)",
        r"Income 2025-26: +(£\d\d?,\d{3}\.00)",
    ],
    "attendance_allowance_helper_letter": [
        r"in hospital from (\d\d/\d\d/\d{4}) to",
        r"to (\d\d/\d\d/\d{4}) under",
        r"help (\d) times a night",
        r"(?m)^(\d{1,2} [A-Z][a-z]+ 2026)$",
    ],
    "passport_lost_stolen_report_ls01": [
        r"Date it happened: (\d\d/\d\d/\d{4})",
        r"Police crime reference: ([A-Z]{2}/\d{6}/26)",
        r"Date: (\d\d/\d\d/\d{4})",
    ],
    "assisted_waste_collection_carer_email": [
        r"ref (MC-\d{6})",
        r"collection day is ([a-z]+day)",
        r"they have (\d) bins",
    ],
    "school_exclusion_governors_representation_letter": [
        r"UPN ([A-Z]\d{12})",
        r"(Year \d{1,2}),",
        r"given on (\d\d/\d\d/\d{4})",
        r"for (\d days)",
    ],
    "korean_language_letter": [
        r"주택 등록 번호: (HR\d{7})",
        r"월세는 (£\d+)",
        r"(\d{4}년)에 북한을 떠나 (\d{4}년)부터",
        r"(\d{4}년 \d{1,2}월 \d{1,2}일)에 작업치료사",
    ],
}


def test_every_layout_has_look_alikes() -> None:
    assert sorted(LOOK_ALIKES) == sorted(h26.LAYOUTS)


@pytest.mark.parametrize("layout", sorted(LOOK_ALIKES))
def test_look_alikes_present_and_unlabelled(rows, layout) -> None:
    c.check_look_alikes_present_and_unlabelled(rows, layout, LOOK_ALIKES[layout])


def _span_at(row: dict, at: int) -> dict | None:
    return next((s for s in row["spans"] if s["start"] == at), None)


def test_boxed_dates_of_birth(rows) -> None:
    dobs = c.values(rows, "best_start_grant_paper_form", "DATE_OF_BIRTH")
    dobs += c.values(rows, "passport_lost_stolen_report_ls01", "DATE_OF_BIRTH")
    boxed = [d for d in dobs if re.fullmatch(r"[\d |]+", d) and " " in d]
    assert len(boxed) >= 100, len(boxed)


def test_spaced_and_boxed_identifiers(rows) -> None:
    ninos = c.values(rows, "best_start_grant_paper_form", "UK_NINO")
    spaced = re.compile(r"(?:\w[ |\u00a0\u200b\u00ad\u202f]+){7,8}\w")
    assert len(ninos) >= 80 and all(spaced.fullmatch(n) for n in ninos), ninos[:3]
    accounts = c.values(rows, "best_start_grant_paper_form", "UK_BANK_ACCOUNT")
    assert all(" " in a for a in accounts)


def test_extensions_outside_phone_spans(rows) -> None:
    seen = 0
    for r in rows:
        for m in re.finditer(r"(?: ext\.? | Ext\. | x|, extension )(\d+)", r["text"]):
            a, b = m.span(1)
            if r["text"][a - 2 : a] == "9x":  # part of a driving licence or a reference
                continue
            assert not any(s["start"] < b and a < s["end"] for s in r["spans"]), (r["id"], m[0])
            seen += 1
    assert seen >= 20, seen


def test_known_as_names_are_person(rows) -> None:
    seen = 0
    for r in c.rows_of(rows, "school_residential_trip_consent_form"):
        assert c.span_starts_after(r, "Known as: ", "PERSON"), r["id"]
        seen += 1
    assert seen >= 80


def test_form_name_fields_are_separate_spans(rows) -> None:
    for layout, captions in (
        ("best_start_grant_paper_form", ("Surname: ", "Other names: ")),
        ("passport_lost_stolen_report_ls01", ("Surname: ", "Forenames: ")),
        ("student_finance_parent_income_form", ("Surname:", "Forename(s):")),
    ):
        for r in c.rows_of(rows, layout):
            for caption in captions:
                at = r["text"].index(caption) + len(caption)
                at += len(r["text"][at:]) - len(r["text"][at:].lstrip(" "))
                s = _span_at(r, at)
                assert s and s["type"] == "PERSON", (r["id"], caption)


def test_side_by_side_columns_labelled(rows) -> None:
    for r in c.rows_of(rows, "student_finance_parent_income_form"):
        assert len(c.written(r, "UK_NINO")) == 2, r["id"]
        assert len(c.written(r, "DATE_OF_BIRTH")) == 3, r["id"]


def test_quoted_reply_names_and_mailbox(rows) -> None:
    """In the quoted register office e-mail the officer is PERSON and its mailbox ORGANIZATION."""
    for r in c.rows_of(rows, "birth_registration_booking_email_thread"):
        signed = r["text"].index(", Registration Officer")
        officer = next(x for x in r["spans"] if x["end"] == signed)
        assert officer["type"] == "PERSON", r["id"]
        mailbox = next(x for x in r["spans"] if x["end"] == r["text"].index("> wrote:"))
        assert mailbox["type"] == "ORGANIZATION", r["id"]
        at = r["text"].index("> Dear ") + len("> Dear ")
        assert any(x["type"] == "PERSON" and at <= x["start"] < at + 6 for x in r["spans"])


def test_korean_letter_names_in_hangul_and_passport_form(rows) -> None:
    hangul = re.compile(r"[\uac00-\ud7a3]+")
    for r in c.rows_of(rows, "korean_language_letter"):
        at = r["text"].index("저는 ") + len("저는 ")
        first = _span_at(r, at)
        assert first and first["type"] == "PERSON", r["id"]
        name = c.plain(r["text"][first["start"] : first["end"]], "PERSON")
        assert hangul.fullmatch(name), r["id"]
        nxt = r["spans"][r["spans"].index(first) + 1]
        latin = r["text"][nxt["start"] : nxt["end"]].replace("\u00a0", " ")
        assert nxt["type"] == "PERSON" and latin.isascii() and latin == latin.upper(), r["id"]
        born = r["text"].index("생년월일은 ") + len("생년월일은 ")
        assert _span_at(r, born)["type"] == "DATE_OF_BIRTH", r["id"]


def test_korean_dates_of_birth(rows) -> None:
    dobs = c.values(rows, "korean_language_letter", "DATE_OF_BIRTH")
    korean = [d for d in dobs if re.fullmatch(r"\d{4}년 \d{1,2}월 \d{1,2}일", d)]
    dotted = [d for d in dobs if re.fullmatch(r"\d{4}\.\d\d\.\d\d", d)]
    assert len(korean) >= 60 and len(dotted) >= 25, (len(korean), len(dotted))


def test_every_korean_name_has_a_hangul_form() -> None:
    for table in (h26.FIRST_NAMES, h26.SURNAMES):
        for name, _ in table["north_korean"]:
            assert name in h26.HANGUL, name


def test_several_people_per_letter(rows) -> None:
    people = Counter(r["layout"] for r in rows for s in r["spans"] if s["type"] == "PERSON")
    counts = Counter(r["layout"] for r in rows)
    assert all(people[k] / counts[k] >= 3 for k in counts), people


def test_places_from_new_areas(rows) -> None:
    areas = {
        re.match(r"[A-Z]+", v.upper())[0]
        for r in rows
        for v, _ in c.written(r, "UK_POSTCODE")
        if " " not in v.strip()[:2]
    }
    assert {"KT", "MK", "TF", "EH", "G", "KY", "KA", "NP", "SY", "BT"} <= areas
    places = {v for r in rows for v, _ in c.written(r, "LOCATION")}
    for name in ("New Malden", "Kents Hill", "Hollinswood", "Craigshill", "Legahory"):
        assert any(name.casefold() == p.casefold() for p in places), name


# --------------------------------------------------------------------------- own tables
def test_no_name_or_place_shared_with_earlier_families() -> None:
    c.check_no_name_or_place_shared_with_earlier_families(h26, EARLIER)


def test_eleven_new_name_communities() -> None:
    earlier = {c for m in EARLIER for c in m.FIRST_NAMES}
    assert len(set(h26.FIRST_NAMES)) == 11
    assert not set(h26.FIRST_NAMES) & earlier


def test_only_one_foreign_language_letter_and_its_language_new() -> None:
    foreign = [name for name in h26.LAYOUTS if name.endswith("_language_letter")]
    assert foreign == ["korean_language_letter"]
    earlier = {name for m in EARLIER for name in m.LAYOUTS if "language" in name}
    assert not any("korean" in name or "hangul" in name for name in earlier)


def test_organisations_new() -> None:
    """No recipient or third party (name, helpline or mailbox) is an earlier family's."""
    earlier = [
        org
        for m in EARLIER
        for table in vars(m).values()
        if isinstance(table, list)
        for org in table
        if isinstance(org, tuple) and hasattr(org, "mailbox")
    ]
    assert len(earlier) > 100
    ours = [*h26.ORGS, *h26.PRACTICES, *h26.SUPPORT]
    for field in ("name", "phone", "mailbox"):
        seen = {getattr(org, field) for org in earlier}
        assert all(getattr(org, field) not in seen for org in ours), field


def test_layout_counts_balanced(rows) -> None:
    counts = Counter(r["layout"] for r in rows)
    assert max(counts.values()) - min(counts.values()) <= 1


def test_write_set(tmp_path) -> None:
    c.check_write_set(tmp_path, h26, "heldout26")
