"""Text utilities every stage shares: one tokeniser, one stemmer, one BM25, and the small
readings of guidance wording (who a passage addresses, whether a sentence leans on the one
before it).

Guidance retrieval (``retrieval/index.py``) ranks passages with :class:`LexicalIndex`; the reply
drafter (``prompts/drafter.py``) ranks guidance sentences against a letter with the same class,
so both stages tokenise, stem and score alike. It lives here, below the stages, because the
stages are independent siblings and may not import one another.

``bm25s`` is imported when an index is built, never at import time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher
from functools import lru_cache

import numpy as np

__all__ = [
    "AUDIENCES",
    "LexicalIndex",
    "audience_mentions",
    "audience_of_page",
    "audience_of_text",
    "draft_retention",
    "leans_on_previous",
    "reply_words",
    "s_stem",
    "split_sentences",
    "tokenize",
    "word_edit_distance",
]

# --------------------------------------------------------------------------------------------
# Tokens


# The classic S-stemmer (Harman 1991): folds plurals only, so "apprentices" meets
# "apprentice" without the surprises of an aggressive stemmer.
@lru_cache(maxsize=1 << 16)  # a letter's vocabulary is mostly words already seen
def s_stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies") and not word.endswith(("eies", "aies")):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("es") and not word.endswith(("aes", "ees", "oes")):
        return word[:-1]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("us", "ss")):
        return word[:-1]
    return word


_TOKEN = re.compile(r"\w\w+")
#: bm25s's English stopwords (the NLTK list), copied so the tokeniser needs no import of bm25s
STOPWORDS_EN = frozenset(
    "a an and are as at be but by for if in into is it no not of on or such that the their then "
    "there these they this to was will with".split()
)
#: words of a letter's frame ("Dear Sir, ... Yours faithfully") that say nothing about its subject
LETTER_WORDS = frozenset(
    """dear sir madam regards sincerely faithfully writing letter thank thanks please hello hi
    would could can you your my me we our am have has had do does did what how when who why
    which any get got just also about know want need like tell""".split()
)


def tokenize(
    text: str, *, stopwords: frozenset[str] = STOPWORDS_EN, bigrams: bool = False
) -> list[str]:
    """Lowercase words of two or more characters, stopwords dropped, folded by :func:`s_stem`;
    ``’`` read as ``'``. With ``bigrams``, adjacent kept words are added as ``"a b"`` terms too.
    Redaction placeholders (``<PERSON_1>``) are not words of the text."""
    text = _PLACEHOLDER.sub(" ", text).lower().replace("’", "'")
    words = [s_stem(w) for w in _TOKEN.findall(text) if w not in stopwords]
    if bigrams:
        return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    return words


_PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]*_\d+>")


# --------------------------------------------------------------------------------------------
# BM25


class LexicalIndex:
    """BM25 (bm25s, Lucene variant) over ``texts``, tokenised with :func:`tokenize`.

    Guidance retrieval indexes passages with the defaults; the drafter indexes a letter's
    candidate sentences with word pairs and the letter-frame words as stopwords.
    """

    def __init__(
        self,
        texts: Sequence[str],
        *,
        k1: float = 1.5,
        b: float = 0.75,
        stopwords: frozenset[str] = STOPWORDS_EN,
        bigrams: bool = False,
        tokens: Sequence[Sequence[str]] | None = None,
    ) -> None:
        # deferred: bm25s loads scipy (~0.4 s); only BM25 search needs it
        import bm25s

        self.k1, self.b = k1, b
        self._stopwords = stopwords
        self._bigrams = bigrams
        self._bm25 = bm25s.BM25(k1=k1, b=b)
        self.size = len(texts) if tokens is None else len(tokens)
        corpus = (
            [list(t) or [""] for t in tokens]
            if tokens is not None
            else [self.tokenize(t) or [""] for t in texts]
        )
        self._bm25.index(corpus, show_progress=False)

    def tokenize(self, text: str) -> list[str]:
        return tokenize(text, stopwords=self._stopwords, bigrams=self._bigrams)

    def scores(self, text: str | None = None, *, tokens: Iterable[str] | None = None) -> np.ndarray:
        """BM25 score of every text for one query (0 where no query term occurs).

        Each distinct query term counts once: a long letter that repeats its small talk must
        not outweigh the one sentence that names the problem (repeats made no difference on
        the short dev snippets).
        """
        vocab = self._bm25.vocab_dict
        query = self.tokenize(text or "") if tokens is None else tokens
        distinct = list(dict.fromkeys(t for t in query if t in vocab))
        if not distinct:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(distinct), dtype=np.float32)

    def search(self, text: str, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top-k texts by BM25, best first: (indices, scores), zero scores left out."""
        scores = self.scores(text)
        k = min(k, self.size)
        if k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        top = np.argpartition(-scores, k - 1)[:k] if k < self.size else np.arange(self.size)
        top = top[np.lexsort((top, -scores[top]))]
        top = top[scores[top] > 0]
        return top.astype(np.int64), scores[top]

    def settings(self) -> dict:
        return {
            "library": "bm25s",
            "method": "lucene",
            "k1": self.k1,
            "b": self.b,
            "stopwords": "bm25s english (NLTK)",
            "stemmer": "s-stemmer (plurals)",
        }


