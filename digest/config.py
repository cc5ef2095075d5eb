"""Where things live, and the sources list: feeds.toml in, validated FeedConfig records out.

Every mistake in a feeds file (TOML syntax, a missing url, an unknown key, a bad interval) is a
ConfigError naming the file and the line, raised before anything is fetched or written.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tomllib
import unicodedata
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import MISSING, dataclass, field, fields
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from digest.errors import ConfigError, DigestError, did_you_mean, one_of
from digest.files import read_capped
from digest.normalize import address_problem, canonical_url, masked_url

APP_NAME = "digest"
FEED_KINDS = ("feed", "html")
FEED_KEYS = {"name", "url", "tags", "interval", "full_text", "kind", "selector", "enabled"}
DEFAULT_INTERVAL = 3600
MAX_INTERVAL = 366 * 86400  # a feed polled less than yearly is not followed

_INTERVAL_PART = re.compile(r"(\d+)\s*([smhdw])")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_config_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return user_data_dir() / "digest.db"


def user_feeds_path() -> Path:
    return user_config_dir() / "feeds.toml"


def packaged_feeds_path() -> Path:
    return Path(str(resources.files("digest").joinpath("feeds.toml")))


def resolve_feeds_path(explicit: str | os.PathLike | None) -> Path:
    """--feeds / DIGEST_FEEDS, else the user's own file, else the list shipped in the package."""
    if explicit:
        return Path(explicit)
    own = user_feeds_path()
    return own if own.exists() else packaged_feeds_path()


def writable_feeds_path(current: Path) -> Path:
    """The file `feeds add/remove/import` edit: never the packaged copy.

    A user who has only the shipped list gets their own copy of it (comments kept) first.
    """
    if current.resolve() != packaged_feeds_path().resolve():
        return current
    own = user_feeds_path()
    if not own.exists():
        with _writing(own):
            own.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(current, own)
    return own


@contextmanager
def _writing(path: Path):
    """An OSError while writing the feeds file becomes a DigestError naming it."""
    try:
        yield
    except OSError as exc:
        raise DigestError(
            f"{path}: cannot write the feeds file: {exc.strerror or exc}",
            "check that its directory can be written, or pass --feeds / DIGEST_FEEDS",
        ) from None


def parse_interval(text: str) -> int:
    """'30m', '6h', '1h30m', '2d' -> seconds. Raises ValueError on anything else."""
    s = text.strip().lower()
    pos, total = 0, 0
    for m in _INTERVAL_PART.finditer(s):
        if s[pos : m.start()].strip():
            break
        total += int(m.group(1)) * _UNIT_SECONDS[m.group(2)]
        pos = m.end()
    if not s or s[pos:].strip() or total <= 0:
        raise ValueError(text)
    return total


URL_HINT = "give the whole address, as in https://example.org/feed.xml"
_FILE_ENDINGS = (".xml", ".rss", ".atom", ".rdf", ".json", ".opml", ".toml")  # no such TLDs


def url_hint(url: str) -> str:
    """The hint for an address that `address_problem` refused: for one typed without its
    scheme (example.org/feed), the address with https:// in front, when that is one."""
    url = url.strip()
    host = url.split("/")[0]
    if "://" not in url and "." in host and not host.lower().endswith(_FILE_ENDINGS):
        whole = "https://" + url
        if not address_problem(whole, written=True):
            return f"did you mean {masked_url(whole)}?"
    return URL_HINT


INTERVAL_HINT = 'use a duration from a minute to a year, such as "30m", "6h" or "1d"'


def polling_interval(value: object) -> int:
    """A feed's interval in seconds, from a minute to a year; ValueError otherwise."""
    seconds = parse_interval(value) if isinstance(value, str) else -1
    if not 60 <= seconds <= MAX_INTERVAL:
        raise ValueError(value)
    return seconds


def format_interval(seconds: int) -> str:
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


@dataclass(frozen=True)
class FeedConfig:
    name: str
    url: str
    tags: tuple[str, ...] = ()
    interval: int = DEFAULT_INTERVAL
    full_text: bool = False
    kind: str = "feed"
    selector: str | None = None
    enabled: bool = True
    line: int | None = field(default=None, compare=False)


# A setting left at its default is left out of a table `feeds add` writes.
_DEFAULTS = {f.name: f.default for f in fields(FeedConfig) if f.default is not MISSING}


def _toml_error_line(exc: tomllib.TOMLDecodeError) -> int | None:
    m = re.search(r"line (\d+)", str(exc))
    return int(m.group(1)) if m else None


MAX_TOML_BYTES = 8 * 1024 * 1024  # a list of 20,000 feeds is about 2 MB


