"""The tagger: the classifier applied to stored items, learning from the user's corrections.

With no corrections the shipped model is used as is. Once the user has corrected some items,
the model is retrained on the corpus plus those items (weighted double, labelled with what
the user says they are) and cached in the database's `state` table under a fingerprint of
the corrections and of the release (shipped model, lexicon, stopwords), so retraining
happens once per change or upgrade, not once per run.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import datetime

from sqlite_utils import Database

from digest.classify import (
    LABELS,
    Classifier,
    Result,
    compile_watchlist,
    default_model,
    examples_from_rows,
    features,
    release,
    train_model,
)
from digest.classify.model import Model
from digest.store import get_state, iso, now_utc, set_state, write
from digest.store import tags as store_tags
from digest.wording import counted

MODEL_STATE_KEY = "classifier.model"
CORRECTION_WEIGHT = 2.0


class Tagger:
    def __init__(self, watchlists: Iterable = (), clock: Callable[[], datetime] = now_utc):
        self.configured = tuple(watchlists)  # as config.toml gives them
        self.watchlists = tuple(
            compile_watchlist(w.name, list(w.keywords), list(w.regex)) for w in self.configured
        )
        self.watch_names = {w.name for w in self.watchlists}
        self.clock = clock
        # items each watchlist's regex gave up on (WATCH_TIMEOUT), in this tagger's runs
        self.gave_up: Counter[str] = Counter()
        self._classifier: Classifier | None = None
        self._fingerprint: str | None = None

    def classifier_for(self, db: Database) -> Classifier:
        fingerprint = store_tags.corrections_fingerprint(db)
        if self._classifier is None or fingerprint != self._fingerprint:
            self._classifier = Classifier(self._model(db, fingerprint), self.watchlists)
            self._fingerprint = fingerprint
        return self._classifier

    def _model(self, db: Database, fingerprint: str) -> Model:
        if not fingerprint:
            return default_model()
        # The corrections as they stand, and the release they were learned on: after an
        # upgrade (a new lexicon, stopwords or shipped model) the cache is retrained once.
        key = f"{fingerprint}@{release()}"
        cached = get_state(db, MODEL_STATE_KEY)
        if cached:
            try:
                model = Model.from_json(cached)
                if model.fingerprint == key:
                    return model
            except (ValueError, KeyError, json.JSONDecodeError):
                pass  # an older or damaged cache: retrain below
        rows = store_tags.corrected_items(db)
        model = train_model(examples_from_rows(rows, CORRECTION_WEIGHT), fingerprint=key)
        with write(db):
            set_state(db, MODEL_STATE_KEY, model.to_json())
        return model

    @property
    def version(self) -> str:
        return f"lexlog-1:{self._fingerprint or 'shipped'}"

    def taggings(self, db: Database, items: list) -> list[store_tags.Tagging]:
        """The verdicts on (item_id, entry) pairs, ready to store; a verdict the parse
        worker already computed (entry.verdict) is used as is."""
        clf = self.classifier_for(db)
        return [
            self._tagging(
                item_id,
                e.verdict if e.verdict is not None else clf.classify(e.title, e.summary, e.content),
            )
            for item_id, e in items
        ]

    def _tagging(self, item_id: int, r: Result) -> store_tags.Tagging:
        self.gave_up.update(r.gave_up)
        assigned = set(r.topics) | ({"relevant"} if r.relevant else set())
        return store_tags.Tagging(item_id, r.relevance, r.scores, r.evidence, assigned)

    def notes(self) -> list[str]:
        """What the user should hear after a run: each watchlist whose regex gave up."""
        return [
            f"watchlist {name!r}: a regex gave up on {counted(n, 'item')} (over "
            f"{features.WATCH_TIMEOUT:g} s on each), so they are not tagged {name}; simplify the "
            "pattern in config.toml, then `digest reclassify`"
            for name, n in sorted(self.gave_up.items())
        ]

    def item_columns(self, taggings: list[store_tags.Tagging]) -> dict[int, dict]:
        """{item id: tag columns} for new items' INSERT (see `save`'s `inserted`)."""
        version, stamp = self.version, iso(self.clock())
        return {t.item_id: store_tags.item_columns(t, version, stamp) for t in taggings}

    def save(
        self, db: Database, taggings: list[store_tags.Tagging], inserted: set[int] = frozenset()
    ) -> None:
        store_tags.save_tags(
            db,
            taggings,
            watchlists=self.watch_names,
            classifier=self.version,
            now=self.clock(),
            inserted=inserted,
        )
        if taggings:
            store_tags.record_watchlists(db, self.configured, replace=False)

    def reclassify(self, db: Database, batch: int = 2000, on_batch=None) -> int:
        """Re-tag every stored item (corrections stay in force). Returns how many."""
        clf = self.classifier_for(db)  # train once, outside the write transactions
        done, last = 0, 0
        while True:
            rows = store_tags.items_to_classify(db, last, batch)
            if not rows:
                store_tags.record_watchlists(db, self.configured)
                return done
            taggings = [self._tagging(r[0], clf.classify(r[1], r[2], r[3])) for r in rows]
            with write(db):
                self.save(db, taggings)
            done += len(rows)
            last = rows[-1][0]
            if on_batch:
                on_batch(done)


__all__ = ["LABELS", "Tagger"]
