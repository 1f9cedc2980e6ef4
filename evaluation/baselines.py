"""Two reference systems run beside the assistant, so its lift over simple methods is visible.

* **Majority class** - always suggests the team most frequent in the training labels, with
  that team's training share as its confidence.
* **TF-IDF + logistic regression** - word and word-pair TF-IDF features (sublinear term
  frequency) and a multinomial logistic regression; confidence is its highest class
  probability. Trained on the same REDACTED training text as the assistant's router.

When an evaluation has no training file, both are fitted by stratified k-fold cross-validation
on the evaluation cases themselves (each case predicted by a model that never saw it); the report
says so, because a baseline trained on in-domain labels is a strong reference for a zero-shot
router.
"""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from evaluation.metrics import DEFAULT_SEED


@dataclass(frozen=True)
class Predictions:
    name: str
    description: str
    labels: list[str]
    confidence: list[float]


class MajorityClass:
    name = "majority class"
    description = "Always suggests the most frequent team in the training labels."

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> MajorityClass:
        counts = Counter(labels)
        # Ties broken by name so the choice is deterministic.
        self.label_, top = min(counts.items(), key=lambda item: (-item[1], item[0]))
        self.confidence_ = top / len(labels)
        return self

    def predict(self, texts: Sequence[str]) -> tuple[list[str], list[float]]:
        return [self.label_] * len(texts), [self.confidence_] * len(texts)


class TfidfLogReg:
    name = "TF-IDF + logistic regression"
    description = (
        "Word and word-pair TF-IDF features with a logistic regression, trained on "
        "the redacted training text."
    )

    def __init__(self, seed: int = DEFAULT_SEED) -> None:
        self.seed = seed

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> TfidfLogReg:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline

        self.model_ = make_pipeline(
            TfidfVectorizer(
                ngram_range=(1, 2), sublinear_tf=True, min_df=1, strip_accents="unicode"
            ),
            LogisticRegression(max_iter=2000, C=10.0, random_state=self.seed),
        )
        labels = list(labels)
        if len(set(labels)) == 1:  # logistic regression needs two classes
            self.model_ = MajorityClass().fit(texts, labels)
            return self
        self.model_.fit(list(texts), labels)
        return self

    def predict(self, texts: Sequence[str]) -> tuple[list[str], list[float]]:
        if isinstance(self.model_, MajorityClass):
            return self.model_.predict(texts)
        probabilities = self.model_.predict_proba(list(texts))
        classes = self.model_.classes_
        best = probabilities.argmax(axis=1)
        return [str(classes[i]) for i in best], [float(p) for p in probabilities.max(axis=1)]


def make_baselines(seed: int = DEFAULT_SEED) -> list:
    return [MajorityClass(), TfidfLogReg(seed=seed)]


def run_baselines(
    train_texts: Sequence[str] | None,
    train_labels: Sequence[str] | None,
    test_texts: Sequence[str],
    test_labels: Sequence[str],
    *,
    seed: int = DEFAULT_SEED,
    folds: int = 5,
) -> tuple[list[Predictions], str]:
    """Fit each baseline on the training set (or by cross-validation) and predict the test set.

    Returns the predictions and a sentence saying how the baselines were trained.
    """
    results = []
    if train_texts is not None and train_labels is not None and len(train_texts):
        for model in make_baselines(seed):
            labels, confidence = model.fit(train_texts, train_labels).predict(test_texts)
            results.append(Predictions(model.name, model.description, labels, confidence))
        how = (
            f"trained on the {len(train_texts):,} redacted training cases, tested on the "
            f"{len(test_texts):,} evaluation cases"
        )
        return results, how
    splits, k = _folds(test_labels, folds, seed)
    for model in make_baselines(seed):
        labels: list[str] = [""] * len(test_texts)
        confidence = [0.0] * len(test_texts)
        for train_idx, test_idx in splits:
            model.fit([test_texts[i] for i in train_idx], [test_labels[i] for i in train_idx])
            fold_labels, fold_conf = model.predict([test_texts[i] for i in test_idx])
            for i, label, conf in zip(test_idx, fold_labels, fold_conf):
                labels[i], confidence[i] = label, conf
        results.append(Predictions(model.name, model.description, labels, confidence))
    how = (
        f"no training file was given, so they were fitted by {k}-fold cross-validation on "
        f"the {len(test_texts):,} evaluation cases (each case predicted by a model that never "
        "saw it; seed {seed})"
    ).replace("{seed}", str(seed))
    return results, how


def _folds(labels: Sequence[str], folds: int, seed: int):
    from sklearn.model_selection import KFold, StratifiedKFold

    n = len(labels)
    index = np.arange(n)
    k = max(2, min(folds, n))
    if max(Counter(labels).values()) >= k:
        with warnings.catch_warnings():  # classes smaller than k just miss some folds
            warnings.simplefilter("ignore", UserWarning)
            splitter = StratifiedKFold(n_splits=k, shuffle=True, random_state=seed)
            return list(splitter.split(index, labels)), k
    return list(KFold(n_splits=k, shuffle=True, random_state=seed).split(index)), k
