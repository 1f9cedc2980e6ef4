"""A meeting's or a call's transcript saved as captions (WebVTT, the W3C format Teams, Zoom and
most video players write): each cue's speaker is named in its voice span, ``<v Ann Ode>Thanks
for joining.</v>`` or ``<v.chair Ann Ode>``. The annotation is the speaker's name, written
nowhere else in the cue; :mod:`redaction.normalise` keeps the tag as written (other markup reads
as spaces) so it is read here. And in any chat or transcript, the date in the answer to a
question for a date of birth."""

from __future__ import annotations

import datetime as _dt

import regex as re
from presidio_analyzer import RecognizerResult

from redaction.decoding import VOICE_TAG
from redaction.recognizers.addresses import POSTCODE_ANY_CASE_RE as _POSTCODE_ANY_CASE
from redaction.recognizers.base import TextRecognizer, line_bounds, recognized
from redaction.recognizers.dates import DATE_ANY_FORM, LOOSE_DATE, _year_of
from redaction.recognizers.vocabulary import JOB_WORDS, NON_NAME_WORDS, ORG_WORDS

#: the speaker a captioning tool could not name: "Speaker 2", "Unknown", "Guest"
_UNNAMED = frozenset({"speaker", "unknown", "guest", "participant", "caller", "interpreter"})
#: words of a role, a job or an organisation, never a speaker's name
_NOT_A_NAME = NON_NAME_WORDS | JOB_WORDS | ORG_WORDS


def _a_name(value: str) -> bool:
    words = value.split()
    if not words or len(words) > 6 or any(c.isdigit() for c in value):
        return False
    if words[0].lower() in _UNNAMED:
        return False
    return any(w[:1].isalpha() and w.strip("().,") not in _NOT_A_NAME for w in words)


class CaptionSpeakerRecognizer(TextRecognizer):
    """The speaker named in each voice span of a WebVTT transcript."""

    ENTITIES = ["PERSON"]
    SCORE = 0.9

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if "PERSON" not in entities or "<v" not in text:
            return []
        return [
            recognized(self, "PERSON", m.start("name"), m.end("name"), self.SCORE)
            for m in VOICE_TAG.finditer(text)
            if _a_name(m.group("name"))
        ]


#: a turn that asks for a date of birth: "what's your date of birth?", "can you confirm your
#: postcode and DOB for the case?"
_DOB_QUESTION = re.compile(
    r"(?i:date[ \t]+of[ \t]+birth|\bdob\b|d\.o\.b|\bbirthday|\bborn\b)[^\n]*\?"
)
#: a turn's header alone on its line, its message on the next: Zoom's saved chat
#: ("18:13:01 From  Ann Ode  to  Everyone:")
_HEADER_ONLY = re.compile(r"[^\n]{0,200}:[ \t]*")
#: the answer is a short message
_ANSWER_MAX = 120
_DATE_IN_ANSWER = re.compile(
    rf"(?<![\w/.\-])(?:{LOOSE_DATE}|{DATE_ANY_FORM})(?![\w/])", re.IGNORECASE
)


def answered_birth_dates(text: str, today: _dt.date | None = None) -> list[tuple[int, int]]:
    """The full dates of the turn that answers a question for a date of birth in a chat or a
    transcript ("[10:42:43] Bot: what's your date of birth?\\n[10:43:00] You: 28-Aug-1980", a
    direct message "BT79 1WA and 11-Apr-1991" after "can you confirm your postcode and DOB?"):
    the next line with a message, not a date this year or later (an appointment offered)."""
    this_year = (today or _dt.date.today()).year
    out = []
    for asked in _DOB_QUESTION.finditer(text):
        pos = text.find("\n", asked.end())
        for _ in range(3):  # past blank lines and a header alone on its line
            if pos < 0:
                break
            start, end = line_bounds(text, pos + 1)
            line = text[start:end]
            if line.strip() and not _HEADER_ONLY.fullmatch(line):
                if len(line.strip()) <= _ANSWER_MAX:
                    for m in _DATE_IN_ANSWER.finditer(text, start, end):
                        if _year_of(m.group(), this_year) < this_year:
                            out.append(m.span())
                break
            pos = end if end < len(text) else -1
    return out


class ChatBirthDateAnswerRecognizer(TextRecognizer):
    """A date of birth given as the answer to a chat's or a transcript's question for it."""

    ENTITIES = ["DATE_OF_BIRTH"]
    SCORE = 0.9

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if "DATE_OF_BIRTH" not in entities or "?" not in text:
            return []
        return [
            recognized(self, "DATE_OF_BIRTH", start, end, self.SCORE)
            for start, end in answered_birth_dates(text)
        ]


