"""HTTP, politely and safely: one GET with conditional headers, bounded time and memory.

- connect/read timeouts from httpx, and a total deadline per request (asyncio.timeout), so a
  server that drips a byte a second cannot hold the run;
- gzip/deflate decoded here with a cap on *decoded* bytes enforced while streaming (a gzip
  bomb stops at the cap, never expands in memory);
- redirects followed by hand up to a limit, so a permanent one (301/308) can update the
  stored URL and a redirect into a private network is refused unless the configured URL is
  itself private (intranet feeds keep working).
"""

from __future__ import annotations

import asyncio
import email.utils
import ipaddress
import re
import socket
import ssl
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import urljoin, urlsplit

import httpx

from digest import USER_AGENT
from digest.normalize import address_problem
from digest.transport import HostPools, Proxy, ProxyFailure, refused, unresolved

MAX_BODY = 15 * 1024 * 1024
MAX_REDIRECTS = 5
DRAIN_MAX = 64 * 1024  # a non-200 body up to this size is read, so its connection is reused
ACCEPT_FEED = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)
ACCEPT_HTML = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"


@dataclass
class Timeouts:
    connect: float = 10.0
    read: float = 20.0
    total: float = 60.0  # per request, redirects included


@dataclass
class Response:
    status: int
    url: str  # the final URL after redirects
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    permanent_url: str | None = None  # set when every redirect hop was permanent


class FetchError(Exception):
    """A request failed in a way worth telling the user; str() says what. `unconnected`: no
    connection was made (the run tells an offline machine by every feed failing so);
    `proxy`: the proxy that failed it, when one did."""

    def __init__(
        self,
        message: str,
        status: int | None = None,
        *,
        unconnected: bool = False,
        proxy: Proxy | None = None,
    ):
        super().__init__(message)
        self.status, self.unconnected, self.proxy = status, unconnected, proxy


def make_client(
    timeouts: Timeouts, per_host: int = 2, ssl_context: ssl.SSLContext | None = None
) -> httpx.AsyncClient:
    """A client whose connections are pooled per host (`transport.HostPools`); the caller
    bounds how many requests run at once. `ssl_context`: whom to trust (default:
    `transport.trusted_authorities`). Proxies come from the environment (`transport.Proxies`)."""
    return httpx.AsyncClient(
        timeout=httpx.Timeout(timeouts.read, connect=timeouts.connect, pool=None),
        transport=HostPools(per_host, ssl_context=ssl_context),
        headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
        follow_redirects=False,
        trust_env=False,
    )


def is_private_host(host: str) -> bool:
    """True for loopback, private, link-local and other non-public literal addresses."""
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return host.lower() in ("localhost",) or host.lower().endswith((".localhost", ".local"))
    return _private_ip(ip)


def _private_ip(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return (
        ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved
        or ip.is_multicast or ip.is_unspecified
    )  # fmt: skip


async def resolves_private(host: str) -> bool:
    if is_private_host(host):
        return True
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except OSError:
        return False  # the request itself will fail with a clear DNS error
    return any(_private_ip(ipaddress.ip_address(info[4][0])) for info in infos)


async def get(
    client: httpx.AsyncClient,
    url: str,
    *,
    timeouts: Timeouts,
    etag: str | None = None,
    last_modified: str | None = None,
    accept: str = ACCEPT_FEED,
    allow_private: bool = False,
    max_body: int = MAX_BODY,
) -> Response:
    """GET `url`; raises FetchError for network failures, caps, loops and refused targets.
    HTTP error statuses are returned, not raised: the caller decides what a 410 or 429 means."""
    try:
        async with asyncio.timeout(timeouts.total):
            return await _get(client, url, etag, last_modified, accept, allow_private, max_body)
    except TimeoutError:
        raise FetchError(
            f"no complete answer within {timeouts.total:g}s (server too slow)"
        ) from None
    except httpx.ConnectTimeout:
        raise FetchError(
            f"could not connect within {timeouts.connect:g}s", unconnected=True
        ) from None
    except httpx.ReadTimeout:
        raise FetchError(f"the server stopped sending for {timeouts.read:g}s") from None
    except ProxyFailure as exc:  # "could not connect: the proxy ... (from https_proxy): ..."
        raise FetchError(f"could not connect: {exc}", unconnected=True, proxy=exc.proxy) from None
    except httpx.ConnectError as exc:
        if unresolved(exc):  # the host asked for: after a redirect, not the feed's own
            host = exc.request.url.host  # httpx names the request on every error it raises
            raise FetchError(
                f"could not connect: the host name {host} did not resolve (no network, or a wrong address)",
                unconnected=True,
            ) from None
        reason = _reason(exc)
        if refused(exc):
            reason = "connection refused (the server is down, or the address is wrong)"
        elif "CERTIFICATE_VERIFY_FAILED" in reason:
            why = _CERT_DETAIL.search(reason)
            reason = "the server's certificate could not be verified" + (
                f": {why.group(1)}" if why else ""
            )
        raise FetchError(f"could not connect: {reason}", unconnected=True) from None
    except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
        reason = _reason(exc)
        if "location header" in reason.lower():  # httpx's own check of a redirect's address
            raise FetchError(f"redirect refused: {reason}") from None
        raise FetchError(f"the connection broke: {reason}") from None
    except httpx.InvalidURL as exc:
        raise FetchError(f"invalid address: {exc}") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"HTTP error: {_reason(exc)}") from None


