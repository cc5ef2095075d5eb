"""Failures of our own: kill -9 mid-fetch, a read-only archive, a broken config."""

from __future__ import annotations

import itertools
import os
import signal
import sqlite3
import subprocess
import sys
import threading

import pytest
from conftest import Reply, rss, wait_until

FEEDS, ITEMS = 40, 60


OPEN = 6  # feeds served before the gate: the rest wait for it, so a kill lands mid-run


def _slow_feeds(server, gate: threading.Event) -> str:
    """Feeds whose first OPEN answers come at once and the rest only once `gate` is set:
    a signal sent when the first items are stored always lands mid-run, however slow the
    machine (with only a delay, a loaded machine once let the whole run finish first)."""
    lines = []
    served = itertools.count()
    for f in range(FEEDS):
        body = rss(
            [
                (f"f{f}-i{i}", f"Feed {f} stem cell item {i}", f"Lede {f}.{i} about MSC trials.")
                for i in range(ITEMS)
            ]
        )

        def route(h, body=body):
            if next(served) >= OPEN:
                gate.wait(timeout=60)
            return Reply(200, body, {"Content-Type": "application/rss+xml"})

        server.routes[f"/f{f}.xml"] = route
        lines.append(f'[[feeds]]\nname = "Feed {f}"\nurl = "{server.url(f"/f{f}.xml")}"\n')
    return "\n".join(lines)


def _fetch(env, **kw) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "digest", "fetch", "--all", "--quiet"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kw,
    )


def _interruptible() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _children(pid: int) -> list[int]:
    kids = []
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children") as f:
            kids += [int(x) for x in f.read().split()]
    return kids