def load_toml(path: Path) -> tuple[dict, str]:
    """Read a TOML file; syntax errors become ConfigError with the line. A file larger than
    any settings or feeds file (a device such as /dev/zero, a log given by mistake) is
    refused after MAX_TOML_BYTES, not read whole into memory."""
    try:
        data = read_capped(
            path, MAX_TOML_BYTES, f"larger than {MAX_TOML_BYTES:,} bytes: not a settings file",
            "check the path: a settings or feeds file is a few kilobytes of TOML",
        )  # fmt: skip
        text = data.decode("utf-8-sig")  # a leading BOM (Windows editors) is not TOML
    except FileNotFoundError:
        raise ConfigError(
            path, None, "file not found", "check the path, or drop the option"
        ) from None
    except UnicodeDecodeError as exc:
        hint = "save it as UTF-8 text (an editor's Save As offers the encoding)"
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Notepad's "Unicode"
            raise ConfigError(path, None, "saved as UTF-16, not UTF-8 text", hint) from None
        line = data.count(b"\n", 0, exc.start) + 1
        raise ConfigError(
            path, line, f"not UTF-8 text: byte 0x{data[exc.start]:02x} (another encoding?)", hint
        ) from None
    except OSError as exc:
        raise ConfigError(path, None, f"cannot read: {exc}") from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        msg = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise ConfigError(
            path, _toml_error_line(exc), f"TOML syntax error: {msg}", "fix the line and run again"
        ) from None
    except RecursionError:  # tomllib reads nested arrays and inline tables recursively
        raise ConfigError(
            path, None, "TOML nested too deeply to read (arrays or tables within each other)",
            "a settings file needs a few levels at most: fix the file and run again",
        ) from None  # fmt: skip


_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')"""
_KEY_PATH = rf"{_KEY_PART}(?:\s*\.\s*{_KEY_PART})*"
_HEADER_AT = re.compile(rf"^\s*\[\[?\s*({_KEY_PATH})\s*\]")
_ARRAY_HEADER_AT = re.compile(rf"^\s*\[\[\s*({_KEY_PATH})\s*\]\]")
_KEY_AT = re.compile(rf"^\s*({_KEY_PATH})\s*=")


def table_lines(text: str, table: str) -> list[int]:
    """Line numbers (1-based) of each `[[table]]` header, in order (the name bare or quoted)."""
    return [
        i
        for i, line in enumerate(text.splitlines(), 1)
        if (m := _ARRAY_HEADER_AT.match(line)) and _key_parts(m[1]) == (table,)
    ]


def _key_parts(written: str) -> tuple[str, ...]:
    """("a", "b c") for `a."b c"`: a dotted key as TOML reads it."""
    parts = re.findall(_KEY_PART, written)
    return tuple(_unquote(p) for p in parts)


def _unquote(part: str) -> str:
    if part[0] == "'":
        return part[1:-1]
    if part[0] == '"':
        try:
            return json.loads(part)  # TOML's basic-string escapes are JSON's, but for \U
        except ValueError:
            return part[1:-1]
    return part


def key_line(text: str, *path: str | None) -> int | None:
    """The 1-based line where the key `path` is written, however it is written: a [a.b]
    header, `b = ...` under [a], or the dotted `a.b.c = ...` / `b.c = ...` under [a] that
    fill it in. When `path` itself is on no line (a key inside an inline table), the line of
    its longest written prefix; None when not even its first part is written. Parts that
    are None are left out (no key: the table's own line)."""
    path = tuple(p for p in path if p is not None)
    best, best_line = 0, None
    table: tuple[str, ...] = ()
    in_string = None  # the quotes of a multi-line string still open: its lines are not keys
    for i, line in enumerate(text.splitlines(), 1):
        if in_string:
            if line.count(in_string) % 2:
                in_string = None
            continue
        in_string = next((q for q in ('"""', "'''") if line.count(q) % 2), None)
        if m := _HEADER_AT.match(line):
            table = full = _key_parts(m[1])
        elif m := _KEY_AT.match(line):
            full = table + _key_parts(m[1])
        else:
            continue
        n = next((n for n in range(len(path), 0, -1) if full[:n] == path[:n]), 0)
        if n == len(path):
            return i
        if n > best:
            best, best_line = n, i
    return best_line


def line_in_table(text: str, header: int | None, key: str | None) -> int | None:
    """The line of `key =` in the [[array]] table whose header is on 1-based line `header`
    (table_lines), or the header's own line for no key (or a key not written there)."""
    if header is None or not key:
        return header
    lines = text.splitlines()
    for i in range(header, len(lines)):  # from the line after the header (0-based)
        if lines[i].lstrip().startswith("["):
            break
        if (m := _KEY_AT.match(lines[i])) and _key_parts(m[1]) == (key,):
            return i + 1
    return header


