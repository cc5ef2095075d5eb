"""The terminal app, driven by Pilot: browse, filter, search, star, pick, correct, refresh,
compose and export; plus SVG snapshots of the main screen, preview, compose, help and past
digests."""

from __future__ import annotations

import socket
import sqlite3
import sys
from datetime import UTC
from pathlib import Path

import pytest
from conftest import drip, free_port, free_ports, rss, wait_until
from test_digest import NOW, _archive
from textual import events
from textual.screen import ModalScreen
from textual.widgets import DataTable, Input, Label
from textual.widgets._toast import Toast

from digest.classify.tagger import Tagger
from digest.compose import SECTION_TITLES, TOPIC_ORDER, section_of
from digest.config import FeedConfig
from digest.errors import StoreError
from digest.ingest import ingest_entries
from digest.parse import Entry
from digest.settings import DigestSettings, MailSettings, Settings, WatchlistConfig
from digest.store import open_db
from digest.store.digests import topics_of
from digest.store.feeds import sync_feeds
from digest.tui import make_app
from digest.tui.app import DigestApp
from digest.tui.screens import ComposeScreen
from digest.tui.widgets import BADGES, ItemTable, Preview, Sidebar

SETTINGS = Settings(digest=DigestSettings(timezone="UTC"))


@pytest.fixture
def archive_path(tmp_path) -> Path:
    path = tmp_path / "tui.db"
    _archive(path).conn.close()
    add_to_wire(
        path,
        "markup",
        "[bold]Loud[/bold] stem cell claims and [link=http://evil.example]a link[/link]",
        "Rich markup in a feed must show as text.",
        NOW.replace(day=18),
    )
    return path


def add_to_wire(
    path: Path, guid: str, title: str, summary: str, published, tagger: Tagger | None = None
) -> None:
    """One more item from the archive's feed 'Wire', stored as a fetch would."""
    db = open_db(path)
    feed = next(iter(db.query("SELECT * FROM feeds WHERE name = 'Wire'")))
    url = f"https://wire.example.org/{guid}"
    entry = Entry(guid=guid, url=url, title=title, summary=summary, published=published)
    ingest_entries(db, feed, [entry], NOW, tagger)
    db.conn.close()


def app_for(path: Path, **kw) -> DigestApp:
    app = make_app(db_path=path, settings=kw.pop("settings", SETTINGS), clock=lambda: NOW, **kw)
    # Tests read the notices the app showed (app._notifications) at their end; a notice
    # lives 5 s by default, which a test on a busy CI machine can outlast.
    app.NOTIFICATION_TIMEOUT = 120
    return app


def rows(app, column: str = "title") -> list[str]:
    """The list's cells in `column`, top to bottom (a narrow list has no "source")."""
    table = app.query_one(ItemTable)
    return [str(table.get_cell(row.key, column)) for row in table.ordered_rows]


