"""The whole flow on real models: privacy, flags, abstention, streaming."""

from __future__ import annotations

import json

import pytest

from contracts.models import Letter, Priority

LETTER = Letter(id="p1", text=(
    "Dear Sir or Madam,\n\nMy name is Margaret Ellison and I live at 14 Larch Close, Whitby, "
    "YO21 3JP. My Universal Credit payment this month was £312 less than usual and my journal "
    "says nothing. My National Insurance number is JH 45 21 78 C and my NHS number is "
    "943 476 5919. You can email me at m.ellison@example.com or call 07700 900461.\n\n"
    "Yours faithfully,\nMargaret Ellison"))
VALUES = ["Margaret", "Ellison", "14 Larch Close", "Whitby", "YO21 3JP", "JH 45 21 78 C",
          "943 476 5919", "m.ellison@example.com", "07700 900461"]


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


@pytest.mark.parametrize("text, kind, priority", [
    ("I can't cope any more and I have been thinking about suicide. My PIP was stopped.",
     "safeguarding", Priority.URGENT),
    ("The bailiffs are coming on Monday and we have no food in the house for the children.",
     "destitution", Priority.HIGH),
    ("My tribunal hearing is on 3 December and I need my Universal Credit records before then.",
     "deadline", Priority.HIGH),
])
def test_flagged_letters_always_need_a_human(pipeline, text, kind, priority):
    result = pipeline.triage_one(Letter(id="f", text=text))
    assert kind in {flag.kind.value for flag in result.flags}
    assert result.priority == priority
    assert result.needs_human_triage
    for flag in result.flags:
        assert result.redacted_text[flag.start:flag.end] == flag.evidence


@pytest.mark.parametrize("text", [
    "There is a pothole on our road that burst my tyre. When will the council repair it?",
    "My wheelie bin has not been emptied for three weeks, please send the bin lorry.",
])
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
    from redaction import LetterTooLong

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
    letters = [Letter(id=str(i), text=f"Letter {i}: when will my Child Benefit be paid? "
                      f"My name is Sam Jones, NI number QQ 12 34 56 C.") for i in range(70)]
    overlapped = list(pipeline.run(letters))
    monkeypatch.setattr(pipeline, "overlap", False)
    assert list(pipeline.run(letters)) == overlapped
    assert [r.id for r in overlapped] == [str(i) for i in range(70)]


def test_worker_is_replaced_after_its_share_of_letters(pipeline, monkeypatch):
    """On endless input the pipeline's workers are renewed (spaCy's string store only grows);
    the hand-over loses, duplicates or reorders nothing."""
    letters = [Letter(id=str(i), text=f"Letter {i}: my name is Sam Jones and my Child Benefit "
                      f"stopped.") for i in range(40)]
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
    letters = [Letter(id=str(i), text=t) for i, t in enumerate([
        "How do I apply for an apprenticeship?",
        "I have been paid less than the minimum wage by my employer.",
        LETTER.text,
    ])]
    together = list(pipeline.run(letters))
    alone = [pipeline.triage_one(letter) for letter in letters]
    assert [r.team for r in together] == [r.team for r in alone]
    assert [r.redacted_text for r in together] == [r.redacted_text for r in alone]
    for a, b in zip(together, alone):
        assert a.confidence == pytest.approx(b.confidence, abs=1e-4)
