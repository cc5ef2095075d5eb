"""The fetch run: due feeds -> fetch -> parse -> ingest -> poll state, for many feeds at once.

Network work runs on the event loop with bounded concurrency overall and per host. Large runs
parse in forked worker processes; every database call runs on one thread (store.writer), in
order, so the loop keeps the network busy and the connection is never shared. A feed's new
items and its poll state are written together, in a savepoint of their own: one bad feed
never costs another feed's items. Feeds that finish while the thread is busy share a commit;
a kill -9 before that commit loses only work the next run redoes (their polls were not
recorded either), never what was stored before.
"""

from __future__ import annotations

import asyncio
import gc
import hashlib
import multiprocessing
import os
import signal
import sys
import threading
from collections import defaultdict
from collections.abc import Awaitable, Callable
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from sqlite_utils import Database

from digest import fetch
from digest.errors import FeedError, StoreError
from digest.ingest import Tagger, entry_digest, ingest_entries
from digest.parse import Entry, ParsedFeed, parse_feed
from digest.store import feeds as store_feeds
from digest.store import items as store_items
from digest.store import now_utc
from digest.store.writer import Writer
from digest.transport import Proxy
from digest.wording import counted

MAX_ARTICLES_PER_FEED = 20  # full-text and html-listing article fetches per feed per run
GONE = (404, 410)  # an article page answering so will not come back: not asked for again
PARSE_POOL_MIN_FEEDS = 32  # below this, worker start-up costs more than it saves
GC_YOUNG_THRESHOLD = 20_000  # allocations between young collections during a run (default 700)


@dataclass
class FeedReport:
    name: str
    result: str  # "ok", "unchanged", "error", "gone", "postponed", "paused"
    new: int = 0
    updated: int = 0
    error: str | None = None
    warning: str | None = None
    status: int | None = None
    unconnected: bool = False  # no connection was made (fetch.FetchError.unconnected)
    proxy: Proxy | None = None  # the proxy that failed it


@dataclass
class RunReport:
    started: datetime
    finished: datetime | None = None
    feeds: list[FeedReport] = field(default_factory=list)

    def totals(self) -> dict:
        return {
            "feeds": len(self.feeds),
            "new_items": sum(f.new for f in self.feeds),
            "updated_items": sum(f.updated for f in self.feeds),
            # 304, the same body, or a changed body (a new build date, say) with every
            # item as stored: feeds with nothing new
            "unchanged": sum(
                f.result == "unchanged" or (f.result == "ok" and not (f.new or f.updated))
                for f in self.feeds
            ),
            "errors": sum(f.result in ("error", "gone", "paused") for f in self.feeds),
            # stored, with something to say: a malformed or truncated feed, article pages
            # of a listing missed ("name: warning")
            "warnings": [f"{f.name}: {f.warning}" for f in self.feeds if f.warning and not f.error],
            "unreachable": self.none_connected(),
            # and each because of the proxy: "the proxy p.example.org:3128 (from https_proxy)"
            "proxy": _proxy_to_blame(self.feeds),
        }

    def none_connected(self) -> bool:
        """Every feed (of several) failed to connect: the machine is likely offline."""
        return len(self.feeds) > 1 and all(f.unconnected for f in self.feeds)


@dataclass
class PollSettings:
    timeouts: fetch.Timeouts = field(default_factory=fetch.Timeouts)
    concurrency: int = 24
    per_host: int = 2
    max_body: int = fetch.MAX_BODY
    parse_workers: int | None = None  # None: one per core beyond the first, for large runs


def run_poll(
    db: Database,
    feeds: list[dict],
    *,
    tagger: Tagger | None = None,
    settings: PollSettings | None = None,
    clock: Callable[[], datetime] = now_utc,
    on_feed: Callable[[FeedReport], None] | None = None,
    stop: threading.Event | None = None,
) -> RunReport | None:
    """Poll `feeds` (rows from store.feeds.due_feeds) and store what they bring. Setting
    `stop` (from another thread) ends the run as Ctrl-C does: what was stored stays, the
    feeds not finished are polled next time, and None is returned."""
    poller = _Poller(db, tagger, settings or PollSettings(), clock, on_feed)
    global _CLASSIFIER
    # Set before the parse workers fork, so they inherit it (the model learned from the
    # user's corrections included) and tag entries while the database thread writes.
    # Learning from new corrections happens here too, before any write lock is taken.
    _CLASSIFIER = tagger.classifier_for(db) if hasattr(tagger, "classifier_for") else None
    with _few_collections():
        poller.start(feeds)
        with asyncio.Runner(loop_factory=_loop_factory()) as runner:
            return runner.run(_until(stop, poller.run(feeds)))


