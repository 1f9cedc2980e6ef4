"""Robustness of redaction to the ways real correspondence is rewritten before it reaches us.

A letter rarely arrives as the writer typed it: a legacy system prints it in capitals, a web form
flattens its lines, a mail client quotes it in a reply, a ticket system joins its lines with
pipes, an export escapes it as a JSON string, a CSV cell or an HTML page, a form body is
URL-encoded, a mail gateway writes it quoted-printable, a Windows system ends its lines with
CRLF or shows its UTF-8 as Windows-1252. Each synthetic family of letters has so far been
tuned on its own layouts; these **generic transformations** of any labelled set measure how
well the redactor reads the same personal data once it has been through one of them.

Every transformation keeps the labels exact: it is written as what each original character
becomes (``rep[i]``) and what is inserted before it (``pre[i]``), so a labelled span
``[a, b)`` becomes the output of its own characters (and anything inserted between them): its
text is the transformed value, and decoding it gives back the original value (the tests check
both). Transformations that depend on a position (hard wrapping, quoted-printable's soft line
breaks) choose at the original characters' boundaries, so the map stays exact.

``python -m evaluation.redaction_transforms --set var/eval/pii_uk_layouts_dev.jsonl
--allow-list var/eval/allow_list_uk_layouts.txt --n 200 --transform all`` prints recall,
every-character-hidden and precision per transformation beside ``none`` (the rows as they are),
scored by :func:`evaluation.redaction_metrics.evaluate_redaction` on the redactor's entities
from :func:`evaluation.evaluate_redaction.redact_rows`. Only rates are printed, never text.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote_plus

import regex as re

from evaluation import redaction_metrics as rm

#: where one original character goes: the text inserted before it and the text it becomes
Plan = tuple[list[str], list[str]]


@dataclass(frozen=True)
class Transformed:
    text: str
    #: ``starts[i]``/``ends[i]``: where original character i's output begins and ends
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The output span of original ``[start, end)`` (``start < end``)."""
        return self.starts[start], self.ends[end - 1]


def _assemble(pre: Sequence[str], rep: Sequence[str]) -> Transformed:
    """``pre[i] + rep[i]`` for each character, then ``pre[n]`` (one longer than ``rep``)."""
    out: list[str] = []
    starts, ends = [], []
    pos = 0
    for before, value in zip(pre, rep):
        out.append(before)
        pos += len(before)
        starts.append(pos)
        out.append(value)
        pos += len(value)
        ends.append(pos)
    out.append(pre[len(rep)])
    return Transformed("".join(out), tuple(starts), tuple(ends))


def _plain(text: str) -> Plan:
    return [""] * (len(text) + 1), list(text)


def _rng(name: str, text: str) -> random.Random:
    return random.Random(f"{name}:{len(text)}:{text[:200]}")


# --------------------------------------------------------------------------- the transforms
def _upper(text: str) -> Plan:
    return [""] * (len(text) + 1), [c.upper() for c in text]


def _lower(text: str) -> Plan:
    return [""] * (len(text) + 1), [c.lower() for c in text]


def _wrap(text: str, width: int = 40) -> Plan:
    """Hard wrapped at ``width`` columns: a space where the next word would pass the width
    becomes a line break (one character for one, inside multi-word values too)."""
    pre, rep = _plain(text)
    column = 0
    for i, char in enumerate(text):
        if char == "\n":
            column = 0
            continue
        if char == " " and column > 0:
            j = i + 1
            while j < len(text) and text[j] not in " \n":
                j += 1
            if column + (j - i) > width:
                rep[i] = "\n"
                column = 0
                continue
        column += 1
    return pre, rep


_REPLY_HEADER = "On Tue, 3 Mar 2026 at 10:14, the Housing Options team wrote:\n"


def _quoted_reply(text: str) -> Plan:
    """Quoted in a reply: a "On <date>, X wrote:" line, then "> " before every line."""
    pre, rep = _plain(text)
    pre[0] = _REPLY_HEADER + ">" + (" " if text[:1] != "\n" else "")
    for i, char in enumerate(text[:-1]):
        if char == "\n":
            pre[i + 1] = ">" + (" " if text[i + 1] != "\n" else "")
    return pre, rep


_HTML_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}