async def settle(pilot) -> None:
    """Wait for the background counts (sidebar, title) as a user would, a moment later."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def sql(path: Path, query: str, *args):
    with sqlite3.connect(path) as c:
        return c.execute(query, args).fetchall()


async def test_browse_open_and_read(archive_path):
    app = app_for(archive_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        titles = rows(app)
        assert titles[0].startswith("[bold]Loud[/bold]"), "newest first, markup shown literally"
        assert not any("STEM education" in t for t in titles), "not relevant is hidden"
        story = [t for t in titles if t.startswith("Regulator approves first MSC")]
        assert len(story) == 1 and "+1 source" in story[0] and "+1 sources" not in story[0], (
            "two sources, one row"
        )
        await pilot.press("j")
        assert app.query_one(ItemTable).cursor_row == 1
        await pilot.press("enter")
        item_id = app.current_id()
        assert sql(archive_path, "SELECT read_at FROM items WHERE id = ?", item_id)[0][0]
        preview = str(app.query_one(Preview).render())
        assert "Stem cells" in preview and "←" in preview
        await pilot.press("a")  # show the hidden ones too
        assert any("STEM education" in t for t in rows(app))


async def test_items_a_cron_fetch_stores_join_the_list_and_the_cursor_stays_put(archive_path):
    """The app and a cron fetch share the archive: what the fetch stores shows up in the
    open list, said in a notice, and the item under the cursor stays under it though
    newer items now sit above it. Not while compose covers the list."""
    app = app_for(archive_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await pilot.press("j", "j")
        reading, before = app.current_id(), rows(app)
        app.check_archive()  # nothing new: nothing moves, nothing said
        assert rows(app) == before and not app._notifications
        await pilot.press("c")
        await pilot.pause()
        later = NOW.replace(day=23)
        add_to_wire(archive_path, "cron-1", "Cord blood bank opens", "Stem cells stored.", later)
        add_to_wire(archive_path, "cron-2", "MSC trial enrols", "Stem cell trial.", later)
        app.check_archive()
        assert rows(app) == before  # behind compose: left for later
        await pilot.press("escape")
        await pilot.pause()
        app.check_archive()
        await pilot.pause()
        assert rows(app)[:2] == ["MSC trial enrols", "Cord blood bank opens"]
        assert app.current_id() == reading and app.query_one(ItemTable).cursor_row == 4
        assert [str(n.message) for n in app._notifications] == [
            "2 new items came in from a fetch outside the app."
        ]
        app.check_archive()  # told once
        assert len(app._notifications) == 1


async def test_what_another_process_changes_in_place_shows_at_the_next_check(archive_path):
    """A fetch that updates an item, `digest tag` or a reclassify adds no item: the open
    list shows what they changed at the next check all the same, quietly, the cursor kept."""
    from click.testing import CliRunner

    from digest.cli import cli

    app = app_for(archive_path)
    async with app.run_test(size=(240, 40)) as pilot:
        await pilot.pause()
        await pilot.press("j")
        reading, before = app.current_id(), rows(app)
        assert before[0].startswith("[bold]Loud[/bold]")
        add_to_wire(
            archive_path, "markup", "Quiet stem cell claims", "Stem cells.", NOW.replace(day=18)
        )
        r = CliRunner().invoke(cli, ["--db", str(archive_path), "tag", str(reading), "+safety"])
        assert r.exit_code == 0, r.output
        app.check_archive()
        await pilot.pause()
        after = rows(app)
        assert after[0].startswith("Quiet stem cell claims") and len(after) == len(before)
        assert BADGES["safety"] in after[1] and BADGES["safety"] not in before[1]
        assert app.current_id() == reading and not app._notifications


async def test_mark_every_item_of_the_list_read(archive_path):
    app = app_for(archive_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"cord blood", "enter", "A")
        await settle(pilot)
        read = sql(archive_path, "SELECT title FROM items WHERE read_at IS NOT NULL ORDER BY 1")
        assert [t[:14] for (t,) in read] == ["Cord blood ban", "Earlier period"]
        await pilot.press("A")  # nothing left unread in this list
        await pilot.press("escape", "u")
        await settle(pilot)
        assert rows(app) and not any(t.startswith(("Cord blood", "Earlier")) for t in rows(app))
        said = [str(n.message) for n in app._notifications]
        assert said[-2:] == ["Marked 2 items read", "Nothing unread here."]


def test_a_long_title_is_cut_before_its_badges():
    """The badges came after the whole title and went with the cut: at 110 columns most
    rows of the demo showed no topic at all."""
    from digest.tui.widgets import row_cells

    row = {"id": 1, "relevant": 1, "starred": 0, "read_at": None, "feed": "Wire",
           "published_at": "2026-11-20T09:00:00Z", "story_size": 2,
           "title": "Regulator grants first national approval to an allogeneic MSC product",
           "topics": ["regulation", "trials"]}  # fmt: skip
    title = row_cells(row, set(), 40, 2026, UTC)[3].plain
    assert title == "Regulator grants fi… REG TRIAL +1 source" and len(title) == 40
    short = row_cells({**row, "title": "MSC approved"}, set(), 40, 2026, UTC)[3].plain
    assert short == "MSC approved REG TRIAL +1 source"  # room enough: nothing cut
    many = {**row, "topics": ["regulation", "trials", "safety", "mesoblast", "exosomes"]}
    title = row_cells(many, set(), 40, 2026, UTC)[3].plain
    assert title.startswith("Regulator grants fi… REG") and title.endswith("…"), title
    assert len(title) == 40  # the title keeps half the width, the badges the rest


async def test_a_narrow_terminal_starts_without_the_sidebar(archive_path):
    app = app_for(archive_path)
    async with app.run_test(size=(60, 24)) as pilot:
        await pilot.pause()
        sidebar, table = app.query_one(Sidebar), app.query_one(ItemTable)
        assert not sidebar.display and table.title_width() > 20, table.title_width()
        await pilot.press("b")
        await pilot.pause()
        assert sidebar.display
        await pilot.resize_terminal(120, 24)
        await pilot.pause()
        assert sidebar.display


async def test_an_80_column_list_gives_the_source_column_to_the_titles(archive_path):
    """Beside the sidebar an 80-column terminal leaves the list 56 columns: without the
    source (the preview names it) the titles get 42, not 28. Hiding the sidebar brings the
    column back, and a row changed in place (a star) keeps to the columns shown."""
    app = app_for(archive_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.query_one(ItemTable)
        assert app.query_one(Sidebar).display
        assert list(table.columns) == ["mark", "date", "title"]
        assert table.title_width() == 42
        title = rows(app)[0]
        await pilot.press("s")
        await pilot.pause()
        assert rows(app, "mark")[0] == "★" and rows(app)[0] == title
        await pilot.press("b")  # the sidebar hidden: the list is 80 wide
        await settle(pilot)
        assert list(table.columns) == ["mark", "date", "source", "title"]
        assert rows(app)[0].startswith(title.rstrip("…")) and all(rows(app, "source"))


async def test_dates_show_in_the_readers_time_zone(archive_path):
    honolulu = Settings(digest=DigestSettings(timezone="Pacific/Honolulu"))
    app = app_for(archive_path, settings=honolulu)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        # the newest item was published 2026-11-18 08:00 UTC: 22:00 the day before, UTC-10
        assert rows(app, "date")[0] == "17.11"
        await pilot.press("enter")
        assert "2026-11-17 22:00 HST" in str(app.query_one(Preview).render())


async def test_an_empty_archive_says_how_to_fill_it(tmp_path, archive_path):
    empty = tmp_path / "empty.db"
    open_db(empty).conn.close()
    why = (
        'No items here: the search "nothing matches this" (escape clears it); unread only '
        "(u shows read items too). a shows items marked not relevant. r fetches new items."
    )
    for path, want in ((empty, "`digest demo`"), (archive_path, why)):
        app = app_for(path)
        async with app.run_test(size=(160, 40)) as pilot:
            await pilot.press("u", "slash", *"nothing matches this")
            await pilot.pause()
            assert want in " ".join(str(app.query_one(Preview).render()).split()), path


async def test_open_link_in_a_browser_or_copy_it_where_there_is_none(archive_path, monkeypatch):
    import webbrowser

    opened = []

    class Desktop(webbrowser.BackgroundBrowser):
        def open(self, url, new=0, autoraise=True):
            opened.append(url)
            return True

    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: Desktop("x").open(url))
    app = app_for(archive_path)
    async with app.run_test() as pilot:
        await pilot.pause()
        url = app.current_item()["url"]
        monkeypatch.setattr(webbrowser, "get", lambda *a: Desktop("x"))
        await pilot.press("o")
        assert opened == [url] and app.clipboard == ""
        assert sql(archive_path, "SELECT read_at FROM items WHERE id = ?", app.current_id())[0][0]

        def no_browser(*a):
            raise webbrowser.Error("could not locate runnable browser")

        for get in (no_browser, lambda *a: webbrowser.GenericBrowser("lynx")):
            monkeypatch.setattr(webbrowser, "get", get)
            await pilot.press("o")
            await pilot.pause()
            assert opened == [url], "no browser started, nor lynx in this terminal"
            assert app.clipboard == url
            assert any("copied to your clipboard" in str(n.message) for n in app._notifications)


async def test_filter_by_topic_from_the_sidebar(archive_path):
    app = app_for(archive_path)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        sidebar = app.query_one(Sidebar)
        sidebar.focus()
        sidebar.highlighted = sidebar.get_option_index("topic:trials")
        await pilot.press("enter")
        await pilot.pause()
        want = sql(  # one row per story: a story several sources carried shows once
            archive_path,
            "SELECT count(DISTINCT coalesce(i.story_id, -i.id)) FROM item_tags t "
            "JOIN items i ON i.id = t.item_id "
            "WHERE t.tag = 'trials' AND t.assigned = 1 AND i.relevant = 1",
        )[0][0]
        assert 0 < len(rows(app)) == want < 8
        # the count beside the topic is the number of rows it shows
        label = str(sidebar.get_option("topic:trials").prompt)
        assert label == f"Clinical trials {want}"


async def test_sources_that_left_the_config_stay_browsable(archive_path):
    db = open_db(archive_path)
    sync_feeds(db, [FeedConfig(name="Empty", url="https://empty.example.org/feed")], NOW)
    sync_feeds(db, [FeedConfig(name="Wire", url="https://wire.example.org/feed")], NOW)
    db.conn.close()
    (daily_id,) = sql(archive_path, "SELECT id FROM feeds WHERE name = 'Daily'")[0]
    app = app_for(archive_path)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        sidebar = app.query_one(Sidebar)
        feeds = [str(o.prompt) for o in sidebar.options if (o.id or "").startswith("feed:")]
        # Daily left the config but its items are stored; Empty left with none: not listed
        assert feeds == ["Wire", "Daily ⌀"]
        sidebar.focus()
        sidebar.highlighted = sidebar.get_option_index(f"feed:{daily_id}")
        await pilot.press("enter")
        await pilot.pause()
        table = app.query_one(ItemTable)
        assert table.row_count > 0
        assert set(rows(app, "source")) == {"Daily"}
        said = [str(n.message) for n in app._notifications]
        assert said == ["Daily is no longer in your feeds file; its items are kept."]


async def test_choosing_a_failing_source_says_what_is_wrong(archive_path):
    sql(archive_path, "UPDATE feeds SET status = 'paused', last_error = 'HTTP 500 Internal "
        "Server Error' WHERE name = 'Wire'")  # fmt: skip
    (wire,) = sql(archive_path, "SELECT id FROM feeds WHERE name = 'Wire'")[0]
    app = app_for(archive_path)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        sidebar = app.query_one(Sidebar)
        assert str(sidebar.get_option(f"feed:{wire}").prompt) == "Wire ⏸"
        sidebar.focus()
        sidebar.highlighted = sidebar.get_option_index(f"feed:{wire}")
        await pilot.press("enter")
        await pilot.pause()
        (said,) = [str(n.message) for n in app._notifications]
        assert "Wire: paused" in said and "HTTP 500" in said
        assert "R resumes it" in said
        app.clear_notifications()
        await pilot.press("R")  # on the source shown
        await pilot.pause()
        assert [str(n.message) for n in app._notifications] == [
            "Resumed Wire: polled at the next refresh (r)"
        ]
        assert str(sidebar.get_option(f"feed:{wire}").prompt) == "Wire"  # its error cleared
        app.clear_notifications()
        await pilot.press("R")
        await pilot.pause()
        assert [str(n.message) for n in app._notifications] == ["Wire is not paused."]
    row = sql(archive_path, "SELECT status, failures, last_error FROM feeds WHERE id = ?", wire)
    assert row == [("active", 0, None)]


async def test_r_with_no_source_chosen_resumes_every_paused_or_gone_one(archive_path):
    sql(archive_path, "UPDATE feeds SET status = 'paused', failures = 5")
    sql(archive_path, "UPDATE feeds SET status = 'gone' WHERE name = 'Wire'")
    app = app_for(archive_path)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("R")
        await pilot.pause()
        (said,) = [str(n.message) for n in app._notifications]
        assert said.startswith("Resumed ") and said.endswith(": polled at the next refresh (r)")
        sidebar = app.query_one(Sidebar)
        marks = [str(o.prompt) for o in sidebar.options if (o.id or "").startswith("feed:")]
        assert marks and not any("⏸" in m or "✗" in m for m in marks)
        app.clear_notifications()
        await pilot.press("R")
        await pilot.pause()
        assert [str(n.message) for n in app._notifications] == ["No source is paused or gone."]
    assert sql(archive_path, "SELECT DISTINCT status, failures FROM feeds") == [("active", 0)]


async def test_help_shows_every_key_and_scrolls_on_a_small_screen(archive_path):
    app = app_for(archive_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        box = app.screen.query_one("#help-box")
        table = app.screen.query_one("#help-table")
        assert table.row_count == len(DigestApp.BINDINGS)
        assert table.max_scroll_y == 0, "the table shows all its rows; the box scrolls"
        assert box.max_scroll_y > 0, "24 lines are too few for all of help"
        legend = list(box.query(Label))[-1]
        assert "⌀" in str(legend.render())
        await pilot.press("end")
        await pilot.pause()
        assert box.scroll_y == box.max_scroll_y
        assert legend.region.bottom <= box.region.bottom, "the legend can be scrolled into view"


async def test_periods_combine_with_other_filters(archive_path):
    app = app_for(archive_path)
    async with app.run_test() as pilot:
        await pilot.pause()
        everything = len(rows(app))
        await pilot.press("f", "f")  # all time -> this fortnight -> last fortnight (9-22 Nov)
        await pilot.pause()
        assert "Earlier period" not in " ".join(rows(app)) and len(rows(app)) < everything
        await pilot.press("F", *"2026-11-01 2026-11-08", "enter")
        await pilot.pause()
        assert [t[:14] for t in rows(app)] == ["Earlier period"]
        await pilot.press("u", "F", *"2026-11-01 2026-11-08", "enter")  # unread and the period
        await pilot.pause()
        assert len(rows(app)) == 1
        await pilot.press("u", "F", *"2026-11-08", "enter")  # one day given: up to today
        await pilot.pause()
        assert app.period.label == "8–24 Nov 2026"
        await pilot.press("F")  # offers the days last given, selected: typing replaces them
        await pilot.pause()
        box = app.screen.query_one("#text-input", Input)
        assert box.value == "2026-11-08" and box.selected_text == "2026-11-08"
        await pilot.press("space", "enter")  # blank: says so, in the box
        await pilot.pause()
        said = app.screen.query_one("#text-error", Label)
        assert said.display and str(said.render()) == "No day given."
        await pilot.press(*"2026-11-08 soon", "enter")  # says which day is wrong
        await pilot.pause()
        assert str(said.render()) == "The day after the last 'soon' is not a date."
        assert app.screen is box.screen, "the box stays open, the text kept to mend"
        assert box.value == " 2026-11-08 soon" and app.period.label == "8–24 Nov 2026"
        # keys typed to mend it go to the box, not to the list behind it ("s" would star)
        await pilot.press(*["backspace"] * 4, *"2026-11-20", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, ModalScreen) and app.period.label == "8–19 Nov 2026"
        assert not any(s["starred"] for s in app.db["items"].rows)
        await pilot.press("F", "escape")  # escape keeps what is shown
        await pilot.pause()
        assert app.period.label == "8–19 Nov 2026"


async def test_search_as_you_type(archive_path):
    app = app_for(archive_path)
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("slash", *"cord bl")
        await pilot.pause()
        # "cord bl" -> cord AND bl*: the two items about cord blood, nothing else
        assert sorted(t[:14] for t in rows(app)) == ["Cord blood ban", "Earlier period"]
        shown = app.query_one(Preview).render()  # the searched words are marked in it
        marked = {
            str(shown)[s.start : s.end] for s in shown.spans if s.style.reverse and s.style.bold
        }
        assert {m.lower() for m in marked} == {"cord", "blood"}, marked
        await pilot.press(*"ood bank")
        await settle(pilot)
        assert app.sub_title.startswith("1 item · "), app.sub_title
        await pilot.press("escape")
        await pilot.pause()
        assert len(rows(app)) > 3


async def test_save_a_search_choose_it_and_forget_it(archive_path):
    app = app_for(archive_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("delete")  # nothing chosen yet: says how
        await pilot.press("slash", *"cord blood", "enter", "S", "escape")
        await settle(pilot)
        assert sql(archive_path, "SELECT name, query FROM saved_searches") == [
            ("cord blood", "cord blood")
        ]
        sidebar = app.query_one(Sidebar)
        (key,) = [o.id for o in sidebar.options if o.id and o.id.startswith("search:")]
        sidebar.highlighted = sidebar.get_option_index(key)
        sidebar.focus()
        await pilot.press("enter")  # choose it: its items only
        await settle(pilot)
        assert app.view == key and sorted(t[:14] for t in rows(app)) == [
            "Cord blood ban",
            "Earlier period",
        ]
        await pilot.press("delete")  # the list has the focus now: the view is forgotten
        await settle(pilot)
        assert sql(archive_path, "SELECT count(*) FROM saved_searches") == [(0,)]
        assert app.view == "all" and len(rows(app)) > 3
        assert not [o for o in sidebar.options if o.id and o.id.startswith("search:")]
        await pilot.press("slash", *"phase", "enter", "S", "escape")  # another, forgotten
        await settle(pilot)  # from the sidebar without being chosen
        (key,) = [o.id for o in sidebar.options if o.id and o.id.startswith("search:")]
        sidebar.highlighted = sidebar.get_option_index(key)
        sidebar.focus()
        await pilot.press("delete")
        await settle(pilot)
        assert sql(archive_path, "SELECT count(*) FROM saved_searches") == [(0,)]
        said = [str(n.message) for n in app._notifications]
        assert said[0].startswith("Choose a saved search") and "Forgot" in said[-1]
        # long searches: cut for the sidebar, visibly; two cut alike are both kept
        long = "stem cell transplant outcomes in older adults with"
        for search in (long + " myeloma", long + " leukaemia", long + " myeloma"):
            await pilot.press("escape", "slash", *search, "enter", "S")
            await settle(pilot)
        cut = long[:39].rstrip() + "…"
        assert sql(archive_path, "SELECT name, query FROM saved_searches ORDER BY id") == [
            (cut, long + " myeloma"),
            (cut + " (2)", long + " leukaemia"),
        ]
        assert [str(n.message) for n in app._notifications][-1].startswith("This search is saved")


def test_the_preview_marks_the_searched_words_not_the_left_out_ones():
    from digest.search import marks

    text = "Cord blood, not battery or fuel cell; stem-cell. Cord-blood banks"

    def marked(search, typing=False):
        return [text[a:b] for a, b in marks(text, search, typing)]

    # the word being typed is a prefix: the words it begins are marked whole
    assert marked('cord -battery -"fuel cell" bl', typing=True) == [
        "Cord",
        "blood",
        "Cord",
        "blood",
    ]
    # a saved search is not being typed: "bl" is a whole word, found nowhere
    assert marked('cord -battery -"fuel cell" bl') == ["Cord", "Cord"]
    # a phrase is its words in a row, as the archive matches it
    assert marked('"cord blood" stem') == ["Cord blood", "stem", "Cord-blood"]
    # a word's other forms, as the archive's index stems them
    assert marked("bank cells") == ["cell", "cell", "banks"]
    assert marked("干细胞") == []
    # a prefix marks the words that begin with it as written, not with its stem ("ag")
    text = "Agency says ageing cells aged; regulators act"
    assert marked("ageing", typing=True) == ["ageing", "aged"]
    assert marked("regula", typing=True) == ["regulators"]


async def test_star_pick_and_mark_not_relevant(archive_path):
    app = app_for(archive_path)
    async with app.run_test() as pilot:
        await pilot.pause()
        item_id = app.current_id()
        await pilot.press("s")
        assert sql(archive_path, "SELECT starred FROM items WHERE id = ?", item_id) == [(1,)]
        await pilot.press("p")
        assert sql(
            archive_path, "SELECT count(*) FROM digest_entries WHERE item_id = ?", item_id
        ) == [(1,)]
        await settle(pilot)
        picked = app.query_one(Sidebar).get_option("picked").prompt
        assert str(picked).endswith(" 1"), "the sidebar's count follows the pick"
        await pilot.press("p")
        assert sql(
            archive_path, "SELECT count(*) FROM digest_entries WHERE item_id = ?", item_id
        ) == [(0,)]
        await pilot.press("x")
        assert sql(archive_path, "SELECT relevant FROM items WHERE id = ?", item_id) == [(0,)]
        assert sql(
            archive_path,
            "SELECT value FROM corrections WHERE item_id = ? AND tag = 'relevant'",
            item_id,
        ) == [(-1,)]


async def test_a_pick_goes_in_the_section_the_automatic_digest_would_give_it(archive_path):
    """The app chose a pick's section by the fixed order alone (and never Watchlists):
    the blinding case report went under Regulation for a weak "unapproved". Which strong
    topic it goes under (safety or hype, both sure) is the model's; the pick must follow
    compose's section_of, which the order alone does not give here."""
    add_to_wire(
        archive_path, "harm", "Patient loses sight after unapproved stem cell eye injections",
        "Doctors describe retinal detachment in both eyes after adipose-derived cell injections "
        "sold for macular degeneration at a private clinic.", NOW.replace(day=16),
        Tagger(clock=lambda: NOW),
    )  # fmt: skip
    app = app_for(archive_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"loses sight", "enter")
        await settle(pilot)
        assert rows(app)[0].startswith("Patient loses sight")
        tags = topics_of(app.db, app.current_item()["id"])  # as the automatic digest reads them
        expected = section_of(tags)
        assert expected in ("safety", "hype"), tags
        assert expected != next(k for k in TOPIC_ORDER if k in tags), tags  # not the order alone
        await pilot.press("p")
        await pilot.pause()
        assert sql(archive_path, "SELECT section FROM digest_entries") == [(expected,)]
        said = [str(n.message) for n in app._notifications][-1:]
        assert said and said[0].endswith(f"({SECTION_TITLES[expected]})"), said


