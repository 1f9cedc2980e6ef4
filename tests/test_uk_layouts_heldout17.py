"""The blind heldout17 UK layout set (evaluation/synthetic/uk_layouts_heldout17.py): spans,
determinism, coverage of layouts and types, valid identifiers (HTML entities and spoken digits
undone first), unlabelled look-alikes, the BACS fixed-width record, HTML-escaped and spoken
values labelled as written, padding outside green-screen spans, label-sheet columns, mistype
and Unicode-trick rates, and no value shared with the earlier families. Fast: no models, no
redactor."""

from __future__ import annotations

import html
import random
import re
from collections.abc import Callable
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
    values,
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
from evaluation.synthetic import uk_layouts_heldout14 as h14
from evaluation.synthetic import uk_layouts_heldout15 as h15
from evaluation.synthetic import uk_layouts_heldout16 as h16
from evaluation.synthetic import uk_layouts_heldout17 as h17

N = 1000
EARLIER = (h3, h4, h5, h6, h7, h8, h9, h10, h11, h12, h13, h14, h15, h16)
BACS = "bacs_standard18_returns_file"


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h17.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


# --------------------------------------------------------------------------- shape
def test_spans_point_at_the_written_values(built) -> None:
    check_spans_point_at_the_written_values(built)


def test_spans_sorted_and_disjoint_with_known_types(rows) -> None:
    check_spans_sorted_and_disjoint_with_known_types(rows, h17)


def test_row_shape_ids_and_synthetic_marking(rows) -> None:
    assert len(rows) == N
    check_row_shape_and_ids(rows, "heldout17")


def test_deterministic_per_seed_and_index() -> None:
    check_deterministic_per_seed_and_index(h17, "heldout17")


def test_every_layout_produced_and_new(rows) -> None:
    check_every_layout_produced_and_new(rows, h17, 11, EARLIER)


def test_every_type_present(rows) -> None:
    check_every_type_present(rows, h17)


# --------------------------------------------------------------------------- values
def _undone(ok: Callable[[str], bool]) -> Callable[[str], bool]:
    """The check on the value with HTML entities undone, or with spoken digits and letters
    turned back into characters: both are how the value was written, not a mistype."""
    return lambda value: (
        ok(value) or ok(html.unescape(value).replace("\xa0", " ")) or ok(h17.unspeak(value))
    )


CHECKS = {kind: _undone(ok) for kind, ok in value_checks(h17).items()}


@pytest.mark.parametrize("kind", sorted(CHECKS))
def test_identifiers_valid_unless_mistyped(rows, kind) -> None:
    check_identifiers_valid_unless_mistyped(rows, kind, CHECKS[kind])


def test_mistyped_identifiers_about_ten_percent(rows) -> None:
    # the BACS file is never mistyped (the bank's validation would have refused it)
    check_mistyped_share([r for r in rows if r["layout"] != BACS], sorted(MISTYPABLE))
    assert not any(s.get("mistyped") for r in rows_of(rows, BACS) for s in r["spans"])


def test_unicode_tricks_in_about_ten_percent_of_rows(rows) -> None:
    check_unicode_tricks_in_about_ten_percent_of_rows(rows)


@pytest.mark.parametrize(
    ("said", "chars"),
    [
        ("oh seven seven double oh, nine double oh, one two three", "07700900123"),
        ("T N two nine, nine Q T", "TN299QT"),
        ("J B, one two, three four, five six, C", "JB123456C"),
        ("zero one triple six, nine six oh", "01666960"),
    ],
)
def test_unspeak(said, chars) -> None:
    assert h17.unspeak(said) == chars


def test_speaking_round_trips() -> None:
    rng = random.Random(0)
    for _ in range(200):
        d = "07700900" + f"{rng.randint(0, 999):03d}"
        assert h17.unspeak(h17.speak_digits(rng, h17.phone_groups(d))) == d
    assert h17.unspeak(h17.say_postcode(rng, "YO25 3QT")) == "YO253QT"
    assert h17.unspeak(h17.say_nino(rng, "JB 12 34 56 C")) == "JB123456C"
    assert h17.unspeak(h17.say_nino(rng, "JB12345C")) == "JB12345C"


