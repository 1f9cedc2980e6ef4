"""The whole flow on real models: privacy, flags, abstention, streaming."""

from __future__ import annotations

import json
import shutil

import pytest

from contracts.models import Letter, Priority
from redaction import LetterTooLong
from triage.teams import Teams

LETTER = Letter(
    id="p1",
    text=(
        "Dear Sir or Madam,\n\nMy name is Margaret Ellison and I live at 14 Larch Close, Whitby, "
        "YO21 3JP. My Universal Credit payment this month was £312 less than usual and my journal "
        "says nothing. My National Insurance number is JH 45 21 78 C and my NHS number is "
        "943 476 5919. You can email me at m.ellison@example.com or call 07700 900461.\n\n"
        "Yours faithfully,\nMargaret Ellison"
    ),
)
VALUES = [
    "Margaret",
    "Ellison",
    "14 Larch Close",
    "Whitby",
    "YO21 3JP",
    "JH 45 21 78 C",
    "943 476 5919",
    "m.ellison@example.com",
    "07700 900461",
]


def test_no_personal_data_reaches_any_later_stage(pipeline):
    result = pipeline.triage_one(LETTER)
    dumped = json.dumps(result.model_dump(mode="json"))
    for value in VALUES:
        assert value not in dumped, f"{value!r} leaked into the result"
    assert "<PERSON_1>" in result.redacted_text
    assert result.team == "benefits" and not result.abstained
    assert result.guidance and result.reply.citations


def test_the_drafter_sees_only_the_redacted_letter(pipeline, monkeypatch):
    seen = []
    original = pipeline.drafter.draft

    def spy(letter, routing, hits):
        seen.append(letter)
        return original(letter, routing, hits)

    monkeypatch.setattr(pipeline.drafter, "draft", spy)
    pipeline.triage_one(LETTER)
    (letter,) = seen
    assert not hasattr(letter, "text")
    assert all(value not in letter.redacted_text for value in VALUES)


@pytest.mark.parametrize(
    "text, kind, priority",
    [
        (
            "I can't cope any more and I have been thinking about suicide. My PIP was stopped.",
            "safeguarding",
            Priority.URGENT,
        ),
        (
            "The bailiffs are coming on Monday and we have no food in the house for the children.",
            "destitution",
            Priority.HIGH,
        ),
        (
            "My tribunal hearing is on 3 December and I need my Universal Credit records before then.",
            "deadline",
            Priority.HIGH,
        ),
    ],
)
def test_flagged_letters_always_need_a_human(pipeline, text, kind, priority):
    result = pipeline.triage_one(Letter(id="f", text=text))
    assert kind in {flag.kind.value for flag in result.flags}
    assert result.priority == priority
    assert result.needs_human_triage
    for flag in result.flags:
        assert result.redacted_text[flag.start : flag.end] == flag.evidence


@pytest.mark.parametrize(
    "text",
    [
        "There is a pothole on our road that burst my tyre. When will the council repair it?",
        "My wheelie bin has not been emptied for three weeks, please send the bin lorry.",
    ],
)
def test_letters_no_team_handles_go_to_human_triage(pipeline, text):
    result = pipeline.triage_one(Letter(id="o", text=text))
    assert result.abstained and result.team is None and result.needs_human_triage
    assert result.candidates, "the caseworker still sees the nearest candidates"


def test_run_streams_results_without_reading_all_input_first(pipeline):
    consumed = []

    def letters():
        for i in range(1000):
            consumed.append(i)
            yield Letter(id=str(i), text="When will my Child Benefit be paid?")

    stream = pipeline.run(letters())
    first = next(stream)
    assert first.id == "0"
    # the batch being finished plus at most `prefetch` batches redacted ahead
    assert len(consumed) <= (pipeline.prefetch + 1) * pipeline.batch_size + 1
    stream.close()


@pytest.mark.parametrize("overlap", [True, False])
def test_letter_too_long_fails_after_every_earlier_letter_is_out(pipeline, monkeypatch, overlap):
    monkeypatch.setattr(pipeline, "overlap", overlap)
    monkeypatch.setattr(pipeline, "batch_size", 4)  # two batches: the worker is used
    monkeypatch.setattr(pipeline.redactor, "max_chars", 200)
    pipeline.close()  # the worker takes the redactor's configuration when it starts
    texts = ["When will my Child Benefit be paid?"] * 5 + ["x" * 201] + ["Where is my bin?"]
    out = []
    try:
        with pytest.raises(LetterTooLong) as info:
            for result in pipeline.run(Letter(id=str(i), text=t) for i, t in enumerate(texts)):
                out.append(result.id)
    finally:
        pipeline.close()
    assert out == ["0", "1", "2", "3", "4"] and info.value.letter_id == "5"


