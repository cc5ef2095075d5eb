"""The digest as plain text: the text/plain part of the mail, readable in any client."""

from __future__ import annotations

import textwrap

from digest.compose import Digest
from digest.render.markdown import date_text, paragraphs, sources_text, topic_counts_text

WIDTH = 76


def _wrap(text: str, indent: str = "", hang: str | None = None) -> list[str]:
    """Lines of at most WIDTH; `hang` indents the lines after the first (a bullet's)."""
    return textwrap.wrap(
        " ".join(text.split()),
        WIDTH,
        initial_indent=indent,
        subsequent_indent=indent if hang is None else hang,
    ) or [indent.rstrip()]


def to_text(d: Digest) -> str:
    out = [d.title, "=" * min(len(d.title), WIDTH), ""]
    for paragraph in paragraphs(d.intro):
        out += _wrap(paragraph) + [""]
    ins = d.insight
    if d.only_intro:
        return "\n".join(out).rstrip() + "\n"
    out += ["INSIGHT", ""]
    if ins.topic_counts:
        out += _wrap("".join(topic_counts_text(ins)), "  ")
    if ins.top_stories:
        out += _wrap(
            "Most covered: " + "; ".join(f"{t} ({n} sources)" for t, n in ins.top_stories), "  "
        )
    if ins.rising_terms:
        out += _wrap(
            "Rising terms: " + ", ".join(f"{w} ({n}, was {p})" for w, n, p in ins.rising_terms),
            "  ",
        )
    if ins.hype_watch:
        out += _wrap("Hype watch: " + "; ".join(e.title for e in ins.hype_watch), "  ")
    out.append("")
    for section in d.sections:
        out += [section.title.upper(), ""]
        for e in section.entries:
            out += _wrap(f"* {e.title}", hang="  ")
            out += _wrap(f"{sources_text(e)} · {date_text(e)}", "  ")
            if e.summary:
                out += _wrap(e.summary, "  ")
            if e.note:
                out += _wrap(f"Editor's note: {e.note}", "  ")
            if e.url and e.url.lower().startswith(("http://", "https://")):
                out.append(f"  {e.url}")
            out.append("")
    return "\n".join(out).rstrip() + "\n"