def load_feeds(path: Path) -> list[FeedConfig]:
    data, text = load_toml(path)
    unknown_top = set(data) - {"feeds"}
    if unknown_top:
        key = sorted(unknown_top)[0]
        raise ConfigError(
            path,
            key_line(text, key),
            f"unknown top-level key {key!r}",
            "a feeds file holds only [[feeds]] tables",
        )
    tables = data.get("feeds", [])
    if not isinstance(tables, list):
        raise ConfigError(
            path,
            key_line(text, "feeds"),
            "'feeds' must be an array of tables",
            "write each as [[feeds]]",
        )
    lines = table_lines(text, "feeds")
    if not lines and tables:  # feeds = [{url = ...}, ...]: each table's line is that array's
        lines = [key_line(text, "feeds")] * len(tables)
    feeds: list[FeedConfig] = []
    seen: dict[str, int | None] = {}
    polled: dict[tuple, FeedConfig] = {}  # one address polled twice: twice the requests, and
    # every item of one "also in" the other
    for i, table in enumerate(tables):
        line = lines[i] if i < len(lines) else None
        feed = _feed_from_table(path, text, table, line)
        if feed.name in seen:
            raise ConfigError(
                path,
                line,
                f"duplicate feed name {feed.name!r} (first at line {seen[feed.name]})",
                "give each feed its own name",
            )
        seen[feed.name] = line
        if feed.enabled:
            key = (same_address(feed.url), feed.kind, feed.selector)
            if first := polled.get(key):
                raise ConfigError(
                    path,
                    line,
                    f"{feed.name!r} has the address of {first.name!r} (line {first.line})",
                    "keep one of them, or set enabled = false on one",
                )
            polled[key] = feed
        feeds.append(feed)
    return feeds


def _feed_from_table(path: Path, text: str, t: object, line: int | None) -> FeedConfig:
    def fail(key: str | None, message: str, hint: str | None = None) -> ConfigError:
        return ConfigError(path, line_in_table(text, line, key), message, hint)

    if not isinstance(t, dict):
        raise fail(None, "each [[feeds]] entry must be a table")
    unknown = sorted(set(t) - FEED_KEYS)
    if unknown:
        raise fail(
            unknown[0], f"unknown key {unknown[0]!r}", f"known keys: {', '.join(sorted(FEED_KEYS))}"
        )
    url = t.get("url")
    if "url" in t and not isinstance(url, str):
        raise fail("url", "url must be a string", 'e.g. url = "https://example.org/feed.xml"')
    if not isinstance(url, str) or not url.strip():
        raise fail(
            None, "feed has no url", 'add a line such as url = "https://example.org/feed.xml"'
        )
    url = url.strip()
    if problem := address_problem(url, written=True):
        raise fail("url", f"url {problem}", url_hint(url))
    name = t.get("name", default_name(url))
    if not isinstance(name, str) or not name.strip():
        raise fail("name", "name must be a non-empty string")
    if not one_line(name):  # shown in lists, the sidebar and "also in: ..." lines
        raise fail("name", f"name {name!r} is not one line of text", ONE_LINE_HINT)
    tags = t.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(x, str) for x in tags):
        raise fail("tags", "tags must be a list of strings", 'e.g. tags = ["regulator", "us"]')
    if bad := next((x for x in tags if not one_line(x)), None):
        raise fail("tags", f"tag {bad!r} is not one line of text", ONE_LINE_HINT)
    interval_raw = t.get("interval", format_interval(DEFAULT_INTERVAL))
    try:
        interval = polling_interval(interval_raw)
    except ValueError:
        raise fail("interval", f"bad interval {interval_raw!r}", INTERVAL_HINT) from None
    for key in ("full_text", "enabled"):
        if key in t and not isinstance(t[key], bool):
            raise fail(key, f"{key} must be true or false")
    kind = t.get("kind", "feed")
    if kind not in FEED_KINDS:
        raise fail("kind", f"unknown kind {kind!r}", 'use "feed" or "html"')
    selector = t.get("selector")
    if kind == "html" and not (isinstance(selector, str) and selector.strip()):
        raise fail(
            None,
            'kind = "html" needs a selector for the article links',
            'e.g. selector = "h2.title a"',
        )
    if selector is not None and not isinstance(selector, str):
        raise fail("selector", "selector must be a CSS selector string")
    if selector is not None and kind != "html":
        raise fail(
            "selector",
            "a selector is only read for a site with no feed",
            'add kind = "html", or drop the selector',
        )
    if selector:
        problem = selector_problem(selector)
        if problem:
            raise fail("selector", problem)
    return FeedConfig(
        name=feed_name(name.strip()),
        url=url,
        tags=tuple(tags),
        interval=interval,
        full_text=bool(t.get("full_text", False)),
        kind=kind,
        selector=selector,
        enabled=bool(t.get("enabled", True)),
        line=line,
    )


