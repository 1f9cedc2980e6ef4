"""Issue 16, round 4: what spaCy's NER would save reading only the sentences that could hold a name.

Not in the product: the lever needed 15% of a long letter's redaction CPU and, with the
neighbouring sentences the model needs around a name, saves 11-13% (benchmarks/README.md,
"Issue 16, round 4"). This measures it again with the redactor as it ships, in one process:

* the share of characters the NER would skip (every CFPB complaint, the long ones, the GOV.UK
  snippets), normalised as the redactor reads them;
* CPU a long complaint (``time.process_time``), whole text and segments alternating
  (``--pairs``): spaCy's NER alone, and the whole redaction (the same recognisers and rules
  after it, from the segments' entities mapped back onto the whole text's tokens);
* how many redacted texts change (every CFPB complaint, GOV.UK snippet and letter of
  ``--layouts``; ids only, no text printed).

    python -m benchmarks.ner_segments [--long 200] [--pairs 2] [--layouts FILE]
"""

from __future__ import annotations

import argparse
import os
import time

import regex as re

from contracts.models import Letter
from contracts.settings import set_model_environment
from evaluation.datasets import cfpb_rows, govuk_snippets
from evaluation.redaction_metrics import load_jsonl
from redaction.normalise import normalise
from redaction.redactor import Redactor, build_redactor

#: a sentence: from a non-space character to ".", "!" or "?" followed by a space, or to the end
#: of its line (a line break always ends one: addresses, sign-offs and table rows are lines)
_SENTENCE = re.compile(r"\S[^\n]*?(?:[.!?]+(?=\s)|(?=\n)|$)")
_WORD = re.compile(r"[\p{L}\p{N}][\p{L}\p{N}'.-]*")
#: capitalised in every sentence, and never a name
_FIRST_PERSON = frozenset({"I", "I'm", "I've", "I'd", "I'll"})


def _could_hold_a_name(sentence: str) -> bool:
    words = _WORD.findall(sentence)[1:]  # the first word is capitalised whatever it is
    return any(w not in _FIRST_PERSON and any(c.isupper() for c in w) for w in words)


def name_segments(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets into ``text`` of what the NER would read: each sentence with a
    capitalised word besides its first word and "I", with one sentence more each side (the
    model reads a few tokens around a name, and a name that starts a sentence is then read when
    a sentence beside it qualifies), adjacent ones joined. In order, not overlapping."""
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    wanted = [_could_hold_a_name(text[a:b]) for a, b in sentences]
    segments: list[tuple[int, int]] = []
    last_kept = -2
    for i, (start, end) in enumerate(sentences):
        if not any(wanted[max(0, i - 1) : i + 2]):  # neither it nor a neighbour
            continue
        if last_kept == i - 1:  # joined to the sentence before, with the text between them
            segments[-1] = (segments[-1][0], end)
        else:
            segments.append((start, end))
        last_kept = i
    return segments


def segment_docs(nlp, texts: list[str], batch_size: int = 64) -> list:
    """A Doc of each whole text (its tokens) whose entities are the NER's on its segments only,
    mapped back by character offsets; a text whose entities do not map onto its tokens is read
    whole (never counted as a saving that drops an entity)."""
    pieces = [(i, a, text[a:b]) for i, text in enumerate(texts) for a, b in name_segments(text)]
    found: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    for (i, offset, _), doc in zip(
        pieces, nlp.pipe((p for _, _, p in pieces), batch_size=batch_size), strict=True
    ):
        found[i] += [(offset + e.start_char, offset + e.end_char, e.label_) for e in doc.ents]
    docs = []
    for text, entities in zip(texts, found, strict=True):
        doc = nlp.make_doc(text)
        spans = [doc.char_span(a, b, label=lab, alignment_mode="expand") for a, b, lab in entities]
        try:
            if any(span is None for span in spans):
                raise ValueError("an entity does not map onto the whole text's tokens")
            doc.ents = spans
        except ValueError:
            doc = nlp(text)
        docs.append(doc)
    return docs


def redact(redactor: Redactor, letters: list[Letter], segments_only: bool) -> list:
    """``redact_many``'s work on ``letters``, the NER reading the whole texts or the segments."""
    engine = redactor.analyzer.nlp_engine
    normalised = [normalise(letter.text) for letter in letters]
    texts = [n.text for n in normalised]
    if segments_only:
        artifacts = [
            engine._doc_to_nlp_artifact(d, "en") for d in segment_docs(engine.nlp["en"], texts)
        ]
    else:
        artifacts = [a for _, a in engine.process_batch(texts, "en", batch_size=64)]
    return [
        redactor._redact(letter, nlp, norm)[0]
        for letter, nlp, norm in zip(letters, artifacts, normalised, strict=True)
    ]


def skipped_share(texts: list[str]) -> float:
    kept = sum(b - a for text in texts for a, b in name_segments(text))
    return 1 - kept / max(1, sum(map(len, texts)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long", type=int, default=200, help="long complaints to time")
    parser.add_argument("--pairs", type=int, default=2)
    parser.add_argument("--layouts", default="var/eval/pii_uk_layouts_dev.jsonl")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    set_model_environment()
    complaints = [(r["id"], r["text"]) for r in cfpb_rows()]
    snippets = [(r["id"], r["text"]) for r in govuk_snippets()["all"]]
    long = [(i, t) for i, t in complaints if len(t) > 600][: args.long]
    for name, rows in (("CFPB", complaints), ("CFPB > 600 chars", long), ("GOV.UK", snippets)):
        texts = [normalise(t).text for _, t in rows]
        mean = sum(map(len, texts)) / len(texts)
        print(
            f"{name}: {len(texts)} texts, mean {mean:.0f} chars, skipped {skipped_share(texts):.3f}"
        )

    redactor = build_redactor().load()
    nlp = redactor.analyzer.nlp_engine.nlp["en"]
    letters = [Letter(id=i, text=t) for i, t in long]
    texts = [normalise(t).text for _, t in long]
    redact(redactor, letters[:20], False)
    print("run | NER reads | spaCy NER | whole redaction (ms of CPU a long complaint)")
    for run in range(args.pairs):
        for segments_only in (False, True):
            started = time.process_time()
            segment_docs(nlp, texts) if segments_only else list(nlp.pipe(texts, batch_size=64))
            ner = time.process_time() - started
            started = time.process_time()
            redact(redactor, letters, segments_only)
            whole = time.process_time() - started
            reads = "segments" if segments_only else "whole   "
            print(
                f"{run + 1} | {reads} | {1000 * ner / len(texts):.1f} | {1000 * whole / len(texts):.1f}"
            )

    sets = {"CFPB": complaints, "GOV.UK": snippets}
    if os.path.exists(args.layouts):
        sets[args.layouts] = [(r["id"], r["text"]) for r in load_jsonl(args.layouts)]
    for name, rows in sets.items():
        letters = [Letter(id=i, text=t) for i, t in rows]
        changed = [
            a.id
            for a, b in zip(
                redact(redactor, letters, False), redact(redactor, letters, True), strict=True
            )
            if a.redacted_text != b.redacted_text
        ]
        print(
            f"{name}: {len(changed)} of {len(letters)} redacted texts change; first ids {changed[:8]}"
        )


if __name__ == "__main__":
    main()
