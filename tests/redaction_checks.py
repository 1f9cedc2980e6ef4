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
