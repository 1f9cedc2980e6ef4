"""Two ways a system writes text that a person would not, read back before the recognizers see it
(each piece keeps the original characters it came from: :func:`redaction.normalise.normalise`
maps every span back to them):

* **a URL-encoded form body** logged by a web server (``first_name=Ann&last_name=Ode&
  address_1=12+Mill+Lane&email=ann%40example.com``, HTML's application/x-www-form-urlencoded):
  ``+`` is a space and ``%XX`` a byte of UTF-8 ("Y%C5%8Dsuke" is "Yōsuke"); each ``key=value``
  pair reads as a form's line "first name: Ann" (the "=" as ": ", the "&" as a line break, the
  key's "_" as a space), so the recognizers that read labelled fields read it;
* **mojibake**: UTF-8 shown as Windows-1252 by a legacy system ("RenÃ©e" for "Renée",
  "Iâ€™m" for "I’m", "BÃ gh" for "Bàgh"). A run of Windows-1252 characters that spells a
  valid UTF-8 sequence is read as the character it encodes. A byte Windows-1252 cannot show
  (0x81, 0x8D, 0x8F, 0x90, 0x9D) was turned into "\\ufffd" by the system, so the character is
  lost; it is read as a letter of the same block (inside a name it is one letter, the name stays
  one word). A two-character sequence that could be ordinary text ("JOSÉ’S") is read only in a
  text that also holds an unmistakable one (a three-byte sequence such as "â€™", or "Ã", "Â",
  "Ä" or "Å" before a Windows-1252 symbol).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex as re


@dataclass(frozen=True)
class Piece:
    """``text[start:end]`` of the original reads as ``value``."""

    begin: int
    finish: int
    value: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def span(self) -> tuple[int, int]:
        return self.begin, self.finish


# --------------------------------------------------------------------------- form bodies
_KEY = r"[A-Za-z_][\w.\-\[\]]{0,60}"
#: two or more ``key=value`` pairs joined by "&", standing alone (after a space, a colon or a
#: quote mark, or at a line's start; a URL's query after its "?" is left to the URL rules)
_FORM_BODY = re.compile(
    rf"(?<![^\s:\"'])(?:{_KEY}=[^\s&=\"'<>]*)(?:&{_KEY}=[^\s&=\"'<>]*)+(?![^\s\"'<>])"
)
_PAIR = re.compile(rf"(?P<key>{_KEY})=(?P<value>[^&]*)")
#: "%2C", also written in full-width digits ("%２C": a trick the normaliser undoes later)
_PERCENT_RUN = re.compile(r"(?:[%％][0-9A-Fa-f０-９Ａ-Ｆａ-ｆ]{2})+")


def _value_pieces(text: str, start: int, end: int) -> list[Piece]:
    """``+`` as a space, and each run of ``%XX`` as the UTF-8 text it encodes (byte by byte
    where the run is not valid UTF-8; a byte that is not printable is left as written)."""
    out = [Piece(i, i + 1, " ") for i in range(start, end) if text[i] == "+"]
    for run in _PERCENT_RUN.finditer(text, start, end):
        raw = bytes.fromhex(unicodedata.normalize("NFKC", run.group()).replace("%", ""))
        try:
            decoded = raw.decode("utf-8")
        except UnicodeDecodeError:
            decoded = ""
        # a line break or a tab in a form's text area ("%0D%0A") is one: read as written
        decoded = decoded.replace("\r\n", "\n").replace("\r", "\n")
        if decoded and all(c.isprintable() or c in "\n\t" for c in decoded):
            if len(decoded) == len(raw):  # one byte a character: each keeps its own escape
                out += [
                    Piece(run.start() + 3 * i, run.start() + 3 * i + 3, c)
                    for i, c in enumerate(decoded)
                ]
            else:
                out.append(Piece(run.start(), run.end(), decoded))
            continue
        for i, byte in enumerate(raw):
            char = chr(byte)
            if byte < 0x80 and char.isprintable():
                out.append(Piece(run.start() + 3 * i, run.start() + 3 * i + 3, char))
    return out


def form_body_pieces(text: str) -> list[Piece]:
    """What a URL-encoded form body's characters read as (only those that change)."""
    if "=" not in text or "&" not in text:
        return []
    out: list[Piece] = []
    for body in _FORM_BODY.finditer(text):
        for pair in _PAIR.finditer(text, body.start(), body.end()):
            key_start, key_end = pair.span("key")
            out += [Piece(i, i + 1, " ") for i in range(key_start, key_end) if text[i] == "_"]
            out.append(Piece(key_end, key_end + 1, ": "))
            out += _value_pieces(text, *pair.span("value"))
            if pair.end() < body.end() and text[pair.end()] == "&":
                out.append(Piece(pair.end(), pair.end() + 1, "\n"))
    return out