async def test_the_sidebar_counts_unread_and_starred_and_follows_changes(archive_path):
    app = app_for(archive_path)
    async with app.run_test() as pilot:
        await settle(pilot)
        sidebar = app.query_one(Sidebar)

        def count(view: str) -> str:
            return str(sidebar.get_option(view).prompt).rsplit(" ", 1)[-1]

        shown = len(rows(app))  # a story several sources carried is one row, counted once
        assert count("unread") == str(shown) and count("starred") == "0"
        await pilot.press("enter", "s")
        await settle(pilot)
        assert count("unread") == str(shown - 1) and count("starred") == "1"
        await pilot.press("f")  # this fortnight: nothing unread or starred in it
        await settle(pilot)
        assert (count("unread"), count("starred")) == ("0", "0")


async def test_correct_topics(archive_path):
    app = app_for(archive_path)
    async with app.run_test() as pilot:
        await pilot.pause()
        item_id = app.current_id()
        await pilot.press("t")
        await pilot.pause()
        # the list is in section order (Regulation, Clinical trials, Safety, ...)
        await pilot.press("down", "down", "space", "enter")
        await pilot.pause()
        got = sql(archive_path, "SELECT tag, value FROM corrections WHERE item_id = ?", item_id)
        assert ("safety", 1) in got
        assert "Safety" in str(app.query_one(Preview).render())
        # enter acts ahead of the list: a toggle just before it still counts
        await pilot.press("t")
        await pilot.pause()
        await typed_at_once(pilot, "", "down", "down", "space", "enter")
        got = sql(archive_path, "SELECT tag, value FROM corrections WHERE item_id = ?", item_id)
        assert ("safety", -1) in got or ("safety", 1) not in got, got


