"""Tags and corrections: the classifier's output per item, and the user's decisions over it.

`item_tags.assigned` is the effective on/off: the user's correction where there is one, else
the model's verdict. Re-tagging rewrites scores and evidence but never a correction. The
`relevant` row mirrors items.relevant (effective) and items.relevance (the model's score).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from digest.store import chunks, get_state, iso, set_state
from digest.taxonomy import LABELS, threshold

KEEP_SCORE = 0.3  # below this an unassigned, uncorrected tag is not worth a row


def corrections_for(db: Database, item_id: int) -> dict[str, int]:
    rows = db.execute("SELECT tag, value FROM corrections WHERE item_id = ?", [item_id])
    return {tag: value for tag, value in rows.fetchall()}


@dataclass
class Tagging:
    """The classifier's verdict on one item, ready to store."""

    item_id: int
    relevance: float
    scores: dict[str, float]
    evidence: dict[str, list[str]]
    assigned: set[str]


def _keeps_row(tag: str, score: float, on: bool, *, corrected: bool) -> bool:
    """Whether an item's tag is worth a row in item_tags: relevance always, a tag in force
    or corrected, any other only from KEEP_SCORE up."""
    return tag == "relevant" or on or corrected or score >= KEEP_SCORE


def item_columns(t: Tagging, classifier: str, stamp: str) -> dict:
    """A new item's own tag columns, written with its row: a new item has no corrections
    (they name stored items), so its effective relevance is the model's."""
    return {
        "relevant": int("relevant" in t.assigned),
        "relevance": t.relevance,
        "classifier": classifier,
        "classified_at": stamp,
    }


def save_tags(
    db: Database,
    taggings: list[Tagging],
    *,
    watchlists: set[str],
    classifier: str,
    now: datetime,
    inserted: set[int] = frozenset(),
) -> None:
    """Replace the model's tags of these items, keeping the user's corrections in force.
    Batched (one query per step, not per item) so a full reclassify stays fast. `inserted`:
    items this transaction has just inserted with `item_columns` in their row; having no
    tags and no corrections yet, they skip the lookups, the DELETE and the UPDATE."""
    if not taggings:
        return
    ids = [t.item_id for t in taggings if t.item_id not in inserted]
    fixed: dict[int, dict[str, int]] = {}
    for chunk, marks in chunks(ids):
        for item_id, tag, value in db.execute(
            f"SELECT item_id, tag, value FROM corrections WHERE item_id IN ({marks})", chunk
        ).fetchall():
            fixed.setdefault(item_id, {})[tag] = value
    rows, updates, stamp = [], [], iso(now)
    for t in taggings:
        mine = fixed.get(t.item_id, {})
        rel = mine.get("relevant", 1 if "relevant" in t.assigned else -1) == 1
        for tag, score in t.scores.items():
            source = "watchlist" if tag in watchlists else "model"
            on = tag in t.assigned
            if tag in mine:
                on, source = mine[tag] == 1, "correction"
            if tag == "relevant":
                on = rel
            if _keeps_row(tag, score, on, corrected=tag in mine):
                ev = json.dumps(t.evidence.get(tag, []), ensure_ascii=False)
                rows.append((t.item_id, tag, float(score), ev, source, int(on)))
        for tag, value in mine.items():
            if tag not in t.scores:
                rows.append((t.item_id, tag, 0.0, "[]", "correction", int(value == 1)))
        if t.item_id not in inserted:
            updates.append((int(rel), t.relevance, classifier, stamp, t.item_id))
    for chunk, marks in chunks(ids):
        db.execute(f"DELETE FROM item_tags WHERE item_id IN ({marks})", chunk)
    db.conn.executemany(
        "INSERT INTO item_tags (item_id, tag, score, evidence, source, assigned) VALUES (?,?,?,?,?,?)",
        rows,
    )
    db.conn.executemany(
        "UPDATE items SET relevant = ?, relevance = ?, classifier = ?, classified_at = ? WHERE id = ?",
        updates,
    )


def evidence_of(db: Database, item_ids: list[int]) -> dict[int, dict[str, list[str]]]:
    """{item id: {tag: phrases}} for the tags in force on these items (relevance included
    when the item is relevant), in one query per chunk of ids."""
    out: dict[int, dict[str, list[str]]] = {i: {} for i in item_ids}
    for chunk, marks in chunks(item_ids):
        for item_id, tag, evidence in db.execute(
            f"SELECT item_id, tag, evidence FROM item_tags WHERE assigned = 1 "
            f"AND item_id IN ({marks}) ORDER BY item_id, tag = 'relevant' DESC, score DESC",
            chunk,
        ):
            out[item_id][tag] = json.loads(evidence or "[]")
    return out


def item_tags(db: Database, item_id: int) -> list[dict]:
    """Every stored tag of an item with score, evidence (a list) and whether it is on."""
    rows = db.query(
        "SELECT tag, score, evidence, source, assigned FROM item_tags WHERE item_id = ? "
        "ORDER BY tag = 'relevant' DESC, assigned DESC, score DESC",
        [item_id],
    )
    out = []
    for r in rows:
        r["evidence"] = json.loads(r["evidence"] or "[]")
        r["assigned"] = bool(r["assigned"])
        out.append(r)
    return out


