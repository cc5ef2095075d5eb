"""Screens over the main one: help, topic correction, a one-line note, and compose.

Compose edits the period's draft in the database as it goes (picks, order, sections, notes,
intro), so leaving and coming back loses nothing. When nothing was picked it starts from the
automatic selection, which becomes the draft at the first edit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import (
    DataTable,
    Footer,
    Header,
    Input,
    Label,
    Markdown,
    SelectionList,
    TextArea,
)

from digest import periods
from digest.compose import SECTION_TITLES, SECTIONS
from digest.errors import DigestError
from digest.publish import HELD_WHY, build, export, is_held, kept_status
from digest.store import digests as store_digests
from digest.store import write
from digest.taxonomy import TOPIC_NAMES
from digest.tui.guard import reports_failure
from digest.tui.widgets import BADGES


def table_beside_markdown(table_id: str, markdown_id: str) -> ComposeResult:
    """Compose's and past digests' layout: a list on the left, rendered markdown on the right."""
    yield Header()
    with Horizontal(id="compose-main"):
        yield DataTable(id=table_id, cursor_type="row", zebra_stripes=True)
        with VerticalScroll(id="compose-preview"):
            yield Markdown(id=markdown_id)
    yield Footer()


class HelpScreen(ModalScreen):
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close", id="help_close")]

    def __init__(self, rows: list[tuple[str, str]], legend: tuple[str, ...] = ()) -> None:
        """`rows`: (keys, action) of the screen it was opened on; `legend`: lines under
        them (the main screen's: compose's keys, the marks beside sources)."""
        super().__init__()
        self.rows = rows
        self.legend = legend

    def compose(self) -> ComposeResult:
        table = DataTable(id="help-table", show_cursor=False, zebra_stripes=True)
        table.can_focus = False  # the box scrolls as a whole where the screen is short
        with VerticalScroll(id="help-box"):
            yield Label(Text("Keys (remap them under [keys] in config.toml)", style="bold"))
            yield table
            for line in self.legend:
                yield Label(Text(line, style="dim"))

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("key", "action")
        for key, what in self.rows:
            table.add_row(Text(key, style="bold"), Text(what))


class TopicList(SelectionList[str]):
    """Space toggles; enter saves the screen, where a SelectionList would toggle. The save
    keys are not priority bindings: those act as they arrive, ahead of keys still on their
    way to the focused widget, and a toggle or text typed just before them was lost."""

    BINDINGS = [Binding("enter", "screen.save", "Save", show=False)]


class TopicsScreen(ModalScreen[set[str] | None]):
    """Choose the item's topics; the difference from the model's becomes corrections."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="topics_cancel"),
        Binding("ctrl+s,enter", "save", "Save", id="topics_save"),
    ]

    def __init__(self, keys: list[str], on: set[str]) -> None:
        super().__init__()
        self.keys, self.on = keys, on

    def compose(self) -> ComposeResult:
        with Vertical(id="topics-box"):
            yield Label(Text("Topics: space toggles, enter saves, escape cancels", style="bold"))
            yield TopicList(
                *[(Text(TOPIC_NAMES.get(k, k)), k, k in self.on) for k in self.keys],
                id="topics-list",
            )

    def action_save(self) -> None:
        # a toggle by space is applied by a message the list sends itself: read after it
        choices = self.query_one(TopicList)
        choices.call_later(lambda: self._close(set(choices.selected)))

    def _close(self, topics: set[str]) -> None:
        self.dismiss(topics)  # not awaited here: call_later would await what this returned

    def action_cancel(self) -> None:
        self.dismiss(None)


