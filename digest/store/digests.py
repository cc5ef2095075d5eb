"""Digests: a period's items for compose, the editor's picks and notes, and the send log.

A digest row exists per period once someone picks an item, writes an intro, exports or
sends it; its entries are the editor's picks in order, with notes. `sends` records every
attempt with its recipients, refusals and Message-ID, so "sent once per period" is a query.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlite_utils import Database

from digest.store import iso

# An item's topics as the digest reads them: key -> score, 1 for a topic the user gave it.
_TOPICS = """(SELECT json_group_object(tag, CASE source WHEN 'correction' THEN 1.0 ELSE score END)
    FROM item_tags t WHERE t.item_id = i.id AND t.assigned = 1 AND t.tag != 'relevant')"""
_COMPOSE_COLUMNS = f"""i.id, i.title, i.url, i.summary, i.published_at, i.relevance, i.story_id,
    f.name AS feed, {_TOPICS} AS tags_json,
    (SELECT json_group_array(DISTINCT f2.name) FROM item_sources s
       JOIN feeds f2 ON f2.id = s.feed_id WHERE s.item_id = i.id) AS sources_json"""


def _compose_rows(rows) -> list[dict]:
    out = []
    for r in rows:
        r["tags"] = json.loads(r.pop("tags_json") or "{}")
        r["sources"] = json.loads(r.pop("sources_json") or "[]") or [r["feed"]]
        out.append(r)
    return out


def items_in_period(db: Database, since: datetime, until: datetime) -> list[dict]:
    """Relevant items published in [since, until), with their assigned tags and scores
    (`_TOPICS`) and the names of every feed that carried them."""
    return _compose_rows(
        db.query(
            f"""SELECT {_COMPOSE_COLUMNS} FROM items i JOIN feeds f ON f.id = i.feed_id
                WHERE i.published_at >= ? AND i.published_at < ? AND i.relevant IS NOT 0
                ORDER BY i.published_at, i.id""",
            [iso(since), iso(until)],
        )
    )


def topics_of(db: Database, item_id: int) -> dict[str, float]:
    """An item's assigned topics and watchlists with their scores, as a digest reads them."""
    row = db.execute(f"SELECT {_TOPICS} FROM items i WHERE i.id = ?", [item_id]).fetchone()
    return json.loads(row[0] or "{}") if row else {}


def digest_for(db: Database, start: datetime, end: datetime) -> dict | None:
    rows = list(
        db.query(
            "SELECT * FROM digests WHERE period_start = ? AND period_end = ?",
            [iso(start), iso(end)],
        )
    )
    return rows[0] if rows else None


def ensure_digest(db: Database, start: datetime, end: datetime, now: datetime) -> int:
    db.execute(
        "INSERT INTO digests (period_start, period_end, created_at, updated_at) VALUES (?,?,?,?) "
        "ON CONFLICT (period_start, period_end) DO NOTHING",
        [iso(start), iso(end), iso(now), iso(now)],
    )
    return db.execute(
        "SELECT id FROM digests WHERE period_start = ? AND period_end = ?", [iso(start), iso(end)]
    ).fetchone()[0]


def entries(db: Database, digest_id: int) -> list[dict]:
    return list(
        db.query(
            "SELECT item_id, section, position, note FROM digest_entries WHERE digest_id = ? "
            "ORDER BY position",
            [digest_id],
        )
    )


def set_entries(db: Database, digest_id: int, rows: list[dict], now: datetime) -> None:
    """Replace the picks of a digest: rows of item_id, section, note, in order."""
    db.execute("DELETE FROM digest_entries WHERE digest_id = ?", [digest_id])
    db.conn.executemany(
        "INSERT INTO digest_entries (digest_id, item_id, section, position, note) VALUES (?,?,?,?,?)",
        [(digest_id, r["item_id"], r["section"], n, r.get("note")) for n, r in enumerate(rows)],
    )
    db.execute("UPDATE digests SET updated_at = ? WHERE id = ?", [iso(now), digest_id])


def add_pick(db: Database, digest_id: int, item_id: int, section: str, now: datetime) -> None:
    pos = db.execute(
        "SELECT coalesce(max(position) + 1, 0) FROM digest_entries WHERE digest_id = ?", [digest_id]
    ).fetchone()[0]
    db.execute(
        "INSERT INTO digest_entries (digest_id, item_id, section, position) VALUES (?,?,?,?) "
        "ON CONFLICT (digest_id, item_id) DO NOTHING",
        [digest_id, item_id, section, pos],
    )
    db.execute("UPDATE digests SET updated_at = ? WHERE id = ?", [iso(now), digest_id])


def remove_pick(db: Database, digest_id: int, item_id: int) -> None:
    db.execute(
        "DELETE FROM digest_entries WHERE digest_id = ? AND item_id = ?", [digest_id, item_id]
    )


def latest_draft(db: Database, ending_after: datetime) -> tuple[str, str] | None:
    """(start, end) of the unsent digest with picks changed last, among those ending after
    `ending_after`: the digest someone is putting together."""
    row = db.execute(
        "SELECT period_start, period_end FROM digests d WHERE status != 'sent' AND period_end > ? "
        "AND EXISTS (SELECT 1 FROM digest_entries e WHERE e.digest_id = d.id) "
        "ORDER BY updated_at DESC, id DESC LIMIT 1",
        [iso(ending_after)],
    ).fetchone()
    return (row[0], row[1]) if row else None


