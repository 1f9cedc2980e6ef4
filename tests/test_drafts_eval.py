"""Measuring the drafted replies (evaluation/drafts.py) and the audience labels guidance
passages carry from the index (retrieval/guidance.py)."""

from __future__ import annotations

import pytest

from contracts.models import Draft, GuidanceHit, Priority, TriageResult
from evaluation.drafts import (
    is_fragment,
    is_out_of_context,
    measure,
    quoted_points,
    readability,
    reply_body,
    snippet_rows,
)
from retrieval.guidance import GuidanceDoc, Passage, audience_of, chunk_guidance

DRAFT = (
    "Hello,\n\nOur published guidance says:\n\n- You can claim Child Benefit for a child. [1]\n"
    "- This is called the grace period. [2]\n- payment [1, 2]\n\nReferences\n\n[1] A — u\n"
)


def test_quoted_points_and_their_checks():
    points = quoted_points(DRAFT)
    assert points == [
        "You can claim Child Benefit for a child.",
        "This is called the grace period.",
        "payment",
    ]
    assert [is_out_of_context(p) for p in points] == [False, True, False]
    assert [is_fragment(p) for p in points] == [False, False, True]
    assert "References" not in reply_body(DRAFT) and "[1]" not in reply_body(DRAFT)
    assert readability(DRAFT)["fk_grade"] < 10


def _result(text: str, hits: tuple[GuidanceHit, ...], team: str | None = "benefits"):
    return TriageResult(
        id="t",
        redacted_text=text,
        team=team,
        confidence=0.9,
        abstained=team is None,
        candidates=(),
        priority=Priority.NORMAL,
        flags=(),
        needs_human_triage=team is None,
        guidance=hits,
        reply=Draft(text=""),
    )


def test_measure_counts_source_citations_and_holding_replies():
    hit = GuidanceHit(
        guidance_id="/child-benefit",
        title="Child Benefit",
        url="https://www.gov.uk/child-benefit",
        heading="",
        score=0.5,
        passage="You can get Child Benefit if you’re responsible for a child under 16.\n",
        similarity=0.7,
    )
    triaged = [
        (
            {"split": "dev", "guidance_ids": ["/child-benefit"]},
            _result("Can I get Child Benefit for my child who is under 16?", (hit,)),
        ),
        (
            {"split": "dev", "guidance_ids": ["/bins"]},
            _result("When will my green bin be emptied?", (hit,), team=None),
        ),
    ]
    report = measure(triaged)
    assert report["dev"]["letters"] == 2 and report["dev"]["cites_source"] == 0.5
    assert report["dev"]["cites_source_quoted"] == 0.5
    assert report["dev"]["holding_replies"] == 0.5
    assert report["dev"]["fragment_or_out_of_context"] == 0.0
    assert "benefits" in report["readability_by_team"]


def test_snippet_halves_are_split_by_page(shared_data):
    halves = snippet_rows(shared_data)
    pages = [{p for r in rows for p in r["guidance_ids"]} for rows in halves.values()]
    assert not pages[0] & pages[1]
    assert sum(len(rows) for rows in halves.values()) == 1278


def test_passages_are_labelled_by_audience_at_index_time_and_when_read():
    employer = GuidanceDoc(
        id="/employers-sick-pay",
        title="Statutory Sick Pay (SSP): employer guide",
        description="Employer guide to Statutory Sick Pay",
        body="## Eligibility\n\nYou must pay your employee SSP.\n",
    )
    mixed = GuidanceDoc(
        id="/maternity-pay-leave",
        title="Maternity pay and leave",
        body="## Pay\n\nYou get up to 39 weeks.\n\n## If you're an employer\n\n"
        "Tell your employees about SMP. Pay your employees on time.\n",
    )
    labels = {(p.guidance_id, p.heading): p.audience for p in chunk_guidance([employer, mixed])}
    assert labels == {
        ("/employers-sick-pay", "Eligibility"): "employer",
        ("/maternity-pay-leave", "Pay"): "citizen",
        ("/maternity-pay-leave", "If you're an employer"): "employer",
    }
    # an index written before labelling: the passage is labelled when it is read
    old = Passage(
        id="x~0",
        guidance_id="/employers-sick-pay",
        title=employer.title,
        url="u",
        heading="",
        text="You must pay your employee SSP.",
    )
    assert old.audience == "" and audience_of(old) == "employer"


@pytest.mark.parametrize(
    "passage",
    [
        Passage(
            id="a",
            guidance_id="/g",
            title="Universal Credit",
            url="u",
            heading="",
            text="You can claim online.",
        ),
    ],
)
def test_citizen_is_the_default(passage):
    assert audience_of(passage) == "citizen"


def test_measure_tells_quoted_sources_from_pages_pointed_to():
    """A draft that only points to the source page ("You can find out more on GOV.UK: ...")
    cites it but does not quote it: the two figures are reported apart."""
    start = GuidanceHit(
        guidance_id="/how-to-claim-new-style-esa",
        title="How to claim New Style ESA",
        url="https://www.gov.uk/how-to-claim-new-style-esa",
        heading="Make a claim",
        score=0.5,
        passage="Make a claim\n\nHow to claim\n",
        similarity=0.77,
    )
    text = "How do I start my claim for New Style ESA?"
    report = measure(
        [({"split": "dev", "guidance_ids": [start.guidance_id]}, _result(text, (start,)))],
        with_readability=False,
    )
    assert report["dev"]["cites_source"] == 1.0
    assert report["dev"]["cites_source_quoted"] == 0.0
    assert report["dev"]["quoted_points"] == 0
