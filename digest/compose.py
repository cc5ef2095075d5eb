"""Compose: a period's items in, the digest's content out (sections, intro, insight).

Pure: records in, records out, no database, no clock. Where the editor picked items they are
the digest, in their order and sections, with their notes; otherwise an automatic selection
ranks the period's stories (several sources collapsed into one entry, "also in: ...") by
relevance, topic fit, number of sources and recency, a few per section.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime

from digest.periods import Period
from digest.store import parse_iso
from digest.wording import counted

SECTIONS = [
    ("regulation", "Regulation"),
    ("trials", "Clinical trials"),
    ("safety", "Safety"),
    ("hype", "Anti-aging hype"),
    ("business", "Business"),
    ("research", "Research"),
    ("watchlists", "Watchlists"),
    ("other", "Other relevant news"),
]
SECTION_TITLES = dict(SECTIONS)
TOPIC_ORDER = [k for k, _ in SECTIONS[:6]]
GENERIC_TERMS = frozenset(
    """stem cell cells therapy therapies patients patient first trial trials study company
    approval approves approved news treatment treatments drug drugs clinical phase data says
    after from with into over year years week more than says said their will would could
    new report reports""".split()
)
_TERM = re.compile(r"[a-z][a-z0-9-]{3,}")


@dataclass
class Entry:
    item_id: int
    title: str
    url: str | None
    published: datetime
    sources: list[str]  # the lead item's feed first
    summary: str
    topics: list[str]
    note: str | None = None
    score: float = 0.0


@dataclass
class Section:
    key: str
    title: str
    entries: list[Entry] = field(default_factory=list)


@dataclass
class Insight:
    topic_counts: list[tuple[str, int, int]]  # (section title, this period, previous)
    top_stories: list[tuple[str, int]]  # (headline, sources)
    rising_terms: list[tuple[str, int, int]]  # (term, this period, previous)
    hype_watch: list[Entry]
    # False when nothing relevant was stored for the previous period (an archive begun in
    # this one): changes against it would count every item as new.
    compared: bool = True


@dataclass
class Digest:
    title: str
    period: Period
    intro: str
    intro_is_editors: bool
    insight: Insight
    sections: list[Section]
    picked: bool  # the editor's picks (True) or the automatic selection

    @property
    def entries(self) -> list[Entry]:
        return [e for s in self.sections for e in s.entries]

    @property
    def only_intro(self) -> bool:
        """An empty period with no earlier one to compare it with: the title and the intro,
        which says so, are the whole digest (no Insight, no sections)."""
        return not self.sections and not self.insight.topic_counts


@dataclass
class _Story:
    items: list[dict]
    lead: dict
    tags: dict[str, float]
    sources: list[str]


def one_line(text: str, limit: int = 220) -> str:
    text = " ".join((text or "").split())
    m = re.search(r"(?<=[.!?])\s", text)
    if m and m.start() >= 40:
        text = text[: m.start()]
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return text


def lede(title: str, summary: str | None) -> str:
    """The summary's first sentence as the entry's second line, without the headline: many
    feeds start the description with it, or carry only the headline there."""
    text = " ".join((summary or "").split())
    head = " ".join((title or "").split())
    rest = text[len(head) :]
    if head and text[: len(head)].casefold() == head.casefold() and not rest[:1].isalnum():
        text = rest.lstrip(" .,:;|-–—")  # the headline whole: "Stem cell" leaves "Stem cells"
    return one_line(text)


def _stories(items: list[dict]) -> list[_Story]:
    groups: dict[object, list[dict]] = {}
    for it in items:
        groups.setdefault(it["story_id"] or ("item", it["id"]), []).append(it)
    out = []
    for members in groups.values():
        lead = max(members, key=lambda r: (r["relevance"] or 0, -_ts(r), -r["id"]))
        tags: dict[str, float] = {}
        for m in members:
            for tag, score in m["tags"].items():
                tags[tag] = max(tags.get(tag, 0.0), score)
        sources = [lead["feed"]]
        for m in sorted(members, key=lambda r: (_ts(r), r["id"])):
            for name in m["sources"]:
                if name not in sources:
                    sources.append(name)
        out.append(_Story(members, lead, tags, sources))
    return out


def _ts(row: dict) -> float:
    return parse_iso(row["published_at"]).timestamp()


# A topic scoring this much below an item's best does not choose its section.
SECTION_MARGIN = 0.3


def section_of(tags: dict[str, float], watchlists: Collection[str] = ()) -> str:
    """The section of an item with these assigned tags (key -> score, 1 for the user's own):
    the first topic in SECTIONS' order among those near its best score. A case report of
    blindness scoring 0.97 for safety and 0.47 for regulation ("unapproved") is Safety news,
    where the order alone made it Regulation; two topics both sure keep the order."""
    scores = [tags[k] for k in TOPIC_ORDER if k in tags]
    if scores:
        near = max(scores) - SECTION_MARGIN
        return next(k for k in TOPIC_ORDER if tags.get(k, -1.0) >= near)
    if not set(tags).isdisjoint(watchlists):
        return "watchlists"
    return "other"


def _entry(story: _Story, period: Period, note: str | None = None) -> Entry:
    lead = story.lead
    published = parse_iso(lead["published_at"])
    span = (period.end - period.start).total_seconds() or 1.0
    recency = min(max((published - period.start).total_seconds() / span, 0.0), 1.0)
    topic_fit = max((story.tags.get(k, 0.0) for k in TOPIC_ORDER), default=0.0)
    score = (
        (lead["relevance"] or 0.5)
        + 0.5 * topic_fit
        + 0.3 * math.log2(len(story.sources))
        + 0.2 * recency
    )
    return Entry(
        lead["id"],
        lead["title"],
        lead["url"],
        published,
        story.sources,
        lede(lead["title"], lead["summary"]),
        [t for t in story.tags],
        note,
        score,
    )


def compose(
    period: Period,
    items: list[dict],
    previous: list[dict],
    *,
    picks: list[dict] | None = None,
    intro: str | None = None,
    title: str = "Stem-cell industry digest",
    per_topic: int = 5,
    max_items: int = 30,
    watchlists: Collection[str] = (),
) -> Digest:
    """`items`/`previous`: rows of store.digests.items_in_period for this period and the one
    before. `picks`: the editor's entries (item_id, section, note) in order, or None."""
    stories = _stories(items)
    by_item = {it["id"]: s for s in stories for it in s.items}
    sections = {key: Section(key, name) for key, name in SECTIONS}
    if picks:
        seen: set[int] = set()
        for p in picks:
            story = by_item.get(p["item_id"])
            if story is None or id(story) in seen:
                continue
            seen.add(id(story))
            entry = _entry(story, period, p.get("note"))
            key = (
                p.get("section")
                if p.get("section") in sections
                else section_of(story.tags, watchlists)
            )
            sections[key].entries.append(entry)
    else:
        ranked = sorted(
            (_entry(s, period) for s in stories),
            key=lambda e: (-e.score, -e.published.timestamp(), e.item_id),
        )
        taken = 0
        for e in ranked:
            key = section_of(by_item[e.item_id].tags, watchlists)
            if taken >= max_items:
                break
            if len(sections[key].entries) < per_topic:
                sections[key].entries.append(e)
                taken += 1
    chosen = [s for s in sections.values() if s.entries]
    insight = _insight(stories, _stories(previous), period)
    digest_title = f"{title}: {period.label}"
    if intro and intro.strip():
        text, editors = intro.strip(), True
    else:
        text, editors = _generated_intro(items, stories, chosen, insight), False
    return Digest(digest_title, period, text, editors, insight, chosen, bool(picks))


def _insight(stories: list[_Story], prev: list[_Story], period: Period) -> Insight:
    # Items per topic count every topic an item has, not only its section.
    now_topics = Counter(t for s in stories for t in s.tags if t in TOPIC_ORDER)
    prev_topics = Counter(t for s in prev for t in s.tags if t in TOPIC_ORDER)
    topic_counts = [
        (SECTION_TITLES[k], now_topics[k], prev_topics[k])
        for k in TOPIC_ORDER
        if now_topics[k] or prev_topics[k]
    ]
    multi = sorted(
        (s for s in stories if len(s.sources) > 1),
        key=lambda s: (-len(s.sources), -(s.lead["relevance"] or 0), s.lead["id"]),
    )
    top = [(s.lead["title"], len(s.sources)) for s in multi[:3]]

    def terms(group: list[_Story]) -> Counter:
        c: Counter = Counter()
        for s in group:
            words = set(_TERM.findall(s.lead["title"].lower()))
            c.update(w for w in words if w not in GENERIC_TERMS)
        return c

    now_terms, prev_terms = terms(stories), terms(prev)
    rising = (
        []
        if not prev
        else sorted(
            (
                (w, n, prev_terms[w])
                for w, n in now_terms.items()
                if n >= 3 and n >= 1.5 * prev_terms[w] + 1
            ),
            key=lambda t: (-(t[1] - t[2]), t[0]),
        )[:5]
    )
    hype = sorted(
        (_entry(s, period) for s in stories if "hype" in s.tags),
        key=lambda e: (-e.score, e.item_id),
    )[:5]
    return Insight(topic_counts, top, rising, hype, compared=bool(prev))


def _generated_intro(items, stories, sections: list[Section], insight: Insight) -> str:
    if not items:
        return "No relevant stem-cell news came in for this period."
    sources = {name for s in stories for name in s.sources}
    first = (
        f"This period brought {counted(len(stories), 'relevant story', 'relevant stories')} "
        f"from {counted(len(sources), 'source')}."
    )
    busiest = sorted(insight.topic_counts, key=lambda t: -t[1])[:2]  # ties: section order
    busiest = [b for b in busiest if b[1]]
    parts = [first]
    if busiest:
        names = " and ".join(f"{name.lower()} ({n})" for name, n, _ in busiest)
        parts.append(f"Most of it was about {names}.")
    if insight.top_stories:
        headline, n = insight.top_stories[0]
        parts.append(f"The most-covered story, carried by {n} sources: {headline}.")
    elif sections and sections[0].entries:
        parts.append(
            f"Leading the {sections[0].title.lower()} news: {sections[0].entries[0].title}."
        )
    return " ".join(p.replace("..", ".") for p in parts)
