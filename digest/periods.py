"""Biweekly periods: 14 days from an anchor Monday, 00:00 in the configured time zone.

The default anchor (2024-01-08) is the Monday of ISO week 2, so periods start on the Mondays
of even ISO weeks. A period is [start, end): the end is exclusive, as --until is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from digest.errors import DigestError

LENGTH = timedelta(days=14)
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(9998, 12, 31)
DAY_HINT = "use YYYY-MM-DD, today, yesterday, or days or weeks before today: 7d, 2w"
_BEFORE_TODAY = re.compile(r"(\d{1,4})\s*([dw])")


@dataclass(frozen=True)
class Period:
    start: datetime  # UTC
    end: datetime  # UTC, exclusive
    first_day: date  # local dates, for titles
    last_day: date

    @property
    def label(self) -> str:
        a, b = self.first_day, self.last_day
        if a == b:
            return f"{a:%-d %b %Y}"
        if a.year != b.year:
            return f"{a:%-d %b %Y} – {b:%-d %b %Y}"
        if a.month != b.month:
            return f"{a:%-d %b} – {b:%-d %b %Y}"
        return f"{a:%-d}–{b:%-d %b %Y}"

    def previous(self) -> Period:
        span = self.end - self.start
        return Period(
            self.start - span,
            self.start,
            self.first_day - (self.last_day - self.first_day) - timedelta(days=1),
            self.first_day - timedelta(days=1),
        )


def zone(name: str | None) -> tzinfo:
    if name:
        return ZoneInfo(name)
    return datetime.now().astimezone().tzinfo or UTC


def _local_midnight(day: date, tz: tzinfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


def day_start(text: str, tz: tzinfo, option: str, now: datetime | None = None) -> datetime:
    """The first instant of a day in `tz` (a command's --since or --until): YYYY-MM-DD, or
    one relative to today (see `day`)."""
    today = (now or datetime.now(UTC)).astimezone(tz).date()
    return _local_midnight(day(text, option, today), tz)


def day(text: str, option: str, today: date) -> date:
    """A day typed by a person: YYYY-MM-DD, `today`, `yesterday`, or `7d` / `2w` (that
    many days or weeks before today)."""
    word = text.strip().lower()
    before = _BEFORE_TODAY.fullmatch(word)
    if word in ("today", "yesterday"):
        found = today - timedelta(days=1 if word == "yesterday" else 0)
    elif before:
        n = int(before.group(1))
        found = today - timedelta(days=n * 7 if before.group(2) == "w" else n)
    else:
        try:
            found = date.fromisoformat(word)
        except ValueError:
            raise DigestError(f"{option} {text!r} is not a date", DAY_HINT) from None
    if not FIRST_DAY <= found <= LAST_DAY:  # time zones would push year 1 or 9999 out of range
        raise DigestError(
            f"{option} {text!r} is out of range", f"give a day from {FIRST_DAY} to {LAST_DAY}"
        )
    return found


def biweekly(now: datetime, which: str, anchor: date, tz: tzinfo) -> Period:
    """`which` is 'current' (the period now is in) or 'last' (the last complete one)."""
    today = now.astimezone(tz).date()
    n = (today - anchor).days // 14
    if which == "last":
        n -= 1
    elif which != "current":
        raise DigestError(f"unknown period {which!r}", "use --period last or --period current")
    first = anchor + timedelta(days=14 * n)
    last = first + timedelta(days=13)
    return Period(
        _local_midnight(first, tz), _local_midnight(last + timedelta(days=1), tz), first, last
    )


def custom(
    since: str | None,
    until: str | None,
    tz: tzinfo,
    now: datetime,
    names: tuple[str, str] = ("--since", "--until"),
) -> Period:
    """The days from `since` up to `until` (exclusive). Without `until`, up to and
    including today; without `since`, the LENGTH before `until`. `names` are what the
    person typed them as, for the errors."""
    today = now.astimezone(tz).date()
    end = day(until, names[1], today) if until else today + timedelta(days=1)
    first = day(since, names[0], today) if since else end - LENGTH
    if end <= first and not until:  # the end was today's: the start is in the future
        raise DigestError(
            f"{names[0]} {first.isoformat()} is after today ({today.isoformat()})",
            f"give a day up to today, or a later {names[1]} as well",
        )
    if end <= first:
        raise misordered(names)
    return Period(
        _local_midnight(first, tz), _local_midnight(end, tz), first, end - timedelta(days=1)
    )


def misordered(names: tuple[str, str] = ("--since", "--until")) -> DigestError:
    """The error for an end on or before its start."""
    return DigestError(
        f"{names[1]} must be after {names[0]}",
        f"{names[1]} is exclusive: the day after the last day",
    )


def local_time(iso_utc: str, tz: tzinfo) -> datetime:
    """A stored UTC time (ISO 8601, Z) in the reader's zone: every day or time shown to a
    person (the app, the CLI's lists, mail notices) is local, as periods are. A time at the
    very edge of the calendar (an archive from before ingest refused year 1) stays UTC."""
    utc = datetime.fromisoformat(iso_utc.replace("Z", "+00:00"))
    try:
        return utc.astimezone(tz)
    except OverflowError:
        return utc


def stored(start_iso: str, end_iso: str, tz: tzinfo) -> Period:
    """A period as the store keeps it (UTC instants, the end exclusive), with its local
    days: a digest list shows the days its title names, in the reader's time zone."""
    start, end = local_time(start_iso, UTC), local_time(end_iso, UTC)
    last = (end.astimezone(tz) - timedelta(microseconds=1)).date()
    return Period(start, end, start.astimezone(tz).date(), last)
