"""Forms and tables: a value under a field that says what it is, whatever it looks like.

Web forms, case-management exports and tables pasted from e-mail put personal data in fields:
``Full name: hamza mohamed``, ``NHS number | 742-702-5156``, a ``Name | DOB | NHS number``
table. The field's label says what the value is, so the value is redacted as that type even
when no pattern or model would recognise it (lower-case names, mistyped numbers, a house name
on its own). This is where "context beats checksums" is strongest.

Two layouts:

* one field a line: ``Label: value`` (also ``Label - value``, ``Label | value``, a tab);
* a table: a header row whose cells are labels, then rows of cells (``|`` or tabs), until a
  blank line; markdown rule rows (``--- | ---``) are skipped.

An address field's value is split: the leading parts that hold a number or a street/house word
are the street address, then each later part is a postcode or a place.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction.recognizers.addresses import (
    NAMED_STREET_RE,
    POSTCODE_ANY_CASE_RE,
    POSTCODE_LOOSE_RE,
    STREETISH_RE,
    town_after_home,
    towns_after,
)
from redaction.recognizers.base import TextRecognizer, line_bounds, recognized
from redaction.recognizers.field_labels import FIELD_TYPES, field_type
from redaction.recognizers.vocabulary import (
    COMPANY_WORDS,
    JOB_WORDS,
    NON_NAME_WORDS,
    ORG_WORDS,
    TITLES,
    begins_with_a_persons_name,
)

#: a street's own word ("Road", "Lane"), not a house's
_STREET_WORD = re.compile(
    r"\b(?:Road|Street|Lane|Avenue|Close|Drive|Way|Crescent|Gardens|Place|Terrace|Grove|Walk"
    r"|Row|Square|Mews|Rise|Drove|Wynd|Brae|Parade|Court)\b",
    re.IGNORECASE,
)
POSTCODE_TAIL_RE = re.compile(rf"\s({POSTCODE_LOOSE_RE.pattern})$", re.IGNORECASE)

#: values that are not data
_EMPTY_VALUE = re.compile(
    r"(?i)^(?:n/?a|none|nil|-+|\?|unknown|not\s+known|see\s+above|as\s+above|same(?:\s+as\s+above)?"
    r"|not\s+applicable|prefer\s+not\s+to\s+say|tbc|tba|yes|no|\[.*\]|<.*>"
    # "Address: refuge - withheld": the value says it is not given
    r"|(?:[\w ]{0,20}[ \t]*[-–:,(][ \t]*)?(?:withheld|not\s+disclosed|confidential)\)?)$"
)
#: a numbered question's number before its label ("3. ", "2b) ", "2b ", "1.5 ", "4.2.1 ") is left
#: out
_LINE_FIELD = re.compile(
    r"(?m)(?:^|(?<=[ \t]{2}))[ \t]*(?:[-*•|][ \t]*)?(?:\d{1,2}(?:[a-z]?[.)]|[a-z]|(?:\.\d{1,2}){1,2}[a-z]?\.?)[ \t]+)?(?P<label>(?:3rd\s)?[^\W\d](?:[\w'’/ .()|\-]|\[\d{1,3}\]){0,50}?)"
    r"[ \t]*\*?[ \t]*(?:[:=|\t]|[ \t]-[ \t]|[ \t]–[ \t])[ \t]*(?P<value>\S[^\n]*?)[ \t]*$"
)
#: an address after its label in title case with no colon, up to its postcode: "Address
#: Lambing Shiel, Catacol Glebe KA27 8HQ" (details typed a line each into an e-mail, the lines
#: joined when read)
_ADDRESS_WITHOUT_COLON = re.compile(
    r"(?<![\p{L}\-])(?:Address|ADDRESS)[ \t]+"
    r"(?P<value>\p{Lu}[^\n:;]{0,100}?[ \t,]+[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2})(?![\p{L}\d])"
)

#: a fixed-width screen's dot leader after a label ("PHONE ......: ", "PROPERTY ADDRESS .: ")
_DOT_LEADER = re.compile(r"[ \t]+\.+[ \t]*$")
#: the number of a repeated field before its last word ("NAME 1 SURNAME", "NAME 2 SURNAME")
_FIELD_INDEX = re.compile(r"^.*?[ \t]\d{1,2}[ \t]+(?=\S+$)")


def _screen_label_type(label: str) -> str | None:
    """The type a field's label announces, a screen's dot leader and field number left out
    ("NAME 1 SURNAME ..", "PROPERTY ADDRESS .")."""
    kind = field_type(label)
    leader = _DOT_LEADER.search(label) if kind is None else None
    if leader is not None:
        bare = label[: leader.start()]
        kind = field_type(bare) or field_type(_FIELD_INDEX.sub("", bare))
    return kind


#: "Queue: Revenues  Agent: E McKenzie": another field starts after a wide gap
_NEXT_FIELD = re.compile(r"[ \t]{2,}(?=[^\W\d][\w'’/ .\-]{0,30}[ \t]*:)")
#: a form printed from a PDF: the label alone on its line (after its question's number and
#: letter: "1e "), the value on the next
_LABEL_LINE = re.compile(
    r"(?m)^[ \t]*(?:\d{1,2}[a-z][.)]?[ \t]+)?(?P<label>[^\W\d][\w'’/ .()\-]{0,50}?)[ \t]*\*?[ \t]*:?[ \t]*\n"
    r"[ \t]*(?P<value>\S[^\n]*?)[ \t]*$"
)
#: identifiers written with digits: a field's value with none may be a name given instead
_NUMBERED = frozenset(
    {
        "UK_DRIVING_LICENCE",
        "UK_NINO",
        "UK_PASSPORT",
        "UK_NHS",
        "UK_SORT_CODE",
        "UK_BANK_ACCOUNT",
        "PHONE_NUMBER",
        "UK_POSTCODE",
    }
)
#: the answer's mark under a form's numbered question
_ANSWER_MARK = re.compile(r"A[ \t]*[:.)][ \t]*(?=\S)")
#: a web form's payload pasted as JSON or a Python dict, a pair a line or all on one line:
#: ``"tenant_name": "JASPER STRONG",``, ``{'town': 'Leeds', 'postcode': 'LS6 3AB'}``
_QUOTED_FIELD = re.compile(
    r"(?m)(?:^|[{,])[ \t]*(?P<q>[\"'])(?P<label>[^\W\d][\w .\-]{0,50})(?P=q)[ \t]*[:=][ \t]*"
    r"(?P<vq>[\"'])(?P<value>[^\n]*?)(?P=vq)(?=[ \t]*(?:[,}]|$))"
)
#: a JSON object that says what its number is in a sibling key, its "type" or its "system" (an
#: identifier's namespace, read by its last part: "https://fhir.nhs.uk/Id/nhs-number")
_TYPED_NUMBER = re.compile(
    r"[\"'](?:type|system)[\"'][ \t]*:[ \t]*[\"'](?:[^\"'\n]{0,120}/)?(?P<kind>[\w \-]{2,30})"
    r"[\"'][ \t]*,[ \t\n]*"
    r"[\"'](?:number|value|id|no)[\"'][ \t]*:[ \t]*[\"'](?P<value>[^\"'\n]{1,40})[\"']"
)
#: a JSON key whose value is an array of strings: ``"given": [ "Ann", "Mary" ]``, ``"line": [
#: "Flat 2", "3 High Street" ]``
_QUOTED_ARRAY = re.compile(
    r"[\"'](?P<label>[^\W\d][\w.\-]{0,50})[\"'][ \t]*:[ \t]*\[(?P<items>[^\[\]{}]{0,600})\]"
)
_ARRAY_ITEM = re.compile(r"\"(?P<value>[^\"\n]{0,200})\"|'(?P<single>[^'\n]{0,200})'")
#: a person record's keys in a system's JSON that no form writes as a label: a name's parts
#: (FHIR's HumanName, a contact card's "givenName") and an address's lines (FHIR's Address)
_JSON_NAME_KEYS = frozenset({"given", "family", "givenname", "familyname", "middle", "middlename"})
_JSON_LINE_KEYS = frozenset({"line", "lines", "addressline", "addresslines", "streetaddress"})
#: an address object opened shortly before a "line" key
_ADDRESS_KEY_BEFORE = re.compile(r"(?i)[\"'](?:\w*address\w*|addr)[\"'][ \t]*:")
#: "tenantName", "addressLine1": a camel-case key read as its words
_CAMEL_HUMP = re.compile(r"(?<=\p{Ll})(?=\p{Lu})")
_CELL_SPLIT = re.compile(r"[ \t]*(?:\||\t+)[ \t]*")
_RULE_ROW = re.compile(r"^[\s|:\-=+]+$")
#: the rule of a table drawn in ASCII: "+------+-----+", no pipe in it
_GRID_RULE = re.compile(r"^[ \t]*\+(?:[\-=:]+\+)+[ \t]*$")
_TITLE_PREFIX = re.compile(rf"^(?:(?:{'|'.join(TITLES)})\.?[ \t]+)+")
_TRAILING = re.compile(r"[ \t]*(?:\([^)]*\)?|[,.;])*[ \t]*$")
_SEGMENT = re.compile(r"[^,]+")
#: a label that announces several names ("Also known as", "Aliases", "AKA")
_ALIAS_LABEL = re.compile(r"(?i)\b(?:known\s+as|alias(?:es)?|a\.?k\.?a\b|other\s+names)")


#: where a field's value ends when the line goes on as prose: a sentence end followed by more
#: words; for identifiers also a comma, semicolon or wide gap ("NI: AB123456C, postcode ...")
_SENTENCE_AFTER = re.compile(r"(?<!\b\p{Lu})[.!?](?=\s+\S+\s+\S+\s+\S)")
#: (and a pipe between fields on one line: "DVLA no: ASHWO507174C99DW | Mob: 07700 900684")
_IDENTIFIER_END = re.compile(r"[,;](?=\s)|\s{2,}|\s[-–|]\s")
#: a postcode's halves may stand two spaces apart ("DN15  4DQ"): a wide gap ends it only
#: when its inward half (a digit, two letters) does not follow
_POSTCODE_END = re.compile(r"[,;](?=\s)|\s{2,}(?!\d[A-Za-z]{2}\b)|\s[-–]\s")
_DATE_END = re.compile(r";(?=\s)|,(?=\s+(?!\d{2,4}\b))|\s{2,}|\s[-–]\s")
_FREE_TEXT = frozenset({"PERSON", "STREET_ADDRESS", "LOCATION"})
#: where a name in a field ends: a relation or note in brackets, a phone number after it
_AFTER_NAME = re.compile(
    r"[ \t]*(?:\(|(?<!\p{L})\+?\d(?!\p{Lu}{2}))|[ \t]{2,}|[ \t]+(?:from|into|on|at)[ \t]+"
)
#: a job title after a name and a comma: "K. Polglase, Staff Nurse", "F. Wise, FY2"
_ROLE_AFTER = re.compile(
    r",[ \t]+(?:[\p{L}\-]+[ \t]+){0,2}(?:"
    + "|".join(sorted(JOB_WORDS))
    + r"|Nurse|Staff|Doctor|Registrar|Matron|Paramedic|Midwife|Pharmacist|Physiotherapist"
    r"|[A-Z]{1,3}\d)\b[^,\n]*$"
)
#: several people in one field: "A BAH & C BAH", "Mr Meirion Cadogan and CARYS CADOGAN"
_NAMES_JOINED = re.compile(r"[ \t]+(?:and|&|/)[ \t]+|[ \t]*;[ \t]*")
_NEXT_LABEL_WORD = re.compile(r"\s+(?:Date|Dated|DOB|D\.O\.B|Signed|Tel|Phone)\b")
#: a driving licence number has 16 letters and digits; a field "Licence no" whose value is
#: much shorter is another licence (an HMO's, a premises')
_LICENCE_MIN_CHARS = 12
_PHONE_SHAPED = re.compile(r"(?:\+|00|\(?0)[\d \t()\-.]{8,18}\d")


def _address_goes_on(text: str, start: int, end: int, kind: str) -> bool:
    """ "Kettlewell, North Yorks. UA (Wharfedale)  BD23 0RZ": a full stop inside an address
    (a county cut short) ends no sentence where a few more words and the postcode follow."""
    rest = text[start:end].rstrip()
    return (
        kind in ("STREET_ADDRESS", "LOCATION")
        and not any(c in rest for c in ".!?")
        and len(rest.split()) <= 8
        and POSTCODE_TAIL_RE.search(rest) is not None
    )


def value_spans(
    text: str, start: int, end: int, kind: str, *, quoted: bool = False
) -> list[tuple[str, int, int]]:
    """Typed spans of the value ``text[start:end]`` of a field of type ``kind``; a ``quoted``
    value (JSON) ends at its quote, wide spaces and all ("499  556  1436")."""
    enders = (
        ()
        if quoted
        else (
            _SENTENCE_AFTER,
            None
            if kind in _FREE_TEXT
            else _DATE_END
            if kind == "DATE_OF_BIRTH"
            else _POSTCODE_END
            if kind == "UK_POSTCODE"
            else _IDENTIFIER_END,
        )
    )
    for ender in enders:
        found = ender.search(text, start, end) if ender is not None else None
        if found and not (
            ender is _SENTENCE_AFTER and _address_goes_on(text, found.end(), end, kind)
        ):
            end = found.start()
    value = text[start:end]
    cut = _TRAILING.search(value)
    if cut and cut.start() > 0:
        end = start + cut.start()
        value = text[start:end]
    if kind == "PERSON":
        following = _NEXT_LABEL_WORD.search(value)  # "T Bellamy Date 22.03.25"
        if following:
            end = start + following.start()
            value = text[start:end]
        aside = _AFTER_NAME.search(value) or _ROLE_AFTER.search(value)
        # "Yonas Pietrzak (niece) 07700 900020", "K. Polglase, Staff Nurse"
        if aside and aside.start() > 0:
            end = start + aside.start()
            value = text[start:end]
        firm = value.split(",")[0]
        if COMPANY_WORDS.intersection(firm.title().split()) and not begins_with_a_persons_name(
            firm.split()
        ):
            # "Agent: Kestrel & Quinn Lettings", "Client: East Suffolk Council": a firm (its
            # "&" joins no two people)
            return []
        joined = list(_NAMES_JOINED.finditer(value))
        if joined:  # "Mrs Shukri Ochieng and G OCHIENG": each holder is a name
            out_names: list[tuple[str, int, int]] = []
            pos = start
            for m in joined:
                out_names += value_spans(text, pos, start + m.start(), kind)
                pos = start + m.end()
            return out_names + value_spans(text, pos, end, kind)
        title = _TITLE_PREFIX.match(value)
        if title:
            start += title.end()
            value = text[start:end]
    value = value.strip()
    if not value or _EMPTY_VALUE.match(value) or sum(c.isalnum() for c in value) < 2:
        return []
    start = text.index(value, start)
    end = start + len(value)
    if kind == "PERSON" and not _person_value(value):
        return []  # "Visitor: my number is ...": a chat line, not a name
    if (
        kind in _NUMBERED
        and not any(c.isdigit() for c in value)
        and not value.islower()
        and _person_value(value)
    ):
        # a name where a number was asked for is a name ("Q3 Proposed licence holder\nA: Petimat
        # Akhmadova"); any other value without a digit stays the number, since it may be spelt
        # out ("NI number: alpha bravo one two ...")
        kind = "PERSON"
    if kind == "UK_DRIVING_LICENCE" and sum(c.isalnum() for c in value) < _LICENCE_MIN_CHARS:
        return []  # "Licence no: HMO/2026/554": a licence, but not a driving licence
    if kind == "STREET_ADDRESS" and _PHONE_SHAPED.fullmatch(value):
        return [("PHONE_NUMBER", start, end)]  # "Home: 0113 496 0000"
    if kind in _CONTACT_KINDS:
        return _contact_parts(text, start, end, kind)
    if kind not in ("STREET_ADDRESS", "LOCATION"):
        return [(kind, start, end)]
    out: list[tuple[str, int, int]] = []
    street_open = kind == "STREET_ADDRESS"
    for m in _SEGMENT.finditer(text, start, end):
        piece = m.group().strip()
        if not piece:
            continue
        s = m.start() + (len(m.group()) - len(m.group().lstrip()))
        e = s + len(piece)
        tail = POSTCODE_TAIL_RE.search(piece)
        if tail and tail.start() > 0:  # "Bradford BD7 1AB": the town, then the postcode
            before = "STREET_ADDRESS" if street_open and not out else "LOCATION"
            head = piece[: tail.start()].rstrip()
            split = town_after_home(head) if before == "STREET_ADDRESS" else None
            if split is not None:  # "27 quince orchard ravenstonedale CA17 4PL": no comma
                out.append(("STREET_ADDRESS", s, s + split[0]))
                out.append(("LOCATION", s + split[1], s + len(head)))
            else:
                out.append((before, s, s + len(head)))
            out.append(("UK_POSTCODE", s + tail.start(1), e))
            street_open = False
            continue
        if POSTCODE_LOOSE_RE.fullmatch(piece):
            out.append(("UK_POSTCODE", s, e))
            street_open = False
        elif street_open and (not out or STREETISH_RE.search(piece)):
            if out and out[-1][0] == "STREET_ADDRESS":
                out[-1] = ("STREET_ADDRESS", out[-1][1], e)
            else:
                out.append(("STREET_ADDRESS", s, e))
            # "159 Tudor Forge Road, Princes End": a number and a street word make the street
            # whole; a district named like a street after it is a place
            street_open = not (any(c.isdigit() for c in piece) and _STREET_WORD.search(piece))
        else:
            street_open = False
            out.append(("LOCATION", s, e))
    return out


#: a phone number or an e-mail address: a field for one is often given the other too ("Your phone
#: / email: 07700 900123 / jo@example.org", "Email: 07700 900123 (no email)")
_CONTACT_KINDS = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"})
#: where one contact ends and the next starts in a field's value: "/", ",", ";", "or"
_CONTACT_SPLIT = re.compile(r"[ \t]*(?:[/,;]|[ \t]or[ \t])[ \t]*")
#: a phone number as given in a field: digits and the signs between them, no letter, no "@"
_PHONE_LIKE = re.compile(r"[+(]?\d[\d \t()\-.\u00ad\u00a0\u2011]*\d")


def _contact_parts(text: str, start: int, end: int, kind: str) -> list[tuple[str, int, int]]:
    """A phone or e-mail field's value typed by its shape, whichever the field says: a phone
    number alone is one ("Email: 07700 900123"), and where the value gives several contacts
    ("07700 900123 / jo@example.org") a part with "@" is an e-mail address and a part of digits
    (seven or more) a phone number; any other part keeps the field's type."""
    value = text[start:end]
    if _is_phone_like(value):
        return [("PHONE_NUMBER", start, end)]
    if "@" not in value:
        return [(kind, start, end)]
    parts: list[tuple[str, int, int]] = []
    pos = start
    for m in [*_CONTACT_SPLIT.finditer(text, start, end), None]:
        a, b = pos, (m.start() if m is not None else end)
        pos = m.end() if m is not None else end
        if b > a:
            piece = text[a:b]
            # ("0113 496 0000 (jo@example.org)" is no e-mail address: a part is one kind or the
            # field's)
            email = "@" in piece and sum(c.isdigit() for c in piece) < 7
            shape = "EMAIL_ADDRESS" if email else "PHONE_NUMBER" if _is_phone_like(piece) else kind
            parts.append((shape, a, b))
    if all(k == kind for k, _, _ in parts):
        return [(kind, start, end)]
    return parts


