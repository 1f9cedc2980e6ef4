"""Helpers shared by the review-service tests (imported by name: tests/ is no package)."""

from __future__ import annotations

from pathlib import Path

LETTER = (
    "Dear Sir or Madam, my name is Mrs Jane Smith. My Universal Credit payment has not "
    "arrived this month and I do not know why. Please can you look into my claim."
)

ROLES = ("contact_centre", "caseworker", "auditor", "admin")


class Api:
    """A running app (TestClient) with one user per role."""

    def __init__(self, client, services, tokens):
        self.client = client
        self.services = services
        self.tokens = tokens

    def headers(self, role: str | None) -> dict:
        return {"Authorization": f"Bearer {self.tokens[role]}"} if role else {}

    def submit(self, text: str, role: str = "contact_centre", key: str | None = None, **kwargs):
        headers = self.headers(role)
        if key is not None:
            headers["Idempotency-Key"] = key
        return self.client.post("/api/cases", json={"text": text}, headers=headers, **kwargs)

    def sign_in(self, role: str) -> None:
        """Sign in to the web app with this role's token: the client keeps the session cookie."""
        response = self.client.post(
            "/login", data={"token": self.tokens[role]}, follow_redirects=False
        )
        assert response.status_code == 303, response.text

    def decide(self, case_id: str, role: str = "caseworker", **body):
        return self.client.post(
            f"/api/cases/{case_id}/decisions", json=body, headers=self.headers(role)
        )


def make_settings(database_url: str, index_dir: Path, **overrides):
    from api.settings import ServiceSettings

    return ServiceSettings(database_url=database_url, index_dir=index_dir, **overrides)


def submitted_case(api) -> str:
    """The id of a new case made by submitting :data:`LETTER` (asserting it was accepted)."""
    response = api.submit(LETTER)
    assert response.status_code == 201, response.text
    return response.json()["id"]