def test_spoken_dates_of_birth() -> None:
    rng = random.Random(1)
    got = {h17.spoken_date(rng, date(1981, 3, 30)) for _ in range(60)}
    assert "the thirtieth of March, nineteen eighty-one" in got
    assert h17.spoken_date(random.Random(2), date(2005, 1, 1)).endswith("two thousand and five")
    assert "nineteen oh eight" in h17.spoken_date(rng, date(1908, 5, 21))


def test_spoken_values_in_the_call_notes(rows) -> None:
    mine = rows_of(rows, "interpreter_mediated_call_note")
    for kind, least in [
        ("PHONE_NUMBER", 40),
        ("UK_NINO", 30),
        ("UK_POSTCODE", 40),
        ("DATE_OF_BIRTH", 30),
    ]:
        said = [
            v
            for v in values(rows, "interpreter_mediated_call_note", kind)
            if " of " in v
            or re.search(r"\b(one|two|three|four|five|six|seven|eight|nine|oh|zero)\b", v)
        ]
        assert len(said) >= least, (kind, len(said))
    for r in mine:  # the spelled surname is PERSON
        assert span_starts_after(r, "letter by letter: ", "PERSON"), r["id"]
        s = next(s for s in r["spans"] if s["start"] == r["text"].index("letter by letter: ") + 18)
        spelled = r["text"][s["start"] : s["end"]]
        assert re.fullmatch(r"[^\W\d_](-[^\W\d_])+( [^\W\d_](-[^\W\d_])+)*", spelled), r["id"]


# --------------------------------------------------------------------------- layouts
# Non-personal look-alikes each layout must carry UNLABELLED (so precision is measured):
# group 1 of the pattern must be found in every row of the layout and overlap no span.
LOOK_ALIKES = {
    BACS: [
        r"(?m)^\d{14}(099)\d{6}",
        r" {4}(\d{11})ERYC",
        r"(HB\d{7}) ",
        r"ERYC HB PAYMENTS.*( \d{5})\n",
        r"claim (HB/\d{7})",
    ],
    "html_email_source_entities": [
        r"\[Case (HC/\d\d/\d{4})",
        r"my car \(([A-Z]{2}\d\d [A-Z]{3})\)",
        r"cost (&pound;\d+\.\d\d)",
        r"on (\d{1,2} \w+ \d{4})\. The tyre",
    ],
    "address_label_sheet_three_across": [
        r"Batch (RM\d\d-\d{3})",
        r"(CT \d{7}/\d\d)",
        r"(MS \d{5})",
    ],
    "telephony_cdr_wrapup_export": [
        r"\n([0-9a-f]{8}-[0-9a-f]{4}),",
        r",(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d),",
        r",(A1\d{3}),",
        r",A1\d{3},(\d+),",
    ],
    "mainframe_3270_screen_capture": [
        r"ACCOUNT NO \.+: (\d{8})",
        r"PROP REF: (\d{11})",
        r"LIABLE FROM \.+: (\d\d\.\d\d\.\d{4})",
        r"BALANCE \.+: (\d+\.\d\d)",
    ],
    "interpreter_mediated_call_note": [
        r"Interpreter ID (\d{6})",
        r"Case (HO/\d\d/\d{5})",
        r"appointment (\d\d/\d\d/\d{4})",
    ],
    "young_carer_self_referral": [
        r"Form ID (YC-\d{6})",
        r"(year \d+)",
        r"Submitted (\d{4}-\d\d-\d\d \d\d:\d\d)",
    ],
    "residents_petition_signatures": [
        r"(DS/PET/\d\d/\d{3})",
        r"Total signatures: (\d+)",
        r"RECEIVED (\d\d [A-Z]{3} \d{4})",
    ],
    "cymraeg_resident_complaint_letter": [
        r"Cyfeirnod y cyfrif: (\d{10})",
        r"Talais (£[\d,]+\.\d\d)",
        r"ar (\d\d/\d\d/\d{4})\.",
    ],
    "street_trading_consent_application": [
        r"Street and pitch: (.+)\n",
        r"reg ([A-Z]{2}\d\d [A-Z]{3})",
        r"(FBR/\d{5})",
        r"policy no: (PL-[A-Z0-9]{8})",
        r"Paid ref: (\d{9})",
    ],
    "fire_safe_and_well_hoarding_referral": [
        r"HFSV ref: (HFSV-\d\d-\d{6})",
        r"Visit date: (\d\d/\d\d/\d{4})",
        r"living room (\d)",
    ],
}


