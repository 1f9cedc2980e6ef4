"""Addresses: postcodes, street address lines, and the towns/districts/counties around them."""

from __future__ import annotations

from collections.abc import Iterable

import regex as re
from presidio_analyzer import (
    EntityRecognizer,
    LocalRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerResult,
)
from presidio_analyzer.predefined_recognizers import UkPostcodeRecognizer

from redaction.recognizers.base import _DIGIT, _DIGIT_OR_AT, CASE_SENSITIVE, _CueMixin
from redaction.recognizers.vocabulary import (
    CASEWORK_TERMS,
    COUNTRY_LEVEL,
    NON_NAME_WORDS,
    ORG_WORDS,
)

_POSTCODE = (
    r"(?:GIR ?0AA"
    r"|[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]?[ ]?[0-9][ABD-HJLNP-UW-Z]{2}"
    r"|[A-PR-UWYZ][0-9]{2}[ ]?[0-9][ABD-HJLNP-UW-Z]{2}"
    r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]?[ ]?[0-9][ABD-HJLNP-UW-Z]{2}"
    r"|[A-PR-UWYZ][A-HK-Y][0-9]{2}[ ]?[0-9][ABD-HJLNP-UW-Z]{2})"
)
POSTCODE_RE = re.compile(rf"\b{_POSTCODE}\b")


class UkPostcodeNumberRecognizer(_CueMixin, UkPostcodeRecognizer):
    """UK postcode (Royal Mail position rules, e.g. ``LS6 3AB``, ``SW1A 1AA``).

    Upper-case postcodes are distinctive enough on their own; lower-case ones (``ls6 3ab``)
    need an address cue.
    """

    PATTERNS = [
        Pattern("UK postcode", rf"\b{_POSTCODE}\b", 0.6),
        Pattern("UK postcode (lower case)", rf"(?i:\b{_POSTCODE}\b)", 0.2),
    ]
    CONTEXT = ["postcode", "post code", "postal code", "address", "live at", "living at",
               "moved to", "resident", "flat", "road", "street", "lane"]
    WINDOW = 80

    def __init__(self, **kwargs):
        super().__init__(patterns=list(self.PATTERNS), context=list(self.CONTEXT), **kwargs)
        self.global_regex_flags = CASE_SENSITIVE

    def cue_score(self, text, start, end, score):
        if score >= 0.6:  # upper case: already confident, a cue only adds
            return max(score, super().cue_score(text, start, end, score))
        return super().cue_score(text, start, end, score)



# --------------------------------------------------------------------------- addresses
STREET_SUFFIXES = (
    "Road", "Rd", "Street", "St", "Lane", "Ln", "Avenue", "Ave", "Close", "Cl", "Drive", "Dr",
    "Court", "Ct", "Way", "Crescent", "Cres", "Gardens", "Gdns", "Place", "Pl", "Terrace",
    "Ter", "Terr", "Grove", "Gr", "Walk", "Row", "Square", "Sq", "Mews", "Rise", "View", "Hill",
    "Park", "Green", "Vale", "Parade", "Wharf", "Mount", "Croft", "Meadow", "Meadows",
    "Fields", "Field", "Gate", "Yard", "Boulevard", "Chase", "Approach", "Circus", "Brow",
    "Bank", "Side", "End", "Wynd", "Brae", "Loan", "Quay", "Ridge", "Hollow", "Dale", "Glen",
    "Heights", "Villas", "Cottages", "Buildings", "Passage", "Path", "Embankment", "Grange",
    "Orchard", "Paddock", "Pastures", "Leys", "Nook", "Fold", "Garth", "Lea", "Coppice",
    "Copse", "Spinney", "Market", "Broadway", "Highway", "Causeway", "Circle", "Row",
)
HOUSE_WORDS = (
    "House", "Court", "Lodge", "Cottage", "Cottages", "Mansions", "Buildings", "Building",
    "Tower", "Towers", "Hall", "Farm", "Barn", "Mill", "Mills", "Point", "Heights",
    "Apartments", "Works", "Villa", "Villas", "Manor", "Grange", "Rectory", "Vicarage",
    "Chambers", "Wharf", "Quay", "Bungalow", "Croft", "Gatehouse", "Coach House", "Flats",
    "Estate", "Block", "View", "Haven", "Gables", "Willows", "Laurels", "Beeches", "Elms",
    "Pines", "Oaks", "Firs", "Orchard", "Bungalow", "Chalet", "Retreat", "Nook", "Rest",
)
#: house-name word endings ("Brookside", "Hillcrest", "Fairview", "Oakwood")
_HOUSE_ENDINGS = (r"\p{Lu}\p{Ll}+(?:side|crest|view|lands|dene|holme|croft|mead|garth|haven"
                  r"|brook|ridge)\b")


