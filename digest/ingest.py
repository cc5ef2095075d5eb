"""Ingest: one feed's parsed entries into the store, in one transaction.

The same article (same guid in this feed, or same canonical URL from any feed) is one item,
updated when its text changes; a new one is tagged and grouped into a story with the
near-identical items other sources published. The published time falls back to the time the
item was first seen, fixed at first sight so a re-poll never moves it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol

from sqlite_utils import Database

from digest import stories
from digest.normalize import content_hash
from digest.parse import Entry
from digest.store import iso, write
from digest.store import items as store_items
from digest.store.tags import Tagging

FUTURE_SLACK = timedelta(hours=36)  # a date further ahead than this is a publisher's mistake
# ... and one before this (year 1 from a broken feed): in a zone west of UTC it is not even
# a date Python can show, so it is not kept
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)


def _plausible(published: datetime, now: datetime) -> bool:
    return EARLIEST <= published <= now + FUTURE_SLACK


class Tagger(Protocol):
    def taggings(self, db: Database, items: list[tuple[int, Entry]]) -> list[Tagging]:
        """Verdicts on these items; an Entry's `verdict`, when present, is used as is."""

    def item_columns(self, taggings: list[Tagging]) -> dict[int, dict]:
        """{item id: its tag columns}, written with a new item's row."""

    def save(self, db: Database, taggings: list[Tagging], inserted: set[int]) -> None:
        """Store the taggings; `inserted` items were just written with their columns."""


@dataclass
class IngestResult:
    new: int = 0
    updated: int = 0


@dataclass
class _NewRows:
    """A batch's new items, numbered as they are met and written together at the end: a
    feed's new items cost a few statements, not a few per item."""

    next_item: int
    next_story: int
    items: dict[int, dict] = field(default_factory=dict)  # id -> row, in the order met
    entries: dict[int, Entry] = field(default_factory=dict)
    sources: list[tuple] = field(default_factory=list)  # (feed, guid, item, url)


def ingest_entries(
    db: Database,
    feed: dict,
    entries: list[Entry],
    now: datetime,
    tagger: Tagger | None = None,
) -> IngestResult:
    result = IngestResult()
    to_tag: list[tuple[int, Entry]] = []
    with write(db):
        by_guid, by_url = store_items.known_for_feed(db, feed["id"], entries)
        batch = _NewRows(*store_items.next_ids(db))
        for entry in entries:
            outcome, item_id, text = _ingest_one(db, feed, entry, now, by_guid, by_url, batch)
            if outcome == "new":
                result.new += 1
            elif outcome == "updated":
                result.updated += 1
            if text is not None:
                to_tag.append((item_id, text))
        taggings: list[Tagging] = []
        if tagger is not None and to_tag:
            # An item listed twice: its last text. One batch per feed, in this transaction;
            # new items carry their verdict in their own row, written once.
            taggings = tagger.taggings(db, list(dict(to_tag).items()))
            fresh = [t for t in taggings if t.item_id in batch.items]
            for item_id, columns in tagger.item_columns(fresh).items():
                batch.items[item_id].update(columns)
        if batch.items:
            _store_new(db, batch, now)
        store_items.add_sources(db, batch.sources, now)
        if taggings:
            tagger.save(db, taggings, inserted=batch.items.keys())
    return result


def entry_digest(entry: Entry) -> str:
    """The content hash an item is stored with: a stored item whose hash equals it is
    unchanged. Parse workers compute it ahead (Entry.digest); this is the one formula."""
    return content_hash(entry.title, entry.summary, entry.content, entry.url or "")