def _html(text: str) -> Plan:
    """An HTML e-mail body: escaped, paragraphs as ``<p>``, line breaks as ``<br>``, some
    spaces (all doubled ones, one in nine of the rest) as ``&nbsp;``."""
    rng = _rng("html", text)
    pre, rep = _plain(text)
    pre[0] = "<html><body><p>"
    pre[len(text)] = "</p></body></html>"
    for i, char in enumerate(text):
        if char in _HTML_ESCAPES:
            rep[i] = _HTML_ESCAPES[char]
        elif char == "\n":
            if text[i + 1 : i + 2] == "\n":
                rep[i] = "</p>\n"
            elif text[i - 1 : i] == "\n" and i > 0:
                rep[i] = "<p>"
            else:
                rep[i] = "<br>\n"
        elif char == " " and (text[i + 1 : i + 2] == " " or rng.random() < 1 / 9):
            rep[i] = "&nbsp;"
    return pre, rep


def _json_string(text: str) -> Plan:
    """The letter as one JSON string value (``\\n``, ``\\"``, ``\\u00e9``)."""
    pre, rep = [""] * (len(text) + 1), [json.dumps(c)[1:-1] for c in text]
    pre[0] = '{"channel": "webchat", "message": "'
    pre[len(text)] = '"}'
    return pre, rep


def _urlencoded(text: str) -> Plan:
    """A form body: ``form=contact&message=`` then the letter (space as ``+``, ``%XX``)."""
    pre, rep = [""] * (len(text) + 1), [quote_plus(c) for c in text]
    pre[0] = "form_id=contact_us&message="
    pre[len(text)] = "&consent=yes"
    return pre, rep


def _qp_char(char: str, following: str) -> str:
    if char == "\n":
        return "\n"
    if (char == " " or char == "\t") and following in ("\n", ""):
        return f"={ord(char):02X}"  # trailing white space is encoded
    if char != "=" and (" " <= char <= "~" or char == "\t"):
        return char
    return "".join(f"={b:02X}" for b in char.encode("utf-8"))


def _quoted_printable(text: str) -> Plan:
    """Quoted-printable (RFC 2045): ``=XX`` for "=" and every byte past ASCII, ``=`` and a line
    break (a soft line break) before a line would pass 76 characters."""
    pre, rep = (
        [""] * (len(text) + 1),
        [_qp_char(c, text[i + 1 : i + 2]) for i, c in enumerate(text)],
    )
    column = 0
    for i, value in enumerate(rep):
        if value == "\n":
            column = 0
            continue
        if column + len(value) > 75:
            pre[i] = "=\n"
            column = 0
        column += len(value)
    return pre, rep


def _csv_cells(text: str) -> Plan:
    """Each line a double-quoted cell of one CSV row (``"`` doubled)."""
    pre, rep = [""] * (len(text) + 1), ['""' if c == '"' else c for c in text]
    pre[0] = '"'
    pre[len(text)] = '"'
    for i, char in enumerate(text):
        if char == "\n":
            rep[i] = '","'
    return pre, rep


def _one_line(text: str) -> Plan:
    """Line breaks flattened to spaces, as a web form's single-line field does."""
    return [""] * (len(text) + 1), [" " if c == "\n" else c for c in text]


def _pipes(text: str) -> Plan:
    """Line breaks as " | " (a run of them as one), as ticket systems join lines."""
    pre, rep = _plain(text)
    for i, char in enumerate(text):
        if char == "\n":
            rep[i] = "" if text[i + 1 : i + 2] == "\n" else " | "
    return pre, rep


#: a field's label at a line's start ("Tel: ", "Date of birth: ")
_LABEL_SEPARATOR = re.compile(r"(?m)^[ \t]*[A-Za-z][\w /'()?\-]{0,30}(: )")


def _tabs(text: str) -> Plan:
    """A field's ": " after its label written as a tab (a spreadsheet pasted as text)."""
    pre, rep = _plain(text)
    for m in _LABEL_SEPARATOR.finditer(text):
        rep[m.start(1)] = "\t"
        rep[m.start(1) + 1] = ""
    return pre, rep


def _crlf(text: str) -> Plan:
    """Windows line endings."""
    return [""] * (len(text) + 1), ["\r\n" if c == "\n" else c for c in text]


