"""The fetch run's database thread, with group commit.

Every database call of a run goes through one thread, in the order submitted, so the
connection is never shared. Writes that queue up while the thread is busy are run together
in one transaction, each in its own savepoint: under load, one commit (and the FTS flush
and WAL work that come with it) serves many feeds, and a job that fails still undoes only
its own changes. The group's new items are indexed for search once, at the end of its
transaction (store.search_batch), not row by row. A write's future resolves only after
its transaction has committed, so nothing is reported stored that a crash could still
take back.

Each job's savepoint keeps the original of every page the job changes, in SQLite's statement
journal, so the job can be undone alone. That journal is a temporary file unless temp_store
is MEMORY: on disk it cost the first poll's writes about a sixth of the thread's CPU
(benchmarks/fetch_bench.py). A job changes one feed's items, so the journal stays small. The
thread sets MEMORY while it runs and gives the connection back as it found it.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future

from sqlite_utils import Database

from digest.store import search_batch, write

MAX_GROUP = 32  # writes per transaction at most: bounds how long other processes wait


class Writer:
    def __init__(self, db: Database, max_group: int = MAX_GROUP):
        self.db = db
        self.max_group = max_group
        self.groups: list[int] = []  # jobs per transaction, for benchmarks and tests
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._loop, name="digest-db", daemon=True)
        self._thread.start()

    def submit(self, fn: Callable, *args, write: bool = False) -> Future:
        """Run fn(*args) on the database thread. `write=True` jobs may share a transaction
        with other writes; the others (reads, CPU work) run on their own."""
        fut: Future = Future()
        self._jobs.put((fn, args, write, fut))
        return fut

    def close(self) -> None:
        """Finish every job submitted so far, then stop the thread."""
        self._jobs.put(None)
        self._thread.join()

    def _loop(self) -> None:
        before = _set_temp_store(self.db.conn, "MEMORY")
        try:
            self._serve()
        finally:
            if before is not None:
                _set_temp_store(self.db.conn, before)

    def _serve(self) -> None:
        held: deque = deque()
        while True:
            job = held.popleft() if held else self._jobs.get()
            if job is None:
                return
            fn, args, is_write, fut = job
            if not is_write:
                _run(fut, fn, args)
                continue
            group = [job]
            while len(group) < self.max_group:
                try:
                    more = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if more is None or not more[2]:
                    held.append(more)  # keeps its place: run right after this group
                    break
                group.append(more)
            self._commit(group)

    def _commit(self, group: list) -> None:
        outcomes: list[tuple[Future, bool, object]] = []
        try:
            with write(self.db), search_batch(self.db):
                for fn, args, _, fut in group:
                    if not fut.set_running_or_notify_cancel():
                        continue
                    try:
                        with self.db.atomic():  # a savepoint: a failing job undoes only itself
                            outcomes.append((fut, True, fn(*args)))
                    except sqlite3.OperationalError:
                        raise  # the store itself failed: the whole group is rolled back
                    except Exception as exc:
                        outcomes.append((fut, False, exc))
        except BaseException as exc:  # not committed: no job of the group took effect
            for _, _, _, fut in group:
                if fut.running():
                    fut.set_exception(exc)
            if not isinstance(exc, Exception):
                raise
            return
        self.groups.append(len(group))
        for fut, ok, value in outcomes:
            if ok:
                fut.set_result(value)
            else:
                fut.set_exception(value)


def _set_temp_store(conn: sqlite3.Connection, value: str | int) -> int | None:
    """Set temp_store; returns the previous value, or None if it could not be changed (SQLite
    refuses inside a transaction a caller left open: the writer then runs without it)."""
    try:
        before = conn.execute("PRAGMA temp_store").fetchone()[0]
        conn.execute(f"PRAGMA temp_store = {value}")
    except sqlite3.OperationalError:
        return None
    return int(before)


def _run(fut: Future, fn: Callable, args: tuple) -> None:
    if not fut.set_running_or_notify_cancel():
        return
    try:
        fut.set_result(fn(*args))
    except BaseException as exc:
        fut.set_exception(exc)
        if not isinstance(exc, Exception):
            raise
