# Over 500 lines: Router is one estimator (fit, route, learn from corrections, recalibrate) whose
# supervised, zero-shot and conformal paths read the same learned state; the hybrid views are in
# triage/hybrid.py.
"""Route a redacted letter to a team, or abstain so that a person triages it.

Two modes, one interface (``route`` / ``route_many``, given the letters' vectors, their guidance
hits and their redacted text):

* **Zero-shot** (not fitted): a letter goes to the team that owns the guidance it matched.
  Each retrieved passage counts for its owner (:meth:`Teams.owner_of`) with a weight that grows
  with its relevance to the letter and shrinks with its rank; passages nobody owns count for
  nobody, which lowers the confidence. With an embedder (or team vectors) the letter's similarity
  to each team's description is blended in. Relevance is the cosine similarity between the letter
  and the passage when the router has an embedder (independent of how the retriever scores), and
  ``GuidanceHit.score`` otherwise. When no passage reaches ``relevance_floor`` nothing relevant
  was found and the router abstains: an out-of-scope letter (a pothole, a bin collection) is never
  pushed to the nearest team. The zero-shot confidence can be recalibrated from caseworkers'
  decisions (:meth:`Router.set_recalibration`, :mod:`triage.recalibration`).

* **Supervised** (after :meth:`Router.fit`): :class:`triage.hybrid.HybridClassifier` - TF-IDF word
  and character n-grams over the whole redacted letter and the dense letter vector, stacked on
  out-of-fold scores and temperature-calibrated on held-out folds. The confidence is the
  calibrated probability of the top team, mapped to P(top team right) by isotonic regression on
  the held-out folds where they show it miscalibrated beyond sampling noise (GOV.UK: test ECE
  0.124 -> 0.072, ranking unchanged; :class:`triage.recalibration.HeldOutConfidenceCalibrator`). On the same held-out folds the router fits
  **conformal candidate sets** (MAPIE split conformal, LAC score): ``Routing.candidate_set``
  holds the right team with probability ``conformal_level`` (e.g. 90%) for letters like the
  training ones; and, with ``target_accuracy``, **per-team thresholds** (the lowest confidence at
  which that team's held-out suggestions were right ``target_accuracy`` of the time).
  **Novelty** uses both views: a letter whose nearest training letter is unusually far in the
  dense space and in the TF-IDF space (a weighted mean of the two similarities' ranks among the
  training letters' leave-one-out similarities, below the ``novelty_quantile`` of the training
  letters' own) is "unlike any known case" and abstains.

In both modes the router abstains below ``threshold`` (one number, or a dict of per-team
thresholds), always reports its top-3 candidates, and :meth:`Router.remember` adds confirmed
cases (caseworker accepts and corrections) at once, two ways:

* a near-duplicate of a remembered case (cosine >= ``memory_similarity``) is pulled towards its
  confirmed team with weight ``memory_weight``;
* **team prototypes**: the mean vector of each team's remembered cases pulls letters similar to
  it (cosine from ``prototype_floor``, fully at ``prototype_full``) with a weight that grows with
  the evidence, ``prototype_weight * n / (n + prototype_evidence)`` for n confirmed cases, so one
  correction nudges a topic into the candidates and a few route it; unrelated letters (below
  the floor) do not move. Beside a trained model the pull also fades out when the letter's
  nearest training case is more similar than the prototype (by ``prototype_slack``): a letter
  well inside a trained team stays there.
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from contracts.calibration import expected_calibration_error
from contracts.models import Candidate, GuidanceHit, Routing
from triage.hybrid import CALIBRATIONS, HybridClassifier
from triage.teams import Teams, UnknownTeam

STATE_FILE = "router.joblib"
META_FILE = "router.json"
FORMAT_VERSION = 2
DEFAULT_THRESHOLD = 0.5
_PASSAGE_CACHE_SIZE = 20_000


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


def _loo_nearest_sparse(S) -> np.ndarray:
    """Each row's largest cosine to another row (rows are unit-norm TF-IDF), in blocks."""
    out = np.zeros(S.shape[0], dtype=np.float32)
    for start in range(0, S.shape[0], 1024):
        block = (S[start : start + 1024] @ S.T).toarray()
        block[np.arange(block.shape[0]), np.arange(start, start + block.shape[0])] = -1.0
        out[start : start + 1024] = block.max(axis=1)
    return out


def _nearest_sparse(S_query, known_columns) -> np.ndarray:
    """Each query row's largest cosine to a known row; ``known_columns`` is the known rows'
    matrix transposed to CSR once (``Router._known_text_columns``)."""
    out = np.zeros(S_query.shape[0], dtype=np.float32)
    for start in range(0, S_query.shape[0], 1024):
        out[start : start + 1024] = (
            (S_query[start : start + 1024] @ known_columns).toarray().max(axis=1)
        )
    return out