#: a turn that asks for a postal address ("Please choose your address from the list.", "What's
#: the address?"), not an e-mail or IP address
_ADDRESS_QUESTION = re.compile(
    r"(?i:\b(?:what(?:'|’)?s|what[ \t]+is|choose|select|confirm|enter|give|tell|type|provide"
    r"|pick)\b[^\n?]{0,40}(?<!e-?mail[ \t])(?<!\bip[ \t])\baddress\b)"
)
#: the message of a chat line: past a timestamp in brackets and the speaker ("[12:56:40] You: ")
_MESSAGE = re.compile(
    r"[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?(?:[^:\n\[\]]{1,40}:[ \t]+)?(?P<msg>[^\n]*?)[ \t.]*$"
)


def _answer(text: str, asked_end: int) -> re.Match[str] | None:
    """The message on the line after a question ends, past its timestamp and speaker; None when
    the question is on the text's last line."""
    nl = text.find("\n", asked_end)
    if nl < 0:
        return None
    start, end = line_bounds(text, nl + 1)
    return _MESSAGE.match(text, start, end)


#: a piece of an address: a few words, digits or letters
_ADDRESS_PIECE = re.compile(r"[\p{L}\d'’\-. ]+")


def answered_addresses(text: str) -> list[tuple[str, int, int]]:
    """The address given as the answer to a chat's question for it: "[12:56:40] You: 32 Reverse
    Canterbury Steads, Methwold" after "Please choose your address from the list." The pieces
    before the last comma are the street address, the last one the town (one piece: the street
    address). A long answer, one with a postcode, or one that is not pieces of a few words, is
    left to the other readers."""
    out: list[tuple[str, int, int]] = []
    for asked in _ADDRESS_QUESTION.finditer(text):
        m = _answer(text, asked.end())
        if m is None or not m.group("msg") or len(m.group("msg")) > 100:
            continue
        msg_start = m.start("msg")
        if _POSTCODE_ANY_CASE.search(m.group("msg")):
            continue  # a postcode closes it: the address readers read it whole
        pieces = m.group("msg").split(",")
        if not all(
            _ADDRESS_PIECE.fullmatch(p.strip() or "x") and len(p.split()) <= 6 for p in pieces
        ):
            continue
        first = pieces[0].strip()
        if not first or not (first[0].isdigit() or first[0].isupper()) or len(pieces) > 5:
            continue
        spans, offset = [], msg_start
        for piece in pieces:
            lead = len(piece) - len(piece.lstrip())
            if piece.strip():
                spans.append((offset + lead, offset + lead + len(piece.strip())))
            offset += len(piece) + 1
        if len(spans) == 1:
            out.append(("STREET_ADDRESS", *spans[0]))
        else:
            out.append(("STREET_ADDRESS", spans[0][0], spans[-2][1]))
            out.append(("LOCATION", *spans[-1]))
    return out


#: a turn that asks for the person's name ("What's your full name?", "Can I take your name?"),
#: not a street's, a company's or a user name
_NAME_QUESTION = re.compile(
    r"(?i:\b(?:what(?:'|’)?s|what[ \t]+is|can[ \t]+i[ \t]+(?:take|have|get)|confirm|tell[ \t]+me"
    r"|give[ \t]+me|type|enter|provide)[ \t]+(?:your|the[ \t]+(?:account[ \t]+)?holder'?s)"
    r"[ \t]+(?:full[ \t]+)?name\b)[^\n]*$",
    re.MULTILINE,
)
#: a name as typed into a chat: two to five words of letters, in any case ("tukhtash necel")
_TYPED_NAME = re.compile(r"\p{L}[\p{L}'’\-.]*(?:[ \t]+\p{L}[\p{L}'’\-.]*){1,4}")


def answered_names(text: str) -> list[tuple[int, int]]:
    """The name given as the answer to a chat's question for it: "[11:04:25] You: tukhtash
    necel" after "What's your full name?" (typed in lower case, no name list knows it)."""
    out = []
    for asked in _NAME_QUESTION.finditer(text):
        m = _answer(text, asked.end())
        if m is None or not _TYPED_NAME.fullmatch(m.group("msg")):
            continue
        words = m.group("msg").split()
        if any(w.lower() in ("yes", "no", "it's", "its", "is", "my", "name") for w in words):
            continue  # "yes it's ..." is a sentence, left to the other readers
        if all(w.title() in NON_NAME_WORDS for w in words):
            continue
        out.append(m.span("msg"))
    return out


class ChatNameAnswerRecognizer(TextRecognizer):
    """A name given as the answer to a chat's or a transcript's question for it."""

    ENTITIES = ["PERSON"]
    SCORE = 0.9

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if "PERSON" not in entities or "name" not in text.lower():
            return []
        return [
            recognized(self, "PERSON", start, end, self.SCORE)
            for start, end in answered_names(text)
        ]


class ChatAddressAnswerRecognizer(TextRecognizer):
    """An address given as the answer to a chat's or a transcript's question for it."""

    ENTITIES = ["STREET_ADDRESS", "LOCATION"]
    SCORE = 0.9

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if "ddress" not in text:
            return []
        return [
            recognized(self, kind, start, end, self.SCORE)
            for kind, start, end in answered_addresses(text)
            if kind in entities
        ]
