"""The pattern prefilters (redaction/recognizers/prefilter.py) skip a pattern only where it cannot
match: every shipped pattern finds exactly the same matches with its guard as without, on texts
that match every one of them; the redactor's output is the same either way; constructs the
prefilters cannot write (fuzzy matching, back-references, full case folding) never cause a skip.

Fast, except the last test (the session's redactor)."""

from __future__ import annotations

import ast
import json
from functools import cache
from pathlib import Path

import pytest
import regex as re
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contracts.models import Letter

TESTS = Path(__file__).parent
EXAMPLES = TESTS.parents[0] / "data" / "examples" / "letters.jsonl"
#: matches of the few patterns no other text here exercises
MORE_TEXTS = [
    "My passport number is 123 456 789.",
    "Passport AB1234567, issued in 2019.",
    "Thanks for sorting this out.\n- Jo Bloggs\n",
    # a person's post right before their name (NameCueRecognizer "post X")
    "School: Hillside Primary (SENCo Manzi Ndayisaba, 0118 496 0000)",
    "The head teacher Orly Mizrahi was told on Monday.",
]


@cache
def _texts() -> tuple[str, ...]:
    """The strings the redaction tests write (each a case some rule was made for), the example
    letters, SYNTHETIC letters of every UK layout family, and ``MORE_TEXTS``: normalised, as the
    recognizers see them."""
    from evaluation.synthetic.uk_layouts import FAMILIES, generate_uk_layout_set
    from redaction.normalise import normalise

    found = set(MORE_TEXTS)
    for path in sorted(TESTS.glob("test_redaction*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    found.update(
        json.loads(line)["text"]
        for line in EXAMPLES.read_text(encoding="utf-8").splitlines()
        if line.strip()
    )
    for family in FAMILIES:
        found.update(row["text"] for row in generate_uk_layout_set(40, seed=1, family=family))
    return tuple(sorted(normalise(text).text for text in found if len(text) >= 8))


@cache
def _patterns() -> tuple[tuple[str, re.Pattern, object], ...]:
    """(name, plain compiled pattern, guarded compiled pattern) of every shipped pattern."""
    from presidio_analyzer import PatternRecognizer

    from redaction.recognizers import build_recognizers
    from redaction.recognizers.prefilter import guard_patterns

    out = []
    for recognizer in guard_patterns(build_recognizers()):
        if isinstance(recognizer, PatternRecognizer):
            flags = recognizer.global_regex_flags
            for pattern in recognizer.patterns:
                plain = re.compile(pattern.regex, flags=flags)
                out.append((f"{recognizer.name}: {pattern.name}", plain, pattern.compiled_regex))
    return tuple(out)


def _spans(compiled, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in compiled.finditer(text)]


def test_every_shipped_pattern_matches_the_same_with_its_guard():
    texts = _texts()
    unexercised = []
    for name, plain, guarded in _patterns():
        matched = False
        for text in texts:
            spans = _spans(plain, text)
            assert _spans(guarded, text) == spans, f"{name} on {text[:60]!r}"
            matched = matched or bool(spans)
        if not matched:
            unexercised.append(name)
    # a guard is only shown safe where its pattern matches: add a text to MORE_TEXTS
    assert not unexercised, f"no text here matches {unexercised}"


def test_the_costly_cue_patterns_are_guarded():
    """The point of the module: the PERSON cue patterns get a prefilter (the module falls back
    to none at all if the regex parser's insides change; this says so)."""
    from redaction.recognizers.prefilter import GuardedRegex

    guarded = {name for name, _, compiled in _patterns() if isinstance(compiled, GuardedRegex)}
    for name in ("relative", "X wrote:", "staff", "dear", "X, born ...", "signature"):
        assert f"NameCueRecognizer: {name}" in guarded
    assert len(guarded) >= 0.8 * len(_patterns())


_SEPARATORS = st.sampled_from([" ", "\n", ", ", ". ", "\t", "\n\n", " - ", ""])


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.data())
def test_patterns_match_the_same_with_guards_on_texts_pieced_together(data):
    """Pieces of the texts above in new neighbours (a cue from one, a name from another)."""
    texts = _texts()
    pieces = []
    for _ in range(data.draw(st.integers(1, 5))):
        text = data.draw(st.sampled_from(texts))
        start = data.draw(st.integers(0, len(text)))
        pieces.append(text[start : start + data.draw(st.integers(1, 80))])
        pieces.append(data.draw(_SEPARATORS))
    text = "".join(pieces)
    for name, plain, guarded in _patterns():
        assert _spans(guarded, text) == _spans(plain, text), name