def test_overlapped_and_sequential_runs_agree(pipeline, monkeypatch):
    letters = [
        Letter(
            id=str(i),
            text=f"Letter {i}: when will my Child Benefit be paid? "
            f"My name is Sam Jones, NI number QQ 12 34 56 C.",
        )
        for i in range(70)
    ]
    overlapped = list(pipeline.run(letters))
    monkeypatch.setattr(pipeline, "overlap", False)
    assert list(pipeline.run(letters)) == overlapped
    assert [r.id for r in overlapped] == [str(i) for i in range(70)]


def test_main_process_lets_go_of_its_embedder_while_the_workers_embed(pipeline, monkeypatch):
    """The workers embed every batch of a run, so the main process drops the model it loaded
    to check the index's probe vector (memory), and loads it back when it embeds itself again:
    same results either way."""
    if not pipeline.embeds_in_workers:
        pytest.skip("the PyTorch backend embeds in the main process")
    letters = [
        Letter(id=str(i), text=f"Letter {i}: my Child Benefit stopped. Sam Jones, QQ 12 34 56 C.")
        for i in range(24)
    ]
    monkeypatch.setattr(pipeline, "batch_size", 8)
    pipeline.close()
    pipeline.embedder.encode(["loaded, as after the index check"])
    try:
        overlapped = list(pipeline.run(letters))
        assert not pipeline.embedder.is_loaded
        monkeypatch.setattr(pipeline, "overlap", False)
        assert list(pipeline.run(letters)) == overlapped
        assert pipeline.embedder.is_loaded
    finally:
        pipeline.close()


def test_worker_is_replaced_after_its_share_of_letters(pipeline, monkeypatch):
    """On endless input the pipeline's workers are renewed (spaCy's string store only grows);
    the hand-over loses, duplicates or reorders nothing."""
    letters = [
        Letter(id=str(i), text=f"Letter {i}: my name is Sam Jones and my Child Benefit stopped.")
        for i in range(40)
    ]
    monkeypatch.setattr(pipeline, "overlap", False)
    sequential = list(pipeline.run(letters))
    monkeypatch.setattr(pipeline, "overlap", True)
    monkeypatch.setattr(pipeline, "batch_size", 8)
    monkeypatch.setattr(pipeline, "renew_after_letters", 16)  # two batches per worker
    pipeline.close()
    started = pipeline.workers_started
    try:
        renewed = list(pipeline.run(letters))
    finally:
        pipeline.close()
    assert pipeline.workers_started - started == 3  # 5 batches, 2 per worker
    assert renewed == sequential


def test_batch_and_single_results_agree(pipeline):
    letters = [
        Letter(id=str(i), text=t)
        for i, t in enumerate(
            [
                "How do I apply for an apprenticeship?",
                "I have been paid less than the minimum wage by my employer.",
                LETTER.text,
            ]
        )
    ]
    together = list(pipeline.run(letters))
    alone = [pipeline.triage_one(letter) for letter in letters]
    assert [r.team for r in together] == [r.team for r in alone]
    assert [r.redacted_text for r in together] == [r.redacted_text for r in alone]
    for a, b in zip(together, alone):
        assert a.confidence == pytest.approx(b.confidence, abs=1e-4)


def test_routing_letters_already_embedded_agrees_with_triage(pipeline):
    """Pipeline.route_many (for evaluation, which embeds and searches once and routes many
    times) routes as the whole flow does."""
    letters = [
        Letter(id="a", text="How do I apply for an apprenticeship?"),
        Letter(id="b", text="I have been paid less than the minimum wage by my employer."),
    ]
    triaged = list(pipeline.run(letters))
    texts = [r.redacted_text for r in triaged]
    routed = pipeline.route_many(pipeline.embed_letters(texts), pipeline.search(texts), texts)
    assert [r.team for r in routed] == [r.team for r in triaged]
    for routing, result in zip(routed, triaged, strict=True):
        assert routing.confidence == pytest.approx(result.confidence, abs=1e-4)


