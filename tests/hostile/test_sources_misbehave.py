"""Sources that misbehave, all in one run beside two good feeds: each costs at most its
deadline and bounded memory, ends as a clear per-feed error or as items, and the good feeds'
items all arrive. The poll runs in a child process so its peak memory is its own."""

from __future__ import annotations

import gzip
import json
import os
import socket
import struct
import subprocess
import sys
import textwrap
import time

import pytest
from conftest import SAMPLE, FeedServer, Reply, drip, rss

DEADLINE = 3.0  # per request, as the child's PollSettings set it
MEMORY_MB = 200  # the whole run measured about 100 MB


def _xml(items: str, prolog: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?>{prolog}<rss version="2.0"><channel>'
        f"<title>t</title><link>https://h.example.org/</link>{items}</channel></rss>"
    ).encode()


def _item(guid: str, title: str, extra: str = "") -> str:
    return (
        f"<item><guid isPermaLink='false'>{guid}</guid><title>{title}</title>"
        f"<link>https://h.example.org/{guid}</link>{extra}</item>"
    )


def hostile_routes(server: FeedServer, secret_file: str) -> dict[str, str]:
    r = server.routes
    feeds = {}

    def add(name: str, route) -> None:
        r[f"/{name}"] = route
        feeds[name] = server.url(f"/{name}")

    def static(body: bytes, ctype: str = "application/rss+xml", **headers):
        return lambda h: Reply(200, body, {"Content-Type": ctype, **headers})

    add("good-1", static(rss(SAMPLE)))
    add(
        "good-2",
        static(rss([(f"b{i}", f"Second good feed item {i}", "Stem cells.") for i in range(5)])),
    )
    add(
        "xxe",
        static(
            _xml(
                _item("x1", "&xxe;"),
                f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret_file}">]>',
            )
        ),
    )
    laughs = '<!ENTITY a0 "ha">' + "".join(
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    add("billion-laughs", static(_xml(_item("l1", "&a9;"), f"<!DOCTYPE rss [{laughs}]>")))
    add(
        "wrong-encoding",
        static(
            _xml(_item("w1", "Caf\xe9 des cellules souches")).replace(b"Caf\xc3\xa9", b"Caf\xe9")
        ),
    )
    add(
        "invalid-bytes",
        static(_xml(_item("i1", "Bad \x00\x01 bytes")).replace(b"Bad", b"Bad\xff\xfe")),
    )
    add("empty", static(b""))
    # A PNG as it really starts: signature, then the IHDR chunk's length (zero bytes). Random
    # bytes straight after the signature held no NUL in about one run in sixty.
    add(
        "binary",
        static(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(4096), "image/png"),
    )
    add(
        "html-page",
        static(b"<!doctype html><html><body><p>Not a feed</p></body></html>", "text/html"),
    )
    add(
        "gzip-bomb",
        static(
            gzip.compress(b"\0" * (200 * 1024 * 1024), compresslevel=1),
            **{"Content-Encoding": "gzip"},
        ),
    )
    add(
        "dates",
        static(
            _xml(
                _item("d1", "No date at all")
                + _item("d2", "Garbage date", "<pubDate>the day after tomorrow</pubDate>")
                + _item("d3", "Far future", "<pubDate>Mon, 01 Jan 2999 00:00:00 GMT</pubDate>")
                + _item("d4", "Ancient", "<pubDate>Thu, 01 Jan 1970 00:00:00 GMT</pubDate>")
                + _item("d5", "ISO with offset", "<pubDate>2026-11-20T10:00:00+09:00</pubDate>")
            )
        ),
    )

    def endless(h):
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        chunk = b"<item><title>more</title></item>" * 1000
        try:
            while True:
                h.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        except OSError:
            pass

    def silent(h):
        time.sleep(DEADLINE * 3)  # accepts, reads the request, never answers

    def reset(h):
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.connection.close()
        h.close_connection = True

    def loop(h):
        return Reply(301, b"", {"Location": server.url("/loop"), "Content-Length": "0"})

    add("endless", endless)
    add("drip", drip(1.0, 60))
    add("silent", silent)
    add("reset", reset)
    add("loop", loop)
    return feeds


CHILD = textwrap.dedent(
    """
    import json, sys, time
    from digest.config import FeedConfig
    from digest.fetch import Timeouts
    from digest.poll import PollSettings, run_poll
    from digest.store import now_utc, open_db
    from digest.store.feeds import due_feeds, sync_feeds

    db_path, feeds = sys.argv[1], json.loads(sys.argv[2])
    db = open_db(db_path)
    now = now_utc()
    sync_feeds(db, [FeedConfig(name=n, url=u) for n, u in feeds.items()], now)
    t0 = time.monotonic()
    report = run_poll(
        db, due_feeds(db, now, everything=True),
        settings=PollSettings(timeouts=Timeouts(connect=1, read=1.5, total=%(deadline)s)),
    )
    # VmHWM is this process image's own peak (ru_maxrss would include the parent's pages
    # copied at fork, before exec)
    status = open("/proc/self/status").read()
    peak_kb = int(status.split("VmHWM:")[1].split()[0])
    print(json.dumps({
        "peak_mb": peak_kb / 1024,
        "seconds": time.monotonic() - t0,
        "feeds": {f.name: {"result": f.result, "new": f.new, "error": f.error} for f in report.feeds},
    }))
    """
) % {"deadline": DEADLINE}


@pytest.fixture(scope="module")
def outcome(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    secret = tmp / "secret.txt"
    secret.write_text("root:x:0:0:TOP-SECRET-LINE\n", encoding="utf-8")
    server = FeedServer()
    import threading

    threading.Thread(target=server.httpd.serve_forever, daemon=True).start()
    try:
        feeds = hostile_routes(server, str(secret))
        db_path = tmp / "hostile.db"
        out_path = tmp / "report.json"
        with open(out_path, "w") as out, open(tmp / "stderr.txt", "w") as err:
            child = subprocess.Popen(
                [sys.executable, "-c", CHILD, str(db_path), json.dumps(feeds)],
                stdout=out,
                stderr=err,
            )
            child.wait(timeout=120)
        assert child.returncode == 0, (tmp / "stderr.txt").read_text()
        data = json.loads(out_path.read_text().strip().splitlines()[-1])
        data["db_path"] = db_path
        return data
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()


def test_the_good_feeds_items_all_arrive(outcome):
    assert outcome["feeds"]["good-1"]["new"] == 3
    assert outcome["feeds"]["good-2"]["new"] == 5


def test_time_and_memory_are_bounded(outcome):
    # everything runs concurrently: the run costs about one deadline, not one per feed
    assert outcome["seconds"] < DEADLINE + 6, outcome["seconds"]
    assert outcome["peak_mb"] < MEMORY_MB, outcome["peak_mb"]


@pytest.mark.parametrize(
    "name,words",
    [
        ("empty", "empty"),
        ("binary", "not a feed"),
        ("html-page", "HTML page"),
        ("gzip-bomb", "larger than"),
        ("drip", f"{DEADLINE:g}s"),
        ("silent", "stopped sending"),
        ("reset", "connection"),
        ("loop", "redirect"),
    ],
)
def test_each_misbehaviour_is_a_clear_error(outcome, name, words):
    f = outcome["feeds"][name]
    assert f["result"] == "error", f
    assert words.lower() in f["error"].lower(), f["error"]


def test_endless_body_is_cut(outcome):
    f = outcome["feeds"]["endless"]
    assert f["result"] == "error" and ("larger than" in f["error"] or "s" in f["error"]), f


def test_entity_tricks_neither_leak_files_nor_expand(outcome):
    import sqlite3

    with sqlite3.connect(outcome["db_path"]) as c:
        text = " ".join(t + s for t, s in c.execute("SELECT title, summary FROM items"))
    assert "TOP-SECRET" not in text
    assert "hahaha" not in text
    for name in ("xxe", "billion-laughs"):
        assert outcome["feeds"][name]["result"] in ("ok", "error", "new"), outcome["feeds"][name]


def test_bad_bytes_and_dates_still_give_items(outcome):
    import sqlite3

    for name in ("wrong-encoding", "invalid-bytes", "dates"):
        assert outcome["feeds"][name]["new"] >= 1, (name, outcome["feeds"][name])
    with sqlite3.connect(outcome["db_path"]) as c:
        rows = dict(c.execute("SELECT guid, published_from FROM items WHERE guid LIKE 'd%'"))
        assert rows["d1"] == "first_seen" and rows["d2"] == "first_seen"
        assert rows["d3"] == "first_seen", "a date centuries ahead is a mistake, not the future"
        assert rows["d5"] == "feed"
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
