"""Span-level evaluation of redaction against labelled personal-data spans.

Matching rule (per entity type, after mapping gold types with :data:`TYPE_MAP`):

* a **gold span is found** (recall) when some predicted span of the same type overlaps it
  by at least one character;
* a **predicted span is correct** (precision) when it overlaps a gold span of the same type,
  or lies inside a gold span of a type it is a part of (:data:`PART_OF`: a LOCATION or
  UK_POSTCODE inside a gold STREET_ADDRESS that includes the town and postcode, as in the
  presidio-research data). Matching is many-to-many, so one long prediction can find two
  gold spans.
* F2 weighs recall twice as much as precision (missing personal data is worse than
  over-redacting).

Types that are **not personal data here** are ignored (:data:`NOT_PERSONAL`): organisation
names, job titles, nationality/religion/political group (NRP), ages, and dates that are not
dates of birth (presidio-research's DATE_TIME), domain names and URLs. Gold spans of those types
are neither found nor missed; they are counted under ``ignored_gold``, and predictions that
land only on them are still counted as false positives (reported per ignored type in
``fp_on_ignored``), because something was redacted that did not need to be.

The privacy-relevant figure is ``any_pii``: of the gold personal-data spans, how many were
redacted by *any* prediction regardless of type -- ``covered`` (every letter/digit of the
span is inside some redaction), ``overlap`` (at least one character), and ``char_recall``
(share of the gold span characters that were redacted). The same ``covered`` share is given per
gold type as ``hidden`` in ``per_type``, so a redactor that names things in other types (stock
Presidio's DATE_TIME over a bank account number) is still credited for what it hid.

US identifiers in the presidio-research set are mapped to their UK counterparts
(US_SSN -> UK_NINO, US_DRIVER_LICENSE -> UK_DRIVING_LICENCE, US_PASSPORT -> UK_PASSPORT,
US_BANK_NUMBER -> UK_BANK_ACCOUNT, ZIP_CODE -> UK_POSTCODE): the recognizers here are for UK
formats, so expect low type-level recall there; ``any_pii`` shows whether they were still
redacted.

Results never contain text or values: only types, offsets-free counts and rates.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

#: Gold (presidio-research or our own) type -> redaction entity type; None = not personal.
TYPE_MAP: dict[str, str | None] = {
    # our own types map to themselves
    **{
        t: t
        for t in (
            "PERSON",
            "STREET_ADDRESS",
            "LOCATION",
            "UK_POSTCODE",
            "PHONE_NUMBER",
            "EMAIL_ADDRESS",
            "UK_NINO",
            "UK_NHS",
            "UK_SORT_CODE",
            "UK_BANK_ACCOUNT",
            "UK_PASSPORT",
            "UK_DRIVING_LICENCE",
            "DATE_OF_BIRTH",
            "CREDIT_CARD",
            "IBAN_CODE",
        )
    },
    # presidio-research types
    "GPE": "LOCATION",
    "ZIP_CODE": "UK_POSTCODE",
    "US_SSN": "UK_NINO",
    "US_DRIVER_LICENSE": "UK_DRIVING_LICENCE",
    "US_PASSPORT": "UK_PASSPORT",
    "US_BANK_NUMBER": "UK_BANK_ACCOUNT",
    "IP_ADDRESS": "IP_ADDRESS",  # personal (online identifier); no recognizer here
    "NHS": "UK_NHS",
    "NINO": "UK_NINO",
    "BIRTH_DATE": "DATE_OF_BIRTH",
    # not personal data for this service
    "ORGANIZATION": None,
    "ORG": None,
    "TITLE": None,
    "NRP": None,
    "NORP": None,
    "AGE": None,
    "DATE_TIME": None,
    "DATE": None,
    "DOMAIN_NAME": None,
    "URL": None,
}
NOT_PERSONAL = frozenset(k for k, v in TYPE_MAP.items() if v is None)
#: predicted type -> gold types it may sit inside and still be correct (for precision).
PART_OF: dict[str, frozenset[str]] = {
    "LOCATION": frozenset({"STREET_ADDRESS"}),
    "UK_POSTCODE": frozenset({"STREET_ADDRESS"}),
    "STREET_ADDRESS": frozenset(),
}


# --------------------------------------------------------------------------- loaders
def load_jsonl(path: str | Path, limit: int | None = None) -> list[dict]:
    """Rows in this project's format: ``{"id", "text", "spans": [{"type","start","end"}]}``."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
                if limit is not None and len(rows) >= limit:
                    break
    return rows


