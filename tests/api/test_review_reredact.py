"""`casework store re-redact`: cases stored before a redaction fix are redacted again, everywhere
their text went, consistently, and audited (SQLite and PostgreSQL)."""

from __future__ import annotations

import json

import numpy as np
import pytest
from sqlalchemy import select

from api.store import audit
from api.auth import create_user
from api.learning import vector_bytes
from api.reredact import re_redact_cases
from api.store import repository as repo
from api.store.models import AuditRecord, Case, CaseOriginal, Decision, Example
from triage.flags import FlagDetector

ORIGINAL = ("Dear Council Tax Team,\nMargaret Thornbury of 14 Acacia Avenue, Sheffield S10 2TN has "
            "been overcharged.\nHer carer Gareth Llewellyn-Jones lives at 221 Stratford Road, "
            "Birmingham B33 8TH.")
# what the redactor stored before the fix: only the carer's name was found
LEAKY = ("Dear Council Tax Team,\nMargaret Thornbury of 14 Acacia Avenue, Sheffield S10 2TN has "
         "been overcharged.\nHer carer <PERSON_1> lives at 221 Stratford Road, Birmingham "
         "B33 8TH.")
LEAKY_VALUES = {"<PERSON_1>": "Gareth Llewellyn-Jones"}
DRAFT = "Dear <PERSON_1>,\nThank you for writing about Margaret Thornbury's bill [1]."
VALUES_IN_CLEAR = ("Margaret", "Thornbury", "Acacia", "Sheffield", "S10 2TN", "Stratford",
                   "Birmingham", "B33 8TH", "Gareth")


@pytest.fixture
def stored_case(db):
    with db.write() as s:
        worker, _ = create_user(s, "alice", "caseworker")
        suggestion = {
            "id": "x", "redacted_text": LEAKY, "team": "benefits", "confidence": 0.7,
            "abstained": False, "candidates": [{"team": "benefits", "confidence": 0.7}],
            "priority": "normal", "flags": [], "needs_human_triage": False, "guidance": [],
            "reply": {"text": DRAFT, "citations": [], "drafter": "template"},
            "entities": [{"type": "PERSON", "start": 113, "end": 135, "score": 0.85,
                          "placeholder": "<PERSON_1>"}]}
        case = repo.create_case(s, worker, repo.NewCase(
            channel="json", redacted_text=LEAKY, suggestion=suggestion, provenance={},
            original_text=ORIGINAL, values=dict(LEAKY_VALUES), content_sha256="ab" * 32,
            subject=LEAKY.split("\n", 1)[0]))
        s.add(Decision(case_id=case.id, user_id=worker.id, action="note", reason_code="other",
                       note="Rang Gareth Llewellyn-Jones; <PERSON_1> in Sheffield agreed",
                       from_status="open", to_status="open", version=1))
        data, dim = vector_bytes(np.ones(4, dtype=np.float32))
        s.add(Example(case_id=case.id, team="benefits", source="accept", redacted_text=LEAKY,
                      vector=data, dimension=dim, model="m"))
        case_id = case.id
    return case_id


def test_re_redaction_cleans_every_copy_consistently(db, redactor, stored_case):
    embedded = []

    def embed(text):
        embedded.append(text)
        return np.full(4, 2.0, dtype=np.float32)

    report = re_redact_cases(db, redactor, FlagDetector(), embed=embed)
    assert report.cases == 1 and report.changed == 1
    assert report.entities_before == 1 and report.entities_after >= 8
    with db.read() as s:
        case = s.get(Case, stored_case)
        original = s.get(CaseOriginal, stored_case)
        note = s.execute(select(Decision.note).where(Decision.case_id == stored_case)).scalar_one()
        example = s.execute(select(Example).where(Example.case_id == stored_case)).scalar_one()
        stored = {
            "redacted_text": case.redacted_text, "suggestion": json.dumps(case.suggestion),
            "reply_text": case.reply_text, "note": note, "example": example.redacted_text,
            "subject": case.subject}
        for field, value in stored.items():
            for secret in VALUES_IN_CLEAR:
                assert secret not in value, (field, secret, value)
        # one placeholder map for the letter and everything made from it
        values = original.values
        assert values["<PERSON_1>"] == "Margaret Thornbury"
        carer = next(p for p, v in values.items() if v == "Gareth Llewellyn-Jones")
        assert case.reply_text.startswith(f"Dear {carer},")  # the draft meant the carer
        assert "<PERSON_1>'s bill" in case.reply_text
        for entity in case.suggestion["entities"]:
            assert ORIGINAL[entity["start"]:entity["end"]] == values[entity["placeholder"]]
        assert example.redacted_text == case.redacted_text
        assert np.frombuffer(example.vector, dtype="<f4")[0] == 2.0 and embedded
        assert case.version == 2
        actions = [r.action for r in s.execute(select(AuditRecord).order_by(AuditRecord.seq))
                   .scalars()]
        assert actions[-2:] == ["case.re_redacted", "store.re_redacted"]
        payloads = " ".join(r.payload for r in s.execute(select(AuditRecord)).scalars()
                            if r.action.endswith("re_redacted"))
        assert not any(secret in payloads for secret in VALUES_IN_CLEAR)
        assert audit.verify(s).ok
    again = re_redact_cases(db, redactor, FlagDetector(), embed=embed)
    assert again.changed == 0  # nothing left to do


def test_dry_run_changes_nothing(db, redactor, stored_case):
    with db.read() as s:
        before = s.get(Case, stored_case).redacted_text
        records = len(s.execute(select(AuditRecord)).scalars().all())
    report = re_redact_cases(db, redactor, FlagDetector(), dry_run=True)
    assert report.changed == 1 and "redacted_text" in report.fields
    with db.read() as s:
        assert s.get(Case, stored_case).redacted_text == before
        assert len(s.execute(select(AuditRecord)).scalars().all()) == records