def _count(db) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as c:
            return c.execute("SELECT count(*) FROM items").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_kill_9_mid_fetch_leaves_a_consistent_archive(server, tmp_path):
    feeds = tmp_path / "feeds.toml"
    gate = threading.Event()
    feeds.write_text(_slow_feeds(server, gate), encoding="utf-8")
    db = tmp_path / "crash.db"
    env = {
        **os.environ,
        "DIGEST_DB": str(db),
        "DIGEST_FEEDS": str(feeds),
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    proc = _fetch(env)
    assert wait_until(lambda: _count(db) > 0, timeout=30), (
        proc.stderr.read() if proc.poll() else "no items"
    )
    workers = _children(proc.pid)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    # its parse workers go with it rather than linger, orphaned, forever
    assert wait_until(lambda: not any(os.path.exists(f"/proc/{w}") for w in workers), timeout=10), (
        workers
    )
    partial = _count(db)
    assert 0 < partial < FEEDS * ITEMS, "the kill should land mid-run"
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # one transaction per feed: a feed's items are all there or none are
        per_feed = c.execute("SELECT count(*) FROM items GROUP BY feed_id").fetchall()
        assert all(n == ITEMS for (n,) in per_feed), per_feed
    gate.set()  # the rest of the feeds answer now
    rerun = _fetch(env)
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    with sqlite3.connect(db) as c:
        assert c.execute("SELECT count(*) FROM items").fetchone()[0] == FEEDS * ITEMS
        assert c.execute("SELECT count(DISTINCT guid) FROM items").fetchone()[0] == FEEDS * ITEMS
        hits = c.execute("SELECT count(*) FROM items_search WHERE items_search MATCH 'stem'")
        assert hits.fetchone()[0] == FEEDS * ITEMS
        c.execute("INSERT INTO items_search (items_search) VALUES ('integrity-check')")
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_ctrl_c_mid_fetch_stops_cleanly_and_keeps_what_was_stored(server, tmp_path):
    """Ctrl-C at a terminal signals the whole foreground group, parse workers included: one
    line, exit 130, no traceback from any process, and each feed stored whole or not at all."""
    feeds = tmp_path / "feeds.toml"
    gate = threading.Event()
    feeds.write_text(_slow_feeds(server, gate), encoding="utf-8")
    db = tmp_path / "interrupted.db"
    env = {**os.environ, "DIGEST_DB": str(db), "DIGEST_FEEDS": str(feeds)}
    env["XDG_CONFIG_HOME"] = str(tmp_path)
    # Its own group, as a terminal's job is, with Ctrl-C not ignored, as at a terminal: a
    # shell ignores SIGINT in what it starts in the background (CI run with `&`, or nohup),
    # exec keeps an ignored signal ignored, and the fetch would rightly run on.
    proc = _fetch(env, start_new_session=True, preexec_fn=_interruptible)
    assert wait_until(lambda: _count(db) > 0, timeout=30), (
        proc.stderr.read() if proc.poll() else "no items"
    )
    workers = _children(proc.pid)
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert err.decode().strip() == "Interrupted; what was stored before stays stored.", err
    assert wait_until(lambda: not any(os.path.exists(f"/proc/{w}") for w in workers), timeout=10)
    with sqlite3.connect(db) as c:
        per_feed = c.execute("SELECT count(*) FROM items GROUP BY feed_id").fetchall()
    assert per_feed and all(n == ITEMS for (n,) in per_feed), per_feed
    assert len(per_feed) < FEEDS, "the interrupt should land mid-run"
    gate.set()  # the rest of the feeds answer now
    rerun = _fetch(env)
    assert rerun.communicate(timeout=120) and rerun.returncode == 0
    with sqlite3.connect(db) as c:
        assert c.execute("SELECT count(DISTINCT guid), count(*) FROM items").fetchone() == (
            FEEDS * ITEMS,
            FEEDS * ITEMS,
        )


def test_read_only_archive_is_a_clear_store_error(tmp_path):
    """The store's own path, on any user: a connection SQLite opened read-only."""
    from digest.errors import StoreError
    from digest.store import open_db, write

    path = tmp_path / "ro.db"
    open_db(path).conn.close()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    from sqlite_utils import Database

    db = Database(conn)
    with pytest.raises(StoreError) as got:
        with write(db):
            db.execute("INSERT INTO state (key, value) VALUES ('k', 'v')")
    assert "read-only" in got.value.message and "writable" in got.value.hint


@pytest.mark.parametrize("path", ["/dev/null", "/dev/zero"])
def test_an_archive_path_that_is_not_a_file_is_said_so(path):
    """--db /dev/null gave "database error: disk I/O error, SQLITE_IOERR_FSYNC" with no
    hint; a device, directory or pipe is not an archive, and the error now says so."""
    from digest.errors import StoreError
    from digest.store import open_db

    with pytest.raises(StoreError) as got:
        open_db(path)
    assert got.value.message == f"{path} is not a file: an archive is one SQLite file"
    assert "--db / DIGEST_DB" in got.value.hint


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions; run as a user")
def test_read_only_archive_file_via_the_cli(server, tmp_path):
    feeds = tmp_path / "feeds.toml"
    url = server.static("/f.xml", rss([("a", "MSC news", "x")]))
    feeds.write_text(f'[[feeds]]\nname = "F"\nurl = "{url}"\n')
    db = tmp_path / "ro" / "digest.db"
    env = {
        **os.environ,
        "DIGEST_DB": str(db),
        "DIGEST_FEEDS": str(feeds),
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    cmd = [sys.executable, "-m", "digest", "fetch", "--all"]
    assert subprocess.run(cmd, env=env, capture_output=True).returncode == 0
    before = db.read_bytes()
    for p in db.parent.iterdir():
        p.chmod(0o444)
    db.parent.chmod(0o555)
    try:
        r = subprocess.run(cmd, env=env, capture_output=True, text=True)
    finally:
        db.parent.chmod(0o755)
    assert r.returncode == 1, (r.stdout, r.stderr)
    assert "read-only" in r.stderr and "hint:" in r.stderr and "Traceback" not in r.stderr
    assert db.read_bytes() == before


def test_broken_config_changes_nothing(tmp_path):
    feeds = tmp_path / "feeds.toml"
    feeds.write_text('[[feeds]]\nname = "F"\nurl = "https://x.example.org/f"\ninterval = "often"\n')
    db = tmp_path / "x.db"
    env = {
        **os.environ,
        "DIGEST_DB": str(db),
        "DIGEST_FEEDS": str(feeds),
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    r = subprocess.run(
        [sys.executable, "-m", "digest", "fetch"], env=env, capture_output=True, text=True
    )
    assert r.returncode == 2
    assert f"{feeds}:4:" in r.stderr and "Traceback" not in r.stderr
    assert not db.exists() or _count(db) == 0


pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