@pytest.mark.parametrize("layout", h17.LAYOUTS)
def test_look_alikes_present_and_unlabelled(rows, layout) -> None:
    check_look_alikes_present_and_unlabelled(rows, layout, LOOK_ALIKES[layout])


def test_bacs_records_fixed_width(rows) -> None:
    mine = rows_of(rows, BACS)
    for r in mine:
        recs = [ln for ln in r["text"].split("\n") if re.match(r"\d{14}099", ln)]
        assert 3 <= len(recs) <= 6, r["id"]
        for ln in recs:
            assert len(ln) == 106, (r["id"], ln)
            at = r["text"].index(ln)
            kinds = [
                (s["start"] - at, s["type"]) for s in r["spans"] if at <= s["start"] < at + 106
            ]
            assert kinds[:4] == [
                (0, "UK_SORT_CODE"),
                (6, "UK_BANK_ACCOUNT"),
                (17, "ORGANIZATION"),
                (23, "ORGANIZATION"),
            ], (r["id"], kinds)
            assert kinds[4:] in ([], [(82, "PERSON")]), (r["id"], kinds)
    names = values(rows, BACS, "PERSON")
    assert all(len(n) <= 18 for n in names if n.isupper())
    assert not any(c in n for n in names if n.isupper() for c in "'ÅÄÖÉŠČĆŽĐĽŤĎÁÍÓÚÝ")


def test_html_values_labelled_as_written(rows) -> None:
    vals = [
        v
        for layout in ["html_email_source_entities"]
        for kind in ["PERSON", "STREET_ADDRESS", "LOCATION", "PHONE_NUMBER", "UK_POSTCODE"]
        for v in values(rows, layout, kind)
    ]
    assert sum("&nbsp;" in v for v in vals) >= 40
    assert sum(bool(re.search(r"&(#\d+|[A-Za-z]+);", v.replace("&nbsp;", ""))) for v in vals) >= 20
    for r in rows_of(rows, "html_email_source_entities"):
        emails = [
            r["text"][s["start"] : s["end"]] for s in r["spans"] if s["type"] == "EMAIL_ADDRESS"
        ]
        assert len(emails) == 2 and emails[0] == emails[1], r["id"]
        assert span_starts_after(r, 'href="mailto:', "EMAIL_ADDRESS"), r["id"]
    assert h17.html_text("D'Silva") == "D&#39;Silva"
    assert h17.html_text("Åsa Öberg", nbsp=True) == "&Aring;sa&nbsp;&Ouml;berg"


def test_green_screen_padding_outside_spans(rows) -> None:
    for r in rows_of(rows, "mainframe_3270_screen_capture"):
        for s in r["spans"]:
            if s["type"] == "ORGANIZATION":  # the council's own contacts under the screen
                continue
            got = r["text"][s["start"] : s["end"]]
            assert not got.endswith("_") and got == got.upper(), (r["id"], got)
            assert s["type"] == "EMAIL_ADDRESS" or "_" not in got, (r["id"], got)
        assert span_starts_after(r, "NAME 1 SURNAME ..: ", "PERSON"), r["id"]
    names = values(rows, "mainframe_3270_screen_capture", "PERSON")
    assert all(n.isascii() for n in names)
    assert h17.legacy_upper("Đurđica Öberg") == "DJURDJICA OBERG"


def test_label_sheet_three_across(rows) -> None:
    for r in rows_of(rows, "address_label_sheet_three_across"):
        codes = [ln for ln in r["text"].split("\n") if ln.startswith("CT ")]
        assert codes and all(len(re.findall(r"CT \d{7}/\d\d", ln)) == 3 for ln in codes), r["id"]
        # two labels' values side by side on one line, parted by padding only
        pairs = zip(r["spans"], r["spans"][1:])
        assert any(re.fullmatch(r" {4,}", r["text"][a["end"] : b["start"]]) for a, b in pairs), r[
            "id"
        ]


