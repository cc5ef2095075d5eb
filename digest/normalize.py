"""Pure normalizers shared by parse and ingest: feed HTML to plain text, URLs to canonical
http(s) form, dates to UTC, and the stable id of an item. No I/O, no clock reads.

Feed text is untrusted: HTML is parsed (never regex-stripped), script/style content dropped,
entities decoded, mojibake repaired (ftfy), control characters removed, lengths capped.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

MAX_TITLE = 500
MAX_SUMMARY = 4000
MAX_CONTENT = 200_000

TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "twclid",
        "mc_cid", "mc_eid", "_hsenc", "_hsmi", "__hssc", "__hstc", "__hsfp", "hsctatracking",
        "oly_anon_id", "oly_enc_id", "vero_id", "mkt_tok", "cmpid", "ncid", "sr_share", "ocid",
        "spm", "_ga", "_gl", "wt.mc_id", "ito", "rss", "feed", "src_feed",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "at_", "trk_")

_DROP_TAGS = ("script", "style", "noscript", "iframe", "object", "embed", "template", "svg",
              "math", "head", "title", "meta", "link", "form", "button", "select", "textarea")  # fmt: skip
_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre tr table section article header "
    "footer figure figcaption dd dt dl hr aside nav main".split()
)
_WS = re.compile(r"[ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_NL = re.compile(r"\s*\n\s*")
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\ufffe\uffff\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
# a terminal's escape sequences whole (colour, title, cursor), not their printable tails
# ("[31m", "]0;title") once the ESC itself is dropped as a control character
_TERMINAL_ESCAPE = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[!-/]*[0-~])"
)
_C1 = re.compile(r"[\x80-\x9f]")  # a lone \x9b is a terminal's CSI
_LOOKS_HTML = re.compile(r"<[a-zA-Z/!]|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")


def fix_text(text: str) -> str:
    """Repair mojibake and C1 look-alikes, drop control characters, normalize to NFC."""
    if not text:
        return ""
    if not text.isascii():
        import ftfy

        text = ftfy.fix_text(text, uncurl_quotes=False, fix_latin_ligatures=False)
        text = _C1.sub("", text)  # what ftfy left: C1 codes with no Windows-1252 meaning
    if "\x1b" in text:
        text = _TERMINAL_ESCAPE.sub("", text)
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def collapse(text: str, *, keep_paragraphs: bool = False) -> str:
    text = _WS.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    if keep_paragraphs:
        text = _NL.sub("\n", text)
        return re.sub(r"\n{2,}", "\n\n", text).strip()
    return " ".join(text.split())


def html_to_text(markup: str, *, keep_paragraphs: bool = False) -> str:
    """Plain text of an HTML fragment: tags removed by a real parser, entities decoded, the text
    of script/style/iframe dropped. Plain text passes through (entities decoded)."""
    if not markup:
        return ""
    if not _LOOKS_HTML.search(markup):
        return collapse(fix_text(markup), keep_paragraphs=keep_paragraphs)
    from lxml import etree

    try:
        root = etree.fromstring(f"<div>{markup}</div>", _html_parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return collapse(fix_text(_strip_tags_fallback(markup)), keep_paragraphs=keep_paragraphs)
    etree.strip_elements(
        root, *_DROP_TAGS, etree.Comment, etree.ProcessingInstruction, with_tail=False
    )
    parts: list[str] = []
    _walk(root, parts)
    return collapse(fix_text("".join(parts)), keep_paragraphs=keep_paragraphs)


@functools.cache
def _html_parser():
    """One libxml2 HTML parser, reused. The fragment is parsed as a document whose body holds
    it; plain etree elements, not lxml.html's, which cost a class lookup per element and
    made the parse four times slower."""
    from lxml import etree

    return etree.HTMLParser(remove_comments=True, remove_pis=True)


def _walk(root, out: list[str]) -> None:
    """Text in document order, a line break around block elements; iterative, so deep
    nesting in hostile HTML cannot exhaust the stack."""
    from lxml import etree

    for event, el in etree.iterwalk(root, events=("start", "end")):
        block = isinstance(el.tag, str) and el.tag in _BLOCK_TAGS
        if event == "start":
            if block:
                out.append("\n")
            if el.text:
                out.append(el.text)
        else:
            if block:
                out.append("\n")
            if el.tail and el is not root:
                out.append(el.tail)


def _strip_tags_fallback(markup: str) -> str:
    import html

    return html.unescape(re.sub(r"<[^>]*>", " ", markup))


def clip(text: str, limit: int) -> str:
    """Cut at a word boundary with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.-") + "…"


# A host name as DNS and IDNA spell it: letters (any script), digits, "-", "." and the "_"
# some real hosts use. A space, "<" or "|" in it is a typo that would fail only at the lookup.
HOST_NAME = re.compile(r"[\w.-]+")  # settings.host_problem reads SMTP hosts by it too


_AUTHORITY = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://([^/?#]*)")


