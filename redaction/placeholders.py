"""The placeholders that stand for personal data: ``<PERSON_1>``, ``<UK_POSTCODE_2>``.

Only the redactor makes them. Text in a letter that merely looks like one is escaped
(``‹PERSON_1›``), so each placeholder in a redacted text maps to exactly one value the redactor
found; :func:`restore` puts the values back for the people allowed to see them.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex as re

#: one of our placeholders, as the redactor writes it
PLACEHOLDER = re.compile(r"<([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)_(\d+)>")
#: text that looks like a placeholder (also with full-width or small angle brackets)
_LOOKALIKE = re.compile(r"[<\uff1c\ufe64]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_\d+)[>\uff1e\ufe65]")


def escape_placeholders(text: str, keep: Mapping[str, str] | None = None) -> str:
    """``<PERSON_1>`` written in a letter becomes ``‹PERSON_1›`` (unless it is in ``keep``:
    the placeholders of the letter a reply or note is about)."""

    def escape(m: re.Match) -> str:
        return m.group() if keep and m.group() in keep else f"‹{m.group(1)}›"

    return _LOOKALIKE.sub(escape, text)


def placeholder_type(placeholder: str) -> str | None:
    """``<UK_POSTCODE_2>`` -> ``UK_POSTCODE``."""
    m = PLACEHOLDER.fullmatch(placeholder)
    return m.group(1) if m else None


def placeholder_number(placeholder: str) -> int:
    m = PLACEHOLDER.fullmatch(placeholder)
    return int(m.group(2)) if m else 0


def restore(text: str, values: Mapping[str, str]) -> str:
    """``text`` with every placeholder in ``values`` replaced by its original value. Holds
    personal data: only for people allowed to read originals, never for logs or models."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(), m.group()), text)


__all__ = [
    "PLACEHOLDER",
    "escape_placeholders",
    "placeholder_number",
    "placeholder_type",
    "restore",
]
