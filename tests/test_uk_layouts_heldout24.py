"""The blind heldout24 UK layout set (evaluation/synthetic/uk_layouts_heldout24.py): spans,
determinism, coverage of layouts and types, valid identifiers, unlabelled look-alikes, the SMS
log's number column, the PCN form's separate name fields, values split over scanned lines,
names in Ge'ez script and in Vietnamese order beside their passport forms, Tigrinya and
Vietnamese dates of birth, mistype and Unicode-trick rates, and no value shared with the
earlier families. Fast: no models, no redactor."""

from __future__ import annotations

import importlib
import random
import re
import unicodedata
from collections import Counter
from datetime import date

import pytest
import uk_layout_family_checks as c

from evaluation.synthetic import uk_layouts_heldout24 as h24

N = 1000
#: the earlier blind families, heldout3 to heldout23
EARLIER = tuple(
    importlib.import_module(f"evaluation.synthetic.uk_layouts_heldout{k}") for k in range(3, 24)
)


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h24.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


# --------------------------------------------------------------------------- shape
SHAPE = c.shape_checks(h24, "heldout24", EARLIER)


@pytest.mark.parametrize("check", sorted(SHAPE))
def test_shape(built, rows, check) -> None:
    assert len(rows) == N
    SHAPE[check](built, rows)


# --------------------------------------------------------------------------- values
CHECKS = c.value_checks(h24)


@pytest.mark.parametrize("kind", sorted(CHECKS))
def test_identifiers_valid_unless_mistyped(rows, kind) -> None:
    c.check_identifiers_valid_unless_mistyped(rows, kind, CHECKS[kind])


TIGRINYA_DATES = {date(1985, 3, 12): "12 መጋቢት 1985", date(1990, 12, 1): "1 ታሕሳስ 1990"}


@pytest.mark.parametrize("day", sorted(TIGRINYA_DATES))
def test_tigrinya_dates(day) -> None:
    """Tigrinya month names, or the numeric forms with slashes or dashes."""
    got = {h24.tigrinya_date(random.Random(k), day) for k in range(40)}
    assert {TIGRINYA_DATES[day], f"{day:%d/%m/%Y}", f"{day:%d-%m-%Y}"} <= got


@pytest.mark.parametrize(
    ("day", "said", "short"),
    [
        (date(1985, 3, 12), "12 tháng 3 năm 1985", "12/3/1985"),
        (date(1970, 11, 2), "2 tháng 11 năm 1970", "2/11/1970"),
    ],
)
def test_vietnamese_dates(day, said, short) -> None:
    got = {h24.vietnamese_date(random.Random(k), day) for k in range(40)}
    assert {said, short, day.strftime("%d/%m/%Y")} <= got


def test_ni_year_groups() -> None:
    assert h24.ni_year_group(date(2019, 7, 1)) == "P4"
    assert h24.ni_year_group(date(2019, 7, 2)) == "P3"
    assert h24.ni_year_group(date(2021, 7, 2)) == "P1"
    assert h24.ni_year_group(date(2014, 1, 20)) == "Year 9"


def test_passport_latin_drops_diacritics_and_capitalises() -> None:
    printed = {"Nông Thị Lả": "NONG THI LA", "Đàm Văn Pjạ": "DAM VAN PJA", "Lường": "LUONG"}
    assert {name: h24.passport_latin(name) for name in printed} == printed


