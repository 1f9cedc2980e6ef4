"""What every single-module blind UK layout family (heldout3 onwards) must satisfy, whatever its
layouts: labelled spans point at the values written, sorted and disjoint with known types; rows
carry their family, ids and SYNTHETIC mark; a row depends only on its seed and index. Each
family's test module keeps its own fixtures and the checks particular to it."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType

from faker import Faker

from evaluation.synthetic import uk_layouts
from evaluation.synthetic.uk_layouts import tables as uk_layout_tables
from evaluation.synthetic.uk_layouts_shared import NINO_NEVER_ISSUED
from evaluation.synthetic.uk_pii import tables as uk_pii_tables


def plain(value: str, kind: str) -> str:
    """Undo Unicode tricks, line breaks and hyphenation (OCR, PDF), and case."""
    value = value.replace("-\n", "").replace("\n", " ")
    value = unicodedata.normalize("NFKC", value).replace("\u200b", "").replace("\u00ad", "")
    if kind == "UK_SORT_CODE":  # the narrow no-break space trick replaces the separators
        value = re.sub(r"[\s-]", "", value)
    return value.casefold()


def check_spans_point_at_the_written_values(built: list[tuple[dict, list[str]]]) -> None:
    for row, values in built:
        text, spans = row["text"], row["spans"]
        assert len(spans) == len(values), row["id"]
        for span, value in zip(spans, values):
            got = text[span["start"] : span["end"]]
            assert got and got == got.strip(), (row["id"], span, got)
            assert plain(got, span["type"]) == plain(value, span["type"]), (row["id"], got, value)


def check_spans_sorted_and_disjoint_with_known_types(rows: list[dict], family: ModuleType) -> None:
    allowed_types = set(family.ENTITY_TYPES) | {"ORGANIZATION"}
    for row in rows:
        end = 0
        for s in row["spans"]:
            assert s["type"] in allowed_types
            assert 0 <= end <= s["start"] < s["end"] <= len(row["text"]), (row["id"], s)
            end = s["end"]
            assert set(s) <= {"type", "start", "end", "mistyped"}


def check_row_shape_and_ids(rows: list[dict], name: str) -> None:
    assert len({r["id"] for r in rows}) == len(rows)
    for i, r in enumerate(rows):
        assert set(r) == {"id", "text", "spans", "synthetic", "family", "layout"}
        assert r["synthetic"] is True and r["family"] == name
        assert r["id"] == f"uklayout-{name}-0-{i:05d}-{r['layout']}"
    json.dumps(rows, ensure_ascii=False)


def check_deterministic_per_seed_and_index(family: ModuleType, name: str) -> None:
    generate = getattr(family, f"generate_{name}")
    first = generate(40, seed=3)
    assert first == generate(40, seed=3)
    assert first[:15] == generate(15, seed=3)
    assert family.build_row(3, 27)[0] == first[27]
    assert [r["text"] for r in first] != [r["text"] for r in generate(40, seed=4)]


def check_every_type_present(rows: list[dict], family: ModuleType) -> None:
    counts = Counter(s["type"] for r in rows for s in r["spans"])
    for kind in family.ENTITY_TYPES:
        assert counts[kind] >= 30, (kind, counts[kind])


def check_every_layout_produced_and_new(
    rows: list[dict], family: ModuleType, n_layouts: int, earlier: tuple[ModuleType, ...]
) -> None:
    """Every layout appears in a fair share of rows and none reuses an earlier family's name."""
    counts = Counter(r["layout"] for r in rows)
    assert set(counts) == set(family.LAYOUTS) and len(family.LAYOUTS) == n_layouts
    assert min(counts.values()) >= len(rows) // len(family.LAYOUTS)
    seen = {name for names in uk_layouts.LAYOUTS.values() for name in names}
    for m in earlier:
        seen |= set(m.LAYOUTS)
    assert not set(family.LAYOUTS) & seen


# --------------------------------------------------------------------------- values
MISTYPABLE = {"UK_NINO", "UK_NHS", "UK_SORT_CODE", "UK_BANK_ACCOUNT", "UK_PASSPORT"}
TRICK_CHARS = "\u200b\u00ad\u00a0\u202f" + "".join(chr(0xFF10 + d) for d in range(10))
NINO = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
LICENCE = re.compile(r"[A-Z9]{5}\d(?:[05]\d|[16][0-2])(?:[0-2]\d|3[01])\d[A-Z][A-Z9]9[A-Z]{2}")
EMAIL = re.compile(r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}")


def alnum(value: str) -> str:
    return "".join(c for c in value if c.isalnum()).upper()


def written(row: dict, kind: str) -> list[tuple[str, dict]]:
    """The values of one type as written, Unicode tricks and hard line wraps undone, case kept."""
    out = []
    for s in row["spans"]:
        if s["type"] == kind:
            value = row["text"][s["start"] : s["end"]].replace("\n", " ")
            value = unicodedata.normalize("NFKC", value).replace("\u200b", "").replace("\u00ad", "")
            out.append((value, s))
    return out