def _alts(words: Iterable[str]) -> str:
    forms = set()
    for w in words:
        forms.update({w, w.upper()})
    return "|".join(sorted(map(re.escape, forms), key=len, reverse=True))


_SUFFIX = rf"(?:{_alts(STREET_SUFFIXES)})"
_HOUSE_STRICT = rf"(?:(?:{_alts(HOUSE_WORDS)})\b)"
_HOUSE = rf"(?:{_HOUSE_STRICT}|{_HOUSE_ENDINGS})"
_CAPWORD = r"(?:St\.?|\p{Lu}[\p{L}'’\-]*\p{L}|\p{Lu})"
_FLAT = (r"(?:(?:Flat|FLAT|Apartment|APARTMENT|Apt\.?|APT\.?|Unit|UNIT|Studio|STUDIO|Room|ROOM"
         r"|Maisonette|Suite)[ \t]+\d{1,4}[A-Za-z]?|\d{1,2}/\d{1,2}(?=,?[ \t]+\d)"
         r"|(?:Basement|Ground[ \t]+Floor|First[ \t]+Floor|Second[ \t]+Floor|Top[ \t]+Floor)"
         r"[ \t]+Flat)")
_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
           r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?"
           r"|Tue(?:sday)?|Wed(?:nesday)?|Thu(?:rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?"
           r"|Week|Weeks|Day|Days|Month|Months|Year|Years|Hours?|Minutes?)")
_NUMBER = r"\d{1,4}[A-Za-z]?(?:[ \t]?[\-–/][ \t]?\d{1,4}[A-Za-z]?)?"
_BUILDING = (rf"(?:(?:The[ \t]+)?(?:{_CAPWORD}[ \t]+){{0,3}}{_HOUSE}"
             rf"|The[ \t]+{_CAPWORD}(?:[ \t]+{_CAPWORD})?)")
_BUILDING_STRICT = (rf"(?:(?:The[ \t]+)?(?:{_CAPWORD}[ \t]+){{0,3}}{_HOUSE_STRICT}"
                    rf"|The[ \t]+{_CAPWORD}(?:[ \t]+{_CAPWORD})?)")
_TOWN_OR_POSTCODE_AHEAD = (rf"(?=(?:[ \t]*[,\n][ \t]*\p{{Lu}}[\p{{L}}'’ .\-]{{1,40}}?){{0,3}}[ \t]*[,\n]?[ \t]*"
                           rf"{_POSTCODE}\b)")
_STREET = (rf"(?:(?:The[ \t]+{_SUFFIX})|(?:{_CAPWORD}[ \t]+){{1,3}}{_SUFFIX}"
           rf"|(?:{_CAPWORD}[ \t]+)?\p{{Lu}}\p{{Ll}}+(?:gate|way))\b(?![ \t]+{_SUFFIX}\b)")
_LINESEP = r"(?:[ \t]*,[ \t]*\n?[ \t]*|[ \t]*\n[ \t]*)"
_SEP = r"(?:[ \t]*,[ \t]*\n?[ \t]*|[ \t]*\n[ \t]*|[ \t]+)"


