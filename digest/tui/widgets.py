"""The main screen's widgets: the sidebar of filters, the paged item list, the preview.

Feed text is always handed to Textual as rich Text (never a markup string), so a title with
"[bold]" or "[link=...]" shows literally.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, tzinfo

from rich.text import Text
from textual.message import Message
from textual.widgets import DataTable, OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from digest.periods import local_time
from digest.search import marks
from digest.taxonomy import TOPIC_NAMES
from digest.wording import counted

BADGES = {
    "regulation": "REG",
    "trials": "TRIAL",
    "hype": "HYPE",
    "safety": "SAFETY",
    "business": "BIZ",
    "research": "SCI",
}


@dataclass(frozen=True)
class SidebarEntry:
    key: str  # "all", "topic:trials", "feed:3", "unread", "starred", "picked", "search:2"
    label: str
    count: int | None = None


class Sidebar(OptionList):
    """Topics with counts, watchlists, views, sources with their status, saved searches."""

    class Chosen(Message):
        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    def show(self, groups: list[tuple[str, list[SidebarEntry]]], selected: str) -> None:
        self.clear_options()
        options: list[Option | None] = []
        for heading, entries in groups:
            if not entries:
                continue
            if options:
                options.append(None)
            options.append(Option(Text(heading.upper(), style="bold dim"), disabled=True))
            for e in entries:
                options.append(Option(self._prompt(e), id=e.key))
        self.add_options(options)
        try:
            self.highlighted = self.get_option_index(selected)
        except Exception:  # the selected entry is gone (a feed removed): keep the default
            self.highlighted = self.get_option_index("all")

    def recount(self, entries: list[SidebarEntry]) -> None:
        """New counts for entries already shown, the rest of the sidebar as it is."""
        for e in entries:
            try:
                self.replace_option_prompt(e.key, self._prompt(e))
            except OptionDoesNotExist:  # rebuilt meanwhile, without it
                pass

    @staticmethod
    def _prompt(e: SidebarEntry) -> Text:
        label = Text(e.label, overflow="ellipsis", no_wrap=True)
        if e.count is not None:
            label.append(f" {e.count}", style="dim")
        return label

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Chosen(event.option.id))


COLUMNS = {"mark": ("", 2), "date": ("Date", 5), "source": ("Source", 12), "title": ("Title", None)}
COLUMN_KEYS = list(COLUMNS)
SOURCE_MIN_WIDTH = 64  # list columns; an 80-column terminal with the sidebar gives it 56


class ItemTable(DataTable):
    """One page at a time from the database; the next page loads when the cursor nears the end."""

    class NeedMore(Message):
        pass

    class Resized(Message):
        """The table's width changed: the titles, cut to fit, need cutting again."""

    _fitted_width = 0  # the width the rows were last cut for

    def on_resize(self, event) -> None:
        if (
            self._fitted_width and event.size.width != self._fitted_width
        ) or self.columns_wanted() != list(self.columns):
            self.post_message(self.Resized())
        self._fitted_width = event.size.width

    def on_mount(self) -> None:
        self.cursor_type = "row"
        self.zebra_stripes = True
        self._add_columns(COLUMN_KEYS)

    def _add_columns(self, keys: list[str]) -> None:
        for key in keys:
            label, width = COLUMNS[key]
            self.add_column(label, key=key, width=width)

    def columns_wanted(self) -> list[str]:
        """Every column; in a list narrower than SOURCE_MIN_WIDTH, not the source, so the
        titles get its room (the preview names the source, the sidebar filters by it)."""
        if 0 < self.size.width < SOURCE_MIN_WIDTH:
            return [k for k in COLUMN_KEYS if k != "source"]
        return list(COLUMN_KEYS)

    def title_width(self) -> int:
        fixed = sum(COLUMNS[k][1] or 0 for k in self.columns)
        return max(20, self.size.width - fixed - 2 * len(self.columns) - 1)  # cell padding, bar

    def add_items(self, rows: list[dict], picked: set[int], now_year: int, tz: tzinfo) -> None:
        if not self.row_count and (wanted := self.columns_wanted()) != list(self.columns):
            self.clear(columns=True)
            self._add_columns(wanted)
        width = self.title_width()
        for r in rows:
            self.add_row(*self.shown(row_cells(r, picked, width, now_year, tz)), key=str(r["id"]))

    def shown(self, cells: list[Text]) -> list[Text]:
        """Of a row's cells (row_cells: one per COLUMN_KEYS), those of the columns shown."""
        by_key = dict(zip(COLUMN_KEYS, cells, strict=True))
        return [by_key[k] for k in self.columns]

    def watch_cursor_coordinate(self, old, new) -> None:
        super().watch_cursor_coordinate(old, new)
        if self.row_count and new.row >= self.row_count - 5:
            self.post_message(self.NeedMore())


