# Over 500 lines: one recogniser family (postcodes, street lines, places) and its word lists.
"""Addresses: postcodes, street address lines, and the towns/districts/counties around them."""

from __future__ import annotations

from collections.abc import Iterable

import regex as re
from presidio_analyzer import (
    EntityRecognizer,
    Pattern,
    PatternRecognizer,
)
from presidio_analyzer.predefined_recognizers import UkPostcodeRecognizer

from redaction.recognizers.base import (
    _DIGIT,
    _DIGIT_OR_AT,
    CASE_SENSITIVE,
    LabelledValueMixin,
    TextRecognizer,
    _CueMixin,
    line_bounds,
    recognized,
)
from redaction.recognizers.field_labels import field_type
from redaction.recognizers.languages import ADDRESS_CUES_ABROAD
from redaction.recognizers.vocabulary import (
    CASEWORK_TERMS,
    COUNTRY_LEVEL,
    NON_NAME_WORDS,
    ORG_WORDS,
    TITLES,
)

_POSTCODE = (
    r"(?:GIR ?0AA"
    r"|[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]?[ ]{0,2}[0-9][ABD-HJLNP-UW-Z]{2}"
    r"|[A-PR-UWYZ][0-9]{2}[ ]{0,2}[0-9][ABD-HJLNP-UW-Z]{2}"
    r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]?[ ]{0,2}[0-9][ABD-HJLNP-UW-Z]{2}"
    r"|[A-PR-UWYZ][A-HK-Y][0-9]{2}[ ]{0,2}[0-9][ABD-HJLNP-UW-Z]{2})"
)
POSTCODE_RE = re.compile(rf"\b{_POSTCODE}\b")
#: "b12 3rd" ends like an ordinal and is not a postcode; "ls1 0nd" does not ("0nd" is no
#: ordinal) and is one
_NOT_ORDINAL = r"(?<!(?i:(?<!1)1st|(?<!1)2nd|(?<!1)3rd|[04-9]th|1[1-3]th))"
#: a postcode a scan or an e-mail wrapped between its two halves ("LS11\n0WZ")
_POSTCODE_WRAPPED = _POSTCODE.replace("[ ]{0,2}", r"[ \t]*\n[ \t]*")
#: what a form, a spreadsheet or a hurried hand puts between a postcode's halves instead of one
#: space: a sign ("CA4-8RT", "CA4_8RT", "CA4.8RT", "CA4/8RT"), a tab (two cells of a sheet), a
#: wide gap of a fixed-width print
_HALVES_SPLIT = r"(?:[ \t]?[\-_./\\|][ \t]?|[ ]*\t[ \t]*|[ ]{3,6})"
_POSTCODE_SPLIT = _POSTCODE.replace("[ ]{0,2}", _HALVES_SPLIT)


class UkPostcodeNumberRecognizer(LabelledValueMixin, _CueMixin, UkPostcodeRecognizer):
    """UK postcode (Royal Mail position rules, e.g. ``LS6 3AB``, ``SW1A 1AA``).

    Upper-case postcodes are distinctive enough on their own; lower-case ones (``ls6 3ab``)
    need an address cue. After "postcode" any postcode-shaped value is taken, even one that
    breaks the position rules (a mistyped postcode is still an address).
    """

    PATTERNS = [
        Pattern("UK postcode", rf"\b{_POSTCODE}\b", 0.6),
        Pattern("UK postcode over a line break", rf"\b{_POSTCODE_WRAPPED}\b", 0.6),
        # (never inside a longer code or a path: "X-CA4-8RT-2", "/CA4/8RT/")
        Pattern(
            "UK postcode, halves split by a sign",
            rf"(?<![\w\-/.\\])(?:{_POSTCODE_SPLIT})(?![\w\-/\\]|\.\w)",
            0.6,
        ),
        # lower case: "ls6 3ab" is a postcode too, but "b12 3rd" is not
        Pattern("UK postcode (lower case)", rf"(?i:\b{_POSTCODE}\b){_NOT_ORDINAL}", 0.5),
    ]
    CONTEXT = [
        "postcode",
        "post code",
        "postal code",
        "address",
        "live at",
        "living at",
        "moved to",
        "resident",
        "flat",
        "road",
        "street",
        "lane",
        "avenue",
        "close",
        "drive",
        "crescent",
        "gardens",
        "terrace",
        "grove",
        "court",
        "way",
        "place",
        "house",
        "cottage",
        "estate",
        "heol",
        "stryd",
        "ffordd",
    ]
    WINDOW = 80
    LABEL = r"(?:post[ \t]?code|postal[ \t]+code|zip(?:[ \t]?code)?)"
    LABELLED_VALUE = (
        r"[A-Z]{1,2}\d[A-Z\d]?(?:[ ]{0,2}|[ \t]?[\-_./\\|][ \t]?|[ ]*\t[ \t]*)\d[A-Z]{2}"
    )

    def __init__(self, **kwargs):
        super().__init__(patterns=list(self.PATTERNS), context=list(self.CONTEXT), **kwargs)
        self.global_regex_flags = CASE_SENSITIVE

    def cue_score(self, text, start, end, score):
        if score >= 0.5:  # already confident, a cue only adds
            return max(score, super().cue_score(text, start, end, score))
        return super().cue_score(text, start, end, score)


# --------------------------------------------------------------------------- addresses
STREET_SUFFIXES = (
    "Road",
    "Rd",
    "Street",
    "St",
    "Lane",
    "Ln",
    "Avenue",
    "Ave",
    "Close",
    "Cl",
    "Drive",
    "Dr",
    "Court",
    "Ct",
    "Way",
    "Crescent",
    "Cres",
    "Gardens",
    "Gdns",
    "Place",
    "Pl",
    "Terrace",
    "Ter",
    "Terr",
    "Grove",
    "Gr",
    "Walk",
    "Row",
    "Square",
    "Sq",
    "Mews",
    "Rise",
    "View",
    "Hill",
    "Park",
    "Green",
    "Vale",
    "Parade",
    "Wharf",
    "Mount",
    "Croft",
    "Meadow",
    "Meadows",
    "Fields",
    "Field",
    "Gate",
    "Yard",
    "Boulevard",
    "Chase",
    "Approach",
    "Circus",
    "Brow",
    "Bank",
    "Side",
    "End",
    "Wynd",
    "Brae",
    "Loan",
    "Quay",
    "Ridge",
    "Hollow",
    "Dale",
    "Glen",
    "Heights",
    "Villas",
    "Cottages",
    "Buildings",
    "Passage",
    "Path",
    "Embankment",
    "Grange",
    "Orchard",
    "Paddock",
    "Pastures",
    "Leys",
    "Nook",
    "Fold",
    "Garth",
    "Lea",
    "Coppice",
    "Copse",
    "Spinney",
    "Market",
    "Broadway",
    "Highway",
    "Causeway",
    "Circle",
    "Row",
    "Ride",
    "Ditch",
    "Promenade",
    "Esplanade",
    "Arcade",
    "Link",
    "Mead",
    "Reach",
    "Steps",
    "Vennel",
    "Loke",
    "Twitten",
    "Knoll",
    "Dene",
    "Ings",
    # fenland and northern street words ("Withy Drove", "Pilgrim Chare", "Kirk Loaning")
    "Drove",
    "Chare",
    "Alley",
    "Loaning",
    "Gait",
)
#: Welsh street words come first ("Heol y Frenhines", "Stryd Fawr", "Ffordd yr Orsaf").
WELSH_STREET_WORDS = (
    "Heol",
    "Stryd",
    "Ffordd",
    "Lôn",
    "Lon",
    "Rhodfa",
    "Rhes",
    "Cilgant",
    "Clos",
    "Llys",
    "Teras",
    "Maes",
    "Cae",
    "Bryn",
    "Parc",
    "Cwrt",
    "Plas",
    "Bro",
    "Glan",
    "Nant",
    "Rhiw",
    "Allt",
    "Waun",
    "Pant",
    "Dôl",
    "Gerddi",
    "Sgwâr",
    "Ystad",
    "Stad",
    "Cefn",
    "Penrhiw",
    "Tan",
    "Pen",
    # Scottish and Irish Gaelic ("Rathad na Mara", "Sràid na Banrighinn", "Bóthar an Phoill")
    "Rathad",
    "Sràid",
    "Sraid",
    "Sráid",
    "Bóthar",
    "Bothar",
    "Ascaill",
)
#: Welsh house names ("Tŷ Gwyn", "Bwthyn y Rhos")
#: and the Gaelic ones ("Taigh a' Ghobhainn", "Tigh na Muilne", "Bothan Beag"); "Tŷ'r Efail",
#: "Llety'r Bugail": the article joined to the word
WELSH_HOUSE_WORDS = (
    "Tŷ",
    "Ty",
    "Bwthyn",
    "Hafod",
    "Hendre",
    "Nyth",
    "Fferm",
    "Gwêl",
    "Gwel",
    "Llety",
    "Taigh",
    "Tigh",
    "Bothan",
)
_WELSH_LINK = r"(?:y|yr|'r|ar|o|dan|uwch|ger|i|a|ap|'n|na|nan|an|a')"
HOUSE_WORDS = (
    "House",
    "Court",
    "Lodge",
    "Cottage",
    "Cottages",
    "Mansions",
    "Buildings",
    "Building",
    "Tower",
    "Towers",
    "Hall",
    "Farm",
    "Barn",
    "Mill",
    "Mills",
    "Point",
    "Heights",
    "Apartments",
    "Works",
    "Villa",
    "Villas",
    "Manor",
    "Grange",
    "Rectory",
    "Vicarage",
    "Chambers",
    "Wharf",
    "Quay",
    "Bungalow",
    "Croft",
    "Gatehouse",
    "Coach House",
    "Flats",
    "Estate",
    "Block",
    "View",
    "Haven",
    "Gables",
    "Willows",
    "Laurels",
    "Beeches",
    "Elms",
    "Pines",
    "Oaks",
    "Firs",
    "Orchard",
    "Bungalow",
    "Chalet",
    "Retreat",
    "Nook",
    "Rest",
    "Forge",
    "Smithy",
    "Stables",
    "Granary",
    "Dairy",
    "Byre",
    "Bothy",
    "Maltings",
    "Bakery",
    "Old School",
    "Schoolhouse",
    "Toll House",
    "Barns",
    "Steading",
    "Farm",
    "Farmhouse",
    "Grange",
    "Manor",
    "Bungalow",
    "Villa",
)
#: house-name word endings ("Brookside", "Hillcrest", "Fairview", "Oakwood")
_HOUSE_ENDINGS = (
    r"\p{Lu}\p{Ll}+(?:side|crest|view|lands|dene|holme|croft|mead|garth|haven"
    r"|brook|ridge|bank|wood|lea|hurst|acre|acres)\b"
)


def _alts(words: Iterable[str]) -> str:
    forms = set()
    for w in words:
        forms.update({w, w.upper()})
    return "|".join(sorted(map(re.escape, forms), key=len, reverse=True))


