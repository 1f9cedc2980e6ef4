"""Evaluation reports for auditors: the report folders `casework evaluate` and
`casework evaluate-redaction` write under CASEWORK_REPORTS_DIR, listed and served as written."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

from api.deps import ReportReader, ServicesDep
from api.errors import NotFound
from api.schemas import ErrorOut, ReportOut
from api.store.retention import retention_records, summarise_retention

router = APIRouter(prefix="/api/reports", tags=["reports"])


def list_reports(root: Path) -> list[dict]:
    """Report folders (newest first) with the facts an auditor picks one by."""
    out = []
    if not root.is_dir():
        return out
    for folder in root.iterdir():
        metrics_path = folder / "metrics.json"
        if not (folder.is_dir() and metrics_path.is_file() and (folder / "report.html").is_file()):
            continue
        try:
            metrics = json.loads(metrics_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        out.append(
            {
                "name": folder.name,
                "title": metrics.get("title") or folder.name,
                "kind": metrics.get("kind", "routing"),
                "synthetic": bool(metrics.get("synthetic")),
                "written": metrics_path.stat().st_mtime,
            }
        )
    return sorted(out, key=lambda r: r["written"], reverse=True)


def report_file(root: Path, name: str) -> Path:
    """The report.html of folder ``name`` directly under ``root`` (never anything else)."""
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise NotFound(f"no report {name!r}")
    path = root / name / "report.html"
    if path.resolve().parent.parent != root.resolve() or not path.is_file():
        raise NotFound(f"no report {name!r}")
    return path


@router.get(
    "",
    response_model=list[ReportOut],
    summary="Evaluation reports, newest first",
    responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}},
)
def reports(services: ServicesDep, user: ReportReader):
    return [ReportOut(**r) for r in list_reports(Path(services.settings.reports_dir))]


@router.get(
    "/retention",
    summary="Draft retention: how much of the suggested replies "
    "caseworkers kept, overall, by team and by week",
    responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}},
)
def retention(services: ServicesDep, user: ReportReader):
    with services.db.read() as session:
        return summarise_retention(retention_records(session))


@router.get(
    "/{name}",
    summary="One report (self-contained HTML)",
    response_class=FileResponse,
    responses={
        200: {"content": {"text/html": {}}},
        401: {"model": ErrorOut},
        403: {"model": ErrorOut},
        404: {"model": ErrorOut},
    },
)
def report(name: str, services: ServicesDep, user: ReportReader):
    return FileResponse(
        report_file(Path(services.settings.reports_dir), name), media_type="text/html"
    )