def row_cells(r: dict, picked: set[int], width: int, now_year: int, tz: tzinfo) -> list[Text]:
    mark = Text()
    if r["relevant"] == 0:
        mark.append("✗", style="red")
    elif r["id"] in picked:
        mark.append("✓", style="green bold")
    elif r["starred"]:
        mark.append("★", style="yellow")
    elif not r["read_at"]:
        mark.append("●", style="cyan")
    day = local_time(r["published_at"], tz)
    date = Text(f"{day:%d.%m}" if day.year == now_year else f"{day:%y-%m}")
    title = Text(r["title"] or "(no title)", style="" if r["read_at"] else "bold")
    tail = Text()
    for t in r["topics"]:
        tail.append(" ")
        tail.append(BADGES.get(t, t[:8].upper()), style="reverse dim")
    if (r.get("story_size") or 1) > 1:
        tail.append(f" +{counted(r['story_size'] - 1, 'source')}", style="italic dim")
    # A long title is cut before its badges, not they with it: they are what triage reads.
    # It keeps half the room at least (a row of many watchlists cuts its badges instead).
    if title.cell_len + tail.cell_len > width:
        title.truncate(max(width - tail.cell_len, width // 2), overflow="ellipsis")
    title.append_text(tail)
    title.truncate(width, overflow="ellipsis")
    return [mark, date, Text(r["feed"], overflow="ellipsis", no_wrap=True), title]


def preview_text(
    item: dict,
    sources: list[str],
    tags: list[dict],
    tz: tzinfo = UTC,
    search: str | None = None,
    typing: bool = False,
) -> Text:
    """The preview pane: title, sources, date, link, each tag with its evidence, the text;
    the words of the current search marked."""
    t = Text()
    t.append(item["title"] or "(no title)", style="bold")
    t.append("\n")
    t.append(", ".join(sources), style="italic")  # every stored item has its own source
    t.append(f"  ·  {local_time(item['published_at'], tz):%Y-%m-%d %H:%M %Z}\n", style="dim")
    if item["url"]:
        t.append(item["url"], style="underline dim")
        t.append("\n")
    t.append("\n")
    for tag in tags:
        name = TOPIC_NAMES.get(tag["tag"], tag["tag"])
        if tag["tag"] == "relevant":
            name = "Stem cells" if tag["assigned"] else "Not about stem cells"
        elif not tag["assigned"]:
            continue
        t.append(f" {name} ", style="reverse")
        t.append(f" {tag['score']:.2f}", style="dim")
        if tag["source"] == "correction":
            t.append("  your correction", style="italic")
        if tag["evidence"]:
            t.append("  ← " + ", ".join(tag["evidence"]), style="dim")
        t.append("\n")
    body = item["content"] or item["summary"] or ""
    if body:
        t.append("\n")
        t.append(body[:6000])
    for start, end in marks(t.plain, search, typing):
        t.stylize("bold reverse", start, end)
    return t


class Preview(Static):
    pass