# --------------------------------------------------------------------------------------------
# Sentences and whole thoughts

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9“\"‘'(£<])")


def split_sentences(text: str) -> list[str]:
    """Sentences of a prose block (a full stop, ! or ? followed by a capital)."""
    return [s.strip() for s in _SENTENCE_END.split(" ".join(text.split())) if s.strip()]


# A sentence that opens with one of these points back at the sentence before it ("This is
# called the 'grace period'.", "They'll need a letter from you.", "If you are, you might...").
_BACK_REFERENCE = re.compile(
    r"^(?:this|that|these|those|they|they[’']\w+|them|their|it|it[’']s|its|he|she|his|her|"
    r"such|both|either|neither|also|however|but|and|or|so|then|otherwise|instead|therefore|"
    r"again|here|likewise|similarly|meanwhile|besides|furthermore|moreover|in\s+(?:this|that|"
    r"which|such|these|those)\b|as\s+well|the\s+(?:same|above|following|latter|former|rest|"
    r"other|amount|payment|form|letter|decision)\b|for\s+(?:this|that|these|those)\b|"
    r"if\s+(?:so|not|this|that|they|it)\b|if\s+you\s+(?:are|do|did|have|can|were|cannot|"
    r"can[’']t|don[’']t|do\s+not|are\s+not|aren[’']t)\s*[,.]|"
    r"you(?:[’']ll|\s+will|\s+can|\s+may|\s+must|\s+might)?\s+(?:also|still|then)\b|"
    r"one\s+of\s+(?:these|those|them)|each\s+of\s+(?:these|those|them)|all\s+of\s+(?:these|"
    r"those|them)|some\s+of\s+(?:these|those|them)|other\b|another\b|after\s+(?:this|that)|"
    r"before\s+(?:this|that)|until\s+(?:this|then)|once\s+(?:this|that|it|they))(?:\b|(?=\W))",
    re.IGNORECASE,
)


def leans_on_previous(sentence: str) -> bool:
    """True when ``sentence`` opens with words that only make sense after the sentence before
    it: a pronoun or demonstrative ("This", "They", "It's"), a linking word ("Also",
    "However"), an ellipsis ("If you are, ...", "If so"), or "the same" / "the above"."""
    return bool(_BACK_REFERENCE.match(sentence.lstrip("“\"‘'( ")))


# --------------------------------------------------------------------------------------------
# Audience: whom a guidance page or passage is written for

AUDIENCES = ("citizen", "employer", "council", "professional")

_EMPLOYER_TEXT = re.compile(
    r"\b(?:your\s+(?:employees?|staff|worker|workers|apprentices?|payroll)|"
    r"(?:pay|tell|give|enrol|employ)\s+(?:your|the)\s+employees?|"
    r"as\s+an\s+employer|you\s+must\s+pay\s+(?:them|your)|if\s+your\s+employee|"
    r"your\s+employee[’']s)\b",
    re.IGNORECASE,
)
_COUNCIL_TEXT = re.compile(
    r"\b(?:local\s+authorities\s+(?:must|should|need|can|may)|councils\s+(?:must|should|need|can|"
    r"may)|(?:this|the)\s+(?:factsheet|guidance|circular|document)\s+is\s+for\s+(?:councils|"
    r"local\s+authorities)|for\s+local\s+authorities|to\s+give\s+to\s+claimants|housing\s+benefit"
    r"\s+staff|your\s+(?:authority|council)[’']s\s+(?:staff|policy|scheme)|"
    r"(?:the|your)\s+local\s+authority\s+(?:must|should|needs?|can|may)\s+(?:consider|decide|"
    r"award|pay|use|assess))\b",
    re.IGNORECASE,
)
_PROFESSIONAL_TEXT = re.compile(
    r"\b(?:(?:this|the)\s+(?:factsheet|guidance|document|publication|guide)\s+is\s+for\s+"
    r"(?:advisers|advisors|professionals|practitioners|staff|decision\s+makers|schools|"
    r"headteachers|providers|training\s+providers|local\s+authorities|councils)|decision\s+"
    r"makers?\s+(?:must|should)|practitioners?\s+(?:must|should)|advisers\s+(?:must|should|can)|"
    r"your\s+(?:pupils|learners|clients|claimants|customers)|"
    r"training\s+providers?\s+(?:must|should))\b",
    re.IGNORECASE,
)
_EMPLOYER_TITLE = re.compile(
    r"\bemployers?\b|\byour\s+employee|\bpayroll\b|\bemploy(?:ing)?\s+"
    r"(?:staff|someone|an?\s+\w+)|\bworkplace\s+pension\s+scheme\b|"
    r"\bgiving\s+staff\b|\brecruiters?\b|\baffect\s+what\s+you\s+pay\b|"
    r"\bemployee\s+circumstances\b",
    re.IGNORECASE,
)
_EMPLOYER_DESCRIPTION = re.compile(
    r"^(?:employer\s+guide|(?:a|this\s+is\s+a)\s+(?:technical\s+)?guide\s+for\s+employers|"
    r"what\s+(?:new\s+)?employers\s+(?:have|need)\s+to\s+do)|\byour\s+employee|"
    r"\bwhen\s+paying\b|\b(?:give|if)\s+an\s+employee\b|\bif\s+an\s+employer\s+ceases\b|"
    r"\bfor\s+(?:organisations|employers)\b",
    re.IGNORECASE,
)
_MIXED = re.compile(
    r"\b(?:employees?|workers?)\s+and\s+employers?\b|\bemployers?\s+and\s+"
    r"(?:employees?|workers?)\b|\bpregnant\s+employees\b|\bemployee\s+rights\b",
    re.IGNORECASE,
)
_COUNCIL_TITLE = re.compile(
    r"\b(?:local\s+authorit(?:y|ies)|councils?)\b.*\b(?:guidance|"
    r"circular|factsheet|manual)\b|\bguidance\s+for\s+(?:local\s+)?"
    r"(?:authorities|councils)\b",
    re.IGNORECASE,
)
_PROFESSIONAL_TITLE = re.compile(
    r"\b(?:for\s+(?:advisers|professionals|practitioners|schools|"
    r"providers)|decision\s+makers?|staff\s+guide|detailed\s+guide"
    r"\s+for\s+(?:advisers|staff))\b",
    re.IGNORECASE,
)