def _moved(before: np.ndarray, after: np.ndarray) -> np.ndarray:
    """Rows whose distribution the memory of confirmed cases changed (``after`` may have extra
    columns: remembered teams the classifier does not know)."""
    width = before.shape[1]
    changed = ~np.isclose(after[:, :width], before).all(axis=1)
    return changed | (after[:, width:] > 0).any(axis=1)


def _rank_in(reference: np.ndarray, values: np.ndarray) -> np.ndarray:
    """The share of ``reference`` (sorted) at or below each value: an empirical CDF."""
    return np.searchsorted(reference, values, side="right") / max(1, len(reference))


class _Probabilities:
    """A "prefit classifier" whose input already is the calibrated probabilities, so MAPIE can
    conformalize the router's held-out probabilities without refitting anything."""

    _estimator_type = "classifier"

    def __init__(self, n_classes: int) -> None:
        self.n_classes = n_classes
        self.classes_ = np.arange(n_classes)
        self.fitted_ = True

    def fit(self, X, y=None):  # pragma: no cover - prefit: MAPIE never calls it
        return self

    def predict_proba(self, X) -> np.ndarray:
        return np.asarray(X, dtype=float)

    def predict(self, X) -> np.ndarray:
        return np.argmax(np.asarray(X), axis=1)

    def get_params(self, deep: bool = True) -> dict:
        return {"n_classes": self.n_classes}

    def __sklearn_tags__(self):
        from sklearn.utils import ClassifierTags, Tags, TargetTags

        return Tags(
            estimator_type="classifier",
            target_tags=TargetTags(required=True),
            classifier_tags=ClassifierTags(),
        )


def conformalize(oof_proba: np.ndarray, y: np.ndarray, level: float, random_state: int = 0):
    """Split conformal (MAPIE, LAC score) fitted on held-out probabilities ``oof_proba``."""
    from mapie.classification import SplitConformalClassifier

    conformal = SplitConformalClassifier(
        estimator=_Probabilities(oof_proba.shape[1]),
        confidence_level=level,
        conformity_score="lac",
        prefit=True,
        random_state=random_state,
    )
    return conformal.conformalize(oof_proba, y)


def conformal_sets(conformal, probabilities: np.ndarray) -> np.ndarray:
    """Boolean (letters x classes): which classes are in each letter's candidate set."""
    _, sets = conformal.predict_set(probabilities)
    return np.asarray(sets)[:, :, 0].astype(bool)


