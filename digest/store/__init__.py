"""The one door to the database: `open_db` is the only place SQLite is opened.

It sets WAL and a busy timeout (so the TUI and a cron fetch share the file), applies pending
migrations, and turns "read-only", "disk full" and "not a database" into StoreError. Every
other module calls the named functions of this package instead of writing SQL of its own.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from digest import __version__
from digest.errors import StoreError

BUSY_TIMEOUT_MS = 30_000
WAIT_NOTICE_MS = 1_000  # a write lock held longer than this is said (write, db.on_wait)
# While a writer holds this state row (inside its own transaction, so no other connection
# ever sees it), the text of items with a larger id is left to it to index (search_batch,
# schema 0006).
SEARCH_DEFER_KEY = "search.indexed_through"


def iso(dt: datetime) -> str:
    """UTC timestamps as sortable ISO 8601 text: 2026-11-24T08:30:00Z."""
    if dt.tzinfo is not UTC:
        dt = dt.astimezone(UTC)
    # isoformat is C and several times faster than strftime; ingest calls this ~6x per item
    return dt.isoformat(timespec="seconds")[:19] + "Z"


def parse_iso(text: str | None) -> datetime | None:
    if not text:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def chunks(values: list, size: int = 500) -> Iterator[tuple[list, str]]:
    """(slice, "?,?,...") pairs for `IN (...)` queries over many values: SQLite caps the
    number of parameters in one statement."""
    for i in range(0, len(values), size):
        part = values[i : i + size]
        yield part, ",".join("?" * len(part))


def open_db(
    path: str | Path,
    *,
    migrate: bool = True,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    on_upgrade: Callable[[Path], None] | None = None,
) -> Database:
    """The one way in. `busy_timeout_ms`: how long a statement waits for another process's
    write lock before it fails with StoreError (the app waits less than cron: it is frozen
    while it waits). `on_upgrade(path)` is called before migrations change an archive that
    already holds items (re-indexing a large one takes a while), not for a new one."""
    path = Path(path).expanduser()
    if path.exists() and not path.is_file():  # /dev/null, a directory, a named pipe
        raise StoreError(
            f"{path} is not a file: an archive is one SQLite file",
            "point --db / DIGEST_DB at a file (a new one is created if it does not exist)",
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            str(path), timeout=busy_timeout_ms / 1000, isolation_level=None, check_same_thread=False
        )
        db = Database(conn)
        db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        _ensure_wal(db, path)
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
        if migrate:
            _migrate(db, lambda: on_upgrade(path) if on_upgrade else None)
            key_unkeyed_items(db)
            _finish_search_batch(db)
        return db
    except sqlite3.DatabaseError as exc:
        raise _store_error(path, exc) from None
    except OSError as exc:
        raise StoreError(
            f"{path}: cannot create the database: {exc.strerror}",
            "check the directory exists and is writable, or pass --db / DIGEST_DB",
        ) from None


def _ensure_wal(db: Database, path: Path) -> None:
    """Switch a new file to WAL (it persists in the file, so this happens once). The switch
    needs an exclusive lock that SQLite may refuse at once, without the busy handler, while
    another process opens the same new file: retry with backoff within the busy timeout."""
    import time

    if db.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
        return
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    delay = 0.01
    while True:
        try:
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            break
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)
    if mode.lower() != "wal" and not _is_readonly(path):
        raise StoreError(f"{path}: cannot switch the database to WAL mode (got {mode})")


def _is_readonly(path: Path) -> bool:
    import os

    return path.exists() and not os.access(path, os.W_OK)


def _migrate(db: Database, before: Callable[[], None]) -> None:
    from digest.store.schema import migrations

    applied = [a.name for a in migrations.applied(db)]
    known = _known_steps()
    # A step this version does not know was applied by a newer digest, whose schema this
    # code may misread or break (a downgrade, or two versions sharing one archive).
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise StoreError(
            f"{db_path(db)}: written by a newer version of digest (schema step "
            f"{unknown[-1]!r} is unknown to digest {__version__})",
            "open it with that version or a later one (pip install --upgrade); "
            "this one changed nothing in the file",
        )
    if known.issubset(applied):  # nothing pending
        return
    if "items" in db.table_names() and db.execute("SELECT 1 FROM items LIMIT 1").fetchone():
        before()
    try:
        with write(db):
            # Taking the write lock first makes a second process wait here, then find
            # nothing pending, instead of racing to apply the same step twice.
            migrations.apply(db)
    except sqlite3.IntegrityError:
        pass  # another process applied them between our check and our lock


@functools.cache
def _known_steps() -> frozenset[str]:
    """The names of this version's schema steps: all of them are pending on an empty database."""
    from digest.store.schema import migrations

    return frozenset(m.name for m in migrations.pending(Database(memory=True)))


