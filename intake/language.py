"""Which language a letter is written in, offline (``lingua-language-detector``, its
low-accuracy mode: trigram models only, about 50 MB for the languages below, under a
millisecond a letter).

The candidates are English, Welsh and the languages most often written to UK public bodies
(the 2021 census's main languages, plus the neighbours lingua confuses them with). Placeholders,
attachment lines, e-mail addresses and numbers are left out before detecting, and a text with
under 25 letters is not judged (``None``: treated as English) - unless most of its letters are
in a script other than Latin (Arabic, Bengali, Chinese, Cyrillic...): a short note in one of
those is not English, and its script alone says much.

Words written with a capital are left out too (when enough text remains): names of people,
streets and places. An English letter from Wales full of Welsh place names (Llanfairpwllgwyngyll,
Ffordd Caerdydd, Ysgol Gyfun Rhydywaun) was otherwise taken for Welsh; a Welsh letter keeps its
lower-case words (mae, yn, ac, ddim), which are what tell it apart.
"""

from __future__ import annotations

import collections
import re
import threading
import unicodedata
from dataclasses import dataclass

from lingua import Language, LanguageDetectorBuilder

#: lingua names of the candidate languages
CANDIDATES = (
    "ENGLISH",
    "WELSH",
    "IRISH",
    "POLISH",
    "ROMANIAN",
    "PORTUGUESE",
    "SPANISH",
    "FRENCH",
    "ITALIAN",
    "GERMAN",
    "DUTCH",
    "LITHUANIAN",
    "LATVIAN",
    "BULGARIAN",
    "RUSSIAN",
    "UKRAINIAN",
    "TURKISH",
    "ARABIC",
    "PERSIAN",
    "URDU",
    "PUNJABI",
    "HINDI",
    "BENGALI",
    "GUJARATI",
    "TAMIL",
    "SOMALI",
    "CHINESE",
    "SLOVAK",
    "CZECH",
    "HUNGARIAN",
    "ALBANIAN",
    "TAGALOG",
    "VIETNAMESE",
)
#: names in words of the codes the product acts on
WELSH, ENGLISH = "cy", "en"
_NOISE = re.compile(
    r"<[A-Z][A-Z0-9_]*_\d+>|‹[A-Z][A-Z0-9_]*_\d+›|^--- Attachment \d+: .*$"
    r"|\S+@\S+|https?://\S+|[\d£$€%]+",
    re.M,
)
MIN_LETTERS = 25
#: letters enough to judge a text mostly written in a script other than Latin
MIN_OTHER_SCRIPT_LETTERS = 4
_CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*")


@dataclass(frozen=True)
class Detected:
    code: str  # ISO 639-1, lower case ("cy", "en", "pl"); "und" for a script no candidate uses
    name: str  # English name ("Welsh")
    confidence: float  # lingua's relative confidence of the top language, 0-1

    def as_dict(self) -> dict:
        return {"code": self.code, "name": self.name, "confidence": round(self.confidence, 3)}


class LanguageDetector:
    """Lazily built, shareable between threads, pickled as configuration only (the pipeline's
    worker processes build their own)."""

    def __init__(self, candidates: tuple[str, ...] = CANDIDATES) -> None:
        self.candidates = tuple(candidates)
        self._detector = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict:
        return {"candidates": self.candidates}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["candidates"])

    @property
    def detector(self):
        if self._detector is None:
            with self._lock:
                if self._detector is None:
                    languages = [
                        getattr(Language, name)
                        for name in self.candidates
                        if hasattr(Language, name)
                    ]
                    self._detector = (
                        LanguageDetectorBuilder.from_languages(*languages)
                        .with_low_accuracy_mode()
                        .with_preloaded_language_models()
                        .build()
                    )
        return self._detector

    def detect(self, text: str) -> Detected | None:
        """The most likely language of ``text``; None when there is too little text to tell."""
        cleaned = _NOISE.sub(" ", text)
        letters = sum(c.isalpha() for c in cleaned)
        latin = sum(c.isalpha() and _is_latin(c) for c in cleaned)
        other = letters - latin
        if letters < MIN_LETTERS and not (other >= MIN_OTHER_SCRIPT_LETTERS and other > latin):
            return None
        if other > latin:
            script = _main_script(cleaned)
            if script not in _CANDIDATE_SCRIPTS:
                # lingua knows no language written in it: naming the nearest candidate (a
                # Tigrinya letter came out "Albanian") would misdirect the translation
                return Detected(code=UNDETERMINED, name=f"{script.title()} script", confidence=0.0)
        lower = _CAPITALISED.sub(" ", cleaned)
        if sum(c.isalpha() for c in lower) >= max(MIN_LETTERS, letters // 2):
            cleaned = lower  # proper nouns out: place names do not make a letter Welsh
        values = self.detector.compute_language_confidence_values(cleaned)
        if not values:
            return None
        top = values[0]
        return Detected(
            code=top.language.iso_code_639_1.name.lower(),
            name=top.language.name.replace("_", " ").title(),
            confidence=float(top.value),
        )


#: the scripts the candidate languages are written in (the first word of a letter's Unicode name)
_CANDIDATE_SCRIPTS = frozenset(
    "LATIN CYRILLIC ARABIC DEVANAGARI GURMUKHI BENGALI GUJARATI TAMIL CJK".split()
)
#: the code of a letter in a language no candidate is (ISO 639-2 "undetermined")
UNDETERMINED = "und"


def _main_script(text: str) -> str:
    """The script most of the letters of ``text`` outside Latin are written in ("ETHIOPIC")."""
    scripts = collections.Counter(
        unicodedata.name(c, "UNKNOWN").split()[0] for c in text if c.isalpha() and not _is_latin(c)
    )
    return scripts.most_common(1)[0][0] if scripts else "LATIN"


def _is_latin(char: str) -> bool:
    return char.isascii() or "LATIN" in unicodedata.name(char, "")


_shared: LanguageDetector | None = None


def shared_detector() -> LanguageDetector:
    global _shared
    if _shared is None:
        _shared = LanguageDetector()
    return _shared
