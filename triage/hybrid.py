"""The supervised router's classifier: two views of a letter, stacked, calibrated on held-out folds.

* **Sparse view** (when the redacted text is given): TF-IDF over word 1-2-grams and character
  2-5-grams (within word boundaries) of the *whole* letter, scored by a linear SVM. It sees every
  word of a long complaint and the exact phrasing that names an issue ("payday", "garnish").
* **Dense view**: the letter vector (MiniLM, mean over all windows of the letter:
  ``Embedder.encode_long``), scored by multinomial logistic regression. It sees paraphrase.

The two views' scores are combined by **stacking**: each base model is fitted on ``cv`` - 1 folds
and scores the held-out fold, so every training letter gets out-of-fold (OOF) scores; a small
multinomial logistic regression (the *meta* model) learns from those OOF scores how much to trust
each view for each team. Its own OOF probabilities (a second, nested cross-validation over the
meta features) fit one **temperature** (scaling the meta model's log-probabilities to minimise the
held-out negative log-likelihood), which calibrates without changing the ranking. The meta
model's regularisation is chosen among ``meta_Cs`` by the same held-out log-likelihood; its
inputs are standardised (dense log-probabilities and SVM margins differ in scale by ~30x).
``oof_proba_`` keeps the calibrated held-out probabilities of the training letters: the router
chooses per-team thresholds and fits its conformal sets on them, never on the test letters.

Measured (python -m evaluation.routing_benchmark, tuned on dev splits of the training data):
a joint linear model over the concatenated features ranked worse than TF-IDF alone (the dense
block drowns in 100k sparse features); soft voting needed a tuned weight per data set; a learned
confidence model (P(correct) from the meta features) was no better than the calibrated top
probability, so the calibrated top probability is the confidence the router ranks by. The meta
model on standardised inputs (CFPB dev split, 1,198 -> 400 letters of the training split): held-out
NLL 1.872 (C=0.01) vs 1.922 unscaled (C=0.1, its best), dev AURC 0.367 vs 0.397, and 3 s instead
of 229 s of CPU for the meta fits (unscaled C=1 took 161 s); GOV.UK dev: NLL 0.502 (C=0.1) vs 0.530.
The confidence (dev splits, 2026-11-30; held-out folds of the dev-training part, then the dev
letters): the margin between the top two calibrated probabilities ranked worse than the top
probability (CFPB dev AURC 0.384 vs 0.367); the SVM's own margin alone ranked worse on both sets;
a logistic model over both was better on CFPB and worse on GOV.UK. Ranking by 0.75 x the top
probability's rank + 0.25 x the SVM margin's rank (``sparse_confidence_weight=0.25``): CFPB dev
AURC 0.367 -> 0.365, accuracy of the surest 10% 0.825 -> 0.875; GOV.UK dev (grouped) AURC
0.1165 -> 0.1172 and ECE 0.156 -> 0.121; ECE on CFPB dev 0.079 -> 0.083 (isotonic instead of the
logistic map: 0.109). On the test splits (README, 2026-11-30) it ranked best on all three sets but
raised CFPB's ECE (0.069 -> 0.082) and held back fewer of BANKING77's unseen intents, so the default
stays 0: the calibrated top probability.

After the temperature, the top probability can still be off as a probability of being right
(GOV.UK's page-grouped folds: under-confident, held-out ECE 0.082): with ``calibrate_top`` it is
mapped by :class:`triage.recalibration.HeldOutConfidenceCalibrator` (isotonic on the held-out
folds, monotone, used only where those folds show miscalibration beyond sampling noise; about 1 s
of CPU on CFPB's 1,598 letters). Test splits: GOV.UK ECE 0.124 -> 0.072, CFPB and BANKING77 off.

With folds grouped, a team whose letters are all one group is held out whole: its letters are
scored by models that never saw the team. The temperature, the meta model's C and the top map
are fitted without them (on a GOV.UK dev split with one courts page, the temperature was 7.54
with them and 0.72 without; dev ECE 0.101 -> 0.077). Stratified folds, and GOV.UK's full
training split (every team has two pages or more), have none: their fits are unchanged.
"""

