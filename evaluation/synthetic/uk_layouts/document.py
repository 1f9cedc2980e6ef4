"""The document builder: :class:`Doc` collects text and labelled spans; Unicode tricks and
mistyped identifiers are applied here."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from evaluation.synthetic.uk_layouts.values import Address, Org, Person, fmt_date


# --------------------------------------------------------------------------- document builder
def unicode_trick(rng: random.Random, kind: str, value: str) -> str:
    """The value with one Unicode trick inside it, or unchanged if no trick fits it."""
    if kind == "PERSON" and " " in value:
        return value.replace(" ", "\u00a0", 1)  # no-break space between names
    if kind == "UK_POSTCODE" and " " in value:
        return value.replace(" ", "\u00a0")
    if kind == "UK_SORT_CODE" and len(value) == 8 and value[2] in "- ":
        return "\u202f".join(value.split(value[2]))  # narrow no-break spaces
    if kind in ("UK_NINO", "PHONE_NUMBER"):
        how = rng.choice(["\u200b", "\u00ad", "fullwidth"])  # zero-width space, soft hyphen
        if how == "fullwidth":
            return "".join(
                chr(0xFF10 + int(c)) if c.isascii() and c.isdigit() else c for c in value
            )
        k = rng.randint(1, len(value) - 1)  # never at an edge, so the span stays stripped
        return value[:k] + how + value[k:]
    return value


@dataclass
class Doc:
    """Text built by appending; each span is recorded as its value is appended."""

    rng: random.Random
    trick_pending: bool = False
    lower: bool = False  # text-message style: everything in lower case
    upper: bool = False  # written with caps lock on: everything in capitals
    wrap: int = 0  # OCR style: hard line break at the first space past this column
    noise: bool = False  # OCR style: character confusions, in unlabelled text only
    parts: list[str] = field(default_factory=list)
    spans: list[dict] = field(default_factory=list)
    length: int = 0
    column: int = 0

    def _write(self, text: str, is_value: bool = False) -> None:
        if self.lower:
            text = text.lower()
        if self.upper:
            text = text.upper()
        if self.noise and not is_value:
            confusions = {"l": "|", "m": "rn", "o": "0", "e": "c"}
            text = "".join(
                confusions[c] if c in confusions and self.rng.random() < 0.04 else c for c in text
            )
        if self.wrap:  # replacing a space by a newline keeps a value stripped and in place
            chars = list(text)
            for i, c in enumerate(chars):
                if c == " " and self.column >= self.wrap:
                    chars[i] = "\n"
                self.column = 0 if chars[i] == "\n" else self.column + 1
            text = "".join(chars)
        self.parts.append(text)
        self.length += len(text)

    def add(self, *texts: str) -> Doc:
        for text in texts:
            self._write(text)
        return self

    def ent(self, kind: str, value: str, mistyped: bool = False) -> Doc:
        value = value.lower() if self.lower else value.upper() if self.upper else value
        if self.trick_pending and self.rng.random() < 0.5:
            tricked = unicode_trick(self.rng, kind, value)
            self.trick_pending, value = tricked == value, tricked
        assert value and value == value.strip(), (kind, value)
        start = self.length
        self._write(value, is_value=True)
        self.spans.append(
            {"type": kind, "start": start, "end": self.length}
            | ({"mistyped": True} if mistyped else {})
        )
        return self

    def ident(self, kind: str, value: tuple[str, bool]) -> Doc:
        return self.ent(kind, *value)

    def name(self, p: Person, style: str = "full") -> Doc:
        if style.startswith("title_"):  # the title is written but never part of the span
            self.add(p.title + " ")
        return self.ent(
            "PERSON",
            {
                "full": p.full,
                "title_full": p.full,
                "first": p.first,
                "title_surname": p.last,
                "title_initial": f"{p.first[0]}. {p.last}",
                "initial": f"{p.first[0]} {p.last}",
                "surname_first": f"{p.last}, {p.first}",
            }[style],
        )

    def dob(self, p: Person, welsh: bool = False) -> Doc:
        return self.ent("DATE_OF_BIRTH", fmt_date(self.rng, p.dob, welsh))

    def address_lines(self, a: Address, indent: str = "", joined: bool | None = None) -> Doc:
        """One line per part; town and postcode often share a line ("Leeds LS6 2AB")."""
        joined = self.rng.random() < 0.3 if joined is None else joined
        self.add(indent).ent("STREET_ADDRESS", a.street("\n" + indent))
        for loc in a.locations:
            self.add("\n" + indent).ent("LOCATION", loc)
        return self.add(" " if joined else "\n" + indent).ent("UK_POSTCODE", a.postcode).add("\n")

    def address_inline(self, a: Address, postcode: bool = True) -> Doc:
        self.ent("STREET_ADDRESS", a.street(", "))
        for loc in a.locations:
            self.add(", ").ent("LOCATION", loc)
        if postcode:
            self.add(self.rng.choice([", ", " ", ". "])).ent("UK_POSTCODE", a.postcode)
        return self

    def org_block(self, o: Org, helpline: bool = True) -> Doc:
        self.add(o.name + "\n")
        for line in o.lines:
            self.ent("ORGANIZATION", line).add("\n")
        return self.add("Tel: ").ent("ORGANIZATION", o.helpline).add("\n") if helpline else self

    def text(self) -> str:
        return "".join(self.parts)
