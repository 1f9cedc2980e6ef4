"""The blind heldout25 UK layout set (evaluation/synthetic/uk_layouts_heldout25.py): spans,
determinism, coverage of layouts and types, valid identifiers, unlabelled look-alikes, dates of
birth in words and in American order (with the writer's gloss), nicknames and preferred names,
"c/o" names, extensions outside phone spans, names in Perso-Arabic script beside their passport
forms, Afghan solar-calendar dates, Bukharan surnames in the female form, mistype and
Unicode-trick rates, and no value shared with the earlier families. Fast: no models, no
redactor."""

from __future__ import annotations

import importlib
import random
import re
from collections import Counter
from datetime import date

import pytest
import uk_layout_family_checks as c

from evaluation.synthetic import uk_layouts_heldout25 as h25

N = 1000
#: the earlier blind families, heldout3 to heldout24
EARLIER = tuple(
    importlib.import_module(f"evaluation.synthetic.uk_layouts_heldout{k}") for k in range(3, 25)
)


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h25.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


# --------------------------------------------------------------------------- shape
SHAPE = c.shape_checks(h25, "heldout25", EARLIER)


@pytest.mark.parametrize("check", sorted(SHAPE))
def test_shape(built, rows, check) -> None:
    assert len(rows) == N
    SHAPE[check](built, rows)


# --------------------------------------------------------------------------- values
CHECKS = c.value_checks(h25)


@pytest.mark.parametrize("kind", sorted(CHECKS))
def test_identifiers_valid_unless_mistyped(rows, kind) -> None:
    c.check_identifiers_valid_unless_mistyped(rows, kind, CHECKS[kind])


@pytest.mark.parametrize(
    ("day", "solar"),
    [
        (date(1985, 3, 21), (1364, 1, 1)),
        (date(1974, 11, 19), (1353, 8, 28)),
        (date(1990, 3, 20), (1368, 12, 29)),
        (date(2001, 9, 22), (1380, 6, 31)),
        (date(2001, 9, 23), (1380, 7, 1)),
    ],
)
def test_solar_hijri(day, solar) -> None:
    assert h25.solar_hijri(day) == solar


def test_dari_dates() -> None:
    got = {h25.dari_date(random.Random(k), date(1985, 3, 21)) for k in range(60)}
    assert {"۱ حمل ۱۳۶۴", "1 حمل 1364", "۱۹۸۵/۰۳/۲۱", "21/03/1985"} == got


def test_dates_in_words_and_american_order() -> None:
    assert h25.day_in_words(date(1956, 6, 23)) == "twenty-third of June 1956"
    assert h25.day_in_words(date(1941, 1, 1)) == "first of January 1941"
    assert h25.us_date(date(1952, 4, 11)) == "04/11/1952"
    got = {h25.natural_dob(random.Random(k), date(1979, 1, 3)) for k in range(200)}
    assert {"3/1/79", "03.01.79", "3 Jan '79", "January 3, 1979", "third of January 1979"} <= got


def test_nicknames() -> None:
    def p(first: str) -> h25.Person:
        return h25.Person(first, "Kizingo", "f", "Ms", date(1990, 1, 1), "bajuni")

    assert h25.nickname(p("Mwanaisha")) == "Mwanie"
    assert h25.nickname(p("Lal Bahadur")) == "Lal"
    assert h25.nickname(p("Jean-Claude")) == "Jean"


