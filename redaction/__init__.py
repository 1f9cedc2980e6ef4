"""Redaction stage: replace personal data in letters with typed, numbered placeholders.

``Redactor`` loads nothing until first used; see :mod:`redaction.redactor`.
"""

import os

# Presidio otherwise imports PyTorch just to ask whether a GPU is there (+~400 MB per process,
# including the pipeline's workers); the redactor runs spaCy on the CPU.
os.environ.setdefault("PRESIDIO_DEVICE", "cpu")

from redaction.redactor import LetterTooLong, Redactor, build_redactor  # noqa: E402

__all__ = ["LetterTooLong", "Redactor", "build_redactor"]