def selector_problem(selector: str) -> str | None:
    """What is wrong with a CSS selector for article links, or None."""
    from cssselect import GenericTranslator, SelectorError

    try:
        GenericTranslator().css_to_xpath(selector)
    except SelectorError as exc:
        return f"bad CSS selector {selector!r}: {exc}"
    return None


def default_name(url: str) -> str:
    """The name of a feed given none: its host as DNS reads it (lower case) and a port if one
    other than the scheme's own is given; never the user:password@ an address may carry.
    (An address urllib cannot read, a port over 65535 say, is refused where it is checked;
    its name is then never used.)"""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return masked_url(url)
    host = (parts.hostname or "").rstrip(".")
    host = f"[{host}]" if ":" in host else host
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    return f"{host}:{port}" if port and port != default else host


def same_address(url: str) -> str:
    """What two addresses for one feed share: scheme and host in any case, a default port or
    a #fragment written or not, tracking parameters dropped."""
    return canonical_url(url) or url


def add_feed(path: Path, url: str, name: str | None = None, **extra: object) -> FeedConfig:
    """Append a [[feeds]] table after the file's text, its comments and layout untouched."""
    return add_feeds(path, [{"url": url, "name": name, **extra}])[0]


def feed_name(text: str) -> str:
    """A feed's name as feeds are told apart by it: in NFC, so "Café" typed with é as one
    character or as e and a combining accent is one name (feeds.toml, add, remove and the
    archive's lookups all read names through here)."""
    return unicodedata.normalize("NFC", text)


ONE_LINE_HINT = "write it as plain text on one line: no line breaks, tabs or control characters"


def one_line(text: str) -> bool:
    """No line breaks, tabs or other control characters in `text`."""
    return not any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in text)


def add_feeds(path: Path, new: list[dict], on_skip=None) -> list[FeedConfig]:
    """Append a [[feeds]] table for each {url, name, other keys} in one write, so an import
    of 500 feeds reads and checks the file once, not 500 times. A feed that cannot be added
    (not http(s), a name or address already listed) raises DigestError, or with `on_skip` is
    left out, on_skip(its index in `new`, the error) called, while the others go in."""
    import tomlkit

    listed = load_feeds(path) if path.exists() else []
    names = {f.name: f.line for f in listed}
    urls = {same_address(f.url): (f.name, f.line) for f in listed}
    tables = []
    for i, feed in enumerate(new):
        try:
            table = _feed_table(path, feed, names, urls)
        except DigestError as exc:
            if on_skip is None:
                raise
            on_skip(i, exc)
            continue
        names[table["name"]] = None
        urls[same_address(table["url"])] = (table["name"], None)
        tables.append(table)
    if not tables:
        return []
    # Appended as text after what is there, byte for byte, one blank line before each table
    # as in the shipped file (tomlkit's own array append runs the tables together).
    before = path.read_text(encoding="utf-8").rstrip("\n") if path.exists() else ""
    added_text = "\n".join("[[feeds]]\n" + tomlkit.dumps(t) for t in tables)  # each ends in \n
    _write_validated(path, (before + "\n\n" if before else "") + added_text)
    added = {str(t["name"]) for t in tables}
    return [f for f in load_feeds(path) if f.name in added]


def refuse_listed(path: Path, url: str) -> None:
    """The error adding `url` would end in, if the file lists it already in any spelling:
    said before `feeds add` fetches the address to check it."""
    key = same_address(url.strip())
    for f in load_feeds(path) if path.exists() else []:
        if same_address(f.url) == key:
            raise _listed(path, url, f.name, f.line)


def _listed(path: Path, url: str, other: str, line: int | None) -> ConfigError:
    return ConfigError(
        path,
        line,
        f"{masked_url(url)} is already in the list as {other!r}",
        "nothing to add: to change its settings, edit its table there",
    )


