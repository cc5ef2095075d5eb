"""config.toml: the user's settings (watchlists, the digest, mail, key bindings).

Optional: with no file, every setting has a default. Every mistake is a ConfigError that
names the file and the line; secrets (the SMTP password) are never read from here but from
the environment or a secrets file, so the settings file can be shared.

    [watchlists.mesoblast]
    keywords = ["Mesoblast", "Ryoncil", "remestemcel"]

    [watchlists.china]
    keywords = ["NMPA", "Hainan"]
    regex = ['\\bChina\\b', '干细胞']

    [digest]
    anchor = "2026-01-05"        # a Monday: periods are 14 days from here
    timezone = "Europe/Berlin"   # default: the local zone
    per_topic = 5
    max_items = 30
    title = "Stem-cell industry digest"

    [mail]
    host = "smtp.example.org"
    port = 587
    security = "starttls"        # starttls | ssl | none
    user = "digest@example.org"
    from = "Digest <digest@example.org>"
    to = ["editor@example.org"]
    password_file = "~/.config/digest/smtp-password"

    [keys]
    star = "s"
    pick = "p"
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from email.headerregistry import Address
from email.utils import getaddresses
from pathlib import Path

from digest.config import key_line, line_in_table, load_toml, table_lines, user_config_dir
from digest.errors import ConfigError
from digest.normalize import HOST_NAME

SECURITY = ("starttls", "ssl", "none")
BUILTIN_TAGS = {"relevant", "regulation", "trials", "hype", "safety", "business", "research"}
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


@dataclass(frozen=True)
class WatchlistConfig:
    name: str
    keywords: tuple[str, ...] = ()
    regex: tuple[str, ...] = ()


@dataclass(frozen=True)
class DigestSettings:
    anchor: date = date(2024, 1, 8)  # the Monday of ISO week 2: periods start on even weeks
    timezone: str | None = None
    per_topic: int = 5
    max_items: int = 30
    title: str = "Stem-cell industry digest"


@dataclass(frozen=True)
class MailSettings:
    host: str | None = None
    port: int | None = None
    security: str = "starttls"
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    sender: str | None = None
    to: tuple[str, ...] = ()
    list_id: str = "digest.stem-cell.local"
    timeout: float = 30.0
    ca_file: str | None = None  # extra CA bundle, for a relay with a private certificate
    retry_delays: tuple[float, ...] = (5.0, 30.0, 120.0)  # before the 2nd, 3rd, ... attempt


@dataclass(frozen=True)
class Settings:
    path: Path | None = None
    watchlists: tuple[WatchlistConfig, ...] = ()
    digest: DigestSettings = DigestSettings()
    mail: MailSettings = MailSettings()
    keys: dict[str, str] = field(default_factory=dict)
    theme: str = "textual-dark"  # [app] theme: any Textual theme, e.g. "textual-light"

    @property
    def watch_names(self) -> tuple[str, ...]:
        """The watchlists' names (their tags), in the file's order."""
        return tuple(w.name for w in self.watchlists)


def default_settings_path() -> Path:
    return user_config_dir() / "config.toml"


def load_settings(explicit: str | os.PathLike | None, env=os.environ) -> Settings:
    """--config/DIGEST_CONFIG, else ~/.config/digest/config.toml if present, else defaults;
    then DIGEST_SMTP_* and DIGEST_MAIL_* from the environment override the mail section."""
    path = Path(explicit).expanduser() if explicit else default_settings_path()
    if explicit or path.exists():
        settings = _parse(path)
    else:
        settings = Settings()
    return Settings(
        settings.path,
        settings.watchlists,
        settings.digest,
        _mail_env(settings, env),
        settings.keys,
        settings.theme,
    )


def _parse(path: Path) -> Settings:
    data, text = load_toml(path)

    def fail(table: str, key: str | None, message: str, hint: str | None = None):
        return ConfigError(path, key_line(text, table, key), message, hint)

    unknown = set(data) - {"watchlists", "digest", "mail", "keys", "app"}
    if unknown:
        key = sorted(unknown)[0]
        raise ConfigError(
            path,
            key_line(text, key),
            f"unknown section or key {key!r}",
            "known sections: [watchlists.NAME], [digest], [mail], [keys], [app]",
        )
    for section in ("digest", "mail", "keys", "app"):
        if not isinstance(data.get(section, {}), dict):
            raise ConfigError(
                path,
                key_line(text, section),
                f"{section} must be a table",
                f"write it as a [{section}] section",
            )
    watchlists = []
    for name, (table, line_of) in _watchlist_tables(path, data, text).items():

        def fail_at(key: str | None, message: str, hint: str | None = None):
            return ConfigError(path, line_of(key), message, hint)  # noqa: B023 (used in this pass only)

        if not isinstance(table, dict):  # x = 3 under [watchlists]: that line
            raise fail_at(None, f"watchlist {name!r} must be a table", "[watchlists.NAME]")
        if not _NAME.match(name) or name in BUILTIN_TAGS:
            raise fail_at(
                None,
                f"bad watchlist name {name!r}",
                "use lowercase letters, digits, - or _, and not a built-in topic key",
            )
        extra = set(table) - {"keywords", "regex"}
        if extra:
            raise fail_at(
                sorted(extra)[0],
                f"unknown key {sorted(extra)[0]!r}",
                "use keywords or regex",
            )
        kws = table.get("keywords", [])
        rxs = table.get("regex", [])
        for key, value in (("keywords", kws), ("regex", rxs)):
            if not isinstance(value, list) or not all(
                isinstance(v, str) and v.strip() for v in value
            ):
                raise fail_at(key, f"{key} must be a list of strings, none empty or only spaces")
        if rxs:
            import regex  # the engine the tagger runs them with (features.compile_watchlist)
        for rx in rxs:
            try:
                compiled = regex.compile(rx, regex.IGNORECASE)
            except regex.error as exc:
                raise fail_at(
                    "regex",
                    f"bad regex {rx!r}: {exc}",
                    "check the escaping: use '...' strings",
                ) from None
            if compiled.search("") is not None:  # "a*", "x?": it matches every item, with
                raise fail_at(  # nothing to show as evidence
                    "regex", f"regex {rx!r} matches empty text, so it would tag every item",
                    'make it need at least one character, e.g. "a+" for "a*"',
                )  # fmt: skip
            if slow := _runs_long(compiled, rx):
                raise fail_at(
                    "regex",
                    f"regex {rx!r} runs too long on some text ({slow}): it can try a "
                    "number of ways to match that grows exponentially with the text",
                    'repeat one thing, not overlapping choices: "a+" rather than "(a|aa)+"',
                )
        if not kws and not rxs:
            raise fail_at(None, f"watchlist {name!r} has no keywords or regex")
        watchlists.append(WatchlistConfig(name, tuple(kws), tuple(rxs)))

    d = data.get("digest") or {}
    extra = set(d) - {"anchor", "timezone", "per_topic", "max_items", "title"}
    if extra:
        raise fail("digest", sorted(extra)[0], f"unknown key {sorted(extra)[0]!r}")
    anchor = d.get("anchor", DigestSettings.anchor)
    if isinstance(anchor, str):
        try:
            anchor = date.fromisoformat(anchor)
        except ValueError:
            raise fail(
                "digest", "anchor", f"bad anchor date {anchor!r}", "use YYYY-MM-DD"
            ) from None
    if not isinstance(anchor, date):
        raise fail("digest", "anchor", "anchor must be a date", "use YYYY-MM-DD")
    tz = d.get("timezone")
    if tz is not None:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(str(tz))
        except (ZoneInfoNotFoundError, ValueError):
            raise fail(
                "digest", "timezone", f"unknown time zone {tz!r}", 'e.g. "Europe/Berlin" or "UTC"'
            ) from None
    for key in ("per_topic", "max_items"):
        v = d.get(key, getattr(DigestSettings, key))
        if not isinstance(v, int) or isinstance(v, bool) or not 1 <= v <= 500:
            raise fail("digest", key, f"{key} must be a whole number from 1 to 500")
    title = d.get("title", DigestSettings.title)
    if not isinstance(title, str) or not title.strip() or not title.isprintable():
        raise fail(  # it is the mail's subject: a line break there would be a header of its own
            "digest", "title", "title must be one line of text", 'e.g. "Stem-cell digest"'
        )
    digest = DigestSettings(
        anchor=anchor,
        timezone=tz,
        per_topic=d.get("per_topic", DigestSettings.per_topic),
        max_items=d.get("max_items", DigestSettings.max_items),
        title=title.strip(),
    )

    m = data.get("mail") or {}
    known = {
        "host",
        "port",
        "security",
        "user",
        "from",
        "to",
        "password_file",
        "list_id",
        "timeout",
        "ca_file",
        "retry_delays",
    }
    if "password" in m:
        raise fail(
            "mail",
            "password",
            "the SMTP password does not belong in config.toml",
            "set DIGEST_SMTP_PASSWORD, or password_file = a file only you can read",
        )
    extra = set(m) - known
    if extra:
        raise fail("mail", sorted(extra)[0], f"unknown key {sorted(extra)[0]!r}")
    security = m.get("security", "starttls")
    if security not in SECURITY:
        raise fail("mail", "security", f"security must be one of {', '.join(SECURITY)}")
    for key in ("host", "user", "password_file", "list_id", "ca_file"):
        if key in m and not (isinstance(m[key], str) and m[key].strip() and m[key].isprintable()):
            raise fail("mail", key, f"{key} must be one line of text")
    if "host" in m and (problem := host_problem(m["host"].strip())):
        raise fail("mail", "host", f"host {problem}", HOST_HINT)
    timeout = m.get("timeout", MailSettings.timeout)
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not 0 < timeout <= 600:
        raise fail(
            "mail", "timeout", "timeout must be a number of seconds, above 0 and at most 600"
        )
    raw_to = m.get("to", [])
    if not isinstance(raw_to, (str, list)):
        raise fail("mail", "to", "to must be an address or a list of them", ADDRESS_HINT)
    to, bad = addresses([raw_to] if isinstance(raw_to, str) else raw_to)
    if bad is not None:
        raise fail("mail", "to", f"{bad!r} is not an email address", address_hint(bad))
    sender = m.get("from")
    if sender is not None:
        sender, problem = one_sender(sender)
        if problem:
            raise fail("mail", "from", *problem)
    password = None
    if "password_file" in m:
        pf = Path(str(m["password_file"])).expanduser()
        try:
            password = pf.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise fail(
                "mail", "password_file", f"cannot read password file {pf}: {exc.strerror}"
            ) from None
        except UnicodeDecodeError:
            raise fail(
                "mail",
                "password_file",
                f"password file {pf} is not UTF-8 text",
                "it should hold the password alone, as text (a key file or another encoding will not do)",
            ) from None
    delays = m.get("retry_delays", list(MailSettings.retry_delays))
    if not isinstance(delays, list) or not all(
        isinstance(x, (int, float)) and not isinstance(x, bool) and 0 <= x <= 3600 for x in delays
    ):
        raise fail(
            "mail", "retry_delays", "retry_delays must be a list of seconds, e.g. [5, 30, 120]"
        )
    port = m.get("port")
    if port is not None and (not isinstance(port, int) or not 0 < port < 65536):
        raise fail("mail", "port", "port must be a number from 1 to 65535")
    mail = MailSettings(
        host=_bare_host(m["host"]) if "host" in m else None,
        port=port,
        security=security,
        user=m.get("user"),
        password=password,
        sender=sender,
        to=tuple(to),
        list_id=m.get("list_id", MailSettings.list_id),
        timeout=float(timeout),
        ca_file=str(Path(str(m["ca_file"])).expanduser()) if "ca_file" in m else None,
        retry_delays=tuple(float(x) for x in delays),
    )

    keys = data.get("keys") or {}
    for name, value in keys.items():
        if not (isinstance(value, str) and value.strip()):
            raise fail("keys", name, 'each key binding must be a string such as "s" or "ctrl+s"')
    app = data.get("app") or {}
    extra = set(app) - {"theme"}
    if extra:
        raise fail(
            "app", sorted(extra)[0], f"unknown key {sorted(extra)[0]!r}", "[app] knows theme"
        )
    theme = app.get("theme", Settings.theme)
    if not isinstance(theme, str) or not theme:
        raise fail("app", "theme", 'theme must be a name such as "textual-light"')
    return Settings(path, tuple(watchlists), digest, mail, dict(keys), theme)


_PROBE_SECONDS = 0.1  # a linear pattern takes microseconds on a probe


def _runs_long(compiled, rx: str) -> str | None:
    """How a watchlist pattern showed it backtracks without end, or None. It is run on runs
    of one character (a letter, a digit, a space, then the letters and digits it names) that
    end in one that stops a match, the text such patterns blow up on; a pattern that runs in
    linear time takes microseconds on each."""
    probes = dict.fromkeys(["a", "1", " ", *(c for c in rx.lower() if c.isalnum())])
    for ch in list(probes)[:12]:
        text = ch * 48 + "\x00"
        try:
            compiled.search(text, timeout=_PROBE_SECONDS)
        except TimeoutError:
            return f"over {_PROBE_SECONDS:g} s on {len(text)} characters of {ch!r}"
    return None


_ADDRESS = re.compile(r"[^@\s]+@[^@\s]+")
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
# what SMTP takes after the @: host name labels (no leading or trailing hyphen, no empty
# label) or an address literal such as [192.0.2.1]
_MAIL_DOMAIN = re.compile(rf"{_LABEL}(?:\.{_LABEL})*|\[[0-9A-Fa-f:.]+\]|\[IPv6:[0-9A-Fa-f:.]+\]")

HOST_HINT = (
    'write the server\'s name alone, as in host = "smtp.example.org"; the port is port = 587'
)


def host_problem(host: str) -> str | None:
    """What is wrong with an SMTP host as written, said before a send (the lookup would fail,
    four times over two and a half minutes, as "Name or service not known")."""
    import ipaddress

    if "://" in host:
        return f"{host!r} is an address; the SMTP host is a server name"
    if re.fullmatch(rf"(?:{HOST_NAME.pattern}):\d*", host):
        return f"{host!r} holds a port"
    if ":" in host:  # an IPv6 address, in brackets or not
        try:
            ipaddress.IPv6Address(host.removeprefix("[").removesuffix("]"))
        except ValueError:
            return f"{host!r} is neither a host name nor an IPv6 address"
        return None
    if not HOST_NAME.fullmatch(host):
        return f"{host!r} has a space or a character host names cannot hold"
    return None


def _bare_host(host: str) -> str:
    """The host as the socket takes it: no spaces around it, an IPv6 address unbracketed."""
    return host.strip().removeprefix("[").removesuffix("]")


ADDRESS_HINT = (
    'write it as "ann@example.org" or "Ann Lee <ann@example.org>" (letters outside ASCII '
    "may go in the name and the domain, not before the @)"
)


def address_hint(bad: object) -> str:
    """The hint for text `addresses` refused: what went wrong in the common cases (Outlook's
    semicolons, a list with spaces, a "Last, First" name), else how to write one."""
    if not isinstance(bad, str) or bad.count("@") < 1:
        return ADDRESS_HINT
    if bad.count("@") > 1 and ";" in bad:
        return 'separate addresses with commas, not semicolons: "ann@example.org, bo@example.org"'
    if bad.count("@") > 1 and "," not in bad:
        return 'separate addresses with commas: "ann@example.org, bo@example.org"'
    if re.search(r"(^|,)\s*[^\s\",<@]+\s*,\s*[^\s\",<@]+\s*<", bad):  # Lee, Ann <ann@...>
        return (
            'put a name with a comma in double quotes: "Lee, Ann" <ann@example.org> '
            """(in config.toml: to = '"Lee, Ann" <ann@example.org>')"""
        )
    if "<" not in bad and re.search(r"\w\s+[^\s,]+@", bad):  # Ann Lee ann@example.org
        return 'put the address in <>: "Ann Lee <ann@example.org>"'
    return ADDRESS_HINT


def addresses(values: list | tuple) -> tuple[list[str], object | None]:
    """(the email addresses in `values`, the first text that is not one, or None). An
    entry may hold several ("ann@x.org, Bo <bo@y.org>"); a display name may hold a comma
    when quoted ('"Doe, Ann" <ann@x.org>'). An address given twice is kept once (any case):
    it would get the mail twice, and the To line would name it twice."""
    found: list[str] = []
    seen: set[str] = set()
    for text in values:
        if not isinstance(text, str) or not text.isprintable():  # a line break: a new header
            return found, text
        parsed = getaddresses([text])
        # `addr in text`: getaddresses joins the words around a space, so "ed@exa mple.org"
        # would silently become ed@example.org, a different domain from the one written
        if not parsed or not all(_ADDRESS.fullmatch(a) and a in text for _, a in parsed):
            return found, text
        for name, addr in parsed:
            ascii_addr = _ascii_address(addr)
            if ascii_addr is None:
                return found, text
            try:  # the name as written ("Jürgen <j@x.de>"): the message encodes it (RFC 2047)
                shown = str(Address(display_name=name, addr_spec=ascii_addr))
            except (ValueError, IndexError):  # a stray character the loose pattern let in
                return found, text
            if ascii_addr.casefold() not in seen:
                seen.add(ascii_addr.casefold())
                found.append(shown)
    return found, None


def one_sender(text: object) -> tuple[str | None, tuple[str, str] | None]:
    """(the From address as SMTP takes it, or (what is wrong with it, a hint)): one
    address, since the envelope has one sender and mail servers refuse a From of several."""
    found, bad = addresses([text])
    if bad is not None:
        return None, (f"{text!r} is not an email address", address_hint(text))
    if len(found) != 1:
        return None, (
            f"{text!r} is {len(found)} addresses; the digest is sent from one",
            'keep one, as in from = "Digest <digest@example.org>"',
        )
    return found[0], None  # bücher.de in its ASCII form


def _ascii_address(addr: str) -> str | None:
    """`addr` as SMTP takes it without extensions: a domain such as bücher.de in its ASCII
    (IDNA) form, xn--bcher-kva.de. None when it has no ASCII form: letters outside ASCII
    before the @ need a server that speaks SMTPUTF8, and digest does not ask for it. None
    too when the domain is no host name a mail server could reach."""
    local, _, domain = addr.rpartition("@")
    if not local.isascii():
        return None
    if not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    if not _MAIL_DOMAIN.fullmatch(domain):  # example..org, -example.org, exa_mple.org
        return None
    return f"{local}@{domain}"


def _watchlist_tables(
    path: Path, data: dict, text: str
) -> dict[str, tuple[object, Callable[[str | None], int | None]]]:
    """{name: (its table, the line of a key in it (or of the table, for None))}, written any
    way: as [watchlists.NAME] tables, as dotted keys, or as [[watchlists]] with name = "...",
    like [[feeds]]."""
    raw = data.get("watchlists") or {}
    if isinstance(raw, dict):
        return {
            name: (t, lambda key, name=name: key_line(text, "watchlists", name, key))
            for name, t in raw.items()
        }
    tables = raw if isinstance(raw, list) else [raw]
    if not all(isinstance(t, dict) for t in tables):  # watchlists = 3, = ["china"]
        raise ConfigError(
            path,
            key_line(text, "watchlists"),
            "watchlists must be tables",
            'write [watchlists.NAME] sections, or [[watchlists]] with name = "..."',
        )
    headers = table_lines(text, "watchlists")
    found: dict[str, tuple[object, Callable[[str | None], int | None]]] = {}
    for i, table in enumerate(tables):
        line = headers[i] if i < len(headers) else None
        name = table.get("name") if isinstance(table, dict) else None
        if not isinstance(name, str) or not name:
            raise ConfigError(
                path, line, "each [[watchlists]] needs a name", 'e.g. name = "mesoblast"'
            )
        if name in found:
            raise ConfigError(path, line, f"two watchlists are named {name!r}")
        found[name] = (
            {k: v for k, v in table.items() if k != "name"},
            lambda key, line=line: line_in_table(text, line, key),
        )
    return found


def _mail_env(settings: Settings, env) -> MailSettings:
    m = settings.mail
    port = env.get("DIGEST_SMTP_PORT")
    security = env.get("DIGEST_SMTP_SECURITY", m.security)
    if security not in SECURITY:
        raise ConfigError(
            "DIGEST_SMTP_SECURITY", None, f"must be one of {', '.join(SECURITY)}, not {security!r}"
        )
    host = env.get("DIGEST_SMTP_HOST") or None  # set empty: not set
    if host is not None and (problem := host_problem(host.strip())):
        raise ConfigError("DIGEST_SMTP_HOST", None, problem, HOST_HINT)
    if port is not None and not (port.isascii() and port.isdigit() and 0 < int(port) < 65536):
        raise ConfigError(
            "DIGEST_SMTP_PORT", None, f"must be a number from 1 to 65535, not {port!r}"
        )
    to, bad = addresses([env["DIGEST_MAIL_TO"]] if env.get("DIGEST_MAIL_TO") else [])
    if bad is not None:
        raise ConfigError(
            "DIGEST_MAIL_TO", None, f"{bad!r} is not an email address", address_hint(bad)
        )
    sender = env.get("DIGEST_MAIL_FROM")
    if sender:
        sender, problem = one_sender(sender)
        if problem:
            raise ConfigError("DIGEST_MAIL_FROM", None, *problem)
    return MailSettings(
        host=_bare_host(host) if host is not None else m.host,
        port=int(port) if port else m.port,
        security=security,
        user=env.get("DIGEST_SMTP_USER", m.user),
        password=env.get("DIGEST_SMTP_PASSWORD", m.password),
        sender=sender or m.sender,
        to=tuple(to) or m.to,
        list_id=m.list_id,
        timeout=m.timeout,
        ca_file=env.get("DIGEST_SMTP_CA_FILE", m.ca_file),
        retry_delays=m.retry_delays,
    )
