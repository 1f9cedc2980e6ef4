"""Normalise a letter before the recognizers read it, keeping a map back to the original.

People (and the tools they paste from) write identifiers with characters that look the same but
are not: a zero-width space inside an NI number, a non-breaking space inside a postcode,
full-width digits, typographic dashes, a Cyrillic "А" among Latin letters. Every recognizer would
need to know each trick; instead the text they read is normalised once:

* Unicode NFKC (full-width and other compatibility forms become plain letters and digits);
* invisible characters (format characters such as U+200B, U+00AD, U+2060, U+FEFF, and
  variation selectors) are removed;
* every kind of space becomes " ", line and paragraph separators become "\\n";
* dashes and the minus sign become "-", typographic apostrophes become "'";
* Cyrillic and Greek letters that look Latin are read as Latin inside a word that also holds
  Latin letters or digits (a mixed-script word is a disguise; a Russian word is left alone);
* scanning slips inside words are read as the letters they stand for ("Passp0rt", "h0me",
  "te|ephone": one 0, 1, 5 or | in a lower-case or capitalised word of three or more characters;
  identifiers and postcodes, written in capitals, are never touched), and inside numbers as
  the digits ("07700 9OO123": one or two O, I, l or | among three or more digits);
* a fixed-width screen's underscores padding a field's value ("ABER-BANC______ SA44 0TY") read
  as spaces;
* HTML tags and entities pasted from an e-mail, and the quote marks (">") that start the lines
  of a replied-to e-mail, read as spaces; a calendar's escaped separators ("\\,", "\\;") read as
  the separators and its escaped line breaks ("\\n") as line breaks;
* a letter written in capitals is read in title case (names and places capitalised as usual,
  function words in lower case, anything with a digit or an @ left as written), so the model and
  the name patterns see "My name is Abdul Hughes and I live at" rather than shouting;
* a hard-wrapped paragraph (a scan, a pasted e-mail) is read as one line: a line break inside
  a paragraph of long lines, not after the end of a sentence, reads as a space, so
  "LS11\n0WZ" or "07700\n900445" is found like "LS11 0WZ";
* a word hyphenated at the end of a line and going on in lower case on the next ("Aug-\nust",
  "Shu-\nttle Street") is read as one word (the hyphen and the line break are removed).

The scanning slips, the capitals and the hard-wrapped lines replace one character by one
character; what is removed (invisible characters, line-end hyphens) is kept in the map.

Each character of the normalised text remembers the span of original characters it came from,
so a span found in the normalised text maps back to exactly the original characters, including
any invisible characters inside it: the placeholder replaces all of them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex as re

from redaction.decoding import (
    VOICE_TAG,
    Piece,
    comb_box_pieces,
    form_body_pieces,
    mojibake_pieces,
    quoted_printable_pieces,
)

#: runs of plain ASCII (taken as they are) or one grapheme cluster (normalised)
_CHUNK = re.compile(r"(?:[\x00-\x0a\x0d-\x7f](?!\p{M}))+|\X")
_SPACE_CHARS = frozenset(
    " \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u202f\u205f\u3000"
)
_LINE_CHARS = frozenset("\u2028\u2029\u0085\x0b\x0c")
#: the vertical lines of a table drawn with box characters, read as the "|" of a pasted table
_BOX_VERTICAL = frozenset("│┃║┆┇┊┋╎╏")
_APOSTROPHES = frozenset("\u2018\u2019\u201b\u02bc\u02b9\u2032\uff07")
#: Not category Cf but shown as nothing all the same.
_ALSO_INVISIBLE = frozenset(
    "\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u3164\uffa0"
) | frozenset(chr(c) for c in range(0xFE00, 0xFE10))
#: Cyrillic / Greek capitals and small letters that are drawn like Latin ones.
_CONFUSABLE = str.maketrans(
    {
        "А": "A",
        "В": "B",
        "Е": "E",
        "К": "K",
        "М": "M",
        "Н": "H",
        "О": "O",
        "Р": "P",
        "С": "C",
        "Т": "T",
        "Х": "X",
        "У": "Y",
        "І": "I",
        "Ј": "J",
        "Ѕ": "S",
        "Ԛ": "Q",
        "Ԝ": "W",
        "а": "a",
        "е": "e",
        "о": "o",
        "р": "p",
        "с": "c",
        "х": "x",
        "у": "y",
        "і": "i",
        "ј": "j",
        "ѕ": "s",
        "ԛ": "q",
        "ԝ": "w",
        "һ": "h",
        "ӏ": "l",
        "Α": "A",
        "Β": "B",
        "Ε": "E",
        "Ζ": "Z",
        "Η": "H",
        "Ι": "I",
        "Κ": "K",
        "Μ": "M",
        "Ν": "N",
        "Ο": "O",
        "Ρ": "P",
        "Τ": "T",
        "Υ": "Y",
        "Χ": "X",
        "ο": "o",
        "ν": "v",
    }
)
_MIXED_WORD = re.compile(r"[\p{L}\p{N}]+")
_LATIN_OR_DIGIT = re.compile(r"[\p{Latin}\p{N}]")
_LOOKALIKE = re.compile(r"[\p{Cyrillic}\p{Greek}]")


def _invisible(char: str) -> bool:
    return char in _ALSO_INVISIBLE or unicodedata.category(char) == "Cf"


def _normalise_cluster(cluster: str) -> str:
    visible = "".join(c for c in cluster if not _invisible(c))
    if not visible:
        return ""
    if visible in _SPACE_CHARS:
        return " "
    if visible in _LINE_CHARS:
        return "\n"
    if visible in _APOSTROPHES:
        return "'"
    if visible in _BOX_VERTICAL:
        return "|"
    if len(visible) == 1 and (unicodedata.category(visible) == "Pd" or visible == "\u2212"):
        return "-"
    return unicodedata.normalize("NFKC", visible)


@dataclass(frozen=True)
class NormalisedText:
    """The text the recognizers read, and where each of its characters came from."""

    original: str
    text: str
    #: for each character of ``text``: the original span ``[start, end)`` it stands for;
    #: ``None`` when ``text`` is the original unchanged.
    spans: tuple[tuple[int, int], ...] | None = None

    @property
    def unchanged(self) -> bool:
        return self.spans is None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span that ``text[start:end]`` was made from (``start < end``)."""
        if self.spans is None:
            return start, end
        return self.spans[start][0], self.spans[end - 1][1]


