"""Route a redacted letter to a team, or abstain so that a person triages it.

Two modes, one interface (``route`` / ``route_many``):

* **Zero-shot** (not fitted): a letter goes to the team that owns the guidance it matched.
  Each retrieved passage counts for its owner (:meth:`Teams.owner_of`) with a weight that grows
  with its relevance to the letter and shrinks with its rank; passages nobody owns count for
  nobody, which lowers the confidence. With an embedder (or team vectors) the letter's similarity
  to each team's description is blended in. Relevance is the cosine similarity between the letter
  and the passage when the router has an embedder (independent of how the retriever scores), and
  ``GuidanceHit.score`` otherwise. When no passage reaches ``relevance_floor`` nothing relevant
  was found and the router abstains: an out-of-scope letter (a pothole, a bin collection) is never
  pushed to the nearest team.

* **Supervised** (after :meth:`Router.fit`): multinomial logistic regression on the letter
  embeddings, calibrated with :class:`~sklearn.calibration.CalibratedClassifierCV`. Temperature
  scaling is the default because it keeps the classifier's ranking and, measured on BANKING77
  (``python -m evaluation.measure_routing``: ECE 0.014 vs 0.070 raw and 0.148 one-vs-rest
  sigmoid; on CFPB 0.054 vs 0.105 and 0.071), calibrates best of the three. A letter whose nearest
  known case (cosine, faiss ``IndexFlatIP`` over the training and remembered vectors) is less
  similar than ``novelty_threshold_`` - the ``novelty_quantile`` of the training set's own
  leave-one-out nearest-neighbour similarities - is "unlike any known case" and abstains.

In both modes the router abstains below ``threshold`` (one number, or a dict of per-team
thresholds), always reports its top-3 candidates, and :meth:`Router.remember` adds confirmed
cases (caseworker corrections) to a nearest-neighbour memory at once: a near-duplicate of a
remembered case (cosine >= ``memory_similarity``) is pulled towards its confirmed team with
weight ``memory_weight``.
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
import warnings
from collections import Counter, OrderedDict
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from contracts.models import Candidate, GuidanceHit, Routing
from triage.teams import Teams, UnknownTeam

CALIBRATIONS = ("temperature", "sigmoid", "isotonic", "none")
STATE_FILE = "router.joblib"
META_FILE = "router.json"
FORMAT_VERSION = 1
DEFAULT_THRESHOLD = 0.5
_PASSAGE_CACHE_SIZE = 20_000


def expected_calibration_error(confidences: Sequence[float] | np.ndarray,
                               correct: Sequence[bool] | np.ndarray, n_bins: int = 15) -> float:
    """Top-label ECE: the bin-weighted gap between confidence and accuracy (equal-width bins)."""
    conf = np.asarray(confidences, dtype=float)
    hit = np.asarray(correct, dtype=float)
    if conf.size == 0:
        return 0.0
    bins = np.minimum((conf * n_bins).astype(int), n_bins - 1)
    total = 0.0
    for b in np.unique(bins):
        mask = bins == b
        total += mask.mean() * abs(conf[mask].mean() - hit[mask].mean())
    return float(total)


def _as_matrix(vectors: np.ndarray | Sequence[Sequence[float]]) -> np.ndarray:
    matrix = np.asarray(vectors, dtype=np.float32)
    if matrix.ndim == 1:
        matrix = matrix[None, :]
    if matrix.ndim != 2:
        raise ValueError(f"expected a vector or a 2-D array of vectors, got shape {matrix.shape}")
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return np.ascontiguousarray(matrix / np.maximum(norms, 1e-12), dtype=np.float32)


def _softmax(logits: np.ndarray, axis: int = -1) -> np.ndarray:
    shifted = logits - logits.max(axis=axis, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=axis, keepdims=True)


def _flat_index(vectors: np.ndarray):
    import faiss

    index = faiss.IndexFlatIP(vectors.shape[1])
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


class Router:
    """Suggest a team for each letter vector, with a calibrated confidence, or abstain.

    Parameters (stored as given, scikit-learn style; learned state ends in ``_``):
        teams: the teams a letter can go to; labels given to ``fit``/``remember`` must be in it.
        threshold: abstain below this confidence; a dict gives per-team thresholds (key ``"*"``
            for the rest, otherwise 0.5).
        novelty_quantile: share of the training cases that would count as "unlike any known
            case" in leave-one-out; sets ``novelty_threshold_``. 0 turns novelty detection off.
        calibration: "temperature" | "sigmoid" | "isotonic" | "none".
        C, max_iter, cv, random_state: the logistic regression and the calibration folds.
        embedder: optional :class:`retrieval.embedder.Embedder`; in zero-shot mode it embeds the
            team descriptions and the retrieved passages (to measure their relevance).
        relevance_floor: zero-shot: passages less relevant than this count for nothing.
        description_weight: zero-shot: weight of the description-similarity distribution.
        description_temperature: zero-shot: softmax temperature over description cosines.
        memory_similarity, memory_weight, memory_k: remembered cases at least this similar vote
            (up to ``memory_k`` of them) and get this share of the final distribution.
        embedding_model: name recorded in the saved metadata (defaults to the embedder's path).
    """

    def __init__(self, teams: Teams, *, threshold: float | Mapping[str, float] = DEFAULT_THRESHOLD,
                 novelty_quantile: float = 0.02, calibration: str = "temperature", C: float = 10.0,
                 max_iter: int = 1000, cv: int = 5, random_state: int = 0, embedder=None,
                 relevance_floor: float = 0.3, description_weight: float = 0.3,
                 description_temperature: float = 0.05, memory_similarity: float = 0.9,
                 memory_weight: float = 0.8, memory_k: int = 5,
                 embedding_model: str | None = None) -> None:
        if calibration not in CALIBRATIONS:
            raise ValueError(f"calibration must be one of {CALIBRATIONS}, got {calibration!r}")
        if not 0.0 <= novelty_quantile < 1.0:
            raise ValueError(f"novelty_quantile must be in [0, 1), got {novelty_quantile}")
        self.teams = teams
        self.threshold = dict(threshold) if isinstance(threshold, Mapping) else float(threshold)
        if isinstance(self.threshold, dict):
            teams.validate_labels([k for k in self.threshold if k != "*"],
                                  context="per-team thresholds")
        self.novelty_quantile = novelty_quantile
        self.calibration = calibration
        self.C = C
        self.max_iter = max_iter
        self.cv = cv
        self.random_state = random_state
        self.embedder = embedder
        self.relevance_floor = relevance_floor
        self.description_weight = description_weight
        self.description_temperature = description_temperature
        self.memory_similarity = memory_similarity
        self.memory_weight = memory_weight
        self.memory_k = memory_k
        self.embedding_model = embedding_model
        # Memory of confirmed cases exists in both modes.
        self.memory_vectors_ = np.zeros((0, 0), dtype=np.float32)
        self.memory_labels_: list[str] = []
        self._memory_index = None
        self._team_vectors: np.ndarray | None = None
        self._passage_cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.RLock()  # remember() may run while another thread routes

    # --- configuration --------------------------------------------------------------------------
    @property
    def is_fitted(self) -> bool:
        return bool(getattr(self, "fitted_", False))

    def threshold_for(self, team: str | None) -> float:
        if isinstance(self.threshold, dict):
            return float(self.threshold.get(team, self.threshold.get("*", DEFAULT_THRESHOLD)))
        return float(self.threshold)

    def get_params(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in (
            "threshold", "novelty_quantile", "calibration", "C", "max_iter", "cv", "random_state",
            "relevance_floor", "description_weight", "description_temperature",
            "memory_similarity", "memory_weight", "memory_k", "embedding_model")}

    def set_team_vectors(self, vectors: Mapping[str, np.ndarray] | np.ndarray) -> Router:
        """Team-description embeddings for zero-shot routing (rows in ``teams.names`` order)."""
        if isinstance(vectors, Mapping):
            missing = [name for name in self.teams.names if name not in vectors]
            if missing:
                raise ValueError(f"team vectors missing for: {', '.join(missing)}")
            vectors = np.stack([np.asarray(vectors[name]) for name in self.teams.names])
        matrix = _as_matrix(vectors)
        if len(matrix) != len(self.teams):
            raise ValueError(f"got {len(matrix)} team vectors for {len(self.teams)} teams")
        self._team_vectors = matrix
        return self

    def team_vectors(self) -> np.ndarray | None:
        if self._team_vectors is None and self.embedder is not None:
            descriptions = self.teams.descriptions
            self._team_vectors = _as_matrix(
                self.embedder.encode([descriptions[name] for name in self.teams.names]))
        return self._team_vectors

    # --- training -------------------------------------------------------------------------------
    def fit(self, vectors: np.ndarray, labels: Sequence[str]) -> Router:
        """Train the calibrated classifier and the novelty detector on labelled letter vectors."""
        from sklearn.calibration import CalibratedClassifierCV
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import StratifiedKFold

        X = _as_matrix(vectors)
        y = np.asarray([str(label) for label in labels])
        if len(X) != len(y):
            raise ValueError(f"{len(X)} vectors but {len(y)} labels")
        self.teams.validate_labels(y, context="training labels")
        counts = Counter(y.tolist())
        if len(counts) < 2:
            raise ValueError(f"need cases for at least two teams to train, got {sorted(counts)}")

        base = LogisticRegression(C=self.C, max_iter=self.max_iter,
                                  random_state=self.random_state)
        method = self.calibration
        folds = min(self.cv, min(counts.values()))
        if method != "none" and folds < 2:
            rare = sorted(name for name, n in counts.items() if n < 2)
            warnings.warn(f"calibration skipped: teams {rare} have a single example",
                          stacklevel=2)
            method = "none"
        if method == "none":
            classifier = base.fit(X, y)
        else:
            splitter = StratifiedKFold(n_splits=folds, shuffle=True,
                                       random_state=self.random_state)
            classifier = CalibratedClassifierCV(base, method=method, cv=splitter,
                                                ensemble=False).fit(X, y)
        self.classifier_ = classifier
        self.classes_ = np.asarray(classifier.classes_).astype(str)
        self.calibration_ = method
        self.train_vectors_ = X
        self.train_labels_ = y
        self.n_features_in_ = X.shape[1]
        self.n_examples_ = len(X)
        self.trained_at_ = datetime.now(UTC).isoformat(timespec="seconds")
        # Leave-one-out nearest-neighbour similarity of each training case to the others.
        index = _flat_index(X)
        k = min(2, len(X))
        sims, ids = index.search(X, k)
        self_hit = ids[:, 0] == np.arange(len(X))
        loo = np.where(self_hit, sims[:, -1], sims[:, 0])
        self.loo_similarity_ = loo.astype(np.float32)
        self.novelty_threshold_ = (float(np.quantile(loo, self.novelty_quantile))
                                   if self.novelty_quantile > 0 else -math.inf)
        self._known_index = None
        self.fitted_ = True
        return self

    def set_novelty_quantile(self, quantile: float) -> Router:
        """Re-derive ``novelty_threshold_`` from the stored leave-one-out similarities."""
        self.novelty_quantile = quantile
        if self.is_fitted:
            self.novelty_threshold_ = (float(np.quantile(self.loo_similarity_, quantile))
                                       if quantile > 0 else -math.inf)
        return self

    def remember(self, vectors: np.ndarray, labels: Sequence[str]) -> Router:
        """Add confirmed cases to the nearest-neighbour memory; effective for the next route."""
        X = _as_matrix(vectors)
        y = [str(label) for label in labels]
        if len(X) != len(y):
            raise ValueError(f"{len(X)} vectors but {len(y)} labels")
        self.teams.validate_labels(y, context="remembered labels")
        self._check_dimension(X)
        with self._lock:
            vectors = X if self.memory_vectors_.size == 0 else np.vstack([self.memory_vectors_, X])
            self.memory_labels_ = self.memory_labels_ + y
            self.memory_vectors_ = vectors
            self._memory_index = None
            self._known_index = None
        return self

    # --- routing --------------------------------------------------------------------------------
    def route(self, vector: np.ndarray, hits: Sequence[GuidanceHit] = ()) -> Routing:
        return self.route_many(_as_matrix(vector), [list(hits)])[0]

    def route_many(self, vectors: np.ndarray,
                   hits_lists: Sequence[Sequence[GuidanceHit]] | None = None) -> list[Routing]:
        X = _as_matrix(vectors)
        if hits_lists is None:
            hits_lists = [[] for _ in range(len(X))]
        if len(hits_lists) != len(X):
            raise ValueError(f"{len(X)} vectors but {len(hits_lists)} hit lists")
        if len(X) == 0:
            return []
        self._check_dimension(X)
        if self.is_fitted:
            labels, probs = list(self.classes_), self.classifier_.predict_proba(X)
            problems = self._novelty_problems(X)
            mode = "classifier"
        else:
            labels = list(self.teams.names)
            probs, problems = self._zero_shot(X, hits_lists)
            mode = "guidance ownership"
        labels, probs, pulled = self._blend_memory(X, labels, probs)
        return [self._decide(labels, probs[i], problems[i], mode, pulled[i])
                for i in range(len(X))]

    def predict_proba(self, vectors: np.ndarray) -> tuple[list[str], np.ndarray]:
        """Supervised mode: (labels, calibrated probabilities with remembered cases blended in)."""
        self._require_fitted()
        X = _as_matrix(vectors)
        labels, probs, _ = self._blend_memory(X, list(self.classes_),
                                              self.classifier_.predict_proba(X))
        return labels, probs

    def nearest_similarity(self, vectors: np.ndarray) -> np.ndarray:
        """Cosine similarity of each vector to its nearest known (training or remembered) case."""
        self._require_fitted()
        X = _as_matrix(vectors)
        index = self._known()
        sims, _ = index.search(X, 1)
        return sims[:, 0]

    # --- internals ------------------------------------------------------------------------------
    def _require_fitted(self) -> None:
        if not self.is_fitted:
            raise RuntimeError("this router is not fitted: call fit() or load a trained router")

    def _check_dimension(self, X: np.ndarray) -> None:
        expected = getattr(self, "n_features_in_", None)
        if expected is None and self.memory_vectors_.size:
            expected = self.memory_vectors_.shape[1]
        if expected is not None and X.shape[1] != expected:
            raise ValueError(f"vectors have {X.shape[1]} dimensions; this router expects "
                             f"{expected} (was it trained with another embedding model?)")

    def _known(self):
        with self._lock:
            if getattr(self, "_known_index", None) is None:
                known = self.train_vectors_
                if self.memory_vectors_.size:
                    known = np.vstack([known, self.memory_vectors_])
                self._known_index = _flat_index(known)
            return self._known_index

    def _novelty_problems(self, X: np.ndarray) -> list[str]:
        if not math.isfinite(self.novelty_threshold_):
            return [""] * len(X)
        nearest = self.nearest_similarity(X)
        return [f"unlike any known case (nearest {s:.2f} < {self.novelty_threshold_:.2f})"
                if s < self.novelty_threshold_ else "" for s in nearest]

    def _hit_relevance(self, X: np.ndarray,
                       hits_lists: Sequence[Sequence[GuidanceHit]]) -> list[np.ndarray]:
        if all(hit.similarity is not None for hits in hits_lists for hit in hits):
            # The retriever measured letter-passage cosines already: no need to re-embed.
            return [np.asarray([hit.similarity for hit in hits], dtype=np.float32)
                    for hits in hits_lists]
        if self.embedder is None:
            return [np.asarray([hit.score for hit in hits], dtype=np.float32)
                    for hits in hits_lists]
        texts = {self._passage_key(hit): self._passage_text(hit)
                 for hits in hits_lists for hit in hits}
        with self._lock:
            found = {key: self._passage_cache[key] for key in texts if key in self._passage_cache}
        missing = [key for key in texts if key not in found]
        if missing:
            encoded = _as_matrix(self.embedder.encode([texts[key] for key in missing]))
            found.update(zip(missing, encoded, strict=True))
        with self._lock:
            for key, vector in found.items():
                self._passage_cache[key] = vector
                self._passage_cache.move_to_end(key)
            while len(self._passage_cache) > _PASSAGE_CACHE_SIZE:
                self._passage_cache.popitem(last=False)
        relevance = []
        for row, hits in zip(X, hits_lists, strict=True):
            if not hits:
                relevance.append(np.zeros(0, dtype=np.float32))
                continue
            P = np.stack([found[self._passage_key(hit)] for hit in hits])
            relevance.append(P @ row)
        return relevance

    @staticmethod
    def _passage_text(hit: GuidanceHit) -> str:
        return f"{hit.heading}\n{hit.passage}" if hit.heading else hit.passage or hit.title

    @classmethod
    def _passage_key(cls, hit: GuidanceHit) -> str:
        return hashlib.sha1(cls._passage_text(hit).encode("utf-8")).hexdigest()

    def _zero_shot(self, X: np.ndarray, hits_lists: Sequence[Sequence[GuidanceHit]]
                   ) -> tuple[np.ndarray, list[str]]:
        names = self.teams.names
        column = {name: i for i, name in enumerate(names)}
        relevance = self._hit_relevance(X, hits_lists)
        team_vectors = self.team_vectors()
        describe = None
        if team_vectors is not None and self.description_weight > 0:
            describe = _softmax((X @ team_vectors.T) / self.description_temperature)
        probs = np.zeros((len(X), len(names)))
        problems: list[str] = []
        for i, (hits, rel) in enumerate(zip(hits_lists, relevance, strict=True)):
            if len(hits) == 0:
                problems.append("no guidance retrieved")
                continue
            best = float(rel.max())
            weights = np.maximum(rel - self.relevance_floor, 0.0) / np.log2(np.arange(len(hits)) + 2)
            if best < self.relevance_floor or weights.sum() <= 0:
                problems.append(f"nothing relevant retrieved (best match {best:.2f} < "
                                f"{self.relevance_floor:.2f})")
            else:
                problems.append("")
                for hit, weight in zip(hits, weights, strict=True):
                    owner = self.teams.owner_of(hit)
                    if owner is not None:
                        probs[i, column[owner]] += weight
                probs[i] /= weights.sum()  # passages owned by nobody keep their share
            if describe is not None:
                probs[i] = (1 - self.description_weight) * probs[i] + \
                    self.description_weight * describe[i]
        return probs, problems

    def _memory(self):
        """A consistent (index, labels) snapshot of the remembered cases."""
        with self._lock:
            if self._memory_index is None and self.memory_vectors_.size:
                self._memory_index = _flat_index(self.memory_vectors_)
            return self._memory_index, self.memory_labels_

    def _blend_memory(self, X: np.ndarray, labels: list[str], probs: np.ndarray
                      ) -> tuple[list[str], np.ndarray, list[bool]]:
        index, memory_labels = self._memory()
        if index is None:
            return labels, probs, [False] * len(X)
        extra = [name for name in dict.fromkeys(memory_labels) if name not in labels]
        if extra:
            labels = labels + extra
            probs = np.hstack([probs, np.zeros((len(probs), len(extra)))])
        column = {name: j for j, name in enumerate(labels)}
        k = min(self.memory_k, index.ntotal)
        sims, ids = index.search(X, k)
        probs = np.array(probs, dtype=float, copy=True)
        pulled = []
        for i in range(len(X)):
            votes = np.zeros(len(labels))
            for sim, idx in zip(sims[i], ids[i], strict=True):
                if idx >= 0 and sim >= self.memory_similarity:
                    votes[column[memory_labels[idx]]] += sim
            if votes.sum() > 0:
                probs[i] = (1 - self.memory_weight) * probs[i] + \
                    self.memory_weight * votes / votes.sum()
                pulled.append(True)
            else:
                pulled.append(False)
        return labels, probs, pulled

    def _decide(self, labels: list[str], p: np.ndarray, problem: str, mode: str,
                pulled: bool) -> Routing:
        order = np.argsort(-p, kind="stable")[:3]
        candidates = tuple(Candidate(team=labels[j], confidence=round(float(p[j]), 6))
                           for j in order)
        top = candidates[0]
        limit = self.threshold_for(top.team)
        source = mode + (" + confirmed cases" if pulled else "")
        if problem and not pulled:
            reasons = [problem]
        elif top.confidence < limit:
            reasons = [f"low confidence {top.confidence:.2f} < {limit:.2f}"]
        else:
            reasons = []
        if reasons:
            return Routing(team=None, confidence=top.confidence, abstained=True,
                           candidates=candidates, reason="; ".join(reasons))
        return Routing(team=top.team, confidence=top.confidence, abstained=False,
                       candidates=candidates,
                       reason=f"confidence {top.confidence:.2f} >= {limit:.2f} ({source})")

    # --- persistence ----------------------------------------------------------------------------
    def save(self, directory: str | Path) -> Path:
        """Write ``router.joblib`` (state) and ``router.json`` (human-readable metadata)."""
        import joblib
        import sklearn

        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        state: dict[str, Any] = {"params": self.get_params(),
                                 "memory_vectors_": self.memory_vectors_,
                                 "memory_labels_": list(self.memory_labels_)}
        if self.is_fitted:
            for name in ("classifier_", "classes_", "calibration_", "train_vectors_",
                         "train_labels_", "n_features_in_", "n_examples_", "trained_at_",
                         "loo_similarity_", "novelty_threshold_"):
                state[name] = getattr(self, name)
        joblib.dump(state, directory / STATE_FILE, compress=3)
        model = self.embedding_model or (getattr(self.embedder, "model_path", None) or "")
        meta = {
            "format": FORMAT_VERSION,
            "mode": "supervised" if self.is_fitted else "zero-shot",
            "classes": [str(c) for c in getattr(self, "classes_", [])],
            "threshold": self.threshold,
            "novelty_quantile": self.novelty_quantile,
            "novelty_threshold": (getattr(self, "novelty_threshold_", None)
                                  if math.isfinite(getattr(self, "novelty_threshold_", 0.0))
                                  else None),
            "calibration": getattr(self, "calibration_", self.calibration),
            "classifier": f"LogisticRegression(C={self.C})" if self.is_fitted else None,
            "trained_at": getattr(self, "trained_at_", None),
            "n_examples": int(getattr(self, "n_examples_", 0)),
            "n_remembered": len(self.memory_labels_),
            "dimension": int(getattr(self, "n_features_in_", 0)
                             or (self.memory_vectors_.shape[1] if self.memory_vectors_.size
                                 else 0)),
            "embedding_model": str(model),
            "sklearn": sklearn.__version__,
        }
        (directory / META_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
        return directory

    @classmethod
    def load(cls, directory: str | Path, teams: Teams, *, embedder=None,
             threshold: float | Mapping[str, float] | None = None) -> Router:
        """Load a saved router; its teams must all be in ``teams`` (else :class:`UnknownTeam`).

        The state file is a pickle: load only routers this deployment trained itself.
        """
        import joblib

        directory = Path(directory)
        meta_path, state_path = directory / META_FILE, directory / STATE_FILE
        if not meta_path.is_file() or not state_path.is_file():
            raise FileNotFoundError(f"no trained router in {directory} (expected {META_FILE} "
                                    f"and {STATE_FILE}; run the training command first)")
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT_VERSION:
            raise ValueError(f"{meta_path}: unsupported router format {meta.get('format')!r}")
        state = joblib.load(state_path)
        known = list(meta.get("classes", [])) + list(state.get("memory_labels_", []))
        teams.validate_labels(known, context=f"router in {directory} was trained for teams "
                                             f"missing from the teams file")
        params = dict(state["params"])
        if threshold is not None:
            params["threshold"] = threshold
        router = cls(teams, embedder=embedder, **params)
        for name, value in state.items():
            if name != "params":
                setattr(router, name, value)
        if "classifier_" in state:
            router.fitted_ = True
            router._known_index = None
        router.memory_labels_ = list(router.memory_labels_)
        return router

    def __repr__(self) -> str:
        mode = (f"fitted on {self.n_examples_} cases, {len(self.classes_)} teams"
                if self.is_fitted else f"zero-shot, {len(self.teams)} teams")
        return f"Router({mode}, threshold={self.threshold!r})"


__all__ = ["Router", "UnknownTeam", "expected_calibration_error", "CALIBRATIONS"]
