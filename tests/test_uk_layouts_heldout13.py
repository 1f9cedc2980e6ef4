"""The blind heldout13 UK layout set (evaluation/synthetic/uk_layouts_heldout13.py): spans,
determinism, coverage of layouts and types, valid identifiers, unlabelled look-alikes, values
labelled as their format escapes them (XML, SQL, RTF), mistype and Unicode-trick rates, and no
value shared with the earlier families. Fast: no models, no redactor."""

from __future__ import annotations

import random
import re
from datetime import date
from xml.etree import ElementTree

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

N = 1000
EARLIER = (h3, h4, h5, h6, h7, h8, h9, h10, h11, h12)


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h13.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


# --------------------------------------------------------------------------- shape
def test_spans_point_at_the_written_values(built) -> None:
    check_spans_point_at_the_written_values(built)


def test_spans_sorted_and_disjoint_with_known_types(rows) -> None:
    check_spans_sorted_and_disjoint_with_known_types(rows, h13)


def test_row_shape_ids_and_synthetic_marking(rows) -> None:
    assert len(rows) == N
    check_row_shape_and_ids(rows, "heldout13")


def test_deterministic_per_seed_and_index() -> None:
    check_deterministic_per_seed_and_index(h13, "heldout13")


def test_every_layout_produced_and_new(rows) -> None:
    check_every_layout_produced_and_new(rows, h13, 14, EARLIER)


def test_every_type_present(rows) -> None:
    check_every_type_present(rows, h13)


# --------------------------------------------------------------------------- values
def _unescape(value: str) -> str:
    """A value as its format wrote it, back to text: SQL's doubled quote, XML entities, RTF
    escapes and line breaks."""
    value = value.replace("''", "'").replace("&apos;", "'").replace("&amp;", "&")
    value = re.sub(r"\\'([0-9a-f]{2})", lambda m: chr(int(m[1], 16)), value)
    value = re.sub(r"\\u(\d+)\?", lambda m: chr(int(m[1])), value)
    return value.replace("\\par\n", " ")


CHECKS = value_checks(h13)


@pytest.mark.parametrize("kind", sorted(CHECKS))
def test_identifiers_valid_unless_mistyped(rows, kind) -> None:
    check_identifiers_valid_unless_mistyped(rows, kind, CHECKS[kind])


def test_mistyped_identifiers_about_ten_percent(rows) -> None:
    check_mistyped_share(rows, sorted(MISTYPABLE))


def test_unicode_tricks_in_about_ten_percent_of_rows(rows) -> None:
    check_unicode_tricks_in_about_ten_percent_of_rows(rows)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Ma\\'efwenn", "Maïwenn"),
        ("T\\u375?'r Goleudy", "Tŷ'r Goleudy"),
        ("Guivarc''h", "Guivarc'h"),
        ("Glove Maker&apos;s Cottage", "Glove Maker's Cottage"),
    ],
)
def test_unescape(raw, expected) -> None:
    assert _unescape(raw) == expected


def test_escapes(rows) -> None:
    assert h13.rtf_escape("Maïwenn Tŷ") == "Ma\\'efwenn T\\u375?"
    assert h13.sql_quote("Le Floc'h") == "Le Floc''h"
    assert h13.compact_dob(random.Random(0), date(1984, 3, 2)) in {
        "020384",
        "02.03.84",
        "02-MAR-84",
    }


