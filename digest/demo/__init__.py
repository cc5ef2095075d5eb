"""The offline demo: sample feeds written for this project, served from a loopback server and
fetched through the real pipeline (fetch -> parse -> ingest -> store) into a temporary archive.

The files carry date placeholders ({DATE-3}: RFC 822 three days ago; {ISO-3}: the same in
ISO 8601) so the demo always shows a current fortnight.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
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


class DemoServer:
    """A loopback HTTP server for the demo feeds, with ETag support; a context manager."""

    def __init__(self, now: datetime | None = None):
        self.now = now or datetime.now(UTC)
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - the http.server API
                name = self.path.removeprefix("/feeds/")
                if name not in DEMO_FEEDS:
                    self.send_error(404)
                    return
                body = render_feed(name, server.host, server.now)
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", DEMO_FEEDS[name][1] + "; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.host = f"127.0.0.1:{self.httpd.server_address[1]}"

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
        if open_tui and on_terminal() and _tui_available():  # else listed, as --no-tui
            from digest.tui import make_app

            make_app(db_path=db_path, feeds_path=feeds_path).run()
        else:
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
