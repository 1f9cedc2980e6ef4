"""Guidance from real document formats (HTML, PDF with outlines, Word with heading styles, next
to Markdown and GOV.UK JSONL) and the index updated in place: versions, history, only changed
documents re-embedded, and `casework index --update` end to end."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from evaluation.mailroom_files import docx_bytes, html_bytes, pdf_bytes
from retrieval.documents import load_folder
from retrieval.guidance import GuidanceError, chunk_guidance
from retrieval.index import GuidanceIndex
from retrieval.retriever import Retriever
from retrieval.updates import build, update_index

HOUSING = [
    (
        "Who can apply",
        "You can apply for a Discretionary Housing Payment if you get "
        "Housing Benefit or the housing element of Universal Credit and still need help "
        "with your rent.",
    ),
    (
        "How to apply",
        "Fill in the council's application form and send proof of your "
        "income and rent. We decide most applications within 14 days.",
    ),
]


def _folder(tmp_path):
    folder = tmp_path / "guidance"
    (folder / "policies").mkdir(parents=True)
    (folder / "policies" / "housing.pdf").write_bytes(pdf_bytes(HOUSING, title="Housing help"))
    (folder / "waste.docx").write_bytes(
        docx_bytes(
            [
                (1, "Bins and recycling"),
                (2, "Missed collections"),
                (
                    0,
                    "Report a missed bin collection within two working days of the collection day.",
                ),
                (2, "Bulky waste"),
                (0, "We collect up to three bulky items for a fee of £25."),
            ]
        )
    )
    (folder / "parking.html").write_bytes(
        html_bytes(
            "Parking permits",
            [
                (1, "Parking permits", None),
                (2, "Resident permits", "resident"),
                (0, "A resident permit costs £60 a year for the first car in the household.", None),
                (3, "Visitor permits", None),
                (0, "Visitors' permits are sold in books of ten for £12.", None),
            ],
        )
    )
    (folder / "council-tax.md").write_text(
        "# Council Tax\n\n## Discounts\n\nYou get 25% off "
        "your bill if you live on your own as an adult.\n"
    )
    return folder


def test_a_folder_of_documents_becomes_sections_with_anchors(tmp_path):
    docs = {d.id: d for d in load_folder(_folder(tmp_path))}
    assert set(docs) == {"policies/housing", "waste", "parking", "council-tax"}
    assert docs["waste"].title == "Bins and recycling"
    assert docs["parking"].title == "Parking permits"
    passages = chunk_guidance(docs.values())
    by_heading = {(p.guidance_id, p.heading): p for p in passages}
    pdf = by_heading[("policies/housing", "How to apply")]
    assert pdf.url == "policies/housing.pdf#page=2" and "14 days" in pdf.text
    assert by_heading[("policies/housing", "Who can apply")].url.endswith("#page=1")
    html = by_heading[("parking", "Resident permits")]
    assert html.url == "parking.html#resident" and "£60" in html.text
    assert (
        by_heading[("parking", "Resident permits > Visitor permits")].url
        == "parking.html#visitor-permits"
    )
    word = by_heading[("waste", "Bulky waste")]
    assert word.url == "waste.docx#bulky-waste" and "£25" in word.text
    assert by_heading[("council-tax", "Discounts")].url == ""  # .md: as before (front matter)


def test_a_damaged_document_names_the_file(tmp_path):
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4 broken")
    with pytest.raises(GuidanceError, match=r"bad\.pdf"):
        load_folder(tmp_path)


def test_update_in_place_re_embeds_only_what_changed(tmp_path, embedder):
    folder, index_dir = _folder(tmp_path), tmp_path / "index"
    index, first = build(load_folder(folder), embedder, index_dir)
    index.save(index_dir)
    assert first.version == 1 and first.embedded == len(index.passages)
    assert set(index.manifest["documents"]) == {
        "policies/housing",
        "waste",
        "parking",
        "council-tax",
    }
    before = {p.id: index.faiss_index.reconstruct(i) for i, p in enumerate(index.passages)}
    # change one document, add one, remove one
    (folder / "council-tax.md").write_text(
        "# Council Tax\n\n## Discounts\n\nYou get 25% off "
        "your bill if you live alone. Students pay none.\n"
    )
    (folder / "libraries.md").write_text(
        "# Libraries\n\n## Opening hours\n\nHillside Library "
        "opens 9am to 5pm, Monday to Saturday.\n"
    )
    (folder / "waste.docx").unlink()
    updated, report = update_index(index_dir, load_folder(folder), embedder)
    updated.save(index_dir)
    assert (report.version, report.added, report.replaced, report.removed) == (
        2,
        ["libraries"],
        ["council-tax"],
        ["waste"],
    )
    changed = [p for p in updated.passages if p.guidance_id in ("libraries", "council-tax")]
    assert report.embedded == len(changed) and report.reused == len(updated.passages) - len(changed)
    reloaded = GuidanceIndex.load(index_dir, embedder=embedder)
    for i, passage in enumerate(reloaded.passages):
        if passage.guidance_id in ("policies/housing", "parking"):
            assert (reloaded.faiss_index.reconstruct(i) == before[passage.id]).all()
    docs = reloaded.manifest["documents"]
    assert docs["parking"]["version"] == 1 and docs["council-tax"]["version"] == 2
    assert docs["libraries"]["version"] == 2 and reloaded.manifest["removed"] == {"waste": 2}
    assert [h["version"] for h in reloaded.manifest["history"]] == [1, 2]
    assert reloaded.manifest["history"][-1]["embedded"] == report.embedded
    # the new text is found, the removed one is gone

    hits = Retriever(reloaded, embedder, k=3).search("library opening hours on Saturday")
    assert hits[0].guidance_id == "libraries"
    assert all(p.guidance_id != "waste" for p in reloaded.passages)
    # nothing changed: nothing embedded, same version
    _again, unchanged = update_index(index_dir, load_folder(folder), embedder)
    assert (unchanged.version, unchanged.embedded, unchanged.changed) == (2, 0, False)


def test_index_update_from_the_command_line(tmp_path):
    from cli.main import app

    folder, index_dir = _folder(tmp_path), tmp_path / "index"
    runner = CliRunner()
    assert (
        runner.invoke(app, ["index", str(folder), "--index", str(index_dir), "--update"]).exit_code
        == 2
    )  # nothing to update yet
    first = runner.invoke(app, ["index", str(folder), "--index", str(index_dir)])
    assert first.exit_code == 0, first.output
    (folder / "parking.html").write_bytes(
        html_bytes(
            "Parking permits",
            [
                (2, "Resident permits", "resident"),
                (0, "A resident permit now costs £75 a year.", None),
            ],
        )
    )
    result = runner.invoke(app, ["index", str(folder), "--index", str(index_dir), "--update"])
    assert result.exit_code == 0, result.output
    assert "version 2; added 0, replaced 1, removed 0" in " ".join(result.output.split())
    manifest = json.loads((index_dir / "manifest.json").read_text())
    assert manifest["version"] == 2 and manifest["documents"]["parking"]["version"] == 2
