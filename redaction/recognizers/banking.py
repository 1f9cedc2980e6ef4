"""Bank details: sort code and account number (cards and IBANs use Presidio's own, checksummed)."""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer
from presidio_analyzer.predefined_recognizers import CreditCardRecognizer

from redaction.recognizers.base import (
    _NUM_AFTER,
    _NUM_BEFORE,
    _TWO_DIGITS,
    CASE_SENSITIVE,
    NUMBER_WORD,
    LabelledValueMixin,
    TextRecognizer,
    _CueMixin,
    _last_end,
    count_digits,
    recognized,
)


class UkSortCodeRecognizer(LabelledValueMixin, _CueMixin, PatternRecognizer):
    """Bank sort code ``nn-nn-nn`` (or spaced / unseparated next to a cue).

    ``12-03-21`` is also how people write dates: without a "sort code/bank" cue a sort code
    is only taken when the three pairs cannot be a day-month-year date.
    """

    PATTERNS = [
        Pattern(
            "sort code",
            rf"(?<!\b[A-Z]{{2}}[ \-]?){_NUM_BEFORE}\b\d{{2}}([\-– ])\d{{2}}\1\d{{2}}\b"
            rf"{_NUM_AFTER}"
            r"(?![ \-]?[A-D]\b(?!/))",
            0.3,
        ),
        Pattern("sort code (no separators)", rf"{_NUM_BEFORE}\b\d{{6}}\b{_NUM_AFTER}", 0.05),
    ]
    CONTEXT = [
        "sort code",
        "sort-code",
        "sortcode",
        "s/c",
        "bank",
        "branch",
        "account",
        "acc",
        "a/c",
        "acct",
        "bacs",
        "pay into",
    ]
    NEGATIVE_CONTEXT = [
        "reference",
        "ref",
        "order",
        "invoice",
        "case",
        "claim",
        "date",
        "dated",
        "on",
        "since",
        "from",
        "until",
        "by",
        "born",
        "dob",
    ]
    WINDOW = 40
    # "Bank sort code", "S.C.", "Sort:" (the bare word only before a colon or a dash)
    LABEL = (
        r"(?:(?:(?:bank|branch)[ \t]+)?sort[ \t\-]?code|s/c|sc|s\.[ \t]?c\.?|cod[ \t]+didoli"
        r"|(?:bank[ \t]+)?sort(?=[ \t]*[:\-–#]))(?:[ \t]*(?:number|no\.?))?"
    )
    LABELLED_VALUE = r"\d{2}[ .\-–/]?\d{1,2}[ .\-–/]?\d{2}"

    def __init__(self, **kwargs):
        super().__init__(
            supported_entity="UK_SORT_CODE",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=CASE_SENSITIVE,
            **kwargs,
        )

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
        if new == 0.0 and _last_end(self._cues()[1], text[max(0, start - 12) : start]) >= 0:
            return 0.0  # "on 12-03-21", "ref 20-40-60"
        return 0.3 if self._could_be_date(text[start:end]) else 0.45


class UkBankAccountRecognizer(LabelledValueMixin, _CueMixin, PatternRecognizer):
    """UK bank account number: 8 digits, only next to an account/bank cue.

    "Reference 12345678" or "claim number 12345678" is not an account number: the nearest cue
    decides.
    """

    PATTERNS = [
        Pattern(
            "account number", rf"{_NUM_BEFORE}\b(?:\d{{8}}|\d{{4}} \d{{4}})\b{_NUM_AFTER}", 0.05
        ),
        # grouped as people write it: "8202-0652", "367 74875", "51 51 92 95" (never two years)
        Pattern(
            "account number (grouped)",
            rf"{_NUM_BEFORE}\b(?!(?:19|20)\d\d-(?:19|20)\d\d\b)"
            rf"(?:\d{{4}}-\d{{4}}|\d{{3}} \d{{5}}|\d{{2}} \d{{2}} \d{{2}} \d{{2}})\b{_NUM_AFTER}",
            0.05,
        ),
    ]
    CONTEXT = [
        "account",
        "account number",
        "account no",
        "acc",
        "acc no",
        "acct",
        "a/c",
        "bank",
        "sort code",
        "bacs",
        "pay into",
        "paid into",
    ]
    NEGATIVE_CONTEXT = [
        "reference",
        "ref",
        "case",
        "claim",
        "invoice",
        "order",
        "policy",
        "application",
        "booking",
        "tracking",
        "membership",
        "employee",
        "payroll",
        "customer number",
        "council tax reference",
        "tenancy",
        "re: account",
        "council tax account",
        "rent account",
        "tenancy account",
        "customer account",
        "energy account",
        "gas account",
        "water account",
        "account reference",
        "account ref",
    ]
    WINDOW = 40
    REQUIRE_CONTEXT = True
    LABEL = (
        r"(?:(?:(?:bank[ \t]+)?account|acc|acct|a/c|bank[ \t]+acc(?:ount)?|rhif[ \t]+(?:y[ \t]+)?"
        r"cyfrif|compte)" + NUMBER_WORD.rstrip("?") + ")"  # French "compte n°"
        # the abbreviations and "Bank details" name a bank account without "number" ("acct:
        # 7625-6564", "A/C 12345678"); never a council tax, rent or energy account's
        r"|(?<!(?:tax|rent|rents|energy|gas|water|customer|tenancy|council)[ \t]{1,3})"
        # or a machine's field name, its suffix after "_" ("ACCOUNT_DTMF", "ACCOUNT_NO")
        r"(?:acct|a/c|acc(?=[ \t]*[:#\-])|account(?=_)|bank[ \t]+(?:account|details)"
        r"|rhif[ \t]+(?:y[ \t]+)?cyfrif"
        # a bank account in a letter in another language names it without "number" too:
        # Ukrainian "рахунок 49078746", Russian, Arabic, Tigrinya, Vietnamese "Số tài khoản"
        # (number of account), Polish, Portuguese, Spanish, Italian, Turkish, Lithuanian
        r"|рахун(?:ок|ку)|сч[её]т|حساب|ሒሳብ|ሕሳብ|tài[ \t]+khoản|kont(?:o|a)|conta|cuenta|conto"
        r"|hesap|sąskaita)"
    )
    LABELLED_VALUE = r"\d(?:[ \-]?\d){5,9}"

    def labelled_ok(self, value: str) -> bool:
        return 6 <= count_digits(value) <= 10

    def __init__(self, **kwargs):
        super().__init__(
            supported_entity="UK_BANK_ACCOUNT",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=CASE_SENSITIVE,
            **kwargs,
        )


