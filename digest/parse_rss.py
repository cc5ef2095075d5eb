"""The fast path for the commonest feed: well-formed UTF-8 RSS 2.0 using only the elements news
feeds use. lxml reads it at a fraction of feedparser's CPU, which is most of a large first poll.

Each field is taken the way feedparser takes it (the same guid-as-link rule, date parser,
HTML guess for titles, cp1252 and double-encoding repairs), so the two paths give the same
entries; tests/test_parse_paths.py holds them equal on every feed this path accepts. Anything
it does not fully understand returns None and feedparser reads the whole feed: another
encoding, a DOCTYPE, xml:base, a child element from an unlisted namespace, a repeated field,
markup inside a text element, an e-mail address as author, or items nested anywhere but
directly in the one <channel>.
"""

from __future__ import annotations

import re

CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"
# Child elements of <item> that feedparser reads into a field we use, or ignores for our
# purposes (categories, enclosures, comment counts). Anything else: feedparser decides.
_FIELDS = {"title", "link", "description", "guid", "pubDate", CONTENT + "encoded",
           DC + "creator", DC + "date"}  # fmt: skip
_IGNORED = {"category", "comments", "enclosure", "source", DC + "subject",
            "{http://purl.org/rss/1.0/modules/slash/}comments",
            "{http://wellformedweb.org/CommentAPI/}commentRss"}  # fmt: skip
_XML_DECL_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']""")
_UTF8 = ("utf-8", "utf8")
_ENTITY_LEFT = re.compile(r"&([A-Za-z0-9_]+);")
_PARSER = None


def parse_rss(body: bytes, headers: dict[str, str]):
    """(channel, [entries]) as dicts with the keys parse.py reads from feedparser's result,
    or None when feedparser should read this feed."""
    if not _plain_utf8(body, headers):
        return None
    from lxml import etree

    global _PARSER
    if _PARSER is None:
        _PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(body, _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root.tag != "rss" or root.get("version") != "2.0":
        return None
    channels = root.findall("channel")
    if len(channels) != 1:
        return None
    channel = channels[0]
    entries = []
    for item in channel.iterchildren("item"):
        entry = _item(item)
        if entry is None:
            return None
        entries.append(entry)
    if len(channel.findall(".//item")) != len(entries):
        return None  # items nested somewhere unusual: feedparser's rules decide
    title = _text(channel.find("title"))
    link = _text(channel.find("link"))
    if title is None or link is None:
        return None
    for el in channel.iterchildren("{http://www.w3.org/2005/Atom}link"):
        if el.get("rel", "alternate") == "alternate":
            return None  # feedparser would take it as the site link
    feed = {"title": title, "title_detail": {"type": _guess_type(title)}}
    if link:
        feed["link"] = _ENTITY_LEFT.sub(r"&\1", link)  # as feedparser leaves a channel link
    return feed, entries


def _plain_utf8(body: bytes, headers: dict[str, str]) -> bool:
    ctype, _, params = headers.get("content-type", "").partition(";")
    ctype = ctype.strip().lower()
    if "xml" not in ctype:
        return False  # feedparser flags a non-XML type; keep its warning
    charset = params.partition("charset=")[2].strip(" \"'").lower()
    if charset and charset not in _UTF8:
        return False
    if not charset and ctype.startswith("text/") and not body.isascii():
        return False  # text/* with no charset means us-ascii to feedparser (RFC 3023)
    declared = _XML_DECL_ENCODING.match(body[:256])
    if declared and declared.group(1).decode("ascii", "replace").lower() not in _UTF8:
        return False
    head = body[:4096]
    return not (b"<!" in head and b"<!doctype" in head.lower()) and b"xml:base" not in body


def _text(el) -> str | None:
    """An element's text as feedparser gives it, None when it holds markup as elements."""
    if el is None:
        return ""
    if len(el):
        return None
    return _repair((el.text or "").strip())


def _repair(value: str) -> str:
    from feedparser.html import _cp1252

    if not value.isascii():
        try:  # feedparser's repair of UTF-8 read as Latin-1 in a UTF-8 document
            value = value.encode("iso-8859-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
        value = value.translate(_cp1252)
    return value


def _item_link(value: str) -> str:
    """An item's <link> as feedparser leaves it: "&amp;" and "&name;" lose their escaping."""
    return _ENTITY_LEFT.sub(r"&\1", value.replace("&amp;", "&"))


def _guess_type(value: str) -> str:
    """feedparser's guess for RSS text fields that do not say their type."""
    from feedparser.mixin import _FeedParserMixin

    return "text/html" if _FeedParserMixin.looks_like_html(value) else "text/plain"


def _item(item) -> dict | None:
    seen: dict[str, str] = {}  # in document order
    guid_attrs: dict = {}
    for child in item.iterchildren():
        tag = child.tag
        if not isinstance(tag, str):
            continue  # comments, processing instructions
        if tag in _IGNORED:
            continue
        if tag not in _FIELDS or tag in seen:
            return None
        value = _text(child)
        if value is None:
            return None
        if tag == "guid":
            guid_attrs = {k.lower(): v for k, v in child.attrib.items()}
        seen[tag] = value
    author = seen.get(DC + "creator")
    if author and "@" in author:
        return None  # feedparser splits names from addresses; let it
    from feedparser.datetimes import _parse_date

    entry = {}
    if "title" in seen:
        entry["title"] = seen["title"]
        entry["title_detail"] = {"type": _guess_type(seen["title"])}
    content = seen.get(CONTENT + "encoded")
    if content is not None:
        entry["content"] = [{"type": "text/html", "value": content}]
    summary = seen.get("description", content)  # feedparser copies content to a missing summary
    if summary is not None:
        entry["summary"] = summary
        entry["summary_detail"] = {"type": "text/html"}
    guid = seen.get("guid")
    permalink = guid is not None and guid_attrs.get("ispermalink", "true") == "true"
    if "link" in seen:
        entry["link"] = _item_link(seen["link"])
    elif permalink:
        entry["link"] = guid  # feedparser's guid-as-link, taken as the guid is
    if guid is not None:
        order = list(seen)
        link_first = "link" in seen and order.index("link") < order.index("guid")
        entry["guidislink"] = permalink and not link_first
        entry["id"] = guid
    if author:
        entry["author"] = author
    for key, tag in (("published_parsed", "pubDate"), ("updated_parsed", DC + "date")):
        if tag in seen:
            entry[key] = _parse_date(seen[tag])
    return entry