def _mojibake(text: str) -> Plan:
    """UTF-8 shown as Windows-1252 by a legacy system ("é" as "Ã©", "’" as "â€™")."""
    rep = [c if c.isascii() else c.encode("utf-8").decode("cp1252", errors="replace") for c in text]
    return [""] * (len(text) + 1), rep


TRANSFORMS: dict[str, Callable[[str], Plan]] = {
    "none": _plain,
    "upper": _upper,
    "lower": _lower,
    "wrap40": _wrap,
    "quoted_reply": _quoted_reply,
    "html": _html,
    "json_string": _json_string,
    "urlencoded": _urlencoded,
    "quoted_printable": _quoted_printable,
    "csv_cells": _csv_cells,
    "one_line": _one_line,
    "pipes": _pipes,
    "tabs": _tabs,
    "crlf": _crlf,
    "mojibake": _mojibake,
}


def transform_text(name: str, text: str) -> Transformed:
    """``text`` through the transformation ``name``, with its character map."""
    return _assemble(*TRANSFORMS[name](text))


def transform_row(name: str, row: Mapping) -> dict:
    """A labelled row through the transformation ``name``: its spans remapped exactly."""
    done = transform_text(name, row["text"])
    spans = []
    for span in row["spans"]:
        start, end = int(span["start"]), int(span["end"])
        if start >= end:
            continue
        new_start, new_end = done.span(start, end)
        spans.append({**span, "start": new_start, "end": new_end})
    return {**row, "id": f"{row['id']}~{name}", "text": done.text, "spans": spans}


# --------------------------------------------------------------------------- measuring
def sample(rows: Sequence[Mapping], n: int | None) -> list[Mapping]:
    """``n`` rows spread evenly over the set (every k-th), so every layout is drawn."""
    if n is None or n >= len(rows):
        return list(rows)
    step = len(rows) / n
    return [rows[int(i * step)] for i in range(n)]


def score(rows: Sequence[Mapping], predicted: Sequence) -> dict:
    """Recall, every character hidden and precision of one transformation's rows, with the
    counts they come from (so runs over other sets can be pooled: :func:`pool`)."""
    result = rm.evaluate_redaction(rows, predicted)
    types = result["per_type"].values()
    any_pii = result["any_pii"]
    counts = {
        "found": sum(t["found"] for t in types),
        "support": sum(t["support"] for t in types),
        "correct": sum(t["correct_predictions"] for t in types),
        "predicted": sum(t["predicted"] for t in types),
        "covered": round((any_pii["covered"] or 0) * any_pii["support"]),
        "hideable": any_pii["support"],
        "rows": len(rows),
    }
    return _rates(counts)


def _rates(counts: Mapping[str, int]) -> dict:
    def rate(num: str, den: str) -> float | None:
        return counts[num] / counts[den] if counts[den] else None

    return {
        "recall": rate("found", "support"),
        "every_char": rate("covered", "hideable"),
        "precision": rate("correct", "predicted"),
        **counts,
    }


_COUNTS = ("found", "support", "correct", "predicted", "covered", "hideable", "rows")


def pool(runs: Sequence[Mapping[str, Mapping]]) -> dict[str, dict]:
    """The scores of several runs (over other sets) as one: their counts summed."""
    names = [t for t in runs[0] if all(t in run for run in runs)]
    return {t: _rates({k: sum(run[t][k] for run in runs) for k in _COUNTS}) for t in names}


def measure(
    sets: Sequence[tuple[Path, list[str]]],
    transforms: Sequence[str],
    *,
    n: int | None = 200,
    show_progress: bool = True,
) -> dict[str, dict]:
    """Scores of each transformation over the rows of all ``sets`` (each with its deployment's
    allow list), pooled."""
    from contracts.settings import get_settings
    from evaluation.evaluate_redaction import redact_rows
    from pipeline.factory import build_pipeline

    gold: dict[str, list] = {t: [] for t in transforms}
    found: dict[str, list] = {t: [] for t in transforms}
    for path, allow_list in sets:
        rows = sample(rm.load_jsonl(path), n)
        settings = get_settings().model_copy(update={"redaction_allow_list": allow_list})
        pipeline = build_pipeline(settings, load_index=False)
        for name in transforms:
            moved = [transform_row(name, row) for row in rows]
            gold[name] += moved
            found[name] += redact_rows(
                pipeline, moved, show_progress=show_progress, desc=f"{path.stem} {name}"
            )
    return {t: score(gold[t], found[t]) for t in transforms}