# --------------------------------------------------------------------------- layouts
# What must stay readable, per layout: every row of the layout holds a match of each pattern and
# no labelled span touches its group 1 (reference numbers, amounts, dates that are not births).
LOOK_ALIKES = {
    "council_textline_two_way_sms_log": [
        r"conversation (\d{7})",
        r"short code (\d{5})",
        r"\((MSG-\d{6})\)",
        r"(?m)^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) \|",
        r"council tax acct (\d{8})",
    ],
    "welfare_rights_pip_mr_submission": [
        r"Our ref: (EWR/\d{4}/\d{3})",
        r"decision dated\s(\d\d/\d\d/\d{4})",
        r"awarded (\d) points",
        r"Descriptor (\d[a-f])",
    ],
    "housing_medical_priority_self_assessment": [
        r"Form ref (MP-\d{5})",
        r"Register no: (HR\d{7})",
        r"Current band: (Band [B-D])",
    ],
    "enforcement_agent_complaint_payment_plan": [
        r"liability order (LO/\d{4}/\d{5})",
        r"(QES\d{7})",
        r"(?m)^  \d +\| (\d\d/\d\d/\d{4}) \| (?:£\d+\.00)$",
        r"(?m)\| (£\d+\.00)$",
    ],
    "pcn_informal_challenge_web_form": [
        r"PCN number: (SH\d{8})",
        r"Vehicle registration: ([A-Z]{2}\d\d [A-Z]{3})",
        r"Contravention code: (\d\d)",
        r"Date of contravention: (\d\d/\d\d/\d{4})",
    ],
    "solicitor_sar_form_of_authority": [
        r"Our ref: (PL/[A-Z]{3}/\d{4})",
        r"Your ref: (IG-\d{6})",
        r"held from (\d\d/\d\d/\d{4})",
    ],
    "ward_discharge_letter_to_reablement": [
        r"MRN: (W\d{7})",
        r"(Ward \d+)",
        r"Discharged: (\d\d/\d\d/\d{4} \d\d:\d\d)",
        r"Admitted: (\d\d/\d\d/\d{4})",
    ],
    "school_in_year_transfer_application": [
        r"Year group: (P[1-7]|Year [89])",
        r"Current school ref: (\d{3}-\d{4})",
        r"Date: (\d\d/\d\d/\d{4})",
    ],
    "warm_home_grant_eligibility_email": [
        r"Grant ref: (WH-\d{4}-\d{5})",
        r"EPC (band [E-G])",
        r"(£\d+\.\d\d) a week",
        r"Pension Credit from (\d\d/\d\d/\d{4})",
    ],
    "tigrinya_language_letter": [
        r"ቁጽሪ ጉዳይ: (NS/\d{5})",
        r"ክራይ (£\d{3})",
        r"ቅድሚ (\d\d/\d\d/\d{4})",
    ],
    "tay_vietnamese_language_letter": [
        r"Số hồ sơ: (TS-\d{5})",
        r"Tiền thuê nhà là (£\d{3})",
        r"đang nợ (£\d+)",
        r"trước ngày (\d\d/\d\d/\d{4})",
    ],
}


def test_every_layout_has_look_alikes() -> None:
    assert sorted(LOOK_ALIKES) == sorted(h24.LAYOUTS)


@pytest.mark.parametrize("layout", sorted(LOOK_ALIKES))
def test_look_alikes_present_and_unlabelled(rows, layout) -> None:
    c.check_look_alikes_present_and_unlabelled(rows, layout, LOOK_ALIKES[layout])


def test_sms_log_number_column_labelled_every_line(rows) -> None:
    for r in c.rows_of(rows, "council_textline_two_way_sms_log"):
        lines = [
            m.end()
            for m in re.finditer(r"(?m)^\d{4}-\d\d-\d\d [\d:]{8} \| (?:IN |OUT) \| ", r["text"])
        ]
        assert len(lines) == 5, r["id"]
        numbers = {r["text"][s["start"] : s["end"]] for s in r["spans"] if s["start"] in lines}
        assert all(
            any(s["start"] == at and s["type"] == "PHONE_NUMBER" for s in r["spans"])
            for at in lines
        ), r["id"]
        assert len(numbers) == 1 or any(c in "".join(numbers) for c in c.TRICK_CHARS), r["id"]


def test_pcn_form_name_fields_are_separate_spans(rows) -> None:
    for r in c.rows_of(rows, "pcn_informal_challenge_web_form"):
        assert c.span_starts_after(r, "First name: ", "PERSON"), r["id"]
        assert c.span_starts_after(r, "Last name: ", "PERSON"), r["id"]
        title = r["text"].split("Title: ", 1)[1].split("\n", 1)[0]
        at = r["text"].index("Title: ") + 7
        assert not any(s["start"] <= at < s["end"] for s in r["spans"]), (r["id"], title)


def test_values_split_over_scanned_lines(rows) -> None:
    split = Counter()
    for r in c.rows_of(rows, "school_in_year_transfer_application"):
        for s in r["spans"]:
            if "\n" in r["text"][s["start"] : s["end"]]:
                split[s["type"]] += 1
    assert split["UK_NINO"] >= 10 and split["PHONE_NUMBER"] >= 10, split


def test_foreign_letters_name_in_script_and_passport_form(rows) -> None:
    geez = re.compile(r"[\u1200-\u137f ]+")
    for layout, caption, script in (
        ("tigrinya_language_letter", "ሽመይ ", geez),
        ("tay_vietnamese_language_letter", "Tôi tên là ", None),
    ):
        for r in c.rows_of(rows, layout):
            at = r["text"].index(caption) + len(caption)
            (first,) = [s for s in r["spans"] if s["start"] == at]
            assert first["type"] == "PERSON", r["id"]
            name = unicodedata.normalize("NFKC", r["text"][first["start"] : first["end"]])
            name = name.replace("\u200b", "").replace("\u00ad", "")
            nxt = r["spans"][r["spans"].index(first) + 1]
            latin = unicodedata.normalize("NFKC", r["text"][nxt["start"] : nxt["end"]])
            latin = latin.replace("\u200b", "").replace("\u00ad", "")
            assert nxt["type"] == "PERSON" and latin.isascii() and latin == latin.upper(), r["id"]
            if script:
                assert script.fullmatch(name), r["id"]
            else:
                assert h24.passport_latin(name) == latin, r["id"]
                assert not name.isascii() or name.upper() == latin, r["id"]