# --------------------------------------------------------------------------- quoted-printable
#: a mail gateway's quoted-printable (RFC 2045): "=" at a line's end is a soft line break (the
#: line goes on), "=XX" a byte ("=C3=A9" is "é", "=3D" is "=")
_SOFT_BREAK = re.compile(r"=\r?\n")
_QP_RUN = re.compile(r"(?:=[0-9A-F]{2})+")
#: "=3D", "=20" or "=09" before a line break: only quoted-printable writes these
_QP_PLAIN = re.compile(r"=3D|=(?:20|09)(?=\r?\n|$)")


def _qp_decoded(run: str) -> str | None:
    try:
        value = bytes.fromhex(run.replace("=", "")).decode("utf-8")
    except (UnicodeDecodeError, ValueError):
        return None
    return value if all(c.isprintable() for c in value) else None


def quoted_printable_pieces(text: str) -> list[Piece]:
    """What a quoted-printable text's escapes read as (empty unless it holds two or more soft
    line breaks or escapes only quoted-printable writes: a "=3D", a "=20" at a line's end, or a
    run that is UTF-8 past ASCII such as "=C3=A9")."""
    if "=" not in text:
        return []
    soft = [Piece(m.start(), m.end(), "") for m in _SOFT_BREAK.finditer(text)]
    runs = []
    signals = len(soft) + len(_QP_PLAIN.findall(text))
    for m in _QP_RUN.finditer(text):
        value = _qp_decoded(m.group())
        if value is not None:
            runs.append(Piece(m.start(), m.end(), value))
            signals += not value.isascii()
    return soft + runs if signals >= 2 else []


# --------------------------------------------------------------------------- mojibake
#: characters Windows-1252 shows for the bytes 0x80-0xFF, and "\ufffd" for those it cannot
_CP1252_HIGH = "".join(
    bytes([b]).decode("cp1252", errors="replace") for b in range(0x80, 0x100)
).replace("\ufffd", "")
_BYTE = {c: c.encode("cp1252")[0] for c in _CP1252_HIGH}
_LOST = "\ufffd"
_RUN = re.compile("[" + re.escape(_CP1252_HIGH) + _LOST + "]{2,}")
#: bytes Windows-1252 leaves undefined: in a lost continuation byte, one of these was there
_UNDEFINED = (0x8D, 0x81, 0x8F, 0x90, 0x9D)
#: a two-byte sequence whose lead is one of these is unmistakably mojibake (Ã©, Â£, Å¡, Ä‡)
_STRONG_LEADS = frozenset((0xC2, 0xC3, 0xC4, 0xC5))


def _continuations(lead: int) -> int:
    if 0xC2 <= lead <= 0xDF:
        return 1
    if 0xE0 <= lead <= 0xEF:
        return 2
    if 0xF0 <= lead <= 0xF4:
        return 3
    return 0