# --------------------------------------------------------------------------- layouts
# What must stay readable, per layout: every row of the layout holds a match of each pattern and
# no labelled span touches its group 1 (reference numbers, amounts, ages, dates not of birth).
LOOK_ALIKES = {
    "damp_mould_disrepair_complaint_email": [
        r"job (DM/\d{6})",
        r"inspected on (\d\d/\d\d/\d{4})",
        r"measured (\d\d% humidity)",
        r"(?m) \| (\d{1,3}) \| ",
        r"Repair job (\d{7})",
    ],
    "bus_pass_renewal_older_resident_email": [
        r"ref (BP\d{7})",
        r"card number is (633597 \d{4} \d{4} \d{4})",
        r"expires on (\d\d/\d\d/\d{4})",
        r"so I am (\d\d) now",
        r"\(aged (\d\d)\)",
    ],
    "fostering_initial_enquiry_web_form": [
        r"Fostering enquiry (FE-\d{4}-\d{5})",
        r"Submitted: (\d\d/\d\d/\d{4} \d\d:\d\d)",
        r"spare bedrooms: (\d)",
    ],
    "nhs_complaint_with_patient_consent_form": [
        r"hospital no\. (K\d{7})",
        r"on (\w+ Ward)",
        r"between (\d\d/\d\d/\d{4}) and",
        r"Date: (\d\d/\d\d/\d{4})",
    ],
    "hb_landlord_direct_payment_request": [
        r"Claim ref: (HB/\d{7})",
        r"tenancy started on (\d\d/\d\d/\d{4})",
        r"(?m)^  (\d\d/\d\d/\d{4})     \|",
        r"at (£\d{3}\.00) a week",
    ],
    "overseas_relative_pension_query_us_dates": [
        r"ref (IPC/\d{6})",
        r"letter dated (\d\d/\d\d/\d{4})",
        r"sent it on ([A-Z][a-z]+ \d\d, \d{4})",
    ],
    "gp_registration_gms1_typed": [
        r"Practice code: ([NSW]\d{5})",
        r"Date: (\d\d/\d\d/\d{4})",
    ],
    "bank_safeguarding_financial_abuse_referral": [
        r"case ref: (VCT-\d{7})",
        r"\(aged (\d\d)\)",
        r"(?m)^  (\d\d/\d\d/\d{4}) \|",
        r"(?m)\| (£\d+\.00)$",
    ],
    "maternity_self_referral_form": [
        r"submission (MSR-\d{6})",
        r"last period: (\d\d/\d\d/\d{4})",
        r"due date: (\d\d/\d\d/\d{4})",
        r"Previous pregnancies: (\d)",
    ],
    "council_tax_separation_liability_email": [
        r"account ([56]\d{7})",
        r"moved out on (\d\d/\d\d/\d{4})",
        r"we owe (£\d+\.00)",
    ],
    "hazara_dari_language_letter": [
        r"شماره پرونده: (ARAP/\d{5})",
        r"کرایه ماهانه (£\d{3})",
        r"تا تاریخ (\d\d/\d\d/\d{4})",
    ],
}


def test_every_layout_has_look_alikes() -> None:
    assert sorted(LOOK_ALIKES) == sorted(h25.LAYOUTS)


@pytest.mark.parametrize("layout", sorted(LOOK_ALIKES))
def test_look_alikes_present_and_unlabelled(rows, layout) -> None:
    c.check_look_alikes_present_and_unlabelled(rows, layout, LOOK_ALIKES[layout])


def _span_at(row: dict, at: int) -> dict | None:
    return next((s for s in row["spans"] if s["start"] == at), None)


def test_dates_of_birth_in_words(rows) -> None:
    words = c.values(rows, "bus_pass_renewal_older_resident_email", "DATE_OF_BIRTH")
    said = [d for d in words if re.fullmatch(r"[a-z-]+ of [A-Z][a-z]+ \d{4}", d)]
    assert len(said) >= 80, len(said)


def test_american_dates_of_birth_and_gloss(rows) -> None:
    for r in c.rows_of(rows, "overseas_relative_pension_query_us_dates"):
        dobs = c.written(r, "DATE_OF_BIRTH")
        assert len(dobs) == 2, r["id"]
        month, day, year = map(int, dobs[0][0].split("/"))
        gloss = dobs[1][0]
        assert h25._MONTHS[month - 1] in gloss, r["id"]
        assert re.search(rf"\b{day}(?:st|nd|rd|th)?\b", gloss), r["id"]
        assert h25.us_date(date(year, month, day)) == dobs[0][0], r["id"]


def test_extensions_outside_phone_spans(rows) -> None:
    seen = 0
    for r in rows:
        for m in re.finditer(r"(?: ext\.? | Ext\. | x|, extension )(\d+)", r["text"]):
            a, b = m.span(1)
            if r["text"][a - 2 : a] == "9x":  # part of a driving licence or a reference
                continue
            assert not any(s["start"] < b and a < s["end"] for s in r["spans"]), (r["id"], m[0])
            seen += 1
    assert seen >= 100, seen


def test_nicknames_and_preferred_names_are_person(rows) -> None:
    seen = 0
    for r in rows:
        for caption in ("(we call her ", "(we call him ", "known as '", "Preferred name: "):
            if caption in r["text"]:
                s = _span_at(r, r["text"].index(caption) + len(caption))
                assert s and s["type"] == "PERSON", (r["id"], caption)
                seen += 1
    assert seen >= 250, seen


def test_care_of_names_are_person(rows) -> None:
    seen = 0
    for r in rows:
        for m in re.finditer(r"c/o ", r["text"]):
            s = _span_at(r, m.end())
            assert s and s["type"] == "PERSON", r["id"]
            seen += 1
    assert seen >= 150, seen


