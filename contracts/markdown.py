"""Markdown as readable plain text: the one cleaner every layer shares.

Retrieval cuts guidance pages into passages with :func:`markdown_to_text` and cleans titles and
headings with :func:`plain_inline`; the drafter cleans the sentences it quotes from those passages
with :func:`plain_inline` too, so a passage and the reply quoting it read the same.
"""

from __future__ import annotations

import re

__all__ = ["markdown_to_text", "plain_inline"]

# [text](url "title") and ![alt](src): one level of nested brackets and parentheses in the url
_LINK = re.compile(r"!?\[((?:[^\[\]]|\[[^\]]*\])*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
_ABBREVIATION = re.compile(r"^\s*\*\[[^\]]+\]:.*$", re.M)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_BULLET = re.compile(r"^[ \t]*[*+-][ \t]+", re.M)
_NUMBERED = re.compile(r"^[ \t]+(\d+\.)[ \t]+", re.M)


def _unlink(text: str) -> str:
    text = _LINK.sub(lambda m: m.group(1), text)
    text = _REF_LINK.sub(lambda m: m.group(1), text)
    text = _AUTOLINK.sub(lambda m: m.group(1).removeprefix("mailto:"), text)
    text = _STRONG.sub(lambda m: m.group(2), text)
    return _EMPHASIS.sub(lambda m: m.group(1), text)


def plain_inline(text: str) -> str:
    """One line of Markdown (a heading, a sentence) as plain text on one line: links become
    their text, emphasis and escapes are dropped, whitespace runs become one space."""
    text = _ESCAPE.sub(lambda m: m.group(1), _unlink(text))
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()


def markdown_to_text(markdown: str) -> str:
    """Markdown block(s) as readable plain text: links become their text, bullets ``- ``,
    emphasis and escapes are dropped, paragraphs stay separated by a blank line."""
    text = markdown.replace("\r\n", "\n").replace("\xa0", " ")
    text = _unlink(_ABBREVIATION.sub("", text))
    text = _BULLET.sub("- ", text)
    text = _NUMBERED.sub(lambda m: m.group(1) + " ", text)
    text = _ESCAPE.sub(lambda m: m.group(1), text)
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