class TextScreen(ModalScreen[str | None]):
    """A note (one line), the intro (several) or a custom period. With `check`, a value it
    finds wrong (it returns what is wrong) is said in the box, which stays open with the text
    as typed, to mend."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="text_cancel"),
        Binding("ctrl+s", "save", "Save", id="text_save"),
    ]

    def __init__(
        self,
        title: str,
        value: str,
        multiline: bool = False,
        check: Callable[[str], str | None] | None = None,
        replace: bool = False,
    ) -> None:
        super().__init__()
        self.heading, self.value, self.multiline, self.check = title, value, multiline, check
        self.replace = replace  # the value offered is selected: typing replaces it

    def compose(self) -> ComposeResult:
        with Vertical(id="text-box"):
            yield Label(
                Text(
                    self.heading + ("  (ctrl+s saves)" if self.multiline else "  (enter saves)"),
                    style="bold",
                )
            )
            if self.multiline:
                yield TextArea(self.value, id="text-area")
            else:
                yield Input(self.value, id="text-input", select_on_focus=self.replace)
            yield Label(id="text-error")

    def on_mount(self) -> None:
        if self.multiline:  # go on writing where the text ends, in both boxes
            area = self.query_one(TextArea)
            area.move_cursor(area.document.end)

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        self.save(event.value)

    def action_save(self) -> None:
        self.save(self.query_one(TextArea).text if self.multiline else self.query_one(Input).value)

    def save(self, value: str) -> None:
        wrong = self.check(value) if self.check else None
        if wrong is None:
            self.dismiss(value)
        else:
            said = self.query_one("#text-error", Label)
            said.update(Text(wrong))
            said.display = True

    def action_cancel(self) -> None:
        self.dismiss(None)


_EDITING = frozenset({"move", "section", "remove", "note", "intro", "export", "mail", "period"})


SHORT_SECTIONS_BELOW = 56  # entries-table columns


class ComposeScreen(Screen):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="compose_back"),
        Binding("K,shift+up", "move(-1)", "Move up", id="compose_up"),
        Binding("J,shift+down", "move(1)", "Move down", id="compose_down"),
        Binding(
            "left_square_bracket",
            "section(-1)",
            "Section −",
            key_display="[",
            id="compose_section_prev",
        ),
        Binding(
            "right_square_bracket",
            "section(1)",
            "Section +",
            key_display="]",
            id="compose_section_next",
        ),
        Binding("d", "remove", "Remove", id="compose_remove"),
        Binding("n", "note", "Note", id="compose_note"),
        Binding("i", "intro", "Intro", id="compose_intro"),
        Binding("e", "export", "Export", id="compose_export"),
        Binding("m", "mail", "Mail", id="compose_mail"),
        Binding(
            "comma", "period(-1)", "Prev period", key_display=",", show=False, id="compose_prev"
        ),
        Binding(
            "full_stop", "period(1)", "Next period", key_display=".", show=False, id="compose_next"
        ),
    ]

    def __init__(self, period: periods.Period | None = None) -> None:
        """`period`: the one to open on (the app's last pick was for it); by default the
        last complete period, the one `digest run` sends."""
        super().__init__()
        self.period = period
        self.rows: list[dict] = []  # item_id, section, note, title
        self.draft = False  # rows are the saved picks (True) or the automatic selection
        self.intro = ""
        self.loaded = False  # until then, rows are not the draft: editing would wipe it

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The editing keys wait for the first load (just after the screen appears); None
        shows them dimmed meanwhile."""
        return True if self.loaded or action not in _EDITING else None

    def compose(self) -> ComposeResult:
        yield from table_beside_markdown("entries", "rendered")

    def on_mount(self) -> None:
        app = self.app
        if self.period is None:
            self.period = periods.biweekly(app.clock(), "last", app.settings.digest.anchor, app.tz)
        self.query_one("#entries", DataTable).focus()
        self.call_after_refresh(self.load)  # after layout: the entry column knows its width

    def on_resize(self) -> None:
        if self.loaded:  # the entries, cut to fit, are cut anew once the table has its size
            table = self.query_one("#entries", DataTable)
            self.call_after_refresh(self.fill_table, table.cursor_row)

    # --- state ----------------------------------------------------------------------------

    @reports_failure
    def load(self, cursor: int = 0) -> None:
        app = self.app
        built = build(app.db, app.settings, self.period)
        self.draft = built.digest.picked
        self.rows = [
            {"item_id": e.item_id, "section": s.key, "note": e.note, "title": e.title}
            for s in built.digest.sections
            for e in s.entries
        ]
        row = store_digests.digest_for(app.db, self.period.start, self.period.end)
        self.intro = (row or {}).get("intro") or ""
        kind = "your picks" if self.draft else "automatic selection (edit to make it yours)"
        self.sub_title = f"Digest {self.period.label} · {kind}"
        self.fill_table(cursor)
        self.query_one("#rendered", Markdown).update(built.markdown)
        if not self.loaded:
            self.loaded = True
            self.refresh_bindings()

    def fill_table(self, cursor: int) -> None:
        """The rows, cut to the table's width. Under SHORT_SECTIONS_BELOW columns (80 or so
        beside the preview) sections show as badges ("REG"), so entries keep more room."""
        table = self.query_one("#entries", DataTable)
        short = table.size.width < SHORT_SECTIONS_BELOW
        table.clear(columns=True)
        section_width = 6 if short else 16
        table.add_column("Sect." if short else "Section", key="section", width=section_width)
        table.add_column("Entry", key="entry")
        width = max(20, table.size.width - section_width - 4)  # two cells' padding
        for r in self.rows:
            label = Text(r["title"], overflow="ellipsis", no_wrap=True)
            if r["note"]:
                label.append(f"  — {r['note']}", style="italic dim")
            label.truncate(width, overflow="ellipsis")
            key = r["section"]
            if short:
                section = BADGES.get(key, key[:6].upper())
            else:  # "Other": the column is narrow
                section = "Other" if key == "other" else SECTION_TITLES.get(key, key)
            table.add_row(Text(section, style="bold"), label)
        if self.rows:
            table.move_cursor(row=min(cursor, len(self.rows) - 1))

    def save(self, cursor: int) -> None:
        """Write the rows as the period's picks (the draft) and show the result."""
        app = self.app
        now = app.clock()
        order = [k for k, _ in SECTIONS]
        rows = sorted(self.rows, key=lambda r: order.index(r["section"]))  # stable: keeps order
        new_cursor = (
            rows.index(self.rows[cursor]) if self.rows and 0 <= cursor < len(self.rows) else 0
        )
        try:
            with write(app.db):
                did = store_digests.ensure_digest(app.db, self.period.start, self.period.end, now)
                store_digests.set_entries(app.db, did, rows, now)
                store_digests.set_intro(app.db, did, self.intro, now)
        except DigestError as exc:  # a locked archive, say: show the draft as it is stored
            app.report_failure(exc)
            new_cursor = cursor
        self.load(new_cursor)

    def cursor(self) -> int:
        return self.query_one("#entries", DataTable).cursor_row

    # --- editing --------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        i = self.cursor()
        j = i + step
        if not self.rows or not 0 <= j < len(self.rows):
            return
        if self.rows[j]["section"] != self.rows[i]["section"]:
            # crossing into the next section carries the entry with it
            self.rows[i]["section"] = self.rows[j]["section"]
            self.save(i)
            return
        self.rows[i], self.rows[j] = self.rows[j], self.rows[i]
        self.save(j)

    def action_section(self, step: int) -> None:
        if not self.rows:
            return
        i = self.cursor()
        keys = [k for k, _ in SECTIONS]
        k = keys.index(self.rows[i]["section"]) + step
        if 0 <= k < len(keys):
            self.rows[i]["section"] = keys[k]
            self.save(i)

    def action_remove(self) -> None:
        if not self.rows:
            return
        i = self.cursor()
        self.rows.pop(i)
        if not self.rows:
            # an empty draft would silently fall back to the automatic selection
            self.app.notify(
                "That was the last entry; the digest is back to the automatic selection."
            )
        self.save(max(0, min(i, len(self.rows) - 1)))

    def action_note(self) -> None:
        if not self.rows:
            return
        i = self.cursor()

        def done(value: str | None) -> None:
            if value is not None:
                self.rows[i]["note"] = value.strip() or None
                self.save(i)

        self.app.push_screen(TextScreen("Note for this entry", self.rows[i]["note"] or ""), done)

    def action_intro(self) -> None:
        def done(value: str | None) -> None:
            if value is not None:
                self.intro = value.strip()
                self.save(self.cursor())

        self.app.push_screen(
            TextScreen("Intro (empty: generated)", self.intro, multiline=True), done
        )

    def action_period(self, step: int) -> None:
        p = self.period
        shift = (p.end - p.start) * step
        app = self.app
        self.period = periods.biweekly(
            p.start + shift + (p.end - p.start) / 2, "current", app.settings.digest.anchor, app.tz
        )
        self.load()

    @reports_failure  # an unwritable directory, say: a notice, and the draft is kept
    def action_export(self) -> None:
        app = self.app
        path = Path.cwd() / f"digest-{self.period.first_day.isoformat()}.md"
        export(app.db, app.settings, self.period, path, app.clock())
        app.notify(f"Wrote {path}")

    def action_mail(self) -> None:
        self.app.mail_digest(self.period)


class DigestsScreen(Screen):
    """The digests kept per period (exported or sent), each as it went out."""

    BINDINGS = [Binding("escape", "app.pop_screen", "Back", id="digests_back")]

    def compose(self) -> ComposeResult:
        yield from table_beside_markdown("kept", "kept-md")

    @reports_failure
    def on_mount(self) -> None:
        self.sub_title = "Past digests"
        table = self.query_one("#kept", DataTable)
        table.add_columns("Period", "Status", "Picks")
        self.rows = store_digests.list_digests(self.app.db)
        for n, r in enumerate(self.rows):
            status = kept_status(r, self.app.tz, "%Y-%m-%d")
            period = periods.stored(r["period_start"], r["period_end"], self.app.tz).label
            table.add_row(Text(period), Text(status), Text(str(r["picks"])), key=str(n))
        if not self.rows:
            self.query_one("#kept-md", Markdown).update(
                "No digests kept yet: export (e) or mail (m) one from compose (c)."
            )
        table.focus()

    @on(DataTable.RowHighlighted, "#kept")
    @reports_failure
    def show(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key is None or event.row_key.value is None:
            return  # an empty list: a key moved a cursor that has no row (Textual says -1)
        kept = self.rows[int(event.row_key.value)]
        row = kept["id"] and store_digests.get_digest(self.app.db, kept["id"])
        if row and row["markdown"]:
            text = row["markdown"]
        elif is_held(kept):
            text = f"(held back: {HELD_WHY}; mail it from compose (c) if it should go as it is)"
        else:
            text = "(a draft: nothing rendered yet)"
        self.query_one("#kept-md", Markdown).update(text)


# Screens whose key bindings config.toml [keys] may remap by id (the app checks the ids).
SCREENS_WITH_KEYS = (HelpScreen, TopicsScreen, TextScreen, ComposeScreen, DigestsScreen)