def rows_of(rows: list[dict], layout: str) -> list[dict]:
    """The rows of one layout."""
    return [r for r in rows if r["layout"] == layout]


def span_starts_after(row: dict, caption: str, kind: str) -> bool:
    """A span of ``kind`` starts right after the first ``caption`` in the row's text."""
    at = row["text"].index(caption) + len(caption)
    return any(s["start"] == at and s["type"] == kind for s in row["spans"])


def values(rows: list[dict], layout: str, kind: str) -> list[str]:
    """The values of one type in one layout's rows, exactly as the text holds them."""
    return [
        r["text"][s["start"] : s["end"]]
        for r in rows
        if r["layout"] == layout
        for s in r["spans"]
        if s["type"] == kind
    ]


def _nino_ok(value: str) -> bool:
    v = alnum(value)
    return bool(NINO.fullmatch(v)) and v[:2] not in NINO_NEVER_ISSUED


def _nhs_ok(value: str) -> bool:
    d = alnum(value)
    if not (d.isdigit() and len(d) == 10):
        return False
    check = (11 - sum(int(c) * (10 - i) for i, c in enumerate(d[:9])) % 11) % 11
    return check != 10 and check == int(d[9])


def _digits_ok(k: int) -> Callable[[str], bool]:
    def ok(value: str) -> bool:
        d = alnum(value)
        return d.isdigit() and len(d) == k

    return ok


def drama_phones(family: ModuleType) -> tuple[str, ...]:
    """The Ofcom drama mobile range and the family's own fictional landlines, digits only."""
    return ("07700900", *("".join(c for c in h if c.isdigit()) for h in family._LANDLINES))


def value_checks(family: ModuleType) -> dict[str, Callable[[str], bool]]:
    """For each identifier type: is a written value (tricks undone) well formed."""
    prefixes = drama_phones(family)

    def phone_ok(value: str) -> bool:
        d = "".join(c for c in value if c.isdigit())
        d = d[2:] if d.startswith("440") else "0" + d[2:] if d.startswith("44") else d
        d = "0" + d[4:] if d.startswith("0044") else d
        return len(d) in (11, 12) and d.startswith(prefixes)

    return {
        "UK_NINO": _nino_ok,
        "UK_NHS": _nhs_ok,
        "UK_SORT_CODE": lambda v: bool(re.fullmatch(r"\d\d([- .]?)\d\d\1\d\d", v)),
        "UK_BANK_ACCOUNT": _digits_ok(8),
        "UK_PASSPORT": _digits_ok(9),
        "PHONE_NUMBER": phone_ok,
        "UK_POSTCODE": lambda v: bool(POSTCODE.fullmatch(alnum(v))),
        "UK_DRIVING_LICENCE": lambda v: bool(LICENCE.fullmatch(alnum(v))),
        "EMAIL_ADDRESS": lambda v: bool(EMAIL.fullmatch(v.lower())),
    }


def check_identifiers_valid_unless_mistyped(
    rows: list[dict], kind: str, ok: Callable[[str], bool]
) -> None:
    checked = 0
    for row in rows:
        for value, span in written(row, kind):
            assert ok(value) != bool(span.get("mistyped")), (row["id"], value, span)
            checked += 1
    assert checked >= 30, (kind, checked)


def check_mistyped_share(rows: list[dict], kinds: Iterable[str]) -> None:
    """Only identifiers are mistyped, and each of `kinds` in about a tenth of its values."""
    spans = [s for r in rows for s in r["spans"]]
    assert all(s["type"] in MISTYPABLE for s in spans if s.get("mistyped"))
    for kind in kinds:
        of_kind = [s for s in spans if s["type"] == kind]
        share = sum(bool(s.get("mistyped")) for s in of_kind) / len(of_kind)
        assert 0.04 <= share <= 0.2, (kind, share)


def check_unicode_tricks_in_about_ten_percent_of_rows(rows: list[dict]) -> None:
    n = len(rows)
    tricked = sum(
        any(c in TRICK_CHARS for s in r["spans"] for c in r["text"][s["start"] : s["end"]])
        for r in rows
    )
    assert 0.05 * n <= tricked <= 0.16 * n
    for r in rows:  # tricks sit only inside labelled values
        inside = set().union(*(range(s["start"], s["end"]) for s in r["spans"]))
        assert all(i in inside for i, c in enumerate(r["text"]) if c in "\u200b\u00ad\u202f")


# --------------------------------------------------------------------------- layouts
def check_look_alikes_present_and_unlabelled(
    rows: list[dict], layout: str, patterns: list[str]
) -> None:
    """Group 1 of each pattern is found in every row of the layout and no match overlaps a span."""
    mine = [r for r in rows if r["layout"] == layout]
    for pattern in patterns:
        for r in mine:
            found = list(re.finditer(pattern, r["text"]))
            assert found, (r["id"], pattern)
            for m in found:
                a, b = m.span(1)
                assert not any(s["start"] < b and a < s["end"] for s in r["spans"]), (r["id"], m[1])


