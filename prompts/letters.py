"""Reading a redacted letter: what it asks (its question and request sentences) and who is
writing (a citizen, an employer, a council, a professional), so that the reply answers the
question first and quotes guidance written for the writer."""

from __future__ import annotations

import re

from contracts.text import audience_of_text, split_sentences

__all__ = ["AUDIENCES_FOR", "PLACEHOLDER", "letter_asks", "letter_audience", "writer_audience"]

#: a redaction placeholder (``<PERSON_1>``): never quoted back, never in a greeting
PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]*_\d+>")

_GREETING_LINE = re.compile(
    r"^\s*(?:dear|hello|hi|to\s+whom|good\s+(?:morning|afternoon)|to\s+the)"
    r"\b[^\n]{0,60}?[,:\n]",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"\b(?:yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|best\s+"
    r"wishes|many\s+thanks|regards|thanks|thank\s+you)\b[,.!]?\s*(?:<[A-Z_]+_\d+>|"
    r"[-–,\s])*$",
    re.IGNORECASE,
)
_ASK_OPENING = re.compile(
    r"^(?:(?:can|could|would|will|do|does|did|is|are|am|was|were|should|shall|may|must|have|has|"
    r"how|what|when|where|which|who|why|whether)\b|please\b|"
    r"i\s+(?:would|['’]d)\s+(?:like|be\s+grateful)|i\s+(?:want|need|wish)\s+to\s+(?:know|find\s+out|"
    r"ask|apply|claim|appeal|complain|request|challenge|check|understand|get|make|change|set\s+up|"
    r"report|tell)|i\s+want\s+(?:the|my|a|an)\b|i\s+am\s+(?:asking|requesting|writing\s+to\s+ask)|"
    r"tell\s+me|let\s+me\s+know|i\s+need\s+(?:help|advice|to\s+know)|help\s+me|"
    r"i\s+(?:am\s+not|['’]m\s+not)\s+sure|i\s+do\s+not\s+know|i\s+don['’]t\s+know)",
    re.IGNORECASE,
)


def letter_asks(text: str) -> list[str]:
    """The letter's questions and requests, in order ("Can I get help with rent?", "Please tell
    me when it will be repaired."): its sentences that end in a question mark or open the way a
    request does. Empty when the letter asks nothing in so many words."""
    body = PLACEHOLDER.sub(lambda m: m.group(0), text)
    asks: list[str] = []
    for line in body.splitlines():
        line = _GREETING_LINE.sub("", line).strip()
        if not line:
            continue
        for sentence in split_sentences(line):
            sentence = _SIGN_OFF.sub("", sentence).strip()
            if len(sentence.split()) < 3:
                continue
            if sentence.endswith("?") or _ASK_OPENING.match(sentence):
                asks.append(sentence)
    return asks


_AS_EMPLOYER = re.compile(
    r"\b(?:my|our)\s+(?:staff|employees?|workers|apprentices?|payroll)\b|\bas\s+an\s+employer\b|"
    r"\bi\s+(?:run|own|have)\s+(?:a|my\s+own|our)\s+(?:small\s+)?(?:business|company|shop|firm|"
    r"bakery|cafe|restaurant|salon|practice)\b|\bwe\s+employ\b|\bi\s+employ\b|"
    r"\b(?:employers?|your\s+employee)\s+(?:must|should|need|have\s+to|can|may)\b|"
    r"\b(?:pay|paying|enrol|employ|employing)\s+(?:an?|the|my|our|your)\s+(?:employee|apprentice|"
    r"staff|worker)s?\b|\bthe\s+employee(?:['’]s)?\b|\bemployee\s+(?:leaves|is\s+off|gives)\b",
    re.IGNORECASE,
)


# A worker writing about their own job ("my employer", "I am pregnant", "my manager says")
_AS_WORKER = re.compile(
    r"\bmy\s+(?:employer|manager|boss|line\s+manager|wages?|salary|payslip|contract|job|"
    r"maternity|paternity|sick\s+pay|holiday\s+pay|notice)\b|\bi\s+(?:work|worked|am\s+"
    r"employed|am\s+pregnant|was\s+made\s+redundant|have\s+been\s+working)\b|\bi['’]m\s+"
    r"(?:pregnant|employed|an\s+employee)\b",
    re.IGNORECASE,
)
# Talk of employing people in the third person ("Employers must...", "casual employees...")
_ABOUT_EMPLOYING = re.compile(r"\b(?:employers?|employees?|payroll|paye|staff)\b", re.IGNORECASE)


def letter_audience(text: str) -> str:
    """Who is writing: ``employer`` when the letter speaks as one ("my staff", "I run a small
    bakery", "do I have to pay my employee") or writes about employing people in the third
    person without ever speaking as a worker; ``council`` or ``professional`` when its wording
    says so; else ``citizen`` (a worker asking about their own job is a citizen)."""
    return writer_audience(text)[0]


def writer_audience(text: str) -> tuple[str, bool]:
    """(audience, whether the letter says so in so many words)."""
    if _AS_EMPLOYER.search(text):
        return "employer", True
    if _AS_WORKER.search(text):
        return "citizen", True
    said = audience_of_text(text)
    if said:
        return said, True
    return ("employer", False) if _ABOUT_EMPLOYING.search(text) else ("citizen", False)


# Which passages each kind of writer is quoted: citizens get citizen guidance; an employer also
# gets general guidance (the citizen side of a rule is often what they need to apply).
AUDIENCES_FOR = {
    "citizen": frozenset({"citizen"}),
    "employer": frozenset({"employer", "citizen"}),
    "council": frozenset({"council", "citizen", "professional"}),
    "professional": frozenset({"professional", "citizen", "council"}),
}
