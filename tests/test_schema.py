"""Migrations that change stored data, run on an archive written before them."""

from __future__ import annotations

from conftest import poll, rss

from digest import stories
from digest.config import FeedConfig
from digest.store import open_db


def test_story_keys_are_recomputed_so_old_items_still_group_with_new_ones(server, db_path):
    db = open_db(db_path)
    old = ("o1", "Japan approves first iPS cell therapy for heart failure",
           "The health ministry granted conditional approval to heart muscle sheets made from iPS cells.")  # fmt: skip
    poll(db, [FeedConfig("A", server.static("/a.xml", rss([old])))])
    # the archive as an older digest left it: keys from another hash, migration not applied
    db.execute("UPDATE story_keys SET key = key + 12345")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = '0005_story_keys_blake2b'")
    db.conn.close()

    db = open_db(db_path)  # applies 0005
    (item_id, title, summary, published) = db.execute(
        "SELECT id, title, summary, published_at FROM items"
    ).fetchone()
    expected = stories.bucket_keys(stories.band_hashes(title, summary), stories.week(published))
    stored = [k for (k,) in db.execute("SELECT key FROM story_keys WHERE item_id = ?", [item_id])]
    assert sorted(stored) == sorted(expected)
    new = ("n1", "Japan approves first iPS cell therapy for heart failure patients",
           "The health ministry granted conditional approval to heart muscle sheets made from iPS cells, officials said.")  # fmt: skip
    poll(db, [FeedConfig("B", server.static("/b.xml", rss([new])))])
    assert db.execute("SELECT count(DISTINCT story_id) FROM items").fetchone()[0] == 1
    db.conn.close()
