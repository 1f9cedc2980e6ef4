"""The blind heldout23 UK layout set (evaluation/synthetic/uk_layouts_heldout23.py): spans,
determinism, coverage of layouts and types, valid identifiers, unlabelled look-alikes, WhatsApp
senders shown by number, the voter form's separate name fields, names in Arabic and Cyrillic
script beside their passport Latin forms, Arabic and Ukrainian dates of birth, mistype and
Unicode-trick rates, and no value shared with the earlier families. Fast: no models, no
redactor."""

from __future__ import annotations

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
from evaluation.synthetic import uk_layouts_heldout20 as h20
from evaluation.synthetic import uk_layouts_heldout21 as h21
from evaluation.synthetic import uk_layouts_heldout22 as h22
from evaluation.synthetic import uk_layouts_heldout23 as h23

N = 1000
EARLIER = (
    h3,
    h4,
    h5,
    h6,
    h7,
    h8,
    h9,
    h10,
    h11,
    h12,
    h13,
    h14,
    h15,
    h16,
    h17,
    h18,
    h19,
    h20,
    h21,
    h22,
)


@pytest.fixture(scope="module")
def built() -> list[tuple[dict, list[str]]]:
    return [h23.build_row(0, i) for i in range(N)]


@pytest.fixture(scope="module")
def rows(built) -> list[dict]:
    return [row for row, _ in built]


# --------------------------------------------------------------------------- shape
def test_spans_point_at_the_written_values(built) -> None:
    check_spans_point_at_the_written_values(built)


def test_spans_sorted_and_disjoint_with_known_types(rows) -> None:
    check_spans_sorted_and_disjoint_with_known_types(rows, h23)


def test_row_shape_ids_and_synthetic_marking(rows) -> None:
    assert len(rows) == N
    check_row_shape_and_ids(rows, "heldout23")


def test_deterministic_per_seed_and_index() -> None:
    check_deterministic_per_seed_and_index(h23, "heldout23")


def test_every_layout_produced_and_new(rows) -> None:
    check_every_layout_produced_and_new(rows, h23, 11, EARLIER)


def test_every_type_present(rows) -> None:
    check_every_type_present(rows, h23)


# --------------------------------------------------------------------------- values
CHECKS = value_checks(h23)


@pytest.mark.parametrize("kind", sorted(CHECKS))
def test_identifiers_valid_unless_mistyped(rows, kind) -> None:
    check_identifiers_valid_unless_mistyped(rows, kind, CHECKS[kind])


def test_mistyped_identifiers_about_ten_percent(rows) -> None:
    check_mistyped_share(rows, sorted(MISTYPABLE))


def test_unicode_tricks_in_about_ten_percent_of_rows(rows) -> None:
    check_unicode_tricks_in_about_ten_percent_of_rows(rows)


@pytest.mark.parametrize(
    ("day", "said"),
    [(date(1985, 3, 12), "12 مارس 1985"), (date(1990, 8, 1), "1 أغسطس 1990")],
)
def test_arabic_dates(day, said) -> None:
    got = {h23.arabic_date(random.Random(k), day) for k in range(40)}
    assert said in got and day.strftime("%d/%m/%Y") in got and day.strftime("%Y/%m/%d") in got


@pytest.mark.parametrize(
    ("day", "said"),
    [(date(1975, 3, 12), "12 березня 1975"), (date(1948, 10, 2), "2 жовтня 1948")],
)
def test_ukrainian_dates(day, said) -> None:
    got = {h23.ukrainian_date(random.Random(k), day) for k in range(40)}
    assert said in got and day.strftime("%d.%m.%Y") in got and day.strftime("%d.%m.%y") in got


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [("Юрійчук", "Yuriichuk"), ("Явдоха", "Yavdokha"), ("Лук'ян", "Lukian"), ("Ґеник", "Genyk")],
)
def test_ukrainian_passport_transliteration(cyrillic, latin) -> None:
    assert h23.ukrainian_latin(cyrillic) == latin


