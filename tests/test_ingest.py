"""Ingest: one item per article, updates in place, stable first-seen times, stories."""

from __future__ import annotations

import os
import zlib
from datetime import UTC, datetime, timedelta

from conftest import SAMPLE, poll, rss
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest import stories
from digest.config import FeedConfig
from digest.store.items import count_items, items_sharing_keys, query_items, story_sources


def test_same_guid_twice_is_one_item_and_updates_in_place(server, db):
    url = server.static("/f.xml", rss(SAMPLE))
    poll(db, [FeedConfig("f", url)])
    changed = [(g, t + " (updated)", d) for g, t, d in SAMPLE[:1]] + SAMPLE[1:]
    server.static("/f.xml", rss(changed))
    report = poll(db, [FeedConfig("f", url)])
    assert (report.feeds[0].new, report.feeds[0].updated) == (0, 1)
    rows = query_items(db, include_irrelevant=True, limit=None)
    assert len(rows) == 3
    assert any(r["title"].endswith("(updated)") for r in rows)


def test_same_url_in_two_feeds_is_one_item_with_two_sources(server, db):
    a = server.static("/a.xml", rss(SAMPLE, title="A"))
    # same article links, the second feed's own guids
    b = server.static("/b.xml", rss(SAMPLE, title="B").replace(b"false'>a", b"false'>b-guid-a"))
    report = poll(db, [FeedConfig("A", a), FeedConfig("B", b)])
    assert sum(f.new for f in report.feeds) == 3
    assert count_items(db, include_irrelevant=True) == 3
    n = db.execute("SELECT count(*) FROM item_sources").fetchone()[0]
    assert n == 6


def test_a_feed_listing_an_article_twice_stores_it_once(server, db):
    first = ("dup", "MSC approval, first wording", "The agency approved it.")
    again = ("dup", "MSC approval, second wording", "The agency approved it today.")
    other_guid = ("dup-2", "MSC approval, third wording", "Same link, another guid.")
    body = rss([first, again, other_guid]).replace(b"/dup-2<", b"/dup<")  # dup-2 links /dup
    url = server.static("/f.xml", body)
    report = poll(db, [FeedConfig("f", url)])
    assert report.feeds[0].new == 1
    rows = query_items(db, include_irrelevant=True, limit=None)
    assert len(rows) == 1 and rows[0]["title"] == "MSC approval, third wording"
    assert db.execute("SELECT count(*) FROM item_sources").fetchone()[0] == 2  # two guids
    db.execute("INSERT INTO items_search (items_search) VALUES ('integrity-check')")


def test_tracking_parameters_do_not_split_an_article(server, db):
    body = rss([("x", "Stem cell bank opens new site", "Lede.")]).replace(
        b"https://news.example.org/x",
        b"https://news.example.org/x?utm_source=rss&amp;utm_campaign=y",
    )
    url = server.static("/t.xml", body)
    poll(db, [FeedConfig("t", url)])
    (row,) = query_items(db, include_irrelevant=True)
    assert row["url"] == "https://news.example.org/x"


def test_missing_date_is_first_seen_and_never_moves(server, db):
    body = b'<rss version="2.0"><channel><title>n</title><item><guid>nd</guid><title>Undated stem cell item</title><description>x</description></item></channel></rss>'
    url = server.static("/nd.xml", body)
    t1 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    poll(db, [FeedConfig("nd", url)], clock=lambda: t1)
    server.static("/nd.xml", body.replace(b"<description>x", b"<description>x changed"))
    poll(db, [FeedConfig("nd", url)], clock=lambda: t1 + timedelta(hours=5))
    (row,) = query_items(db, include_irrelevant=True)
    assert row["published_at"] == "2026-11-20T08:00:00Z"
    assert row["published_from"] == "first_seen"
    assert row["summary"] == "x changed"


