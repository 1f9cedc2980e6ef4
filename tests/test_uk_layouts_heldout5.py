"""The blind heldout5 UK layout set (evaluation/synthetic/uk_layouts_heldout5.py): spans, determinism,
coverage of layouts and types, valid identifiers, unlabelled look-alikes, mistype and
Unicode-trick rates, and no value shared with the earlier families. Fast: no models, no redactor."""

from __future__ import annotations

import re
import unicodedata

import pytest
from uk_layout_family_checks import (
    EMAIL,
    LICENCE,
    NINO,
    POSTCODE,
    alnum,
    check_allow_list_covers_recipient_contacts,
    check_deterministic_per_seed_and_index,
    check_every_layout_produced_and_new,
    check_every_type_present,
    check_mistyped_share,
    check_row_shape_and_ids,
    check_spans_point_at_the_written_values,
    check_spans_sorted_and_disjoint_with_known_types,
    check_unicode_tricks_in_about_ten_percent_of_rows,
    check_write_set,
    drama_phones,
    values,
)

from evaluation.synthetic import uk_layouts_heldout3 as h3
from evaluation.synthetic import uk_layouts_heldout4 as h4
from evaluation.synthetic import uk_layouts_heldout5 as h5
from evaluation.synthetic.uk_layouts import tables as uk_layout_tables
from evaluation.synthetic.uk_layouts_shared import NINO_NEVER_ISSUED

N = 1000
OCR = "ocr_handwritten_confusables"


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h5.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


def written(row: dict, kind: str) -> list[tuple[str, dict]]:
    """The values of one type as written, Unicode tricks and PDF line breaks undone, case kept."""
    out = []
    for s in row["spans"]:
        if s["type"] == kind:
            value = row["text"][s["start"] : s["end"]].replace("-\n", "").replace("\n", " ")
            value = unicodedata.normalize("NFKC", value).replace("\u200b", "").replace("\u00ad", "")
            out.append((value, s))
    return out


# --------------------------------------------------------------------------- shape
def test_spans_point_at_the_written_values(built) -> None:
    check_spans_point_at_the_written_values(built)


def test_spans_sorted_and_disjoint_with_known_types(rows) -> None:
    check_spans_sorted_and_disjoint_with_known_types(rows, h5)


def test_row_shape_ids_and_synthetic_marking(rows) -> None:
    assert len(rows) == N
    check_row_shape_and_ids(rows, "heldout5")


def test_deterministic_per_seed_and_index() -> None:
    check_deterministic_per_seed_and_index(h5, "heldout5")


def test_every_layout_produced_and_new(rows) -> None:
    check_every_layout_produced_and_new(rows, h5, 15, (h3, h4))


def test_every_type_present(rows) -> None:
    check_every_type_present(rows, h5)


# --------------------------------------------------------------------------- values
# OCR of handwriting reads digits as look-alike letters; these undo it where a digit belongs.
AS_DIGIT = str.maketrans("OoIl|SsBZz", "0011155822")
AS_LETTER = str.maketrans("01582", "OISBZ")
DRAMA_PHONES = drama_phones(h5)


def _nino_ok(value: str, ocr: bool) -> bool:
    v = "".join(c for c in value if c.isalnum())
    if ocr and len(v) == 9:
        v = v[:2].translate(AS_LETTER) + v[2:8].translate(AS_DIGIT) + v[8].translate(AS_LETTER)
    v = v.upper()
    return bool(NINO.fullmatch(v)) and v[:2] not in NINO_NEVER_ISSUED


def _mod11_ok(value: str, ocr: bool) -> bool:
    d = alnum(value.translate(AS_DIGIT) if ocr else value)
    if not (d.isdigit() and len(d) == 10):
        return False
    check = (11 - sum(int(c) * (10 - i) for i, c in enumerate(d[:9])) % 11) % 11
    return check != 10 and check == int(d[9])


def _sort_code_ok(value: str, ocr: bool) -> bool:
    v = value.translate(AS_DIGIT) if ocr else value
    return bool(re.fullmatch(r"\d\d([- .]?)\d\d\1\d\d", v))


def _digits_ok(k: int):
    def ok(value: str, ocr: bool) -> bool:
        d = alnum(value.translate(AS_DIGIT) if ocr else value)
        return d.isdigit() and len(d) == k

    return ok


def _phone_ok(value: str, ocr: bool) -> bool:
    d = "".join(c for c in (value.translate(AS_DIGIT) if ocr else value) if c.isdigit())
    d = d[2:] if d.startswith("440") else "0" + d[2:] if d.startswith("44") else d
    d = "0" + d[4:] if d.startswith("0044") else d
    return len(d) in (11, 12) and d.startswith(DRAMA_PHONES)


