"""Sign-in with the organisation's account: OpenID Connect (authorisation-code flow with PKCE).

Authlib drives the protocol (authorisation URL with PKCE S256, the code exchange, the ID token's
OpenID claims: nonce, azp, at_hash) and joserfc, its JOSE library, checks signatures. What this
module adds is the policy:

* **Discovery**: ``ISSUER/.well-known/openid-configuration`` is read when first needed and kept
  ``oidc_jwks_cache_seconds``; its ``issuer`` must be exactly the configured one.
* **Keys**: the provider's JWKS, kept as long; a token whose ``kid`` is not among them fetches
  the JWKS again at once (at most every :data:`MIN_REFRESH_S` seconds, so a stream of made-up
  key ids cannot make us hammer the provider). A rotated key is picked up without a restart.
* **ID tokens** (web sign-in): signature from the JWKS with an allowed asymmetric algorithm,
  ``iss``, ``aud`` (the client id), ``exp``/``iat``/``nbf`` with ``oidc_clock_skew_seconds``,
  ``nonce`` (the one this browser's sign-in sent), ``azp`` when several audiences.
* **Access tokens** (API bearer): JWTs with the same signature checks, ``iss``, ``aud`` =
  ``oidc_api_audience`` (default: the client id), ``exp``, ``sub``. A token with a ``nonce`` is
  an ID token and is refused as a bearer token.
* **Roles**: the groups claim (``oidc_groups_claim``, a dotted path for nested claims) mapped by
  ``oidc_group_roles``; several mapped groups give the first role in :data:`ROLE_ORDER`; none
  gives no access. Entra ID's "groups overage" (too many groups to list: the token points at
  Graph instead) is refused with a message saying what to configure.

Errors never carry a token or its claims: only which check failed.
"""

from __future__ import annotations

import base64
import json
import logging
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

import httpx
from joserfc import jwt
from joserfc.errors import ExpiredTokenError, InvalidClaimError, JoseError, MissingClaimError
from joserfc.jwk import KeySet
from joserfc.jwt import JWTClaimsRegistry

from api.settings import ServiceSettings

log = logging.getLogger(__name__)

#: several mapped groups: the first of these roles wins
ROLE_ORDER = ("admin", "caseworker", "auditor", "contact_centre")
#: a token signed with an unknown key fetches the JWKS again, but not more often than this
MIN_REFRESH_S = 10.0
#: longer tokens are refused unread (a token with a few hundred groups is ~10 KB)
MAX_TOKEN_CHARS = 32_000


class OIDCError(Exception):
    """A sign-in or token that is refused. ``reason`` is a short code for the audit trail;
    the message says what failed, never what the token held."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


class ProviderUnavailable(OIDCError):
    """The provider (discovery, keys or token endpoint) could not be reached or answered
    nonsense: nobody's fault in the browser, so 503 rather than a refusal."""

    def __init__(self, message: str) -> None:
        super().__init__("provider_unavailable", message)


@dataclass(frozen=True)
class ProviderMetadata:
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str
    end_session_endpoint: str | None = None


@dataclass(frozen=True)
class RoleDecision:
    role: str | None
    groups: tuple[str, ...]  # the person's groups that are mapped (names from the settings)
    reason: str | None = None  # why there is no role


def claim_at(claims: dict, path: str) -> Any:
    """The value at a dotted path (``realm_access.roles``), or None."""
    value: Any = claims
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def role_from_claims(claims: dict, settings: ServiceSettings) -> RoleDecision:
    """The role the person's groups give (``oidc_group_roles``), or why they give none."""
    raw = claim_at(claims, settings.oidc_groups_claim)
    names = claims.get("_claim_names")
    if raw is None and isinstance(names, dict) and settings.oidc_groups_claim in names:
        return RoleDecision(None, (), "groups_overage")
    if isinstance(raw, str):
        raw = [raw]
    groups = [g for g in raw if isinstance(g, str)] if isinstance(raw, list) else []
    mapping = settings.oidc_group_roles
    matched = tuple(sorted({g for g in groups if g in mapping}))
    roles = {mapping[g] for g in matched}
    for role in ROLE_ORDER:
        if role in roles:
            return RoleDecision(role, matched)
    return RoleDecision(None, (), "no_mapped_group")