class UkStreetAddressRecognizer(_CueMixin, PatternRecognizer):
    """UK street address lines: ``12 Acacia Road``, ``Flat 3, 12 Acacia Road``,
    ``Flat 2B Nelson House\\nMill Lane``, ``Rose Cottage, Church Lane``.

    The span covers flat/house name and street (across lines); the town and the postcode are
    left to the locality and postcode recognizers, so a block reads
    ``<STREET_ADDRESS_1>\\n<LOCATION_1>\\n<UK_POSTCODE_1>``. Street names without a usual
    suffix (``27 Kingsway``, ``4 Briggate``) are taken when a town or postcode follows.
    A street with no number or house name ("on Mill Lane") needs an address cue.
    """

    PATTERNS = [
        Pattern(
            "flat/house + number + street",
            rf"(?:{_FLAT}{_SEP})?(?:{_BUILDING}{_SEP})?{_NUMBER},?[ \t]+{_STREET}",
            0.7,
        ),
        Pattern("flat or house name + street", rf"(?:{_FLAT}{_SEP})?{_BUILDING}{_SEP}{_STREET}", 0.6),
        Pattern("flat + house name", rf"{_FLAT}{_SEP}{_BUILDING}(?={_SEP}\p{{Lu}})", 0.6),
        Pattern(
            "number or house name + street without suffix, then town/postcode",
            rf"(?:{_FLAT}{_SEP})?(?:(?:{_BUILDING}{_SEP})?(?<![£$€\d.,]){_NUMBER}[ \t]+"
            rf"|{_BUILDING_STRICT}{_LINESEP})(?!{_MONTHS}\b){_CAPWORD}(?:[ \t]+{_CAPWORD})?"
            rf"{_TOWN_OR_POSTCODE_AHEAD}",
            0.5,
        ),
        Pattern(
            "address field: number + street words",
            rf"(?<=(?i:address)[ \t]*[:\-–][ \t]*)(?:{_FLAT}{_SEP})?(?:{_BUILDING}{_SEP})?"
            rf"{_NUMBER}[ \t]+(?!{_MONTHS}\b){_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,2}}(?=[ \t]*(?:,|\n|$))",
            0.6,
        ),
        Pattern("street only (needs cue)", rf"(?<![\p{{L}}\d,][ \t]?){_STREET}", 0.05),
    ]
    CONTEXT = ["live at", "live on", "living at", "lives at", "address", "moved to",
               "reside at", "resident at", "property at", "house at", "flat at", "staying at"]
    WINDOW = 24
    REQUIRE_CONTEXT = True

    def __init__(self, **kwargs):
        super().__init__(supported_entity="STREET_ADDRESS", patterns=list(self.PATTERNS),
                         context=list(self.CONTEXT), global_regex_flags=CASE_SENSITIVE,
                         **kwargs)

    def cue_score(self, text, start, end, score):
        if score > 0.3:
            return score
        return super().cue_score(text, start, end, score) and 0.6

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for r in results:  # never end on separators
            while r.end > r.start and text[r.end - 1] in " \t,\n":
                r.end -= 1
        return results


_LOCALITY_LINE = re.compile(
    r"^[ \t]*(?:\p{Lu}[\p{L}'’.\-]*|upon|on|under|in|le|de|la|the|by|next|the|-)"
    r"(?:[ \t]+(?:\p{Lu}[\p{L}'’.\-]*|upon|on|under|in|le|de|la|the|by|next|-)){0,4}[ \t]*,?[ \t]*$"
)
_STREETISH = re.compile(rf"\d|\b(?!(?:St|ST|Dr|DR)\b[ .]*\p{{Lu}}){_SUFFIX}\b|\b{_HOUSE_STRICT}")
_NOT_LOCALITY = re.compile(
    r"^(?:Dear|Yours|Kind|Best|Regards|Re|Subject|To|From|Date|Tel|Mobile|Email|Phone|Sir|Madam"
    r"|Thanks|Thank|Hi|Hello|Name|Address|Postcode|The Council|Council)\b", re.IGNORECASE)
