"""A meeting's or a call's transcript saved as captions (WebVTT, the W3C format Teams, Zoom and
most video players write): each cue's speaker is named in its voice span, ``<v Ann Ode>Thanks
for joining.</v>`` or ``<v.chair Ann Ode>``. The annotation is the speaker's name, written
nowhere else in the cue; :mod:`redaction.normalise` keeps the tag as written (other markup reads
as spaces) so it is read here."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from redaction.decoding import VOICE_TAG
from redaction.recognizers.base import TextRecognizer, recognized
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
