"""Connections for fetch: one small pool per host, over the event loop's own sockets.

httpx hands each request to httpcore, which keeps the connections and speaks HTTP/1.1 (h11).
httpcore's own network layer for asyncio goes through anyio, whose stream wrappers, cancel
scopes and per-call socket polls cost more than the rest of a request: here httpcore is given
`LoopBackend` instead, a thin layer over asyncio's transports (uvloop's, where installed).
On benchmarks/fetch_bench.py the fetch process spends about 0.2 s less CPU per 500-feed first
poll than through anyio, and TLS is done by the loop's own implementation.

Deliberate limits: HTTP/1.1 only (as before), and on uvloop a host's addresses are tried one
after another in the resolver's order, as `requests` does, rather than raced (asyncio's own
loop races them, "happy eyeballs", and is used where uvloop is not installed).
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Callable
from contextlib import contextmanager

import httpcore
import httpx

MAX_IDLE_HOSTS = 64  # hosts whose idle connections are kept open (HostPools)
HIGH_WATER = 1 << 20  # bytes received but not yet read before the socket is paused
HAPPY_EYEBALLS_DELAY = 0.25  # seconds before the next address is tried (asyncio's loop only)
_CORE_ERRORS = (  # httpcore's exceptions have no common base of their own
    httpcore.TimeoutException, httpcore.NetworkError, httpcore.ProtocolError,
    httpcore.UnsupportedProtocol, httpcore.ProxyError,
)  # fmt: skip


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
    ):
        # made once (~30 ms each); a test passes one that trusts its own authority
        self._ssl = ssl_context or httpx.create_ssl_context(trust_env=False)
        self._per_host = per_host
        self._max_idle = max_idle_hosts
        self._backend = LoopBackend()
        self._pools: dict[tuple, httpcore.AsyncConnectionPool] = {}  # least recently used first
        self._in_flight: dict[tuple, int] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        key = (url.raw_scheme, url.raw_host, url.port)
        pool = self._pools.pop(key, None)
        if pool is None:
            await self._close_idle()
            pool = httpcore.AsyncConnectionPool(
                ssl_context=self._ssl, max_connections=self._per_host,
                max_keepalive_connections=self._per_host, network_backend=self._backend,
            )  # fmt: skip
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
        except BaseException:
            self._done(key)
            raise
        return httpx.Response(
            status_code=response.status, headers=response.headers,
            stream=_Released(response.stream, lambda: self._done(key)),
            extensions=response.extensions,
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