async def test_the_sidebar_hides_for_a_wider_list(archive_path):
    app = app_for(archive_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.query_one(ItemTable)
        narrow = max(len(t) for t in rows(app))  # the longest title as cut to fit
        await pilot.press("b")
        await pilot.pause()
        assert not app.query_one(Sidebar).display and table.has_focus
        assert max(len(t) for t in rows(app)) > narrow + 5, rows(app)  # 52 columns, not 42
        await pilot.press("b")
        await pilot.pause()
        assert app.query_one(Sidebar).display and max(len(t) for t in rows(app)) == narrow


async def test_the_command_palette_offers_the_apps_own_commands(archive_path):
    app = app_for(archive_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p", *"toggle the sidebar")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert not app.query_one(Sidebar).display
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Compose the digest" in titles and "Refresh" in titles


async def test_keys_remap_from_config(archive_path):
    keys = {"star": "z", "resume_feeds": "P", "compose": "C", "compose_mail": "M,ctrl+m"}
    app = app_for(archive_path, settings=Settings(digest=DigestSettings(timezone="UTC"), keys=keys))
    async with app.run_test() as pilot:
        await pilot.pause()
        item_id = app.current_id()
        await pilot.press("z")
        assert sql(archive_path, "SELECT starred FROM items WHERE id = ?", item_id) == [(1,)]
        # help's lines under the table name the keys as remapped (the first of several)
        await pilot.press("question_mark")
        await pilot.pause()
        compose, marks = [str(x.render()) for x in app.screen.query(Label)][-2:]
        assert compose.startswith("In compose (C): K/J move, [ ] change section, d remove")
        assert ", M mail, , . period; ? there lists them" in compose
        assert "(P resumes it)" in marks


async def test_a_keymap_that_cannot_work_is_reported(archive_path):
    keys = {"star": "q", "strar": "z", "compose_mail": "M"}  # q is quit's; strar is a typo
    app = app_for(archive_path, settings=Settings(digest=DigestSettings(timezone="UTC"), keys=keys))
    async with app.run_test() as pilot:
        await pilot.pause()
        said = sorted(str(n.message) for n in app._notifications)
        await pilot.press("ctrl+q")  # as the notice says
        await pilot.pause()
        assert not app.is_running
    assert said == [
        "'q' is bound to both Quit and Star, so one of them is lost: give it another key in "
        "config.toml [keys] (ctrl+q quits meanwhile)",
        "no key binding has the id 'strar'; the ids are listed in the README",
    ]


async def test_a_watchlist_added_since_tagging_is_pointed_out(archive_path):
    def settings(*names):
        watch = tuple(WatchlistConfig(n, keywords=(n,)) for n in names)
        return Settings(digest=DigestSettings(timezone="UTC"), watchlists=watch)

    def told(app) -> list[str]:
        return [str(n.message) for n in app._notifications if n.title == "Watchlists"]

    app = app_for(archive_path, settings=settings())  # the watchlists it was tagged with
    async with app.run_test() as pilot:
        await pilot.pause()
        assert told(app) == []
    app = app_for(archive_path, settings=settings("clinic"))
    async with app.run_test() as pilot:
        await pilot.pause()
        (said,) = told(app)
        assert "clinic" in said and "digest reclassify" in said
    db = open_db(archive_path)
    Tagger(settings("clinic").watchlists).reclassify(db)
    db.conn.close()
    app = app_for(archive_path, settings=settings("clinic"))
    async with app.run_test() as pilot:
        await pilot.pause()
        assert told(app) == []


def test_the_readme_lists_every_key_binding_id():
    from digest.tui.screens import SCREENS_WITH_KEYS

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    listed = readme.split("The ids:")[1].split("`[app]`")[0]
    ids = {b.id for cls in (DigestApp, *SCREENS_WITH_KEYS) for b in cls.BINDINGS}
    assert {w.strip(" ,;.\n") for w in listed.replace("in compose", "").split()} - {
        "and",
        "",
    } == ids


async def refresh(app, pilot) -> str:
    """Press r, wait for the background fetch, and return what the app then said."""
    await pilot.press("r")
    await app.workers.wait_for_complete()
    await pilot.pause()
    return [str(n.message) for n in app._notifications][-1]


async def test_refresh_fetches_in_the_background(archive_path, server, tmp_path):
    url = server.static(
        "/f.xml",
        rss([("n1", "Fresh iPSC trial news from the refresh", "A phase 2 stem cell trial.")]),
    )
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f'[[feeds]]\nname = "Local"\nurl = "{url}"\n', encoding="utf-8")
    app = app_for(archive_path, feeds_path=feeds)
    async with app.run_test() as pilot:
        await pilot.pause()
        assert await refresh(app, pilot) == "1 new, 0 updated from 1 feed"
        assert any("Fresh iPSC trial news" in t for t in rows(app))
        cut = rss([("n2", "A second item", "Text."), ("n3", "A third item", "Text.")])[:-40]
        server.static("/f.xml", cut)  # truncated: stored as far as it goes, and said so
        said = await refresh(app, pilot)
        assert said.startswith("2 new, 0 updated from 1 feed\nStored, with a warning:\nLocal: ")
    assert sql(archive_path, "SELECT count(*) FROM items WHERE guid = 'n1'") == [(1,)]


async def test_a_watchlist_regex_that_gives_up_during_a_refresh_is_said(
    archive_path, server, tmp_path, monkeypatch
):
    monkeypatch.setattr("digest.classify.features.WATCH_TIMEOUT", 0.05)
    listing = "Stem cell trial sites: " + ", ".join(f"city {i}" for i in range(200))
    url = server.static("/f.xml", rss([("n1", "Trial sites listed", listing)]))
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f'[[feeds]]\nname = "Local"\nurl = "{url}"\n', encoding="utf-8")
    watch = (WatchlistConfig("places", regex=("(.*?,){11}P",)),)
    settings = Settings(digest=DigestSettings(timezone="UTC"), watchlists=watch)
    app = app_for(archive_path, feeds_path=feeds, settings=settings)
    async with app.run_test() as pilot:
        await pilot.pause()
        await refresh(app, pilot)
        said = [str(n.message) for n in app._notifications]
        assert "1 new, 0 updated from 1 feed" in said, said
        said = [m for m in said if "gave up" in m]
        assert said == [
            "watchlist 'places': a regex gave up on 1 item (over 0.05 s on each), so they are "
            "not tagged places; simplify the pattern in config.toml, then `digest reclassify`"
        ], said


