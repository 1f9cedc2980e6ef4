"""The one progress bar every layer uses: tqdm on stderr, so stdout stays the command's output,
shown only on a terminal (a log file or a test runner gets no bar) and only when asked."""

from __future__ import annotations

import sys
from collections.abc import Iterable

from tqdm import tqdm


def progress(
    iterable: Iterable | None = None,
    *,
    total: int | None = None,
    desc: str | None = None,
    unit: str = "it",
    show: bool = True,
    leave: bool = True,
) -> tqdm:
    """A bar over ``iterable`` (or a manual one: ``update``/``n``/``set_postfix``), ``total``
    steps long. Hidden when ``show`` is false or stderr is not a terminal (tqdm's
    ``disable=None``); ``leave=False`` clears it when done, for bars inside a bigger task."""
    return tqdm(
        iterable,
        total=total,
        desc=desc,
        unit=unit,
        file=sys.stderr,
        disable=None if show else True,
        dynamic_ncols=True,
        leave=leave,
    )