def test_call_export_ani_and_dnis(rows) -> None:
    for r in rows_of(rows, "telephony_cdr_wrapup_export"):
        for ln in r["text"].split("\n"):
            if re.match(r"[0-9a-f]{8}-", ln):
                at = r["text"].index(ln)
                first = [s for s in r["spans"] if at <= s["start"] < at + len(ln)][:2]
                types = [s["type"] for s in first]
                assert types in (
                    ["PHONE_NUMBER", "ORGANIZATION"],
                    ["ORGANIZATION", "PERSON"],
                    ["ORGANIZATION", "STREET_ADDRESS"],
                    ["ORGANIZATION"],
                ), (r["id"], ln)


def test_meitei_ethiopian_and_capitals(rows) -> None:
    persons = [v for r in rows for v, _ in written(r, "PERSON")]
    assert sum(v.endswith((" Singh", " Chanu")) for v in persons) >= 15
    assert sum("father's name" in r["text"] for r in rows) >= 5
    assert sum(v.isupper() for v in persons) >= 400
    assert any("D&#39;" in v for v in values(rows, "html_email_source_entities", "PERSON")) or any(
        "&#39;" in v for v in values(rows, "html_email_source_entities", "STREET_ADDRESS")
    )


def test_places_from_new_areas(rows) -> None:
    areas = {
        re.match(
            r"[A-Z]+",
            h17.unspeak(v)
            if re.search(r"\b(one|two|three|four|five|six|seven|eight|nine|oh|zero)\b", v)
            else v.upper(),
        )[0]
        for r in rows
        for v, _ in written(r, "UK_POSTCODE")
        if "&" not in v
    }
    assert {"YO", "HU", "TN", "PO", "LE", "LL", "SA", "IV", "PA", "BT"} <= areas
    places = {v for r in rows for v, _ in written(r, "LOCATION")}
    for name in ("Gwynedd (Pen Llŷn)", "Dùn Bheagain", "Loch gCaol", "Baile Mhàrtainn"):
        assert name in places, name


def test_unlabelled_edge_cases(rows) -> None:
    for r in rows_of(rows, "address_label_sheet_three_across"):
        for m in re.finditer("The Occupier", r["text"]):
            assert not any(s["start"] < m.end() and m.start() < s["end"] for s in r["spans"])
    for r in rows_of(rows, "telephony_cdr_wrapup_export"):
        for m in re.finditer(r",(anonymous|withheld),", r["text"]):
            assert not any(s["start"] < m.end(1) and m.start(1) < s["end"] for s in r["spans"])


# --------------------------------------------------------------------------- own tables
def test_no_name_or_place_shared_with_earlier_families() -> None:
    check_no_name_or_place_shared_with_earlier_families(h17, EARLIER)


def test_eleven_new_name_communities() -> None:
    earlier = {c for m in EARLIER for c in m.FIRST_NAMES}
    assert len(set(h17.FIRST_NAMES) - earlier) == 11


def test_gendered_surnames_paired() -> None:
    assert h17.V.surname_pairs["Kováč"] == "Kováčová"
    assert h17.V.surname_pairs["Šťastná"] == "Šťastný"
    assert h17.V.surname_pairs["Sládek"] == "Sládková"


def test_organisations_new() -> None:
    old = []
    for m in EARLIER:
        old += [
            o for v in vars(m).values() if isinstance(v, list) for o in v if hasattr(o, "mailbox")
        ]
    mine = h17.ORGS + h17.FIRE + h17.GPS + h17.INTERPRETERS + h17.SCHOOLS
    assert len(old) > 100
    assert not {o.mailbox for o in mine} & {o.mailbox for o in old}
    assert not {o.name for o in mine} & {o.name for o in old}
    assert not {o.phone for o in mine} & {o.phone for o in old}


def test_allow_list_covers_recipient_contacts(rows) -> None:
    check_allow_list_covers_recipient_contacts(rows, h17)


def test_write_set(tmp_path) -> None:
    check_write_set(tmp_path, h17, "heldout17")
