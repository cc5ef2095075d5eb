"""The app and its main screen: sidebar, paged item list, preview; triage keys; refresh.

Every binding has an id, so `[keys]` in config.toml can remap it (`star = "f"`). I/O that can
take time (refresh, send) runs in workers; `on_worker_state_changed` is the one place a failed
worker becomes a notification.
"""

from __future__ import annotations

import threading
import webbrowser
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from rich.text import Text
from textual import events, on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Header, Input
from textual.widgets.data_table import RowDoesNotExist
from textual.worker import Worker, WorkerState, get_current_worker

from digest import periods
from digest.compose import SECTION_TITLES, TOPIC_ORDER, section_of
from digest.errors import DigestError, MailError
from digest.settings import Settings
from digest.store import data_version, get_state, iso, open_db, parse_iso, set_state, write
from digest.store import digests as store_digests
from digest.store import feeds as store_feeds
from digest.store import items as store_items
from digest.store import tags as store_tags
from digest.taxonomy import TOPIC_NAMES
from digest.tui.guard import reports_failure
from digest.tui.widgets import ItemTable, Preview, Sidebar, SidebarEntry, preview_text
from digest.wording import counted, first_few

PAGE = 100
PERIOD_CYCLE = [None, "current", "last"]
PERIOD_NAMES = {None: "all time", "current": "this fortnight", "last": "last fortnight"}
PERIOD_PROMPT = (
    "Period: the first day, then the day after the last (or nothing: up to today). A day is "
    "YYYY-MM-DD, today, yesterday, or days or weeks ago: 7d, 2w."
)
DAY_NAMES = ("the first day", "the day after the last")
# The app's own connection waits this long for another process's write lock (a cron fetch
# commits within a second or two) before saying so, instead of freezing for the CLI's 30 s.
UI_BUSY_TIMEOUT_MS = 5_000
SEND_ABANDON_S = 1.0  # on quitting, how long a send that is not yet delivering may take to stop
ARCHIVE_CHECK_S = 30.0  # how often the app looks for items a fetch outside it stored
# The command palette (ctrl+p) offers these beside Textual's own: (title, what it does, action).
PALETTE = [
    ("Refresh", "Fetch the feeds now, in the background", "refresh"),
    ("Compose the digest", "Order, annotate, export or mail a period's digest", "compose_digest"),
    ("Past digests", "The digests kept per period, as they went out", "past_digests"),
    ("Toggle the sidebar", "Hide it for a wider list, or show it again", "toggle_sidebar"),
    ("Toggle items marked not relevant", "Show them in the list, or hide them", "show_all"),
    ("Toggle unread only", "Show only the items not yet opened, or all", "unread"),
    ("Mark all read", "Every item in the list, all its pages, as read", "mark_all_read"),
    ("Next period", "All time, this fortnight, last fortnight", "period"),
    ("Custom period", "Show the items of the days you give", "custom_period"),
    ("Save the search", "Keep the current search in the sidebar", "save_search"),
    ("Forget the saved search", "Remove the saved search shown from the sidebar", "forget_search"),
    (
        "Resume paused sources",
        "The source chosen, or else every paused or gone one",
        "resume_feeds",
    ),
]
FEED_MARKS = {"paused": " ⏸", "gone": " ✗", "disabled": " –"}  # the help screen explains them


VIEW_NAMES = {
    "all": "All relevant",
    "unread": "Unread",
    "starred": "Starred",
    "picked": "Picked",
    "irrelevant": "Not relevant",
}


def _view_counts(db, bounds: dict) -> dict[str, int]:
    """Relevant unread and starred rows of the period, as their views list them."""
    return {
        view: store_items.count_items(db, collapse_stories=True, **{view: True}, **bounds)
        for view in ("unread", "starred")
    }


def _feed_mark(feed: dict) -> str:
    """A source's state beside its name: failing, paused, gone, disabled or removed."""
    if not feed["in_config"]:
        return " ⌀"
    if feed["status"] == "active":
        return " !" if feed["last_error"] else ""
    return FEED_MARKS.get(feed["status"], "")


def _graphical_browser() -> bool:
    """Whether `o` can open a browser beside the app: none on a server, and a console one
    (lynx, w3m) would run inside this terminal, over the app."""
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return False
    return type(browser) is not webbrowser.GenericBrowser


EVERYWHERE = frozenset({"quit", "help"})  # of the app's keys, the ones every screen has


