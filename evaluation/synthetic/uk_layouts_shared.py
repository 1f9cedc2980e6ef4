# Over 500 lines: the blind families' one shared machinery (tables, checksummed values, the span
# builder, CLI); split, each family would import half a dozen modules for one document builder.
"""The machinery shared by the single-module blind UK layout families (heldout3 onwards).

Every row these families write is INVENTED data - SYNTHETIC. Each family module
(``uk_layouts_heldout3``, ``uk_layouts_heldout4``, ...) owns its value tables and its layouts;
this module owns what they do not vary, so that a fix to a checksum or to the span builder
reaches every family at once and a new family starts from tested code:

* table parsing (:func:`parse_tables` turns a family's text tables into :class:`Tables`);
* :class:`Values`, the per-row value generators (people, addresses, phones, emails,
  checksummed NHS/CHI numbers, NI numbers, sort codes, accounts, passports, driving licences,
  distractor references, dates and money), drawing from its subclass's ``tables``;
* :class:`Doc3`, the span builder (``Doc`` from uk_layouts/ plus OCR hyphenation and a record of
  each span's intended value; Unicode tricks come from ``unicode_trick`` through ``Doc``);
* small layout helpers (:func:`boxed`, :func:`split_line`, :func:`iso`, :func:`clock_time`, ...);
* :class:`Family`: row ids, the CLI and the allow-list file, identical for every family.

The families' outputs were byte-identical before and after this module was factored out of
them (tests/test_uk_layouts_pinned.py pins their sha256).
"""

from __future__ import annotations

import argparse
import json
import random
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import ClassVar, Generic, NamedTuple, TypeVar

from evaluation.synthetic.uk_layouts.document import Doc
from evaluation.synthetic.uk_layouts.tables import _MONTHS, _WELSH_MONTHS
from evaluation.synthetic.uk_layouts.values import Address, Person

ENTITY_TYPES = (
    "PERSON",
    "STREET_ADDRESS",
    "LOCATION",
    "UK_POSTCODE",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "UK_NINO",
    "UK_NHS",
    "UK_SORT_CODE",
    "UK_BANK_ACCOUNT",
    "UK_PASSPORT",
    "UK_DRIVING_LICENCE",
    "DATE_OF_BIRTH",
)
MISTYPE_RATE = 0.10
NINO_NEVER_ISSUED = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
TODAY = date(2026, 11, 30)


# --------------------------------------------------------------------------- table parsing
def _names(text: str) -> dict[str, list[tuple[str, str]]]:
    """``"culture: names"``; indented lines continue; "_" is a space inside a name; /f /m limit
    gender."""
    out: dict[str, list[tuple[str, str]]] = {}
    culture = ""
    for line in text.strip().splitlines():
        if not line.startswith(" "):
            culture, _, line = line.partition(":")
        for item in line.split():
            name, _, gender = item.replace("_", " ").partition("/")
            out.setdefault(culture, []).append((name, gender or "x"))
    return out


def _csv(text: str) -> list[str]:
    return [s.strip() for s in text.split(",") if s.strip()]


class Town(NamedTuple):
    region: str
    county: str | None
    town: str
    village: bool
    places: tuple[tuple[str | None, str], ...]


def _towns(text: str) -> dict[str, list[Town]]:
    """``region|county|town|places`` entries separated by " / " or new lines; places are outward
    codes or District=CODE; "*" marks a village."""
    out: dict[str, list[Town]] = {}
    for entry in filter(str.strip, text.replace("\n", " / ").split(" / ")):
        region, county, town, items = entry.strip().split("|")
        places = tuple(
            (d, o) if o else (None, d)
            for d, _, o in (item.partition("=") for item in items.split(";"))
        )
        out.setdefault(region, []).append(
            Town(region, county or None, town.rstrip("*"), town.endswith("*"), places)
        )
    return out


class Org(NamedTuple):
    name: str
    team: str
    lines: list[str]
    phone: str
    mailbox: str


def _rows(text: str) -> list[list[str]]:
    return [line.split("|") for line in text.strip().splitlines()]


def orgs(text: str) -> list[Org]:
    """Recipient organisations: ``name|team|address lines (;)|helpline|mailbox`` per line."""
    return [Org(n, t, a.split(";"), p, m) for n, t, a, p, m in _rows(text)]


def third_parties(text: str) -> list[Org]:
    """Third parties (no team): ``name|address lines (;)|phone|mailbox`` per line."""
    return [Org(n, "", a.split(";"), p, m) for n, a, p, m in _rows(text)]


