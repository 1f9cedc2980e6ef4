"""A contact card (vCard) pasted or attached to an e-mail: its home address is written as
``ADR;TYPE=HOME:;;69 Glenshane Road;Derry~Londonderry;;BT48 0HZ;United Kingdom``, fields in a
fixed order with nothing around them to say what each is (RFC 6350: post office box, extended
address, street, locality, region, postal code, country)."""

from __future__ import annotations

import regex as re
from presidio_analyzer import RecognizerResult

from redaction.recognizers.base import TextRecognizer, line_bounds, recognized

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


#: a calendar invite's (RFC 5545) organiser or attendee: ``ATTENDEE;ROLE=REQ-PARTICIPANT;
#: CN=Jane Smith:mailto:...``; its common name is the person's
_CALENDAR_PERSON = re.compile(
    # at a line's start, or after a space: the line normaliser joins a property line ending in
    # a timestamp ("DTSTART;...:20261225T133000") to the organiser's line after it
    r"(?im)(?:^|(?<=[ \t]))(?:ATTENDEE|ORGANIZER)(?P<params>(?:;[^:;\n]*)*?);CN=(?P<q>\"?)(?P<name>[^\";:\n]+)(?P=q)"
    r"(?=[;:])"
)
#: a room, a piece of equipment or a mailbox booked as an attendee is no one
_NOT_A_PERSON = re.compile(r"(?i)CUTYPE=(?:RESOURCE|ROOM|GROUP|UNKNOWN)")


class CalendarPeopleRecognizer(TextRecognizer):
    """The common names (CN) of a pasted calendar invite's organiser and attendees."""

    ENTITIES = ["PERSON"]
    SCORE = 0.9

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if "PERSON" not in entities:
            return []
        out = []
        for m in _CALENDAR_PERSON.finditer(text):
            line = text[m.start() : line_bounds(text, m.end())[1]]
            name = m.group("name").strip()
            if _NOT_A_PERSON.search(line) or not any(c.isalpha() for c in name):
                continue
            start = m.start("name") + m.group("name").index(name)
            out.append(recognized(self, "PERSON", start, start + len(name), self.SCORE))
        return out


#: a property's key in a calendar invite, a contact card or a mail header written without a
#: space before its value ("UID:2F7C...", "DTSTART;TZID=...", "PRODID:-//..."), and the
#: "BEGIN:VCALENDAR" / "END:VEVENT" lines around their blocks: the format's words, no one's name
#: the property names of calendar invites (RFC 5545) and contact cards (RFC 6350)
_PROPERTIES = (
    "BEGIN|END|VERSION|PRODID|METHOD|CALSCALE|UID|DTSTAMP|DTSTART|DTEND|DUE|DURATION|SUMMARY"
    "|DESCRIPTION|LOCATION|ORGANIZER|ATTENDEE|STATUS|SEQUENCE|CLASS|TRANSP|PRIORITY|CATEGORIES"
    "|RRULE|RDATE|EXDATE|RECURRENCE-ID|TZID|TZOFFSETFROM|TZOFFSETTO|TZNAME|CREATED|LAST-MODIFIED"
    "|ACTION|TRIGGER|REPEAT|ATTACH|GEO|CONTACT|COMMENT|RELATED-TO|URL|FN|N|ADR|TEL|EMAIL|ORG"
    "|TITLE|ROLE|NOTE|REV|BDAY|KIND|GENDER|PHOTO|LANG|NICKNAME|X-[A-Z\\-]+"
)
_PROPERTY_KEY = re.compile(
    # the program that wrote the text, named in its own header ("PRODID:-//Microsoft
    # Corporation//Outlook 16.0//EN", "X-Mailer: Eudora 7.1"), is no place or person either
    r"(?m)(?:^|(?<=[ \t]))(?:(?i:PRODID|X-Mailer|User-Agent)[ \t]*:[^\n]*"
    rf"|(?:BEGIN|END):[A-Z][A-Z\-]*(?![\p{{L}}\d])|(?:{_PROPERTIES})(?=[:;]\S))"
)
#: a mail merge's field left in a letter sent from a template: "«Address_Line_3»",
#: "{ MERGEFIELD Balance \# "0.00" }"
_MERGE_FIELD = re.compile(r"«[^«»\n]{1,60}»|\{[ \t]*MERGEFIELD\b[^{}\n]{0,80}\}")
#: a PDF form's field path before its value in a dump of its fields ("topmostSubform[0].Page1[0]
#: .DateOfBirth[0]: ..."): the form's own names, never a person's or a place's
_FIELD_PATH = re.compile(
    r"(?m)(?<=^[ \t]*)(?:[A-Za-z_][\w\-]*\[\d{1,3}\]\.)+[A-Za-z_][\w\-]*(?:\[\d{1,3}\])?(?=[ \t]*[:=])"
)


def markup_keys(text: str) -> list[tuple[int, int]]:
    """Where a text's markup is (property keys, block markers, mail merge fields, a form's field
    paths): a name or place found there is not one ("VCALENDAR", "UID", "Suffix")."""
    return (
        [m.span() for m in _PROPERTY_KEY.finditer(text)]
        + [m.span() for m in _MERGE_FIELD.finditer(text)]
        + [m.span() for m in _FIELD_PATH.finditer(text)]
    )