async def _until(stop: threading.Event | None, work: Awaitable[RunReport]) -> RunReport | None:
    """`work`, cancelled once `stop` is set (looked at ten times a second)."""
    if stop is None:
        return await work
    task = asyncio.ensure_future(work)
    while not task.done() and not stop.is_set():
        await asyncio.wait({task}, timeout=0.1)
    if not task.done():
        task.cancel()
    try:
        return await task
    except asyncio.CancelledError:
        if stop.is_set():
            return None
        raise


def _proxy_to_blame(feeds: list[FeedReport]) -> str | None:
    """The proxy every feed (of several) failed to connect through, or None. One proxy may
    be named by several variables (http_proxy and https_proxy): they are named together."""
    blamed = [f.proxy for f in feeds]
    if len(feeds) < 2 or None in blamed or len({p.url for p in blamed}) > 1:
        return None
    sources = ", ".join(sorted({p.source for p in blamed}))
    return str(replace(blamed[0], source=sources))


def offline_feeds(feeds: list[dict], report: RunReport) -> list[dict]:
    """The feeds polled (rows from before the run) when not one of them could connect, on at
    least two hosts: then the machine is offline (or its DNS is down), and their failures are
    not theirs. Empty otherwise. Two feeds that both died, polled alone, read as offline too;
    they are then retried at their interval, showing their error, rather than paused."""
    if not report.none_connected():
        return []
    polled = {fr.name for fr in report.feeds}
    rows = [f for f in feeds if f["name"] in polled]
    return rows if len({urlsplit(f["url"]).hostname for f in rows}) > 1 else []


def _loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's event loop where it is installed (a dependency everywhere but Windows): the
    loop runs every request of a poll, and on uvloop a 500-feed first poll costs the fetch
    process about 0.3 s less CPU (fetch_bench, A/B). None means asyncio's own loop."""
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


@contextmanager
def _few_collections():
    """A large poll allocates hundreds of thousands of short-lived objects (entries, rows,
    HTTP events), and at Python's default threshold the cyclic collector runs every 700
    allocations and now and then walks every object alive, the loaded model included: 0.15 to
    0.2 s of a 500-feed first poll, all of it holding the GIL the database thread needs. For the
    run, what exists before it is frozen out of collections (forked parse workers inherit that,
    which also spares their copy-on-write pages) and young collections are rarer; garbage is
    still collected, and the settings are restored after."""
    threshold = gc.get_threshold()
    ours = gc.get_freeze_count() == 0  # a caller's own frozen objects stay frozen
    if ours:
        gc.freeze()
    gc.set_threshold(max(threshold[0], GC_YOUNG_THRESHOLD), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if ours:
            gc.unfreeze()


_CLASSIFIER = None


def _worker_start(warm: bool) -> None:
    _die_with_parent()
    # Ctrl-C reaches the whole foreground process group: the fetch process stops the run and
    # then the pool, and a worker's own KeyboardInterrupt would only come back as a parse
    # result (with its traceback).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if warm and _CLASSIFIER is not None:
        # About a third of a second of regex compiling, done while the first responses are
        # still on their way rather than in the first parse.
        _CLASSIFIER.prepare()


def _die_with_parent() -> None:
    """A parse worker ends when its fetch process does, even by kill -9 (which no cleanup
    code sees). Linux only; elsewhere the workers end with the pool as usual."""
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None).prctl(pr_set_pdeathsig, signal.SIGTERM)


def prepare_feed(
    body: bytes, headers: dict, url: str, seen: frozenset[str] = frozenset()
) -> ParsedFeed:
    """Parse, then do each entry's pure CPU work (story hashes, tags) here, in a worker.
    An entry the feed's last parsed body held as it is now (its content hash is in `seen`)
    was stored from that body, in the same transaction as the hashes, and is unchanged:
    only its hash goes back (`unchanged`), not the entry, so a body that changed by one new
    item costs ingest that item, not all twenty."""
    from digest import stories

    parsed = parse_feed(body, headers, url)
    fresh = []
    for e in parsed.entries:
        e.digest = entry_digest(e)
        if e.digest in seen:
            parsed.unchanged.append(e.digest)
            continue
        e.bands = stories.band_hashes(e.title, e.summary)
        if _CLASSIFIER is not None:
            e.verdict = _CLASSIFIER.classify(e.title, e.summary, e.content)
        fresh.append(e)
    parsed.entries = fresh
    return parsed


