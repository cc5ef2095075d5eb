"""Bytes and response headers in, a ParsedFeed of normalized entries out. Pure: no I/O.

RSS 0.9x/1.0/2.0, Atom and RDF go through feedparser, always handed bytes (never a URL, so it
never fetches anything itself). JSON Feed 1.0/1.1, which feedparser does not read, is mapped
here. A body that yields nothing usable raises FeedError with what was wrong and what to try.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime

from digest.errors import FeedError
from digest.normalize import (
    MAX_CONTENT,
    MAX_SUMMARY,
    MAX_TITLE,
    canonical_url,
    clip,
    collapse,
    fix_text,
    html_to_text,
    safe_url,
    stable_guid,
    utc_from_iso,
    utc_from_struct,
)
from digest.pickling import by_fields


@dataclass
class Entry:
    guid: str
    url: str | None
    title: str
    summary: str
    content: str = ""
    author: str | None = None
    published: datetime | None = None
    lang: str | None = None
    # Filled by poll's parse workers so the single database thread only writes:
    bands: list[int] | None = None  # stories.band_hashes of title + lede
    verdict: object | None = None  # classify.Result for title, summary, content
    # ingest.entry_digest (the content hash an item is stored with), computed ahead;
    # whatever changes its text or url after the parse clears it (poll.add_full_text)
    digest: str | None = None

    __reduce__ = by_fields


@dataclass
class ParsedFeed:
    title: str | None = None
    site_url: str | None = None
    entries: list[Entry] = field(default_factory=list)
    warning: str | None = None  # the feed was malformed but still gave entries
    # Content hashes of entries left out of `entries` because they are stored as they are
    # (poll.prepare_feed): the feed's body held them last time too.
    unchanged: list[str] = field(default_factory=list)
    # A listing page (kind = "html") some of whose article pages could not be fetched
    # (store.feeds.PollOutcome.incomplete); the note says how many.
    incomplete: str | None = None


_JSONFEED_TYPES = ("application/feed+json", "application/json")
# Attribute values quoted or not: minifiers write <link rel=alternate type=application/rss+xml
# href=/index.xml>, as HTML allows.
_ALTERNATE = re.compile(
    rb"""<link\s[^>]*type\s*=\s*["']?application/(?:rss\+xml|atom\+xml|feed\+json)\b[^>]*>""",
    re.IGNORECASE,
)
_HREF = re.compile(rb"""\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
_BASE = re.compile(rb"<base\s[^>]*>", re.IGNORECASE)


def _href(tag: bytes) -> str | None:
    import html

    m = _HREF.search(tag)
    value = m and next(g for g in m.groups() if g is not None)
    return html.unescape(value.decode("utf-8", "replace")) if value else None


def page_base(body: bytes, page_url: str | None) -> str | None:
    """What a page's relative links resolve against: its first <base href>, itself resolved
    against the page's address (as browsers do), else the page's address."""
    for tag in _BASE.finditer(body[:500_000]):
        if href := _href(tag.group(0)):
            return safe_url(href, page_url) or page_url
    return page_url


def feed_links(body: bytes, page_url: str | None) -> list[str]:
    """The feeds a web page announces (<link type="application/rss+xml" href=…>, Atom and
    JSON Feed too), as absolute http(s) URLs in page order, each once. A link to the page
    itself (a misconfigured site) is no feed, and is left out."""
    base = page_base(body, page_url)
    found: list[str] = []
    for tag in _ALTERNATE.finditer(body[:500_000]):
        url = safe_url(_href(tag.group(0)), base)
        if url and url != page_url and url not in found:
            found.append(url)
    return found


def parse_feed(
    body: bytes, headers: dict[str, str] | None = None, url: str | None = None
) -> ParsedFeed:
    headers = {k.lower(): v for k, v in (headers or {}).items()}
    if not body or not body.strip():
        raise FeedError("the server sent an empty body", "check the feed address in a browser")
    ctype = headers.get("content-type", "").split(";")[0].strip().lower()
    head = body[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if ctype in _JSONFEED_TYPES or head.startswith(b"{"):
        return _parse_json_feed(body, url)
    return _parse_xml_feed(body, headers, url)


# A DOCTYPE's internal subset is where entity tricks live (external entities reading local
# files, "billion laughs" expansion); no feed needs one, so it is dropped before parsing.
_INTERNAL_DTD = re.compile(rb"<!DOCTYPE([^\[>]*)\[.*?\]\s*>", re.IGNORECASE | re.DOTALL)


def _drop_internal_dtd(body: bytes) -> bytes:
    head = body[:1_000_000]
    if b"<!" not in head:
        return body
    return _INTERNAL_DTD.sub(rb"<!DOCTYPE\1>", head, count=1) + body[1_000_000:]


def _parse_xml_feed(body: bytes, headers: dict[str, str], url: str | None) -> ParsedFeed:
    from digest.parse_rss import parse_rss

    fast = parse_rss(body, headers)
    if fast is not None:  # plain RSS 2.0: the same fields, without feedparser's cost
        feed, raw = fast
        return _parsed(feed, _entries(raw, url), url)
    import feedparser

    body = _drop_internal_dtd(body)
    # Content-Location is no base for relative addresses (RFC 9110 resolves them against the
    # address asked for), and feedparser would make it one: a CDN node answering with its own
    # name in it gave every relative guid and link a new address, so one item became two.
    headers = {k: v for k, v in headers.items() if k != "content-location"}
    try:
        d = feedparser.parse(
            body, response_headers=headers, sanitize_html=False, resolve_relative_uris=False
        )
    except Exception as exc:  # feedparser's own failure on hostile bytes: a per-feed error
        raise FeedError(f"the feed could not be parsed ({type(exc).__name__}: {exc})") from None
    entries = _entries(d.entries, url)
    exc = d.get("bozo_exception")
    problem = _bozo_problem(exc) if d.get("bozo") else None
    broken = d.get("bozo") and type(exc).__name__ != "CharacterEncodingOverride"
    if not entries and (not d.get("version") or broken):
        # An empty but valid feed is fine; a malformed one with nothing usable is an error.
        raise _not_a_feed(body, d, problem, url)
    warning = f"{problem} (read leniently)" if problem and _is_sax(exc) else problem
    return _parsed(d.feed, entries, url, warning)


def _is_sax(exc: BaseException | None) -> bool:
    return hasattr(exc, "getMessage") and hasattr(exc, "getLineNumber")  # SAXParseException


def _bozo_problem(exc: BaseException | None) -> str:
    """feedparser's complaint about a feed, in words a reader can act on."""
    if exc is None:
        return "malformed feed"
    if _is_sax(exc):
        where = f"line {exc.getLineNumber()}, column {exc.getColumnNumber()}"
        return f"malformed XML: {exc.getMessage()} at {where}"
    if type(exc).__name__ == "CharacterEncodingOverride":
        return f"wrong encoding: {exc}"
    return f"{type(exc).__name__}: {exc}"


def _entries(raw: list, feed_url: str | None) -> list[Entry]:
    return [e for e in (_entry(x, feed_url) for x in raw) if e is not None]


def _parsed(feed, entries: list[Entry], url: str | None, warning: str | None = None) -> ParsedFeed:
    """A feed-level dict shaped like feedparser's `d.feed` plus its entries."""
    base = feed.get("link") or url
    return ParsedFeed(
        title=_text(feed, "title")[:MAX_TITLE] or None,
        site_url=safe_url(base, url) if base else None,
        entries=entries,
        warning=warning,
    )


def _not_a_feed(body: bytes, d, warning: str | None, url: str | None) -> FeedError:
    sniff = body[:2048].lower()
    if b"<html" in sniff or b"<!doctype html" in sniff:
        links = feed_links(body, url)
        hint = "this address serves a web page; use the site's feed address"
        if links:
            hint = f"the page links to a feed at {links[0]}; use that as the url"
        return FeedError("the server sent an HTML page, not a feed", hint)
    if b"\x00" in body[:1024] and not body.startswith(
        (b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")
    ):
        return FeedError("the server sent binary data, not a feed", "check the feed address")
    return FeedError(
        f"not a readable feed ({warning or 'no RSS, Atom or JSON Feed found'})",
        "check the address; if it opens in a browser, the publisher's feed is broken",
    )


def _text(e, key: str) -> str:
    """A field as plain text, honouring its declared type: only HTML is parsed as HTML, so
    a plain-text headline that mentions <script> keeps it as literal text."""
    value = e.get(key, "") or ""
    detail = e.get(f"{key}_detail") or {}
    if detail.get("type") == "text/plain":
        return collapse(fix_text(value))
    return html_to_text(value)


def _entry(e, feed_url: str | None) -> Entry | None:
    title = clip(_text(e, "title"), MAX_TITLE)
    summary_html = e.get("summary", "") or ""
    content_html = ""
    for c in e.get("content", []) or []:
        value = c.get("value", "") if isinstance(c, dict) else ""
        if len(value) > len(content_html):
            content_html = value
    summary = _text(e, "summary") if summary_html else ""
    content = html_to_text(content_html, keep_paragraphs=True)[:MAX_CONTENT] if content_html else ""
    if content and collapse_eq(content, summary):
        content = ""
    if not summary and content:
        summary = content
    summary = clip(summary, MAX_SUMMARY)
    link = _entry_link(e, feed_url)
    if not title and not summary:
        return None
    if not title:
        title = clip(summary, 120)
    author = html_to_text(e.get("author", "") or "")[:200] or None
    # Read only the keys the entry really has: feedparser maps a missing published_parsed to
    # updated_parsed (and back) with a deprecation warning.
    keys = e.keys()
    published = utc_from_struct(e["published_parsed"] if "published_parsed" in keys else None)
    published = published or utc_from_struct(
        e["updated_parsed"] if "updated_parsed" in keys else None
    )
    guid = e.get("id") or e.get("guid")
    return Entry(
        guid=stable_guid(guid if isinstance(guid, str) else None, link, title, summary),
        url=link,
        title=title,
        summary=summary,
        content=content,
        author=author,
        published=published,
        lang=(e.get("language") or None),
    )


def collapse_eq(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def _entry_link(e, feed_url: str | None) -> str | None:
    candidates = [e.get("link")]
    for link in e.get("links", []) or []:
        if isinstance(link, dict) and link.get("rel", "alternate") == "alternate":
            candidates.append(link.get("href"))
    guid = e.get("id")
    absolute = isinstance(guid, str) and guid.strip().lower().startswith(("http://", "https://"))
    if absolute:
        candidates.append(guid)
    # RSS reads a <guid> as the item's address unless isPermaLink="false", and feedparser
    # copies it into the link. A guid such as "12345" or "post-88" is no address: resolved
    # against the feed's it would send the reader to a page that was never there.
    guessed = guid if e.get("guidislink") and not absolute else None
    for cand in candidates:
        if guessed is not None and cand == guessed:
            continue
        url = canonical_url(cand, feed_url)
        if url:
            return url
    return None


def _parse_json_feed(body: bytes, url: str | None) -> ParsedFeed:
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FeedError(
            f"the JSON feed is not valid JSON ({exc})", "check the feed address"
        ) from None
    except RecursionError:  # arrays within arrays, thousands deep: no real feed nests so
        raise FeedError(
            "the JSON feed is nested too deeply to read", "check the feed address"
        ) from None
    if not isinstance(data, dict) or not str(data.get("version", "")).startswith(
        "https://jsonfeed.org/version/"
    ):
        raise FeedError("the server sent JSON that is not a JSON Feed (no jsonfeed.org version)")
    items = data.get("items")
    if not isinstance(items, list):
        raise FeedError("the JSON Feed has no items list")
    base = safe_url(data.get("home_page_url"), url) or url
    entries = []
    for raw in items:
        if isinstance(raw, dict):
            entry = _json_entry(raw, data, url)
            if entry is not None:
                entries.append(entry)
    return ParsedFeed(
        title=html_to_text(str(data.get("title") or ""))[:MAX_TITLE] or None,
        site_url=base,
        entries=entries,
    )


def _json_entry(raw: dict, feed: dict, feed_url: str | None) -> Entry | None:
    def text(key: str) -> str:
        v = raw.get(key)
        return v if isinstance(v, str) else ""

    title = clip(html_to_text(text("title")), MAX_TITLE)
    content = html_to_text(text("content_html"), keep_paragraphs=True) or html_to_text(
        text("content_text"), keep_paragraphs=True
    )
    summary = html_to_text(text("summary")) or content
    summary = clip(summary, MAX_SUMMARY)
    content = content[:MAX_CONTENT] if not collapse_eq(content, summary) else ""
    if not title and not summary:
        return None
    title = title or clip(summary, 120)
    link = canonical_url(text("url"), feed_url) or canonical_url(text("external_url"), feed_url)
    authors = raw.get("authors") or feed.get("authors") or []
    if not authors and isinstance(raw.get("author") or feed.get("author"), dict):
        authors = [raw.get("author") or feed.get("author")]
    names = [
        a.get("name") for a in authors if isinstance(a, dict) and isinstance(a.get("name"), str)
    ]
    rid = raw.get("id")
    return Entry(
        guid=stable_guid(str(rid) if rid not in (None, "") else None, link, title, summary),
        url=link,
        title=title,
        summary=summary,
        content=content,
        author=collapse(fix_text(", ".join(names)))[:200] or None,  # plain text, as a title
        published=utc_from_iso(text("date_published")) or utc_from_iso(text("date_modified")),
        lang=text("language")
        or (feed.get("language") if isinstance(feed.get("language"), str) else None),
    )