def load_presidio_research(path: str | Path, limit: int | None = None) -> list[dict]:
    """presidio-research JSON (``full_text``, ``spans`` with ``entity_type``,
    ``start_position``, ``end_position``) as rows in this project's format.

    Span types are kept as in the file (mapped at evaluation time by :data:`TYPE_MAP`).
    """
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    rows = []
    for i, item in enumerate(data[:limit] if limit is not None else data):
        rows.append(
            {
                "id": f"presidio-research-{i:05d}",
                "text": item["full_text"],
                "spans": [
                    {
                        "type": s["entity_type"],
                        "start": int(s["start_position"]),
                        "end": int(s["end_position"]),
                    }
                    for s in item.get("spans", [])
                ],
                "synthetic": True,
            }
        )
    return rows


# --------------------------------------------------------------------------- helpers
def pred_spans(pred: Any) -> list[tuple[str, int, int]]:
    """Accept a RedactedLetter, a sequence of Entity objects, or of dicts."""
    items = getattr(pred, "entities", pred)
    out = []
    for e in items or ():
        if isinstance(e, Mapping):
            out.append((str(e["type"]), int(e["start"]), int(e["end"])))
        else:
            out.append((str(e.type), int(e.start), int(e.end)))
    return out


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _f2(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    if p == 0 and r == 0:
        return 0.0
    return 5 * p * r / (4 * p + r)


def _rate(num: int, den: int) -> float | None:
    return num / den if den else None


def map_type(gold_type: str, type_map: Mapping[str, str | None] = TYPE_MAP) -> str | None:
    """Our entity type for a gold type (unknown types are kept as they are)."""
    return type_map.get(gold_type, gold_type)


# --------------------------------------------------------------------------- evaluation
def redacted_mask(text: str, preds: Sequence[tuple[str, int, int]]) -> bytearray:
    """One byte a character of ``text``: 1 where some prediction covers it, whatever its type."""
    redacted = bytearray(len(text) + 1)
    for _, a, b in preds:
        redacted[max(a, 0) : max(b, 0)] = b"\x01" * (max(b, 0) - max(a, 0))
    return redacted


def letters_and_digits(text: str, start: int, end: int) -> list[int]:
    """The positions of a labelled span that must be hidden: its letters and digits."""
    return [i for i in range(start, min(end, len(text))) if text[i].isalnum()]


def evaluate_redaction(
    rows: Sequence[Mapping],
    predicted: Sequence[Any],
    *,
    type_map: Mapping[str, str | None] = TYPE_MAP,
) -> dict:
    """Per-type precision/recall/F2/support, micro overall, and type-agnostic coverage.

    :param rows: gold rows (``text``, ``spans`` with ``type``/``start``/``end``).
    :param predicted: one entry per row: a ``RedactedLetter``, or a list of ``Entity`` or
        ``{"type","start","end"}`` dicts, with offsets into the row's text.
    """
    if len(rows) != len(predicted):
        raise ValueError(f"{len(rows)} rows but {len(predicted)} predictions")
    gold_total: Counter = Counter()
    gold_found: Counter = Counter()
    pred_total: Counter = Counter()
    pred_correct: Counter = Counter()
    ignored_gold: Counter = Counter()
    fp_on_ignored: Counter = Counter()
    missed_by_type: Counter = Counter()
    any_covered = any_overlap = any_total = 0
    hidden_by_type: Counter = Counter()
    hideable_by_type: Counter = Counter()
    chars_total = chars_covered = 0

    for row, pred in zip(rows, predicted):
        text = row["text"]
        preds = pred_spans(pred)
        gold, ignored = [], []
        for s in row["spans"]:
            mapped = map_type(s["type"], type_map)
            if mapped is None:
                ignored.append((s["type"], int(s["start"]), int(s["end"])))
                ignored_gold[s["type"]] += 1
            else:
                gold.append((mapped, int(s["start"]), int(s["end"])))

        redacted = redacted_mask(text, preds)

        for gtype, a, b in gold:
            gold_total[gtype] += 1
            if any(pt == gtype and _overlaps(a, b, pa, pb) for pt, pa, pb in preds):
                gold_found[gtype] += 1
            else:
                missed_by_type[gtype] += 1
            positions = letters_and_digits(text, a, b)
            if not positions:
                continue
            any_total += 1
            hit = sum(redacted[i] for i in positions)
            chars_total += len(positions)
            chars_covered += hit
            any_covered += hit == len(positions)
            hideable_by_type[gtype] += 1
            hidden_by_type[gtype] += hit == len(positions)
            any_overlap += hit > 0

        for ptype, a, b in preds:
            pred_total[ptype] += 1
            ok = any(gt == ptype and _overlaps(a, b, ga, gb) for gt, ga, gb in gold) or any(
                gt in PART_OF.get(ptype, ()) and ga <= a and b <= gb for gt, ga, gb in gold
            )
            if ok:
                pred_correct[ptype] += 1
            else:
                on = [it for it, ia, ib in ignored if _overlaps(a, b, ia, ib)]
                if on:
                    fp_on_ignored[on[0]] += 1

    per_type = {}
    for t in sorted(set(gold_total) | set(pred_total)):
        p = _rate(pred_correct[t], pred_total[t])
        r = _rate(gold_found[t], gold_total[t])
        per_type[t] = {
            "precision": p,
            "recall": r,
            "f2": _f2(p, r),
            "support": gold_total[t],
            "predicted": pred_total[t],
            "found": gold_found[t],
            "correct_predictions": pred_correct[t],
            # every letter and digit redacted, whatever the type of the redaction
            "hidden": _rate(hidden_by_type[t], hideable_by_type[t]),
        }
    p_all = _rate(sum(pred_correct.values()), sum(pred_total.values()))
    r_all = _rate(sum(gold_found.values()), sum(gold_total.values()))
    return {
        "n_rows": len(rows),
        "per_type": per_type,
        "overall": {
            "precision": p_all,
            "recall": r_all,
            "f2": _f2(p_all, r_all),
            "support": sum(gold_total.values()),
            "predicted": sum(pred_total.values()),
        },
        "any_pii": {
            "covered": _rate(any_covered, any_total),
            "overlap": _rate(any_overlap, any_total),
            "char_recall": _rate(chars_covered, chars_total),
            "support": any_total,
        },
        "missed_by_type": dict(missed_by_type),
        "ignored_gold": dict(ignored_gold),
        "fp_on_ignored": dict(fp_on_ignored),
    }


def format_report(result: Mapping, title: str = "") -> str:
    """A plain-text table of :func:`evaluate_redaction` output (no values, only rates)."""

    def f(x):
        return "   -  " if x is None else f"{x:6.3f}"

    lines = []
    if title:
        lines.append(title)
    lines.append(f"{'type':22} {'prec':>6} {'recall':>6} {'F2':>6} {'support':>8} {'pred':>6}")
    for t, m in result["per_type"].items():
        lines.append(
            f"{t:22} {f(m['precision'])} {f(m['recall'])} {f(m['f2'])} "
            f"{m['support']:8d} {m['predicted']:6d}"
        )
    o = result["overall"]
    lines.append(
        f"{'OVERALL (micro)':22} {f(o['precision'])} {f(o['recall'])} {f(o['f2'])} "
        f"{o['support']:8d} {o['predicted']:6d}"
    )
    a = result["any_pii"]
    lines.append(
        f"any PII redacted: fully covered {f(a['covered'])}, overlapped "
        f"{f(a['overlap'])}, characters {f(a['char_recall'])} (n={a['support']})"
    )
    if result["ignored_gold"]:
        lines.append(
            "ignored gold types (not personal data here): "
            + ", ".join(f"{k}={v}" for k, v in sorted(result["ignored_gold"].items()))
        )
    if result["fp_on_ignored"]:
        lines.append(
            "predictions on ignored spans (counted as FP): "
            + ", ".join(f"{k}={v}" for k, v in sorted(result["fp_on_ignored"].items()))
        )
    return "\n".join(lines)


__all__ = [
    "NOT_PERSONAL",
    "PART_OF",
    "TYPE_MAP",
    "evaluate_redaction",
    "format_report",
    "load_jsonl",
    "load_presidio_research",
    "map_type",
]
