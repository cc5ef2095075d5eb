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
    def tag_many(self, db: Database, items: list[tuple[int, Entry]]) -> None:
        """Tag these stored items; an Entry's `verdict`, when present, is used as is."""


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
) -> IngestResult:
    result = IngestResult()
    to_tag: list[tuple[int, Entry]] = []
    with write(db):
        by_guid, by_url = store_items.known_for_feed(db, feed["id"], entries)
        for entry in entries:
            outcome, item_id, text = _ingest_one(db, feed, entry, now, by_guid, by_url)
            if outcome == "new":
                result.new += 1
            elif outcome == "updated":
                result.updated += 1
            if text is not None:
                to_tag.append((item_id, text))
        if tagger is not None and to_tag:
            tagger.tag_many(db, to_tag)  # one batch per feed, in the same transaction
    return result


def _ingest_one(
    db, feed, entry: Entry, now, by_guid: dict, by_url: dict
) -> tuple[str, int | None, Entry | None]:
    """("new" | "updated" | "same", item id, the text to tag or None). `by_guid`/`by_url`
    are what the store already holds for this batch; new items are added to them, so a feed
    that lists an article twice still stores it once."""
    digest_ = content_hash(entry.title, entry.summary, entry.content, entry.url or "")
    item, known_source = by_guid.get(entry.guid), True
    if item is None and entry.url:
        item, known_source = by_url.get(entry.url), False
    if item is not None:
        if not known_source:
            store_items.add_source(db, feed["id"], entry.guid, item["id"], entry.url, now)
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
            and entry.published <= now + FUTURE_SLACK
        ):
            changes.update(published_at=iso(entry.published), published_from="feed")
        if set(changes) <= {"content_hash", "updated_at"}:
            store_items.update_item(db, item["id"], changes)
            return "same", item["id"], None
        store_items.update_item(db, item["id"], changes)
        item.update(changes)  # later entries of this batch see the stored state
        if {"title", "summary", "content"} & set(changes):
            merged = {**item, **changes}
            same_text = (merged["title"], merged["summary"], merged["content"]) == (
                entry.title,
                entry.summary,
                entry.content,
            )
            text = Entry(
                guid=entry.guid, url=entry.url, title=merged["title"], summary=merged["summary"],
                content=merged["content"], verdict=entry.verdict if same_text else None,
            )  # fmt: skip
            return "updated", item["id"], text
        return "updated", item["id"], None

    published, source = entry.published, "feed"
    if published is None:
        published, source = now, "first_seen"
    elif published > now + FUTURE_SLACK:
        published, source = now, "first_seen"
    stamp = iso(now)
    record = {
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
    }
    item_id = store_items.insert_item(db, record)
    store_items.add_source(db, feed["id"], entry.guid, item_id, entry.url, now)
    stored = {"id": item_id, **record, "story_id": None}
    by_guid[entry.guid] = stored
    if entry.url:
        by_url[entry.url] = stored
    _group_story(db, item_id, entry, record["published_at"], now)
    return "new", item_id, entry


def _group_story(db: Database, item_id: int, entry: Entry, published: str, now: datetime) -> None:
    hashes = (
        entry.bands if entry.bands is not None else stories.band_hashes(entry.title, entry.summary)
    )
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
    store_items.add_story_keys(db, item_id, stories.bucket_keys(hashes, wk))
