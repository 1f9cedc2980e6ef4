"""`casework triage` over letters as received (a folder, or one document): see
:mod:`intake.batch`. Rows are those of JSONL input plus ``intake`` (format, parts with their
redacted names, OCR confidence, campaign among this run's letters) and ``guidance_version``
(the index version the suggestion was made with); a scan read with low confidence gets the
``scan`` flag and goes to a person."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table


def triage_documents(input: Path, index_dir: Path, output: Path | None, table: bool,
                     batch_size: int) -> None:
    from intake import campaigns
    from intake.batch import intake_row, read
    from intake.settings import get_intake_settings
    from triage.cli import err, print_table, result_row
    from triage.factory import build_pipeline
    from triage.intake import scan_flag
    from triage.io import check_output, open_output
    from triage.models import Letter
    from triage.settings import get_settings

    settings, intake = get_settings(), get_intake_settings()
    check_output(output, [input] if input.is_file() else [])
    items = read(input, settings.max_letter_chars, intake)  # every file read before any work
    err.print(f"read {len(items)} letters from {input} "
              f"({sum(i.document.ocr_pages for i in items)} scanned pages)")
    pipeline = build_pipeline(settings, index_dir, batch_size=batch_size)
    started = time.perf_counter()
    results = list(pipeline.run(Letter(id=i.id, text=i.document.text()) for i in items))
    groups = campaigns.group([campaigns.fingerprint(r.redacted_text) for r in results],
                             intake.campaign_similarity)
    sizes = {g: groups.count(g) for g in set(groups) if g}
    version = _index_version(index_dir)
    rows = []
    for item, result, group in zip(items, results, groups):
        row = result_row(result)
        flags = scan_flag(item.document.ocr_confidence, intake.ocr_min_confidence)
        if flags:
            row["flags"] += [f.model_dump(mode="json") for f in flags]
            row["needs_human_triage"] = True
        row["intake"] = intake_row(item, result.redacted_text, group, sizes.get(group, 0))
        row["guidance_version"] = version
        rows.append(row)
    with open_output(output, inputs=[input] if input.is_file() else []) as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    if table:
        console = Console(file=sys.stderr if output in (None, Path("-")) else sys.stdout)
        print_table(results, console)
        print_mailroom(rows, console)
    err.print(f"triaged {len(items)} letters in {time.perf_counter() - started:.1f}s")


def _index_version(index_dir: Path) -> int | None:
    try:
        return json.loads((Path(index_dir) / "manifest.json").read_text()).get("version")
    except (OSError, ValueError):
        return None


def print_mailroom(rows: list[dict], console: Console) -> None:
    table = Table(title="How they arrived: formats, languages, scans, campaigns")
    for column in ("id", "format", "parts", "language", "OCR", "campaign", "intake flags"):
        table.add_column(column, overflow="fold")
    for row in rows:
        intake = row["intake"]
        language = row.get("language") or {}
        campaign = intake.get("campaign")
        flags = [f"{f['category'].replace('_', ' ')}" for f in row["flags"]
                 if f["kind"] in ("language", "scan")]
        table.add_row(row["id"], intake["format"],
                      ", ".join(p["kind"] for p in intake["parts"]),
                      language.get("name", "") if language else "",
                      f"{intake['ocr_confidence']:.0f}%" if intake["ocr_confidence"] is not None
                      else "", f"{campaign['id']} ({campaign['size']} letters)" if campaign else "",
                      "; ".join(flags))
    console.print(table)