class UkBankDetailsPairRecognizer(TextRecognizer):
    """A sort code written right before an account number, with no label: "refund it to
    20-45-77 1234 5678", "304412 88776655", "20/45/77 acc 12345678".

    Alone, six digits could be a date and eight a reference, so the single recognizers wait for
    a cue; side by side, in this order, the pair is bank details whatever the separators.
    """

    ENTITIES = ["UK_SORT_CODE", "UK_BANK_ACCOUNT", "PERSON"]
    # above a date read after a payee's name (0.85): "TFR FROM A K BREATHNACH 08/02/99 acc ..."
    SCORE = 0.9
    _PAIR = re.compile(
        # on a bank statement line the payee is written before the details ("FASTER PAYMENT TO
        # J ANGLIN 771993 ACCT NO ...", "FPI BANKS, Bernard 77-21-62 ...")
        r"(?:(?<=\b(?:TO|FROM|FPI|FPO|BP|SO|STO|DD|TFR|BGC|PAYEE|Payee|payee):?[ \t]+)"
        r"(?!(?:TO|FROM)\b)(?P<payee>(?:\p{Lu}[\p{L}'’\-]*\.?,?[ \t]+){0,3}\p{Lu}[\p{L}'’\-]*)[ \t]+)?"
        r"(?:(?i:sc|s/c|sort[ \t]?code)[ \t]*[:.\-]?[ \t]*)?"
        # a mistyped sort code ("40-1-27") is still one beside an account number
        r"(?<![\d\-/.+])(?P<sort>\d{2}(?P<sep>[\-– /.])\d{1,2}(?P=sep)\d{2}|\d{6})"
        # the account may go on on the next line ("sort code 08.88.22\naccount 93 58 79 57")
        r"(?:[ \t]*[,;/|]?(?:[ \t]+|[ \t]*\n[ \t]*)|[ \t]*[,;:/|][ \t]*)"
        r"(?:(?i:acc(?:oun)?t?|a/c|acct)(?:[ \t]*(?i:no\.?|number|num))?[ \t]*[:.\-]?"
        r"(?:[ \t]+|[ \t]*\n[ \t]*)?)?"
        r"(?P<account>\d{8}|\d{4}[ \-]\d{3,4}|\d{2}[ \-]\d{2}[ \-]\d{2}[ \-]\d{1,2}|\d{3}[ \-]\d{4,5}"
        r"|\d{7})"
        r"(?![\d\-/])(?!\.\d)(?![ ]\d)"
    )

    def analyze(self, text, entities, nlp_artifacts=None):
        out = []
        for m in self._PAIR.finditer(text):
            for group, entity in (
                ("sort", "UK_SORT_CODE"),
                ("account", "UK_BANK_ACCOUNT"),
                ("payee", "PERSON"),
            ):
                if entity in entities and m.group(group):
                    out.append(recognized(self, entity, m.start(group), m.end(group), self.SCORE))
        return out


