"""A raw HL7 v2 message pasted into a letter or a ticket (a hospital's admission, discharge or
transfer feed that failed and was forwarded): ``PID|1||9434765919^^^NHS^NH||SMITH^JANE^^^MRS||
19480312|F|||12 High Street^^Leeds^^LS1 1AA^GBR^H||01132 496 000^PRN^PH``.

Nothing around its values says what each one is: the standard does, by position. Fields are
split by ``|``, repeats by ``~``, components by ``^`` and subcomponents by ``&`` (the separators
the MSH segment declares; these are the standard's defaults and what every feed uses). Each
field below is read by its place in its segment (HL7 v2.x chapters 2, 3, 6):

* a person's name (XPN: family ^ given ^ further given names; suffix and title are not the
  name): PID-5 patient, PID-6 mother's maiden name, PID-9 alias, NK1-2 next of kin, GT1-3
  guarantor, IN1-16 insured;
* a clinician (XCN: id ^ family ^ given ^ further given names): PV1-7, -8, -9, -17, -52
  (attending, referring, consulting, admitting, other), PD1-4 (GP), ROL-4, NK1-30 (contact);
* a date of birth (YYYYMMDD, time after it): PID-7, GT1-8, IN1-18, NK1-16;
* an address (XAD: street ^ other designation ^ city ^ county ^ postcode ^ country): PID-11,
  NK1-4, GT1-5, IN1-19 (the country code and the address type stay; the second line is a
  street's part when it holds a number, a street word or a house word, else a district);
* telephone numbers (XTN: the number first; an e-mail in its fourth component): PID-13, PID-14,
  NK1-5, NK1-6, GT1-6, GT1-7;
* patient identifiers (CX: id ^ check digit ^ scheme ^ assigning authority ^ type): only an NHS
  number (authority "NHS" or type "NH") is personal data here; a hospital's own record number
  (MRN), the message id, the visit number and the timestamps stay readable;
* a place of birth: PID-23.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import RecognizerResult

from redaction.recognizers.base import TextRecognizer, recognized

#: a segment: its three-character name and "|" at a line's start (or after a space: the line
#: joiner may have read the segment breaks of a message pasted as one paragraph as spaces)
_SEGMENT = re.compile(r"(?m)(?:^|(?<=[ \t\r]))(?P<name>MSH|EVN|PID|PD1|NK1|PV1|GT1|IN1|ROL)\|")
#: where a segment ends: a line end, or the next segment's name
_SEGMENT_END = re.compile(r"[\r\n]|[ \t](?=[A-Z][A-Z0-9]{2}\|)")

_NAME = ("PERSON", "PERSON", "PERSON")  # XPN components 1-3
_DOCTOR = (None, "PERSON", "PERSON", "PERSON")  # XCN components 1-4
_ADDRESS = (
    "STREET_ADDRESS",
    "STREET_ADDRESS",
    "LOCATION",
    "LOCATION",
    "UK_POSTCODE",
    None,
    None,
    None,
    "LOCATION",
)
_PHONE = ("PHONE_NUMBER", None, None, "EMAIL_ADDRESS")
_DOB = ("DATE_OF_BIRTH",)
_PLACE = ("LOCATION",)

#: field number -> what its components are, per segment
_FIELDS: dict[str, dict[int, tuple[str | None, ...]]] = {
    "PID": {
        5: _NAME,
        6: _NAME,
        7: _DOB,
        9: _NAME,
        11: _ADDRESS,
        13: _PHONE,
        14: _PHONE,
        23: _PLACE,
    },
    "NK1": {2: _NAME, 4: _ADDRESS, 5: _PHONE, 6: _PHONE, 16: _DOB, 30: _NAME},
    "MSH": {},
    "EVN": {5: _DOCTOR},
    "PV1": {7: _DOCTOR, 8: _DOCTOR, 9: _DOCTOR, 17: _DOCTOR, 52: _DOCTOR},
    "PD1": {4: _DOCTOR},
    "ROL": {4: _DOCTOR},
    "GT1": {3: _NAME, 5: _ADDRESS, 6: _PHONE, 7: _PHONE, 8: _DOB},
    "IN1": {16: _NAME, 18: _DOB, 19: _ADDRESS},
}
#: patient identifier lists (CX) whose NHS number is personal data
_ID_FIELDS = {"PID": (2, 3, 4)}
_NHS_NUMBER = re.compile(r"\d{3}[ ]?\d{3}[ ]?\d{4}")
_NOT_A_NAME = re.compile(r"(?i)^(?:unknown|not known|n/?a|none|\.+|-+)$")


def _parts(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` pieces of ``text[start:end]`` between ``sep`` characters."""
    out = []
    pos = start
    while True:
        cut = text.find(sep, pos, end)
        if cut < 0:
            out.append((pos, end))
            return out
        out.append((pos, cut))
        pos = cut + 1


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    return (start, end) if any(c.isalnum() for c in text[start:end]) else None


