"""The pattern prefilters (redaction/recognizers/prefilter.py): same output, and the CPU they save.

Two checks, both in one process with one redactor, the guards switched off and on
(``unguard_patterns`` / ``guard_patterns``), so nothing but the guards differs:

``--check``: every text of the sets named below redacted both ways from the same spaCy output;
the redacted text and every entity (type, span, score, placeholder) must be equal. Prints the
number of texts and of differences (the first few shown by id only: no text is printed).

``--time N``: CPU (``time.process_time``) of redacting N long complaints, the guards off, on, off,
on ... (``--pairs``), whole redaction (``redact_many``: spaCy and the rest) and the part after
spaCy (recognizers and post-processing, from the same spaCy output).

    python -m benchmarks.redaction_prefilter --check [--layouts 'var/eval/pii_uk_layouts_*.jsonl']
    python -m benchmarks.redaction_prefilter --time 100 --pairs 2
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import time
from pathlib import Path

from contracts.models import Letter
from contracts.settings import set_model_environment
from evaluation.datasets import cfpb_rows, govuk_snippets
from redaction.normalise import normalise
from redaction.recognizers.prefilter import guard_patterns, unguard_patterns
from redaction.redactor import Redactor, build_redactor

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples" / "letters.jsonl"


def _jsonl(path: Path | str, limit: int | None = None) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return rows[:limit]


def check_texts(layouts: str, per_layout: int) -> list[tuple[str, str]]:
    """(id, text) of every CFPB complaint, GOV.UK snippet and example letter, and the first
    ``per_layout`` letters of each UK layout file matching ``layouts`` (raw, as written)."""
    texts = [(r["id"], r["text"]) for r in cfpb_rows()]
    texts += [(r["id"], r["text"]) for r in govuk_snippets()["all"]]
    texts += [(r["id"], r["text"]) for r in _jsonl(EXAMPLES)]
    for path in sorted(glob.glob(layouts)):
        texts += [(r["id"], r["text"]) for r in _jsonl(path, per_layout)]
    return texts


def _recognizers(redactor: Redactor) -> list:
    return redactor.analyzer.registry.recognizers


def _after_spacy(redactor: Redactor, letters: list[Letter], artifacts: list, normalised: list):
    return [
        redactor._redact(letter, nlp, norm)[0]
        for letter, nlp, norm in zip(letters, artifacts, normalised, strict=True)
    ]


def _spacy(redactor: Redactor, letters: list[Letter]) -> tuple[list, list]:
    normalised = [normalise(letter.text) for letter in letters]
    processed = redactor.analyzer.nlp_engine.process_batch(
        [n.text for n in normalised], language="en", batch_size=64
    )
    return [nlp for _, nlp in processed], normalised


def _key(redacted) -> tuple:
    return redacted.redacted_text, tuple(
        (e.type, e.start, e.end, e.score, e.placeholder) for e in redacted.entities
    )


def check(redactor: Redactor, texts: list[tuple[str, str]], batch: int = 200) -> None:
    differences: list[str] = []
    entities = checked = 0
    for i in range(0, len(texts), batch):
        letters = [Letter(id=id_, text=text) for id_, text in texts[i : i + batch]]
        letters = [letter for letter in letters if len(letter.text) <= redactor.max_chars]
        artifacts, normalised = _spacy(redactor, letters)
        unguard_patterns(_recognizers(redactor))
        plain = _after_spacy(redactor, letters, artifacts, normalised)
        guard_patterns(_recognizers(redactor))
        guarded = _after_spacy(redactor, letters, artifacts, normalised)
        checked += len(letters)
        for letter, a, b in zip(letters, plain, guarded, strict=True):
            entities += len(a.entities)
            if _key(a) != _key(b):
                differences.append(letter.id)
        print(f"{checked}/{len(texts)} texts, {len(differences)} different", flush=True)
    print(f"texts checked {checked} (over the length limit: {len(texts) - checked}), ")
    print(f"entities {entities}, texts redacted differently {len(differences)}")
    if differences:
        print("first ids:", differences[:10])


def timing(redactor: Redactor, letters: list[Letter], pairs: int) -> None:
    artifacts, normalised = _spacy(redactor, letters)
    mean_chars = sum(len(letter.text) for letter in letters) / len(letters)
    print(f"{len(letters)} long complaints, mean {mean_chars:.0f} characters; ms of CPU a letter")
    print("run | guards | whole redaction | after spaCy")
    for run in range(pairs):
        for guarded in (False, True):
            (guard_patterns if guarded else unguard_patterns)(_recognizers(redactor))
            started = time.process_time()
            list(redactor.redact_many(letters, batch_size=64))
            whole = time.process_time() - started
            started = time.process_time()
            _after_spacy(redactor, letters, artifacts, normalised)
            after = time.process_time() - started
            n = len(letters)
            print(
                f"{run + 1} | {'on ' if guarded else 'off'} | {1000 * whole / n:.1f} | "
                f"{1000 * after / n:.1f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--layouts", default="var/eval/pii_uk_layouts_*.jsonl")
    parser.add_argument("--per-layout", type=int, default=400)
    parser.add_argument("--time", type=int, default=0, help="long complaints to time")
    parser.add_argument("--pairs", type=int, default=2)
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    set_model_environment()
    redactor = build_redactor().load()
    if args.check:
        check(redactor, check_texts(args.layouts, args.per_layout))
    if args.time:
        from benchmarks.throughput import workload

        rows = workload(args.time, long_share=1.0)["test"]
        letters = [Letter(id=r["id"], text=r["text"]) for r in rows]
        redactor.redact(letters[0])  # warm up: every pattern compiled, caches filled
        timing(redactor, letters, args.pairs)


if __name__ == "__main__":
    main()
