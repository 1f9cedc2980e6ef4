"""The one progress bar (contracts/progress.py): on stderr, only on a terminal, only when asked."""

from __future__ import annotations

import io
import sys

import pytest

from contracts.progress import progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("stderr", "show", "drawn"),
    [(_Terminal, True, True), (_Terminal, False, False), (io.StringIO, True, False)],
)
def test_bar_is_drawn_only_on_a_terminal_and_when_asked(monkeypatch, stderr, show, drawn):
    err, out = stderr(), io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setattr(sys, "stdout", out)
    items = list(progress(range(5), total=5, desc="redact", unit="letter", show=show))
    assert items == [0, 1, 2, 3, 4]  # the iterable passes through either way
    assert ("redact" in err.getvalue() and "5/5" in err.getvalue()) is drawn
    assert out.getvalue() == ""  # stdout is the command's output


def test_manual_bar_counts_updates(monkeypatch):
    monkeypatch.setattr(sys, "stderr", _Terminal())
    with progress(total=3, desc="re-redact", unit="case") as bar:
        bar.update(2)
        bar.update()
        assert bar.n == 3
    assert "3/3" in sys.stderr.getvalue()
