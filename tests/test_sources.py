"""Full-text extraction, sites with no feed, and two fetches at once."""

from __future__ import annotations

import subprocess
import sys

from conftest import SAMPLE, Reply, poll, rss

from digest.config import FeedConfig
from digest.normalize import content_hash
from digest.store import open_db
from digest.store.items import query_items


def article_page(title: str, body: str) -> bytes:
    paragraphs = "".join(
        f"<p>{body} Paragraph {i} adds detail about the cell therapy programme and its trial sites.</p>"
        for i in range(6)
    )
    return (
        f"<!doctype html><html><head><title>{title}</title><meta name='description' content='{body}'></head><body>"
        f"<nav><a href='/'>Home</a> | <a href='/news/'>News</a></nav><article><h1>{title}</h1>{paragraphs}"
        f"<div class='signup'><p>Sign up for our newsletter to get the latest news delivered every morning.</p></div>"
        f"</article><footer>Copyright footer text</footer></body></html>"
    ).encode()


def test_full_text_fetches_article_and_drops_boilerplate(server, db):
    body = rss([("ft1", "Stem cell bank opens site", "Short lede.")]).replace(
        b"https://news.example.org/ft1", server.url("/article/ft1").encode()
    )
    server.routes["/article/ft1"] = lambda h: Reply(
        200,
        article_page("Stem cell bank opens site", "The bank will store cord blood units."),
        {"Content-Type": "text/html"},
    )
    report = poll(db, [FeedConfig("ft", server.static("/ft.xml", body), full_text=True)])
    assert report.feeds[0].new == 1
    (row,) = query_items(db, include_irrelevant=True)
    assert "The bank will store cord blood units." in row["content"]
    assert "Paragraph 5" in row["content"]
    assert "newsletter" not in row["content"].lower()
    assert "Copyright footer" not in row["content"]
    assert row["content"].startswith("The bank will store"), "the <h1> is not repeated"
    stored = db.execute("SELECT content_hash FROM items").fetchone()[0]
    assert stored == content_hash(row["title"], row["summary"], row["content"], row["url"])
    # The feed's body changes (a new build date), its entry does not: the stored item, whose
    # hash is of the full text, is left alone instead of rewritten at every such poll.
    server.static("/ft.xml", body.replace(b"<title>Test feed</title>", b"<title>Feed</title>"))
    db.execute("UPDATE items SET updated_at = '2000-01-01T00:00:00Z'")
    before = db.execute("SELECT content_hash, updated_at, content FROM items").fetchall()
    report = poll(db, [FeedConfig("ft", server.url("/ft.xml"), full_text=True)])
    assert report.feeds[0].result == "ok" and (report.feeds[0].new, report.feeds[0].updated) == (
        0,
        0,
    )
    assert db.execute("SELECT content_hash, updated_at, content FROM items").fetchall() == before


def test_html_listing_source(server, db):
    listing = (
        b"<html><body><ul class='news'>"
        b"<li><h2><a href='/news/one.html'>One</a></h2></li>"
        b"<li><h2><a href='/news/two.html?utm_source=home'>Two</a></h2></li>"
        b"<li><h2><a href='javascript:void(0)'>Bad</a></h2></li>"
        b"</ul><a href='/about'>About</a></body></html>"
    )
    server.static("/news/", listing, "text/html")
    server.routes["/news/one.html"] = lambda h: Reply(
        200,
        article_page("Regulator clears MSC trial", "An IND was cleared for an MSC product."),
        {"Content-Type": "text/html"},
    )
    server.routes["/news/two.html"] = lambda h: Reply(
        200,
        article_page(
            "Clinic fined over stem cell claims", "The clinic advertised anti-aging infusions."
        ),
        {"Content-Type": "text/html"},
    )
    cfg = FeedConfig("site", server.url("/news/"), kind="html", selector="ul.news h2 a")
    report = poll(db, [cfg])
    assert report.feeds[0].new == 2, report.feeds[0]
    titles = sorted(r["title"] for r in query_items(db, include_irrelevant=True))
    assert titles == ["Clinic fined over stem cell claims", "Regulator clears MSC trial"]
    urls = {r["url"] for r in query_items(db, include_irrelevant=True)}
    assert server.url("/news/two.html") in urls  # tracking parameter gone
    for r in query_items(db, include_irrelevant=True):
        assert not r["content"].startswith(r["title"]), "the page's <h1> again"
    # second run: the listing changed (new body) but both articles are known: not fetched again
    server.static("/news/", listing.replace(b"About", b"About us"), "text/html")
    poll(db, [cfg])
    assert len(server.hits("/news/one.html")) == 1


def test_html_listing_selector_that_matches_nothing_is_a_clear_error(server, db):
    server.static("/empty/", b"<html><body><p>No links</p></body></html>", "text/html")
    report = poll(
        db, [FeedConfig("site", server.url("/empty/"), kind="html", selector="h2.title a")]
    )
    assert report.feeds[0].result == "error"
    assert "matched no article links" in report.feeds[0].error