_SUFFIX = rf"(?:{_alts(STREET_SUFFIXES)})"
_HOUSE_STRICT = rf"(?:(?:{_alts(HOUSE_WORDS)})\b)"
_HOUSE = rf"(?:{_HOUSE_STRICT}|{_HOUSE_ENDINGS})"
_CAPWORD = r"(?:St\.?|\p{Lu}[\p{L}'’\-]*\p{L}(?:['’](?=[ \t]))?|\p{Lu})"
#: the house words that name a home, not an office or a court ("County Hall", "Crown Court")
_DWELLING_WORD = "Cottage|Cottages|House|Lodge|Farm|Farmhouse|Barn|Bungalow|Grange|Croft"
#: "outside my house,\n> ": the writer's home named next, after a comma (a quoted line's ">")
_MY_HOME_COMMA = r"\b(?i:(?:my|our)[ \t]+(?:house|home|property))[ \t]*,\s+(?:>[ \t]*)?"
_FLAT = (
    r"(?:(?:Flat|FLAT|Apartment|APARTMENT|Apt\.?|APT\.?|Unit|UNIT|Studio|STUDIO|Room|ROOM"
    r"|Maisonette|Suite)[ \t]+\d{1,4}[A-Za-z]?|\d{1,2}/\d{1,2}(?=,?[ \t]+\d)"
    r"|(?:(?:Flat|FLAT)[ \t]+)?\d{1,2}F\d{1,2}|(?:(?:Flat|FLAT)[ \t]+)?[0-9G]/[LRM]\b"
    r"|(?:Basement|Ground[ \t]+Floor|First[ \t]+Floor|Second[ \t]+Floor|Third[ \t]+Floor"
    r"|Top[ \t]+Floor|Middle[ \t]+Floor)[ \t]+(?:Flat|Left|Right|Middle|Front|Back)"
    r"|(?:BASEMENT|GROUND|FIRST|SECOND|THIRD|TOP|MIDDLE)[ \t]+FLOOR[ \t]+(?:FLAT|LEFT|RIGHT|MIDDLE))"
)
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?"
    r"|Tue(?:sday)?|Wed(?:nesday)?|Thu(?:rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?"
    r"|Week|Weeks|Day|Days|Month|Months|Year|Years|Hours?|Minutes?)"
)
_NUMBER = r"\d{1,4}[A-Za-z]?(?:[ \t]?[\-–/][ \t]?\d{1,4}[A-Za-z]?)?"
_BUILDING = (  # never from inside a word: "STOREHOUSE FOOD BANK" holds no "HOUSE"
    rf"(?<![\p{{L}}\d'’])(?:(?:The[ \t]+)?(?:{_CAPWORD}[ \t]+){{0,3}}{_HOUSE}"
    rf"|(?:{_alts(WELSH_HOUSE_WORDS)})(?:['’]r)?(?:[ \t]+(?:y[ \t]+|yr[ \t]+|na[ \t]+|a'[ \t]+)?"
    rf"{_CAPWORD})?"
    rf"|The[ \t]+{_CAPWORD}(?:[ \t]+{_CAPWORD})?)"
)
_TOWN_OR_POSTCODE_AHEAD = (
    rf"(?=(?:[ \t]*(?:,[ \t]*\n?|\n)[ \t]*(?:[>|][ \t]*)?\p{{Lu}}[\p{{L}}'’ .\-]{{1,40}}?){{0,3}}"
    rf"(?:[ \t]*,)?(?:[ \t]*\n)?[ \t]*(?:[>|][ \t]*)?{_POSTCODE}\b)"
)
_WELSH_STREET = (
    rf"(?:{_alts(WELSH_STREET_WORDS)})(?:['’]r)?(?:[ \t\-]+(?:{_WELSH_LINK}[ \t\-]+)?"
    rf"(?:[hH]-)?{_CAPWORD}){{1,3}}"
)
#: Norman French streets of the Channel Islands, the street word first: "Rue des Landes
#: Pourries", "Route de la Houguette", "Chemin du Moulin Fleuri", "Le Clos du Moulin"
_FRENCH_STREET = (
    r"(?:(?:La|Le|Les)[ \t]+)?(?:Rue|Route|Chemin|Ruette|Clos|Rond[ \t\-]Point|Grande[ \t]+Rue)"
    rf"(?:[ \t]+(?:de[ \t]+la|de[ \t]+l'|des|du|de|la|le|les|à|au|aux|d')?[ \t]*{_CAPWORD}){{1,3}}"
)
_STREET = (
    # up to four words before the street's own word, linked by "of", "in", "on", "upon" or
    # "under" ("Prince of Wales Drive", "Stratford upon Avon Road", "Isle of Wight Pippin Way")
    rf"(?:(?:The[ \t]+{_SUFFIX})|(?:{_CAPWORD}[ \t]+(?:(?:of|in|on|upon|under)[ \t]+(?:the[ \t]+)?)?){{1,4}}{_SUFFIX}"
    rf"|{_WELSH_STREET}|{_FRENCH_STREET}"
    rf"|(?:{_CAPWORD}[ \t]+)?\p{{Lu}}\p{{Ll}}+(?:gate|way))\b(?![ \t]+{_SUFFIX}\b)"
)
#: "14 acacia avenue": the common suffixes only, written in lower case
_LOWER_STREET = (
    r"(?:(?:\p{Ll}[\p{Ll}'\-]+[ \t]+){1,2}(?:road|street|lane|avenue|ave|close"
    r"|drive|crescent|gardens|terrace|grove|court|place|walk|square|mews|rise|way"
    r"|row|hill|park|green|view|parade|ride|fold|causeway|wynd|loan|brae|yard|wharf|quay|vale"
    r"|croft|gate|circus|meadows?|chase|dale|nook|wall|pathway|lea|side|drove|alley)"
    r"|(?:heol|stryd|ffordd|lôn|lon|rhodfa|cilgant|clos|llys|teras|maes|pen|allt|rathad|sràid"
    r"|sraid|sráid|bóthar|bothar)"
    r"(?:[ \t]+(?:y|yr|'r|na|nan|an)?[ \t]*\p{Ll}[\p{Ll}'\-]+){1,3})\b"
)
#: lower-case words inside a street's name: "Land of Promise", "Rue de la Croix", "Sràid na h-Eaglais"
_STREET_LINK = r"(?:of|the|de|des|du|la|le|les|y|yr|na|nan|an|a'|h-\p{L}+)"
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
        Pattern(
            "flat or house name + street", rf"(?:{_FLAT}{_SEP})?{_BUILDING}{_SEP}{_STREET}", 0.6
        ),
        Pattern("flat + house name", rf"{_FLAT}{_SEP}{_BUILDING}(?={_SEP}\p{{Lu}})", 0.6),
        Pattern(
            "number or house name + street without suffix, then town/postcode",
            rf"(?:{_FLAT}{_SEP})?(?:{_BUILDING}{_SEP})?(?<![£$€\d.,\p{{L}}]){_NUMBER}[ \t]+"
            # (a street word after the first ends the street: "196A Gannet Close Blandford
            # Forum DT11 1NL" is a street and a town, left to the rules for each)
            rf"(?!{_MONTHS}\b){_CAPWORD}"
            rf"(?:[ \t]+(?:(?!{_SUFFIX}\b){_CAPWORD}|{_STREET_LINK})){{0,3}}"
            rf"(?<=\p{{L}}){_TOWN_OR_POSTCODE_AHEAD}",
            0.5,
        ),
        Pattern(
            # "Licence holder: Dr Ada Kerr, Ragstone Cottage, Axminster  EX13 6PB": a house
            # named by its house word, no street, then the town or the postcode
            "house name, then town/postcode",
            rf"(?<=(?:^|[,:\t]|[ \t][-–])[ \t]*)(?!The[ \t]+(?:{_alts(ORG_WORDS)})\b)"
            rf"(?:{_FLAT}{_SEP})?{_BUILDING}(?=[ \t]*,)"
            rf"{_TOWN_OR_POSTCODE_AHEAD}",
            0.5,
        ),
        Pattern(
            # "hope to move to Lapwing Cottage in Ravenstonedale", "moved permanently from
            # Sheepfold House, Ulpha", "next door at Heron Lodge have been": a home named by its
            # house word right after a move or a home, whatever follows it
            "house name after a move or a home",
            r"(?<=\b(?i:(?:moved|move|moving|live|lives|lived|living|stay|stays|stayed|staying"
            r"|next[ \t]+door)(?:[ \t]+(?:permanently|back|out|now|currently|here))?)\s+"
            rf"(?i:from|to|into|at|in|out[ \t]+of)\s+|{_MY_HOME_COMMA}"
            # "We had to leave Peat Bank House, ...", "since I left Moss Farm"
            r"|\b(?i:leave|left|leaving|vacate|vacated|vacating)\s+)"
            rf"(?:The[ \t]+|THE[ \t]+)?(?:{_CAPWORD}[ \t]+){{0,3}}"
            rf"(?:{_DWELLING_WORD}|{_DWELLING_WORD.upper()})\b",
            0.6,
        ),
        Pattern(
            # "before that Kiln Cottage, Kirkburton.", "Boa Island Cottage, Tamlaght Bay": a home
            # named by its dwelling word, then its town and the end of the clause
            "dwelling name, then its town",
            rf"(?:The[ \t]+|THE[ \t]+)?(?:{_CAPWORD}[ \t]+){{1,3}}"
            r"(?:Cottage|Cottages|Farm|Farmhouse|Lodge|Croft|Bungalow|Barn|Bothy|COTTAGE|FARM"
            r"|LODGE|CROFT|BUNGALOW|BARN|BOTHY)\b"
            # ("Stane Bothy in Lethnot.": or "in" and the town)
            rf"(?=(?:,|[ \t]+in(?![ \t]+{_MONTHS}\b))[ \t]+\p{{Lu}}[\p{{L}}'’\-]+"
            rf"(?:[ \t]+(?:\p{{Lu}}[\p{{L}}'’\-]+|{_STREET_LINK}|on|upon|&)){{0,3}}"
            # (or a clause that goes on in lower case: "at Kiln Cottage, Kirkburton i think"; or
            # the town's postcode: "Sheepwash Barn, Cottesmore LE15 7ZZ")
            rf"[ \t]*(?:[.,;)\n]|$|(?<=[ \t])\p{{Ll}}|{_POSTCODE}\b))",
            0.6,
        ),
        Pattern(
            # "rubble behind the garages near Straw Plait Cottage, SL2 9YY": a house named by a
            # dwelling word right before its postcode, whatever stands before it
            "dwelling name right before its postcode",
            # ("The Granary DH1 2ZF", "The Old Manse IV63 4AE": a house named with "The")
            rf"(?:(?:The[ \t]+|THE[ \t]+)?(?:{_CAPWORD}[ \t]+){{1,3}}"
            rf"(?:{_DWELLING_WORD}|{_DWELLING_WORD.upper()})\b"
            rf"|(?<![\p{{L}}\d][ \t]?)(?:The|THE)[ \t]+{_CAPWORD}(?:[ \t]+{_CAPWORD})?)"
            rf"(?=[ \t]*,?[ \t]*{_POSTCODE}\b)",
            0.6,
        ),
        Pattern(
            # "the people who moved in next door at The Granary have been": a house named with
            # "The" where the writer's or a neighbour's home is meant
            "The house name next door or where someone lives",
            r"(?<=\b(?i:next[ \t]+door|(?:live|lives|lived|living)(?:[ \t]+(?:now|currently|here))?)"
            r"\s+(?i:at)\s+)"
            rf"(?:The|THE)[ \t]+(?!(?:{_alts(ORG_WORDS)})\b){_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,2}}"
            r"(?=[ \t]*(?:[,.;]|\r?\n|$)|[ \t]+\p{Ll})",
            0.6,
        ),
        Pattern(
            # "the road outside my house,\n> 41 Cnoc an Fhraoich, Glenfarg, ...": the address
            # put beside "my house", whatever the street is called
            "number and street beside 'my house,'",
            rf"(?<={_MY_HOME_COMMA}){_NUMBER}[ \t]+(?!{_MONTHS}\b){_CAPWORD}"
            rf"(?:[ \t]+(?:{_CAPWORD}|{_WELSH_LINK})){{0,3}}(?=[ \t]*,)",
            0.6,
        ),
        Pattern(
            # a tenement's flat before its close, whatever the street is called: "0/1, 117
            # Ceum an Tobair - OWNER ...", "2F1 158 Rathad a' Chladaich, Aberfeldy"
            "flat position + number + street words",
            rf"(?<![\p{{L}}\d/]){_FLAT},?[ \t]+{_NUMBER}[ \t]+(?!{_MONTHS}\b){_CAPWORD}"
            rf"(?:[ \t]+(?:{_CAPWORD}|{_WELSH_LINK}|of|the)){{0,3}}"
            r"(?=[ \t]*(?:[,.;]|\r?\n|$)|[ \t]+[-–][ \t])",
            0.5,
        ),
        Pattern(
            "address field: number + street words",
            # (and a notice's "Building:"; the link words of a Gaelic or Welsh street: "64 Cnoc
            # an Fhraoich")
            rf"(?<=(?i:address|building|property|premises)[ \t]*[:\-–][ \t]*)"
            rf"(?:{_FLAT}{_SEP})?(?:{_BUILDING}{_SEP})?{_NUMBER}[ \t]+(?!{_MONTHS}\b){_CAPWORD}"
            rf"(?:[ \t]+(?:{_CAPWORD}|{_WELSH_LINK})){{0,3}}(?=[ \t]*(?:,|\n|$))",
            0.6,
        ),
        Pattern(
            # "- Valentina Petrauskienė, Llys Teg, Stryd Penlan, Llanfihangel-y-Creuddyn": a
            # Welsh street between commas, the town after it, a house name maybe before it
            "house name and Welsh street between commas",
            rf"(?<=,[ \t]*)(?:(?:{_WELSH_STREET}|{_CAPWORD}(?:[ \t]+{_CAPWORD})?),[ \t]+)?"
            rf"{_WELSH_STREET}(?=,[ \t]*\p{{Lu}})",
            0.5,
        ),
        Pattern(
            # "not been collected for three weeks on Hazel Drive": a street named where a
            # place is expected, without its number, still narrows down who wrote
            "street after a preposition",
            rf"(?<=\b(?:on|in|along|down|up|near|off|outside|at|from|to)[ \t]+){_STREET}",
            0.5,
        ),
        Pattern(
            # "it's about the flooding behind Linen Lodge", "the fence outside 94 Flax Seed
            # Loanen", "behind Hafod yr Eira": a home named right after a word of where, up to
            # the end of the clause
            "home after a word of where, to the end of the clause",
            r"(?<=\b(?:behind|outside|opposite|beside|next[ \t]+to)[ \t]+)"
            rf"(?!The[ \t]+(?:{_alts(ORG_WORDS)})\b)"
            rf"(?:{_NUMBER}[ \t]+(?!{_MONTHS}\b){_CAPWORD}|{_BUILDING}"
            rf"|(?:{_alts(WELSH_STREET_WORDS)})[ \t]+(?:{_WELSH_LINK}[ \t]+)?{_CAPWORD})"
            rf"(?:[ \t]+(?:{_CAPWORD}|{_STREET_LINK}|{_WELSH_LINK}|without|with|and)){{0,4}}"
            rf"(?:,[ \t]+{_CAPWORD}(?:[ \t]+(?:{_CAPWORD}|{_STREET_LINK}|{_WELSH_LINK}|without"
            r"|with|and)){0,5})?"
            r"(?<=\p{L})(?=[ \t]*(?:[.;!?)]|\r?\n|$))",
            0.5,
        ),
        Pattern("street only (needs cue)", rf"(?<![\p{{L}}\d,][ \t]?){_STREET}", 0.05),
        Pattern(
            "number + capitalised words up to the end of the line or a comma (needs cue)",
            rf"(?:{_FLAT}{_SEP})?(?<![£$€\d.,]){_NUMBER}[ \t]+(?!{_MONTHS}\b){_CAPWORD}"
            rf"(?:[ \t]+(?:{_CAPWORD}|{_WELSH_LINK}|of|on|the|de|la|le)){{0,4}}"
            rf"(?=[ \t]*(?:[,.;\n]|$))",
            0.05,
        ),
        Pattern(
            "a flat on its own",
            # one or two spaces: past a column gap the number is the next column's
            r"(?<![\p{L}\d])(?i:flat|apartment|apt\.?|unit)(?:[ ]{1,2}|\t)"
            r"\d{1,4}[A-Za-z]?\b",
            0.5,
        ),
        Pattern(
            "at number N",
            r"(?<=\b(?i:at|in|from|lives[ \t]+at)[ \t]+)(?i:number\s+|no\.?[ \t]+|no\.\s*)"
            r"\d{1,4}[A-Za-z]?\b",
            0.5,
        ),
        Pattern(
            "Welsh house name",
            rf"\b(?:Tŷ|Ty|Bwthyn|Llety|Taigh|Tigh)(?:['’]r)?[ \t]+(?:y[ \t]+|yr[ \t]+|na[ \t]+|a'[ \t]+)?"
            rf"{_CAPWORD}",
            0.5,
        ),
        Pattern(
            "number + street in lower case",
            rf"(?<!(?i:\b(?:a|an|the|about|over|than|some|every|each)[ \t]+))"
            rf"(?<![£$€\d.,])\b\d{{1,4}}[a-z]?,?[ \t]+{_LOWER_STREET}",
            0.5,
        ),
    ]
    CONTEXT = [
        "live at",
        "live on",
        "living at",
        "lives at",
        "address",
        "moved to",
        "reside at",
        "resident at",
        "property at",
        "house at",
        "flat at",
        "staying at",
    ]
    WINDOW = 24
    REQUIRE_CONTEXT = True

    def __init__(self, **kwargs):
        super().__init__(
            supported_entity="STREET_ADDRESS",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=CASE_SENSITIVE,
            **kwargs,
        )

    def cue_score(self, text, start, end, score):
        if score > 0.3:
            return score
        return super().cue_score(text, start, end, score) and 0.6

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for r in results:  # never end on separators
            while r.end > r.start and text[r.end - 1] in " \t,\n":
                r.end -= 1
            # the site named by the house it lies beside is the address: "Land adjacent to 57
            # Mill Lane", "Garage 4 rear of 12 Kiln Row", "Plot 3, land at Weir Close"
            site = _SITE_BEFORE.search(text, max(0, r.start - 60), r.start)
            if site is not None:
                r.start = site.start()
        chat_streets = [(s, e) for kind, s, e in chat_message_address(text) if kind != "LOCATION"]
        for start, end in [*cued_streets(text), *chat_streets, *houses_before_named_streets(text)]:
            results.append(
                recognized(self, "STREET_ADDRESS", start, end, 0.55, context_enhanced=True)
            )
        return results


