"""The hand-written UK layout set (evaluation/synthetic/uk_layouts/): shape, labels, identifier rules,
Unicode tricks and the separation of the dev, held-out, dev2 and heldout2 families. Fast: no
models."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import pytest

from evaluation.synthetic.uk_layouts import (
    ENTITY_TYPES,
    FAMILIES,
    LAYOUTS,
    generate_uk_layout_set,
    organisation_contacts,
)

N = 600
ROW_KEYS = {"id", "text", "spans", "synthetic", "family", "layout"}
ALLOWED_TYPES = set(ENTITY_TYPES) | {"ORGANIZATION"}
TRICK_CHARS = "\u200b\u00ad\u00a0\u202f" + "".join(chr(0xFF10 + d) for d in range(10))
# At n=600 (0.6 x the >= 60 asked for at n=1000), more for the address/name types.
MIN_SUPPORT = dict.fromkeys(ENTITY_TYPES, 36) | {
    "PERSON": 600,
    "STREET_ADDRESS": 300,
    "LOCATION": 300,
    "UK_POSTCODE": 300,
}


@pytest.fixture(scope="module")
def rows_by_family() -> dict[str, list[dict]]:
    return {family: generate_uk_layout_set(N, seed=0, family=family) for family in FAMILIES}


def spans_of(rows: list[dict], kind: str) -> list[tuple[str, dict]]:
    return [
        (r["text"][s["start"] : s["end"]], s) for r in rows for s in r["spans"] if s["type"] == kind
    ]


# --------------------------------------------------------------------------- validators
def plain(value: str) -> str:
    """Undo the Unicode tricks: full-width digits and no-break spaces by NFKC, then drop
    zero-width spaces and soft hyphens; OCR line breaks become spaces."""
    value = unicodedata.normalize("NFKC", value).replace("\u200b", "").replace("\u00ad", "")
    return value.replace("\n", " ")


def valid_nino(value: str) -> bool:
    v = re.sub(r"\s", "", plain(value)).upper()
    return (
        re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v) is not None
        and v[0] not in "DFIQUV"
        and v[1] not in "DFIOQUV"
        and v[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
    )


def valid_nhs(value: str) -> bool:
    digits = re.sub(r"[\s-]", "", plain(value))
    if not re.fullmatch(r"\d{10}", digits):
        return False
    check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(digits[:9])) % 11
    return check != 10 and (0 if check == 11 else check) == int(digits[9])


def valid_sort_code(value: str) -> bool:
    return re.fullmatch(r"\d{2}([- ]?)\d{2}\1\d{2}", plain(value)) is not None


def valid_licence(value: str) -> bool:
    v = plain(value).replace(" ", "")
    if not re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}", v):
        return False
    month, day = int(v[6:8]), int(v[8:10])
    return (1 <= month <= 12 or 51 <= month <= 62) and 1 <= day <= 31


POSTCODE = re.compile(
    r"([A-Z]\d|[A-Z]\d\d|[A-Z]{2}\d|[A-Z]{2}\d\d|[A-Z]\d[A-Z]|[A-Z]{2}\d[A-Z])"
    r" ?\d[ABD-HJLNP-UW-Z]{2}"
)
PHONE = re.compile(
    r"(07700 ?-?900 ?-?\d{3}|\+44 (\(0\))?7700 900\d{3}|01632 960\d{3}"
    r"|020 7946 0\d{3}|\(?01[1-6]\d\)? 496 0\d{3}|029 2018 0\d{3}|028 9649 6\d{3})"
)

DRAMA_DIGITS = re.compile(
    r"07700900\d{3}|01632960\d{3}|02079460\d{3}|01[1-6]\d4960\d{3}"
    r"|02920180\d{3}|02896496\d{3}"
)


def valid_phone_any_style(value: str) -> bool:
    """dev2 writes the same drama-range numbers in more styles: "+44 (0)", "(+44)", "0044",
    brackets, and groups split by spaces, hyphens, slashes or dots; heldout2's voicemail
    transcripts write a callback number one digit at a time."""
    v = plain(value)
    if not re.fullmatch(r"[\d +()./-]+", v):
        return False
    v = re.sub(r"^(\+44 ?\(0\) ?|\(\+44\) ?|\+44 ?|0044 )", "0", v)
    return DRAMA_DIGITS.fullmatch(re.sub(r"[ ()./-]", "", v)) is not None


VALIDATORS = {
    "UK_NINO": valid_nino,
    "UK_NHS": valid_nhs,
    "UK_SORT_CODE": valid_sort_code,
    "UK_DRIVING_LICENCE": valid_licence,
    "UK_PASSPORT": lambda v: re.fullmatch(r"\d{9}", plain(v)) is not None,
    "UK_BANK_ACCOUNT": lambda v: re.fullmatch(r"\d{4} ?\d{4}", plain(v)) is not None,
    "UK_POSTCODE": lambda v: POSTCODE.fullmatch(plain(v).upper()) is not None,
    "PHONE_NUMBER": lambda v: PHONE.fullmatch(plain(v)) is not None,
    "EMAIL_ADDRESS": lambda v: re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v) is not None,
}
FAMILY_VALIDATORS = {
    "dev2": {"PHONE_NUMBER": valid_phone_any_style},
    "heldout2": {"PHONE_NUMBER": valid_phone_any_style},
}


# --------------------------------------------------------------------------- shape
@pytest.mark.parametrize("family", FAMILIES)
def test_deterministic_and_prefix_stable(family: str) -> None:
    first = generate_uk_layout_set(40, seed=3, family=family)
    assert first == generate_uk_layout_set(40, seed=3, family=family)
    # row i depends only on (family, seed, i), so a bigger set extends a smaller one
    assert first[:15] == generate_uk_layout_set(15, seed=3, family=family)


def test_seeds_and_families_differ() -> None:
    texts = {
        (f, s): [r["text"] for r in generate_uk_layout_set(30, seed=s, family=f)]
        for f in FAMILIES
        for s in (0, 1)
    }
    for family in FAMILIES:
        assert texts[(family, 0)] != texts[(family, 1)]
    for i, family in enumerate(FAMILIES):
        for other in FAMILIES[i + 1 :]:
            assert not set(texts[(family, 0)]) & set(texts[(other, 0)]), (family, other)


def test_unknown_family_is_refused() -> None:
    with pytest.raises(ValueError):
        generate_uk_layout_set(1, family="test")


@pytest.mark.parametrize("family", FAMILIES)
def test_rows_have_the_documented_keys(rows_by_family, family: str) -> None:
    rows = rows_by_family[family]
    assert len(rows) == N and len({r["id"] for r in rows}) == N
    for i, row in enumerate(rows):
        assert set(row) == ROW_KEYS
        assert row["synthetic"] is True and row["family"] == family
        assert row["layout"] in LAYOUTS[family]
        assert row["id"] == f"uklayout-{family}-0-{i:05d}-{row['layout']}"
    assert Counter(r["layout"] for r in rows).keys() == set(LAYOUTS[family])


@pytest.mark.parametrize("family", FAMILIES)
def test_spans_are_in_range_sorted_disjoint_and_stripped(rows_by_family, family: str) -> None:
    for row in rows_by_family[family]:
        text, previous_end = row["text"], 0
        for span in row["spans"]:
            assert set(span) <= {"type", "start", "end", "mistyped"}
            assert span["type"] in ALLOWED_TYPES
            assert previous_end <= span["start"] < span["end"] <= len(text), row["id"]
            value = text[span["start"] : span["end"]]
            assert value and value == value.strip(), (row["id"], value)
            previous_end = span["end"]


@pytest.mark.parametrize("family", FAMILIES)
def test_titles_are_outside_person_spans(rows_by_family, family: str) -> None:
    for value, _ in spans_of(rows_by_family[family], "PERSON"):
        assert not re.match(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Master)\.?\s", value, re.IGNORECASE), value


def test_families_share_no_layouts() -> None:
    assert len(LAYOUTS["dev"]) + len(LAYOUTS["heldout"]) >= 24 and len(LAYOUTS["dev2"]) >= 12
    assert len(LAYOUTS["heldout2"]) >= 12
    all_names = [name for family in FAMILIES for name in LAYOUTS[family]]
    assert len(all_names) == len(set(all_names))


# --------------------------------------------------------------------------- support
@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("kind", ENTITY_TYPES)
def test_every_type_has_support(rows_by_family, family: str, kind: str) -> None:
    assert len(spans_of(rows_by_family[family], kind)) >= MIN_SUPPORT[kind]


@pytest.mark.parametrize("family", FAMILIES)
def test_organisation_contact_details_are_labelled(rows_by_family, family: str) -> None:
    org = [v for v, _ in spans_of(rows_by_family[family], "ORGANIZATION")]
    assert len(org) >= 100
    assert any("@" in v for v in org) and any(re.match(r"0[38]00 ", v) for v in org)


# --------------------------------------------------------------------------- identifiers
@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("kind", sorted(VALIDATORS))
def test_identifiers_obey_their_rules_unless_mistyped(
    rows_by_family, family: str, kind: str
) -> None:
    is_valid = FAMILY_VALIDATORS.get(family, {}).get(kind, VALIDATORS[kind])
    pairs = spans_of(rows_by_family[family], kind)
    bad = [v for v, s in pairs if not s.get("mistyped") and not is_valid(v)]
    assert not bad, bad[:5]
    # and a span marked mistyped really breaks the rule
    assert all(not is_valid(v) for v, s in pairs if s.get("mistyped"))


@pytest.mark.parametrize("family", FAMILIES)
def test_a_share_of_labelled_identifiers_is_mistyped(rows_by_family, family: str) -> None:
    rows = rows_by_family[family]
    for kind in ("UK_NINO", "UK_NHS", "UK_SORT_CODE"):
        flags = [bool(s.get("mistyped")) for _, s in spans_of(rows, kind)]
        assert 0.04 <= sum(flags) / len(flags) <= 0.2, kind
    assert not any(
        s.get("mistyped")
        for r in rows
        for s in r["spans"]
        if s["type"] not in {"UK_NINO", "UK_NHS", "UK_SORT_CODE"}
    )


# --------------------------------------------------------------------------- unicode tricks
@pytest.mark.parametrize("family", FAMILIES)
def test_unicode_tricks_exist_and_stay_inside_spans(rows_by_family, family: str) -> None:
    tricked_rows, kinds = 0, Counter()
    for row in rows_by_family[family]:
        inside = set()
        for s in row["spans"]:
            inside.update(range(s["start"], s["end"]))
            if any(c in TRICK_CHARS for c in row["text"][s["start"] : s["end"]]):
                kinds[s["type"]] += 1
        positions = [i for i, c in enumerate(row["text"]) if c in TRICK_CHARS]
        assert set(positions) <= inside, row["id"]
        tricked_rows += bool(positions)
    assert 0.05 * N <= tricked_rows <= 0.2 * N
    assert {"PERSON", "UK_POSTCODE", "PHONE_NUMBER", "UK_NINO"} <= set(kinds)


# --------------------------------------------------------------------------- separation
def street_name(value: str) -> str:
    """'Flat 3\\n12 Acacia Road' -> 'acacia road'; 'Rose Cottage, Church Lane' -> 'church lane'."""
    last = re.split(r"[,\n]", value.lower())[-1].strip()
    return re.sub(r"^.*\d\S*\s+", "", last)


@pytest.mark.parametrize("dev_family", ["dev", "dev2"])  # dev2 draws on the dev half too
@pytest.mark.parametrize("heldout_family", ["heldout", "heldout2"])  # both on the heldout half
@pytest.mark.parametrize(
    ("kind", "normalise", "max_share"),
    [
        ("LOCATION", str.lower, 0.05),  # only "London" may be shared
        ("STREET_ADDRESS", street_name, 0.02),
        ("PERSON", str.lower, 0.10),
    ],
)
def test_heldout_values_barely_overlap_dev(
    rows_by_family, dev_family, heldout_family, kind, normalise, max_share
) -> None:
    def values(family: str) -> set[str]:
        return {normalise(plain(v)) for v, _ in spans_of(rows_by_family[family], kind)}

    dev, heldout = values(dev_family), values(heldout_family)
    assert len(heldout & dev) / len(heldout) <= max_share, sorted(heldout & dev)[:10]


# --------------------------------------------------------------------------- dev2 phone styles
def test_dev2_writes_phones_in_many_styles(rows_by_family) -> None:
    phones = [plain(v) for v, _ in spans_of(rows_by_family["dev2"], "PHONE_NUMBER")]
    for style in (r"\+44 ?\(0\)", r"\(\+44\) ", r"0044 ", r"\d/\d", r"\d\.\d"):
        assert any(re.match(r".*" + style, v) for v in phones), style
    # extensions are written after the number, outside its span
    texts = "".join(r["text"] for r in rows_by_family["dev2"])
    assert re.search(r"\d (ext\.? |x|\(extn )\d{3}", texts)
    assert not any("ext" in v or "x" in v for v in phones)


# --------------------------------------------------------------------------- heldout2 third parties
def test_heldout2_third_parties_stay_out_of_the_allow_list(rows_by_family) -> None:
    """Letting agents, hospitals, funeral directors, employers, advice agencies, prisons and MPs'
    offices have their contact details labelled ORGANIZATION, but only the recipient
    organisations are in organisation_contacts()."""
    allowed = set(organisation_contacts())
    mailboxes = {v for v, _ in spans_of(rows_by_family["heldout2"], "ORGANIZATION") if "@" in v}
    assert mailboxes & allowed and mailboxes - allowed
    assert not any(m.endswith("@parliament.uk") for m in allowed)