def test_a_date_in_year_one_is_not_kept(server, db):
    """A broken feed's year 1 would be no date at all to a reader west of UTC (Python's
    calendar starts there): the item counts as published when first seen."""
    from digest.periods import local_time, zone

    body = rss([("y1", "Old stem cell news", "x")]).replace(
        b"Mon, 16 Nov 2026 09:00:00 GMT", b"Mon, 01 Jan 0001 00:00:00 GMT"
    )
    t1 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    poll(db, [FeedConfig("y1", server.static("/y1.xml", body))], clock=lambda: t1)
    (row,) = query_items(db, include_irrelevant=True)
    assert (row["published_at"], row["published_from"]) == ("2026-11-20T08:00:00Z", "first_seen")
    # and one stored by an older version still shows, in UTC
    assert local_time("0001-01-01T00:00:00Z", zone("America/New_York")).year == 1


def test_near_identical_story_from_two_sources_is_grouped(server, db):
    a = server.static(
        "/a.xml",
        rss(
            [
                (
                    "s1",
                    "Japan approves first iPS cell therapy for heart failure",
                    "The health ministry granted conditional approval to heart muscle sheets made from iPS cells.",
                )
            ]
        ),
    )
    b = server.static(
        "/b.xml",
        rss(
            [
                (
                    "s2",
                    "Japan approves first iPS cell therapy for heart failure patients",
                    "The health ministry granted conditional approval to heart muscle sheets made from iPS cells, officials said.",
                )
            ]
        ).replace(b"/s1", b"/s2"),
    )
    c = server.static(
        "/c.xml",
        rss(
            [
                (
                    "s3",
                    "Battery maker opens fuel cell plant in Ohio",
                    "Unrelated news about cells of another kind.",
                )
            ]
        ),
    )
    poll(db, [FeedConfig("A", a), FeedConfig("B", b), FeedConfig("C", c)])
    rows = query_items(db, include_irrelevant=True, limit=None)
    by_title = {r["title"]: r for r in rows}
    heart = [r for r in rows if "iPS" in r["title"]]
    assert len(heart) == 2 and heart[0]["story_id"] == heart[1]["story_id"]
    assert (
        by_title["Battery maker opens fuel cell plant in Ohio"]["story_id"] != heart[0]["story_id"]
    )
    assert {s["feed"] for s in story_sources(db, heart[0]["story_id"])} == {"A", "B"}


def test_javascript_links_are_never_stored(server, db):
    body = rss([("js", "Stem cell item with a bad link", "x")]).replace(
        b"https://news.example.org/js", b"javascript:alert(1)"
    )
    poll(db, [FeedConfig("js", server.static("/js.xml", body))])
    (row,) = query_items(db, include_irrelevant=True)
    assert row["url"] is None


def test_a_guid_that_is_no_address_is_not_made_the_item_link(server, db):
    """RSS reads a <guid> as the item's address unless isPermaLink="false": "post-88" with no
    <link> became <feed's folder>/post-88, a page that never existed, opened from the app and
    linked from the digest. A guid that is an address is still the link."""
    body = (
        b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>W</title>'
        b"<link>https://wire.example.org/</link>"
        b"<item><title>Stem cell bank opens</title><guid>post-88</guid></item>"
        b"<item><title>Cord blood trial doses</title><guid>https://wire.example.org/p/9</guid>"
        b"</item></channel></rss>"
    )
    for route in ("/rss/wire.xml", "/rss/wire-feedparser.xml"):  # fast path, then feedparser
        kind = "application/rss+xml" if "parser" not in route else "text/plain"
        poll(db, [FeedConfig(route, server.static(route, body, kind))])
    rows = query_items(db, include_irrelevant=True)
    assert {(r["title"], r["url"]) for r in rows} == {
        ("Stem cell bank opens", None),
        ("Cord blood trial doses", "https://wire.example.org/p/9"),
    }, rows


def test_content_location_does_not_move_relative_addresses(server, db):
    """feedparser resolves a relative guid and link against a Content-Location header; HTTP
    resolves them against the address asked for. A CDN node that names itself there gave
    each poll's items new guids and links: one article stored twice, linked to a mirror."""
    body = (
        b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        b"<title>W</title><id>urn:w</id><updated>2026-11-30T00:00:00Z</updated>"
        b"<entry><id>post-1</id><title>Stem cell bank opens a lab</title>"
        b'<link href="post-1.html"/><updated>2026-11-30T00:00:00Z</updated></entry></feed>'
    )
    for node in ("a", "b"):
        where = f"https://node-{node}.cdn.example.net/feeds/w.xml"
        url = server.static(
            "/feeds/w.xml", body, "application/atom+xml", **{"Content-Location": where}
        )
        poll(db, [FeedConfig("w", url)])
    rows = query_items(db, include_irrelevant=True)
    assert [(r["guid"], r["url"]) for r in rows] == [
        ("post-1", url.replace("w.xml", "post-1.html"))
    ]