from __future__ import annotations

import math
import warnings
from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np

from contracts.calibration import expected_calibration_error
from triage.recalibration import HeldOutConfidenceCalibrator

CALIBRATIONS = ("temperature", "none")


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


def _log(p: np.ndarray) -> np.ndarray:
    return np.log(np.clip(p, 1e-12, 1.0))


def fit_temperature(probabilities: np.ndarray, y: np.ndarray) -> float:
    """The temperature that minimises the negative log-likelihood of ``y`` (integer codes)."""
    from scipy.optimize import minimize_scalar

    logits = _log(probabilities)
    rows = np.arange(len(y))

    def nll(t: float) -> float:
        return float(-_log(softmax(logits / t))[rows, y].mean())

    return float(minimize_scalar(nll, bounds=(0.05, 20.0), method="bounded").x)


def _all_classes(scores: np.ndarray, present: np.ndarray, n_classes: int) -> np.ndarray:
    """``scores`` for the classes ``present`` (integer codes) spread over ``n_classes`` columns;
    an absent class gets the row's lowest score (the model never predicts it)."""
    if len(present) == n_classes:
        return scores
    full = np.repeat(scores.min(axis=1, keepdims=True), n_classes, axis=1)
    full[:, np.asarray(present, dtype=int)] = scores
    return full


def _margin_at(scores: np.ndarray, chosen: np.ndarray) -> np.ndarray:
    """Each row's score for its ``chosen`` column minus its best other column."""
    rows = np.arange(len(scores))
    others = scores.astype(float, copy=True)
    others[rows, chosen] = -np.inf
    return scores[rows, chosen] - others.max(axis=1)


def _rank_among(reference_sorted: np.ndarray, values: np.ndarray) -> np.ndarray:
    """The share of the (sorted) reference values at or below each value, in [0, 1]."""
    return np.searchsorted(reference_sorted, values, side="right") / len(reference_sorted)


class TextFeatures:
    """TF-IDF word 1-2-grams + character 2-5-grams, each block L2-normalised, joined and scaled
    so a letter's row has unit norm. ``fit`` returns self; learned state ends in ``_``."""

    def __init__(self, *, max_features: int = 100_000, min_df: int = 2) -> None:
        self.max_features = max_features
        self.min_df = min_df

    def fit(self, texts: Sequence[str]) -> TextFeatures:
        from sklearn.feature_extraction.text import TfidfVectorizer

        texts = list(texts)
        min_df = self.min_df if len(texts) >= 10 * self.min_df else 1
        self.word_ = TfidfVectorizer(
            ngram_range=(1, 2),
            sublinear_tf=True,
            min_df=min_df,
            max_features=self.max_features,
            dtype=np.float32,
        ).fit(texts)
        self.char_ = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=(2, 5),
            sublinear_tf=True,
            min_df=min_df,
            max_features=self.max_features,
            dtype=np.float32,
        ).fit(texts)
        return self

    def transform(self, texts: Sequence[str]):
        from scipy import sparse

        texts = list(texts)
        joined = sparse.hstack([self.word_.transform(texts), char_wb_transform(self.char_, texts)])
        return (joined.tocsr() / math.sqrt(2.0)).astype(np.float32)


