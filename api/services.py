"""What the routes do, independent of HTTP: submit, decide, read an original, search guidance.

A :class:`Services` object is built once per worker by the app's lifespan and holds the
database, the model thread and what is known about the models (provenance).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from api import mailroom, metrics
from api.db import Database
from api.engine import TriageEngine
from api.errors import IdempotencyMismatch, Invalid, UnknownTeam, VersionConflict
from api.ingest import Incoming, valid_unicode
from api.learning import ExampleMemory, vector_bytes
from api.settings import ServiceSettings
from api.store import audit
from api.store import repository as repo
from api.store.audit import canonical_json
from api.store.models import Case, User
from contracts.settings import Settings
from pipeline.campaigns import contact_key
from pipeline.core import Pipeline
from redaction.placeholders import restore

# Settings that change what the assistant suggests (hashed into each suggestion's provenance).
_CONFIG_EXCLUDE = {"llm_api_key"}
#: printable ASCII (HTTP header values are bytes), not all spaces
IDEMPOTENCY_KEY_PATTERN = r"^[ -~]*[!-~][ -~]*$"


def app_version() -> str:
    try:
        return version("casework-triage")
    except Exception:
        return "unknown"


def _file_sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def build_provenance(pipeline: Pipeline, settings: Settings, index_dir: Path) -> dict:
    """Model, index and configuration versions recorded with every suggestion."""
    config = {
        name: getattr(settings, name)
        for name in Settings.model_fields
        if name not in _CONFIG_EXCLUDE
    }
    config_json = json.loads(json.dumps(config, default=str))
    manifest_path = Path(index_dir) / "manifest.json"
    manifest: dict = {}
    try:
        manifest = json.loads(manifest_path.read_text())
    except (OSError, ValueError):
        pass
    router = pipeline.router_summary()
    router_dir = Path(index_dir) / "router"
    return {
        "app_version": app_version(),
        "embedding_model": Path(str(settings.embedding_model)).name
        or str(settings.embedding_model),
        "spacy_model": Path(str(settings.spacy_model)).name or str(settings.spacy_model),
        "index": {
            "manifest_sha256": _file_sha256(manifest_path),
            "corpus_hash": manifest.get("corpus_hash") or manifest.get("corpus_sha256"),
            "created": manifest.get("created"),
            "passages": manifest.get("passages")
            if isinstance(manifest.get("passages"), int)
            else None,
            "version": manifest.get("version"),
        },
        "router": {
            "kind": "supervised" if router_dir.is_dir() else "zero-shot",
            "class": router.kind,
            "threshold": router.threshold,
            "recalibrated": router.recalibrated,
            "model_sha256": _file_sha256(
                next(iter(sorted(router_dir.glob("*.joblib"))), router_dir)
            )
            if router_dir.is_dir()
            else None,
        },
        "drafter": settings.drafter,
        "llm_model": (
            Path(str(settings.llm_model)).name if settings.drafter == "langchain" else None
        ),
        "config_sha256": hashlib.sha256(canonical_json(config_json).encode()).hexdigest(),
    }


@dataclass
class Services:
    settings: ServiceSettings
    db: Database
    pipeline: Pipeline
    engine: TriageEngine
    memory: ExampleMemory
    provenance: dict
    teams: tuple[str, ...]
    started: datetime = field(default_factory=lambda: datetime.now(UTC))
    #: the organisation's OpenID provider (api.oidc.OIDCClient), when configured
    oidc: object | None = None
    index_dir: Path | None = None
    intake: object = field(
        default_factory=lambda: __import__("intake.settings", fromlist=["x"]).get_intake_settings()
    )
    _contact_key: bytes | None = None

    @property
    def contact_key(self) -> bytes:
        if self._contact_key is None:
            self._contact_key = contact_key(self.intake)
        return self._contact_key

    # --- submit --------------------------------------------------------------------------------
    def submit(
        self, user: User, incoming: Incoming, idempotency_key: str | None
    ) -> tuple[Case, bool]:
        """Triage and store a letter; returns (case, created). Committed before returning."""
        if idempotency_key is not None:
            if len(idempotency_key) > self.settings.idempotency_key_max or not re.fullmatch(
                IDEMPOTENCY_KEY_PATTERN, idempotency_key
            ):
                raise Invalid(
                    f"Idempotency-Key must be 1-{self.settings.idempotency_key_max} "
                    "printable ASCII characters, not all spaces",
                    code="bad_idempotency_key",
                )
        digest = hashlib.sha256(incoming.text.encode("utf-8")).hexdigest()
        if idempotency_key:
            existing = self._replay(user, idempotency_key, digest)
            if existing is not None:
                return existing, False
        triaged = self.engine.triage(incoming.text, timeout=self.settings.submit_timeout_s)
        suggestion = triaged.result.model_dump(mode="json")
        redacted_text = triaged.redacted.redacted_text
        subject = redacted_text.split("\n", 1)[0][:300] if incoming.subject else ""
        facts = mailroom.facts_for(
            incoming, redacted_text, dict(triaged.values), suggestion, self.contact_key
        )
        suggestion = mailroom.scan_flags(
            suggestion, facts.ocr_confidence, self.intake.ocr_min_confidence
        )
        provenance = dict(self.provenance, memory_examples=self.memory.size)
        new = repo.NewCase(
            channel=incoming.channel,
            redacted_text=redacted_text,
            suggestion=suggestion,
            provenance=provenance,
            original_text=incoming.text,
            values=dict(triaged.values),
            content_sha256=digest,
            idempotency_key=idempotency_key or None,
            filename=incoming.filename,
            content_type=incoming.content_type,
            subject=subject,
        )
        try:
            with self.db.write() as session:
                campaign = mailroom.match_campaign(session, facts, self.intake.campaign_similarity)
                new.provenance["intake"] = facts.summary(campaign[0])
                case = repo.create_case(session, user, new)
                mailroom.store(
                    session, case, facts, campaign, (provenance.get("index") or {}).get("version")
                )
        except IntegrityError:
            if not idempotency_key:
                raise
            existing = self._replay(user, idempotency_key, digest)  # lost a race: same key
            if existing is None:
                raise
            return existing, False
        metrics.observe_suggestion(suggestion)
        return case, True

    def _replay(self, user: User, key: str, digest: str) -> Case | None:
        with self.db.read() as session:
            found = repo.find_idempotent(session, user.id, key)
        if found is None:
            return None
        case, stored_digest = found
        if stored_digest != digest:
            raise IdempotencyMismatch(
                "this Idempotency-Key was already used for a different letter; use a new key"
            )
        return case

    # --- decide --------------------------------------------------------------------------------
    def decide(
        self,
        user: User,
        case_id: str,
        *,
        action: str,
        reason_code: str | None = None,
        version: int,
        note: str = "",
        team: str | None = None,
        reply_text: str | None = None,
        acknowledge_safeguarding: bool = False,
    ):
        settings = self.settings
        try:
            act = repo.Action(action)
            reason = repo.ReasonCode(reason_code) if reason_code else None
        except ValueError as error:
            raise Invalid(str(error), code="invalid") from None

        note = valid_unicode((note or "").strip(), "the note")
        if reply_text is not None:
            valid_unicode(reply_text, "the reply")
        if len(note) > settings.max_note_chars:
            raise Invalid(f"the note is longer than {settings.max_note_chars} characters")
        if reply_text is not None:
            reply_text = reply_text.replace("\r\n", "\n")
            if len(reply_text) > settings.max_reply_chars:
                raise Invalid(f"the reply is longer than {settings.max_reply_chars} characters")
            if act == repo.Action.EDIT_REPLY and not reply_text.strip():
                raise Invalid("the edited reply is empty", code="reply_required")
        team = (team or "").strip() or None
        with self.db.read() as session:  # check first, before any model work
            case = repo.get_case(session, case_id)
            self._check_current(session, case, user, version)
            final_team = repo.check_decision(
                case,
                repo.DecisionRequest(
                    action=act,
                    reason_code=reason,
                    expected_version=version,
                    note=note,
                    team=team,
                    reply_text=reply_text,
                    acknowledge_safeguarding=acknowledge_safeguarding,
                ),
                self.teams,
            )
            known = dict(repo.get_values(session, case_id))
        note_redacted, note_values = self.engine.redact_text(note, known) if note else ("", {})
        reply_redacted = reply_original = None
        reply_values: dict[str, str] = {}
        if reply_text is not None and reply_text == case.reply_text:
            raise Invalid(
                "the reply is the same as the one already saved: nothing to save",
                code="reply_unchanged",
            )
        if reply_text is not None:
            reply_redacted, reply_values = self.engine.redact_text(reply_text, known)
            reply_original = reply_text if reply_redacted != reply_text else None
        new_values = {p: v for p, v in {**note_values, **reply_values}.items() if p not in known}
        learn = act in (repo.Action.ACCEPT, repo.Action.REROUTE) and final_team is not None
        vector = self.engine.embed(case.redacted_text) if learn else None
        request = repo.DecisionRequest(
            action=act,
            reason_code=reason,
            expected_version=version,
            note=note_redacted,
            team=team,
            reply_text=reply_redacted,
            reply_original=reply_original,
            acknowledge_safeguarding=acknowledge_safeguarding,
            new_values=new_values or None,
        )
        with self.db.write() as session:
            case, decision = repo.apply_decision(
                session,
                case_id,
                user,
                request,
                self.teams,
                claim_timeout_minutes=settings.claim_timeout_minutes,
            )
            if learn:
                data, dim = vector_bytes(vector)
                repo.add_example(
                    session,
                    case,
                    team=final_team,
                    source=act.value,
                    vector=data,
                    dimension=dim,
                    model=self.provenance.get("embedding_model", ""),
                )
        metrics.observe_decision(act.value)
        if learn and self.memory.enabled:
            self.engine.call_soon(self.memory.sync)  # this worker learns at once
        return case, decision

    def decide_campaign(
        self,
        user: User,
        campaign_id: str,
        *,
        action: str,
        reason_code: str | None,
        team: str | None,
        note: str,
        size: int,
    ) -> dict:
        """One decision for every open letter of a campaign (see :mod:`api.mailroom`)."""
        note = valid_unicode((note or "").strip(), "the note")
        if len(note) > self.settings.max_note_chars:
            raise Invalid(f"the note is longer than {self.settings.max_note_chars} characters")
        team = (team or "").strip() or None
        if team is not None and team not in self.teams:
            raise UnknownTeam([team], sorted(self.teams))
        note_redacted = self.engine.redact_text(note)[0] if note else ""
        with self.db.write() as session:
            return mailroom.decide_campaign(
                session,
                campaign_id,
                user,
                action=action,
                reason_code=reason_code,
                team=team,
                note=note_redacted,
                size=size,
                teams=self.teams,
                claim_timeout_minutes=self.settings.claim_timeout_minutes,
            )

    def _check_current(self, session, case: Case, user: User, version: int) -> None:
        """A stale version is a conflict whatever else is wrong (the decision was made on a case
        that has since changed: checking it against the new state would be a 422); then
        someone else's live claim."""
        if case.version != version:
            details = repo.conflict_details(session, case)
            who = (
                f"{details['by']} {details.get('action_label', 'changed it')}"
                if details.get("by")
                else "someone else changed it"
            )
            raise VersionConflict(
                f"while you were working on it, {who} (now version {case.version}): "
                "nothing of yours was saved. Check the case as it is now, then apply your "
                "decision again",
                extra={"current": details},
                headers={"ETag": f'"{case.version}"'},
            )
        repo.check_claim(session, case, user, self.settings.claim_timeout_minutes)

    def preview_reply(
        self, user: User, case_id: str, reply_text: str, version: int | None = None
    ) -> dict:
        """What saving ``reply_text`` would store: the letter's placeholders kept, personal data
        the person typed replaced. Nothing is stored. Given the ``version`` the person is
        working on, a conflict or someone else's claim is refused first, before they review."""
        reply_text = valid_unicode(reply_text, "the reply").replace("\r\n", "\n")
        if len(reply_text) > self.settings.max_reply_chars:
            raise Invalid(f"the reply is longer than {self.settings.max_reply_chars} characters")
        with self.db.read() as session:
            case = repo.get_case(session, case_id)
            if version is not None:
                self._check_current(session, case, user, version)
            known = dict(repo.get_values(session, case_id))
        redacted, values = self.engine.redact_text(reply_text, known)
        new = [
            {"placeholder": p, "type": p.strip("<>").rsplit("_", 1)[0], "typed": v}
            for p, v in values.items()
            if p not in known
        ]
        return {"redacted_text": redacted, "changed": redacted != reply_text, "redactions": new}

    def claim(self, user: User, case_id: str, *, take_over: bool = False):
        with self.db.write() as session:
            return repo.claim_case(
                session,
                case_id,
                user,
                take_over=take_over,
                timeout_minutes=self.settings.claim_timeout_minutes,
            )

    def release(self, user: User, case_id: str):
        with self.db.write() as session:
            return repo.release_case(
                session, case_id, user, timeout_minutes=self.settings.claim_timeout_minutes
            )

    def own_submission(self, user: User, case_id: str) -> tuple[Case, str]:
        """A case ``user`` submitted recently and its draft reply with the letter's details put
        back (they typed or pasted the letter). Audited: the re-filled draft holds personal data."""
        with self.db.write() as session:
            case = repo.get_own_submission(
                session, case_id, user, days=self.settings.own_submissions_days
            )
            values = repo.get_values(session, case_id)
            audit.append(
                session,
                **audit.by(user),
                action="submission.viewed",
                case_id=case_id,
                payload={"role": user.role},
            )
            return case, restore(case.reply_text, values)

    def filled_reply(self, user: User, case_id: str) -> tuple[str, list[dict]]:
        """The current reply with every placeholder re-filled, for a person allowed to see the
        originals (audited like reading the original letter)."""
        with self.db.write() as session:
            case = repo.get_case(session, case_id)
            values = repo.get_values(session, case_id)
            audit.append(
                session,
                **audit.by(user),
                action="reply.revealed",
                case_id=case_id,
                payload={"role": user.role, "version": case.version},
            )
            return restore(case.reply_text, values), (case.suggestion or {}).get("reply", {}).get(
                "citations", []
            )

    # --- guidance ------------------------------------------------------------------------------
    def search_guidance(self, query: str, k: int):
        valid_unicode(query, "the query")

        return self.engine.call(
            self.pipeline.search_guidance, query, k, timeout=self.settings.submit_timeout_s
        )
