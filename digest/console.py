"""What the CLI commands print: progress, run summaries, feed and item tables.

Kept apart from cli.py so the command bodies stay a few lines, and from the core so the core
never writes to the terminal.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import UTC, datetime, tzinfo
from pathlib import Path

import click
from sqlite_utils import Database

from digest.config import FeedConfig, format_interval
from digest.errors import DigestError
from digest.wording import counted, first_few


def on_terminal() -> bool:
    """Whether the app can run here: it reads keys from stdin and draws on stdout, so both
    must be a terminal (not cron, a pipe such as `digest | less`, or a file)."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def run_fetch(
    db: Database,
    configs: list[FeedConfig],
    *,
    everything: bool,
    quiet: bool,
    progress: bool = False,
    tagger=None,
    offer_all: bool = True,
    tz: tzinfo = UTC,
):
    from digest.poll import run_poll
    from digest.store import now_utc
    from digest.store.feeds import due_feeds, sync_feeds

    now = now_utc()
    sync_feeds(db, configs, now)
    due = due_feeds(db, now, everything=everything)
    if not due:
        if not quiet:
            click.echo(_nothing_due(db, offer_all, tz))
        return None
    if tagger is None:
        tagger = default_tagger()
    t0 = time.perf_counter()
    if quiet or not progress:
        report = run_poll(db, due, tagger=tagger)
    else:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        with Progress(
            TextColumn("Fetching"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            TextColumn("{task.fields[last]}"), transient=True,
        ) as progress:  # fmt: skip
            task = progress.add_task("fetch", total=len(due), last="")

            def advance(fr):
                progress.update(task, advance=1, last=fr.name[:40])

            report = run_poll(db, due, tagger=tagger, on_feed=advance)
    print_run_summary(report, time.perf_counter() - t0, quiet=quiet)
    for note in tagger.notes():  # said under cron too: it needs fixing
        click.echo(f"note: {note}", err=True)
    return report


def _nothing_due(db: Database, offer_all: bool, tz: tzinfo) -> str:
    """No feed is due: which one is next, and when (in the reader's zone)."""
    from digest.periods import local_time
    from digest.store.feeds import next_due

    nxt = next_due(db)
    if nxt is None:
        return "No feeds to poll: the feeds file lists none, or every one is paused or gone."
    text = f"No feeds are due (the next: {nxt[0]}, at {local_time(nxt[1], tz):%Y-%m-%d %H:%M %Z})"
    return text + ("; `digest fetch --all` polls every feed now." if offer_all else ".")


def default_tagger():
    """The classifier used at ingest (with no watchlists)."""
    from digest.classify.tagger import Tagger

    return Tagger()


FEEDS_LISTED = 15  # feeds named under a run's summary, the busiest first
ERRORS_LISTED = 20  # failing feeds named (cron mails this); feeds list has them all


def print_run_summary(report, seconds: float, *, quiet: bool) -> None:
    totals = report.totals()
    failed = [f for f in report.feeds if f.error]
    if not quiet:
        click.echo(
            f"Polled {counted(totals['feeds'], 'feed')} in {seconds:.1f}s: {totals['new_items']} new, "
            f"{totals['updated_items']} updated, {totals['unchanged']} with nothing new, "
            f"{len(failed)} with errors."
        )
        busy = sorted(
            (f for f in report.feeds if f.new or f.updated),
            key=lambda f: (-f.new - f.updated, f.name.lower()),
        )
        for f in busy[:FEEDS_LISTED]:
            bits = [f"{f.new} new"] + ([f"{f.updated} updated"] if f.updated else [])
            click.echo(f"  {f.name:<40} {', '.join(bits)}")
        if len(busy) > FEEDS_LISTED:
            click.echo(f"  … and {len(busy) - FEEDS_LISTED} more feeds with new or updated items")
        if totals["warnings"]:
            click.echo("Stored, with a warning:")
            for line in sorted(totals["warnings"], key=str.lower):
                click.echo(f"  {line}")
    if failed:
        out = sys.stderr if quiet else sys.stdout
        click.echo(
            "Feeds with errors (the other feeds were stored):"
            if not quiet
            else "digest fetch: feeds with errors:",
            file=out,
        )
        if totals["proxy"]:
            click.echo(f"  No feed could be reached through {totals['proxy']}: is it up?", file=out)
        elif totals["unreachable"]:
            click.echo(
                "  No feed could be reached: is this machine online? Try `digest demo` to see digest work offline.",
                file=out,
            )
        listed = sorted(failed, key=lambda f: f.name.lower())
        for f in listed[:ERRORS_LISTED]:
            label = {"gone": "gone", "paused": "paused", "postponed": "postponed"}.get(
                f.result, "error"
            )
            error, _, hint = (f.error or "").partition("\n")
            click.echo(f"  {f.name}: [{label}] {error}", file=out)
            if hint:
                click.echo(f"    {hint.strip()}", file=out)
        if len(listed) > ERRORS_LISTED:
            more = counted(len(listed) - ERRORS_LISTED, "more feed")
            click.echo(f"  … and {more} with errors (`digest feeds list` shows each)", file=out)
        if any(f.result == "paused" for f in failed):
            click.echo(
                "  Paused feeds are skipped until `digest feeds resume NAME` (or `--all`).",
                file=out,
            )


def feed_rows(db: Database, configs: list[FeedConfig]) -> list[dict]:
    from digest.store import now_utc
    from digest.store.feeds import list_feeds, sync_feeds

    sync_feeds(db, configs, now_utc())
    out = []
    for r in list_feeds(db):
        out.append(
            {
                "name": r["name"],
                "url": r["url"],
                "configured_url": r["config_url"],
                "kind": r["kind"],
                "tags": json.loads(r["tags"]),
                "interval": format_interval(r["interval"]),
                "status": r["status"],
                "last_status": r["last_status"],
                "last_error": r["last_error"],
                "failures": r["failures"],
                "last_polled": r["last_polled_at"],
                "last_success": r["last_success_at"],
                "next_poll": r["next_poll_at"],
                "retry_after": r["retry_until"],
                "items": r["items"],
            }
        )
    return out


def print_feed_table(rows: list[dict], path: Path, tz: tzinfo = UTC) -> None:
    """The feeds as a table, times in `tz` (the reader's zone; JSON stays UTC)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    if not rows:  # an empty table's frame says less than this
        console.print(
            f"No feeds in {path}: `digest feeds add URL` adds one.", highlight=False, soft_wrap=True
        )
        return
    # The name is what a row is for: in a narrow terminal the least needed columns go
    # first, rather than every column being cut to "…" (at 50 columns rich squeezed the
    # name's column to nothing).
    needed = ["status", "items", "next poll", "every", "last poll"]  # the most needed first
    fits = next(n for width, n in ((72, 5), (56, 3), (36, 2), (0, 1)) if console.width >= width)
    order = ("status", "items", "every", "last poll", "next poll")
    shown = [col for col in order if col in needed[:fits]]
    table = Table(
        title=f"{counted(len(rows), 'feed')} from {path}", title_justify="left", expand=False
    )
    # Errors go under the table, whole: in a column they folded each row into a dozen lines
    # on an 80-column terminal.
    table.add_column("name", overflow="fold", min_width=4)
    for col in shown:
        table.add_column(col, no_wrap=True)
    if "next poll" in shown:
        table.caption, table.caption_justify = f"times in {_zone_name(tz)}", "left"
    colours = {"active": "green", "paused": "yellow", "gone": "red", "disabled": "dim"}
    for r in rows:
        status = r["status"] if not (r["status"] == "active" and r["last_error"]) else "failing"
        cells = {
            "status": Text(status, style=colours.get(status, "red")),
            "items": str(r["items"]),
            "every": r["interval"],
            "last poll": _short(r["last_polled"], tz),
            "next poll": (_short(r["next_poll"], tz) if r["next_poll"] else "due now")
            if r["status"] == "active"
            else "-",
        }
        table.add_row(Text(r["name"]), *(cells[col] for col in shown))
    console.print(table)
    failing = [r for r in rows if r["last_error"]]
    if failing:
        console.print("Last errors:")
        for r in failing:  # long lines left to the terminal, which wraps them whole
            error, _, hint = r["last_error"].partition("\n")
            line = Text(f"  {r['name']}: ")
            line.append(error, style="red")
            console.print(line, soft_wrap=True)
            if hint:
                console.print(Text("    " + hint.strip()), soft_wrap=True)


def print_removed_feeds(db: Database) -> None:
    """The sources that left the feeds file but whose items the archive keeps."""
    from digest.store.feeds import list_feeds

    kept = [r for r in list_feeds(db, removed_with_items=True) if not r["in_config"]]
    if kept:
        names = ", ".join(f"{r['name']} ({r['items']})" for r in kept)
        click.echo(f"No longer in the feeds file, items kept in the archive: {names}")


def _short(ts: str | None, tz: tzinfo) -> str:
    """'2026-11-30T11:47:02Z' -> '11-30 12:47' in Berlin (this year's), else the date."""
    from digest.periods import local_time

    if not ts:
        return "never"
    local = local_time(ts, tz)
    return f"{local:%m-%d %H:%M}" if local.year == datetime.now(tz).year else f"{local:%Y-%m-%d}"


def _zone_name(tz: tzinfo) -> str:
    """'Europe/Berlin', or the local zone's abbreviation ('CET') when it has no key."""
    return getattr(tz, "key", None) or datetime.now(tz).tzname() or "local time"


def set_feed_status(db: Database, configs: list[FeedConfig], name: str, status: str) -> None:
    from digest.config import name_hint
    from digest.store import now_utc
    from digest.store.feeds import set_status, sync_feeds

    sync_feeds(db, configs, now_utc())
    row = set_status(db, name, status)
    if row is None:
        raise DigestError(f"no feed named {name!r}", name_hint(name, (f.name for f in configs)))
    said = "will be polled at the next fetch" if status == "active" else "paused"
    click.echo(f"{row['name']}: {said}")


def resume_all(db: Database, configs: list[FeedConfig]) -> None:
    from digest.store import now_utc
    from digest.store.feeds import resume_stopped, sync_feeds

    sync_feeds(db, configs, now_utc())
    names = resume_stopped(db)
    if not names:
        click.echo("No feed is paused or gone.")
        return
    click.echo(
        f"Resumed {counted(len(names), 'feed')} ({first_few(names, 5)}): polled at the next fetch"
    )


def add_feed_checked(
    feeds_path: Path,
    url: str,
    name: str | None,
    interval: str | None,
    tags: tuple[str, ...],
    *,
    check: bool,
    selector: str | None = None,
) -> None:
    """`feeds add`: find the feed the address serves or announces (unless `check` is off),
    name it by its title, and append it to the user's feeds file. An address that cannot
    be reached now (offline, say) is added as given, with a warning. With `selector`, the
    address is a site with no feed (kind = "html"): its page is checked for article links."""
    from digest.config import (
        add_feed,
        load_feeds,
        refuse_listed,
        selector_problem,
        url_hint,
        writable_feeds_path,
    )
    from digest.normalize import address_problem, masked_url

    path = writable_feeds_path(feeds_path)
    if problem := address_problem(url, written=True):  # before the check fetches it
        raise DigestError(problem, url_hint(url))
    refuse_listed(path, url)  # no fetch, and no "added as given" warning, for that
    title = None
    extra: dict = {}
    if selector is not None:
        problem = selector_problem(selector)
        if problem:
            raise DigestError(problem, 'e.g. --selector "h2.title a"')
        extra = {"kind": "html", "selector": selector}
    if check:
        from digest.fetch import FetchError

        try:
            url, title = (
                _listing_checked(url, selector) if selector is not None else _feed_found(url)
            )
        except FetchError as exc:
            click.echo(
                f"warning: could not check {masked_url(url)} ({exc}); added as given", err=True
            )
    if name is None and title:
        taken = {f.name for f in load_feeds(path)} if path.exists() else set()
        name = " ".join(title.split())[:80]
        if name in taken:
            name = None  # add_feed falls back to the host name
    feed = add_feed(path, url, name, interval=interval, tags=tags, **extra)
    click.echo(f"Added {feed.name!r} ({masked_url(feed.url)}) to {path}")


def _feed_found(url: str) -> tuple[str, str | None]:
    """(the feed's address, its title) for an address that is a feed or a page linking one."""
    from digest.discover import discover
    from digest.normalize import masked_url

    found = discover(url)
    if found.page:
        click.echo(f"{masked_url(url)} is a web page; it links to the feed {masked_url(found.url)}")
        if found.others:
            listed = ", ".join(found.others[:OTHERS_LISTED])
            more = len(found.others) - OTHERS_LISTED
            click.echo(
                f"  (other feeds it links to: {listed}"
                + (f", and {more} more)" if more > 0 else ")")
            )
    return found.url, found.title


OTHERS_LISTED = 5  # a page may link to dozens of feeds (one per section)


def _listing_checked(url: str, selector: str) -> tuple[str, str | None]:
    """(the page's address, its title) once the selector finds article links on it."""
    from digest.discover import check_listing

    listing = check_listing(url, selector)
    shown = ", ".join(listing.links[:3]) + (", ..." if len(listing.links) > 3 else "")
    click.echo(f"The selector finds {counted(len(listing.links), 'article link')}: {shown}")
    return url, listing.title


def import_opml(feeds_path: Path, opml_file: Path) -> None:
    from digest.config import (
        add_feeds,
        default_name,
        load_feeds,
        same_address,
        writable_feeds_path,
    )
    from digest.files import is_dash
    from digest.opml import read_opml

    path = writable_feeds_path(feeds_path)
    existing = load_feeds(path) if path.exists() else []  # created, as `feeds add` does
    urls = {same_address(f.url) for f in existing}
    names = {f.name for f in existing}
    new, there, skipped = [], 0, []
    stdin = is_dash(opml_file)  # `curl …/subscriptions.opml | digest feeds import -`
    if stdin:
        opml_file = Path("<stdin>")
    for entry in read_opml(opml_file, sys.stdin.buffer if stdin else None):
        line = entry.pop("line")
        if "problem" in entry:
            click.echo(f"  skipped {opml_file}:{line}: {entry['problem']}", err=True)
            skipped.append(line)
            continue
        if (key := same_address(entry["url"])) in urls:  # in any spelling
            there += 1
            continue
        name = entry["name"] or default_name(entry["url"])  # never its user:password@
        base, n = name, 2
        while name in names:  # two outlines of one name: "Name (2)"
            name, n = f"{base} ({n})", n + 1
        urls.add(key)
        names.add(name)
        new.append((line, {**entry, "name": name}))

    def skip(i: int, exc: DigestError) -> None:  # a bad address, say: the rest still come in
        click.echo(f"  skipped {opml_file}:{new[i][0]}: {exc.message}", err=True)
        skipped.append(new[i][0])

    added = add_feeds(path, [feed for _, feed in new], on_skip=skip)
    click.echo(
        f"Imported {counted(len(added), 'feed')} into {path} "
        f"({there} already there, {len(skipped)} skipped)."
    )


def list_items(
    db: Database,
    *,
    since,
    until,
    search,
    include_all,
    limit,
    as_json,
    topic=None,
    feed=None,
    watchlists: tuple = (),
    tz: tzinfo = UTC,
) -> None:
    """Days (the options', each line's) are in `tz`, the reader's zone; JSON stays UTC.
    `watchlists` are the configured ones (settings.WatchlistConfig)."""
    from digest.periods import day_start, local_time, misordered
    from digest.search import terms
    from digest.store import iso
    from digest.store.items import is_empty, query_items
    from digest.store.tags import watchlists_changed

    def bound(text: str | None, option: str) -> str | None:
        return iso(day_start(text, tz, option)) if text else None

    if search and search.strip() and not terms(search):
        raise DigestError(
            f"the search {search!r} has no word to look for",
            'punctuation and symbols are not searched; give a word, a "phrase", a prefix* '
            "or -a word to leave out",
        )
    start, end = bound(since, "--since"), bound(until, "--until")
    if start and end and end <= start:  # as export says it, not "No items match"
        raise misordered()
    topic = _topic(db, topic, tuple(w.name for w in watchlists))
    if topic and topic in watchlists_changed(db, watchlists):
        click.echo(
            f"note: watchlist {topic!r} changed since the archive was tagged; only items "
            "fetched since have it (`digest reclassify` tags the stored ones)",
            err=True,
        )
    # Read by a person, a story several sources carried is one line, as in the app and the
    # digest (under --feed, that source's own copy); --json lists every stored copy.
    rows = query_items(
        db, since=start, until=end, search=search,
        include_irrelevant=include_all, topic=topic, feed_id=_feed_id(db, feed),
        limit=limit or None, collapse_stories=not as_json and feed is None,
    )  # fmt: skip
    if as_json:
        from digest.store.tags import evidence_of

        evidence = evidence_of(db, [r["id"] for r in rows])
        for r in rows:
            click.echo(json.dumps(item_json(r, evidence[r["id"]]), ensure_ascii=False))
        return
    if not rows:
        if is_empty(db):
            click.echo(
                "The archive is empty: `digest fetch` fills it (`digest demo` shows a sample)."
            )
        else:
            click.echo(
                "No items match."
                + ("" if include_all else " (--all includes items tagged not relevant)")
            )
        return
    for r in rows:
        topics = f"  [{', '.join(r['topics'])}]" if r["topics"] else ""
        also = _also_in(db, r) if (r["story_size"] or 1) > 1 else ""  # "": one source twice
        extra = f"  (also in: {also})" if also else ""
        if r["relevant"] == 0:
            extra += "  (not relevant)"
        click.echo(
            f"{local_time(r['published_at'], tz):%Y-%m-%d}  {r['id']:>6}  {r['feed'][:22]:<22}  {r['title']}{topics}{extra}"
        )


def _also_in(db: Database, row: dict, shown: int = 3) -> str:
    """The other sources of the story `row` leads: their names, the first few."""
    from digest.store.items import story_sources

    others = list(dict.fromkeys(
        s["feed"] for s in story_sources(db, row["story_id"])
        if s["id"] != row["id"] and s["feed"] != row["feed"]
    ))  # fmt: skip
    return first_few(others, shown)


def item_json(r: dict, evidence: dict[str, list[str]] | None = None) -> dict:
    return {
        "id": r["id"],
        "feed": r["feed"],
        "title": r["title"],
        "url": r["url"],
        "published": r["published_at"],
        "published_from": r["published_from"],
        "summary": r["summary"],
        "author": r["author"],
        "relevant": None if r["relevant"] is None else bool(r["relevant"]),
        "relevance": r["relevance"],
        "topics": r["topics"],
        "evidence": evidence or {},  # tag -> the phrases that carried it, for tags in force
        "story_id": r["story_id"],
        "story_size": r["story_size"],
        "first_seen": r["first_seen_at"],
        "starred": bool(r["starred"]),
        "read": r["read_at"] is not None,
    }


def _topic(db: Database, text: str | None, watchlists: tuple[str, ...]) -> str | None:
    """--topic: a topic key or its display name (any case), or a watchlist's name: one
    configured, or one that tagged items before."""
    from digest.tagging import known_topic

    if text is None:
        return None
    key = text.strip().lower()  # watchlist names are lowercase (settings checks them)
    return known_topic(db, key, watchlists, said=text, where="--topic: ")


def _feed_id(db: Database, name: str | None) -> int | None:
    from digest.config import name_hint
    from digest.store.feeds import feed_by_name, list_feeds

    if name is None:
        return None
    row = feed_by_name(db, name)
    if row is None:
        names = (f["name"] for f in list_feeds(db, removed_with_items=True))
        raise DigestError(f"--feed: no feed named {name!r}", name_hint(name, names))
    return row["id"]