# --------------------------------------------------------------------------- layouts
# Non-personal look-alikes each layout must carry UNLABELLED (so precision is measured):
# group 1 of the pattern must be found in every row of the layout and overlap no span.
LOOK_ALIKES = {
    "xml_case_record_export": [
        r'CaseRecord id="(HN-\d{4}-\d{6})"',
        r'personId="(P\d{7})"',
        r'uprn="(\d{12})"',
        r'created="(\d{4}-\d\d-\d\dT\d\d:\d\d:00Z)"',
    ],
    "sql_insert_statements_paste": [
        r"Incident (INC\d{7})",
        r"VALUES \((\d{6}), '",
        r"', '(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)'\);",
        r"-- (\d row\(s\) affected)",
    ],
    "app_error_log_key_values": [
        r"\n(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z) ",
        r"req_id=([0-9a-f]{12})",
        r"\((\w+Rule\.java:\d+)\)",
        r"(status=4\d\d)",
        r"(dur_ms=\d+)",
    ],
    "rtf_markup_residue_letter": [
        r"(\\fs\d\d)",
        r"Our ref: (HO/\d{4}/\d\d)",
        r"(\\viewkind4\\uc1\\pard)",
        r"\n(\d{1,2} \w+ \d{4})\\par",
    ],
    "tracked_changes_draft_letter": [
        r"(DOC-ID \d{4}-\d{4})",
        r"(DRAFT v0\.\d)",
        r"\] \[\w{2} (\d\d/\d\d/\d{4} \d\d:\d\d)\]",
        r"\[(Comment \w{2}[12])",
    ],
    "fixed_width_mainframe_benefit_print": [
        r"RUN (\d\d/\d\d/\d\d \d\d:\d\d)",
        r"CLAIM REF  (\d{8})",
        r"PROP REF  (\d{9})",
        r"(PAGE 0001)",
        r"HB AWARD   (\d+\.\d\d)",
    ],
    "easy_read_appointment_letter": [
        r"It is on (\w+day \d{1,2}\w\w \w+)\.",
        r"It starts at (\d{1,2} o'clock)",
        r"It is in (Room \d{1,2})",
        r"the (number \d{1,2} bus)",
    ],
    "gro_certificate_order": [
        r"Order no: (ORD\d{9})",
        r"\(if known\): (\d{4} \w{3} Q Vol \d{1,2}[a-d] Page \d+)",
        r"(Entry no\. \d+)",
        r"card ending (\d{4})",
    ],
    "jury_summons_deferral_reply": [
        r"Juror number: (\d{9})",
        r"Pool no: (\d{6})",
        r"Crown Court, (\d{1,2} \w+ \d{4}), 9\.30am",
    ],
    "uc_landlord_portal_apa_request": [
        r"Request ID: (LP-\d{4}-[A-Z0-9]{6})",
        r"Rent account: (\d{8})",
        r"\n(\d\d/\d\d/\d{4}) \| £",
        r"\| (£\d+\.\d\d)\n",
    ],
    "dols_standard_authorisation_request": [
        r"DoLS ref: (DL\d\d-\d{4})",
        r"CQC location ID (1-\d{9})",
        r"Date admitted: (\d\d/\d\d/\d{4})",
        r"expires (\d\d/\d\d/\d{4})",
    ],
    "passport_countersignatory_declaration": [
        r"Application ref: (PEX\d{9})",
        r"Photo code: ([A-Z0-9]{4} [A-Z0-9]{4} [A-Z0-9]{4})",
        r"for (\d{1,2} years)",
    ],
    "email_bounce_ndr_with_original": [
        r"'(550 5\.1\.1) ",
        r"Generating server: ([A-Z0-9]+\.eurprd\d+\.prod\.outlook\.com)",
        r"Message-ID: <([0-9a-f]{16}@falkirk\.gov\.uk)>",
        r"from \[(10\.\d+\.\d+\.\d+)\]",
    ],
    "dvds_right_to_ask_application": [
        r"DVDS ref: (DVADS/\d{4}/\d{5})",
        r"Crime ref: (CW/\d{6}/\d\d)",
        r"Linked incident: (\d{3} of \d\d/\d\d/\d{4})",
        r"(PC \d{4})",
    ],
}


@pytest.mark.parametrize("layout", h13.LAYOUTS)
def test_look_alikes_present_and_unlabelled(rows, layout) -> None:
    check_look_alikes_present_and_unlabelled(rows, layout, LOOK_ALIKES[layout])


def test_xml_export_parses_and_fields_labelled(rows) -> None:
    for r in rows_of(rows, "xml_case_record_export"):
        ElementTree.fromstring(r["text"].split("\n", 2)[2])  # after the declaration and comment
        for caption, kind in [
            ("<Forename>", "PERSON"),
            ("<Surname>", "PERSON"),
            ("<DateOfBirth>", "DATE_OF_BIRTH"),
            ("<Street>", "STREET_ADDRESS"),
            ("<Postcode>", "UK_POSTCODE"),
            ("<NINO>", "UK_NINO"),
        ]:
            assert span_starts_after(r, caption, kind), (r["id"], caption)


def test_values_escaped_by_their_format_stay_labelled(rows) -> None:
    seen = {"xml": 0, "sql": 0, "rtf": 0}
    for r in rows:
        for s in r["spans"]:
            got = r["text"][s["start"] : s["end"]]
            seen["xml"] += "&apos;" in got or "&amp;" in got
            seen["sql"] += "''" in got
            seen["rtf"] += "\\'" in got or bool(re.search(r"\\u\d+\?", got))
    assert min(seen.values()) >= 3, seen


