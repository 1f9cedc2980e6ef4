"""Personal data a letter lists or gives as an answer, read from the layout around it (round 28):

* a list of signatories under its heading, one "Name, house or street" a line;
* a comma list of names after a label about people ("Housemates: Ama, Kofi Mensah");
* a chat screenshot's contact header ("< 12" then "Name >");
* a house name after a cue about a home ("the damp at Miller's Rest is back");
* an address written "at <street> in <place>, postcode <postcode>";
* an NI number given as the answer to a question for it, or after an "NI" cue, however its
  groups are spaced or dashed.

Each reader returns ``(type, start, end)`` triples; the redactor adds them and lets a name cell
or an address's words take the type the layout gives them (the model often calls a name in a
list a place). Nothing here un-hides anything. Nothing here logs text or matched values.
"""

from __future__ import annotations

import regex as re

from redaction.recognizers.addresses import (
    _CAPWORD,
    _HOUSE_STRICT,
    _SUFFIX,
    POSTCODE_RE,
    WELSH_HOUSE_WORDS,
    _alts,
)
from redaction.recognizers.vocabulary import NON_NAME_WORDS, TITLES

#: a word of a name: "Ama", "MENSAH", "Nantogma-Mahamudu", "O'Neill"; or an initial "K."
_NAME_WORD = r"(?:\p{Lu}[\p{L}'’\-]*\p{L}|\p{Lu}\.)"
_NAME = rf"{_NAME_WORD}(?:[ \t\u00a0]+{_NAME_WORD}){{0,3}}"
_NAME_RE = re.compile(_NAME)
#: the house words that name a thing, not a home ("Court", "Hall", "Point"): never a name's end
_NOT_NAME_END = re.compile(rf"(?:{_HOUSE_STRICT}|Neuk|Loft)$")


def _is_name(value: str) -> bool:
    """A few capitalised words or initials, none of them a common word or a house word."""
    if not _NAME_RE.fullmatch(value) or _NOT_NAME_END.search(value):
        return False
    # an initial ("A.") is a name's part, though "A" alone is a common word
    words = [w for w in value.replace("\u00a0", " ").split() if not w.endswith(".")]
    words = [w for w in words if w not in TITLES]
    return bool(value.strip()) and not any(
        w in NON_NAME_WORDS or w.capitalize() in NON_NAME_WORDS for w in words
    )


#: a heading over a list of signatories: "Signed by neighbours:", "Signatories:", "Also signed:"
_SIGNATORIES = re.compile(
    r"(?im)^[ \t]*(?:also[ \t]+)?(?:(?:co-?)?signed(?:[ \t]+by\b[^:\n]{0,40})?|signatories"
    r"|signatures|petitioners|supported[ \t]+by\b[^:\n]{0,40})[ \t]*:[ \t]*$"
)
#: one signatory's line: a name, then after a comma the house or street it starts with
_SIGNATORY_ROW = re.compile(
    rf"[ \t]*(?:[-*•][ \t]+|\d{{1,2}}[.)][ \t]+)?(?P<name>{_NAME})[ \t]*,[ \t]*"
    r"(?P<address>(?:\d{1,4}[A-Za-z]?[ \t]+)?\p{Lu}[^,\n\t]*?)[ \t]*(?=,|$)",
    re.M,
)


def signatory_rows(text: str) -> list[tuple[str, int, int]]:
    """Under a heading of signatories, each line "Name, house or street[, ...]" up to the first
    blank line: the name, and the first piece after it (a house name alone, "Slipway Lodge",
    is an address here, as a numbered street is; what follows is left to the address rules)."""
    out: list[tuple[str, int, int]] = []
    for heading in _SIGNATORIES.finditer(text):
        pos = heading.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            if not text[pos:end].strip():
                break
            m = _SIGNATORY_ROW.match(text, pos, end)
            if m and _is_name(m.group("name")) and not POSTCODE_RE.search(m.group("address")):
                out.append(("PERSON", *m.span("name")))
                out.append(("STREET_ADDRESS", *m.span("address")))
            pos = end + 1
    return out


#: a label about people before a list of names: "Housemates (certificates to follow): ...",
#: "Other occupants: ...", "Children: ...", "Also present: ..."
_PEOPLE_LABEL = re.compile(
    r"(?im)^[ \t]*(?P<label>(?:other[ \t]+|also[ \t]+|my[ \t]+|our[ \t]+)?"
    r"(?:(?:house|flat|room)[ \t-]?mates?|flat[ \t-]?sharers?|(?:joint[ \t]+|co-?)?tenants"
    r"|occupants|occupiers|residents|lodgers|children|household[ \t]+members"
    r"|members[ \t]+of[ \t]+(?:the[ \t]+|my[ \t]+)?household|adults[ \t]+in[ \t]+the[ \t]+household"
    r"|dependants|witnesses|attendees|present|signatories))"
    r"(?:[ \t]*\([^()\n]{0,60}\))?[ \t]*:[ \t]*(?P<list>[^\n]+?)[ \t.]*$"
)
_ITEM_SEP = re.compile(r"[ \t]*(?:,|;|&|\band\b)[ \t]*")


def names_after_people_label(text: str) -> tuple[list[tuple[str, int, int]], list[tuple[int, int]]]:
    """The names of a comma list after a label about people, only where every item is a name
    (a list holding a number or a common word, "Children: 2, aged 5 and 7", is left alone); and
    the label itself, a common noun that is no one's name."""
    names: list[tuple[str, int, int]] = []
    labels: list[tuple[int, int]] = []
    for m in _PEOPLE_LABEL.finditer(text):
        start = m.start("list")
        items = []
        pos = start
        for sep in [*_ITEM_SEP.finditer(text, start, m.end("list")), None]:
            a, b = pos, sep.start() if sep else m.end("list")
            items.append((a, b))
            pos = sep.end() if sep else b
        if items and all(_is_name(text[a:b]) for a, b in items):
            names += [("PERSON", a, b) for a, b in items]
            labels.append(m.span("label"))
    return names, labels


