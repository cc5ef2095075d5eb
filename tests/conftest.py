"""Shared fixtures: a real HTTP server on 127.0.0.1 with a route per behaviour, and a real
SQLite file in tmp_path. Nothing here mocks httpx or the database."""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from digest.config import FeedConfig
from digest.fetch import Timeouts
from digest.poll import PollSettings, run_poll
from digest.store import now_utc, open_db
from digest.store.feeds import due_feeds, sync_feeds

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "feeds"
REAL_NEWS = Path(__file__).resolve().parents[1] / "benchmarks" / "real_news"


def real_news_script(name: str):
    """A script of benchmarks/real_news (check_new, pooled) loaded as a module: the folder is
    no package, and the scripts run as files."""
    spec = importlib.util.spec_from_file_location(name, REAL_NEWS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


Route = Callable[["Handler"], Reply | None]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):  # noqa: N802
        server: FeedServer = self.server.owner  # type: ignore[attr-defined]
        server.requests.append((self.path, dict(self.headers)))
        server.peers.append(self.client_address)  # one per connection the client opened
        route = server.routes.get(self.path.split("?")[0])
        if route is None:
            self.send(Reply(404, b"not found"))
            return
        reply = route(self)
        if reply is not None:
            self.send(reply)

    def send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        headers = {"Content-Length": str(len(reply.body)), **reply.headers}
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        if reply.body:
            self.wfile.write(reply.body)

    def log_message(self, *args):
        pass


class FeedServer:
    def __init__(self, host: str = "127.0.0.1"):
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict]] = []
        self.peers: list[tuple[str, int]] = []  # each request's client address and port
        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.owner = self  # type: ignore[attr-defined]
        self.base = f"http://{host}:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def static(
        self, path: str, body: bytes, content_type: str = "application/rss+xml", **headers: str
    ) -> str:
        self.routes[path] = lambda h: Reply(200, body, {"Content-Type": content_type, **headers})
        return self.url(path)

    def conditional(self, path: str, body: bytes, content_type: str = "application/rss+xml") -> str:
        """Serves `body` with an ETag and Last-Modified, and 304 when the client has them."""
        etag = '"' + hashlib.sha1(body).hexdigest()[:12] + '"'
        modified = format_datetime(now_utc(), usegmt=True)

        def route(h: Handler) -> Reply:
            if (
                h.headers.get("If-None-Match") == etag
                or h.headers.get("If-Modified-Since") == modified
            ):
                return Reply(304, b"", {"ETag": etag})
            return Reply(
                200, body, {"Content-Type": content_type, "ETag": etag, "Last-Modified": modified}
            )

        self.routes[path] = route
        return self.url(path)

    def hits(self, path: str) -> list[dict]:
        return [h for p, h in self.requests if p.split("?")[0] == path]


def free_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    return free_ports(1)[0]


def free_ports(n: int) -> list[int]:
    """`n` different loopback ports nothing listens on. Each is held until all are chosen:
    bound and released one at a time, the system may hand out one port twice (and a feeds
    file refuses one address listed twice)."""
    held = [socket.socket() for _ in range(n)]
    try:
        for s in held:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in held]
    finally:
        for s in held:
            s.close()