def test_search_uses_full_text_index(server, db):
    poll(db, [FeedConfig("f", server.static("/f.xml", rss(SAMPLE)))])
    assert [r["title"] for r in query_items(db, search="cartil*")] == [SAMPLE[0][1]]
    assert query_items(db, search="cartil") == []
    assert [r["title"] for r in query_items(db, search="cartil", search_prefix=True)] == [
        SAMPLE[0][1]
    ]
    assert query_items(db, search='phase AND OR NEAR( "unclosed') is not None  # operators are words
    assert [r["title"] for r in query_items(db, search='"reverse aging"')] == [SAMPLE[2][1]]
    assert query_items(db, search="parkinson's") and not query_items(db, search="zebrafish")
    # a leading - leaves out a word or a phrase
    trials = {r["title"] for r in query_items(db, search="trial")}
    assert len(trials) >= 2
    assert {r["title"] for r in query_items(db, search="trial -cartilage")} == trials - {
        SAMPLE[0][1]
    }
    assert {r["title"] for r in query_items(db, search='trial -"knee cartilage" -zebrafish')} == (
        trials - {SAMPLE[0][1]}
    )
    # Left-out terms alone list everything else (FTS5 cannot run NOT on its own; this was
    # once no search at all, so `items --search -cartilage` listed the cartilage item too).
    every = {r["title"] for r in query_items(db)}
    assert {r["title"] for r in query_items(db, search="-cartilage")} == every - {SAMPLE[0][1]}
    assert {r["title"] for r in query_items(db, search='-"knee cartilage" -trial')} == (
        every - trials - {SAMPLE[0][1]}
    )
    assert count_items(db, search="-cartilage") == len(every) - 1
    assert {r["title"] for r in query_items(db, search="-zebrafish")} == every


def test_search_pages_come_in_published_order_and_follow_date_changes(db, db_path):
    from digest.store import open_db, write
    from digest.store.items import query_items

    with write(db):
        fid = (
            db["feeds"]
            .insert(
                {"name": "F", "url": "u", "config_url": "u", "created_at": "2026-01-01T00:00:00Z"}
            )
            .last_pk
        )
        for n, day in enumerate([5, 1, 9, 3]):
            db.execute(
                "INSERT INTO items (feed_id, guid, url, title, summary, published_at, first_seen_at,"
                " updated_at, content_hash) VALUES (?,?,?,?,?,?,?,?,?)",
                [fid, f"g{n}", f"https://x/{n}", f"Organoid news {day}", "", f"2026-11-0{day}T09:00:00Z",
                 "2026-11-10T00:00:00Z", "2026-11-10T00:00:00Z", str(n)],
            )  # fmt: skip
    # Rows written by hand, without a search_key: keyed and indexed when the archive opens.
    assert query_items(db, search="organoid") == []
    db.conn.close()
    db = open_db(db_path)
    titles = [r["title"] for r in query_items(db, search="organoid")]
    assert titles == ["Organoid news 9", "Organoid news 5", "Organoid news 3", "Organoid news 1"]
    with write(db):  # a corrected date moves the item; a changed title is searchable at once
        db.execute(
            "UPDATE items SET published_at = '2026-11-30T00:00:00Z', title = 'Organoid update' WHERE guid = 'g1'"
        )
    titles = [r["title"] for r in query_items(db, search="organoid")]
    assert titles[0] == "Organoid update" and len(titles) == 4
    assert [r["title"] for r in query_items(db, search="update")] == ["Organoid update"]
    assert query_items(db, search="news 1") == []
    db.execute("INSERT INTO items_search (items_search) VALUES ('integrity-check')")
    db.conn.close()


