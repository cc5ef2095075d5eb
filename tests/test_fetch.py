"""The fetcher against a real loopback server: every status path, caps, timeouts, redirects."""

from __future__ import annotations

import asyncio
import socket
import sys
import threading
import time
import zlib
from datetime import timedelta

import httpx
import pytest
from conftest import FAST, SAMPLE, Reply, drip, gzip_bytes, poll, rss

from digest.config import FeedConfig
from digest.fetch import Timeouts
from digest.poll import PollSettings, run_poll
from digest.store import now_utc
from digest.store.feeds import MAX_FAILURES, due_feeds, feed_by_name, sync_feeds
from digest.store.items import count_items


def feed(name: str, url: str, **kw) -> FeedConfig:
    return FeedConfig(name=name, url=url, **kw)


def test_conditional_get_round_trip(server, db):
    url = server.conditional("/f.xml", rss(SAMPLE))
    first = poll(db, [feed("f", url)])
    assert first.feeds[0].new == 3
    row = feed_by_name(db, "f")
    assert row["etag"] and row["last_modified"]

    second = poll(db, [feed("f", url)])
    assert second.feeds[0].result == "unchanged"
    sent = server.hits("/f.xml")[-1]
    assert sent["If-None-Match"] == row["etag"]
    assert sent["If-Modified-Since"] == row["last_modified"]
    assert count_items(db, include_irrelevant=True) == 3


def test_same_body_without_validators_is_not_parsed_again(server, db):
    url = server.static("/plain.xml", rss(SAMPLE))
    poll(db, [feed("p", url)])
    again = poll(db, [feed("p", url)])
    assert again.feeds[0].result == "unchanged"
    assert count_items(db, include_irrelevant=True) == 3


def test_user_agent_and_compression_advertised(server, db):
    url = server.static("/ua.xml", gzip_bytes(rss(SAMPLE)), **{"Content-Encoding": "gzip"})
    report = poll(db, [feed("ua", url)])
    assert report.feeds[0].new == 3  # gzip body decoded
    headers = server.hits("/ua.xml")[0]
    assert headers["User-Agent"].startswith("digest/")
    assert "gzip" in headers["Accept-Encoding"]


def test_deflate_raw_and_zlib_bodies(server, db):
    body = rss(SAMPLE)
    raw = zlib.compressobj(wbits=-15)
    raw_body = raw.compress(body) + raw.flush()
    u1 = server.static("/z.xml", zlib.compress(body), **{"Content-Encoding": "deflate"})
    u2 = server.static("/raw.xml", raw_body, **{"Content-Encoding": "deflate"})
    report = poll(db, [feed("z", u1), feed("raw", u2)])
    assert {f.name: f.result for f in report.feeds} == {"z": "ok", "raw": "ok"}


def test_410_marks_feed_gone_and_stops_polling(server, db):
    server.routes["/gone.xml"] = lambda h: Reply(410)
    report = poll(db, [feed("g", server.url("/gone.xml"))])
    assert report.feeds[0].result == "gone"
    assert feed_by_name(db, "g")["status"] == "gone"
    assert due_feeds(db, now_utc(), everything=True) == []