async def test_quitting_during_a_refresh_stops_the_fetch_at_once(
    archive_path, server, tmp_path, monkeypatch
):
    """A slow server must not hold a closed app: before, q left a blank terminal until the
    fetch ended (60 s for a server that drips)."""
    import threading

    from digest import poll

    server.routes["/slow.xml"] = drip(0.2, 600)  # two minutes of one byte at a time
    fast = server.static("/fast.xml", rss([("q1", "Stem cell news before quitting", "Text.")]))
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(
        f'[[feeds]]\nname = "Slow"\nurl = "{server.url("/slow.xml")}"\n'
        f'[[feeds]]\nname = "Fast"\nurl = "{fast}"\n',
        encoding="utf-8",
    )
    returned = threading.Event()
    real = poll.fetch_now

    def fetch_now(*args, **kwargs):  # the real one, and when it returned
        try:
            return real(*args, **kwargs)
        finally:
            returned.set()

    monkeypatch.setattr(poll, "fetch_now", fetch_now)
    app = app_for(archive_path, feeds_path=feeds)
    async with app.run_test() as pilot:
        await pilot.press("r")
        for _ in range(100):  # the fast feed is in; the slow one still drips
            await pilot.pause(0.05)
            if any("before quitting" in t for t in rows(app)):
                break
        assert any("before quitting" in t for t in rows(app))
        assert not returned.is_set()
        await pilot.press("r")  # not a second fetch beside the first
        assert str(list(app._notifications)[-1].message).startswith("Already fetching")
    assert returned.wait(10), "the fetch ran on after the app closed"
    assert sql(archive_path, "SELECT count(*) FROM items WHERE guid = 'q1'") == [(1,)]
    assert sql(archive_path, "SELECT last_polled_at FROM feeds WHERE name = 'Slow'") == [(None,)]


async def test_mail_from_compose_tells_each_retry_as_it_comes_and_the_result(
    archive_path, tmp_path
):
    from aiosmtpd.controller import Controller
    from test_mail import Recorder

    recorder, port = Recorder(), free_port()
    recorder.defer_once = {"ed@example.org"}  # 450 at first: tried again after the delay
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        mail = MailSettings(
            host="127.0.0.1", port=port, security="none", sender="digest@example.org",
            to=("ed@example.org",), retry_delays=(0.1,), timeout=5,
        )  # fmt: skip
        app = app_for(archive_path, settings=Settings(digest=SETTINGS.digest, mail=mail))
        async with app.run_test() as pilot:
            await pilot.press("c", "m")
            await app.workers.wait_for_complete()
            await pilot.pause()
            said = [str(n.message) for n in app._notifications]
    finally:
        controller.stop()
    assert said[-3] == "Sending…", said
    assert said[-2].startswith("every recipient was refused by 127.0.0.1:")
    assert said[-2].endswith(
        "450 4.2.0 Mailbox busy, try later; trying again in 0.1 s (attempt 2 of 2)"
    )
    assert said[-1].startswith("Sent the digest for 9–22 Nov 2026 to ed@example.org (<")
    assert [to for to, _ in recorder.messages] == [["ed@example.org"]]


