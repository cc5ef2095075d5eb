"""OPML 2.0 in and out, the format every feed reader imports and exports.

Import reads outlines with an xmlUrl at any depth (folders become tags); the XML parser
resolves no entities and touches no network. Export writes the configured feeds.
"""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import quoteattr

from digest.config import FeedConfig
from digest.errors import ConfigError


def read_opml(path: Path) -> list[dict]:
    """[{name, url, tags}] for each feed outline in the file."""
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, recover=False
    )
    try:
        root = etree.parse(str(path), parser).getroot()
    except OSError as exc:
        raise ConfigError(path, None, f"cannot read: {exc}") from None
    except etree.XMLSyntaxError as exc:
        raise ConfigError(path, exc.lineno, f"not valid OPML/XML: {exc.msg}") from None
    if root.tag != "opml":
        raise ConfigError(path, root.sourceline, f"not an OPML file (root element <{root.tag}>)")
    feeds = []

    def walk(el, folders: tuple[str, ...]) -> None:
        for child in el:
            if child.tag != "outline":
                continue
            url = child.get("xmlUrl") or child.get("xmlurl")
            label = (child.get("title") or child.get("text") or "").strip()
            if url:
                feeds.append(
                    {
                        "name": label or None,
                        "url": url.strip(),
                        "tags": list(folders),
                        "line": child.sourceline,
                    }
                )
            else:
                walk(child, folders + ((label,) if label else ()))

    body = root.find("body")
    if body is None:
        raise ConfigError(path, root.sourceline, "OPML file has no <body>")
    walk(body, ())
    return feeds


def write_opml(feeds: list[FeedConfig], now: datetime, title: str = "digest feeds") -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head>",
        f"    <title>{_esc(title)}</title>",
        f"    <dateCreated>{format_datetime(now)}</dateCreated>",
        "  </head>",
        "  <body>",
    ]
    for f in feeds:
        attrs = f'type="rss" text={quoteattr(f.name)} title={quoteattr(f.name)} xmlUrl={quoteattr(f.url)}'
        if f.tags:
            attrs += f" category={quoteattr(','.join(f.tags))}"
        lines.append(f"    <outline {attrs}/>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _esc(text: str) -> str:
    return quoteattr(text)[1:-1]