def normalise(text: str) -> NormalisedText:
    """:class:`NormalisedText` of ``text`` (its characters mapped back one to one when only
    same-length fixes applied)."""
    decoded = _decode_escapes(text)
    if decoded is None:
        return _normalise(text)
    plain, plain_spans = decoded
    inner = _normalise(plain)
    spans = tuple(
        (plain_spans[a][0], plain_spans[b - 1][1])
        for a, b in (inner.spans or tuple((i, i + 1) for i in range(len(inner.text))))
    )
    return NormalisedText(text, inner.text, spans)


#: a word processor's markup left in a pasted letter (RTF: "\par", "Xos\'e9", "T\u375?")
_RTF_HINT = re.compile(r"\\par\b|\\'[0-9a-fA-F]{2}|\\u-?\d{2,5}\?")
_RTF_TOKEN = re.compile(
    r"\\'(?P<hex>[0-9a-fA-F]{2})|\\u(?P<uni>-?\d{1,5})(?:\?|(?=[\\{}\s])|[^\s\\{}])?"
    r"|\\(?P<esc>[\\{}])|\\(?P<word>[a-z]{1,32})-?\d{0,10} ?|\\\*|[{}]"
)
#: control words that end a line or a cell
_RTF_BREAKS = {"par": "\n", "line": "\n", "page": "\n", "sect": "\n", "row": "\n", "tab": "\t"}
#: a character written as an XML or HTML entity inside a word ("d&apos;Ornano", "Jos&#233;")
_ENTITY = re.compile(
    r"&(?:#(?P<dec>\d{2,6})|#[xX](?P<hex>[0-9a-fA-F]{2,5})|(?P<name>[a-zA-Z]{2,8}));"
)


def _rtf_text(token: re.Match) -> str:
    if token.group("hex") is not None:
        return bytes([int(token.group("hex"), 16)]).decode("cp1252", errors="replace")
    if token.group("uni") is not None:
        code = int(token.group("uni")) % 65536
        return chr(code) if code >= 32 and not 0xD800 <= code < 0xE000 else ""
    if token.group("esc") is not None:
        return token.group("esc")
    word = token.group("word")
    if word in _RTF_BREAKS:
        after = token.string[token.end() : token.end() + 1]
        return "" if after in ("\n", "\r") and word != "tab" else _RTF_BREAKS[word]
    return ""


def _entity_text(token: re.Match) -> str | None:
    """The letter, apostrophe or (for ``&nbsp;``) space an entity stands for, else None (``&amp;`` is read
    later as spaces)."""
    import html

    char = html.unescape(token.group())
    if len(char) == 1 and (char.isalpha() or char in "'’\xa0"):
        return char  # "&nbsp;" one space, so "Ann&nbsp;Ode" is a name like "Ann Ode"
    return None