def _begin_immediate(db: Database) -> None:
    """BEGIN IMMEDIATE. With `db.on_wait` set (a command run by a person), a lock that
    another process holds for more than WAIT_NOTICE_MS is said through on_wait(path)
    before the rest of the busy timeout is waited out, instead of up to 30 s of silence."""
    conn, on_wait = db.conn, getattr(db, "on_wait", None)
    if on_wait is None:
        conn.execute("BEGIN IMMEDIATE")
        return
    conn.execute(f"PRAGMA busy_timeout = {WAIT_NOTICE_MS}")
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorcode", None) != sqlite3.SQLITE_BUSY:
            raise
        on_wait(Path(db_path(db)))
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS - WAIT_NOTICE_MS}")
        conn.execute("BEGIN IMMEDIATE")
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def _store_error(path: Path, exc: sqlite3.DatabaseError) -> StoreError:
    # The extended code (SQLITE_BUSY_SNAPSHOT, SQLITE_READONLY_DIRECTORY, ...) says which case.
    code = getattr(exc, "sqlite_errorname", None)
    text = f"{exc}, {code}" if code else str(exc)
    if "readonly" in text or "read-only" in text:
        return StoreError(
            f"{path}: the database is read-only ({text})",
            "make the file and its directory writable, or point --db / DIGEST_DB elsewhere",
        )
    if "full" in text:
        return StoreError(f"{path}: the disk is full ({text})", "free some space and run again")
    if "not a database" in text or "malformed" in text:
        return StoreError(
            f"{path}: this file is not a usable digest database ({text})",
            "point --db / DIGEST_DB at another file; the existing one was not changed",
        )
    if "locked" in text or "busy" in text:
        return StoreError(
            f"{path}: the database was locked by another process ({text})",
            "let the other digest process finish, then try again",
        )
    return StoreError(
        f"{path}: database error: {text}",
        "check that --db / DIGEST_DB names a digest archive you can read and write",
    )


@contextlib.contextmanager
def write(db: Database) -> Iterator[Database]:
    """One write transaction, taken with BEGIN IMMEDIATE so concurrent writers queue on the
    busy timeout instead of failing on a lock upgrade. Nested calls become savepoints."""
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    try:
        _begin_immediate(db)
    except sqlite3.DatabaseError as exc:
        raise _store_error(Path(db_path(db)), exc) from None
    try:
        yield db
    except sqlite3.OperationalError as exc:
        # read-only file, full disk, lost lock: the store's problem, said plainly
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise _store_error(Path(db_path(db)), exc) from None
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise _store_error(Path(db_path(db)), exc) from None


@contextlib.contextmanager
def search_batch(db: Database) -> Iterator[None]:
    """Inside a write transaction: index the text of the items inserted in the block once,
    at its end, in rowid order, instead of row by row from the insert trigger (schema 0006;
    six times less CPU for a fetch run's thousands of new items). Search sees the items
    the moment the transaction commits, as before. Nested use is the outer block's."""
    if get_state(db, SEARCH_DEFER_KEY) is not None:
        yield
        return
    after = db.execute("SELECT coalesce(max(id), 0) FROM items").fetchone()[0]
    db.execute("INSERT INTO state (key, value) VALUES (?, ?)", [SEARCH_DEFER_KEY, str(after)])
    yield  # on an exception the caller's transaction rolls back, this state row with it
    _index_after(db, after)


