"""The fetch run's database thread: writes that queue up share a commit, each in a savepoint."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from digest.errors import StoreError
from digest.store import write
from digest.store.writer import Writer


def _note(db, text: str) -> str:
    with write(db):  # as store functions do: a savepoint inside the group's transaction
        db.execute("INSERT INTO state (key, value) VALUES (?, ?)", [text, text])
    return text


def _fail(db, text: str) -> None:
    _note(db, text)
    raise ValueError(f"job {text} failed")


def _keys(db_path) -> set[str]:
    with sqlite3.connect(db_path) as c:  # another connection: sees only committed rows
        return {k for (k,) in c.execute("SELECT key FROM state WHERE key LIKE 'job%'")}


def _blocked(writer: Writer) -> threading.Event:
    """Hold the writer's thread until the returned event is set, so jobs queue up."""
    gate = threading.Event()
    writer.submit(gate.wait)
    return gate


def test_queued_writes_share_one_commit_and_a_failure_undoes_only_itself(db, db_path):
    writer = Writer(db)
    gate = _blocked(writer)
    futures = [
        writer.submit(_note, db, "job-1", write=True),
        writer.submit(_fail, db, "job-2", write=True),
        writer.submit(_note, db, "job-3", write=True),
    ]
    gate.set()
    assert futures[0].result(timeout=5) == "job-1"
    with pytest.raises(ValueError, match="job job-2 failed"):
        futures[1].result(timeout=5)
    assert futures[2].result(timeout=5) == "job-3"
    writer.close()
    assert writer.groups == [3]
    assert _keys(db_path) == {"job-1", "job-3"}


def _fail_after_much(db, text: str) -> None:
    """Change a few megabytes of pages, then fail: more than SQLite keeps of a savepoint's
    journal in memory by default, so the undo reads back what the writer kept."""
    rows = [(f"{text}-{n}", "x" * 2000) for n in range(1500)]
    db.conn.executemany("INSERT INTO state (key, value) VALUES (?, ?)", rows)
    db.execute("UPDATE state SET value = 'changed' WHERE key = 'job-kept'")
    raise ValueError(f"job {text} failed")


def test_a_large_failed_job_is_undone_and_the_connection_is_given_back_as_found(db, db_path):
    db.execute("INSERT INTO state (key, value) VALUES ('job-kept', 'original')")
    assert db.execute("PRAGMA temp_store").fetchone()[0] == 0
    writer = Writer(db)
    gate = _blocked(writer)
    futures = [
        writer.submit(_note, db, "job-1", write=True),
        writer.submit(_fail_after_much, db, "job-big", write=True),
        writer.submit(_note, db, "job-2", write=True),
    ]
    during = writer.submit(lambda: db.execute("PRAGMA temp_store").fetchone()[0])
    gate.set()
    with pytest.raises(ValueError, match="job job-big failed"):
        futures[1].result(timeout=10)
    assert during.result(timeout=10) == 2  # MEMORY while the writer runs
    writer.close()
    assert writer.groups == [3]
    assert _keys(db_path) == {"job-1", "job-2", "job-kept"}
    with sqlite3.connect(db_path) as c:
        assert c.execute("SELECT value FROM state WHERE key = 'job-kept'").fetchone() == (
            "original",
        )
    assert db.execute("PRAGMA temp_store").fetchone()[0] == 0


def test_a_read_between_writes_runs_in_order_outside_their_transaction(db, db_path):
    writer = Writer(db)
    gate = _blocked(writer)
    first = writer.submit(_note, db, "job-a", write=True)
    seen = writer.submit(lambda: (db.conn.in_transaction, _keys(db_path)))
    second = writer.submit(_note, db, "job-b", write=True)
    gate.set()
    first.result(timeout=5), second.result(timeout=5)
    in_transaction, committed = seen.result(timeout=5)
    writer.close()
    assert not in_transaction and committed == {"job-a"}  # the first write committed first
    assert writer.groups == [1, 1]


