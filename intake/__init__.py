"""Intake: what a mailroom receives turned into letter text before anything else reads it.

* :mod:`intake.documents` - text of every part of a submission: ``.txt``, ``.eml`` (body and
  attachments, nested emails too), ``.pdf`` (text layer, or OCR of a scan), ``.docx``,
  ``.html``, ``.rtf`` and images (``.png``, ``.jpg``, ``.tif``), each part kept with its name;
  bad input is a :class:`~contracts.errors.IntakeError` with a message and a reason code;
* :mod:`intake.ocr` - Tesseract (Debian's ``tesseract-ocr``) through ``pytesseract``, with the
  mean word confidence kept so a poor scan goes to a person;
* :mod:`intake.language` - offline language identification (``lingua``);
* :mod:`intake.batch` - a folder of letters as received, for ``casework triage FOLDER``.

Campaign fingerprints and keyed hashes of senders' identifiers work on redacted letters, so they
live a layer up, in :mod:`pipeline.campaigns`. This package sits below the stages (redaction
reads :mod:`intake.language`; guidance indexing reads documents with :mod:`intake.documents`)
and imports only :mod:`contracts`.

Nothing here logs or echoes text. Extraction happens before redaction: the joined text goes to
the redactor whole, so every part (attachment names included) is redacted with one placeholder
map before it is stored, indexed or shown.
"""
