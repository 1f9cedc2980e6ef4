"""A real OpenID provider for the tests (npm ``oidc-provider``, run by node from
``oidc_provider.mjs`` on 127.0.0.1) and what the tests do with it: register the review service as
a client, steer users and their groups, take tokens through the real authorisation-code flow
with PKCE (as a program would), and sign in in Chromium (as a person would).

The provider's issuer is ``http://localhost:PORT`` while the app runs on ``127.0.0.1``: another
site, so the provider's redirect back to the app is a cross-site navigation, as in real life
(SameSite cookies behave as they would in production).

Imported by name (tests/ is no package), like review_helpers.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import time
import uuid
from pathlib import Path
from urllib.parse import parse_qs, quote, urlencode, urlsplit

import httpx
from sqlalchemy import select

from api.store.models import AuditRecord, User

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).resolve().parent / "oidc_provider.mjs"
MODULE = ROOT / "node_modules" / "oidc-provider" / "package.json"

API_AUDIENCE = "api://casework"
OTHER_AUDIENCE = "api://some-other-service"
WEB_CLIENT = "casework-web"
WEB_SECRET = "test-only-secret-" + "x" * 24
CLI_CLIENT = "casework-cli"
CLI_REDIRECT = "http://127.0.0.1/cli-callback"

GROUP_ROLES = {
    "casework-contact-centre": "contact_centre",
    "casework-caseworkers": "caseworker",
    "casework-auditors": "auditor",
    "casework-admins": "admin",
}


def subject_of(login: str) -> str:
    """An opaque subject id, as providers give (not the login name)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"casework-test/{login}"))


def user(login: str, *groups: str) -> dict:
    return {"sub": subject_of(login), "groups": list(groups), "name": login.capitalize()}


#: the test users: one per role, one in no mapped group, and more for the group changes
USERS = {
    "cara": user("cara", "casework-caseworkers", "all-staff"),
    "connie": user("connie", "casework-contact-centre"),
    "audrey": user("audrey", "casework-auditors"),
    "ada": user("ada", "casework-admins", "casework-caseworkers"),
    "uma": user("uma", "finance-team", "all-staff"),
    "rory": user("rory", "casework-caseworkers"),
    "tess": user("tess", "casework-contact-centre"),
}


def node_available() -> str | None:
    """Why the provider cannot run here, or None."""
    if shutil.which("node") is None:
        return "node is not installed (make install installs Debian nodejs)"
    if not MODULE.is_file():
        return "node_modules/oidc-provider is missing: run `make install` (npm ci) first"
    return None