CHECKS = {
    # kind: (is the written value well formed, checked on OCR rows too)
    "UK_NINO": (_nino_ok, True),
    "UK_NHS": (_mod11_ok, True),
    "UK_SORT_CODE": (_sort_code_ok, True),
    "UK_BANK_ACCOUNT": (_digits_ok(8), True),
    "UK_PASSPORT": (_digits_ok(9), True),
    "PHONE_NUMBER": (_phone_ok, True),
    "UK_POSTCODE": (lambda v, ocr: bool(POSTCODE.fullmatch(alnum(v))), False),
    "UK_DRIVING_LICENCE": (lambda v, ocr: bool(LICENCE.fullmatch(alnum(v))), False),
    "EMAIL_ADDRESS": (lambda v, ocr: bool(EMAIL.fullmatch(v.lower())), False),
}


@pytest.mark.parametrize("kind", sorted(CHECKS))
def test_identifiers_valid_unless_mistyped(rows, kind) -> None:
    ok, on_ocr = CHECKS[kind]
    checked = 0
    for row in rows:
        ocr = row["layout"] == OCR
        if ocr and not on_ocr:
            continue
        for value, span in written(row, kind):
            valid = ok(value, ocr)
            assert valid != bool(span.get("mistyped")), (row["id"], kind, value, span)
            checked += 1
    assert checked >= 30, (kind, checked)


def test_chi_numbers_in_scottish_gp_letters(rows) -> None:
    """A CHI number (UK_NHS in a Scottish surgery's letter) starts with the patient's DOB."""
    seen = 0
    for row in rows:
        if row["layout"] == "gp_supporting_letter" and ", CHI " in row["text"]:
            nhs = written(row, "UK_NHS")[0][0]
            digits = "".join(c for c in nhs if c.isdigit())
            assert 1 <= int(digits[:2]) <= 31 and 1 <= int(digits[2:4]) <= 12, row["id"]
            seen += 1
    assert seen >= 5


def test_mistyped_identifiers_about_ten_percent(rows) -> None:
    check_mistyped_share(rows, ("UK_NINO", "UK_NHS", "UK_SORT_CODE", "UK_BANK_ACCOUNT"))


def test_unicode_tricks_in_about_ten_percent_of_rows(rows) -> None:
    check_unicode_tricks_in_about_ten_percent_of_rows(rows)


# --------------------------------------------------------------------------- layouts
# Non-personal look-alikes each layout must carry UNLABELLED (so precision is measured):
# group 1 of the pattern must be found in every row of the layout and overlap no span.
LOOK_ALIKES = {
    "whatsapp_group_export": [r"(\d\d/\d\d/\d{4}, \d\d:\d\d)"],
    "speech_to_text_callback": [r"Ticket ([TQ]-\d{7})", r"Received: ([^\n]+?)   Caller"],
    "pdf_two_column_extract": [r"Our ref: ([CRH]\d{9})", r"overpaid (£[\d.]+)"],
    "disrepair_protocol_letter": [r"Our ref: (HDR/\d{5}/\d)", r"Tenancy reference: ([A-Z]+\d{7})"],
    "gp_supporting_letter": [
        r"GMC No (\d{7})",
        r"admitted to the ((?:[A-Z]\w+ )+(?:Ward|Unit|House|Building|Centre)) on",
    ],
    "fsm_application_form": [r"Reference: (FSM-\d{6})", r"\| ([^|\n]+) \| [RN\d] \|"],
    "arrears_sheet_rows": [r"(?m)^((?:RT|TN)\d{6})\t", r"TOTAL\t+(£[\d,.]+)"],
    "nested_json_payload": [
        r'"submissionId": "([0-9a-f-]{36})"',
        r'"submittedAt": "([\dT:Z-]+)"',
        r'"uprn": (\d{12})',
    ],
    "outlook_forward_chain": [r"Sent: (\w+day, \d+ \w+ \d{4} \d\d:\d\d)"],
    "returned_mail_envelope": [r"Mailmark ([JF]GB \d{4} \d{7})", r"Postage paid GB  (HQ\d{5})"],
    "mp_casework_system_summary": [r"Our ref: ((?:ZA|MP|CW)\d{5})", r"Opened: (.+?)   Status"],
    "welsh_bilingual_form_labels": [
        r"Cyfeirnod / Reference: ((?:DHP|CTR)/\d{6})",
        r"Weekly rent: (£[\d.]+)",
    ],
    "ocr_handwritten_confusables": [r"batch (\d{6})\]"],
    "neighbour_dispute_household": [
        r"crime ref ([A-Z]+-\d{8})",
        r"Their car \(([A-Z]{2}\d\d [A-Z]{3})\)",
        r"collar (\d{4})",
    ],
    "dd_confirmation_email": [r"Service user number: (\d{6})", r"Reference: ([A-Z]+\d{8})"],
}