#: a street named by its own street word: "Bobbin Lane", "Shoulder of Mutton Alley", "Heol Dŵr",
#: "Rue des Landes" (never "Galloway", a county that ends in "way", nor "Pen Llŷn" or "Glan
#: Gors", whose Welsh first words also start places)
_NAMED_STREET = (
    rf"(?:(?:{_CAPWORD}[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?){{1,3}}{_SUFFIX}\b"
    r"|(?:Heol|Stryd|Ffordd|Lôn|Lon|Rhodfa|Rhes|Cilgant|Teras|Rathad|Sràid|Sraid|Sráid|Bóthar"
    rf"|Bothar)(?:['’]r)?(?:[ \t\-]+(?:{_WELSH_LINK}[ \t\-]+)?(?:[hH]-)?{_CAPWORD}){{1,3}}"
    rf"|{_FRENCH_STREET})"
)
NAMED_STREET_RE = re.compile(_NAMED_STREET)
#: a house named without a house word before its street, then the town or the postcode: "Ker
#: Kernow, Bobbin Lane, Middleton-in-Teesdale DL12 6FF", "Rathmore, Tempo Road BT71 5HQ"; the
#: house starts a line, a cell, a list item or the part after a comma or a spaced dash
_HOUSE_THEN_STREET = re.compile(
    rf"(?<=(?:^|[,:\t>|]|[ \t][-–])[ \t]*)"
    # (its words one space apart: a tab or a wide gap is a table's next column)
    rf"(?P<house>(?:The[ ]|THE[ ])?{_CAPWORD}(?:[ ](?:{_CAPWORD}|{_STREET_LINK})){{0,3}})"
    # (a street with its own street word: "Galloway" ends in "way" but is a county)
    rf",[ \t]+(?P<street>{_NAMED_STREET})"
    rf"(?=[ \t]+{_POSTCODE}\b|{_TOWN_OR_POSTCODE_AHEAD})",
    re.MULTILINE,
)


_LABEL_OR_COLUMN = re.compile(r"[:\t]|[ \t][-–][ \t]")


def houses_before_named_streets(text: str) -> list[tuple[int, int]]:
    """The house and the street of "Ker Kernow, Bobbin Lane, Staindrop DL2 9LD" as one street
    address; a person's name in front ("Mrs Ada Kerr, Mill Lane, ...", a title or a known given
    name first) is no house: then the street alone."""
    from redaction.recognizers.lexicon import is_given_name, is_known_name

    out = []
    for m in _HOUSE_THEN_STREET.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        parts = text[line_start : m.start()].split(",")
        # the part before the house's comma, after any label or column ("Witness 3: ...")
        before = _LABEL_OR_COLUMN.split(parts[-2])[-1] if len(parts) > 1 else ""
        if _DIGIT.search(before) or NAMED_STREET_RE.search(before):
            # after a street already written ("2 Throwers Close, Birches Head, Hanley Green"):
            # what follows it are its district and town, however they end
            continue
        house = m.group("house")
        words = house.split()
        if _is_field_label(house):
            continue  # "Address\tGorffwysfa, Lôn Ddewi": a label, then the value
        if _TITLED.match(house + " ") or (
            # a given name first or a surname last: "Akorfa Miah-Talukder, Heatherbrae Croft"
            len(words) > 1
            and (is_given_name(words[0]) or any(is_known_name(p) for p in words[-1].split("-")))
        ):
            out.append(m.span("street"))
        else:
            out.append((m.start("house"), m.end("street")))
    return out


#: words that say an address follows; the short ones ("from", "at", "of") only count when a
#: postcode closes the address on the same line
_STRONG_ADDRESS_CUE = (
    r"(?:live|lives|living|reside|resides|residing|stay|staying|based|settled)\s+at"
    r"|address\s+(?:is|was)|(?:forwarding|fwd)\s+(?:address|addr)\.?"
    r"|(?:moved|moving|move)\s+(?:out\s+of|from|to|into)|(?:new|old|home|current|previous)"
    r"\s+address(?:\s+is)?|the\s+(?:flat|house|property|home)\s+is|rwy'?n\s+byw\s+yn"
    r"|(?:fy\s+)?n?g?h?cyfeiriad(?:\s+yw)?|(?:living|live|lives)\s+in\s+the\s+(?:address|adress)"
    r"|household\s+at|(?:at|in)\s+the\s+(?:address|adress)"
    # Polish "(Mieszkam) pod adresem", "adres zamieszkania"; Russian "(Я живу) по адресу:"
    r"|pod\s+adresem|adres\s+zamieszkania|по\s+адресу|адрес\s+проживания"
    # other languages' "I live at" (:mod:`.languages`)
    rf"|{ADDRESS_CUES_ABROAD}"
)
_ADDRESS_CUE_BEFORE_POSTCODE = re.compile(
    rf"(?i)(?<![\w'])(?:{_STRONG_ADDRESS_CUE}|from|at|of|to|address)[ \t]*:?[ \t]+"
)
#: a gap that holds other fields is not one address ("of birth 13/5/1979 Address 221 ...")
_NOT_AN_ADDRESS_GAP = re.compile(
    r"@|(?i:\b(?:address|birth|dob|date|tel|phone|mobile|email|nhs|ni|number|ref)\b)"
)
_CUED_HOUSE = re.compile(
    # (an aside in brackets before the colon: "Current address (asked to leave by ...): ")
    # (a log's "SUBJ ADDR PRESS COTTAGE MOORLAND": "addr", the short form, as a label; its
    # "LOC RENNET BARN MOORLAND TA7 5BJ": "loc", the place of the incident, before a postcode)
    rf"(?i:(?<![\w'])(?:{_STRONG_ADDRESS_CUE}|addr\.?|loc(?=[ \t]+[^\n]*{_POSTCODE}\b))"
    r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*:?[ \t]+)"
    r"(?P<place>(?:The[ \t]+)?\p{Lu}[\p{L}'’\-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’\-]*|y|yr|an|of|the)){0,3})"
    rf"(?=[ \t]*[,.]|[ \t]*$|[ \t]+(?i:{_POSTCODE})\b)",
    re.MULTILINE,
)
_DWELLING_END = re.compile(rf"\b(?:{_DWELLING_WORD}|{_DWELLING_WORD.upper()})\b")
_LEADING_LINK_WORDS = re.compile(
    r"^(?:(?i:on|both|is|was|are|now|currently|still|at|in|to|of|my|our|his|her|their|new|old"
    r"|as|follows|shown|given|below|above|here|there|it|this)\b[ \t:,]*)+"
)
_BRACKETED = re.compile(r"\([^()\n]{1,40}\)")
_SENTENCE_BREAK = re.compile(r"[.!?;:]\s|[.!?;:]$|\n")
#: a few words in lower case and a verb before the address itself ("for the council is", "of
#: the flat was"): the cue's sentence, not the address
_WORDS_BEFORE_IS = re.compile(
    r"^(?:\p{Ll}[\p{Ll}'’]*[ \t]+){1,5}(?:is|was|are|were|will[ \t]+be)[ \t]+(?=[\p{Lu}\d])"
)
_POSTCODE_ANY_CASE = re.compile(rf"(?i:\b{_POSTCODE}\b){_NOT_ORDINAL}")
POSTCODE_ANY_CASE_RE = re.compile(rf"(?i:{_POSTCODE})")