def serve_article(server, path: str) -> None:
    server.routes[path] = lambda h: Reply(
        200, article_page("Regulator clears MSC trial", "An IND was cleared."), {}
    )


def test_html_articles_that_could_not_be_fetched_are_tried_again(server, db):
    listing = (
        b"<html><body><h2><a href='/n/up.html'>Up</a></h2>"
        b"<h2><a href='/n/later.html'>Later</a></h2></body></html>"
    )
    server.conditional("/n/", listing, "text/html")  # the same page, with validators
    serve_article(server, "/n/up.html")
    server.routes["/n/later.html"] = lambda h: Reply(503, b"busy", {})
    cfg = FeedConfig("site", server.url("/n/"), kind="html", selector="h2 a")
    report = poll(db, [cfg], everything=True).feeds[0]
    assert report.result == "ok" and report.new == 1
    assert report.warning == "1 of 2 article pages could not be fetched; tried again next poll"
    server.routes["/n/later.html"] = lambda h: Reply(
        200, article_page("Clinic fined over stem cell claims", "Anti-aging infusions."), {}
    )
    report = poll(db, [cfg], everything=True).feeds[0]  # the listing is read again in full
    assert report.new == 1 and report.warning is None
    assert len(server.hits("/n/up.html")) == 1 and len(server.hits("/n/later.html")) == 2
    assert poll(db, [cfg], everything=True).feeds[0].result == "unchanged"  # all had: 304
    # a new link that fails for now, beside stored ones: a warning each poll, not an error
    server.routes["/n/busy.html"] = lambda h: Reply(503, b"busy", {})
    busy = listing.replace(b"</body>", b"<h2><a href='/n/busy.html'>B</a></h2></body>")
    server.static("/n/", busy, "text/html")
    for _ in range(2):
        report = poll(db, [cfg], everything=True).feeds[0]
        assert report.result == "ok" and report.warning.startswith("1 of 1 article pages")


def test_an_article_page_that_is_gone_is_kept_as_its_headline_and_not_asked_again(server, db):
    listing = (
        b"<html><body><h2><a href='/g/up.html'>Up</a></h2>"
        b"<h2><a href='/g/gone.html'> Clinic chain closes after\n stem cell inquiry</a></h2>"
        b"</body></html>"
    )
    server.static("/g/", listing, "text/html")
    serve_article(server, "/g/up.html")
    server.routes["/g/gone.html"] = lambda h: Reply(404, b"not found", {})
    cfg = FeedConfig("site", server.url("/g/"), kind="html", selector="h2 a")
    report = poll(db, [cfg], everything=True).feeds[0]
    assert report.result == "ok" and report.new == 2
    assert report.warning == "1 article page gone (HTTP 404/410): kept as headlines"
    gone = next(db.query("SELECT * FROM items WHERE url = ?", [server.url("/g/gone.html")]))
    assert gone["title"] == "Clinic chain closes after stem cell inquiry"
    # the listing changes: its new link is fetched, the gone page is not asked for again
    server.routes["/g/new.html"] = lambda h: Reply(
        200, article_page("Cord blood bank expands", "A new processing site opens."), {}
    )
    server.static("/g/", listing.replace(b"</body>", b"<a href='/g/new.html'>N</a></body>"))
    cfg = FeedConfig("site", server.url("/g/"), kind="html", selector="h2 a, body > a")
    report = poll(db, [cfg], everything=True).feeds[0]
    assert report.new == 1 and report.warning is None, report
    assert len(server.hits("/g/gone.html")) == 1


def test_a_listings_link_text_is_its_words_even_when_a_thumbnail_link_comes_first():
    """News listings often link each story twice, a thumbnail then the headline: the
    headline's words are what a gone or untitled page is kept under, not the empty first
    link. A link around an image only gives its title or the image's alt text."""
    from digest.extract import listing_anchors

    page = (
        b"<html><body><div class='card'><a href='/a'><img src='a.jpg' alt=''></a>"
        b"<a href='/a'>Korea clears cord blood trial</a></div>"
        b"<div class='card'><a href='/b'><img src='b.jpg' alt=' Clinic fined over exosome ads '></a></div>"
        b"<div class='card'><a href='/c' title='Pilot zone opens'><img src='c.jpg'></a></div>"
        b"<div class='card'><a href='/d'><img src='d.jpg'></a></div></body></html>"
    )
    got = listing_anchors(page, "https://site.example/news/", ".card a")
    assert got == {
        "https://site.example/a": "Korea clears cord blood trial",
        "https://site.example/b": "Clinic fined over exosome ads",
        "https://site.example/c": "Pilot zone opens",
        "https://site.example/d": "",
    }