class Router:
    """Suggest a team for each letter, with a calibrated confidence and a candidate set, or
    abstain.

    Parameters (stored as given, scikit-learn style; learned state ends in ``_``):
        teams: the teams a letter can go to; labels given to ``fit``/``remember`` must be in it.
        threshold: abstain below this confidence; a dict gives per-team thresholds (key ``"*"``
            for the rest, otherwise 0.5).
        target_accuracy: when set, ``fit`` chooses per-team thresholds on held-out folds (each
            team's lowest confidence whose suggestions at or above it were right this often);
            an explicit dict ``threshold`` wins over them.
        novelty_quantile: share of the training cases that would count as "unlike any known
            case" in leave-one-out; sets ``novelty_threshold_``. 0 turns novelty detection off.
        novelty_text_weight: the TF-IDF view's share of the typicality score (0.25: on a
            BANKING77 dev split with 10 pseudo-unknown intents, AUROC 0.821 vs 0.817 dense only,
            0.805 at an even split; the words alone 0.730).
        conformal_level: the probability that a letter's candidate set holds its right team.
        calibration: "temperature" | "none".
        sparse_confidence_weight: the sparse view's share of the confidence letters are ranked
            and abstained by (0: the top team's calibrated probability; see
            :meth:`triage.hybrid.HybridClassifier.predict_with_confidence`).
        calibrate_top: map that confidence to P(top team right) by isotonic regression on the
            held-out folds when they show it miscalibrated beyond sampling noise
            (:class:`triage.recalibration.HeldOutConfidenceCalibrator`; monotone: the ranking
            is unchanged). The candidates keep the classifier's probabilities.
        C, C_sparse, meta_Cs, max_iter, cv, random_state: the classifiers (dense LR, sparse SVM,
            meta LR) and the held-out folds.
        embedder: optional :class:`retrieval.embedder.Embedder`; in zero-shot mode it embeds the
            team descriptions and the retrieved passages (to measure their relevance).
        relevance_floor, description_weight, description_temperature: zero-shot settings.
        memory_similarity, memory_weight, memory_k: remembered cases at least this similar vote
            (up to ``memory_k`` of them) and get this share of the final distribution.
        prototype_floor, prototype_full, prototype_weight, prototype_evidence: team prototypes
            from remembered cases (see the module docstring).
        prototype_slack: supervised mode: a prototype pulls fully only when it is at least as
            similar as the letter's nearest training case, not at all when it is this much less.
        embedding_model: name recorded in the saved metadata (defaults to the embedder's path).
    """

    def __init__(
        self,
        teams: Teams,
        *,
        threshold: float | Mapping[str, float] = DEFAULT_THRESHOLD,
        target_accuracy: float | None = None,
        novelty_quantile: float = 0.02,
        novelty_text_weight: float = 0.25,
        conformal_level: float = 0.9,
        calibration: str = "temperature",
        sparse_confidence_weight: float = 0.0,
        calibrate_top: bool = True,
        C: float = 10.0,
        C_sparse: float = 1.0,
        meta_Cs: Sequence[float] = (0.01, 0.1, 1.0),
        max_iter: int = 1000,
        cv: int = 5,
        random_state: int = 0,
        embedder=None,
        relevance_floor: float = 0.3,
        description_weight: float = 0.3,
        description_temperature: float = 0.05,
        memory_similarity: float = 0.9,
        memory_weight: float = 0.8,
        memory_k: int = 5,
        prototype_floor: float = 0.35,
        prototype_full: float = 0.65,
        prototype_weight: float = 0.9,
        prototype_evidence: float = 2.0,
        prototype_slack: float = 0.1,
        embedding_model: str | None = None,
    ) -> None:
        if calibration not in CALIBRATIONS:
            raise ValueError(f"calibration must be one of {CALIBRATIONS}, got {calibration!r}")
        if not 0.0 <= sparse_confidence_weight <= 1.0:
            raise ValueError(
                f"sparse_confidence_weight must be in [0, 1], got {sparse_confidence_weight}"
            )
        if not 0.0 <= novelty_quantile < 1.0:
            raise ValueError(f"novelty_quantile must be in [0, 1), got {novelty_quantile}")
        if not 0.0 < conformal_level < 1.0:
            raise ValueError(f"conformal_level must be in (0, 1), got {conformal_level}")
        if target_accuracy is not None and not 0.0 < target_accuracy <= 1.0:
            raise ValueError(f"target_accuracy must be in (0, 1], got {target_accuracy}")
        if not prototype_floor < prototype_full:
            raise ValueError("prototype_floor must be below prototype_full")
        self.teams = teams
        self.threshold = dict(threshold) if isinstance(threshold, Mapping) else float(threshold)
        if isinstance(self.threshold, dict):
            teams.validate_labels(
                [k for k in self.threshold if k != "*"], context="per-team thresholds"
            )
        self.target_accuracy = target_accuracy
        self.novelty_quantile = novelty_quantile
        self.novelty_text_weight = novelty_text_weight
        self.conformal_level = conformal_level
        self.calibration = calibration
        self.sparse_confidence_weight = sparse_confidence_weight
        self.calibrate_top = calibrate_top
        self.C = C
        self.C_sparse = C_sparse
        self.meta_Cs = tuple(meta_Cs)
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
        self.prototype_floor = prototype_floor
        self.prototype_full = prototype_full
        self.prototype_weight = prototype_weight
        self.prototype_evidence = prototype_evidence
        self.prototype_slack = prototype_slack
        self.embedding_model = embedding_model
        # Memory of confirmed cases exists in both modes.
        self.memory_vectors_ = np.zeros((0, 0), dtype=np.float32)
        self.memory_labels_: list[str] = []
        self.recalibration_ = None
        self._memory_index = None
        self._prototypes: tuple[list[str], np.ndarray, np.ndarray] | None = None
        self._team_vectors: np.ndarray | None = None
        self._passage_cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.RLock()  # remember() may run while another thread routes

    # --- configuration --------------------------------------------------------------------------
    @property
    def is_fitted(self) -> bool:
        return bool(getattr(self, "fitted_", False))

    @property
    def reads_text(self) -> bool:
        """True when routing needs the letters' redacted text (the sparse view)."""
        return self.is_fitted and bool(self.classifier_.uses_text_)

    def threshold_for(self, team: str | None) -> float:
        if isinstance(self.threshold, dict):
            return float(
                self.threshold.get(team or "*", self.threshold.get("*", DEFAULT_THRESHOLD))
            )
        learned = getattr(self, "team_thresholds_", None)
        if learned and team in learned:
            return float(learned[team])
        return float(self.threshold)

    def get_params(self) -> dict[str, Any]:
        return {
            name: getattr(self, name)
            for name in (
                "threshold",
                "target_accuracy",
                "novelty_quantile",
                "novelty_text_weight",
                "conformal_level",
                "calibration",
                "sparse_confidence_weight",
                "calibrate_top",
                "C",
                "C_sparse",
                "meta_Cs",
                "max_iter",
                "cv",
                "random_state",
                "relevance_floor",
                "description_weight",
                "description_temperature",
                "memory_similarity",
                "memory_weight",
                "memory_k",
                "prototype_floor",
                "prototype_full",
                "prototype_weight",
                "prototype_evidence",
                "prototype_slack",
                "embedding_model",
            )
        }

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
                self.embedder.encode([descriptions[name] for name in self.teams.names])
            )
        return self._team_vectors

    def set_recalibration(self, recalibration) -> Router:
        """A :class:`triage.recalibration.ConfidenceRecalibrator` for the zero-shot confidence
        (fitted on caseworkers' decisions), or None to use the raw zero-shot confidence."""
        self.recalibration_ = recalibration
        return self

    # --- training -------------------------------------------------------------------------------
    def fit(
        self,
        vectors: np.ndarray,
        labels: Sequence[str],
        texts: Sequence[str] | None = None,
        groups: Sequence[Any] | None = None,
    ) -> Router:
        """Train the hybrid classifier, its conformal sets, thresholds and novelty detector on
        labelled letters: their vectors and (for the sparse view) their redacted texts.
        ``groups``: letters kept in one held-out fold (see :meth:`HybridClassifier.fit`)."""
        X = _as_matrix(vectors)
        y = np.asarray([str(label) for label in labels])
        if len(X) != len(y):
            raise ValueError(f"{len(X)} vectors but {len(y)} labels")
        if texts is not None and len(texts) != len(X):
            raise ValueError(f"{len(X)} vectors but {len(texts)} texts")
        self.teams.validate_labels(y, context="training labels")
        if len(set(y.tolist())) < 2:
            raise ValueError(f"need cases for at least two teams to train, got {sorted(set(y))}")
        classifier = HybridClassifier(
            C_dense=self.C,
            C_sparse=self.C_sparse,
            meta_Cs=self.meta_Cs,
            calibration=self.calibration,
            cv=self.cv,
            random_state=self.random_state,
            max_iter=self.max_iter,
            sparse_confidence_weight=self.sparse_confidence_weight,
            calibrate_top=self.calibrate_top,
        )
        classifier.fit(X, y, texts=list(texts) if texts is not None else None, groups=groups)
        self.classifier_ = classifier
        self.classes_ = np.asarray(classifier.classes_).astype(str)
        self.calibration_ = classifier.calibration_
        self.train_vectors_ = X
        self.train_labels_ = y
        self.n_features_in_ = X.shape[1]
        self.n_examples_ = len(X)
        self.trained_at_ = datetime.now(UTC).isoformat(timespec="seconds")
        oof = classifier.oof_proba_
        self.conformal_ = None
        self.team_thresholds_: dict[str, float] = {}
        self.oof_ece_ = None
        if oof is not None:
            codes = classifier.oof_labels_
            level = self.conformal_level
            if len(codes) >= max(1 / level, 1 / (1 - level)):  # else MAPIE cannot guarantee it
                self.conformal_ = conformalize(oof, codes, level, self.random_state)
            confidence = classifier.oof_confidence_
            assert confidence is not None  # held-out probabilities come with their confidence
            self.oof_ece_ = classifier.held_out_confidence_ece
            if self.target_accuracy is not None:
                self.team_thresholds_ = self._choose_thresholds(oof, codes, confidence)
        self._fit_novelty(
            X,
            classifier.transform_text(texts)
            if texts is not None and classifier.uses_text_
            else None,
        )
        self._known_index = None
        self._train_index = None
        self.fitted_ = True
        return self

    def _choose_thresholds(
        self, oof: np.ndarray, codes: np.ndarray, confidence: np.ndarray, min_support: int = 5
    ) -> dict[str, float]:
        """Per team, the lowest held-out confidence at which the team's suggestions with at least
        that confidence were right ``target_accuracy`` of the time (none found: abstain unless
        certain); teams with fewer than ``min_support`` held-out suggestions keep ``threshold``."""
        top, conf = oof.argmax(axis=1), confidence
        chosen: dict[str, float] = {}
        for j, team in enumerate(self.classes_):
            mask = top == j
            if mask.sum() < min_support:
                continue
            order = np.argsort(-conf[mask], kind="stable")
            hits = (codes[mask] == j)[order].astype(float)
            precision = np.cumsum(hits) / np.arange(1, len(hits) + 1)
            ok = np.nonzero(precision >= float(self.target_accuracy or 1.0))[0]
            ok = ok[ok + 1 >= min(min_support, len(hits))]
            chosen[str(team)] = float(conf[mask][order][ok[-1]]) if len(ok) else 1.0
        return chosen

    def _fit_novelty(self, X: np.ndarray, S) -> None:
        index = _flat_index(X)
        k = min(2, len(X))
        sims, ids = index.search(X, k)
        self_hit = ids[:, 0] == np.arange(len(X))
        dense = np.where(self_hit, sims[:, -1], sims[:, 0]).astype(np.float32)
        self.loo_similarity_ = np.sort(dense)
        self.train_text_features_ = S
        sparse: np.ndarray | None = _loo_nearest_sparse(S) if S is not None else None
        self.loo_sparse_similarity_: np.ndarray | None = (
            np.sort(sparse) if sparse is not None else None
        )
        self.loo_novelty_score_ = np.sort(self._combine_novelty(dense, sparse))
        self.set_novelty_quantile(self.novelty_quantile)

    def _combine_novelty(self, dense: np.ndarray, sparse: np.ndarray | None) -> np.ndarray:
        score = _rank_in(self.loo_similarity_, dense)
        if sparse is not None and self.loo_sparse_similarity_ is not None:
            w = self.novelty_text_weight
            score = (1 - w) * score + w * _rank_in(self.loo_sparse_similarity_, sparse)
        return score

    def set_novelty_quantile(self, quantile: float) -> Router:
        """Re-derive ``novelty_threshold_`` from the stored leave-one-out scores."""
        self.novelty_quantile = quantile
        if self.is_fitted or hasattr(self, "loo_novelty_score_"):
            self.novelty_threshold_ = (
                float(np.quantile(self.loo_novelty_score_, quantile)) if quantile > 0 else -math.inf
            )
        return self

    def remember(self, vectors: np.ndarray, labels: Sequence[str]) -> Router:
        """Add confirmed cases to the memory (near-duplicates and team prototypes); effective
        for the next route."""
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
            self._prototypes = None
            self._known_index = None
        return self

    def forget(self) -> Router:
        """Drop every remembered case (the trained model stays)."""
        with self._lock:
            self.memory_vectors_ = np.zeros((0, 0), dtype=np.float32)
            self.memory_labels_ = []
            self._memory_index = None
            self._prototypes = None
            self._known_index = None
        return self

    # --- routing --------------------------------------------------------------------------------
    def route(
        self, vector: np.ndarray, hits: Sequence[GuidanceHit] = (), text: str | None = None
    ) -> Routing:
        return self.route_many(
            _as_matrix(vector), [list(hits)], texts=None if text is None else [text]
        )[0]

    def route_many(
        self,
        vectors: np.ndarray,
        hits_lists: Sequence[Sequence[GuidanceHit]] | None = None,
        texts: Sequence[str] | None = None,
    ) -> list[Routing]:
        """Route letters given their vectors, guidance hits (zero-shot) and redacted texts
        (needed by a router fitted with texts: :attr:`reads_text`)."""
        X = _as_matrix(vectors)
        if hits_lists is None:
            hits_lists = [[] for _ in range(len(X))]
        if len(hits_lists) != len(X):
            raise ValueError(f"{len(X)} vectors but {len(hits_lists)} hit lists")
        if texts is not None and len(texts) != len(X):
            raise ValueError(f"{len(X)} vectors but {len(texts)} texts")
        if len(X) == 0:
            return []
        self._check_dimension(X)
        sets: list[tuple[str, ...]]
        if self.is_fitted:
            S = self._text_matrix(texts)
            labels = list(self.classes_)
            probs, confidence = self.classifier_.predict_with_confidence(X, S=S)
            problems = self._novelty_problems(X, S)
            sets = self._candidate_sets(probs)
            mode = "classifier"
        else:
            labels = list(self.teams.names)
            probs, problems = self._zero_shot(X, hits_lists)
            if self.recalibration_ is not None:
                probs = self.recalibration_.rescale(probs)
            sets = [()] * len(X)
            mode = "guidance ownership"
            confidence = probs.max(axis=1)
        before = probs
        labels, probs, pulled = self._blend_memory(X, labels, probs)
        # a letter moved by confirmed cases is as sure as its blended distribution says
        confidence = np.where(_moved(before, probs), probs.max(axis=1), confidence)
        return [
            self._decide(labels, probs[i], problems[i], mode, pulled[i], sets[i], confidence[i])
            for i in range(len(X))
        ]

    def predict_proba(
        self, vectors: np.ndarray, texts: Sequence[str] | None = None
    ) -> tuple[list[str], np.ndarray]:
        """Supervised mode: (labels, calibrated probabilities with remembered cases blended in)."""
        self._require_fitted()
        X = _as_matrix(vectors)
        probs = self.classifier_.predict_proba(X, S=self._text_matrix(texts))
        labels, probs, _ = self._blend_memory(X, list(self.classes_), probs)
        return labels, probs

    def predict_confidence(
        self, vectors: np.ndarray, texts: Sequence[str] | None = None
    ) -> tuple[list[str], np.ndarray, np.ndarray]:
        """Supervised mode: (labels, probabilities, each letter's confidence in its top team):
        the confidence :meth:`route_many` ranks and abstains by."""
        self._require_fitted()
        X = _as_matrix(vectors)
        probs, confidence = self.classifier_.predict_with_confidence(X, S=self._text_matrix(texts))
        before = probs
        labels, probs, _ = self._blend_memory(X, list(self.classes_), probs)
        return labels, probs, np.where(_moved(before, probs), probs.max(axis=1), confidence)

    def candidate_sets(
        self, vectors: np.ndarray, texts: Sequence[str] | None = None
    ) -> list[tuple[str, ...]]:
        """Supervised mode: each letter's conformal candidate set (before any memory pull)."""
        self._require_fitted()
        X = _as_matrix(vectors)
        return self._candidate_sets(self.classifier_.predict_proba(X, S=self._text_matrix(texts)))

    def nearest_similarity(self, vectors: np.ndarray) -> np.ndarray:
        """Cosine similarity of each vector to its nearest known (training or remembered) case."""
        self._require_fitted()
        X = _as_matrix(vectors)
        index = self._known()
        sims, _ = index.search(X, 1)
        return sims[:, 0]

    def novelty_scores(self, vectors: np.ndarray, texts: Sequence[str] | None = None) -> np.ndarray:
        """How typical each letter is (0 = less similar to any known case than every training
        letter's nearest neighbour; about 0.5 = a typical training letter); below
        ``novelty_threshold_`` is "unlike any known case"."""
        self._require_fitted()
        X = _as_matrix(vectors)
        S = self._text_matrix(texts)
        sparse = self._nearest_known_text(S)
        return self._combine_novelty(self.nearest_similarity(X), sparse)

    # --- internals ------------------------------------------------------------------------------
    def _require_fitted(self) -> None:
        if not self.is_fitted:
            raise RuntimeError("this router is not fitted: call fit() or load a trained router")

    def _text_matrix(self, texts: Sequence[str] | None):
        if not self.reads_text:
            return None
        if texts is None:
            raise ValueError(
                "this router reads the letters' redacted text as well as their vectors: pass texts"
            )
        return self.classifier_.transform_text(list(texts))

    def _candidate_sets(self, probs: np.ndarray) -> list[tuple[str, ...]]:
        if getattr(self, "conformal_", None) is None:
            return [()] * len(probs)
        member = conformal_sets(self.conformal_, probs)
        result = []
        for row, p in zip(member, probs, strict=True):
            order = [j for j in np.argsort(-p, kind="stable") if row[j]]
            result.append(tuple(str(self.classes_[j]) for j in order))
        return result

    def _check_dimension(self, X: np.ndarray) -> None:
        expected = getattr(self, "n_features_in_", None)
        if expected is None and self.memory_vectors_.size:
            expected = self.memory_vectors_.shape[1]
        if expected is not None and X.shape[1] != expected:
            raise ValueError(
                f"vectors have {X.shape[1]} dimensions; this router expects "
                f"{expected} (was it trained with another embedding model?)"
            )

    def _nearest_known_text(self, S) -> np.ndarray | None:
        """Each letter's largest TF-IDF cosine to a training letter; None without text views."""
        if S is None or self.train_text_features_ is None:
            return None
        return _nearest_sparse(S, self._known_text_columns())

    def _known_text_columns(self):
        """The training letters' TF-IDF rows, transposed to CSR once. ``S @ train.T`` converted the
        whole training matrix (character n-grams of every training letter) on every call: most of
        a single letter's routing time."""
        known = self.train_text_features_
        cached = getattr(self, "_text_columns", None)
        if cached is None or cached[0] is not known:
            cached = (known, known.T.tocsr())
            self._text_columns = cached
        return cached[1]

    def _known(self):
        with self._lock:
            if getattr(self, "_known_index", None) is None:
                known = self.train_vectors_
                if self.memory_vectors_.size:
                    known = np.vstack([known, self.memory_vectors_])
                self._known_index = _flat_index(known)
            return self._known_index

    def _novelty_problems(self, X: np.ndarray, S) -> list[str]:
        if not math.isfinite(self.novelty_threshold_):
            return [""] * len(X)
        dense = self.nearest_similarity(X)
        sparse = self._nearest_known_text(S)
        scores = self._combine_novelty(dense, sparse)
        problems = []
        for i, score in enumerate(scores):
            if score >= self.novelty_threshold_:
                problems.append("")
                continue
            detail = f"nearest {dense[i]:.2f}" + (
                f", words {sparse[i]:.2f}" if sparse is not None else ""
            )
            problems.append(
                f"unlike any known case ({detail}; typicality {score:.2f} < "
                f"{self.novelty_threshold_:.2f})"
            )
        return problems

    def _hit_relevance(
        self, X: np.ndarray, hits_lists: Sequence[Sequence[GuidanceHit]]
    ) -> list[np.ndarray]:
        if all(hit.similarity is not None for hits in hits_lists for hit in hits):
            # The retriever measured letter-passage cosines already: no need to re-embed.
            return [
                np.asarray([hit.similarity for hit in hits], dtype=np.float32)
                for hits in hits_lists
            ]
        if self.embedder is None:
            return [
                np.asarray([hit.score for hit in hits], dtype=np.float32) for hits in hits_lists
            ]
        texts = {
            self._passage_key(hit): self._passage_text(hit) for hits in hits_lists for hit in hits
        }
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

    def _zero_shot(
        self, X: np.ndarray, hits_lists: Sequence[Sequence[GuidanceHit]]
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
            weights = np.maximum(rel - self.relevance_floor, 0.0) / np.log2(
                np.arange(len(hits)) + 2
            )
            if best < self.relevance_floor or weights.sum() <= 0:
                problems.append(
                    f"nothing relevant retrieved (best match {best:.2f} < "
                    f"{self.relevance_floor:.2f})"
                )
            else:
                problems.append("")
                for hit, weight in zip(hits, weights, strict=True):
                    owner = self.teams.owner_of(hit)
                    if owner is not None:
                        probs[i, column[owner]] += weight
                probs[i] /= weights.sum()  # passages owned by nobody keep their share
            if describe is not None:
                probs[i] = (1 - self.description_weight) * probs[
                    i
                ] + self.description_weight * describe[i]
        return probs, problems

    def _memory(self):
        """A consistent (index, labels, prototypes) snapshot of the remembered cases."""
        with self._lock:
            if self._memory_index is None and self.memory_vectors_.size:
                self._memory_index = _flat_index(self.memory_vectors_)
            if self._prototypes is None and self.memory_vectors_.size:
                names = list(dict.fromkeys(self.memory_labels_))
                labels = np.asarray(self.memory_labels_)
                centres = np.stack(
                    [self.memory_vectors_[labels == name].mean(axis=0) for name in names]
                )
                counts = np.asarray([(labels == name).sum() for name in names], dtype=float)
                self._prototypes = (names, _as_matrix(centres), counts)
            return self._memory_index, self.memory_labels_, self._prototypes

    def prototype_pull(self, X: np.ndarray) -> tuple[list[str], np.ndarray]:
        """(teams with remembered cases, the share of each letter's distribution each team's
        prototype claims): ``prototype_weight`` x evidence n/(n + ``prototype_evidence``) x
        similarity ramp from ``prototype_floor`` (0) to ``prototype_full`` (1)."""
        _, _, prototypes = self._memory()
        if prototypes is None or self.prototype_weight <= 0:
            return [], np.zeros((len(X), 0))
        names, centres, counts = prototypes
        X = _as_matrix(X)
        sims = X @ centres.T
        ramp = np.clip(
            (sims - self.prototype_floor) / (self.prototype_full - self.prototype_floor), 0.0, 1.0
        )
        if self.is_fitted:
            # Beside a trained model a prototype must be about as near as the letter's nearest
            # training case: a letter well inside a trained team's cases stays there.
            index = getattr(self, "_train_index", None)
            if index is None:
                index = self._train_index = _flat_index(self.train_vectors_)
            nearest = index.search(X, 1)[0][:, :1]
            ramp = ramp * np.clip(
                (sims - nearest + self.prototype_slack) / self.prototype_slack, 0.0, 1.0
            )
        evidence = counts / (counts + self.prototype_evidence)
        return names, self.prototype_weight * ramp * evidence[None, :]

    def _blend_memory(
        self, X: np.ndarray, labels: list[str], probs: np.ndarray
    ) -> tuple[list[str], np.ndarray, list[bool]]:
        index, memory_labels, _ = self._memory()
        if index is None:
            return labels, probs, [False] * len(X)
        extra = [name for name in dict.fromkeys(memory_labels) if name not in labels]
        if extra:
            labels = labels + extra
            probs = np.hstack([probs, np.zeros((len(probs), len(extra)))])
        column = {name: j for j, name in enumerate(labels)}
        probs = np.array(probs, dtype=float, copy=True)
        pulled = [False] * len(X)
        # Team prototypes: the strongest claim moves that share of the distribution.
        names, pull = self.prototype_pull(X)
        if len(names):
            best = pull.argmax(axis=1)
            for i in range(len(X)):
                weight = float(pull[i, best[i]])
                if weight <= 0:
                    continue
                target = np.zeros(len(labels))
                target[column[names[best[i]]]] = 1.0
                probs[i] = (1 - weight) * probs[i] + weight * target
                # a claim that makes the team the top choice answers "nothing relevant" /
                # "unlike any known case": caseworkers have said where such letters go
                pulled[i] = bool(probs[i].argmax() == column[names[best[i]]] and weight >= 0.5)
        # Near-duplicates of remembered cases.
        k = min(self.memory_k, index.ntotal)
        sims, ids = index.search(X, k)
        for i in range(len(X)):
            votes = np.zeros(len(labels))
            for sim, idx in zip(sims[i], ids[i], strict=True):
                if idx >= 0 and sim >= self.memory_similarity:
                    votes[column[memory_labels[idx]]] += sim
            if votes.sum() > 0:
                probs[i] = (1 - self.memory_weight) * probs[
                    i
                ] + self.memory_weight * votes / votes.sum()
                pulled[i] = True
        return labels, probs, pulled

    def _decide(
        self,
        labels: list[str],
        p: np.ndarray,
        problem: str,
        mode: str,
        pulled: bool,
        candidate_set: tuple[str, ...] = (),
        confidence: float | None = None,
    ) -> Routing:
        order = np.argsort(-p, kind="stable")[:3]
        candidates = tuple(
            Candidate(team=labels[j], confidence=round(float(p[j]), 6)) for j in order
        )
        top = candidates[0]
        sure = top.confidence if confidence is None else round(float(confidence), 6)
        if pulled and top.team not in candidate_set and candidate_set:
            candidate_set = (top.team, *candidate_set)
        limit = self.threshold_for(top.team)
        source = mode + (" + confirmed cases" if pulled else "")
        if problem and not pulled:
            reasons = [problem]
        elif sure < limit:
            reasons = [f"low confidence {sure:.2f} < {limit:.2f}"]
        else:
            reasons = []
        if reasons:
            return Routing(
                team=None,
                confidence=sure,
                abstained=True,
                candidates=candidates,
                candidate_set=candidate_set,
                reason="; ".join(reasons),
            )
        return Routing(
            team=top.team,
            confidence=sure,
            abstained=False,
            candidates=candidates,
            candidate_set=candidate_set,
            reason=f"confidence {sure:.2f} >= {limit:.2f} ({source})",
        )

    # --- persistence ----------------------------------------------------------------------------
    _STATE = (
        "classifier_",
        "classes_",
        "calibration_",
        "train_vectors_",
        "train_labels_",
        "n_features_in_",
        "n_examples_",
        "trained_at_",
        "conformal_",
        "team_thresholds_",
        "oof_ece_",
        "loo_similarity_",
        "loo_sparse_similarity_",
        "loo_novelty_score_",
        "train_text_features_",
        "novelty_threshold_",
    )

    def save(self, directory: str | Path) -> Path:
        """Write ``router.joblib`` (state) and ``router.json`` (human-readable metadata)."""
        import joblib
        import sklearn

        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        state: dict[str, Any] = {
            "params": self.get_params(),
            "memory_vectors_": self.memory_vectors_,
            "memory_labels_": list(self.memory_labels_),
        }
        if self.is_fitted:
            for name in self._STATE:
                state[name] = getattr(self, name)
        joblib.dump(state, directory / STATE_FILE, compress=3)
        model = self.embedding_model or (getattr(self.embedder, "model_path", None) or "")
        threshold = getattr(self, "novelty_threshold_", None)
        meta = {
            "format": FORMAT_VERSION,
            "mode": "supervised" if self.is_fitted else "zero-shot",
            "classes": [str(c) for c in getattr(self, "classes_", [])],
            "threshold": self.threshold,
            "team_thresholds": getattr(self, "team_thresholds_", {}),
            "target_accuracy": self.target_accuracy,
            "novelty_quantile": self.novelty_quantile,
            "novelty_threshold": (
                threshold if threshold is not None and math.isfinite(threshold) else None
            ),
            "conformal_level": self.conformal_level,
            "calibration": getattr(self, "calibration_", self.calibration),
            "held_out_ece": getattr(self, "oof_ece_", None),
            "classifier": self.classifier_.describe() if self.is_fitted else None,
            "trained_at": getattr(self, "trained_at_", None),
            "n_examples": int(getattr(self, "n_examples_", 0)),
            "n_remembered": len(self.memory_labels_),
            "dimension": int(
                getattr(self, "n_features_in_", 0)
                or (self.memory_vectors_.shape[1] if self.memory_vectors_.size else 0)
            ),
            "embedding_model": str(model),
            "sklearn": sklearn.__version__,
        }
        (directory / META_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
        return directory

    @classmethod
    def load(
        cls,
        directory: str | Path,
        teams: Teams,
        *,
        embedder=None,
        threshold: float | Mapping[str, float] | None = None,
    ) -> Router:
        """Load a saved router; its teams must all be in ``teams`` (else :class:`UnknownTeam`).

        The state file is a pickle: load only routers this deployment trained itself.
        """
        import joblib

        directory = Path(directory)
        meta_path, state_path = directory / META_FILE, directory / STATE_FILE
        if not meta_path.is_file() or not state_path.is_file():
            raise FileNotFoundError(
                f"no trained router in {directory} (expected {META_FILE} "
                f"and {STATE_FILE}; run the training command first)"
            )
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT_VERSION:
            raise ValueError(
                f"{meta_path}: router format {meta.get('format')!r}, this version "
                f"reads {FORMAT_VERSION}: run `casework train` again"
            )
        state = joblib.load(state_path)
        known = list(meta.get("classes", [])) + list(state.get("memory_labels_", []))
        teams.validate_labels(
            known,
            context=f"router in {directory} was trained for teams missing from the teams file",
        )
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
        mode = (
            f"fitted on {self.n_examples_} cases, {len(self.classes_)} teams"
            if self.is_fitted
            else f"zero-shot, {len(self.teams)} teams"
        )
        return f"Router({mode}, threshold={self.threshold!r})"


__all__ = [
    "CALIBRATIONS",
    "Router",
    "UnknownTeam",
    "conformal_sets",
    "conformalize",
    "expected_calibration_error",
]