HEART = (
    "Japan approves first iPS cell therapy for heart failure",
    "The health ministry granted conditional approval to heart muscle sheets made from iPS cells.",
)
HEART_AGAIN = (
    "Japan approves first iPS cell therapy for heart failure patients",
    "The health ministry granted conditional approval to heart muscle sheets made from iPS cells, officials said.",
)


def _stories(db) -> dict[int, tuple[int, int]]:
    """story id -> (stored item_count, items that point at it)"""
    rows = db.execute(
        "SELECT s.id, s.item_count, (SELECT count(*) FROM items i WHERE i.story_id = s.id) "
        "FROM stories s"
    ).fetchall()
    return {sid: (count, actual) for sid, count, actual in rows}


def test_one_feed_carrying_a_story_twice_groups_it_in_the_same_batch(server, db):
    url = server.static(
        "/one.xml",
        rss([("h1", *HEART), ("x1", "Cord blood bank expands in Seoul", "A new site."),
             ("h2", *HEART_AGAIN)]),
    )  # fmt: skip
    poll(db, [FeedConfig("one", url)])
    rows = {r["title"]: r for r in query_items(db, include_irrelevant=True, limit=None)}
    assert rows[HEART[0]]["story_id"] == rows[HEART_AGAIN[0]]["story_id"]
    assert rows["Cord blood bank expands in Seoul"]["story_id"] != rows[HEART[0]]["story_id"]
    stories = _stories(db)
    assert all(count == actual for count, actual in stories.values()), stories
    assert stories[rows[HEART[0]]["story_id"]] == (2, 2)
    lead = db.execute(
        "SELECT lead_item_id FROM stories WHERE id = ?", [rows[HEART[0]]["story_id"]]
    ).fetchone()[0]
    assert lead == rows[HEART[0]]["id"]  # the first one seen leads


def test_a_later_poll_joins_the_story_stored_earlier(server, db):
    a = server.static("/a.xml", rss([("h1", *HEART)]))
    poll(db, [FeedConfig("A", a)])
    b = server.static("/b.xml", rss([("h2", *HEART_AGAIN)]))
    poll(db, [FeedConfig("A", a), FeedConfig("B", b)])
    rows = query_items(db, include_irrelevant=True, limit=None)
    assert len(rows) == 2 and rows[0]["story_id"] == rows[1]["story_id"]
    assert rows[0]["story_size"] == 2
    assert all(count == actual for count, actual in _stories(db).values())


def test_a_story_late_in_a_long_feed_still_finds_the_stored_copy(server, db):
    """A feed's new items are looked up in groups (store.items._ITEMS_PER_QUERY); the copy
    of a stored story sits past the first group."""
    a = server.static("/a.xml", rss([("h1", *HEART)]))
    poll(db, [FeedConfig("A", a)])
    fillers = [
        (f"f{n}", f"Regional briefing {n}: clinic {n * 7} notes", f"Item {n} of a long list.")
        for n in range(250)
    ]
    b = server.static("/b.xml", rss([*fillers, ("h2", *HEART_AGAIN)]))
    poll(db, [FeedConfig("A", a), FeedConfig("B", b)])
    rows = {r["title"]: r for r in query_items(db, include_irrelevant=True, limit=None)}
    assert len(rows) == 252
    assert rows[HEART[0]]["story_id"] == rows[HEART_AGAIN[0]]["story_id"]
    assert _stories(db)[rows[HEART[0]]["story_id"]] == (2, 2)


def test_only_items_sharing_two_keys_come_back_as_candidates(db):
    db.execute("PRAGMA foreign_keys = OFF")  # keys alone: no items needed to count them
    db["story_keys"].insert_all(
        [{"key": k, "item_id": i} for i, keys in {1: [10, 11], 2: [10], 3: [11, 12, 13]}.items()
         for k in keys]
    )  # fmt: skip
    lists = [[10, 11, 12], [99], [10]] * 150  # more lists than one query takes
    found = items_sharing_keys(db, lists, 2)
    assert found[:3] == [{1: 2, 3: 2}, {}, {}]
    assert found == found[:3] * 150


