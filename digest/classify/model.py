"""A multi-label logistic model over the lexicon groups and words, with its trainer.

One weight vector per feature (one weight per label) makes scoring a handful of dict lookups,
which is what keeps tagging above 5,000 items/s in pure Python. Training is plain SGD with L2
on a few hundred examples: deterministic (fixed seed, sorted features) and a few seconds, so
the tagger can retrain when the user's corrections change. Word features are regularised
harder than lexicon groups, so the model leans on the domain lexicon for wording the corpus
never used, and only fine-tunes with words.

scikit-learn would do the same fit, but would add numpy and scipy to a tool whose model is
a few hundred lines of weights; this file is the whole of what we need from it.
"""

from __future__ import annotations

import json
import math
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from digest.taxonomy import LABELS

WORD_L2_SCALE = 4.0


@dataclass
class Example:
    features: set[str]
    labels: list[int | None]  # one per LABELS entry; None: unknown, no gradient
    weight: float = 1.0


def _sigmoid(z: float) -> float:
    if z < -30:
        return 0.0
    if z > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


class Model:
    def __init__(self, weights: dict[str, list[float]], bias: list[float], fingerprint: str = ""):
        self.weights = weights
        self.bias = bias
        self.fingerprint = fingerprint

    def present(self, features: set[str]) -> list[tuple[str, list[float]]]:
        """The features that carry a weight, with it: what scoring and evidence both read."""
        get = self.weights.get
        return [(f, w) for f in features if (w := get(f)) is not None]

    def scores(self, present: list[tuple[str, list[float]]]) -> list[float]:
        if not present:
            return [_sigmoid(b) for b in self.bias]
        columns = zip(*[w for _f, w in present], strict=True)  # one column per label
        return [_sigmoid(sum(col, b)) for b, col in zip(self.bias, columns, strict=True)]

    @staticmethod
    def contributions(
        present: list[tuple[str, list[float]]], k: int, *, positive: bool, floor: float = 0.05
    ) -> list[tuple[str, float]]:
        """Features present that push label k up (or down), strongest first (ties by name)."""
        sign = -1.0 if positive else 1.0  # sorted ascending on sign * weight: strongest first
        ranked = sorted([(sign * w[k], f) for f, w in present if sign * w[k] <= -floor])
        return [(f, sign * v) for v, f in ranked]

    def to_json(self) -> str:
        return json.dumps(
            {
                "labels": LABELS,
                "fingerprint": self.fingerprint,
                "bias": [round(b, 4) for b in self.bias],
                "weights": {f: [round(x, 4) for x in w] for f, w in sorted(self.weights.items())},
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str) -> Model:
        data = json.loads(text)
        if tuple(data["labels"]) != LABELS:
            raise ValueError("model was trained for other labels")
        return cls(data["weights"], data["bias"], data.get("fingerprint", ""))

    @classmethod
    def load(cls, path: Path) -> Model:
        return cls.from_json(path.read_text(encoding="utf-8"))


def train(
    examples: list[Example],
    *,
    epochs: int = 30,
    rate: float = 0.3,
    l2: float = 0.01,
    min_docs: int = 2,
    seed: int = 7,
    fingerprint: str = "",
    priors=None,
    known: tuple[str, ...] = (),
) -> Model:
    """Fit one logistic regression per label with SGD. Word features seen in fewer than
    `min_docs` examples are dropped: a word used once is a fact about that headline.
    `known` features (the lexicon's groups) are kept even when no example has them, at
    their prior: a phrase group the corpus never exercises still counts."""
    n = len(LABELS)
    doc_freq = Counter(f for ex in examples for f in ex.features)
    keep = {f for f, c in doc_freq.items() if c >= min_docs or not f.startswith("w:")}
    keep = {f for f in keep | set(known) if not f.startswith("watch:")}
    rows = [(sorted(ex.features & keep), ex.labels, ex.weight) for ex in examples]
    # L2 pulls each weight toward its prior (zero for words), not toward zero.
    centre = {f: (priors(f, LABELS) if priors else None) or [0.0] * n for f in keep}
    weights: dict[str, list[float]] = {f: list(centre[f]) for f in sorted(keep)}
    l2_of = {f: l2 * (WORD_L2_SCALE if f.startswith("w:") else 1.0) for f in keep}
    bias = [0.0] * n
    rng = random.Random(seed)
    order = list(range(len(rows)))
    for epoch in range(epochs):
        rng.shuffle(order)
        lr = rate / (1.0 + epoch * 0.15)
        for i in order:
            feats, labels, weight = rows[i]
            ws = [weights[f] for f in feats]
            for k in range(n):
                y = labels[k]
                if y is None:
                    continue
                z = bias[k]
                for w in ws:
                    z += w[k]
                g = (_sigmoid(z) - y) * weight
                if g == 0.0:
                    continue
                step = lr * g
                bias[k] -= step
                for f, w in zip(feats, ws, strict=False):
                    w[k] -= step + lr * l2_of[f] * (w[k] - centre[f][k])
    weights = {f: w for f, w in weights.items() if any(abs(x) >= 1e-4 for x in w)}
    return Model(weights, bias, fingerprint)
