"""The text builder: a letter's text with its labelled spans, and the pieces (names, addresses,
identifiers) written into it."""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Callable

from evaluation.synthetic.uk_pii.identifiers import (
    fmt_card,
    fmt_date,
    fmt_iban,
    fmt_licence,
    fmt_nhs,
    fmt_nino,
    fmt_sort,
)
from evaluation.synthetic.uk_pii.people import Address, Person, _Factory
from evaluation.synthetic.uk_pii.tables import BANKS, ORGS, SERVICES, TOWNS


# --------------------------------------------------------------------------- text builder
class _Text:
    """Appends text and records labelled spans at their exact offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0

    def add(self, s: str) -> _Text:
        self.parts.append(s)
        self.n += len(s)
        return self

    def pii(self, kind: str, value: str) -> _Text:
        self.spans.append({"type": kind, "start": self.n, "end": self.n + len(value)})
        return self.add(value)

    @property
    def text(self) -> str:
        return "".join(self.parts)


class _Letter:
    """Renders one letter for one person; sentence templates use {SLOTS}."""

    def __init__(self, fac: _Factory, me: Person) -> None:
        self.fac, self.rng, self.me = fac, fac.rng, me
        self.t = _Text()
        # other people who may appear
        self.relative = fac.person(adult=self.rng.random() < 0.4)
        self.rel_kind = self._rel_kind(self.relative)
        self.staff_first, self.staff_last, self.staff_female = fac.name()
        self.staff_title = fac.title(self.staff_female)
        self.neighbour = fac.name()
        self.today = fac.date_between(dt.date(2023, 1, 1), dt.date(2025, 12, 31))

    def _rel_kind(self, rel: Person) -> str:
        adult_kinds = [
            "mother",
            "mum",
            "father",
            "dad",
            "husband",
            "wife",
            "partner",
            "brother",
            "sister",
            "nan",
            "grandfather",
            "aunt",
            "uncle",
        ]
        child_kinds = ["son", "daughter", "grandson", "granddaughter", "nephew", "niece"]
        female_kinds = {
            "mother",
            "mum",
            "wife",
            "sister",
            "nan",
            "aunt",
            "daughter",
            "granddaughter",
            "niece",
        }
        adult = rel.dob.year < 2006
        kinds = adult_kinds if adult else child_kinds
        for _ in range(20):
            k = self.rng.choice(kinds)
            if (k in female_kinds) == rel.female or k == "partner":
                return k
        return "partner" if adult else "child"

    # ---------------------------------------------------------------- slot rendering
    def other_date(self) -> str:
        d = self.fac.date_between(
            self.today - dt.timedelta(days=400), self.today + dt.timedelta(days=60)
        )
        return fmt_date(d, self.rng)

    def amount(self) -> str:
        r = self.rng.random()
        if r < 0.4:
            return f"£{self.rng.randint(20, 900)}"
        if r < 0.8:
            return f"£{self.rng.randint(1, 12)},{self.rng.randint(0, 999):03d}.{self.rng.randint(0, 99):02d}"
        return f"£{self.rng.randint(5, 400)}.{self.rng.randint(0, 99):02d}"

    def digits(self, n: int) -> str:
        return str(self.rng.randint(1, 9)) + "".join(
            self.rng.choice(string.digits) for _ in range(n - 1)
        )

    def render(self, template: str) -> None:
        """Render a template: {SLOT} for labelled values, {slot} for distractors."""
        i = 0
        while i < len(template):
            j = template.find("{", i)
            if j < 0:
                self.t.add(template[i:])
                return
            self.t.add(template[i:j])
            k = template.index("}", j)
            self.slot(template[j + 1 : k])
            i = k + 1

    def slot(self, name: str) -> None:
        me, rng, t = self.me, self.rng, self.t
        rel = self.relative
        simple: dict[str, Callable[[], tuple[str, str] | str]] = {
            "NAME": lambda: ("PERSON", me.full),
            "FIRST": lambda: ("PERSON", me.first),
            "LAST": lambda: ("PERSON", me.last),
            "NINO": lambda: ("UK_NINO", fmt_nino(me.nino, rng)),
            "NHS": lambda: ("UK_NHS", fmt_nhs(me.nhs, rng)),
            "REL_NHS": lambda: ("UK_NHS", fmt_nhs(rel.nhs, rng)),
            "REL_NINO": lambda: ("UK_NINO", fmt_nino(rel.nino, rng)),
            "PHONE": lambda: ("PHONE_NUMBER", me.phone),
            "EMAIL": lambda: ("EMAIL_ADDRESS", me.email),
            "DOB": lambda: ("DATE_OF_BIRTH", fmt_date(me.dob, rng)),
            "REL_DOB": lambda: ("DATE_OF_BIRTH", fmt_date(rel.dob, rng)),
            "SORT": lambda: ("UK_SORT_CODE", fmt_sort(me.sort_code, rng)),
            "ACCOUNT": lambda: ("UK_BANK_ACCOUNT", me.account),
            "PASSPORT": lambda: ("UK_PASSPORT", me.passport),
            "LICENCE": lambda: ("UK_DRIVING_LICENCE", fmt_licence(me.licence, rng)),
            "IBAN": lambda: ("IBAN_CODE", fmt_iban(me.iban, rng)),
            "CARD": lambda: ("CREDIT_CARD", fmt_card(me.card, rng)),
            "POSTCODE": lambda: ("UK_POSTCODE", me.address.postcode),
            "TOWN": lambda: ("LOCATION", me.address.town),
            "OTHER_TOWN": lambda: ("LOCATION", rng.choice(TOWNS)[0]),
            "REL_FIRST": lambda: ("PERSON", rel.first),
            "REL_FULL": lambda: ("PERSON", rel.full),
            "REL_LAST": lambda: ("PERSON", rel.last),
            "STAFF_FIRST": lambda: ("PERSON", self.staff_first),
            "STAFF_FULL": lambda: ("PERSON", f"{self.staff_first} {self.staff_last}"),
            "STAFF_LAST": lambda: ("PERSON", self.staff_last),
            "NB_FULL": lambda: ("PERSON", f"{self.neighbour[0]} {self.neighbour[1]}"),
            "NB_FIRST": lambda: ("PERSON", self.neighbour[0]),
            # distractors (not labelled)
            "title": lambda: me.title,
            "rel_title": lambda: self.fac.title(rel.female),
            "staff_title": lambda: self.staff_title,
            "rel": lambda: self.rel_kind,
            "they": lambda: "she" if rel.female else "he",
            "their": lambda: "her" if rel.female else "his",
            "They": lambda: "She" if rel.female else "He",
            "Their": lambda: "Her" if rel.female else "His",
            "date": self.other_date,
            "today": lambda: fmt_date(self.today, rng, numeric_bias=0.3),
            "amount": self.amount,
            "ref8": lambda: self.digits(8),
            "ref9": lambda: self.digits(9),
            "ref10": lambda: self.digits(10),
            "caseref": lambda: rng.choice(
                [
                    f"CT/{self.today.year}/{self.digits(6)}",
                    f"HB-{self.digits(7)}",
                    f"{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}"
                    f"{self.digits(6)}",
                    f"COMP-{self.today.year}-{self.digits(5)}",
                    f"REF {self.digits(4)}-{self.digits(4)}",
                ]
            ),
            "org": lambda: rng.choice(ORGS),
            "service": lambda: rng.choice(SERVICES),
            "bank": lambda: rng.choice(BANKS),
            "n": lambda: str(rng.randint(2, 12)),
            "age": lambda: str(rng.randint(2, 17)),
            "time": lambda: rng.choice(["9am", "10.30am", "2pm", "11:15", "3.45pm", "14:00"]),
            "helpline": lambda: rng.choice(
                [
                    "0800 328 5644",
                    "0345 600 0723",
                    "0800 169 0310",
                    "0300 123 4567",
                    "0113 222 4404",
                ]
            ),
            "org_email": lambda: rng.choice(
                [
                    "housing@leeds.gov.uk",
                    "enquiries@council.gov.uk",
                    "benefits@bradford.gov.uk",
                    "complaints@housingtrust.org.uk",
                ]
            ),
        }
        if name in simple:
            v = simple[name]()
            if isinstance(v, tuple):
                t.pii(*v)
            else:
                t.add(v)
            return
        if name == "ADDRESS_INLINE":
            self.address_inline(me.address)
        elif name == "ADDRESS_BLOCK":
            self.address_block(me.address)
        elif name == "REL_ADDRESS_INLINE":
            self.address_inline(rel.address)
        elif name == "STREET":
            t.pii("STREET_ADDRESS", self.street_line(me.address, inline=True))
        else:  # pragma: no cover - template typo
            raise KeyError(name)

    def street_line(self, a: Address, *, inline: bool) -> str:
        sep = ", " if inline else "\n"
        parts = []
        if a.flat:
            parts.append(a.flat)
        if a.house:
            parts.append(a.house)
        street = f"{a.number} {a.street}" if a.number else a.street
        parts.append(street)
        if inline and a.flat and not a.house and self.rng.random() < 0.4:
            return f"{a.flat} {street}" if self.rng.random() < 0.5 else sep.join(parts)
        return sep.join(parts)

    def address_inline(self, a: Address) -> None:
        t, rng = self.t, self.rng
        t.pii("STREET_ADDRESS", self.street_line(a, inline=True))
        if a.locality and rng.random() < 0.6:
            t.add(", ").pii("LOCATION", a.locality)
        t.add(", ").pii("LOCATION", a.town)
        t.add(rng.choice([" ", ", ", " "])).pii("UK_POSTCODE", self._pc(a.postcode))

    def _pc(self, pc: str) -> str:
        r = self.rng.random()
        if r < 0.05:
            return pc.replace(" ", "")
        return pc

    def address_block(self, a: Address) -> None:
        t, rng = self.t, self.rng
        t.pii("STREET_ADDRESS", self.street_line(a, inline=False))
        if a.locality:
            t.add("\n").pii("LOCATION", a.locality)
        town = a.town.upper() if rng.random() < 0.2 else a.town
        if rng.random() < 0.25 and not a.county:
            t.add("\n").pii("LOCATION", town).add(" ").pii("UK_POSTCODE", a.postcode)
            return
        t.add("\n").pii("LOCATION", town)
        if a.county:
            t.add("\n").pii("LOCATION", a.county)
        t.add("\n").pii("UK_POSTCODE", self._pc(a.postcode))

    def pick(self, options: list[str], k: int | tuple[int, int] = 1) -> list[str]:
        if isinstance(k, tuple):
            k = self.rng.randint(*k)
        return self.rng.sample(options, min(k, len(options)))