def _value_ok(entity: str, value: str) -> bool:
    if entity == "PERSON":
        return any(c.isalpha() for c in value) and not _NOT_A_NAME.match(value)
    if entity == "DATE_OF_BIRTH":
        return value[:8].isdigit() and len(value) >= 8 and 1850 <= int(value[:4]) <= 2100
    if entity == "PHONE_NUMBER":
        return sum(c.isdigit() for c in value) >= 7
    if entity == "EMAIL_ADDRESS":
        return "@" in value
    return True


def _segments(text: str):
    """Each known segment's name and its fields' ``[start, end)`` (field 0 is the name)."""
    if "|" not in text or "^" not in text:
        return
    for seg in _SEGMENT.finditer(text):
        end_match = _SEGMENT_END.search(text, seg.end())
        end = end_match.start() if end_match else len(text)
        yield seg.group("name"), _parts(text, seg.start(), end, "|")


def hl7_codes(text: str) -> list[tuple[int, int]]:
    """The parts of an HL7 message's known segments that hold no personal data (segment names,
    coded values such as the sex "F", "PRN", "MR", facility codes, message ids, timestamps): a
    name or place found there is not one. Every component of a field that can hold personal
    data (:data:`_FIELDS`, the identifier lists) is left out, whatever it holds."""
    out = []
    for name, fields in _segments(text):
        personal = set(_FIELDS.get(name, {})) | set(_ID_FIELDS.get(name, ()))
        out += [span for number, span in enumerate(fields) if number not in personal]
    return out


def _second_line(value: str) -> str:
    """An address's second line (XAD-2, "other designation") holds a flat, a house or a street
    ("Flat 2", "Mill Row") or, as UK systems fill it, the district ("Carrack")."""
    from redaction.recognizers.addresses import STREETISH_RE

    return "STREET_ADDRESS" if STREETISH_RE.search(value) else "LOCATION"


class Hl7MessageRecognizer(TextRecognizer):
    """Names, dates of birth, addresses, phones and NHS numbers of an HL7 v2 message's PID,
    NK1, PV1, PD1, GT1, IN1 and ROL segments, each read by its position in its segment."""

    ENTITIES = [
        "PERSON",
        "DATE_OF_BIRTH",
        "STREET_ADDRESS",
        "LOCATION",
        "UK_POSTCODE",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "UK_NHS",
    ]
    SCORE = 0.9

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for name, fields in _segments(text):
            layout = _FIELDS.get(name, {})
            for number, (a, b) in enumerate(fields):
                if number in layout:
                    out += self._field(text, a, b, layout[number], entities)
                elif number in _ID_FIELDS.get(name, ()):
                    out += self._identifiers(text, a, b, entities)
        return out

    def _field(self, text, a, b, components, entities) -> list[RecognizerResult]:
        out = []
        for ra, rb in _parts(text, a, b, "~"):
            for index, (ca, cb) in enumerate(_parts(text, ra, rb, "^")):
                entity = components[index] if index < len(components) else None
                if entity is None or entity not in entities:
                    continue
                for sa, sb in _parts(text, ca, cb, "&"):
                    span = _trimmed(text, sa, sb)
                    if not span or not _value_ok(entity, text[span[0] : span[1]]):
                        continue
                    kind = entity
                    if components is _ADDRESS and index == 1:
                        kind = _second_line(text[span[0] : span[1]])
                    out.append(recognized(self, kind, span[0], span[1], self.SCORE))
        return out

    def _identifiers(self, text, a, b, entities) -> list[RecognizerResult]:
        if "UK_NHS" not in entities:
            return []
        out = []
        for ra, rb in _parts(text, a, b, "~"):
            comps = _parts(text, ra, rb, "^")
            kinds = {text[x:y].strip().upper() for x, y in comps[3:5]}
            span = _trimmed(text, *comps[0])
            if span and kinds & {"NHS", "NH"} and _NHS_NUMBER.fullmatch(text[span[0] : span[1]]):
                out.append(recognized(self, "UK_NHS", span[0], span[1], self.SCORE))
        return out


__all__ = ["Hl7MessageRecognizer", "hl7_codes"]
