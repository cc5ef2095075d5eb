"""OPML 2.0 in and out, the format every feed reader imports and exports.

Import reads outlines with an xmlUrl at any depth; their folders and `category` become
tags. The XML parser resolves no entities and touches no network. Export writes the
configured feeds.

What only digest knows (an interval, full_text, a paused feed, a site with no feed and
its selector) travels in attributes of digest's own namespace, which feed readers
ignore, so `feeds export` on one machine and `feeds import` on another keep it. A site
with no feed is a `type="link"` outline (OPML's type for a web page), not a feed
reader's `rss`.
"""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import quoteattr

from digest.config import (
    DEFAULT_INTERVAL,
    FEED_KINDS,
    FeedConfig,
    format_interval,
    polling_interval,
    selector_problem,
)
from digest.errors import ConfigError
from digest.files import read_capped

NS = "urn:x-digest:feeds"
_BOOLS = {"true": True, "false": False}
MAX_OPML_BYTES = 20 << 20  # a reader's export of thousands of feeds is a few MiB
OPML_HINT = "export the subscriptions from your feed reader again, as OPML (an .opml file)"


def read_opml(path: Path, source=None) -> list[dict]:
    """[{name, url, tags, line, and digest's own settings}] for each feed outline in the
    file; an outline whose own settings are wrong has {"problem": what} in their place.
    `source` (a binary file, such as stdin) is read instead of `path`, which then only
    names it in messages."""
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, recover=False
    )
    try:  # bytes, not a file name: lxml reports a file's bad encoding as an OSError, no line
        too_big = f"larger than {MAX_OPML_BYTES >> 20} MiB: not a list of feeds"
        data = read_capped(Path(path), MAX_OPML_BYTES, too_big, OPML_HINT, source)
    except OSError as exc:
        raise ConfigError(path, None, f"cannot read: {exc.strerror or exc}") from None
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        msg = re.sub(r", line \d+, column \d+$", "", exc.msg)
        hint = OPML_HINT
        if "encoding" in msg.lower():
            hint = (
                "save it as UTF-8, or name its encoding in its first line: "
                '<?xml version="1.0" encoding="ISO-8859-1"?>'
            )
        raise ConfigError(path, exc.lineno, f"not valid OPML/XML: {msg}", hint) from None
    if root.tag != "opml":
        tag = etree.QName(root).localname
        hint = (
            "this is a feed, not a list of feeds: add it by its address with `digest feeds add URL`"
            if tag.lower() in ("rss", "feed", "rdf")
            else OPML_HINT
        )
        raise ConfigError(path, root.sourceline, f"not an OPML file (root element <{tag}>)", hint)
    feeds = []

    def walk(el, folders: tuple[str, ...]) -> None:
        for child in el:
            if child.tag != "outline":
                continue
            url = child.get("xmlUrl") or child.get("xmlurl")
            if not url and child.get(f"{{{NS}}}kind") == "html":
                url = child.get("url")
            label = (child.get("title") or child.get("text") or "").strip()
            if url:
                feed = {"name": label or None, "url": url.strip(), "line": child.sourceline}
                feed["tags"] = _tags(folders, child.get("category") or "")
                feed.update(_own_settings(child))
                feeds.append(feed)
            else:
                walk(child, folders + ((label,) if label else ()))

    body = root.find("body")
    if body is None:
        raise ConfigError(path, root.sourceline, "OPML file has no <body>", OPML_HINT)
    walk(body, ())
    return feeds


def _tags(folders: tuple[str, ...], category: str) -> list[str]:
    """Folders, then each `category` ("a,b", or OPML's slash paths such as "/Asia/China")."""
    found = list(folders)
    for path in category.split(","):
        found += [part.strip() for part in path.split("/") if part.strip()]
    return list(dict.fromkeys(found))


def _own_settings(outline) -> dict:
    """digest's own attributes, checked: {key: value}, or {"problem": what is wrong}."""
    got = {key: outline.get(f"{{{NS}}}{key}") for key in ("interval", "full_text", "enabled")}
    kind, selector = outline.get(f"{{{NS}}}kind"), outline.get(f"{{{NS}}}selector")
    out: dict = {}
    if got["interval"] is not None:
        try:
            out["interval"] = format_interval(polling_interval(got["interval"]))
        except ValueError:
            return {"problem": f"bad digest:interval {got['interval']!r}"}
    for key in ("full_text", "enabled"):
        if got[key] is not None:
            if got[key] not in _BOOLS:
                return {"problem": f"digest:{key} must be true or false, not {got[key]!r}"}
            out[key] = _BOOLS[got[key]]
    if kind is not None and kind not in FEED_KINDS:
        return {"problem": f"unknown digest:kind {kind!r}"}
    if kind == "html":
        problem = selector_problem(selector) if selector else "digest:selector is missing"
        if problem:
            return {"problem": problem}
        out.update(kind="html", selector=selector)
    return out


def write_opml(feeds: list[FeedConfig], now: datetime, title: str = "digest feeds") -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<opml version="2.0" xmlns:digest="{NS}">',
        "  <head>",
        f"    <title>{_esc(title)}</title>",
        f"    <dateCreated>{format_datetime(now)}</dateCreated>",
        "  </head>",
        "  <body>",
    ]
    for f in feeds:
        names = f"text={quoteattr(f.name)} title={quoteattr(f.name)}"
        if f.kind == "html":
            attrs = f'type="link" {names} url={quoteattr(f.url)} digest:kind="html"'
            attrs += f" digest:selector={quoteattr(f.selector or '')}"
        else:
            attrs = f'type="rss" {names} xmlUrl={quoteattr(f.url)}'
        if f.tags:
            attrs += f" category={quoteattr(','.join(f.tags))}"
        if f.interval != DEFAULT_INTERVAL:
            attrs += f' digest:interval="{format_interval(f.interval)}"'
        if f.full_text:
            attrs += ' digest:full_text="true"'
        if not f.enabled:
            attrs += ' digest:enabled="false"'
        lines.append(f"    <outline {attrs}/>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _esc(text: str) -> str:
    return quoteattr(text)[1:-1]
