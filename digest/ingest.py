"""Ingest: one feed's parsed entries into the store, in one transaction.

The same article (same guid in this feed, or same canonical URL from any feed) is one item,
updated when its text changes; a new one is tagged and grouped into a story with the
near-identical items other sources published. The published time falls back to the time the
item was first seen, fixed at first sight so a re-poll never moves it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sqlite_utils import Database

from digest import stories
from digest.normalize import content_hash
from digest.parse import Entry
from digest.store import iso, write
from digest.store import items as store_items

FUTURE_SLACK = timedelta(hours=36)  # a date further ahead than this is a publisher's mistake


class Tagger(Protocol):
    def tag_item(self, db: Database, item_id: int, title: str, summary: str, content: str, feed_tags: tuple[str, ...]) -> None: ...  # fmt: skip


@dataclass
class IngestResult:
    new: int = 0
    updated: int = 0


def ingest_entries(
    db: Database,
    feed: dict,
    entries: list[Entry],
    now: datetime,
    tagger: Tagger | None = None,
    feed_tags: tuple[str, ...] = (),
) -> IngestResult:
    result = IngestResult()
    with write(db):
        for entry in entries:
            outcome = _ingest_one(db, feed, entry, now, tagger, feed_tags)
            if outcome == "new":
                result.new += 1
            elif outcome == "updated":
                result.updated += 1
    return result


def _ingest_one(db, feed, entry: Entry, now, tagger, feed_tags):
    digest_ = content_hash(entry.title, entry.summary, entry.content, entry.url or "")
    item, known_source = store_items.find_item(db, feed["id"], entry.guid, entry.url)
    if item is not None:
        if not known_source:
            store_items.add_source(db, feed["id"], entry.guid, item["id"], entry.url, now)
        if item["content_hash"] == digest_:
            return "same"
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
            and entry.published <= now + FUTURE_SLACK
        ):
            changes.update(published_at=iso(entry.published), published_from="feed")
        if set(changes) <= {"content_hash", "updated_at"}:
            store_items.update_item(db, item["id"], changes)
            return "same"
        store_items.update_item(db, item["id"], changes)
        if tagger is not None and {"title", "summary", "content"} & set(changes):
            merged = {**item, **changes}
            tagger.tag_item(
                db, item["id"], merged["title"], merged["summary"], merged["content"], feed_tags
            )
        return "updated"

    published, source = entry.published, "feed"
    if published is None:
        published, source = now, "first_seen"
    elif published > now + FUTURE_SLACK:
        published, source = now, "first_seen"
    item_id = store_items.insert_item(
        db,
        {
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
            "first_seen_at": iso(now),
            "updated_at": iso(now),
            "content_hash": digest_,
        },
    )
    store_items.add_source(db, feed["id"], entry.guid, item_id, entry.url, now)
    _group_story(db, item_id, entry, iso(published), now)
    if tagger is not None:
        tagger.tag_item(db, item_id, entry.title, entry.summary, entry.content, feed_tags)
    return "new"


def _group_story(db: Database, item_id: int, entry: Entry, published: str, now: datetime) -> None:
    hashes = stories.band_hashes(entry.title, entry.summary)
    wk = stories.week(published)
    nearby = [k for w in (wk - 1, wk, wk + 1) for k in stories.bucket_keys(hashes, w)]
    for cand in store_items.story_candidates(db, nearby, published, item_id):
        if cand["story_id"] and stories.same_story(
            entry.title, entry.summary, cand["title"], cand["summary"]
        ):
            store_items.join_story(db, item_id, cand["story_id"], now)
            break
    else:
        store_items.new_story(db, item_id, now)
    store_items.set_story_keys(db, item_id, stories.bucket_keys(hashes, wk))
