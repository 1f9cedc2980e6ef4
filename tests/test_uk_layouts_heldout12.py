"""The blind heldout12 UK layout set (evaluation/synthetic/uk_layouts_heldout12.py): spans,
determinism, coverage of layouts and types, valid identifiers (read-back NI numbers and phone
numbers said in words decoded first), unlabelled look-alikes, mistype and Unicode-trick rates,
and no value shared with the earlier families. Fast: no models, no redactor."""

from __future__ import annotations

import json
import random
import re
import unicodedata
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

N = 1000
EARLIER = (h3, h4, h5, h6, h7, h8, h9, h10, h11)


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h12.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


# --------------------------------------------------------------------------- shape
def test_spans_point_at_the_written_values(built) -> None:
    check_spans_point_at_the_written_values(built)


def test_spans_non_empty_stripped_and_disjoint(rows) -> None:
    for r in rows:
        end = 0
        for s in r["spans"]:
            got = r["text"][s["start"] : s["end"]]
            assert got and got == got.strip(), (r["id"], got)
            assert s["start"] >= end, (r["id"], s)
            end = s["end"]


def test_spans_sorted_and_disjoint_with_known_types(rows) -> None:
    check_spans_sorted_and_disjoint_with_known_types(rows, h12)


def test_row_shape_ids_and_synthetic_marking(rows) -> None:
    assert len(rows) == N
    check_row_shape_and_ids(rows, "heldout12")


def test_deterministic_per_seed_and_index() -> None:
    check_deterministic_per_seed_and_index(h12, "heldout12")


def test_every_layout_produced_and_new(rows) -> None:
    check_every_layout_produced_and_new(rows, h12, 14, EARLIER)


def test_every_type_present(rows) -> None:
    check_every_type_present(rows, h12)


# --------------------------------------------------------------------------- values
_WORD_DIGITS = {w: str(i) for i, w in enumerate(h12.DIGIT_WORDS)} | {"oh": "0"}
_NATO_LETTERS = {w.lower(): c for c, w in h12.NATO.items()}


def decode_spoken(value: str) -> str:
    """A value read out in words back to characters: "oh seven seven double oh" -> "07700",
    "Juliet Kilo one two" -> "JK12"; a value written in figures comes back unchanged."""
    value = unicodedata.normalize("NFKC", value).replace("\u200b", "").replace("\u00ad", "")
    tokens = [t for t in re.split(r"[\s,.\-]+", value) if t]
    if not any(t.lower() in _WORD_DIGITS or t.lower() in _NATO_LETTERS for t in tokens):
        return value
    out, repeat = [], 1
    for t in tokens:
        low = t.lower()
        if low in ("double", "treble"):
            repeat = 2 if low == "double" else 3
            continue
        if low == "x" or low == "ray":  # "X-ray" split at its hyphen
            out.append("X" if low == "x" else "")
        elif low in _WORD_DIGITS:
            out.append(_WORD_DIGITS[low] * repeat)
        elif low in _NATO_LETTERS:
            out.append(_NATO_LETTERS[low] * repeat)
        else:
            out.append(t * repeat)
        repeat = 1
    return "".join(out)


CHECKS = value_checks(h12)
for _kind in ("UK_NINO", "PHONE_NUMBER"):  # read back or said in words in the phone claim
    CHECKS[_kind] = (lambda ok: lambda value: ok(decode_spoken(value)))(CHECKS[_kind])


@pytest.mark.parametrize("kind", sorted(CHECKS))
def test_identifiers_valid_unless_mistyped(rows, kind) -> None:
    check_identifiers_valid_unless_mistyped(rows, kind, CHECKS[kind])


@pytest.mark.parametrize(
    ("spoken", "expected"),
    [
        ("Juliet Kilo one two, three four, five six, Alpha", "JK123456A"),
        ("X-ray Yankee 12 34 56 Delta", "XY123456D"),
        ("oh seven seven double oh, nine double oh, one two three", "07700900123"),
        ("zero one one three ... four nine six ... zero one double two", "01134960122"),
        ("AB 12 34 56 C", "AB 12 34 56 C"),
    ],
)
def test_decode_spoken(spoken, expected) -> None:
    assert decode_spoken(spoken) == expected


def test_mistyped_identifiers_about_ten_percent(rows) -> None:
    check_mistyped_share(rows, sorted(MISTYPABLE))