def _is_phone_like(value: str) -> bool:
    return bool(_PHONE_LIKE.fullmatch(value)) and sum(c.isdigit() for c in value) >= 7


_NAME_PARTICLES = frozenset(
    "van von der den de da di del la le du bin al el ap ab mac nic ni o an ó uí ua ferch binti".split()
)


#: a Karen name's first word: "Saw" (a man), "Naw" (a woman)
_KAREN_PREFIXES = frozenset({"Saw", "Naw", "SAW", "NAW"})


def _person_value(value: str) -> bool:
    """A field's value that can be a name: a few words, no digits, no sentence words."""
    from redaction.recognizers.lexicon import is_function_word, is_known_name, zipf

    words = value.replace(",", " ").split()
    if any(w in _KAREN_PREFIXES for w in words[:-1]):
        return True  # "Naw Eh Say", "HTOO, Saw Moo": a Karen name's first word says it is one
    if value.islower() and not any(is_known_name(w) or zipf(w) < 2.5 for w in words):
        return False  # "Contact: supervised, fortnightly": lower-case English words, no name
    return (
        0 < len(words) <= 6
        and all(_ocr_slip_or_no_digit(w) for w in words)
        and not any(
            is_function_word(w) and w.lower() not in _NAME_PARTICLES and not _INITIAL.fullmatch(w)
            for w in words[:-1]
        )
        and not (
            is_function_word(words[-1])
            and words[-1].lower() not in _NAME_PARTICLES
            and not value.isupper()  # "T DO": a surname in capitals is not the word "do"
            and not (len(words) > 1 and _INITIAL.fullmatch(words[-1]))  # "Kayode A"
        )
    )


