"""A family tree exported as GEDCOM (5.5.1 and 7: Ancestry, FamilySearch, Gramps and most
heir hunters and genealogists send one), pasted into a case: one value a line, its level and a
four-letter tag first, nothing around it to say what it is in words::

    0 @I3@ INDI
    1 NAME Ann /Ode/
    1 BIRT
    2 DATE 9 JUL 1962
    2 PLAC Otley, Yorkshire
    1 RESI
    2 ADDR 12 Mill Lane
    2 CITY Leeds
    2 POST LS1 1AA

The tags say what each value is (the standard's own meanings), inside an individual's or a
family's record; a DATE is a date of birth under a birth or a christening. The tags themselves
are the format's words, never a name or a place (:func:`gedcom_tags`)."""

from __future__ import annotations

import regex as re
from presidio_analyzer import RecognizerResult

from redaction.recognizers.base import TextRecognizer, recognized

#: one GEDCOM line: its level, an optional cross-reference id, its tag, its value
_LINE = re.compile(
    r"(?m)^[ \t]*(?P<level>\d{1,2})[ \t]+(?:(?P<xref>@[^@\n]{1,22}@)[ \t]+)?"
    r"(?P<tag>_?[A-Z][A-Z0-9_]{2,15})(?:[ \t]+(?P<value>[^\n]*?))?[ \t]*$"
)
#: a record that is about people: an individual, a family
_PEOPLE_RECORDS = frozenset({"INDI", "FAM"})
#: the events whose date is a birth date
_BIRTHS = frozenset({"BIRT", "CHR", "BAPM"})
_VALUE_TYPES = {
    "NAME": "PERSON",
    "GIVN": "PERSON",
    "SURN": "PERSON",
    "NICK": "PERSON",
    "_MARNM": "PERSON",
    "ADDR": "STREET_ADDRESS",
    "ADR1": "STREET_ADDRESS",
    "ADR2": "STREET_ADDRESS",
    "ADR3": "STREET_ADDRESS",
    "CITY": "LOCATION",
    "STAE": "LOCATION",
    "PLAC": "LOCATION",
    "POST": "UK_POSTCODE",
    "PHON": "PHONE_NUMBER",
    "MOBI": "PHONE_NUMBER",
    "EMAIL": "EMAIL_ADDRESS",
    "EMAI": "EMAIL_ADDRESS",
}
#: the parts of a place ("Saltfleetby, Lincolnshire"): each a place
_PLACE_PART = re.compile(r"[^,]+")


def _gedcom_lines(text: str) -> list[re.Match]:
    """The lines of a GEDCOM export in ``text`` (none unless it holds an individual's record)."""
    if "INDI" not in text:
        return []
    lines = list(_LINE.finditer(text))
    if not any(m.group("level") == "0" and m.group("tag") == "INDI" for m in lines):
        return []
    return lines


def gedcom_tags(text: str) -> list[tuple[int, int]]:
    """Where a GEDCOM export's tags and cross-reference ids are ("BIRT", "PLAC", "@I3@"), and
    the values its header gives about the file itself: the system that wrote it ("1 SOUR
    KINFILE", the standard's approved system id), the version, the character set."""
    out = []
    record = None
    for m in _gedcom_lines(text):
        out.append(m.span("tag"))
        if m.group("xref"):
            out.append(m.span("xref"))
        if m.group("level") == "0":
            record = m.group("tag")
        elif record == "HEAD" and m.group("tag") in _ABOUT_THE_FILE and m.group("value"):
            out.append(m.span("value"))
    return out


#: a header's lines about the file, not about anyone: the writing system, version, characters
_ABOUT_THE_FILE = frozenset({"SOUR", "VERS", "CHAR", "FORM"})


class GedcomRecognizer(TextRecognizer):
    """The names, birth dates, places, addresses and contacts in a GEDCOM export's
    individuals and families."""

    ENTITIES = [
        "PERSON",
        "DATE_OF_BIRTH",
        "LOCATION",
        "STREET_ADDRESS",
        "UK_POSTCODE",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
    ]
    SCORE = 0.95

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        out = []
        record = None
        parents: dict[int, str] = {}
        for m in _gedcom_lines(text):
            level, tag = int(m.group("level")), m.group("tag")
            parents[level] = tag
            if level == 0:
                record = tag
                continue
            value = m.group("value")
            if record not in _PEOPLE_RECORDS or not value or value.startswith("@"):
                continue
            kind = _VALUE_TYPES.get(tag)
            if tag == "DATE" and parents.get(level - 1) in _BIRTHS:
                kind = "DATE_OF_BIRTH"
            if kind is None or kind not in entities or not any(c.isalnum() for c in value):
                continue
            if kind == "LOCATION":
                for part in _PLACE_PART.finditer(text, m.start("value"), m.end("value")):
                    piece = part.group().strip()
                    if any(c.isalpha() for c in piece):
                        start = part.start() + part.group().index(piece)
                        out.append(recognized(self, kind, start, start + len(piece), self.SCORE))
                continue
            out.append(recognized(self, kind, m.start("value"), m.end("value"), self.SCORE))
        return out