def test_unicode_tricks_in_about_ten_percent_of_rows(rows) -> None:
    check_unicode_tricks_in_about_ten_percent_of_rows(rows)


# --------------------------------------------------------------------------- layouts
# Non-personal look-alikes each layout must carry UNLABELLED (so precision is measured):
# group 1 of the pattern must be found in every row of the layout and overlap no span.
LOOK_ALIKES = {
    "windrush_compensation_family_history": [
        r"Claim reference: (WCS-\d{7})",
        r"Home Office reference: ([A-Z]\d{7})",
        r"arrived in the UK: (\d\d/\d\d/\d{4})",
        r"landing card no\. (\d{6})",
    ],
    "witness_statement_numbered_paragraphs": [
        r"Claim No: ([A-Z]\d\d[A-Z]{2}\d{3})",
        r"(Exhibit \w{2}[12])",
        r"\n3\. On (\d{1,2} \w+ \d{4}) at",
        r"registration ([A-Z]{2}\d\d [A-Z]{3})",
    ],
    "hostel_move_on_panel_referral": [
        r"CHAIN ID: (\d{6})",
        r"(Room \d{1,2}[AB]?)\n",
        r"Date of entry: (\d\d/\d\d/\d{4})",
        r"((?:Olive Morris Wing|Alan Turing Block|Elizabeth Gaskell Annexe))",
        r"Panel: ((?:Eleanor Rathbone Room|Kitty Wilkinson Room|Bessie Braddock Suite))",
    ],
    "slack_channel_jsonl_export": [
        r'"ts": "(\d{10}\.\d{6})"',
        r'"user": "(U0[0-9A-Z]{8})"',
        r'"channel": "(C0[0-9A-Z]{8})"',
    ],
    "markdown_table_note_paste": [
        r"Created: (\d{4}-\d\d-\d\d \d\d:\d\d)",
        r"(#hb-review)",
        r"# HB review - (HB\d{8})",
    ],
    "pension_credit_phone_claim_readback": [
        r"Call ID: (\d{10})",
        r"Agent: (AG\d{5})",
        r"Duration: (\d\d:\d\d:\d\d)",
        r"Claim date: (\d\d/\d\d/\d{4})",
    ],
    "case_system_yaml_export": [
        r"id: (HOU-\d{4}-\d{6})",
        r"created_at: (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)",
        r"uprn: (\d{12})",
        r"tenancy_start: (\d{4}-\d\d-\d\d)",
    ],
    "public_health_funeral_kin_schedule": [
        r"PHF ref: (PHF/\d\d/\d{3})",
        r"Date of death: (\d\d/\d\d/\d{4})",
        r"Coroner's ref: (\d{4}-\d{4})",
        r"Estate: (£\d,\d{3}\.\d\d)",
    ],
    "gaelic_medium_placing_request": [
        r"Request no\.: (PR-\d{5})",
        r"Session: (\d{4}/\d\d)",
        r"School requested: (Sgoil [^(]+) \(FtMG\)",
    ],
    "dhp_open_banking_transactions_csv": [
        r"Subject: (DHP\d{6})",
        r"\n(\d\d/\d\d/\d{4}),",
        r",(-?\d+\.\d\d)\n",
    ],
    "vehicle_crossing_land_adjacent": [
        r"Application no: (VX/\d\d/\d{4})",
        r"UPRN: (\d{12})",
        r"\n  ([A-Z]{2}\d\d [A-Z]{3})\n",
    ],
    "dvla_medical_concern_relative_letter": [
        r"car \(([A-Z]{2}\d\d [A-Z]{3}),",
        r"V5C reference (\d{11})",
        r"diagnosed with Alzheimer's disease on (\d\d/\d\d/\d{4})",
    ],
    "child_benefit_claim_us_date_order": [
        r"Child Benefit number: (CHB\d{8} [A-Z]{2})",
        r"UTR: (\d{10})",
        r"birth certificate entry no\. (\d{3})",
        r"We moved on (\S+(?: \S+, \d{4})?) to",
    ],
    "mutual_exchange_two_households": [
        r"HomeSwapper ref: (HS\d{7})",
        r"Rent account: (\d{8})",
        r"Tenancy start: (\d\d/\d\d/\d{4})",
    ],
}


