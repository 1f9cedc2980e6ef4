"""Campaigns (one template, many senders) and repeated contact (one sender, many letters).

**Campaigns.** A letter's fingerprint is a MinHash of the word 5-grams of its REDACTED text,
with every placeholder read as its type (``<PERSON_3>`` -> ``<person>``), so two copies of a
template signed by different people, with different addresses, read the same. Two letters
whose estimated Jaccard similarity is at least ``campaign_similarity`` (0.6) belong to one
campaign. Candidates are found through locality-sensitive hashing: the 60 MinHash values cut
into 20 bands of 3; letters sharing any band are compared (a pair at 0.6 shares one with
probability 0.99, a pair at 0.3 with 0.42). Letters of under 30 words get no fingerprint.

**Repeated contact.** A sender is recognised by their identifiers (e-mail address, phone, NI,
NHS, passport and driving licence numbers) as the redactor found them, each normalised and
turned into ``HMAC-SHA256(key, type:value)``: the keys are stored, never the values, and
without the key (``CASEWORK_CONTACT_KEY``, or a random one kept in ``CONTACT_KEY_FILE``) they
cannot be tested against a guessed value.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

PERMUTATIONS, BANDS = 60, 20
ROWS = PERMUTATIONS // BANDS
SHINGLE, MIN_WORDS = 5, 30
_PLACEHOLDER = re.compile(r"[<‹]([A-Z][A-Z0-9_]*?)_\d+[>›]")
_WORD = re.compile(r"<[a-z_]+>|[^\W\d_]+|\d+", re.UNICODE)
_rng = np.random.default_rng(20261130)
_SALTS = _rng.integers(1, 2**63, size=PERMUTATIONS, dtype=np.uint64)
_MULTS = _rng.integers(1, 2**63, size=PERMUTATIONS, dtype=np.uint64) | np.uint64(1)
#: identifiers that name one person (types of redaction.recognizers)
CONTACT_TYPES = (
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "UK_NINO",
    "UK_NHS",
    "UK_PASSPORT",
    "UK_DRIVING_LICENCE",
)


def words(redacted_text: str) -> list[str]:
    text = _PLACEHOLDER.sub(lambda m: f" <{m.group(1).lower()}> ", redacted_text)
    text = re.sub(r"^--- Attachment \d+: .*$", " ", text, flags=re.M)
    return _WORD.findall(text.lower())


def fingerprint(redacted_text: str) -> np.ndarray | None:
    """The MinHash signature (``PERMUTATIONS`` uint64) of a redacted letter, or None when it
    is too short to tell a template from a coincidence."""
    tokens = words(redacted_text)
    if len(tokens) < MIN_WORDS:
        return None
    shingles = {" ".join(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}
    hashes = np.fromiter(
        (
            int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little")
            for s in shingles
        ),
        dtype=np.uint64,
        count=len(shingles),
    )
    with np.errstate(over="ignore"):
        mixed = (hashes[:, None] ^ _SALTS[None, :]) * _MULTS[None, :]
        mixed ^= mixed >> np.uint64(29)
    return mixed.min(axis=0)


def to_bytes(signature: np.ndarray) -> bytes:
    return np.asarray(signature, dtype="<u8").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u8")


def bands(signature: np.ndarray) -> list[str]:
    """The LSH band keys of a signature: ``"<band>:<hash>"``."""
    out = []
    for band in range(BANDS):
        chunk = np.asarray(signature[band * ROWS : (band + 1) * ROWS], dtype="<u8").tobytes()
        out.append(f"{band}:{hashlib.blake2b(chunk, digest_size=8).hexdigest()}")
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two letters' 5-gram sets."""
    return float(np.mean(np.asarray(a) == np.asarray(b)))


def group(signatures: Sequence[np.ndarray | None], threshold: float) -> list[int | None]:
    """Campaign number of each letter (None: not in a campaign) for letters given together (the
    CLI): letters joined by any pair at or over ``threshold`` share a number, numbered in order
    of their first letter; groups of one are no campaign."""
    parent = list(range(len(signatures)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    buckets: dict[str, list[int]] = {}
    for i, signature in enumerate(signatures):
        if signature is None:
            continue
        for key in bands(signature):
            for j in buckets.setdefault(key, []):
                if find(i) != find(j) and similarity(signature, signatures[j]) >= threshold:
                    parent[find(i)] = find(j)
            buckets[key].append(i)
    roots = [find(i) for i in range(len(signatures))]
    sizes: dict[int, int] = {}
    for root in roots:
        sizes[root] = sizes.get(root, 0) + 1
    numbers: dict[int, int] = {}
    out: list[int | None] = []
    for i, root in enumerate(roots):
        if signatures[i] is None or sizes[root] < 2:
            out.append(None)
            continue
        out.append(numbers.setdefault(root, len(numbers) + 1))
    return out


# ---------------------------------------------------------------------- repeated contact
def contact_key(settings) -> bytes:
    """The HMAC key: the setting, else the key file (made once, readable by its owner only)."""
    if settings.contact_key is not None:
        return settings.contact_key.get_secret_value().encode("utf-8")
    path = Path(settings.contact_key_file)
    try:
        return bytes.fromhex(path.read_text().strip())
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another worker made it first
        return bytes.fromhex(path.read_text().strip())
    key = os.urandom(32)
    with os.fdopen(fd, "w") as handle:
        handle.write(key.hex() + "\n")
    return key


def contact_keys(values: Mapping[str, str], key: bytes) -> list[tuple[str, str]]:
    """(type, keyed hash) of each identifier among a letter's redacted values
    (``{placeholder: value}``), each once."""
    # deferred: the redactor module is ~0.4 s of imports; only contact keys need it
    from redaction.placeholders import placeholder_type
    from redaction.redactor import normalise_value

    out: dict[str, str] = {}
    for placeholder, value in values.items():
        kind = placeholder_type(placeholder)
        if kind not in CONTACT_TYPES:
            continue
        normal = normalise_value(kind, value)
        if sum(c.isalnum() for c in normal) < 5:
            continue
        digest = hmac.new(key, f"{kind}:{normal}".encode(), hashlib.sha256).hexdigest()
        out[digest] = kind
    return [(kind, digest) for digest, kind in out.items()]