_FIELD_LOCATION = re.compile(
    r"(?im)^[ \t]*(?:town|city|town/city|town or city|county|place of birth|village)[ \t]*[:\-–]"
    r"[ \t]*(\p{L}[\p{L}'’ .\-]{1,40}\p{L})[ \t]*$")


class UkLocalityRecognizer(LocalRecognizer):
    """Towns, districts and counties that sit in an address next to a postcode.

    ``12 Acacia Road, Headingley, Leeds LS6 3AB`` -> Headingley, Leeds;
    in a block, the short capitalised lines between the street line and the postcode.
    Also "Town: ..." / "City: ..." form fields, the town after the street in an "Address:"
    field, and places after "moved to", "lived in", "travel to"... spaCy GPE/LOC finds
    other towns in running text.
    """

    ENTITIES = ["LOCATION"]
    SCORE = 0.9

    def __init__(self, supported_language: str = "en", name: str | None = None):
        super().__init__(supported_entities=list(self.ENTITIES),
                         supported_language=supported_language, name=name)

    def load(self) -> None:
        pass

    def _result(self, start, end):
        return RecognizerResult(
            "LOCATION", start, end, self.SCORE,
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                                  RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True},
        )

    @staticmethod
    def _is_locality(piece: str) -> bool:
        return bool(piece) and not _STREETISH.search(piece) \
            and bool(_LOCALITY_LINE.match(piece)) and not _NOT_LOCALITY.match(piece)

    def _segments(self, text: str, seg_start: int, seg_end: int) -> tuple[list, bool]:
        """Comma-separated locality segments at the end of ``text[seg_start:seg_end]``,
        walking backwards; also whether the whole part consisted of localities."""
        out = []
        offset = seg_end
        pieces = text[seg_start:seg_end].split(",")
        for idx, piece in enumerate(reversed(pieces)):
            offset -= len(piece)
            stripped = piece.strip()
            if not stripped:
                offset -= 1
                continue
            if not self._is_locality(stripped):
                return out, False
            s = offset + (len(piece) - len(piece.lstrip()))
            out.append((s, s + len(stripped)))
            offset -= 1
        return out, True

    def _walk_up(self, text: str, line_start: int) -> list:
        """Locality lines above a postcode line, up to the street line of the block."""
        lines = []
        cursor = line_start - 1
        while cursor > 0 and len(lines) < 7:
            ls = text.rfind("\n", 0, cursor) + 1
            if not text[ls:cursor].strip():
                break
            lines.append((ls, cursor))
            cursor = ls - 1
        taken = []
        street_seen = False
        for i, (ls, le) in enumerate(lines):
            line = text[ls:le]
            stripped = line.strip().rstrip(",").rstrip()
            if _DIGIT.search(line) or "," in stripped:
                taken.extend(self._segments(text, ls, ls + len(line.rstrip().rstrip(",")))[0])
                street_seen = True
                break
            if _STREETISH.search(line):
                above = text[lines[i + 1][0]:lines[i + 1][1]] if i + 1 < len(lines) else ""
                if not _DIGIT.search(above):  # "Rose Cottage / Church Lane": the street line
                    street_seen = True
                    break
                # "56 Parsons Avenue / Cheetham Hill": a district below a numbered street
            elif not self._is_locality(stripped):
                street_seen = True
                break
            s = ls + (len(line) - len(line.lstrip()))
            taken.append((s, s + len(stripped)))
        return taken if street_seen else taken[:1]

    def analyze(self, text, entities, nlp_artifacts=None):
        found = []
        for m in POSTCODE_RE.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            segs, whole_line = self._segments(text, line_start, m.start())
            found.extend(segs)
            if whole_line:  # postcode alone, or "Leeds LS6 3AB": look at the lines above
                found.extend(self._walk_up(text, line_start))
        for m in _ADDRESS_FIELD.finditer(text):  # "Address: 12 Mill Lane, Leeds"
            start = m.start(1)
            for piece in m.group(1).split(","):
                stripped = piece.strip()
                s = start + (len(piece) - len(piece.lstrip()))
                if stripped and self._is_locality(stripped) and not POSTCODE_RE.search(piece):
                    found.append((s, s + len(stripped)))
                start += len(piece) + 1
        for m in _FIELD_LOCATION.finditer(text):
            found.append((m.start(1), m.end(1)))
        for m in _PLACE_CUE.finditer(text):
            span = _trim_location(text, m.start(1), m.end(1))
            if span:
                found.append(span)
        results = [self._result(s, e) for s, e in found if e > s]
        return EntityRecognizer.remove_duplicates(results)


