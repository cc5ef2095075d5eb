"""The digest as HTML for mail: the markdown rendered by markdown-it-py (raw HTML off, links
limited to http(s) and mailto), with inline styles, since most mail clients drop <style>."""

from __future__ import annotations

import html
import re

from markdown_it import MarkdownIt

STYLES = {
    "h1": "font-size:22px;line-height:1.3;margin:0 0 12px;color:#12343b",
    "h2": "font-size:17px;margin:24px 0 8px;padding-bottom:4px;border-bottom:1px solid #d5e3e6;color:#12343b",
    "p": "margin:0 0 12px",
    "ul": "padding-left:20px;margin:0 0 12px",
    "li": "margin:0 0 10px",
    "a": "color:#0b6e79;text-decoration:underline",
    "em": "color:#4a5a5e",
}
BODY = (
    "font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;font-size:15px;"
    "line-height:1.5;color:#1d2a2d;max-width:680px;margin:0 auto;padding:16px"
)


def _md() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False})
    md.validateLink = lambda url: bool(re.match(r"(?i)(https?:|mailto:)", url.strip()))
    return md


def to_html(markdown: str, title: str) -> str:
    body = _md().render(markdown)
    for tag, style in STYLES.items():
        body = re.sub(rf"<{tag}(?=[ >])", f'<{tag} style="{style}"', body)
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head>"
        f'<body style="margin:0;background:#ffffff"><div style="{BODY}">\n{body}</div></body></html>\n'
    )