async def test_mail_to_a_dead_server_says_so_at_once_sends_once_and_does_not_hold_quitting(
    archive_path,
):
    """Before, the app said "Sending…", then nothing for the 2.5 minutes of retries; m again
    started a second send beside the first; q left a blank terminal until the last try.
    Leaving compose is not quitting: the send goes on."""
    mail = MailSettings(
        host="127.0.0.1", port=free_port(), security="none", sender="digest@example.org",
        to=("ed@example.org",), retry_delays=(60,), timeout=5,
    )  # fmt: skip
    app = app_for(archive_path, settings=Settings(digest=SETTINGS.digest, mail=mail))
    async with app.run_test() as pilot:
        await pilot.press("c", "m")
        for _ in range(100):
            await pilot.pause(0.05)
            said = [str(n.message) for n in app._notifications]
            if len(said) > 1:
                break
        assert said[-1].endswith("connection refused; trying again in 60 s (attempt 2 of 2)")
        await pilot.press("m")
        await pilot.pause()
        assert str(list(app._notifications)[-1].message).startswith("Already sending")
        await pilot.press("escape")  # leaving compose leaves the send to go on
        await pilot.pause(0.3)
        assert not isinstance(app.screen, ComposeScreen) and app.working("send")
        assert sql(archive_path, "SELECT status, error FROM sends") == []
    assert wait_until(lambda: sql(archive_path, "SELECT status, error FROM sends"), 10)
    assert sql(archive_path, "SELECT status, error FROM sends") == [
        ("failed", "not sent: digest was closed while waiting to try again")
    ]


def test_quitting_while_a_mail_server_keeps_silent_does_not_wait_out_its_timeout(
    archive_path,
):
    """A server that takes the connection and never greets (as a host behind a firewall
    that drops packets holds a connect) held the app's process for the whole mail timeout
    after q: the terminal was back, the shell prompt was not. Nothing can have been sent
    then, so the process now ends and the digest stays unsent. In a process of its own,
    since what waited was the interpreter's exit."""
    import subprocess
    import textwrap

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()  # connections complete; nothing is ever said on them
    script = textwrap.dedent(f"""
        import asyncio
        from datetime import UTC, datetime
        from digest.settings import DigestSettings, MailSettings, Settings
        from digest.tui import make_app

        mail = MailSettings(
            host="127.0.0.1", port={silent.getsockname()[1]}, security="none",
            sender="digest@example.org", to=("ed@example.org",), retry_delays=(),
            timeout=120,
        )
        app = make_app(
            db_path={str(archive_path)!r},
            settings=Settings(digest=DigestSettings(timezone="UTC"), mail=mail),
            clock=lambda: datetime(2026, 11, 24, 8, tzinfo=UTC),
        )

        async def main():
            async with app.run_test() as pilot:
                await pilot.press("c", "m")
                while not any(w.group == "send" for w in app.workers):
                    await pilot.pause(0.05)
                await pilot.pause(1)  # connected, waiting for the greeting
                print("quitting", flush=True)

        asyncio.run(main())
    """)
    try:
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
        )
    finally:
        silent.close()
    assert done.returncode == 0 and done.stdout == "quitting\n", done.stderr
    assert sql(archive_path, "SELECT count(*) FROM sends WHERE status = 'sent'") == [(0,)]


async def test_a_refresh_with_no_feed_reachable_says_the_machine_may_be_offline(
    archive_path, tmp_path, monkeypatch
):
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(
        "".join(
            f'[[feeds]]\nname = "Down {n}"\nurl = "http://127.0.0.1:{port}/f.xml"\n'
            for n, port in enumerate(free_ports(2))
        ),
        encoding="utf-8",
    )
    app = app_for(archive_path, feeds_path=feeds)
    async with app.run_test() as pilot:
        await pilot.pause()
        said = await refresh(app, pilot)
        assert (
            said == "0 new, 0 updated from 2 feeds; none could be reached: is this machine offline?"
        )
    # behind a proxy that does not answer, the proxy is named instead
    (dead,) = free_ports(1)
    monkeypatch.setenv("http_proxy", f"127.0.0.1:{dead}")
    feeds.write_text(
        '[[feeds]]\nname = "A"\nurl = "http://a.test/f.xml"\n'
        '[[feeds]]\nname = "B"\nurl = "http://b.test/f.xml"\n',
        encoding="utf-8",
    )
    app = app_for(archive_path, feeds_path=feeds)
    async with app.run_test() as pilot:
        await pilot.pause()
        said = await refresh(app, pilot)
        assert said == (
            "0 new, 0 updated from 2 feeds; none could be reached through the proxy "
            f"127.0.0.1:{dead} (from http_proxy): is it up?"
        )


async def test_a_failing_job_is_a_message_not_a_crash(archive_path, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "digest-2026-11-09.md").mkdir()  # where e would write: cannot (even as root)
    feeds = tmp_path / "feeds.toml"
    feeds.write_text('[[feeds]]\nname = "Broken"\nurl = "https://a.example.org/f"\n[[feeds]\n')
    app = app_for(archive_path, feeds_path=feeds)  # no [mail] settings: nobody to send to
    async with app.run_test() as pilot:
        await pilot.pause()
        (opened,) = [str(n.message) for n in app._notifications]  # the app opens, and says
        assert f"{feeds}:4" in opened and "refresh (r) waits" in opened, opened
        assert rows(app), "the archive is there to read"
        await pilot.press("r")  # refresh with a broken feeds file
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("c", "m")  # mail the digest from compose
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("e")  # export it where a directory is in the way
        await pilot.pause()
        assert app.is_running
        said = [str(n.message) for n in app._notifications]
        assert any(f"{feeds}:4" in m for m in said), said
        assert any("no recipients" in m and "DIGEST_MAIL_TO" in m for m in said), said
        assert any("cannot write" in m and "digest-2026-11-09.md" in m for m in said), said
    # the export that could not be written is not kept as exported (nor is any)
    assert sql(archive_path, "SELECT status FROM digests WHERE status != 'draft'") == []


