"""UK personal-data recognizers for Presidio.

One small class per identifier, in the style of Presidio's own predefined recognizers:
patterns, context words, and a checksum or plausibility check in ``validate_result``.
Presidio 2.2.366 ships UK recognizers for NINO, NHS number, postcode, passport and driving
licence, but they are off by default and tuned for recall-by-context; here they are
subclassed and tightened (HMRC prefix rules, DVLA date fields, 9-digit passports...), and the
missing ones (street address, sort code, bank account, date of birth, GB phone numbers,
rule-based names) are added.

Context handling: most recognizers here own their context logic (``_CueMixin``): they look
at the raw text just before a match for the nearest *positive* cue ("account number") or
*negative* cue ("reference"), whichever is closer wins. Results they have scored this way
are marked as context-enhanced (the redactor runs no lemma-based enhancer on top).

Nothing in this module logs text or matched values.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence

import phonenumbers
import regex as re
import tldextract
from presidio_analyzer import (
    EntityRecognizer,
    LocalRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerResult,
)
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    EmailRecognizer,
    IbanRecognizer,
    NhsRecognizer,
    PhoneRecognizer,
    SpacyRecognizer,
    UkDrivingLicenceRecognizer,
    UkNinoRecognizer,
    UkPassportRecognizer,
    UkPostcodeRecognizer,
)

CASE_SENSITIVE = re.DOTALL | re.MULTILINE
CASE_INSENSITIVE = re.DOTALL | re.MULTILINE | re.IGNORECASE

#: Types that are a structured identifier (pattern + checksum/context). They win overlaps.
IDENTIFIER_TYPES = (
    "EMAIL_ADDRESS", "IBAN_CODE", "CREDIT_CARD", "UK_NHS", "UK_NINO", "UK_DRIVING_LICENCE",
    "UK_PASSPORT", "UK_BANK_ACCOUNT", "UK_SORT_CODE", "PHONE_NUMBER", "UK_POSTCODE",
    "DATE_OF_BIRTH",
)
#: Every entity type the redaction stage can produce.
ALL_ENTITIES = (*IDENTIFIER_TYPES, "STREET_ADDRESS", "PERSON", "LOCATION")


# --------------------------------------------------------------------------- helpers
def _cue_regex(words: Iterable[str]) -> re.Pattern:
    """A case-insensitive regex for any of ``words`` as whole words (spaces flexible)."""
    alts = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    body = "|".join(r"[ \t]+".join(re.escape(p) for p in w.split()) for w in alts)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE)


def _last_end(cue: re.Pattern | None, window: str) -> int:
    if cue is None:
        return -1
    end = -1
    for m in cue.finditer(window):
        end = m.end()
    return end


class _CueMixin:
    """Recognizer-level context: the nearest cue before a match decides its score.

    Subclasses set ``CONTEXT`` (positive words), optionally ``NEGATIVE_CONTEXT``, the window
    size in characters, the score given when a positive cue is nearest (``CONTEXT_SCORE``)
    and whether a match *requires* a cue (then it is dropped without one).
    """

    CONTEXT: Sequence[str] = ()
    NEGATIVE_CONTEXT: Sequence[str] = ()
    WINDOW = 48
    CONTEXT_SCORE = 0.85
    REQUIRE_CONTEXT = False

    def _cues(self):
        if not hasattr(self, "_pos_cue"):
            self._pos_cue = _cue_regex(self.context or self.CONTEXT)
            self._neg_cue = _cue_regex(self.NEGATIVE_CONTEXT) if self.NEGATIVE_CONTEXT else None
        return self._pos_cue, self._neg_cue

    def cue_score(self, text: str, start: int, end: int, score: float) -> float:
        pos, neg = self._cues()
        window = text[max(0, start - self.WINDOW):start]
        p, n = _last_end(pos, window), _last_end(neg, window)
        if n > p:  # a negative cue ("reference 12345678") is closer than any positive one
            return 0.0
        if p >= 0:
            return max(score, self.CONTEXT_SCORE)
        return 0.0 if self.REQUIRE_CONTEXT else score

    def enhance_using_context(self, text, raw_recognizer_results, other_raw_recognizer_results,
                              nlp_artifacts, context=None):
        out = []
        for result in raw_recognizer_results:
            result.score = self.cue_score(text, result.start, result.end, result.score)
            result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            out.append(result)
        return out


_SEPARATORS = re.compile(r"[\s\-–]")
_DIGIT = re.compile(r"\d")
_NON_DIGIT = re.compile(r"\D")
_DIGIT_OR_AT = re.compile(r"[\d@]")
_TWO_DIGITS = re.compile(r"\d{2}")


#: a digit run that is not part of a longer number, date or decimal
_NUM_BEFORE = r"(?<![\d\-/]|\d\.)(?<!\d[ ])"
_NUM_AFTER = r"(?![\d\-/]|\.\d)(?![ ]\d)"


def _sanitize(text: str) -> str:
    return _SEPARATORS.sub("", text).upper()


# --------------------------------------------------------------------------- identifiers
class UkNinoNumberRecognizer(_CueMixin, UkNinoRecognizer):
    """UK National Insurance number (HMRC format ``AB 12 34 56 C``, spaces optional).

    HMRC rules: the first letter is not D, F, I, Q, U or V; the second is not D, F, I, O, Q,
    U or V; the prefixes BG, GB, KN, NK, NT, TN and ZZ are never allocated; the suffix is A-D.
    A number written without its suffix letter is only taken next to a cue word.
    """

    PATTERNS = [
        Pattern("NINO", r"\b[A-Z]{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?[A-D]\b", 0.6),
        Pattern("NINO without suffix (weak)",
                r"\b[A-Z]{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?\d{2}\b(?![ \-]?[A-Z]\b)", 0.05),
    ]
    CONTEXT = ["national insurance", "ni number", "ni no", "nino", "ni", "nat ins", "nin"]
    BAD_FIRST = set("DFIQUV")
    BAD_SECOND = set("DFIOQUV")
    BAD_PREFIXES = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}

    def __init__(self, **kwargs):
        super().__init__(patterns=list(self.PATTERNS), context=list(self.CONTEXT), **kwargs)
        self.global_regex_flags = CASE_INSENSITIVE

    def validate_result(self, pattern_text: str) -> bool | None:
        text = _sanitize(pattern_text)
        prefix = text[:2]
        if (prefix[0] in self.BAD_FIRST or prefix[1] in self.BAD_SECOND
                or prefix in self.BAD_PREFIXES):
            return False
        if len(text) == 9 and text[8] not in "ABCD":
            return False
        return None


class NhsNumberRecognizer(_CueMixin, NhsRecognizer):
    """NHS number: 10 digits (``485 777 3456``) whose mod-11 check digit is valid.

    Presidio's checksum is kept; a nearer "reference/invoice/order" cue drops the match (one
    random 10-digit reference in eleven passes mod 11).
    """

    PATTERNS = [Pattern("NHS number",
                        rf"{_NUM_BEFORE}(?<!\+\d{{1,3}}[ ]?(?:\(0\))?[ ]?)(?<!\(0\)[ ]?)"
                        rf"\b\d{{3}}([ \-]?)\d{{3}}\1\d{{4}}\b{_NUM_AFTER}", 0.5)]
    CONTEXT = ["nhs", "nhs number", "nhs no", "national health service", "health service",
               "patient", "chi number", "h&c number", "gp"]
    NEGATIVE_CONTEXT = ["reference", "ref", "invoice", "order", "case number", "claim number",
                        "account", "policy", "tracking", "payment reference"]
    WINDOW = 32

    def __init__(self, **kwargs):
        super().__init__(patterns=list(self.PATTERNS), context=list(self.CONTEXT), **kwargs)
        self.global_regex_flags = CASE_SENSITIVE

    def validate_result(self, pattern_text: str) -> bool:
        digits = _NON_DIGIT.sub("", pattern_text)
        if len(digits) != 10 or len(set(digits)) == 1:
            return False
        return super().validate_result(digits)


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


class UkSortCodeRecognizer(_CueMixin, PatternRecognizer):
    """Bank sort code ``nn-nn-nn`` (or spaced / unseparated next to a cue).

    ``12-03-21`` is also how people write dates: without a "sort code/bank" cue a sort code
    is only taken when the three pairs cannot be a day-month-year date.
    """

    PATTERNS = [
        Pattern("sort code", rf"(?<!\b[A-Z]{{2}}[ \-]?){_NUM_BEFORE}\b\d{{2}}([\-– ])\d{{2}}\1\d{{2}}\b"
                             rf"{_NUM_AFTER}"
                             r"(?![ \-]?[A-D]\b(?!/))", 0.3),
        Pattern("sort code (no separators)", rf"{_NUM_BEFORE}\b\d{{6}}\b{_NUM_AFTER}", 0.05),
    ]
    CONTEXT = ["sort code", "sort-code", "sortcode", "s/c", "bank", "branch", "account",
               "acc", "a/c", "acct", "bacs", "pay into"]
    NEGATIVE_CONTEXT = ["reference", "ref", "order", "invoice", "case", "claim", "date",
                        "dated", "on", "since", "from", "until", "by", "born", "dob"]
    WINDOW = 40

    def __init__(self, **kwargs):
        super().__init__(supported_entity="UK_SORT_CODE", patterns=list(self.PATTERNS),
                         context=list(self.CONTEXT), global_regex_flags=CASE_SENSITIVE,
                         **kwargs)

    @staticmethod
    def _could_be_date(text: str) -> bool:
        parts = _TWO_DIGITS.findall(text)
        if len(parts) != 3:
            return False
        d, m = int(parts[0]), int(parts[1])
        return 1 <= d <= 31 and 1 <= m <= 12

    def cue_score(self, text, start, end, score):
        new = super().cue_score(text, start, end, score)
        if new >= self.CONTEXT_SCORE or score < 0.3:
            return new
        if new == 0.0 and _last_end(self._cues()[1], text[max(0, start - 12):start]) >= 0:
            return 0.0  # "on 12-03-21", "ref 20-40-60"
        return 0.3 if self._could_be_date(text[start:end]) else 0.45


class UkBankAccountRecognizer(_CueMixin, PatternRecognizer):
    """UK bank account number: 8 digits, only next to an account/bank cue.

    "Reference 12345678" or "claim number 12345678" is not an account number: the nearest cue
    decides.
    """

    PATTERNS = [Pattern("account number", rf"{_NUM_BEFORE}\b(?:\d{{8}}|\d{{4}} \d{{4}})\b{_NUM_AFTER}",
                        0.05)]
    CONTEXT = ["account", "account number", "account no", "acc", "acc no", "acct", "a/c",
               "bank", "sort code", "bacs", "pay into", "paid into"]
    NEGATIVE_CONTEXT = ["reference", "ref", "case", "claim", "invoice", "order", "policy",
                        "application", "booking", "tracking", "membership", "employee",
                        "payroll", "customer number", "council tax reference", "tenancy"]
    WINDOW = 40
    REQUIRE_CONTEXT = True

    def __init__(self, **kwargs):
        super().__init__(supported_entity="UK_BANK_ACCOUNT", patterns=list(self.PATTERNS),
                         context=list(self.CONTEXT), global_regex_flags=CASE_SENSITIVE,
                         **kwargs)


class UkPassportNumberRecognizer(_CueMixin, UkPassportRecognizer):
    """UK passport number: 9 digits (``123456789``), only next to a passport cue.

    Presidio's two-letter + seven-digit pattern is kept (also cue-gated).
    """

    PATTERNS = [
        Pattern("UK passport (9 digits)", rf"{_NUM_BEFORE}\b\d{{9}}\b{_NUM_AFTER}", 0.05),
        Pattern("UK passport (spaced)", rf"{_NUM_BEFORE}\b\d{{3}} \d{{3}} \d{{3}}\b{_NUM_AFTER}",
                0.05),
        Pattern("passport (2 letters + 7 digits)", r"\b[A-Z]{2}\d{7}\b", 0.05),
    ]
    CONTEXT = ["passport", "passport number", "passport no", "travel document", "hmpo",
               "hm passport"]
    NEGATIVE_CONTEXT = ["reference", "ref", "case", "claim", "invoice", "order", "phone",
                        "mobile", "account"]
    WINDOW = 40
    REQUIRE_CONTEXT = True

    def __init__(self, **kwargs):
        super().__init__(patterns=list(self.PATTERNS), context=list(self.CONTEXT), **kwargs)
        self.global_regex_flags = CASE_SENSITIVE


class UkDrivingLicenceNumberRecognizer(_CueMixin, UkDrivingLicenceRecognizer):
    """DVLA driving licence number: 16 characters ``MORGA753116SM9IJ`` (spaces optional).

    Surname (5, padded with 9), decade, month (+50 for women), day, year digit, initials
    (padded with 9), an arbitrary digit and two check characters. The birth-date fields are
    checked for a real calendar date.
    """

    PATTERNS = [
        Pattern(
            "UK driving licence",
            r"\b[A-Z][A-Z9]{4} ?[0-9](?:0[1-9]|1[0-2]|5[1-9]|6[0-2])(?:0[1-9]|[12][0-9]|3[01])"
            r"[0-9] ?[A-Z][A-Z9][0-9][A-Z0-9]{2}\b(?: ?\d{2}\b)?",
            0.6,
        ),
    ]
    CONTEXT = ["driving licence", "driving license", "driver's licence", "drivers licence",
               "dvla", "licence number", "licence no", "license number", "dl number", "licence"]

    def __init__(self, **kwargs):
        super().__init__(patterns=list(self.PATTERNS), context=list(self.CONTEXT), **kwargs)
        self.global_regex_flags = CASE_SENSITIVE

    def validate_result(self, pattern_text: str) -> bool | None:
        text = _sanitize(pattern_text)[:16]
        if super().validate_result(text) is False:
            return False
        month = int(text[6:8]) % 50
        day, year = int(text[8:10]), 1900 + int(text[5]) * 10 + int(text[10])
        try:
            _dt.date(year, month, day)
        except ValueError:
            return False
        return None


class UkPhoneRecognizer(PhoneRecognizer):
    """GB phone numbers via ``phonenumbers`` (region "GB", never "UK").

    Finds numbers leniently (``07700 900123``, ``+44 (0)20 7946 0958``, ``(0161) 496 0000``)
    and keeps a candidate when it is a valid number, or a possible UK number written in
    national (leading 0, 10-11 digits) or +44 form. Ofcom's drama ranges (07700 900xxx) are
    "possible" but not "valid", so validity alone would miss them; a bare digit run without
    a leading 0 or + (an account or NHS number) is never a phone number here.
    """

    CONTEXT = ["phone", "telephone", "tel", "mobile", "mob", "call", "ring", "text",
               "contact", "number", "landline", "whatsapp"]

    _PERSONAL = re.compile(
        r"(?i)\b(?:my|me|mob|mobile|home|personal|tel|telephone|phone|contact)\b")

    _SENTENCE = re.compile(r"[.!?\n]")
    _DATE_LIKE = re.compile(r"\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}\b")
    _LINE_LABEL = re.compile(r"(?i)^[ \t]*(?:(?:tel|telephone|phone|mob|mobile|m|t|contact"
                             r"(?:[ \t]+number)?)[ \t]*[:.]?)?[ \t]*$")

    @classmethod
    def _own_line(cls, text: str, start: int, end: int) -> bool:
        """A number alone on its line (a signature or contact block) is the writer's own."""
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        after = text[end:] if line_end < 0 else text[end:line_end]
        return bool(cls._LINE_LABEL.match(text[line_start:start])) and not after.strip()

    def __init__(self, supported_regions: Sequence[str] = ("GB",), **kwargs):
        super().__init__(context=list(self.CONTEXT), supported_regions=tuple(supported_regions),
                         leniency=0, **kwargs)

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for region in self.supported_regions:
            for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=0):
                raw = match.raw_string
                digits = _NON_DIGIT.sub("", raw)
                number = match.number
                valid = phonenumbers.is_valid_number(number)
                possible = phonenumbers.is_possible_number(number)
                if raw.startswith("+"):
                    ok = valid or (number.country_code == 44 and possible)
                    score = 0.75 if valid else 0.6
                elif raw.lstrip("(").startswith("0"):
                    ok = 10 <= len(digits) <= 11 and (valid or possible)
                    score = 0.75 if valid else 0.6
                else:
                    ok = False
                if not ok or self._DATE_LIKE.match(raw):
                    continue
                national = "0" + digits[2:] if digits.startswith("44") else digits
                before = self._SENTENCE.split(text[max(0, match.start - 40):match.start])[-1]
                if national[:2] in ("03", "08") and not self._PERSONAL.search(before) \
                        and not self._own_line(
                        text, match.start, match.end):
                    score = 0.3  # helplines (0300, 0800, 0345...): not a person's number
                start, end = match.start, match.end
                if start > 0 and text[start - 1] == "(" and raw.startswith("0") and ")" in raw:
                    start -= 1  # "(0161) 496 0000": matcher drops the opening bracket
                result = self._get_recognizer_result(match, text, region, nlp_artifacts)
                result.start, result.end, result.score = start, end, score
                # context is decided here, not by Presidio's lemma enhancer
                result.recognition_metadata[
                    RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
                results.append(result)
        return EntityRecognizer.remove_duplicates(results)


class OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's email recognizer with ``tldextract`` kept fully offline.

    ``tldextract.extract`` downloads the public suffix list at first use; this one uses the
    snapshot bundled with the package (``suffix_list_urls=()``, no cache directory), so no
    network call or cache write ever happens.
    """

    _EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None,
                                     fallback_to_snapshot=True)

    #: local parts made only of these words are an organisation's mailbox, not a person's
    ROLE_WORDS = frozenset(
        """info enquiries enquiry contact contactus housing benefits benefit complaints
        complaint council counciltax tax customer customers services service customerservices
        admin office help helpdesk support noreply no reply donotreply hello team mail post
        reception feedback accounts finance payments revenues revenue homes repairs lettings
        tenancy social care adult adults children planning licensing parking waste
        environmental health hr jobs careers press media foi dpo data privacy general
        appeals claims universal credit pensions pension dwp hmrc nhs webmaster web sales
        bookings booking school schools education library libraries the and of uk""".split())

    _LOCAL_SPLIT = re.compile(r"[._\-+]")

    def validate_result(self, pattern_text: str) -> bool:
        if self._EXTRACT(pattern_text).fqdn == "":
            return False
        local = pattern_text.split("@", 1)[0].lower()
        parts = [p for p in self._LOCAL_SPLIT.split(local) if p]
        if parts and all(p in self.ROLE_WORDS for p in parts):
            return False  # housing@leeds.gov.uk: an organisation's mailbox
        return True


class DateOfBirthRecognizer(_CueMixin, PatternRecognizer):
    """A date that is a date of birth: only right after "born", "DOB", "date of birth" etc.

    Any other date (a deadline, a letter's date) is not personal data here and is left in
    place for the deadline detector.
    """

    _MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
              r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
    _DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
    PATTERNS = [
        Pattern("numeric date", r"\b(?:0?[1-9]|[12]\d|3[01])([/.\-])(?:0?[1-9]|1[0-2])\1"
                                r"(?:19|20)?\d{2}\b", 0.01),
        Pattern("ISO date", r"\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b", 0.01),
        Pattern("day month year", rf"\b{_DAY}(?:[ \t]+of)?[ \t\-]+{_MONTH},?[ \t\-]+(?:19|20)?\d{{2}}\b",
                0.01),
        Pattern("month day year", rf"\b{_MONTH}[ \t]+{_DAY},?[ \t]+(?:19|20)\d{{2}}\b", 0.01),
    ]
    CONTEXT = ["born", "dob", "d.o.b", "d.o.b.", "d o b", "date of birth", "birth date",
               "birthdate", "birthday", "b. ", "née"]
    _CUE = re.compile(
        r"(?i:\bborn|\bd\.?[ ]?o\.?[ ]?b\b\.?|\bdate[ \t]+of[ \t]+birth|\bbirth[ \t]*date"
        r"|\bbirthday|\bdob)"
        r"(?:[\s:,\-–(]|\bis\b|\bwas\b|\bon\b|\bthe\b|\bof\b|\bmy\b|\bher\b|\bhis\b)*$"
    )
    WINDOW = 40

    def __init__(self, **kwargs):
        super().__init__(supported_entity="DATE_OF_BIRTH", patterns=list(self.PATTERNS),
                         context=list(self.CONTEXT), global_regex_flags=CASE_INSENSITIVE,
                         **kwargs)

    def cue_score(self, text, start, end, score):
        window = text[max(0, start - self.WINDOW):start]
        return 0.9 if self._CUE.search(window) else 0.0


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


# --------------------------------------------------------------------------- names
TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lady",
          "Lord", "Rev", "Revd", "Reverend", "Cllr", "Councillor", "Father", "Sister", "Master")
NON_NAME_WORDS = frozenset(
    """The A An I We My Our Your He She They It This That These Those Please Thank Thanks
    Regards Yours Sincerely Faithfully Kind Best Dear Hi Hello Re Regarding Subject Sir Madam
    Sirs Team Council Department Dept Office Officer Services Service Customer Customers
    Manager Colleague Colleagues All Whom Concern Housing Benefit Benefits Universal Credit
    Tax Jobcentre Plus DWP HMRC NHS PIP ESA JSA DVLA Mobile Tel Telephone Phone Email E-mail
    Address Postcode Date Birth Number No Ref Reference Account Sort Code Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday Sent From To On In At And But Or If When As So
    Also However Unfortunately Yesterday Today Tomorrow Last Next Many Warm Cheers Sincerely
    Ltd Limited Plc Trust Association Agency Authority Court Tribunal Appeal Appeals Complaint
    Complaints Support Help Advice Citizens Payment Payments Allowance Pension Credit Child
    Carer Carers Disability Living Independence Personal Work Coach Claim Claims Case Letter
    Application Form Enquiry Query Request Mandatory Reconsideration Notice Section Urgent
    Other Not Is Was Have Has Had Am Are Be Been Would Could Should Can Might Must
    Just Still Very Now Then Here There What Which Who Why How Where Ok OK Okay Yes Sorry
    Apologies Morning Afternoon Evening Good Team Teams Unit Centre Center Street Road
    Avenue Flat Apartment iPhone
    Android Sent Samsung Galaxy Outlook Name Signed Print Full Surname Forename Forenames
    First Middle Family Applicant Claimant Tenant Landlord Patient DOB NINO NI Passport
    Licence License Driving Maintenance Civic Barclays Lloyds NatWest HSBC Santander
    Nationwide Monzo Starling TSB Nobody Someone Somebody Everyone Anyone Staff People
    Allowance Badge Care Health Environmental Social Adult Submitted Online Enquiry Contact
    Preferred Message Details Post Box Home Your Reference Ref Form Web Submission Worker
    Workers Adviser Advisor Coordinator Co-ordinator Assistant Director Caseworker Nurse
    Coach Volunteer Representative Solicitor Councillor Consultant Therapist Practitioner
    Lead Senior Head Chief Deputy Specialist Administrator""".split()
) | frozenset(TITLES)
CASEWORK_TERMS = frozenset(
    s.lower() for s in (
        "Universal Credit", "Council Tax", "Housing Benefit", "Child Benefit", "Pension Credit",
        "Personal Independence Payment", "Employment and Support Allowance", "Jobcentre",
        "Jobcentre Plus", "Carer's Allowance", "Attendance Allowance", "Tax Credits",
        "Working Tax Credit", "Child Tax Credit", "Mandatory Reconsideration", "Madam", "Sir",
        "Sir or Madam", "Sir/Madam", "Dear Sir", "Dear Madam", "Yours", "Kind", "Regards",
        "Best", "Thanks", "Thank", "PIP", "DWP", "HMRC", "NHS", "ESA", "JSA", "DLA", "GP",
        "Citizens Advice", "Ombudsman", "Legal Aid", "Section", "Bailiffs", "Motability",
        "Blue Badge", "Discretionary Housing Payment", "Council", "Jobcentre Plus",
        "Work Coach", "Whom", "Dear", "Hi", "Hello", "Re", "Tel", "Mob", "Mobile",
    )
)
COUNTRY_LEVEL = frozenset(
    s.lower() for s in ("UK", "U.K.", "United Kingdom", "Britain", "Great Britain", "England",
                        "Scotland", "Wales", "Northern Ireland", "Europe", "EU", "GB",
                        "the United Kingdom", "the UK", "Ireland", "British", "English",
                        "NI", "N. Ireland", "Great Britain", "USA", "US")
)

_NAME_WORD = r"(?:\p{Lu}\p{Ll}*['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)*"
_NAME_UPPER = r"(?:\p{Lu}['’])?\p{Lu}{2,}(?:['’\-]\p{Lu}+)*"
_PARTICLE = r"(?:van|von|de|da|di|del|der|den|la|le|du|bin|binti|al|el|ter|ten|St\.?)"
_INITIAL = r"\p{Lu}\.?"
_NAME = (rf"(?:{_INITIAL}[ \t]+){{0,2}}{_NAME_WORD}"
         rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+)?(?:{_NAME_WORD}|{_INITIAL}(?=[ \t]+\p{{Lu}}\p{{Ll}})))"
         rf"{{0,3}}")
_ANY_WORD = rf"(?:{_NAME_WORD}|{_NAME_UPPER}|{_INITIAL})"
_NAME_ANYCASE = rf"{_ANY_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_ANY_WORD}){{0,4}}"
_AGE = r"(?:[ \t]*\(?(?:aged[ \t]+)?\d{1,2}(?:[ \t]*(?:years?|yrs?|months?))?\)?)?"
_NAME_LIST = (rf"{_NAME}{_AGE}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+){_NAME}{_AGE}){{0,6}}")
_TITLE = rf"(?:{'|'.join(TITLES)})"
_RELATIVE = (
    r"son|daughter|husband|wife|partner|mother|mum|mom|father|dad|brother|sister|child"
    r"|grandson|granddaughter|grandmother|grandfather|nan|nana|gran|granny|grandad|grandpa"
    r"|carer|neighbour|neighbor|friend|landlord|landlady|nephew|niece|aunt|auntie|uncle|cousin"
    r"|fianc[ée]e?|stepson|stepdaughter|stepfather|stepmother|ex-partner|ex-husband|ex-wife"
    r"|social[ \t]+worker|support[ \t]+worker|key[ \t]+worker|advocate|doctor|solicitor"
    r"|tenant|lodger|flatmate|colleague|boss|employer|manager|brother-in-law|sister-in-law"
    r"|mother-in-law|father-in-law|son-in-law|daughter-in-law|children|sons|daughters|kids"
    r"|boyfriend|girlfriend|baby|twins|foster[ \t]+child|guardian|kid|kids|grandchildren"
    r"|grandkids|grandsons|granddaughters|parents|carers"
)
_CLOSING = (
    r"(?i:yours[ \t]+(?:sincerely|faithfully|truly)|(?:kind|best|warm|warmest|many)[ \t]+"
    r"(?:regards|wishes|thanks)|with[ \t]+(?:thanks|regards)|regards|thanks(?:[ \t]+(?:again|in"
    r"[ \t]+advance))?|thank[ \t]+you|best|cheers|sincerely|respectfully|all[ \t]+the[ \t]+best"
    r"|take[ \t]+care)"
)


class NameCueRecognizer(_CueMixin, PatternRecognizer):
    """PERSON from the words around a name rather than the name itself.

    Titles (``Mrs Jean Walker`` -> the name, not the title), signature lines after a closing
    ("Yours sincerely,\\nJane Smith"), "My name is ...", "Dear Jane,", relatives
    ("my son Tom"), staff ("I spoke to Karen"), and form fields ("Name: JANE SMITH").
    Matches are trimmed of titles and common capitalised words at either end.
    """

    PATTERNS = [
        Pattern("title + name", rf"(?<=\b{_TITLE}\.?[ \t]+){_NAME}", 0.9),
        Pattern("signature", rf"(?<=^[ \t]*{_CLOSING}[ \t]*[,.!\-–]?[ \t]*\r?\n(?:[ \t]*\r?\n)?"
                             rf"[ \t]*){_NAME_ANYCASE}(?=[ \t]*(?:,|\(|\r?\n|$))", 0.9),
        Pattern("closing, name", rf"(?<=(?:^|[.!?][ \t]+){_CLOSING}[ \t]*[,\-–][ \t]*)"
                                 rf"{_NAME_ANYCASE}(?=[ \t]*(?:\r?\n|\Z))", 0.9),
        Pattern("dash sign-off", rf"(?<=(?:^|[.!?])[ \t]*[-–—][ \t]*){_NAME}(?=[ \t]*(?:\r?\n|\Z))",
                0.9),
        Pattern("sign-off at the end", rf"(?<=[.!?][ \t]+|\n[ \t]*){_NAME}(?=[ \t]*\Z)", 0.7),
        Pattern("name above an address",
                rf"(?<=^[ \t]*){_NAME_ANYCASE}(?=[ \t]*\r?\n[ \t]*(?:{_FLAT}|{_NUMBER}[ \t]+\p{{Lu}}"
                rf"|{_BUILDING}[ \t]*(?:,|\r?\n)))", 0.85),
        Pattern("X from the team", rf"{_NAME}(?=[ \t]+(?:from|at|in)[ \t]+(?:the|your)[ \t]+"
                                   r"(?:[\p{L}\-]+[ \t]+){0,2}(?i:team|department|office|council"
                                   r"|jobcentre|service|centre|helpline|desk|unit)\b)", 0.9),
        Pattern("X next door", rf"{_NAME}(?=[ \t]+(?:(?:from[ \t]+)?next[ \t]+door|upstairs|downstairs"
                               r"|across[ \t]+the[ \t]+(?:road|street|landing)|opposite)\b)", 0.85),
        Pattern("my name is (lower case)",
                r"(?<=(?i:\bmy[ \t]+(?:full[ \t]+)?name[ \t]+is|\bmy[ \t]+name's)[ \t]+)"
                r"(?!(?:not|also|on|in|at|the|a|an|still|now|written|spelt|spelled|as|and|but)\b)"
                r"\p{Ll}[\p{Ll}'’\-]+(?:[ \t]+(?!(?:and|but|i|im|i'm|from|of|in|at|on|my|the|a"
                r"|is|was|have|had|we|who|with)\b)\p{Ll}[\p{Ll}'’\-]+)?\b", 0.7),
        Pattern("my name is", r"(?<=(?i:\bmy[ \t]+(?:full[ \t]+)?name[ \t]+is|\bname[ \t]+is"
                              r"|\bi[ \t]+am|\bi'm|\bthis[ \t]+is|\bi[ \t]+am[ \t]+called"
                              r"|\bc/o|\bon[ \t]+behalf[ \t]+of|\bi’m|\bi[ \t]+am[ \t]+called)[ \t]+)"
                              rf"{_NAME}", 0.9),
        Pattern("dear", rf"(?<=\b(?i:dear|hi|hello|morning|afternoon)[ \t]+){_NAME}"
                        r"(?=[ \t]*[,:!\n])", 0.9),
        Pattern("relative", rf"(?<=(?i:\b(?:my|our|his|her|their)[ \t]+(?:late[ \t]+|eldest[ \t]+"
                            rf"|youngest[ \t]+|elderly[ \t]+|little[ \t]+|older[ \t]+"
                            rf"|younger[ \t]+|\d{{1,2}}[ \t]+|two[ \t]+|three[ \t]+|four[ \t]+"
                            rf"|five[ \t]+|youngest[ \t]+|eldest[ \t]+)?(?:{_RELATIVE}))"
                            r"(?:(?i:[ \t]*,|'s[ \t]+names?[ \t]+(?:is|are)|[ \t]+(?:called|named|is|are)"
                            r"|[ \t]*[(:\-–]))?[ \t]*)"
                            rf"{_NAME_LIST}", 0.9),
        Pattern("staff", r"(?<=(?i:\b(?:spoke|speaking|spoken|talked|talking|spoke[ \t]+on"
                         r"[ \t]+the[ \t]+phone)[ \t]+(?:to|with)|\bwork[ \t]+coach,?"
                         r"|\bcase[ \t]*worker,?|\badvis[eo]r,?|\bofficer,?|\bassessor,?"
                         r"|\bnurse,?|\bmanager,?|\bcolleague,?|\bconsultant,?|\bdoctor,?"
                         r"|\bsocial[ \t]+worker,?|\bMP,?|\bcouncillor,?|\bagent,?"
                         r"|\brepresentative,?|\bmember[ \t]+of[ \t]+staff,?|\bthanks[ \t]+to"
                         r"|\bletter[ \t]+from|\bemail[ \t]+from|\bcall[ \t]+from|\bvisit[ \t]+from"
                         r"|\bsigned[ \t]+by|\bwitnessed[ \t]+by)(?:[ \t]+(?:called|named))?[ \t]+)"
                         rf"{_NAME}", 0.9),
        Pattern("form field", r"(?<=(?i:^[ \t]*(?:full[ \t]+name|your[ \t]+name|name"
                              r"|applicant(?:'s)?(?:[ \t]+name)?|claimant(?:'s)?(?:[ \t]+name)?"
                              r"|tenant(?:'s)?(?:[ \t]+name)?|customer[ \t]+name|contact[ \t]+name"
                              r"|signed|print[ \t]+name|from|patient(?:'s)?[ \t]+name"
                              r"|surname|forenames?|first[ \t]+names?|last[ \t]+name"
                              r"|family[ \t]+name|child(?:'s)?[ \t]+name|partner(?:'s)?[ \t]+name"
                              r"|next[ \t]+of[ \t]+kin|emergency[ \t]+contact|on[ \t]+behalf"
                              r"[ \t]+of|sender)[ \t]*[:\-–][ \t]*))"
                              rf"{_NAME_ANYCASE}(?=[ \t]*(?:<|\(|,|$))", 0.9),
    ]
    CONTEXT = ["name", "mr", "mrs", "ms", "miss", "dr", "yours sincerely", "dear", "my son",
               "my daughter", "spoke to"]

    def __init__(self, **kwargs):
        super().__init__(supported_entity="PERSON", patterns=list(self.PATTERNS),
                         context=list(self.CONTEXT), global_regex_flags=CASE_SENSITIVE,
                         **kwargs)

    def cue_score(self, text, start, end, score):
        return score

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        out = []
        for r in results:
            lower_ok = r.score < 0.8 and text[r.start:r.end].islower()  # "my name is kelly"
            for start, end in split_names(text, r.start, r.end):
                span = (start, end) if lower_ok else trim_name(text, start, end)
                if span is None:
                    continue
                out.append(RecognizerResult(r.entity_type, span[0], span[1], r.score,
                                            analysis_explanation=r.analysis_explanation,
                                            recognition_metadata=dict(r.recognition_metadata)))
        return EntityRecognizer.remove_duplicates(out)


_LIST_SEPARATORS = re.compile(
    r"[ \t]*(?:,|&|\band\b|\(?\baged\b|[()]|\d+(?:[ \t]*(?:years?|yrs?|months?)\b)?)[ \t]*")


def split_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``Aisha 9, Bilal 6 and Zara`` -> three name spans (ages and separators dropped)."""
    chunk = text[start:end]
    if not _LIST_SEPARATORS.search(chunk):
        return [(start, end)]
    out, pos = [], 0
    for m in _LIST_SEPARATORS.finditer(chunk):
        if m.start() > pos:
            out.append((start + pos, start + m.start()))
        pos = m.end()
    if pos < len(chunk):
        out.append((start + pos, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


#: A capitalised phrase with one of these is a job title ("Welfare Rights Officer").
JOB_WORDS = frozenset(
    """Officer Worker Adviser Advisor Coordinator Co-ordinator Assistant Director Caseworker
    Manager Coach Volunteer Representative Consultant Therapist Practitioner Specialist
    Administrator Clerk Secretary Supervisor Receptionist Inspector Assessor Advocate""".split())
_NEXT_WORD = re.compile(r"[ \t]+(\p{Lu}[\p{L}\-]*)")
_WORD_RE = re.compile(r"[\p{L}][\p{L}'’.\-]*")
#: Words that make a capitalised phrase an organisation, not a person.
ORG_WORDS = frozenset(
    """Council Ltd Limited Plc PLC LLP Homes Housing Association Group Properties Lettings
    Estates Agency Services Department Trust Bank Building Society Centre Center Office
    Authority Borough County District City Partnership Foundation Company Corporation
    School College University Hospital Surgery Practice Clinic Jobcentre Ministry Court
    Tribunal Police Service Team Unit Advice Solicitors Insurance Energy Water Gas Electric
    Broadband Mobile Finance Loans Credit Union House Cottage Cottages Lodge Mansions Buildings
    Building Tower Towers Apartments Flats Estate Primary Academy Nursery Infants Juniors
    Orchestra Band Club""".split()
)


def _is_non_name(word: str) -> bool:
    w = word.rstrip(".")
    return (w in NON_NAME_WORDS or w.title() in NON_NAME_WORDS or w.lower() in CASEWORK_TERMS)


def trim_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Shrink a candidate name span to its name words; None if nothing name-like is left.

    Drops titles and common capitalised words (``Dear``, ``Team``, ``Council``...) from both
    ends, and refuses spans with digits or '@'.
    """
    chunk = text[start:end]
    if _DIGIT_OR_AT.search(chunk):
        return None
    words = [(m.start() + start, m.end() + start) for m in _WORD_RE.finditer(chunk)]
    while words and _is_non_name(text[words[0][0]:words[0][1]]):
        words.pop(0)
    while words and (_is_non_name(text[words[-1][0]:words[-1][1]])
                     or not text[words[-1][0]].isupper()):
        words.pop()
    if not words or any(text[a:b] in ORG_WORDS or text[a:b] in JOB_WORDS for a, b in words):
        return None
    s, e = words[0][0], words[-1][1]
    value = text[s:e]
    if value.lower() in CASEWORK_TERMS or not any(c.isupper() for c in value):
        return None
    if len(words) == 1 and len(value.rstrip(".")) < 2:
        return None
    while e > s and text[e - 1] in ".’'-":
        e -= 1
    return s, e


class FilteredSpacyRecognizer(SpacyRecognizer):
    """spaCy PERSON and GPE/LOC (as LOCATION), cleaned up for letters.

    Spans are split at line breaks; titles, greetings and casework vocabulary ("Universal
    Credit", "Madam") are dropped; country-level places (UK, England) are not personal data
    and are dropped.
    """

    ENTITIES = ["PERSON", "LOCATION"]

    def __init__(self, ner_strength: float = 0.85, **kwargs):
        super().__init__(supported_entities=list(self.ENTITIES), ner_strength=ner_strength,
                         **kwargs)

    def analyze(self, text, entities, nlp_artifacts=None):
        raw = super().analyze(text, entities, nlp_artifacts)
        out = []
        for r in raw:
            pieces, pos = [], r.start
            for line in text[r.start:r.end].split("\n"):
                pieces.append((pos, pos + len(line)))
                pos += len(line) + 1
            for s, e in pieces:
                if r.entity_type == "PERSON":
                    span = trim_name(text, s, e)
                else:
                    span = _trim_location(text, s, e)
                if span is None or looks_like_label_or_date(text, *span):
                    continue
                following = _NEXT_WORD.match(text, span[1])
                if r.entity_type == "PERSON" and following and (
                        following.group(1) in JOB_WORDS or following.group(1) in ORG_WORDS):
                    continue  # "Welfare Rights Officer", "St Anne's Primary"
                out.append(RecognizerResult(r.entity_type, span[0], span[1], r.score,
                                            analysis_explanation=r.analysis_explanation,
                                            recognition_metadata=dict(r.recognition_metadata)))
        return out


_MONTH_WORDS = frozenset(
    "January February March April May June July August September October November December"
    .split())


_LABEL_COLON = re.compile(r"[ \t]*:")
_DAY_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?[ \t]+$")
_YEAR_AFTER = re.compile(r"[ \t]+\d{2,4}\b")


def looks_like_label_or_date(text: str, start: int, end: int) -> bool:
    """spaCy false alarms in letters: form labels ("DOB:"), acronyms ("NINO"), months in
    dates ("10 June 2023")."""
    value = text[start:end]
    if _LABEL_COLON.match(text, end, end + 3):
        return True
    words = value.replace(".", "").split()
    if all(w.isupper() and len(w) <= 4 for w in words):
        return True
    if value in _MONTH_WORDS and (_DAY_BEFORE.search(text[max(0, start - 6):start])
                                  or _YEAR_AFTER.match(text[end:end + 6])):
        return True
    return False


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


# --------------------------------------------------------------------------- registry
def build_recognizers(entities: Sequence[str] | None = None) -> list[EntityRecognizer]:
    """All recognizers the redactor uses (only those that can produce ``entities``).

    US-only and other country recognizers, URL/IP/crypto/date recognizers are never loaded:
    they cannot match UK personal data and cost time on every letter.
    """
    recognizers: list[EntityRecognizer] = [
        UkNinoNumberRecognizer(),
        NhsNumberRecognizer(),
        UkPostcodeNumberRecognizer(),
        UkSortCodeRecognizer(),
        UkBankAccountRecognizer(),
        UkPassportNumberRecognizer(),
        UkDrivingLicenceNumberRecognizer(),
        UkPhoneRecognizer(),
        OfflineEmailRecognizer(),
        CreditCardRecognizer(),
        IbanRecognizer(),
        DateOfBirthRecognizer(),
        UkStreetAddressRecognizer(),
        UkLocalityRecognizer(),
        NameCueRecognizer(),
        FilteredSpacyRecognizer(),
    ]
    if entities is None:
        return recognizers
    wanted = set(entities)
    return [r for r in recognizers if wanted & set(r.supported_entities)]