class _Poller:
    def __init__(self, db, tagger, settings: PollSettings, clock, on_feed):
        self.db, self.tagger, self.settings, self.clock, self.on_feed = (
            db,
            tagger,
            settings,
            clock,
            on_feed,
        )
        self.writer: Writer | None = None
        self.parse_pool: ProcessPoolExecutor | None = None
        self.global_slots = asyncio.Semaphore(settings.concurrency)
        self.host_slots: dict[str, asyncio.Semaphore] = defaultdict(
            lambda: asyncio.Semaphore(settings.per_host)
        )

    async def in_db(self, fn, *args):
        """fn(*args) on the database thread: reads, and CPU work when there is no pool."""
        return await asyncio.wrap_future(self.writer.submit(fn, *args))

    async def in_txn(self, fn, *args):
        """A write; it may share its transaction (and commit) with other feeds' writes."""
        return await asyncio.wrap_future(self.writer.submit(fn, *args, write=True))

    async def parse(self, body: bytes, headers: dict, url: str, seen: frozenset[str]) -> ParsedFeed:
        if self.parse_pool is None:
            return await self.in_db(prepare_feed, body, headers, url, seen)
        return await asyncio.get_running_loop().run_in_executor(
            self.parse_pool, prepare_feed, body, headers, url, seen
        )

    def start(self, feeds: list[dict]) -> None:
        """The parse workers, then the database thread: a process should fork before it
        starts any thread (a lock another thread holds at the fork stays held in the child).
        A feed never parsed before brings items to tag, so the workers get the classifier
        ready as they start; on a re-poll, where most feeds answer 304, they wait until a
        parse needs it."""
        self.start_parse_pool(len(feeds), warm=any(f["body_hash"] is None for f in feeds))
        self.writer = Writer(self.db)

    def start_parse_pool(self, n_feeds: int, *, warm: bool = False) -> None:
        """Parsing is pure and CPU-bound (feedparser), so large runs parse on the other cores.
        Workers are forked here, before this process starts any thread."""
        workers = self.settings.parse_workers
        if workers is None:
            workers = min((os.cpu_count() or 1) - 1, 4) if n_feeds >= PARSE_POOL_MIN_FEEDS else 0
        if workers <= 0 or "fork" not in multiprocessing.get_all_start_methods():
            return
        self.parse_pool = ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_worker_start,
            initargs=(warm,),
        )
        # With fork, the first submit forks every worker at once, before it returns; they
        # start up (_worker_start) while this process sends the first requests.
        self.parse_pool.submit(int)

    async def run(self, feeds: list[dict]) -> RunReport:
        report = RunReport(started=self.clock())
        try:
            async with fetch.make_client(self.settings.timeouts, self.settings.per_host) as client:
                self.client = client
                tasks = [asyncio.ensure_future(self.poll_feed(f)) for f in feeds]
                try:
                    for done in asyncio.as_completed(tasks):
                        fr = await done
                        report.feeds.append(fr)
                        if self.on_feed:
                            self.on_feed(fr)
                except asyncio.CancelledError:  # Ctrl-C: stop every feed before the writer
                    for task in tasks:
                        task.cancel()
                    await asyncio.gather(*tasks, return_exceptions=True)
                    raise
            report.finished = self.clock()
            offline = offline_feeds(feeds, report)
            if offline:
                await self.in_txn(store_feeds.forgive_failures, self.db, offline, report.finished)
                for fr in report.feeds:
                    fr.result = "error" if fr.result == "paused" else fr.result
            await self.in_txn(
                store_feeds.record_run, self.db, report.started, report.finished, report.totals()
            )
        finally:
            self.writer.close()
            if self.parse_pool is not None:
                self.parse_pool.shutdown(wait=True)
        return report

    async def request(self, url: str, *, allow_private: bool, **kw) -> fetch.Response:
        host = urlsplit(url).hostname or ""
        # The host's slot first: a request waiting for its host must not hold one of the
        # run's slots, which another host's request could be using.
        async with self.host_slots[host], self.global_slots:
            return await fetch.get(
                self.client, url, timeouts=self.settings.timeouts, allow_private=allow_private,
                max_body=self.settings.max_body, **kw,
            )  # fmt: skip

    async def poll_feed(self, feed: dict) -> FeedReport:
        try:
            return await self._poll_feed(feed)
        except StoreError:
            raise  # an unwritable archive stops the run: every feed would fail the same way
        except Exception as exc:  # a bug must cost one feed, not the run; it is reported
            outcome = store_feeds.PollOutcome(error=f"internal error: {type(exc).__name__}: {exc}")
            await self.in_txn(store_feeds.record_poll, self.db, feed, outcome, self.clock())
            return FeedReport(feed["name"], "error", error=outcome.error)

    async def _poll_feed(self, feed: dict) -> FeedReport:
        # A feed configured on a private address may redirect within it; others may not.
        allow_private = fetch.is_private_host(urlsplit(feed["config_url"]).hostname or "")
        outcome = store_feeds.PollOutcome()
        try:
            resp = await self.request(
                feed["url"], allow_private=allow_private, etag=feed["etag"],
                last_modified=feed["last_modified"],
                accept=fetch.ACCEPT_HTML if feed["kind"] == "html" else fetch.ACCEPT_FEED,
            )  # fmt: skip
        except fetch.FetchError as exc:
            outcome.error = str(exc)
            return await self.finish(feed, outcome, failure=exc)
        outcome.status = resp.status
        outcome.new_url = resp.permanent_url
        now = self.clock()
        if resp.status == 304:
            outcome.unchanged = True
            outcome.etag, outcome.last_modified = feed["etag"], feed["last_modified"]
            return await self.finish(feed, outcome)
        if resp.status == 410:
            outcome.gone = True
            outcome.error = "HTTP 410 Gone: the publisher removed this feed; polling stopped"
            return await self.finish(feed, outcome)
        if resp.status in (429, 503) and "retry-after" in resp.headers:
            outcome.retry_after = fetch.retry_after(resp.headers, now, timedelta(hours=1))
            outcome.error = f"HTTP {resp.status}: the server asked to come back after {outcome.retry_after:%Y-%m-%d %H:%M} UTC"
            return await self.finish(feed, outcome)
        if resp.status != 200:
            outcome.error = fetch.status_line(resp.status) + _STATUS_HINTS.get(resp.status, "")
            return await self.finish(feed, outcome)
        outcome.etag = resp.headers.get("etag")
        outcome.last_modified = resp.headers.get("last-modified")
        outcome.body_hash = hashlib.blake2b(resp.body, digest_size=16).hexdigest()
        if outcome.body_hash == feed["body_hash"]:
            outcome.unchanged = True  # same bytes as last time: nothing to parse
            return await self.finish(feed, outcome)
        try:
            if feed["kind"] == "html":
                parsed = await self.listing(feed, resp, allow_private)
            else:
                seen = frozenset((feed["entry_hashes"] or "").split())
                parsed = await self.parse(resp.body, resp.headers, resp.url, seen)
                outcome.entry_hashes = " ".join(
                    [*parsed.unchanged, *(e.digest for e in parsed.entries if e.digest)]
                )
                if feed["full_text"]:
                    await self.add_full_text(parsed.entries, allow_private)
        except FeedError as exc:
            outcome.error = str(exc)
            outcome.body_hash = None
            return await self.finish(feed, outcome)
        outcome.title, outcome.site_url = parsed.title, parsed.site_url
        outcome.incomplete = parsed.incomplete is not None
        warning = parsed.warning or parsed.incomplete
        return await self.finish(feed, outcome, warning, (parsed.entries, now))

    async def finish(
        self,
        feed: dict,
        outcome: store_feeds.PollOutcome,
        warning: str | None = None,
        entries: tuple[list[Entry], datetime] | None = None,
        failure: fetch.FetchError | None = None,
    ) -> FeedReport:
        """Store the feed's entries (if any) and its poll state, in one transaction.
        `failure`: the request's error, when there was no response."""
        written = await self.in_txn(
            _store_poll, self.db, feed, outcome, self.clock(), entries, self.tagger
        )
        if outcome.gone:
            result = "gone"
        elif outcome.retry_after:
            result = "postponed"
        elif written.get("status") == "paused":
            result = "paused"
        elif outcome.failed:
            result = "error"
        elif outcome.unchanged:
            result = "unchanged"
        else:
            result = "ok"
        return FeedReport(
            name=feed["name"], result=result, new=outcome.new_items, updated=outcome.updated_items,
            error=outcome.error, warning=warning, status=outcome.status,
            unconnected=failure is not None and failure.unconnected,
            proxy=failure.proxy if failure else None,
        )  # fmt: skip

    async def new_urls(self, urls: list[str]) -> list[str]:
        known = await self.in_db(store_items.known_urls, self.db, urls)
        return [u for u in urls if u not in known][:MAX_ARTICLES_PER_FEED]

    async def fetch_article(self, url: str, allow_private: bool) -> bytes | None:
        """An article page, or None when it cannot be had (the item is kept without it)."""
        return (await self.fetch_page(url, allow_private))[0]

    async def fetch_page(self, url: str, allow_private: bool) -> tuple[bytes | None, bool]:
        """(the page or None, whether it is gone for good: HTTP 404 or 410)."""
        if not allow_private and await fetch.resolves_private(urlsplit(url).hostname or ""):
            return None, False
        try:
            resp = await self.request(url, allow_private=allow_private, accept=fetch.ACCEPT_HTML)
        except fetch.FetchError:
            return None, False
        return (resp.body if resp.status == 200 and resp.body else None), resp.status in GONE

    async def add_full_text(self, entries: list[Entry], allow_private: bool) -> None:
        from digest.extract import article_text, without_headline

        todo = await self.new_urls([e.url for e in entries if e.url])
        by_url = {e.url: e for e in entries}
        pages = await asyncio.gather(*(self.fetch_article(u, allow_private) for u in todo))
        for url, page in zip(todo, pages, strict=True):
            if page:
                entry = by_url[url]
                text = without_headline(await self.in_db(article_text, page, url), entry.title)
                if text and len(text) > len(entry.content):
                    entry.content = text
                    # tagged and hashed again, with the full text (feeds.entry_hashes keeps
                    # the hash of the entry as parsed)
                    entry.verdict = entry.digest = None

    async def listing(self, feed: dict, resp: fetch.Response, allow_private: bool) -> ParsedFeed:
        """The new articles a listing page links to. A page that cannot be fetched now is
        tried again next poll; one that is gone (404, 410) is stored as its link's text,
        once, instead of being asked for at every poll."""
        from digest.extract import article_entry, listing_anchors

        anchors = await self.in_db(listing_anchors, resp.body, resp.url, feed["selector"])
        if not anchors:
            raise FeedError(
                f"the selector {feed['selector']!r} matched no article links on {resp.url}",
                "open the page in a browser and check the selector in feeds.toml",
            )
        todo = await self.new_urls(list(anchors))
        got = await asyncio.gather(*(self.fetch_page(u, allow_private) for u in todo))
        if todo and len(todo) == len(anchors) and not any(page for page, _ in got):
            raise FeedError(  # none ever had from here: the selector or the site is wrong
                f"none of the {len(todo)} article pages the selector found could be fetched "
                f"(the first: {todo[0]})",
                "open one in a browser: the selector may pick links that are not articles, "
                "or the site may refuse feed readers",
            )
        entries, missed, gone = [], 0, 0
        for url, (page, is_gone) in zip(todo, got, strict=True):
            entry = await self.in_db(article_entry, page, url, anchors[url]) if page else None
            if entry is None and is_gone and anchors[url]:
                entry, gone = Entry(guid=url, url=url, title=anchors[url], summary=""), gone + 1
            missed += page is None and entry is None and not is_gone  # no text: left out
            if entry is not None:
                entries.append(entry)
        notes = []
        if gone:
            notes.append(f"{counted(gone, 'article page')} gone (HTTP 404/410): kept as headlines")
        if missed:
            notes.append(
                f"{missed} of {len(todo)} article pages could not be fetched; tried again next poll"
            )
        return ParsedFeed(
            title=None,
            site_url=resp.url,
            entries=entries,
            warning="; ".join(notes) or None,
            incomplete=notes[-1] if missed else None,
        )