def format_table(results: Mapping[str, Mapping], base: Mapping[str, Mapping] | None = None) -> str:
    """A plain table: one line a transformation, its change from ``none`` (and from ``base``,
    an earlier run's results, when given)."""
    none = results.get("none")
    head = f"{'transform':18} {'recall':>7} {'every':>7} {'prec':>7} {'d_rec':>7} {'d_every':>7}"
    lines = [head + ("  vs base: recall every prec" if base else "")]
    sums = [0.0, 0.0, 0.0]
    for name, r in results.items():
        vals = [r["recall"] or 0.0, r["every_char"] or 0.0, r["precision"] or 0.0]
        sums = [s + v for s, v in zip(sums, vals)]
        d = (
            f" {vals[0] - none['recall']:+7.3f} {vals[1] - none['every_char']:+7.3f}"
            if none
            else ""
        )
        line = f"{name:18} {vals[0]:7.3f} {vals[1]:7.3f} {vals[2]:7.3f}{d}"
        if base and name in base:
            b = base[name]
            line += (
                f"  {vals[0] - b['recall']:+.3f} {vals[1] - b['every_char']:+.3f}"
                f" {vals[2] - b['precision']:+.3f}"
            )
        lines.append(line)
    first = next(iter(results.values()), None)
    lines.append(f"{'SUM':18} {sums[0]:7.3f} {sums[1]:7.3f} {sums[2]:7.3f}")
    if first:
        lines.append(f"({first['rows']} letters, {first['support']} labelled items a transform)")
    return "\n".join(lines)


def _allow_list(path: str) -> list[str]:
    from evaluation.evaluate_redaction import read_allow_list

    return [] if path in ("", "-") else read_allow_list(Path(path))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.redaction_transforms", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--set", action="append", default=[], help="labelled JSONL (repeat)")
    parser.add_argument(
        "--pool", nargs="+", help="print the pooled table of these --json runs (nothing is run)"
    )
    parser.add_argument(
        "--allow-list", action="append", default=[], help="one per --set, in order ('-': none)"
    )
    parser.add_argument("--n", type=int, default=200, help="letters from each set (0: all)")
    parser.add_argument("--transform", default="all", help="'all' or names, comma-separated")
    parser.add_argument("--json", help="write the scores here")
    parser.add_argument("--base", help="an earlier --json run to compare with")
    parser.add_argument("--no-progress", action="store_true")
    args = parser.parse_args(argv)
    # an earlier run's scores, recomputed from its counts (so a pooled run's counts serve too)
    base = pool([json.loads(Path(args.base).read_text())["results"]]) if args.base else None
    if args.pool:
        runs = [json.loads(Path(p).read_text()) for p in args.pool]
        print(f"pooled: {', '.join(Path(s).stem for run in runs for s in run['sets'])}")
        print(format_table(pool([run["results"] for run in runs]), base))
        return 0
    if not args.set:
        parser.error("give --set (or --pool)")
    allow = args.allow_list or ["-"] * len(args.set)
    if len(allow) != len(args.set):
        parser.error("give one --allow-list for each --set (or none)")
    names = list(TRANSFORMS) if args.transform == "all" else args.transform.split(",")
    unknown = [t for t in names if t not in TRANSFORMS]
    if unknown:
        parser.error(f"unknown transform(s) {unknown}; known: {', '.join(TRANSFORMS)}")
    if "none" not in names:
        names.insert(0, "none")
    sets = [(Path(s), _allow_list(a)) for s, a in zip(args.set, allow)]
    results = measure(sets, names, n=args.n or None, show_progress=not args.no_progress)
    print(format_table(results, base))
    if args.json:
        Path(args.json).write_text(
            json.dumps({"sets": [str(s) for s in args.set], "n": args.n, "results": results})
        )
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())


__all__ = ["TRANSFORMS", "Transformed", "format_table", "main", "measure", "pool", "transform_row"]