def _reason(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return _ERRNO.sub("", text.splitlines()[0])[:200]


_ERRNO = re.compile(r"\[Errno -?\d+\]\s*")  # "[Errno 111] Connection refused"
# "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate (_ssl.c:1006)"
_CERT_DETAIL = re.compile(r"verify failed: (.+?)(?: \(_ssl\.c:\d+\))?$")


async def _get(client, url, etag, last_modified, accept, allow_private, max_body) -> Response:
    headers = {"Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    permanent = True
    current = url
    for hop in range(MAX_REDIRECTS + 1):
        if hop and not allow_private:
            host = urlsplit(current).hostname or ""
            if await resolves_private(host):
                raise FetchError(f"refused a redirect to a private address ({host})")
        request = client.build_request("GET", current, headers=headers)
        response = await client.send(request, stream=True)
        try:
            if response.has_redirect_location:
                location = response.headers.get("location", "")
                try:
                    target = urljoin(current, location)
                    scheme = urlsplit(target).scheme
                except ValueError:  # "http://[::1": a host in brackets left open
                    raise FetchError(
                        f"redirect refused: {location[:100]!r} is not a valid address"
                    ) from None
                if scheme not in ("http", "https"):
                    raise FetchError(f"redirect to a non-http address refused: {location[:100]}")
                if problem := address_problem(target):
                    raise FetchError(f"redirect refused: {problem[:200]}")
                if response.status_code not in (301, 308):
                    permanent = False
                current = target
                await _drain(response)
                continue
            body = b""
            if response.status_code == 200:
                body = await _read_capped(response, max_body)
            else:
                await _drain(response)
            return Response(
                status=response.status_code,
                url=current,
                headers={k.lower(): v for k, v in response.headers.items()},
                body=body,
                permanent_url=current if (hop and permanent) else None,
            )
        finally:
            await response.aclose()
    raise FetchError(f"more than {MAX_REDIRECTS} redirects (a redirect loop?)")


async def _read_capped(response: httpx.Response, cap: int) -> bytes:
    encoding = response.headers.get("content-encoding", "identity").lower().strip()
    decoder = _decoder(encoding)
    out = bytearray()
    async for raw in response.aiter_raw():
        if decoder is None:
            out += raw
        else:
            try:
                out += decoder.decompress(raw, cap + 1 - len(out))
                while decoder.unconsumed_tail and len(out) <= cap:
                    out += decoder.decompress(decoder.unconsumed_tail, cap + 1 - len(out))
            except zlib.error as exc:
                raise FetchError(f"the {encoding} body is corrupt ({exc})") from None
        if len(out) > cap:
            raise FetchError(
                f"the body is larger than {cap // (1024 * 1024)} MiB (decoded); not read"
            )
    if decoder is not None:
        try:
            out += decoder.flush()
        except zlib.error:
            pass
    return bytes(out[: cap + 1])


async def _drain(response: httpx.Response) -> None:
    """Read a small unwanted body (a 304's, a redirect's, an error page) to its end: httpcore
    closes a connection whose response was left unread. A large one is left: aclose() then
    closes the connection, which costs less than reading it."""
    length = response.headers.get("content-length", "")
    if length.isascii() and length.isdigit() and int(length) > DRAIN_MAX:
        return
    read = 0
    async for raw in response.aiter_raw():
        read += len(raw)
        if read > DRAIN_MAX:
            return


def _decoder(encoding: str):
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return _DeflateDecoder()
    raise FetchError(f"unsupported content-encoding {encoding!r}")


class _DeflateDecoder:
    """'deflate' is zlib-wrapped per the RFC, raw deflate in practice for some servers."""

    def __init__(self) -> None:
        self._obj = None
        self.unconsumed_tail = b""

    def decompress(self, data: bytes, max_length: int) -> bytes:
        if self._obj is None:
            self._obj = zlib.decompressobj()
            try:
                out = self._obj.decompress(data, max_length)
            except zlib.error:
                self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
                out = self._obj.decompress(data, max_length)
        else:
            out = self._obj.decompress(data, max_length)
        self.unconsumed_tail = self._obj.unconsumed_tail
        return out

    def flush(self) -> bytes:
        return self._obj.flush() if self._obj else b""


def status_line(status: int) -> str:
    """ "HTTP 404 Not Found": the code and, where it has one, its standard phrase."""
    from http import HTTPStatus

    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def retry_after(headers: dict[str, str], now: datetime, default: timedelta) -> datetime:
    """When a 429/503 says to come back: seconds or an HTTP date; bounded to a week."""
    value = headers.get("retry-after", "").strip()
    when = None
    if value.isascii() and value.isdigit():  # capped: 30 digits would overflow a timedelta
        when = now + timedelta(seconds=min(int(value), 8 * 86400))
    elif value:
        try:
            when = email.utils.parsedate_to_datetime(value)
            if when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
        except (TypeError, ValueError):
            when = None
    if when is None:
        when = now + default
    return min(max(when, now + timedelta(seconds=1)), now + timedelta(days=7))