def cued_streets(text: str) -> list[tuple[int, int]]:
    """Street addresses known from the words around them, whatever their shape (see
    :func:`cued_streets_and_towns`)."""
    return cued_streets_and_towns(text)[0]


def cued_streets_and_towns(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Street addresses known from the words around them, whatever their shape, and the towns
    written after them without a comma ("live at 27 quince orchard ravenstonedale ca17 4pl").

    "from 3 lôn glan môr ll30 0qy", "I moved out of Meadowbank, Westminster, London SW1A 5RN":
    between an address cue and a postcode on the same line, the first part (up to a comma)
    is the street address. "I live at Hafod, Tenby.": a capitalised name right after a
    strong cue and before a comma or full stop is a house name or street.
    """
    out = []
    towns = []
    for m in _POSTCODE_ANY_CASE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        window_start = max(line_start, m.start() - 120)
        # (searched to the line's end, so a cue may look past the postcode: Hindi "मैं <address>
        # में रहता हूँ" is a cue only when "in ... live" closes it)
        line_end = text.find("\n", m.end())
        cues = [
            cue
            for cue in _ADDRESS_CUE_BEFORE_POSTCODE.finditer(
                text, window_start, len(text) if line_end < 0 else line_end
            )
            if cue.end() <= m.start()
        ]
        if not cues:
            continue
        start = cues[-1].end()
        gap = text[start : m.start()]
        if (
            not gap.strip()
            or _SENTENCE_BREAK.search(gap.rstrip(" ,."))
            # (a county's bracket is no more of a gap: "Pen Llŷn (Gwynedd)")
            or len(_BRACKETED.sub("", gap).split()) > 9
            or _NOT_AN_ADDRESS_GAP.search(gap)
            # "Lancs. (Trough of Bowland) BB7 9NL": the cue "of" inside a county's aside in
            # brackets, which closes before the postcode; the aside is the county's
            or (")" in gap and "(" not in gap and not _DIGIT.search(gap))
        ):
            continue
        # "Flat 3, 12 Acacia Road, Leeds": the street takes the parts up to one with a number;
        # "Meadowbank, Westminster, London": just the first part
        parts = gap.split(",")
        upto = next((i for i, part in enumerate(parts) if _DIGIT.search(part)), 0)
        first = ",".join(parts[: upto + 1])
        value = _LEADING_LINK_WORDS.sub("", first.strip(" ,"))  # "on both is 9 Park View"
        # "address for the council is Moss Edge Cottage": the words in lower case before "is"
        value = _WORDS_BEFORE_IS.sub("", value)
        if not value or not any(c.isalpha() for c in value):
            continue
        s = start + first.index(value)
        e = s + len(value)
        town = _LOWER_TOWN.search(text, s)
        if town and town.end() == e:  # "18c cuckoo lane spital-in-the-street": the town apart
            e = town.start()
            while e > s and text[e - 1] in " \t":
                e -= 1
        elif (split := town_after_home(value)) is not None:
            # "27 quince orchard ravenstonedale", "Heron House Kirkby Thore": no comma, the town
            # after the street's or the house's last word
            towns.append((s + split[1], e))
            e = s + split[0]
        out.append((s, e))
    for m in _CUED_HOUSE.finditer(text):
        start, end = m.span("place")
        # "PRESS COTTAGE MOORLAND": the house ends at its dwelling word when what follows is
        # read as its town (which the town reader then takes)
        dwelling = [start + d.end() for d in _DWELLING_END.finditer(m.group("place"))]
        if (
            dwelling
            and dwelling[-1] < end
            and towns_after(text, dwelling[-1])[-1:]
            == [(end - len(text[dwelling[-1] : end].lstrip()), end)]
        ):
            end = dwelling[-1]
        out.append((start, end))
    for m in _LAND_BESIDE.finditer(text):  # "Land adjacent to Wherry Cottage"
        out.append(m.span("place"))
    return out, towns


#: the small words a street or a house name may hold ("shoulder of mutton", "bryn y mor")
_NAME_LINKS = frozenset("of the y yr na nan an a de des du la le les".split())


def _street_without_its_word(value: str) -> int | None:
    """A message that is only an address with no street or house word in it: "78 canongate
    tobermory", "rowanbank milngavie": its last word before the postcode is the town, the rest
    the street or the house (a number or an initial word may start it). None when it reads as
    words of a sentence."""
    from redaction.recognizers.lexicon import is_function_word

    words = list(re.finditer(r"[^\s,]+", value))
    if not 2 <= len(words) <= 7:
        return None
    if any(
        is_function_word(w.group()) and w.group().lower() not in _NAME_LINKS
        for w in words
        if not _DIGIT.search(w.group())
    ):
        return None
    return words[-2].end()


#: the head of a chat export's message: "[30/10/2026, 10:22:54] rustem: ", "16/03/2024, 18:40 -
#: Jo: "
_CHAT_MESSAGE_HEAD = re.compile(
    r"(?m)^[ \t]*(?:\[[^\[\]\n]{4,40}\]|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}"
    r"(?::\d{2})?[ \t]*[-–])[ \t]*[^:\n]{1,40}?:[ \t]+"
)


#: a greeting and the sender's introduction before the address in a chat message ("Hello, I am
#: Jo Bloggs, tenant at 4 Mill Row, ..."): the address starts after the "at" that ends them
_CHAT_INTRO = re.compile(
    r"^(?i:(?:hello|hi|hiya|hey|good[ \t]+(?:morning|afternoon|evening))\b[ \t]*[,!.]?[ \t]*)?"
    r"(?i:(?:i[ \t]+am|i['’]?m|my[ \t]+name[ \t]+is|this[ \t]+is|it['’]?s)[ \t]+[^,\n]{1,60}?,[ \t]*)?"
    r"(?:[^,\n]{0,40}?(?<![\p{L}'’])(?i:at)[ \t]+)?"
)


def chat_message_address(text: str) -> list[tuple[str, int, int]]:
    """A chat message that is an address: "[30/10/2026, 10:22] jo: kiln cottage, mill row,
    ashwell, herts sg7 5lp the door is round the back". The message starts with the address
    and a postcode closes it on the same line; the street runs past house words ("cottage",
    "end") to the first street suffix ("row", "close") or the last house word, and each piece
    between that and the postcode ("ashwell", "herts") is a town or a county."""
    out: list[tuple[str, int, int]] = []
    for head in _CHAT_MESSAGE_HEAD.finditer(text):
        line_end = line_bounds(text, head.end())[1]
        postcode = _POSTCODE_ANY_CASE.search(text, head.end(), min(line_end, head.end() + 120))
        if not postcode:
            continue
        gap = text[head.end() : postcode.start()]
        value = _LEADING_LINK_WORDS.sub("", _CHAT_INTRO.sub("", _LEADING_LINK_WORDS.sub("", gap)))
        if (
            len(gap.split()) > 10
            or _SENTENCE_BREAK.search(value.rstrip(" ,."))
            or _NOT_AN_ADDRESS_GAP.search(value)
        ):
            continue
        end = None
        for word in _LOWER_HOME_END.finditer(value):
            end = word.end()
            if word.group().lower() not in _LOWER_HOUSE_WORDS:
                break  # a street's suffix ends it: "89 tanners way mill green" (a town after)
        if end is None:
            end = _street_without_its_word(value)
        if end is None:
            continue
        start = head.end() + len(gap) - len(value)
        street_end = start + end
        out.append(("STREET_ADDRESS", start, street_end))
        pos = street_end
        for piece in text[street_end : postcode.start()].split(","):
            town = piece.strip(" \t")
            if any(c.isalpha() for c in town):
                s = pos + piece.index(town)
                out.append(("LOCATION", s, s + len(town)))
            pos += len(piece) + 1
    return out


#: the words before an address that make it a site beside or behind a house
_SITE_BEFORE = re.compile(
    r"(?i:(?<![\w'])(?:(?:plot|garage|unit|site|parcel|bay|lock-?up)[ \t]+[\dA-Z]{1,4},?[ \t]+)?"
    r"(?:(?:land|ground|garages?|plot|site|garden|yard|parking)[ \t]+"
    r"(?:(?:adjacent|adj\.?|next|close|opposite|adjoining)[ \t]+to"
    r"|(?:to[ \t]+the[ \t]+)?(?:rear|side|north|south|east|west|front)[ \t]+of|at|behind"
    r"|adjoining|beside)"
    # "Rear of 60 Mill Walk", "garage 4 rear of 12 Kiln Row"
    r"|(?:to[ \t]+the[ \t]+)?(?:rear|side)[ \t]+of|r/o)"
    r"[ \t]+\Z)"
)


#: a planning application's site, named by the house it lies beside: "Land adjacent to Wherry
#: Cottage", "land to the rear of Fen Edge", "Land at Reivers Rest, Binham"
_LAND_BESIDE = re.compile(
    r"(?i:(?<![\w'])land[ \t]+(?:(?:adjacent|adj\.?|next|close|opposite|adjoining)[ \t]+to"
    r"|(?:to[ \t]+the[ \t]+)?(?:rear|side|north|south|east|west|front)[ \t]+of|at|behind"
    r"|adjoining|beside))[ \t]+"
    r"(?P<place>(?:The[ \t]+)?\p{Lu}[\p{L}'’\-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’\-]*|y|yr|an|of|the)){0,3})"
    r"(?=[ \t]*[,.;]|[ \t]*$|[ \t]+[-–(])",
    re.MULTILINE,
)


#: lower-case words inside place names ("Newcastle upon Tyne", "Weston super Mare", "Bryn y Maen")
_PLACE_LINK = (
    r"(?:upon|on|under|in|le|de|la|the|by|next|super|cum|en|sub|juxta|y|yr|am|an|and|of|na|nan"
    r"|-)"
)
_PLACE_WORD = r"\p{Lu}[\p{L}'’.\-]*!?"
_LOCALITY_LINE = re.compile(
    rf"^[ \t]*(?:{_PLACE_WORD}|{_PLACE_LINK})"
    rf"(?:[ \t]+(?:{_PLACE_WORD}|{_PLACE_LINK})){{0,4}}[ \t]*,?[ \t]*$"
)
_STREETISH = re.compile(rf"\d|\b(?!(?:St|ST|Dr|DR)\b[ .]*\p{{Lu}}){_SUFFIX}\b|\b{_HOUSE_STRICT}")
#: a street named without a number, as written after a house's name: "Cowcaddens Row",
#: "Anlaby Road" (not "Station Road was": the street ends its part of the address)
UNNUMBERED_STREET_RE = re.compile(
    rf"(?:{_CAPWORD}[ \t]+(?:(?:y|yr|the|of|de|la)[ \t]+)?){{1,3}}{_SUFFIX}\b(?![ \t]*[\p{{L}}\d])"
    r"|" + rf"(?:{_CAPWORD}[ \t]+){{1,3}}{_SUFFIX}(?=[ \t]*[,\n])"
    # a Welsh or Gaelic street, its street word first: "Heol y Ffatri Wlân", "Sràid na h-Eaglais"
    r"|(?:Heol|Stryd|Ffordd|Lôn|Rhodfa|Teras|Sràid|Rathad)[ \t]+[\p{L}'’\-]+"
    r"(?:[ \t]+[\p{L}'’\-]+){0,4}(?=[ \t]*,)"
)
#: a line or part of an address that is (part of) a street address, not a place
STREETISH_RE = _STREETISH
#: anything shaped like a postcode, in any case, valid or not
POSTCODE_LOOSE_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}", re.IGNORECASE)
_NOT_LOCALITY = re.compile(
    r"^(?:Dear|Yours|Kind|Best|Regards|Re|Subject|To|From|Date|Tel|Mobile|Email|Phone|Sir|Madam"
    r"|Thanks|Thank|Hi|Hello|Name|Address|Postcode|The Council|Council|Town|City|County"
    r"|Telephone)\b",
    re.IGNORECASE,
)
_FIELD_LOCATION = re.compile(
    r"(?im)^[ \t]*(?:town|city|town/city|town or city|county|village"
    r"|(?:place|town|city|village)[ \t]+of[ \t]+birth|birthplace)[ \t]*[:\-–]"
    r"[ \t]*(\p{L}[\p{L}'’ .\-]{1,40}\p{L})[ \t]*$"
)

#: a line naming an organisation (its address block is not personal data)
_ORG_LINE = re.compile(
    r"\b(?:Council|Cyngor|Service|Services|Office|Centre|Center|Department|Dept|Team|Tîm|Unit"
    r"|DWP|HMRC|DVLA|NHS|NHSBSA|Jobcentre|Ltd|Limited|PLC|plc|LLP|Trust|Association|Agency"
    r"|Authority|Hospital|Surgery|Tribunal|Benefits|Bureau|Ombudsman|Revenues|Directorate"
    r"|Ministry|Commission|Partnership|Foundation|County\s+Hall|Town\s+Hall|Civic|Law|Legal"
    r"|Solicitors|Chambers|Associates|WS)\b"
    r"|\bP\.?O\.?\s+Box\b|\bMail\s+Handling\b"
)
#: a line that announces the address below it: "Last settled address:", "My new address is"
_ADDRESS_LABEL_LINE = re.compile(r"(?i)\baddress(?:[ \t]+is)?[ \t]*:?[ \t]*$")
_HOUSE_OR_NAME_LINE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Sir|Dame|Lady|Lord)\.?[ \t]+)?"
    r"\p{Lu}[\p{L}'’.\-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.\-]*|y|yr|an|ap|de|la|van|der|von|of|the)){0,4}"
)
_TITLED = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Sir|Dame|Lady|Lord|Cllr"
    r"|MR|MRS|MS|MISS|MX|DR|PROF|REV|SIR|DAME|LADY|LORD|CLLR)\.?\s"
)


def _looks_like_name_line(value: str) -> bool:
    """ "Mrs J Walker", "Folake Asante", "Terry Green": the name atop an address (two to four
    capitalised words, no number, no house or street word, unless the first is a given name)."""
    from redaction.recognizers.lexicon import is_known_name

    words = value.split()
    if _TITLED.match(value):
        return True
    if not 2 <= len(words) <= 4 or _DIGIT.search(value) or any(w in ORG_WORDS for w in words):
        return False
    return is_known_name(words[0].strip(",.")) or not _STREETISH.search(value)


def _sender_line(
    text: str, segments: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[str, int, int]]]:
    """A whole address on one line, a person's name first: "Mrs Ada Kerr, Bryn Awel, Chwilog,
    LL53 8HJ" heads a letter as its sender. ``segments`` are the line's parts before the
    postcode, last first; when the first reads as a name (a title, or a given name and
    a surname, or two or three capitalised words heading the letter) it is the person and the
    part after it the house or street; the rest stay places."""
    from redaction.recognizers.lexicon import is_given_name

    first = segments[-1]
    value = text[first[0] : first[1]]
    if (
        not _looks_like_name_line(value)
        or not (
            _TITLED.match(value)
            or (
                _NAME_LIKE.fullmatch(value)
                # a given name, or the letter's first line: a sender writes their name first
                and (is_given_name(value.split()[0]) or not text[: first[0]].strip())
            )
        )
    ):
        return segments, []
    title = _TITLED.match(value)
    start = first[0] + (title.end() if title else 0)
    house = segments[-2]
    return segments[:-2], [("PERSON", start, first[1]), ("STREET_ADDRESS", *house)]


#: two or three capitalised words (a given name and a surname)
_NAME_LIKE = re.compile(r"\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){1,2}")


def _stripped_span(text: str, start: int, end: int) -> tuple[int, int]:
    value = text[start:end]
    lead = len(value) - len(value.lstrip())
    return start + lead, start + len(value.rstrip().rstrip(","))


_BRACKETED_NOTE = re.compile(r"[ \t]*\[[^\[\]\n]*\][ \t]*")
#: a date alone on its line, as a letter's date stands above the address it is sent to
_DATE_ALONE_LINE = re.compile(
    r"[ \t]*(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?i:{_MONTHS})\.?,?[ \t]+\d{{4}}"
    rf"|(?i:{_MONTHS})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}})[ \t]*"
)
#: a line that is a house number and its street ("171 Holly Street", "5 Meadow Street,")
_NUMBERED_STREET_LINE = re.compile(rf"[ \t]*{_NUMBER},?[ \t]+{_STREET}[ \t]*,?[ \t]*")
#: a block's street line: a house number, then a few capitalised words
_NUMBER_AND_WORDS_LINE = re.compile(
    r"\d{1,4}[A-Za-z]?[ \t]+\p{Lu}[\p{L}'’\-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’\-]*|y|yr|the|of)){0,4}"
)


#: the marks a quoted letter puts before each of its lines ("| ", "> ", "> > ")
_QUOTED_LINE_START = re.compile(r"(?:[ \t]*[|>](?=[ \t]|$))*[ \t]*", re.MULTILINE)


class UkLocalityRecognizer(TextRecognizer):
    """Towns, districts and counties that sit in an address next to a postcode.

    ``12 Acacia Road, Headingley, Leeds LS6 3AB`` -> Headingley, Leeds;
    in a block, the short capitalised lines between the street line and the postcode.
    Also "Town: ..." / "City: ..." form fields, the town after the street in an "Address:"
    field, and places after "moved to", "lived in", "travel to"... spaCy GPE/LOC finds
    other towns in running text.
    """

    ENTITIES = ["LOCATION", "STREET_ADDRESS", "PERSON"]
    SCORE = 0.9

    def _result(self, kind, start, end):
        return recognized(
            self, kind, start, end, self.SCORE if kind == "LOCATION" else 0.6, context_enhanced=True
        )

    @staticmethod
    def _is_locality(piece: str) -> bool:
        return (
            bool(piece)
            and not _STREETISH.search(piece)
            and bool(_LOCALITY_LINE.match(piece))
            and not _NOT_LOCALITY.match(piece)
        )

    def _segments(self, text: str, seg_start: int, seg_end: int) -> tuple[list, bool]:
        """Comma-separated locality segments at the end of ``text[seg_start:seg_end]``,
        walking backwards; also whether the whole part consisted of localities."""
        out: list = []
        offset = seg_end
        pieces = text[seg_start:seg_end].split(",")
        for _idx, piece in enumerate(reversed(pieces)):
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

    def _walk_up(
        self, text: str, line_start: int, town_beside: bool = False
    ) -> list[tuple[str, int, int]]:
        """The lines of an address block above its postcode line, typed.

        From the top: a name line (PERSON), house-name lines (STREET_ADDRESS), the street lines
        (left to the street recognizer, except a "house, street" line without a number), then
        every line below the street lines is a district, town or county (LOCATION). A block with
        no street line is read as [name], [house name], town. Lines naming an organisation are
        never personal and are skipped; a line that reads as a sentence ends the block.
        """
        lines: list = []
        cursor = line_start - 1
        under_label = False
        while cursor > 0 and len(lines) < 7:
            raw_start = text.rfind("\n", 0, cursor) + 1
            ls = min(_QUOTED_LINE_START.match(text, raw_start).end(), cursor)
            if (
                not text[ls:cursor].strip()
                or ":" in text[ls:cursor]
                # a scan's or a transcript's note in brackets ("[Scan 5455 - envelope, front]")
                or _BRACKETED_NOTE.fullmatch(text, ls, cursor)
                or (
                    _is_field_label(text[ls:cursor])
                    and not _NUMBERED_STREET_LINE.fullmatch(text, ls, cursor)
                )
                or _ADDRESS_LABEL_LINE.search(text[ls:cursor])  # "My new address is"
                # a letter's date alone on its line ("> 27/08/2026" above a quoted letter's
                # "> Mr Haftom Gidey\n> Windlass Cottage"): the block starts under it, unless
                # the line under it starts with a label's word ("NINO KONIS BELO"), which a
                # name would lose: that block is read whole, as before
                or (
                    _DATE_ALONE_LINE.fullmatch(text, ls, cursor)
                    and bool(lines)
                    and not _is_field_label(text[slice(*lines[-1])].split()[0].strip(":"))
                )
            ):
                # a blank line, or a form field ("Address:", "County") above the block
                under_label = bool(_ADDRESS_LABEL_LINE.search(text[ls:cursor]))
                break
            lines.append((ls, cursor))
            # a house number and its street read like a numbered question ("18 High Street"):
            # it is the street, the lines under it its places; what stands above it is left
            # to the other rules, as before
            numbered_street = _is_field_label(text[ls:cursor])
            cursor = raw_start - 1
            if numbered_street:
                break
        lines.reverse()
        stripped = [_stripped_span(text, ls, le) for ls, le in lines]
        is_street = [
            bool(_DIGIT.search(text[a:b]) or _STREETISH.search(text[a:b]) or "," in text[a:b])
            for a, b in stripped
        ]
        if any(is_street):
            digits = [i for i, (a, b) in enumerate(stripped) if _DIGIT.search(text[a:b])]
            # the street starts at the first numbered line; above it, house names or a name
            first = digits[0] if digits else is_street.index(True)
            last = first
            digit_seen = bool(_DIGIT.search(text[slice(*stripped[first])]))
            while last + 1 < len(lines):
                a, b = stripped[last + 1]
                has_digit = bool(_DIGIT.search(text[a:b]))
                if not (has_digit or (not digit_seen and is_street[last + 1])):
                    break
                digit_seen = digit_seen or has_digit
                last += 1
        elif len(lines) == 2 and town_beside:
            # "Mrs Anwen Pryce\nBron Haul\nTregaron SY25 0BG": the town is on the postcode's
            # line, so the line above it is the house, the top line the name
            first = last = 1
        elif len(lines) >= 2:  # no street line: [name], [house name], town
            # (and the county under the town: "Argyll and Bute (Ìle agus Tiriodh)")
            count = len(lines)
            while count > 2 and _COUNTY_WITH_ASIDE.fullmatch(text, *stripped[count - 1]):
                count -= 1
            first = last = count - 2
        elif lines and under_label and town_beside:
            # "Last settled address:\nBryn Awel\nLlanrug LL55 4ZZ": the town is on the
            # postcode's line, so the line under the label is the house
            first = last = 0
        else:  # only the town above the postcode
            first, last = 0, -1
        out: list[tuple[str, int, int]] = []
        for i in range(first, min(last + 1, len(lines))):
            a, b = stripped[i]
            value = text[a:b]
            if "," in value and _DIGIT.search(value):  # "12 Acacia Road, Headingley"
                out += [
                    ("LOCATION", s, e)
                    for s, e in self._segments(text, a, b - (1 if value.endswith(",") else 0))[0]
                ]
            elif not _DIGIT.search(value) and not _ORG_LINE.search(value):
                out.append(("STREET_ADDRESS", a, b))  # "Woodside, Ropewalk", "Hafod"
            elif (
                _NUMBER_AND_WORDS_LINE.fullmatch(value)
                and not _STREETISH.search(_DIGIT.sub("", value))
                and not _ORG_LINE.search(value)
            ):
                # a number and words with no street word ("195 Golwg Carn Ingli"), which the
                # street recogniser leaves
                out.append(("STREET_ADDRESS", a, b))
        for i in range(last + 1, len(lines)):
            a, b = stripped[i]
            value = text[a:b].rstrip(",")
            if self._is_locality(value):
                out += [("LOCATION", s, e) for s, e in self._segments(text, a, a + len(value))[0]]
            elif (aside := _COUNTY_WITH_ASIDE.fullmatch(value)) and self._is_locality(
                aside.group("county")
            ):
                # "Argyll and Bute (Ìle agus Tiriodh)": a county line and its district in brackets
                out.append(("LOCATION", a, a + len(value)))
        for i in range(first - 1, -1, -1):  # upwards from the street: house names, a name
            a, b = stripped[i]
            value = text[a:b]
            if _ORG_LINE.search(value):
                continue
            if not _HOUSE_OR_NAME_LINE.fullmatch(value) or value.split()[0] in NON_NAME_WORDS:
                break
            above = text[slice(*stripped[i - 1])] if i else ""
            # the top line of the block: nothing above it, or a heading of the party's role
            # ("Landlord\nTersoo Ikyo\nPeal Board House\nFeltwell\nIP26 0ZU")
            top = (
                i == 0
                or not _HOUSE_OR_NAME_LINE.fullmatch(above)
                or above.split()[0] in NON_NAME_WORDS
            )
            if top and _looks_like_name_line(value):
                title = _TITLED.match(value)  # the name after its title: "MS NOUR RASHID-ALI"
                out.append(("PERSON", a + (title.end() if title else 0), b))
            else:
                out.append(("STREET_ADDRESS", a, b))
        return out

    def _blocks(
        self, text: str, skip: Iterable[tuple[int, int]] = ()
    ) -> tuple[list[tuple[int, int]], list[tuple[str, int, int]]]:
        """The places and the typed lines of the address blocks that end with a postcode (a
        postcode inside one of ``skip``'s ranges is left out)."""
        skip = list(skip)
        found: list[tuple[int, int]] = []
        typed: list[tuple[str, int, int]] = []
        for m in POSTCODE_RE.finditer(text):
            if any(a <= m.start() < b for a, b in skip):
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            # (a quoted letter's "| " or "> " before each line)
            value_start = _QUOTED_LINE_START.match(text, line_start).end()
            segs, whole_line = self._segments(text, value_start, m.start())
            aside = _COUNTY_ASIDE_BEFORE_POSTCODE.search(text, value_start, m.start())
            if not whole_line and aside is not None:
                # "Preseli (Sir Benfro) SA65 9QQ": a county and its district in brackets, then
                # the postcode, close the block as its town line would
                segs, whole_line = self._segments(text, value_start, aside.start())
                # (in running text, "..., Tudweiliog Uchaf, Gwynedd (Penrhyn Llŷn a'r Ynysoedd)
                # LL53 0YT, authorise ...": the county and its district are one place, the
                # bracket's small words ("a'r") with them)
                close = text.rfind(")", aside.start(), aside.end()) + 1
                segs = [(a, close if b == aside.start() else b) for a, b in segs]
            if whole_line and len(segs) >= 3:
                segs, sender = _sender_line(text, segs)
                typed.extend(sender)
            found.extend(segs)
            if whole_line:  # postcode alone, or "Leeds LS6 3AB": look at the lines above
                typed.extend(self._walk_up(text, line_start, town_beside=bool(segs)))
        return found, typed

    def analyze(self, text, entities, nlp_artifacts=None):
        grids = label_grids(text)
        found, typed = self._blocks(text, [(a, b) for a, b, _ in grids])
        for _, _, columns in grids:
            # a sheet of address labels printed several across: each column read as a page
            for column, where in columns:
                places, lines = self._blocks(column)
                found += [span for a, b in places if (span := where(a, b))]
                typed += [(kind, *span) for kind, a, b in lines if (span := where(a, b))]
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
            if span and _HOME_NAMED.search(text, *span):
                # "moved to Sheepwash Barn, Exton", "Bwthyn Meillion": a home, not a town (its
                # Gaelic or Welsh words after the house's: "Bothan na Creige")
                tail = _HOME_NAME_TAIL.match(text, span[1])
                typed.append(("STREET_ADDRESS", span[0], tail.end() if tail else span[1]))
            elif span:
                found.append(span)
        found += [m.span("town") for m in _LOWER_TOWN.finditer(text)]
        found += [(s, e) for kind, s, e in chat_message_address(text) if kind == "LOCATION"]
        found += cued_streets_and_towns(text)[1]
        found += signatory_towns(text)
        results = [self._result("LOCATION", s, e) for s, e in found if e > s]
        results += [self._result(kind, s, e) for kind, s, e in typed if e > s]
        return EntityRecognizer.remove_duplicates(results)


#: a county line with its district in brackets: "Argyll and Bute (Ìle agus Tiriodh)"
_COUNTY_WITH_ASIDE = re.compile(r"(?P<county>[^()\n\d]+?)[ \t]*\([^()\n\d]{2,40}\)")
#: a bracketed aside after a county, before the postcode: "Preseli (Sir Benfro) SA65 9QQ"
_COUNTY_ASIDE_BEFORE_POSTCODE = re.compile(r"(?<=\p{L}\.?)[ \t]*\([^()\n\d]{2,40}\)[ \t,]*$")


#: "i live at 18c cuckoo lane spital-in-the-street ln8 8pn": in an address written all in lower
#: case with no commas, the words between the last street word and the postcode are the town
_LOWER_STREET_WORD = (
    r"(?:road|street|lane|avenue|close|drive|crescent|gardens|terrace|grove|court|place|walk"
    r"|square|mews|rise|way|row|hill|park|green|view|parade|ride|gate|brae|wynd|vale|drove|alley)"
)
#: the house words of a house name in lower case: a street may follow ("kiln cottage, mill row")
_LOWER_HOUSE_WORDS = frozenset(
    "cottage cottages house lodge farm barn bungalow grange croft mill end hall".split()
)
#: the last word of a street or a house name, as texts write them in lower case
_LOWER_HOME_END = re.compile(
    rf"(?i)\b(?:{_LOWER_STREET_WORD}|{'|'.join(sorted(_LOWER_HOUSE_WORDS))})\b"
)
_LOWER_TOWN = re.compile(
    rf"(?<=(?i:{_STRONG_ADDRESS_CUE})[ \t]+[\p{{Ll}}\d'’\- \t]*\b{_LOWER_STREET_WORD}[ \t]+)"
    r"(?P<town>\p{Ll}[\p{Ll}'’\-]+(?:[ \t]+\p{Ll}[\p{Ll}'’\-]+){0,3})"
    rf"(?=[ \t]+(?:{_POSTCODE.lower()})\b)"
)
_ADDRESS_FIELD = re.compile(
    r"(?im)^[ \t]*(?:[\w ]{0,20}address)[ \t]*[:\-–][ \t]*(\S[^\n]{3,120}?)[ \t]*$"
)
_PLACE_CUE = re.compile(
    r"(?<=\b(?i:(?:residents?[ \t]+of|people[ \t]+of|byw[ \t]+yn|yn[ \t]+byw[ \t]+yn|townland[ \t]+of"
    # "the rates on my home in Caledon", "the farmhouse in the townland of Shantallow"
    r"|(?:home|house|flat|farm|farmhouse|property|cottage|bungalow|lodge|barn|grange|croft)[ \t]+in"
    r"(?:[ \t]+the[ \t]+townland[ \t]+of)?)"
    r"|(?:live|lived|living|lives|moved|move|moving|relocated|travel|travelled|traveled"
    r"|travelling|went|go|going|drive|drove|grew[ \t]+up|born|based|stay|stayed|staying"
    r"|settled|work|worked|working|studied|study|school|hospital|office|jobcentre|centre"
    r"|flew|fly|flying|visit|visited|visiting|holiday|trip|originally)"
    r"[ \t]+(?:(?:here[ \t]+)?in|to|at|near|from|back[ \t]+to|over[ \t]+to|all[ \t]+the"
    r"[ \t]+way[ \t]+to)"
    # a French letter's home: "ma fille habite à Anderby", "il vit à Meare", "réside à"
    r"|(?:habite|habites|habitent|habitons|habitez|habitait|habitais|vit|vivent|vivons|vivait"
    r"|réside|résident|résidait|demeure|demeurent|domicilié|domiciliée|domiciliés|installé"
    r"|installée|installés|déménagé|déménagée)[ \t]+à"
    # "I moved to my sister Ana's in Kirkby Stephen": someone's home, then its town
    # ("it's in", "that's in" are no one's home)
    r"|(?<=\p{L})(?<!\b(?:it|that|what|there|here|where|who|he|she|which|this|It|That|What"
    r"|There|Here|Where|Who|He|She|Which|This))['’]s[ \t]+in)[ \t]+)"
    r"(\p{Lu}[\p{L}'’\-]+(?:[ \t]+(?:upon|on|under|in|le|de|la|by)?[ \t]*\p{Lu}[\p{L}'’\-]+){0,2})"
    r"(?![\p{L}])(?![ \t]+(?:Road|Street|Lane|Avenue|Council|Hospital|Centre|Jobcentre|House"
    r"|Court|Office|Station|Airport|Park|University|College|School|Ltd|Limited|Library|Hall)\b)"
)


_AFTER_STREET = re.compile(r"[ \t]*(?:[,|;][ \t]*(?:\r?\n[ \t]*)?|\t[ \t]*|\r?\n[ \t]*)")
#: an Irish place's word after its first, its initial eclipsed: "Loch gCaol", "Béal na
#: mBláth", "Cill na dTrá" (the mutation's letters in lower case before the capital)
_ECLIPSED_WORD = r"(?:bh|dt|n|[bdgmt])\p{Lu}[\p{L}'’\-]*"
_TOWN_RUN = re.compile(
    rf"(?!{_MONTHS}\b){_PLACE_WORD}(?![\p{{L}}\d])"
    rf"(?:[ \t\-]+(?:(?!{_MONTHS}\b){_PLACE_WORD}|{_ECLIPSED_WORD}|{_PLACE_LINK})"
    rf"(?![\p{{L}}\d]))*"
)
_POSTCODE_HERE = re.compile(rf"{_POSTCODE}\b", re.IGNORECASE)
#: a town after the street in running text: one or two capitalised words, then the end of the
#: clause (punctuation, a line end, a postcode or a lower-case word)
_AFTER_STREET_INLINE = re.compile(
    rf"[ \t]+(?:in[ \t]+)?(?=\p{{Lu}}[\p{{L}}'’!\-]*(?:[ \t]+\p{{Lu}}[\p{{L}}'’!\-]*)?"
    rf"(?:[ \t]*(?:[,.;:!?)]|\r?\n|$)|[ \t]+(?:\p{{Ll}}|{_POSTCODE}\b)))"
)


#: a town or a postcode comes next: what stands before it is a district, not a second street
_PLACE_FOLLOWS = re.compile(
    rf"[ \t]*(?:,[ \t]*|\r?\n[ \t]*|[ \t]+)(?:{_POSTCODE}\b|\p{{Lu}}[\p{{L}}'’\-]+"
    r"(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?[ \t]*(?:,|\r?\n|[ \t]+[A-Z]{1,2}\d))"
)


#: what can stand before a house number and its street: the flat ("Bedsit 6B, ", "Flat 9A,\n",
#: "maisonette 5d ", "apt 10 ") and the first number of a range ("76-78 ", "102 - 104 ")
_BEFORE_STREET = re.compile(
    # (a column gap after "flat" is a table's: "flat            177" is a type and a count)
    r"(?i:(?<![\w])(?:flat|bedsit|apartment|apt|maisonette|unit|room|studio|suite)\.?[ \t]{0,2}"
    r"(?:no\.?[ \t]*)?[\dA-Za-z]{0,4}\d[\dA-Za-z]{0,3}(?:/\d{1,2})?[ \t]*,?[ \t]*\n?[ \t]*"
    r"|(?<![\w\-])\d{1,4}[A-Za-z]?[ \t]*[-–][ \t]*"
    # a Scottish tenement's floor and side: "Top Floor Left, 23 Girnel Wynd"
    r"|(?<![\w])(?:top|ground|first|second|third|fourth|middle|basement|1st|2nd|3rd|4th)[ \t]+floor"
    r"(?:[ \t]+(?:left|right|middle|centre|front|back|flat))?[ \t]*,?[ \t]*)$"
)


#: a list of signatories: "- Tarek Nasser, Cnoc an Fhraoich, Tolbooth Wynd, Drumnadrochit",
#: "2. Dr Mazurek\tGorffwysfa, Llanfihangel", "5) Mrs Hu - Lough View   [signature]"
_LIST_ITEM_START = re.compile(r"(?m)^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+")
_ADDRESS_AFTER_SIGNATORY = re.compile(
    r"(?:\t+|[ \t]+[-–][ \t]+|,[ \t]+)(?P<address>\p{Lu}[\p{L}'’\-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’\-]*"
    r"|an|na|nan|y|yr|of|the|a)){0,4}(?:,[ \t]+\p{Lu}[\p{L}'’\-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’\-]*"
    r"|an|na|y|yr|of|the)){0,3})?)(?=[ \t]*(?:,|$|\n|[ \t]{2}|\[|\(|tel\b))"
)


def address_after_signatory(text: str, name_start: int, name_end: int) -> tuple[int, int] | None:
    """In a list of signatories, the house or street written after a name that starts its
    item: the name's address (the town after it is read as a town)."""
    line_start = text.rfind("\n", 0, name_start) + 1
    item = _LIST_ITEM_START.match(text, line_start)
    if item is None or text[item.end() : name_start].strip(" \t.") not in ("", *TITLES):
        return None
    m = _ADDRESS_AFTER_SIGNATORY.match(text, name_end)
    if m is None:
        return None
    # "Gorffwysfa, Llanfihangel-y-Creuddyn": the house, then its town (which the town reader
    # takes: see signatory_towns)
    town = _signatory_town(text, m)
    return (m.start("address"), town[2]) if town else m.span("address")


#: where a signatory's address may start after the name: a tab, a spaced dash, a comma
_SIGNATORY_SEPARATOR = re.compile(r"\t+|[ \t]+[-–][ \t]+|,[ \t]+")


def _signatory_town(text: str, m: re.Match) -> tuple[int, int, int] | None:
    """The town after the house of a signatory's address ("The Glebe, Portaferry"): its span
    and where the house ends; ``None`` when the part after the last comma is no town."""
    start, end = m.span("address")
    comma = text.rfind(",", start, end)
    if comma < 0:
        return None
    town_start = comma + 1 + (len(text[comma + 1 : end]) - len(text[comma + 1 : end].lstrip()))
    if not text[start:comma].strip() or not town_shaped(text[town_start:end]):
        return None
    return town_start, end, comma


def signatory_towns(text: str) -> list[tuple[int, int]]:
    """The towns of the addresses written after the names in a list of signatories ("- Dwayne
    Young - Little Orchard, Ashby Puerorum   [signature]"), wherever the name may end."""
    out = []
    for item in _LIST_ITEM_START.finditer(text):
        line_end = text.find("\n", item.end())
        line_end = len(text) if line_end < 0 else line_end
        for sep in _SIGNATORY_SEPARATOR.finditer(text, item.end(), line_end):
            m = _ADDRESS_AFTER_SIGNATORY.match(text, sep.start())
            town = _signatory_town(text, m) if m else None
            if town:
                out.append(town[:2])
    return out


def street_start(text: str, start: int) -> int:
    """Where a street address found at ``start`` ("105 Anlaby Road") really starts: before the
    flat or the first number of a range written in front of it."""
    before = _BEFORE_STREET.search(text, max(0, start - 30), start)
    return before.start() if before else start


#: an address finder's result, postcode first: "PE19 6RJ, ST NEOTS, 61 DROVERS WAY   UPRN ..."
_POSTCODE_FIRST = re.compile(
    r"\G[ \t]*,[ \t]*(?P<town>\p{Lu}[\p{L}'’.\-]*(?:[ \t]\p{Lu}[\p{L}'’.\-]*){0,3})[ \t]*,[ \t]*"
    r"(?P<street>[^,\n\t]*?[\p{L}\d][^,\n\t]*?)(?=[ \t]{2,}|\t|[ \t]*(?:\r?\n|$))"
)
#: "... of Tattykeel House helps me": a house name after "of" right after a person's name
_HOUSE_AFTER_NAME = re.compile(rf"\G[ \t]+of[ \t]+(?P<house>{_BUILDING})\b")


def address_after_postcode(text: str, end: int) -> list[tuple[str, int, int]]:
    """The town and street written after a postcode that ends at ``end``, in the order an
    address finder lists them ("S64 3HJ, MEXBOROUGH, 104 WINDRUSH WAY"): a row of comma-separated
    parts that starts with the postcode, then the town, then the rest of the row up to a column
    gap is the street address or house name."""
    m = _POSTCODE_FIRST.match(text, end)
    if m is None or _NOT_AN_ADDRESS_GAP.search(m.group("street")):
        return []
    return [("LOCATION", *m.span("town")), ("STREET_ADDRESS", *m.span("street"))]


def house_after_name(text: str, end: int) -> tuple[int, int] | None:
    """A house name written right after a person's name that ends at ``end``: "my neighbour
    Padmini Adeyemi-Cole of Glenview Farm helps me"."""
    m = _HOUSE_AFTER_NAME.match(text, end)
    return m.span("house") if m else None


_SPOKEN_TOKEN = re.compile(r"\[[^\]\n]{0,20}\]|[^\s,.;]+")
_SHORT_PIECE = re.compile(r"[A-Za-z\d]{1,4}")


def postcode_after_street(text: str, pos: int) -> tuple[int, int] | None:
    """A postcode written after a street address with its characters grouped any way, as
    speech-to-text or a hurried hand writes it ("54 teras gwalia [inaudible] ch 75 dn",
    "... sea wall buxton sk17 6th"): within the next four words (a town, a bracketed note),
    the fewest pieces of up to four letters or digits that together are a postcode."""
    tokens = list(_SPOKEN_TOKEN.finditer(text, pos, min(len(text), pos + 80)))
    for skip in range(min(4, len(tokens))):
        if skip and not (tokens[skip - 1].group().isalpha() or tokens[skip - 1].group()[0] == "["):
            break
        for size in range(1, 5):
            pieces = tokens[skip : skip + size]
            if len(pieces) < size or not all(_SHORT_PIECE.fullmatch(p.group()) for p in pieces):
                break
            if size > 1 and any(
                text[a.end() : b.start()].strip() for a, b in zip(pieces, pieces[1:])
            ):
                break
            if POSTCODE_LOOSE_RE.fullmatch("".join(p.group() for p in pieces)):
                return pieces[0].start(), pieces[-1].end()
    return None


#: a Welsh place name that starts with its article: "Yr Wyddgrug", "Y Fenni", "Y Trallwng"
_WELSH_ARTICLE_PLACE = re.compile(r"(?:Yr|Y)[ \t]+\p{Lu}")
#: Welsh counties written in Welsh ("Sir" + the county, mutated)
_WELSH_COUNTY = re.compile(
    r"Sir[ \t]+(?:Gâr|Gar|y[ \t]+Fflint|Fynwy|Benfro|Ddinbych|Conwy|Ceredigion|Drefaldwyn|Faesyfed"
    r"|Frycheiniog|Forgannwg|Fôn|Gaerfyrddin|Feirionnydd|Aberteifi|Gaernarfon|Ddinbych)(?![\p{L}])",
    re.IGNORECASE,
)
_SENTENCE_END_IN_RUN = re.compile(r"(?<!\b(?:St|Mt|Ste))\.[ \t]+")


def towns_after(text: str, pos: int, limit: int = 3) -> list[tuple[int, int]]:
    """The district, town and county written after a street address that ends at ``pos``.

    "5 Rose Street, Much Wenlock." -> Much Wenlock; "221 Stratford Road, Birmingham B33 8TH"
    -> Birmingham; "88 Heol y Frenhines\nCaerdydd" -> Caerdydd. Each must be a capitalised
    place name (links such as "upon", "next the", "y" allowed; "Westward Ho!" too) after a
    comma or on the next line; a postcode in between is stepped over. Stops at anything else,
    so "12 Mill Lane, I am writing ..." takes nothing.
    """
    out: list[tuple[int, int]] = []
    while len(out) < limit:
        sep = _AFTER_STREET.match(text, pos)
        if sep is None and not out:
            # "lives at 60 Broadway London and ...", "206 Maryhill Road in Kirkcaldy postcode":
            # in running text the town may follow the street with only a space or "in"
            sep = _AFTER_STREET_INLINE.match(text, pos)
        if sep is None:
            break
        start = sep.end()
        postcode = _POSTCODE_HERE.match(text, start)
        if postcode:
            pos = postcode.end()
            continue
        run = _TOWN_RUN.match(text, start)
        if run is None:
            lower = _LOWER_PLACE.match(text, start)
            if lower is None:
                break
            # "185 dyke drove, hodnet tf9 8uh": written all in lower case, the words between
            # the street and the postcode on its line are the town (and the county)
            out.append(lower.span("place"))
            pos = lower.end("place")
            continue
        county = _WELSH_COUNTY.match(text, start)
        if county:  # "Sir Gâr", "Sir y Fflint": "Sir" is the county here, not a title
            out.append(county.span())
            pos = county.end()
            continue
        value = _without_trailing_links(run.group())
        sentence_end = _SENTENCE_END_IN_RUN.search(value)
        if sentence_end:  # "Stockton-on-Tees. Our records show ...": the town ends there
            value = value[: sentence_end.start()]
        first = value.replace("-", " ").split()[0].rstrip(".")
        if (
            (first in NON_NAME_WORDS and not _WELSH_ARTICLE_PLACE.match(value))
            or _NOT_LOCALITY.match(value)
            # a district named like a street after the street ("Scotch Street, New Lodge,
            # Belfast") is still a place; a house number or a house name is not
            or _DIGIT.search(value)
            or (
                _STREETISH.search(value)
                and not out
                and not _PLACE_FOLLOWS.match(text, start + len(value))
            )
            or _LABEL_AFTER.match(text, start + len(value))
            or _FIELD_LINE.match(text, start)
            or _is_field_label(value)
            or _starts_a_field(text, start)
        ):
            break
        out.append((start, start + len(value)))
        pos = start + len(value)
    return out


#: a place in lower case with only other such places, commas and spaces between it and a
#: postcode on the same line: "hodnet tf9 8uh", "dorrington, salop.  sy5 1wg"
_LOWER_PLACE = re.compile(
    r"(?P<place>\p{Ll}[\p{Ll}'’.\-]*(?:[ \t]\p{Ll}[\p{Ll}'’.\-]*){0,3})"
    r"(?=(?:[ \t]*,[ \t]*\p{Ll}[\p{Ll}'’.\-]*(?:[ \t]\p{Ll}[\p{Ll}'’.\-]*){0,3}){0,2}"
    rf"[ \t]*,?[ \t]*(?<![\p{{L}}\d])(?i:{_POSTCODE})(?![\w]))"
)
_RUN_PARTS = re.compile(r"([ \t\-]+)")
_LABEL_AFTER = re.compile(r"[ \t]*:")
#: a line that is a field, its label a capitalised word and a few lower-case ones: "Reason
#: homeless: sofa surfing", "Safe number: 07700 ..." (not a town after the address above it)
_FIELD_LINE = re.compile(r"(?<=\n[ \t]*)\p{Lu}[\p{L}'’\-]*(?:[ \t]+\p{Ll}[\p{L}'’\-]*){1,3}[ \t]*:")


def _is_field_label(value: str) -> bool:
    return field_type(value) is not None


_FIELD_LABEL_HERE = re.compile(r"[^\n:]{1,50}(?=:)")


def _starts_a_field(text: str, start: int) -> bool:
    """The words from ``start`` are a form's label ("Cod post / Postcode: ..."), not a town."""
    label = _FIELD_LABEL_HERE.match(text, start)
    return label is not None and field_type(label.group()) is not None


def _without_trailing_links(run: str) -> str:
    """ "Leeds on" -> "Leeds": a place name never ends with a link word."""
    parts = _RUN_PARTS.split(run)
    while len(parts) > 1 and (
        re.fullmatch(_PLACE_LINK, parts[-1]) or _RUN_PARTS.fullmatch(parts[-1])
    ):
        parts.pop()
    value = "".join(parts)
    return value[:-1] if value.endswith(".") and not value.endswith("St.") else value


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


#: a place's qualifier in brackets right after it: "Wilts. (S.)", "Essex (N.E.)", "Angus
#: (Forfarshire)", "Saddleworth (Oldham)"; capitalised words or abbreviations only
_QUALIFIER_AFTER = re.compile(
    r"\G\.?[ \t]*\((?:\p{Lu}[\p{L}.'’\-]*)(?:[ \t]+\p{Lu}[\p{L}.'’\-]*){0,2}\)"
)


def place_qualifier(text: str, end: int) -> int:
    """Where a place ending at ``end`` ends with its qualifier in brackets ("Herts" of "Herts.
    (N.)"): the qualifier narrows down where someone lives, so it is part of the place."""
    m = _QUALIFIER_AFTER.match(text, end)
    return m.end() if m else end


#: a town's name: capitalised words and the links inside place names ("Market Harborough",
#: "Barrow-in-Furness", "Y Felinheli", "Newcastle upon Tyne"), nothing else
_TOWN_WORDS = re.compile(
    rf"{_PLACE_WORD}(?:[ \t]+(?:{_PLACE_WORD}|{_PLACE_LINK})){{0,4}}(?<![ \t]{_PLACE_LINK})"
)
#: a street's word ends a street's name ("Church Road"); first, it starts a town's ("Market
#: Harborough")
_STREET_WORD_LAST = re.compile(
    rf"(?<![\p{{L}}]){_SUFFIX}\.?$"
    # a Welsh or Gaelic street's word comes first: "Heol y Parc", "Stryd Fawr", "Sràid na h-Eaglais"
    r"|^(?:Heol|Stryd|Ffordd|Lôn|Lon|Rhodfa|Rhes|Cilgant|Clos|Llys|Teras|Rathad|Sràid|Sraid"
    r"|Sráid|Bóthar|Bothar)(?![\p{L}])"
)
#: a house named by the words a home's name is made of ("Rose Cottage", "Tŷ Capel")
#: (by its words only: a house name's ending, "-wood", "-bank", ends towns too: "Ringwood")
_HOUSE_NAMED = re.compile(
    rf"(?<![\p{{L}}])(?:{_alts(HOUSE_WORDS)}|{_alts(WELSH_HOUSE_WORDS)})(?![\p{{L}}])"
)


#: the rest of a house's name after its first words: link words and capitalised words
_HOME_NAME_TAIL = re.compile(
    r"(?:[ \t]+(?:na|nan|an|a'|y|yr|'r|of|the|du|de|la|le)[ \t]+\p{Lu}[\p{L}'’\-]*"
    r"|[ \t]+\p{Lu}[\p{L}'’\-]*)*"
)
#: a house's word, or a hut's, anywhere in a name ("Sheepwash Barn", "Lookers Hut", "Tŷ Gwyn")
_HOME_NAMED = re.compile(rf"{_HOUSE_NAMED.pattern}|\b(?:Hut|Huts|HUT|HUTS)\b")

_COLUMN_GAP = re.compile(r"[ ]{2,}|\t")


def never_a_town(value: str) -> bool:
    """What no town's name is, whatever its last word: two columns of a page ("St Agnes Place
    Carmarthen" far apart), words not written as a place's, a number, a locality's negation, a
    field's label, an organisation's word. A home's word is allowed: a part written between a
    street and the postcode is the town even so ("Elrig Croft", "Kirkinner Croft")."""
    return (
        _COLUMN_GAP.search(value) is not None
        or _TOWN_WORDS.fullmatch(value) is None
        or _DIGIT.search(value) is not None
        or _NOT_LOCALITY.match(value) is not None
        or _is_field_label(value)
        or any(w in ORG_WORDS for w in value.split())
    )


def _never_a_town(value: str) -> bool:
    """:func:`never_a_town`, or a house word in it ("Cottage", "Tŷ"): where nothing says the
    part stands between a street and its postcode."""
    return never_a_town(value) or _HOUSE_NAMED.search(value) is not None


def town_shaped(value: str) -> bool:
    """``value`` could only be a town where an address puts one: capitalised place words, no
    number, no street word ("Road", "Heol"), no house word ("Cottage", "Tŷ"), not a label or a
    word of a letter ("Dear", "Tel")."""
    value = value.strip()
    if not value or _never_a_town(value):
        return False
    first = value.replace("-", " ").split()[0].rstrip(".")
    return not (
        (first in NON_NAME_WORDS and not _WELSH_ARTICLE_PLACE.match(value))
        or _STREET_WORD_LAST.search(value)
    )


#: a street's word that ends a village's name as often ("Coads Green", "Blakeney Hill", "Edge
#: End", "Stainton le Vale")
_VILLAGE_WORD_LAST = re.compile(
    r"(?<![\p{L}])(?:Green|Hill|End|Vale|Dale|Bank|Side|Dene|Lea|Brow|Glen)$"
)


def village_shaped(value: str) -> bool:
    """``value`` has a town's shape but for its last word, which ends a street's name and a
    village's alike ("Coads Green", "Blakeney Hill"): a town only where an address's town
    surely stands (the caller checks where)."""
    value = value.strip()
    last = _VILLAGE_WORD_LAST.search(value)
    if last is None or len(value.split()) < 2:
        return False
    head = value[: last.start()].strip()
    return not (
        _never_a_town(value)
        or value.split()[0] in NON_NAME_WORDS
        or _STREET_WORD_LAST.search(head)  # "Church Road End"
    )


#: what stands after a town written at the end of an address: a postcode, the word
#: "postcode", a county or town part, or the end of the clause
_AFTER_TOWN = re.compile(rf"[ \t]*(?:[,.][ \t]*)?(?:(?i:{_POSTCODE})\b|(?i:post[ \t]?code)\b)")
_AFTER_TOWN_LOOSE = re.compile(r"[ \t]*(?:[,.;:!?)]|\r?\n|$)")


def town_ends_address(text: str, end: int, *, loose: bool) -> bool:
    """A town ending at ``end`` closes an address: a postcode follows (or the word
    "postcode"), or, when ``loose``, the end of the clause or the line."""
    return _AFTER_TOWN.match(text, end) is not None or (
        loose and _AFTER_TOWN_LOOSE.match(text, end) is not None
    )


#: a postcode's outward half alone (the district: "LS6", "SW1A", "BT47"), in capitals
_OUTWARD = (
    r"(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]"
    r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])"
)
_OUTWARD_AFTER_PLACE = re.compile(
    rf"\G[ \t]*,?[ \t]*(?P<code>{_OUTWARD})(?![\w\-/]|[ \t]*\d[A-Za-z]{{2}}\b|\.\d)"
)


