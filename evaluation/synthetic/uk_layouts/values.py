"""The invented values a layout writes: people, addresses, organisations, dates, identifiers
(:class:`Values` draws them from one family's half of the tables)."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from evaluation.synthetic.uk_layouts.tables import (
    _CULTURE_WEIGHTS,
    _EMAIL_DOMAINS,
    _FILLERS,
    _LANDLINES,
    _MONTHS,
    _REGION_WEIGHTS,
    _TABLE_HALF,
    _TEAM_SALUTATIONS,
    _WELSH_MONTHS,
    MISTYPE_RATE,
    NINO_NEVER_ISSUED,
    _tables,
)


# --------------------------------------------------------------------------- values
@dataclass
class Person:
    first: str
    last: str
    gender: str  # f / m
    title: str
    dob: date
    culture: str
    middle_initial: str | None = None

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Address:
    street_lines: list[str]  # ["Flat 3", "12 Acacia Road"] -> ONE STREET_ADDRESS span
    district: str | None  # district, town and county as written: one LOCATION span each
    town: str
    county: str | None
    postcode: str

    @property
    def locations(self) -> list[str]:
        return [loc for loc in (self.district, self.town, self.county) if loc]

    def street(self, sep: str = ", ") -> str:
        return sep.join(self.street_lines)


class Org(NamedTuple):
    name: str
    team: str
    lines: list[str]
    helpline: str
    mailbox: str


def _ascii(text: str) -> str:
    """Letters folded to ASCII for emails and licence numbers (Ł does not decompose in NFKD)."""
    text = text.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and c.isalpha())


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def fmt_date(rng: random.Random, d: date, welsh: bool = False) -> str:
    """A date as people write it - the same styles for DOBs and distractors, so style is no cue."""
    if welsh:
        return rng.choice([f"{d.day} {_WELSH_MONTHS[d.month - 1]} {d.year}", f"{d:%d/%m/%Y}"])
    month = _MONTHS[d.month - 1]
    return rng.choice(
        [
            f"{d:%d/%m/%Y}",
            f"{d:%d.%m.%y}",
            f"{d.day} {month} {d.year}",
            f"{_ordinal(d.day)} {month} {d.year}",
            f"{d:%Y-%m-%d}",
            f"{d:%d-%m-%Y}",
            f"{month} {d.day}, {d.year}",
            f"{d.day} {month[:3]} {d.year}",
            f"{d.day}/{d.month}/{d.year}",
        ]
    )


def _digits(rng: random.Random, k: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


class Values:
    """Value generators for one row, drawing on one family's half of the tables."""

    def __init__(self, rng: random.Random, family: str) -> None:
        self.rng, self.family, self.t = rng, family, _tables(_TABLE_HALF[family])

    def person(
        self,
        culture: str | None = None,
        gender: str | None = None,
        surname: str | None = None,
        child: bool = False,
    ) -> Person:
        rng, weights = self.rng, _CULTURE_WEIGHTS
        culture = culture or rng.choices(list(weights), list(weights.values()))[0]
        pool = [f for f in self.t.first[culture] if gender is None or f[1] in (gender, "x")]
        first, g = rng.choice(pool)
        g = gender or (g if g != "x" else rng.choice("fm"))
        if surname is None:  # mostly the same culture; mixed families and marriages otherwise
            other = culture if rng.random() < 0.8 else rng.choice(list(self.t.surnames))
            surname = rng.choice([s for s, sg in self.t.surnames[other] if sg in ("x", g)])
        titles = (["Mrs", "Ms", "Miss"] * 2 if g == "f" else ["Mr"] * 5) + ["Dr", "Mx", "Cllr"]
        title = ("Miss" if g == "f" else "Master") if child else rng.choice(titles)
        dob = (
            date(2006, 1, 1) + timedelta(rng.randrange(6000))
            if child
            else date(1932, 1, 1) + timedelta(rng.randrange(26000))
        )
        middle = rng.choice("ACEJLMRS") if rng.random() < 0.4 else None
        return Person(first, surname, g, title, dob, culture, middle)

    def relatives(self, lead: Person, k: int, child_share: float) -> list[Person]:
        """Up to k people with the lead's surname and culture, no two with one first name."""
        people = [lead]
        for _ in range(10 * k):
            if len(people) > k:
                break
            p = self.person(lead.culture, surname=lead.last, child=self.rng.random() < child_share)
            if p.first not in {q.first for q in people}:
                people.append(p)
        return people[1:]

    def address(self, region: str | None = None, casual: bool = False) -> Address:
        rng = self.rng
        region = region or rng.choices(list(_REGION_WEIGHTS), list(_REGION_WEIGHTS.values()))[0]
        town = rng.choice(self.t.towns[region])
        district, outward = rng.choice(town.places)
        table = "E" if region == "N" else region  # NI streets come from the English list
        street, number = rng.choice(self.t.streets[table]), f"{rng.randint(1, 240)}"
        number += "A" if rng.random() < 0.06 else ""
        kind = rng.random()
        if region == "S" and kind < 0.45:  # tenements: floor/door ("2/1") or Edinburgh "14/3"
            lines = rng.choice(
                [
                    [f"{rng.randint(0, 4)}/{rng.randint(1, 3)}, {number} {street}"],
                    [f"Flat {rng.randint(0, 3)}/{rng.randint(1, 2)}", f"{number} {street}"],
                    [f"{number}/{rng.randint(1, 9)} {street}"],
                ]
            )
        elif kind < 0.22:
            unit = rng.choice(["Flat", "Flat", "Apartment", "Unit", "Room"])
            unit = (
                rng.choice(["Basement Flat", "Top Floor Flat"])
                if kind < 0.03
                else f"{unit} {rng.randint(1, 40)}{rng.choice(['', '', 'B'])}"
            )
            lines = [unit, f"{number} {street}"]
        elif kind < 0.34:  # house names, with or without the street
            house = rng.choice(self.t.house_names[table])
            lines = [house] if rng.random() < 0.35 else [f"{house}, {street}"]
        else:
            lines = [f"{number} {street}"]
        return Address(
            lines,
            district if rng.random() < 0.75 else None,
            town.town,
            town.county if rng.random() < 0.35 else None,
            self.postcode(outward, casual),
        )

    def postcode(self, outward: str, casual: bool = False) -> str:
        # inward letters never use C I K M O V
        letters = "".join(self.rng.choices("ABDEFGHJLNPQRSTUWXYZ", k=2))
        code = f"{outward} {self.rng.randint(0, 9)}{letters}"
        if casual and self.rng.random() < 0.6:  # typed in a hurry: no space and/or lower case
            return self.rng.choice(
                [code.replace(" ", ""), code.lower(), code.replace(" ", "").lower()]
            )
        return code

    def phone(self, mobile: bool | None = None) -> str:
        rng, tail = self.rng, _digits(self.rng, 3)
        if mobile if mobile is not None else rng.random() < 0.6:
            return rng.choice(
                [
                    f"07700 900{tail}",
                    f"07700900{tail}",
                    f"+44 7700 900{tail}",
                    f"+44 (0)7700 900{tail}",
                    f"07700 900 {tail}",
                    f"07700-900-{tail}",
                ]
            )
        return rng.choice(_LANDLINES) + tail

    def phone_styled(self, mobile: bool | None = None) -> str:
        """dev2: a drama-range number written any way people write one - "+44 (0)...",
        "(+44) ...", "0044 ...", split by slashes or dots, area code in brackets or run on."""
        rng, tail = self.rng, _digits(self.rng, 3)
        if mobile if mobile is not None else rng.random() < 0.55:
            groups = rng.choice([["07700", "900", tail], ["07700", "900" + tail]])
        else:
            *head, last = rng.choice(_LANDLINES).lstrip("(").replace(")", "").split()
            groups = [*head, last + tail]
        trunk, rest = groups[0][1:], " ".join(groups[1:])
        return rng.choice(
            [
                " ".join(groups),
                "".join(groups),
                "-".join(groups),
                "/".join(groups),
                ".".join(groups),
                f"{groups[0]} / {''.join(groups[1:])}",
                f"({groups[0]}) {rest}" if groups[0] != "07700" else f"07700 {rest}",
                f"+44 {trunk} {rest}",
                f"+44 (0){trunk} {rest}",
                f"+44 (0) {trunk} {rest}",
                f"(+44) {trunk} {rest}",
                f"0044 {trunk} {rest}",
                f"+44{trunk}{''.join(groups[1:])}",
            ]
        )

    def email(self, p: Person) -> str:
        f, s, yy = _ascii(p.first).lower(), _ascii(p.last).lower(), p.dob.year % 100
        local = self.rng.choice(
            [
                f"{f}.{s}",
                f"{f}{s}{yy:02d}",
                f"{f[0]}{s}",
                f"{f}_{s}",
                f"{s}{f[0]}{self.rng.randint(1, 99)}",
                f"{f}.{s}{p.dob.year}",
            ]
        )
        return f"{local}@{self.rng.choice(_EMAIL_DOMAINS)}"

    # identifiers a citizen may mistype return (text, mistyped)
    def _mistyped(self, may: bool) -> bool:
        return may and self.rng.random() < MISTYPE_RATE

    def nino(self, may_mistype: bool = True) -> tuple[str, bool]:
        rng, bad = self.rng, self._mistyped(may_mistype)
        prefix = "ZZ"
        while prefix in NINO_NEVER_ISSUED:  # HMRC: no D F I Q U V first, nor D F I O Q U V second
            prefix = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        suffix = rng.choice("ABCD")
        if bad and rng.random() < 0.5:
            prefix = rng.choice(sorted(NINO_NEVER_ISSUED) + ["DA", "FE", "QQ", "TO"])
        elif bad:
            suffix = rng.choice("EFGMXZ")
        d = _digits(rng, 6)
        text = rng.choice(
            [
                f"{prefix}{d}{suffix}",
                f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}",
                f"{prefix} {d} {suffix}",
                f"{prefix}{d}{suffix}",
            ]
        )
        return (text.lower() if rng.random() < 0.08 else text), bad

    def nhs(self, may_mistype: bool = True) -> tuple[str, bool]:
        rng, bad = self.rng, self._mistyped(may_mistype)
        check = 10
        while check == 10:  # modulus 11: a remainder giving 10 is never issued
            body = [rng.choice([4, 6, 7])] + [rng.randint(0, 9) for _ in range(8)]
            check = (11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11) % 11
        if bad:
            check = (check + rng.randint(1, 9)) % 10 if check else rng.randint(1, 9)
        s = "".join(map(str, body)) + str(check)
        return rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"]), bad

    def sort_code(self, may_mistype: bool = True) -> tuple[str, bool]:
        rng = self.rng
        if self._mistyped(may_mistype):  # written like a date: 14/03/22, 14.03.22
            sep = rng.choice("/.")
            day, month = rng.randint(1, 28), rng.randint(1, 12)
            return f"{day:02d}{sep}{month:02d}{sep}{_digits(rng, 2)}", True
        bank = rng.choice(["20", "30", "40", "60", "77", "83", "09", "07", "11", "23", "04"])
        return rng.choice(["-", "-", " ", ""]).join([bank, _digits(rng, 2), _digits(rng, 2)]), False

    def account(self) -> str:
        s = _digits(self.rng, 8)
        return s if self.rng.random() < 0.8 else f"{s[:4]} {s[4:]}"

    def passport(self) -> str:
        return str(self.rng.randint(100_000_000, 999_999_999))

    def licence(self, p: Person) -> str:
        """DVLA: surname (5, padded with 9), decade, month (+50 for women), day, year digit,
        two initials (padded with 9), 9, two check letters."""
        sur = _ascii(p.last).upper()
        sur = "MC" + sur[3:] if sur.startswith("MAC") else sur
        y, month = f"{p.dob.year % 100:02d}", p.dob.month + (50 if p.gender == "f" else 0)
        checks = "".join(self.rng.choices("ABCDEFGHJKLMNPRSTUWXYZ", k=2))
        text = (
            f"{(sur + '99999')[:5]}{y[0]}{month:02d}{p.dob.day:02d}{y[1]}"
            f"{_ascii(p.first)[0].upper()}{p.middle_initial or '9'}9{checks}"
        )
        return text if self.rng.random() < 0.8 else f"{text[:5]} {text[5:11]} {text[11:]}"

    # distractors and organisations
    def ref(self) -> str:
        k = self.rng.choice([8, 9, 10])
        return str(self.rng.randint(10 ** (k - 1), 10**k - 1))

    def other_date(self) -> str:
        return fmt_date(self.rng, date(2023, 1, 1) + timedelta(self.rng.randrange(900)))

    def filler(self, k: int = 1) -> str:
        rng = self.rng
        return " ".join(
            rng.choice(_FILLERS).format(
                ref=self.ref(),
                date=self.other_date(),
                month=rng.choice(_MONTHS),
                money=f"{rng.randint(5, 2400)}.{rng.randint(0, 99):02d}",
            )
            for _ in range(k)
        )

    def org(self) -> Org:
        name, team, lines, helpline, mailbox = self.rng.choice(self.t.orgs)
        return Org(name, team, lines.split(";"), helpline, mailbox)

    def team(self) -> str:
        return self.rng.choice(_TEAM_SALUTATIONS[self.family])
