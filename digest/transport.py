"""Connections for fetch: one small pool per host, over the event loop's own sockets.

httpx hands each request to httpcore, which keeps the connections and speaks HTTP/1.1 (h11).
httpcore's own network layer for asyncio goes through anyio, whose stream wrappers, cancel
scopes and per-call socket polls cost more than the rest of a request: here httpcore is given
`LoopBackend` instead, a thin layer over asyncio's transports (uvloop's, where installed).
On benchmarks/fetch_bench.py the fetch process spends about 0.2 s less CPU per 500-feed first
poll than through anyio, and TLS is done by the loop's own implementation.

Behind a proxy (`Proxies`, from the environment) a host's pool is httpcore's HTTP proxy pool
over the same backend: absolute URLs for http, a CONNECT tunnel for https.

Deliberate limits: HTTP/1.1 only (as before), and on uvloop a host's addresses are tried one
after another in the resolver's order, as `requests` does, rather than raced (asyncio's own
loop races them, "happy eyeballs", and is used where uvloop is not installed).
"""

from __future__ import annotations

import asyncio
import ipaddress
import os
import re
import socket
import ssl
from collections.abc import Callable, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit
from urllib.request import proxy_bypass_environment

import httpcore
import httpx

from digest.errors import ConfigError

MAX_IDLE_HOSTS = 64  # hosts whose idle connections are kept open (HostPools)
HIGH_WATER = 1 << 20  # bytes received but not yet read before the socket is paused
HAPPY_EYEBALLS_DELAY = 0.25  # seconds before the next address is tried (asyncio's loop only)
_CORE_ERRORS = (  # httpcore's exceptions have no common base of their own
    httpcore.TimeoutException, httpcore.NetworkError, httpcore.ProtocolError,
    httpcore.UnsupportedProtocol, httpcore.ProxyError,
)  # fmt: skip


PROXY_HINT = "write it as http://proxy.example.org:3128 (user:password@ before the host if it asks)"


@dataclass(frozen=True)
class Proxy:
    url: str  # scheme://host:port, without the credentials
    auth: tuple[str, str] | None  # from user:password@ in the variable
    source: str  # the variable it came from, named in errors

    def __str__(self) -> str:
        return f"the proxy {urlsplit(self.url).netloc} (from {self.source})"


class Proxies:
    """The proxies the environment names, read as curl and pip read them: https_proxy,
    http_proxy, all_proxy (the lowercase name before the uppercase one; no scheme means
    http://) and no_proxy (host names or domain suffixes, comma-separated, or *). Loopback
    addresses never go through one, so `digest demo` and local feeds work under a proxy whose
    no_proxy forgets localhost. HTTP proxies only (CONNECT tunnels https)."""

    def __init__(self, env: Mapping[str, str] | None = None) -> None:
        env = os.environ if env is None else env
        self._by_scheme: dict[str, Proxy] = {}
        self._no_proxy = ""
        for key in ("http", "https", "all", "no"):
            source, value = _proxy_variable(env, f"{key}_proxy")
            if not value:
                continue
            if key == "no":
                self._no_proxy = value
            else:
                self._by_scheme[key] = _proxy(source, value)

    def __bool__(self) -> bool:
        return bool(self._by_scheme)

    def for_url(self, scheme: str, host: str) -> Proxy | None:
        proxy = self._by_scheme.get(scheme) or self._by_scheme.get("all")
        if proxy is None or _is_loopback(host):
            return None
        if self._no_proxy and proxy_bypass_environment(host, {"no": self._no_proxy}):
            return None
        return proxy


def _proxy_variable(env: Mapping[str, str], name: str) -> tuple[str, str]:
    for source in (name, name.upper()):
        if env.get(source, "").strip():
            return source, env[source].strip()
    return name, ""


def _proxy(source: str, value: str) -> Proxy:
    parts = urlsplit(value if "://" in value else "http://" + value)
    if parts.scheme not in ("http", "https"):
        raise ConfigError(source, None, f"{parts.scheme} proxies are not supported", PROXY_HINT)
    try:
        port = parts.port
    except ValueError:
        port = -1
    if not parts.hostname or port == -1 or parts.path not in ("", "/"):
        raise ConfigError(source, None, "is not a proxy address", PROXY_HINT)
    auth = (unquote(parts.username), unquote(parts.password or "")) if parts.username else None
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return Proxy(f"{parts.scheme}://{host}" + (f":{port}" if port else ""), auth, source)


