"""Invented people and their addresses, from one seeded factory (Faker names by locale)."""

from __future__ import annotations

import datetime as dt
import random
import string
from dataclasses import dataclass, field

from faker import Faker

from evaluation.synthetic.uk_pii.identifiers import (
    _ascii,
    driving_licence,
    gb_iban,
    luhn_complete,
    nhs_number,
    nino,
    postcode,
)
from evaluation.synthetic.uk_pii.tables import (
    BLOCK_NAMES,
    COUNTIES,
    EMAIL_DOMAINS,
    HOUSE_NAMES,
    LOCALITIES,
    NAME_LOCALES,
    STREET_STEMS,
    STREET_SUFFIXES,
    SUFFIXLESS_STREETS,
    TOWNS,
)


# --------------------------------------------------------------------------- people
@dataclass
class Address:
    flat: str | None
    house: str | None
    number: str | None
    street: str
    locality: str | None
    town: str
    county: str | None
    postcode: str


@dataclass
class Person:
    first: str
    last: str
    middle: str
    female: bool
    title: str
    dob: dt.date
    nino: str
    nhs: str
    phone: str
    email: str
    address: Address
    sort_code: str
    account: str
    passport: str
    licence: str
    iban: str
    card: str
    extra: dict = field(default_factory=dict)

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


class _Factory:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers: dict[str, Faker] = {}
        for i, (loc, _) in enumerate(NAME_LOCALES):
            fk = Faker(loc)
            fk.seed_instance(seed * 1000 + i)
            self.fakers[loc] = fk
        self.gb = self.fakers["en_GB"]

    def faker(self) -> Faker:
        locs, weights = zip(*NAME_LOCALES)
        return self.fakers[self.rng.choices(locs, weights)[0]]

    def name(self, female: bool | None = None) -> tuple[str, str, bool]:
        if female is None:
            female = self.rng.random() < 0.55
        fk = self.faker()
        first = fk.first_name_female() if female else fk.first_name_male()
        last = fk.last_name()
        return first.split()[0], last, female

    def title(self, female: bool) -> str:
        r = self.rng.random()
        if r < 0.05:
            return "Dr"
        if r < 0.07:
            return "Mx"
        if female:
            return self.rng.choice(["Mrs", "Ms", "Miss", "Mrs"])
        return "Mr"

    def date_between(self, start: dt.date, end: dt.date) -> dt.date:
        return start + dt.timedelta(days=self.rng.randint(0, (end - start).days))

    def phone(self) -> str:
        r = self.rng.random()
        while True:
            if r < 0.35:
                value = self.gb.phone_number()
            elif r < 0.6:
                value = self.gb.cellphone_number()
            else:
                digits = (
                    "7"
                    + self.rng.choice("45789")
                    + "".join(self.rng.choice(string.digits) for _ in range(8))
                )
                fmt = self.rng.random()
                if fmt < 0.5:
                    value = f"0{digits[:4]} {digits[4:]}"
                elif fmt < 0.7:
                    value = f"0{digits}"
                elif fmt < 0.85:
                    value = f"+44 {digits[:4]} {digits[4:]}"
                else:
                    value = f"0{digits[:4]} {digits[4:7]} {digits[7:]}"
            national = value.replace("+44(0)", "0").replace("+44", "0")
            n = sum(c.isdigit() for c in national)
            if n in (10, 11):  # Faker occasionally drops a digit
                return value

    def email(self, first: str, last: str) -> str:
        f, l_ = _ascii(first).lower(), _ascii(last).lower().replace("'", "").replace(" ", "")
        r = self.rng.random()
        n = str(self.rng.randint(1, 99)) if self.rng.random() < 0.5 else ""
        if r < 0.3:
            local = f"{f}.{l_}{n}"
        elif r < 0.5:
            local = f"{f[0]}{l_}{n}"
        elif r < 0.65:
            local = f"{f}{l_}{n or self.rng.randint(60, 99)}"
        elif r < 0.8:
            local = f"{f}_{l_}"
        elif r < 0.9:
            local = f"{l_}.{f}{n}"
        else:
            return self.gb.free_email()
        return f"{local}@{self.rng.choice(EMAIL_DOMAINS)}"

    def address(self) -> Address:
        rng = self.rng
        town, area = rng.choice(TOWNS)
        if rng.random() < 0.08:
            street = rng.choice(SUFFIXLESS_STREETS)
        elif rng.random() < 0.3:
            street = f"{self.gb.last_name()} {rng.choice(STREET_SUFFIXES)}"
        elif rng.random() < 0.04:
            street = f"The {rng.choice(['Crescent', 'Green', 'Avenue', 'Drive', 'Grove'])}"
        elif rng.random() < 0.05:
            street = "High Street"
        else:
            street = f"{rng.choice(STREET_STEMS)} {rng.choice(STREET_SUFFIXES)}"
        flat = house = None
        number: str | None = str(
            rng.choice([rng.randint(1, 30), rng.randint(1, 120), rng.randint(1, 300)])
        )
        r = rng.random()
        if r < 0.06:
            number += rng.choice("ab")
        if r < 0.2:
            flat = rng.choice(
                [
                    f"Flat {rng.randint(1, 40)}",
                    f"Flat {rng.randint(1, 9)}{rng.choice('ABCD')}",
                    f"Apartment {rng.randint(1, 120)}",
                    rng.choice(["Ground Floor Flat", "First Floor Flat", "Top Floor Flat"]),
                ]
            )
            if rng.random() < 0.35:
                house, number = rng.choice(BLOCK_NAMES), (number if rng.random() < 0.4 else None)
        elif r < 0.28:
            house, number = rng.choice(HOUSE_NAMES), None
        locality = rng.choice(LOCALITIES) if rng.random() < 0.3 else None
        county = rng.choice(COUNTIES) if rng.random() < 0.15 else None
        return Address(flat, house, number, street, locality, town, county, postcode(area, rng))

    def person(self, female: bool | None = None, adult: bool = True) -> Person:
        rng = self.rng
        first, last, female = self.name(female)
        middle = self.name(female)[0] if rng.random() < 0.3 else ""
        dob = (
            self.date_between(dt.date(1936, 1, 1), dt.date(2005, 12, 31))
            if adult
            else self.date_between(dt.date(2008, 1, 1), dt.date(2023, 6, 30))
        )
        sort_code = "".join(rng.choice(string.digits) for _ in range(6))
        account = "".join(rng.choice(string.digits) for _ in range(8))
        card_prefix = rng.choice(["4", "4", "51", "52", "53", "54", "55"])
        return Person(
            first=first,
            last=last,
            middle=middle,
            female=female,
            title=self.title(female),
            dob=dob,
            nino=nino(rng),
            nhs=nhs_number(rng),
            phone=self.phone(),
            email=self.email(first, last),
            address=self.address(),
            sort_code=sort_code,
            account=account,
            passport="".join(rng.choice(string.digits) for _ in range(9)),
            licence=driving_licence(last, first, middle, dob, female, rng),
            iban=gb_iban(sort_code, account, rng),
            card=luhn_complete(card_prefix, 16, rng),
        )