def _index_after(db: Database, after: int) -> None:
    # `+search_key`: ordered by its unique index, SQLite would walk that whole index (every
    # item in the archive) to find the few new rows, in every write transaction of a run; a
    # rowid range and a sort of the new rows costs nothing when there are none.
    indexed = db.execute(
        "INSERT INTO items_search (rowid, title, summary, content) "
        "SELECT search_key, title, summary, content FROM items "
        "WHERE id > ? AND +search_key IS NOT NULL ORDER BY +search_key",
        [after],
    ).rowcount
    db.execute(
        "INSERT INTO items_search_pairs (rowid, search_pairs) "
        "SELECT search_key, search_pairs FROM items "
        "WHERE id > ? AND +search_key IS NOT NULL AND search_pairs IS NOT NULL "
        "ORDER BY +search_key",
        [after],
    )
    if indexed:
        from digest.store.items import add_search_words

        add_search_words(db, "id > ?", [after])
    db.execute("DELETE FROM state WHERE key = ?", [SEARCH_DEFER_KEY])


def _finish_search_batch(db: Database) -> None:
    """A search_batch row is never meant to be committed; if one ever was (a caller that
    swallowed an error and committed anyway), new items would go unindexed: index them."""
    after = get_state(db, SEARCH_DEFER_KEY)
    if after is not None:
        with write(db):
            _index_after(db, int(after))


def key_unkeyed_items(db: Database) -> None:
    """Give rows another writer inserted without a search_key (schema 0007) their key, and
    their search_pairs (schema 0011) and words (0014); the update triggers then index their
    text. One index lookup when there are none. Naming published_at in the SET fires
    items_key_au, which writes the key with the formula schema 0002 defines, so the SQL
    formula lives in one place."""
    if db.execute("SELECT 1 FROM items WHERE search_key IS NULL LIMIT 1").fetchone() is None:
        return
    from digest.store.items import add_search_words, pairs_text

    with write(db):
        rows = db.execute("SELECT id, title, summary, content FROM items WHERE search_key IS NULL")
        pairs = [(pairs_text(*text), item_id) for item_id, *text in rows.fetchall()]
        db.conn.executemany("UPDATE items SET search_pairs = ? WHERE id = ?", pairs)
        add_search_words(db, "search_key IS NULL", [])
        db.execute("UPDATE items SET published_at = published_at WHERE search_key IS NULL")


def update_row(db: Database, table: str, row_id: int, fields: dict) -> None:
    """UPDATE one row by id with plain SQL: sqlite-utils' `table.update` reads the table's
    schema on every call, a cost the fetch run paid once per feed and per changed item.
    `table` and the field names are the store's own identifiers, never user input."""
    db.execute(
        f"UPDATE {table} SET {', '.join(f'{col} = ?' for col in fields)} WHERE id = ?",
        [*fields.values(), row_id],
    )


def db_path(db: Database) -> str:
    row = db.execute("PRAGMA database_list").fetchone()
    return row[2] if row else "?"


def data_version(db: Database) -> int:
    """A number that moves whenever another connection commits to the archive (another
    process, or a worker on a connection of its own); this connection's own writes leave
    it (SQLite's PRAGMA data_version)."""
    return db.execute("PRAGMA data_version").fetchone()[0]


def get_state(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM state WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def set_state(db: Database, key: str, value: str, replace: bool = True) -> None:
    """Store `value` under `key`; with replace=False only when the key holds nothing yet."""
    on_conflict = "DO UPDATE SET value = excluded.value" if replace else "DO NOTHING"
    with write(db):
        db.execute(
            f"INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT(key) {on_conflict}",
            [key, value],
        )


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
