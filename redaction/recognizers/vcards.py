"""A contact card (vCard) pasted or attached to an e-mail: its home address is written as
``ADR;TYPE=HOME:;;69 Glenshane Road;Derry~Londonderry;;BT48 0HZ;United Kingdom``, fields in a
fixed order with nothing around them to say what each is (RFC 6350: post office box, extended
address, street, locality, region, postal code, country)."""

from __future__ import annotations

import regex as re
from presidio_analyzer import RecognizerResult

from redaction.recognizers.base import TextRecognizer, recognized

_ADR = re.compile(
    r"(?im)^ADR(?:;[^:\n]*)?:(?P<box>[^;\n]*);(?P<extended>[^;\n]*);(?P<street>[^;\n]*)"
    r";(?P<locality>[^;\n]*);(?P<region>[^;\n]*);(?P<postcode>[^;\n]*)"
)
_FIELDS = (
    ("extended", "STREET_ADDRESS"),
    ("street", "STREET_ADDRESS"),
    ("locality", "LOCATION"),
    ("region", "LOCATION"),
    ("postcode", "UK_POSTCODE"),
)


class VCardAddressRecognizer(TextRecognizer):
    """The street, locality, region and postcode of a vCard's ADR line."""

    ENTITIES = ["STREET_ADDRESS", "LOCATION", "UK_POSTCODE"]
    SCORE = 0.9

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        out = []
        for m in _ADR.finditer(text):
            for group, entity in _FIELDS:
                value = m.group(group).strip()
                if entity in entities and any(c.isalnum() for c in value):
                    start = m.start(group) + m.group(group).index(value)
                    out.append(recognized(self, entity, start, start + len(value), self.SCORE))
        return out