class DigestApp(App):
    CSS_PATH = "digest.tcss"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (72, "-wide")]  # narrow: no sidebar at first
    TITLE = "digest"
    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Help", key_display="?", id="help"),
        Binding("slash", "search", "Search", key_display="/", id="search"),
        Binding("j", "cursor_down", "Down", show=False, id="down"),
        Binding("k", "cursor_up", "Up", show=False, id="up"),
        Binding("enter,space", "open_item", "Open", show=False, id="open"),
        Binding("o", "open_link", "Link", id="open_link"),
        Binding("s", "star", "Star", id="star"),
        Binding("p", "pick", "Pick", id="pick"),
        Binding("t", "topics", "Topics", id="topics"),
        Binding("x", "not_relevant", "Not relevant", id="not_relevant"),
        Binding("a", "show_all", "Show hidden", show=False, id="show_all"),
        Binding("u", "unread", "Unread only", show=False, id="unread"),
        Binding("A", "mark_all_read", "Mark all read", show=False, id="mark_all_read"),
        Binding("f", "period", "Period", id="period"),
        Binding("F", "custom_period", "Custom period", show=False, id="custom_period"),
        Binding("r", "refresh", "Refresh", id="refresh"),
        Binding("c", "compose_digest", "Compose", id="compose"),
        Binding("D", "past_digests", "Past digests", show=False, id="past_digests"),
        Binding("b", "toggle_sidebar", "Sidebar", show=False, id="sidebar"),
        Binding("S", "save_search", "Save search", show=False, id="save_search"),
        Binding("delete", "forget_search", "Forget saved search", show=False, id="forget_search"),
        Binding("R", "resume_feeds", "Resume paused sources", show=False, id="resume_feeds"),
        Binding("escape", "clear_search", "Clear search", show=False, id="clear_search"),
    ]
    # Its keys for the item list, off on other screens (see check_action); not Textual's
    # own app actions, such as pop_screen, which the other screens' keys call.
    _list_actions = frozenset(b.action for b in BINDINGS) - EVERYWHERE

    def __init__(
        self,
        *,
        db_path: Path,
        feeds_path: Path | None,
        settings: Settings,
        clock: Callable[[], datetime],
    ) -> None:
        super().__init__()
        self.db_path = db_path
        self.feeds_path = feeds_path
        self.settings = settings
        self.clock = clock
        self.db = open_db(db_path, busy_timeout_ms=UI_BUSY_TIMEOUT_MS)
        self.view = "all"
        self.search_text = ""
        self.period: str | periods.Period | None = None
        self.custom_text = ""  # the days last given for a custom period, offered again
        self.show_irrelevant = False
        self.unread_only = False
        self.offset = 0
        self.exhausted = False
        self.picked: set[int] = set()
        self.last_picked_for: periods.Period | None = None  # compose opens on it
        self.new_since_visit = 0
        self.tz = periods.zone(settings.digest.timezone)
        if settings.keys:
            self.set_keymap(dict(settings.keys))

    # --- layout ---------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            yield Sidebar(id="sidebar")
            with Vertical(id="right"):
                yield Input(placeholder='search: words, "a phrase", prefix*', id="search")
                yield ItemTable(id="items")
                with VerticalScroll(id="preview-scroll"):
                    yield Preview(id="preview")
        yield Footer()

    def on_mount(self) -> None:
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        else:
            self.theme = "textual-dark"
            self.notify(
                f"Unknown theme {self.settings.theme!r}; using textual-dark.", severity="warning"
            )
        for problem in self._keymap_problems():
            self.notify(problem, title="config.toml [keys]", severity="warning", timeout=15)
        self._check_feeds_file()
        self._note_visit()
        self.archive_version = data_version(self.db)  # first: a commit after it is seen
        self.items_seen = store_items.last_item_id(self.db)
        self.set_interval(ARCHIVE_CHECK_S, self.check_archive)
        self.query_one("#search", Input).display = False
        self.query_one(ItemTable).focus()
        # after the first layout, so the title column knows its width
        self.call_after_refresh(self.reload)

    def _check_feeds_file(self) -> None:
        """A mistake in the feeds file stops only refresh: the archive opens, and says so."""
        from digest.config import load_feeds

        if self.feeds_path is None:
            return
        try:
            load_feeds(self.feeds_path)
        except DigestError as exc:
            lines = [exc.message, exc.hint, "The archive is all here; refresh (r) waits."]
            self.notify(
                "\n".join(line for line in lines if line),
                title="Feeds file",
                severity="warning",
                timeout=30,
            )

    @reports_failure
    def _note_visit(self) -> None:
        last = get_state(self.db, "last_visit")
        if last:
            self.new_since_visit = store_items.count_items(self.db, seen_after=last)
        set_state(self.db, "last_visit", iso(self.clock()))
        changed = store_tags.watchlists_changed(self.db, self.settings.watchlists)
        if changed:
            self.notify(
                f"Changed in config.toml since the archive was tagged: {', '.join(changed)}. "
                "New items follow the change; `digest reclassify` applies it to stored ones.",
                title="Watchlists",
                severity="warning",
                timeout=15,
            )

    @on(ItemTable.Resized)
    def refit(self) -> None:
        """The list got wider or narrower (the terminal, the sidebar): titles fit anew."""
        if self.query_one(ItemTable).row_count:
            self.reload(keep_cursor=True, sidebar=False)

    def on_unmount(self) -> None:
        self.db.conn.close()

    # --- data -----------------------------------------------------------------------------

    def filters(self) -> dict:
        f: dict = {"include_irrelevant": self.show_irrelevant, "unread": self.unread_only}
        if self.search_text.strip():
            f.update(search=self.search_text, search_prefix=True)
        f.update(self._period_bounds())
        kind, _, arg = self.view.partition(":")
        # A story several sources carried is one row (+N sources), except under one source,
        # where that source's own item is the one to show.
        f["collapse_stories"] = kind != "feed"
        if kind == "topic" or kind == "watch":
            f["topic"] = arg
        elif kind == "feed":
            f["feed_id"] = int(arg)
        elif kind == "search":
            row = next(
                (s for s in store_items.saved_searches(self.db) if str(s["id"]) == arg), None
            )
            if row:
                f.update(search=row["query"], search_prefix=False)
        elif kind == "irrelevant":
            f.update(only_irrelevant=True, include_irrelevant=True)
        elif kind in ("unread", "starred", "picked"):
            f[kind] = True
        return f

    @reports_failure
    def reload(self, keep_cursor: bool = False, sidebar: bool = True) -> None:
        """The first page now; counts (sidebar, total) from a worker, since on a large
        archive they cost more than the page itself. `keep_cursor` keeps the cursor on its
        item, found up to a page further down (a fetch adds items above it), or else on its
        row (the item left the list: read, under "unread")."""
        table = self.query_one(ItemTable)
        row = table.cursor_row if keep_cursor else 0
        item = self.current_id() if keep_cursor else None
        self.picked = store_digests.picked_ids(self.db)
        table.clear()
        self.offset, self.exhausted = 0, False
        self.load_page(until_row=row)
        if item is not None:
            found = self._row_of(item)
            if found is None and not self.exhausted:
                self.load_page(until_row=self.offset)  # one page more
                found = self._row_of(item)
            row = row if found is None else found
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1))
        self.show_preview()
        self.recount(sidebar)

    def _row_of(self, item_id: int) -> int | None:
        try:
            return self.query_one(ItemTable).get_row_index(str(item_id))
        except RowDoesNotExist:
            return None

    @reports_failure
    def check_archive(self) -> None:
        """Every ARCHIVE_CHECK_S: items another process stored (cron's `digest fetch`) join
        the list, the cursor on the item it was on; what it changed in place (a reclassify,
        `digest tag`, a fetch's updated items) shows anew, quietly. Not while a screen such
        as compose is over the list; the changes show when it closes."""
        if len(self.screen_stack) > 1 or self.working("refresh"):
            return
        version = data_version(self.db)
        if version == self.archive_version:  # nothing committed elsewhere: no query at all
            return
        self.archive_version = version
        last, shown = store_items.arrivals(self.db, self.items_seen)
        self.items_seen = last
        self.reload(keep_cursor=True)
        if shown:  # (items tagged not relevant join quietly, as the list hides them)
            self.notify(f"{counted(shown, 'new item')} came in from a fetch outside the app.")

    def recount(self, sidebar: bool = True) -> None:
        """Refresh the title's total and (unless only the search changed) the sidebar counts."""
        self.count_in_background(self.filters(), self._period_bounds() if sidebar else None)

    def load_page(self, until_row: int = 0) -> None:
        table = self.query_one(ItemTable)
        year = self.clock().astimezone(self.tz).year
        while not self.exhausted:
            rows = store_items.query_items(
                self.db, limit=PAGE, offset=self.offset, **self.filters()
            )
            table.add_items(rows, self.picked, year, self.tz)
            self.offset += len(rows)
            self.exhausted = len(rows) < PAGE
            if self.offset > until_row:
                break

    def _shown(self) -> bool:
        """False while the app shuts down, when messages can outlive the widgets."""
        return bool(self.query(ItemTable))

    @on(ItemTable.NeedMore)
    @reports_failure
    def more(self) -> None:
        if not self.exhausted and self._shown():
            self.load_page()

    @work(thread=True, exclusive=True, group="counts", exit_on_error=False)
    def count_in_background(self, filters: dict, sidebar_bounds: dict | None) -> None:
        """Total for the title, and (unless only the search changed) the sidebar's counts,
        on a connection of this worker's own."""
        db = open_db(self.db_path, migrate=False)
        try:
            total = store_items.count_items(db, **filters)
            sidebar = None
            if sidebar_bounds is not None:
                sidebar = (
                    store_tags.tag_counts(db, **sidebar_bounds),
                    store_feeds.list_feeds(db, removed_with_items=True),
                    store_items.saved_searches(db),
                    _view_counts(db, sidebar_bounds),
                )
        finally:
            db.conn.close()
        self.call_from_thread(self._show_counts, total, sidebar)

    @work(thread=True, exclusive=True, group="view-counts", exit_on_error=False)
    def count_views_in_background(self) -> None:
        """Unread and starred anew (an item opened or starred), the rest of the sidebar kept."""
        db = open_db(self.db_path, migrate=False)
        try:
            views = _view_counts(db, self._period_bounds())
        finally:
            db.conn.close()
        self.call_from_thread(self._show_view_counts, views)

    def _show_view_counts(self, views: dict[str, int]) -> None:
        if self._shown():
            self.query_one(Sidebar).recount(
                [SidebarEntry(key, VIEW_NAMES[key], n) for key, n in views.items()]
            )

    def _show_counts(self, total: int, sidebar: tuple | None) -> None:
        if not self._shown():
            return
        self.refresh_title(total)
        if sidebar is not None:
            self.refresh_sidebar(*sidebar)

    def refresh_sidebar(
        self, counts: dict, feed_rows: list[dict], searches: list[dict], views: dict[str, int]
    ) -> None:
        topics = [SidebarEntry(f"topic:{k}", TOPIC_NAMES[k], counts.get(k, 0)) for k in TOPIC_ORDER]
        watch = [
            SidebarEntry(f"watch:{w.name}", w.name, counts.get(w.name, 0))
            for w in self.settings.watchlists
        ]
        counted_views = {**views, "picked": len(self.picked)}
        views = [SidebarEntry(k, name, counted_views.get(k)) for k, name in VIEW_NAMES.items()]
        feeds = [SidebarEntry(f"feed:{f['id']}", f["name"] + _feed_mark(f)) for f in feed_rows]
        saved = [SidebarEntry(f"search:{s['id']}", s["name"]) for s in searches]
        self.query_one(Sidebar).show(
            [
                ("Views", views),
                ("Topics", topics),
                ("Watchlists", watch),
                ("Sources", feeds),
                ("Saved searches", saved),
            ],
            self.view,
        )

    def _period(self) -> periods.Period | None:
        if self.period is None:
            return None
        if isinstance(self.period, periods.Period):  # a custom one (F)
            return self.period
        return periods.biweekly(self.clock(), self.period, self.settings.digest.anchor, self.tz)

    def _period_bounds(self) -> dict:
        p = self._period()
        return {"since": iso(p.start), "until": iso(p.end)} if p else {}

    def _period_name(self) -> str:
        if isinstance(self.period, periods.Period):
            return self.period.label
        return PERIOD_NAMES[self.period]

    def refresh_title(self, total: int) -> None:
        bits = [counted(total, "item"), self._period_name()]
        if self.new_since_visit:
            bits.append(f"{self.new_since_visit} new since your last visit")
        if self.show_irrelevant:
            bits.append("showing not relevant")
        if self.unread_only:
            bits.append("unread only")
        self.sub_title = " · ".join(bits)

    def _empty_hint(self) -> str:
        """Why the list is empty: what narrows it, each with the key that undoes it."""
        keys = self._action_keys()
        narrowing = []
        if self.search_text.strip():
            narrowing.append(
                f'the search "{self.search_text.strip()}" ({keys["clear_search"]} clears it)'
            )
        if self.period is not None:
            narrowing.append(f"{self._period_name()} ({keys['period']} changes the period)")
        if self.unread_only:
            narrowing.append(f"unread only ({keys['unread']} shows read items too)")
        if self.view != "all":
            narrowing.append("this view (choose another in the sidebar)")
        hint = "No items here"
        hint += ": " + "; ".join(narrowing) + "." if narrowing else "."
        if not self.show_irrelevant:
            hint += f" {keys['show_all']} shows items marked not relevant."
        return hint + f" {keys['refresh']} fetches new items."

    def current_id(self) -> int | None:
        table = self.query_one(ItemTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        return int(key.value)

    def current_item(self) -> dict | None:
        item_id = self.current_id()
        return store_items.get_item(self.db, item_id) if item_id is not None else None

    @reports_failure
    def show_preview(self) -> None:
        if not self._shown():
            return
        preview = self.query_one(Preview)
        item_id = self.current_id()
        if item_id is None:
            if store_items.is_empty(self.db):
                hint = (
                    "The archive is empty. Press r to fetch your sources now (from cron, "
                    "`digest fetch` keeps it current). No network? `digest demo` opens a "
                    "sample archive."
                )
            else:
                hint = self._empty_hint()
            preview.update(Text(hint, style="dim"))
            return
        item = store_items.get_item(self.db, item_id)
        sources = store_items.item_sources_names(self.db, item_id)
        tags = store_tags.item_tags(self.db, item_id)
        f = self.filters()
        preview.update(
            preview_text(
                item, sources, tags, self.tz, f.get("search"), f.get("search_prefix", False)
            )
        )

    # The selector matters: ItemTable's messages are DataTable's, so without it these would
    # also catch the tables of compose and past digests as their messages bubble up here.
    @on(ItemTable.RowHighlighted, "#items")
    def highlighted(self) -> None:
        self.show_preview()

    @on(ItemTable.RowSelected, "#items")
    def selected(self) -> None:  # the table's own enter binding (and a mouse click)
        self.action_open_item()

    @on(Sidebar.Chosen)
    @reports_failure
    def choose_view(self, event: Sidebar.Chosen) -> None:
        self.view = event.key
        self.reload()
        self.focus_now(self.query_one(ItemTable))
        if event.key.startswith("feed:"):
            self._say_feed_state(int(event.key.removeprefix("feed:")))

    def _say_feed_state(self, feed_id: int) -> None:
        """What the mark beside a source means for this one: its last error, and how to
        resume it if it is paused."""
        feed = store_feeds.feed_by_id(self.db, feed_id)
        if feed is None:
            return
        if not feed["in_config"]:
            self.notify(f"{feed['name']} is no longer in your feeds file; its items are kept.")
            return
        if feed["status"] == "active" and not feed["last_error"]:
            return
        lines = [f"{feed['name']}: {feed['status']}"]
        if feed["last_error"]:
            lines.append(f"last error: {feed['last_error']}")
        if feed["status"] in ("paused", "gone"):
            lines.append(f"{self._action_keys()['resume_feeds']} resumes it")
        severity = "warning" if feed["status"] in ("active", "disabled") else "error"
        self.notify("\n".join(lines), severity=severity, timeout=10)

    # --- search ---------------------------------------------------------------------------

    def action_search(self) -> None:
        box = self.query_one("#search", Input)
        box.display = True
        self.focus_now(box)

    @on(Input.Changed, "#search")
    def search_changed(self, event: Input.Changed) -> None:
        self.search_text = event.value
        self.reload(sidebar=False)

    @on(Input.Submitted, "#search")
    def search_done(self) -> None:
        self.focus_now(self.query_one(ItemTable))

    def action_clear_search(self) -> None:
        box = self.query_one("#search", Input)
        if box.display:
            box.value = ""
            box.display = False
            self.search_text = ""
            self.reload()
            self.focus_now(self.query_one(ItemTable))

    @reports_failure
    def action_save_search(self) -> None:
        if not self.search_text.strip():
            self.notify("Type a search with / first, then S saves it.", severity="warning")
            return
        query = self.search_text.strip()
        saved = {s["name"]: s["query"] for s in store_items.saved_searches(self.db)}
        if query in saved.values():
            self.notify(f"This search is saved already: {query!r}")
            return
        # a long one is cut for the sidebar, visibly; one cut to an existing name is numbered
        name = base = query if len(query) <= 40 else query[:39].rstrip() + "…"
        number = 2
        while name in saved:
            name, number = f"{base} ({number})", number + 1
        with write(self.db):
            store_items.save_search(self.db, name, query)
        self.reload(keep_cursor=True)
        self.notify(f"Saved search {name!r}")

    def _sidebar_choice(self) -> str:
        """The sidebar entry a key acts on: the one highlighted there, or else the one shown."""
        sidebar = self.query_one(Sidebar)
        highlighted = sidebar.highlighted_option if sidebar.has_focus else None
        return highlighted.id if highlighted and highlighted.id else self.view

    @reports_failure
    def action_forget_search(self) -> None:
        """Remove the saved search highlighted in the sidebar, or else the one shown."""
        key = self._sidebar_choice()
        kind, _, arg = key.partition(":")
        if kind != "search":
            self.notify(
                "Choose a saved search in the sidebar first; Delete then forgets it.",
                severity="warning",
            )
            return
        name = next(
            (s["name"] for s in store_items.saved_searches(self.db) if str(s["id"]) == arg), arg
        )
        with write(self.db):
            store_items.forget_search(self.db, int(arg))
        if self.view == key:
            self.view = "all"
        self.reload()
        self.notify(f"Forgot the saved search {name!r}")

    @reports_failure
    def action_resume_feeds(self) -> None:
        """Poll a paused or gone source again: the one highlighted in the sidebar or shown,
        or else every one, as `digest feeds resume` and `--all` do."""
        key = self._sidebar_choice()
        kind, _, arg = key.partition(":")
        if kind == "feed":
            feed = store_feeds.feed_by_id(self.db, int(arg))
            if not feed or feed["status"] not in ("paused", "gone"):
                self.notify(f"{feed['name'] if feed else 'That source'} is not paused.")
                return
            store_feeds.set_status(self.db, feed["name"], "active")
            names = [feed["name"]]
        else:
            names = store_feeds.resume_stopped(self.db)
            if not names:
                self.notify("No source is paused or gone.")
                return
        self.reload(keep_cursor=True)
        self.notify(
            f"Resumed {first_few(names, 3)}: polled at the next refresh "
            f"({self._action_keys()['refresh']})"
        )

    # --- moving and triage ----------------------------------------------------------------

    def action_cursor_down(self) -> None:
        self.query_one(ItemTable).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(ItemTable).action_cursor_up()

    @reports_failure
    def _update_row(self) -> None:
        from digest.tui.widgets import row_cells

        table = self.query_one(ItemTable)
        item_id = self.current_id()
        if item_id is None:
            return
        rows = store_items.query_items(
            self.db, limit=1, item_ids=(item_id,), include_irrelevant=True
        )
        if rows:
            year = self.clock().astimezone(self.tz).year
            cells = row_cells(rows[0], self.picked, table.title_width(), year, self.tz)
            for col, cell in zip(table.columns, table.shown(cells), strict=True):
                table.update_cell(str(item_id), col, cell)
        self.show_preview()

    @reports_failure
    def _mark_read(self, item_id: int) -> None:
        with write(self.db):
            store_items.set_read(self.db, item_id, True, self.clock())
        self._update_row()
        self.count_views_in_background()

    @reports_failure
    def action_mark_all_read(self) -> None:
        """Every item the list holds (its view, search and period, all pages) is read."""
        with write(self.db):
            done = store_items.mark_read(self.db, self.clock(), **self.filters())
        self.reload(keep_cursor=True)
        self.notify(f"Marked {counted(done, 'item')} read" if done else "Nothing unread here.")

    def action_open_item(self) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        self._mark_read(item_id)
        self.focus_now(self.query_one("#preview-scroll"))

    @reports_failure
    def action_open_link(self) -> None:
        item = self.current_item()
        if not (item and item["url"]):
            return
        if self.is_web or _graphical_browser():
            self.open_url(item["url"])
        else:  # over SSH, say: the terminal's clipboard (OSC 52) still reaches the user
            self.copy_to_clipboard(item["url"])
            self.notify(
                f"No browser to open it here; the link is copied to your clipboard:\n{item['url']}",
                timeout=10,
            )
        self._mark_read(item["id"])

    @reports_failure
    def action_star(self) -> None:
        item = self.current_item()
        if item is None:
            return
        with write(self.db):
            store_items.set_starred(self.db, item["id"], not item["starred"])
        self._update_row()
        self.count_views_in_background()

    @reports_failure
    def action_pick(self) -> None:
        """Pick the item for (or drop it from) the digest of the period it was published in."""
        item = self.current_item()
        if item is None:
            return
        item_id = item["id"]
        published = parse_iso(item["published_at"])
        p = periods.biweekly(published, "current", self.settings.digest.anchor, self.tz)
        tags = store_digests.topics_of(self.db, item_id)
        section = section_of(tags, self.settings.watch_names)
        now = self.clock()
        dropping = item_id in self.picked
        with write(self.db):
            digest_id = store_digests.ensure_digest(self.db, p.start, p.end, now)
            if dropping:
                store_digests.remove_pick(self.db, digest_id, item_id)
            else:
                store_digests.add_pick(self.db, digest_id, item_id, section, now)
        if dropping:
            self.picked.discard(item_id)
            self.notify(f"Removed from the digest for {p.label}")
        else:
            self.picked.add(item_id)
            self.last_picked_for = p
            self.notify(f"Picked for the digest for {p.label} ({SECTION_TITLES[section]})")
        self._update_row()
        self.recount()

    @reports_failure
    def action_not_relevant(self) -> None:
        item = self.current_item()
        if item is None:
            return
        value = 1 if item["relevant"] == 0 else -1
        with write(self.db):
            store_tags.set_correction(self.db, item["id"], "relevant", value, self.clock())
        self.notify(
            "Marked relevant" if value == 1 else "Marked not relevant (a shows hidden items)"
        )
        self._update_row()
        self.recount()

    @reports_failure
    def action_topics(self) -> None:
        from digest.tui.screens import TopicsScreen

        item_id = self.current_id()
        if item_id is None:
            return
        tags = {t["tag"]: t for t in store_tags.item_tags(self.db, item_id)}
        keys = [*TOPIC_ORDER, *self.settings.watch_names]

        on = {k for k in keys if tags.get(k, {}).get("assigned")}

        def done(chosen: set[str] | None) -> None:
            if chosen is not None:
                self._correct_topics(item_id, on, chosen)

        self.push_screen(TopicsScreen(keys, on), done)

    @reports_failure
    def _correct_topics(self, item_id: int, was: set[str], chosen: set[str]) -> None:
        """A correction for each topic the user turned on or off (the rest are untouched)."""
        with write(self.db):
            for key in sorted(was ^ chosen):
                value = 1 if key in chosen else -1
                store_tags.set_correction(self.db, item_id, key, value, self.clock())
        self._update_row()
        self.recount()

    def action_toggle_sidebar(self) -> None:
        """Hide the sidebar for a wider list (a narrow terminal), or show it again."""
        sidebar = self.query_one(Sidebar)
        sidebar.display = not sidebar.display  # the list's new width reaches `refit`
        if not sidebar.display and sidebar.has_focus:
            self.focus_now(self.query_one(ItemTable))

    def action_show_all(self) -> None:
        self.show_irrelevant = not self.show_irrelevant
        self.reload()

    def action_unread(self) -> None:
        self.unread_only = not self.unread_only
        self.reload()

    def action_period(self) -> None:
        now = self.period if self.period in PERIOD_CYCLE else None
        self.period = PERIOD_CYCLE[(PERIOD_CYCLE.index(now) + 1) % len(PERIOD_CYCLE)]
        self.reload()
        self.notify(f"Showing {self._period_name()}")

    def action_custom_period(self) -> None:
        from digest.tui.screens import TextScreen

        def read(value: str) -> periods.Period:
            days = value.split()
            if not days or len(days) > 2:
                raise DigestError("give one or two days" if days else "no day given")
            first, after_last = days[0], days[1] if len(days) > 1 else None
            return periods.custom(first, after_last, self.tz, self.clock(), DAY_NAMES)

        def wrong(value: str) -> str | None:
            try:
                read(value)
            except DigestError as exc:
                return f"{exc.message[:1].upper()}{exc.message[1:]}."
            return None

        def done(value: str | None) -> None:
            if value is None:
                return
            self.period, self.custom_text = read(value), value.strip()
            self.reload()
            self.notify(f"Showing {self._period_name()}")

        shown = self.custom_text if isinstance(self.period, periods.Period) else ""
        self.push_screen(TextScreen(PERIOD_PROMPT, shown, check=wrong, replace=True), done)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The app's keys act on the item list: on compose or past digests (or under a
        dialog) they would star, pick or hide the item hidden behind it. There, only the
        keys in EVERYWHERE work, and the footer shows only those."""
        return action not in self._list_actions or self.screen is self.screen_stack[0]

    def action_help(self) -> None:
        from digest.tui.screens import HelpScreen

        on_main = self.screen is self.screen_stack[0]
        bindings = self.BINDINGS if on_main else [*self.screen.BINDINGS, *self._everywhere()]
        legend = self._help_legend() if on_main else ()
        self.push_screen(HelpScreen(self.active_bindings_table(bindings), legend))

    def _help_legend(self) -> tuple[str, ...]:
        """The main screen's help, under its keys: compose's keys, and what the marks beside
        a source mean. Keys as the user's [keys] remap them, the first of each."""
        from digest.tui.screens import ComposeScreen

        k = {b.id: self._shown_keys(b)[0] for b in (*self.BINDINGS, *ComposeScreen.BINDINGS)}
        compose = (
            f"In compose ({k['compose']}): {k['compose_up']}/{k['compose_down']} move, "
            f"{k['compose_section_prev']} {k['compose_section_next']} change section, "
            f"{k['compose_remove']} remove, {k['compose_note']} note, {k['compose_intro']} intro, "
            f"{k['compose_export']} export, {k['compose_mail']} mail, {k['compose_prev']} "
            f"{k['compose_next']} period; {k['help']} there lists them"
        )
        marks = (
            "Beside a source: ! its last poll failed, ⏸ paused after repeated failures "
            f"({k['resume_feeds']} resumes it), ✗ gone (HTTP 410), – disabled, "
            "⌀ no longer in your feeds file (its items are kept)"
        )
        return compose, marks

    def _everywhere(self) -> list[Binding]:
        return [b for b in self.BINDINGS if b.action not in self._list_actions]

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if screen is not self.screen_stack[0]:  # the main screen's commands, there only
            return
        keys = self._action_keys()
        for title, help_text, action in PALETTE:
            yield SystemCommand(
                title, f"{help_text} ({keys[action]})", getattr(self, f"action_{action}")
            )

    def active_bindings_table(self, bindings: list[Binding] | None = None) -> list[tuple[str, str]]:
        out = []
        for b in self.BINDINGS if bindings is None else bindings:
            keys = self._keymap_keys(b)
            out.append((keys, b.description))
        return out

    def _keymap_problems(self) -> list[str]:
        """Remappings that cannot work as meant: an id no binding has (a typo), and a key
        the main screen would give two actions (one of them silently lost)."""
        from digest.tui.screens import SCREENS_WITH_KEYS

        keys = dict(self.settings.keys)
        known = {b.id for cls in (type(self), *SCREENS_WITH_KEYS) for b in cls.BINDINGS}
        problems = [
            f"no key binding has the id {name!r}; the ids are listed in the README"
            for name in sorted(set(keys) - known)
        ]
        owners: dict[str, list[str]] = {}
        for b in self.BINDINGS:
            for key in self._bound_keys(b).split(","):
                owners.setdefault(key.strip(), []).append(b.description)
        problems += [
            f"{key!r} is bound to both {' and '.join(what)}, so one of them is lost: give it "
            f"another key in config.toml [keys]{' (ctrl+q quits meanwhile)' * ('Quit' in what)}"
            for key, what in owners.items()
            if len(what) > 1
        ]
        return problems

    def _bound_keys(self, b: Binding) -> str:
        """The keys a binding answers to ("a,b"): its [keys] remapping, else its own."""
        return dict(self.settings.keys).get(b.id or "") or b.key

    def _action_keys(self) -> dict[str, str]:
        """{action: its keys as shown} for the app's bindings, remappings included."""
        return {b.action: self._keymap_keys(b) for b in self.BINDINGS}

    def _keymap_keys(self, b: Binding) -> str:
        return " / ".join(self._shown_keys(b))

    def _shown_keys(self, b: Binding) -> list[str]:
        """The keys a binding answers to, each as shown, its [keys] remapping included."""
        keys = self._bound_keys(b)
        if keys == b.key and b.key_display:
            return [b.key_display]  # as shown, even "," (the key itself)
        return keys.split(",")

    def action_past_digests(self) -> None:
        from digest.tui.screens import DigestsScreen

        self.push_screen(DigestsScreen())

    def action_compose_digest(self) -> None:
        from digest.tui.screens import ComposeScreen

        self.push_screen(ComposeScreen(self.last_picked_for or self._draft_period()))

    def _draft_period(self) -> periods.Period | None:
        """The period of the digest picked for last, if it is the last complete period or a
        later one: after a restart, compose opens on the digest being put together."""
        last = periods.biweekly(self.clock(), "last", self.settings.digest.anchor, self.tz)
        draft = store_digests.latest_draft(self.db, last.start)
        return periods.stored(*draft, self.tz) if draft else None

    # --- refresh --------------------------------------------------------------------------

    def action_refresh(self) -> None:
        if self.feeds_path is None:
            self.notify(
                "No feeds file given; run digest with --feeds or from the CLI.", severity="warning"
            )
            return
        if self.working("refresh"):
            self.notify("Already fetching; the list grows as items arrive.")
            return
        self.notify("Fetching…")
        self.fetch_feeds()

    @work(thread=True, group="refresh", exit_on_error=False)
    def fetch_feeds(self) -> None:
        from digest.classify.tagger import Tagger
        from digest.config import load_feeds
        from digest.poll import fetch_now

        configs = load_feeds(self.feeds_path)
        done = 0
        total = sum(1 for c in configs if c.enabled)
        # Quitting cancels the worker, and its event stops the run: the app closes at once
        # instead of waiting out a slow server's timeouts (what was stored stays).
        closing = get_current_worker().cancelled_event

        def progress(report) -> None:
            nonlocal done
            done += 1
            if not closing.is_set():
                self.call_from_thread(self._fetch_progress, done, total, bool(report.new))

        tagger = Tagger(self.settings.watchlists)
        report = fetch_now(
            self.db_path, configs, tagger=tagger, on_feed=progress, stop=closing
        )  # fmt: skip
        if not closing.is_set():
            self.call_from_thread(self._fetched, report.totals() if report else None)
            for note in tagger.notes():
                self.call_from_thread(self.notify, note, title="Watchlists", severity="warning")

    def mail_digest(self, period: periods.Period) -> None:
        """Compose's m: send the period's digest in the background. The worker is the app's,
        not compose's, so leaving compose does not cancel it; quitting does."""
        if self.working("send"):
            self.notify("Already sending; the result shows when the server has answered.")
            return
        self.notify("Sending…")
        self.send_in_background(period)

    @work(thread=True, group="send", exit_on_error=False)
    def send_in_background(self, period: periods.Period) -> None:
        """The send runs in a thread of its own, which this worker waits for. Quitting
        before the server has answered (a host that drops packets holds a connect for the
        whole mail timeout) leaves that thread behind to end with the process: nothing can
        have been sent yet, and the digest stays unsent. Once the message is going,
        quitting waits for the server's answer, so that the send log records it."""
        closing = get_current_worker().cancelled_event  # set when the app quits
        delivering, finished, failed = threading.Event(), threading.Event(), []

        def send() -> None:
            try:
                self._send(period, closing, delivering.set)
            except BaseException as exc:  # raised again in the worker, which reports it
                failed.append(exc)
            finally:
                finished.set()

        threading.Thread(target=send, name="digest-send", daemon=True).start()
        while not finished.wait(0.1):
            if closing.is_set() and not delivering.is_set():
                # a retry's wait ends at once and is logged as not sent; a connect still
                # waiting for its server is left to end with the process
                finished.wait(SEND_ABANDON_S)
                break
        if failed:
            raise failed[0]

    def _send(
        self, period: periods.Period, closing: threading.Event, delivering: Callable[[], None]
    ) -> None:
        from digest.publish import send_digest

        def say(line: str) -> None:  # as it happens: a retry waits seconds to minutes
            if not closing.is_set():
                self.call_from_thread(self.notify, line, timeout=8)

        def wait(seconds: float) -> None:
            if closing.wait(seconds):  # no retry after the app has closed; the log says so
                raise MailError(
                    "not sent: digest was closed while waiting to try again",
                    "`digest send` sends it",
                )

        db = open_db(self.db_path)
        try:
            send_digest(
                db, self.settings, period, to=(), dry_run=False, eml=None, force=False,
                now=self.clock(), say=say, wait=wait, delivering=delivering,
            )  # fmt: skip
        finally:
            db.conn.close()

    def working(self, group: str) -> bool:
        """Whether a worker of `group` (a refresh, a send) is still at work: a second one
        would run beside it (cancelling a thread worker does not stop its thread)."""
        return any(
            w.group == group and not w.is_cancelled and not w.is_finished for w in self.workers
        )

    def _fetch_progress(self, done: int, total: int, new_items: bool) -> None:
        if new_items:  # the list grows as items arrive
            self.reload(keep_cursor=True)
        self.sub_title = f"fetching: {done}/{total} feeds"

    def _fetched(self, totals: dict | None) -> None:
        self.archive_version = data_version(self.db)
        self.items_seen = store_items.last_item_id(self.db)  # told below, not by check_archive
        self.reload(keep_cursor=True)
        if totals is None:
            self.notify("No active feeds to poll.")
            return
        feeds = counted(totals["feeds"], "feed")
        msg = f"{totals['new_items']} new, {totals['updated_items']} updated from {feeds}"
        if totals["proxy"]:
            msg += f"; none could be reached through {totals['proxy']}: is it up?"
        elif totals["unreachable"]:
            msg += "; none could be reached: is this machine offline?"
        elif totals["errors"]:
            msg += f"; {totals['errors']} with errors (see Sources)"
        if totals["warnings"]:
            msg += "\nStored, with a warning:\n" + "\n".join(totals["warnings"][:3])
        trouble = totals["errors"] or totals["warnings"]
        self.notify(msg, severity="warning" if trouble else "information")

    def focus_now(self, widget: Widget) -> None:
        """Move the focus at once, for a key that moves it. Widget.focus waits until the
        messages already queued are handled, and keys typed right after this one are among
        them: they would go to the widget the focus is leaving (after /, c would compose)."""
        self.screen.set_focus(widget)

    def on_key(self, event: events.Key) -> None:
        """A key typed right after the one that opens a text box (/ search, F, n) can reach
        the list before the box has focus: Textual hands each key to the widget focused when
        it arrives. A letter that bubbles up here while a box has focus is such a key (the
        box takes the letters typed into it): put it in the box, where it was meant to go.
        Keys the box handles by binding, such as enter, already reach it from here."""
        box = self.focused
        if isinstance(box, Input) and event.is_printable:
            # as a new key behind the box's own queued messages (its focus, which selects
            # what it holds), so it lands as if typed there
            box.post_message(events.Key(event.key, event.character))

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Notices are plain text here: feed names, errors and settings ("[mail] to")
        hold square brackets that Rich markup would take for tags and drop."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self.report_failure(event.worker.error)

    def report_failure(self, err: BaseException) -> None:
        """The one place a failure (a worker's, or an action's DigestError) becomes a
        message the user can act on."""
        if isinstance(err, DigestError):
            text = err.message + (f"\n{err.hint}" if err.hint else "")
        else:
            text = f"{type(err).__name__}: {err}"
        self.notify(text, title="Failed", severity="error", timeout=10)
