"""The blind heldout19 UK layout set (evaluation/synthetic/uk_layouts_heldout19.py): spans,
determinism, coverage of layouts and types, valid identifiers (spoken digits undone first),
unlabelled look-alikes, chat and Zoom senders, the voicemail's spoken values, Polish and Russian
dates of birth, mistype and Unicode-trick rates, and no value shared with the earlier families.
Fast: no models, no redactor."""

from __future__ import annotations

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
from evaluation.synthetic import uk_layouts_heldout18 as h18
from evaluation.synthetic import uk_layouts_heldout19 as h19

N = 1000
EARLIER = (h3, h4, h5, h6, h7, h8, h9, h10, h11, h12, h13, h14, h15, h16, h17, h18)


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h19.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


# --------------------------------------------------------------------------- shape
def test_spans_point_at_the_written_values(built) -> None:
    check_spans_point_at_the_written_values(built)


def test_spans_sorted_and_disjoint_with_known_types(rows) -> None:
    check_spans_sorted_and_disjoint_with_known_types(rows, h19)


def test_row_shape_ids_and_synthetic_marking(rows) -> None:
    assert len(rows) == N
    check_row_shape_and_ids(rows, "heldout19")


def test_deterministic_per_seed_and_index() -> None:
    check_deterministic_per_seed_and_index(h19, "heldout19")


def test_every_layout_produced_and_new(rows) -> None:
    check_every_layout_produced_and_new(rows, h19, 11, EARLIER)


def test_every_type_present(rows) -> None:
    check_every_type_present(rows, h19)


# --------------------------------------------------------------------------- values
def _undone(ok: Callable[[str], bool]) -> Callable[[str], bool]:
    """The check on the value, or with spoken digits turned back into characters (how the
    voicemail said it, not a mistype)."""
    return lambda value: ok(value) or ok(h19.unspeak(value))


CHECKS = {kind: _undone(ok) for kind, ok in value_checks(h19).items()}


@pytest.mark.parametrize("kind", sorted(CHECKS))
def test_identifiers_valid_unless_mistyped(rows, kind) -> None:
    check_identifiers_valid_unless_mistyped(rows, kind, CHECKS[kind])


def test_mistyped_identifiers_about_ten_percent(rows) -> None:
    check_mistyped_share(rows, sorted(MISTYPABLE))


def test_unicode_tricks_in_about_ten_percent_of_rows(rows) -> None:
    check_unicode_tricks_in_about_ten_percent_of_rows(rows)


@pytest.mark.parametrize(
    ("day", "said"),
    [(date(1961, 3, 12), "12 marca 1961"), (date(1958, 9, 1), "1 września 1958")],
)
def test_polish_dates(day, said) -> None:
    got = {h19.polish_date(random.Random(k), day) for k in range(40)}
    assert said in got and day.strftime("%d.%m.%Y") in got


@pytest.mark.parametrize(
    ("day", "said"),
    [(date(1961, 3, 12), "12 марта 1961"), (date(1958, 5, 1), "1 мая 1958")],
)
def test_russian_dates(day, said) -> None:
    got = {h19.russian_date(random.Random(k), day) for k in range(40)}
    assert said in got


# --------------------------------------------------------------------------- layouts
# Non-personal look-alikes each layout must carry UNLABELLED (so precision is measured):
# group 1 of the pattern must be found in every row of the layout and overlap no span.
LOOK_ALIKES = {
    "chatbot_handover_transcript": [
        r"Chat ID: (WC-[0-9A-F]{8})",
        r"\[(\d\d:\d\d:\d\d)\] Ask Ellis",
        r"council tax account (\d{9})\.",
        r"(Ask Ellis) \(bot\)",
    ],
    "zoom_meeting_chat_save": [
        r"Meeting ID: (\d{3} \d{4} \d{4})",
        r"Passcode: (\d{6})",
        r"\n(\d\d:\d\d:\d\d) From",
    ],
    "voicemail_to_email_transcript": [
        r"Mailbox: (\d{4})",
        r"Duration: (\d:\d\d)",
        r"confidence (\d\d%)",
    ],
    "repairs_job_ticket_operative": [
        r"JOB No: (R\d{7})",
        r"SOR: (\d{6})",
        r"code (\d{4})\.",
        r"APPT: (\d\d/\d\d/\d{4})",
    ],
    "dwp_appointee_application": [
        r"Claim ref: (AP/\d{3}/\d{6})",
        r"seen (\d\d/\d\d/\d{4})",
        r"Visit booked: (\d\d/\d\d/\d{4})",
    ],
    "deposit_protection_certificate": [
        r"Deposit ID: (DPC\d{8})",
        r"Amount protected: (£[\d,]+\.\d\d)",
        r"Tenancy start: (\d\d/\d\d/\d{4})",
    ],
    "gp_record_summary_printout": [
        r"Record No: (\d{6})",
        r"\n  ([A-Z][a-z]+ \d+mc?g) - ",
        r"\n  (\d\d/\d\d/\d{4})  ",
    ],
    "mail_redirection_confirmation": [
        r"Reference: (RD\d{9})",
        r"Start date: (\d\d/\d\d/\d{4})",
        r"Paid: (£\d+\.\d\d)",
    ],
    "energy_debt_letter_quoted_complaint": [
        r"Account number: (\d{4} \d{4} \d\d)",
        r"MPAN: (\d\d \d{3} \d{3} \d{13})",
        r"Balance: (£[\d,]+\.\d\d)",
    ],
    "kashubian_polish_language_letter": [
        r"sprawa nr (HO\d{5})",
        r"wynosi (£\d{3})",
        r"wyprowadzili do (\d\d/\d\d/\d{4})",
    ],
    "russian_language_resident_letter": [
        r"Жалоба № (CS-\d{6})",
        r"\n\n(\d\d/\d\d/\d{4}) я звонил",
    ],
}