def test_retry_after_postpones_even_with_all(server, db):
    server.routes["/busy.xml"] = lambda h: Reply(429, b"", {"Retry-After": "3600"})
    report = poll(db, [feed("b", server.url("/busy.xml"))])
    assert report.feeds[0].result == "postponed"
    row = feed_by_name(db, "b")
    assert row["retry_until"] > (now_utc() + timedelta(minutes=59)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert [f["name"] for f in due_feeds(db, now_utc(), everything=True)] == []
    later = now_utc() + timedelta(hours=2)
    assert [f["name"] for f in due_feeds(db, later, everything=True)] == ["b"]


def test_a_retry_after_of_thirty_digits_is_a_week_not_a_crash(server, db):
    server.routes["/sq.xml"] = lambda h: Reply(429, b"", {"Retry-After": "\u00b2"})  # "²"
    report = poll(db, [feed("s", server.url("/sq.xml"))])  # a digit to str.isdigit only
    assert report.feeds[0].result == "postponed", report.feeds[0].error
    server.routes["/long.xml"] = lambda h: Reply(429, b"", {"Retry-After": "9" * 30})
    report = poll(db, [feed("l", server.url("/long.xml"))])
    assert report.feeds[0].result == "postponed", report.feeds[0].error
    until = feed_by_name(db, "l")["retry_until"]
    week = now_utc() + timedelta(days=7)
    span = [(week + timedelta(minutes=m)).strftime("%Y-%m-%dT%H:%M:%SZ") for m in (-2, 1)]
    assert span[0] <= until <= span[1], (until, span)


def test_503_with_http_date_retry_after(server, db):
    from email.utils import format_datetime

    when = format_datetime(now_utc() + timedelta(hours=3), usegmt=True)
    server.routes["/maint.xml"] = lambda h: Reply(503, b"", {"Retry-After": when})
    report = poll(db, [feed("m", server.url("/maint.xml"))])
    assert report.feeds[0].result == "postponed"


def test_failures_back_off_then_pause_and_resume(server, db):
    from digest.store.feeds import set_status

    server.routes["/err.xml"] = lambda h: Reply(500, b"boom")
    first_next = None
    for i in range(MAX_FAILURES):
        report = poll(db, [feed("e", server.url("/err.xml"), interval=600)])
        row = feed_by_name(db, "e")
        assert row["failures"] == i + 1
        assert "HTTP 500" in row["last_error"]
        if i == 0:
            first_next = row["next_poll_at"]
    assert report.feeds[0].result == "paused"
    assert row["status"] == "paused"
    assert row["next_poll_at"] > first_next  # backoff grew
    assert due_feeds(db, now_utc(), everything=True) == []
    set_status(db, "e", "active")
    assert [f["name"] for f in due_feeds(db, now_utc())] == ["e"]


def test_a_run_where_no_feed_connects_counts_no_failures_against_them(server, db):
    """Offline (every feed failing to connect, on several hosts), the failures are the
    machine's: counted, five such runs (five presses of r in the app) paused every feed,
    and a laptop back from a weekend offline fetched nothing until each was resumed."""
    from datetime import datetime

    from conftest import free_ports

    a, b = free_ports(2)
    down = [
        feed("a", f"http://127.0.0.1:{a}/feed.xml", interval=600),
        feed("b", f"http://127.0.0.2:{b}/feed.xml", interval=600),
    ]
    for _ in range(MAX_FAILURES + 1):
        before = now_utc()
        report = poll(db, down)
        assert [f.result for f in report.feeds] == ["error", "error"]
    for name in ("a", "b"):
        row = feed_by_name(db, name)
        assert (row["status"], row["failures"]) == ("active", 0)
        assert "could not connect" in row["last_error"]  # still shown in `feeds list`
        # polled again after its interval, not after a growing backoff
        due = datetime.fromisoformat(row["next_poll_at"]) - before
        assert timedelta(seconds=600) <= due < timedelta(seconds=660)
    # with one feed answering, the network works: the failure is the feed's own
    up = feed("up", server.static("/up.xml", rss(SAMPLE)))
    poll(db, [*down, up])
    assert feed_by_name(db, "a")["failures"] == feed_by_name(db, "b")["failures"] == 1
    # and two feeds on one host that does not answer are that host's failures
    same = [feed("c", f"http://127.0.0.1:{a}/c.xml"), feed("d", f"http://127.0.0.1:{a}/d.xml")]
    poll(db, same)
    assert feed_by_name(db, "c")["failures"] == feed_by_name(db, "d")["failures"] == 1


def test_only_due_feeds_are_polled(server, db):
    url = server.static("/due.xml", rss(SAMPLE))
    poll(db, [feed("d", url, interval=3600)])
    report = poll(db, [feed("d", url, interval=3600)], everything=False)
    assert report.feeds == []
    assert len(server.hits("/due.xml")) == 1


def test_permanent_redirect_updates_url_temporary_does_not(server, db):
    target = server.static("/new.xml", rss(SAMPLE))
    server.routes["/old.xml"] = lambda h: Reply(301, b"", {"Location": "/new.xml"})
    server.routes["/tmp.xml"] = lambda h: Reply(302, b"", {"Location": "/new.xml"})
    poll(db, [feed("perm", server.url("/old.xml")), feed("temp", server.url("/tmp.xml"))])
    assert feed_by_name(db, "perm")["url"] == target
    assert feed_by_name(db, "temp")["url"] == server.url("/tmp.xml")


def test_redirect_loop_is_a_clear_error(server, db):
    server.routes["/loop.xml"] = lambda h: Reply(302, b"", {"Location": "/loop.xml"})
    report = poll(db, [feed("loop", server.url("/loop.xml"))])
    assert report.feeds[0].result == "error"
    assert "redirects" in report.feeds[0].error


def test_a_redirect_to_a_bad_address_is_a_clear_error_for_that_feed(server, db):
    """httpx refuses a Location it cannot read ("the connection broke", it used to say); one
    with a port over 65535 it passes on, and the socket call failed inside asyncio: an
    "internal error" for the feed."""
    server.routes["/v6.xml"] = lambda h: Reply(302, b"", {"Location": "http://[::1/x.xml"})
    server.routes["/port.xml"] = lambda h: Reply(301, b"", {"Location": "http://127.0.0.1:99999/"})
    report = poll(db, [feed("v6", server.url("/v6.xml")), feed("port", server.url("/port.xml"))])
    errors = {f.name: f.error for f in report.feeds}
    assert errors["v6"] == "redirect refused: Invalid URL in location header: Invalid port: ':1'."
    assert errors["port"] == (
        "redirect refused: 'http://127.0.0.1:99999/' has a port that is not a number from 1 to 65535"
    )
    assert feed_by_name(db, "port")["url"] == server.url("/port.xml")  # a 301 it did not follow


def test_body_cap_enforced_on_decoded_bytes(server, db):
    bomb = gzip_bytes(b"<rss>" + b" " * (8 * 1024 * 1024))
    url = server.static("/bomb.xml", bomb, **{"Content-Encoding": "gzip"})
    small = PollSettings(timeouts=FAST.timeouts, max_body=1024 * 1024)
    report = poll(db, [feed("bomb", url)], settings=small)
    assert report.feeds[0].result == "error"
    assert "larger than 1 MiB" in report.feeds[0].error


def test_drip_server_is_cut_at_the_deadline(server, db):
    server.routes["/drip.xml"] = drip(0.2, 100)
    good = server.static("/good.xml", rss(SAMPLE))
    settings = PollSettings(timeouts=Timeouts(connect=1, read=1, total=1.5))
    t0 = time.monotonic()
    report = poll(
        db, [feed("drip", server.url("/drip.xml")), feed("good", good)], settings=settings
    )
    elapsed = time.monotonic() - t0
    results = {f.name: f for f in report.feeds}
    assert results["drip"].result == "error" and "1.5s" in results["drip"].error
    assert results["good"].new == 3
    assert elapsed < 5


def test_a_stop_from_another_thread_ends_the_run_and_keeps_what_was_stored(server, db):
    """The app's refresh runs a poll in a thread; quitting sets `stop`, which ends the poll as
    Ctrl-C does (the fast feed's items stay; the slow one is polled next time)."""
    server.routes["/drip.xml"] = drip(0.2, 100)
    good = server.static("/good.xml", rss(SAMPLE))
    feeds = [feed("drip", server.url("/drip.xml")), feed("good", good)]
    now = now_utc()
    sync_feeds(db, feeds, now)
    stop = threading.Event()

    def on_feed(report):
        if report.name == "good":
            stop.set()

    due = due_feeds(db, now, everything=True)
    report = run_poll(db, due, settings=FAST, on_feed=on_feed, stop=stop)
    assert report is None
    assert [r["n"] for r in db.query("SELECT count(*) AS n FROM items")] == [3]
    polled = {r["name"]: r["last_polled_at"] for r in db.query("SELECT * FROM feeds")}
    assert polled["good"] is not None and polled["drip"] is None


def test_one_bad_feed_never_costs_the_others(server, db):
    server.routes["/html.xml"] = lambda h: Reply(
        200, b"<!doctype html><html><body>hi</body></html>", {"Content-Type": "text/html"}
    )
    server.routes["/404.xml"] = lambda h: Reply(404)
    server.routes["/407.xml"] = lambda h: Reply(407)  # a proxy no variable names
    good = server.static("/good.xml", rss(SAMPLE))
    report = poll(
        db,
        [
            feed("html", server.url("/html.xml")),
            feed("missing", server.url("/404.xml")),
            feed("intercepted", server.url("/407.xml")),
            feed("good", good),
        ],
    )
    results = {f.name: f for f in report.feeds}
    assert "HTML page" in results["html"].error
    assert "HTTP 404" in results["missing"].error
    assert results["intercepted"].error == (
        "HTTP 407 Proxy Authentication Required (a proxy on the way wants a login: name it in "
        "http_proxy and https_proxy, with user:password@)"
    )
    assert not results["intercepted"].unconnected  # it answered: the machine is online
    assert results["good"].new == 3
    assert feed_by_name(db, "html")["last_error"].startswith("the server sent an HTML page")


def test_connection_refused_is_reported(db):
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    report = poll(db, [feed("down", f"http://127.0.0.1:{port}/feed.xml")])
    assert report.feeds[0].result == "error"
    assert report.feeds[0].error == (
        "could not connect: connection refused (the server is down, or the address is wrong)"
    )


def test_a_host_name_that_does_not_resolve_is_said_so(db, server):
    """A name no DNS knows (.invalid never resolves) is reported as such, not as the
    resolver's own words; the other feed of the run is stored as usual."""
    good = server.static("/good.xml", rss(SAMPLE))
    report = poll(db, [feed("typo", "http://feeds.invalid/x.xml"), feed("good", good)])
    results = {f.name: f for f in report.feeds}
    assert results["typo"].error == (
        "could not connect: the host name feeds.invalid did not resolve "
        "(no network, or a wrong address)"
    )
    assert results["good"].new == len(SAMPLE)


class _OfflineLoop(asyncio.SelectorEventLoop):
    """An event loop on a machine whose DNS server cannot be reached: every lookup of a
    *.test name fails as glibc fails it then (EAI_AGAIN); addresses connect as usual."""

    async def getaddrinfo(self, host, *args, **kwargs):
        if isinstance(host, str) and host.endswith(".test"):
            raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
        return await super().getaddrinfo(host, *args, **kwargs)


def test_no_dns_server_reads_as_a_name_that_did_not_resolve(server, monkeypatch):
    """Offline, glibc says "Temporary failure in name resolution" (EAI_AGAIN), not "Name or
    service not known": both are a name that did not resolve, for the feed's host, the host
    a redirect names, and the proxy's."""
    from digest import fetch

    server.routes["/hop.xml"] = lambda h: Reply(302, b"", {"Location": "http://moved.test/f.xml"})

    async def get(url: str) -> str:
        async with fetch.make_client(Timeouts(2, 2, 5)) as client:
            with pytest.raises(fetch.FetchError) as raised:
                await fetch.get(client, url, timeouts=Timeouts(2, 2, 5), allow_private=True)
        return str(raised.value)

    def offline(url: str) -> str:
        with asyncio.Runner(loop_factory=_OfflineLoop) as runner:
            return runner.run(get(url))

    assert offline("http://feeds.test/f.xml") == (
        "could not connect: the host name feeds.test did not resolve "
        "(no network, or a wrong address)"
    )
    assert offline(server.url("/hop.xml")) == (
        "could not connect: the host name moved.test did not resolve "
        "(no network, or a wrong address)"
    )
    monkeypatch.setenv("https_proxy", "http://proxy.test:3128")
    assert offline("https://feeds.example.org/f.xml") == (
        "could not connect: the proxy proxy.test:3128 (from https_proxy): "
        "its host name did not resolve"
    )


def test_redirect_into_private_network_refused_for_public_feeds(server):
    import asyncio

    import pytest

    from digest import fetch

    server.static("/good.xml", rss(SAMPLE))
    server.routes["/hop.xml"] = lambda h: Reply(302, b"", {"Location": server.url("/good.xml")})

    async def get(allow_private: bool):
        async with fetch.make_client(Timeouts(1, 1, 3)) as client:
            return await fetch.get(
                client,
                server.url("/hop.xml"),
                timeouts=Timeouts(1, 1, 3),
                allow_private=allow_private,
            )

    # A feed configured on a public host (allow_private=False) may not be sent into loopback.
    with pytest.raises(fetch.FetchError, match="refused a redirect to a private address"):
        asyncio.run(get(allow_private=False))
    # A feed configured on a loopback/intranet address may redirect within it.
    assert asyncio.run(get(allow_private=True)).status == 200
    assert fetch.is_private_host("10.1.2.3") and fetch.is_private_host("169.254.169.254")
    assert not fetch.is_private_host("93.184.216.34")


def test_a_host_reuses_its_connections_even_after_304_and_redirects(server, db):
    urls = [server.conditional(f"/r{n}.xml", rss(SAMPLE)) for n in range(6)]
    server.routes["/moved.xml"] = lambda h: Reply(302, b"moved", {"Location": urls[0]})
    feeds = [feed(f"r{n}", u) for n, u in enumerate(urls)]
    feeds.append(feed("moved", server.url("/moved.xml")))
    first = poll(db, feeds)
    assert {f.result for f in first.feeds} == {"ok"}
    again = poll(db, feeds)
    assert {f.result for f in again.feeds} == {"unchanged"}
    assert len(server.requests) == 16  # 7 feeds twice, plus each run's redirect hop
    # One host, at most two connections at once (per_host): each run opens those two and
    # reuses them, 304s and the redirect's body included (an unread one closes them).
    assert len(set(server.peers)) <= 4


def test_idle_host_pools_are_closed_beyond_the_limit():
    import asyncio

    from conftest import FeedServer

    from digest import fetch, transport

    servers = [FeedServer("127.0.0.1"), FeedServer("127.0.0.2")]
    for s in servers:
        s.static("/f.xml", rss(SAMPLE))
        threading.Thread(target=s.httpd.serve_forever, daemon=True).start()

    async def run() -> None:
        timeouts = Timeouts(2, 2, 3)
        async with httpx.AsyncClient(transport=transport.HostPools(1, max_idle_hosts=1)) as client:
            for s in (servers[0], servers[0], servers[1], servers[0]):
                resp = await fetch.get(
                    client, s.url("/f.xml"), timeouts=timeouts, allow_private=True
                )
                assert resp.status == 200 and b"<rss" in resp.body

    try:
        asyncio.run(run())
    finally:
        for s in servers:
            s.httpd.shutdown()
            s.httpd.server_close()
    first = servers[0].peers
    assert len(first) == 3 and first[0] == first[1]  # kept open while it was the only host
    assert first[2] != first[1]  # closed when the second host came: one idle host at most


def test_parse_workers_give_the_same_result_and_clear_errors(server, db):
    from digest.poll import PollSettings

    feeds = [
        feed(
            f"w{n}",
            server.static(f"/w{n}.xml", rss([(f"w{n}-{g}", f"{t} {n}", d) for g, t, d in SAMPLE])),
        )
        for n in range(4)
    ]
    server.routes["/broken.xml"] = lambda h: Reply(
        200, b"<rss><channel><item><title>x", {"Content-Type": "application/xml"}
    )
    feeds.append(feed("broken", server.url("/broken.xml")))
    pooled = PollSettings(timeouts=FAST.timeouts, parse_workers=2)
    report = poll(db, feeds, settings=pooled)
    results = {f.name: f for f in report.feeds}
    assert sum(f.new for f in report.feeds) == 12
    assert results["broken"].result == "error" and "not a readable feed" in results["broken"].error


def test_entries_tagged_in_parse_workers_are_stored_as_tagged_in_process(server, tmp_path):
    """Workers hand back entries with their tags (pickled by field order); what is stored must
    match a run that parses and tags in the fetch process, evidence included."""
    from digest.classify.tagger import Tagger
    from digest.store import open_db

    feeds = [
        feed(f"t{n}", server.static(f"/t{n}.xml", rss([(f"t{n}-{g}", t, d) for g, t, d in SAMPLE])))
        for n in range(3)
    ]
    stored = []
    for workers in (2, 0):
        db = open_db(tmp_path / f"w{workers}.db")
        report = poll(
            db,
            feeds,
            settings=PollSettings(timeouts=FAST.timeouts, parse_workers=workers),
            tagger=Tagger(),
        )
        assert sum(f.new for f in report.feeds) == 9
        items = db.execute(
            "SELECT guid, title, summary, published_at, relevant, relevance FROM items ORDER BY guid"
        ).fetchall()
        tags = db.execute(
            "SELECT i.guid, t.tag, t.score, t.evidence, t.assigned FROM item_tags t "
            "JOIN items i ON i.id = t.item_id ORDER BY i.guid, t.tag"
        ).fetchall()
        stored.append((items, tags))
        db.conn.close()
    (items, tags), in_process = stored
    assert (items, tags) == in_process
    assert {g for g, tag, _, ev, on in tags if tag == "trials" and on and ev != "[]"} >= {"t0-a2"}


_AT_FORK: list[list[str]] = []


def _note_threads_at_fork() -> None:
    if _AT_FORK:
        _AT_FORK[-1].extend(t.name for t in threading.enumerate())


@pytest.mark.skipif(sys.platform == "win32", reason="parse workers are forked")
def test_parse_workers_are_forked_before_the_database_thread_starts(server, db):
    """A lock another thread holds at a fork stays held in the child, so the poll forks
    its workers before it starts its own thread."""
    import os

    os.register_at_fork(before=_note_threads_at_fork)  # once per run of this test
    _AT_FORK.append([])
    try:
        url = server.static("/fork.xml", rss(SAMPLE))
        report = poll(
            db, [feed("fork", url)], settings=PollSettings(timeouts=FAST.timeouts, parse_workers=2)
        )
        seen = _AT_FORK[-1]
    finally:
        _AT_FORK.clear()  # the hook stays registered but notes nothing from now on
    assert report.feeds[0].new == 3
    assert seen and "digest-db" not in seen


def test_a_poll_leaves_the_garbage_collector_as_it_found_it(server, db):
    import gc

    url = server.static("/gc.xml", rss(SAMPLE))
    before = gc.get_threshold(), gc.get_freeze_count()
    report = poll(
        db, [feed("gc", url)], settings=PollSettings(timeouts=FAST.timeouts, parse_workers=2)
    )
    assert report.feeds[0].new == 3
    assert (gc.get_threshold(), gc.get_freeze_count()) == before


@pytest.mark.skipif(sys.platform == "win32", reason="uvloop is not installed on Windows")
def test_a_poll_runs_on_uvloop_where_it_is_installed(server, db):
    url = server.static("/loop.xml", rss(SAMPLE))
    loops = []
    report = poll(
        db,
        [feed("loop", url)],
        on_feed=lambda _report: loops.append(type(asyncio.get_running_loop()).__module__),
    )
    assert report.feeds[0].new == 3
    assert loops and loops[0].startswith("uvloop")


def _tls_server(ca, *names: str):
    """A FeedServer speaking HTTPS with a certificate for 127.0.0.1 (and `names`) from the
    test's own CA."""
    import ssl

    from conftest import FeedServer

    s = FeedServer("127.0.0.1")
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", *names).configure_cert(server_ctx)
    s.httpd.socket = server_ctx.wrap_socket(s.httpd.socket, server_side=True)
    s.base = s.base.replace("http://", "https://")
    threading.Thread(target=s.httpd.serve_forever, daemon=True).start()
    return s


def test_https_feeds_are_read_over_tls_on_one_kept_connection():
    import asyncio
    import ssl

    import trustme

    from digest import fetch

    ca = trustme.CA()
    s = _tls_server(ca)
    s.static("/f.xml", gzip_bytes(rss(SAMPLE)), **{"Content-Encoding": "gzip"})
    trusting = ssl.create_default_context()
    ca.configure_trust(trusting)

    async def run() -> list:
        async with fetch.make_client(Timeouts(2, 2, 5), ssl_context=trusting) as client:
            return [
                await fetch.get(client, s.url("/f.xml"), timeouts=Timeouts(2, 2, 5),
                                allow_private=True)
                for _ in range(2)
            ]  # fmt: skip

    try:
        first, second = asyncio.run(run())
    finally:
        s.httpd.shutdown()
        s.httpd.server_close()
    assert first.status == second.status == 200
    assert first.body == second.body == rss(SAMPLE)  # decoded, whole
    assert len(s.peers) == 2 and s.peers[0] == s.peers[1]  # one TLS connection, reused


def test_an_untrusted_certificate_is_a_clear_error_and_the_run_goes_on(server, db):
    import trustme

    ca = trustme.CA()  # trusted by nobody: the fetcher uses the system's authorities
    s = _tls_server(ca)
    s.static("/f.xml", rss(SAMPLE))
    good = server.static("/good.xml", rss(SAMPLE))
    try:
        report = poll(db, [feed("selfsigned", s.url("/f.xml")), feed("good", good)])
    finally:
        s.httpd.shutdown()
        s.httpd.server_close()
    results = {f.name: f for f in report.feeds}
    assert results["selfsigned"].result == "error"
    assert results["selfsigned"].error == (  # issued by a CA nobody here trusts
        "could not connect: the server's certificate could not be verified: "
        "unable to get local issuer certificate"
    )
    assert results["good"].result == "ok" and results["good"].new == len(SAMPLE)
    assert s.requests == []  # nothing was sent over the unverified connection


def test_a_connection_the_server_closed_while_idle_is_not_reused(server):
    import asyncio

    from digest import fetch

    def hang_up_after(h):
        h.send(Reply(200, rss(SAMPLE), {"Content-Type": "application/rss+xml"}))
        h.close_connection = True  # closed without saying so ("Connection: close" not sent)

    server.routes["/f.xml"] = hang_up_after

    async def run() -> list:
        async with fetch.make_client(Timeouts(2, 2, 5)) as client:
            out = []
            for _ in range(3):
                reply = await fetch.get(
                    client, server.url("/f.xml"), timeouts=Timeouts(2, 2, 5), allow_private=True
                )
                out.append(reply)
                await asyncio.sleep(0.1)  # the server's FIN arrives while the connection idles
            return out

    replies = asyncio.run(run())
    assert [r.status for r in replies] == [200, 200, 200]
    assert len(set(server.peers)) == 3  # a new connection each time, no failed request


def test_a_parse_skips_the_work_for_entries_the_feed_already_sent_as_they_are(monkeypatch):
    from digest import poll as poll_mod
    from digest.classify import Classifier, default_model
    from digest.normalize import content_hash

    monkeypatch.setattr(poll_mod, "_CLASSIFIER", Classifier(default_model()))
    body = rss(SAMPLE)
    first = poll_mod.prepare_feed(body, {}, "https://feed.example.org/")
    again = poll_mod.prepare_feed(
        body, {}, "https://feed.example.org/", frozenset({first.entries[0].digest})
    )
    e0 = first.entries[0]
    assert e0.digest == content_hash(e0.title, e0.summary, e0.content, e0.url or "")
    # seen as it is: nothing computed, and only its hash comes back (for feeds.entry_hashes)
    assert again.unchanged == [e0.digest]
    assert [e.guid for e in again.entries] == [e.guid for e in first.entries[1:]]
    assert all(e.bands and e.verdict for e in again.entries)
    assert all(e.bands and e.verdict for e in first.entries) and first.unchanged == []


def test_the_poller_hands_the_parse_what_the_feed_sent_last_time(server, db, monkeypatch):
    from digest import poll as poll_mod

    calls = []
    real = poll_mod.prepare_feed

    def recording(body, headers, url, seen=frozenset()):
        calls.append(seen)
        return real(body, headers, url, seen)

    monkeypatch.setattr(poll_mod, "prepare_feed", recording)
    url = server.static("/seen.xml", rss(SAMPLE))
    poll(db, [feed("seen", url)])
    server.static("/seen.xml", rss(SAMPLE, title="Renamed feed"))  # new bytes, same entries
    report = poll(db, [feed("seen", url)])
    assert report.feeds[0].result == "ok" and report.feeds[0].new == 0
    assert [len(c) for c in calls] == [0, len(SAMPLE)]


def test_a_changed_feed_stores_what_a_full_parse_would(server, tmp_path):
    """A feed that gained an item and changed another: the parse skips the entries it sent
    before as they were, and the archive ends up exactly as when nothing is skipped."""
    from digest.classify.tagger import Tagger
    from digest.store import open_db

    v1 = SAMPLE
    v2 = [("a0", "Cord blood bank licence suspended by the health ministry", "The bank may"
           " not collect new units.")] + [(g, t, d + " Updated.") if g == SAMPLE[1][0] else (g, t, d)
                                          for g, t, d in SAMPLE]  # fmt: skip
    stored = []
    for skip in (True, False):
        server.routes.pop("/changing.xml", None)
        url = server.static("/changing.xml", rss(v1))
        db = open_db(tmp_path / f"skip{skip}.db")
        settings = PollSettings(timeouts=FAST.timeouts, parse_workers=2)
        poll(db, [feed("changing", url)], settings=settings, tagger=Tagger())
        hashes = db.execute("SELECT entry_hashes FROM feeds").fetchone()[0]
        assert len(hashes.split()) == len(v1)
        if not skip:
            db.execute("UPDATE feeds SET entry_hashes = NULL")
        server.static("/changing.xml", rss(v2))
        report = poll(db, [feed("changing", url)], settings=settings, tagger=Tagger())
        assert (report.feeds[0].new, report.feeds[0].updated) == (1, 1)
        items = db.execute(
            "SELECT guid, title, summary, relevant, relevance, story_id FROM items ORDER BY guid"
        ).fetchall()
        tags = db.execute(
            "SELECT i.guid, t.tag, t.score, t.evidence, t.assigned FROM item_tags t "
            "JOIN items i ON i.id = t.item_id ORDER BY i.guid, t.tag"
        ).fetchall()
        keys = db.execute("SELECT count(*) FROM story_keys").fetchone()[0]
        hashes = db.execute("SELECT entry_hashes FROM feeds").fetchone()[0]
        stored.append((items, tags, keys, len(hashes.split())))
        db.conn.close()
    assert stored[0] == stored[1]
    items, tags, keys, n_hashes = stored[0]
    assert n_hashes == len(v2) and keys > 0
    assert any(g == "a0" and tag == "regulation" and on for g, tag, _, _, on in tags)


def test_feeds_are_fetched_through_the_proxy_the_environment_names(
    server, db, tmp_path, monkeypatch
):
    """Behind a company proxy the machine cannot resolve feed hosts itself: http feeds go to
    the proxy as absolute URLs, https ones through a CONNECT tunnel, checked against the
    company's own authority (SSL_CERT_FILE), with the proxy's password from the variable."""
    import base64

    import trustme
    from conftest import ForwardProxy

    ca = trustme.CA()
    tls = _tls_server(ca, "feeds.test")
    tls.static("/s.xml", rss(SAMPLE[:2]))
    server.static("/f.xml", rss(SAMPLE))
    ca.cert_pem.write_to_path(str(tmp_path / "company-ca.pem"))
    login = "Basic " + base64.b64encode(b"ann:p@ss").decode()
    proxy = ForwardProxy(
        {("feeds.test", 80): server.httpd.server_address,
         ("feeds.test", 443): tls.httpd.server_address,
         ("other.test", 443): tls.httpd.server_address},  # its certificate is feeds.test's
        login,
    )  # fmt: skip
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "company-ca.pem"))
    monkeypatch.setenv("HTTPS_PROXY", "http://nobody@127.0.0.1:9")  # the lowercase one wins
    monkeypatch.setenv("https_proxy", proxy.url.replace("//", "//ann:p%40ss@"))
    monkeypatch.setenv("http_proxy", proxy.url.replace("http://", "ann:p%40ss@"))  # no scheme
    monkeypatch.setenv("no_proxy", "intranet.example.org")
    try:
        report = poll(db, [feed("plain", "http://feeds.test/f.xml"),
                           feed("tls", "https://feeds.test/s.xml"),
                           feed("nowhere", "https://gone.test/x.xml"),
                           feed("mismatch", "https://other.test/s.xml")])  # fmt: skip
        results = {f.name: f for f in report.feeds}
        assert (results["plain"].result, results["plain"].new) == ("ok", len(SAMPLE))
        assert results["tls"].result == "ok"  # its two items are the plain feed's too
        assert results["nowhere"].error == (
            f"could not connect: the proxy {proxy.url[7:]} (from https_proxy): "
            "it answered 502 Bad Gateway"
        )
        # the tunnel was open: the feed's server, not the proxy, failed the TLS check
        assert results["mismatch"].error == (
            "could not connect: the server's certificate could not be verified: Hostname "
            "mismatch, certificate is not valid for 'other.test'."
        )
        assert sorted(proxy.seen) == [
            ("CONNECT", "feeds.test:443", login),
            ("CONNECT", "gone.test:443", login),
            ("CONNECT", "other.test:443", login),
            ("GET", "http://feeds.test/f.xml", login),
        ]
        assert [p for p, _ in tls.requests] == ["/s.xml"]  # reached through the proxy alone
        assert [p for p, _ in server.requests] == ["/f.xml"]
        # a proxy that wants a password it was not given says so, and names the variable
        # to put it in: for a tunnel (https) and for a forwarded request (http) alike
        for name in ("https_proxy", "http_proxy", "HTTPS_PROXY"):
            monkeypatch.delenv(name)
        monkeypatch.setenv("all_proxy", proxy.url)
        report = poll(db, [feed("tls", "https://feeds.test/s.xml"),
                           feed("plain", "http://feeds.test/f.xml")])  # fmt: skip
        assert {f.name: f.error for f in report.feeds} == {
            name: f"could not connect: the proxy {proxy.url[7:]} (from all_proxy): it answered "
            "407 Proxy Authentication Required (it wants a user and password: user:password@ "
            "in all_proxy)"
            for name in ("tls", "plain")
        }
        assert report.totals()["proxy"] == f"the proxy {proxy.url[7:]} (from all_proxy)"
        assert len(proxy.seen) == 6  # each asked once: a 407 is not retried
    finally:
        proxy.close()
        tls.httpd.shutdown()
        tls.httpd.server_close()
    # the proxy down: every feed says which proxy could not be reached, and so does the run
    monkeypatch.delenv("all_proxy")
    monkeypatch.setenv("https_proxy", proxy.url)
    monkeypatch.setenv("http_proxy", proxy.url)
    report = poll(
        db, [feed("tls", "https://feeds.test/s.xml"), feed("plain", "http://feeds.test/f.xml")]
    )
    down = {f.name: f.error for f in report.feeds}
    assert down["tls"] == (
        f"could not connect: the proxy {proxy.url[7:]} (from https_proxy): connection refused"
    )
    assert down["plain"].startswith(
        f"could not connect: the proxy {proxy.url[7:]} (from http_proxy)"
    )
    assert report.totals()["proxy"] == f"the proxy {proxy.url[7:]} (from http_proxy, https_proxy)"


