"""Migrations that change stored data, run on an archive written before them."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import SAMPLE, poll, rss

from digest import stories
from digest.config import FeedConfig
from digest.errors import StoreError
from digest.store import open_db
from digest.store.items import query_items


def test_story_keys_are_recomputed_so_old_items_still_group_with_new_ones(server, db_path):
    db = open_db(db_path)
    old = ("o1", "Japan approves first iPS cell therapy for heart failure",
           "The health ministry granted conditional approval to heart muscle sheets made from iPS cells.")  # fmt: skip
    poll(db, [FeedConfig("A", server.static("/a.xml", rss([old])))])
    # the archive as an older digest left it: keys from another hash, migrations not applied
    db.execute("UPDATE story_keys SET key = key + 12345")
    db.execute(
        "DELETE FROM _sqlite_migrations WHERE name IN "
        "('0005_story_keys_blake2b', '0008_story_keys_by_fortnight')"
    )
    db.conn.close()

    db = open_db(db_path)  # applies 0005, then 0008
    (item_id, title, summary, published) = db.execute(
        "SELECT id, title, summary, published_at FROM items"
    ).fetchone()
    expected, _ = stories.story_keys(stories.band_hashes(title, summary), published)
    stored = [k for (k,) in db.execute("SELECT key FROM story_keys WHERE item_id = ?", [item_id])]
    assert sorted(stored) == sorted(expected)
    new = ("n1", "Japan approves first iPS cell therapy for heart failure patients",
           "The health ministry granted conditional approval to heart muscle sheets made from iPS cells, officials said.")  # fmt: skip
    poll(db, [FeedConfig("B", server.static("/b.xml", rss([new])))])
    assert db.execute("SELECT count(DISTINCT story_id) FROM items").fetchone()[0] == 1
    db.conn.close()


def test_0012_rekeys_recent_items_so_they_group_with_reprints_hashed_the_new_way(server, db_path):
    """0012 recomputes the story keys of the archive's recent items (those a new item can
    meet) with the one-permutation hash; older items keep their keys."""
    db = open_db(db_path)
    recent = ("r1", "Spain authorises cord blood cells for children with cerebral palsy",
              "The agency allowed treatment at two hospitals in Madrid and Barcelona.")  # fmt: skip
    poll(db, [FeedConfig("A", server.static("/a.xml", rss([recent])))])
    old = "INSERT INTO items (feed_id, guid, url, title, summary, published_at, first_seen_at," \
        " updated_at, content_hash) VALUES (1, 'old', 'https://x.example/o', 'Clinic closed'," \
        " 'Regulators shut a clinic selling unproven infusions.', '2025-01-06T09:00:00Z'," \
        " '2025-01-06T09:00:00Z', '2025-01-06T09:00:00Z', 'o')"  # fmt: skip
    db.execute(old)
    old_id = db.execute("SELECT id FROM items WHERE guid = 'old'").fetchone()[0]
    # the archive as 0011 left it: keys from the previous hash, 0012 not applied
    db.execute("UPDATE story_keys SET key = key + 12345")
    db.execute("INSERT INTO story_keys VALUES (777, ?)", [old_id])
    db.execute("DELETE FROM _sqlite_migrations WHERE name = '0012_story_keys_one_permutation'")
    db.conn.close()

    db = open_db(db_path)  # applies 0012
    item_id, title, summary, published = db.execute(
        "SELECT id, title, summary, published_at FROM items WHERE guid = 'r1'"
    ).fetchone()
    expected, _ = stories.story_keys(stories.band_hashes(title, summary), published)
    stored = [k for (k,) in db.execute("SELECT key FROM story_keys WHERE item_id = ?", [item_id])]
    assert sorted(stored) == sorted(expected)
    assert db.execute("SELECT key FROM story_keys WHERE item_id = ?", [old_id]).fetchall() == [
        (777,)
    ]
    reprint = ("r2", "Spain authorises cord blood cells for children with cerebral palsy - Wire",
               "The agency allowed treatment at two hospitals in Madrid and Barcelona.")  # fmt: skip
    poll(db, [FeedConfig("B", server.static("/b.xml", rss([reprint])))])
    assert db.execute(
        "SELECT count(DISTINCT story_id) FROM items WHERE guid IN ('r1', 'r2')"
    ).fetchone() == (1,)
    db.conn.close()


def test_after_0007_new_items_are_indexed_by_the_store_not_by_insert_triggers(server, db_path):
    """0007 drops the INSERT triggers of items and the story_keys_item index. An archive
    written before it keeps its search; items stored after it are searchable at once, a
    row written by hand once the archive is opened again, and the index stays consistent."""
    from digest.store import schema
    from digest.store.items import count_items

    db = open_db(db_path)
    first = ("a1", "Cord blood bank opens in Lisbon", "A public bank for umbilical cord blood.")
    poll(db, [FeedConfig("A", server.static("/a.xml", rss([first])))])
    # the archive as schema 0006 left it: its INSERT triggers and index back, 0007 not applied
    schema.insert_with_search_key(db)
    schema.index_search_text_per_transaction(db)
    db.execute("CREATE INDEX story_keys_item ON story_keys(item_id)")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = '0007_new_items_indexed_by_the_store'")
    assert {"items_key_ai", "items_search_ai"} <= {
        n for (n,) in db.execute("SELECT name FROM sqlite_master")
    }
    db.conn.close()

    db = open_db(db_path)  # applies 0007
    objects = {n for (n,) in db.execute("SELECT name FROM sqlite_master")}
    assert not objects & {"items_key_ai", "items_search_ai", "story_keys_item"}
    assert {"items_search_au", "items_search_ad", "items_key_au"} <= objects
    second = ("b1", "Exosome clinic warned by regulator", "The agency named three clinics.")
    poll(db, [FeedConfig("B", server.static("/b.xml", rss([second])))])
    assert count_items(db, include_irrelevant=True, search="lisbon") == 1
    assert count_items(db, include_irrelevant=True, search="exosome") == 1
    db.execute(
        "INSERT INTO items (feed_id, guid, url, title, published_at, first_seen_at, updated_at,"
        " content_hash) VALUES (1, 'by-hand', 'https://x.example/h', 'Organoid atlas released',"
        " '2026-11-17T10:00:00Z', '2026-11-17T10:00:00Z', '2026-11-17T10:00:00Z', 'h')"
    )
    db.conn.close()

    db = open_db(db_path)
    assert count_items(db, include_irrelevant=True, search="organoid") == 1
    db.execute("INSERT INTO items_search (items_search) VALUES ('integrity-check')")
    db.conn.close()


def test_0008_turns_weekly_story_keys_into_fortnightly_ones(server, db_path):
    """Keys stored by week (0005-0007) are converted in place; an item stored before the
    migration still groups with its reprint stored after it."""
    from datetime import date

    db = open_db(db_path)
    old = ("w1", "Korea clears phase 2 trial of cord blood cells for cerebral palsy",
           "The ministry cleared the trial at three university hospitals, the sponsor said.")  # fmt: skip
    poll(db, [FeedConfig("A", server.static("/a.xml", rss([old])))])
    item_id, title, summary, published = db.execute(
        "SELECT id, title, summary, published_at FROM items"
    ).fetchone()
    week = date.fromisoformat(published[:10]).toordinal() // 7
    weekly = stories.bucket_keys(stories.band_hashes(title, summary), week)
    # the archive as 0007 left it: the same keys, bucketed by week
    db.execute("DELETE FROM story_keys")
    db.conn.executemany("INSERT INTO story_keys VALUES (?, ?)", [(k, item_id) for k in weekly])
    db.execute("DELETE FROM _sqlite_migrations WHERE name = '0008_story_keys_by_fortnight'")
    db.conn.close()

    db = open_db(db_path)  # applies 0008
    stored = sorted(k for (k,) in db.execute("SELECT key FROM story_keys"))
    expected, _ = stories.story_keys(stories.band_hashes(title, summary), published)
    assert stored == sorted(expected) != sorted(weekly)
    reprint = ("w2", "Korea clears phase 2 trial of cord blood cells for cerebral palsy - Wire",
               "The ministry cleared the trial at three university hospitals, the sponsor said.")  # fmt: skip
    poll(db, [FeedConfig("B", server.static("/b.xml", rss([reprint])))])
    assert db.execute("SELECT count(*), count(DISTINCT story_id) FROM items").fetchone() == (2, 1)
    db.conn.close()


def test_0010_counts_every_change_to_the_corrections(server, db_path):
    """Applied to an archive with corrections, 0010 starts the counter; from then on every
    correction made, changed or cleared moves the fingerprint, even within one second."""
    from datetime import UTC, datetime

    from digest.store.tags import corrections_fingerprint, set_correction

    db = open_db(db_path)
    poll(db, [FeedConfig("A", server.static("/a.xml", rss(SAMPLE)))])
    ids = [i for (i,) in db.execute("SELECT id FROM items ORDER BY id")]
    same_second = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    set_correction(db, ids[0], "trials", 1, same_second)
    # the archive as 0009 left it: no counter, no triggers
    db.executescript(
        "DROP TRIGGER corrections_version_ai; DROP TRIGGER corrections_version_au;"
        "DROP TRIGGER corrections_version_ad; DELETE FROM state WHERE key = 'corrections.version';"
        "DELETE FROM _sqlite_migrations WHERE name = '0010_corrections_version';"
    )
    db.conn.close()

    db = open_db(db_path)  # applies 0010
    seen = [corrections_fingerprint(db)]
    assert seen == ["v1"]
    set_correction(db, ids[1], "hype", -1, same_second)  # made
    seen.append(corrections_fingerprint(db))
    set_correction(db, ids[1], "hype", 1, same_second)  # changed
    seen.append(corrections_fingerprint(db))
    # cleared, and another made, in the same second: count and newest time stay as they
    # were, which the old count(*)/max(created_at) fingerprint could not tell apart
    set_correction(db, ids[0], "trials", None, same_second)
    set_correction(db, ids[2], "safety", 1, same_second)
    seen.append(corrections_fingerprint(db))
    assert len(set(seen)) == len(seen) == 4, seen
    for item_id, tag in ((ids[1], "hype"), (ids[2], "safety")):
        set_correction(db, item_id, tag, None, same_second)
    assert corrections_fingerprint(db) == "", "no corrections: the shipped model"
    db.conn.close()


def test_0011_makes_stored_chinese_text_searchable(server, db_path):
    db = open_db(db_path)
    items = [("zh", "干细胞临床研究备案新规发布", "细胞来源可追溯。"), *SAMPLE]
    poll(db, [FeedConfig("A", server.static("/a.xml", rss(items)))])
    # the archive as it was before 0011: no pairs column, no second index
    db.executescript(
        "DROP TRIGGER items_search_pairs_au; DROP TRIGGER items_search_pairs_ad;"
        "DROP TABLE items_search_pairs; ALTER TABLE items DROP COLUMN search_pairs;"
        "DELETE FROM _sqlite_migrations WHERE name = '0011_search_spaceless_scripts';"
    )
    db.conn.close()
    db = open_db(db_path)
    assert [r["guid"] for r in query_items(db, search="细胞", include_irrelevant=True)] == ["zh"]
    assert db.execute("SELECT count(search_pairs) FROM items").fetchone()[0] == 1
    db.conn.close()


def test_a_migration_that_fails_leaves_the_archive_as_it_was(server, db_path, monkeypatch):
    """Each migration runs in the opening's one write transaction (sqlite-utils' executescript
    does not commit inside one): a failure halfway, here in 0011's second half, undoes its
    first half too, and the next open applies it whole."""
    db = open_db(db_path)
    poll(
        db, [FeedConfig("A", server.static("/a.xml", rss([("zh", "干细胞新规发布", "细胞来源")])))]
    )
    db.executescript(
        "DROP TRIGGER items_search_pairs_au; DROP TRIGGER items_search_pairs_ad;"
        "DROP TABLE items_search_pairs; ALTER TABLE items DROP COLUMN search_pairs;"
        "DELETE FROM _sqlite_migrations WHERE name = '0011_search_spaceless_scripts';"
    )
    db.conn.close()

    def full_disk(*texts):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("digest.store.items.pairs_text", full_disk)
    with pytest.raises(StoreError, match="the disk is full"):
        open_db(db_path)
    with sqlite3.connect(db_path) as c:
        assert "search_pairs" not in [r[1] for r in c.execute("PRAGMA table_info(items)")]
        assert not c.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'items_search_pairs'"
        ).fetchall()
    monkeypatch.undo()
    db = open_db(db_path)
    assert [r["guid"] for r in query_items(db, search="细胞", include_irrelevant=True)] == ["zh"]
    db.conn.close()


def test_0013_search_finds_a_words_other_forms_in_an_archive_indexed_before(server, db_path):
    """0013 re-indexes the archive with a stemming tokenizer: items stored before it are
    found by another form of their words; a row another program wrote without a search
    key is indexed when the archive is next opened, not at a NULL rowid."""
    from digest.store.items import count_items

    db = open_db(db_path)
    items = [("t1", "Doctors transplanted cord blood into two children",
              "Both therapies were given at a public hospital.")]  # fmt: skip
    poll(db, [FeedConfig("A", server.static("/a.xml", rss(items)))])
    # the archive as 0012 left it: an index of whole words, and a row written by hand
    db.executescript(
        """
        DROP TABLE items_search;
        CREATE VIRTUAL TABLE items_search USING fts5(
            title, summary, content, content='items', content_rowid='search_key',
            tokenize='unicode61 remove_diacritics 2');
        INSERT INTO items_search (items_search) VALUES ('rebuild');
        DELETE FROM _sqlite_migrations WHERE name = '0013_search_by_word_stem';
        """
    )
    assert count_items(db, include_irrelevant=True, search="transplant") == 0
    db.execute(
        "INSERT INTO items (feed_id, guid, title, published_at, first_seen_at, updated_at,"
        " content_hash) VALUES (1, 'by-hand', 'Clinics transplanting fat cells were closed',"
        " '2026-11-17T10:00:00Z', '2026-11-17T10:00:00Z', '2026-11-17T10:00:00Z', 'h')"
    )
    db.conn.close()

    told = []
    db = open_db(db_path, on_upgrade=told.append)  # applies 0013, then indexes the new row
    assert told == [db_path]  # a command in a terminal says so: a large archive takes a while
    assert count_items(db, include_irrelevant=True, search="transplant") == 2
    assert count_items(db, include_irrelevant=True, search="therapy hospitals") == 1
    assert count_items(db, include_irrelevant=True, search="transplant -clinic") == 1
    db.execute("INSERT INTO items_search (items_search) VALUES ('integrity-check')")
    db.conn.close()
    open_db(db_path, on_upgrade=told.append).conn.close()  # nothing pending: nothing said
    open_db(db_path.with_name("new.db"), on_upgrade=told.append).conn.close()  # a new archive
    assert told == [db_path]


def test_0014_lists_the_words_of_an_archive_stored_before(server, db_path):
    """0014 fills search_words from every stored item, so a half-typed word finds them at
    once: before it, "regula" found nothing in an archive of regulations."""
    from digest.store.items import count_items

    db = open_db(db_path)
    items = [("t1", "Regulators tighten stem cell rules", "The regulation covers clinics.")]
    poll(db, [FeedConfig("A", server.static("/a.xml", rss(items)))])
    db.executescript(
        "DROP TABLE search_words; DELETE FROM _sqlite_migrations WHERE name = '0014_search_words';"
    )
    db.conn.close()
    told = []
    db = open_db(db_path, on_upgrade=told.append)
    assert told == [db_path]
    assert count_items(db, include_irrelevant=True, search="regula", search_prefix=True) == 1
    words = [w for (w,) in db.execute("SELECT word FROM search_words")]
    assert {"regulators", "regulation", "stem", "clinics"} <= set(words), words
    db.conn.close()


def test_an_archive_from_a_newer_digest_is_refused_and_left_as_it_was(server, db_path):
    """A schema step this version does not know was applied by a newer digest (a downgrade,
    or two versions sharing one archive): this code might misread or break its schema, so
    every command stops with a clear error and the file keeps its bytes."""
    from click.testing import CliRunner

    from digest.cli import cli

    db = open_db(db_path)
    poll(db, [FeedConfig("A", server.static("/a.xml", rss(SAMPLE)))])
    db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        ["digest", "0099_a_step_from_the_future", "2027-01-01 00:00:00+00:00"],
    )
    db.conn.close()
    before = db_path.read_bytes()

    with pytest.raises(StoreError, match="newer version of digest") as raised:
        open_db(db_path)
    assert "0099_a_step_from_the_future" in str(raised.value)
    r = CliRunner().invoke(cli, ["--db", str(db_path), "items"])
    assert r.exit_code == 1
    assert r.output.startswith("error:") and "newer version" in r.output
    assert "Traceback" not in r.output
    assert db_path.read_bytes() == before

    # A step of another migration set (another tool sharing the file) is not ours to judge.
    with sqlite3.connect(db_path) as c:
        c.execute("UPDATE _sqlite_migrations SET migration_set = 'other' WHERE name LIKE '0099%'")
    open_db(db_path).conn.close()