def picked_ids(db: Database) -> set[int]:
    return {r[0] for r in db.execute("SELECT DISTINCT item_id FROM digest_entries").fetchall()}


def set_intro(db: Database, digest_id: int, intro: str | None, now: datetime) -> None:
    db.execute(
        "UPDATE digests SET intro = ?, updated_at = ? WHERE id = ?",
        [intro or None, iso(now), digest_id],
    )


_STATUS_RANK = {"draft": 0, "exported": 1, "sent": 2}


def save_rendered(
    db: Database, digest_id: int, title: str, markdown: str, status: str, now: datetime
) -> None:
    """Keep the digest as rendered now. Its status only goes up (draft, exported, sent): a
    send that fails after an export, or an export after a send, does not undo the other."""
    row = db.execute("SELECT status FROM digests WHERE id = ?", [digest_id]).fetchone()
    if row and _STATUS_RANK.get(row[0], 0) > _STATUS_RANK.get(status, 0):
        status = row[0]
    db.execute(
        "UPDATE digests SET title = ?, markdown = ?, status = ?, updated_at = ? WHERE id = ?",
        [title, markdown, status, iso(now), digest_id],
    )


def list_digests(db: Database) -> list[dict]:
    """Every period with a kept digest, or one `digest run` held back empty (it keeps no
    digest: its `id` is None), newest first. `sent_at` is its last successful send;
    `last_try` and `last_try_at` the send log's latest row for it (sent, failed, held)."""
    return list(
        db.query(
            """WITH p AS (SELECT period_start, period_end FROM digests
                          UNION SELECT period_start, period_end FROM sends WHERE status = 'held')
               SELECT d.id, p.period_start, p.period_end, d.title,
                      coalesce(d.status, 'held') AS status, d.updated_at,
                      (SELECT count(*) FROM digest_entries e WHERE e.digest_id = d.id) AS picks,
                      (SELECT max(sent_at) FROM sends s WHERE s.period_start = p.period_start
                         AND s.period_end = p.period_end AND s.status = 'sent') AS sent_at,
                      l.status AS last_try, l.sent_at AS last_try_at
               FROM p LEFT JOIN digests d
                 ON d.period_start = p.period_start AND d.period_end = p.period_end
               LEFT JOIN sends l ON l.id = (SELECT id FROM sends s
                 WHERE s.period_start = p.period_start AND s.period_end = p.period_end
                 ORDER BY s.sent_at DESC, s.id DESC LIMIT 1)
               ORDER BY p.period_start DESC, p.period_end DESC"""
        )
    )


def what_forgetting_loses(db: Database, digest_id: int) -> dict:
    """{"sends": attempts in the send log, "picks": entries, "notes": entries with a note}."""
    row = db.execute(
        """SELECT (SELECT count(*) FROM sends WHERE digest_id = :id),
                  (SELECT count(*) FROM digest_entries WHERE digest_id = :id),
                  (SELECT count(*) FROM digest_entries WHERE digest_id = :id
                     AND coalesce(note, '') != '')""",
        {"id": digest_id},
    ).fetchone()
    return dict(zip(("sends", "picks", "notes"), row, strict=True))


def forget_digest(db: Database, digest_id: int) -> None:
    """Delete a digest and its entries (call inside a write; the caller checks it was never
    sent: the send log's rows keep theirs)."""
    db.execute("DELETE FROM digest_entries WHERE digest_id = ?", [digest_id])
    db.execute("DELETE FROM digests WHERE id = ?", [digest_id])


def get_digest(db: Database, digest_id: int) -> dict | None:
    rows = list(db.query("SELECT * FROM digests WHERE id = ?", [digest_id]))
    return rows[0] if rows else None


def latest_send(db: Database, start: datetime, end: datetime, status: str) -> dict | None:
    """The period's latest send-log row of this status: "sent" (done: once per period) or
    "held" (`digest run` held an empty digest back, and said so)."""
    rows = list(
        db.query(
            "SELECT * FROM sends WHERE period_start = ? AND period_end = ? AND status = ? "
            "ORDER BY sent_at DESC LIMIT 1",
            [iso(start), iso(end), status],
        )
    )
    return rows[0] if rows else None


def record_send(
    db: Database,
    *,
    digest_id: int | None,
    start: datetime,
    end: datetime,
    recipients: list[str],
    refused: dict[str, str],
    message_id: str | None,
    status: str,
    error: str | None,
    now: datetime,
) -> None:
    db["sends"].insert(
        {
            "digest_id": digest_id,
            "period_start": iso(start),
            "period_end": iso(end),
            "recipients": json.dumps(recipients),
            "refused": json.dumps(refused),
            "message_id": message_id,
            "status": status,
            "error": error,
            "sent_at": iso(now),
        }
    )


def items_by_id(db: Database, ids: list[int]) -> list[dict]:
    """Rows shaped like items_in_period's, for the given items whatever their relevance."""
    marks = ",".join("?" * len(ids))
    return _compose_rows(
        db.query(
            f"SELECT {_COMPOSE_COLUMNS} FROM items i JOIN feeds f ON f.id = i.feed_id "
            f"WHERE i.id IN ({marks})",
            ids,
        )
    )
