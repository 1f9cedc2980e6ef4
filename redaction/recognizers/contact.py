"""Contact details: GB phone numbers and e-mail addresses (offline)."""

from __future__ import annotations

from collections.abc import Sequence

import phonenumbers
import regex as re
import tldextract
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.predefined_recognizers import EmailRecognizer, PhoneRecognizer

from redaction.recognizers.base import (
    _NON_DIGIT,
    LabelledValueMixin,
    count_digits,
    line_bounds,
    recognized,
)


class UkPhoneRecognizer(LabelledValueMixin, PhoneRecognizer):
    """GB phone numbers via ``phonenumbers`` (region "GB", never "UK").

    Finds numbers leniently (``07700 900123``, ``+44 (0)20 7946 0958``, ``(0161) 496 0000``)
    and keeps a candidate when it is a valid number, or a possible UK number written in
    national (leading 0, 10-11 digits) or +44 form. Ofcom's drama ranges (07700 900xxx) are
    "possible" but not "valid", so validity alone would miss them; a bare digit run without
    a leading 0 or + (an account or NHS number) is never a phone number here.
    """

    CONTEXT = [
        "phone",
        "telephone",
        "tel",
        "mobile",
        "mob",
        "call",
        "ring",
        "text",
        "contact",
        "number",
        "landline",
        "whatsapp",
    ]
    LABEL = (
        r"(?:(?:tele)?phone|tel|mobile|mob|landline|whatsapp|contact[ \t]+number"
        r"|(?:call|ring|text|phone)[ \t]+(?:me|us)(?:[ \t]+back)?(?:[ \t]+(?:on|at))?"
        r"|rhif[ \t]+ff[oô]n|ff[oô]n"
        r"|symudol|home|work|day|daytime|evening|mob|m|t|h|w)(?:[ \t]*(?:number|no\.?))?"
    )
    # speech-to-text drops the "+" of "+44" ("ring me back on 447 7 00 9 00 599")
    LABELLED_VALUE = r"(?:\+|00|\(?0|4[ ]?4[ ]?(?:0[ ]?)?7)[\d \t\n()\-.]{8,18}\d"

    _PERSONAL = re.compile(
        r"(?i)\b(?:my|me|mob|mobile|home|personal|tel|telephone|phone|contact)\b"
    )

    _SENTENCE = re.compile(r"[.!?\n]")
    _DATE_LIKE = re.compile(r"\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}\b")
    #: "02/2021 - 2025": a month and year (an address history's dates), not a number
    _MONTH_AND_YEAR = re.compile(r"\d{1,2}[./](?:19|20)\d{2}\b")
    _LINE_LABEL = re.compile(
        r"(?i)^[ \t]*(?:(?:tel|telephone|phone|mob|mobile|m|t|contact"
        r"(?:[ \t]+number)?)[ \t]*[:.]?)?[ \t]*$"
    )

    @classmethod
    def _own_line(cls, text: str, start: int, end: int) -> bool:
        """A number alone on its line (a signature or contact block) is the writer's own."""
        line_start, line_end = line_bounds(text, start, end)
        after = text[end:line_end]
        return bool(cls._LINE_LABEL.match(text[line_start:start])) and not after.strip()

    def labelled_results(self, text: str) -> list[RecognizerResult]:
        results = super().labelled_results(text)
        for r in results:  # "tel (0161) 496 0000": the label's gap took the opening bracket
            if r.start > 0 and text[r.start - 1] == "(" and ")" in text[r.start : r.end]:
                r.start -= 1
        return results

    def labelled_ok(self, value: str) -> bool:
        digits = count_digits(value) - (2 if value.lstrip().startswith("00") else 0)
        return 10 <= digits <= 13

    def __init__(self, supported_regions: Sequence[str] = ("GB",), **kwargs):
        super().__init__(
            context=list(self.CONTEXT),
            supported_regions=tuple(supported_regions),
            leniency=0,
            **kwargs,
        )

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for region in self.supported_regions:
            for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=0):
                raw = match.raw_string
                number = match.number
                # an extension ("ext. 204") is part of the match but not of the number's length
                digits = (
                    _NON_DIGIT.sub("", raw.split("x")[0].split("ext")[0])
                    if number.extension
                    else _NON_DIGIT.sub("", raw)
                )
                valid = phonenumbers.is_valid_number(number)
                possible = phonenumbers.is_possible_number(number)
                if raw.lstrip("(").startswith(("+", "00")):  # "+44 ...", "(+44) ...", "0044 ..."
                    # (and long enough: "20:00-04:40" holds no "00-04" dialled abroad)
                    ok = (valid or (number.country_code == 44 and possible)) and len(digits) >= 9
                    score = 0.75 if valid else 0.6
                elif raw.lstrip("(").startswith("0"):
                    ok = 10 <= len(digits) <= 11 and (valid or possible)
                    score = 0.75 if valid else 0.6
                else:
                    ok = False
                if (
                    not ok
                    or self._DATE_LIKE.match(raw)
                    or self._MONTH_AND_YEAR.match(raw)
                    # a "+" never continues a number: "09:47:36,+447700900123" in a CSV row
                    or (not raw.startswith("+") and self._after_decimal_point(text, match.start))
                ):
                    continue
                national = "0" + digits[2:] if digits.startswith("44") else digits
                before = self._SENTENCE.split(text[max(0, match.start - 40) : match.start])[-1]
                if (
                    national[:2] in ("03", "08")
                    and not self._PERSONAL.search(before)
                    and not self._own_line(text, match.start, match.end)
                ):
                    score = 0.3  # helplines (0300, 0800, 0345...): not a person's number
                start, end = match.start, match.end
                if start > 0 and text[start - 1] == "(" and raw.startswith("0") and ")" in raw:
                    start -= 1  # "(0161) 496 0000": matcher drops the opening bracket
                result = self._get_recognizer_result(match, text, region, nlp_artifacts)
                result.start, result.end, result.score = start, end, score
                # context is decided here, not by Presidio's lemma enhancer
                result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = (
                    True
                )
                results.append(result)
        for m in self._UK_NUMBER_SHAPE.finditer(text):
            # the matcher skips a number right after other digits ("[27/11/2026, 17:28:20]
            # 07700 900450: ..." in a chat export); a UK number's own shape is enough
            if 10 <= count_digits(m.group()) <= 11 and not any(
                r.start < m.end() and m.start() < r.end for r in results
            ):
                results.append(recognized(self, "PHONE_NUMBER", m.start(), m.end(), 0.6))
        results += self._wrapped_numbers(text, results)
        # this analyze replaces the mixin's, so the labelled values are added here
        return self.with_labelled(text, EntityRecognizer.remove_duplicates(results))

    #: a number broken by a line end, the rest of it alone at the start of the next line (a
    #: list item wrapped by a narrow window, a fax): "Rasmus Varga, 07700\n900123"
    _WRAPPED = re.compile(
        r"(?<![\w+])(?:\+44[ \t]?(?:\(0\)[ \t]?)?|0044[ \t]?|\(?0)[\d \t()\-]*?[ \t]*\n[ \t]*"
        r"[\d()\-][\d \t()\-]*?\d(?=[ \t]*(?:\n|$|[,;.][ \t]|[ \t][^\d \t]))"
    )

    def _wrapped_numbers(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """GB numbers written across a line break, read as if on one line. The parts found
        alone (or not at all) are covered by the whole number, which scores higher."""
        out: list[RecognizerResult] = []
        if "\n" not in text:
            return out
        for m in self._WRAPPED.finditer(text):
            value = m.group().replace("\n", " ")
            digits = _NON_DIGIT.sub("", value)
            if value.startswith(("+44", "0044")):  # "+44 (0) 7700 900\n877"
                digits = digits[4:] if value.startswith("0044") else digits[2:]
                national = "0" + digits.removeprefix("0")
            else:
                national = digits
            if not 10 <= len(national) <= 11:
                continue
            try:
                number = phonenumbers.parse(value, "GB")
            except phonenumbers.NumberParseException:
                continue
            if number.country_code != 44 or not (
                phonenumbers.is_valid_number(number) or phonenumbers.is_possible_number(number)
            ):
                continue
            if national[:2] in ("03", "08"):
                continue  # a helpline, as on one line (scored low there)
            out.append(recognized(self, "PHONE_NUMBER", m.start(), m.end(), 0.8))
        return out

    @staticmethod
    def _after_decimal_point(text: str, start: int) -> bool:
        """ "£1,856.00  08 09 2026": the pence of a sum and a date after it are not "00 ..." dialled
        abroad."""
        return start >= 2 and text[start - 1] in ".," and text[start - 2].isdigit()

    _UK_NUMBER_SHAPE = re.compile(r"(?<![\w+])0[1-37](?:[ \-]?\d){8,9}(?![\w])")


class OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's email recognizer with ``tldextract`` kept fully offline.

    ``tldextract.extract`` downloads the public suffix list at first use; this one uses the
    snapshot bundled with the package (``suffix_list_urls=()``, no cache directory), so no
    network call or cache write ever happens.
    """

    _EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)

    #: local parts made only of these words are an organisation's mailbox, not a person's
    ROLE_WORDS = frozenset(
        """info enquiries enquiry contact contactus housing benefits benefit complaints
        complaint council counciltax tax customer customers services service customerservices
        admin office help helpdesk support noreply no reply donotreply hello team mail post
        reception feedback accounts finance payments revenues revenue homes repairs lettings
        tenancy social care adult adults children planning licensing parking waste
        environmental health hr jobs careers press media foi dpo data privacy general
        appeals claims universal credit pensions pension dwp hmrc nhs webmaster web sales
        bookings booking school schools education library libraries the and of uk""".split()
    )

    _LOCAL_SPLIT = re.compile(r"[._\-+]")

    #: a domain whose suffix no list holds: a mistyped one ("name@gmail.comm", "@hotmial.con"
    #: in a bounce) is still the person's address as they gave it
    _ANY_SUFFIX = re.compile(r"@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,12}")

    #: a run of underscores after an address, up to a space or a line end: a fixed-width
    #: screen's field fill ("EMAIL ...: NAME@HOTMAIL.CO.UK_______"), not part of the domain
    #: ("first___@x.com" keeps its underscores: there they are the address's own)
    _FIELD_FILL = re.compile(r"(?<=\w)_{3,}(?![\w@.+\-])")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        if "___" in text:  # read the fill as spaces (same length: the offsets stay)
            text = self._FIELD_FILL.sub(lambda m: " " * len(m.group()), text)
        return super().analyze(text, entities, nlp_artifacts, regex_flags)

    def validate_result(self, pattern_text: str) -> bool:
        if self._EXTRACT(pattern_text).fqdn == "" and not self._ANY_SUFFIX.fullmatch(
            pattern_text, pattern_text.find("@")
        ):
            return False
        local = pattern_text.split("@", 1)[0].lower()
        parts = [p for p in self._LOCAL_SPLIT.split(local) if p]
        if parts and all(p in self.ROLE_WORDS for p in parts):
            return False  # housing@leeds.gov.uk: an organisation's mailbox
        return True
