"""A binary logistic regression scored in plain Python: the learned readings' models are data
(JSON of feature names, weights and an intercept written by scikit-learn), and the build scores
them without scikit-learn."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class LogisticScorer:
    weights: dict[str, float]
    intercept: float
    meta: dict

    @classmethod
    def from_dict(cls, data: dict):
        return cls(dict(zip(data["features"], data["weights"], strict=True)),
                   data["intercept"], data.get("meta", {}))

    def probability(self, features: Mapping[str, float]) -> float:
        """scikit-learn's LogisticRegression.predict_proba over a DictVectorizer row (features
        the vectorizer never saw count for nothing)."""
        score = math.fsum([self.intercept, *(v * self.weights.get(k, 0.0)
                                             for k, v in features.items())])
        if score < 0:  # never exp of a large positive number
            return math.exp(score) / (1.0 + math.exp(score))
        return 1.0 / (1.0 + math.exp(-score))