# --------------------------------------------------------------------------- layouts
# Non-personal look-alikes each layout must carry UNLABELLED (so precision is measured):
# group 1 of the pattern must be found in every row of the layout and overlap no span.
LOOK_ALIKES = {
    "whatsapp_business_quoted_replies": [
        r"\[(\d\d/\d\d/\d{4}, \d\d:\d\d:\d\d)\]",
        r"Emergency job (RJ-\d{6})",
        r"<attached: (\d{8}-PHOTO-[\d-]+\.jpg)>",
    ],
    "tenancy_agreement_scanned_page": [
        r"(\d\d/\d\d/\d{4})\sbet",
        r"RENT:\s(£\d+\.00)",
        r"(DG\d{7})",
    ],
    "fit_note_typed_into_uc_journal": [
        r"assessed your case on: (\d\d/\d\d/\d{4})",
        r"for (\d+) weeks",
        r"Date of statement: (\d\d/\d\d/\d{4})",
    ],
    "repair_portal_ticket_history": [
        r"Ticket #(\d{6})",
        r"UPRN: (1000\d{8})",
        r"Priority: (P\d)",
        r"(?m)^(\d{4}-\d\d-\d\d \d\d:\d\d)  ",
    ],
    "voter_authority_certificate_application": [
        r"Our ref: (VAC-\d{6})",
        r"Elector number: ([A-H]\d-\d+)",
        r"polling day: (\d\d/\d\d/\d{4})",
    ],
    "hmrc_p800_calculation_query_letter": [
        r"PAYE reference (\d{3}/[A-Z]{2}\d{5})",
        r"tax code (\w+) when",
        r"P800 tax calculation (\d{4} to \d{4})",
        r"underpaid (£[\d,]+\.\d\d)",
    ],
    "pals_enquiry_web_form_submission": [
        r"submission (\d{5})",
        r"Submitted: (\d{4}-\d\d-\d\dT[\d:]+Z)",
        r"Hospital number \(if known\): ([A-Z]+\d{6})",
    ],
    "rent_arrears_repayment_agreement": [
        r"Tenancy ref: (T/\d{5})",
        r"Rent account: (\d{8})",
        r"Arrears at \d\d/\d\d/\d{4}: (£\d+\.00)",
    ],
    "carers_allowance_change_of_circumstances": [
        r"Hours of care each week now: (\d+)",
        r"roll number: ([A-Z]{3}/\d{7})",
        r"on (\d\d/\d\d/\d{4})\n",
    ],
    "hassaniya_arabic_language_letter": [
        r"الرقم المرجعي: (RS/\d{5})",
        r"الإيجار الشهري (£\d{3})",
        r"الخروج قبل (\d\d/\d\d/\d{4})",
    ],
    "hutsul_ukrainian_language_letter": [
        r"Номер справи: (HFU-\d{5})",
        r"(£350)",
        r"квартиру за (£\d{3})",
    ],
}


@pytest.mark.parametrize("layout", h23.LAYOUTS)
def test_look_alikes_present_and_unlabelled(rows, layout) -> None:
    check_look_alikes_present_and_unlabelled(rows, layout, LOOK_ALIKES[layout])


def test_whatsapp_senders_by_name_or_number(rows) -> None:
    kinds = set()
    for r in rows_of(rows, "whatsapp_business_quoted_replies"):
        at = r["text"].index("] ") + 2
        (span,) = [s for s in r["spans"] if s["start"] == at]
        kinds.add(span["type"])
        assert span["type"] in ("PERSON", "PHONE_NUMBER"), r["id"]
        assert r["text"][span["end"] : span["end"] + 2] == ": ", r["id"]
        dobs = [v for v, _ in written(r, "DATE_OF_BIRTH")]
        assert len(dobs) == 2 and dobs[0] == dobs[1], r["id"]  # the quoted reply repeats it
        assert "Moorland Homes Housing Association:" in r["text"]
    assert kinds == {"PERSON", "PHONE_NUMBER"}


def test_voter_form_name_fields_are_separate_spans(rows) -> None:
    for r in rows_of(rows, "voter_authority_certificate_application"):
        assert span_starts_after(r, "1. Surname: ", "PERSON"), r["id"]
        assert span_starts_after(r, "First name(s): ", "PERSON"), r["id"]


def test_scanned_tenancy_is_wrapped(rows) -> None:
    mine = rows_of(rows, "tenancy_agreement_scanned_page")
    hyphenated = 0
    for r in mine:
        body = r["text"].split("(scanned).\n\n", 1)[1].split("\n\nMy number is", 1)[0]
        assert max(len(line) for line in body.splitlines()) < 100, r["id"]
        hyphenated += any("-\n" in r["text"][s["start"] : s["end"]] for s in r["spans"])
    assert hyphenated >= 5


def test_foreign_letters_name_in_script_and_latin(rows) -> None:
    arabic = re.compile(r"[\u0600-\u06ff ]+")
    cyrillic = re.compile(r"[\u0400-\u04ff' ]+")
    for layout, caption, script in (
        ("hassaniya_arabic_language_letter", "اسمي ", arabic),
        ("hutsul_ukrainian_language_letter", "Мене звати ", cyrillic),
    ):
        for r in rows_of(rows, layout):
            at = r["text"].index(caption) + len(caption)
            (first,) = [s for s in r["spans"] if s["start"] == at]
            assert first["type"] == "PERSON", r["id"]
            name = unicodedata.normalize("NFKC", r["text"][first["start"] : first["end"]])
            assert script.fullmatch(name), r["id"]
            nxt = r["spans"][r["spans"].index(first) + 1]
            latin = r["text"][nxt["start"] : nxt["end"]]
            latin = unicodedata.normalize("NFKC", latin)
            assert nxt["type"] == "PERSON" and latin.isascii(), (r["id"], latin)