@pytest.mark.parametrize("layout", h12.LAYOUTS)
def test_look_alikes_present_and_unlabelled(rows, layout) -> None:
    check_look_alikes_present_and_unlabelled(rows, layout, LOOK_ALIKES[layout])


def test_readback_ni_and_spoken_phone_labelled(rows) -> None:
    for r in rows_of(rows, "pension_credit_phone_claim_readback"):
        ninos = written(r, "UK_NINO")
        given, readback = ninos[0][0], ninos[1][0]
        assert re.search(r"[A-Z][a-z]+", readback), (r["id"], readback)
        assert decode_spoken(readback) == re.sub(r"[^A-Z0-9]", "", given.upper()), r["id"]
        assert ninos[0][1].get("mistyped") == ninos[1][1].get("mistyped"), r["id"]
        assert span_starts_after(r, " - read back as ", "UK_NINO"), r["id"]
        assert span_starts_after(r, "Contact number: ", "PHONE_NUMBER"), r["id"]
        phone = next(v for v, s in written(r, "PHONE_NUMBER"))
        assert not any(c.isdigit() for c in phone), (r["id"], phone)
        assert span_starts_after(r, "DOB given as ", "DATE_OF_BIRTH"), r["id"]


def test_words_date_and_us_date_forms() -> None:
    rng = random.Random(0)
    d = date(1961, 5, 3)
    forms = {h12.words_date(rng, d) for _ in range(200)}
    assert "the third of May 1961" in forms
    assert "third of May nineteen sixty-one" in forms
    assert "3rd of May '61" in forms
    assert h12.year_words(1905) == "nineteen oh five"
    assert h12.year_words(2004) == "two thousand and four"
    us = {h12.us_date(rng, date(2019, 3, 27)) for _ in range(200)}
    assert {"03/27/2019", "3/27/19", "March 27th, 2019"} <= us


def test_dates_of_birth_in_words_and_american_order_present(rows) -> None:
    dobs = [v for r in rows for v, _ in written(r, "DATE_OF_BIRTH")]
    assert sum(bool(re.search(r"(?:first|second|third|th) of [A-Z]", v)) for v in dobs) >= 100
    american = [
        v
        for r in rows_of(rows, "child_benefit_claim_us_date_order")
        for v, _ in written(r, "DATE_OF_BIRTH")
    ]
    assert (
        sum(bool(re.fullmatch(r"\d{1,2}[/-](1[3-9]|2\d|3[01])[/-]\d{2,4}", v)) for v in american)
        >= 50
    )


def test_slack_export_lines_are_json_and_user_names_labelled(rows) -> None:
    for r in rows_of(rows, "slack_channel_jsonl_export"):
        lines = r["text"].splitlines()[1:]
        assert len(lines) == 6, r["id"]
        offset = len(r["text"].splitlines()[0]) + 1
        for line in lines:
            record = json.loads(line)
            assert set(record) == {"ts", "channel", "user", "user_name", "text"}
            at = offset + line.index('"user_name": "') + len('"user_name": "')
            assert any(s["start"] == at and s["type"] == "PERSON" for s in r["spans"]), r["id"]
            offset += len(line) + 1


def test_markdown_email_link_text_and_target_both_labelled(rows) -> None:
    for r in rows_of(rows, "markdown_table_note_paste"):
        assert span_starts_after(r, "**Email:** [", "EMAIL_ADDRESS"), r["id"]
        assert span_starts_after(r, "](mailto:", "EMAIL_ADDRESS"), r["id"]
        assert "|------|" in r["text"]


def test_site_addresses_written_as_land_descriptions(rows) -> None:
    seen = set()
    for r in rows_of(rows, "vehicle_crossing_land_adjacent"):
        site = written(r, "STREET_ADDRESS")[0][0]
        kind = re.match(
            r"(Land adjacent to|Rear of|Plot \d, land at|Garage \d+ rear of|Land to)", site
        )
        assert kind, (r["id"], site)
        seen.add(kind[1].split()[0])
    assert {"Land", "Rear", "Plot", "Garage"} <= seen


def test_yaml_export_fields_labelled(rows) -> None:
    for r in rows_of(rows, "case_system_yaml_export"):
        assert span_starts_after(r, "date_of_birth: ", "DATE_OF_BIRTH"), r["id"]
        assert span_starts_after(r, "      street: ", "STREET_ADDRESS"), r["id"]
        assert span_starts_after(r, "      postcode: ", "UK_POSTCODE"), r["id"]
        assert span_starts_after(r, '    name: "', "PERSON"), r["id"]