def outward_code_after(text: str, pos: int) -> tuple[int, int] | None:
    """A postcode's outward half alone right after a street or a town that ends at ``pos``
    ("12 Mill Lane, Leeds LS6", "Chapel Allerton LS7"): the writer's district, as personal as
    the rest of the address it closes."""
    m = _OUTWARD_AFTER_PLACE.match(text, pos)
    return m.span("code") if m else None


#: the last word of a street or a house written in full, in any case ("Orchard", "garth",
#: "House", "hut"): the abbreviations ("St", "Dr") are left out, being also words of towns
_HOME_END_WORD = re.compile(
    r"(?i)(?<![\p{L}'’\-])(?:"
    + "|".join(
        sorted(
            {w for w in (*STREET_SUFFIXES, *HOUSE_WORDS) if len(w) >= 4 or w in ("Way", "Row")}
            | {"Hut", "Huts"},
            key=len,
            reverse=True,
        )
    )
    + r")(?![\p{L}'’\-])"
)
#: compass and position words a street can end with ("Church Street West", "Mill Lane Upper")
_STREET_TAIL_WORD = re.compile(r"(?i)(?:north|south|east|west|upper|lower|end|side|extension)")


def town_after_home(value: str) -> tuple[int, int] | None:
    """In an address written without commas before its postcode ("63 catshead orchard
    patrington", "Dewpond House Sunk Island"), where the street or the house ends and where the
    town after it starts: the words after the last street or house word, when they have a
    town's shape (in any case). ``None`` when nothing follows that word or it is no town."""
    ends = list(_HOME_END_WORD.finditer(value))
    last = ends[-1] if ends else None
    if last is None or not value[: last.start()].strip():
        return None
    rest = value[last.end() :]
    town = rest.strip()
    words = town.split()
    if (
        not words
        or len(words) > 3
        or not rest[:1].isspace()
        or any(not re.fullmatch(r"\p{L}[\p{L}'’\-]*", w) for w in words)
        or _STREET_TAIL_WORD.fullmatch(words[0])
        or not town_shaped(" ".join(w[:1].upper() + w[1:] for w in words))
    ):
        return None
    start = last.end() + (len(rest) - len(rest.lstrip()))
    return last.end(), start


