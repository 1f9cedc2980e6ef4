"""Every UK evaluation family at once, and two code versions compared span by span.

A change to the redactor is adopted by a rule written before it is scored (see
docs/REDACTION_ROUNDS.md): no family loses recall, no precision falls far, and **no labelled value
that was hidden is left with a letter or digit in clear**. The last needs more than the
aggregate figures: a change can hide ten new values and un-hide one, and recall still rises. So
``score`` writes, per family, the figures and the keys of the labelled spans left partly in clear
(``row id|type|start|end``: ids and offsets, never text); ``compare`` lists, for each family, the
deltas and the spans newly left in clear.

    python -m evaluation.redaction_families score --out var/eval-scores/new [FAMILY ...]
    python -m evaluation.redaction_families compare var/eval-scores/base var/eval-scores/new

Run ``score`` from each checkout (a worktree per code version: a process reads the code when it
starts, so a checkout edited while it scores mixes versions). The sets are the ones
`casework eval-data` and ``python -m evaluation.synthetic.uk_layouts_heldoutN`` write to
``var/eval``. All are SYNTHETIC.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from evaluation import redaction_metrics as rm

#: the families sent to the deployment's shared allow-list (`casework eval-data` writes them)
_SHARED_ALLOW_LIST = ("dev", "dev2", "heldout", "heldout2")
#: every family in the order the README's tables list them (oldest first)
FAMILIES = ("uk_synthetic", *_SHARED_ALLOW_LIST, *(f"heldout{n}" for n in range(3, 27)))


def family_paths(eval_dir: Path, family: str) -> tuple[Path, Path]:
    """The labelled set and the allow-list of one family."""
    if family == "uk_synthetic":
        return eval_dir / "pii_uk_synthetic.jsonl", eval_dir / "allow_list_uk_synthetic.txt"
    if family in _SHARED_ALLOW_LIST:
        return (
            eval_dir / f"pii_uk_layouts_{family}.jsonl",
            eval_dir / "allow_list_uk_layouts.txt",
        )
    return (
        eval_dir / f"pii_uk_layouts_{family}.jsonl",
        eval_dir / f"allow_list_uk_layouts_{family}.txt",
    )


def left_in_clear(rows: Sequence[Mapping], predicted: Sequence) -> list[str]:
    """The labelled personal values with any letter or digit no redaction covers, whatever the
    redaction's type, as ``row id|type|start|end`` (the scorer's own labels; ignored types, such as
    a third party's ORGANIZATION, are not counted)."""
    out = []
    for row, pred in zip(rows, predicted, strict=True):
        text = row["text"]
        redacted = rm.redacted_mask(text, rm.pred_spans(pred))
        for span in row["spans"]:
            kind = rm.map_type(span["type"])
            if kind is None:
                continue
            start, end = int(span["start"]), int(span["end"])
            positions = rm.letters_and_digits(text, start, end)
            if positions and not all(redacted[i] for i in positions):
                out.append(f"{row['id']}|{kind}|{start}|{end}")
    return out


def family_scores(rows: Sequence[Mapping], predicted: Sequence) -> dict:
    """Recall, every character hidden and precision (also without the predictions that land on a
    third party's own contact details, labelled ORGANIZATION), recall per type, and the spans left
    in clear."""
    result = rm.evaluate_redaction(rows, predicted)
    overall, per_type = result["overall"], result["per_type"]
    on_organisations = result["fp_on_ignored"].get("ORGANIZATION", 0)
    correct = sum(t["correct_predictions"] for t in per_type.values())
    return {
        "rows": len(rows),
        "recall": overall["recall"],
        "every_character_hidden": result["any_pii"]["covered"],
        "precision": overall["precision"],
        "precision_without_organisations": correct
        / max(1, overall["predicted"] - on_organisations),
        "support": overall["support"],
        "per_type": {
            kind: {"recall": t["recall"], "hidden": t["hidden"], "support": t["support"]}
            for kind, t in per_type.items()
        },
        "left_in_clear": left_in_clear(rows, predicted),
    }


def compare(base: Mapping, new: Mapping) -> dict:
    """Deltas of one family's figures, and the labelled spans ``new`` leaves in clear that
    ``base`` hid (newly un-hidden) or the reverse (fixed)."""
    figures = ("recall", "every_character_hidden", "precision", "precision_without_organisations")
    before, after = set(base["left_in_clear"]), set(new["left_in_clear"])
    return {
        **{f"{name}_delta": new[name] - base[name] for name in figures},
        "newly_unhidden": sorted(after - before),
        "fixed": len(before - after),
    }


def _score(args: argparse.Namespace) -> int:
    from contracts.settings import get_settings
    from evaluation.evaluate_redaction import read_allow_list, redact_rows
    from pipeline.factory import build_pipeline

    args.out.mkdir(parents=True, exist_ok=True)
    for family in args.families or FAMILIES:
        set_path, allow_path = family_paths(args.eval_dir, family)
        if not set_path.is_file():
            print(f"{family}: no set at {set_path}, skipped", file=sys.stderr)
            continue
        settings = get_settings().model_copy(
            update={"redaction_allow_list": read_allow_list(allow_path)}
        )
        pipeline = build_pipeline(settings, load_index=False)
        rows = rm.load_jsonl(set_path)
        scores = family_scores(rows, redact_rows(pipeline, rows, desc=family))
        (args.out / f"{family}.json").write_text(json.dumps(scores, indent=1))
        print(
            f"{family:14} recall {scores['recall']:.4f}  every character hidden "
            f"{scores['every_character_hidden']:.4f}  precision {scores['precision']:.4f} "
            f"({scores['precision_without_organisations']:.4f} without organisations)"
        )
    return 0


def _compare(args: argparse.Namespace) -> int:
    print(
        f"{'family':14} {'recall':>8} {'every':>8} {'prec':>8} {'no org':>8} {'un-hidden':>9} fixed"
    )
    worst = 0
    for base_path in sorted(args.base.glob("*.json")):
        new_path = args.new / base_path.name
        if not new_path.is_file():
            continue
        d = compare(json.loads(base_path.read_text()), json.loads(new_path.read_text()))
        worst = max(worst, len(d["newly_unhidden"]))
        print(
            f"{base_path.stem:14} {d['recall_delta']:+8.4f} {d['every_character_hidden_delta']:+8.4f} "
            f"{d['precision_delta']:+8.4f} {d['precision_without_organisations_delta']:+8.4f} "
            f"{len(d['newly_unhidden']):9d} {d['fixed']}"
        )
    return 1 if worst and args.strict else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.redaction_families")
    commands = parser.add_subparsers(dest="command", required=True)
    score = commands.add_parser("score", help="score this checkout on every family")
    score.add_argument("families", nargs="*", help=f"default: all ({', '.join(FAMILIES)})")
    score.add_argument("--eval-dir", type=Path, default=Path("var/eval"))
    score.add_argument("--out", type=Path, required=True)
    score.set_defaults(run=_score)
    comp = commands.add_parser("compare", help="two score folders, family by family")
    comp.add_argument("base", type=Path)
    comp.add_argument("new", type=Path)
    comp.add_argument("--strict", action="store_true", help="exit 1 if any span is newly un-hidden")
    comp.set_defaults(run=_compare)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