def test_gaelic_requests_come_from_the_western_isles_with_a_chi(rows) -> None:
    for r in rows_of(rows, "gaelic_medium_placing_request"):
        assert written(r, "UK_POSTCODE")[0][0].startswith("HS"), r["id"]
        assert span_starts_after(r, "CHI number: ", "UK_NHS"), r["id"]


def test_kin_schedule_siblings_distinct_and_deceased_labelled(rows) -> None:
    for r in rows_of(rows, "public_health_funeral_kin_schedule"):
        assert span_starts_after(r, "Deceased: ", "PERSON"), r["id"]
        assert span_starts_after(r, "\nDate of birth: ", "DATE_OF_BIRTH"), r["id"]
        block = r["text"].split("Class 3", 1)[1].split("\n\n", 1)[0]
        firsts = re.findall(r"\n  \([abc]\) (\S+)", block)
        assert len(firsts) == len(set(firsts)), r["id"]


def test_bank_payees_labelled_in_transaction_rows(rows) -> None:
    for r in rows_of(rows, "dhp_open_banking_transactions_csv"):
        starts = {s["start"] for s in r["spans"] if s["type"] == "PERSON"}
        for caption in (",FPS TO ", ",FPI FROM ", ",SO TO "):
            ats = [m.end() for m in re.finditer(re.escape(caption), r["text"])]
            assert any(at in starts for at in ats), (r["id"], caption)


def test_new_place_forms_labelled_as_written(rows) -> None:
    places = {x for r in rows for x, _ in written(r, "LOCATION")}
    for name in ("Eilean Leòdhais", "Arcaibh", "Ynys Mon", "Fermanagh & Omagh", "Medway Towns"):
        assert name in places, name
    postcodes = {re.match(r"[A-Z]+", x)[0] for r in rows for x, _ in written(r, "UK_POSTCODE")}
    assert {"L", "M", "ME", "FY", "HS", "KW", "LL", "SA", "BT"} <= postcodes


# --------------------------------------------------------------------------- own tables
def test_no_name_or_place_shared_with_earlier_families() -> None:
    check_no_name_or_place_shared_with_earlier_families(h12, EARLIER)


def test_at_least_fourteen_new_name_communities() -> None:
    earlier = {c for m in EARLIER for c in m.FIRST_NAMES}
    assert len(set(h12.FIRST_NAMES) - earlier) >= 14


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
    old += h11.ORGS + h11.SCHOOLS + h11.AGENTS + h11.FUNERAL_DIRECTORS + h11.PAYROLL
    old += h11.FORCES_CHARITIES + h11.SURGERIES
    mine = h12.ORGS + h12.LAW_CENTRES + h12.SOLICITORS + h12.HOSTELS + h12.SURGERIES
    mine += h12.GENEALOGISTS + h12.CONTRACTORS + h12.LANDLORDS + h12.ADVICE
    assert not {o.mailbox for o in mine} & {o.mailbox for o in old}
    assert not {o.name for o in mine} & {o.name for o in old}
    assert not {o.phone for o in mine} & {o.phone for o in old}


def test_allow_list_covers_recipient_contacts(rows) -> None:
    check_allow_list_covers_recipient_contacts(rows, h12)


def test_write_set(tmp_path) -> None:
    check_write_set(tmp_path, h12, "heldout12")


@pytest.mark.parametrize(
    ("male", "female", "culture"),
    [
        ("Berdiyew", "Berdiyewa", "turkmen"),
        ("Stojanovski", "Stojanovska", "macedonian"),
        ("Sakalouski", "Sakalouskaya", "belarusian"),
        ("Bakyt uulu", "Bakyt kyzy", "kyrgyz"),
        ("Sharipov", "Sharipova", "tajik"),
    ],
)
def test_relatives_of_the_other_sex_take_the_other_surname_form(male, female, culture) -> None:
    assert h12.SURNAME_PAIRS[male] == female
    v = h12.V(random.Random(male))
    father = v.person(culture, "m", surname=male)
    assert v.kin(father, gender="f").last == female
    assert v.kin(father, gender="m").last == male
    mother = v.person(culture, "f", surname=female)
    assert v.kin(mother, gender="m").last == male
