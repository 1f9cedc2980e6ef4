"""Machine exports: a value whose key or column says what it is.

A system's own output pasted into a letter or a ticket names each value with a machine's key,
not a form's label: a SQL statement's columns (``INSERT INTO t (forename, dob) VALUES ('Ann',
'1970-01-02')``, ``UPDATE t SET surname = 'Ode'``), a log's or a URL's ``key=value`` pairs
(``applicant.name="ann ode" address.postcode="LS6  3AB"``), an XML element or attribute (read
as ``key=value`` or ``Key: value`` after :mod:`redaction.normalise`). The key is read as its
words (:func:`redaction.recognizers.field_labels.key_type`), so any export whose keys say "dob",
"surname" or "addr_line_1" is read the same way, whatever its layout; the value is then typed
as a form's field would be (:func:`redaction.recognizers.forms.value_spans`).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction.recognizers.base import TextRecognizer, recognized
from redaction.recognizers.field_labels import key_type
from redaction.recognizers.forms import FormFieldRecognizer, value_spans

#: ``INSERT INTO table (col, col, ...) VALUES`` (the rows follow)
_INSERT = re.compile(
    r"(?i)\binsert\s+into\s+[\w.\"`\[\]]+\s*\((?P<columns>[^()]{1,2000})\)\s*values\s*"
)
#: one value of a SQL row: a quoted string ('' inside it is a quote) or a bare word
_SQL_VALUE = re.compile(
    r"\s*(?:'(?P<quoted>(?:[^'\n]|'')*)'|(?P<bare>[^,()'\s](?:[^,()'\n]*[^,()'\s])?))\s*"
)
_ROW_START = re.compile(r"\s*,?\s*\(")
#: a key and its value: ``key="value"``, ``key='value'``, ``key = 'value'`` (SQL), ``{key:
#: 'value'}`` (a script's object), or a bare value of a few words up to the next key or "|"
#: (``applicant.dob=24 DEC 1970 applicant.nino=...``, ``NAME=ODE ANN|DOB=20021974``)
_KEY_VALUE = re.compile(
    r"(?<![\w.\-@/])(?P<key>[^\W\d][\w.\-]{0,60}?)"
    r"(?:[ \t]*[=:][ \t]*(?P<q>[\"'])(?P<quoted>(?:(?!(?P=q))[^\n]){0,200}?)(?P=q)"
    r"|=[ \t]?(?P<bare>[^\s\"'&,;=<>|]+(?:[ \t](?![^\s=]+=)[^\s\"'&,;=<>|]+){0,5}))"
)


#: a name in a machine's cell: letters, spaces, apostrophes, hyphens and dots, a few words
_NAME_CELL = re.compile(r"[\p{L}][\p{L}'’.\- ]{0,60}")


def _typed_cell(
    text: str, start: int, end: int, kind: str, *, column: bool = False
) -> list[tuple[str, int, int]]:
    """The typed spans of one cell whose key or column says it is ``kind``. A name under a
    table's name column (``surname`` ... ``'Rather'``) is a name even when it is an English
    word: the column says so."""
    found = value_spans(text, start, end, kind, quoted=True)
    value = text[start:end].strip()
    if (
        column
        and not found
        and kind == "PERSON"
        and _NAME_CELL.fullmatch(value)
        and len(value.split()) <= 5
        and value.upper() not in ("NULL", "NONE", "N/A", "UNKNOWN")
    ):
        at = text.index(value, start)
        found = [(kind, at, at + len(value))]
    return found


#: an XML element the normaliser leaves as written (its name holds "_", "-", "." or a namespace):
#: ``<date_of_birth>1974-10-20</date_of_birth>``, ``<ns:Surname>Ode</ns:Surname>``
_ELEMENT = re.compile(
    r"<(?P<key>[^\W\d][\w.:\-]{0,60})(?:[ \t][^<>\n]{0,300})?>(?P<value>[^<>\n]{1,200})</(?P=key)>"
)


def _elements(text: str) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []
    for m in _ELEMENT.finditer(text):
        kind = key_type(m.group("key").split(":")[-1])
        if kind is not None:
            found += _typed_cell(text, m.start("value"), m.end("value"), kind)
    return found


#: the last cell of a fixed-width row: a compact date, six or eight digits ("131223", "19740220")
_COMPACT_LAST_CELL = re.compile(r"(?m)^(?P<row>[^\n]*\S)[ \t]{2,}(?P<date>\d{6}|\d{8})[ \t]*$")
_DOB_HEADING = re.compile(
    r"(?i)\b(?:dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth|birth[ \t]*date|born)\b"
)
#: a line that ends a block of a fixed-width print: blank, or a rule of dashes or equals signs
_BLOCK_END = re.compile(r"^[ \t]*(?:[-=_*]{3,}[ \t]*)?$")


def _is_compact_date(value: str) -> bool:
    """ddmmyy, ddmmyyyy or yyyymmdd that is a real date."""
    import datetime as dt

    shapes = ("%d%m%y", "%y%m%d") if len(value) == 6 else ("%d%m%Y", "%Y%m%d")
    for shape in shapes:
        try:
            dt.datetime.strptime(value, shape)
        except ValueError:
            continue
        return True
    return False


def _compact_dates_under_dob_heading(text: str) -> list[tuple[str, int, int]]:
    """A compact date ending a row of a fixed-width print, in the column a "DOB" heading above it
    names (within the same block): "DEPENDANTS  NAME   DOB" over "  ANN ODE   131215", also when
    a long name has pushed the date out of its column by a few characters."""
    found: list[tuple[str, int, int]] = []
    for m in _COMPACT_LAST_CELL.finditer(text):
        if not _is_compact_date(m.group("date")):
            continue
        column = m.start("date") - m.start()
        line_start = m.start()
        for _ in range(30):
            if line_start == 0:
                break
            above = text.rfind("\n", 0, line_start - 1) + 1
            line = text[above : line_start - 1]
            if _BLOCK_END.match(line):
                break
            heading = _DOB_HEADING.search(line)
            if heading and abs(heading.start() - column) <= 8:
                found.append(("DATE_OF_BIRTH", m.start("date"), m.end("date")))
                break
            line_start = above
    return found


def _sql_rows(text: str) -> list[tuple[str, int, int]]:
    """The typed values of each row of ``INSERT INTO ... (columns) VALUES (...), (...)``."""
    found: list[tuple[str, int, int]] = []
    for insert in _INSERT.finditer(text):
        kinds = [key_type(c.strip(' \t\n"`[]')) for c in insert.group("columns").split(",")]
        if not any(kinds):
            continue
        pos = insert.end()
        while True:
            row = _ROW_START.match(text, pos)
            if row is None:
                break
            pos = row.end()
            for kind in kinds:
                value = _SQL_VALUE.match(text, pos)
                if value is None:
                    break
                group = "quoted" if value.group("quoted") is not None else "bare"
                start, end = value.span(group)
                if kind is not None and value.group(group).upper() != "NULL":
                    found += _typed_cell(text, start, end, kind, column=True)
                pos = value.end()
                if text[pos : pos + 1] != ",":
                    break
                pos += 1
            close = text.find(")", pos)
            if close < 0:
                break
            pos = close + 1
    return found


def _key_values(text: str) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []
    for m in _KEY_VALUE.finditer(text):
        kind = key_type(m.group("key"))
        if kind is None:
            continue
        group = "quoted" if m.group("quoted") is not None else "bare"
        if m.start(group) < m.end(group):
            found += _typed_cell(text, m.start(group), m.end(group), kind)
    return found


#: a system log's line: a time, a machine's key in capitals, a wide gap, then the value (a
#: keypad's entry ends with its "#"): "17:13:42  DOB_DTMF       13121990#", "CALLER_NAME   ANN ODE";
#: a key without "_" only after a time ("17:14:27  RESULT   TIMEOUT")
_LOG_LINE = re.compile(
    r"(?m)^[ \t]*(?P<time>\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,6})?)?[ \t]+)?"
    r"(?P<key>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)[ \t]{2,}(?P<value>[^\s#][^\n#]*?)#?[ \t]*$"
)
#: a machine's code in capitals joined by "_" ("MODULUS_FAIL", "LANG_SELECT")
_MACHINE_CODE = re.compile(r"(?<![\p{L}\d_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\p{L}\d_])")
#: a key that names an account ("ACCOUNT_DTMF", "BANK_ACC"): its eight digits are a bank account
_ACCOUNT_KEY = re.compile(r"(?:^|_)(?:ACCOUNT|ACCT|ACC)(?:_|$)")
#: "ACCOUNT_REF", "ACC_ID": an account's reference with the service, not a bank account
_REFERENCE_KEY = re.compile(r"(?:^|_)(?:REF|REFERENCE|ID|NO)(?:_|$)")
_EIGHT_DIGITS = re.compile(r"\d{8}")
#: the gap before a note after a log's value ("ANN ODE  (conf 0.91)")
_WIDE_GAP = re.compile(r"[ \t]{2,}")


def _log_lines(text: str) -> list[re.Match]:
    return [m for m in _LOG_LINE.finditer(text) if m.group("time") or "_" in m.group("key")]


def log_keys(text: str) -> list[tuple[int, int]]:
    """Where a system log's keys and codes are ("LANG_SELECT", "ASR_NAME", "RESULT",
    "MODULUS_FAIL"): the log's own words, never a person's name or a place."""
    if "_" not in text:
        return []
    lines = _log_lines(text)
    if not lines:
        return []
    return [m.span("key") for m in lines] + [m.span() for m in _MACHINE_CODE.finditer(text)]


def _log_values(text: str) -> list[tuple[str, int, int]]:
    """The values of a system log's lines whose key says what they are: an IVR's keypad entries
    ("DOB_DTMF  13121990#", "SORTCODE_DTMF  609147#"), its speech recogniser's reading of a
    caller's name ("ASR_NAME  ANN ODE  (conf 0.91)")."""
    found: list[tuple[str, int, int]] = []
    for m in _log_lines(text):
        kind = key_type(m.group("key"))
        start, end = m.span("value")
        if (
            kind is None
            and _ACCOUNT_KEY.search(m.group("key"))
            and not _REFERENCE_KEY.search(m.group("key"))
        ):
            if _EIGHT_DIGITS.fullmatch(m.group("value")):
                found.append(("UK_BANK_ACCOUNT", start, end))
            continue
        if kind is not None:
            gap = _WIDE_GAP.search(text, start, end)  # "ANN ODE  (conf 0.91)": a note after it
            found += _typed_cell(text, start, gap.start() if gap else end, kind)
    return found


class MachineExportRecognizer(TextRecognizer):
    """Values under a SQL statement's columns and in ``key=value`` pairs whose key says what
    they are."""

    ENTITIES = list(FormFieldRecognizer.ENTITIES)  # every type a label can name
    SCORE = 0.9

    def analyze(self, text, entities, nlp_artifacts=None):
        found: list[tuple[str, int, int]] = []
        if "=" in text or ":" in text:
            found += _key_values(text)
        if "_" in text:
            found += _log_values(text)
        if _DOB_HEADING.search(text):
            found += _compact_dates_under_dob_heading(text)
        if "</" in text:
            found += _elements(text)
        if "(" in text and "insert" in text.lower():
            found += _sql_rows(text)
        wanted = set(entities or self.ENTITIES)
        results: list[RecognizerResult] = [
            recognized(self, k, s, e, self.SCORE, context_enhanced=True)
            for k, s, e in found
            if k in wanted and e > s
        ]
        return EntityRecognizer.remove_duplicates(results)


__all__ = ["MachineExportRecognizer", "log_keys"]