def test_new_items_are_searchable_whoever_inserts_them(server, db, db_path):
    from digest.store import open_db

    url = server.static("/s.xml", rss(SAMPLE))
    poll(db, [FeedConfig("s", url)])
    # A writer that leaves search_key out (the sqlite3 shell, a script): since schema 0007
    # its rows are keyed and indexed the next time the archive is opened.
    db.execute(
        "INSERT INTO items (feed_id, guid, url, title, published_at, first_seen_at, updated_at,"
        " content_hash) VALUES (1, 'by-hand', 'https://x.example/h', 'Mesoblast files BLA',"
        " '2026-11-17T10:00:00Z', '2026-11-17T10:00:00Z', '2026-11-17T10:00:00Z', 'h')"
    )
    assert count_items(db, include_irrelevant=True, search="mesoblast") == 0
    db.conn.close()
    db = open_db(db_path)
    assert count_items(db, include_irrelevant=True, search="mesoblast") == 1
    assert count_items(db, include_irrelevant=True, search="cartilage") == 1
    keys = db.execute("SELECT id, published_at, search_key FROM items").fetchall()
    for item_id, published, key in keys:
        stamp = datetime.fromisoformat(published.replace("Z", "+00:00")).timestamp()
        assert key == int(stamp) * 10**9 + item_id
    db.execute("INSERT INTO items_search (items_search) VALUES ('integrity-check')")
    db.conn.close()


def test_story_hashes_are_the_same_in_every_process():
    """Stored story keys are compared with keys computed in later runs, so band_hashes may
    depend on nothing that varies by process (Python's string hash is seeded per process)."""
    import subprocess
    import sys

    texts = [
        ("Korea clears phase 2 trial of cord blood cells", "Three university hospitals."),
        ("干细胞临床研究备案新规发布", "医疗机构开展干细胞临床研究前须完成备案。"),
        ("Mesoblast", "Ryoncil approved"),  # few word pairs: most bins borrow (densification)
    ]
    here = [stories.band_hashes(*t) for t in texts]
    code = f"from digest import stories; print([stories.band_hashes(*t) for t in {texts!r}])"
    for seed in ("1", "2"):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout  # fmt: skip
        assert out.strip() == repr(here)
    assert all(len(h) == stories.BANDS for h in here[:2]) and here[2] == []


def test_every_band_gets_a_value_from_the_texts_own_word_pairs():
    """With fewer word pairs than bins, empty bins borrow a row from a filled one: every
    band's two rows are rows some word pair of the text gave, and a reprint with the same
    pairs gets the same bands."""
    title, summary = (
        "Cord blood bank opens in Lisbon",
        "Public bank for umbilical cord blood units.",
    )
    pairs = stories.shingles(stories.story_text(title, summary))
    assert 3 <= len(pairs) < 2 * stories.BANDS
    possible = {zlib.crc32(p.encode()) >> 16 for p in pairs}
    bands = stories.band_hashes(title, summary)
    assert len(bands) == stories.BANDS
    assert {b >> 16 for b in bands} | {b & 0xFFFF for b in bands} <= possible
    assert stories.band_hashes(title.upper(), summary) == bands


def test_the_two_looked_up_periods_hold_every_day_within_the_story_window():
    """Story keys are bucketed by 14-day period and a new item looks up two periods: the keys
    of every item published within stories.WINDOW of it, on either side, must be among them."""
    from datetime import date, timedelta

    hashes = stories.band_hashes(
        "Korea clears phase 2 trial of cord blood cells", "Three university hospitals take part."
    )
    start = date(2026, 1, 1)
    for n in range(60):  # sixty consecutive days: every position within a period, four times
        day = start + timedelta(days=n)
        own, looked_up = stories.story_keys(hashes, f"{day}T12:00:00Z")
        assert len(looked_up) == 2 * len(hashes) and set(own) <= set(looked_up)
        for offset in range(-stories.WINDOW.days, stories.WINDOW.days + 1):
            other = day + timedelta(days=offset)
            other_own, _ = stories.story_keys(hashes, f"{other}T23:59:00Z")
            assert set(other_own) <= set(looked_up), (day, offset)