@dataclass(frozen=True)
class Tables:
    """One family's value tables, parsed."""

    first_names: dict[str, list[tuple[str, str]]]
    surnames: dict[str, list[tuple[str, str]]]
    culture_weights: dict[str, int]
    streets: dict[str, list[str]]
    house_names: dict[str, list[str]]
    towns: dict[str, list[Town]]
    region_weights: dict[str, int]
    orgs: list[Org]
    email_domains: list[str]
    landlines: list[str]
    mistype_rate: float = MISTYPE_RATE


def parse_tables(
    *,
    first: str,
    surnames: str,
    culture_weights: dict[str, int],
    streets: dict[str, str],
    house_names: dict[str, str],
    towns: str,
    region_weights: dict[str, int],
    orgs_text: str,
    email_domains: list[str],
    landlines: list[str],
) -> Tables:
    return Tables(
        first_names=_names(first),
        surnames=_names(surnames),
        culture_weights=culture_weights,
        streets={r: _csv(s) for r, s in streets.items()},
        house_names={r: _csv(s) for r, s in house_names.items()},
        towns=_towns(towns),
        region_weights=region_weights,
        orgs=orgs(orgs_text),
        email_domains=email_domains,
        landlines=landlines,
    )


def tables_from(namespace: dict) -> Tables:
    """A family's tables parsed from its module's conventional names (``_FIRST``, ``_SURNAMES``,
    ``_CULTURE_WEIGHTS``, ``_STREETS``, ``_HOUSE_NAMES``, ``_TOWNS``, ``_REGION_WEIGHTS``,
    ``_ORGS``, ``_EMAIL_DOMAINS``, ``_LANDLINES``): call it with ``globals()``."""
    keys = "first surnames culture_weights streets house_names towns region_weights orgs_text"
    names = "FIRST SURNAMES CULTURE_WEIGHTS STREETS HOUSE_NAMES TOWNS REGION_WEIGHTS ORGS"
    kw = {k: namespace[f"_{n}"] for k, n in zip(keys.split(), names.split(), strict=True)}
    return parse_tables(
        **kw, email_domains=namespace["_EMAIL_DOMAINS"], landlines=namespace["_LANDLINES"]
    )


# --------------------------------------------------------------------------- values
def ascii_fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and c.isalpha())


def ordinal(day: int) -> str:
    return (
        f"{day}{'th' if 11 <= day % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"
    )


def fmt_date(rng: random.Random, d: date, welsh: bool = False) -> str:
    """Styles shared by DOBs and distractor dates so the style is no cue."""
    if welsh:
        return rng.choice(
            [
                f"{d.day} {_WELSH_MONTHS[d.month - 1]} {d.year}",
                f"{d.day}/{d.month}/{d.year}",
                f"{d:%d.%m.%Y}",
            ]
        )
    m = _MONTHS[d.month - 1]
    return rng.choice(
        [
            f"{d:%d/%m/%Y}",
            f"{d.day}.{d.month}.{d.year}",
            f"{d:%d/%m/%y}",
            f"{ordinal(d.day)} of {m} {d.year}",
            f"{d.day} {m[:3].upper()} {d.year}",
            f"{d:%d %b %Y}",
            f"{m[:3]} {d.day} {d.year}",
            f"{d.day}-{m[:3]}-{d.year}",
            f"{d:%d %m %Y}",
            f"{ordinal(d.day)} {m}, {d.year}",
            f"{d.day} {m} {d.year}",
            f"{d:%Y/%m/%d}",
        ]
    )