def test_a_listings_links_to_itself_are_not_articles():
    """A broad selector also matches "back to top", a self link and a tracking variant of
    the listing's address: before, the listing was fetched as one more article."""
    from digest.extract import listing_links

    page = (
        b"<html><body><a href='/news/stem-cell-approval.html'>Approval</a><a href='#top'>Top</a>"
        b"<a href=''>News</a><a href='/news/?utm_source=nav'>All news</a>"
        b"<a href='/news/?page=2'>Older</a></body></html>"
    )
    assert listing_links(page, "https://site.example/news/", "a") == [
        "https://site.example/news/stem-cell-approval.html",
        "https://site.example/news/?page=2",
    ]


def test_a_listings_relative_links_resolve_against_its_base_element():
    """A page with <base href> resolves its relative links against that, as a browser
    does; against the page's own address they named pages that do not exist."""
    from digest.extract import listing_links

    page = (
        b"<html><head><base href='/news/2026/'></head><body><h2><a href='cells.html'>A</a></h2>"
        b"<h2><a href='/about/rules.html'>B</a></h2></body></html>"
    )
    assert listing_links(page, "https://site.example/index.php", "h2 a") == [
        "https://site.example/news/2026/cells.html",
        "https://site.example/about/rules.html",
    ]
    unsafe = page.replace(b"/news/2026/", b"javascript:void(0)/")  # no base: the page's
    assert listing_links(unsafe, "https://site.example/x/", "h2 a")[0] == (
        "https://site.example/x/cells.html"
    )


def test_html_source_whose_articles_all_fail_is_an_error(server, db):
    server.static("/m/", b"<html><body><h2><a href='/m/gone.html'>Gone</a></h2></body></html>")
    report = poll(db, [FeedConfig("site", server.url("/m/"), kind="html", selector="h2 a")])
    assert report.feeds[0].result == "error"
    assert "none of the 1 article pages the selector found could be fetched" in (
        report.feeds[0].error
    )


def test_two_fetch_processes_at_once_store_each_item_once(server, tmp_path):
    feeds = tmp_path / "feeds.toml"
    lines = []
    for n in range(12):
        items = [(f"n{n}-{g}", f"{t} ({n})", d) for g, t, d in SAMPLE]
        lines.append(
            f'[[feeds]]\nname = "F{n}"\nurl = "{server.static(f"/c{n}.xml", rss(items))}"\n'
        )
    feeds.write_text("\n".join(lines))
    db_path = tmp_path / "shared.db"
    cmd = [
        sys.executable,
        "-m",
        "digest",
        "--db",
        str(db_path),
        "--feeds",
        str(feeds),
        "fetch",
        "--all",
        "--quiet",
    ]
    procs = [
        subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(3)
    ]
    outs = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], outs
    db = open_db(db_path)
    assert db.execute("SELECT count(*) FROM items").fetchone()[0] == 36
    assert db.execute("SELECT count(*) FROM item_sources").fetchone()[0] == 36
    assert db.execute("SELECT count(DISTINCT url) FROM items").fetchone()[0] == 36
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    fts = db.execute(
        "SELECT count(*) FROM items_search WHERE items_search MATCH 'cartilage'"
    ).fetchone()[0]
    assert fts == 12


def test_an_article_page_gives_its_time_of_day_and_a_summary_without_its_headline():
    from datetime import UTC, datetime

    from digest.extract import article_entry

    def page(published: str) -> bytes:
        return (
            "<!doctype html><html><head><title>Clinic fined for stem cell infusions</title>"
            f"<meta property='article:published_time' content='{published}'></head><body>"
            "<article><h1>Clinic fined for stem cell infusions</h1>"
            "<p>The regulator fined a private clinic for selling infusions of cells that "
            "promised to reverse ageing, without approval of any kind.</p>"
            "<p>Inspectors found vials of cells of unknown origin in its storage room.</p>"
            "</article></body></html>"
        ).encode()

    entry = article_entry(page("2026-11-25T08:30:00+01:00"), "https://site.example.org/a1")
    assert entry.published == datetime(2026, 11, 25, 7, 30, tzinfo=UTC)
    assert entry.summary.startswith("The regulator fined"), entry.summary
    day_only = article_entry(page("2026-11-25"), "https://site.example.org/a2")
    assert day_only.published == datetime(2026, 11, 25, tzinfo=UTC)
    # a page with no title of its own takes the listing's link text; with neither, nothing
    untitled = page("2026-11-25").replace(
        b"<title>Clinic fined for stem cell infusions</title>", b""
    )
    untitled = untitled.replace(b"<h1>Clinic fined for stem cell infusions</h1>", b"")
    url = "https://site.example.org/a3"
    assert article_entry(untitled, url, "Clinic fined over infusions").title == (
        "Clinic fined over infusions"
    )
    assert article_entry(untitled, url) is None
