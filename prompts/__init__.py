"""Reply drafting stage: approved templates (default) or a LangChain chat model.

Light imports only: LangChain, transformers and any model load happen inside the LangChain drafter
and the factories, when they are used.
"""

from prompts.drafter import Drafter, TemplateDrafter
from prompts.factory import build_drafter, build_llm
from prompts.langchain_drafter import (
    LangChainDrafter,
    neutralise_delimiters,
    parse_citation_numbers,
)
from prompts.loader import load_template, template_for_team, template_name_for_team
from prompts.thoughts import extract_sentences

__all__ = [
    "Drafter",
    "LangChainDrafter",
    "TemplateDrafter",
    "build_drafter",
    "build_llm",
    "extract_sentences",
    "load_template",
    "neutralise_delimiters",
    "parse_citation_numbers",
    "template_for_team",
    "template_name_for_team",
]
