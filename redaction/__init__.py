"""Redaction stage: replace personal data in letters with typed, numbered placeholders.

``Redactor`` loads nothing until first used; see :mod:`redaction.redactor`.
"""

from redaction.redactor import LetterTooLong, Redactor, build_redactor

__all__ = ["LetterTooLong", "Redactor", "build_redactor"]
