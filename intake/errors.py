"""Why a submission could not be read: each error carries the HTTP status and code the API
answers with (the CLI exits 2 with the message). Messages never quote the letter.

They are :class:`contracts.errors.CaseworkError`, mapped to the API's errors by type in
``api/errors.py`` (each keeping its own code)."""

from __future__ import annotations

from contracts.errors import CaseworkError


class IntakeError(CaseworkError, ValueError):
    status = 422
    code = "unreadable"

    def __init__(self, detail: str, *, code: str | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        if code:
            self.code = code


class Unsupported(IntakeError):
    status, code = 415, "unsupported_type"


class Unreadable(IntakeError):
    """A damaged or mislabelled file: a corrupt PDF or Word file, an image that is not one."""

    status, code = 422, "unreadable"


class BadText(IntakeError):
    status, code = 422, "bad_encoding"


class NoText(IntakeError):
    status, code = 422, "empty"


class TooBig(IntakeError):
    """Over a size limit: bytes, pages, pixels, or a compressed file that expands too far."""

    status, code = 413, "too_large"


class TooManyParts(IntakeError):
    status, code = 422, "too_many_attachments"
