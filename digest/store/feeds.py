"""Feed rows and their polling state: which feeds are due, and what each poll left behind."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlite_utils import Database

from digest.config import FeedConfig, feed_name, same_address
from digest.store import iso, update_row, write

MAX_FAILURES = 5  # consecutive failures before a feed is paused
MAX_BACKOFF = timedelta(days=1)


def sync_feeds(db: Database, configs: list[FeedConfig], now: datetime) -> None:
    """Make the feeds table follow the config: add new feeds, update changed settings.

    Feeds that left the config keep their row and items (in_config = 0) so nothing stored is
    lost; a feed whose configured URL changed starts polling the new URL afresh.
    """
    with write(db):
        existing = {r["name"]: r for r in db.query("SELECT * FROM feeds")}
        rows = {c.name: existing.pop(c.name, None) for c in configs}
        # A feed listed under a new name (renamed by the user, or named by an older release
        # for its address's user:password@host) is the row its address had: renamed, it
        # keeps its items, its place in the poll schedule and its history.
        by_address = {same_address(r["config_url"]): r for r in existing.values()}
        for c in configs:
            if rows[c.name] is None and (row := by_address.pop(same_address(c.url), None)):
                del existing[row["name"]]
                db["feeds"].update(row["id"], {"name": c.name})
                rows[c.name] = {**row, "name": c.name}
        for c in configs:
            row = rows[c.name]
            settings = {
                "kind": c.kind,
                "tags": json.dumps(list(c.tags)),
                "interval": c.interval,
                "full_text": int(c.full_text),
                "selector": c.selector,
                "in_config": 1,
            }
            if row is None:
                db["feeds"].insert(
                    {
                        "name": c.name,
                        "url": c.url,
                        "config_url": c.url,
                        "created_at": iso(now),
                        "status": "active" if c.enabled else "disabled",
                        **settings,
                    }
                )
                continue
            if row["config_url"] != c.url:
                settings.update(
                    url=c.url,
                    config_url=c.url,
                    etag=None,
                    last_modified=None,
                    body_hash=None,
                    entry_hashes=None,
                    next_poll_at=None,
                    failures=0,
                )
                if row["status"] in ("gone", "paused"):
                    settings["status"] = "active"
            if not c.enabled and row["status"] == "active":
                settings["status"] = "disabled"
            elif c.enabled and row["status"] == "disabled":
                settings["status"] = "active"
            if any(row[k] != v for k, v in settings.items()):
                db["feeds"].update(row["id"], settings)
        for row in existing.values():
            if row["in_config"]:
                db["feeds"].update(row["id"], {"in_config": 0})


def due_feeds(db: Database, now: datetime, *, everything: bool = False) -> list[dict]:
    """Active feeds whose next poll time has come. `everything` ignores the schedule but
    still honours a server's Retry-After."""
    t = iso(now)
    sql = "SELECT * FROM feeds WHERE status = 'active' AND in_config = 1 AND (retry_until IS NULL OR retry_until <= ?)"
    params = [t]
    if not everything:
        sql += " AND (next_poll_at IS NULL OR next_poll_at <= ?)"
        params.append(t)
    return list(db.query(sql + " ORDER BY id", params))


def next_due(db: Database) -> tuple[str, str] | None:
    """(name, time) of the active feed polled next, if any."""
    row = db.execute(
        "SELECT name, max(coalesce(next_poll_at, ''), coalesce(retry_until, '')) AS at "
        "FROM feeds WHERE status = 'active' AND in_config = 1 ORDER BY at, id LIMIT 1"
    ).fetchone()
    return (row[0], row[1]) if row and row[1] else None


@dataclass
class PollOutcome:
    """What one poll of one feed came to; written to the feed row by `record_poll`."""

    status: int | None = None  # HTTP status, None for a network error
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    entry_hashes: str | None = None  # the parsed entries' content hashes (schema 0009)
    new_url: str | None = None  # after a permanent redirect
    gone: bool = False
    retry_after: datetime | None = None
    title: str | None = None
    site_url: str | None = None
    unchanged: bool = False
    # Some of what the body points to could not be had (a listing's article pages): keep
    # no validators or body hash, so the next poll reads the body again and retries them.
    incomplete: bool = False
    new_items: int = 0
    updated_items: int = 0

    @property
    def failed(self) -> bool:
        return self.error is not None


