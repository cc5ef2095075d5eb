"""The digest as CommonMark. Every piece of feed text goes through `escape`, which
backslash-escapes each character that can open inline markup (links, images, emphasis, code,
raw HTML, entities) and any block marker at the start, so a headline can never add a link,
an image, a heading or HTML, yet the file stays readable as plain text."""

from __future__ import annotations

import re
from urllib.parse import quote

from digest.compose import Digest, Entry, Insight

_INLINE = re.compile(r"([\\`*_\[\]<>&~|!])")
_BLOCK_START = re.compile(r"^([#>+=-]|\d+[.)])")


def escape(text: str) -> str:
    text = _INLINE.sub(r"\\\1", " ".join((text or "").split()))
    return _BLOCK_START.sub(r"\\\1", text)


def paragraphs(text: str) -> list[str]:
    """The editor's text split at blank lines, each paragraph on one line."""
    parts = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text or ""))
    return [p for p in parts if p] or [""]


def safe_link(url: str | None) -> str | None:
    """An http(s) URL as a CommonMark link destination, or None."""
    if not url or not re.match(r"(?i)https?://[^\s/]", url):
        return None
    return "<" + quote(url, safe=":/?#[]@!$&'()*+,;=%~-._") + ">"


def date_text(entry: Entry) -> str:
    return f"{entry.published.day} {entry.published:%b %Y}"


def sources_text(entry: Entry) -> str:
    text = entry.sources[0]
    if len(entry.sources) > 1:
        text += "; also in: " + ", ".join(entry.sources[1:])
    return text


def _change(now: int, prev: int) -> str:
    d = now - prev
    return "±0" if d == 0 else (f"+{d}" if d > 0 else f"−{-d}")


def topic_counts_text(ins: Insight) -> tuple[str, str]:
    """Items per topic as (the label, the rest): each count with its change against the
    previous period, when that period has items to compare with."""
    if not ins.compared:
        counts = ", ".join(f"{name} {n}" for name, n, _ in ins.topic_counts)
        return "Items per topic", f" (none stored for the previous period to compare): {counts}"
    counts = ", ".join(f"{name} {n} ({_change(n, p)})" for name, n, p in ins.topic_counts)
    return "Items per topic", f", change against the previous period: {counts}"


def to_markdown(d: Digest) -> str:
    out = [f"# {escape(d.title)}", ""]
    for paragraph in paragraphs(d.intro):
        out += [escape(paragraph), ""]
    ins = d.insight
    if d.only_intro:
        return "\n".join(out).rstrip() + "\n"
    out += ["## Insight", ""]
    if ins.topic_counts:
        label, rest = topic_counts_text(ins)
        out.append(f"- **{label}**{rest}")
    if ins.top_stories:
        stories = "; ".join(f"{escape(t)} ({n} sources)" for t, n in ins.top_stories)
        out.append(f"- **Most covered:** {stories}")
    if ins.rising_terms:
        terms = ", ".join(f"{escape(w)} ({n}, was {p})" for w, n, p in ins.rising_terms)
        out.append(f"- **Rising terms:** {terms}")
    if ins.hype_watch:
        hype = "; ".join(escape(e.title) for e in ins.hype_watch)
        out.append(f"- **Hype watch:** {hype}")
    if out[-1] == "":
        out.append("- Nothing to compare yet.")
    out.append("")
    for section in d.sections:
        out += [f"## {escape(section.title)}", ""]
        for e in section.entries:
            link = safe_link(e.url)
            head = f"[{escape(e.title)}]({link})" if link else escape(e.title)
            out.append(f"- **{head}**  ")
            line = f"  {escape(sources_text(e))} · {date_text(e)}"
            if e.summary:
                out.append(line + "  ")
                out.append(f"  {escape(e.summary)}")
            else:
                out.append(line)
            if e.note:
                out[-1] += "  "
                out.append(f"  *Editor's note:* {escape(e.note)}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
