"""Approved reply templates and LLM prompt templates, loaded with Jinja2.

Templates live in ``prompts/templates/`` (shipped as package data). A team's reply template is
``<team>.txt.j2``; a team without one gets ``default.txt.j2``, and a letter the router abstained on
(``team`` is None) gets the ``human_triage.txt.j2`` holding reply. Rendering is strict: a missing
variable is an error, never a silently blank gap in a letter to a citizen.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
DEFAULT_TEMPLATE = "default.txt.j2"
HUMAN_TRIAGE_TEMPLATE = "human_triage.txt.j2"
#: replies to letters written in these languages (ISO 639-1) use this template
LANGUAGE_TEMPLATES = {"cy": "welsh.txt.j2"}
LLM_SYSTEM_TEMPLATE = "llm_system.txt.j2"
LLM_USER_TEMPLATE = "llm_user.txt.j2"

# Team names map to file names, so only plain identifiers are looked up (no paths, no dots).
_TEAM_NAME = re.compile(r"^[a-z0-9][a-z0-9_]*$")


@lru_cache(maxsize=8)
def _environment(template_dir: str) -> Environment:
    return Environment(
        loader=FileSystemLoader(template_dir),
        undefined=StrictUndefined,
        autoescape=False,  # plain-text letters and prompts, not HTML
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def get_environment(template_dir: str | Path | None = None) -> Environment:
    """The (cached) Jinja2 environment over ``template_dir`` (default: the packaged templates)."""
    return _environment(str(Path(template_dir or TEMPLATE_DIR).resolve()))


def load_template(name: str, template_dir: str | Path | None = None) -> Template:
    """A template by file name, e.g. ``load_template("benefits.txt.j2")``."""
    return get_environment(template_dir).get_template(name)


def template_name_for_team(team: str | None, template_dir: str | Path | None = None) -> str:
    """File name of the reply template for ``team``: its own, else the default.

    ``None`` (the router abstained) selects the human-triage holding reply.
    """
    if team is None:
        return HUMAN_TRIAGE_TEMPLATE
    name = f"{team}.txt.j2"
    if _TEAM_NAME.match(team) and name in get_environment(template_dir).list_templates():
        return name
    return DEFAULT_TEMPLATE


def template_name_for_language(
    language: str | None, template_dir: str | Path | None = None
) -> str | None:
    """The reply template for letters written in ``language`` (``"cy"``: the Welsh reply),
    or None when replies in that language use the team's template."""
    name = LANGUAGE_TEMPLATES.get(language or "")
    if name and name in get_environment(template_dir).list_templates():
        return name
    return None


def template_for_team(team: str | None, template_dir: str | Path | None = None) -> Template:
    """The reply template for ``team`` (see :func:`template_name_for_team`)."""
    return load_template(template_name_for_team(team, template_dir), template_dir)
