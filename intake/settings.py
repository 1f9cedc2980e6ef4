"""Settings of intake (prefix ``CASEWORK_``, like the rest of the product)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from contracts.settings import PROJECT_ROOT


class IntakeSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CASEWORK_", env_file=".env", extra="ignore")

    # documents
    max_attachments: int = Field(default=20, ge=1, description="More parts in one email (its "
                                 "attachments, nested ones included) are refused with a message.")
    max_pdf_pages: int = Field(default=100, ge=1, description="Longer PDFs are refused.")
    max_ocr_pages: int = Field(default=10, ge=1, description="Scanned pages read by OCR in one "
                               "submission; more are refused (split the scan).")
    max_image_pixels: int = Field(default=40_000_000, ge=1, description="Larger images are "
                                  "refused before they are decoded (decompression bombs).")
    max_unpacked_bytes: int = Field(default=50_000_000, ge=1, description="A .docx (a zip) that "
                                    "would expand to more than this is refused.")
    max_unpack_ratio: int = Field(default=200, ge=1, description="A .docx member compressed "
                                  "more than this many times is refused (zip bombs).")
    # OCR
    ocr_languages: str = Field(default="eng+cym", description="Tesseract languages, '+'-joined; "
                               "those not installed are left out (eng is always used).")
    ocr_min_confidence: float = Field(default=75.0, ge=0, le=100, description="A scan whose mean "
                                      "word confidence (0-100) is below this is flagged for a "
                                      "person to read.")
    ocr_timeout_s: float = Field(default=60.0, gt=0, description="Seconds Tesseract may spend "
                                 "on one page.")
    # language
    language_detection: bool = Field(default=True, description="Detect each letter's language "
                                     "(offline, lingua): Welsh letters are flagged to answer in "
                                     "Welsh, others for translation, and redaction masks more "
                                     "conservatively outside English.")
    # campaigns and repeated contact
    campaign_similarity: float = Field(default=0.6, gt=0, le=1, description="Estimated Jaccard "
                                       "similarity of word 5-grams from which two letters are "
                                       "one campaign.")
    contact_key: SecretStr | None = Field(default=None, description="Key of the HMAC that turns "
                                          "a sender's identifiers into match keys. Unset: a "
                                          "random key kept in CONTACT_KEY_FILE.")
    contact_key_file: Path = Field(default=PROJECT_ROOT / "var" / "contact.key",
                                   description="Where the generated contact key is kept (0600).")


def get_intake_settings() -> IntakeSettings:
    return IntakeSettings()