def char_wb_transform(vectorizer, texts: Sequence[str]):
    """``vectorizer.transform(texts)`` for a fitted ``TfidfVectorizer(analyzer="char_wb")``, the
    same matrix to the last bit, with each distinct word of the batch cut into n-grams once.

    scikit-learn's char_wb analyser cuts every word of every letter into its 2-5-grams and
    looks each up in the vocabulary, in Python: on long letters most of the router's CPU. But
    char_wb n-grams never cross a word boundary: a letter's counts are the sum, over its
    words, of each word's n-gram counts (a word is a run of non-space characters after
    lower-casing, padded with a space each side, exactly as scikit-learn splits it). So the
    words of the batch are counted per letter (a C-implemented Counter), each distinct word is
    cut once, and the letters' counts are one sparse product, (letters x words) @ (words x
    n-grams); the same TF-IDF weighting then runs on the same counts. Anything but the plain
    char_wb configuration falls back to scikit-learn's own transform."""
    from collections import Counter

    from scipy import sparse

    if not (
        vectorizer.analyzer == "char_wb"
        and vectorizer.lowercase
        and vectorizer.preprocessor is None
        and vectorizer.strip_accents is None
        and vectorizer.input == "content"
        and not vectorizer.binary
    ):
        return vectorizer.transform(texts)
    texts = list(texts)
    vocabulary = vectorizer.vocabulary_
    min_n, max_n = vectorizer.ngram_range
    columns: dict[str, int] = {}
    doc_rows, doc_cols, doc_counts = [], [], []
    for row, text in enumerate(texts):
        if isinstance(text, bytes):  # scikit-learn's decode step for input="content"
            text = text.decode(vectorizer.encoding, vectorizer.decode_error)
        for word, count in Counter(text.lower().split()).items():
            doc_rows.append(row)
            doc_cols.append(columns.setdefault(word, len(columns)))
            doc_counts.append(count)
    word_ngrams: list[int] = []
    indptr = [0]
    for word in columns:  # insertion order = column order
        padded = f" {word} "
        length = len(padded)
        for n in range(min_n, max_n + 1):
            if length <= n:  # scikit-learn counts a word shorter than n once, then stops
                index = vocabulary.get(padded)
                if index is not None:
                    word_ngrams.append(index)
                break
            for start in range(length - n + 1):
                index = vocabulary.get(padded[start : start + n])
                if index is not None:
                    word_ngrams.append(index)
        indptr.append(len(word_ngrams))
    letters_by_words = sparse.csr_matrix(
        (np.asarray(doc_counts, dtype=np.int64), (doc_rows, doc_cols)),
        shape=(len(texts), len(columns)),
    )
    words_by_ngrams = sparse.csr_matrix(
        (
            np.ones(len(word_ngrams), dtype=np.int64),
            np.asarray(word_ngrams, dtype=np.int32),
            indptr,
        ),
        shape=(len(columns), len(vocabulary)),
    )
    words_by_ngrams.sum_duplicates()
    counts = (letters_by_words @ words_by_ngrams).tocsr()
    counts.eliminate_zeros()
    counts = sparse.csr_array(counts, dtype=vectorizer.dtype)
    counts.sort_indices()
    # the vectorizer's own TF-IDF step (sublinear tf, idf, L2 norm) on the same counts
    return vectorizer._tfidf.transform(counts, copy=False)