def issued_at(claims: dict):
    """The token's ``iat`` as a UTC datetime (now when it has none)."""
    value = claims.get("iat")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(value, UTC)
        except (OverflowError, OSError, ValueError):
            pass
    return datetime.now(UTC)


def user_name_from_claims(claims: dict, settings: ServiceSettings) -> str:
    for key in (settings.oidc_username_claim, "email", "sub"):
        value = claim_at(claims, key)
        if isinstance(value, str) and value.strip() and value.isprintable():
            return value.strip()[:100]
    return str(claims.get("sub", "unknown"))[:100]


def _header_of(token: str) -> dict:
    """The JOSE header of a compact JWS, read before any key is looked up."""
    if not isinstance(token, str) or len(token) > MAX_TOKEN_CHARS or token.count(".") != 2:
        raise OIDCError("malformed_token", "the token is not a signed JWT")
    first = token.split(".", 1)[0]
    try:
        header = json.loads(base64.urlsafe_b64decode(first + "=" * (-len(first) % 4)))
    except (ValueError, UnicodeDecodeError):
        raise OIDCError("malformed_token", "the token's header cannot be read") from None
    if not isinstance(header, dict):
        raise OIDCError("malformed_token", "the token's header cannot be read")
    return header


class OIDCClient:
    """One per worker process (``Services.oidc``): discovery and keys cached, thread-safe."""

    def __init__(self, settings: ServiceSettings, http: httpx.Client | None = None) -> None:
        if not settings.oidc_enabled:
            raise ValueError("OpenID Connect needs oidc_issuer and oidc_client_id")
        self.settings = settings
        self.issuer = settings.oidc_issuer
        self.client_id = settings.oidc_client_id
        self.api_audience = settings.oidc_api_audience or settings.oidc_client_id
        self.algorithms = list(settings.oidc_algorithms)
        self.ttl = settings.oidc_jwks_cache_seconds
        self._http = http or httpx.Client(
            timeout=settings.oidc_http_timeout_s, follow_redirects=False
        )
        self._lock = threading.Lock()
        self._metadata: ProviderMetadata | None = None
        self._metadata_at = 0.0
        self._keys: KeySet | None = None
        self._kids: frozenset[str] = frozenset()
        self._keys_at = float("-inf")
        self.min_refresh_s = MIN_REFRESH_S

    # ------------------------------------------------------------------ discovery and keys
    def _get_json(self, url: str, what: str) -> dict:
        try:
            response = self._http.get(url, headers={"Accept": "application/json"})
        except httpx.HTTPError as error:
            raise ProviderUnavailable(
                f"the sign-in provider's {what} could not be fetched ({type(error).__name__})"
            ) from None
        if response.status_code != 200:
            raise ProviderUnavailable(
                f"the sign-in provider's {what} answered {response.status_code}"
            )
        try:
            body = response.json()
        except ValueError:
            raise ProviderUnavailable(f"the sign-in provider's {what} is not JSON") from None
        if not isinstance(body, dict):
            raise ProviderUnavailable(f"the sign-in provider's {what} is not a JSON object")
        return body

    def metadata(self) -> ProviderMetadata:
        with self._lock:
            fresh = self._metadata is not None and time.monotonic() - self._metadata_at < self.ttl
            if fresh:
                return self._metadata
        url = self.issuer.rstrip("/") + "/.well-known/openid-configuration"
        body = self._get_json(url, "discovery document")
        if body.get("issuer") != self.issuer:
            # OpenID Connect Discovery 4.3: a document for another issuer is not this provider's
            raise ProviderUnavailable(
                "the discovery document names another issuer than "
                "CASEWORK_OIDC_ISSUER (check the exact URL, trailing "
                "slash included)"
            )
        try:
            metadata = ProviderMetadata(
                issuer=body["issuer"],
                authorization_endpoint=body["authorization_endpoint"],
                token_endpoint=body["token_endpoint"],
                jwks_uri=body["jwks_uri"],
                end_session_endpoint=body.get("end_session_endpoint"),
            )
        except KeyError as missing:
            raise ProviderUnavailable(f"the discovery document has no {missing.args[0]}") from None
        with self._lock:
            self._metadata, self._metadata_at = metadata, time.monotonic()
        return metadata

    def key_set(self, kid: str | None) -> tuple[KeySet, frozenset[str]]:
        """The provider's keys and their ids; fetched again when stale or when ``kid`` is not
        among them."""
        now = time.monotonic()
        with self._lock:
            keys, kids, age = self._keys, self._kids, now - self._keys_at
        stale = keys is None or age >= self.ttl
        unknown = kid is not None and kid not in kids
        if stale or (unknown and age >= self.min_refresh_s):
            body = self._get_json(self.metadata().jwks_uri, "keys (JWKS)")
            try:
                keys = KeySet.import_key_set(body)
            except (JoseError, ValueError, TypeError, KeyError):
                raise ProviderUnavailable(
                    "the sign-in provider's keys (JWKS) cannot be read"
                ) from None
            kids = frozenset(k.kid for k in keys.keys if k.kid)
            with self._lock:
                self._keys, self._kids, self._keys_at = keys, kids, time.monotonic()
            if unknown and kid in kids:
                log.info("the sign-in provider's keys were rotated: key %s fetched", kid)
        if keys is None:
            raise ProviderUnavailable("the sign-in provider's keys are not available")
        return keys, kids

    def _verified(self, token: str, what: str):
        header = _header_of(token)
        alg = header.get("alg")
        if alg not in self.algorithms:
            raise OIDCError(
                "bad_algorithm", f"the {what} is signed with an algorithm that is not accepted"
            )
        kid = header.get("kid") if isinstance(header.get("kid"), str) else None
        keys, kids = self.key_set(kid)
        if kid is not None and kid not in kids:
            raise OIDCError(
                "unknown_key", f"the {what} is signed with a key the provider does not publish"
            )
        try:
            return jwt.decode(token, keys, algorithms=self.algorithms)
        except JoseError:
            raise OIDCError(
                "bad_signature",
                f"the {what}'s signature does not verify (it was "
                "changed, or not made by the provider)",
            ) from None
        except (ValueError, TypeError):
            raise OIDCError("malformed_token", f"the {what} cannot be read") from None

    # ---------------------------------------------------------------------------- ID tokens
    def validate_id_token(
        self, id_token: str, *, nonce: str, access_token: str | None = None
    ) -> dict:
        # deferred: authlib is ~0.1 s of imports, needed only when a token is checked
        from authlib.oidc.core import CodeIDToken

        token = self._verified(id_token, "ID token")
        claims = CodeIDToken(
            token.claims,
            token.header,
            options={
                "iss": {"essential": True, "value": self.issuer},
                "aud": {"essential": True, "value": self.client_id},
                "sub": {"essential": True},
            },
            params={"nonce": nonce, "client_id": self.client_id, "access_token": access_token},
        )
        self._check_claims(
            lambda: claims.validate(
                now=int(time.time()), leeway=self.settings.oidc_clock_skew_seconds
            ),
            "ID token",
        )
        if claims.get("nonce") != nonce:
            # (Authlib checks a nonce that is present; one that is missing is refused here)
            raise OIDCError("bad_nonce", "the ID token is not for this sign-in (nonce)")
        return dict(claims)

    # ------------------------------------------------------------------------ access tokens
    def validate_access_token(self, access_token: str) -> dict:
        token = self._verified(access_token, "access token")
        claims = token.claims
        if "nonce" in claims:
            raise OIDCError("id_token_as_access_token", "an ID token is not an access token")
        registry = JWTClaimsRegistry(
            now=int(time.time()),
            leeway=self.settings.oidc_clock_skew_seconds,
            iss={"essential": True, "value": self.issuer},
            aud={"essential": True, "value": self.api_audience},
            exp={"essential": True},
            sub={"essential": True},
        )
        self._check_claims(lambda: registry.validate(claims), "access token")
        return dict(claims)

    @staticmethod
    def _check_claims(validate, what: str) -> None:
        try:
            validate()
        except ExpiredTokenError:
            raise OIDCError("expired", f"the {what} has expired") from None
        except MissingClaimError as error:
            raise OIDCError(
                "missing_claim", f"the {what} lacks a required claim ({error.claim})"
            ) from None
        except InvalidClaimError as error:
            claim = getattr(error, "claim", "?")
            reason = {
                "iss": "wrong_issuer",
                "aud": "wrong_audience",
                "nonce": "bad_nonce",
                "nbf": "not_yet_valid",
                "iat": "issued_in_future",
            }.get(claim, "bad_claim")
            raise OIDCError(reason, f"the {what} fails the {claim} check") from None
        except JoseError:
            raise OIDCError("bad_claim", f"the {what}'s claims do not check out") from None

    # ------------------------------------------------------------------------ the code flow
    def _oauth_client(self, redirect_uri: str):
        # deferred: authlib's HTTP client, only when the provider is asked
        from authlib.integrations.httpx_client import OAuth2Client

        secret = self.settings.oidc_client_secret
        return OAuth2Client(
            client_id=self.client_id,
            client_secret=secret.get_secret_value() if secret else None,
            token_endpoint_auth_method="client_secret_basic" if secret else "none",
            scope=self.scopes,
            redirect_uri=redirect_uri,
            code_challenge_method="S256",
            timeout=self.settings.oidc_http_timeout_s,
        )

    @property
    def scopes(self) -> str:
        scopes = self.settings.oidc_scopes.split()
        return " ".join(["openid"] + [s for s in scopes if s != "openid"])

    def authorization_url(
        self, *, redirect_uri: str, state: str, nonce: str, code_verifier: str
    ) -> str:
        endpoint = self.metadata().authorization_endpoint
        with self._oauth_client(redirect_uri) as client:
            url, _ = client.create_authorization_url(
                endpoint, state=state, nonce=nonce, code_verifier=code_verifier
            )
        return url

    def exchange_code(self, *, code: str, redirect_uri: str, code_verifier: str) -> dict:
        # deferred: authlib, only when a code is exchanged
        from authlib.integrations.base_client import OAuthError

        endpoint = self.metadata().token_endpoint
        try:
            with self._oauth_client(redirect_uri) as client:
                token = client.fetch_token(
                    endpoint,
                    code=code,
                    code_verifier=code_verifier,
                    grant_type="authorization_code",
                )
        except OAuthError as error:
            raise OIDCError(
                "token_refused", f"the provider refused the sign-in code ({error.error})"
            ) from None
        except Exception as error:
            if isinstance(error, OIDCError):
                raise
            raise ProviderUnavailable(
                "the sign-in provider's token endpoint could not be "
                f"reached ({type(error).__name__})"
            ) from None
        if not isinstance(token, dict) or not isinstance(token.get("id_token"), str):
            raise OIDCError("no_id_token", "the provider's answer has no ID token")
        return dict(token)

    def end_session_url(
        self, post_logout_redirect_uri: str, id_token_hint: str | None = None
    ) -> str | None:
        """RP-initiated logout at the provider, when it offers it (None otherwise). With the
        session's ID token as ``id_token_hint`` the provider knows whom to sign out (some ask
        for it before they honour ``post_logout_redirect_uri``)."""
        try:
            endpoint = self.metadata().end_session_endpoint
        except ProviderUnavailable:
            return None
        if not endpoint:
            return None
        params = {"client_id": self.client_id, "post_logout_redirect_uri": post_logout_redirect_uri}
        if id_token_hint:
            params["id_token_hint"] = id_token_hint
        query = urlencode(params)
        return endpoint + ("&" if "?" in endpoint else "?") + query

    def close(self) -> None:
        self._http.close()
