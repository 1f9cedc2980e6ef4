"""Redact stored cases again with the current redactor (``casework store re-redact``).

When the redactor improves, cases stored before the fix may hold personal data it now finds:
in the redacted letter, the subject, the suggestion (flag evidence, draft reply), the reply a
caseworker edited, decision notes and the learned examples. This rewrites each of them from the
one place the original lives (``case_originals``), so the letter's placeholders stay consistent
everywhere:

* the letter is redacted again from its original text; the new placeholder map replaces the old;
* a text derived from the letter (draft reply, examples) has the old placeholders put back and
  is redacted again *with the new map as known values*, so the same person gets the same
  placeholder in the letter and in its reply;
* an edited reply is redacted again from its stored original when there is one;
* a decision note keeps its own placeholders and has the rest redacted;
* flags are found again in the new text (their offsets point into it);
* the learned example's vector is computed again from the new text.

Team, confidence and candidates are what the assistant suggested at the time and are kept. The
case version goes up, so a caseworker with the old page open gets a conflict, not a silent
overwrite. Each changed case gets a ``case.re_redacted`` audit record (counts and field names,
never text) and the run one ``store.re_redacted`` summary. Audit records written before cannot
be rewritten: the chain exists so that nobody can.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import select, update

from api.store import audit
from api.db import Database
from api.learning import vector_bytes
from api.store.models import Case, CaseOriginal, Decision, Example
from redaction.placeholders import PLACEHOLDER, restore
from contracts.models import Letter


@dataclass
class ReRedaction:
    """What a run changed (counts only)."""

    cases: int = 0
    changed: int = 0
    entities_before: int = 0
    entities_after: int = 0
    fields: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"cases": self.cases, "changed": self.changed,
                "entities_before": self.entities_before, "entities_after": self.entities_after,
                "fields": dict(sorted(self.fields.items()))}


class _CaseRewriter:
    """Re-redacts the texts of one case against its new placeholder map."""

    def __init__(self, redactor, case_id: str, original: str, old_values: dict[str, str]):
        self.redactor = redactor
        self.case_id = case_id
        self.old_values = old_values
        self.letter, values = redactor.redact_with_values(Letter(id=case_id, text=original))
        self.values: dict[str, str] = dict(values)

    def _redact(self, text: str, known: dict[str, str]) -> tuple[str, dict[str, str]]:
        out, values = self.redactor.redact_with_values(Letter(id=self.case_id, text=text),
                                                        known=known)
        return out.redacted_text, values

    def derived(self, text: str | None) -> str:
        """A text about the letter (draft reply, edited reply from its original, example
        text): the placeholders it holds are the letter's old ones; they are put back, and the
        whole is redacted again against the letter's new map."""
        if not text:
            return text or ""
        redacted, values = self._redact(restore(text, self.old_values), self.values)
        self.values.update(values)
        return redacted

    def note(self, note: str) -> str:
        """A decision note: its own placeholders (numbered apart from the letter's) stay."""
        if not note:
            return note
        own = {m.group(): "" for m in PLACEHOLDER.finditer(note)}
        redacted, _ = self._redact(note, own)
        return redacted


def _cases(db: Database, batch: int) -> Iterator[list[str]]:
    with db.read() as session:
        ids = list(session.execute(select(Case.id).order_by(Case.created_at, Case.id)).scalars())
    for start in range(0, len(ids), batch):
        yield ids[start:start + batch]


def re_redact_cases(db: Database, redactor, flagger, embed: Callable[[str], object] | None = None,
                    *, actor: str = "cli", dry_run: bool = False, batch: int = 50,
                    progress: Callable[[int], None] | None = None) -> ReRedaction:
    """Re-redact every stored case; returns what changed. ``embed`` (text -> vector) is needed
    only when a changed case has a learned example."""
    report = ReRedaction()
    for ids in _cases(db, batch):
        for case_id in ids:
            with db.write() as session:
                changed = _re_redact_one(session, case_id, redactor, flagger, embed, actor,
                                         report, dry_run)
                if dry_run or not changed:
                    session.rollback()
            if progress is not None:
                progress(1)
    if not dry_run:
        with db.write() as session:
            audit.append(session, actor=actor, action="store.re_redacted",
                         payload=report.as_dict())
    return report


def _re_redact_one(session, case_id, redactor, flagger, embed, actor, report, dry_run) -> bool:
    case = session.get(Case, case_id)
    original = session.get(CaseOriginal, case_id)
    report.cases += 1
    if case is None or original is None:
        return False
    rewriter = _CaseRewriter(redactor, case_id, original.original_text, dict(original.values))
    new_text = rewriter.letter.redacted_text
    suggestion = dict(case.suggestion or {})
    before = len(suggestion.get("entities", []))
    report.entities_before += before
    report.entities_after += len(rewriter.letter.entities)
    changes: dict[str, object] = {}
    if new_text != case.redacted_text:
        changes["redacted_text"] = new_text
        if case.subject:
            changes["subject"] = new_text.split("\n", 1)[0][:300]
    old_draft = (suggestion.get("reply") or {}).get("text", "")
    new_draft = rewriter.derived(old_draft)
    if case.reply_text == old_draft:
        new_reply = new_draft
    else:  # edited by a caseworker: from the text they typed when it was kept
        new_reply = rewriter.derived(original.reply_text if original.reply_text is not None
                                     else case.reply_text)
    if new_reply != case.reply_text:
        changes["reply_text"] = new_reply
    new_suggestion = dict(suggestion)
    new_suggestion["redacted_text"] = new_text
    new_suggestion["entities"] = [e.model_dump(mode="json") for e in rewriter.letter.entities]
    new_suggestion["flags"] = [f.model_dump(mode="json") for f in flagger.detect(new_text)]
    if suggestion.get("reply") is not None:
        new_suggestion["reply"] = dict(suggestion["reply"], text=new_draft)
    if new_suggestion != suggestion:
        changes["suggestion"] = new_suggestion
    notes = {}
    for decision in session.execute(select(Decision).where(Decision.case_id == case_id)).scalars():
        redacted = rewriter.note(decision.note)
        if redacted != decision.note:
            notes[decision.id] = redacted
    example = session.execute(select(Example).where(Example.case_id == case_id)).scalar_one_or_none()
    example_text = rewriter.derived(example.redacted_text) if example is not None else None
    if example is not None and example_text == example.redacted_text:
        example_text = None
    if not changes and not notes and example_text is None and rewriter.values == original.values:
        return False
    report.changed += 1
    fields = sorted([*changes, *(["decision_notes"] if notes else []),
                     *(["example"] if example_text is not None else [])])
    for name in fields:
        report.fields[name] = report.fields.get(name, 0) + 1
    if dry_run:
        return True
    session.execute(update(Case).where(Case.id == case_id)
                    .values(**changes, version=case.version + 1))
    session.execute(update(CaseOriginal).where(CaseOriginal.case_id == case_id)
                    .values(values=rewriter.values))
    for decision_id, note in notes.items():
        session.execute(update(Decision).where(Decision.id == decision_id).values(note=note))
    if example_text is not None:
        if embed is None:
            raise RuntimeError("a changed case has a learned example: an embedder is needed")
        data, dimension = vector_bytes(embed(example_text))
        session.execute(update(Example).where(Example.id == example.id)
                        .values(redacted_text=example_text, vector=data, dimension=dimension))
    audit.append(session, actor=actor, action="case.re_redacted", case_id=case_id, payload={
        "entities_before": before, "entities_after": len(rewriter.letter.entities),
        "fields": fields, "version": case.version + 1,
    })
    return True


__all__ = ["ReRedaction", "re_redact_cases"]