def test_a_failing_store_rolls_back_the_group_and_says_so(db, db_path):
    writer = Writer(db)
    gate = _blocked(writer)
    ok = writer.submit(_note, db, "job-x", write=True)
    broken = writer.submit(db.execute, "INSERT INTO no_such_table VALUES (1)", write=True)
    gate.set()
    for fut in (ok, broken):
        with pytest.raises(StoreError, match="no such table"):
            fut.result(timeout=5)
    writer.close()
    assert _keys(db_path) == set() and writer.groups == []


def test_group_size_is_capped(db):
    writer = Writer(db, max_group=2)
    gate = _blocked(writer)
    futures = [writer.submit(_note, db, f"job-{i}", write=True) for i in range(5)]
    gate.set()
    assert [f.result(timeout=5) for f in futures] == [f"job-{i}" for i in range(5)]
    writer.close()
    assert writer.groups == [2, 2, 1]


def _ingest(db, feed: dict, entries: list, fail: bool = False) -> int:
    from digest.ingest import ingest_entries
    from digest.store import now_utc

    result = ingest_entries(db, feed, entries, now_utc())
    if fail:
        raise ValueError("this feed's job failed after storing its items")
    return result.new


def _entry(guid: str, title: str):
    from digest.parse import Entry

    return Entry(guid=guid, url=f"https://news.example.org/{guid}", title=title, summary="A lede.")


def _titles_found(db, word: str) -> list[str]:
    return [
        t
        for (t,) in db.execute(
            "SELECT i.title FROM items_search s JOIN items i ON i.search_key = s.rowid "
            "WHERE items_search MATCH ? ORDER BY i.title",
            [word],
        )
    ]


def test_a_shared_commit_indexes_its_new_items_text_once_at_its_end(db, db_path):
    """Schema 0006: the writer's group indexes new items at the end of its transaction. An
    item a later job of the same group changes is indexed with its final text, a failed
    job's items leave no trace in the index, and the index stays consistent."""
    from digest.config import FeedConfig
    from digest.store import SEARCH_DEFER_KEY, now_utc
    from digest.store.feeds import sync_feeds

    sync_feeds(
        db,
        [FeedConfig("A", "https://a.example/f"), FeedConfig("B", "https://b.example/f")],
        now_utc(),
    )
    feeds = {r["name"]: r for r in db.query("SELECT * FROM feeds")}
    writer = Writer(db)
    gate = _blocked(writer)
    jobs = [
        writer.submit(_ingest, db, feeds["A"], [_entry("x", "Organoid trial opens")], write=True),
        writer.submit(
            _ingest, db, feeds["B"], [_entry("y", "Organoid clinic raided")], True, write=True
        ),
        # B again, carrying A's article (same link) under a new headline, and one more
        writer.submit(
            _ingest, db, feeds["B"],
            [_entry("x", "Organoid trial halted"), _entry("z", "Cord blood bank sold")],
            write=True,
        ),
    ]  # fmt: skip
    gate.set()
    assert jobs[0].result(timeout=5) == 1
    with pytest.raises(ValueError):
        jobs[1].result(timeout=5)
    assert jobs[2].result(timeout=5) == 1
    writer.close()
    assert writer.groups == [3]
    assert _titles_found(db, "organoid") == ["Organoid trial halted"]
    assert _titles_found(db, "opens") == [] and _titles_found(db, "raided") == []
    assert _titles_found(db, "cord") == ["Cord blood bank sold"]
    db.execute("INSERT INTO items_search (items_search) VALUES ('integrity-check')")
    with sqlite3.connect(db_path) as other:
        assert other.execute(
            "SELECT count(*) FROM state WHERE key = ?", [SEARCH_DEFER_KEY]
        ).fetchone() == (0,)