class HybridClassifier:
    """Stacked sparse + dense classifier with temperature calibration on held-out folds.

    ``fit(vectors, labels, texts=None)``: without texts only the dense view is used.
    ``predict_proba(vectors, texts=None)`` -> calibrated probabilities, columns ``classes_``.
    """

    def __init__(
        self,
        *,
        C_dense: float = 10.0,
        C_sparse: float = 1.0,
        meta_Cs: Sequence[float] = (0.01, 0.1, 1.0),
        calibration: str = "temperature",
        cv: int = 5,
        random_state: int = 0,
        max_iter: int = 1000,
        max_features: int = 100_000,
        min_stacking_letters: int = 30,
        sparse_confidence_weight: float = 0.0,
        calibrate_top: bool = True,
    ) -> None:
        if calibration not in CALIBRATIONS:
            raise ValueError(f"calibration must be one of {CALIBRATIONS}, got {calibration!r}")
        if not 0.0 <= sparse_confidence_weight <= 1.0:
            raise ValueError(
                f"sparse_confidence_weight must be in [0, 1], got {sparse_confidence_weight}"
            )
        self.sparse_confidence_weight = sparse_confidence_weight
        self.calibrate_top = calibrate_top
        self.C_dense = C_dense
        self.C_sparse = C_sparse
        self.meta_Cs = tuple(meta_Cs)
        self.calibration = calibration
        self.cv = cv
        self.random_state = random_state
        self.max_iter = max_iter
        self.max_features = max_features
        self.min_stacking_letters = min_stacking_letters

    # --- base models ----------------------------------------------------------------------
    def _dense_model(self):
        from sklearn.linear_model import LogisticRegression

        return LogisticRegression(
            C=self.C_dense, max_iter=self.max_iter, random_state=self.random_state
        )

    def _sparse_model(self):
        from sklearn.svm import LinearSVC

        return LinearSVC(C=self.C_sparse, random_state=self.random_state)

    def _meta_model(self, C: float):
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler

        # Standardised inputs: the dense log-probabilities reach -27.6 (log 1e-12) while the SVM
        # margins stay near -1..1; unscaled, lbfgs did not converge on CFPB in 3,000 iterations
        # and spent most of the fit's CPU there.
        return make_pipeline(
            StandardScaler(), LogisticRegression(C=C, max_iter=3000, random_state=self.random_state)
        )

    def _scores(self, dense, sparse_model, X: np.ndarray, S) -> np.ndarray:
        """The meta features: dense log-probabilities (+ sparse SVM margins), one column per
        class in ``classes_`` order. A base model fitted on grouped folds may lack a team (all
        its pages held out): that team's column is given the lowest score the row has."""
        n_classes = len(self.classes_)
        blocks = [_all_classes(_log(dense.predict_proba(X)), dense.classes_, n_classes)]
        if sparse_model is not None:
            margins = sparse_model.decision_function(S)
            if margins.ndim == 1:  # two classes: one margin for the second class
                margins = np.column_stack([-margins, margins])
            blocks.append(_all_classes(margins, sparse_model.classes_, n_classes))
        return np.hstack(blocks)

    # --- fitting ----------------------------------------------------------------------------
    def fit(
        self,
        vectors: np.ndarray,
        labels: Sequence[str] | np.ndarray,
        texts: Sequence[str] | None = None,
        groups: Sequence[Any] | None = None,
    ) -> HybridClassifier:
        """``groups``: letters that must share a held-out fold (e.g. the GOV.UK page a snippet
        paraphrases), so that held-out letters are as new as the letters the router will meet:
        the stacking, the temperature and the conformal sets all learn from those folds."""
        from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold, cross_val_predict

        X = np.asarray(vectors, dtype=np.float32)
        labels = np.asarray([str(label) for label in labels])
        self.classes_, y = np.unique(labels, return_inverse=True)
        self.uses_text_ = texts is not None
        self.text_features_: TextFeatures | None = None
        S: Any = None
        if texts is not None:
            if len(texts) != len(X):
                raise ValueError(f"{len(X)} vectors but {len(texts)} texts")
            self.text_features_ = TextFeatures(max_features=self.max_features).fit(texts)
            S = self.text_features_.transform(texts)
        folds = min(self.cv, min(Counter(y.tolist()).values()))
        group_codes = None
        if groups is not None:
            if len(groups) != len(X):
                raise ValueError(f"{len(X)} vectors but {len(groups)} groups")
            group_codes = np.unique([str(g) for g in groups], return_inverse=True)[1]
            folds = min(folds, len(set(group_codes.tolist())))
        self.grouped_ = group_codes is not None
        self.dense_ = self._dense_model().fit(X, y)
        self.sparse_ = self._sparse_model().fit(S, y) if self.uses_text_ else None
        if folds < 2 or len(X) < self.min_stacking_letters:
            # A handful of letters (a new deployment's first examples) cannot be split into
            # held-out folds worth stacking on: the dense view alone, which reproduces them.
            if folds < 2:
                rare = sorted(
                    str(self.classes_[c]) for c, n in Counter(y.tolist()).items() if n < 2
                )
                why = f"teams {rare} have a single example"
            else:
                why = f"{len(X)} letters, fewer than {self.min_stacking_letters}"
            warnings.warn(f"no held-out folds ({why}): dense view only, uncalibrated", stacklevel=2)
            self.meta_ = None
            self.temperature_ = 1.0
            self.oof_proba_ = None
            self.oof_confidence_: np.ndarray | None = None
            self.confidence_model_: Any = None
            self.confidence_calibrator_: HeldOutConfidenceCalibrator | None = None
            self.calibration_ = "none"
            return self
        splitter = (
            StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=self.random_state)
            if group_codes is not None
            else StratifiedKFold(n_splits=folds, shuffle=True, random_state=self.random_state)
        )
        splits = list(splitter.split(X, y, group_codes))
        F = np.zeros((len(X), len(self.classes_) * (2 if self.uses_text_ else 1)))
        for train, held in splits:
            dense = self._dense_model().fit(X[train], y[train])
            sparse_model = self._sparse_model().fit(S[train], y[train]) if self.uses_text_ else None
            F[held] = self._scores(dense, sparse_model, X[held], S[held] if S is not None else None)
        self.oof_features_shape_ = F.shape
        # Letters whose team no base model of their fold saw (a team whose letters are all one
        # group is held out whole) get a near-zero probability for it whatever the calibration:
        # fitted to them, the temperature softened every letter (7.54 on a GOV.UK dev split).
        # They say nothing about how sure a router that knows the team should be.
        seen = np.ones(len(y), dtype=bool)
        for train, held in splits:
            seen[held] &= np.isin(y[held], y[train])
        if not seen.any():  # every team in one group: nothing better to calibrate on
            warnings.warn(
                "every team's letters are one group: held-out folds cannot show how "
                "sure the router should be",
                stacklevel=2,
            )
            seen[:] = True
        self.oof_team_seen_ = seen
        # The meta model's regularisation and its held-out probabilities (nested folds).
        best: tuple[float, float, np.ndarray] | None = None
        for C in self.meta_Cs:
            P = cross_val_predict(self._meta_model(C), F, y, cv=splits, method="predict_proba")
            nll = float(-_log(P)[seen, y[seen]].mean())
            if best is None or nll < best[0]:
                best = (nll, C, P)
        assert best is not None  # meta_Cs is not empty
        _, self.meta_C_, P_oof = best
        self.meta_ = self._meta_model(self.meta_C_).fit(F, y)
        if self.calibration == "temperature":
            self.temperature_ = fit_temperature(P_oof[seen], y[seen])
        else:
            self.temperature_ = 1.0
        self.calibration_ = self.calibration
        self.oof_proba_ = softmax(_log(P_oof) / self.temperature_)
        self.oof_labels_ = y
        self._fit_confidence(F)
        self.confidence_calibrator_ = None
        if self.calibrate_top:
            assert self.oof_confidence_ is not None  # set by _fit_confidence
            right = self.oof_proba_.argmax(axis=1) == y
            self.confidence_calibrator_ = HeldOutConfidenceCalibrator(
                random_state=self.random_state
            ).fit(self.oof_confidence_[seen], right[seen])
            self.oof_confidence_ = self.confidence_calibrator_.transform(self.oof_confidence_)
        return self

    @property
    def held_out_confidence_ece(self) -> float | None:
        """ECE of the confidence on the held-out folds; when the top-confidence map is used,
        measured on held-out folds of those letters (the map never scores its own letters)."""
        if self.oof_proba_ is None or self.oof_confidence_ is None:
            return None
        calibrator = getattr(self, "confidence_calibrator_", None)
        if calibrator is not None and calibrator.active_:
            return float(calibrator.ece_after_)
        right = self.oof_proba_.argmax(axis=1) == self.oof_labels_
        return expected_calibration_error(self.oof_confidence_, right)

    def _fit_confidence(self, F: np.ndarray) -> None:
        """The confidence the router ranks and abstains by. With ``sparse_confidence_weight`` w
        (and the sparse view), the top team's calibrated probability and the SVM's own margin
        for that team (its score minus its best other team's) are each ranked among the
        held-out letters' values, mixed (1 - w) : w, and mapped to P(top team right) by a
        logistic fit on the held-out letters (monotone: the ranking is the mix's)."""
        proba = self.oof_proba_
        assert proba is not None  # called after the held-out probabilities
        top, probability = proba.argmax(axis=1), proba.max(axis=1)
        right = top == self.oof_labels_
        self.confidence_reference_: tuple[np.ndarray, np.ndarray] | None = None
        self.confidence_model_ = None
        self.oof_confidence_ = probability
        if not self.uses_text_ or self.sparse_confidence_weight <= 0 or len(set(right)) < 2:
            return
        from sklearn.linear_model import LogisticRegression

        margin = _margin_at(F[:, len(self.classes_) :], top)
        self.confidence_reference_ = (np.sort(probability), np.sort(margin))
        mixed = self._mix(probability, margin).reshape(-1, 1)
        model = LogisticRegression(C=1e4).fit(mixed, right)
        self.confidence_model_ = model
        self.oof_confidence_ = model.predict_proba(mixed)[:, 1]

    def _mix(self, top_probability: np.ndarray, margin: np.ndarray) -> np.ndarray:
        assert self.confidence_reference_ is not None
        probabilities, margins = self.confidence_reference_
        w = self.sparse_confidence_weight
        return (1 - w) * _rank_among(probabilities, top_probability) + w * _rank_among(
            margins, margin
        )

    # --- prediction -------------------------------------------------------------------------
    def transform_text(self, texts: Sequence[str]):
        if self.text_features_ is None:
            raise ValueError("this classifier was fitted without texts")
        return self.text_features_.transform(texts)

    def predict_proba(
        self, vectors: np.ndarray, texts: Sequence[str] | None = None, S=None
    ) -> np.ndarray:
        return self.predict_with_confidence(vectors, texts, S)[0]

    def predict_with_confidence(
        self, vectors: np.ndarray, texts: Sequence[str] | None = None, S=None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Calibrated probabilities (columns ``classes_``) and each letter's confidence in its
        top team (see :meth:`_fit_confidence`; the top probability unless configured)."""
        X = np.asarray(vectors, dtype=np.float32)
        if self.meta_ is None:
            P = self.dense_.predict_proba(X)
            return P, P.max(axis=1)
        if self.uses_text_ and S is None:
            if texts is None:
                raise ValueError("this router reads the letters' redacted text: pass texts")
            S = self.transform_text(texts)
        F = self._scores(self.dense_, self.sparse_, X, S)
        P = softmax(_log(self.meta_.predict_proba(F)) / self.temperature_)
        model = getattr(self, "confidence_model_", None)
        if model is None:
            confidence = P.max(axis=1)
        else:
            margin = _margin_at(F[:, len(self.classes_) :], P.argmax(axis=1))
            mixed = self._mix(P.max(axis=1), margin).reshape(-1, 1)
            confidence = model.predict_proba(mixed)[:, 1]
        calibrator = getattr(self, "confidence_calibrator_", None)  # routers saved before it: None
        return P, confidence if calibrator is None else calibrator.transform(confidence)

    def describe(self) -> str:
        views = "TF-IDF word+char LinearSVC + dense LR" if self.uses_text_ else "dense LR"
        meta = (
            f", stacked (meta LR C={self.meta_C_}), temperature {self.temperature_:.2f}"
            + (", folds grouped" if getattr(self, "grouped_", False) else "")
            + (
                ", top confidence mapped (isotonic)"
                if getattr(getattr(self, "confidence_calibrator_", None), "active_", False)
                else ""
            )
            if self.meta_ is not None
            else ""
        )
        return views + meta


__all__ = ["CALIBRATIONS", "HybridClassifier", "TextFeatures", "fit_temperature", "softmax"]