# --------------------------------------------------------------------------- own tables
def _faker_names() -> set[str]:
    """The given names and surnames of the Faker locales the first UK set drew from."""
    out: set[str] = set()
    for locale, _ in uk_pii_tables.NAME_LOCALES:
        provider = Faker(locale).provider("faker.providers.person")
        for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
            out |= set(getattr(provider, attr, None) or ())
    return out


def _names_and_places(m: ModuleType) -> tuple[set[str], set[str]]:
    """A single-module family's names, and its towns, counties, places, streets, house names."""
    names = {n for table in (m.FIRST_NAMES, m.SURNAMES) for c in table.values() for n, _ in c}
    places = {v for ts in m.TOWNS.values() for t in ts for v in (t.town, t.county) if v}
    places |= {p for ts in m.TOWNS.values() for t in ts for p, _ in t.places if p}
    places |= {s for table in (m.STREETS, m.HOUSE_NAMES) for ss in table.values() for s in ss}
    return names, places


def _old_values(earlier: tuple[ModuleType, ...]) -> tuple[set[str], set[str]]:
    """Every name and every place value of the first two sets' tables and of `earlier`."""
    t = uk_layout_tables
    names = {n for c in t._paragraphs(t._FIRST_NAMES).values() for n, _ in c}
    names |= {n for c in t._paragraphs(t._SURNAMES).values() for n, _ in c}
    names |= _faker_names()
    places = {v for town in t._parse_towns() for v in (town.town, town.county) if v}
    places |= {p for town in t._parse_towns() for p, _ in town.places if p}
    places |= {s for text in (*t._STREETS.values(), *t._HOUSE_NAMES.values()) for s in t._csv(text)}
    p = uk_pii_tables
    places |= {town for town, _ in p.TOWNS} | set(p.LOCALITIES) | set(p.COUNTIES)
    places |= set(p.HOUSE_NAMES) | set(p.BLOCK_NAMES) | set(p.SUFFIXLESS_STREETS)
    places |= {f"{stem} {suffix}" for stem in p.STREET_STEMS for suffix in set(p.STREET_SUFFIXES)}
    for m in earlier:
        old_names, old_places = _names_and_places(m)
        names |= old_names
        places |= old_places
    return names, places


def check_no_name_or_place_shared_with_earlier_families(
    family: ModuleType, earlier: tuple[ModuleType, ...]
) -> None:
    old_names, old_places = _old_values(earlier)
    names, places = _names_and_places(family)
    assert len(names) >= 500 and len(places) >= 300
    old = {x.casefold() for x in old_names | old_places}
    shared = {x for x in names | places if x.casefold() in old}
    assert not shared, sorted(shared)


def check_allow_list_covers_recipient_contacts(rows: list[dict], family: ModuleType) -> None:
    phrases = family.organisation_contacts()
    assert len(phrases) == 3 * len(family.ORGS)
    text = "\n".join(r["text"] for r in rows)
    assert all(p in text for p in phrases if "@" in p or p[0].isdigit())


def check_write_set(tmp_path: Path, family: ModuleType, name: str) -> None:
    info = family.write_set(tmp_path / "pii.jsonl", n=30, seed=1)
    lines = (tmp_path / "pii.jsonl").read_text(encoding="utf-8").splitlines()
    assert info["rows"] == len(lines) == 30
    assert json.loads(lines[0]) == family.build_row(1, 0)[0]
    assert (tmp_path / f"allow_list_uk_layouts_{name}.txt").read_text(encoding="utf-8").split("\n")[
        :-1
    ] == family.organisation_contacts()


def shape_checks(module, family: str, earlier: tuple, layouts: int = 11) -> dict:
    """The checks every blind family passes, by name, each given the built rows (row and
    values) and the rows."""
    return {
        "spans point at the written values": lambda b, r: check_spans_point_at_the_written_values(
            b
        ),
        "spans sorted, disjoint, known types": lambda b, r: (
            check_spans_sorted_and_disjoint_with_known_types(r, module)
        ),
        "row shape and ids": lambda b, r: check_row_shape_and_ids(r, family),
        "deterministic": lambda b, r: check_deterministic_per_seed_and_index(module, family),
        "every layout produced and new": lambda b, r: check_every_layout_produced_and_new(
            r, module, layouts, earlier
        ),
        "every type present": lambda b, r: check_every_type_present(r, module),
        "mistyped about ten percent": lambda b, r: check_mistyped_share(r, sorted(MISTYPABLE)),
        "unicode tricks in about ten percent of rows": lambda b, r: (
            check_unicode_tricks_in_about_ten_percent_of_rows(r)
        ),
        "allow-list covers recipient contacts": lambda b, r: (
            check_allow_list_covers_recipient_contacts(r, module)
        ),
    }