def _is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class ProxyFailure(httpx.TransportError):
    """The proxy could not be reached, or would not open the way to the feed's host (a
    refused tunnel, or a plain-http request it answered 407). `proxy` is the one to blame."""

    def __init__(self, message: str, proxy: Proxy):
        super().__init__(message)
        self.proxy = proxy


class HostPools(httpx.AsyncBaseTransport):
    """One small httpcore pool per host, so a host's next request in the run (its next feed,
    an article page) reuses an open connection, TLS session included.

    httpx's single pool works against this in a run like ours: it holds as many connections
    as requests run at once, so with more hosts than that it closes one for nearly every
    request (500 connects for 500 feeds over 25 hosts in benchmarks/fetch_bench.py); and
    made larger, its bookkeeping grows with the square of its size (CPU ~3x in the same
    benchmark). Here each pool holds at most `per_host` connections, and the pools of hosts
    with nothing in flight are closed, oldest first, beyond `max_idle_hosts`.
    """

    def __init__(
        self,
        per_host: int,
        max_idle_hosts: int = MAX_IDLE_HOSTS,
        ssl_context: ssl.SSLContext | None = None,
        proxies: Proxies | None = None,
    ):
        # made once (~30 ms each); a test passes one that trusts its own authority
        self._ssl = ssl_context or trusted_authorities()
        self._proxies = proxies if proxies is not None else Proxies()
        self._per_host = per_host
        self._max_idle = max_idle_hosts
        self._backend = LoopBackend()
        self._pools: dict[tuple, httpcore.AsyncConnectionPool] = {}  # least recently used first
        self._in_flight: dict[tuple, int] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        key = (url.raw_scheme, url.raw_host, url.port)
        proxy = self._proxies.for_url(url.scheme, url.host) if self._proxies else None
        pool = self._pools.pop(key, None)
        if pool is None:
            await self._close_idle()
            pool = self._new_pool(proxy)
        self._pools[key] = pool
        self._in_flight[key] = self._in_flight.get(key, 0) + 1
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port,
                             target=url.raw_path),
            headers=request.headers.raw, content=request.stream, extensions=request.extensions,
        )  # fmt: skip
        try:
            with _httpx_errors():
                response = await pool.handle_async_request(core_request)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.ProxyError) as exc:
            self._done(key)
            if proxy is None or caused_by(exc, ssl.SSLError):  # TLS with the feed's own host
                raise
            # through a proxy, a connect failure is the proxy's, and a refused tunnel (a
            # CONNECT answered 403, 407 or 502) is the proxy speaking for the feed's host
            raise ProxyFailure(f"{proxy}: {_proxy_reason(exc, proxy)}", proxy) from exc
        except BaseException:
            self._done(key)
            raise
        if proxy is not None and response.status == 407 and url.scheme == "http":
            # a plain-http request is forwarded, not tunnelled: the proxy's refusal comes
            # back as the response, and is told as a refused tunnel is
            await response.aclose()
            self._done(key)
            answer = _answered(f"407 {_reason_phrase(response)}", proxy)
            raise ProxyFailure(f"{proxy}: {answer}", proxy)
        return httpx.Response(
            status_code=response.status, headers=response.headers,
            stream=_Released(response.stream, lambda: self._done(key)),
            extensions=response.extensions,
        )  # fmt: skip

    def _new_pool(self, proxy: Proxy | None) -> httpcore.AsyncConnectionPool:
        limits = {"max_connections": self._per_host, "max_keepalive_connections": self._per_host}
        if proxy is None:
            return httpcore.AsyncConnectionPool(
                ssl_context=self._ssl, network_backend=self._backend, **limits
            )
        return httpcore.AsyncHTTPProxy(
            proxy_url=proxy.url, proxy_auth=proxy.auth, ssl_context=self._ssl,
            network_backend=self._backend, **limits,
        )  # fmt: skip

    def _done(self, key: tuple) -> None:
        self._in_flight[key] -= 1

    async def _close_idle(self) -> None:
        idle = [k for k in self._pools if not self._in_flight.get(k)]
        for key in idle[: max(0, len(idle) - self._max_idle + 1)]:
            self._in_flight.pop(key, None)
            await self._pools.pop(key).aclose()

    async def aclose(self) -> None:
        pools, self._pools = list(self._pools.values()), {}
        for pool in pools:
            await pool.aclose()


