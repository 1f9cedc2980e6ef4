"""evaluation.redaction_transforms: every transformation keeps each labelled span exact (its text
is the transformed value: decoding it gives back the original value) and is deterministic."""

from __future__ import annotations

import html
import json
import quopri
from urllib.parse import unquote_plus

import pytest
import regex as re

from evaluation import redaction_transforms as rt

LETTER = (
    "                    Renée O'Brien-SSmith\n"
    "                    Flat 2, 14 Mill Lane\n"
    "                    Llanfair P.G.\n"
    "                    LL61 5UJ\n\n"
    'Dear Sir,\n\nRe: "account" 8443131209 & <ref> = 12%\n\n'
    "Name: Renée O'Brien-SSmith\n"
    "Date of birth: 04/09/1981\n"
    "Email: renee.obrien@example.com\n"
    "My National Insurance number is NK 858403 B and I live at Flat 2, 14 Mill Lane, "
    "Llanfair P.G., LL61 5UJ with my son Zoë Kowalczyk who is seven years old and whose "
    "teacher wrote to me on 3 March.   \n"
    "\n\n\nYours faithfully,\n\nRenée O’Brien\n"
)
VALUES = [
    "Renée O'Brien-SSmith",
    "Flat 2, 14 Mill Lane",
    "Llanfair P.G.",
    "LL61 5UJ",
    "8443131209",
    "04/09/1981",
    "renee.obrien@example.com",
    "NK 858403 B",
    "Flat 2, 14 Mill Lane, Llanfair P.G., LL61 5UJ",
    "Zoë Kowalczyk",
    "Renée O’Brien",
    '"account" 8443131209 & <ref> = 12%',
    "teacher wrote to me on 3 March.   \n\n\n\nYours",
]


def _row() -> dict:
    spans = []
    for value in VALUES:
        for m in re.finditer(re.escape(value), LETTER):
            spans.append({"type": "PERSON", "start": m.start(), "end": m.end()})
    return {"id": "t", "text": LETTER, "spans": spans}


def _unquote(text: str) -> str:
    return re.sub(r"(?m)^> ?", "", text)


def _from_html(text: str) -> str:
    text = text.replace("<br>\n", "\n").replace("</p>\n", "\n").replace("<p>", "\n")
    return html.unescape(text).replace("\xa0", " ")


#: transform -> what reads a span's new text back as the original value
DECODE = {
    "none": lambda s: s,
    "upper": None,  # checked against the value in capitals
    "lower": None,
    "wrap40": None,
    "quoted_reply": _unquote,
    "html": _from_html,
    "json_string": lambda s: json.loads(f'"{s}"'),
    "urlencoded": unquote_plus,
    "quoted_printable": lambda s: quopri.decodestring(s.encode("ascii")).decode("utf-8"),
    "csv_cells": lambda s: s.replace('","', "\n").replace('""', '"'),
    "one_line": None,
    "pipes": None,
    "tabs": lambda s: s.replace("\t", ": "),
    "crlf": lambda s: s.replace("\r\n", "\n"),
    "mojibake": lambda s: s.encode("cp1252").decode("utf-8"),
}


def _wrapped(value: str, written: str) -> bool:
    """Only spaces became line breaks (one for one)."""
    return len(value) == len(written) and all(
        a == b or (a, b) == (" ", "\n") for a, b in zip(value, written)
    )


#: transform -> the original value as the transformation writes it (for lossy ones)
EXPECT = {
    "upper": str.upper,
    "lower": str.lower,
    "one_line": lambda s: s.replace("\n", " "),
    "pipes": lambda s: re.sub(r"\n+", " | ", s),
}


def test_every_transform_is_tabled() -> None:
    assert set(DECODE) == set(rt.TRANSFORMS)


@pytest.mark.parametrize("name", sorted(rt.TRANSFORMS))
def test_spans_are_remapped_exactly(name: str) -> None:
    row = _row()
    moved = rt.transform_row(name, row)
    assert len(moved["spans"]) == len(row["spans"]) >= len(VALUES)
    for old, new in zip(row["spans"], moved["spans"]):
        value = row["text"][old["start"] : old["end"]]
        written = moved["text"][new["start"] : new["end"]]
        if name == "wrap40":
            assert _wrapped(value, written)
        elif DECODE[name] is None:
            assert written == EXPECT[name](value)
        else:
            assert DECODE[name](written) == value
    if name in ("none", "crlf", "mojibake", "json_string"):  # the whole text decodes too
        whole = moved["text"]
        if name == "json_string":
            assert json.loads(whole)["message"] == LETTER
        else:
            assert DECODE[name](whole) == LETTER


@pytest.mark.parametrize("name", sorted(rt.TRANSFORMS))
def test_transforms_are_deterministic(name: str) -> None:
    assert rt.transform_row(name, _row()) == rt.transform_row(name, _row())


@pytest.mark.parametrize(
    ("name", "check"),
    [
        ("wrap40", lambda t: max(len(line) for line in t.split("\n")) <= 40),
        ("quoted_printable", lambda t: max(len(line) for line in t.split("\n")) <= 76),
        ("quoted_reply", lambda t: t.splitlines()[0].endswith("wrote:")),
        ("html", lambda t: "&nbsp;" in t and "<br>" in t and "<p>" in t),
        ("json_string", lambda t: "Ren\\u00e9e" in t and "\n" not in t),
        ("urlencoded", lambda t: "Ren%C3%A9e+O%27Brien" in t and " " not in t),
        ("csv_cells", lambda t: '"Dear Sir,"' in t),
        ("one_line", lambda t: "\n" not in t),
        ("pipes", lambda t: " | " in t and "\n" not in t),
        ("tabs", lambda t: "Name\tRen" in t and "Date of birth\t04" in t),
        ("mojibake", lambda t: "RenÃ©e" in t),
    ],
)
def test_transform_does_what_it_says(name: str, check) -> None:
    assert check(rt.transform_row(name, _row())["text"])


def test_sample_spreads_over_the_set() -> None:
    rows = [{"id": str(i)} for i in range(1000)]
    picked = rt.sample(rows, 200)
    assert len(picked) == 200 and picked[0]["id"] == "0" and picked[-1]["id"] == "995"