def test_a_repeated_letter_is_triaged_once_and_gets_the_same_result(pipeline, monkeypatch):
    """Campaign letters and re-sent e-mails: the first copy is worked, the others reuse its
    result under their own ids; the results equal those of a run without the dedupe."""
    campaign = "Please stop the closure of the Jobcentre in our town. I rely on it every week."
    texts = [
        campaign,
        "How do I apply for an apprenticeship?",
        campaign,
        LETTER.text,
        campaign,
        "How do I apply for an apprenticeship?",
    ]
    letters = [Letter(id=f"d{i}", text=t) for i, t in enumerate(texts)]
    monkeypatch.setattr(pipeline, "overlap", False)
    redacted = []
    original = pipeline.redactor.redact_many

    def counting(batch, batch_size=32):
        batch = list(batch)
        redacted.extend(letter.id for letter in batch)
        return original(batch, batch_size=batch_size)

    monkeypatch.setattr(pipeline.redactor, "redact_many", counting)
    deduped = list(pipeline.run(letters))
    assert redacted == ["d0", "d1", "d3"]
    monkeypatch.setattr(pipeline, "dedupe", False)
    plain = list(pipeline.run(letters))
    assert [r.id for r in deduped] == [r.id for r in plain] == [letter.id for letter in letters]
    assert deduped == plain


def test_repeated_letters_across_batches_in_the_workers(pipeline, monkeypatch):
    texts = [
        "My Child Benefit stopped and I do not know why.",
        "Where is my bin?",
        "I was paid less than the minimum wage.",
    ]
    letters = [Letter(id=str(i), text=texts[i % 3]) for i in range(20)]
    monkeypatch.setattr(pipeline, "batch_size", 4)
    pipeline.close()
    try:
        overlapped = list(pipeline.run(letters))
    finally:
        pipeline.close()
    monkeypatch.setattr(pipeline, "overlap", False)
    monkeypatch.setattr(pipeline, "dedupe", False)
    assert overlapped == list(pipeline.run(letters))


def test_routing_on_static_vectors(pipeline, monkeypatch, tmp_path, settings, demo_index_dir):
    """routing_vectors=static: the router is trained on, and routes with, the static
    embedder's whole-letter vectors (recorded in the saved router, so a pipeline built later
    routes on them too); guidance search keeps the transformer, reading fewer tokens."""
    from pipeline.factory import build_pipeline

    texts = {
        "benefits": [
            "My Universal Credit payment is late.",
            "Child Benefit stopped without warning.",
            "How do I claim Pension Credit?",
            "My PIP assessment was wrong.",
        ],
        "employment": [
            "My employer pays less than the minimum wage.",
            "I was dismissed without notice.",
            "Holiday pay was not paid.",
            "How do I start an apprenticeship?",
        ],
    }
    rows = [(t, team) for team, items in texts.items() for t in items]
    router = pipeline.router
    monkeypatch.setattr(pipeline, "routing_vectors", "static")
    monkeypatch.setattr(pipeline, "retrieval_tokens", 64)
    try:
        pipeline.train_router(
            [t for t, _ in rows],
            [team for _, team in rows],
            teams=Teams.from_names(["benefits", "employment"]),
            threshold=0.0,
        )
        assert pipeline.routes_on_static
        assert pipeline.router.embedding_model.startswith("static:")
        assert pipeline.router.n_features_in_ == pipeline.static.dimension
        assert pipeline.embed_letters(["x"]).shape == (1, pipeline.static.dimension)
        letters = [Letter(id=str(i), text=t) for i, (t, _) in enumerate(rows * 5)]
        monkeypatch.setattr(pipeline, "batch_size", 8)
        pipeline.close()
        overlapped = list(pipeline.run(letters))
        monkeypatch.setattr(pipeline, "overlap", False)
        sequential = list(pipeline.run(letters))
        assert overlapped == sequential
        assert all(r.guidance for r in sequential)
        assert [r.candidates[0].team for r in sequential[:8]] == [team for _, team in rows]

        index_dir = tmp_path / "index"
        shutil.copytree(demo_index_dir, index_dir)
        pipeline.save_router(index_dir / "router")
        later = build_pipeline(
            settings, index_dir, embedder=pipeline.embedder, redactor=pipeline.redactor
        )
        assert later.routes_on_static
        assert later.triage_one(letters[0]).candidates[0].team == "benefits"
    finally:
        pipeline.close()
        pipeline.router = router