#: a label's reference above its name ("CT 7956735/04", "REF 00412279"): no line of the address
_LABEL_REFERENCE = re.compile(r"[ \t]*\p{Lu}{1,4}[ \t]?\d{5,}(?:[/\-]\d{1,4})?[ \t]*")
#: a column gap: two spaces or more
_GAP_RUN = re.compile(r" {2,}")


def _grid_columns(lines: list[str]) -> list[int]:
    """Where the columns of ``lines`` start: after each run of two or more positions that are
    blank on every line (none when the lines are not laid out in columns)."""
    width = max(len(line) for line in lines)
    blank = [all(p >= len(line) or line[p] == " " for line in lines) for p in range(width)]
    starts = [0]
    p = 0
    while p < width:
        if blank[p]:
            q = p
            while q < width and blank[q]:
                q += 1
            if q - p >= 2 and p > 0 and q < width:
                starts.append(q)
            p = q
        else:
            p += 1
    return starts


def label_grids(text: str):
    """Paragraphs laid out as a sheet of address labels printed several across ("3 across"):
    lines whose columns line up, each column an address block ending with a postcode.

    For each: its range in ``text`` and, per column, the column's text (its cells one a line,
    a label's reference left out) with a function mapping a span of it back to ``text`` (or
    ``None`` for a span across cells). A table of records (one postcode a row) is no sheet:
    every postcode of a sheet's column has at least two cells above it in its label."""
    out = []
    lines: list[tuple[int, str]] = []
    pos = 0
    for raw in [*text.split("\n"), ""]:
        if raw.strip():
            lines.append((pos, raw.rstrip("\r")))
        else:
            if len(lines) >= 4 and any(_GAP_RUN.search(line) for _, line in lines):
                grid = _label_grid([line for _, line in lines], [at for at, _ in lines])
                if grid is not None:
                    out.append((lines[0][0], lines[-1][0] + len(lines[-1][1]), grid))
            lines = []
        pos += len(raw) + 1
    return out