@pytest.mark.parametrize("layout", h5.LAYOUTS)
def test_look_alikes_present_and_unlabelled(rows, layout) -> None:
    mine = [r for r in rows if r["layout"] == layout]
    for pattern in LOOK_ALIKES[layout]:
        for r in mine:
            m = re.search(pattern, r["text"])
            assert m, (r["id"], pattern)
            a, b = m.span(1)
            assert not any(s["start"] < b and a < s["end"] for s in r["spans"]), (r["id"], m[1])


def test_layout_specific_shapes(rows) -> None:
    assert all(
        re.fullmatch(r"\d{4}-\d\d-\d\d", x)
        for x in values(rows, "nested_json_payload", "DATE_OF_BIRTH")
    )
    assert any(
        "-\n" in x for r in rows if r["layout"] == "pdf_two_column_extract" for x in [r["text"]]
    )
    assert any(
        re.search(r"[OlISBZ]", x) and any(c.isdigit() for c in x)
        for x in values(rows, OCR, "UK_NINO") + values(rows, OCR, "PHONE_NUMBER")
    )
    assert all(x == x.lower() for x in values(rows, "speech_to_text_callback", "PERSON"))
    assert any(", " in x for x in values(rows, "outlook_forward_chain", "PERSON"))
    assert any(
        x.isdigit() and len(x) <= 2
        for x in values(rows, "neighbour_dispute_household", "STREET_ADDRESS")
    )
    assert any(
        re.fullmatch(r"[A-Z][a-z]+ \d{4}", x)
        for x in values(rows, "neighbour_dispute_household", "DATE_OF_BIRTH")
    )
    welsh_months = tuple(uk_layout_tables._WELSH_MONTHS)
    assert any(
        x.split(" ")[1:2] and x.split(" ")[1] in welsh_months
        for x in values(rows, "welsh_bilingual_form_labels", "DATE_OF_BIRTH")
    )


# --------------------------------------------------------------------------- own tables
def _old_values() -> tuple[set[str], set[str]]:
    """Every name and every place value of the earlier families' tables."""
    t = uk_layout_tables
    names = {n for c in t._paragraphs(t._FIRST_NAMES).values() for n, _ in c}
    names |= {n for c in t._paragraphs(t._SURNAMES).values() for n, _ in c}
    places = {v for town in t._parse_towns() for v in (town.town, town.county) if v}
    places |= {p for town in t._parse_towns() for p, _ in town.places if p}
    places |= {s for text in (*t._STREETS.values(), *t._HOUSE_NAMES.values()) for s in t._csv(text)}
    for m in (h3, h4):
        names |= {n for table in (m.FIRST_NAMES, m.SURNAMES) for c in table.values() for n, _ in c}
        places |= {
            v for ts in m.TOWNS.values() for town in ts for v in (town.town, town.county) if v
        }
        places |= {p for ts in m.TOWNS.values() for town in ts for p, _ in town.places if p}
        places |= {s for table in (m.STREETS, m.HOUSE_NAMES) for ss in table.values() for s in ss}
    return names, places


def test_no_name_or_place_shared_with_earlier_families() -> None:
    old_names, old_places = _old_values()
    names = {n for table in (h5.FIRST_NAMES, h5.SURNAMES) for c in table.values() for n, _ in c}
    places = {v for ts in h5.TOWNS.values() for t in ts for v in (t.town, t.county) if v}
    places |= {p for ts in h5.TOWNS.values() for t in ts for p, _ in t.places if p}
    places |= {s for table in (h5.STREETS, h5.HOUSE_NAMES) for ss in table.values() for s in ss}
    assert len(names) >= 500 and len(places) >= 300
    shared = (names | places) & (old_names | old_places)
    assert not shared, sorted(shared)
    assert not {o.mailbox for o in h5.ORGS} & {o.mailbox for o in h3.ORGS + h4.ORGS}


def test_allow_list_covers_recipient_contacts(rows) -> None:
    check_allow_list_covers_recipient_contacts(rows, h5)


def test_write_set(tmp_path) -> None:
    check_write_set(tmp_path, h5, "heldout5")
