"""Assertions shared by the redaction tests of each tuning round (not a test module)."""

from __future__ import annotations


def assert_hidden_under_type(text, out, types):
    """Each value lies wholly inside one span of its type (a span may take a word more, as
    "FRIEND TUI" in a transcript typed in capitals: the name is still hidden)."""
    for value, kind in types.items():
        start = text.index(value)
        assert any(
            e.start <= start and start + len(value) <= e.end and e.type == kind
            for e in out.entities
        ), (value, [(text[e.start : e.end], e.type) for e in out.entities])


def assert_readable(text, out, word):
    """No span of the redaction touches ``word`` (its first occurrence): it stays readable."""
    start = text.index(word)
    end = start + len(word)
    masked = [text[e.start : e.end] for e in out.entities if e.start < end and start < e.end]
    assert not masked, (word, masked)


def assert_all_readable(text, out, words):
    """Each of ``words`` stays readable (see :func:`assert_readable`)."""
    for word in words:
        assert_readable(text, out, word)


def assert_wholly_hidden(text, out, value):
    """Every letter and digit of ``value`` (its first occurrence) lies inside some span,
    whatever the spans' types."""
    start = text.index(value)
    hidden = [False] * len(value)
    for e in out.entities:
        for i in range(max(e.start, start), min(e.end, start + len(value))):
            hidden[i - start] = True
    assert all(h or not c.isalnum() for h, c in zip(hidden, value)), (
        value,
        [(text[e.start : e.end], e.type) for e in out.entities],
    )


def assert_all_wholly_hidden(text, out, values):
    """Each of ``values`` is wholly hidden (see :func:`assert_wholly_hidden`)."""
    for value in values:
        assert_wholly_hidden(text, out, value)
