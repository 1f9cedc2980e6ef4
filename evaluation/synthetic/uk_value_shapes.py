"""The value-shapes grid: every written SHAPE of each UK identifier crossed with every kind of
CONTEXT it appears in, independent of any letter family's layouts. Every row is INVENTED data -
SYNTHETIC.

Row i writes one target type (``TYPES[i % len(TYPES)]``) in one context
(``CONTEXTS[(i // len(TYPES)) % len(CONTEXTS)]``), so every type x context cell fills evenly; the
shape is drawn per row. Values come from :class:`uk_layouts_shared.Values` (valid checksums, ~10%
mistyped) and are re-written here in more shapes (separators, case, digit groups, spoken digits).
Each row also carries unlabelled look-alikes (case references, invoice and claim numbers,
amounts, appointment dates, council tax accounts) that must stay readable, so precision is
measured in the same grid. ``layout`` is ``"<TYPE>|<context>|<shape>"``.

    python -m evaluation.synthetic.uk_value_shapes --n 2000 --seed 0
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from evaluation.synthetic.uk_layouts.values import Person
from evaluation.synthetic.uk_layouts_shared import (
    TODAY,
    Doc3,
    Tables,
    Values,
    ascii_fold,
    fmt_date,
    split_line,
)

FAMILY = "value_shapes"
TYPES = (
    "UK_SORT_CODE",
    "UK_BANK_ACCOUNT",
    "UK_NINO",
    "UK_NHS",
    "PHONE_NUMBER",
    "UK_POSTCODE",
    "EMAIL_ADDRESS",
    "DATE_OF_BIRTH",
    "UK_PASSPORT",
    "UK_DRIVING_LICENCE",
)
CONTEXTS = (
    "label",
    "label_welsh",
    "prose",
    "table_pipe",
    "table_tab",
    "csv",
    "key_value",
    "json",
    "xml",
    "fixed_width",
    "multi",
    "wrapped",
)

_FIRST = [("Aled", "m"), ("Siân", "f"), ("Priya", "f"), ("Tomasz", "m"), ("Grace", "f")]
_FIRST += [("Kwame", "m"), ("Morag", "f"), ("Callum", "m"), ("Yusuf", "m"), ("Niamh", "f")]
_SURNAMES = ["Pritchard", "Okafor", "MacLeod", "Nowak", "Haddad", "Fairbairn", "Evans", "Sandhu"]
_SURNAMES += ["O'Connell", "Whitlock", "Ashworth", "McAllister"]
_OUTWARDS = ["SA1", "CF24", "LL57", "EH6", "G41", "LS6", "M14", "B12", "BS3", "NE6", "SW1A", "E17"]
_OUTWARDS += ["W1T", "DN35", "PL4", "NP20", "KY16", "BT9", "IV2", "TR18"]
_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.co.uk"]
#: Ofcom's drama ranges, landline heads (area code, local head)
_LANDLINES = [("01632", "960"), ("020", "7946 0"), ("0113", "496 0"), ("0161", "496 0")]
_LANDLINES += [("029", "2018 0"), ("0131", "496 0"), ("0117", "496 0"), ("028", "9649 6")]
_PAYEES = ["OCTOPUS ENERGY", "THAMES WATER", "CARDIFF CC RENTS", "HALIFAX MORTGAGES", "EE LTD"]
_WORDS = {"0": "oh", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five"}
_WORDS |= {"6": "six", "7": "seven", "8": "eight", "9": "nine"}


class GridValues(Values):
    """The shared generators with this grid's own small tables (only people, postcodes and
    e-mails need them here)."""

    tables = Tables({}, {}, {}, {}, {}, {}, {}, [], _DOMAINS, [])

    def who(self) -> Person:
        rng = self.rng
        first, g = rng.choice(_FIRST)
        born = date(1938, 1, 1) + timedelta(rng.randrange(365 * 66))
        middle = rng.choice(["A", "J", "M", None, None])
        return Person(first, rng.choice(_SURNAMES), g, "Mx", born, "x", middle)


# --------------------------------------------------------------------------- shapes
Shape = tuple[str, bool, str]  # (text, mistyped, shape name)


def _spoken(rng: random.Random, digits: str) -> str:
    """Digits said aloud: "oh seven seven double oh nine ..."."""
    out, i = [], 0
    while i < len(digits):
        d = digits[i]
        if i + 1 < len(digits) and digits[i + 1] == d and rng.random() < 0.7:
            out.append("double " + _WORDS[d])
            i += 2
            continue
        out.append(_WORDS[d] if d != "0" or rng.random() < 0.8 else "zero")
        i += 1
    return " ".join(out)


def sort_shapes(v: GridValues) -> Shape:
    rng = v.rng
    text, bad = v.sort_code()
    d = "".join(c for c in text if c.isdigit())
    if bad or len(d) != 6:
        return text, bad, "mistyped"
    name, text = rng.choice(
        [
            ("hyphen", f"{d[:2]}-{d[2:4]}-{d[4:]}"),
            ("space", f"{d[:2]} {d[2:4]} {d[4:]}"),
            ("dot", f"{d[:2]}.{d[2:4]}.{d[4:]}"),
            ("slash", f"{d[:2]}/{d[2:4]}/{d[4:]}"),
            ("none", d),
            ("mixed", f"{d[:2]}-{d[2:4]} {d[4:]}"),
            ("en_dash", f"{d[:2]}–{d[2:4]}–{d[4:]}"),
            ("spoken", _spoken(rng, d)),
        ]
    )
    return text, False, name


def account_shapes(v: GridValues) -> Shape:
    rng = v.rng
    text, bad = v.account()
    d = "".join(c for c in text if c.isdigit())
    name, text = rng.choice(
        [
            ("none", d),
            ("four_four", f"{d[:4]} {d[4:]}"),
            ("pairs", " ".join(d[i : i + 2] for i in range(0, len(d), 2))),
            ("hyphen", f"{d[:4]}-{d[4:]}"),
            ("three_rest", f"{d[:3]} {d[3:]}"),
            ("spoken", _spoken(rng, d)),
        ]
    )
    return text, bad, name + ("_mistyped" if bad else "")


def nino_shapes(v: GridValues) -> Shape:
    rng = v.rng
    text, bad = v.nino()
    c = "".join(ch for ch in text if ch.isalnum()).upper()
    p, d, s = c[:2], c[2:-1], c[-1]
    name, text = rng.choice(
        [
            ("none", f"{p}{d}{s}"),
            ("pairs", f"{p} {' '.join(d[i : i + 2] for i in range(0, len(d), 2))} {s}"),
            ("hyphen", f"{p}-{d[:2]}-{d[2:4]}-{d[4:]}-{s}"),
            ("dot", f"{p}.{d[:2]}.{d[2:4]}.{d[4:]}.{s}"),
            ("space_groups", f"{p} {d} {s}"),
            ("mixed", f"{p}{d[:2]} {d[2:4]}-{d[4:]} {s}"),
            ("lower", f"{p}{d}{s}".lower()),
        ]
    )
    return text, bad, name + ("_mistyped" if bad else "")


def nhs_shapes(v: GridValues) -> Shape:
    rng = v.rng
    if rng.random() < 0.3:
        text, bad = v.chi(v.who())
        d = "".join(c for c in text if c.isdigit())
        name, text = rng.choice(
            [
                ("chi_none", d),
                ("chi_six_four", f"{d[:6]} {d[6:]}"),
                ("chi_hyphen", f"{d[:6]}-{d[6:]}"),
            ]
        )
        return text, bad, name
    text, bad = v.nhs()
    d = "".join(c for c in text if c.isdigit())
    name, text = rng.choice(
        [
            ("three_three_four", f"{d[:3]} {d[3:6]} {d[6:]}"),
            ("none", d),
            ("hyphen", f"{d[:3]}-{d[3:6]}-{d[6:]}"),
            ("dot", f"{d[:3]}.{d[3:6]}.{d[6:]}"),
            ("slash", f"{d[:3]}/{d[3:6]}/{d[6:]}"),
            ("mixed", f"{d[:3]} {d[3:6]}-{d[6:]}"),
        ]
    )
    return text, bad, name + ("_mistyped" if bad else "")


def phone_shapes(v: GridValues) -> Shape:
    rng = v.rng
    tail = "".join(str(rng.randint(0, 9)) for _ in range(3))
    if rng.random() < 0.55:
        n = f"07700900{tail}"
        options = [
            ("mob_space", f"{n[:5]} {n[5:]}"),
            ("mob_none", n),
            ("mob_plus44", f"+44 {n[1:5]} {n[5:]}"),
            ("mob_plus44_0", f"+44 (0){n[1:5]} {n[5:]}"),
            ("mob_0044", f"0044 {n[1:5]} {n[5:]}"),
            ("mob_dots", f"{n[:5]}.{n[5:8]}.{n[8:]}"),
            ("mob_hyphen", f"{n[:5]}-{n[5:]}"),
            ("mob_brackets", f"({n[:5]}) {n[5:]}"),
            ("mob_three_groups", f"{n[:5]} {n[5:8]} {n[8:]}"),
            ("mob_spoken", _spoken(rng, n)),
        ]
    else:
        area, head = rng.choice(_LANDLINES)
        rest = f"{head}{tail}"
        flat = f"{area}{rest}".replace(" ", "")
        options = [
            ("land_space", f"{area} {rest}"),
            ("land_none", flat),
            ("land_brackets", f"({area}) {rest}"),
            ("land_plus44_0", f"+44 (0){area[1:]} {rest}"),
            ("land_0044", f"0044 {area[1:]} {rest}"),
            ("land_dots", f"{area}.{rest.replace(' ', '.')}"),
            ("land_hyphen", f"{area}-{rest.replace(' ', '-')}"),
            ("land_ext", f"{area} {rest} ext {rng.randint(20, 7999)}"),
            ("land_spoken", _spoken(rng, flat)),
        ]
    name, text = rng.choice(options)
    return text, False, name


def postcode_shapes(v: GridValues) -> Shape:
    rng = v.rng
    code = v.postcode(rng.choice(_OUTWARDS))
    out, inw = code.split(" ")
    name, text = rng.choice(
        [
            ("standard", code),
            ("none", out + inw),
            ("lower", code.lower()),
            ("double_space", f"{out}  {inw}"),
            ("lower_none", (out + inw).lower()),
        ]
    )
    return text, False, name


def email_shapes(v: GridValues) -> Shape:
    rng = v.rng
    p = v.who()
    f, s = ascii_fold(p.first).lower(), ascii_fold(p.last).lower()
    dom = rng.choice(_DOMAINS)
    name, text = rng.choice(
        [
            ("dot", f"{f}.{s}@{dom}"),
            ("plus", f"{f}+council@{dom}"),
            ("digits", f"{f}{s[:3]}{p.dob.year % 100:02d}@{dom}"),
            ("upper", f"{f}.{s}@{dom}".upper()),
            ("underscore", f"{f}_{s}@{dom}"),
            ("hyphen", f"{f}-{s}@{dom}"),
        ]
    )
    return text, False, name


def dob_shapes(v: GridValues) -> Shape:
    rng = v.rng
    d = v.who().dob
    if rng.random() < 0.25:
        name, text = rng.choice(
            [("iso", f"{d:%Y-%m-%d}"), ("compact", f"{d:%d%m%Y}"), ("hyphen", f"{d:%d-%m-%Y}")]
        )
        return text, False, name
    return fmt_date(rng, d), False, "styled"


def passport_shapes(v: GridValues) -> Shape:
    rng = v.rng
    text, bad = v.passport()
    d = "".join(c for c in text if c.isdigit())
    name, text = rng.choice(
        [
            ("none", d),
            ("three_groups", f"{d[:3]} {d[3:6]} {d[6:]}"),
            ("hyphen", f"{d[:3]}-{d[3:6]}-{d[6:]}"),
            ("gbr_prefix", f"GBR{d}"),
        ]
    )
    return text, bad, name + ("_mistyped" if bad else "")


def licence_shapes(v: GridValues) -> Shape:
    rng = v.rng
    text = v.licence(v.who())
    c = text.replace(" ", "").replace("-", "")
    name, text = rng.choice(
        [
            ("none", c),
            ("groups", f"{c[:5]} {c[5:11]} {c[11:]}"),
            ("hyphen", f"{c[:5]}-{c[5:11]}-{c[11:]}"),
            ("lower", c.lower()),
            ("issue_suffix", f"{c} {rng.randint(10, 99)}"),
        ]
    )
    return text, False, name


@dataclass(frozen=True)
class Kind:
    shapes: Callable[[GridValues], Shape]
    labels: tuple[str, ...]
    welsh: tuple[str, ...]
    keys: tuple[str, ...]
    cues: tuple[str, ...]  # prose, "{}" where the value goes


KINDS: dict[str, Kind] = {
    "UK_SORT_CODE": Kind(
        sort_shapes,
        ("SC", "S/C", "Sort", "Sort code", "Sort Code:", "Bank sort code", "Sortcode", "S.C."),
        ("Cod didoli", "Cod Didoli"),
        ("sortCode", "sort_code", "SortCode", "sc", "bank_sort"),
        (
            "my sort code is {}",
            "the sort code for the account is {} if you need it",
            "please pay into sort code {} thanks",
        ),
    ),
    "UK_BANK_ACCOUNT": Kind(
        account_shapes,
        ("a/c no", "acct", "Acc No.", "A/C", "Account number", "Acct no:", "Bank details:"),
        ("Rhif cyfrif", "Rhif y cyfrif"),
        ("acct_no", "accountNumber", "AccountNumber", "acc", "bank_account"),
        (
            "my account number is {}",
            "the money should go to account {} at my bank",
            "I bank with Halifax, account {}",
        ),
    ),
    "UK_NINO": Kind(
        nino_shapes,
        ("NINo", "NI No", "N.I.", "NI number", "NINO:", "Nat Ins No", "National Insurance"),
        ("Rhif Yswiriant Gwladol", "Rhif YG"),
        ("nino", "niNumber", "NINO", "national_insurance_no"),
        (
            "my national insurance number is {}",
            "her NI is {} I think",
            "quote NI number {} on the form",
        ),
    ),
    "UK_NHS": Kind(
        nhs_shapes,
        ("NHS #", "NHS No", "NHS number:", "CHI", "CHI No", "NHS no.", "Patient NHS"),
        ("Rhif GIG", "Rhif y GIG"),
        ("nhsNumber", "nhs_no", "NHSNumber", "chi_number"),
        (
            "his NHS number is {}",
            "my CHI number is {} according to the GP",
            "the NHS no. they have on file is {}",
        ),
    ),
    "PHONE_NUMBER": Kind(
        phone_shapes,
        ("Tel", "Mob", "T:", "M:", "Ph", "Phone", "Mobile no", "Tel no.", "Home tel"),
        ("Ffôn", "Ffôn symudol", "Rhif ffôn"),
        ("phone", "mobile", "tel_no", "contactNumber", "Telephone"),
        (
            "you can ring me on {} after 5",
            "my mobile is {}",
            "call her on {} any time",
        ),
    ),
    "UK_POSTCODE": Kind(
        postcode_shapes,
        ("Postcode", "Post code:", "PC", "Postcode -"),
        ("Cod post", "Côd post"),
        ("postcode", "postCode", "post_code", "PostalCode"),
        ("we moved to {} last year", "my postcode is {}", "the new flat is in {} now"),
    ),
    "EMAIL_ADDRESS": Kind(
        email_shapes,
        ("Email", "E:", "E-mail", "Email address:", "e-mail"),
        ("E-bost", "Cyfeiriad e-bost"),
        ("email", "emailAddress", "e_mail", "contact_email"),
        ("email me at {} please", "my email is {}", "you can write to {} instead"),
    ),
    "DATE_OF_BIRTH": Kind(
        dob_shapes,
        ("DOB", "D.O.B", "D.O.B.", "Date of birth", "born", "DoB:", "Birth date"),
        ("Dyddiad geni", "Dyddiad Geni"),
        ("dob", "dateOfBirth", "birth_date", "DOB"),
        ("I was born on {}", "my date of birth is {}", "she was born {} in Swansea"),
    ),
    "UK_PASSPORT": Kind(
        passport_shapes,
        ("Passport", "Passport no", "Passport No.", "PP no", "Passport number:"),
        ("Rhif pasbort", "Pasbort"),
        ("passportNumber", "passport_no", "PassportNo"),
        ("my passport number is {}", "passport {} expires next year", "his passport no is {}"),
    ),
    "UK_DRIVING_LICENCE": Kind(
        licence_shapes,
        ("Driving licence", "DL no", "Licence no", "Driving Licence Number:", "DVLA no"),
        ("Rhif trwydded yrru", "Trwydded yrru"),
        ("drivingLicence", "licence_no", "DrivingLicenceNumber", "dl_number"),
        (
            "my driving licence number is {}",
            "licence {} was sent to the DVLA",
            "her licence no. is {}",
        ),
    ),
}


# --------------------------------------------------------------------------- look-alikes
def look_alike(v: GridValues) -> tuple[str, str, str]:
    """(label, machine key, value) of a reference that is no personal identifier."""
    rng = v.rng
    d = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))  # noqa: E731
    when = TODAY + timedelta(rng.randint(-200, 90))
    return rng.choice(
        [
            ("Case ref", "caseRef", f"{d(2)}-{d(2)}-{d(2)}"),
            ("Case ref", "case_ref", f"HB/{TODAY.year}/{d(6)}"),
            ("Invoice no", "invoiceNo", d(8)),
            ("Invoice", "invoice_no", f"INV-{d(6)}"),
            ("Claim number", "claimNo", d(10)),
            ("Claim ref", "claim_ref", f"CLM {d(4)} {d(4)}"),
            ("Council tax account", "ctaxAccount", d(8)),
            ("Council tax a/c ref", "ct_ref", f"{d(9)}X"),
            ("Amount", "amount", f"£{rng.randint(1, 9)},{d(3)}.{d(2)}"),
            ("Amount due", "amountDue", f"{rng.randint(10, 999)}.{d(2)}"),
            ("Appointment", "apptDate", f"{when:%d/%m/%Y}"),
            ("Next review", "reviewDate", fmt_date(rng, when)),
            ("Order no", "orderNo", f"{d(3)}-{d(3)}-{d(3)}"),
            ("Ticket", "ticket", f"{d(3)} {d(3)} {d(4)}"),
        ]
    )


# --------------------------------------------------------------------------- contexts
@dataclass
class Field:
    kind: str | None  # None: a look-alike, unlabelled
    label: str
    key: str
    value: Shape


def _field(v: GridValues, kind: str, welsh: bool = False) -> Field:
    k, rng = KINDS[kind], v.rng
    return Field(kind, rng.choice(k.welsh if welsh else k.labels), rng.choice(k.keys), k.shapes(v))


def _other(v: GridValues) -> Field:
    label, key, value = look_alike(v)
    return Field(None, label, key, (value, False, "look_alike"))


def _put(doc: Doc3, f: Field) -> None:
    if f.kind is None:
        doc.add(f.value[0])
    else:
        doc.ent(f.kind, f.value[0], f.value[1])


def _sep(rng: random.Random, label: str) -> str:
    if label.endswith((":", "-")) or label == "born":
        return " "
    return rng.choice([": ", ": ", " ", " - ", ":\t", ": ", " # " if "#" not in label else " "])


def ctx_label(doc: Doc3, fields: list[Field]) -> None:
    rng = doc.rng
    doc.add(rng.choice(["", "Re: claimant details\n", "Details held:\n"]))
    for f in fields:
        doc.add(f.label + _sep(rng, f.label))
        _put(doc, f)
        doc.add(rng.choice(["\n", "\n", ".\n", ";\n"]))


def ctx_prose(doc: Doc3, fields: list[Field], cue: str) -> None:
    rng = doc.rng
    head, _, tail = cue.partition("{}")
    doc.add(rng.choice(["Hi, ", "Dear Sir or Madam, ", "", "Following my call, "]) + head)
    _put(doc, fields[0])
    doc.add(tail + rng.choice([". ", ", ", " - "]))
    for f in fields[1:]:
        doc.add(f"the {f.label.lower()} is ")
        _put(doc, f)
        doc.add(". ")
    doc.add("Thanks.\n")


def ctx_table(doc: Doc3, fields: list[Field], style: str) -> None:
    rng = doc.rng
    sep = {"table_pipe": " | ", "table_tab": "\t", "csv": ","}[style]
    edge = ("| ", " |") if style == "table_pipe" else ("", "")
    labels = ["Status"] + [f.label.rstrip(":- ") for f in fields]
    doc.add(edge[0] + sep.join(labels) + edge[1] + "\n")
    if style == "table_pipe":
        doc.add("|" + "|".join("---" for _ in labels) + "|\n")
    doc.add(edge[0] + rng.choice(["Open", "Pending", "Closed", "Active"]))
    for f in fields:
        quote = '"' if style == "csv" and ("," in f.value[0] or rng.random() < 0.3) else ""
        doc.add(sep + quote)
        _put(doc, f)
        doc.add(quote)
    doc.add(edge[1] + "\n")


def ctx_key_value(doc: Doc3, fields: list[Field]) -> None:
    rng = doc.rng
    eq, join = rng.choice([("=", "; "), ("=", "&"), (": ", "\n"), ("=", "\n"), (":", ", ")])
    doc.add(rng.choice(["", "record: ", "payload "]))
    for i, f in enumerate(fields):
        doc.add((join if i else "") + f.key + eq)
        _put(doc, f)
    doc.add("\n")


def ctx_json(doc: Doc3, fields: list[Field]) -> None:
    pretty = doc.rng.random() < 0.4
    doc.add("{" + ("\n  " if pretty else ""))
    for i, f in enumerate(fields):
        doc.add(("," + ("\n  " if pretty else " ") if i else "") + f'"{f.key}": "')
        _put(doc, f)
        doc.add('"')
    doc.add(("\n" if pretty else "") + "}\n")


def ctx_xml(doc: Doc3, fields: list[Field]) -> None:
    rng = doc.rng
    doc.add("<Record>" + rng.choice(["", "\n"]))
    for f in fields:
        tag = "".join(w[:1].upper() + w[1:] for w in f.key.split("_"))
        doc.add(f"<{tag}>")
        _put(doc, f)
        doc.add(f"</{tag}>" + rng.choice(["", "\n"]))
    doc.add("</Record>\n")


def ctx_fixed_width(doc: Doc3, v: GridValues, kind: str) -> str:
    """A payment-file or extract line: fields concatenated, padded or not, no separators."""
    rng = doc.rng
    amount = f"{rng.randint(100, 99999):011d}"
    ref = f"REF{rng.randint(10000, 99999)}"
    payee = rng.choice(_PAYEES)
    if kind in ("UK_SORT_CODE", "UK_BANK_ACCOUNT"):
        sc, sbad = v.sort_code()
        sc = "".join(c for c in sc if c.isdigit())[:6]
        ac, abad = v.account()
        ac = ac.replace(" ", "")
        doc.add(rng.choice(["", "0", "99", "17"]))
        doc.ent("UK_SORT_CODE", sc, sbad or len(sc) != 6)
        doc.add(rng.choice(["", "", " "]))
        doc.ent("UK_BANK_ACCOUNT", ac, abad)
        doc.add(rng.choice(["", "0", "099"]) + f"{payee:<18}{amount}{ref:<18}\n")
        return "payment_record"
    text, bad, shape = KINDS[kind].shapes(v)
    if kind in ("UK_NINO", "UK_NHS", "UK_PASSPORT", "UK_DRIVING_LICENCE", "PHONE_NUMBER"):
        text = text if "spoken" in shape or "ext" in shape else text.replace(" ", "")
    doc.add(f"{rng.randint(1, 99999):06d}" + rng.choice(["", " ", "  "]))
    doc.ent(kind, text, bad)
    doc.add(rng.choice(["", " ", "   "]) + f"{payee:<18}{amount}{ref}\n")
    return shape


def ctx_wrapped(doc: Doc3, field_: Field) -> None:
    rng = doc.rng
    text, bad, _ = field_.value
    doc.add(rng.choice(["Please note the ", "For our records the ", "Updated: "]))
    doc.add(field_.label.rstrip(":- ") + rng.choice([" is ", ": ", " "]))
    doc.ent(field_.kind or "", split_line(rng, text), bad)
    doc.add(rng.choice([".\n", " and nothing else has changed.\n", "\n"]))


def build_row(seed: int, i: int) -> tuple[dict, list[str]]:
    """Row i of the grid for ``seed`` and the intended value of each span (for the tests)."""
    rng = random.Random(f"{FAMILY}/{seed}/{i}")
    kind = TYPES[i % len(TYPES)]
    context = CONTEXTS[(i // len(TYPES)) % len(CONTEXTS)]
    v = GridValues(rng)
    doc = Doc3(rng)
    target = _field(v, kind, welsh=context == "label_welsh")
    others = [_other(v) for _ in range(rng.choice([1, 1, 2]))]
    if context == "multi":
        extra = [_field(v, k) for k in rng.sample([t for t in TYPES if t != kind], 2)]
        fields = [target, *extra, *others]
        rng.shuffle(fields)
        for j, f in enumerate(fields):
            doc.add(rng.choice(["  ", " ", ", ", " | "]) if j else "")
            doc.add(f.label + _sep(rng, f.label))
            _put(doc, f)
        doc.add("\n")
    elif context in ("label", "label_welsh"):
        fields = [target, *others]
        rng.shuffle(fields)
        ctx_label(doc, fields)
    elif context == "prose":
        ctx_prose(doc, [target, *others], rng.choice(KINDS[kind].cues))
    elif context in ("table_pipe", "table_tab", "csv"):
        fields = [target, *others]
        rng.shuffle(fields)
        ctx_table(doc, fields, context)
    elif context == "key_value":
        ctx_key_value(doc, [*others[:1], target, *others[1:]])
    elif context == "json":
        ctx_json(doc, [*others[:1], target, *others[1:]])
    elif context == "xml":
        ctx_xml(doc, [*others[:1], target, *others[1:]])
    elif context == "fixed_width":
        target = Field(kind, "", "", ("", False, ctx_fixed_width(doc, v, kind)))
    else:
        ctx_wrapped(doc, target)
        ctx_label(doc, others)
    row = {
        "id": f"{FAMILY}-{seed}-{i:05d}",
        "text": doc.text(),
        "spans": doc.spans,
        "synthetic": True,
        "family": FAMILY,
        "layout": f"{kind}|{context}|{target.value[2]}",
    }
    return row, doc.values


def generate(n: int, seed: int = 0) -> list[dict]:
    """``n`` SYNTHETIC labelled rows; row i depends only on (seed, i)."""
    return [build_row(seed, i)[0] for i in range(n)]


def write_set(path: Path, n: int = 2000, seed: int = 0) -> dict:
    rows = generate(n, seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return {
        "path": str(path),
        "rows": len(rows),
        "spans": sum(len(r["spans"]) for r in rows),
        "span_types": dict(Counter(s["type"] for r in rows for s in r["spans"]).most_common()),
    }


def breakdown(rows: list[dict], misses: dict) -> str:
    """Recall by type x context and false positives by context, as a text table, from the grid
    and the ``misses`` output of the scorer (its ``miss`` and ``fp`` lists, uncapped)."""
    context_of = {r["id"]: r["layout"].split("|")[1] for r in rows}
    gold = Counter((s["type"], context_of[r["id"]]) for r in rows for s in r["spans"])
    missed = Counter((m["type"], context_of[m["id"]]) for m in misses["miss"])
    fps = Counter(context_of[m["id"]] for m in misses["fp"])
    lines = ["type".ljust(20) + "".join(c[:8].rjust(9) for c in CONTEXTS) + "      all"]
    for t in TYPES:
        cells, n_all, m_all = [], 0, 0
        for c in CONTEXTS:
            n, m = gold[t, c], missed[t, c]
            n_all, m_all = n_all + n, m_all + m
            cells.append(f"{(n - m) / n:9.2f}" if n else "        -")
        lines.append(t.ljust(20) + "".join(cells) + f"{(n_all - m_all) / n_all:9.3f}")
    lines.append("false pos".ljust(20) + "".join(f"{fps[c]:9d}" for c in CONTEXTS))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write the SYNTHETIC UK value-shapes grid.")
    parser.add_argument(
        "--breakdown",
        type=Path,
        help="print recall by type x context from the scorer's misses JSON of the grid instead",
    )
    parser.add_argument(
        "-o", "--output", type=Path, default=Path("var/eval/pii_uk_value_shapes.jsonl")
    )
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.breakdown:
        rows = [json.loads(line) for line in args.output.read_text(encoding="utf-8").splitlines()]
        print(breakdown(rows, json.loads(args.breakdown.read_text(encoding="utf-8"))))
        return
    print(json.dumps(write_set(args.output, args.n, args.seed), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