CJK_ITEMS = [
    (
        "zh",
        "干细胞临床研究备案新规发布，强调细胞来源可追溯",
        "医疗机构开展干细胞临床研究前须完成备案。",
    ),
    (
        "ja",
        "iPS細胞から作った網膜シートの移植、臨床研究で1例目",
        "網膜色素変性症の患者に移植した。",
    ),
    ("ko", "식약처, 줄기세포치료제 임상시험 승인", "제대혈 유래 줄기세포를 이용한 임상 2상이다."),
    ("th", "โรงพยาบาลเริ่มทดลองเซลล์ต้นกำเนิดในผู้ป่วยข้อเข่า", "การทดลองระยะที่สองเริ่มแล้ว"),
    ("en", "Stem cell clinic fined", "The regulator fined a clinic in Osaka."),
]


def test_words_inside_chinese_japanese_korean_and_thai_text_are_found(server, db, db_path):
    """Such text has no spaces between words, so SQLite's tokenizer took a whole run for one
    word and 干细胞 found nothing; now any part of a run is found, alone or with other words,
    typed so far (search as you type), after an edit, and in rows another writer added."""
    from digest.store import open_db, write
    from digest.store.items import update_item

    url = server.static("/cjk.xml", rss(CJK_ITEMS))
    poll(db, [FeedConfig("asia", url)])

    def found(q: str, **kw) -> list[str]:
        return [r["guid"] for r in query_items(db, search=q, include_irrelevant=True, **kw)]

    assert found("干细胞") == ["zh"]  # the head of a run
    assert found("细胞") == ["zh"] and found("源") == ["zh"]  # inside it, one character
    assert found("胞") == ["ja", "zh"]  # 細胞 (Japanese) and 细胞 (simplified) share it
    assert found("追溯") == ["zh"]  # its end
    assert found("iPS細胞") == ["ja"] and found("網膜") == ["ja"] and found("1例目") == ["ja"]
    assert found("줄기세포") == ["ko"] and found("임상") == ["ko"]  # with particles attached
    assert found("เซลล์ต้นกำเนิด") == ["th"]
    assert found("细胞 备案") == ["zh"] and found('"干细胞 临床"') == []  # no space in the item
    assert found("网膜") == [] and found("細胞 Osaka") == []  # 网 is simplified; not both
    assert found("干细", search_prefix=True) == ["zh"]  # typed so far
    assert found("clinic") == ["en"]  # other text as before
    # left out alone, each term in its own script's index: "-clinic" is not looked up among
    # the pairs (where the English item is not), nor 细胞 among the words
    assert sorted(found("-细胞")) == ["en", "ja", "ko", "th"]
    assert sorted(found("-clinic -细胞 -iPS細胞")) == ["ko", "th"]
    with write(db):
        (item_id,) = db.execute("SELECT id FROM items WHERE guid = 'zh'").fetchone()
        update_item(db, item_id, {"title": "间充质干细胞新药获批上市"})
    assert found("间充质") == ["zh"] and found("备案") == ["zh"] and found("追溯") == []
    db.execute(
        "INSERT INTO items (feed_id, guid, title, published_at, first_seen_at, updated_at,"
        " content_hash) VALUES (1, 'by-hand', '脐带血干细胞库扩建', '2026-11-17T10:00:00Z',"
        " '2026-11-17T10:00:00Z', '2026-11-17T10:00:00Z', 'h')"
    )
    db.conn.close()
    db = open_db(db_path)
    assert sorted(found("干细胞")) == ["by-hand", "zh"]
    assert count_items(db, search="脐带血", include_irrelevant=True) == 1
    db.execute("INSERT INTO items_search_pairs (items_search_pairs) VALUES ('integrity-check')")
    db.conn.close()


WRITTEN_ITEMS = [
    ("agency", "Agency clears a cord blood bank", "The licence covers storage of donated units."),
    ("ageing", "Ageing stem cells lose their daily rhythm", "Old mice kept fewer of them."),
    ("rules", "Regulators fine a stem cell clinic", "New regulations on marketing apply."),
    ("aged", "Clinic offered aged patients unproven infusions", "The stem cell shots cost $9,000."),
    (
        "glued",
        "iPS細胞から作った網膜シートの移植",
        "臨床研究で1例目。",
    ),  # one token: iPS細胞から...
]