def _ocr_slip_or_no_digit(word: str) -> bool:
    """A word of a name: no digit, or one digit a scan misread in a word of letters in
    capitals ("1ZABELA", "KW1ATKOWSKA", "SA0IRSE-ANN")."""
    digits = sum(c.isdigit() for c in word)
    if digits == 0:
        return True
    letters = sum(c.isalpha() for c in word)
    return digits == 1 and letters >= 2 and word.upper() == word and word[0] != "0"


def _json_key_type(text: str, label: str, at: int) -> str | None:
    """The type a JSON key announces: a form's label ("surname", "postcode"), or a person
    record's own key: a name's part ("family", "given") or, inside an address object, a line
    ("line")."""
    kind = field_type(_CAMEL_HUMP.sub("_", label))
    if kind is not None:
        return kind
    key = label.lower().replace("_", "").replace("-", "")
    if key in _JSON_NAME_KEYS:
        return "PERSON"
    if key in _JSON_LINE_KEYS and _ADDRESS_KEY_BEFORE.search(text, max(0, at - 300), at):
        return "STREET_ADDRESS"
    return None


def _json_person_record(text: str) -> list[tuple[str, int, int]]:
    """Values of a person record exported as JSON (a GP system's FHIR Patient, a contact
    card): ``"family": "Ode"``, ``"given": [ "Ann" ]``, ``"line": [ "Flat 2", "Mill Lane" ]``.
    An address's first line is its street; a later one is the street when it reads as one (a
    street's word or a number), else the district."""
    found: list[tuple[str, int, int]] = []
    for m in _QUOTED_FIELD.finditer(text):
        if field_type(_CAMEL_HUMP.sub("_", m.group("label"))) is not None:
            continue  # read as a form's field
        kind = _json_key_type(text, m.group("label"), m.start())
        if kind is not None:
            found += value_spans(text, m.start("value"), m.end("value"), kind, quoted=True)
    for m in _QUOTED_ARRAY.finditer(text):
        kind = _json_key_type(text, m.group("label"), m.start())
        if kind is None:
            continue
        items = [
            i
            for i in _ARRAY_ITEM.finditer(text, m.start("items"), m.end("items"))
            if i.group(0)[1:-1].strip()
        ]
        for n, item in enumerate(items):
            group = "value" if item.group("value") is not None else "single"
            start, end = item.span(group)
            value = text[start:end]
            item_kind = kind
            if (
                kind == "STREET_ADDRESS"
                and n > 0
                and not STREETISH_RE.search(value)
                and not NAMED_STREET_RE.match(value)
                and not any(c.isdigit() for c in value)
            ):
                item_kind = "LOCATION"
            found += value_spans(text, start, end, item_kind, quoted=True)
    return found


