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