#: a chat screenshot's contact header: the back arrow with its unread count, then "Name >"
_CHAT_HEADER = re.compile(
    rf"(?m)^[ \t]*<[ \t]*\d{{0,4}}[ \t]*\r?\n[ \t]*(?P<name>{_NAME})[ \t]*>[ \t]*$"
)


def chat_contact_headers(text: str) -> list[tuple[str, int, int]]:
    """The contact's name in a pasted phone screenshot's header ("< 16\\nAlupo >")."""
    return [("PERSON", *m.span("name")) for m in _CHAT_HEADER.finditer(text) if _is_name(m["name"])]


#: a house name after a word about a home and "at": "the damp at Miller's Rest", "still living
#: at Windpump Cottage" (the cue keeps "at Companies House" or "at Crown Court" out)
_HOUSE_AFTER_HOME_CUE = re.compile(
    r"(?i:\b(?:damp|mould|mold|leaks?|repairs?|heating|boiler|roof|windows?|rent|live|lives"
    r"|living|stay|stays|staying|moved|still))[ \t]+(?i:at)[ \t]+"
    rf"(?P<house>(?:(?:{_CAPWORD}[ \t]+){{1,3}}(?:{_HOUSE_STRICT}|Neuk\b|Loft\b)"
    # a Welsh house name: "Nyth y Gyfnos", "Hafod y Sêr", "Tŷ'r Lleuad"
    rf"|(?:{_alts(WELSH_HOUSE_WORDS)})(?:['’]r)?(?:[ \t]+(?:y|yr|na|a')[ \t]+|[ \t]+){_CAPWORD})"
    # and the street written after it: "Skipper's Neuk, Fifie Loan"
    rf"(?:[ \t]*,[ \t]*(?:{_CAPWORD}[ \t]+){{1,3}}{_SUFFIX}\b)?)"
    r"(?![\p{L}\d'’])"
)


def houses_after_home_cue(text: str) -> list[tuple[str, int, int]]:
    return [("STREET_ADDRESS", *m.span("house")) for m in _HOUSE_AFTER_HOME_CUE.finditer(text)]


#: "at 72C Zulu Boat Shore in Ardeonaig, postcode FK21 3LP": the street before "in", the place
#: after it, closed by a postcode
_AT_STREET_IN_PLACE = re.compile(
    r"(?<![\p{L}])(?i:at)[ \t]+(?P<street>(?:\d{1,4}[A-Za-z]?[ \t]+)?\p{Lu}[^\n]{2,60}?)"
    rf"[ \t]+in[ \t]+(?P<place>{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,3}})[ \t]*,?[ \t]*"
    r"(?:(?i:post[ \t]?code)[ \t]*:?[ \t]*)?(?=\p{Lu}{1,2}\d)"
)


def streets_in_places(text: str) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for m in _AT_STREET_IN_PLACE.finditer(text):
        if POSTCODE_RE.match(text, m.end()):
            out += [("STREET_ADDRESS", *m.span("street")), ("LOCATION", *m.span("place"))]
    return out


#: an NI number however its groups are spaced or dashed, with a slip in its prefix or its length
#: ("HP-47171-A", "XH 87 14 24 E", "KW 62 16 50P"): two letters, five or six digits, a letter
_LOOSE_NINO = r"[A-Za-z]{2}(?:[ \t\-]?\d){5,6}(?:[ \t\-]?[A-Za-z])?(?![\p{L}\d])"
_NI_QUESTION = re.compile(
    r"(?i)\b(?:NI|N\.I\.|NINO|national[ \t]+insurance)(?:[ \t]+(?:number|no\.?))?\b[^\n?]{0,40}\?"
)
#: a speaker's line in a transcript ("Efthymia Efraimidou   4:31", "[10:02] Ama:")
_SPEAKER_LINE = re.compile(r"[^\n]{1,60}?[ \t]\d{1,2}:\d{2}(?::\d{2})?[ \t]*$|[^\n]{1,60}:[ \t]*$")
_ANSWER_NINO = re.compile(
    rf"[ \t]*(?:(?i:it's|it is|its|yes|yeah|sure|that's|that is)[ ,:]+)?(?P<nino>{_LOOSE_NINO})"
)
#: "NI SS99186 C", "NI no: AB 12345 C": the cue right before the value on the same line
_CUED_NINO = re.compile(
    rf"\b(?:NI|NINO|(?i:national[ \t]+insurance))(?:[ \t]+(?i:number|no\.?|#))?[ \t]*:?[ \t]+"
    rf"(?:(?i:is)[ \t]+)?(?P<nino>{_LOOSE_NINO})"
)


def answered_ninos(text: str) -> list[tuple[str, int, int]]:
    """An NI number-shaped value at the start of the answer to a question for one (past blank
    lines and the answering speaker's line), or written right after an "NI" cue."""
    out = [("UK_NINO", *m.span("nino")) for m in _CUED_NINO.finditer(text)]
    for q in _NI_QUESTION.finditer(text):
        pos, seen = q.end(), 0
        nl = text.find("\n", pos)
        while nl >= 0 and seen < 3:
            start = nl + 1
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            line = text[start:end]
            if line.strip() and not (seen == 0 and _SPEAKER_LINE.fullmatch(line)):
                m = _ANSWER_NINO.match(text, start, end)
                if m:
                    out.append(("UK_NINO", *m.span("nino")))
                break
            if line.strip():
                seen += 1
            nl = end if end < len(text) else -1
    return out