def _ingest_one(
    db, feed, entry: Entry, now, by_guid: dict, by_url: dict, batch: _NewRows
) -> tuple[str, int | None, Entry | None]:
    """("new" | "updated" | "same", item id, the text to tag or None). `by_guid`/`by_url`
    are what the store already holds for this batch; new items are added to them, so a feed
    that lists an article twice still stores it once."""
    digest_ = entry.digest or entry_digest(entry)
    item, known_source = by_guid.get(entry.guid), True
    if item is None and entry.url:
        item, known_source = by_url.get(entry.url), False
    if item is not None:
        if not known_source:
            batch.sources.append((feed["id"], entry.guid, item["id"], entry.url))
            by_guid[entry.guid] = item
        if item["content_hash"] == digest_:
            return "same", item["id"], None
        changes = {"content_hash": digest_, "updated_at": iso(now)}
        for key in ("title", "summary", "author"):
            value = getattr(entry, key)
            if value and value != item[key]:
                changes[key] = value
        if entry.content and len(entry.content) >= len(item["content"] or ""):
            changes["content"] = entry.content
        if entry.url and not item["url"]:
            changes["url"] = entry.url
        if (
            entry.published
            and item["published_from"] != "feed"
            and _plausible(entry.published, now)
        ):
            changes.update(published_at=iso(entry.published), published_from="feed")
        if item["id"] not in batch.items:  # a row of this batch is written with its last state
            store_items.update_item(db, item["id"], changes)
        item.update(changes)  # later entries of this batch see the stored state
        if set(changes) <= {"content_hash", "updated_at"}:
            return "same", item["id"], None
        if {"title", "summary", "content"} & set(changes):
            same_text = (item["title"], item["summary"], item["content"]) == (
                entry.title,
                entry.summary,
                entry.content,
            )
            text = Entry(
                guid=entry.guid, url=entry.url, title=item["title"], summary=item["summary"],
                content=item["content"], verdict=entry.verdict if same_text else None,
            )  # fmt: skip
            return "updated", item["id"], text
        return "updated", item["id"], None

    published, source = entry.published, "feed"
    if published is None or not _plausible(published, now):
        published, source = now, "first_seen"
    stamp = iso(now)
    item_id = batch.next_item
    batch.next_item += 1
    row = {
        "id": item_id,
        "feed_id": feed["id"],
        "guid": entry.guid,
        "url": entry.url,
        "title": entry.title,
        "summary": entry.summary,
        "content": entry.content,
        "author": entry.author,
        "lang": entry.lang,
        "published_at": iso(published),
        "published_from": source,
        "first_seen_at": stamp,
        "updated_at": stamp,
        "content_hash": digest_,
        "story_id": None,
    }
    batch.items[item_id] = row
    batch.entries[item_id] = entry
    batch.sources.append((feed["id"], entry.guid, item_id, entry.url))
    by_guid[entry.guid] = row
    if entry.url:
        by_url[entry.url] = row
    return "new", item_id, entry


def _store_new(db: Database, batch: _NewRows, now: datetime) -> None:
    """Group the batch's new items into stories, then write items, stories and keys. Each
    item is compared with stored items and with the batch's earlier items, as if they had
    been stored one by one."""
    plans = []
    for item_id, row in batch.items.items():
        entry = batch.entries[item_id]
        hashes = entry.bands
        if hashes is None or (entry.title, entry.summary) != (row["title"], row["summary"]):
            hashes = stories.band_hashes(row["title"], row["summary"])
        own, nearby = stories.story_keys(hashes, row["published_at"])
        plans.append((row, nearby, own))
    # Stored items that share keys with the batch's items, and the batch's own items as
    # they are grouped: key -> ids.
    shared = store_items.items_sharing_keys(
        db, [nearby for _, nearby, _ in plans], stories.MIN_SHARED
    )
    known = store_items.story_fields(db, sorted({i for met in shared for i in met}))
    dates = {i: r["published_at"] for i, r in known.items()}
    batch_index: dict[int, list[int]] = {}
    new_stories: dict[int, dict] = {}
    joined: set[int] = set()
    keys: list[tuple[int, int]] = []
    for (row, nearby, own), met in zip(plans, shared, strict=True):
        if batch_index:
            met |= stories.shared_ids([i for k in nearby for i in batch_index.get(k, ())])
        for cand_id in stories.candidates(met, row["published_at"], dates):
            cand = known.get(cand_id) or batch.items[cand_id]
            if cand["story_id"] and stories.same_story(
                row["title"], row["summary"], cand["title"], cand["summary"]
            ):
                row["story_id"] = cand["story_id"]
                if cand["story_id"] in new_stories:
                    new_stories[cand["story_id"]]["item_count"] += 1
                else:
                    joined.add(cand["story_id"])
                break
        else:
            sid = batch.next_story
            batch.next_story += 1
            new_stories[sid] = {"id": sid, "lead_item_id": row["id"], "item_count": 1}
            row["story_id"] = sid
        for k in own:  # later items of the batch meet this one as a candidate
            batch_index.setdefault(k, []).append(row["id"])
        dates[row["id"]] = row["published_at"]
        keys.extend((k, row["id"]) for k in own)
    store_items.insert_new(
        db, list(batch.items.values()), list(new_stories.values()), joined, keys, now
    )
