"""Intake records of the review service: how a case arrived, the files as received, campaigns
of near-identical letters decided once, and a sender's earlier cases (matched on keyed hashes).

Called by :class:`api.services.Services` inside the transaction that stores the case, so a
case and its intake record, campaign and keys commit together or not at all.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from api.errors import Conflict, Invalid, NotFound
from api.store import audit
from api.store import repository as repo
from api.store.mailroom import Campaign, CampaignBand, CaseFile, CaseIntake, ContactKey
from api.store.models import Case, User
from pipeline import campaigns as fp
from triage.intake import scan_flag

_ATTACHMENT_LINE = re.compile(r"^--- Attachment (\d+): (.*?) ---$", re.M)


@dataclass
class Facts:
    """What intake learnt about one letter, ready to store (nothing unredacted but the files
    and the keyed hashes' inputs, which never leave this object)."""

    language: dict | None
    notes: list[str]
    ocr_confidence: float | None
    ocr_pages: int
    parts: list[dict]
    fingerprint: bytes | None
    bands: list[str]
    keys: list[tuple[str, str]]
    files: list[tuple[str, str, bytes]] = field(default_factory=list)

    def summary(self, campaign_id: str | None) -> dict:
        """For the suggestion's provenance (and so the audit record)."""
        return {
            "language": (self.language or {}).get("code"),
            "ocr_confidence": self.ocr_confidence,
            "parts": len(self.parts),
            "kinds": sorted({p["kind"] for p in self.parts}),
            "campaign": campaign_id,
        }


def scan_flags(suggestion: dict, ocr_confidence: float | None, threshold: float) -> dict:
    """The suggestion with a low-OCR-confidence flag added (and so sent to a person)."""
    flags = scan_flag(ocr_confidence, threshold)
    if not flags:
        return suggestion
    return {
        **suggestion,
        "flags": [*suggestion.get("flags", []), *(f.model_dump(mode="json") for f in flags)],
        "needs_human_triage": True,
    }


def facts_for(incoming, redacted_text: str, values: dict, result: dict, key: bytes) -> Facts:
    document = getattr(incoming, "document", None)
    names = {int(n): name for n, name in _ATTACHMENT_LINE.findall(redacted_text)}
    parts: list[dict] = []
    if document is not None:
        for part in document.summary():
            n = part["n"]
            part["name"] = (
                ("body" if part["name"] == "body" else "letter")
                if n == 0
                else names.get(n, f"attachment {n}")
            )
            parts.append(part)
    else:
        parts.append(
            {
                "n": 0,
                "name": "letter",
                "kind": incoming.channel,
                "chars": len(incoming.text),
                "pages": None,
                "ocr_pages": 0,
                "ocr_confidence": None,
                "note": "",
            }
        )
    signature = fp.fingerprint(redacted_text)
    files: list[tuple[str, str, bytes]] = []
    data = getattr(incoming, "data", None)
    if data is not None:
        files.append(
            (
                incoming.filename or "upload",
                incoming.content_type or "application/octet-stream",
                data,
            )
        )
        files += list(getattr(document, "attachments", ()) or ())
    return Facts(
        language=result.get("language"),
        notes=list(result.get("redaction_notes") or []),
        ocr_confidence=getattr(document, "ocr_confidence", None),
        ocr_pages=getattr(document, "ocr_pages", 0) if document is not None else 0,
        parts=parts,
        fingerprint=fp.to_bytes(signature) if signature is not None else None,
        bands=fp.bands(signature) if signature is not None else [],
        keys=fp.contact_keys(values, key),
        files=files,
    )


def match_campaign(
    session: Session, facts: Facts, threshold: float
) -> tuple[str | None, str | None]:
    """(campaign id, the case it was matched with) for a letter about to be stored: an
    existing campaign it belongs to, or a new one with its nearest neighbour; (None, None)."""
    if facts.fingerprint is None or not facts.bands:
        return None, None
    mine = fp.from_bytes(facts.fingerprint)
    candidates = session.execute(
        select(CaseIntake.case_id, CaseIntake.fingerprint, CaseIntake.campaign_id).where(
            CaseIntake.case_id.in_(
                select(CampaignBand.case_id)
                .where(CampaignBand.band.in_(facts.bands))
                .distinct()
                .limit(500)
            )
        )
    ).all()
    best, best_score = None, threshold
    for case_id, data, campaign_id in candidates:
        if data is None:
            continue
        score = fp.similarity(mine, fp.from_bytes(data))
        if score >= best_score and (
            best is None or score > best_score or (campaign_id and not best[1])
        ):
            best, best_score = (case_id, campaign_id), score
    if best is None:
        return None, None
    return best[1] or uuid.uuid4().hex, best[0]


def store(
    session: Session,
    case: Case,
    facts: Facts,
    campaign: tuple[str | None, str | None],
    index_version: int | None,
) -> None:
    campaign_id, neighbour = campaign
    session.add(
        CaseIntake(
            case_id=case.id,
            language=(facts.language or {}).get("code"),
            language_name=(facts.language or {}).get("name"),
            language_confidence=(facts.language or {}).get("confidence"),
            ocr_confidence=facts.ocr_confidence,
            ocr_pages=facts.ocr_pages,
            parts=facts.parts,
            notes=facts.notes,
            fingerprint=facts.fingerprint,
            campaign_id=campaign_id,
            index_version=index_version,
        )
    )
    for n, (name, media, data) in enumerate(facts.files):
        session.add(
            CaseFile(
                case_id=case.id,
                n=n,
                name=(name or f"file-{n}")[:255],
                content_type=(media or "application/octet-stream")[:100],
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                data=data,
            )
        )
    for band in facts.bands:
        session.add(CampaignBand(band=band, case_id=case.id))
    for kind, key in facts.keys:
        session.add(ContactKey(key=key, kind=kind, case_id=case.id))
    if campaign_id is None:
        session.flush()
        return
    existing = session.get(Campaign, campaign_id)
    now = repo.utcnow()
    if existing is None:
        title = " ".join(case.redacted_text.split())[:120]
        session.add(Campaign(id=campaign_id, created_at=now, updated_at=now, size=2, title=title))
        session.execute(
            update(CaseIntake)
            .where(CaseIntake.case_id == neighbour)
            .values(campaign_id=campaign_id)
        )
    else:
        session.execute(
            update(Campaign)
            .where(Campaign.id == campaign_id)
            .values(size=Campaign.size + 1, updated_at=now)
        )
    session.flush()


# ------------------------------------------------------------------------------------ reading
def intake_of(session: Session, case_id: str) -> CaseIntake | None:
    return session.get(CaseIntake, case_id)


def campaigns_of(session: Session, case_ids: list[str]) -> dict[str, tuple[str, int]]:
    """``{case id: (campaign id, size)}`` for the cases among ``case_ids`` in a campaign."""
    if not case_ids:
        return {}
    rows = session.execute(
        select(CaseIntake.case_id, Campaign.id, Campaign.size)
        .join(Campaign, Campaign.id == CaseIntake.campaign_id)
        .where(CaseIntake.case_id.in_(case_ids))
    ).all()
    return {case_id: (campaign_id, size) for case_id, campaign_id, size in rows}


def earlier_cases(session: Session, case: Case, limit: int = 20) -> list[Case]:
    """Other cases from the same sender (a shared keyed identifier), newest first."""
    keys = select(ContactKey.key).where(ContactKey.case_id == case.id)
    ids = (
        select(ContactKey.case_id)
        .where(ContactKey.key.in_(keys), ContactKey.case_id != case.id)
        .distinct()
    )
    return list(
        session.execute(
            select(Case).where(Case.id.in_(ids)).order_by(Case.created_at.desc()).limit(limit)
        ).scalars()
    )


def files_of(session: Session, case_id: str) -> list[dict]:
    rows = session.execute(
        select(CaseFile.n, CaseFile.content_type, CaseFile.size)
        .where(CaseFile.case_id == case_id)
        .order_by(CaseFile.n)
    ).all()
    return [{"n": n, "content_type": media, "size": size} for n, media, size in rows]


def read_file(session: Session, case_id: str, n: int, user: User) -> CaseFile:
    """A file as received (personal data): audited like reading the original letter."""
    repo.get_case(session, case_id)
    row = session.execute(
        select(CaseFile).where(CaseFile.case_id == case_id, CaseFile.n == n)
    ).scalar_one_or_none()
    if row is None:
        raise NotFound(f"case {case_id!r} has no file {n}")
    audit.append(
        session,
        actor=user.name,
        action="file.viewed",
        case_id=case_id,
        payload={"role": user.role, "n": n, "sha256": row.sha256},
    )
    return row


# ------------------------------------------------------------------------ guidance changes
_MANIFESTS: dict[str, tuple[float, dict]] = {}


def manifest_documents(index_dir: Path) -> tuple[int | None, dict]:
    """(current version, ``{guidance id: {"version", "removed_in"?...}}``) of the index on disk,
    read again when the manifest changes (``casework index --update`` while serving)."""
    path = Path(index_dir) / "manifest.json"
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return None, {}
    cached = _MANIFESTS.get(str(path))
    if cached is None or cached[0] != mtime:
        try:
            manifest = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None, {}
        cached = (mtime, manifest)
        _MANIFESTS[str(path)] = cached
    manifest = cached[1]
    documents = dict(manifest.get("documents") or {})
    for gid, removed in (manifest.get("removed") or {}).items():
        documents.setdefault(gid, {"removed_in": removed})
    return manifest.get("version"), documents


def guidance_changes(case: Case, index_dir: Path) -> list[dict]:
    """The guidance the case's suggestion cites (or matched) that changed or was removed in a
    later index version than the one the suggestion was made with."""
    made_with = ((case.provenance or {}).get("index") or {}).get("version")
    current, documents = manifest_documents(index_dir)
    if made_with is None or current is None or current <= made_with:
        return []
    suggestion = case.suggestion or {}
    cited = {
        c.get("guidance_id"): c.get("title")
        for c in (suggestion.get("reply") or {}).get("citations", [])
    }
    for hit in suggestion.get("guidance", []):
        cited.setdefault(hit.get("guidance_id"), hit.get("title"))
    out = []
    for gid, title in cited.items():
        doc = documents.get(gid)
        if doc is None:
            continue
        if doc.get("removed_in") and doc["removed_in"] > made_with:
            out.append(
                {
                    "guidance_id": gid,
                    "title": title,
                    "change": "removed",
                    "version": doc["removed_in"],
                    "made_with": made_with,
                }
            )
        elif (doc.get("version") or 0) > made_with:
            out.append(
                {
                    "guidance_id": gid,
                    "title": title,
                    "change": "changed",
                    "version": doc["version"],
                    "made_with": made_with,
                }
            )
    return out


# ------------------------------------------------------------------------------ campaigns
def list_campaigns(session: Session, *, limit: int = 100) -> list[tuple[Campaign, int]]:
    """Campaigns, largest first, with how many of their cases are still open."""
    open_count = (
        select(func.count())
        .select_from(CaseIntake)
        .join(Case, Case.id == CaseIntake.case_id)
        .where(
            CaseIntake.campaign_id == Campaign.id,
            Case.status.in_([s.value for s in repo.OPEN_STATUSES]),
        )
        .scalar_subquery()
    )
    rows = session.execute(
        select(Campaign, open_count)
        .order_by(Campaign.size.desc(), Campaign.created_at)
        .limit(limit)
    ).all()
    return [(campaign, int(n)) for campaign, n in rows]


def get_campaign(session: Session, campaign_id: str) -> tuple[Campaign, list[Case]]:
    campaign = session.get(Campaign, campaign_id) if len(campaign_id) <= 32 else None
    if campaign is None:
        raise NotFound(f"no campaign {campaign_id!r}")
    members = list(
        session.execute(
            select(Case)
            .join(CaseIntake, CaseIntake.case_id == Case.id)
            .where(CaseIntake.campaign_id == campaign_id)
            .order_by(Case.created_at, Case.id)
        ).scalars()
    )
    return campaign, members


def decide_campaign(
    session: Session,
    campaign_id: str,
    user: User,
    *,
    action: str,
    reason_code: str | None,
    team: str | None,
    note: str,
    size: int,
    teams,
    claim_timeout_minutes: float,
) -> dict:
    """One decision for every open case of a campaign, in one transaction: each case gets its
    decision (and its own audit record, so its trail is whole) and the campaign one
    ``campaign.decided`` record naming them all. A case with a safeguarding flag is left for
    its own decision when the action would close it; so is a case someone else has claimed.
    ``size`` is the campaign's size the person saw: a campaign that has grown since is 409."""
    try:
        act = repo.Action(action)
        reason = repo.ReasonCode(reason_code) if reason_code else None
    except ValueError as error:
        raise Invalid(str(error), code="invalid") from None
    if act == repo.Action.EDIT_REPLY:
        raise Invalid("a campaign's replies are saved case by case", code="invalid")
    campaign, members = get_campaign(session, campaign_id)
    if campaign.size != size:
        raise Conflict(
            f"the campaign has {campaign.size} letters now, not {size}: look at it "
            "again before deciding for all of them",
            code="campaign_changed",
            extra={"current": {"size": campaign.size}},
        )
    applied, skipped = [], []
    for case in members:
        if case.status not in repo.OPEN_STATUSES:
            skipped.append({"case_id": case.id, "reason": f"already {case.status}"})
            continue
        closing = act in repo.ROUTING_ACTIONS
        if closing and repo.has_safeguarding_flag(case):
            skipped.append(
                {"case_id": case.id, "reason": "safeguarding flag: decide it on its own"}
            )
            continue
        holder = repo.claim_holder(session, case, claim_timeout_minutes)
        if holder is not None and holder.id != user.id:
            skipped.append({"case_id": case.id, "reason": f"claimed by {holder.name}"})
            continue
        request = repo.DecisionRequest(
            action=act, reason_code=reason, expected_version=case.version, note=note, team=team
        )
        if act == repo.Action.ACCEPT and case.team is None:
            skipped.append({"case_id": case.id, "reason": "no team suggested: re-route it"})
            continue
        if act == repo.Action.REROUTE and team is not None and case.team == team:
            request = repo.DecisionRequest(
                action=repo.Action.ACCEPT,
                reason_code=None,
                expected_version=case.version,
                note=note,
            )
        if act == repo.Action.ESCALATE and case.status == repo.Status.ESCALATED:
            skipped.append({"case_id": case.id, "reason": "already escalated"})
            continue
        repo.check_decision(case, request, teams)  # a wrong reason or team fails for all
        repo.apply_decision(
            session, case.id, user, request, teams, claim_timeout_minutes=claim_timeout_minutes
        )
        applied.append(case.id)
    if not applied:
        raise Conflict(
            "no case of this campaign could take the decision: "
            + "; ".join(sorted({s["reason"] for s in skipped}))
            if skipped
            else "the campaign has no open case",
            code="nothing_to_decide",
            extra={"skipped": skipped},
        )
    session.execute(
        update(Campaign)
        .where(Campaign.id == campaign_id)
        .values(decisions=Campaign.decisions + 1, updated_at=repo.utcnow())
    )
    audit.append(
        session,
        actor=user.name,
        action="campaign.decided",
        case_id=None,
        payload={
            "role": user.role,
            "campaign_id": campaign_id,
            "action": act.value,
            "reason_code": reason.value if reason else None,
            "team": team,
            "note": note,
            "applied": applied,
            "skipped": skipped,
            "size": campaign.size,
        },
    )
    session.flush()
    return {"campaign_id": campaign_id, "action": act.value, "applied": applied, "skipped": skipped}