def test_foreign_dates_of_birth(rows) -> None:
    ar = values(rows, "hassaniya_arabic_language_letter", "DATE_OF_BIRTH")
    ua = values(rows, "hutsul_ukrainian_language_letter", "DATE_OF_BIRTH")
    assert sum(bool(re.fullmatch(r"\d{1,2} [\u0600-\u06ff]+ \d{4}", d)) for d in ar) >= 50
    assert sum(bool(re.fullmatch(r"\d{1,2} [\u0400-\u04ff]+ \d{4}", d)) for d in ua) >= 50
    for r in rows_of(rows, "hassaniya_arabic_language_letter"):
        born = re.search(r"مولودة? في ", r["text"])
        assert any(s["start"] == born.end() for s in r["spans"]), r["id"]
    for r in rows_of(rows, "hutsul_ukrainian_language_letter"):
        assert re.search(r"народи(?:лася|вся) ", r["text"]), r["id"]
        for s in r["spans"]:
            if s["type"] == "DATE_OF_BIRTH":
                assert r["text"][s["end"] : s["end"] + 3] == " р.", r["id"]


def test_writers_of_foreign_letters_from_their_community(rows) -> None:
    for layout, culture in (
        ("hassaniya_arabic_language_letter", "hassaniya"),
        ("hutsul_ukrainian_language_letter", "hutsul"),
    ):
        firsts = {n for n, _ in h23.FIRST_NAMES[culture]}
        lasts = {n for n, _ in h23.SURNAMES[culture]}
        for r in rows_of(rows, layout):
            names = [v for v, _ in written(r, "PERSON") if v.isascii()]
            writer = names[0].casefold()
            assert any(writer.startswith(f.casefold() + " ") for f in firsts), (r["id"], writer)
            assert any(writer.endswith(" " + s.casefold()) for s in lasts), (r["id"], writer)


def test_hassaniya_patronymics_follow_gender() -> None:
    assert h23.V.surname_pairs["Ould Ahmedou"] == "Mint Ahmedou"
    assert h23.V.surname_pairs["Mint Taleb"] == "Ould Taleb"
    for culture in ("hassaniya",):
        for name, g in h23.SURNAMES[culture]:
            assert (name.startswith("Ould ") and g == "m") or (
                name.startswith("Mint ") and g == "f"
            )


def test_places_from_new_areas(rows) -> None:
    areas = {
        re.match(r"[A-Z]+", v.upper())[0]
        for r in rows
        for v, _ in written(r, "UK_POSTCODE")
        if " " not in v.strip()[:2]
    }
    assert {"PL", "DL", "GL", "LN", "TN", "IV", "PA", "KY", "LD", "NP", "LL", "SA", "BT"} <= areas
    places = {v for r in rows for v, _ in written(r, "LOCATION")}
    for name in ("Thoralby", "Flodigarry", "Llanynys", "Killevy"):
        assert any(name.casefold() == p.casefold() for p in places), name


# --------------------------------------------------------------------------- own tables
def test_no_name_or_place_shared_with_earlier_families() -> None:
    check_no_name_or_place_shared_with_earlier_families(h23, EARLIER)


def test_eleven_new_name_communities() -> None:
    earlier = {c for m in EARLIER for c in m.FIRST_NAMES}
    assert len(set(h23.FIRST_NAMES)) == 11
    assert not set(h23.FIRST_NAMES) & earlier


def test_organisations_new() -> None:
    old = []
    for m in EARLIER:
        old += [
            o for v in vars(m).values() if isinstance(v, list) for o in v if hasattr(o, "mailbox")
        ]
    mine = h23.ORGS + h23.PRACTICES + h23.CONTRACTORS + h23.DEPOSIT_SCHEMES + h23.EMPLOYERS
    assert len(old) > 100
    assert not {o.mailbox for o in mine} & {o.mailbox for o in old}
    assert not {o.name for o in mine} & {o.name for o in old}
    assert not {o.phone for o in mine} & {o.phone for o in old}


def test_allow_list_covers_recipient_contacts(rows) -> None:
    check_allow_list_covers_recipient_contacts(rows, h23)


def test_write_set(tmp_path) -> None:
    check_write_set(tmp_path, h23, "heldout23")