def _store_poll(db, feed, outcome, now, entries, tagger) -> dict:
    if entries is not None:
        result = ingest_entries(db, feed, entries[0], entries[1], tagger)
        outcome.new_items, outcome.updated_items = result.new, result.updated
    return store_feeds.record_poll(db, feed, outcome, now)


_STATUS_HINTS = {
    404: " (check the address; the publisher may have moved the feed)",
    401: " (the feed needs a login)",
    403: " (the server refused us; it may block feed readers)",
    # with a proxy configured, its 407 is a ProxyFailure; this one came unasked for
    407: " (a proxy on the way wants a login: name it in http_proxy and https_proxy, with user:password@)",
}


def fetch_now(
    db_path,
    configs: list,
    *,
    tagger: Tagger | None = None,
    on_feed: Callable[[FeedReport], None] | None = None,
    everything: bool = True,
    stop: threading.Event | None = None,
) -> RunReport | None:
    """Poll from a thread of a running app (the TUI's refresh): its own connection, and no
    forked parse workers (forking a process that runs threads is unsafe). None when no
    feed was due, or when `stop` was set (the app is closing) before the run ended."""
    from digest.store import open_db
    from digest.store.feeds import due_feeds, sync_feeds

    db = open_db(db_path)
    try:
        now = now_utc()
        sync_feeds(db, configs, now)
        due = due_feeds(db, now, everything=everything)
        if not due:
            return None
        return run_poll(
            db, due, tagger=tagger, settings=PollSettings(parse_workers=0), on_feed=on_feed,
            stop=stop,
        )  # fmt: skip
    finally:
        db.conn.close()