@pytest.mark.parametrize("layout", h19.LAYOUTS)
def test_look_alikes_present_and_unlabelled(rows, layout) -> None:
    check_look_alikes_present_and_unlabelled(rows, layout, LOOK_ALIKES[layout])


def test_chat_senders_are_person(rows) -> None:
    for r in rows_of(rows, "zoom_meeting_chat_save"):
        froms = [m.end() for m in re.finditer(r"\d\d From  ", r["text"])]
        starts = {s["start"] for s in r["spans"] if s["type"] == "PERSON"}
        assert froms and all(f in starts for f in froms), r["id"]
    for r in rows_of(rows, "chatbot_handover_transcript"):
        assert span_starts_after(r, "] You: ", "PERSON"), r["id"]
        bot = r["text"].index("Ask Ellis")
        assert not any(s["start"] <= bot < s["end"] for s in r["spans"]), r["id"]


def test_voicemail_values_as_said(rows) -> None:
    mine = rows_of(rows, "voicemail_to_email_transcript")
    for r in mine:
        said = [v for v, _ in written(r, "PHONE_NUMBER")]
        assert said[0].isdigit() and not any(c.isdigit() for c in said[-1]), r["id"]
        (dob,) = [v for v, _ in written(r, "DATE_OF_BIRTH")]
        assert not any(c.isdigit() for c in dob) and dob == dob.lower(), r["id"]
        assert span_starts_after(r, "this is ", "PERSON"), r["id"]
    assert all("," not in r["text"].split("Transcript")[1].split("\n\n")[0] for r in mine)


def test_foreign_dates_of_birth(rows) -> None:
    pl = values(rows, "kashubian_polish_language_letter", "DATE_OF_BIRTH")
    ru = values(rows, "russian_language_resident_letter", "DATE_OF_BIRTH")
    assert sum(bool(re.fullmatch(r"\d{1,2} [a-zęśź]+ \d{4}", d)) for d in pl) >= 50
    assert sum(bool(re.fullmatch(r"\d{1,2} [а-я]+ \d{4}", d)) for d in ru) >= 20


def test_places_from_new_areas(rows) -> None:
    areas = {
        re.match(r"[A-Z]+", v.upper())[0]
        for r in rows
        for v, _ in written(r, "UK_POSTCODE")
        if not re.search(r"\b(one|two|oh)\b", v) and " " not in v.strip()[:3]
    }
    assert {"DL", "IP", "LL", "BT", "PH", "PA"} <= areas
    places = {v for r in rows for v, _ in written(r, "LOCATION")}
    for name in ("Holwick", "Bwlchtocyn", "Kilchoan"):
        assert name in places or name.upper() in places, name


# --------------------------------------------------------------------------- own tables
def test_no_name_or_place_shared_with_earlier_families() -> None:
    check_no_name_or_place_shared_with_earlier_families(h19, EARLIER)


def test_eleven_new_name_communities() -> None:
    earlier = {c for m in EARLIER for c in m.FIRST_NAMES}
    assert len(set(h19.FIRST_NAMES) - earlier) == 11


def test_organisations_new() -> None:
    old = []
    for m in EARLIER:
        old += [
            o for v in vars(m).values() if isinstance(v, list) for o in v if hasattr(o, "mailbox")
        ]
    mine = h19.ORGS + h19.ADVICE + h19.SUPPLIERS + h19.SCHEMES + h19.SURGERIES + h19.CONTRACTORS
    assert len(old) > 100
    assert not {o.mailbox for o in mine} & {o.mailbox for o in old}
    assert not {o.name for o in mine} & {o.name for o in old}
    assert not {o.phone for o in mine} & {o.phone for o in old}


def test_allow_list_covers_recipient_contacts(rows) -> None:
    check_allow_list_covers_recipient_contacts(rows, h19)


def test_write_set(tmp_path) -> None:
    check_write_set(tmp_path, h19, "heldout19")
