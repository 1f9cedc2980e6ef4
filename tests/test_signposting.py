"""Help for the person, by flag: every flag kind and category gets its signposting, first in
the draft (after the greeting), whatever drafted the reply and whatever the deployment's folder
holds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contracts.models import Draft, Flag, FlagKind, RedactedLetter, Routing
from prompts import TemplateDrafter
from prompts.signposting import LAST_RESORT, SIGNPOSTING_DIR, Signposter
from triage.flags import PATTERNS, FlagDetector

CATEGORIES = sorted({(p.kind.value, p.category) for p in PATTERNS})
ROUTED = Routing(team="benefits", confidence=0.9, abstained=False)


def flag(kind: str, category: str) -> Flag:
    return Flag(kind=FlagKind(kind), category=category, evidence="x", start=0, end=1)


@pytest.mark.parametrize(("kind", "category"), CATEGORIES, ids=[f"{k}-{c}" for k, c in CATEGORIES])
def test_every_flag_category_has_its_own_signposting_placed_first(kind, category):
    assert (SIGNPOSTING_DIR / f"{category}.txt.j2").is_file(), "a category without its own help"
    draft = TemplateDrafter().draft(
        RedactedLetter(id="t", redacted_text="Please help me."), ROUTED, []
    )
    signposted = Signposter().apply(draft, [flag(kind, category)])
    help_text = Signposter().texts([flag(kind, category)])[0]
    assert signposted.text.startswith("Hello,\n\n" + help_text)


def test_suicide_and_self_harm_signposting_has_the_crisis_numbers():
    for category in ("suicide", "self_harm"):
        text = Signposter().texts([flag("safeguarding", category)])[0]
        assert "999" in text and "116 123" in text and "111" in text and "option 2" in text


@pytest.mark.parametrize(
    ("category", "words"),
    [
        ("abuse", "0808 2000 247"),
        ("child_at_risk", "0808 800 5000"),
        ("food", "hardship payment"),
        ("fuel", "emergency"),
        ("eviction", "0808 800 4444"),
        ("homeless", "housing options"),
        ("deadline", "deadline"),
        ("hearing", "hearing"),
        ("final_notice", "14 days"),
        ("mandatory_reconsideration", "one month"),
    ],
)
def test_each_category_says_what_helps(category, words):
    kind = next(k for k, c in CATEGORIES if c == category)
    assert words in Signposter().texts([flag(kind, category)])[0]


def test_most_serious_first_and_each_block_once():
    texts = Signposter().texts(
        [
            flag("deadline", "deadline"),
            flag("destitution", "food"),
            flag("safeguarding", "suicide"),
            flag("safeguarding", "suicide"),
        ]
    )
    assert len(texts) == 3
    assert "116 123" in texts[0] and "food" in texts[1] and "deadline" in texts[2]


def test_a_draft_without_the_greeting_still_gets_the_help_first():
    llm_draft = Draft(text="Thank you for writing. [1]\n", drafter="langchain:x")
    out = Signposter().apply(llm_draft, [flag("safeguarding", "abuse")])
    assert out.text.startswith("If you are in danger now, call 999")


def test_never_missing_when_the_deployment_folder_lacks_the_category(tmp_path):
    (tmp_path / "_kind_destitution.txt.j2").write_text("Local hardship help: call 0100.\n")
    signposter = Signposter(tmp_path)
    assert signposter.texts([flag("destitution", "fuel")]) == ["Local hardship help: call 0100."]
    assert signposter.texts([flag("safeguarding", "suicide")]) == [LAST_RESORT["safeguarding"]]
    assert signposter.texts([flag("deadline", "hearing")]) == [LAST_RESORT["deadline"]]


@pytest.mark.parametrize(
    "text",
    [
        "The sanction left me with nothing and I have been thinking about ending my life.",
        "My ex-partner keeps threatening me and says he will hurt me.",
        "I have no food for the children and the gas has been cut off.",
        "My landlord gave me a section 21 notice and I will be evicted next month.",
        "My tribunal hearing is on 3 March and I must reply by 14 February.",
    ],
)
def test_every_flagged_letter_gets_signposting_for_every_flag(text):
    flags = FlagDetector().detect(text)
    assert flags
    draft = Signposter().apply(
        TemplateDrafter().draft(RedactedLetter(id="t", redacted_text=text), ROUTED, []), flags
    )
    for f in flags:
        assert Signposter().texts([f])[0] in draft.text


def test_signposting_is_plain_english():
    """GOV.UK writes for a reading age of about 9; help in a crisis must be easy to read
    (Flesch-Kincaid grade 8 or under for every block, measured with textstat)."""
    from evaluation.drafts import _textstat

    textstat = _textstat()
    for path in sorted(SIGNPOSTING_DIR.glob("*.txt.j2")):
        grade = textstat.flesch_kincaid_grade(path.read_text(encoding="utf-8"))
        assert grade <= 8, (path.name, grade)


def test_every_flagged_example_letter_gets_its_signposting_through_the_pipeline(pipeline):
    """Issue 19's "every flagged letter's draft carries its signposting", end to end: the
    pipeline (not the signposter alone) puts each flag's help first in the draft of every
    flagged example letter."""
    from contracts.models import Letter

    examples = Path(__file__).resolve().parents[1] / "data" / "examples" / "letters.jsonl"
    letters = [
        Letter(id=row["id"], text=row["text"])
        for row in map(json.loads, examples.read_text(encoding="utf-8").splitlines())
    ]
    flagged = [r for r in pipeline.run(letters) if Signposter().texts(r.flags)]
    assert len(flagged) >= 5, "the example letters should include flagged ones"
    for result in flagged:
        help_texts = Signposter().texts(result.flags)
        assert result.reply.text.startswith("Hello,\n\n" + "\n\n".join(help_texts)), result.id
