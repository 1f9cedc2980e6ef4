"""The rule the layers alone do not check: services call Pipeline's methods and never reach into
its stages (``pipeline.router``, ``self.pipeline.redactor``, ...). import-linter sees imports,
not attribute reads, so this reads the services' source."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SERVICES = ("api", "cli", "evaluation", "benchmarks")
#: Pipeline's stage attributes (pipeline/core.py, Pipeline.__init__)
STAGES = frozenset(
    {"redactor", "embedder", "retriever", "router", "flagger", "drafter", "signposter", "static"}
)


def _name_of(node: ast.expr) -> str:
    """The last name of ``pipeline``, ``self.pipeline``, ``app.state.pipeline``, ..."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def reaches_into_pipeline(source: str) -> list[tuple[int, str]]:
    """(line, expression) of each read of a stage off something named like a pipeline."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr in STAGES:
            owner = _name_of(node.value)
            if owner == "pipeline" or owner.endswith("_pipeline"):
                found.append((node.lineno, ast.unparse(node)))
    return found


def test_the_check_finds_a_reach_into_the_pipeline():
    source = "router = pipeline.router\nx = self.api_pipeline.redactor\nok = pipeline.search(t)\n"
    assert reaches_into_pipeline(source) == [
        (1, "pipeline.router"),
        (2, "self.api_pipeline.redactor"),
    ]


@pytest.mark.parametrize("package", SERVICES)
def test_services_use_only_pipeline_methods(package):
    found = [
        f"{path.relative_to(ROOT)}:{line}: {expression}"
        for path in sorted((ROOT / package).rglob("*.py"))
        for line, expression in reaches_into_pipeline(path.read_text(encoding="utf-8"))
    ]
    assert not found, "a service reaches into the pipeline's stages:\n" + "\n".join(found)
