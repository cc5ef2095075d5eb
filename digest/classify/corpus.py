"""The project's labelled corpus and the measurements `digest eval` prints.

The corpus (data/corpus.tsv) is headlines and ledes written for this project. Its split is a
hash of the title, so adding items never moves old ones between train, dev and test. Topics
are labelled on relevant items only; on the others they count as unknown, in training and in
the scores.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources

from digest.taxonomy import LABELS, TOPICS


@dataclass(frozen=True)
class LabelledItem:
    title: str
    summary: str
    relevant: bool
    topics: frozenset[str]
    split: str  # train | dev | test
    line: int

    def labels(self) -> list[int | None]:
        if not self.relevant:
            return [0] + [None] * len(TOPICS)
        return [1] + [int(t in self.topics) for t in TOPICS]


def split_of(title: str) -> str:
    bucket = int(hashlib.sha1(title.encode("utf-8")).hexdigest()[:8], 16) % 10
    return "train" if bucket < 6 else ("dev" if bucket < 8 else "test")


def load_corpus() -> list[LabelledItem]:
    text = resources.files("digest.classify").joinpath("data/corpus.tsv").read_text("utf-8")
    items = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("relevant\t"):
            continue
        rel, topics, title, summary = line.split("\t")
        tags = frozenset(t.strip() for t in topics.split(",") if t.strip())
        unknown = tags - set(TOPICS)
        if unknown or rel not in ("0", "1"):
            raise ValueError(f"corpus.tsv line {n}: bad labels {rel!r} {sorted(unknown)}")
        items.append(LabelledItem(title, summary, rel == "1", tags, split_of(title), n))
    return items


@dataclass
class LabelScore:
    label: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        total = self.tp + self.fp + self.fn + self.tn
        return (self.tp + self.tn) / total if total else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


def score(gold: list[LabelledItem], predicted: list[tuple[bool, set[str]]]) -> list[LabelScore]:
    """Per-label counts; topics are scored on the items that are relevant in the gold labels."""
    out = {label: LabelScore(label) for label in LABELS}
    for item, (rel, topics) in zip(gold, predicted, strict=False):
        _count(out["relevant"], item.relevant, rel)
        if item.relevant:
            for t in TOPICS:
                _count(out[t], t in item.topics, t in topics)
    return [out[label] for label in LABELS]


def _count(s: LabelScore, truth: bool, guess: bool) -> None:
    if truth and guess:
        s.tp += 1
    elif guess:
        s.fp += 1
    elif truth:
        s.fn += 1
    else:
        s.tn += 1
