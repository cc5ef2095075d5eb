"""Article pages to text, pure: trafilatura extracts the main text (no hand-written
readability), and a listing page plus a CSS selector gives the article links of a site with
no feed. No I/O here; poll.py fetches the pages.
"""

from __future__ import annotations

from datetime import datetime

from digest.normalize import (
    MAX_CONTENT,
    MAX_SUMMARY,
    MAX_TITLE,
    canonical_url,
    clip,
    collapse,
    fix_text,
    safe_url,
    utc_from_iso,
)
from digest.parse import Entry

# Boilerplate trafilatura sometimes keeps at the end of trade-press articles.
_BOILERPLATE = (
    "sign up for our newsletter", "subscribe to our newsletter", "subscribe now", "sign up now",
    "get the latest news delivered", "join our mailing list", "enter your email",
)  # fmt: skip


# What wraps the headlines of most news listing pages, most specific first
_LIKELY_SELECTORS = ("article h2 a", "h2 a", "article h3 a", "h3 a", "article a")


def likely_selector(html: bytes, base_url: str) -> tuple[str, int] | None:
    """(a selector that finds article links on this page, how many): the first of those
    news sites commonly use that finds three or more; None if none does."""
    doc = _listing_doc(html)
    if doc is None:  # not a page lxml can read
        return None
    for selector in _LIKELY_SELECTORS:
        found = len(_anchors(doc, base_url, selector, limit=100))
        if found >= 3:
            return selector, found
    return None


def listing_links(html: bytes, base_url: str, selector: str, limit: int = 30) -> list[str]:
    """Canonical http(s) article URLs matched by `selector`, in page order, without repeats."""
    return list(listing_anchors(html, base_url, selector, limit))


def listing_anchors(html: bytes, base_url: str, selector: str, limit: int = 30) -> dict[str, str]:
    """{article URL: its link's text} for the links `selector` matches, in page order."""
    doc = _listing_doc(html)
    return {} if doc is None else _anchors(doc, base_url, selector, limit)


def _listing_doc(html: bytes):
    import lxml.html
    from lxml import etree

    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _anchors(doc, base_url: str, selector: str, limit: int) -> dict[str, str]:
    itself = canonical_url(base_url, base_url)  # "#top", "" or "?": the listing, not an article
    base = next((b.get("href") for b in doc.iter("base") if b.get("href")), None)
    base_url = (safe_url(base, base_url) or base_url) if base else base_url  # as in browsers
    found: dict[str, str] = {}
    for el in doc.cssselect(selector):
        link = el if el.get("href") is not None else next(iter(el.cssselect("a[href]")), None)
        url = canonical_url(link.get("href") if link is not None else None, base_url)
        if url == itself:
            continue
        if url and not found.get(url):  # a thumbnail's link, then the headline's: the words
            found[url] = _link_text(link)
        if len(found) >= limit:
            break
    return found


def _link_text(link) -> str:
    """A link's words; for a link around an image only, its title or the image's alt text."""
    text = link.text_content()
    if not text.strip():
        alts = (img.get("alt") or "" for img in link.iter("img"))
        text = link.get("title") or next((a for a in alts if a.strip()), "")
    return clip(collapse(fix_text(text)), MAX_TITLE)


def page_title(html: bytes) -> str | None:
    """A page's <title>, its spaces collapsed (None if it has none)."""
    import lxml.html
    from lxml import etree

    try:
        title = lxml.html.document_fromstring(html).findtext(".//title")
    except (etree.ParserError, ValueError):
        return None
    title = " ".join((title or "").split())
    return title or None


def article_text(html: bytes | str, url: str) -> str:
    """The main text of an article page, boilerplate paragraphs removed; '' if none found."""
    import trafilatura

    text = trafilatura.extract(
        html,
        url=url,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        deduplicate=True,
    )
    if not text:
        return ""
    paragraphs = [
        p for p in fix_text(text).split("\n")
        if p.strip() and not any(b in p.lower() for b in _BOILERPLATE)
    ]  # fmt: skip
    return collapse("\n".join(paragraphs), keep_paragraphs=True)[:MAX_CONTENT]


def without_headline(text: str, title: str) -> str:
    """The text without its first line when that line is the headline again (the page's
    <h1>, which the extracted text starts with): a summary should not repeat the title."""
    first, _, rest = text.partition("\n")
    a, b = first.strip().casefold(), title.strip().casefold()
    if a and b and (a == b or (len(a) >= 20 and (a.startswith(b) or b.startswith(a)))):
        return rest.lstrip("\n")
    return text


def article_entry(html: bytes, url: str, link_text: str = "") -> Entry | None:
    """An Entry for an article page of a feedless site: title, date, description, text.
    A page with no title of its own takes `link_text` (the listing's link to it); None
    when it has neither."""
    import trafilatura
    from trafilatura.settings import set_date_params

    # with the time of day where the page gives one (article:published_time, JSON-LD): by
    # default only the date comes back, and the item would sort as published at midnight
    dates = {**set_date_params(True), "outputformat": "%Y-%m-%dT%H:%M:%S%z"}
    meta = trafilatura.extract_metadata(html, default_url=url, date_config=dates)
    text = article_text(html, url)
    title = clip(collapse(fix_text(meta.title or "")) if meta else "", MAX_TITLE) or link_text
    if not title:
        return None
    text = without_headline(text, title)
    description = collapse(fix_text(meta.description or "")) if meta else ""
    published: datetime | None = utc_from_iso(meta.date) if meta and meta.date else None
    return Entry(
        guid=url,
        url=url,
        title=title,
        summary=clip(description or text, MAX_SUMMARY),
        content=text,
        author=(collapse(meta.author)[:200] if meta and meta.author else None),
        published=published,
    )