def masked_url(url: str) -> str:
    """The address as messages show it: a password written in it (user:password@host) as
    "***", the way pip and git print addresses. The user name stays, so the person can tell
    which of their accounts it is; the address itself is stored and exported as written."""
    m = _AUTHORITY.match(url)
    userinfo, at, _ = m.group(1).rpartition("@") if m else ("", "", "")
    if not at or ":" not in userinfo:
        return url
    user = userinfo.partition(":")[0]
    return f"{url[: m.start(1)]}{user}:***@{url[m.start(1) + len(userinfo) + 1 :]}"


def address_problem(url: str, written: bool = False) -> str | None:
    """Why `url` is not a web address a feed can be fetched from, said for a person, or None:
    not http(s), no host, a host name with a space or a stray character, a port that is not
    1-65535, a [bracketed] host that is not IPv6. An address a person wrote (`written`:
    feeds.toml, `feeds add`, OPML) may hold no space either: two addresses pasted as one, or
    an address and a word, would be fetched as one address and fail far from where it was
    typed.
    (urllib raises on the last two only when the port or host is read; httpx lets a port
    over 65535 reach the socket call, which then fails with an IndexError.)
    The address is quoted with any password in it masked."""
    shown = masked_url(url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        if "port" in str(exc).lower():
            return f"{shown!r} has a port that is not a number from 1 to 65535"
        return f"{shown!r} has a host in [brackets] that is not an IPv6 address"
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return f"{shown!r} is not an http(s) address"
    if not parts.hostname:
        return f"{shown!r} names no host"
    if ":" not in parts.hostname and not HOST_NAME.fullmatch(parts.hostname):
        return f"{shown!r} has a host name with a space or a character host names cannot hold"
    if port == 0:
        return f"{shown!r} has a port that is not a number from 1 to 65535"
    if written and any(c.isspace() for c in url.strip()):  # around it: stripped on writing
        return f"{shown!r} has a space in it (write a space that belongs to the address as %20)"
    return None


def safe_url(url: str | None, base: str | None = None) -> str | None:
    """An absolute http(s) URL or None: javascript:, data:, mailto: and the like are refused."""
    if not url or not isinstance(url, str):
        return None
    url = _CONTROL.sub("", url).strip()
    if not url:
        return None
    if base:
        try:
            url = urljoin(base, url)
        except ValueError:
            return None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    if any(c.isspace() for c in url):
        url = url.replace(" ", "%20")
        if any(c.isspace() for c in url):
            return None
    return url


# An absolute URL already in canonical form, or one whose only query parameters are tracking
# ones: lower-case http(s) scheme and host, no port, fragment, ";" (urljoin may drop one),
# whitespace, control character or dot segment. Most feed links are; they are answered
# without the parse and rebuild below (a tenth of a millisecond each).
# tests/test_parse_paths.py holds the two paths equal.
_CANONICAL = re.compile(
    r"(https?://[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/[A-Za-z0-9\-_~%!$&'()*+,=:@/.]*)?)"
    r"(?:\?([A-Za-z0-9_.-]+(?:=[A-Za-z0-9\-_.~%]*)?(?:&[A-Za-z0-9_.-]+(?:=[A-Za-z0-9\-_.~%]*)?)*&?))?"
)


def _is_tracking(key: str) -> bool:
    key = key.lower()
    return key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES)


def canonical_url(url: str | None, base: str | None = None) -> str | None:
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters."""
    m = _CANONICAL.fullmatch(url) if url and isinstance(url, str) else None
    if m and "/." not in m.group(1):
        query = m.group(2)
        if query is None or all(_is_tracking(p.split("=", 1)[0]) for p in query.split("&") if p):
            bare = m.group(1)
            return bare if bare.count("/") > 2 else bare + "/"
    return canonical_url_parsed(url, base)


def canonical_url_parsed(url: str | None, base: str | None = None) -> str | None:
    """canonical_url the long way: every URL is parsed and rebuilt."""
    url = safe_url(url, base)
    if url is None:
        return None
    p = urlsplit(url)
    scheme = p.scheme.lower()
    host = (p.hostname or "").lower().rstrip(".")
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        pass
    port = p.port
    netloc = host if ":" not in host else f"[{host}]"
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        netloc += f":{port}"
    query = [(k, v) for k, v in parse_qsl(p.query, keep_blank_values=True) if not _is_tracking(k)]
    return urlunsplit((scheme, netloc, p.path or "/", urlencode(query, doseq=True), ""))


def content_hash(*parts: str) -> str:
    h = hashlib.blake2b(digest_size=12)
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


def stable_guid(guid: str | None, link: str | None, title: str, summary: str) -> str:
    """The feed's guid, else the canonical link, else a hash of the text."""
    guid = _CONTROL.sub("", guid).strip() if guid else ""
    if guid:
        return guid[:1000]
    if link:
        return link
    return "sha:" + content_hash(title, summary)


def utc_from_struct(value) -> datetime | None:
    """feedparser's time.struct_time (already UTC) to an aware datetime; None if absent/bad."""
    if not value:
        return None
    try:
        return datetime(*value[:6], tzinfo=UTC)
    except (TypeError, ValueError, OverflowError):
        return None


def utc_from_iso(text: str | None) -> datetime | None:
    if not text or not isinstance(text, str):
        return None
    try:
        dt = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).astimezone(UTC)