class BankDigitsInBoxesRecognizer(TextRecognizer):
    """Bank details written a digit or a pair to a box, as on a Direct Debit mandate or a
    paper form: "Branch sort code:\\n| 2 | 0 | 5 | 2 | 9 | 6 |", "Account number: 4  1  4  9
    1  2  3". The label says what the digits are, so the whole run is redacted, whatever the
    boxes, the spacing or the count (a digit missed or doubled is still somebody's account).
    """

    ENTITIES = ["UK_SORT_CODE", "UK_BANK_ACCOUNT"]
    SCORE = 0.85
    _BOXED = re.compile(
        r"(?i:(?P<sort>sort[ \t\-]?code|cod[ \t]+didoli)|(?P<account>(?:account|acc|acct|a/c)"
        r"[ \t]*(?:number|no\.?|num)|rhif[ \t]+cyfrif))(?:[ \t]*\([^()\n]{0,30}\))?"
        r"[ \t]*[:\-–]?[ \t]*(?:\r?\n[ \t]*){0,2}"
        # a run of digits one or two to a box: boxes drawn with | [ ] or wide spaces
        r"(?:[|\[][ \t]*)?(?P<value>\d{1,2}(?:[ \t]*[|\]\[][ \t]*\d{1,2}|[ \t]+\d{1,2}){2,9})"
        r"(?![\d])"
    )

    def analyze(self, text, entities, nlp_artifacts=None):
        out = []
        for m in self._BOXED.finditer(text):
            entity = "UK_SORT_CODE" if m.group("sort") else "UK_BANK_ACCOUNT"
            digits = count_digits(m.group("value"))
            low, high = (5, 7) if entity == "UK_SORT_CODE" else (6, 10)
            if entity not in entities or not low <= digits <= high:
                continue
            out.append(recognized(self, entity, m.start("value"), m.end("value"), self.SCORE))
        return out


class UnjoinedCreditCardRecognizer(CreditCardRecognizer):
    """Presidio's card numbers (Luhn-checked), not a run of digits inside a longer token: a
    mail's MIME boundary "=_Part_627536_368451011.3419165535187" passes the checksum by chance."""

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if not _joined_to_a_token(text, r.start, r.end)]


def _joined_to_a_token(text: str, start: int, end: int) -> bool:
    before = text[start - 2 : start] if start >= 2 else ""
    after = text[end : end + 2]
    return (len(before) == 2 and before[1] in "._=/" and before[0].isalnum()) or (
        len(after) == 2 and after[0] in "._=/" and after[1].isalnum()
    )


class PaymentPartyRecognizer(TextRecognizer):
    """The other party of a personal payment in a bank statement's description: "SO TO A OBOL
    REF VSUWR3", "FPI FROM N KUOL-AROP REF KS54WX" (a standing order or a faster payment to or
    from a person, its reference after). A company there is hidden too: fail closed."""

    ENTITIES = ["PERSON"]
    SCORE = 0.8
    _PARTY = re.compile(
        r"(?<![\w])(?:SO|STO|FPS|FPO|FPI|FP|BGC|TFR|BP|BACS)[ \t]+(?:TO|FROM)[ \t]+"
        r"(?P<name>\p{Lu}[\p{L}'’\-]*(?:[ \t]+\p{Lu}[\p{L}'’\-]*){0,3}?)[ \t]+REF\b"
    )

    def analyze(self, text, entities, nlp_artifacts=None):
        if "PERSON" not in entities:
            return []
        return [
            recognized(self, "PERSON", m.start("name"), m.end("name"), self.SCORE)
            for m in self._PARTY.finditer(text)
        ]


class Bacs18RecordRecognizer(TextRecognizer):
    """A BACS Standard 18 data record (a payment file or a returns/ARUCS/AUDDIS report quoting
    one): fixed-width, its fields by position. Columns 1-6 the destination sort code, 7-14 the
    destination account number, 15 the account type, 16-17 the transaction code (99 credit,
    01/17/18/19 direct debit, 0N/0C/0S instruction, Z4/Z5 interest/dividend), 18-23 and 24-31
    the originator's sort code and account, 32-35 free, 36-46 the amount in pence, 47-64 the
    originator's name, 65-82 the reference, 83-100 the destination account's name (then an
    optional processing date " yyddd"). The destination's details and name are a person's; the
    originator's (the paying body) stay readable."""

    ENTITIES = ["UK_SORT_CODE", "UK_BANK_ACCOUNT", "PERSON"]
    SCORE = 0.9
    _RECORD = re.compile(
        r"(?m)^[ \t>]*(?P<sort>\d{6})(?P<account>\d{8})\d(?:\d{2}|Z[45]|0[NCS])\d{14}"
        r"[^\n]{4}\d{11}[^\n]{36}(?P<name>[^\n]{1,18})"
    )

    def analyze(self, text, entities, nlp_artifacts=None):
        out = []
        for m in self._RECORD.finditer(text):
            if "UK_SORT_CODE" in entities:
                start, end = m.span("sort")
                out.append(recognized(self, "UK_SORT_CODE", start, end, self.SCORE))
            if "UK_BANK_ACCOUNT" in entities:
                start, end = m.span("account")
                out.append(recognized(self, "UK_BANK_ACCOUNT", start, end, self.SCORE))
            name = m.group("name")
            stripped = name.strip()
            if "PERSON" in entities and re.search(r"\p{L}", stripped):
                start = m.start("name") + (len(name) - len(name.lstrip()))
                out.append(recognized(self, "PERSON", start, start + len(stripped), self.SCORE))
        return out