def test_foreign_dates_of_birth(rows) -> None:
    ti = c.values(rows, "tigrinya_language_letter", "DATE_OF_BIRTH")
    vi = c.values(rows, "tay_vietnamese_language_letter", "DATE_OF_BIRTH")
    assert sum(bool(re.fullmatch(r"\d{1,2} [\u1200-\u137f]+ \d{4}", d)) for d in ti) >= 50
    assert sum(bool(re.fullmatch(r"\d{1,2} tháng \d{1,2} năm \d{4}", d)) for d in vi) >= 25
    for r in c.rows_of(rows, "tay_vietnamese_language_letter"):
        for m in re.finditer(r"sinh ngày ", r["text"]):
            assert any(
                s["start"] == m.end() and s["type"] == "DATE_OF_BIRTH" for s in r["spans"]
            ), r["id"]
    for r in c.rows_of(rows, "tigrinya_language_letter"):
        born = r["text"].index("ዝተወለድኩሉ ዕለት ") + len("ዝተወለድኩሉ ዕለት ")
        assert any(s["start"] == born and s["type"] == "DATE_OF_BIRTH" for s in r["spans"])


def test_tigrayan_children_carry_the_fathers_name(rows) -> None:
    fathers = 0
    for r in c.rows_of(rows, "tigrinya_language_letter"):
        if "ምስ ሰበይተይ " not in r["text"]:  # written by the mother
            continue
        fathers += 1
        latin = [v for v, _ in c.written(r, "PERSON") if v.isascii()]
        for kid in latin[1:]:
            assert kid.split()[-1] == latin[0].split()[0], r["id"]
    assert fathers >= 10


def test_writers_of_foreign_letters_from_their_community(rows) -> None:
    writers = {"tigrinya_language_letter": "tigrayan", "tay_vietnamese_language_letter": "tay"}
    for layout, culture in writers.items():
        firsts, lasts = ({n for n, _ in t[culture]} for t in (h24.FIRST_NAMES, h24.SURNAMES))
        for r in c.rows_of(rows, layout):
            writer = [v for v, _ in c.written(r, "PERSON") if v.isascii()][0]
            fold = {h24.passport_latin(n) for n in firsts}
            assert any(writer.startswith(f + " ") or writer.endswith(" " + f) for f in fold), (
                r["id"],
                writer,
            )
            assert any(h24.passport_latin(s) in writer.split(" ", 1) for s in lasts) or any(
                writer.startswith(h24.passport_latin(s) + " ") for s in lasts
            ), (r["id"], writer)


def test_places_from_new_areas(rows) -> None:
    areas = {
        re.match(r"[A-Z]+", v.upper())[0]
        for r in rows
        for v, _ in c.written(r, "UK_POSTCODE")
        if " " not in v.strip()[:2]
    }
    assert {"TA", "SY", "NE", "CA", "NR", "HS", "DG", "KW", "LL", "SA", "BT"} <= areas
    places = {v for r in rows for v, _ in c.written(r, "LOCATION")}
    for name in ("Treborough", "Pierowall Croft", "Rosebush Preseli", "Letterbreen Glebe"):
        assert any(name.casefold() == p.casefold() for p in places), name


# --------------------------------------------------------------------------- own tables
def test_no_name_or_place_shared_with_earlier_families() -> None:
    c.check_no_name_or_place_shared_with_earlier_families(h24, EARLIER)


def test_eleven_new_name_communities() -> None:
    earlier = {c for m in EARLIER for c in m.FIRST_NAMES}
    assert len(set(h24.FIRST_NAMES)) == 11
    assert not set(h24.FIRST_NAMES) & earlier


def test_every_tigrayan_name_has_a_geez_form() -> None:
    for table in (h24.FIRST_NAMES, h24.SURNAMES):
        for name, _ in table["tigrayan"]:
            assert name in h24.GEEZ, name


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
    ours = [*h24.ORGS, *h24.PRACTICES, *h24.AGENCIES, *h24.ADVICE, *h24.HOSPITALS]
    for field in ("name", "phone", "mailbox"):
        seen = {getattr(org, field) for org in earlier}
        assert all(getattr(org, field) not in seen for org in ours), field


def test_write_set(tmp_path) -> None:
    c.check_write_set(tmp_path, h24, "heldout24")