_ADDRESS_FIELD = re.compile(
    r"(?im)^[ \t]*(?:[\w ]{0,20}address)[ \t]*[:\-–][ \t]*(\S[^\n]{3,120}?)[ \t]*$")
_PLACE_CUE = re.compile(
    r"(?<=\b(?i:(?:live|lived|living|lives|moved|move|moving|relocated|travel|travelled|traveled"
    r"|travelling|went|go|going|drive|drove|grew[ \t]+up|born|based|stay|stayed|staying"
    r"|settled|work|worked|working|studied|study|school|hospital|office|jobcentre|centre"
    r"|flew|fly|flying|visit|visited|visiting|holiday|trip|originally)"
    r"[ \t]+(?:(?:here[ \t]+)?in|to|at|near|from|back[ \t]+to|over[ \t]+to|all[ \t]+the"
    r"[ \t]+way[ \t]+to))[ \t]+)"
    r"(\p{Lu}[\p{L}'’\-]+(?:[ \t]+(?:upon|on|under|in|le|de|la|by)?[ \t]*\p{Lu}[\p{L}'’\-]+){0,2})"
    r"(?![\p{L}])(?![ \t]+(?:Road|Street|Lane|Avenue|Council|Hospital|Centre|Jobcentre|House"
    r"|Court|Office|Station|Airport|Park|University|College|School|Ltd|Limited|Library|Hall)\b)"
)



def _trim_location(text: str, start: int, end: int) -> tuple[int, int] | None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip(" \t,.;:()"))
    chunk = chunk.strip(" \t,.;:()")
    if not chunk or not chunk[0].isupper() or _DIGIT_OR_AT.search(chunk):
        return None
    if any(w in ORG_WORDS for w in chunk.split()):
        return None
    low = chunk.lower()
    if low.startswith("the "):
        low = low[4:]
    if low in COUNTRY_LEVEL or low in CASEWORK_TERMS or chunk in NON_NAME_WORDS:
        return None
    if chunk.split()[0] in ("Dear", "Hi", "Hello"):
        return None
    s = start + lead
    return s, s + len(chunk)


_ORG_LINE = re.compile(
    r"\b(?:Council|Service|Services|Office|Centre|Center|Department|Dept|Team|Officer|Unit"
    r"|DWP|HMRC|DVLA|Jobcentre|Ltd|Limited|PLC|plc|LLP|Trust|Association|Agency|Authority"
    r"|NHS|Hospital|Surgery|Tribunal|Tribunals|Benefits|Bureau|Ombudsman|Citizens Advice"
    r"|Revenues|Directorate|Ministry|Commission|Partnership|Foundation)\b|\bP\.?O\.? Box\b")


_BLOCK = re.compile(r"(?:^|\n)((?:[^\n]*\S[^\n]*(?:\n|$)){2,8})")


def organisation_address_blocks(text: str) -> list[tuple[int, int]]:
    """Offsets of address blocks that belong to an organisation (not personal data).

    A block (lines between blank lines) whose first line names an organisation ("Council
    Tax Office", "Benefits Service", "The Housing Officer") and that contains a postcode,
    e.g. the recipient's address at the top of a letter.
    """
    blocks = []
    for m in _BLOCK.finditer(text):
        block = m.group(1)
        first = block.split("\n", 1)[0]
        if _ORG_LINE.search(first) and POSTCODE_RE.search(block):
            blocks.append((m.start(1), m.end(1)))
    return blocks

