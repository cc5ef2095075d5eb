"""What an address a user adds serves: a feed (its title names it), or a web page whose
<link> tags announce one (that feed is added instead). Uses the fetcher's client, so the
check is as polite and as bounded as a poll."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from digest import fetch
from digest.errors import DigestError, FeedError
from digest.normalize import masked_url
from digest.parse import feed_links, parse_feed

TIMEOUTS = fetch.Timeouts(connect=10.0, read=20.0, total=30.0)
MAX_TRIED = 3  # feed links of one page tried in turn, when the first ones do not work


@dataclass
class Found:
    url: str  # the feed's address: the one given, its permanent redirect, or the page's link
    title: str | None
    page: str | None = None  # the web page the feed was announced on
    others: list[str] = field(default_factory=list)  # the page's other feed links


def discover(url: str, timeouts: fetch.Timeouts = TIMEOUTS) -> Found:
    """Raises fetch.FetchError when the address cannot be reached at all, DigestError when
    it answers with an error or with neither a feed nor a page that links to one."""
    return asyncio.run(_discover(url, timeouts))


async def _discover(url: str, timeouts: fetch.Timeouts) -> Found:
    # As in a poll: an address the user gives may be private (an intranet feed); one that a
    # public page points to may not.
    allow_private = fetch.is_private_host(urlsplit(url).hostname or "")
    async with fetch.make_client(timeouts) as client:
        resp = await _get(client, url, timeouts, allow_private)
        try:
            parsed = parse_feed(resp.body, resp.headers, resp.url)
        except FeedError as exc:
            # feed_links leaves out the page's own address; the one asked for (before a
            # redirect) is the page too.
            links = [link for link in feed_links(resp.body, resp.url) if link != url]
            if not links:
                raise DigestError(
                    f"no feed at {masked_url(url)}: {exc.message}",
                    _selector_hint(resp.body, resp.url, url)
                    + "; --no-check adds the address as it is",
                ) from None
            return await _first_feed(client, url, links, timeouts, allow_private)
        return Found(resp.permanent_url or url, parsed.title)


@dataclass
class Listing:
    title: str | None  # the page's <title>
    links: list[str]  # the article links the selector finds, in page order


def check_listing(url: str, selector: str, timeouts: fetch.Timeouts = TIMEOUTS) -> Listing:
    """A site with no feed (kind = "html"): fetch its listing page once, as a poll would, and
    apply the selector. Raises DigestError when it finds no article link."""
    return asyncio.run(_check_listing(url, selector, timeouts))


async def _check_listing(url: str, selector: str, timeouts: fetch.Timeouts) -> Listing:
    from digest.extract import listing_links, page_title

    allow_private = fetch.is_private_host(urlsplit(url).hostname or "")
    async with fetch.make_client(timeouts) as client:
        resp = await _get(client, url, timeouts, allow_private, accept=fetch.ACCEPT_HTML)
    links = listing_links(resp.body, resp.url, selector)
    if not links:
        raise DigestError(
            f"the selector {selector!r} finds no article links on {masked_url(url)}",
            _selector_hint(resp.body, resp.url, url) + "; --no-check adds it as it is",
        )
    return Listing(page_title(resp.body), links)


def _selector_hint(body: bytes, page_url: str, url: str) -> str:
    """How to read a page with no feed: the selector that finds its headlines, when one of
    the usual ones does, as the command to type."""
    import shlex

    from digest.extract import likely_selector

    if found := likely_selector(body, page_url):
        selector, count = found
        command = (
            f"digest feeds add {shlex.quote(masked_url(url))} --selector {shlex.quote(selector)}"
        )
        return f"{selector!r} finds {count} headline links on the page: `{command}` polls them"
    return (
        "for a site with no feed, open the page in a browser, find what wraps each "
        'headline\'s link, and give it as --selector (e.g. "h2.title a")'
    )


async def _first_feed(client, page: str, links: list[str], timeouts, allow_private) -> Found:
    problems = []
    for link in links[:MAX_TRIED]:
        try:
            resp = await _get(client, link, timeouts, allow_private)
            parsed = parse_feed(resp.body, resp.headers, resp.url)
        except (fetch.FetchError, DigestError) as exc:  # its message, not its hint
            problems.append(f"{masked_url(link)}: {getattr(exc, 'message', exc)}")
            continue
        others = [u for u in links if u != link]
        return Found(resp.permanent_url or link, parsed.title, page=page, others=others)
    said = "a feed, which" if len(links) == 1 else f"{len(links)} feeds, and none"
    raise DigestError(
        f"{masked_url(page)} links to {said} could not be read: " + "; ".join(problems),
        "--no-check adds one of them as it is",
    )


async def _get(
    client, url: str, timeouts, allow_private: bool, accept: str = fetch.ACCEPT_FEED
) -> fetch.Response:
    resp = await fetch.get(
        client, url, timeouts=timeouts, allow_private=allow_private, accept=accept
    )
    if resp.status != 200:
        raise DigestError(
            f"{masked_url(url)} answered {fetch.status_line(resp.status)}",
            "check the address in a browser; --no-check adds it as it is",
        )
    return resp
