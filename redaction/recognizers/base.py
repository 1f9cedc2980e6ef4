"""Shared pieces of the UK recognizers: regex flags, the entity types, and the cue logic
(the nearest context word before a match decides its score)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import ClassVar

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult

from redaction.recognizers.languages import NUMBER_AFTER_ABROAD

CASE_SENSITIVE = re.DOTALL | re.MULTILINE
CASE_INSENSITIVE = re.DOTALL | re.MULTILINE | re.IGNORECASE

#: Types that are a structured identifier (pattern + checksum/context). They win overlaps.
IDENTIFIER_TYPES = (
    "EMAIL_ADDRESS",
    "IBAN_CODE",
    "CREDIT_CARD",
    "UK_NHS",
    "UK_NINO",
    "UK_DRIVING_LICENCE",
    "UK_PASSPORT",
    "UK_BANK_ACCOUNT",
    "UK_SORT_CODE",
    "PHONE_NUMBER",
    "UK_POSTCODE",
    "DATE_OF_BIRTH",
)
#: Every entity type the redaction stage can produce.
ALL_ENTITIES = (*IDENTIFIER_TYPES, "STREET_ADDRESS", "PERSON", "LOCATION")


#: recognition_metadata key of a result found by :class:`LabelledValueMixin`
LABELLED_KEY = "labelled_value"


# --------------------------------------------------------------------------- recognizers' parts
def recognized(
    recognizer: LocalRecognizer,
    entity: str,
    start: int,
    end: int,
    score: float,
    *,
    context_enhanced: bool = False,
    **metadata: object,
) -> RecognizerResult:
    """A result carrying what presidio expects of its recognizer (name and id); a score the
    recognizer already set from the words around the value is marked, so presidio's context
    step does not raise it again."""
    meta: dict[str, object] = {
        RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
    }
    if context_enhanced:
        meta[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
    meta.update(metadata)
    return RecognizerResult(entity, start, end, score, recognition_metadata=meta)


class TextRecognizer(LocalRecognizer):
    """A recognizer that reads the text itself (its own regexes and word lists, no patterns
    for presidio to run): it finds the entities in ``ENTITIES`` and has nothing to load."""

    ENTITIES: ClassVar[list[str]] = []

    def __init__(self, supported_language: str = "en", name: str | None = None):
        super().__init__(
            supported_entities=list(self.ENTITIES), supported_language=supported_language, name=name
        )

    def load(self) -> None:
        pass


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
    context: list[str] | None  # given by the Presidio recogniser the mixin is combined with

    def _cues(self):
        if not hasattr(self, "_pos_cue"):
            self._pos_cue = _cue_regex(self.context or self.CONTEXT)
            self._neg_cue = _cue_regex(self.NEGATIVE_CONTEXT) if self.NEGATIVE_CONTEXT else None
        return self._pos_cue, self._neg_cue

    def cue_score(self, text: str, start: int, end: int, score: float) -> float:
        pos, neg = self._cues()
        window = text[max(0, start - self.WINDOW) : start]
        p, n = _last_end(pos, window), _last_end(neg, window)
        if n >= 0 and n >= p:  # a negative cue ("reference 12345678", "council tax account")
            return 0.0  # is as close as any positive one
        if p >= 0:
            return max(score, self.CONTEXT_SCORE)
        return 0.0 if self.REQUIRE_CONTEXT else score

    def enhance_using_context(
        self,
        text,
        raw_recognizer_results,
        other_raw_recognizer_results,
        nlp_artifacts,
        context=None,
    ):
        out = []
        for result in raw_recognizer_results:
            if not result.recognition_metadata.get(LABELLED_KEY):
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


#: "number", "no.", "n0." (a scanned "no."), "rhif" ... after the name of an identifier; a
#: bilingual form writes both: "Pasbort / Passport  rhif / no. 64785209"
NUMBER_WORD = (
    # Portuguese and Spanish "n.º", "nº", "n.o"
    r"(?:\s*(?:rhif\s*/\s*)?(?:numbers|number|numb|nos\.?|no\.?|n[o0]\.?|num|nr\.?|n\.?[°º]|n\.o|#)"
    # a letter in another language: "NHS नंबर 917 403 8646", "NI-Nummer" (:mod:`.languages`)
    rf"|[ \t\-]*(?:{NUMBER_AFTER_ABROAD})(?![\p{{L}}\p{{M}}])"
    r"|\s*rhif)?"
)
#: a day said as an ordinal word: "Third", "twenty-fourth", "Thirty First"
_ORDINAL_WORD = (
    r"(?:(?:twenty|thirty)[ \-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    r"|thirtieth)"
)
#: what may stand between a label and its value: "NI number: ", "NHS no. is ", "sort code (",
#: Welsh "yw" ...
_LABEL_GAP = (
    # a label's English in brackets after the letter's own: "code guichet (sort code) 40.18.99"
    # (and the number's word after it: "राष्ट्रीय बीमा (NI) नंबर PN 74 08 1C")
    rf"(?:(?<=\([^()\n]{{1,30}})\)[ \t]*(?:(?:number|no\.?|{NUMBER_AFTER_ABROAD})[ \t]*)?)?"
    r"[ \t]*(?:\([^()\n\d]{1,20}\)[ \t]*(?:number|no\.?)?[ \t]*"  # "National Insurance (NI) number"
    # the number inside a bracket after its label: "passport (you gave no. 47718203)"
    r"|\((?:[\p{L}'’]+[ \t]+){0,3}(?:number|no\.?)[ \t]*(?::[ \t]*)?(?=\d))?"
    # "NHS number, for the healthcare assessment, is ...": an aside between commas, then a verb
    r"(?:,[^\n,.?!:;]{1,60},[ \t]*(?=(?:is|was|reads)\b))?"
    # who holds it, before the verb: "The CHI I have is 0904461234", "NHS no we hold was"
    r"(?:[ \t]+(?i:I|we)[ \t]+(?:have|hold|had|held|got)(?:[ \t]+(?:on[ \t]+file|for[ \t]+"
    r"(?:him|her|them)))?[ \t]+(?=(?:is|was)\b))?"
    # a condition before the colon: "passport number if it helps: 470 698 97", "NHS number
    # in case you need it: ..."
    r"(?:,?[ \t]+(?i:if|in[ \t]+case)[ \t]+[^\n:,.;\d]{1,30}(?=:))?"
    # a CSV's cell after its label: "Sort code,40-12-07"
    r"(?:[:#=(\[\-|,][ \t]*)?(?:(?:is|was|are|were|being|reads|of|as|it's|its|yw|ydy|oedd)"
    r"[ \t]*)?(?:[:\-][ \t]*)?"
    # "date of birth is recorded as 1989/07/19", "NI number is shown as ..."
    r"(?:(?:recorded|written|held|shown|given|listed|noted|stored|entered|keyed|down)[ \t]+as"
    r"[ \t]*)?"
    # "nhs no is on my letter 627 049 7442": where it is written, before the value
    # "National Insurance, reading from the letter: ...": read out from where it is written
    r"(?:(?:on|in|(?:reading|read|quoting|copying)(?:[ \t]+it)?[ \t]+(?:out[ \t]+)?from)"
    r"[ \t]+(?:my|the|your|his|her|our)[ \t]+(?:letter|card|form|file|records?)"
    r"[ \t]*[:,\-]?[ \t]*)?"
    # the value on the next line; a form's question and answer: "Q4 Date of birth\nA: 17 06 1986"
    r"(?:\r?\n[ \t]*(?:(?:A|Ans|Answer)[ \t]*[:)][ \t]*)?)?"
    # a question and its answer in a chat: "... number please?\n[9:05] Customer: "
    # (a text relay call ends each turn with "GA", go ahead)
    r"(?:[^\n?]{0,40}\?[ \t]*(?:GA[ \t]*)?\r?\n[ \t]*(?:\[?\d{1,2}:\d{2}\]?[ \t]*)?"
    r"[^\n:]{0,40}:[ \t]*)?"
    # "NHS numbers are Andreea - 7286731572 and ...": a first name before each value; never a
    # month ("born Feb 19 1968" lost "Feb" to it and was taken as "19 1968. I"), and only a
    # month: "Janet", "Marcus" and "Julian" are names
    r"(?:(?!(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    # nor a day said as a word: "born Seventh October 1921"
    rf"|{_ORDINAL_WORD})\b)"
    r"\p{Lu}\p{Ll}+(?:['’]s)?[ \t]*(?:[-–:][ \t]*|\(?[ \t]*))?"
)
#: how a machine's field name says a value was keyed in, after the label and "_"
_FIELD_SUFFIX = r"(?:dtmf|no|num|number|nbr|entered|input|keyed|digits|value)"
#: a hard line end inside a value: between two characters, neither a space nor the end of a
#: sentence or a field (a line ending "," ";" ":" is a list or a label, not a wrapped value)
_INNER_LINE_END = re.compile(r"(?<=[^\s,;:!?])\n(?=[^\s])")
#: more values after a labelled one: "AB123456C / CD234567D", "..., Ionuț - 614-762-2935";
#: never after a word that says the next value is another thing ("born 2 May 1933, died
#: 10/04/2026", "passport 767704898, expires 21 03 2032": a date of death, an expiry date)
_NEXT_VALUE = (
    r"[ \t]*(?:/|,|;|&|\band\b|\bor\b)[ \t]*"
    r"(?!(?i:died|death|deceased|expires?|expiry|expired|valid|issued|until|till)\b)"
    r"(?:\p{Lu}\p{Ll}+(?:['’]s)?[ \t]*(?:[-–:][ \t]*)?)?"
)


class LabelledValueMixin:
    """A value written right after the words that say what it is is that identifier, whatever
    its checksum or prefix: "NI number QQ123456C" is somebody's NI number, mistyped or not.

    Subclasses set ``LABEL`` (a case-insensitive regex for the naming words) and
    ``LABELLED_VALUE`` (a regex for the loose shape of the value); ``labelled_ok`` can refuse a
    shape that is too far off (e.g. too few digits). Such results skip the checksum and the cue
    scoring and are redacted with ``LABELLED_SCORE``.
    """

    LABEL: str = ""
    LABELLED_VALUE: str = ""
    LABELLED_SCORE = 0.9
    # compiled once per class, on first use
    _labelled_re: ClassVar[re.Pattern]
    _next_re: ClassVar[re.Pattern]
    # given by the Presidio recogniser the mixin is combined with
    supported_entities: list[str]
    name: str
    id: str

    def _labelled_regex(self) -> re.Pattern | None:
        cls = type(self)
        if not cls.LABEL or not cls.LABELLED_VALUE:
            return None
        if "_labelled_re" not in cls.__dict__:
            label = cls.LABEL.replace(r"[ \t]+", r"\s+").replace(r"[ \t]*", r"\s*")
            cls._labelled_re = re.compile(
                # a machine's field name joins a suffix with "_": "ACCOUNT_DTMF", "NINO_ENTERED"
                rf"(?<![\w])(?:{label})(?:_{_FIELD_SUFFIX})?(?![\w]){_LABEL_GAP}"
                rf"(?<![\w])(?P<value>{cls.LABELLED_VALUE})(?![\w])",
                re.IGNORECASE | re.MULTILINE,
            )
        return cls._labelled_re

    def labelled_ok(self, value: str) -> bool:
        return True

    def _next_regex(self) -> re.Pattern:
        cls = type(self)
        if "_next_re" not in cls.__dict__:
            cls._next_re = re.compile(
                rf"{_NEXT_VALUE}(?<![\w])(?P<value>{cls.LABELLED_VALUE})"
                rf"(?![\w])",
                re.IGNORECASE,
            )
        return cls._next_re

    def labelled_results(self, text: str) -> list[RecognizerResult]:
        pattern = self._labelled_regex()
        if pattern is None:
            return []
        out = self._labelled_spans(pattern, text)
        if "\n" in text:
            out += self._wrapped_labelled(pattern, text, out)
        return out

    def _labelled_spans(self, pattern: re.Pattern, text: str) -> list[RecognizerResult]:
        out = []
        for m in pattern.finditer(text):
            start, end = m.span("value")
            while self.labelled_ok(text[start:end]):  # the value, then any listed after it
                out.append(self._labelled_result(start, end))
                following = self._next_regex().match(text, end)
                if following is None:
                    break
                start, end = following.span("value")
        return out

    def _labelled_result(self, start: int, end: int) -> RecognizerResult:
        return recognized(
            self,
            self.supported_entities[0],
            start,
            end,
            self.LABELLED_SCORE,
            context_enhanced=True,
            **{LABELLED_KEY: True},
        )

    def _wrapped_labelled(
        self, pattern: re.Pattern, text: str, found: list[RecognizerResult]
    ) -> list[RecognizerResult]:
        """Labelled values broken by a hard line end inside them ("PP no: 396-\n892-739",
        "acct 08 25\n02 32"): the label read again on the text with each line end between two
        characters read as a space (a wrap at a space) and taken out (a break inside a group);
        a value that spans one such line end is added. A value the text as written gave whole on
        its own line is kept as it was ("Acct no: 12345678\n12 March" is no longer number)."""
        breaks = [m.start() for m in _INNER_LINE_END.finditer(text)]
        if not breaks:
            return []
        candidates = [
            (r.start, r.end) for r in self._labelled_spans(pattern, _INNER_LINE_END.sub(" ", text))
        ]
        # where each removed line end falls in the joined text
        shifted = [b - k for k, b in enumerate(breaks)]
        for r in self._labelled_spans(pattern, _INNER_LINE_END.sub("", text)):
            start = r.start + bisect_right(shifted, r.start)
            end = r.end - 1 + bisect_right(shifted, r.end - 1) + 1
            if end - start == r.end - r.start + 1:  # one line end taken out inside the value
                candidates.append((start, end))
        out: list[RecognizerResult] = []
        for start, end in candidates:
            if "\n" not in text[start:end]:
                continue
            line_end = text.index("\n", start)
            # a value found already where this one starts, or on the next line (a word before
            # the line end taken into a date found after it: "birth is\n17.7.1937")
            if any(f.start <= start < f.end or line_end < f.start < end for f in [*found, *out]):
                continue
            out.append(self._labelled_result(start, end))
        return out

    def analyze(self, text, entities, *args, **kwargs):
        # the Presidio recogniser after this mixin in the class's MRO does the analysis
        results = list(super().analyze(text, entities, *args, **kwargs) or [])  # type: ignore[misc]
        return self.with_labelled(text, results)

    def with_labelled(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """``results`` and the labelled values; for a recogniser with its own ``analyze``."""
        labelled = self.labelled_results(text)
        if not labelled:
            return results
        # a labelled value wins over a weaker or validated-away match of the same characters
        kept = [
            r
            for r in results
            if not any(r.start < lab.end and lab.start < r.end for lab in labelled)
        ]
        return kept + labelled


def line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Where the line (or lines) holding ``text[start:end]`` begins and ends, newlines not
    included."""
    line_end = text.find("\n", start if end is None else end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def count_digits(value: str) -> int:
    return len(_NON_DIGIT.sub("", value))
