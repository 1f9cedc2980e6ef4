"""The blind heldout6 UK layout set (evaluation/synthetic/uk_layouts_heldout6.py): spans,
determinism, coverage of layouts and types, valid identifiers (MRZ check digits included),
unlabelled look-alikes, mistype and Unicode-trick rates, and no value shared with the earlier
families. Fast: no models, no redactor."""

from __future__ import annotations

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
    value_checks,
    values,
    written,
)

from evaluation.synthetic import uk_layouts_heldout3 as h3
from evaluation.synthetic import uk_layouts_heldout4 as h4
from evaluation.synthetic import uk_layouts_heldout5 as h5
from evaluation.synthetic import uk_layouts_heldout6 as h6
from evaluation.synthetic.uk_layouts import tables as uk_layout_tables
from evaluation.synthetic.uk_layouts_shared import TODAY

N = 1000


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h6.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


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
    check_every_layout_produced_and_new(rows, h6, 15, (h3, h4, h5))


def test_every_type_present(rows) -> None:
    check_every_type_present(rows, h6)


# --------------------------------------------------------------------------- values
CHECKS = value_checks(h6)


@pytest.mark.parametrize("kind", sorted(CHECKS))
def test_identifiers_valid_unless_mistyped(rows, kind) -> None:
    check_identifiers_valid_unless_mistyped(rows, kind, CHECKS[kind])


def test_mistyped_identifiers_about_ten_percent(rows) -> None:
    check_mistyped_share(rows, sorted(MISTYPABLE))


def test_unicode_tricks_in_about_ten_percent_of_rows(rows) -> None:
    check_unicode_tricks_in_about_ten_percent_of_rows(rows)


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
    check_look_alikes_present_and_unlabelled(rows, layout, LOOK_ALIKES[layout])


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
def test_no_name_or_place_shared_with_earlier_families() -> None:
    check_no_name_or_place_shared_with_earlier_families(
        h6,
        (
            h3,
            h4,
            h5,
        ),
    )


def test_organisations_new() -> None:
    old = h3.ORGS + h3.SURGERIES + h3.FIRMS + h3.AGENTS
    old += h4.ORGS + h4.AGENTS + h4.BAILIFFS + h4.CARE_HOMES + h4.FOODBANKS + h4.HOSPITALS
    old += h5.ORGS + h5.SURGERIES + h5.FIRMS + h5.SUPPORT + h5.MP_OFFICES
    mine = h6.ORGS + h6.FIRMS + h6.HOSPICES + h6.SURGERIES + h6.EMPLOYERS + h6.COURTS
    assert not {o.mailbox for o in mine} & {o.mailbox for o in old}
    assert not {o.name for o in mine} & {o.name for o in old}
    assert not {o.phone for o in mine} & {o.phone for o in old}


def test_allow_list_covers_recipient_contacts(rows) -> None:
    check_allow_list_covers_recipient_contacts(rows, h6)


def test_write_set(tmp_path) -> None:
    check_write_set(tmp_path, h6, "heldout6")