def test_items_left_unindexed_by_a_committed_batch_marker_are_indexed_at_next_open(db_path):
    """The marker is never meant to outlive its transaction; if a caller ever committed it,
    opening the archive repairs the index instead of leaving new items unsearchable."""
    from digest.store import SEARCH_DEFER_KEY, open_db, write

    db = open_db(db_path)
    with write(db):
        db.execute("INSERT INTO state (key, value) VALUES (?, '0')", [SEARCH_DEFER_KEY])
        db.execute(
            "INSERT INTO feeds (name, url, config_url, created_at) VALUES ('F', 'u', 'u', 'now')"
        )
        db.execute(
            "INSERT INTO items (feed_id, guid, title, published_at, first_seen_at, updated_at,"
            " content_hash) VALUES (1, 'g', 'Exosome warning', '2026-11-20T00:00:00Z', 'now',"
            " 'now', 'h')"
        )
    assert _titles_found(db, "exosome") == []  # what the marker did: left to its writer
    db.conn.close()
    db = open_db(db_path)
    assert _titles_found(db, "exosome") == ["Exosome warning"]
    assert db.execute(
        "SELECT count(*) FROM state WHERE key = ?", [SEARCH_DEFER_KEY]
    ).fetchone() == (0,)
    db.execute("INSERT INTO items_search (items_search) VALUES ('integrity-check')")
    db.conn.close()


def test_a_writer_on_a_connection_inside_a_transaction_still_runs_its_jobs(db, db_path):
    """SQLite refuses to change temp_store inside a transaction; the writer goes on
    without it rather than dying with its jobs unanswered."""
    db.conn.execute("BEGIN")
    writer = Writer(db)
    done = writer.submit(_note, db, "job-in-txn", write=True)
    assert done.result(timeout=5) == "job-in-txn"
    writer.close()
    assert db.execute("PRAGMA temp_store").fetchone()[0] == 0
    db.conn.execute("COMMIT")
    assert _keys(db_path) == {"job-in-txn"}


def test_a_write_transaction_s_cost_does_not_grow_with_the_archive(db):
    """Every write of a fetch run ends its search batch by indexing the rows it added. That
    must read only the new rows: once it walked the whole search-key index, so each commit
    of a cron run on a large archive read every item (1 ms per commit at 10k items)."""
    from digest.config import FeedConfig
    from digest.store import now_utc, search_batch
    from digest.store.feeds import sync_feeds

    sync_feeds(db, [FeedConfig("A", "https://a.example/f")], now_utc())
    feed = dict(next(iter(db.query("SELECT * FROM feeds"))))

    def steps_of_an_empty_batch() -> int:
        steps = 0

        def count():
            nonlocal steps
            steps += 1

        db.conn.set_progress_handler(count, 10)
        with write(db), search_batch(db):
            pass
        db.conn.set_progress_handler(None, 0)
        return steps

    with write(db):
        _ingest(db, feed, [_entry(f"s{i}", f"Stem cell story {i}") for i in range(20)])
    small = steps_of_an_empty_batch()
    with write(db):
        _ingest(db, feed, [_entry(f"l{i}", f"Cord blood item {i}") for i in range(3000)])
    large = steps_of_an_empty_batch()
    assert large <= small + 5, (small, large)


def test_a_write_that_waits_on_another_process_says_so_once_then_goes_ahead(db, db_path):
    """A command run by a person sets db.on_wait: a lock held past WAIT_NOTICE_MS is said
    (not 30 s of silence), and the write goes ahead once the lock is let go."""
    other = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another process writing
    release = threading.Timer(1.6, lambda: other.execute("COMMIT"))
    waited = []
    db.on_wait = waited.append
    release.start()
    try:
        with write(db):
            db.execute("INSERT INTO state (key, value) VALUES ('k', 'v')")
    finally:
        release.join()
        other.close()
    assert waited == [db_path]
    assert db.execute("SELECT value FROM state WHERE key = 'k'").fetchone() == ("v",)
    assert db.execute("PRAGMA busy_timeout").fetchone() == (30_000,)  # restored
    with write(db):  # no lock held: no word
        db.execute("DELETE FROM state WHERE key = 'k'")
    assert waited == [db_path]