def record_poll(db: Database, feed: dict, outcome: PollOutcome, now: datetime) -> dict:
    """Store the result of a poll; returns the fields written. Backoff doubles the interval per
    consecutive failure (capped at a day); MAX_FAILURES in a row pause the feed."""
    upd: dict = {"last_polled_at": iso(now), "last_status": outcome.status}
    interval = timedelta(seconds=feed["interval"])
    if outcome.retry_after is not None:
        upd["retry_until"] = iso(outcome.retry_after)
        upd["next_poll_at"] = iso(max(outcome.retry_after, now + interval))
        upd["last_error"] = outcome.error
    elif outcome.gone:
        upd.update(status="gone", last_error=outcome.error, next_poll_at=None)
    elif outcome.failed:
        failures = feed["failures"] + 1
        backoff = min(interval * (2 ** (failures - 1)), max(MAX_BACKOFF, interval))
        upd.update(failures=failures, last_error=outcome.error, next_poll_at=iso(now + backoff))
        if failures >= MAX_FAILURES:
            upd["status"] = "paused"
    else:
        upd.update(
            failures=0,
            last_error=None,
            last_success_at=iso(now),
            next_poll_at=iso(now + interval),
            retry_until=None,
        )
        if outcome.etag is not None or outcome.last_modified is not None or not outcome.unchanged:
            upd.update(etag=outcome.etag, last_modified=outcome.last_modified)
        if outcome.body_hash:
            upd["body_hash"] = outcome.body_hash
        if outcome.incomplete:
            upd.update(etag=None, last_modified=None, body_hash=None)
        if outcome.entry_hashes is not None:
            upd["entry_hashes"] = outcome.entry_hashes
        if outcome.title:
            upd["title"] = outcome.title
        if outcome.site_url:
            upd["site_url"] = outcome.site_url
    if outcome.new_url:
        upd["url"] = outcome.new_url
    with write(db):
        update_row(db, "feeds", feed["id"], upd)
    return upd


def forgive_failures(db: Database, feeds: list[dict], now: datetime) -> None:
    """Take back what a run counted against `feeds` (their rows as they were before it) when
    none of them could connect: the machine was offline, not the feeds, and an offline
    weekend must not leave every feed paused or backed off for a day. Each keeps its failure
    count and status from before, and is polled again after its own interval; its last error
    stays, for `feeds list` to show. A feed another run touched since is left alone."""
    with write(db):
        for f in feeds:
            db.execute(
                "UPDATE feeds SET failures = ?, status = ?, next_poll_at = ?"
                " WHERE id = ? AND failures = ?",
                [
                    f["failures"],
                    f["status"],
                    iso(now + timedelta(seconds=f["interval"])),
                    f["id"],
                    f["failures"] + 1,
                ],
            )


def resume_stopped(db: Database) -> list[str]:
    """Resume every feed in the config that is paused or gone (`set_status`, so that what
    resuming resets is said once); their names, by name. One transaction for them all: the
    per-feed writes nest inside it as savepoints."""
    with write(db):
        rows = db.query(
            "SELECT name FROM feeds WHERE in_config = 1 AND status IN ('paused', 'gone')"
            " ORDER BY name COLLATE NOCASE"
        )
        names = [r["name"] for r in rows]
        for name in names:
            set_status(db, name, "active")
    return names


def set_status(db: Database, name: str, status: str) -> dict | None:
    """Resume a paused or gone feed (status 'active'), or pause one by hand."""
    row = feed_by_name(db, name)
    if row is None:
        return None
    upd = {"status": status}
    if status == "active":
        upd.update(failures=0, next_poll_at=None, last_error=None)
    with write(db):
        update_row(db, "feeds", row["id"], upd)
    return {**row, **upd}


def feed_by_id(db: Database, feed_id: int) -> dict | None:
    rows = list(db.query("SELECT * FROM feeds WHERE id = ?", [feed_id]))
    return rows[0] if rows else None


def feed_by_name(db: Database, name: str) -> dict | None:
    """The feed of this name; failing that, the one feed whose name matches in any case."""
    name = feed_name(name)
    rows = list(db.query("SELECT * FROM feeds WHERE name = ?", [name]))
    if not rows:
        rows = list(db.query("SELECT * FROM feeds WHERE name = ? COLLATE NOCASE", [name]))
    return rows[0] if len(rows) == 1 else None


def list_feeds(db: Database, *, removed_with_items: bool = False) -> list[dict]:
    """The configured feeds by name, each with its item count. `removed_with_items` adds,
    after them, the feeds that left the config but whose items are still stored (the
    sources of a kept demo archive, say)."""
    where = "f.in_config = 1"
    if removed_with_items:
        where += " OR EXISTS (SELECT 1 FROM item_sources s WHERE s.feed_id = f.id)"
    return list(
        db.query(
            f"""SELECT f.*, (SELECT count(*) FROM item_sources s WHERE s.feed_id = f.id) AS items
                FROM feeds f WHERE {where} ORDER BY f.in_config DESC, f.name COLLATE NOCASE"""
        )
    )


def record_run(db: Database, started: datetime, finished: datetime, totals: dict) -> None:
    with write(db):
        counts = ("feeds", "new_items", "updated_items", "unchanged", "errors")
        db["fetch_runs"].insert(
            {"started_at": iso(started), "finished_at": iso(finished)}
            | {k: totals[k] for k in counts}
        )