class TestProvider:
    """The running provider: its issuer, and the /__test/ controls."""

    __test__ = False  # not a test class

    def __init__(self, process: subprocess.Popen, port: int) -> None:
        self.process = process
        self.port = port
        self.issuer = f"http://localhost:{port}"
        self.control = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30)
        self.app_urls: list[str] = []
        self.users = {k: dict(v) for k, v in USERS.items()}

    # ------------------------------------------------------------------------ configuration
    def _post(self, path: str, body: dict | None = None) -> dict:
        response = self.control.post(path, json=body or {})
        assert response.status_code == 200, response.text
        return response.json()

    def configure(self, **body) -> None:
        self._post("/__test/configure", body)

    def _clients(self) -> list[dict]:
        # the apps of the tests: TestClient's http://127.0.0.1 always (whatever live servers
        # registered before), and every live server
        urls = ["http://127.0.0.1", *self.app_urls]
        web = {
            "client_id": WEB_CLIENT,
            "client_secret": WEB_SECRET,
            "redirect_uris": [f"{u}/auth/callback" for u in urls],
            "post_logout_redirect_uris": [f"{u}/login?signed_out=1" for u in urls],
            "grant_types": ["authorization_code"],
            "response_types": ["code"],
            "token_endpoint_auth_method": "client_secret_basic",
        }
        cli = {
            "client_id": CLI_CLIENT,
            "token_endpoint_auth_method": "none",
            "redirect_uris": [CLI_REDIRECT],
            "grant_types": ["authorization_code"],
            "response_types": ["code"],
        }
        return [web, cli]

    def register_app(self, base_url: str) -> None:
        """Let a running review service (its address) use the web client."""
        if base_url not in self.app_urls:
            self.app_urls.append(base_url)
        self.configure(clients=self._clients())

    def set_groups(self, login: str, *groups: str) -> None:
        self.users[login]["groups"] = list(groups)
        self.configure(users=self.users)

    def reset(self) -> None:
        self.users = {k: dict(v) for k, v in USERS.items()}
        self.configure(users=self.users, tamper=False, token_ttl=600, token_delay_ms=0)

    def rotate(self) -> list[str]:
        return self._post("/__test/rotate")["kids"]

    def settings(self, **overrides) -> dict:
        """The review service's settings for this provider."""
        values = dict(
            oidc_issuer=self.issuer,
            oidc_client_id=WEB_CLIENT,
            oidc_client_secret=WEB_SECRET,
            oidc_scopes="openid profile email groups",
            oidc_group_roles=GROUP_ROLES,
            oidc_api_audience=API_AUDIENCE,
            oidc_provider_name="the test provider",
        )
        values.update(overrides)
        return values

    # -------------------------------------------------------- tokens, as a program gets them
    def authorize(self, url: str, login: str, redirect_uri: str) -> str:
        """Follow an authorisation request at the provider, signing in as ``login`` on its page
        (a client of its own: the provider's cookies only), up to the redirect back to
        ``redirect_uri``; returns that URL (with code, state and iss)."""
        with httpx.Client(timeout=30) as client:
            response = client.get(url)
            for _ in range(10):
                location = response.headers.get("location", "")
                if location.startswith(redirect_uri):
                    return location
                if response.status_code == 200 and 'name="login"' in response.text:
                    action = re.search(r'action="([^"]+)"', response.text).group(1)
                    response = client.post(
                        self.issuer + action, data={"login": login, "password": "any"}
                    )
                    continue
                assert response.status_code in (302, 303), re.sub(
                    r"<style.*?</style>", "", response.text, flags=re.S
                )[:1500]
                response = client.get(
                    location if location.startswith("http") else self.issuer + location
                )
        raise AssertionError("the provider never redirected back")

    def tokens(self, login: str, resource: str = API_AUDIENCE) -> dict:
        """The authorisation-code flow with PKCE for the CLI client, the sign-in form filled in
        as ``login``: the provider's token response (access_token, id_token)."""
        verifier = secrets.token_urlsafe(48)
        challenge = (
            base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
            .rstrip(b"=")
            .decode()
        )
        query = urlencode(
            {
                "client_id": CLI_CLIENT,
                "response_type": "code",
                "scope": "openid profile groups api",
                "redirect_uri": CLI_REDIRECT,
                "state": secrets.token_urlsafe(16),
                "nonce": secrets.token_urlsafe(16),
                "code_challenge": challenge,
                "code_challenge_method": "S256",
                "resource": resource,
            }
        )
        location = self.authorize(f"{self.issuer}/auth?{query}", login, CLI_REDIRECT)
        params = parse_qs(urlsplit(location).query)
        assert "code" in params, params
        token = httpx.post(
            f"{self.issuer}/token",
            timeout=30,
            data={
                "grant_type": "authorization_code",
                "code": params["code"][0],
                "redirect_uri": CLI_REDIRECT,
                "client_id": CLI_CLIENT,
                "code_verifier": verifier,
                "resource": resource,
            },
        )
        assert token.status_code == 200, token.text
        return token.json()

    def stop(self) -> None:
        self.control.close()
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def start_provider() -> TestProvider:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {
        **os.environ,
        "OP_PORT": str(port),
        "OP_ISSUER": f"http://localhost:{port}",
        "OP_API": API_AUDIENCE,
    }
    process = subprocess.Popen(
        ["node", str(SCRIPT)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    line = process.stdout.readline()
    if not line.startswith("ready"):
        process.kill()
        raise RuntimeError(f"the test OpenID provider did not start: {line!r}")
    provider = TestProvider(process, port)
    provider.configure(clients=provider._clients())
    provider.reset()
    deadline = time.monotonic() + 30
    while True:
        try:
            if (
                httpx.get(
                    f"{provider.issuer}/.well-known/openid-configuration", timeout=5
                ).status_code
                == 200
            ):
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            provider.stop()
            raise RuntimeError("the test OpenID provider does not answer")
        time.sleep(0.1)
    return provider


# ------------------------------------------------------------------------------- JWT tinkering
def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def parts(token: str) -> tuple[dict, dict, str]:
    header, payload, signature = token.split(".")
    return json.loads(_unb64(header)), json.loads(_unb64(payload)), signature


def with_claims(token: str, **changes) -> str:
    """The token with its claims changed and its signature kept (tampered)."""
    header, payload, signature = token.split(".")
    claims = json.loads(_unb64(payload))
    claims.update(changes)
    return f"{header}.{_b64(json.dumps(claims).encode())}.{signature}"


def with_header(token: str, **changes) -> str:
    header, payload, signature = token.split(".")
    fields = json.loads(_unb64(header))
    fields.update(changes)
    return f"{_b64(json.dumps(fields).encode())}.{payload}.{signature}"


# --- what the tests read back ---------------------------------------------------------------
def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def records(app, action: str | None = None) -> list[dict]:
    with app.services.db.read() as session:
        query = select(AuditRecord).order_by(AuditRecord.seq)
        if action:
            query = query.where(AuditRecord.action == action)
        return [
            {"actor": r.actor, "action": r.action, "payload": json.loads(r.payload)}
            for r in session.execute(query).scalars()
        ]


def user_row(app, login: str) -> User | None:
    with app.services.db.read() as session:
        user = session.execute(
            select(User).where(User.subject == subject_of(login))
        ).scalar_one_or_none()
        if user is not None:
            session.expunge(user)
        return user


def web_sign_in(app, login: str, next_path: str = "/"):
    """/auth/login -> the provider's sign-in page as ``login`` -> /auth/callback, in the app's
    TestClient (which keeps the app's cookies); returns (callback URL, callback response)."""
    start = app.client.get(f"/auth/login?next={quote(next_path)}", follow_redirects=False)
    assert start.status_code == 303, start.text
    callback = app.op.authorize(start.headers["location"], login, "http://127.0.0.1/auth/callback")
    return callback, app.client.get(callback, follow_redirects=False)