def _decode_escapes(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """``text`` with a word processor's RTF markup read as the text it marks up (escaped
    letters decoded, control words and braces removed, "\\par" a line end), an entity that
    stands for a letter or an apostrophe read as it, a JSON string's "\\u00e9" and a URL
    query's "%20" decoded: "Xos\\'e9 Lourenzo", "d&apos;Ornano", "Jos\\u00e9" and
    "name=Ann%20Ode" are names like any other. Each character keeps the original span it came
    from; None when there is nothing to decode."""
    # RTF and its hints all hold a backslash: most letters are spared the scan and the copy
    rtf = "\\" in text and (text.lstrip().startswith("{\\rtf") or len(_RTF_HINT.findall(text)) >= 3)
    # a form body's and mojibake's pieces first: at the same place they win (a sort keeps order)
    tokens: list[tuple[re.Match | Piece, str | None]] = [
        (p, p.value)
        for p in form_body_pieces(text)
        + mojibake_pieces(text)
        + quoted_printable_pieces(text)
        + comb_box_pieces(text)
    ]
    if " | " in text or '","' in text:
        tokens += [(m, "\n") for m in _cell_separators(text)]
    if "\r" in text:  # a Windows line end ("\r\n") or an old Mac's ("\r") is a line break
        tokens += [(m, "\n") for m in _CARRIAGE_RETURN.finditer(text)]
    if rtf:
        tokens += [(m, _rtf_text(m)) for m in _RTF_TOKEN.finditer(text)]
    if "&" in text:
        tokens += [(m, _entity_text(m)) for m in _ENTITY.finditer(text)]
    if not rtf and "\\u" in text:
        tokens += [(m, _hex_text(m)) for m in _JSON_ESCAPE.finditer(text)]
    if not rtf and len(_JSON_STRING_HINT.findall(text)) >= 2:
        tokens += [(m, _JSON_CHARS[m.group(1)]) for m in _JSON_CHAR.finditer(text)]
    if "%" in text and "=" in text:
        tokens += [(m, _hex_text(m)) for m in _PERCENT.finditer(text)]
    decoded = [(m, v) for m, v in tokens if v is not None]
    if not decoded:
        return None
    decoded.sort(key=lambda t: t[0].start())  # stable: earlier in ``tokens`` wins a tie
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for token, value in decoded:
        if token.start() < pos:
            continue
        pieces.append(text[pos : token.start()])
        spans.extend((i, i + 1) for i in range(pos, token.start()))
        pieces.append(value)
        spans.extend([token.span()] * len(value))
        if not value and spans and spans[-1][1] == token.start():
            # markup that reads as nothing goes with the character before it: a value ending
            # there ("Cwrdd Bach\\par") is replaced with its markup
            spans[-1] = (spans[-1][0], token.end())
        pos = token.end()
    pieces.append(text[pos:])
    spans.extend((i, i + 1) for i in range(pos, len(text)))
    return "".join(pieces), spans


#: a JSON string's escaped line breaks and quote marks ("...\\nDear Sir,\\n\\nMy name is
#: \\"Ann\\"..."): a letter written as a JSON string value, read as the letter (two or more)
_JSON_STRING_HINT = re.compile(r'(?<!\\)(?:\\\\)*\\[n"]')
_JSON_CHAR = re.compile(r'\\([nrt"\\/])')
_JSON_CHARS = {"n": "\n", "r": "", "t": "\t", '"': '"', "\\": "\\", "/": "/"}
#: the separator a ticket system writes between a message's lines (" | "), and between the
#: quoted cells of a CSV row ('","')
_CELL_SEPARATOR = re.compile(r'[ \t]+\|[ \t]+|"[ \t]*,[ \t]*"')
#: a Markdown table's rule under its header ("|------|-----|")
_TABLE_RULE = re.compile(r"\|[ \t:]*-{3,}[ \t:]*\|")
#: a line at least this long with at least this many separators is lines joined into one
_JOINED_LINE_CHARS = 200
_JOINED_LINE_SEPARATORS = 4


def _cell_separators(text: str) -> list[re.Match]:
    """The separators of a message whose lines were joined into one long line, by a ticket
    system (" | ") or as a CSV row of quoted cells ('"Ann Ode","12 Mill Lane","LS1 1AA"'):
    each reads as the line break it stands for, so an address's lines are lines again. A
    table's row (short) and an HL7 segment (no spaces around its "|") are left as they are."""
    out = []
    start = 0
    for line in text.split("\n"):
        if len(line) >= _JOINED_LINE_CHARS:
            found = list(_CELL_SEPARATOR.finditer(text, start, start + len(line)))
            table = _TABLE_RULE.search(text, start, start + len(line)) is not None
            for kind in ("|", '"'):
                if kind == "|" and table:
                    continue  # a Markdown table flattened: its columns say what a cell is
                same = [m for m in found if kind in m.group()]
                if len(same) >= _JOINED_LINE_SEPARATORS:
                    out += same
        start += len(line) + 1
    return out


#: a Windows line end, or a carriage return alone
_CARRIAGE_RETURN = re.compile(r"\r\n?")
#: a JSON string's escaped character: "Jos\\u00e9"
_JSON_ESCAPE = re.compile(r"\\u(?P<hex>[0-9a-fA-F]{4})")
#: a percent-escaped character in a URL query's value: "?surname=Ode&town=St%20Ives"
_PERCENT = re.compile(r"(?<=[?&;][\w.\-\[\]]{1,60}=[^\s&#=]{0,200}?)%(?P<hex>[0-9a-fA-F]{2})")


def _hex_text(token: re.Match) -> str | None:
    """The character a JSON ``\\uXXXX`` or a URL ``%XX`` escape stands for; None for one that
    cannot be printed or half a surrogate pair (a URL's two digits never reach one)."""
    char = chr(int(token.group("hex"), 16))
    return char if char.isprintable() and not 0xD800 <= ord(char) < 0xE000 else None


def _normalise(text: str) -> NormalisedText:
    if text.isascii() and "\x0b" not in text and "\x0c" not in text:
        if not _LINE_END_HYPHEN.search(text):
            fixed = _same_length_fixes(text)
            if fixed == text:
                return NormalisedText(text, text)
            return NormalisedText(text, fixed, tuple((i, i + 1) for i in range(len(text))))
        # before the other fixes: joining wrapped lines would hide the line break
        joined, kept = _join_hyphenated(text, [(i, i + 1) for i in range(len(text))])
        return NormalisedText(text, _same_length_fixes(joined), tuple(kept))
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    for match in _CHUNK.finditer(text):
        start, end = match.span()
        chunk = match.group()
        if chunk.isascii() and "\x0b" not in chunk and "\x0c" not in chunk:
            pieces.append(chunk)
            spans.extend((i, i + 1) for i in range(start, end))
            continue
        out = _normalise_cluster(chunk)
        pieces.append(out)
        spans.extend([(start, end)] * len(out))
    normalised = "".join(pieces)
    if _LINE_END_HYPHEN.search(normalised):
        normalised, spans = _join_hyphenated(normalised, spans)
    normalised = _same_length_fixes(normalised)
    if normalised == text:
        return NormalisedText(text, text)
    return NormalisedText(text, normalised, tuple(spans))


#: a word broken at the end of a line by a PDF or a scan ("Aug-\nust", "Shu-\nttle Street",
#: "Acheam-\npong"): the next line goes on in lower case, so it is the same word. A
#: double-barrelled name broken at its hyphen goes on in a capital ("Smith-\nJones") and stays.
_LINE_END_HYPHEN = re.compile(r"(?<=\p{L})-[ \t]*\n[ \t]*(?=\p{Ll})")


def _join_hyphenated(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with each line-end hyphen and its line break removed, and the character map
    without them (a span over the joined word still covers them in the original)."""
    keep = [True] * len(text)
    for m in _LINE_END_HYPHEN.finditer(text):
        for i in range(m.start(), m.end()):
            keep[i] = False
    joined = "".join(c for c, k in zip(text, keep) if k)
    return joined, [span for span, k in zip(spans, keep) if k]


def _read_lookalikes_as_latin(word: re.Match) -> str:
    value = word.group()
    if _LOOKALIKE.search(value) and _LATIN_OR_DIGIT.search(value):
        return value.translate(_CONFUSABLE)
    return value


__all__ = ["NormalisedText", "normalise"]


#: a calendar's or a contact card's escapes (RFC 5545/6350): "\\," and "\\;" are the separators,
#: "\\n" a line break ("LOCATION:107 Tube Depot Road\\, Welling\\, DA16 3SE")
_ESCAPED = re.compile(r"\\(?:[,;]|[nN](?=[\p{Lu}\d \t\n\\]|$))")


def _unescape(match: re.Match) -> str:
    return " \n" if match.group()[1] in "nN" else " " + match.group()[1]


def _same_length_fixes(text: str) -> str:
    if "\\" in text:
        text = _ESCAPED.sub(_unescape, text)
    if "<" in text or "&" in text:
        text = _HTML.sub(_markup_as_spaces, text)
    if "[" in text:
        text = _REVISION_MARK.sub(_revision_mark_as_colon, text)
    if "**" in text or "__" in text:
        text = _BOLD_LABEL.sub(lambda m: " " * 2 + m.group(1) + " " * 2, text)
    if ">" in text:
        text = _QUOTE_MARKS.sub(lambda m: m.group().replace(">", " "), text)
    if "__" in text:
        text = _FIELD_PADDING.sub(lambda m: " " * len(m.group()), text)
    if _LOOKALIKE.search(text):
        text = _MIXED_WORD.sub(_read_lookalikes_as_latin, text)
    if _SLIP_CANDIDATE.search(text):
        text = _SLIP_WORD.sub(_read_slips_as_letters, text)
    if _NUMBER_SLIP_CANDIDATE.search(text):
        text = _NUMBER_SLIP_WORD.sub(_read_slips_as_digits, text)
        text = _NUMBER_GROUPS.sub(_read_group_slips_as_digits, text)
    if "\n" in text:
        text = _join_wrapped_lines(text)
    return _raise_whisper(_calm_shouting(text))


#: a word processor's tracked change as text ("[Deleted: ", "[Inserted: "), read as spaces (but
#: its colon) so what was deleted or inserted is read like the value of a field (a comment, "[Comment AB1:
#: ...]", stays an aside in brackets)
_REVISION_MARK = re.compile(
    r"\[(?:Deleted|Inserted|Added|Removed|Moved(?:[ \t]+(?:to|from))?|Formatted)[ \t]*:[ \t]*"
)


def _revision_mark_as_colon(mark: re.Match) -> str:
    """ "[Inserted: " read as "          : ": a field's colon, then its value."""
    return "".join(c if c == ":" else " " for c in mark.group())


#: a Markdown note's bold label ("**Address:** Kiln Cottage, ..."), its marks read as spaces so
#: the label is read like any other
_BOLD_LABEL = re.compile(r"(?m)(?<=^[ \t]*(?:[-*+][ \t]+)?)(?:\*\*|__)([^*_\n]{1,40}?:)(?:\*\*|__)")
#: a fixed-width screen's padding after a field's value ("ABER-BANC___________ SA44 0TY",
#: "35 FFORDD Y CENNIN________"), read as spaces so the value ends where its characters do
#: (an empty field's underscores, after a space, and a name's own, before "@", stay)
_FIELD_PADDING = re.compile(r"(?<=[\p{L}\d'’).])_{2,}(?=[ \t]|\r?\n|$)")
#: the quote marks of a replied-to e-mail ("> ", ">> "), read as spaces so a quoted address block
#: is read like any other
_QUOTE_MARKS = re.compile(r"(?m)^(?:[ \t]*>)+")
#: HTML tags and entities of a pasted e-mail ("<br>", "&nbsp;"), read as spaces; never one of
#: our placeholders (upper case, numbered)
_HTML = re.compile(
    r"</?[a-z][a-z0-9]*(?:\s[^<>@\n]{0,300})?/?>"
    r"|&(?:nbsp|amp|lt|gt|quot|apos|#\d{1,5});",
    re.IGNORECASE,
)
_LINE_END_AFTER = re.compile(r"[ \t]*\r?\n")
#: the HTML tags that end a line ("<br />", "</p>", "</div>", "</li>", "</tr>"): read as spaces and
#: a line break, so the lines of an address pasted from a web form stay lines
_LINE_BREAK_TAG = re.compile(r"<(?:br\b|/(?:p|div|li|tr|h[1-6]|address)\b)", re.IGNORECASE)


#: an attribute of a tag: ``dob="1994-10-27"``
_ATTRIBUTE = re.compile(
    r"(?<=\s)(?P<key>[^\W\d][\w.:\-]*)[ \t]*=[ \t]*(?P<q>[\"'])[^\"'<>\n]*(?P=q)"
)
_TAG_NAME = re.compile(r"</?([a-z][a-z0-9]*)", re.IGNORECASE)


#: the HTML elements whose ``name`` attribute names a control, a frame or a link target
_HTML_NAMED = frozenset(
    "a button embed fieldset form frame iframe img input keygen map meta object output param"
    " select slot textarea".split()
)


def _markup_as_spaces(tag: re.Match) -> str:
    """A tag or an entity read as spaces, except what says what a value is: an attribute whose
    name is a field's (``<Member dob="1994-10-27">``) is kept, its quotes read as spaces; a form
    control's ``name`` that is a field's is read as the label of its ``value`` (``<input
    name="surname" value="Ode">``: "surname:" then "Ode"); and an element whose name is a
    field's (``<DateOfBirth>1974-10-20</DateOfBirth>``, ``<Surname>``) is read as its label
    ("  DateOfBirth:1974-10-20"), so an export's values are typed by what it calls them. The
    ``name`` attribute of an HTML control names the control, never a person: it is not kept
    itself (an XML element's ``name`` is kept like any field's)."""
    value = tag.group()
    if value[:2] == "<v" and VOICE_TAG.fullmatch(value):
        return value  # a transcript's speaker (WebVTT): read as written, the name kept
    if _LINE_BREAK_TAG.match(value):  # a line's end, so an address's lines stay lines
        if value[:3].lower() == "<br" and _LINE_END_AFTER.match(tag.string, tag.end()):
            return " " * len(value)  # "<br>\n": the line break is written after it
        return " " * (len(value) - 1) + "\n"
    if value.startswith("&") or value.startswith("</"):
        return " " * len(value)
    from redaction.recognizers.field_labels import key_type  # the recognisers import this module

    out = [" "] * len(value)
    kept = False
    attributes = {a.group("key").lower(): a for a in _ATTRIBUTE.finditer(value)}
    name = _TAG_NAME.match(value)
    html = name is not None and name.group(1).lower() in _HTML_NAMED
    control = attributes.pop("name", None) if html else None
    given = attributes.get("value")
    for attribute in attributes.values():
        if key_type(attribute.group("key").split(":")[-1]) is not None:
            # its quotes read as spaces: the value stands apart from the element's text
            out[attribute.start() : attribute.end() - 1] = attribute.group()[:-1]
            out[attribute.start("q")] = " "
            kept = True
    if control is not None and given is not None:
        label = control.group()[control.end("q") - control.start() : -1].strip() + ":"
        if key_type(label[:-1]) is not None and given.start() > control.start():
            out[control.start() : control.start() + len(label)] = label
            start = given.end("q")
            out[start : given.end() - 1] = value[start : given.end() - 1]
            kept = True
    after = tag.string[tag.end() : tag.end() + 1]
    if (
        not kept
        and name is not None
        and after
        and after not in "<\r\n"
        and not after.isspace()
        and key_type(name.group(1)) is not None
    ):
        label = name.group(1) + ":"
        out[len(value) - len(label) :] = label
    return "".join(out)


#: a word with one scanning slip: "Passp0rt", "h0me", "Y0urs", "te|ephone", "c|aim"
_SLIP_CANDIDATE = re.compile(r"\p{L}[01|5]\p{L}|\p{L}{2}[01|5]\b|\b[01|5]\p{L}{2}")
_SLIP_WORD = re.compile(r"(?<![\p{L}\p{N}|])[\p{L}01|5]{3,}(?![\p{L}\p{N}|])")
_OUTWARD_CODE = re.compile(r"[a-z]{1,2}\d[a-z\d]?", re.IGNORECASE)
_SLIPS = str.maketrans({"0": "o", "1": "l", "|": "l", "5": "s"})


def _pipe_delimited(word: re.Match) -> bool:
    """A "|" in a line of three or more of them separates fields (a pasted table, an HL7
    message's "||19470215|F"): it is never a slip for "l" or "1"."""
    if "|" not in word.group():
        return False
    text = word.string
    start = text.rfind("\n", 0, word.start()) + 1
    end = text.find("\n", word.end())
    return text.count("|", start, len(text) if end < 0 else end) >= 3


def _read_slips_as_letters(word: re.Match) -> str:
    value = word.group()
    if _pipe_delimited(word):
        return value
    slips = [i for i, c in enumerate(value) if c in "01|5"]
    letters = value.replace("0", "").replace("1", "").replace("|", "").replace("5", "")
    if (
        len(slips) != 1
        or len(letters) < 2
        or (slips[0] == 0 and value[0] != "|")
        or not (letters.islower() or (letters[0].isupper() and letters[1:].islower()))
        or "@" in word.string[max(0, word.start() - 1) : word.end() + 1]
        or _OUTWARD_CODE.fullmatch(value)
        or word.string.startswith("[", word.end())
        or _quoted_key(word)
        or _numbered_label(value)
    ):
        return value  # "1st", "EC1R", "sw1a", "jane1@", a field path's "Page1[0]": not slips
    return value.translate(_SLIPS)


def _quoted_key(word: re.Match) -> bool:
    """ "line1" in ``{"line1": ...}``: a machine's key in quotes, typed, never scanned."""
    text, start, end = word.string, word.start(), word.end()
    return (
        start > 0
        and text[start - 1] in "\"'"
        and text[end : end + 1] == text[start - 1]
        and text[end + 1 : end + 3].lstrip()[:1] == ":"
    )


def _numbered_label(word: str) -> bool:
    """ "Contact1", "Address1": a field's label numbered as written (a school MIS export's
    first contact), not a scanning slip of "Contactl"; "Emai1" is still one ("Emai" is no
    label)."""
    from redaction.recognizers.field_labels import field_type  # imports nothing of ours

    return word[-1:].isdigit() and field_type(word[:-1]) is not None


#: a number with a scanning slip: "9OO123", "943 476 59l9"
_NUMBER_SLIP_CANDIDATE = re.compile(r"\d[OoIl|SB]|[OoIl|SB]\d")
_NUMBER_SLIP_WORD = re.compile(r"(?<![\p{L}\p{N}])[\dOoIl|SB]{3,}(?![\p{L}\p{N}])")
_DIGIT_SLIPS = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1", "S": "5", "B": "8"})


def _read_slips_as_digits(word: re.Match) -> str:
    """ "9OO123" -> "900123": a scanner's O for 0, l or | for 1, S for 5, B for 8, as long as
    real digits are at least as many as the slips (so "BOB" or "SOS" stay words)."""
    value = word.group()
    if _NINO_SHAPED.fullmatch(value) or _pipe_delimited(word):
        return value  # "OS646684", "AB123456B": an NI number's letters are letters
    slips = sum(not c.isdigit() for c in value)
    digits = len(value) - slips
    return value.translate(_DIGIT_SLIPS) if 1 <= slips <= digits and digits >= 3 else value


#: an NI number written whole or in groups: two letters, six digits, an optional suffix letter
_NINO_SHAPED = re.compile(r"[A-Za-z]{2}[ \-]?(?:\d{2}[ \-]?){3}[A-Da-d]?|[A-Za-z]{2}\d{6}[A-Za-z]?")
#: the letters written just before a run of number groups: "BH 47 63 35B" is an NI number
_LETTERS_BEFORE = re.compile(r"[A-Za-z]{2}[ \-]?$")


#: groups of a number written with spaces or hyphens ("O77OO 9OO123", "AB 12 3O 56 C"): a
#: group of digits and slips next to a group of plain digits is a number too
_NUMBER_GROUPS = re.compile(
    r"(?<![\p{L}\p{N}|])[\dOoIl|SBZ]{2,6}(?:[ \-][\dOoIl|SBZ]{2,6})+"
    r"(?![\p{L}\p{N}|])"
)
_GROUP_SLIPS = str.maketrans(
    {"O": "0", "o": "0", "I": "1", "l": "1", "|": "1", "S": "5", "B": "8", "Z": "2"}
)
_GROUP_SPLIT = re.compile(r"([ \-])")


def _read_group_slips_as_digits(run: re.Match) -> str:
    before = _LETTERS_BEFORE.search(run.string, max(0, run.start() - 3), run.start())
    if before and _NINO_SHAPED.fullmatch(before.group() + run.group()):
        return run.group()  # "BH 47 63 35B": the suffix of an NI number, not a slipped 8
    if _pipe_delimited(run):
        return run.group()
    parts = _GROUP_SPLIT.split(run.group())
    groups = parts[::2]
    plain = [g.isdigit() for g in groups]
    if not any(plain):
        return run.group()
    out = []
    for i, part in enumerate(parts):
        if i % 2 == 0 and not part.isdigit() and any(c.isdigit() for c in part):
            k = i // 2
            if (k > 0 and plain[k - 1]) or (k + 1 < len(groups) and plain[k + 1]):
                part = part.translate(_GROUP_SLIPS)
        out.append(part)
    return "".join(out)


_PARAGRAPH = re.compile(r"(?:[^\n]*\S[^\n]*(?:\n|$))+")
_SENTENCE_END = re.compile(r"[.!?:;]\s*$")
#: "Caller: ...", "Addr on system: ...": a line that starts a new field is never a wrap
#: (a form's field path too: "topmostSubform[0].Page1[0].Surname[0]: ...", indices and all)
_FIELD_START = re.compile(r"[ \t]*\w(?:[\w '’/.()\-]|\[\d{1,3}\]){0,50}:[ \t]")
#: a chat or log entry: "[9:07] ...", "(10:15) ...", "14:02 - ..."
_ENTRY_START = re.compile(
    # a chat export's line starts with its date: "13/11/2026, 19:38 - Storm Lent: ..."
    r"[ \t]*(?:[\[(<]|\d{1,2}[:.]\d{2}\b|\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4},?[ \t]+\d{1,2}[:.]\d{2}\b)"
)

#: a log's entry starting with its time as four digits, no colon ("2201 OP2217 SUBJ ADDR ..."):
#: two such lines in a row are two entries, never one wrapped line
_CLOCK_ENTRY = re.compile(r"[ \t]*(?:[01]\d|2[0-3])[0-5]\d[ \t]+\S")


#: a separator of a table pasted as CSV: a comma or semicolon with no space after it (prose
#: puts one after its commas)
_TIGHT_SEPARATOR = re.compile(r"[,;](?=[^ \t\n])|[,;]$")


#: a row of a table printed as plain text: columns apart by three or more spaces ("Item
#: Check-in   Check-out   Deduction"); its line breaks are meant, and joining the header to
#: the first row would read "Deduction Lounge" as one name
_COLUMN_GAP = re.compile(r"\S[ ]{3,}\S")


#: a row of a table printed with spaced dashes between its cells ("0/1, 34 Tenter Wynd - N. Enow
#: - PTH52844 - £8,417.12"): three or more of them, where prose has one or two asides
_DASH_CELL = re.compile(r"\S[ \t]+[-–][ \t]+\S")


def _dash_row(line: str) -> bool:
    return len(_DASH_CELL.findall(line)) >= 3


def _delimited_row(line: str) -> bool:
    """ "Jamie Lee,12/03/1985,applicant,,07700 900123": a row of a pasted CSV table, whose
    line breaks are meant."""
    return len(_TIGHT_SEPARATOR.findall(line)) >= 2


@lru_cache(maxsize=1)
def _listed_date_end() -> re.Pattern:
    from redaction.recognizers.dates import LOOSE_DATE  # the recognisers import this module

    return re.compile(rf"[ \t][-–—:][ \t]*(?:{LOOSE_DATE})[ \t]*$", re.IGNORECASE)


def _listed_with_a_date(line: str) -> bool:
    """ "  Ionel Barbu (son) - 04/09/11": an item of a list (a household, one person a line)
    that ends with a dash or a colon and a whole date; the line break after it is meant."""
    return _listed_date_end().search(line) is not None


#: a short heading line that ends with a colon, over a list
_LIST_HEADING = re.compile(r"[ \t]*\S[^\n:]{0,48}:[ \t]*")


def _join_wrapped_lines(text: str) -> str:
    """Line breaks inside hard-wrapped paragraphs read as spaces (one character for one)."""
    from redaction.multilingual import is_bilingual_heading

    chars = None
    for block in _PARAGRAPH.finditer(text):
        lines = block.group().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        if len(lines) < 3:
            continue
        # wrapped at 40 columns (a phone's mail app, a narrow text box) most lines are 30 to 40
        # long: a line is long beside the paragraph's longest
        width = max(len(line.strip()) for line in lines)
        long_enough = min(40, max(30, width - 10))
        long_lines = sum(len(line.strip()) >= long_enough for line in lines)
        if long_lines * 2 < len(lines):  # an address block, a list: short lines are meant
            continue
        if _LIST_HEADING.fullmatch(lines[0]) and all(
            line[:1] in (" ", "\t") for line in lines[1:]
        ):  # a heading over indented items ("Signed by neighbours:"): one item a line
            continue
        pos = block.start()
        for line, following in zip(lines, lines[1:]):
            pos += len(line)
            if (
                len(line.strip()) >= 30
                and not _SENTENCE_END.search(line)
                and following.strip()
                and not following.lstrip().startswith(("-", "*", "•", "|", ">"))
                and not any(c in line or c in following for c in "|\t")
                and not _FIELD_START.match(following)
                # a field's line goes on when the next line goes on in lower case (a scan's
                # "Tenant: ... of 4 Mill Row, Pont-faen\nuwch Afon")
                and (not _FIELD_START.match(line) or following.lstrip()[:1].islower())
                and not _ENTRY_START.match(following)
                and not _ENTRY_START.match(line)
                and not (_CLOCK_ENTRY.match(line) and _CLOCK_ENTRY.match(following))
                and not _delimited_row(line)
                and not _delimited_row(following)
                and not _dash_row(line)
                and not _dash_row(following)
                and not _COLUMN_GAP.search(line)
                and not _COLUMN_GAP.search(following)
                and not is_bilingual_heading(line)
                and not is_bilingual_heading(following)
                and not _listed_with_a_date(line)
            ):
                if chars is None:
                    chars = list(text)
                chars[pos] = " "
            pos += 1
    return text if chars is None else "".join(chars)


_TOKEN = re.compile(r"\S+")
_WORD_START = re.compile(r"(?:^|(?<=[-'’(\"/]))\p{L}")


def _calm_shouting(text: str) -> str:
    upper = sum(c.isupper() for c in text)
    if upper < 30 or upper < 4 * sum(c.islower() for c in text):
        return text
    from spacy.lang.en.stop_words import STOP_WORDS

    def calm(token: re.Match) -> str:
        value = token.group()
        letters = sum(c.isalpha() for c in value)
        if letters <= 2 or any(c.isdigit() for c in value) or "@" in value:
            return value  # "AB", "LS6", "MR", a mail address: as written
        low = value.lower()
        bare = low.strip(".,;:!?()\"'")
        fixed = (
            low
            if bare in STOP_WORDS and bare != "the"
            else _WORD_START.sub(lambda m: m.group().upper(), low)
        )
        return fixed if len(fixed) == len(value) else value

    return _TOKEN.sub(calm, text)


# --------------------------------------------------------------------------- lower-case letters
#: a token that holds digits and letters but is a count or a time, not an identifier ("1st", "10am")
_ORDINAL_OR_TIME = re.compile(
    r"\d+(?:st|nd|rd|th|am|pm|s|k|kg|km|mg|ml|mins?|hrs?|p|x|yrs?|wks?|mths?|gb|mb)", re.IGNORECASE
)
_WORD_PART = re.compile(r"[\p{L}\p{N}]+")
_LOWER_WORD = re.compile(
    r"(?<![\p{L}\p{N}'’@.\-/_])\p{Ll}[\p{Ll}'’\-]*\p{Ll}|(?<![\p{L}\p{N}'’@.\-/_])\p{Ll}(?![\p{L}\p{N}])"
)
#: the words before a name: a title, a greeting, a self-introduction, a relative or a neighbour
_NAME_CUE = re.compile(
    r"(?:(?:\b(?:mr|mrs|ms|miss|mx|dr|cllr|councillor|dear|hi|hello|hiya|hey|signed|sgd|regards"
    r"|sincerely|faithfully|thanks|cheers|love|wishes|name\s+is|name's|names|called|i'm|im|i\s+am"
    r"|it's|its|this\s+is|(?:my|our|his|her|their)\s+(?:son|daughter|neighbour|neighbor|husband|wife"
    r"|partner|mum|mother|dad|father|brother|sister|friend|carer|landlord|landlady|grandson"
    r"|granddaughter|nephew|niece|uncle|aunt|auntie|boyfriend|girlfriend|child|baby|ex|cousin"
    r"|lodger|tenant|social\s+worker)(?:\s+is)?)\.?[,:]?\s+)+|^[ \t]*[-–][ \t]*)(?=\p{Ll})",
    re.MULTILINE,
)
_TITLE = re.compile(r"\b(?:mr|mrs|ms|miss|mx|dr|cllr|councillor)\.?\s+$")
#: the words before a place: where someone lives, lived, moved to or comes from
_PLACE_CUE = re.compile(
    r"\b(?:live|lives|living|lived|moved|move|moving|born|grew\s+up|raised|stay|staying|based|from)"
    r"(?:\s+(?:in|to|at|near|round))?\s+(?=\p{Ll})"
)
_PLACE_END = re.compile(
    r"[ \t]*(?:[.,;:!?)\n]|$|[ \t]+(?:all|since|for|last|with|and|but|now|in|on|until|till)\b)"
)
_STREET_WORDS = (
    r"road|rd|street|st|lane|ln|avenue|ave|close|drive|dr|crescent|gardens|terrace|grove|court|place"
    r"|walk|square|mews|rise|way|row|hill|park|green|view|parade|ride|fold|wynd|loan|brae|yard|wharf"
    r"|quay|vale|croft|gate|circus|meadows?|chase|dale|nook|drove|alley|ridgeway|broadway|crossway"
    r"|queensway|kingsway"
)
#: a house number and the words of its street, then what follows (a town, a county)
_LOWER_STREET_LINE = re.compile(
    rf"\b\d+[a-z]?,?[ \t]+(?:(?:the|[\p{{Ll}}'’\-]+)[ \t]+){{0,3}}(?:{_STREET_WORDS})\b"
)
#: a postcode once the letters are raised ("S10 2TN")
_RAISED_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}\b")
#: what stands between two parts of an address: a comma, a line break or spaces
_ADDRESS_PART_SEPARATOR = re.compile(r"[ \t]*(?:,[ \t]*|\n[ \t]*|[ \t]+)")
#: one address part: up to four words before a comma, a line end, a full stop or a postcode
_ADDRESS_PART = re.compile(r"[ \t]*(?:[\p{Ll}'’\-]+(?:[ \t]+|(?=[,.;\n])|$)){1,4}")
#: a line that is only one to three words (a sign-off's name, an address block's town)
_SHORT_LINE = re.compile(
    r"(?m)^[ \t]*(\p{Ll}[\p{Ll}'’\-]*(?:[ \t]+\p{Ll}[\p{Ll}'’\-]*){0,3})[ \t,.]*$"
)
_LOWER_IBAN = re.compile(r"\b[a-z]{2}\d{2}(?:[ ]?[a-z\d]{4}){2,7}(?:[ ]?[a-z\d]{1,3})?\b")
#: a capital letter, but the word "I" ("I'm", "I've") that a phone writes on its own
_CAPITAL = re.compile(r"\p{Lu}(?<!(?<![\p{L}\p{N}])I(?=[^\p{L}\p{N}]|$))")
_LINE_START = re.compile(r"(?s).*(?:^|\n)[ \t>\-*]*$")
#: a street line that runs on into more words, one of them a street's word ("27 tanners way mill
#: green"), with no comma or line break between them
_TWO_STREET_WORDS = re.compile(rf"\b(?:{_STREET_WORDS})[ \t]+\S")
_RUNS_ON_TO_A_STREET_WORD = re.compile(
    rf"(?:[ \t]+[\p{{Ll}}'’\-]+){{0,3}}[ \t]+(?:{_STREET_WORDS})\b"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)[ \t]+$")
#: field labels (and Welsh words) that some name list also holds
_LABEL_WORDS = frozenset("nino dob ni nhs ref tel mob dd lane road street mae gyda".split())
#: the particles inside a person's name ("van der berg", "bin rashid", "ap rhys")
_NAME_PARTICLES = frozenset("le la de den der van von du des da di al el bin bint ap ab".split())
#: words kept lower inside a name or a place ("lôn y grug", "stratford upon avon")
_KEEP_LOWER = _NAME_PARTICLES | frozenset("of upon on the in under by y yr".split())


def _raise_whisper(text: str) -> str:
    """A letter written all in lower case (a text message, a web form typed on a phone) read
    with the capitals a letter would have, where a reader would know them: what
    :func:`_calm_shouting` does for capitals. Common words stay as written ("council tax",
    "will", "bill"); raised are identifiers (letters with digits: "s10 2tn", "ab123456c"), "i",
    names known to the name lists that are not common words, words after a name's cue ("dear
    mr", "my name is", "my neighbour", a sign-off), places after a place's cue ("i live in",
    "moved to"), a street after its house number and the parts of an address before a postcode,
    and the names on the short lines of an address block or under a sign-off."""
    lower = sum(c.islower() for c in text)
    if lower < 30:
        return text
    capitals = [m.start() for m in _CAPITAL.finditer(text)]
    if len(capitals) * 100 > lower or any(_LINE_START.match(text, 0, c) for c in capitals):
        return text  # a writer who starts a line with a capital writes in capitals as usual
    from redaction.recognizers.lexicon import could_be_name, is_function_word, is_known_name, zipf

    chars = list(text)

    def identifier(m: re.Match) -> None:
        value = m.group()
        if (
            any(c.isdigit() for c in value)
            and any(c.isalpha() for c in value)
            and not _ORDINAL_OR_TIME.fullmatch(value)
            and value.isascii()
        ):
            chars[m.start() : m.end()] = value.upper()

    def raise_word(start: int, end: int) -> None:
        word = text[start:end]
        if word in _KEEP_LOWER or not word[:1].isalpha():
            return
        chars[start] = chars[start].upper()
        for k in range(start + 1, end - 1):
            if text[k] in "-'’" and text[k + 1].isalpha() and end - k > 2:
                chars[k + 1] = chars[k + 1].upper()  # "o'connor", "smith-jones"

    def raise_words(start: int, end: int, *, names_only: bool = False, limit: int = 4) -> None:
        taken = 0
        for w in _LOWER_WORD.finditer(text, start, end):
            word = w.group()
            if names_only and word in _NAME_PARTICLES:
                continue  # "sofia van der berg": a particle stays lower and the name goes on
            if names_only and not (could_be_name(word) or is_known_name(word.strip("'’-"))):
                break
            if not names_only and is_function_word(word) and word not in _KEEP_LOWER:
                break
            raise_word(*w.span())
            taken += 1
            if taken >= limit:
                break

    for token in _TOKEN.finditer(text):
        if "@" in token.group() or "://" in token.group() or token.group().startswith("www."):
            continue
        for m in _WORD_PART.finditer(text, token.start(), token.end()):
            identifier(m)
    for m in _LOWER_IBAN.finditer(text):  # "gb69 htyy 4917 ...": its letter groups too
        chars[m.start() : m.end()] = m.group().upper()
    for m in re.finditer(r"(?<![\p{L}\p{N}'’])i(?=[ \t'’]|$)", text):
        chars[m.start()] = "I"
    # names the lists know that are not common words ("olivia", "errol", "liam parsons"): a run
    # of one to three words that are all names ("south holland district council" is not)
    runs: list[list[re.Match]] = [[]]
    for w in _LOWER_WORD.finditer(text):
        last = runs[-1][-1] if runs[-1] else None
        if is_function_word(w.group()):
            runs.append([])
            continue
        if last is not None and text[last.end() : w.start()] != " ":
            runs.append([])
        runs[-1].append(w)
    for words in runs:
        if (
            0 < len(words) <= 3
            and all(
                len(w.group()) > 2 and w.group() not in _LABEL_WORDS and is_known_name(w.group())
                for w in words
            )
            and all(zipf(w.group()) < 4.6 for w in words)
            and not _ARTICLE_BEFORE.search(text, 0, words[0].start())
        ):
            for w in words:
                raise_word(*w.span())
    for m in _NAME_CUE.finditer(text):
        end = text.find("\n", m.end())
        titled = _TITLE.search(m.group()) is not None  # after "mr", any word but a function word
        raise_words(m.end(), len(text) if end < 0 else end, names_only=not titled, limit=3)
    for m in _PLACE_CUE.finditer(text):
        words = []
        for w in _LOWER_WORD.finditer(text, m.end(), min(len(text), m.end() + 60)):
            gap = text[words[-1].end() if words else m.end() : w.start()]
            if (
                gap.strip(" \t")
                or len(words) == 3
                or (is_function_word(w.group()) and w.group() not in _KEEP_LOWER)
            ):
                break
            words.append(w)
        while words and words[-1].group() in _KEEP_LOWER:
            words.pop()
        if words and _PLACE_END.match(text, words[-1].end()):
            raise_words(words[0].start(), words[-1].end(), limit=3)
    raised = "".join(chars)
    for m in _LOWER_STREET_LINE.finditer(text):
        if _RUNS_ON_TO_A_STREET_WORD.match(text, m.end()) or _TWO_STREET_WORDS.search(m.group()):
            continue  # "27 tanners way mill green cm4 0ha": where the street ends is the lower-case
            # address rules' to tell (they know a street's suffix ends it)
        raise_words(m.start(), m.end(), limit=6)
        # the town and county after the street, to a full stop or a postcode
        pos = m.end()
        for _ in range(3):
            sep = _ADDRESS_PART_SEPARATOR.match(text, pos)
            if sep is None:
                break
            part = _ADDRESS_PART.match(text, sep.end())
            if part is None or _RAISED_POSTCODE.match(raised, sep.end()):
                break
            words = list(_LOWER_WORD.finditer(text, sep.end(), part.end()))
            if not words or any(
                is_function_word(w.group()) and w.group() not in _KEEP_LOWER for w in words
            ):
                break
            raise_words(words[0].start(), words[-1].end())
            pos = words[-1].end()
    # the words before a postcode on its line ("sheffield s10 2tn") and the short lines above it
    for m in _RAISED_POSTCODE.finditer(raised):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()]
        part = re.search(r"(?:^|(?<=,)[ \t]*|(?<=\t))(?:[\p{Ll}'’\-]+[ \t,]+){1,3}$", before)
        if part and not any(
            is_function_word(w) and w not in _KEEP_LOWER
            for w in part.group().replace(",", " ").split()
        ):
            raise_words(line_start + part.start(), m.start())
        pos = line_start
        for _ in range(3):
            if pos == 0:
                break
            prev_start = text.rfind("\n", 0, pos - 1) + 1
            line = _SHORT_LINE.match(text, prev_start, pos - 1)
            if line is None or any(
                is_function_word(w) and w not in _KEEP_LOWER for w in line.group(1).split()
            ):
                break
            raise_words(line.start(1), line.end(1))
            pos = prev_start
    # a name alone on its line under a sign-off
    for m in re.finditer(
        r"(?m)^[ \t]*(?:(?:kind|best|warm)[ \t]+)?(?:regards|wishes|sincerely|faithfully|thanks|thank[ \t]+you"
        r"|many[ \t]+thanks|cheers|love|yours[ \t]+(?:sincerely|faithfully|truly))[ \t,.!]*\n(?:[ \t]*\n)?",
        text,
    ):
        line = _SHORT_LINE.match(text, m.end())
        if line is not None:
            raise_words(line.start(1), line.end(1), names_only=True, limit=4)
    out = "".join(chars)
    return out if len(out) == len(text) else text
