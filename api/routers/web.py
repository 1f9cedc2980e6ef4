"""The review web app: server-rendered pages over the same services as the JSON API.

Sign-in is with the organisation's account (OpenID Connect: ``/auth/login`` -> the provider ->
``/auth/callback``, see :mod:`api.oidc`), or, for local use and the demo, by pasting an API token
(``POST /login``; off by default once OpenID Connect is configured). Either way the browser gets
a server-side session in an HttpOnly, SameSite=Strict cookie (:mod:`api.sessions` explains the
cookies, and why the sign-in itself needs a short-lived SameSite=Lax one). Every form that
changes something also carries a per-user CSRF value.

The pages, one module a group, each with its own router (``api/app.py`` includes them all):
this module has what they share (the signed-in user, permission and CSRF checks, rendering a
page), ``/`` and ``/accessibility``; :mod:`api.routers.web_sign_in` the sign-in and sign-out;
:mod:`api.routers.web_cases` the queue and a case; :mod:`api.routers.web_submissions` submit,
one's own submissions and guidance search; :mod:`api.routers.web_audit` the audit trail and the
reports; :mod:`api.routers.web_mailroom` campaigns and the files a case arrived as;
:mod:`api.routers.drift` the drift view.

Pages, and the template context each gets besides ``user``, ``csrf`` and ``can(permission)``:

* ``/queue`` (queue.html): ``cases`` (``Case`` rows; flag kinds from their suggestion),
  ``claims`` ({case id: who claimed it}), ``total``, ``page``, ``pages``, ``filters``, ``teams``, ``page_link(n)``.
* ``/cases/{id}`` (case.html): :func:`_case_context` plus, after a refused decision, ``form``
  (what the person typed, kept), ``field_errors`` ({field id: message}) and ``error_list``
  ([(field id, message)]) for the error summary, ``conflict`` (who changed the case and how) or
  ``preview`` (what saving the reply would redact, to confirm).
* ``/cases/{id}/reply`` (reply.html): ``case``, ``text`` (re-filled; audited), ``citations``.
* ``/my/cases`` (my_cases.html) and ``/my/cases/{id}`` (my_case.html): a person's own recent
  submissions; ``case``, ``reply`` (re-filled; audited), ``flags`` (explained), ``guidance``,
  ``citations``.
* ``/guidance`` (guidance.html): ``query``, ``query_redacted``, ``hits``.
* ``/audit`` (audit.html): ``records`` (with ``description``), ``filters``, ``result``,
  ``head`` (full head hash), ``older``, ``actions``, ``actors``, ``teams``; ``/audit.csv``.
* ``/reports`` (reports.html): ``reports``; ``/reports/{name}`` serves one.
* ``/accessibility`` (accessibility.html).
"""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse

from api.auth import Permission, can, csrf_token
from api.deps import ServicesDep, session_user
from api.errors import Forbidden, Unauthorized
from api.store.models import User
from api.web import render

router = APIRouter(include_in_schema=False)


def web_user(request: Request, services: ServicesDep) -> User:
    user = session_user(request, services)
    if user is None:
        raise Unauthorized("sign in first")
    request.state.user = user
    return user


WebUser = Annotated[User, Depends(web_user)]


def _need(user: User, permission: Permission) -> None:
    if not can(user.role, permission):
        raise Forbidden(
            f"the {user.role.replace('_', ' ')} role may not {permission.value.replace('_', ' ')}"
        )


def _check_csrf(user: User, value: str) -> None:
    if not hmac.compare_digest(value.encode(), csrf_token(user).encode()):
        raise Forbidden("the form has expired: reload the page and try again")


def _page(request: Request, name: str, user: User, **context):
    context.update(user=user, csrf=csrf_token(user), can=lambda p: can(user.role, Permission(p)))
    status = context.pop("status_code", 200)
    return render(request, name, context, status_code=status)


@router.get("/")
def home(user: WebUser):
    if can(user.role, Permission.READ_CASES):
        return RedirectResponse("/queue", status_code=303)
    return RedirectResponse("/submit", status_code=303)


@router.get("/accessibility")
def accessibility(request: Request, services: ServicesDep):
    # signed in or not: the page shows the person's menu when there is a person
    return render(
        request, "accessibility.html", {"user": session_user(request, services, touch=False)}
    )