def _decode_sequence(chars: str, letter_beside: bool) -> str | None:
    """The character a mojibake sequence stands for, or None."""
    lost = [i for i, c in enumerate(chars) if c == _LOST]
    if len(lost) > 1 or 0 in lost:
        return None
    fixed = [_BYTE.get(c) for c in chars]
    choices = _UNDEFINED if lost else (None,)
    fallback = None
    for byte in choices:
        if lost:
            fixed[lost[0]] = byte
        if any(b is None or (i and not 0x80 <= b <= 0xBF) for i, b in enumerate(fixed)):
            return None
        try:
            char = bytes(b for b in fixed if b is not None).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if not char.isprintable():
            continue
        if not lost or not letter_beside or char.isalpha():
            return char.lower() if lost and letter_beside and char.isupper() else char
        fallback = fallback or char
    return fallback


def mojibake_pieces(text: str) -> list[Piece]:
    """What mojibake in ``text`` reads as (empty for a text without any unmistakable one)."""
    if text.isascii():
        return []
    out: list[Piece] = []
    strong = False
    for run in _RUN.finditer(text):
        i, end = run.start(), run.end()
        while i < end:
            lead = _BYTE.get(text[i])
            n = _continuations(lead) if lead is not None else 0
            if n and i + 1 + n <= end:
                letter_beside = (i > 0 and text[i - 1].isalpha()) or (
                    i + 1 + n < len(text) and text[i + 1 + n].isalpha()
                )
                char = _decode_sequence(text[i : i + 1 + n], letter_beside)
                if char is not None:
                    out.append(Piece(i, i + 1 + n, char))
                    strong = strong or n >= 2 or lead in _STRONG_LEADS
                    i += 1 + n
                    continue
            i += 1
    return out if strong else []


# --------------------------------------------------------------------------- caption markup
#: a WebVTT voice span's start tag: "<v", its classes (".loud"), a space, the annotation, ">".
#: The normaliser keeps it as written where other markup reads as spaces, and
#: :mod:`redaction.recognizers.transcripts` reads the annotation as the speaker's name: one
#: pattern, so what one keeps the other reads.
VOICE_TAG = re.compile(r"<v(?:\.[\w\-]+)*[ \t]+(?P<name>[^<>\n&]{1,80}?)[ \t]*>")


# --------------------------------------------------------------------------- comb boxes
#: a form's comb of boxes, one character a box, as a scan's or a PDF's text layer gives it:
#: "Surname |C|O|R|M|I|E|R| | | |", "Postcode |P|E|2|4| |0|R|W|" (five or more boxes; a box's
#: character may carry accents and invisible characters, read later by the normaliser)
_BOX = r"\p{Cf}*[^|\n\p{Cf}\p{M}]\p{M}*\p{Cf}*"
_COMB = re.compile(rf"(?<![^\s:])\|(?:{_BOX}\|){{5,}}(?![^\s])")


def comb_box_pieces(text: str) -> list[Piece]:
    """A comb of boxes read as the value its boxes spell: the bars between the boxes read as
    nothing ("|B|K|1|6|" is "BK16"), an empty box as a space ("|P|E|2|4| |0|R|W|" is "PE24 0RW"),
    the comb's first bar as the colon of its field ("Surname |C|O|R|" is "Surname :COR")."""
    if "|" not in text:
        return []
    out: list[Piece] = []
    for comb in _COMB.finditer(text):
        if sum(c.isalnum() for c in comb.group()) < 2:
            continue
        bars = [i for i in range(comb.start(), comb.end()) if text[i] == "|"]
        out.append(Piece(bars[0], bars[0] + 1, ":"))
        out += [Piece(i, i + 1, "") for i in bars[1:-1]]
        out.append(Piece(bars[-1], bars[-1] + 1, " "))
    return out


__all__ = [
    "VOICE_TAG",
    "Piece",
    "comb_box_pieces",
    "form_body_pieces",
    "mojibake_pieces",
    "quoted_printable_pieces",
]