def _feed_table(path: Path, feed: dict, names: dict, urls: dict):
    import tomlkit

    url, name = feed["url"].strip(), feed.get("name")  # as load_feeds reads it back
    if problem := address_problem(url, written=True):
        raise DigestError(problem, url_hint(url))
    # A title from a feed or an OPML file may hold line breaks or tabs: one line of words.
    name = feed_name(" ".join((name or "").split())) or default_name(url)
    if not one_line(name):
        raise DigestError(f"the name {name!r} has a control character", ONE_LINE_HINT)
    if feed.get("tags"):
        feed = {**feed, "tags": [t for t in (" ".join(x.split()) for x in feed["tags"]) if t]}
        if bad := next((x for x in feed["tags"] if not one_line(x)), None):
            raise DigestError(f"the tag {bad!r} has a control character", ONE_LINE_HINT)
    if (key := same_address(url)) in urls:  # before the name: that is the news
        raise _listed(path, url, *urls[key])
    if name in names:
        raise ConfigError(
            path, names[name], f"a feed named {name!r} already exists", "pick another --name"
        )
    table = tomlkit.table()
    table["name"] = name
    table["url"] = url
    for key, value in feed.items():
        if key in ("url", "name") or value is None or value in ((), [], _DEFAULTS.get(key)):
            continue
        table[key] = list(value) if isinstance(value, tuple) else value
    return table


def remove_feed(path: Path, name: str) -> str:
    """Remove the feed of this name and return the name as the file spells it."""
    import tomlkit
    from tomlkit.exceptions import ParseError

    _, before = load_toml(path)  # a syntax error, said as everywhere else (file, line, hint)
    try:
        doc = tomlkit.parse(before)
    except ParseError as exc:  # what tomllib read and tomlkit does not
        raise ConfigError(path, exc.line, f"TOML syntax error: {exc}", "fix the line") from None
    feeds = doc.get("feeds", [])
    names = [feed_name(str(t.get("name"))) for t in feeds]
    name = feed_name(name)
    if name not in names:  # as `feeds pause` and `items --feed`: any case, if only one matches
        same = [n for n in names if n.casefold() == name.casefold()]
        if len(same) != 1:
            # the name typed is wrong, not the file: exit 1, as `feeds pause` and `tag`
            raise DigestError(f"no feed named {name!r} in {path}", name_hint(name, names))
        name = same[0]
    text = _without_table(before, names.index(name), len(names))
    if text is None:  # not written as [[feeds]] headers: let tomlkit rewrite the array
        aot = tomlkit.aot()
        for t, listed in zip(feeds, names, strict=True):
            if listed != name:
                aot.append(t)
        doc["feeds"] = aot
        text = tomlkit.dumps(doc)
    _write_validated(path, text)
    return name


_FEEDS_HEADER = re.compile(r"\s*\[\[\s*feeds\s*\]\]")


def _without_table(text: str, k: int, count: int) -> str | None:
    """The text with the k-th [[feeds]] table cut out: its header and the lines after it up
    to a blank line or the next header (its own comments among them). Everything else stays
    byte for byte, comments above the header too (they may title a section), but for one
    blank line where two would meet. None if the file's headers do not match its feeds (an
    inline array, say)."""
    lines = text.splitlines(keepends=True)
    headers = [i for i, line in enumerate(lines) if _FEEDS_HEADER.match(line)]
    if len(headers) != count:
        return None
    start = end = headers[k]
    end += 1
    while end < len(lines) and lines[end].strip() and not _FEEDS_HEADER.match(lines[end]):
        end += 1
    blank_before = start > 0 and not lines[start - 1].strip()
    if blank_before and (end == len(lines) or not lines[end].strip()):
        start -= 1  # the blank line that separated it
    elif start == 0 and end < len(lines) and not lines[end].strip():
        end += 1  # the first table: the file does not start with a blank line
    out = "".join(lines[:start] + lines[end:])
    return out.rstrip("\n") + "\n" if out.strip() else ""


def name_hint(name: str, names: Iterable[str]) -> str:
    """For a feed name that matched nothing: the nearest names, or the names it is part of
    ("ema" for "EMA news"), else where to find them."""
    names = list(names)
    near = did_you_mean(name, names)
    if near:
        return near
    part = name.strip().casefold()
    holding = [n for n in names if part and part in n.casefold()]
    if holding:
        if len(holding) <= 3:
            return f"did you mean {one_of(holding)}?"
        return f"{len(holding)} names contain {name.strip()!r}; see `digest feeds list`"
    return "see `digest feeds list` for the names"


def _write_validated(path: Path, text: str) -> None:
    """Write atomically, and only if the result still loads: an edit never breaks the file."""
    tmp = path.with_name(path.name + ".tmp")
    with _writing(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
    try:
        load_feeds(tmp)
    except ConfigError as exc:  # named as the file it would have become
        tmp.unlink()
        raise ConfigError(path, exc.line, exc.detail, exc.hint) from None
    with _writing(path):
        os.replace(tmp, path)