#: "A QASIM", "I MOSTYN": a capital letter before a surname is an initial, not "a" or "I"
_INITIAL = re.compile(r"\p{Lu}\.?")


class FormFieldRecognizer(TextRecognizer):
    """Values in ``Label: value`` lines and in tables with a header row of labels."""

    ENTITIES = [
        "PERSON",
        "DATE_OF_BIRTH",
        "UK_NINO",
        "UK_NHS",
        "UK_SORT_CODE",
        "UK_BANK_ACCOUNT",
        "UK_PASSPORT",
        "UK_DRIVING_LICENCE",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "UK_POSTCODE",
        "LOCATION",
        "STREET_ADDRESS",
    ]
    SCORE = 0.9

    def _result(self, kind: str, start: int, end: int) -> RecognizerResult:
        return recognized(self, kind, start, end, self.SCORE, context_enhanced=True)

    def analyze(self, text, entities, nlp_artifacts=None):
        found: list[tuple[str, int, int]] = []
        table_lines = self._tables(text, found)
        for m in _LINE_FIELD.finditer(text, overlapped=True):
            if m.start() in table_lines:
                continue
            kind = _screen_label_type(m.group("label"))
            if kind is not None:
                end = m.end("value")
                following = _NEXT_FIELD.search(text, m.start("value"), end)
                end = following.start() if following else end
                if (
                    text.rfind("\n", 0, m.start()) + 1 in table_lines
                    and field_type(text[m.start("value") : end].strip(" \t|")) is not None
                ):
                    continue  # a header row's next label: "| DOB | NI number |"
                if kind == "PERSON" and _ALIAS_LABEL.search(m.group("label")):
                    # "Aliases: Sayed Jalal Foreshaw, EHSANULLAH": a list, one name a part
                    # (elsewhere "SMITH, Jane" is one name, its surname first)
                    for part in _SEGMENT.finditer(text, m.start("value"), end):
                        found += value_spans(text, part.start(), part.end(), kind)
                else:
                    found += value_spans(text, m.start("value"), end, kind)
        for m in _QUOTED_FIELD.finditer(text):
            kind = field_type(_CAMEL_HUMP.sub("_", m.group("label")))
            if kind is not None:
                found += value_spans(text, m.start("value"), m.end("value"), kind, quoted=True)
        for m in _TYPED_NUMBER.finditer(text):  # {"type": "passport", "number": "805 036 19"}
            kind = field_type(m.group("kind").replace("_", " ")) or field_type(
                m.group("kind").replace("_", " ").replace("-", " ")
            )
            if kind is not None:
                found += value_spans(text, m.start("value"), m.end("value"), kind, quoted=True)
        if '"' in text or "'" in text:
            found += _json_person_record(text)
        for m in _LABEL_LINE.finditer(text, overlapped=True):
            kind = field_type(m.group("label"))
            # a form's question and its answer: "Q11 Names of tenants\nA: Tomer Biton, ..."
            answer = _ANSWER_MARK.match(text, m.start("value"))
            start = answer.end() if answer else m.start("value")
            value = text[start : m.end("value")]
            if kind is not None and field_type(value) is None and ":" not in value:
                found += value_spans(text, start, m.end("value"), kind)
        for m in _ADDRESS_WITHOUT_COLON.finditer(text):
            found += value_spans(text, m.start("value"), m.end("value"), "STREET_ADDRESS")
        found += _labelled_columns(text)
        found += _slash_header_rows(text)
        found += _aligned_table_values(text)
        found += lower_case_address_lines(text)
        for m in _CAPTION_UNDER_VALUE.finditer(text, overlapped=True):
            if len(m.group("value").split()) > 6 or len(m.group("label").split()) > 6:
                continue  # a sentence and the next one ("P.S. ...\nP.P.S. You can email me")
            kind = field_type(m.group("label"))
            if kind is not None and field_type(m.group("value")) is None:
                found += value_spans(text, m.start("value"), m.end("value"), kind)
        for m in _LABEL_AFTER_VALUE.finditer(text):
            kind = field_type(m.group("label"))
            if kind is not None and field_type(m.group("value")) is None:
                found += value_spans(text, m.start("value"), m.end("value"), kind)
        wanted = set(entities or self.ENTITIES)
        return EntityRecognizer.remove_duplicates(
            [self._result(k, s, e) for k, s, e in found if k in wanted and e > s]
        )

    @staticmethod
    def _tables(text: str, found: list) -> set[int]:
        """Spans from tables; returns the start offsets of the lines they used."""
        used: set[int] = set()
        columns: list[str | None] | None = None
        pos = 0
        separator: str | None = None  # "," or ";" in a table pasted as CSV
        for line in text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            if columns is not None and _GRID_RULE.match(line):
                # an ASCII grid's rule between its header and its rows ("+------+-----+")
                used.add(start)
                continue
            if columns is not None and separator == "\t":
                cells = _tab_cells(line, start)  # one tab a cell: empty cells keep their place
            else:
                cells = _cells(line, start)
            if len(cells) < 2 and columns is not None and separator in (",", ";"):
                cells = _csv_cells(line, start, separator)
                if len(cells) != len(columns):
                    cells = []
            elif len(cells) < 2:
                header = table_header(text, line, start)
                if header is not None:
                    separator, cells, kinds = header
                    columns = kinds
                    used.add(start)
                    continue
            if len(cells) < 2:
                columns = separator = None
                continue
            if _RULE_ROW.match(line):
                used.add(start)
                continue
            kinds = [field_type(text[a:b]) for a, b in cells]
            labels = sum(k is not None for k in kinds)
            if (
                (labels >= 2 and labels * 2 >= len(kinds))
                or _headings_over_tabbed_rows(text, line, pos)
                or (labels >= 1 and _one_label_over_rows(text, cells, pos, None))
            ) and separator in (None, "\t"):
                # a header row; pasted from a spreadsheet it has one tab between cells, and so
                # have its rows, where two tabs are an empty cell
                columns = kinds
                separator = (
                    "\t" if "\t" in line and "\t\t" not in line and "|" not in line else None
                )
                used.add(start)
                continue
            if columns is None:  # "Name | Jane Smith": one field a line, read below
                continue
            used.add(start)
            for (a, b), kind in zip(cells, columns):
                if kind is not None:
                    found += value_spans(text, a, b, kind)
        return used