def _label_grid(lines: list[str], offsets: list[int]):
    if any("\t" in line for line in lines):
        return None
    starts = _grid_columns(lines)
    if len(starts) < 2:
        return None
    columns = []
    with_postcodes = 0
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else None
        cells = [line[start:end].rstrip() for line in lines]
        real = [offsets[k] + start for k in range(len(lines))]
        above = 0
        has_postcode = False
        for cell in cells:
            if POSTCODE_RE.search(cell):
                if above < 2:  # a postcode right under another: a table's column
                    return None
                has_postcode = True
                above = 0
            elif cell.strip():
                above += 1
        if not has_postcode and any(cell.strip() for cell in cells):
            return None  # a table's column of dates or field names: each label column ends so
        with_postcodes += has_postcode
        cells = ["" if _LABEL_REFERENCE.fullmatch(cell) else cell for cell in cells]
        columns.append(("\n".join(cells), _cell_mapper(cells, real)))
    if with_postcodes < 2:
        return None
    return columns


def _cell_mapper(cells: list[str], real: list[int]):
    starts = []
    at = 0
    for cell in cells:
        starts.append(at)
        at += len(cell) + 1

    def where(a: int, b: int) -> tuple[int, int] | None:
        for k, v in enumerate(starts):
            if v <= a and b <= v + len(cells[k]):
                return real[k] + a - v, real[k] + b - v
        return None

    return where