def digits(rng: random.Random, k: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def gendered_surname_pairs(
    surnames: dict[str, list[tuple[str, str]]], female_forms: Callable[[str], Sequence[str]]
) -> dict[str, str]:
    """Each male surname and the first of its ``female_forms`` the table also holds, both ways
    (Abenov and Abenova, Novotný and Novotná, Jónsson and Jónsdóttir)."""
    pairs: dict[str, str] = {}
    for names in surnames.values():
        female = {n for n, g in names if g == "f"}
        for n, g in names:
            if g != "m":
                continue
            other = next((f for f in female_forms(n) if f in female), None)
            if other:
                pairs[n], pairs[other] = other, n
    return pairs


class Values:
    """Value generators for one row; a family subclasses it to set ``tables``."""

    tables: ClassVar[Tables]
    #: each gendered surname and its other form (see :func:`gendered_surname_pairs`)
    surname_pairs: ClassVar[dict[str, str]] = {}
    #: a parent's age range when their children were born (None: any child's age)
    parent_age_at_birth: ClassVar[tuple[int, int] | None] = None
    #: a culture with many surnames, for a former surname when p's own offers no other
    former_name_culture: ClassVar[str] = ""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    # people
    def person(
        self,
        culture: str | None = None,
        gender: str | None = None,
        surname: str | None = None,
        child: bool = False,
        born: tuple[int, int] | None = None,
    ) -> Person:
        rng = self.rng
        weights = self.tables.culture_weights
        culture = culture or rng.choices(list(weights), list(weights.values()))[0]
        pool = [
            f for f in self.tables.first_names[culture] if gender is None or f[1] in (gender, "x")
        ]
        first, g = rng.choice(pool)
        g = gender or (g if g != "x" else rng.choice("fm"))
        if surname is None:
            surnames = self.tables.surnames
            other = culture if rng.random() < 0.75 else rng.choice(list(surnames))
            surname = rng.choice([s for s, sg in surnames[other] if sg in ("x", g)])
        titles = (["Mrs", "Ms", "Miss"] * 2 if g == "f" else ["Mr"] * 5) + ["Dr", "Mx", "Cllr"]
        lo, hi = born or ((2010, 2022) if child else (1931, 2005))
        dob = date(lo, 1, 1) + timedelta(rng.randrange((date(hi, 12, 31) - date(lo, 1, 1)).days))
        title = ("Miss" if g == "f" else "Master") if child else rng.choice(titles)
        middle = rng.choice("ABDFHJKMNRTW") if rng.random() < 0.3 else None
        return Person(first, surname, g, title, dob, culture, middle)

    def kin(
        self,
        p: Person,
        gender: str | None = None,
        child: bool = False,
        born: tuple[int, int] | None = None,
    ) -> Person:
        """A relative with p's surname, in its other gendered form (``surname_pairs``) for a
        relative of the other sex: a sister of Nurlan Abenov is Abenova."""
        for _ in range(20):
            q = self.person(p.culture, gender, p.last, child, born)
            if q.first != p.first:
                break
        if q.gender != p.gender and p.last in self.surname_pairs:
            return replace(q, last=self.surname_pairs[p.last])
        return q

    def partner(self, p: Person) -> Person:
        """A spouse or partner of the other sex: half share p's surname, half keep their own."""
        g = "m" if p.gender == "f" else "f"
        born = (p.dob.year - 8, min(p.dob.year + 8, 2005))
        if self.rng.random() < 0.5:
            return self.kin(p, gender=g, born=born)
        return self.person(gender=g, born=born)

    def children(
        self, p: Person, n: int, born: tuple[int, int] | None = None, taken: str = ""
    ) -> list[Person]:
        """``n`` children sharing p's surname, none with a sibling's (or ``taken``) first name,
        born (unless ``born`` says otherwise) when p was ``parent_age_at_birth``."""
        if born is None and self.parent_age_at_birth is not None:
            youngest, oldest = self.parent_age_at_birth
            hi = min(p.dob.year + oldest, 2025)
            born = (min(p.dob.year + youngest, hi), hi)
        out: list[Person] = []
        for _ in range(n):
            for _ in range(20):
                q = self.kin(p, child=True, born=born)
                if q.first not in {o.first for o in out} | {p.first, taken}:
                    break
            out.append(q)
        return out

    # places
    def region(self) -> str:
        """A region drawn by the family's region weights."""
        weights = self.tables.region_weights
        return self.rng.choices(list(weights), list(weights.values()))[0]

    def address(
        self, region: str | None = None, casual: bool = False, village: bool | None = None
    ) -> Address:
        rng = self.rng
        t = self.tables
        region = region or self.region()
        towns = [w for w in t.towns[region] if village is None or w.village == village] or t.towns[
            region
        ]
        town = rng.choice(towns)
        district, outward = rng.choice(town.places)
        street, number = rng.choice(t.streets[region]), str(rng.randint(1, 199))
        if rng.random() < 0.05:
            number += rng.choice("ABC")
        kind = rng.random()
        if (town.village and kind < 0.45) or kind < 0.12:
            house = rng.choice(t.house_names[region])
            lines = [house] if rng.random() < 0.4 else [house, street]
        elif kind < 0.30:
            unit = rng.choice(["Flat", "Flat", "Apt", "Flat", "Maisonette", "Bedsit"])
            lines = rng.choice(
                [
                    [f"{unit} {rng.randint(1, 30)}", f"{number} {street}"],
                    [f"{unit} {rng.randint(1, 9)}{rng.choice('ABCD')}, {number} {street}"],
                    [f"{rng.choice(['Ground', 'First', 'Top'])} Floor Flat", f"{number} {street}"],
                ]
            )
        elif kind < 0.36:
            lines = (
                [f"{number}-{int(number.rstrip('ABC')) + 2} {street}"]
                if number.isdigit()
                else [f"{number} {street}"]
            )
        else:
            lines = [f"{number} {street}"]
        return Address(
            lines,
            district if rng.random() < 0.7 else None,
            town.town,
            town.county if rng.random() < 0.3 else None,
            self.postcode(outward, casual),
        )

    def relatives(self, p: Person, n: int, child: float = 1.0) -> list[Person]:
        """``n`` relatives sharing p's surname (each a child with probability ``child``), no two
        with one first name: a household rarely has two children called the same."""
        out: list[Person] = []
        for _ in range(n):
            is_child = self.rng.random() < child
            for _ in range(20):
                q = self.kin(p, child=is_child)
                if q.first not in {o.first for o in out}:
                    break
            out.append(q)
        return out

    def former_name(self, p: Person) -> str:
        """A surname the person used before, never their current one."""
        for _ in range(20):
            q = self.person(p.culture, p.gender)
            if q.last != p.last:
                return q.last
        return self.person(self.former_name_culture or None).last

    def local(self, region: str, areas: tuple[str, ...]) -> Address:
        """An address in the given postcode areas (the recipient council's own), drawn from the
        region until one falls there."""
        a = self.address(region=region)
        for _ in range(80):
            if a.postcode.startswith(areas):
                break
            a = self.address(region=region)
        return a

    def postcode(self, outward: str, casual: bool = False) -> str:
        letters = "".join(self.rng.choices("ABDEFGHJLNPQRSTUWXYZ", k=2))
        code = f"{outward} {self.rng.randint(0, 9)}{letters}"
        if casual and self.rng.random() < 0.6:
            return self.rng.choice([code.replace(" ", ""), code.lower(), f"{outward}  {code[-3:]}"])
        return code

    # contact
    def phone(self, mobile: bool | None = None) -> str:
        rng, tail = self.rng, digits(self.rng, 3)
        if mobile if mobile is not None else rng.random() < 0.6:
            return rng.choice(
                [
                    f"07700 900{tail}",
                    f"07700900{tail}",
                    f"07700 900 {tail}",
                    f"+44 7700 900{tail}",
                    f"+447700900{tail}",
                    f"0044 7700 900{tail}",
                    f"07700-900{tail}",
                    f"(07700) 900{tail}",
                    f"077009 00{tail}",
                    f"+44 (0) 7700 900 {tail}",
                ]
            )
        head = rng.choice(self.tables.landlines)
        area, rest = head.split(" ", 1)
        return rng.choice(
            [
                f"{head}{tail}",
                f"({area}) {rest}{tail}",
                f"{area}-{rest.replace(' ', '')}{tail}",
                f"{(head + tail).replace(' ', '')}",
                f"+44 {area[1:]} {rest}{tail}",
            ]
        )

    def national_phone(self, mobile: bool | None = None) -> str:
        """A phone as national digits ("07700900123"), for keying, speaking or fixed fields."""
        d = "".join(c for c in self.phone(mobile) if c.isdigit())
        if d.startswith("0044"):
            return "0" + d[4:]
        if d.startswith("440"):  # "+44 (0) 7700 ..."
            return d[2:]
        return "0" + d[2:] if d.startswith("44") else d

    def email(self, p: Person, work: str | None = None) -> str:
        f, s = ascii_fold(p.first).lower(), ascii_fold(p.last).lower()
        if work:
            return f"{f}.{s}@{work}"
        local = self.rng.choice(
            [
                f"{f}.{s}",
                f"{f}{s[:3]}{p.dob.year % 100:02d}",
                f"{f[0]}.{s}",
                f"{s}.{f}",
                f"{f}{self.rng.randint(1, 999)}",
                f"{f}-{s}",
                f"mrs.{s}" if p.gender == "f" else f"{s}{p.dob.year}",
                f"{f}_{s[0]}_{p.dob.year % 100:02d}",
            ]
        )
        return f"{local}@{self.rng.choice(self.tables.email_domains)}"

    # identifiers: (text, mistyped)
    def _bad(self) -> bool:
        return self.rng.random() < self.tables.mistype_rate

    def nino(self) -> tuple[str, bool]:
        rng, bad = self.rng, self._bad()
        prefix = "ZZ"
        while prefix in NINO_NEVER_ISSUED:
            prefix = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        suffix, d = rng.choice("ABCD"), digits(rng, 6)
        how = rng.random()
        if bad and how < 0.35:
            prefix = rng.choice(["GB", "NK", "TN", "BG", "DQ", "FU", "OO"])
        elif bad and how < 0.7:
            suffix = rng.choice("EHKPTZ")
        elif bad:
            d = d[:5]
        text = rng.choice(
            [
                f"{prefix}{d}{suffix}",
                f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}",
                f"{prefix} {d[:2]} {d[2:4]} {d[4:]}{suffix}",
                f"{prefix}-{d}-{suffix}",
                f"{prefix} {d} {suffix}",
                f"{prefix}{d} {suffix}",
            ]
        )
        return (text.lower() if rng.random() < 0.07 else text), bad

    def nhs(self) -> tuple[str, bool]:
        rng, bad = self.rng, self._bad()
        check = 10
        while check == 10:
            body = [rng.choice([4, 6, 9])] + [rng.randint(0, 9) for _ in range(8)]
            check = (11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11) % 11
        if bad:
            check = (check + rng.randint(1, 9)) % 10 if check else rng.randint(1, 9)
        s = "".join(map(str, body)) + str(check)
        return rng.choice(
            [
                f"{s[:3]} {s[3:6]} {s[6:]}",
                s,
                f"{s[:3]} {s[3:6]}{s[6:]}",
                f"{s[:3]}.{s[3:6]}.{s[6:]}",
                f"{s[:3]}  {s[3:6]}  {s[6:]}",
            ]
        ), bad

    def chi(self, p: Person) -> tuple[str, bool]:
        """A Scottish CHI number: DDMMYY of birth, two digits, a sex digit (odd male), mod-11 check."""
        rng, bad = self.rng, self._bad()
        check = 10
        while check == 10:
            sex = rng.choice("13579" if p.gender == "m" else "02468")
            body = f"{p.dob:%d%m%y}{digits(rng, 2)}{sex}"
            check = (11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11) % 11
        if bad:
            check = (check + rng.randint(1, 9)) % 10 if check else rng.randint(1, 9)
        s = body + str(check)
        return rng.choice([s, s, f"{s[:6]} {s[6:]}", f"{s[:6]}-{s[6:]}"]), bad

    def sort_code(self) -> tuple[str, bool]:
        rng = self.rng
        if self._bad():
            if rng.random() < 0.5:
                return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{digits(rng, 2)}", True
            return f"{rng.choice(['20', '40', '60'])}-{digits(rng, 1)}-{digits(rng, 2)}", True
        g = [
            rng.choice(["20", "30", "40", "60", "77", "82", "16", "08", "09", "52", "87"]),
            digits(rng, 2),
            digits(rng, 2),
        ]
        return rng.choice(["-", "-", "", " ", "."]).join(g), False

    def account(self) -> tuple[str, bool]:
        rng, bad = self.rng, self._bad()
        s = digits(rng, 7 if bad else 8)
        return rng.choice(
            [s, s, f"{s[:4]} {s[4:]}", f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", f"{s[:3]} {s[3:]}"]
        ), bad

    def passport(self) -> tuple[str, bool]:
        rng, bad = self.rng, self._bad()
        s = str(
            rng.randint(10_000_000, 99_999_999) if bad else rng.randint(100_000_000, 999_999_999)
        )
        return rng.choice([s, s, f"{s[:3]} {s[3:6]} {s[6:]}"]), bad

    def licence(self, p: Person) -> str:
        sur = ascii_fold(p.last).upper()
        sur = "MC" + sur[3:] if sur.startswith("MAC") else sur
        y, month = f"{p.dob.year % 100:02d}", p.dob.month + (50 if p.gender == "f" else 0)
        checks = "".join(self.rng.choices("ABCDEFGHJKLMNPRSTUWXYZ", k=2))
        text = (
            f"{(sur + '99999')[:5]}{y[0]}{month:02d}{p.dob.day:02d}{y[1]}"
            f"{ascii_fold(p.first)[0].upper()}{p.middle_initial or '9'}9{checks}"
        )
        return self.rng.choice(
            [
                text,
                text,
                f"{text[:5]} {text[5:11]} {text[11:]}",
                f"{text[:5]}-{text[5:11]}-{text[11:]}",
            ]
        )

    # distractors
    def ref(self, k: int | None = None) -> str:
        k = k or self.rng.choice([7, 8, 9, 10, 11])
        return str(self.rng.randint(10 ** (k - 1), 10**k - 1))

    def code(self, k: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") -> str:
        return "".join(self.rng.choices(alphabet, k=k))

    def when(self, lo: int = -400, hi: int = 60, welsh: bool = False) -> str:
        return fmt_date(self.rng, TODAY + timedelta(self.rng.randint(lo, hi)), welsh)

    def money(self, lo: int = 5, hi: int = 900) -> str:
        return f"{self.rng.randint(lo, hi)}.{self.rng.randint(0, 99):02d}"

    def org(self, *keywords: str) -> Org:
        orgs = self.tables.orgs
        pool = [o for o in orgs if any(k in o.name or k in o.team for k in keywords)] or orgs
        # keywords name a team ("Housing") or an organisation ("DWP", "Ceredigion")
        return self.rng.choice(pool)


# --------------------------------------------------------------------------- document builder
@dataclass
class Doc3(Doc):
    """``Doc`` plus OCR hyphenation ("-\\n" splitting a word at the margin, values included) and
    a record of each span's intended value (for the tests)."""

    hyphenate: float = 0.0
    values: list[str] = field(default_factory=list)

    def _write(self, text: str, is_value: bool = False) -> None:
        if not (self.wrap and self.hyphenate):
            return super()._write(text, is_value)
        if self.lower:
            text = text.lower()
        if self.upper:
            text = text.upper()
        if self.noise and not is_value:
            conf = {"l": "1", "m": "rn", "o": "0", "i": "l", "h": "b"}
            text = "".join(conf[c] if c in conf and self.rng.random() < 0.035 else c for c in text)
        out, run = [], 0  # run: letters since the last non-letter
        for i, c in enumerate(text):
            if c == " " and self.column >= self.wrap:
                c = "\n"
            elif (
                c.isalpha()
                and run >= 3
                and self.column >= self.wrap - 4
                and text[i : i + 3].isalpha()
                and len(text[i : i + 3]) == 3
                and self.rng.random() < self.hyphenate
            ):
                out.append("-\n")
                self.column = 0
            out.append(c)
            run = run + 1 if c.isalpha() else 0
            self.column = 0 if c == "\n" else self.column + 1
        text = "".join(out)
        self.parts.append(text)
        self.length += len(text)

    def add(self, *texts: str) -> Doc3:
        super().add(*texts)
        return self

    def ent(self, kind: str, value: str, mistyped: bool = False) -> Doc3:
        self.values.append(value)
        super().ent(kind, value, mistyped)
        return self

    def nm(self, p: Person, style: str = "full") -> Doc3:
        """A name in one of many written forms; titles and pronouns stay outside the span."""
        if style.startswith("title_"):
            self.add(p.title + " ")
            style = style[6:]
        mid = f" {p.middle_initial}." if p.middle_initial else ""
        value = {
            "full": p.full,
            "first": p.first,
            "surname": p.last,
            "middle": f"{p.first}{mid} {p.last}",
            "initial": f"{p.first[0]} {p.last}",
            "initial_dot": f"{p.first[0]}. {p.last}",
            "caps": p.full.upper(),
            "lower": p.full.lower(),
            "surname_caps": f"{p.last.upper()}, {p.first}",
            "bank": f"{p.first[0]} {p.last}".upper(),
            "bank2": f"{p.first[0]}{(' ' + p.middle_initial) if p.middle_initial else ''} "
            f"{p.last}".upper(),
        }[style]
        return self.ent("PERSON", value)

    def dob(self, p: Person, welsh: bool = False) -> Doc3:
        return self.ent("DATE_OF_BIRTH", fmt_date(self.rng, p.dob, welsh))

    def addr_inline(self, a: Address, postcode: bool = True, sep: str = ", ") -> Doc3:
        self.ent("STREET_ADDRESS", a.street(", "))
        for loc in a.locations:
            self.add(sep).ent("LOCATION", loc)
        if postcode:
            self.add(self.rng.choice([sep, " ", "  "])).ent("UK_POSTCODE", a.postcode)
        return self

    def addr_lines(self, a: Address, indent: str = "", joined: bool | None = None) -> Doc3:
        joined = self.rng.random() < 0.3 if joined is None else joined
        self.add(indent).ent("STREET_ADDRESS", a.street("\n" + indent))
        for loc in a.locations:
            self.add(",\n" + indent if self.rng.random() < 0.2 else "\n" + indent).ent(
                "LOCATION", loc
            )
        return self.add(" " if joined else "\n" + indent).ent("UK_POSTCODE", a.postcode).add("\n")

    def block(self, o: Org, phone: bool = True, mailbox: bool = False, name: bool = True) -> Doc3:
        if name:
            self.add(o.name + ("\n" + o.team if o.team else "") + "\n")
        for line in o.lines:
            self.ent("ORGANIZATION", line).add("\n")
        if phone:
            self.add(self.rng.choice(["Tel: ", "T: ", "Phone "])).ent("ORGANIZATION", o.phone).add(
                "\n"
            )
        if mailbox:
            self.add(self.rng.choice(["Email: ", "E: "])).ent("ORGANIZATION", o.mailbox).add("\n")
        return self

    def ident(self, kind: str, value: tuple[str, bool]) -> Doc3:
        return self.ent(kind, value[0], value[1])


def third_party_contact(doc: Doc3, o: Org, sep: str = ", ") -> None:
    """A third party's address on one line, phone and mailbox, all ORGANIZATION."""
    doc.ent("ORGANIZATION", ", ".join(o.lines)).add(sep).ent("ORGANIZATION", o.phone)
    doc.add(sep).ent("ORGANIZATION", o.mailbox)


def recipient_contact(doc: Doc3, o: Org) -> None:
    """The recipient's own helpline and mailbox on one line (allow-listed, ORGANIZATION)."""
    doc.add(f"{o.team}: ").ent("ORGANIZATION", o.phone).add(" / ").ent("ORGANIZATION", o.mailbox)
    doc.add("\n")


def pounds(rng: random.Random, lo: int, hi: int) -> str:
    """A sum in pounds and pence: "£1,234.56"."""
    return f"£{rng.randint(lo, hi):,}.{rng.randint(0, 99):02d}"


#: the landline prefixes Ofcom keeps for drama (no real subscriber has them), one per large
#: area code; a generator adds the last digits
DRAMA_LANDLINES = [
    "0113 496 0",
    "0114 496 0",
    "0115 496 0",
    "0117 496 0",
    "0118 496 0",
    "0121 496 0",
    "0131 496 0",
    "0141 496 0",
    "0151 496 0",
    "0161 496 0",
    "0191 498 0",
    "020 7946 0",
    "028 9649 6",
    "029 2018 0",
    "01632 960",
]


def street_names(stems: str, words: list[str]) -> str:
    """Every stem with every street word after it ("Silly Point Close")."""
    return ", ".join(f"{s} {w}" for s in (x.strip() for x in stems.split(",")) for w in words)


def welsh_street_names(stems: str, words: list[str]) -> str:
    """Every stem with every Welsh street word before it ("Heol y Delyn", "Maes yr Alaw")."""
    return ", ".join(f"{w} {s}" for s in (x.strip() for x in stems.split(",")) for w in words)


def long_date(d: date) -> str:
    """ "3 March 1984"."""
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def days_ago(rng: random.Random, lo: int, hi: int) -> date:
    """A day ``lo`` to ``hi`` days before TODAY."""
    return TODAY - timedelta(rng.randint(lo, hi))


def dmy(d: date) -> str:
    return f"{d:%d/%m/%Y}"


def iso(d: date) -> str:
    return f"{d:%Y-%m-%d}"


def clock_time(rng: random.Random, lo: int = 7, hi: int = 19) -> str:
    """A time of day "hh:mm" with the hour in lo..hi (office hours by default)."""
    return f"{rng.randint(lo, hi):02d}:{rng.randint(0, 59):02d}"


def relation_word(p: Person, child: bool = False) -> str:
    """What p is to a partner or a parent: wife or husband, daughter or son."""
    if child:
        return "daughter" if p.gender == "f" else "son"
    return "wife" if p.gender == "f" else "husband"


def pad_to_column(doc: Doc3, written: int, width: int) -> None:
    """Spaces to the next fixed-width column (at least two)."""
    doc.add(" " * max(2, width - written))


def pron(p: Person) -> tuple[str, str]:
    return ("she", "her") if p.gender == "f" else ("he", "his")


def ext(rng: random.Random) -> str:
    e = rng.randint(1000, 7999) if rng.random() < 0.5 else rng.randint(20, 499)
    return rng.choice([f" ext {e}", f" Ext. {e}", f" (ext. {e})", f" x{e}", f", extension {e}"])


def age(born: date, on: date = TODAY) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def boxed(rng: random.Random, value: tuple[str, bool], six: bool = False) -> tuple[str, bool]:
    """Digits written into a paper form's boxes ("2 | 0 | 4 | 1 | 7 | 3") or spaced out."""
    digits, bad = "".join(c for c in value[0] if c.isdigit()), value[1]
    if six and bad and len(digits) == 6:
        digits = digits[:5]  # a date-like sort code loses a digit in the boxes
    style = rng.random()
    if style < 0.45:
        return " | ".join(digits), bad
    if style < 0.75:
        return " ".join(digits), bad
    if six and len(digits) == 6:
        return " | ".join([digits[:2], digits[2:4], digits[4:]]), bad
    return "  ".join(digits), bad


def split_line(rng: random.Random, value: str) -> str:
    """The value broken over two lines at a space (or after its first two characters)."""
    spaces = [i for i, c in enumerate(value) if c == " "]
    if spaces:
        k = rng.choice(spaces)
        return value[:k] + "\n" + value[k + 1 :]
    k = rng.randint(2, len(value) - 2)
    return value[:k] + "\n" + value[k:]


# --------------------------------------------------------------------------- family
VT = TypeVar("VT", bound=Values)


@dataclass(frozen=True)
class Family(Generic[VT]):
    """One family: its name, layouts (used in turn), value generators and trick rate.

    Row i depends only on (family name, seed, i): its random generator is seeded with
    ``"uklayout/<name>/<seed>/<i>"`` and it uses layout ``(i + seed) % len(layouts)``."""

    name: str
    layouts: Sequence[Callable[[Doc3, VT], None]]
    values: type[VT]
    trick_rate: float  # rows picked for a trick; ~10% end up with one (some have no value it fits)

    @property
    def layout_names(self) -> list[str]:
        return [f.__name__ for f in self.layouts]

    @property
    def allow_list_name(self) -> str:
        return f"allow_list_uk_layouts_{self.name}.txt"

    def organisation_contacts(self) -> list[str]:
        """The recipient organisations' own addresses (lines joined by ", "), helplines and
        mailboxes: the allow-list a deployment would use (``--allow-list`` of ``casework
        evaluate-redaction``)."""
        out = []
        for o in self.values.tables.orgs:
            out += [", ".join(o.lines), o.phone, o.mailbox]
        return out

    def build_row(self, seed: int, i: int) -> tuple[dict, list[str]]:
        """Row i of the set for ``seed`` and the intended value of each span (for tests)."""
        rng = random.Random(f"uklayout/{self.name}/{seed}/{i}")
        func = self.layouts[(i + seed) % len(self.layouts)]
        doc = Doc3(rng, trick_pending=rng.random() < self.trick_rate)
        func(doc, self.values(rng))
        row = {
            "id": f"uklayout-{self.name}-{seed}-{i:05d}-{func.__name__}",
            "text": doc.text(),
            "spans": doc.spans,
            "synthetic": True,
            "family": self.name,
            "layout": func.__name__,
        }
        return row, doc.values

    def generate(self, n: int, seed: int = 0) -> list[dict]:
        """``n`` SYNTHETIC labelled letters; row i depends only on (seed, i)."""
        return [self.build_row(seed, i)[0] for i in range(n)]

    def write_set(self, path: Path, n: int = 1000, seed: int = 0) -> dict:
        """Write the JSONL set and, beside it, the allow-list of the recipients' contacts."""
        rows = self.generate(n, seed)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        (path.parent / self.allow_list_name).write_text(
            "".join(f"{p}\n" for p in self.organisation_contacts()), encoding="utf-8"
        )
        return {
            "path": str(path),
            "rows": len(rows),
            "spans": sum(len(r["spans"]) for r in rows),
            "span_types": dict(Counter(s["type"] for r in rows for s in r["spans"]).most_common()),
        }

    def main(self, argv: list[str] | None = None) -> None:
        parser = argparse.ArgumentParser(
            description=f"Write the SYNTHETIC {self.name} UK layout set."
        )
        parser.add_argument(
            "-o",
            "--output",
            type=Path,
            default=Path(f"var/eval/pii_uk_layouts_{self.name}.jsonl"),
        )
        parser.add_argument("--n", type=int, default=1000)
        parser.add_argument("--seed", type=int, default=0)
        args = parser.parse_args(argv)
        print(
            json.dumps(self.write_set(args.output, args.n, args.seed), indent=2, ensure_ascii=False)
        )
