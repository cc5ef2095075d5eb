"""The two XML paths agree: plain RSS 2.0 read by lxml (digest/parse_rss.py) gives the same
entries as feedparser, on every real feed it accepts and on generated ones; feeds it does not
fully understand go to feedparser."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from conftest import CORPUS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest import normalize, parse
from digest.errors import FeedError
from digest.parse_rss import parse_rss

XML = {"content-type": "application/rss+xml"}
URL = "https://feeds.example.org/x"
DEMO = Path(__file__).resolve().parents[1] / "digest" / "demo"


def both_paths(body: bytes, *, monkeypatch, headers=XML):
    """(fast result, feedparser result) as comparable values."""

    def run():
        try:
            f = parse.parse_feed(body, headers, URL)
        except FeedError as exc:
            return ("error", exc.message)
        entries = [
            {k: v for k, v in dataclasses.asdict(e).items() if k not in ("bands", "verdict")}
            for e in f.entries
        ]
        return (f.title, f.site_url, f.warning, entries)

    fast = run()
    with monkeypatch.context() as m:
        m.setattr("digest.parse_rss.parse_rss", lambda *a: None)
        slow = run()
    return fast, slow


def test_real_feeds_the_fast_path_accepts_read_the_same(monkeypatch):
    files = [p for p in sorted(CORPUS.iterdir()) if p.suffix in (".xml", ".rss")]
    files += sorted(DEMO.rglob("*.xml"))
    accepted = 0
    for path in files:
        body = path.read_bytes()
        if parse_rss(body, XML) is None:
            continue
        accepted += 1
        fast, slow = both_paths(body, monkeypatch=monkeypatch)
        assert fast == slow, path.name
    assert accepted >= 12, f"only {accepted} feeds took the fast path"


def item(fields: list[tuple[str, str, str]]) -> str:
    """<item> from (tag, attributes, text) in the given order."""
    return "<item>" + "".join(f"<{t}{a}>{x}</{t.split()[0]}>" for t, a, x in fields) + "</item>"


def feed(
    items: list[str], title: str = "Stem cell wire", link: str = "https://wire.example.org/"
) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>{title}</title><link>{link}</link>{''.join(items)}"
        "</channel></rss>"
    ).encode()


texts = st.sampled_from(
    [
        "MSC trial enrols first patient", "iPS cell &amp; retina", "&lt;b&gt;Bold&lt;/b&gt; claim",
        "Plain &lt;script&gt;alert(1)&lt;/script&gt; headline", "<![CDATA[Cord <i>blood</i> bank]]>",
        "Caf\u00c3\u00a9 clinic", "Smart \u0093quotes\u0094", "  padded  ", "", "幹細胞の治験",
        "&lt;p&gt;Lede one.&lt;/p&gt;&lt;p&gt;Two.&lt;/p&gt;", "x &amp;amp; y", "&#x41;&#66;",
    ]
)  # fmt: skip
links = st.sampled_from(
    ["https://news.example.org/a?utm_source=rss", "/relative/path", "a&amp;b", "javascript:x()",
     "", "https://news.example.org/b#frag", "https://news.example.org/c?x=1&amp;amp;y=2",
     "https://news.example.org/d?q=&amp;lt;s&amp;gt;"]
)  # fmt: skip
dates = st.sampled_from(
    ["Tue, 24 Nov 2026 08:30:00 GMT", "2026-11-24T08:30:00+09:00", "24 Nov 26 0830 EST",
     "not a date", "", "Mon, 32 Nov 2026 08:30:00 GMT"]
)  # fmt: skip
permalink = st.sampled_from(
    ["", ' isPermaLink="false"', ' isPermaLink="true"', ' ISPERMALINK="True"']
)


@st.composite
def items(draw) -> str:
    fields = []
    if draw(st.booleans()):
        fields.append(("title", "", draw(texts)))
    if draw(st.booleans()):
        fields.append(("link", "", draw(links)))
    if draw(st.booleans()):
        fields.append(
            (
                "guid",
                draw(permalink),
                draw(
                    st.sampled_from(
                        ["g-1", "https://x.example/1", "", "https://x.example/2?a=1&amp;amp;b=2"]
                    )
                ),
            )
        )
    if draw(st.booleans()):
        fields.append(("description", "", draw(texts)))
    if draw(st.booleans()):
        fields.append(("content:encoded", "", draw(texts)))
    if draw(st.booleans()):
        fields.append(("pubDate", "", draw(dates)))
    if draw(st.booleans()):
        fields.append(("dc:date", "", draw(dates)))
    if draw(st.booleans()):
        fields.append(("dc:creator", "", draw(st.sampled_from(["Ana Ruiz", "a@b.example", ""]))))
    if draw(st.booleans()):
        fields.append(("category", "", "Regulation"))
    return item(draw(st.permutations(fields)))


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(items(), min_size=1, max_size=4), texts, links)
def test_generated_rss_reads_the_same_on_both_paths(monkeypatch, generated, title, site):
    body = feed(generated, title, site)
    # the only thing generated here that the fast path refuses is an e-mail address as author
    assert (parse_rss(body, XML) is None) == (b"a@b.example" in body)
    fast, slow = both_paths(body, monkeypatch=monkeypatch)
    assert fast == slow


@pytest.mark.parametrize(
    "body, headers, why",
    [
        (feed([item([("title", "", "x")])]).replace(b"utf-8", b"iso-8859-1"), XML, "encoding"),
        (feed([item([("title", "", "x")])]), {"content-type": "text/html"}, "not an XML type"),
        (
            feed([item([("title", "", "x")])]),
            {"content-type": "application/xml; charset=latin-1"},
            "charset",
        ),
        (
            feed([item([("title", "", "x")])]).replace(
                b"<rss", b'<!DOCTYPE rss [<!ENTITY e "x">]><rss'
            ),
            XML,
            "doctype",
        ),
        (
            feed([item([("title", "", "x")])]).replace(
                b"<channel>", b'<channel xml:base="https://b.example/">'
            ),
            XML,
            "xml:base",
        ),
        (
            feed(
                [
                    item(
                        [
                            ("title", "", "x"),
                            ("media:title", ' xmlns:media="http://search.yahoo.com/mrss/"', "m"),
                        ]
                    )
                ]
            ),
            XML,
            "unknown element",
        ),
        (feed([item([("title", "", "x"), ("title", "", "y")])]), XML, "repeated field"),
        (feed([item([("title", "", "x <b>bold</b>")])]), XML, "markup as elements"),
        (
            feed([item([("title", "", "x")])]).replace(b'version="2.0"', b'version="0.91"'),
            XML,
            "not RSS 2.0",
        ),
        (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>', XML, "Atom"),
        (b"<rss version='2.0'><channel><title>t</title><item><title>x", XML, "not well-formed"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_what_the_fast_path_leaves_to_feedparser(body, headers, why):
    assert parse_rss(body, headers) is None, why


def test_fast_path_entries_are_normalized_like_any_other():
    body = feed(
        [
            item(
                [
                    ("title", "", "Regulator clears &lt;i&gt;first&lt;/i&gt; MSC product"),
                    ("link", "", "https://news.example.org/msc?utm_source=rss&amp;id=4"),
                    ("description", "", escape("<p>The agency approved it.</p>")),
                    ("pubDate", "", "Tue, 24 Nov 2026 08:30:00 +0100"),
                    ("guid", ' isPermaLink="false"', "wire-4"),
                ]
            )
        ]
    )
    assert parse_rss(body, XML) is not None
    (e,) = parse.parse_feed(body, XML, URL).entries
    assert (e.title, e.summary, e.guid) == (
        "Regulator clears first MSC product", "The agency approved it.", "wire-4",
    )  # fmt: skip
    assert e.url == "https://news.example.org/msc?id=4"
    assert e.published.isoformat() == "2026-11-24T07:30:00+00:00"


# canonical_url returns a URL already in canonical form as it is; the rest are parsed and
# rebuilt. Both must give the same answer for every URL.
_url_part = st.text(alphabet="abcXYZ019-._~%!$&'()*+,;=:@/?#[] \t\x00é", max_size=20)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["http", "https", "HTTP", "ftp", "javascript"]),
    st.sampled_from(
        ["a.example", "News.Example.com", "a.example.", "b-c.example:8080", "xn--e.ex"]
    ),
    _url_part,
)
def test_canonical_url_fast_path_agrees_with_the_parsed_path(scheme, host, rest):
    url = f"{scheme}://{host}{rest}"
    for base in (None, URL):
        assert normalize.canonical_url(url, base) == normalize.canonical_url_parsed(url, base)


def test_canonical_url_fast_path_agrees_on_every_link_in_the_corpus():
    import re

    links = set()
    for path in CORPUS.glob("*"):
        text = path.read_bytes().decode("utf-8", "replace")
        links.update(re.findall(r"https?://[^\s\"'<>]+", text))
    assert len(links) > 1000
    fast = [u for u in links if normalize._CANONICAL.fullmatch(u)]
    assert len(fast) > 500, "the fast path should cover most real links"
    for u in links:
        assert normalize.canonical_url(u, URL) == normalize.canonical_url_parsed(u, URL), u


def test_entries_and_their_tags_survive_the_trip_from_a_parse_worker():
    """Workers pickle Entry and Result as their fields in declaration order; every field must
    come back in its own place."""
    import pickle
    from datetime import UTC, datetime

    from digest.classify import Result

    verdict = Result(
        True, 0.93, ["trials"], {"relevant": 0.93, "trials": 0.8}, {"trials": ["phase II"]}
    )
    entry = parse.Entry(
        guid="g-1", url="https://example.org/a", title="T", summary="S", content="C",
        author="A", published=datetime(2026, 11, 2, 9, 30, tzinfo=UTC), lang="en",
        bands=[1, 2, 3], verdict=verdict,
    )  # fmt: skip
    back = pickle.loads(pickle.dumps(entry))
    assert back == entry and back.verdict == verdict
    assert [f.name for f in dataclasses.fields(back)] == list(vars(back))


def test_terminal_escape_sequences_go_whole_not_just_their_escape_character():
    """A title carrying colour or window-title codes once kept their printable tails
    ("[31m", "]0;...") once the ESC was dropped, in the list, the app and the digest."""
    title = "Clinic \x1b[1;31mwarned\x1b[0m over \x1b]0;owned\x07stem cell infusions\x1b[2J"
    body = feed([item([("title", "", title), ("link", "", "https://news.example.org/1")])])
    for raw in (body, body.replace(b"\x1b", b"&#27;").replace(b"\x07", b"&#7;")):
        (e,) = parse.parse_feed(raw, XML, URL).entries
        assert e.title == "Clinic warned over stem cell infusions", raw
    assert normalize.html_to_text("<b>&#27;[4mbold&#27;[0m</b> \x1b(Bcells") == "bold cells"
    assert normalize.fix_text("a lone \x1b at the end") == "a lone  at the end"
