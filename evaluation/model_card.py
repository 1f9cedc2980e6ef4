"""The report's model card (what the assistant is, how it was measured, its known limits) and
its Algorithmic Transparency Recording Standard-style record (owner fields left for the
deploying organisation)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from evaluation.charts import (
    _num,
)
from evaluation.wording import TO_COMPLETE, ci, pct

# --- model card and ATRS record --------------------------------------------------------------


def model_card(metrics: Mapping) -> dict:
    repro = metrics.get("reproducibility", {})
    models = repro.get("models", {})
    manifest = (repro.get("index") or {}).get("manifest") or {}
    packages = repro.get("packages", {})
    a = metrics.get("assistant")
    training = metrics.get("training")
    return {
        "Model": f"Casework triage assistant {packages.get('casework-triage') or ''}".strip(),
        "Components": [
            f"Redaction: Presidio {packages.get('presidio-analyzer')} with UK recognisers on "
            f"spaCy {packages.get('spacy')} ({Path(models.get('spacy_model') or '?').name})",
            f"Embeddings: {Path(models.get('embedding_model') or '?').parent.name or '?'} "
            f"({manifest.get('dimension', '?')} dims; sentence-transformers "
            f"{packages.get('sentence-transformers')})",
            f"Guidance search: FAISS {packages.get('faiss-cpu')} dense + BM25, reciprocal rank "
            f"fusion; index of {manifest.get('passages', '?')} passages",
            "Router: "
            + (
                f"supervised calibrated classifier trained on {training['n']:,} "
                f"redacted cases ({training['classes']} teams)"
                if training
                else metrics.get("router_mode", "as configured in the index")
            )
            + f"; abstains below confidence {metrics.get('threshold')} or on novel letters",
            "Flags: rules for safeguarding, destitution and deadlines, with evidence words",
            f"Drafter: {models.get('drafter')} (suggested replies; not measured here)",
        ],
        "Intended use": (
            "Suggest a team, guidance and a draft reply for each citizen letter to "
            "a caseworker in a UK public-sector contact centre. Every suggestion "
            "is reviewed by a person; nothing is sent or decided automatically."
        ),
        "Out of scope": (
            "Deciding entitlement, eligibility or enforcement; routing without "
            "human review; languages other than English; letters longer than "
            f"{repro.get('settings', {}).get('max_letter_chars', '?')} characters."
        ),
        "Evaluation data": (
            f"{metrics.get('title')}: {metrics.get('dataset', {}).get('rows', '?'):,} "
            f"labelled cases, {metrics.get('labels', {}).get('classes', '?')} teams"
            + (" - SYNTHETIC" if metrics.get("synthetic") else "")
        ),
        "Training data": (
            f"{training['path']} ({training['n']:,} cases)"
            if training
            else "none: zero-shot routing by guidance ownership"
            if not (repro.get("index") or {}).get("router_files")
            else "the router saved in the index (see reproducibility)"
        ),
        "Headline figures": (
            f"accuracy {ci(a['accuracy'])}; macro-F1 "
            f"{_num(a['macro_f1']['value']):.3f}; ECE "
            f"{_num(a['calibration']['ece']):.3f}"
            if a
            else ""
        ),
        "Known limits": known_limits(metrics),
    }


def known_limits(metrics: Mapping) -> list[str]:
    limits = [
        "Measured on the data set named above only; performance on a contact centre's own "
        "letters must be measured on a labelled sample of them before relying on it.",
        "Redaction is not perfect: see the redaction evaluation for what kinds of personal data "
        "it misses. Downstream stages only ever see redacted text.",
        "English only. Very short letters and letters about several issues at once are harder.",
        "Confidence is calibrated on training data; recalibrate when letters or teams change.",
    ]
    if metrics.get("labels_unknown_to_router"):
        limits.append(
            f"{len(metrics['labels_unknown_to_router'])} label(s) in the evaluation "
            "set are not teams the router knows, so those letters cannot be right."
        )
    if metrics.get("synthetic"):
        limits.append("The evaluation letters are synthetic: real letters are messier.")
    return limits


def atrs_record(metrics: Mapping) -> dict[str, dict[str, str]]:
    """An Algorithmic Transparency Recording Standard-style record (tiers 1 and 2, abridged)."""
    card = model_card(metrics) if metrics.get("kind") == "routing" else {}
    repro = metrics.get("reproducibility", {})
    h = metrics.get("human_agreement")
    return {
        "Tier 1 - summary": {
            "Name": "Casework triage assistant",
            "Description": (
                "Suggests which team should handle a citizen's letter, finds the "
                "policy guidance that applies, flags urgent and vulnerable cases and "
                "drafts a reply, for a caseworker to check. Personal data is removed "
                "before any model reads the letter."
            ),
            "Website": TO_COMPLETE,
            "Contact email": TO_COMPLETE,
        },
        "Owner and responsibility": {
            "Organisation": TO_COMPLETE,
            "Team": TO_COMPLETE,
            "Senior responsible owner": TO_COMPLETE,
            "External supplier": TO_COMPLETE,
            "Supplier role / contract": TO_COMPLETE,
        },
        "Description and rationale": {
            "Scope": card.get("Intended use", ""),
            "Benefit": (
                "Faster, more consistent first-line triage; urgent and vulnerable cases "
                "surfaced early; caseworkers start from the relevant guidance."
            ),
            "Previous process": TO_COMPLETE,
            "Alternatives considered": (
                "Keyword rules and a TF-IDF classifier (the baselines "
                "in this report); manual triage only."
            ),
        },
        "Decision-making process and human oversight": {
            "Process integration": (
                "Suggestions appear in a review queue. A caseworker accepts, "
                "re-routes or rejects each one; every decision is recorded "
                "in a hash-chained audit trail."
            ),
            "Human decisions and review": (
                "Nothing is sent or finalised automatically. Letters "
                "the assistant is unsure about, or that raise a "
                "safeguarding, destitution or deadline flag, go to "
                "human triage."
            ),
            "Agreement with caseworkers": (
                f"acceptance {pct(h['overall']['acceptance_rate'])} of "
                f"{h['n_suggestions']:,} reviewed suggestions (benchmark "
                f"{pct(h['benchmark_acceptance'], 0)})"
                if h and h.get("n_suggestions")
                else "to be measured from the review audit trail once in use"
            ),
            "Frequency and scale of usage": TO_COMPLETE,
            "Required training": TO_COMPLETE,
            "Appeals and review": TO_COMPLETE,
        },
        "Tool specification": {
            "System architecture": (
                "redaction -> guidance search -> routing and flags -> "
                "drafting; runs on the organisation's own servers, models "
                "loaded from local disk, no data sent to third parties by "
                "default."
            ),
            "Models": "; ".join(card.get("Components", []))
            or f"Redaction: Presidio {repro.get('packages', {}).get('presidio-analyzer')}",
            "Model versions": ", ".join(
                f"{k} {v}" for k, v in repro.get("packages", {}).items() if v
            ),
            "Phase": TO_COMPLETE,
            "Maintenance": TO_COMPLETE,
        },
        "Data specification": {
            "Evaluation data": card.get("Evaluation data", metrics.get("title", "")),
            "Training data": card.get("Training data", "n/a"),
            "Personal data": (
                "Letters contain personal data; it is replaced with placeholders "
                "before embedding, routing or drafting. Originals are held only "
                "in the review service's access-controlled store."
            ),
            "Data sharing, access and storage": TO_COMPLETE,
        },
        "Risks, mitigations and impact assessments": {
            "Known limits": " ".join(card.get("Known limits", known_limits(metrics))),
            "Mitigations": (
                "Human review of every suggestion; abstention on low confidence and "
                "novel letters; priority flags; redaction before models; this "
                "evaluation repeated on local data and results by group of letters."
            ),
            "Data protection impact assessment": TO_COMPLETE,
            "Equality impact assessment": TO_COMPLETE,
        },
    }
