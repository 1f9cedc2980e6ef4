"""Skip a recognizer's pattern in a letter that cannot hold a match of it: same results, less CPU.

Most of Presidio's pattern work on a long letter is wasted: the PERSON cue patterns
(``(?<=\\bmy[ \\t]+son[ \\t]+)NAME``...) try their look-behind at every position of the letter,
about 12 ms of CPU on a 1,200-character complaint with no "wrote:", no "my son" and no
"Yours sincerely" anywhere in it.

So each pattern gets **prefilters**, derived from the pattern itself (nothing declared by hand,
so a pattern edited later cannot fall out of step with its prefilter): pieces of the pattern that
every match must contain, written as small regular expressions of their own. A piece is a run of
consecutive parts of a sequence the pattern must match (a look-behind's words, "wrote:" after a
name, an "@"), or a run inside a positive look-around. If a run matched inside a match of the
pattern, it matches there on its own, whatever the pattern does around it: a letter in which any
prefilter finds nothing holds no match of the pattern, and the pattern is not tried there.
Searching for ``\\b(?:my|our|his|her|their|with)[ \\t]+(?:son|daughter|...)`` forwards costs a
fraction of trying the same look-behind at every position.

Exactness, not a heuristic:

* the pattern is read by the ``regex`` package's own parser, the one that compiles it, so every
  flag (a scoped ``(?i:...)``, the recognizer's global flags) is as the pattern has it;
* only parts rewritten exactly are used (characters, sets of characters and ranges, a few known
  classes such as ``\\d`` and ``\\p{Lu}``, ``\\b``, anchors, alternations and repeats of those,
  look-arounds). Each piece is parsed back and must come out as the very parts it was written
  from, or it is dropped; a part that cannot be written is a gap between pieces (zero-width ones
  are left out: a piece without a constraint only finds more);
* anything unexpected (an unknown part, a parser that changed) means no prefilter: the pattern is
  tried as before. A prefilter can only save work, never drop a match.

The guard sits on the compiled pattern Presidio keeps on each ``Pattern`` (``compiled_regex``):
its ``finditer`` runs the prefilters first. Recognizers get their own copies of their patterns,
so the class-level ``PATTERNS`` lists are left as they are. ``tests/test_redaction_prefilter.py``
compares the redacted letters with and without the guards.
"""

from __future__ import annotations

import contextlib
import copy
import io
from collections.abc import Iterable, Iterator
from functools import lru_cache

import regex as re
from presidio_analyzer import EntityRecognizer, PatternRecognizer
from regex import _regex_core as core

#: Classes a part of a set or a property may be written as (parsed below to learn how the
#: parser represents each: no guessing at its internal numbering).
_KNOWN_CLASSES = (r"\d", r"\D", r"\w", r"\W", r"\s", r"\S", r"\p{L}", r"\p{Lu}", r"\p{Ll}")
_ZERO_WIDTH = (core.ZeroWidthBase, core.LookAround)
_COMMON = " \t\n\r"
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
#: A piece must ask for at least this many rare characters (:func:`_rare`): one made only of
#: spaces and letters of any kind ("\\p{Lu}\\p{Ll}+") is found in every letter, so searching for
#: it first saves nothing.
_MIN_RARE = 1


def _parse(pattern: str, flags: int = 0):
    source = core.Source(pattern)
    info = core.Info(flags, source.char_type, {})
    info.guess_encoding = re.UNICODE
    parsed = core._parse_pattern(source, info)
    if not source.at_end():
        raise re.error("unbalanced parenthesis")
    return parsed


@lru_cache(maxsize=1)
def _class_sources() -> dict[tuple, str]:
    known = {}
    for source in _KNOWN_CLASSES:
        (node,) = _flat([_parse(source)])
        known[(node.value, node.positive)] = source
    return known


def _scoped(body: str, case_flags: int) -> str:
    """``body`` under exactly the case flags of the part it was written from."""
    if case_flags & re.IGNORECASE:
        return f"(?{'f' if case_flags & re.FULLCASE else ''}i:{body})"
    return f"(?-i:{body})"


def _set_item(node) -> str | None:
    if isinstance(node, core.Character) and node.positive and not node.zerowidth:
        return re.escape(chr(node.value), special_only=False)
    if isinstance(node, core.Range) and node.positive and not node.zerowidth:
        low, high = (re.escape(chr(c), special_only=False) for c in (node.lower, node.upper))
        return f"{low}-{high}"
    if type(node) is core.Property and not node.zerowidth:
        return _class_sources().get((node.value, node.positive))
    return None