def set_correction(db: Database, item_id: int, tag: str, value: int | None, now: datetime) -> None:
    """Record (+1/-1) or clear (None) the user's decision on one tag, and apply it now."""
    if value is None:
        db.execute("DELETE FROM corrections WHERE item_id = ? AND tag = ?", [item_id, tag])
        row = db.execute(
            "SELECT score, source FROM item_tags WHERE item_id = ? AND tag = ?", [item_id, tag]
        ).fetchone()
        if row is None:
            return
        on = row[0] >= threshold(tag)
        if not _keeps_row(tag, row[0], on, corrected=False):  # it held only the correction
            db.execute("DELETE FROM item_tags WHERE item_id = ? AND tag = ?", [item_id, tag])
            return
        db.execute(
            "UPDATE item_tags SET assigned = ?, source = ? WHERE item_id = ? AND tag = ?",
            [int(on), "model" if tag in LABELS else "watchlist", item_id, tag],
        )
        if tag == "relevant":
            db.execute("UPDATE items SET relevant = ? WHERE id = ?", [int(on), item_id])
        return
    db.execute(
        "INSERT INTO corrections (item_id, tag, value, created_at) VALUES (?,?,?,?) "
        "ON CONFLICT (item_id, tag) DO UPDATE SET value = excluded.value, created_at = excluded.created_at",
        [item_id, tag, value, iso(now)],
    )
    db.execute(
        "INSERT INTO item_tags (item_id, tag, score, evidence, source, assigned) "
        "VALUES (?, ?, 0, '[]', 'correction', ?) "
        "ON CONFLICT (item_id, tag) DO UPDATE SET assigned = excluded.assigned, source = 'correction'",
        [item_id, tag, int(value == 1)],
    )
    if tag == "relevant":
        db.execute("UPDATE items SET relevant = ? WHERE id = ?", [int(value == 1), item_id])


def is_watchlist_tag(db: Database, tag: str) -> bool:
    """Whether some item carries `tag` from a watchlist (so it can be corrected like a topic)."""
    row = db.execute(
        "SELECT 1 FROM item_tags WHERE tag = ? AND source = 'watchlist' LIMIT 1", [tag]
    ).fetchone()
    return row is not None


def corrections_fingerprint(db: Database) -> str:
    """Names the corrections as they stand ("" when there are none): it changes with every
    correction made, changed or cleared (schema 0010 keeps the counter)."""
    if db.execute("SELECT 1 FROM corrections LIMIT 1").fetchone() is None:
        return ""
    row = db.execute("SELECT value FROM state WHERE key = 'corrections.version'").fetchone()
    return f"v{row[0]}"


def corrected_items(db: Database) -> list[dict]:
    """Each corrected item's text and its effective tags: what the user says it is."""
    rows = db.query(
        """SELECT i.id, i.title, i.summary, i.content, i.relevant,
                  (SELECT json_group_array(tag) FROM item_tags t
                    WHERE t.item_id = i.id AND t.assigned = 1) AS tags_json
           FROM items i WHERE i.id IN (SELECT DISTINCT item_id FROM corrections)
           ORDER BY i.id"""
    )
    out = []
    for r in rows:
        r["tags"] = set(json.loads(r.pop("tags_json") or "[]"))
        out.append(r)
    return out


def items_to_classify(db: Database, after_id: int, limit: int) -> list[tuple]:
    return db.execute(
        "SELECT id, title, summary, content FROM items WHERE id > ? ORDER BY id LIMIT ?",
        [after_id, limit],
    ).fetchall()


def tag_counts(db: Database, since: str | None = None, until: str | None = None) -> dict[str, int]:
    """Relevant stories per assigned tag (topics and watchlists), optionally within a period:
    a story several sources carried counts once, as the item list shows it once."""
    clauses, params = ["t.assigned = 1", "i.relevant IS NOT 0", "t.tag != 'relevant'"], []
    if since:
        clauses.append("i.published_at >= ?")
        params.append(since)
    if until:
        clauses.append("i.published_at < ?")
        params.append(until)
    sql = (
        "SELECT t.tag, count(DISTINCT coalesce(i.story_id, -i.id)) "
        "FROM item_tags t JOIN items i ON i.id = t.item_id "
        f"WHERE {' AND '.join(clauses)} GROUP BY t.tag"
    )
    return dict(db.execute(sql, params).fetchall())


# The watchlists (name -> [keywords, regexes]) the stored items were last tagged with in full.
WATCHLISTS_KEY = "watchlists.applied"


def _watch_defs(watchlists) -> dict[str, list[list[str]]]:
    return {w.name: [list(w.keywords), list(w.regex)] for w in watchlists}


def record_watchlists(db: Database, watchlists, replace: bool = True) -> None:
    """After a full re-tag: the archive's items carry exactly these watchlists. At ingest
    (replace=False): an archive that has recorded none yet takes the ones its items were
    just tagged with, so one added to config.toml later reads as not applied."""
    value = json.dumps(_watch_defs(watchlists), sort_keys=True)
    set_state(db, WATCHLISTS_KEY, value, replace=replace)


def watchlists_changed(db: Database, watchlists) -> list[str]:
    """Names of the watchlists added, edited or removed in config.toml since the archive was
    last re-tagged in full: new items get them at once, stored ones at `digest reclassify`.
    An archive that never recorded its watchlists (an empty one, or one from before this
    check) takes the current ones as applied."""
    from digest.store.items import is_empty

    now = _watch_defs(watchlists)
    stored = get_state(db, WATCHLISTS_KEY)
    if stored is None or is_empty(db):
        if stored != json.dumps(now, sort_keys=True):
            record_watchlists(db, watchlists)
        return []
    before = json.loads(stored)
    return sorted(n for n in before.keys() | now.keys() if before.get(n) != now.get(n))