def _headings_over_tabbed_rows(text: str, line: str, next_start: int) -> bool:
    """ "PA\tNI number\tHours\tRate" over rows with as many tab cells: a spreadsheet's header
    with one field label and other headings in common words ("PA", "Hours", "Rate") heads a
    table as well as one with two labels; a mistyped NI number under it is still one."""
    if "\t" not in line or "|" in line:
        return False
    headings = [cell.strip() for cell in line.split("\t")]
    if len(headings) < 3 or not all(headings) or any(c.isdigit() for c in line):
        return False
    if not any(field_type(h) is not None for h in headings) or not all(
        _label_like(h) for h in headings
    ):
        return False
    row = text[next_start : line_bounds(text, next_start)[1]]
    return row.count("\t") == line.count("\t") and not _RULE_ROW.match(row)


def row_cells(text: str, pos: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each cell of the line holding ``pos`` when it is a row of four or
    more cells split by tabs or "|" (pasted from a spreadsheet or a tracker), else none."""
    line_start, line_end = line_bounds(text, pos)
    cells = _cells(text[line_start:line_end], line_start)
    return cells if len(cells) >= 4 else []


def _column(text: str, line_start: int, pos: int) -> int:
    """Which column of a tab- or "|"-separated line ``pos`` is in (empty cells counted)."""
    line_end = line_bounds(text, line_start)[1]
    sep = "\t" if "\t" in text[line_start:line_end] else "|"
    return text.count(sep, line_start, pos)


def _labelled_columns_above(text: str, pos: int, most: int = 500) -> dict[int, str]:
    """The columns that a header names with a label ("surname", "town") and the type each
    label announces, when the row holding ``pos`` is one of a table (rows of four or more cells
    one under another) whose first row labels two or more columns."""
    start = line_bounds(text, pos)[0]
    for _ in range(most):
        if start == 0:
            return {}
        start = line_bounds(text, start - 1)[0]
        cells = row_cells(text, start)
        if not cells:
            return {}
        labelled = {
            _column(text, start, a): kind
            for a, b in cells
            if (kind := field_type(text[a:b])) is not None
        }
        if len(labelled) >= 2:
            return labelled
    return {}


def headerless_row_spans(text: str, postcode_start: int) -> list[tuple[str, int, int]]:
    """A row pasted from a tracker without its header ("TN502253\tP Dobre\tTigh na
    Cladach\tPH22 8QL\t8-Nov-1997\t£2,618.46"): the postcode found in it says what its
    neighbours are. The cell right before the postcode is the street or house name, and cells
    of a few words without digits before that are the name of the person the row is about.
    Only in a row of four or more cells split by tabs or "|"."""
    cells = row_cells(text, postcode_start)
    at = next((i for i, (a, b) in enumerate(cells) if a <= postcode_start < b), None)
    if not at:
        return []
    out: list[tuple[str, int, int]] = []
    a, b = cells[at - 1]
    street = text[a:b]
    if any(c.isalpha() for c in street) and field_type(street) is None:
        out.append(("STREET_ADDRESS", a, b))
    for a, b in cells[: at - 1]:
        value = text[a:b]
        if (
            value
            and value[0].isupper()
            and len(value.split()) <= 4
            and field_type(value) is None
            and _person_value(value)
        ):
            out.append(("PERSON", a, b))
    # under a header that labels a cell's column, the label says what the cell is ("town": the
    # cell before the postcode is a town, not a street)
    labelled = _labelled_columns_above(text, postcode_start)
    row = line_bounds(text, postcode_start)[0]
    typed = [(labelled.get(_column(text, row, a), kind), a, b) for kind, a, b in out]
    return [piece for kind, a, b in typed for piece in _street_and_towns(text, kind, a, b)]


def _street_and_towns(text: str, kind: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """An address cell that ends in its town ("15 Mill Lane, Ballycastle") is the street and
    the town: from the first comma after which every part up to the cell's end is a town."""
    if kind != "STREET_ADDRESS":
        return [(kind, start, end)]
    for comma in (m.start() for m in re.finditer(",", text[start:end])):
        towns = towns_after(text, start + comma)
        if towns and towns[-1][1] == end and STREETISH_RE.search(text, start, start + comma):
            return [(kind, start, start + comma)] + [("LOCATION", a, b) for a, b in towns]
    return [(kind, start, end)]


#: the gap between two columns of a fixed-width table (a report printed as plain text)
_COLUMN_GAP = re.compile(r"[ \t]{2,}")


def aligned_cells(text: str, pos: int) -> list[tuple[int, int]]:
    """The cells of the line holding ``pos`` when it is a row of a fixed-width table: three or
    more cells split by runs of two or more spaces ("Flat 0/3, 120 Garrioch Road HS9 3BD     Jagdeep
    Siddique     19/11/1966     £825.00")."""
    cells = _line_cells(text, *line_bounds(text, pos))
    return cells if len(cells) >= 3 else []


def names_in_aligned_row(text: str, pos: int) -> list[tuple[int, int]]:
    """In a row of a fixed-width table that holds a postcode at ``pos`` (a landlord's schedule,
    a report printed as text), the cells that are only a person's name: "Jagdeep Siddique",
    "OWUSU-ANSAH, Chidinma"."""
    out = []
    for a, b in aligned_cells(text, pos):
        value = text[a:b]
        title = _LEADING_TITLE.match(value)
        if title:  # "Mr Yousef Villanueva": the name without its title
            a += title.end()
            value = text[a:b]
        if (
            not a <= pos < b
            and value[:1].isupper()
            and len(value.split()) <= 4
            and not any(c.isdigit() for c in value)
            and not ORG_WORDS.intersection(value.replace(",", " ").split())
            and field_type(value) is None
            and _person_value(value)
        ):
            out.append((a, b))
    return out


def values_beside(text: str, start: int, end: int, kind: str) -> list[tuple[int, int]]:
    """The next column of a table row whose label announces ``kind``, after a value of that
    kind found at ``start:end``: a joint claim's "Full name   Ewa Nowak   Jan Nowak", an audit
    trail's "Town     Chorley     Plucks Gutter" (old value, new value). One cell only, of a few
    words that are not labels: a table read as one wrapped paragraph has lost its line ends."""
    cells = row_cells(text, start) or aligned_cells(text, start)
    at = next((i for i, (a, b) in enumerate(cells) if a <= start < b), None)
    if not at or cells[at][1] < end or at + 1 >= len(cells):
        return []
    words = text[cells[at - 1][0] : cells[at - 1][1]].split()
    if not any(field_type(" ".join(words[-n:])) == kind for n in range(1, min(4, len(words)) + 1)):
        return []
    a, b = cells[at + 1]
    value = text[a:b]
    if (
        not value[:1].isupper()
        or len(value.split()) > 4
        or (kind != "STREET_ADDRESS" and any(c.isdigit() for c in value))
        or NON_NAME_WORDS.intersection(value.replace(",", " ").split())
        or field_type(value) is not None
    ):
        return []
    return [(a, b)]


#: a line with a column gap in it: a candidate row of a fixed-width table
_ROW_LINE = re.compile(r"(?m)^[^\n]*[ \t]{2,}[^\n]*$")


_NAME_OR_PLACE_LABEL = re.compile(
    r"(?i:names?|surname|forenames?|town|city|county|district|village|locality|address|street"
    r"|birth|dob|claimant|applicant|partner|tenant)\b"
)
#: a fixed-width record's line of one label and its value ("ADDRESS    CHALK PIT HOUSE"): the
#: label first on the line, three or more spaces, then the value
_LABEL_GAP_VALUE = re.compile(r"(?m)^([^\W\d][^\n]*?)[ ]{3,}(\S[^\n]*?)[ \t]*$")


def _next_identifier(text: str, start: int, end: int, kind: str) -> tuple[str, int] | None:
    """A cell that starts with another identifier's label and holds its number ("NINO
    RP036269C" after a date of birth): that identifier's type and where its value starts."""
    for n in (3, 2, 1):
        lead = re.match(rf"\S+(?:[ ]\S+){{{n - 1}}}[ ]+", text[start:end])
        if lead is None:
            continue
        label_kind = field_type(lead.group())
        rest = text[start + lead.end() : end]
        if (
            label_kind is not None
            and label_kind != kind
            and (label_kind in _NUMBERED or label_kind == "DATE_OF_BIRTH")
            and any(c.isdigit() for c in rest)
        ):
            return label_kind, start + lead.end()
    return None


def _labelled_columns(text: str) -> list[tuple[str, int, int]]:
    """The values in the next one or two columns of a fixed-width row whose cell is a field
    label and has no colon: an audit trail's "Town     Rhisga     Forres" (old and new value), a
    joint claim's "Other names     Mealla     Farhad"."""
    found: list[tuple[str, int, int]] = []
    for line in _ROW_LINE.finditer(text):
        cells = aligned_cells(text, line.start())
        pair = None if cells else _LABEL_GAP_VALUE.match(text, line.start(), line.end())
        if pair is not None and len(_line_cells(text, line.start(), line.end())) == 2:
            cells = [pair.span(1), pair.span(2)]
        if sum(field_type(text[a:b]) is not None for a, b in cells) > 1 or (
            aligned_header(text, line.start()) is not None
        ):
            continue  # a header row: "Property   Tenant(s)   DOB   Arrears   Since"
        for i, (a, b) in enumerate(cells[:-1]):
            label = text[a:b]
            if any(c.isdigit() for c in label) or len(label.split()) > 4:
                continue  # a value, not a label ("197 Boscawen Street SY8 0TW")
            kind = field_type(label)
            if kind not in ("PERSON", "LOCATION", "STREET_ADDRESS", "DATE_OF_BIRTH") or (
                not _NAME_OR_PLACE_LABEL.search(label)  # "User", "Agent": a header's words
            ):
                continue
            for c, d in cells[i + 1 : i + 3]:
                value = text[c:d]
                following = _next_identifier(text, c, d, kind)
                if following is not None:  # "DOB  22.05.90  NINO RP036269C": the next field
                    found += value_spans(text, following[1], d, following[0])
                    break
                if (
                    field_type(value) is not None
                    or value.startswith("(")
                    or (kind == "DATE_OF_BIRTH" and not any(ch.isdigit() for ch in value))
                ):
                    break
                found += value_spans(text, c, d, kind)
            break
    return found


#: a header of three or more short column names split by " / ": "FLAT / OWNER / TITLE / SHARE"
_SLASH_HEADER = re.compile(
    r"(?m)^[ \t]*(\p{L}[\p{L}'’.() ]{0,24}?(?:[ \t]+/[ \t]+\p{L}[\p{L}'’.() ]{0,24}?){2,})[ \t]*$"
)
_SLASH_SPLIT = re.compile(r"[ \t]+/[ \t]+")
_DASH_SPLIT = re.compile(r"[ \t]+[-–][ \t]+")


def _slash_header_rows(text: str) -> list[tuple[str, int, int]]:
    """The rows under a " / " header, one a line with their cells split by " - " ("0F1, 21
    Tenter Wynd - MAGNUSSON, Tomy - DMF60096 - £5,986.38"): a cell under a name, place or
    address column is that value. Indented lines (a row's phone or e-mail) are skipped; the
    table ends at a blank line."""
    found: list[tuple[str, int, int]] = []
    for m in _SLASH_HEADER.finditer(text):
        heads = _SLASH_SPLIT.split(m.group(1).strip())
        kinds = [field_type(h) for h in heads]
        if not any(k in _FREE_TEXT or k == "DATE_OF_BIRTH" for k in kinds):
            continue
        pos = m.end() + 1
        while pos < len(text):
            line_start, line_end = line_bounds(text, pos)
            if not text[line_start:line_end].strip():
                break
            if text[line_start] not in " \t":
                cells = _split_line(text, line_start, line_end, _DASH_SPLIT)
                if len(cells) == len(heads):
                    for (a, b), kind in zip(cells, kinds, strict=True):
                        if kind in _FREE_TEXT or kind == "DATE_OF_BIRTH":
                            found += value_spans(text, a, b, kind)
            pos = line_end + 1
    return found


def _split_line(
    text: str, line_start: int, line_end: int, gap: re.Pattern
) -> list[tuple[int, int]]:
    """``(start, end)`` of the pieces of one line between the matches of ``gap``, empty ones
    too."""
    cells, start = [], line_start
    for found in gap.finditer(text, line_start, line_end):
        cells.append((start, found.start()))
        start = found.end()
    cells.append((start, line_end))
    return cells


def _line_cells(text: str, line_start: int, line_end: int) -> list[tuple[int, int]]:
    """The cells of one line split by runs of two or more spaces (empty cells dropped)."""
    return [
        (a, b) for a, b in _split_line(text, line_start, line_end, _COLUMN_GAP) if text[a:b].strip()
    ]


def _label_like(cell: str) -> bool:
    """A column's heading: a field label ("Name", "DOB"), or common words that are no one's
    given name ("Agency", "Role", "Document", "Date", "Pages"; not "Jane Smith")."""
    from redaction.recognizers.lexicon import is_given_name, zipf

    if field_type(cell) is not None:
        return True
    words = cell.replace("/", " ").split()
    return bool(words) and all(
        w[:1].isupper() and not is_given_name(w) and zipf(w) >= _HEADING_ZIPF for w in words
    )


#: a column heading's words are common ones (Zipf 3.5: about 3 in a million words)
_HEADING_ZIPF = 3.5


def aligned_header(text: str, line_start: int) -> list[tuple[int, int]] | None:
    """The cells of the line at ``line_start`` when it is the header row of a table printed as
    plain text ("Name        Agency        Role", "Tab  Document   Date   Pages"): three or more
    short headings without digits, most of them labels or common words, over a row whose cells
    start in the same columns as the headings."""
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    cells = _line_cells(text, line_start, line_end)
    if len(cells) < 3 or any(
        len(text[a:b].split()) > 3 or any(c.isdigit() for c in text[a:b]) for a, b in cells
    ):
        return None
    if sum(_label_like(text[a:b]) for a, b in cells) * 2 < len(cells):
        return None
    if line_end >= len(text):
        return None
    next_end = text.find("\n", line_end + 1)
    next_end = len(text) if next_end < 0 else next_end
    row = _line_cells(text, line_end + 1, next_end)
    columns = {a - line_start for a, _ in cells}
    if len(row) < 2 or any(a - line_end - 1 not in columns for a, _ in row):
        return None
    if line_start > 0:  # a header heads its table: the line above is no row of the same columns
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        above = _line_cells(text, above_start, line_start - 1)
        if len(above) >= 2 and all(a - above_start in columns for a, _ in above):
            return None
    return cells


def column_heading(text: str, pos: int) -> str | None:
    """The heading over the cell at ``pos`` when its line is a row of a table printed as text
    (the header found by :func:`aligned_header` above it, every row between starting its cells
    in the header's columns), else None."""
    line_start, line_end = line_bounds(text, pos)
    row = _line_cells(text, line_start, line_end)
    cell = next(((a, b) for a, b in row if a <= pos < b), None)
    if cell is None or len(row) < 2:
        return None
    top = line_start
    for _ in range(40):  # a table printed as text is rarely longer
        if top == 0:
            return None
        above = text.rfind("\n", 0, top - 1) + 1
        cells = _line_cells(text, above, top - 1)
        if len(cells) < 2:
            return None
        header = aligned_header(text, above)
        if header is not None:
            columns = {a - above: (a, b) for a, b in header}
            if any(a - line_start not in columns for a, _ in row):
                return None
            a, b = columns[cell[0] - line_start]
            return text[a:b]
        top = above
    return None


def _aligned_table_values(text: str) -> list[tuple[str, int, int]]:
    """The values under the labelled columns of a table printed as plain text: a meeting's
    attendees under "Name", whatever the model makes of them. A row belongs to the table while
    each of its cells starts in a header's column; a blank line or another shape ends it."""
    found: list[tuple[str, int, int]] = []
    for line in _ROW_LINE.finditer(text):
        if line.start() > 0 and text[line.start() - 1] != "\n":
            continue
        header = aligned_header(text, line.start())
        if header is None:
            continue
        kinds = {  # a name's or a place's column ("User", "Agent": a system's words, no)
            a - line.start(): field_type(text[a:b])
            if _NAME_OR_PLACE_LABEL.search(text[a:b])
            else None
            for a, b in header
        }
        if not any(k in _FREE_TEXT for k in kinds.values()):
            continue
        pos = line.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            row = _line_cells(text, pos, end)
            if not row or any(a - pos not in kinds for a, _ in row):
                break
            for a, b in row:
                kind = kinds[a - pos]
                if kind is not None:
                    found += value_spans(text, a, b, kind)
            pos = end + 1
    return found


#: an address written on its own line all in lower case, its parts apart by commas and its
#: postcode last: "chainmakers cottage, cut end road, dorrington, salop.  sy5 1wg"
_LOWER_ADDRESS_LINE = re.compile(
    r"(?m)^[ \t]*(?P<parts>[\p{Ll}\d][\p{Ll}\d'’.\- \t]*(?:,[ \t]*[\p{Ll}\d][\p{Ll}\d'’.\- \t]*)+?)"
    # (the postcode may not end the line: a hard-wrapped message is read as one line)
    rf"[ \t]*,?[ \t]*(?<![\p{{L}}\d])(?P<postcode>{POSTCODE_ANY_CASE_RE.pattern})(?![\w])"
)
#: a flat before its house number: "top floor flat, 20a eaudyke road"
_FLAT_WORDS = re.compile(
    r"(?i)(?:flat|apartment|apt|unit|bedsit|maisonette|room|studio|suite"
    r"|(?:top|ground|first|second|third|basement)[ \t]+floor)\b"
)
#: the words of a place's name that are also function words ("Stratford upon Avon", "Top Farm")
_PLACE_LINKS = frozenset("the on upon in by under next top".split())


def lower_case_address_lines(text: str) -> list[tuple[str, int, int]]:
    """The parts of an address written on its own line in lower case (a message typed on a
    phone): the leading parts with a number, a street or a house word are the street address
    ("cut end road" read as "Cut End Road"), the rest are places, then the postcode. A line with
    a sentence's words in it ("i live at ...") is not an address line."""
    from redaction.recognizers.lexicon import could_be_name, is_function_word

    out: list[tuple[str, int, int]] = []
    for m in _LOWER_ADDRESS_LINE.finditer(text):
        parts = list(_SEGMENT.finditer(text, m.start("parts"), m.end("parts")))
        words = m.group("parts").replace(",", " ").split()
        if any(len(p.group().split()) > 4 for p in parts) or any(
            is_function_word(w) and w not in _PLACE_LINKS for w in words
        ):
            continue
        pieces = [p.group().strip() for p in parts]
        if (
            len(pieces) > 1
            and not any(c.isdigit() for c in pieces[0])
            and not STREETISH_RE.search(pieces[0].title())
            and not _FLAT_WORDS.match(pieces[0])
            and pieces[1][:1].isdigit()
        ):  # "jo bloggs, 12 osier lane, ...": the sender's name before the house number
            if all(could_be_name(w) for w in pieces[0].split()):
                first = parts[0]
                start = first.start() + first.group().index(pieces[0])
                out.append(("PERSON", start, start + len(pieces[0])))
            parts = parts[1:]
        line: list[tuple[str, int, int]] = []
        for part in parts:
            piece = part.group().strip()
            if not piece:
                continue
            start = part.start() + part.group().index(piece)
            end = start + len(piece)
            if not line or (
                line[-1][0] == "STREET_ADDRESS"
                and (any(c.isdigit() for c in piece) or STREETISH_RE.search(piece.title()))
            ):  # the first part is the house or the flat; a street may follow it
                if line:
                    line[-1] = ("STREET_ADDRESS", line[-1][1], end)
                else:
                    line.append(("STREET_ADDRESS", start, end))
                continue
            line.append(("LOCATION", start, end))
        out += line + [("UK_POSTCODE", m.start("postcode"), m.end("postcode"))]
    return out


#: a printed form that puts each caption under its value, fields apart by blank lines:
#: "\n\n4 JUL 1998\nDate of birth (dd/mm/yyyy)\n\n"
_CAPTION_UNDER_VALUE = re.compile(
    r"(?:^|\n[ \t]*\n)[ \t]*(?P<value>[^\n:]{1,80}?)[ \t]*\n[ \t]*(?P<label>[^\n:]{2,60}?)[ \t]*"
    r"(?=\n[ \t]*\n|\n?\Z)"
)

#: a voucher or a slip that writes each value first and its label after it in brackets, one
#: field a line: "18 Mar 1942   (date of birth)", "Lisnaskea   (town / area)"
_LABEL_AFTER_VALUE = re.compile(
    r"(?m)^[ \t]*(?P<value>[^\s()][^\n()]{0,80}?)[ \t]+\((?P<label>[^()\n\d]{2,40})\)[ \t]*$"
)


_LEADING_TITLE = re.compile(rf"(?:{'|'.join(TITLES)})\.?[ \t]+(?=\p{{Lu}})")


_CSV_CELL = {
    sep: re.compile(rf'[ \t]*(?:"(?P<quoted>[^"\n]*)"|(?P<plain>[^{sep}"\n]*?))[ \t]*(?:{sep}|$)')
    for sep in ",;"
}


def _csv_cells(line: str, offset: int, separator: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each cell of a comma- or semicolon-separated line; quoted cells
    (``"SMITH, Jane"``) keep their separators and lose their quotes."""
    cells: list[tuple[int, int]] = []
    pos = 0
    pattern = _CSV_CELL[separator]
    while pos <= len(line):
        m = pattern.match(line, pos)
        if m is None or (m.end() == pos and pos == len(line) and cells):
            break
        group = "quoted" if m.group("quoted") is not None else "plain"
        cells.append((offset + m.start(group), offset + m.end(group)))
        if m.end() == len(line) and not line.endswith(separator):
            break
        pos = m.end()
        if pos == len(line):
            cells.append((offset + pos, offset + pos))  # a trailing empty cell
            break
    return cells


def is_header_row(line: str) -> bool:
    """A line of column labels: "Name | DOB | NI number", "Name\tDOB\t...", "Name,dob,..."."""
    if table_header(line, line, 0) is not None:
        return True
    cells = _cells(line, 0)
    kinds = [field_type(line[a:b]) for a, b in cells]
    labels = sum(k is not None for k in kinds)
    return len(cells) >= 2 and labels >= 2 and labels * 2 >= len(kinds)


def table_header(
    text: str, line: str, offset: int
) -> tuple[str, list[tuple[int, int]], list[str | None]] | None:
    """A table pasted as CSV starts with a header row of short labels ("Name,DOB,NI
    number,mobile"): the separator, its cells and the type each column announces."""
    for separator in ",;":
        if line.count(separator) < 2:
            continue
        cells = _csv_cells(line, offset, separator)
        names = [text[a:b].strip() for a, b in cells]
        if not all(names) or any(len(n.split()) > 4 for n in names):
            continue
        kinds = [field_type(n) for n in names]
        labels = sum(k is not None for k in kinds)
        # a system's export names its columns in single words ("MessageId";"Recipient";"Name";
        # "Body";"SentAt"): two labels among them are enough
        if labels >= 2 and (labels * 2 >= len(kinds) or all(" " not in n for n in names)):
            return separator, cells, kinds
        if labels >= 1 and _one_label_over_rows(text, cells, offset + len(line) + 1, separator):
            return separator, cells, kinds
    return None


def _one_label_over_rows(
    text: str, cells: list[tuple[int, int]], next_start: int, separator: str | None
) -> bool:
    """ "Status | DOB | Appointment", "Ref,Sort code,Amount": one field label among headings
    in common words heads a table when the row under it (a rule row skipped) has as many cells;
    the labelled column's values are that identifier, whatever the other columns hold. Three
    headings or more, none ending in a colon: "q5d_pc:\tsa1 9pp" over "q6_tel:\t..." is a form's
    label and value a line, not a table."""
    names = [text[a:b].strip() for a, b in cells]
    if len(names) < 3 or any(n.endswith(":") for n in names) or not all(map(_heading, names)):
        return False
    for _ in range(2):
        if next_start >= len(text):
            return False
        end = line_bounds(text, next_start)[1]
        row = text[next_start:end]
        if not _RULE_ROW.match(row):
            break
        next_start = end + 1
    row_cells_ = (
        _csv_cells(row, next_start, separator)
        if separator in (",", ";")
        else _cells(row, next_start)
    )
    return len(row_cells_) == len(cells)


#: a word as common as "case" or "council" heads a column even if somebody is called so
_COMMON_WORD_ZIPF = 4.8


def _heading(cell: str) -> bool:
    """A column's heading: a field label, or up to five common words with no digit, the first
    no given name unless a common word too ("Status", "Case ref", "Council tax a/c ref")."""
    from redaction.recognizers.lexicon import is_given_name, zipf

    if field_type(cell) is not None:
        return True
    words = cell.replace("/", " ").split()
    return (
        0 < len(words) <= 5
        and not any(c.isdigit() for c in cell)
        and (not is_given_name(words[0]) or zipf(words[0]) >= _COMMON_WORD_ZIPF)
        and all(zipf(w.strip(".:#")) >= _HEADING_ZIPF - 0.5 for w in words)
    )


def csv_header_labels(text: str) -> list[tuple[int, int]]:
    """Where the labels of a CSV table's header row are ("UPN;Adno;Legal Surname;DOB"): a
    column's label is never a person's name or a place."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line.count(",") < 2 and line.count(";") < 2:
            continue
        header = table_header(text, line, start)
        if header is not None:
            _, cells, kinds = header
            out += [(a, b) for (a, b), kind in zip(cells, kinds) if kind is not None]
    return out


def _tab_cells(line: str, offset: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each cell of a row pasted from a spreadsheet: one tab a cell."""
    out, pos = [], 0
    for piece in line.split("\t"):
        stripped = piece.strip()
        start = pos + (piece.find(stripped) if stripped else 0)
        out.append((offset + start, offset + start + len(stripped)))
        pos += len(piece) + 1
    return out


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each cell of a ``|``- or tab-separated line (outer pipes dropped)."""
    if "|" not in line and "\t" not in line:
        return []
    cells, pos = [], 0
    for m in _CELL_SPLIT.finditer(line):
        cells.append((pos, m.start()))
        pos = m.end()
    cells.append((pos, len(line)))
    out = [(offset + a, offset + b) for a, b in cells]
    if out and not line[: out[0][1] - offset].strip():
        out = out[1:]
    if out and not line[out[-1][0] - offset :].strip():
        out = out[:-1]
    return out


__all__ = [
    "FIELD_TYPES",
    "FormFieldRecognizer",
    "aligned_cells",
    "aligned_header",
    "column_heading",
    "csv_header_labels",
    "field_type",
    "headerless_row_spans",
    "is_header_row",
    "names_in_aligned_row",
    "row_cells",
    "table_header",
    "value_spans",
    "values_beside",
]