def _render(node) -> str | None:
    """``node`` written as a regular expression that matches exactly what it matches, or None."""
    kind = type(node)
    if kind is core.Character and not node.zerowidth:
        char = re.escape(chr(node.value), special_only=False)
        return _scoped(char if node.positive else f"[^{char}]", node.case_flags)
    if kind is core.Property and not node.zerowidth:
        known = _class_sources().get((node.value, node.positive))
        return None if known is None else _scoped(known, node.case_flags)
    if kind is core.Range and not node.zerowidth:
        low, high = (re.escape(chr(c), special_only=False) for c in (node.lower, node.upper))
        return _scoped(f"[{'' if node.positive else '^'}{low}-{high}]", node.case_flags)
    if kind is core.SetUnion and not node.zerowidth:
        items = [_set_item(item) for item in node.items]
        if not items or None in items:
            return None
        negate = "" if node.positive else "^"
        return _scoped(f"[{negate}{''.join(items)}]", node.case_flags)  # type: ignore[arg-type]
    if kind is core.Sequence:
        parts = [_render(item) for item in node.items]
        return None if None in parts else "".join(parts)  # type: ignore[arg-type]
    if kind is core.Branch:
        parts = [_render(branch) for branch in node.branches]
        return None if None in parts else "(?:" + "|".join(parts) + ")"  # type: ignore[arg-type]
    if kind in (core.GreedyRepeat, core.LazyRepeat):
        body = _render(node.subpattern)
        if body is None:
            return None
        upper = "" if node.max_count is None else str(node.max_count)
        lazy = "?" if kind is core.LazyRepeat else ""
        return f"(?:{body}){{{node.min_count},{upper}}}{lazy}"
    if kind is core.LookAround:
        body = _render(node.subpattern)
        if body is None:
            return None
        return f"(?{'<' if node.behind else ''}{'=' if node.positive else '!'}{body})"
    if kind is core.Boundary and node.encoding == 0:
        return r"\b" if node.positive else r"\B"
    return {
        core.StartOfLine: "(?m:^)",
        core.EndOfLine: "(?m:$)",
        core.StartOfString: r"\A",
        core.EndOfString: r"\Z",
    }.get(kind)


def _dump(nodes: Iterable) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        for node in nodes:
            node.dump(0, False)
    return out.getvalue()


def _rejects_fast(node) -> bool:
    return isinstance(node, core.ZeroWidthBase) or (
        type(node) is core.LookAround and not node.positive
    )


def _rare(node) -> bool:
    """Whether the character ``node`` stands for is worth searching for: a given letter, a
    digit, a punctuation mark; not a space, nor "any capital letter" (in every letter)."""
    if type(node) is core.Character:
        return node.positive and chr(node.value) not in _COMMON
    return not _matches_common(_render(node))


@lru_cache(maxsize=4096)
def _matches_common(source: str | None) -> bool:
    return source is None or any(map(re.compile(source).fullmatch, _COMMON + _LETTERS))


def _least(node) -> tuple[int, int]:
    """(rare characters, characters) that any match of ``node`` holds at least (0 when unsure):
    a piece with more rare characters is found in fewer letters, so it is tried first."""
    kind = type(node)
    if kind in (core.Character, core.Property, core.SetUnion, core.Range):
        return (0, 0) if node.zerowidth else (int(_rare(node)), 1)
    if kind is core.Sequence:
        least = [_least(item) for item in node.items]
        return sum(n for n, _ in least), sum(w for _, w in least)
    if kind is core.Branch:
        least = [_least(branch) for branch in node.branches]
        return min(n for n, _ in least), min(w for _, w in least)
    if kind in (core.GreedyRepeat, core.LazyRepeat, core.PossessiveRepeat):
        n, w = _least(node.subpattern)
        return node.min_count * n, node.min_count * w
    if kind in (core.Group, core.Atomic):
        return _least(node.subpattern)
    return 0, 0


def _flat(items: Iterable) -> Iterator:
    for item in items:
        if type(item) is core.Sequence:
            yield from _flat(item.items)
        else:
            yield item


_BREAK = object()  # the texts before and after it do not follow one another


def _parts(items: Iterable) -> Iterator:
    """The parts of a sequence in order, with a positive look-around's text in line.

    A look-behind's text ends where what follows it starts, so "(?<=my son )Tom" asks for
    "my son Tom": searched from its cue, the rare part first. A look-ahead's text is a piece on
    its own ("Tom(?= wrote:)": " wrote:"): joined to the name before it, the search would try
    every capital letter of the letter.
    """
    for item in _flat(items):
        if type(item) is core.LookAround and item.positive and _least(item.subpattern)[1]:
            yield _BREAK
            yield from _parts([item.subpattern])
            if not item.behind:
                yield _BREAK
        else:
            yield item


