"""A source cannot send us into the private network through an article link, and a full
disk stops the run with a clear error instead of failing feed after feed."""

from __future__ import annotations

import asyncio

import pytest
from conftest import FAST, poll, rss

from digest.config import FeedConfig
from digest.errors import StoreError
from digest.poll import _Poller
from digest.store import now_utc


def test_article_links_into_private_addresses_are_not_followed(server, db):
    url = server.static(
        "/article", b"<html><body><p>secret intranet page</p></body></html>", "text/html"
    )
    poller = _Poller(db, None, FAST, now_utc, None)
    # a feed on a public host (allow_private=False) links to a loopback article
    assert asyncio.run(poller.fetch_article(url, allow_private=False)) is None
    assert server.hits("/article") == [], "refused before any request was made"
    for link in (
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.7/admin",
        "http://[::1]/x",
    ):
        assert asyncio.run(poller.fetch_article(link, allow_private=False)) is None


def test_a_full_disk_stops_the_run_with_a_clear_error(server, db):
    items = [(f"g{i}", f"Stem cell item {i}", "A lede " * 200) for i in range(300)]
    url = server.static("/big.xml", rss(items))
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 20}")  # SQLite's own 'disk full'
    with pytest.raises(StoreError) as got:
        poll(db, [FeedConfig(name="Big", url=url)])
    assert "disk is full" in got.value.message and got.value.hint
    assert db.execute("SELECT count(*) FROM items").fetchone()[0] == 0, "nothing half-written"
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