@pytest.mark.parametrize(
    ("pattern", "flags", "texts"),
    [
        # the look-behind's words and the name after them, searched as one
        (r"(?<=\bmy[ \t]+(?:son|daughter)[ \t]+)\p{Lu}\p{Ll}+", 0, ["my son Tom", "my  son Tom"]),
        (r"\p{Lu}\p{Ll}+(?=[ \t]+wrote:)", 0, ["Jane wrote:", "Jane  wrote:"]),
        # a look-around's text overlaps its neighbours: "a(?<=ba)c" is "bac", not "abac"
        (r"a(?<=ba)c", 0, ["bac"]),
        (r"a(?=bc)b", 0, ["abc"]),
        # case-insensitive parts, and a Kelvin sign that folds to "k" as the regex engine folds
        (r"(?i:next[ \t]+of[ \t]+kin):[ \t]*\w+", 0, ["NEXT OF KIN: Jo", "Next of \u212aIN: Jo"]),
        (r"straße\s\d+", re.IGNORECASE | re.FULLCASE, ["STRASSE 4", "Straße 4"]),
        # lazy and counted repeats, alternation, anchors, negative look-arounds
        (r"(?m)^[ \t]*--[ \t]*\n[ \t]*(\w+?)(?!\d)", 0, ["x\n -- \n  Jo", "--\nAl9"]),
        (r"\b(?:Flat|Unit)[ \t]+\d{1,4}[A-Za-z]?\b", 0, ["Flat 3b", "Unit 12"]),
        # what the prefilters cannot write must never cause a skip
        (r"(?:wrote){e<=1}:", 0, ["Jo wrte:", "Jo wrote:"]),  # fuzzy
        (r"(\w+) and \1", 0, ["Jo and Jo"]),  # back-reference
        (r"(?>ab|a)c", 0, ["abc", "ac"]),  # atomic
        (r"(?(?=\d)\d{3}|abc)", 0, ["123", "abc"]),  # conditional
    ],
)
def test_tricky_constructs_never_skip_a_match(pattern, flags, texts):
    from redaction.recognizers.prefilter import GuardedRegex, prefilters

    plain = re.compile(pattern, flags=flags)
    guarded = GuardedRegex(plain, [re.compile(p, flags=flags) for p in prefilters(pattern, flags)])
    for text in texts:
        assert _spans(plain, text), text  # each example is a match
        assert _spans(guarded, text) == _spans(plain, text), text
    assert _spans(guarded, "nothing to see here") == _spans(plain, "nothing to see here")


def test_a_guard_skips_a_pattern_whose_cue_is_absent():
    from redaction.recognizers.prefilter import prefilters

    (piece,) = prefilters(r"(?<=\bmy[ \t]+son[ \t]+)\p{Lu}\p{Ll}+", 0)
    assert re.search(piece, "I spoke to my son Tom")
    assert not re.search(piece, "my sons and Tom")  # the pattern cannot match: not tried


def test_the_redactor_gives_the_same_letters_with_guards_and_without(redactor):
    from redaction.recognizers.prefilter import GuardedRegex, guard_patterns, unguard_patterns

    letters = [Letter(id=f"t{i}", text=text) for i, text in enumerate(_texts()) if len(text) >= 200]
    recognizers = redactor.analyzer.registry.recognizers
    assert any(
        isinstance(p.compiled_regex, GuardedRegex)
        for r in recognizers
        for p in getattr(r, "patterns", ())
    ), "the redactor's patterns are guarded"
    guarded = list(redactor.redact_many(letters))
    try:
        unguard_patterns(recognizers)
        plain = list(redactor.redact_many(letters))
    finally:
        guard_patterns(recognizers)
    assert guarded == plain