def test_a_prefix_finds_the_words_that_begin_with_it_as_written(server, db, db_path, monkeypatch):
    """The index holds stems (schema 0013) and FTS5 stemmed a prefix too: half-typed
    "regula" looked for stems beginning "regula" (regulators is "regul") and the list went
    empty; "ageing", typed in full, looked for "ag*" and listed the agency. A prefix now
    finds the words that begin with it as written, each in its other forms, after an edit
    and in rows another writer added too."""
    from digest.store import items, open_db, write

    poll(db, [FeedConfig("w", server.static("/written.xml", rss(WRITTEN_ITEMS)))])

    def typed(q: str, **kw) -> list[str]:
        listed = query_items(db, search=q, search_prefix=True, include_irrelevant=True, **kw)
        assert count_items(db, search=q, search_prefix=True, include_irrelevant=True) == len(listed)
        return sorted(r["guid"] for r in listed)

    assert typed("regula") == typed("regulat") == ["rules"]  # half typed
    assert typed("iPS") == typed("ip") == ["glued"]  # a word run together with Japanese
    assert typed("agein") == ["aged", "ageing"]  # ageing whole: its other forms (aged)
    assert typed("ageing") == ["aged", "ageing"]  # not the agency ("ag*")
    assert typed("agen") == ["agency"] and typed("stem ageing") == ["aged", "ageing"]
    assert typed("stem-ce") == ["aged", "ageing", "rules"]  # words in a row: FTS5's own prefix
    assert typed("cord regula") == [] and typed("ageing -mice") == ["aged"]
    assert sorted(
        r["guid"] for r in query_items(db, search="regula*", include_irrelevant=True)
    ) == ["rules"]  # a prefix the user marked
    # a prefix that begins more words than are worth a lookup each: the stems that begin it
    monkeypatch.setattr(items, "TYPED_WORDS_MAX", 1)
    assert items.words_beginning(db, "Regul") is None and typed("regul") == ["rules"]
    monkeypatch.undo()
    with write(db):
        (item_id,) = db.execute("SELECT id FROM items WHERE guid = 'agency'").fetchone()
        items.update_item(db, item_id, {"summary": "Xenotransplantation rules for banks."})
    assert typed("xenotransplanta") == ["agency"]
    # text another program changed with SQL: indexed by the triggers, its words not listed;
    # where the stemmer leaves the typed text as it is, FTS5's own prefix finds it
    db.execute("UPDATE items SET summary = 'Organoid xenografts.' WHERE guid = 'rules'")
    assert typed("xenograf") == ["rules"]
    db.execute(
        "INSERT INTO items (feed_id, guid, title, published_at, first_seen_at, updated_at,"
        " content_hash) VALUES (1, 'by-hand', 'Hämatopoetische Stammzellen im Fokus',"
        " '2026-11-17T10:00:00Z', '2026-11-17T10:00:00Z', '2026-11-17T10:00:00Z', 'h')"
    )
    db.conn.close()
    db = open_db(db_path)
    assert typed("hamatopoe") == typed("Hämatop") == ["by-hand"]
    assert "hamatopoetische" in items.words_beginning(db, "HÄMA")


# What people type into a search box, FTS5's own syntax and scripts without spaces included.
_TYPED = st.sampled_from(
    [*"abc \"*-()^:.,+'\\", "AND", "NOT", "OR", "NEAR", "NEAR(", "干细胞", "ไทย", "한국", "\u200b"]
)


@settings(max_examples=300, suppress_health_check=list(HealthCheck), deadline=None)
@given(st.lists(_TYPED, max_size=12).map("".join) | st.text(max_size=30), st.booleans())
def test_anything_typed_in_search_is_a_search_never_an_error(server, db, text, typing):
    from digest.search import marks

    if not count_items(db, include_irrelevant=True):  # the first example fills the archive
        poll(db, [FeedConfig("f", server.static("/typed.xml", rss(SAMPLE)))])

    listed = query_items(db, search=text, search_prefix=typing, limit=None)
    assert count_items(db, search=text, search_prefix=typing) == len(listed)  # the title's count
    shown = "Cord blood stem-cell 干细胞 ไทย 한국 " + text  # the preview's marking of the words
    spans = marks(shown, text, typing)
    assert all(0 <= a < b <= len(shown) for a, b in spans), spans
    assert spans == sorted(spans)