def audience_of_page(title: str, description: str = "", document_type: str = "") -> str:
    """Whom a page is for, from its own metadata: ``employer`` ("...: employer guide",
    "PAYE and payroll for employers", "Work out your employee's payments"), ``council``
    (guidance or circulars for local authorities), ``professional`` (for advisers, schools,
    providers), else ``citizen``. A page written for both sides ("employees and employers",
    "Pregnant employees' rights") is ``citizen``: its sections are labelled by their wording."""
    head = f"{title}. {description}"
    if _PROFESSIONAL_TITLE.search(head):
        return "professional"
    if _COUNCIL_TITLE.search(head) or re.search(
        r"\bfor\s+(?:local\s+)?(?:authorities|councils)\b|^local\s+authorities[’']?\s+"
        r"responsibilities",
        description,
        re.IGNORECASE,
    ):
        return "council"
    if _MIXED.search(head):
        return "citizen"
    if _EMPLOYER_TITLE.search(title) or _EMPLOYER_DESCRIPTION.search(description):
        return "employer"
    return "citizen"


def audience_mentions(text: str) -> dict[str, int]:
    """How often ``text`` addresses each non-citizen audience in so many words."""
    return {
        "employer": len(_EMPLOYER_TEXT.findall(text)),
        "council": len(_COUNCIL_TEXT.findall(text)),
        "professional": len(_PROFESSIONAL_TEXT.findall(text)),
    }


def audience_of_text(text: str) -> str | None:
    """Whom a passage or sentence addresses, from its wording; ``None`` when it does not say
    (most citizen guidance speaks to "you" without naming who "you" are)."""
    counts = audience_mentions(text)
    best = max(counts, key=lambda a: counts[a])
    return best if counts[best] else None


# --------------------------------------------------------------------------------------------
# How much of a drafted reply survived the caseworker's edits

_WORD = re.compile(r"\S+")


def reply_words(text: str) -> list[str]:
    """The words of a reply as compared for retention: the reference list left out (it is
    rebuilt from the citations), case and surrounding punctuation ignored."""
    body = text.split("\nReferences\n", 1)[0]
    return [
        w.strip(".,;:!?\"'“”‘’()").lower()
        for w in _WORD.findall(body)
        if w.strip(".,;:!?\"'“”‘’()")
    ]


def word_edit_distance(a: Sequence[str], b: Sequence[str]) -> int:
    """Levenshtein distance over words: insertions, deletions and substitutions of whole words
    (O(len(a) * len(b)); replies run to a few hundred words)."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, word in enumerate(a, start=1):
        current = [i]
        for j, other in enumerate(b, start=1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (word != other))
            )
        previous = current
    return previous[-1]


def draft_retention(draft: str, final: str) -> dict[str, float | int]:
    """How much of ``draft`` the caseworker kept in ``final``: word edit distance, the share
    of the draft's words kept in order (longest matching blocks), and the edit similarity
    ``1 - distance / max(words)``. An untouched draft keeps 1.0; a reply written from scratch
    keeps close to 0."""
    a, b = reply_words(draft), reply_words(final)
    distance = word_edit_distance(a, b)
    kept = sum(
        block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    )
    longest = max(len(a), len(b))
    return {
        "draft_words": len(a),
        "final_words": len(b),
        "edit_distance": distance,
        "kept_share": round(kept / len(a), 4) if a else (1.0 if not b else 0.0),
        "edit_similarity": round(1 - distance / longest, 4) if longest else 1.0,
    }