def _pieces(node, flags: int) -> list[tuple[tuple[int, int], str]]:
    """Regular expressions each of which finds a match in every text ``node`` matches in,
    each with its :func:`_least`, rarest first."""
    pieces = []
    run: list = []

    def close_run() -> None:
        # what may match nothing at the start of a run ("(?:st|nd)?", "[ \t]*") would be tried
        # at every position of the letter: left out, the run only finds more. An anchor or a
        # negative look-behind stays: it turns most positions away at once.
        while run and _least(run[0])[1] == 0 and not _rejects_fast(run[0]):
            run.pop(0)
        least = _least(core.Sequence(run))
        if least[0] >= _MIN_RARE:
            source = "".join(_render(item) for item in run)  # type: ignore[misc]
            if _dump(run) == _dump([_parse(source, flags)]):  # written back exactly
                pieces.append((least, source))
        run.clear()

    for part in _parts([node]):
        if part is _BREAK:
            close_run()
        elif _render(part) is not None:
            run.append(part)
        elif not isinstance(part, _ZERO_WIDTH):  # a part that cannot be written ends the run
            close_run()
            pieces += _inner_pieces(part, flags)
        # (a zero-width constraint that cannot be written is left out: the run finds more)
    close_run()
    return sorted(pieces, key=lambda piece: piece[0], reverse=True)


def _inner_pieces(node, flags: int) -> list[tuple[tuple[int, int], str]]:
    """Pieces of a part that cannot be written as a whole."""
    kind = type(node)
    if kind in (core.Group, core.Atomic):
        return _pieces(node.subpattern, flags)
    if kind in (core.GreedyRepeat, core.LazyRepeat, core.PossessiveRepeat) and node.min_count:
        return _pieces(node.subpattern, flags)
    if kind is core.Branch:  # every alternative must hold a piece; its rarest stands for it
        chosen = [_pieces(branch, flags)[:1] for branch in node.branches]
        if not all(chosen):
            return []
        least = min(piece[0][0] for piece in chosen)
        return [(least, "(?:" + "|".join(piece[0][1] for piece in chosen) + ")")]
    return []


@lru_cache(maxsize=1024)
def prefilters(pattern: str, flags: int) -> tuple[str, ...]:
    """The prefilters of ``pattern`` compiled with ``flags``, rarest first (empty: none)."""
    try:
        return tuple(source for _, source in _pieces(_parse(pattern, flags), flags))
    except Exception:  # an unexpected construct or parser: no prefilter, the pattern runs
        return ()


class GuardedRegex:
    """A compiled pattern whose ``finditer`` finds nothing at once in a text where one of its
    prefilters finds nothing (Presidio only calls ``finditer``; the rest is the pattern's)."""

    def __init__(self, compiled: re.Pattern, guards: Iterable[re.Pattern]) -> None:
        self.compiled = compiled
        self.guards = tuple(guards)

    def finditer(self, text: str, *args, **kwargs) -> Iterator:
        for guard in self.guards:
            if guard.search(text) is None:
                return iter(())
        return self.compiled.finditer(text, *args, **kwargs)

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)


#: at most this many prefilters a pattern (each is one search of the letter)
MAX_GUARDS = 2


def guard_patterns(recognizers: list[EntityRecognizer]) -> list[EntityRecognizer]:
    """``recognizers``, each pattern recognizer with its own copies of its patterns, compiled
    once here with the recognizer's flags and guarded by their prefilters."""
    for recognizer in recognizers:
        if not isinstance(recognizer, PatternRecognizer):
            continue
        flags = recognizer.global_regex_flags
        patterns = [copy.copy(pattern) for pattern in recognizer.patterns]
        for pattern in patterns:
            compiled = re.compile(pattern.regex, flags=flags)
            guards = [re.compile(p, flags=flags) for p in prefilters(pattern.regex, flags)]
            pattern.compiled_regex = (
                GuardedRegex(compiled, guards[:MAX_GUARDS]) if guards else compiled
            )
            pattern.compiled_with_flags = flags
        recognizer.patterns = patterns
    return recognizers


def unguard_patterns(recognizers: list[EntityRecognizer]) -> list[EntityRecognizer]:
    """``recognizers`` with plain compiled patterns again (to compare both ways)."""
    for recognizer in recognizers:
        if not isinstance(recognizer, PatternRecognizer):
            continue
        for pattern in recognizer.patterns:
            if isinstance(pattern.compiled_regex, GuardedRegex):
                pattern.compiled_regex = pattern.compiled_regex.compiled
    return recognizers


__all__ = ["GuardedRegex", "guard_patterns", "prefilters", "unguard_patterns"]
