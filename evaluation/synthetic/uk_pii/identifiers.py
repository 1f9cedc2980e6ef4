"""UK identifiers made by their official rules (NINO prefixes, NHS mod-11, Luhn, IBAN mod-97,
DVLA licence layout, postcodes) and written the ways people write them."""

from __future__ import annotations

import datetime as dt
import random
import string
import unicodedata

from evaluation.synthetic.uk_pii.tables import (
    _INWARD_LETTERS,
    _NINO_BAD,
    _NINO_FIRST,
    _NINO_SECOND,
    MONTHS,
)


# --------------------------------------------------------------------------- identifiers
def nhs_number(rng: random.Random) -> str:
    """Ten digits with a valid NHS mod-11 check digit (never the invalid check value 10)."""
    while True:
        digits = [rng.choice("4567")] + [rng.choice(string.digits) for _ in range(8)]
        total = sum(int(d) * w for d, w in zip(digits, range(10, 1, -1)))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            return "".join(digits) + str(check)


def nino(rng: random.Random) -> str:
    while True:
        prefix = rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND)
        if prefix not in _NINO_BAD:
            break
    return prefix + "".join(rng.choice(string.digits) for _ in range(6)) + rng.choice("ABCD")


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def gb_iban(sort_code: str, account: str, rng: random.Random) -> str:
    bank = "".join(rng.choice(string.ascii_uppercase) for _ in range(4))
    bban = bank + sort_code + account
    rearranged = bban + "GB00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(numeric) % 97
    return f"GB{check:02d}{bban}"


def driving_licence(
    last: str, first: str, middle: str, dob: dt.date, female: bool, rng: random.Random
) -> str:
    letters = "".join(c for c in _ascii(last).upper() if c.isalpha())
    if letters.startswith("MAC"):
        letters = "MC" + letters[3:]
    surname = (letters[:5] + "99999")[:5]
    month = dob.month + (50 if female else 0)
    initials = (_ascii(first)[:1] + (_ascii(middle)[:1] if middle else "9")).upper()
    check = "".join(rng.choice(string.ascii_uppercase) for _ in range(2))
    return (
        f"{surname}{str(dob.year)[2]}{month:02d}{dob.day:02d}{str(dob.year)[3]}{initials}9{check}"
    )


def postcode(area: str, rng: random.Random) -> str:
    if area in ("E", "N", "W", "SE", "SW", "NW") and rng.random() < 0.15:
        district = (
            f"{rng.randint(1, 2)}{rng.choice('ABCDEFGHJKPSTUW')}"
            if len(area) == 1
            else f"{rng.randint(1, 1)}{rng.choice('AEHMNPRVWXY')}"
        )
    elif len(area) == 1:
        district = str(rng.randint(1, 40))
    else:
        district = str(rng.randint(1, 29))
    return (
        f"{area}{district} {rng.randint(0, 9)}{rng.choice(_INWARD_LETTERS)}"
        f"{rng.choice(_INWARD_LETTERS)}"
    )


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


# --------------------------------------------------------------------------- formats
def fmt_nino(v: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        out = v
    elif r < 0.8:
        out = f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"
    elif r < 0.9:
        out = f"{v[:2]} {v[2:8]} {v[8]}"
    else:
        out = f"{v[:2]}-{v[2:4]}-{v[4:6]}-{v[6:8]}-{v[8]}"
    return out.lower() if rng.random() < 0.05 else out


def fmt_nhs(v: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.6:
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    if r < 0.9:
        return v
    return f"{v[:3]}-{v[3:6]}-{v[6:]}"


def fmt_sort(v: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.75:
        return f"{v[:2]}-{v[2:4]}-{v[4:]}"
    if r < 0.95:
        return f"{v[:2]} {v[2:4]} {v[4:]}"
    return v


def fmt_iban(v: str, rng: random.Random) -> str:
    if rng.random() < 0.6:
        return " ".join(v[i : i + 4] for i in range(0, len(v), 4))
    return v


def fmt_card(v: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.6:
        return " ".join(v[i : i + 4] for i in range(0, 16, 4))
    if r < 0.8:
        return "-".join(v[i : i + 4] for i in range(0, 16, 4))
    return v


def fmt_licence(v: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.7:
        return v
    if r < 0.9:
        return f"{v[:5]} {v[5:11]} {v[11:]}"
    return f"{v} {rng.randint(10, 99)}"


def fmt_date(d: dt.date, rng: random.Random, *, numeric_bias: float = 0.5) -> str:
    r = rng.random()
    day = d.day
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    if r < numeric_bias * 0.6:
        return f"{day:02d}/{d.month:02d}/{d.year}"
    if r < numeric_bias * 0.75:
        return f"{day}/{d.month}/{d.year}"
    if r < numeric_bias * 0.85:
        return f"{day:02d}.{d.month:02d}.{d.year}"
    if r < numeric_bias * 0.93:
        return f"{day:02d}-{d.month:02d}-{d.year}"
    if r < numeric_bias:
        return f"{day:02d}/{d.month:02d}/{str(d.year)[2:]}"
    r2 = rng.random()
    month = MONTHS[d.month - 1]
    if r2 < 0.55:
        return f"{day} {month} {d.year}"
    if r2 < 0.75:
        return f"{day}{suffix} {month} {d.year}"
    if r2 < 0.85:
        return f"{day}{suffix} of {month} {d.year}"
    if r2 < 0.95:
        return f"{day} {month[:3]} {d.year}"
    return f"{month} {day}, {d.year}"
