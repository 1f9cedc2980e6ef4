"""Tables of intake (migration 0004): how each case arrived, the files as received,
campaigns, and keyed hashes of senders' identifiers.

* ``case_intake`` - per case: the language detected, the OCR confidence of its scans, a summary
  of each part (kind, size, pages, OCR confidence, the part's name AS REDACTED), what the
  redactor noted, the letter's MinHash fingerprint and campaign, and the guidance index
  version its suggestion was made with;
* ``case_files`` - the submitted file and every attachment exactly as received (personal
  data): read like ``case_originals``, by caseworkers and admins, each read audited;
* ``campaigns`` and ``campaign_bands`` - near-identical letters and their LSH band keys;
* ``contact_keys`` - HMAC-SHA256 of a sender's identifiers (never the values).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from api.store.models import Base, UTCDateTime, utcnow

_ = DateTime


class CaseIntake(Base):
    __tablename__ = "case_intake"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    language: Mapped[str | None] = mapped_column(String(8), nullable=True)
    language_name: Mapped[str | None] = mapped_column(String(40), nullable=True)
    language_confidence: Mapped[float | None] = mapped_column(Float, nullable=True)
    ocr_confidence: Mapped[float | None] = mapped_column(Float, nullable=True)
    ocr_pages: Mapped[int] = mapped_column(Integer, default=0)
    parts: Mapped[list] = mapped_column(JSON, default=list)  # names redacted
    notes: Mapped[list] = mapped_column(JSON, default=list)
    fingerprint: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    campaign_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    index_version: Mapped[int | None] = mapped_column(Integer, nullable=True)


class CaseFile(Base):
    __tablename__ = "case_files"
    __table_args__ = (Index("ix_case_files_case", "case_id", "n", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    n: Mapped[int] = mapped_column(Integer)  # 0: the file submitted; 1..: its attachments
    name: Mapped[str] = mapped_column(String(255))  # as received (personal data)
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Campaign(Base):
    __tablename__ = "campaigns"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    size: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300), default="")  # redacted opening words
    decisions: Mapped[int] = mapped_column(Integer, default=0)


class CampaignBand(Base):
    __tablename__ = "campaign_bands"
    __table_args__ = (Index("ix_campaign_bands_band", "band"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    band: Mapped[str] = mapped_column(String(40))
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)


class ContactKey(Base):
    __tablename__ = "contact_keys"
    __table_args__ = (Index("ix_contact_keys_key", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64))  # HMAC-SHA256, hex
    kind: Mapped[str] = mapped_column(String(30))
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