def test_form_name_fields_are_separate_spans(rows) -> None:
    for layout, captions in (
        ("fostering_initial_enquiry_web_form", ("First name(s): ", "Surname: ")),
        ("maternity_self_referral_form", ("First name: ", "Surname: ")),
        ("gp_registration_gms1_typed", ("Surname: ", "First names: ")),
    ):
        for r in c.rows_of(rows, layout):
            for caption in captions:
                assert c.span_starts_after(r, caption, "PERSON"), (r["id"], caption)


def test_dari_letter_names_in_script_and_passport_form(rows) -> None:
    script = re.compile(r"[\u0600-\u06ff\u200c ]+")
    for r in c.rows_of(rows, "hazara_dari_language_letter"):
        at = r["text"].index("اینجانب ") + len("اینجانب ")
        first = _span_at(r, at)
        assert first and first["type"] == "PERSON", r["id"]
        name = c.plain(r["text"][first["start"] : first["end"]], "PERSON")
        assert script.fullmatch(name), r["id"]
        nxt = r["spans"][r["spans"].index(first) + 1]
        latin = r["text"][nxt["start"] : nxt["end"]].replace("\u00a0", " ")
        assert nxt["type"] == "PERSON" and latin.isascii() and latin == latin.upper(), r["id"]
        born = r["text"].index(" متولد ") + len(" متولد ")
        assert _span_at(r, born)["type"] == "DATE_OF_BIRTH", r["id"]


def test_dari_dates_of_birth(rows) -> None:
    dobs = c.values(rows, "hazara_dari_language_letter", "DATE_OF_BIRTH")
    months = "|".join(h25._AFGHAN_MONTHS)
    solar = [d for d in dobs if re.fullmatch(rf"[\d۰-۹]{{1,2}} ({months}) [\d۰-۹]{{4}}", d)]
    persian = [d for d in dobs if re.fullmatch(r"[۰-۹]{4}/[۰-۹]{2}/[۰-۹]{2}", d)]
    assert len(solar) >= 60 and len(persian) >= 25, (len(solar), len(persian))


def test_every_hazara_name_has_a_dari_form() -> None:
    for table in (h25.FIRST_NAMES, h25.SURNAMES):
        for name, _ in table["hazara"]:
            assert name in h25.DARI, name


def test_bukharan_surnames_gendered(rows) -> None:
    """Women carry the -ova form, men the -ov form, in the tables and in relatives."""
    for name, g in h25.SURNAMES["bukharan"]:
        assert name.endswith("a") == (g == "f"), name
    assert h25.V.surname_pairs["Kalontarov"] == "Kalontarova"


def test_places_from_new_areas(rows) -> None:
    areas = {
        re.match(r"[A-Z]+", v.upper())[0]
        for r in rows
        for v, _ in c.written(r, "UK_POSTCODE")
        if " " not in v.strip()[:2]
    }
    assert {"PL", "TQ", "EX", "GL", "SK", "DE", "ME", "NE", "FK", "IV", "LD", "LL", "BT"} <= areas
    places = {v for r in rows for v, _ in c.written(r, "LOCATION")}
    for name in ("Postbridge", "Leysdown-on-Sea", "Clachtoll", "Gwytherin", "Dromintee"):
        assert any(name.casefold() == p.casefold() for p in places), name


def test_odd_email_local_parts(rows) -> None:
    emails = [v for r in rows for v, _ in c.written(r, "EMAIL_ADDRESS")]
    assert sum("+" in e for e in emails) >= 20
    assert sum(e.startswith("the.") for e in emails) >= 20


# --------------------------------------------------------------------------- own tables
def test_no_name_or_place_shared_with_earlier_families() -> None:
    c.check_no_name_or_place_shared_with_earlier_families(h25, EARLIER)


def test_eleven_new_name_communities() -> None:
    earlier = {c for m in EARLIER for c in m.FIRST_NAMES}
    assert len(set(h25.FIRST_NAMES)) == 11
    assert not set(h25.FIRST_NAMES) & earlier


def test_only_one_foreign_language_letter_and_its_language_new() -> None:
    foreign = [name for name in h25.LAYOUTS if name.endswith("_language_letter")]
    assert foreign == ["hazara_dari_language_letter"]
    earlier = {name for m in EARLIER for name in m.LAYOUTS if "language" in name}
    assert not any("dari" in name or "persian" in name for name in earlier)


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
    ours = [*h25.ORGS, *h25.PRACTICES, *h25.BANKS, *h25.AGENTS]
    for field in ("name", "phone", "mailbox"):
        seen = {getattr(org, field) for org in earlier}
        assert all(getattr(org, field) not in seen for org in ours), field


def test_layout_counts_balanced(rows) -> None:
    counts = Counter(r["layout"] for r in rows)
    assert max(counts.values()) - min(counts.values()) <= 1


def test_write_set(tmp_path) -> None:
    c.check_write_set(tmp_path, h25, "heldout25")
