"""Classify: title + lede in, relevance and topics with scores and evidence out.

Pure: no I/O beyond loading the shipped model once, no clock. Ingest, `digest reclassify`,
`digest classify --jsonl` and `digest eval` all call `Classifier.classify`, so the three
agree by construction. The DB side (corrections, learning from them) is in tagger.py.
"""

from __future__ import annotations

import functools
import hashlib
import unicodedata
from dataclasses import dataclass, field
from importlib import resources

from digest.classify.corpus import TOPICS, LabelledItem, load_corpus
from digest.classify.features import (
    STOPWORDS,
    Features,
    Watchlist,
    compile_watchlist,
    extract,
    lexicon_features,
    lexicons,
    prior,
    trie_key,
)
from digest.classify.model import Example, Model, train
from digest.pickling import by_fields
from digest.taxonomy import LABELS, TOPIC_NAMES, threshold

__all__ = [
    "LABELS",
    "TOPICS",
    "TOPIC_NAMES",
    "Classifier",
    "Result",
    "Watchlist",
    "compile_watchlist",
    "default_model",
    "train_model",
    "examples_from_rows",
]


MAX_EVIDENCE = 5


@dataclass
class Result:
    relevant: bool
    relevance: float
    topics: list[str]
    scores: dict[str, float]
    evidence: dict[str, list[str]] = field(default_factory=dict)
    gave_up: tuple[str, ...] = ()  # watchlists whose regex gave up on it (WATCH_TIMEOUT)

    __reduce__ = by_fields

    def as_json(self) -> dict:
        return {
            "relevant": self.relevant,
            "relevance": round(self.relevance, 4),
            "topics": self.topics,
            "scores": {k: round(v, 4) for k, v in self.scores.items()},
            "evidence": self.evidence,
        }


def _phrases(feature: str, feats: Features) -> list[str]:
    if feature.startswith("w:"):
        # a Thai character pair that opens on a vowel or tone mark ("ื่", "่อ" in "เงื่อนไข",
        # a condition) is half a syllable, no phrase a reader can check: it weighs in the
        # score but is not shown
        word = feature[2:]
        return [] if unicodedata.category(word[0]).startswith("M") else [word]
    if feature.startswith("t:"):  # a group matched in the headline: the phrases are the group's
        feature = feature[2:]
    return feats.phrases.get(feature, [])


class Classifier:
    def __init__(self, model: Model, watchlists: tuple[Watchlist, ...] = ()):
        self.model = model
        self.watchlists = tuple(watchlists)

    def prepare(self) -> None:
        """Compile the lexicons now (they are compiled on first use otherwise), so the first
        item classified does not wait for them."""
        lexicons()

    def features(self, title: str, summary: str, content: str = "") -> Features:
        return extract(title, summary, content, self.watchlists)

    def classify(self, title: str, summary: str, content: str = "") -> Result:
        feats = self.features(title, summary, content)
        present = self.model.present(feats.names)
        scores = self.model.scores(present)
        by_label = dict(zip(LABELS, scores, strict=False))
        relevant = by_label["relevant"] >= threshold("relevant")
        topics = [t for t in TOPICS if by_label[t] >= threshold(t)]
        evidence = {"relevant": self._evidence(feats, present, 0, for_label=relevant)}
        for t in topics:
            evidence[t] = self._evidence(feats, present, LABELS.index(t), for_label=True)
        for w in self.watchlists:
            key = f"watch:{w.name}"
            if key in feats.names:
                topics.append(w.name)
                by_label[w.name] = 1.0
                evidence[w.name] = list(feats.phrases[key])
        return Result(
            relevant, by_label["relevant"], topics, by_label, evidence, tuple(feats.gave_up)
        )

    def _evidence(self, feats: Features, present: list, k: int, *, for_label: bool) -> list[str]:
        """The phrases behind the decision: the strongest features pushing the way it went.
        For a 'not relevant' verdict these are the reasons against (false friends, CAR-T...).
        A phrase inside one already given (or containing it) is not repeated."""
        out: list[str] = []
        seen: list[str] = []  # `out` lowercased
        for f, _w in self.model.contributions(present, k, positive=for_label):
            for p in _phrases(f, feats):
                text = p if f not in ("ff", "t:ff") else f"not stem cells: {p}"
                low = text.lower()
                for o in seen:  # a loop, not any(): this runs for every item tagged
                    if low in o or o in low:
                        break
                else:
                    out.append(text)
                    seen.append(low)
            if len(out) >= MAX_EVIDENCE:
                break
        return out[:MAX_EVIDENCE]


@functools.cache
def _shipped_model() -> bytes:
    """data/model.json as shipped, read once: the default model and the release name both
    come from it."""
    return resources.files("digest.classify").joinpath("data/model.json").read_bytes()


@functools.cache
def default_model() -> Model:
    return Model.from_json(_shipped_model().decode("utf-8"))


@functools.cache
def release() -> str:
    """Names what a model retrained from corrections is built on: the shipped model, the
    lexicon and the stopwords. An upgrade that changes any of them retires a cached model."""
    h = hashlib.blake2b(digest_size=8)
    h.update(_shipped_model())
    for lex in lexicons():
        h.update(trie_key(lex.alternatives).encode())
    h.update("\x00".join(sorted(STOPWORDS)).encode())
    return h.hexdigest()


def examples_from(items: list[LabelledItem], weight: float = 1.0) -> list[Example]:
    return [Example(extract(i.title, i.summary).names, i.labels(), weight) for i in items]


def examples_from_rows(rows: list[dict], weight: float) -> list[Example]:
    """Corrected items from the store (title, summary, content, relevant, tags) as examples.
    On an item the user calls not relevant, topics are unknown, as in the corpus."""
    out = []
    for r in rows:
        relevant = bool(r["relevant"])
        labels = [int(relevant)] + [int(t in r["tags"]) if relevant else None for t in TOPICS]
        feats = extract(r["title"], r["summary"], r.get("content") or "").names
        out.append(Example(feats, labels, weight))
    return out


def fit(examples: list[Example], fingerprint: str = "") -> Model:
    """Train over the lexicon's priors: the one recipe for the shipped model, the user's
    retrained one and `digest eval`."""
    return train(examples, fingerprint=fingerprint, priors=prior, known=lexicon_features())


def train_model(extra: list[Example] = (), fingerprint: str = "") -> Model:
    """The shipped model's recipe: corpus train + dev (test stays unseen), plus `extra`
    (the user's corrected items)."""
    corpus = [i for i in load_corpus() if i.split in ("train", "dev")]
    return fit(examples_from(corpus) + list(extra), fingerprint=fingerprint)