def trusted_authorities() -> ssl.SSLContext:
    """The certificate authorities https feeds are checked against: the file or directory
    SSL_CERT_FILE or SSL_CERT_DIR names (a company's own authority, behind a TLS-inspecting
    proxy), else the bundled certifi set, as httpx reads them."""
    try:
        return httpx.create_ssl_context(trust_env=True)
    except (OSError, ssl.SSLError) as exc:  # SSLError is an OSError; named for the reader
        source = "SSL_CERT_FILE" if os.environ.get("SSL_CERT_FILE") else "SSL_CERT_DIR"
        raise ConfigError(
            source, None,
            f"{os.environ.get(source)!r} cannot be read as certificate authorities: "
            + (_ssl_words(exc) if isinstance(exc, ssl.SSLError) else exc.strerror or str(exc)),
            "point it at a PEM file of certificates, or unset it to use the bundled ones",
        ) from None  # fmt: skip


def _ssl_words(exc: Exception) -> str:
    """OpenSSL's message without its codes: "[X509: NO_CERTIFICATE_OR_CRL_FOUND] no
    certificate or crl found (_ssl.c:4154)" -> "no certificate or crl found"."""
    return re.sub(r"^\[[^]]*\]\s*|\s*\(_ssl\.c:\d+\)$", "", str(exc)) or type(exc).__name__


def caused_by(exc: BaseException | None, kind: type[BaseException]) -> bool:
    """Whether `exc` or an exception it was raised from (a few links down) is a `kind`."""
    seen = 0
    while exc is not None and seen < 8:
        if isinstance(exc, kind):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def unresolved(exc: BaseException) -> bool:
    """Whether a connect failed on the host name's lookup: no such name, or no DNS server
    answering (EAI_AGAIN, "Temporary failure in name resolution", on a machine offline)."""
    return caused_by(exc, socket.gaierror)


def refused(exc: BaseException) -> bool:
    """Whether a connect was refused (ECONNREFUSED). asyncio's own loop words it "Connect
    call failed ('127.0.0.1', 9)" (uvloop: "Connection refused"), so the errno decides where
    the words do not."""
    first_line = str(exc).partition("\n")[0]
    return "refused" in first_line.lower() or caused_by(exc, ConnectionRefusedError)


def _proxy_reason(exc: Exception, proxy: Proxy) -> str:
    text = (str(exc) or type(exc).__name__).splitlines()[0]
    if isinstance(exc, httpx.ProxyError):  # httpcore says "502 Bad Gateway", say who did
        return _answered(text, proxy)
    if unresolved(exc):
        return "its host name did not resolve"
    if refused(exc):
        return "connection refused"
    return text[:200]


def _answered(status: str, proxy: Proxy) -> str:
    """What a proxy's refusal ("407 Proxy Authentication Required") says to the user."""
    return f"it answered {status}" + (
        f" (it wants a user and password: user:password@ in {proxy.source})"
        if status.startswith("407")
        else ""
    )


def _reason_phrase(response: httpcore.Response) -> str:
    phrase = response.extensions.get("reason_phrase", b"")
    return phrase.decode("ascii", "replace") or "Proxy Authentication Required"


@contextmanager
def _httpx_errors():
    """httpcore's errors raised as httpx's exception of the same name (httpx defines one for
    each of httpcore's), as httpx's own transport does."""
    try:
        yield
    except _CORE_ERRORS as exc:
        for cls in type(exc).__mro__:
            found = getattr(httpx, cls.__name__, None)
            if isinstance(found, type) and issubclass(found, httpx.TransportError):
                raise found(str(exc)) from exc
        raise httpx.TransportError(str(exc)) from exc


class _Released(httpx.AsyncByteStream):
    """A response body as httpx expects it (httpcore's errors raised as httpx's), which tells
    its pool when it is closed."""

    def __init__(self, stream, on_close: Callable[[], None]) -> None:
        self._stream, self._on_close = stream, on_close

    async def __aiter__(self):
        with _httpx_errors():
            async for chunk in self._stream:
                yield chunk

    async def aclose(self) -> None:
        try:
            with _httpx_errors():
                await self._stream.aclose()
        finally:
            if self._on_close is not None:
                self._on_close, on_close = None, self._on_close
                on_close()


class LoopBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network layer on the running event loop's transports."""

    async def connect_tcp(
        self, host: str, port: int, timeout: float | None = None,
        local_address: str | None = None, socket_options=None,
    ) -> httpcore.AsyncNetworkStream:  # fmt: skip
        loop = asyncio.get_running_loop()
        options = {"local_addr": (local_address, 0)} if local_address else {}
        if isinstance(loop, asyncio.BaseEventLoop):  # asyncio's own loop; uvloop has no race
            options["happy_eyeballs_delay"] = HAPPY_EYEBALLS_DELAY
        try:
            async with asyncio.timeout(timeout):
                transport, protocol = await loop.create_connection(_Protocol, host, port, **options)
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"connecting to {host}:{port} timed out") from None
        except OSError as exc:
            raise httpcore.ConnectError(str(exc) or type(exc).__name__) from exc
        sock = transport.get_extra_info("socket")
        for option in socket_options or ():
            sock.setsockopt(*option)
        return _Stream(transport, protocol)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class _Protocol(asyncio.Protocol):
    """Bytes received, kept until read; the socket is paused while more than HIGH_WATER
    wait, so a server sending faster than we read costs no more memory than that."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.received = bytearray()
        self.ended = False  # the peer closed its side, or the connection is gone
        self.error: BaseException | None = None
        self.paused = False
        self.write_blocked = False
        self._waiter: asyncio.Future | None = None

    def connection_made(self, transport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.received += data
        if len(self.received) > HIGH_WATER and not self.paused:
            self.paused = True
            self.transport.pause_reading()
        self._wake()

    def eof_received(self) -> None:
        self.ended = True  # returning None lets the transport close itself
        self._wake()

    def connection_lost(self, exc: BaseException | None) -> None:
        self.ended, self.error = True, exc
        self._wake()

    def pause_writing(self) -> None:
        self.write_blocked = True

    def resume_writing(self) -> None:
        self.write_blocked = False
        self._wake()

    def take(self, max_bytes: int) -> bytes:
        if len(self.received) <= max_bytes:
            data = bytes(self.received)
            self.received.clear()
        else:
            data = bytes(self.received[:max_bytes])
            del self.received[:max_bytes]
        if self.paused and len(self.received) <= HIGH_WATER // 2:
            self.paused = False
            self.transport.resume_reading()
        return data

    async def wait(self, timeout: float | None) -> None:
        """Until something changes (data, end, room to write); TimeoutError after `timeout`."""
        self._waiter = asyncio.get_running_loop().create_future()
        try:
            async with asyncio.timeout(timeout):
                await self._waiter
        finally:
            self._waiter = None

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)


class _Stream(httpcore.AsyncNetworkStream):
    def __init__(self, transport: asyncio.Transport, protocol: _Protocol) -> None:
        self._transport, self._protocol = transport, protocol

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        p = self._protocol
        while not p.received and not p.ended:
            try:
                await p.wait(timeout)
            except TimeoutError:
                raise httpcore.ReadTimeout(f"nothing received for {timeout:g}s") from None
        if p.received:
            return p.take(max_bytes)
        if p.error is not None:
            raise httpcore.ReadError(str(p.error) or type(p.error).__name__)
        return b""  # the peer closed the connection

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        p = self._protocol
        if not buffer:
            return
        if p.ended or self._transport.is_closing():
            raise httpcore.WriteError("the connection is closed")
        self._transport.write(buffer)
        while p.write_blocked and not p.ended:
            try:
                await p.wait(timeout)
            except TimeoutError:
                raise httpcore.WriteTimeout(f"could not send for {timeout:g}s") from None

    async def aclose(self) -> None:
        self._transport.close()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:  # fmt: skip
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                transport = await loop.start_tls(
                    self._transport, self._protocol, ssl_context, server_hostname=server_hostname
                )
        except TimeoutError:
            self._transport.close()
            raise httpcore.ConnectTimeout(f"the TLS handshake took over {timeout:g}s") from None
        except (OSError, ssl.SSLError) as exc:  # SSLError is an OSError; named for the reader
            self._transport.close()
            raise httpcore.ConnectError(str(exc) or type(exc).__name__) from exc
        self._protocol.transport = transport  # the TLS layer now feeds the same protocol
        return _Stream(transport, self._protocol)

    def get_extra_info(self, info: str):
        if info == "is_readable":  # httpcore: has an idle connection been closed (or spoken)?
            return self._protocol.ended or bool(self._protocol.received)
        name = {"client_addr": "sockname", "server_addr": "peername"}.get(info, info)
        if name in ("ssl_object", "sockname", "peername", "socket"):
            return self._transport.get_extra_info(name)
        return None