async def test_a_locked_archive_is_a_message_and_loses_nothing(archive_path, monkeypatch):
    """Another process holds the write lock past the app's wait: each triage key says so and
    the app stays open; once the lock is gone the same key works."""
    monkeypatch.setattr("digest.tui.app.UI_BUSY_TIMEOUT_MS", 50)
    before = sql(archive_path, "SELECT id, starred, relevant, read_at FROM items ORDER BY id")
    app = app_for(archive_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        item_id = app.current_id()
        holder = sqlite3.connect(archive_path, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        await pilot.press("s", "p", "x", "enter")  # star, pick, not relevant, open (marks read)
        await pilot.press("t", "down", "down", "space", "enter")  # turn Safety on
        await pilot.pause()
        await pilot.press("escape", "c", "n", *"kept?", "enter")  # a note in compose
        await pilot.pause()
        assert app.is_running
        locked = [n for n in app._notifications if "locked by another process" in str(n.message)]
        assert len(locked) == 6, [str(n.message) for n in app._notifications]
        assert app.screen.rows and app.screen.rows[0]["note"] is None, "shows what is stored"
        holder.execute("ROLLBACK")
        holder.close()
        await pilot.press("escape", "s")
        await pilot.pause()
        assert app.current_id() == item_id
    expected = {r[0]: r for r in before}
    expected[item_id] = (item_id, 1, *expected[item_id][2:])  # the star after the lock, only
    assert sql(archive_path, "SELECT id, starred, relevant, read_at FROM items ORDER BY id") == [
        expected[k] for k in sorted(expected)
    ]
    assert sql(archive_path, "SELECT count(*) FROM corrections") == [(0,)]
    assert sql(archive_path, "SELECT count(*) FROM digest_entries") == [(0,)]


async def test_moving_in_an_empty_past_digests_list_is_no_crash(archive_path):
    app = app_for(archive_path)
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("D", "up", "down", "k", "j", "enter")  # found by random keys
        await pilot.pause()
        assert app.is_running and type(app.screen).__name__ == "DigestsScreen"
        shown = app.screen.query_one("#kept-md").source
        assert shown.startswith("No digests kept yet")


async def test_past_digests_show_a_period_the_run_held_back_and_a_failed_send(archive_path):
    """A held period keeps no digest (no id to look up) and a failed send leaves a draft:
    both used to read as nothing, or "draft", in D."""
    from datetime import UTC, datetime, timedelta

    from digest.store import write
    from digest.store.digests import ensure_digest, record_send

    start = datetime(2026, 11, 9, tzinfo=UTC)
    db = open_db(archive_path)
    with write(db):
        record_send(
            db, digest_id=None, start=start - timedelta(days=14), end=start, recipients=[],
            refused={}, message_id=None, status="held", error="empty", now=NOW,
        )  # fmt: skip
        kept = ensure_digest(db, start, start + timedelta(days=14), NOW)
        record_send(
            db, digest_id=kept, start=start, end=start + timedelta(days=14), recipients=["a@b.c"],
            refused={}, message_id="<m@x>", status="failed", error="refused", now=NOW,
        )  # fmt: skip
    db.conn.close()
    app = app_for(archive_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("D")
        await pilot.pause()
        table = app.screen.query_one("#kept")
        rows = [[str(c) for c in table.get_row_at(n)] for n in range(table.row_count)]
        assert rows == [
            ["9–22 Nov 2026", f"failed {NOW:%Y-%m-%d}", "0"],
            ["26 Oct – 8 Nov 2026", "held: empty", "0"],
        ]
        assert app.screen.query_one("#kept-md").source.startswith("(a draft")
        await pilot.press("down")
        await pilot.pause()
        assert "(held back: `digest run` mailed nothing" in app.screen.query_one("#kept-md").source
        assert app.is_running


async def test_compose_note_export_come_back_and_past_digests(archive_path, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = app_for(archive_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ComposeScreen)
        await pilot.press("n", *"Big week", "enter")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        out = tmp_path / "digest-2026-11-09.md"
        assert "*Editor's note:* Big week" in out.read_text(encoding="utf-8")
        await pilot.press("escape", "c")
        await pilot.pause()
        assert app.screen.draft and app.screen.rows[0]["note"] == "Big week"
        # the exported digest is kept, and shown as it went out under past digests
        await pilot.press("escape", "D")
        await pilot.pause()
        assert app.screen.query_one("#kept").row_count == 1
        assert "*Editor's note:* Big week" in app.screen.query_one("#kept-md").source
        # enter on it stays here: the item list's enter handler once caught every table's
        # enter, and marked the hidden list's current item read, the focus off the screen
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "DigestsScreen"
        assert app.focused is not None and app.focused.screen is app.screen
    assert sql(archive_path, "SELECT count(*) FROM items WHERE read_at IS NOT NULL") == [(0,)]
    assert sql(archive_path, "SELECT count(*) FROM digest_entries WHERE note = 'Big week'") == [
        (1,)
    ]


async def test_compose_fits_its_entries_to_the_width_and_again_after_a_resize(archive_path):
    """Beside the preview an 80-column terminal leaves the entries about 40 columns: the
    sections show as badges so titles keep 30 of them. Wider, after a resize, the section
    names come back and the titles are cut anew, the cursor where it was."""
    app = app_for(archive_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("c")
        await settle(pilot)
        table = app.screen.query_one("#entries", DataTable)
        assert table.row_count >= 2
        narrow = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
        assert {s for s, _ in narrow} <= set(BADGES.values()) | {"OTHER"}
        assert max(len(t) for _, t in narrow) == table.size.width - 10
        table.move_cursor(row=1)
        await pilot.resize_terminal(140, 30)
        await settle(pilot)
        wide = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
        assert {s for s, _ in wide} <= set(SECTION_TITLES.values()) | {"Other"}
        assert max(len(t) for _, t in wide) > max(len(t) for _, t in narrow)
        assert table.cursor_row == 1


async def test_compose_opens_on_the_period_of_the_last_pick(archive_path):
    app = app_for(archive_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("c")  # no pick yet: the last complete period, the one run sends
        await pilot.pause()
        assert app.screen.period.label == "9–22 Nov 2026"
        await pilot.press("escape")
        earlier = next(i for i, title in enumerate(rows(app)) if title.startswith("Earlier"))
        app.query_one(ItemTable).move_cursor(row=earlier)
        await pilot.press("p", "c")
        await pilot.pause()
        assert app.screen.period.label == "26 Oct – 8 Nov 2026"
        assert app.screen.draft and [r["title"][:14] for r in app.screen.rows] == ["Earlier period"]


async def test_after_a_restart_compose_opens_on_the_digest_being_put_together(archive_path):
    add_to_wire(
        archive_path,
        "this-fortnight",
        "Stem cell trial for knee cartilage enrols its first patient",
        "The phase I study of an allogeneic MSC product opened this week.",
        NOW,
    )
    app = app_for(archive_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert rows(app)[0].startswith("Stem cell trial for knee")
        await pilot.press("p")  # this fortnight's digest
        earlier = next(i for i, title in enumerate(rows(app)) if title.startswith("Earlier"))
        app.query_one(ItemTable).move_cursor(row=earlier)
        await pilot.press("p")  # and one for a period long closed, picked last
        await pilot.pause()
    app = app_for(archive_path)  # a new session: no pick made in it
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        assert app.screen.period.label == "23 Nov – 6 Dec 2026"
        assert [r["title"][:15] for r in app.screen.rows] == ["Stem cell trial"]


async def test_the_lists_keys_do_nothing_to_the_item_hidden_behind_compose(archive_path):
    before = sql(archive_path, "SELECT id, starred, relevant, read_at FROM items ORDER BY id")
    app = app_for(archive_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for screen_key in ("c", "D"):  # compose, past digests
            await pilot.press(screen_key)
            await pilot.pause()
            await pilot.press("s", "x", "p", "u", "f", "b")
            await pilot.pause()
            footer = {b.binding.action for b in app.screen.active_bindings.values()}
            assert {"star", "pick", "not_relevant"}.isdisjoint(footer) and "quit" in footer
            await pilot.press("question_mark")  # help lists this screen's keys
            await pilot.pause()
            help_rows = app.screen.query_one("#help-table")
            listed = [str(help_rows.get_row_at(i)[1]) for i in range(help_rows.row_count)]
            assert "Back" in listed and "Star" not in listed and "Quit" in listed
            keys = {str(help_rows.get_row_at(i)[1]): str(help_rows.get_row_at(i)[0])
                    for i in range(help_rows.row_count)}  # fmt: skip
            assert screen_key == "D" or keys["Prev period"] == ","
            await pilot.press("escape", "escape")
            await pilot.pause()
        assert app.screen is app.screen_stack[0] and app.query_one(Sidebar).display
        assert app.period is None and not app.unread_only
    assert (
        sql(archive_path, "SELECT id, starred, relevant, read_at FROM items ORDER BY id") == before
    )
    assert sql(archive_path, "SELECT count(*) FROM corrections") == [(0,)]
    assert sql(archive_path, "SELECT count(*) FROM digest_entries") == [(0,)]


async def test_notices_show_square_brackets_as_written(archive_path):
    app = app_for(archive_path)  # no mail settings: compose's m says where to give them
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("c", "m")
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = [str(toast.render()) for toast in app.screen.query(Toast)]
        assert any("set [mail] to in config.toml, or DIGEST_MAIL_TO" in t for t in shown), shown


async def typed_at_once(pilot, keys: str, *then: str) -> None:
    """Keys that arrive together (a paste, a fast typist, tmux send-keys): all are queued
    before the app handles the first, unlike Pilot.press, which waits after each. `then`:
    keys by name (ctrl+s) that follow at once."""
    for char in [*keys, *then]:
        key = {"/": "slash", "\n": "enter", " ": "space"}.get(char, char)
        event = events.Key(key, None if char == "\n" or len(char) > 1 else char)
        event.set_sender(pilot.app)
        pilot.app.post_message(event)
    await pilot.pause()
    await pilot.pause()


async def test_letters_typed_right_after_the_slash_land_in_the_search_box(archive_path):
    app = app_for(archive_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await typed_at_once(pilot, "/cord")  # c must not open compose
        assert app.screen is app.screen_stack[0], app.screen
        assert app.query_one("#search", Input).value == "cord"
        assert app.search_text == "cord"  # and the list is searched for it


async def test_text_typed_just_before_saving_is_saved(archive_path):
    """The save keys act at once, ahead of the text box: what was typed just before them
    (a paste, a fast typist) was still on its way to the box and was lost."""
    app = app_for(archive_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("p", "c")
        await pilot.pause()
        await pilot.press("i")
        await typed_at_once(pilot, "Quiet week.", "enter", *"More soon.", "ctrl+s")
        await pilot.press("n")
        await typed_at_once(pilot, "Read this", "enter")
        assert app.screen.rows[0]["note"] == "Read this"
        await pilot.press("i", "enter", *"Bye.", "ctrl+s")  # the intro goes on where it ended
        await pilot.press("n", *" now", "enter")  # and so does the note
        await pilot.pause()
        assert app.screen.rows[0]["note"] == "Read this now"
    assert sql(archive_path, "SELECT intro FROM digests") == [("Quiet week.\nMore soon.\nBye.",)]


async def test_compose_keys_wait_until_its_draft_is_read(archive_path, monkeypatch):
    """Compose reads its draft just after it appears. Until then (a key pressed at once, or
    a read that failed) its editing keys do nothing: i crashed the app, and saving a note
    would have replaced the stored picks with the empty list shown."""
    import digest.tui.screens

    real, calls = digest.tui.screens.build, []

    def build(*args, **kw):
        calls.append(1)
        if len(calls) == 1:
            raise StoreError("the archive could not be read", "try again")
        return real(*args, **kw)

    app = app_for(archive_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("p")
        monkeypatch.setattr(digest.tui.screens, "build", build)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ComposeScreen) and not app.screen.loaded
        await pilot.press("i", "n", "d", "J", "e", "m")
        await pilot.pause()
        assert isinstance(app.screen, ComposeScreen) and app.is_running
        await pilot.press("escape", "c")  # the second read works
        await pilot.pause()
        assert app.screen.loaded and len(app.screen.rows) == 1
    assert sql(archive_path, "SELECT count(*) FROM digest_entries") == [(1,)]


def test_light_theme_snapshot(snap_compare, archive_path):
    light = Settings(digest=DigestSettings(timezone="UTC"), theme="textual-light")
    assert snap_compare(
        app_for(archive_path, settings=light), terminal_size=(80, 24), run_before=settle
    )


# --- snapshots ---------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(80, 24), (140, 40)], ids=["80x24", "140x40"])
@pytest.mark.parametrize(
    "keys",
    [(), ("j", "enter"), ("c",), ("question_mark",)],
    ids=["main", "preview", "compose", "help"],
)
def test_snapshots(snap_compare, archive_path, size, keys):
    assert snap_compare(
        app_for(archive_path), press=list(keys), terminal_size=size, run_before=settle
    )


def test_past_digests_snapshot(snap_compare, archive_path, tmp_path):
    from digest import periods, publish

    db = open_db(archive_path)
    period = periods.biweekly(NOW, "last", SETTINGS.digest.anchor, periods.zone("UTC"))
    publish.export(db, SETTINGS, period, tmp_path / "last.md", NOW)
    db.conn.close()
    assert snap_compare(
        app_for(archive_path), press=["D"], terminal_size=(100, 30), run_before=settle
    )


def test_compose_in_a_narrow_terminal_snapshot(snap_compare, archive_path):
    """Under 72 columns compose shows the digest under its entries, not beside them, so the
    entries keep the width their titles need."""
    assert snap_compare(
        app_for(archive_path), press=["c"], terminal_size=(50, 24), run_before=settle
    )


async def test_compose_in_a_narrow_terminal_puts_the_digest_under_the_entries(archive_path):
    app = app_for(archive_path)
    async with app.run_test(size=(50, 24)) as pilot:
        await pilot.press("c")
        await settle(pilot)
        entries, preview = (
            app.screen.query_one("#entries"),
            app.screen.query_one("#compose-preview"),
        )
        assert entries.region.width == 50 and preview.region.y >= entries.region.bottom
        await pilot.resize_terminal(100, 24)  # wide again: side by side
        await pilot.pause()
        assert preview.region.x >= entries.region.right and entries.region.y == preview.region.y


# Keys of every screen, letters typed into its boxes, and the ones people hit by mistake.
MONKEY_KEYS = [
    *'jkspxtauAfFrRcDbS?/KJdniem,.z17-*"',
    *("enter", "space", "escape", "delete", "tab", "up", "down", "backspace", "ctrl+s"),
    *("left_square_bracket", "right_square_bracket"),
]


@pytest.mark.parametrize("seed", [1, 7])
async def test_random_keys_never_crash_the_app(archive_path, tmp_path, monkeypatch, seed):
    """Any key, on any screen, at any moment: the app may say no, but it stays up. (The
    first run of this found a crash in an empty past-digests list.)"""
    import random

    monkeypatch.chdir(tmp_path)  # compose's e writes the digest's markdown here

    feeds = tmp_path / "feeds.toml"  # r fetches, and finds nothing listening
    feeds.write_text(f'[[feeds]]\nname = "Down"\nurl = "http://127.0.0.1:{free_port()}/f"\n')
    rnd = random.Random(seed)
    app = app_for(archive_path, feeds_path=feeds)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for _ in range(200):
            await pilot.press(rnd.choice(MONKEY_KEYS))
            if rnd.random() < 0.2:
                await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
    assert app.return_code in (None, 0)