def test_which_feeds_go_through_a_proxy():
    from digest.transport import Proxies

    env = {"ALL_PROXY": "proxy.corp:3128", "no_proxy": "intranet.example.org, .lab.test"}
    proxies = Proxies(env)
    assert proxies.for_url("https", "www.fda.gov").url == "http://proxy.corp:3128"
    assert proxies.for_url("http", "www.fda.gov").source == "ALL_PROXY"
    for host in ("intranet.example.org", "feeds.lab.test", "127.0.0.1", "::1", "localhost"):
        assert proxies.for_url("https", host) is None, host  # no_proxy, and loopback always
    assert not Proxies({}) and Proxies({}).for_url("https", "www.fda.gov") is None
    assert Proxies({"no_proxy": "*", "https_proxy": "p:1"}).for_url("https", "x.org") is None


@pytest.mark.parametrize(
    ("env", "message"),
    [
        (
            {"https_proxy": "socks5://proxy.corp:1080"},
            "https_proxy: socks5 proxies are not supported",
        ),
        ({"HTTP_PROXY": "http://proxy.corp:99999"}, "HTTP_PROXY: is not a proxy address"),
        ({"all_proxy": "http://:3128"}, "all_proxy: is not a proxy address"),
    ],
)
def test_a_proxy_variable_that_cannot_be_used_is_a_clear_error(env, message):
    from digest.errors import ConfigError
    from digest.transport import Proxies

    with pytest.raises(ConfigError) as err:
        Proxies(env)
    assert err.value.message == message and "http://proxy.example.org:3128" in err.value.hint


def test_an_unreadable_certificate_file_is_a_clear_error(tmp_path, monkeypatch):
    from digest import fetch
    from digest.errors import ConfigError

    (tmp_path / "not-pem.crt").write_text("hello", encoding="utf-8")
    for path, why in [
        (tmp_path / "missing.pem", ": No such file or directory"),
        (tmp_path / "not-pem.crt", ": no certificate or crl found"),  # OpenSSL's codes left out
    ]:
        monkeypatch.setenv("SSL_CERT_FILE", str(path))
        with pytest.raises(ConfigError) as err:
            fetch.make_client(Timeouts(2, 2, 5))
        said = err.value.message
        assert said.startswith(f"SSL_CERT_FILE: '{path}' cannot be read as certificate")
        assert said.endswith(why) and "unset it" in err.value.hint
