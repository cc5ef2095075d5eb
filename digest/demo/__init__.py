"""The offline demo: sample feeds written for this project, served from a loopback server and
fetched through the real pipeline (fetch -> parse -> ingest -> store) into a temporary archive.

The files carry date placeholders ({DATE-3}: RFC 822 three days ago; {ISO-3}: the same in
ISO 8601) so the demo always shows a current fortnight.
"""

from __future__ import annotations

import hashlib
import html
import re
import shutil
import tempfile
import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from functools import cached_property
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

DEMO_FEEDS = {
    "regen-wire.xml": ("Regenerative Medicine Wire", "application/rss+xml"),
    "cell-policy.atom": ("Cell Therapy Policy Watch", "application/atom+xml"),
    "asia-briefing.json": ("Asia Stem Cell Briefing", "application/feed+json"),
    "biotech-daily.xml": ("General Biotech Daily", "application/rss+xml"),
}
_PLACEHOLDER = re.compile(r"\{(DATE|ISO)-(\d+)\}")


def render_feed(name: str, host: str, now: datetime) -> bytes:
    text = resources.files("digest.demo").joinpath(name).read_text(encoding="utf-8")

    def when(m: re.Match) -> str:
        t = (now - timedelta(days=int(m.group(2)))).replace(
            hour=9, minute=30, second=0, microsecond=0
        )
        return (
            format_datetime(t, usegmt=True)
            if m.group(1) == "DATE"
            else t.strftime("%Y-%m-%dT%H:%M:%SZ")
        )

    return _PLACEHOLDER.sub(when, text.replace("{HOST}", host)).encode("utf-8")


def article_pages(host: str, now: datetime) -> dict[str, bytes]:
    """A short HTML page for each sample item's link (its path), so that opening an item from
    the demo shows its headline and lede rather than a 404."""
    from digest.parse import parse_feed

    pages = {}
    for name, (source, _) in DEMO_FEEDS.items():
        for e in parse_feed(render_feed(name, host, now)).entries:
            if not (e.url or "").startswith(f"http://{host}/"):
                continue  # an item with no link, or one that leaves the demo
            pages[e.url.removeprefix(f"http://{host}")] = (
                "<!doctype html>\n<meta charset=utf-8>\n"
                f"<title>{html.escape(e.title)}</title>\n"
                f"<p><small>{html.escape(source)}, a sample feed of digest's demo</small></p>\n"
                f"<h1>{html.escape(e.title)}</h1>\n<p>{html.escape(e.summary)}</p>\n"
                "<p><small>Written for the demo: not real news.</small></p>\n"
            ).encode()
    return pages


class DemoServer:
    """A loopback HTTP server for the demo feeds (with ETag support) and a page for each of
    their items; a context manager."""

    def __init__(self, now: datetime | None = None):
        self.now = now or datetime.now(UTC)
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - the http.server API
                name = self.path.removeprefix("/feeds/")
                if name not in DEMO_FEEDS:
                    page = server.pages.get(self.path)
                    if page is None:
                        self.send_error(404)
                    else:
                        self.send_body(page, "text/html")
                    return
                body = render_feed(name, server.host, server.now)
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_body(body, DEMO_FEEDS[name][1], etag)

            def send_body(self, body: bytes, media_type: str, etag: str | None = None) -> None:
                self.send_response(200)
                self.send_header("Content-Type", media_type + "; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                if etag:
                    self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.host = f"127.0.0.1:{self.httpd.server_address[1]}"

    @cached_property
    def pages(self) -> dict[str, bytes]:
        """Built when a page is first asked for (`o` in the app), not at start: the demo's
        poll parses the same feeds, and most runs open no page."""
        return article_pages(self.host, self.now)

    def __enter__(self) -> DemoServer:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def feeds_toml(self) -> str:
        lines = []
        for file, (title, _) in DEMO_FEEDS.items():
            lines += [
                "[[feeds]]",
                f'name = "{title}"',
                f'url = "http://{self.host}/feeds/{file}"',
                'interval = "1h"',
                "",
            ]
        return "\n".join(lines)


def run_demo(*, open_tui: bool = True, keep: Path | None = None) -> None:
    import click

    from digest.config import load_feeds
    from digest.console import list_items, on_terminal, run_fetch
    from digest.store import open_db

    tui = open_tui and on_terminal() and _tui_available()  # else listed, as --no-tui
    workdir = Path(tempfile.mkdtemp(prefix="digest-demo-"))
    try:
        db_path = keep or workdir / "demo.db"
        with DemoServer() as server:
            feeds_path = workdir / "feeds.toml"
            feeds_path.write_text(server.feeds_toml(), encoding="utf-8")
            click.echo(
                f"Serving {len(DEMO_FEEDS)} sample feeds on http://{server.host}/ (loopback only)"
            )
            db = open_db(db_path)
            run_fetch(db, load_feeds(feeds_path), everything=True, quiet=False)
            click.echo("")
            if tui:
                from digest.tui import make_app

                # the server stays up while the app runs: its refresh (r) polls the sample
                # feeds again, and opening an item's link (o) shows the item's page
                make_app(db_path=db_path, feeds_path=feeds_path).run()
        if not tui:
            list_items(
                db, since=None, until=None, search=None, include_all=True, limit=0, as_json=False
            )
        if keep:
            click.echo(f"\nThe demo archive is kept at {keep}: digest --db {keep} items")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _tui_available() -> bool:
    try:
        from digest.tui import make_app  # noqa: F401
    except ImportError:
        return False
    return True