def test_sql_forenames_and_surnames_labelled_in_their_columns(rows) -> None:
    for r in rows_of(rows, "sql_insert_statements_paste"):
        at = r["text"].index("VALUES (")
        m = re.compile(r"VALUES \(\d+, '").match(r["text"], at)
        assert m and any(s["start"] == m.end() and s["type"] == "PERSON" for s in r["spans"])


def test_fixed_width_print_in_capitals_with_compact_dobs(rows) -> None:
    compact = 0
    for r in rows_of(rows, "fixed_width_mainframe_benefit_print"):
        assert span_starts_after(r, "\nDOB        ", "DATE_OF_BIRTH"), r["id"]
        for value, _ in written(r, "DATE_OF_BIRTH"):
            assert re.fullmatch(r"\d{6}|\d\d\.\d\d\.\d\d|\d\d-[A-Z]{3}-\d\d", value), value
            compact += value.isdigit()
        assert written(r, "PERSON")[0][0].isupper()
    assert compact >= 20


def test_tracked_changes_keep_both_values_labelled(rows) -> None:
    for r in rows_of(rows, "tracked_changes_draft_letter"):
        assert span_starts_after(r, "[Deleted: ", "STREET_ADDRESS"), r["id"]
        assert span_starts_after(r, "[Inserted: ", "STREET_ADDRESS"), r["id"]
        assert span_starts_after(r, "form says ", "DATE_OF_BIRTH"), r["id"]


def test_certificate_order_maiden_name_and_birthplace(rows) -> None:
    for r in rows_of(rows, "gro_certificate_order"):
        assert span_starts_after(r, "Mother's maiden surname: ", "PERSON"), r["id"]
        assert span_starts_after(r, "Place of birth: ", "LOCATION"), r["id"]
        assert span_starts_after(r, "Surname at birth: ", "PERSON"), r["id"]


def test_bounced_address_labelled_twice(rows) -> None:
    for r in rows_of(rows, "email_bounce_ndr_with_original"):
        emails = [v for v, _ in written(r, "EMAIL_ADDRESS")]
        assert len(emails) == 2 and emails[0] == emails[1], r["id"]


def test_scottish_flats_and_new_place_forms(rows) -> None:
    streets = {v for r in rows for v, _ in written(r, "STREET_ADDRESS")}
    assert any(re.match(r"Flat \d/\d", s) for s in streets)
    assert any(re.match(r"\dF\d, ", s) for s in streets)
    places = {v for r in rows for v, _ in written(r, "LOCATION")}
    for name in ("Mynwy", "Dùn Dè", "Antrim & Newtownabbey", "Calderdale MBC"):
        assert name in places, name
    areas = {re.match(r"[A-Z]+", v.upper())[0] for r in rows for v, _ in written(r, "UK_POSTCODE")}
    assert {"N", "SE", "LS", "BS", "HX", "OL", "WR", "DD", "FK", "NP", "LD", "BT"} <= areas


# --------------------------------------------------------------------------- own tables
def test_no_name_or_place_shared_with_earlier_families() -> None:
    check_no_name_or_place_shared_with_earlier_families(h13, EARLIER)


def test_fifteen_new_name_communities() -> None:
    earlier = {c for m in EARLIER for c in m.FIRST_NAMES}
    assert len(set(h13.FIRST_NAMES) - earlier) == 15


def test_organisations_new() -> None:
    old = []
    for m in EARLIER:
        old += [
            o for v in vars(m).values() if isinstance(v, list) for o in v if hasattr(o, "mailbox")
        ]
    mine = h13.ORGS + h13.CARE_HOMES + h13.LETTING_AGENTS + h13.DA_SERVICES + h13.SURGERIES
    mine += h13.SUPPLIERS + h13.ADVICE
    assert len(old) > 100
    assert not {o.mailbox for o in mine} & {o.mailbox for o in old}
    assert not {o.name for o in mine} & {o.name for o in old}
    assert not {o.phone for o in mine} & {o.phone for o in old}


def test_allow_list_covers_recipient_contacts(rows) -> None:
    check_allow_list_covers_recipient_contacts(rows, h13)


def test_write_set(tmp_path) -> None:
    check_write_set(tmp_path, h13, "heldout13")