class ForwardProxy:
    """An HTTP proxy on loopback, as a company network has: a GET for an absolute URL is
    forwarded, a CONNECT opens a tunnel (for https). The proxy, not this machine, resolves
    host names: a request for (host, port) goes to `upstream[(host, port)]`, a loopback
    server, and one for a place not listed is answered 502. With `auth` ("Basic ..."), a request without that
    Proxy-Authorization is answered 407. `seen`: (method, target, Proxy-Authorization)."""

    def __init__(self, upstream: dict[tuple[str, int], tuple], auth: str | None = None):
        import socketserver

        self.upstream, self.auth = upstream, auth
        self.seen: list[tuple[str, str, str | None]] = []
        proxy = self

        class Handle(socketserver.StreamRequestHandler):
            def handle(self):
                proxy.serve(self)

        self.tcp = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handle)
        self.tcp.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.tcp.server_address[1]}"
        threading.Thread(target=self.tcp.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.tcp.shutdown()
        self.tcp.server_close()

    def serve(self, h) -> None:
        from urllib.parse import urlsplit

        lines = []
        while (line := h.rfile.readline()) not in (b"\r\n", b"\n", b""):
            lines.append(line.decode("latin-1").strip())
        if not lines:
            return
        method, target, _ = lines[0].split(" ", 2)
        headers = {k.lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:])}
        self.seen.append((method, target, headers.get("proxy-authorization")))
        if self.auth and headers.get("proxy-authorization") != self.auth:
            return h.wfile.write(b"HTTP/1.1 407 Proxy Authentication Required\r\n"
                                 b"Content-Length: 0\r\n\r\n")  # fmt: skip
        if method == "CONNECT":
            host, _, port = target.rpartition(":")
            place = (host, int(port))
        else:
            parts = urlsplit(target)
            place = (parts.hostname, parts.port or 80)
            target = parts.path + (f"?{parts.query}" if parts.query else "")
        if place not in self.upstream:
            return h.wfile.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
        up = socket.create_connection(self.upstream[place])
        with up:
            if method == "CONNECT":
                h.wfile.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
            else:
                kept = [x for x in lines[1:] if not x.lower().startswith("proxy-")]
                up.sendall("\r\n".join([f"{method} {target} HTTP/1.1", *kept, "", ""]).encode())
            _splice(h.connection, up)


def _splice(a: socket.socket, b: socket.socket) -> None:
    """Copy bytes both ways until either side closes."""
    import select

    while True:
        ready, _, _ = select.select([a, b], [], [], 10)
        if not ready:
            return
        for s in ready:
            data = s.recv(65536)
            if not data:
                return
            (b if s is a else a).sendall(data)


@pytest.fixture
def server():
    s = FeedServer()
    t = threading.Thread(target=s.httpd.serve_forever, daemon=True)
    t.start()
    yield s
    s.httpd.shutdown()
    s.httpd.server_close()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "digest.db"


@pytest.fixture
def db(db_path):
    database = open_db(db_path)
    yield database
    database.conn.close()


FAST = PollSettings(timeouts=Timeouts(connect=2, read=2, total=3))


def poll(
    db,
    feeds: list[FeedConfig],
    *,
    everything: bool = True,
    settings: PollSettings = FAST,
    tagger=None,
    clock=now_utc,
    on_feed=None,
):
    """Sync the feeds and run one poll, as `digest fetch --all` does."""
    now = clock()
    sync_feeds(db, feeds, now)
    return run_poll(
        db,
        due_feeds(db, now, everything=everything),
        settings=settings,
        tagger=tagger,
        clock=clock,
        on_feed=on_feed,
    )


def rss(items: list[tuple[str, str, str]], title: str = "Test feed", extra: str = "") -> bytes:
    """A small RSS 2.0 document; items are (guid, title, description)."""
    body = "".join(
        f"<item><guid isPermaLink='false'>{g}</guid><title>{t}</title>"
        f"<link>https://news.example.org/{g}</link><description>{d}</description>"
        f"<pubDate>Mon, 16 Nov 2026 09:00:00 GMT</pubDate>{extra}</item>"
        for g, t, d in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>https://news.example.org/</link>{body}</channel></rss>"
    ).encode()


SAMPLE = [
    (
        "a1",
        "Regulator approves first MSC therapy for knee cartilage",
        "The agency cleared an allogeneic stem cell injection after a phase III trial.",
    ),
    (
        "a2",
        "Phase II trial of iPSC-derived neurons doses first patient",
        "Sixty patients with Parkinson's disease will be enrolled at eight sites.",
    ),
    (
        "a3",
        "Clinic warned over 'reverse aging' stem cell infusions",
        "The medical council said rejuvenation claims have no trial evidence.",
    ),
]


def drip(every: float, count: int) -> Route:
    """A route that promises a large body and sends one byte every `every` seconds."""

    def route(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("Content-Length", "100000")
        h.end_headers()
        try:
            for _ in range(count):
                h.wfile.write(b" ")
                h.wfile.flush()
                time.sleep(every)
        except OSError:
            pass

    return route


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data)


def wait_until(predicate, timeout: float = 5.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return False
