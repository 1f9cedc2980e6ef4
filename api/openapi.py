"""The OpenAPI document as the service really answers: every error in the one body shape
:mod:`api.errors` sends, and the statuses any route can give whatever it declares itself
(401 where a token is needed, 403 for a change refused as cross-site, 400/413 for an
unreadable or over-large body, 422 for a bad field)."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel, Field

from api.schemas import ErrorOut

_UNSAFE = {"post", "put", "patch", "delete"}


class FieldError(BaseModel):
    loc: list[str | int] = Field(description="where: body, query, path or header, then names")
    msg: str


class ValidationErrorOut(ErrorOut):
    errors: list[FieldError] | None = Field(default=None, description="each field's problem")


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _response(description: str, schema: str = "ErrorOut") -> dict:
    return {"description": description, "content": {"application/json": {"schema": _ref(schema)}}}


def _add_models(components: dict) -> None:
    for model in (ErrorOut, FieldError, ValidationErrorOut):
        schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
        for name, definition in schema.pop("$defs", {}).items():
            components.setdefault(name, definition)
        components[model.__name__] = schema
    for name in ("HTTPValidationError", "ValidationError"):
        components.pop(name, None)


def _enumerate_teams(schema: dict, teams: tuple[str, ...]) -> None:
    """Team fields take one of the configured teams (anything else is 422 unknown_team)."""

    def restrict(node: dict) -> None:
        for branch in node.get("anyOf", [node]):
            if branch.get("type") == "string":
                branch["enum"] = list(teams)

    # (the audit trail's team filter stays free: it may name a team that no longer exists)
    for path, operations in schema.get("paths", {}).items():
        if not path.startswith("/api/cases"):
            continue
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                if parameter.get("name") == "team" and parameter.get("in") == "query":
                    restrict(parameter.get("schema", {}))
    for model in ("DecisionIn", "NextIn", "CampaignDecisionIn"):
        body = schema.get("components", {}).get("schemas", {}).get(model, {})
        if "team" in body.get("properties", {}):
            restrict(body["properties"]["team"])


def _document_upload(schema: dict) -> None:
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            content = operation.get("requestBody", {}).get("content", {})
            form = content.get("multipart/form-data")
            if not form:
                continue
            form["encoding"] = {"file": {"contentType": "text/plain, message/rfc822"}}
            ref = form.get("schema", {}).get("$ref", "").rsplit("/", 1)[-1]
            body = schema["components"]["schemas"].get(ref, {})
            if "file" in body.get("properties", {}):
                body["properties"]["file"]["minLength"] = 1


def document_errors(schema: dict, teams: tuple[str, ...] = ()) -> dict:
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    _add_models(components)
    _document_upload(schema)
    if teams:
        _enumerate_teams(schema, teams)
    for operations in schema.get("paths", {}).values():
        for method, operation in operations.items():
            if method not in _UNSAFE | {"get", "head"}:
                continue
            responses = operation.setdefault("responses", {})
            takes_input = bool(operation.get("parameters") or operation.get("requestBody"))
            if takes_input or "422" in responses:
                description = responses.get("422", {}).get("description")
                if not description or description == "Validation Error":
                    description = "a field is missing, has the wrong type or is out of range"
                responses["422"] = _response(description, "ValidationErrorOut")
            if operation.get("security"):
                responses.setdefault(
                    "401",
                    _response(
                        "no valid token: none, unknown, deactivated user, ended web session; a "
                        "provider access token that fails a check (`invalid_token`) or whose "
                        "groups give no role here (`no_role`)"
                    ),
                )
                responses.setdefault(
                    "503",
                    _response(
                        "the service is starting, or the organisation's sign-in provider could not "
                        "be reached to check a provider access token"
                    ),
                )
            if method in _UNSAFE:
                responses.setdefault(
                    "403",
                    _response(
                        "refused: the role may not do this, or a browser request came from another "
                        "site, or a cookie-signed-in change lacked X-CSRF-Token"
                    ),
                )
            if operation.get("requestBody"):
                responses.setdefault(
                    "400",
                    _response(
                        "the body cannot be read (invalid UTF-8, JSON nested too deep, broken "
                        "multipart)"
                    ),
                )
                responses.setdefault("413", _response("the request body is too large"))
            for status, response in responses.items():
                content = response.get("content", {}).get("application/json", {})
                if status >= "400" and content.get("schema", {}).get("$ref", "").endswith(
                    "/HTTPValidationError"
                ):
                    content["schema"] = _ref("ValidationErrorOut")
    return schema


def install(app: FastAPI) -> None:
    def openapi() -> dict:
        if app.openapi_schema is None:
            services = getattr(app.state, "services", None)
            teams = tuple(services.teams) if services is not None else ()
            schema = document_errors(
                get_openapi(
                    title=app.title,
                    version=app.version,
                    description=app.description,
                    routes=app.routes,
                    tags=app.openapi_tags,
                ),
                teams,
            )
            if services is None:
                return schema  # before start-up: do not keep a document without the teams
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi
