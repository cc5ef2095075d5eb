"""The CLI as a user runs it: exit codes, clear errors without tracebacks, JSON output."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner
from conftest import SAMPLE, free_port, free_ports, rss

from digest.cli import cli
from digest.config import load_feeds
from digest.errors import FeedError
from digest.opml import NS
from digest.parse import parse_feed
from digest.store import open_db


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.setenv("DIGEST_DB", str(tmp_path / "cli.db"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))

    def invoke(*args, feeds=None, stdin=None):
        env = {"DIGEST_FEEDS": str(feeds)} if feeds else {}
        return CliRunner().invoke(cli, list(args), stdin, env=env, catch_exceptions=False)

    return invoke


def feeds_file(tmp_path, server, n=1):
    p = tmp_path / "feeds.toml"
    p.write_text(
        "".join(
            f'[[feeds]]\nname = "F{i}"\nurl = "{server.static(f"/f{i}.xml", rss(SAMPLE))}"\n\n'
            for i in range(n)
        ),
        encoding="utf-8",
    )
    return p


def test_fetch_then_items_json(run, tmp_path, server):
    feeds = feeds_file(tmp_path, server)
    r = run("fetch", feeds=feeds)
    assert r.exit_code == 0 and r.output == ""  # no terminal: quiet, as under cron
    r = run("fetch", "--all", "--verbose", feeds=feeds)
    assert r.exit_code == 0, r.output
    assert "0 new, 0 updated, 1 with nothing new" in r.output  # the same body
    server.static("/f0.xml", rss(SAMPLE, title="Renamed feed"))  # a new body, the same items
    r = run("fetch", "--all", "--verbose", feeds=feeds)
    assert "Polled 1 feed in" in r.output and "0 new, 0 updated, 1 with nothing new" in r.output
    r = run("items", "--json", "--all", feeds=feeds)
    rows = [json.loads(line) for line in r.output.splitlines()]
    assert len(rows) == 3
    for key in ("id", "feed", "title", "url", "published", "summary", "relevant", "topics"):
        assert key in rows[0]
    for row in rows:  # the phrases behind every tag in force, as the app shows them
        assert set(row["evidence"]) == set(row["topics"]) | (
            {"relevant"} if row["relevant"] else set()
        )
        assert all(row["evidence"][t] for t in row["topics"]), row
    assert rows[0]["published"].endswith("Z")
    r = run("fetch", "-v", feeds=feeds)
    assert r.output.startswith("No feeds are due (the next: F0, at ")  # the default 1h on
    assert r.output.endswith("; `digest fetch --all` polls every feed now.\n"), r.output
    empty = tmp_path / "empty.toml"
    empty.write_text("", encoding="utf-8")
    assert run("fetch", "-v", feeds=empty).output.startswith("No feeds to poll: the feeds file")


def test_fetch_summary_lists_the_busiest_feeds_only(run, tmp_path, server):
    n = 18
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(
        "".join(
            f'[[feeds]]\nname = "F{i:02}"\nurl = "{server.static(f"/f{i}.xml", rss(items))}"\n'
            for i in range(n)
            for items in [
                [(f"g{i}-{k}", f"Story {k} of feed {i}", "Text.") for k in range(1 + i % 3)]
            ]
        ),
        encoding="utf-8",
    )
    r = run("fetch", "--verbose", feeds=feeds)
    lines = [line.split() for line in r.output.splitlines() if line.startswith("  F")]
    assert len(lines) == 15  # the busiest first, then by name
    assert [line[0] for line in lines[:6]] == ["F02", "F05", "F08", "F11", "F14", "F17"]
    assert "… and 3 more feeds with new or updated items" in r.output


def test_fetch_summary_says_what_was_stored_with_a_warning(run, tmp_path, server):
    cut = rss(SAMPLE)[:-40]  # the feed's end is missing: its first items still come through
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f'[[feeds]]\nname = "Cut"\nurl = "{server.static("/cut.xml", cut)}"\n')
    r = run("fetch", "--verbose", feeds=feeds)
    assert r.exit_code == 0 and "0 with errors" in r.output, r.output
    assert "Stored, with a warning:\n  Cut: " in r.output
    assert run("fetch", "--all", feeds=feeds).output == ""  # under cron: errors only


def test_tag_adds_and_removes_topics_as_the_issue_writes_them(run, tmp_path, server):
    feeds = feeds_file(tmp_path, server)
    assert run("fetch", feeds=feeds).exit_code == 0

    def stored(title_start: str) -> dict:
        out = run("items", "--json", "--all", feeds=feeds).output
        return next(
            i for i in map(json.loads, out.splitlines()) if i["title"].startswith(title_start)
        )

    clinic = stored("Clinic warned")
    assert "hype" in clinic["topics"] and "business" not in clinic["topics"]
    item = str(clinic["id"])

    # -hype and -trials start like options (-h, -t): they are topics to remove here
    r = run("tag", item, "+business", "-hype", "-trials", "--not-relevant", feeds=feeds)
    assert r.exit_code == 0, r.output
    assert "+ Business" in r.output and "- Anti-aging hype" in r.output
    now = stored("Clinic warned")
    assert now["topics"] == ["business"] and now["relevant"] is False

    r = run("tag", item, "--clear", feeds=feeds)  # back to the model's verdict
    assert r.exit_code == 0, r.output
    assert "Business" not in r.output, "a row that only held the correction is gone"
    now = stored("Clinic warned")
    assert now["topics"] == clinic["topics"] and now["relevant"] is True
    r = run("tag", item, "--clear", feeds=feeds)  # again: nothing to clear is no error
    assert r.exit_code == 0 and r.output == f"{item} has no corrections to clear.\n", r.output

    r = run("tag", item, "=trials", feeds=feeds)  # said, not silently shown as it was
    assert (
        r.exit_code == 0 and "note: '=trials' changes nothing: trials has no correction" in r.output
    )

    r = run("tag", item, "--bogus", feeds=feeds)
    assert r.exit_code == 1 and "cannot read '--bogus'" in r.output and "--clear" in r.output
    r = run("tag", item, "trials", feeds=feeds)  # a topic with no sign: what to write
    assert "hint: write +trials to add it, -trials to remove it, =trials to undo" in r.output
    r = run("tag", item, "Clinical trials", feeds=feeds)  # a name, as known_topic reads it
    assert "hint: write '+Clinical trials' to add it, '-Clinical trials' to remove" in r.output
    r = run("tag", item, "relevant", feeds=feeds)
    assert r.exit_code == 1 and "hint: use --relevant or --not-relevant" in r.output

    # a topic by the name the app and the digest show it under, as `items --topic` takes it
    r = run("tag", item, "+Clinical trials", "-Anti-aging hype", feeds=feeds)
    assert r.exit_code == 0, r.output
    assert stored("Clinic warned")["topics"] == ["trials"]
    r = run("tag", item, "+Clinical trails", feeds=feeds)
    assert r.exit_code == 1 and "did you mean 'Clinical trials'?" in r.output

    # --clear starts over, then applies what came with it: +trials (already a correction
    # here) is kept while -hype goes
    r = run("tag", item, "--clear", "+trials", feeds=feeds)
    assert r.exit_code == 0, r.output
    assert set(stored("Clinic warned")["topics"]) == {*clinic["topics"], "trials"}
    assert run("tag", item, "+business", feeds=feeds).exit_code == 0
    # opposite changes to one topic, by key or by name, are refused and change nothing
    r = run("tag", item, "-business", "+Business", feeds=feeds)
    assert r.exit_code == 1 and "'-business' and '+Business' contradict each other" in r.output
    assert "business" in stored("Clinic warned")["topics"]


def test_feeds_list_names_removed_feeds_whose_items_are_kept(run, tmp_path, server):
    feeds = feeds_file(tmp_path, server, n=2)
    assert run("fetch", feeds=feeds).exit_code == 0
    feeds.write_text(feeds.read_text().split("\n\n")[1] + "\n", encoding="utf-8")  # F1 only
    r = run("feeds", "list", feeds=feeds)
    assert r.exit_code == 0, r.output
    assert "No longer in the feeds file, items kept in the archive: F0 (3)" in r.output
    r = run("feeds", "list", "--json", feeds=feeds)
    assert [json.loads(line)["name"] for line in r.output.splitlines()] == ["F1"]
    assert len(run("items", "--all", "--json", feeds=feeds).output.splitlines()) == 3
    feeds.write_text("# none for now\n", encoding="utf-8")
    r = run("feeds", "list", feeds=feeds)
    assert r.exit_code == 0 and r.output.startswith(
        f"No feeds in {feeds}: `digest feeds add URL` adds one.\n"
    ), r.output


def test_a_feed_listed_under_a_new_name_keeps_its_row(run, tmp_path, server):
    """Renamed in the feeds file, or named by a release that put user:password@ into the
    name of a feed given none, a feed is the row its address had: not a second feed next to
    a removed one, starting its history and schedule over."""
    feeds = feeds_file(tmp_path, server, n=2)
    assert run("fetch", feeds=feeds).exit_code == 0
    db = open_db(tmp_path / "cli.db")
    before = {r["name"]: r for r in db.query("SELECT * FROM feeds")}
    # F1 as such a release stored it: its address with a login, named by its netloc
    logged_in = before["F1"]["url"].replace("http://", "http://ann:secret@")
    db.execute(
        "UPDATE feeds SET name = ?, url = ?, config_url = ? WHERE name = 'F1'",
        ["ann:secret@" + server.base[7:], logged_in, logged_in],
    )
    db.conn.commit()
    db.conn.close()
    text = feeds.read_text().replace('name = "F0"', 'name = "Wire"')
    feeds.write_text(text.replace('name = "F1"\nurl = "http://', 'url = "http://ann:secret@'))
    r = run("feeds", "list", feeds=feeds)
    assert r.exit_code == 0 and "No longer in the feeds file" not in r.output, r.output
    listed = {
        json.loads(x)["name"]: json.loads(x)
        for x in run("feeds", "list", "--json", feeds=feeds).output.splitlines()
    }
    assert set(listed) == {"Wire", server.base[7:]}
    db = open_db(tmp_path / "cli.db")
    after = {r["id"]: r for r in db.query("SELECT * FROM feeds")}
    assert len(after) == 2, "renamed, not added beside"
    for old, new in (("F0", "Wire"), ("F1", server.base[7:])):
        row = after[before[old]["id"]]
        assert row["name"] == new and row["etag"] == before[old]["etag"]
        assert row["next_poll_at"] == before[old]["next_poll_at"]
    assert db.execute("SELECT count(*) FROM items").fetchone()[0] == len(SAMPLE)
    db.conn.close()


def test_items_by_topic_and_feed(run, tmp_path, server):
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(
        f'[[feeds]]\nname = "Wire"\nurl = "{server.static("/w.xml", rss(SAMPLE[:2]))}"\n'
        f'[[feeds]]\nname = "Daily"\nurl = "{server.static("/d.xml", rss(SAMPLE[2:]))}"\n',
        encoding="utf-8",
    )
    open_db(tmp_path / "cli.db").conn.close()  # an archive with nothing in it yet says how
    r = run("items", "--topic", "trials", feeds=feeds)
    assert r.exit_code == 0 and r.output.startswith("The archive is empty: `digest fetch`"), (
        r.output
    )
    assert run("fetch", feeds=feeds).exit_code == 0

    def titles(*args):
        r = run("items", "--json", *args, feeds=feeds)
        assert r.exit_code == 0, r.output
        return sorted(json.loads(line)["title"][:12] for line in r.output.splitlines())

    assert titles("--topic", "trials") == ["Phase II tri", "Regulator ap"]
    assert titles("--topic", "Anti-aging hype") == ["Clinic warne"]  # the name shown in the app
    assert titles("--feed", "wire") == ["Phase II tri", "Regulator ap"]  # any case
    assert titles("--feed", "Wire", "--topic", "regulation") == ["Regulator ap"]
    cfg = tmp_path / "config.toml"  # a configured watchlist is a topic before it tags anything
    cfg.write_text('[watchlists.kestrel]\nkeywords = ["Kestrel"]\n', encoding="utf-8")
    r = run("--config", str(cfg), "items", "--topic", "Kestrel", feeds=feeds)
    assert r.exit_code == 0 and "No items match" in r.output, r.output
    r = run("items", "--topic", "cardiology", feeds=feeds)
    assert r.exit_code == 1 and "unknown topic 'cardiology'" in r.output
    assert "Traceback" not in r.output and "regulation, trials" in r.output
    r = run("items", "--topic", "saftey", feeds=feeds)
    assert r.exit_code == 1 and "did you mean 'safety'?" in r.output
    r = run("items", "--feed", "Nope", feeds=feeds)
    assert r.exit_code == 1 and "no feed named 'Nope'" in r.output
    r = run("items", "--feed", "Dialy", feeds=feeds)
    assert r.exit_code == 1 and "did you mean 'Daily'?" in r.output
    before = Path(feeds).read_bytes()  # a name typed wrong is exit 1 everywhere, remove too
    r = run("feeds", "remove", "Dialy", feeds=feeds)
    assert r.exit_code == 1 and "did you mean 'Daily'?" in r.output, r.output
    assert Path(feeds).read_bytes() == before
    assert titles("--search", "-phase") == ["Clinic warne"]  # left out alone: the rest
    for nothing in ('"', "*", "-", "\U0001f489"):  # no word: said, not every item listed
        r = run("items", "--search", nothing, feeds=feeds)
        assert r.exit_code == 1 and "has no word to look for" in r.output, r.output
    r = run("feeds", "pause", "daily", feeds=feeds)
    assert r.exit_code == 0 and r.output == "Daily: paused\n"
    # every stopped feed at once (after an outage, say), not one command per name
    assert run("feeds", "pause", "wire", feeds=feeds).exit_code == 0
    r = run("feeds", "resume", "--all", feeds=feeds)
    assert r.exit_code == 0, r.output
    assert r.output == "Resumed 2 feeds (Daily, Wire): polled at the next fetch\n"
    assert run("feeds", "resume", "--all", feeds=feeds).output == "No feed is paused or gone.\n"
    for args, said in [([], "NAME, or --all"), (["Daily", "--all"], "not both")]:
        r = run("feeds", "resume", *args, feeds=feeds)
        assert r.exit_code == 2 and said in r.output


def test_items_days_are_the_readers_local_days(run, tmp_path, server):
    """The items were published at 09:00 UTC on 16 Nov: the evening of the 15th in Honolulu,
    where --since/--until and the listed dates follow the configured zone (as export, send
    and the app do) and JSON stays UTC."""
    feeds = feeds_file(tmp_path, server)
    cfg = tmp_path / "config.toml"
    cfg.write_text('[digest]\ntimezone = "Pacific/Honolulu"\n', encoding="utf-8")
    assert run("fetch", feeds=feeds).exit_code == 0

    def items(*args):
        r = run("--config", str(cfg), "items", "--all", *args, feeds=feeds)
        assert r.exit_code == 0, r.output
        return r.output.splitlines()

    listed = items()
    assert len(listed) == 3 and all(line.startswith("2026-11-15  ") for line in listed), listed
    assert items("--since", "2026-11-16") == ["No items match."]
    assert len(items("--since", "2026-11-15", "--until", "2026-11-16")) == 3
    published = {json.loads(line)["published"] for line in items("--json")}
    assert published == {"2026-11-16T09:00:00Z"}
    r = run("--config", str(cfg), "items", "--since", "16 Nov", feeds=feeds)
    assert r.exit_code == 1 and "--since '16 Nov' is not a date" in r.output
    r = run("items", "--since", "2026-11-16", "--until", "2026-11-15", feeds=feeds)
    assert r.exit_code == 1 and "error: --until must be after --since" in r.output, r.output
    # feeds list too: the table's times are local, its JSON UTC
    feed = json.loads(run("--config", str(cfg), "feeds", "list", "--json", feeds=feeds).output)
    polled = datetime.fromisoformat(feed["last_polled"].replace("Z", "+00:00"))
    table = run("--config", str(cfg), "feeds", "list", feeds=feeds).output
    honolulu = polled.astimezone(ZoneInfo("Pacific/Honolulu"))
    assert f"{honolulu:%m-%d %H:%M}" in table and "times in Pacific/Honolulu" in table, table


def test_a_new_watchlist_reaches_stored_items_at_reclassify(run, tmp_path, server):
    feeds = feeds_file(tmp_path, server)
    cfg = tmp_path / "config.toml"
    cfg.write_text('[watchlists.knee]\nkeywords = ["knee"]\n', encoding="utf-8")
    assert run("--config", str(cfg), "fetch", feeds=feeds).exit_code == 0
    r = run("--config", str(cfg), "items", "--topic", "knee", feeds=feeds)
    assert r.output.count("[knee, regulation, trials]") == 1 and "note:" not in r.output, r.output
    cfg.write_text(
        '[watchlists.knee]\nkeywords = ["knee"]\n[watchlists.parkinson]\nkeywords = ["Parkinson"]\n',
        encoding="utf-8",
    )
    r = run("--config", str(cfg), "items", "--topic", "parkinson", feeds=feeds)
    assert "note: watchlist 'parkinson' changed since the archive was tagged" in r.output
    assert "No items match" in r.output
    assert run("--config", str(cfg), "reclassify", feeds=feeds).exit_code == 0
    r = run("--config", str(cfg), "items", "--topic", "parkinson", feeds=feeds)
    assert "note:" not in r.output and "[parkinson, trials]" in r.output, r.output


def test_a_watchlist_regex_that_gives_up_on_an_item_is_reported(run, tmp_path, server, monkeypatch):
    """(.*?,){11}P passes the load-time probes (runs of one character) and backtracks for
    seconds on a lede with many commas: the item is not tagged, and each run says so."""
    monkeypatch.setattr("digest.classify.features.WATCH_TIMEOUT", 0.05)
    listing = "Stem cell trial sites named: " + ", ".join(f"city {i}" for i in range(200))
    feeds = tmp_path / "feeds.toml"
    url = server.static("/f.xml", rss([("c1", "Trial sites listed", listing), *SAMPLE[:1]]))
    feeds.write_text(f'[[feeds]]\nname = "W"\nurl = "{url}"\n', encoding="utf-8")
    cfg = tmp_path / "config.toml"
    cfg.write_text("[watchlists.places]\nregex = ['(.*?,){11}P', 'cartilage']\n", encoding="utf-8")
    said = (
        "note: watchlist 'places': a regex gave up on 1 item (over 0.05 s on each), so they "
        "are not tagged places; simplify the pattern in config.toml, then `digest reclassify`"
    )
    r = run("--config", str(cfg), "fetch", feeds=feeds)
    assert r.exit_code == 0 and r.output.strip() == said, r.output  # said under cron too
    r = run("--config", str(cfg), "reclassify", feeds=feeds)
    assert r.exit_code == 0 and said in r.output, r.output
    r = run("--config", str(cfg), "items", "--topic", "places", feeds=feeds)
    assert "Regulator approves first MSC" in r.output and "Trial sites" not in r.output
    lines = json.dumps({"title": "Trial sites listed", "summary": listing}) + "\n"
    r = run("--config", str(cfg), "classify", "--jsonl", "-", stdin=lines.encode())
    assert (
        r.exit_code == 0
        and (
            "<stdin>:1: watchlist 'places': a regex gave up on this item, so it is not tagged "
            "places; simplify the pattern"
        )
        in r.output
    ), r.output


def test_tag_adds_a_configured_watchlist_that_has_tagged_nothing_yet(run, tmp_path, server):
    """+NAME of a watchlist in config.toml was "unknown topic" until some item had it, though
    the message itself offered "or a watchlist name"."""
    feeds = feeds_file(tmp_path, server)
    assert run("fetch", feeds=feeds).exit_code == 0
    cfg = tmp_path / "config.toml"
    cfg.write_text('[watchlists.pharma]\nkeywords = ["Pfizer"]\n', encoding="utf-8")
    item = json.loads(run("items", "--json", feeds=feeds).output.splitlines()[0])["id"]
    r = run("--config", str(cfg), "tag", str(item), "+pharma", feeds=feeds)
    assert r.exit_code == 0 and "pharma" in r.output, r.output
    listed = run("--config", str(cfg), "items", "--topic", "pharma", "--json", feeds=feeds)
    found = [json.loads(line)["id"] for line in listed.output.splitlines() if line[:1] == "{"]
    assert found == [item]  # (after a note: the watchlist is new since the items were tagged)
    r = run("tag", str(item), "+pharmacy", feeds=feeds)  # not configured, tagged nothing
    assert r.exit_code == 1 and "unknown topic 'pharmacy'" in r.output


def test_a_watchlist_added_after_the_first_fetch_is_reported_as_not_applied(run, tmp_path, server):
    """The archive used to record its watchlists only when something asked: a cron-fed
    archive never had, so a watchlist added later was taken as applied to every stored item
    and `items --topic` said only "No items match"."""
    feeds = feeds_file(tmp_path, server)
    assert run("fetch", feeds=feeds).exit_code == 0  # no config: no watchlists
    cfg = tmp_path / "config.toml"
    cfg.write_text('[watchlists.knee]\nkeywords = ["knee"]\n', encoding="utf-8")
    r = run("--config", str(cfg), "items", "--topic", "knee", feeds=feeds)
    assert "note: watchlist 'knee' changed since the archive was tagged" in r.output, r.output
    assert run("--config", str(cfg), "reclassify", feeds=feeds).exit_code == 0
    r = run("--config", str(cfg), "items", "--topic", "knee", feeds=feeds)
    assert "note:" not in r.output and r.output.count("[knee, regulation, trials]") == 1


def test_shell_completion_offers_commands_feeds_and_topics(tmp_path, server, monkeypatch):
    """`digest` and `digest feeds` run a default command; completing a command line must
    still offer the subcommands (it offered nothing), and feed names and topics."""
    monkeypatch.setenv("DIGEST_FEEDS", str(feeds_file(tmp_path, server, n=2)))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))

    def complete(line: str) -> list[str]:
        words = line.split() + ([""] if line.endswith(" ") else [])
        env = {"_DIGEST_COMPLETE": "bash_complete", "COMP_WORDS": line}
        env["COMP_CWORD"] = str(len(words) - 1)
        r = CliRunner().invoke(cli, [], env=env, prog_name="digest")
        return [row.split(",", 1)[-1] for row in r.output.splitlines()]

    assert complete("digest fe") == ["feeds", "fetch"]
    assert complete("digest feeds re") == ["remove", "resume"]
    assert complete("digest feeds pause ") == ["F0", "F1"]
    assert complete("digest items --feed f1") == ["F1"]
    assert complete("digest items --topic re") == ["regulation", "research"]


def test_fetch_reports_failed_feeds_and_exits_zero(run, tmp_path, server, monkeypatch):
    p = tmp_path / "feeds.toml"
    good = server.static("/g.xml", rss(SAMPLE))
    p.write_text(
        f'[[feeds]]\nname = "good"\nurl = "{good}"\n[[feeds]]\nname = "bad"\nurl = "{server.url("/missing")}"\n'
    )
    r = run("fetch", "--quiet", feeds=p)
    assert r.exit_code == 0
    assert "bad: [error] HTTP 404" in r.output
    listed = {
        row["name"]: row
        for row in map(json.loads, run("feeds", "list", "--json", feeds=p).output.splitlines())
    }
    assert listed["bad"]["last_error"].startswith("HTTP 404")
    assert listed["good"]["status"] == "active" and listed["good"]["next_poll"]
    table = run("feeds", "list", feeds=p).output  # 80 columns: one line per feed, errors below
    rows = [line for line in table.splitlines() if line.startswith("│")]
    assert [r.split("│")[1].strip() for r in rows] == ["bad", "good"]
    assert "failing" in rows[0] and "Last errors:" in table
    assert "  bad: HTTP 404" in table
    monkeypatch.setenv("COLUMNS", "46")  # narrow: the names whole, fewer columns
    table = run("feeds", "list", feeds=p).output
    header = next(line for line in table.splitlines() if line.startswith("┃"))
    assert [h.strip() for h in header.split("┃")[1:-1]] == ["name", "status", "items"]
    rows = [line for line in table.splitlines() if line.startswith("│")]
    assert [r.split("│")[1].strip() for r in rows] == ["bad", "good"], table


def test_broken_config_is_exit_2_with_file_and_line(run, tmp_path):
    p = tmp_path / "feeds.toml"
    p.write_text('[[feeds]]\nurl = "https://a.org/f"\ninterval = "often"\n')
    r = run("fetch", feeds=p)
    assert r.exit_code == 2
    assert f"{p}:3: bad interval" in r.output
    assert "Traceback" not in r.output


def test_unwritable_database_is_a_clear_error(tmp_path, server):
    feeds = feeds_file(tmp_path, server)
    locked = tmp_path / "ro"
    locked.mkdir()
    locked.chmod(0o500)
    r = CliRunner().invoke(
        cli, ["--db", str(locked / "sub" / "x.db"), "--feeds", str(feeds), "fetch"]
    )
    locked.chmod(0o700)
    if r.exit_code == 0:  # running as root: permissions do not bind, use a non-database file
        bad = tmp_path / "notadb.db"
        bad.write_bytes(b"this is not sqlite" * 100)
        r = CliRunner().invoke(cli, ["--db", str(bad), "--feeds", str(feeds), "fetch"])
    assert r.exit_code == 1
    assert r.output.startswith("error:") and "Traceback" not in r.output


def test_feeds_add_remove_import_export(run, tmp_path):
    own = tmp_path / "mine.toml"
    own.write_text("# mine\n")
    r = run(
        "feeds",
        "add",
        "https://a.example.org/feed.xml",
        "--name",
        "A",
        "--interval",
        "2h",
        "--no-check",
        feeds=own,
    )
    assert r.exit_code == 0, r.output
    opml = tmp_path / "in.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head/><body>'
        '<outline text="Trade"><outline text="B" xmlUrl="https://b.example.org/rss"/></outline>'
        '<outline text="bad" xmlUrl="javascript:alert(1)"/>'
        '<outline text="dup" xmlUrl="https://a.example.org/feed.xml"/>'
        '<outline text="C" xmlUrl="https://c.example.org/atom"/></body></opml>'
    )
    r = run("feeds", "import", str(opml), feeds=own)
    assert r.exit_code == 0 and "Imported 2 feeds into" in r.output, r.output
    assert f"skipped {opml}:1: 'javascript:alert(1)' is not an http(s) address" in r.output
    assert run("feeds", "remove", "C", feeds=own).exit_code == 0
    r = run("feeds", "export", feeds=own)
    assert r.output.count("<outline ") == 2 and 'category="Trade"' in r.output
    back = tmp_path / "back.opml"
    back.write_text(r.output)
    from digest.opml import read_opml

    assert {f["url"] for f in read_opml(back)} == {
        "https://a.example.org/feed.xml",
        "https://b.example.org/rss",
    }
    assert run("feeds", "remove", "A", feeds=own).exit_code == 0
    assert "# mine" in own.read_text()
    assert run("feeds", "remove", "A", feeds=own).exit_code == 1  # gone: no such name


def test_feeds_import_dash_reads_the_opml_from_stdin(run, tmp_path, monkeypatch):
    own = tmp_path / "piped.toml"
    opml = (
        '<?xml version="1.0"?><opml version="2.0"><body>'
        '<outline text="Piped" xmlUrl="https://piped.example.org/rss"/>'
        '<outline text="bad" xmlUrl="ftp://piped.example.org/x"/></body></opml>'
    )
    r = run("feeds", "import", "-", feeds=own, stdin=opml.encode())
    assert r.exit_code == 0 and "Imported 1 feed into" in r.output, r.output
    assert "skipped <stdin>:1:" in r.output
    assert 'url = "https://piped.example.org/rss"' in own.read_text()
    (tmp_path / "-").write_text(opml.replace("piped.", "file."))  # a file named "-": ./-
    monkeypatch.chdir(tmp_path)
    r = run("feeds", "import", "./-", feeds=own, stdin=b"")
    assert r.exit_code == 0 and "file.example.org" in own.read_text(), r.output
    r = run("feeds", "import", "-", feeds=own, stdin=b"<opml")
    assert r.exit_code == 2 and "error: <stdin>:1: not valid OPML/XML" in r.output, r.output


def test_an_exported_feed_list_imports_whole_on_another_machine(run, tmp_path):
    """Tags, intervals, full text, a paused feed and a site with no feed (its selector)
    survive export and import; feed readers see plain OPML (the site is a link)."""
    mine = tmp_path / "mine.toml"
    mine.write_text(
        '[[feeds]]\nname = "Wire"\nurl = "https://wire.example.org/rss"\n'
        'tags = ["trade", "asia"]\ninterval = "6h"\nfull_text = true\n\n'
        '[[feeds]]\nname = "Quiet"\nurl = "https://quiet.example.org/atom"\nenabled = false\n\n'
        '[[feeds]]\nname = "No feed"\nurl = "https://site.example.org/news/"\nkind = "html"\n'
        "selector = \"h2 > a[href*='/news/']\"\n",
        encoding="utf-8",
    )
    r = run("feeds", "export", "--out", str(tmp_path / "no-such-dir" / "x.opml"), feeds=mine)
    assert r.exit_code == 1 and r.output.startswith("error: cannot write"), r.output
    exported = run("feeds", "export", feeds=mine).output
    assert exported.count('type="rss"') == 2 and 'type="link"' in exported
    assert 'xmlUrl="https://site.example.org/news/"' not in exported
    opml = tmp_path / "mine.opml"
    opml.write_text(exported, encoding="utf-8")
    theirs = tmp_path / "theirs.toml"  # not there yet: created, as `feeds add` creates it
    r = run("feeds", "import", str(opml), feeds=theirs)
    assert r.exit_code == 0 and "Imported 3 feeds" in r.output, r.output
    assert load_feeds(theirs) == load_feeds(mine)
    assert "\n\n\n" not in theirs.read_text(encoding="utf-8")  # one blank line between tables


def test_opml_categories_become_tags_and_bad_settings_skip_one_outline(run, tmp_path):
    opml = tmp_path / "reader.opml"
    opml.write_text(
        f'<opml version="2.0" xmlns:d="{NS}"><body><outline text="Asia">'
        '<outline text="A" xmlUrl="https://a.example.org/rss" category="/News/China,trade"/>'
        '<outline text="B" xmlUrl="https://b.example.org/rss" d:interval="often"/>'
        '<outline text="C" url="https://c.example.org/" d:kind="html" d:selector="a[["/>'
        "</outline></body></opml>",
        encoding="utf-8",
    )
    own = tmp_path / "own.toml"
    own.write_text("", encoding="utf-8")
    r = run("feeds", "import", str(opml), feeds=own)
    assert r.exit_code == 0 and "Imported 1 feed into" in r.output and "2 skipped" in r.output
    assert f"skipped {opml}:1: bad digest:interval 'often'" in r.output
    assert "bad CSS selector 'a[['" in r.output
    assert [(f.name, f.tags) for f in load_feeds(own)] == [
        ("A", ("Asia", "News", "China", "trade"))
    ]


def test_an_untitled_outline_is_named_by_its_host_and_a_listed_address_is_known(run, tmp_path):
    """An outline with no title was named by its whole address, user:password@ included, and
    an address already listed in another spelling (host case, default port, #fragment,
    utm_*) was "skipped" with an error instead of counted as already there."""
    opml = tmp_path / "reader.opml"
    opml.write_text(
        '<opml version="2.0"><body>'
        '<outline type="rss" xmlUrl="https://ed:Sekr1t@Wire.Example.org/a.xml"/>'
        '<outline type="rss" text="" xmlUrl="https://wire.example.org:443/b.xml"/>'
        '<outline text="B again" xmlUrl="https://WIRE.example.org/b.xml#top"/>'
        '<outline text="C" xmlUrl="https://wire.example.org/c.xml"/>'
        '<outline xmlUrl="https://wire.example.org:8443/d.xml"/>'
        "</body></opml>",
        encoding="utf-8",
    )
    own = tmp_path / "own.toml"
    own.write_text('[[feeds]]\nurl = "https://wire.example.org/c.xml?utm_source=rss"\n', "utf-8")
    r = run("feeds", "import", str(opml), feeds=own)
    assert r.exit_code == 0 and "Imported 3 feeds" in r.output, r.output
    assert "(2 already there, 0 skipped)" in r.output and "Sekr1t" not in r.output
    assert [f.name for f in load_feeds(own)] == [
        "wire.example.org",
        "wire.example.org (2)",
        "wire.example.org (3)",
        "wire.example.org:8443",
    ]
    assert load_feeds(own)[1].url == "https://ed:Sekr1t@Wire.Example.org/a.xml"


def test_importing_what_is_not_opml_says_what_it_is_and_what_to_do(run, tmp_path):
    own = tmp_path / "own.toml"
    own.write_text("", encoding="utf-8")
    atom = tmp_path / "news.xml"  # a feed saved from a browser, given to import
    atom.write_text('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"/>')
    r = run("feeds", "import", str(atom), feeds=own)
    assert (
        r.exit_code == 2 and f"error: {atom}:1: not an OPML file (root element <feed>)" in r.output
    )
    assert "add it by its address with `digest feeds add URL`" in r.output
    bomb = tmp_path / "bomb.opml"
    entities = "".join(
        f'<!ENTITY e{i} "{f"&e{i - 1};" * 10 if i else "x" * 10}">' for i in range(8)
    )
    bomb.write_text(f'<?xml version="1.0"?><!DOCTYPE opml [{entities}]>'
                    '<opml version="2.0"><body><outline text="&e7;" xmlUrl="https://a.example/f"/>'
                    "</body></opml>")  # fmt: skip
    r = run("feeds", "import", str(bomb), feeds=own)
    assert r.exit_code == 2 and "not valid OPML/XML" in r.output
    assert "hint: export the subscriptions from your feed reader again" in r.output
    assert own.read_text(encoding="utf-8") == ""
    # Latin-1 with no declaration: the line, and how to fix it (lxml said only "Error
    # reading file", the file named twice); with its encoding declared it reads
    latin = tmp_path / "latin.opml"
    body = '<opml version="2.0"><body>\n<outline text="Café" xmlUrl="https://c.example/f"/>'
    latin.write_bytes((body + "</body></opml>").encode("latin-1"))
    r = run("feeds", "import", str(latin), feeds=own)
    assert r.exit_code == 2 and r.output.startswith(
        f"error: {latin}:2: not valid OPML/XML: Invalid bytes in character encoding\n"
    ), r.output
    assert (
        'name its encoding in its first line: <?xml version="1.0" encoding="ISO-8859-1"?>'
        in r.output
    )
    latin.write_bytes(
        ('<?xml version="1.0" encoding="ISO-8859-1"?>' + body + "</body></opml>").encode("latin-1")
    )
    r = run("feeds", "import", str(latin), feeds=own)
    assert r.exit_code == 0 and 'name = "Café"' in own.read_text(encoding="utf-8"), r.output
    huge = tmp_path / "huge.opml"  # not read whole: a wrong path can name a disk image
    with huge.open("wb") as f:
        f.truncate((20 << 20) + 1)
    r = run("feeds", "import", str(huge), feeds=own)
    assert r.exit_code == 2 and "larger than 20 MiB: not a list of feeds" in r.output


def test_names_and_tags_are_kept_to_one_line_wherever_a_feed_is_added(run, tmp_path):
    """A name shows in lists, the sidebar and "also in: ..." lines: line breaks and tabs
    from an OPML file or --name become spaces; another control character is refused."""
    opml = tmp_path / "reader.opml"
    opml.write_text(
        '<opml version="2.0"><body><outline text="Cell&#10;therapy\tnews">'
        '<outline text="Policy&#10;Watch" xmlUrl="https://a.example.org/rss"/>'
        "</outline></body></opml>",
        encoding="utf-8",
    )
    own = tmp_path / "own.toml"
    own.write_text("", encoding="utf-8")
    assert run("feeds", "import", str(opml), feeds=own).exit_code == 0
    r = run("feeds", "add", "https://b.example.org/rss", "--no-check", "--name", "Two\nlines",
            "--tag", " asia\tpacific ", feeds=own)  # fmt: skip
    assert r.exit_code == 0, r.output
    assert [(f.name, f.tags) for f in load_feeds(own)] == [
        ("Policy Watch", ("Cell therapy news",)),
        ("Two lines", ("asia pacific",)),
    ]
    r = run(
        "feeds", "add", "https://c.example.org/rss", "--no-check", "--name", "Bell\a", feeds=own
    )
    assert r.exit_code == 1 and "the name 'Bell\\x07' has a control character" in r.output
    assert "Bell" not in own.read_text(encoding="utf-8")


def test_a_jsonl_file_starting_with_a_byte_order_mark_loses_no_line(tmp_path):
    # Windows PowerShell's Out-File writes UTF-8 with a BOM: the first line was skipped as
    # "not JSON". A BOM anywhere but the start of the file is still a bad line.
    lines = tmp_path / "in.jsonl"
    lines.write_bytes(
        b'\xef\xbb\xbf{"title": "MSC trial doses first patient"}\n'
        b'\xef\xbb\xbf{"title": "Cord blood bank opens"}\n'
    )
    r = CliRunner().invoke(cli, ["classify", "--jsonl", str(lines)])
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert [o["title"] for o in out] == ["MSC trial doses first patient"]
    assert f"{lines}:2: skipped: not JSON" in r.stderr


def test_input_nested_thousands_deep_is_a_message_not_a_traceback(run, tmp_path):
    """Python's JSON and TOML readers recurse: a JSON line, a JSON Feed or a settings file
    nested thousands deep raised RecursionError."""
    deep = "[" * 50_000 + "]" * 50_000
    lines = tmp_path / "in.jsonl"
    lines.write_text(f'{deep}\n{{"title": "MSC trial doses first patient"}}\n', encoding="utf-8")
    r = CliRunner().invoke(cli, ["classify", "--jsonl", str(lines)])
    assert r.exit_code == 1 and f"{lines}:1: skipped: JSON nested too deeply" in r.stderr
    assert json.loads(r.stdout)["relevant"] is True  # the next line is read
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f'[[feeds]]\nurl = "https://a.example.org/f"\ntags = {deep}\n')
    for args in (
        ["feeds", "list"],
        ["feeds", "remove", "x"],
        ["feeds", "add", "https://b.example.org/f"],
    ):
        r = run(*args, feeds=feeds)
        assert r.exit_code == 2 and f"error: {feeds}: TOML nested too deeply" in r.output, args
    with pytest.raises(FeedError, match="nested too deeply"):
        parse_feed(b'{"version": "https://jsonfeed.org/version/1.1", "items": ' + deep.encode() + b"}",
                   {"content-type": "application/feed+json"}, "https://c.example.org/feed.json")  # fmt: skip


def test_feeds_remove_says_where_the_file_is_broken_and_keeps_the_first_line_a_table(run, tmp_path):
    feeds = tmp_path / "feeds.toml"
    feeds.write_text('[[feeds]]\nname = "a"\nurl = "https://a.example.org/f\n', encoding="utf-8")
    r = run("feeds", "remove", "a", feeds=feeds)  # tomlkit's own exception, before
    assert r.exit_code == 2 and f"error: {feeds}:3: TOML syntax error" in r.output
    feeds.write_text(
        '[[feeds]]\nname = "a"\nurl = "https://a.example.org/f"\ninterval = "soon"\n\n'
        '[[feeds]]\nname = "b"\nurl = "https://b.example.org/f"\n',
        encoding="utf-8",
    )
    r = run("feeds", "remove", "a", feeds=feeds)  # a feed whose own setting is wrong
    assert r.exit_code == 0, r.output
    assert (
        feeds.read_text(encoding="utf-8")
        == '[[feeds]]\nname = "b"\nurl = "https://b.example.org/f"\n'
    )


def test_feeds_add_copies_shipped_list_into_user_config(run, tmp_path):
    r = run("feeds", "add", "https://new.example.org/rss", "--name", "New", "--no-check")
    assert r.exit_code == 0, r.output
    own = tmp_path / "config" / "digest" / "feeds.toml"
    assert own.exists() and "FDA press releases" in own.read_text() and "New" in own.read_text()


def test_items_lists_a_story_once_and_its_json_every_copy(run, tmp_path, server):
    headline = "Japan approves first iPS cell therapy for heart failure"
    lede = "The health ministry granted conditional approval to heart muscle sheets."
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(
        "".join(
            f'[[feeds]]\nname = "{name}"\nurl = "{server.static(f"/{g}.xml", rss([(g, headline, lede)]))}"\n'
            for name, g in (("Wire", "w1"), ("Daily", "d1"))
        ),
        encoding="utf-8",
    )
    assert run("fetch", feeds=feeds).exit_code == 0
    lines = run("items", feeds=feeds).output.splitlines()
    assert len(lines) == 1 and headline in lines[0], lines
    assert lines[0].endswith("(also in: Daily)") or lines[0].endswith("(also in: Wire)")
    copies = [json.loads(x) for x in run("items", "--json", feeds=feeds).output.splitlines()]
    assert len(copies) == 2 and copies[0]["story_id"] == copies[1]["story_id"]
    assert len(run("items", "--feed", "daily", feeds=feeds).output.splitlines()) == 1


def test_numbers_out_of_range_are_usage_errors(run, tmp_path):
    open_db(tmp_path / "cli.db").conn.close()
    for args, what in (
        (("tag", str(2**70)), "'ITEM_ID'"),  # no longer reaches SQLite as an overflow
        (("digests", "show", "0"), "'DIGEST_ID'"),
        (("items", "-n", "-5"), "'--limit' / '-n'"),
        # a poll time past year 9999 once crashed the fetch
        (
            ("feeds", "add", "https://a.example.org/f", "--no-check", "--interval", "9999999w"),
            "'--interval'",
        ),
    ):
        r = run(*args)
        assert r.exit_code == 2 and f"Invalid value for {what}" in r.output, (args, r.output)
    # a limit past SQLite's integers is no limit (the help once showed x<=9223372036854775807)
    r = run("items", "-n", str(2**70))
    assert r.exit_code == 0 and r.output == run("items", "-n", "0").output, r.output
    assert "[default: 50; x>=0]" in " ".join(run("items", "--help").output.split())


def test_paths_that_cannot_be_written_are_errors_not_tracebacks(run, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"  # where a directory is needed: no mkdir, even as root
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    r = run("feeds", "add", "https://new.example.org/rss", "--no-check")
    assert r.exit_code == 1 and "Traceback" not in r.output, r.output
    assert r.output.startswith(f"error: {blocker}/digest/feeds.toml: cannot write the feeds file")
    r = run("--db", str(blocker / "x.db"), "run")
    assert r.exit_code == 1 and "cannot create the run's lock file" in r.output, r.output


def test_feeds_add_finds_the_feed_and_its_title(run, tmp_path, server):
    own = tmp_path / "mine.toml"
    own.write_text("# mine\n")
    atom = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
        b"<title>Cell Policy Notes</title><id>urn:x</id><updated>2026-11-20T00:00:00Z</updated>"
        b"</feed>"
    )
    server.static("/notes/atom.xml", atom, "application/atom+xml")
    page = (
        b"<!DOCTYPE html><html><head><title>Notes</title>"
        b'<link rel="alternate" type="application/atom+xml" title="Notes" href="/notes/atom.xml">'
        b'<link rel="alternate" type="application/rss+xml" href="comments.rss?a=1&amp;b=2">'
        b"</head><body>Latest policy notes</body></html>"
    )
    site = server.static("/notes/", page, "text/html; charset=utf-8")
    feed = server.static("/wire.xml", rss(SAMPLE, title="Regen Wire  Daily"))
    server.static("/blank/", b"<!doctype html><html><body>No feed here</body></html>", "text/html")

    r = run("feeds", "add", feed, feeds=own)  # a feed: named by its title
    assert r.exit_code == 0, r.output
    assert f"Added 'Regen Wire Daily' ({feed})" in r.output
    r = run("feeds", "add", site, "--interval", "6h", feeds=own)  # a page: the feed it links to
    assert r.exit_code == 0, r.output
    assert "is a web page; it links to the feed" in r.output
    assert server.url("/notes/comments.rss?a=1&b=2") in r.output  # the other link, resolved
    listed = {f.name: f.url for f in load_feeds(own)}
    assert listed == {"Regen Wire Daily": feed, "Cell Policy Notes": server.url("/notes/atom.xml")}
    r = run("feeds", "add", site, feeds=own)  # the same feed again: refused, file unchanged
    assert r.exit_code == 2 and "already in the list as 'Cell Policy Notes'" in r.output
    assert "hint: nothing to add: to change its settings, edit its table there" in r.output
    # a listed address is refused before the check fetches it ("could not check ... added as
    # given" came first when the check failed, then "already in the list")
    asked = len(server.requests)
    r = run("feeds", "add", feed + "#latest", feeds=own)
    assert r.exit_code == 2 and "already in the list as 'Regen Wire Daily'" in r.output
    assert len(server.requests) == asked and "warning" not in r.output

    before = own.read_text()
    for path, message in (("/blank/", "no feed at"), ("/gone/", "answered HTTP 404 Not Found")):
        r = run("feeds", "add", server.url(path), feeds=own)
        assert r.exit_code == 1 and message in r.output and "--no-check" in r.output, r.output
        assert "Traceback" not in r.output
    assert own.read_text() == before

    hits = len(server.requests)
    r = run("feeds", "add", server.url("/later.xml"), "--no-check", feeds=own)
    assert r.exit_code == 0 and len(server.requests) == hits, "--no-check fetches nothing"
    closed = free_port()
    r = run("feeds", "add", f"http://127.0.0.1:{closed}/feed", "--name", "Offline", feeds=own)
    assert r.exit_code == 0 and "could not check" in r.output and "added as given" in r.output
    assert "connection refused (the server is down" in r.output  # not asyncio's own words
    assert "Offline" in {f.name for f in load_feeds(own)}


def test_messages_about_an_address_never_show_its_password(run, tmp_path, server):
    """An address may carry user:password@ (a private feed). What `feeds add` prints masks the
    password (it reached the terminal, and from there logs and screenshots); feeds.toml keeps
    the address as written, since the fetch needs it."""
    own = tmp_path / "mine.toml"
    server.static("/blank/", b"<!doctype html><html><body>No feed here</body></html>", "text/html")

    def private(url: str) -> str:
        return url.replace("http://", "http://ed:Sekr1t@", 1)

    closed = private(f"http://127.0.0.1:{free_port()}/feed")
    attempts = [  # (arguments, exit code, what the output says about the address)
        ((private(server.url("/blank/")),), 1, ["no feed at http://ed:***@127.0.0.1:"]),
        ((private(server.url("/gone/")),), 1, ["http://ed:***@127.0.0.1:", "HTTP 404"]),
        (
            (closed, "--name", "Private"),
            0,
            ["could not check http://ed:***@127.0.0.1:", "Added 'Private' (http://ed:***@"],
        ),
        ((closed + "#again", "--no-check"), 2, ["http://ed:***@127.0.0.1:", "already in the"]),
        (("http://ed:Sekr1t@exa mple.org/feed",), 1, ["'http://ed:***@exa mple.org/feed' has"]),
    ]
    for args, code, shown in attempts:
        r = run("feeds", "add", *args, feeds=own)
        assert r.exit_code == code and all(s in r.output for s in shown), (args, r.output)
        assert "Sekr1t" not in r.output
    assert {f.url for f in load_feeds(own)} == {closed}  # stored as written


def test_feeds_add_on_a_page_that_links_to_many_feeds_or_only_to_itself(run, tmp_path, server):
    """A page with a feed per section names five of the others, then how many more; a page
    that names itself as its feed (a misconfigured site) is a page with no feed, and the
    message carries no hint to use the page itself."""
    own = tmp_path / "mine.toml"
    own.write_text("", encoding="utf-8")
    for i in range(12):
        server.static(f"/s/{i}.xml", rss(SAMPLE, title=f"Section {i}"))
    links = "".join(
        f'<link rel="alternate" type="application/rss+xml" href="/s/{i}.xml">' for i in range(12)
    )
    many = server.static("/sections/", f"<html><head>{links}</head></html>".encode(), "text/html")
    r = run("feeds", "add", many, feeds=own)
    assert r.exit_code == 0, r.output
    assert f"{server.url('/s/5.xml')}, and 6 more)" in r.output
    assert server.url("/s/6.xml") not in r.output
    itself = server.url("/self/")
    page = f'<html><head><link rel="alternate" type="application/rss+xml" href="{itself}"></head></html>'
    server.static("/self/", page.encode(), "text/html")
    r = run("feeds", "add", itself, feeds=own)
    assert r.exit_code == 1 and f"no feed at {itself}: the server sent an HTML page" in r.output
    assert "use that as the url" not in r.output


def test_feeds_add_finds_a_feed_link_written_as_minifiers_and_base_elements_write_it(
    run, tmp_path, server
):
    """Unquoted attributes (HTML minifiers write them), a type with parameters, and a
    <base href> that relative links resolve against: each read as a browser reads it."""
    server.static("/feeds/all.xml", rss(SAMPLE, title="Cell Wire"))
    pages = {
        "/minified/": b"<html><head><link rel=alternate type=application/rss+xml "
        b"href=/feeds/all.xml>",
        "/typed/": b'<link rel="alternate" type="application/rss+xml; charset=utf-8" '
        b'href="../feeds/all.xml">',
        "/based/": b'<head><base href="/feeds/"><link rel="alternate" '
        b"type='application/rss+xml' href='all.xml'></head>",
    }
    for path, page in pages.items():
        own = tmp_path / f"{path.strip('/')}.toml"
        r = run("feeds", "add", server.static(path, page, "text/html"), feeds=own)
        assert r.exit_code == 0, (path, r.output)
        assert [(f.name, f.url) for f in load_feeds(own)] == [
            ("Cell Wire", server.url("/feeds/all.xml"))
        ], path
    server.static("/dead/", b'<link rel="alternate" type="application/rss+xml" href="/x.xml">')
    r = run("feeds", "add", server.url("/dead/"), feeds=tmp_path / "dead.toml")
    assert r.exit_code == 1 and "links to a feed, which could not be read:" in r.output


def test_feeds_add_a_site_with_no_feed_by_its_article_selector(run, tmp_path, server):
    own = tmp_path / "mine.toml"
    own.write_text("")
    page = (
        b"<html><head><title>Clinic Watch  News</title></head><body>"
        b"<h2 class='t'><a href='/cw/1.html'>One</a></h2><h2 class='t'><a href='/cw/2.html'>Two</a>"
        b"</h2><h2 class='t'><a href='/cw/3.html'>Three</a></h2><a href='/about'>About</a>"
        b"</body></html>"
    )
    site = server.static("/cw/", page, "text/html")
    # no feed, and a selector that finds nothing: the hint names one that finds the headlines,
    # as the command to type
    suggested = f"`digest feeds add {site} --selector 'h2 a'`"
    for selector, message in (
        (None, "no feed at"),
        ("h3.t a", "the selector 'h3.t a' finds no article links on"),
    ):
        r = run("feeds", "add", site, *(["--selector", selector] if selector else []), feeds=own)
        assert r.exit_code == 1 and message in r.output and "Traceback" not in r.output
        assert f"'h2 a' finds 3 headline links on the page: {suggested}" in r.output, r.output
    r = run("feeds", "add", site, "--selector", "h2[", feeds=own)
    assert r.exit_code == 1 and "bad CSS selector 'h2['" in r.output
    assert own.read_text() == ""
    r = run("feeds", "add", site, "--selector", "h2.t a", feeds=own)
    assert r.exit_code == 0, r.output
    assert f"The selector finds 3 article links: {server.url('/cw/1.html')}" in r.output
    (feed,) = load_feeds(own)  # named by the page's title
    assert (feed.name, feed.kind, feed.selector) == ("Clinic Watch News", "html", "h2.t a")


def test_demo_runs_offline(run, tmp_path):
    r = run("demo")  # no terminal here (a CliRunner): listed, as with --no-tui
    assert r.exit_code == 0, r.output
    assert "0 with errors" in r.output
    assert "Japan panel backs conditional approval" in r.output
    kept = tmp_path / "demo.db"
    assert run("demo", "--no-tui", "--keep", str(kept)).exit_code == 0 and kept.exists()
    # kept again at the same path (your real archive, by a slip): refused, nothing mixed in
    before = kept.read_bytes()
    r = run("demo", "--no-tui", "--keep", str(kept))
    assert r.exit_code == 2 and "exists; the demo keeps a new archive" in r.output
    assert kept.read_bytes() == before


def test_demo_app_runs_while_its_feeds_and_pages_are_served(run, monkeypatch):
    # in the demo's app, refresh (r) polls the sample feeds and `o` opens an item's link:
    # both need the loopback server, so it must outlive the first poll until the app quits
    import httpx

    seen = {}

    class Opened:  # stands in for the terminal app, which a CliRunner cannot drive
        def __init__(self, *, db_path, feeds_path):
            self.db_path, self.feeds_path = db_path, feeds_path

        def run(self):
            feeds = load_feeds(self.feeds_path)
            links = [row["url"] for row in open_db(self.db_path).query("SELECT url FROM items")]
            with httpx.Client() as client:
                seen["feeds"] = [client.get(f.url).status_code for f in feeds]
                pages = [client.get(u) for u in links if u and u.startswith("http://127.")]
            seen["pages"] = [p.status_code for p in pages]
            seen["heads"] = [p.text for p in pages]

    monkeypatch.setattr("digest.tui.make_app", Opened)
    monkeypatch.setattr("digest.console.on_terminal", lambda: True)
    r = run("demo")
    assert r.exit_code == 0, r.output
    assert seen["feeds"] == [200] * 4
    assert len(seen["pages"]) > 30 and set(seen["pages"]) == {200}
    title = "Japan panel backs conditional approval for iPS cell heart muscle sheets"
    assert sum(f"<h1>{title}</h1>" in text for text in seen["heads"]) == 1
    assert "<script>" not in "".join(seen["heads"])  # the hostile sample shows as text


def test_reading_commands_need_an_archive_and_a_good_date(run, tmp_path):
    # a mistyped --db is not made into a new, empty archive that has "no items"
    for args in (["items"], ["export"], ["digests", "list"], ["tag", "1", "+trials"]):
        r = run(*args)
        assert r.exit_code == 1 and "no archive at" in r.output and "digest fetch" in r.output
        assert not (tmp_path / "cli.db").exists()
    assert run("feeds", "list").exit_code == 0  # the fetch side creates it
    r = run("items", "--since", "last week")
    assert r.exit_code == 1 and "use YYYY-MM-DD" in r.output


def test_no_network_at_all_says_so(run, tmp_path):
    from digest.console import ERRORS_LISTED

    ports = free_ports(ERRORS_LISTED + 3)
    p = tmp_path / "feeds.toml"
    p.write_text(
        "".join(
            f'[[feeds]]\nname = "n{i}"\nurl = "http://127.0.0.1:{port}/f"\n'
            for i, port in enumerate(ports)
        )
    )
    r = run("fetch", "--verbose", feeds=p)
    assert r.exit_code == 0
    lines = r.output.splitlines()
    assert lines[2].startswith("  No feed could be reached"), lines[:3]  # said first
    # cron mails this: the first failing feeds by name, then a count, not one line each
    assert sum(": [error] could not connect" in line for line in lines) == ERRORS_LISTED
    assert lines[-1] == "  … and 3 more feeds with errors (`digest feeds list` shows each)"


def test_options_without_a_command_open_the_app_path(run, tmp_path, monkeypatch):
    # `digest --feeds F` (no command) goes where a bare `digest` goes: the app, not "Missing
    # command". The app opens even on a broken feeds file (it says what is wrong inside).
    bad = tmp_path / "bad.toml"
    bad.write_text('[[feeds]]\nname = "x"\n', encoding="utf-8")
    opened = []

    class Opened:  # stands in for the terminal app, which a CliRunner cannot drive
        def __init__(self, **kw):
            opened.append(kw)

        def run(self):
            pass

    monkeypatch.setattr("digest.tui.make_app", Opened)
    monkeypatch.setattr("digest.console.on_terminal", lambda: True)
    r = CliRunner().invoke(cli, ["--feeds", str(bad)])
    assert r.exit_code == 0 and "Missing command" not in r.output, r.output
    assert [kw["feeds_path"] for kw in opened] == [bad]
    # without a terminal (cron, `digest | less`) the app would draw into the pipe and wait
    # for keys forever: it is not opened, and the message points to the listing commands
    monkeypatch.setattr("digest.console.on_terminal", lambda: False)
    r = CliRunner().invoke(cli, ["--feeds", str(bad)])
    assert r.exit_code == 1 and "the app needs a terminal" in r.output
    assert "`digest items` lists the items" in r.output
    assert len(opened) == 1


# Values people mistype, and values no one would: each command must take them or refuse
# them with a message, never with a traceback.
_ODD = ["", " ", "x", "-", "0", "-1", "5", str(2**70), "2026-02-30", "0001-01-01", "7d", "\u00b2",
        "é", '"', "*", "a b", "/", "https://a.example.org/f", "ftp://x", "regulation",
        "+trials", "-hype", "=x", "Down", "last", "a[[", "h2 a"]  # fmt: skip
_COMMANDS = [
    ["items", "--since", "?"], ["items", "--until", "?"], ["items", "--search", "?"],
    ["items", "--topic", "?"], ["items", "--feed", "?"], ["items", "-n", "?"],
    ["tag", "?"], ["tag", "1", "?"], ["tag", "?", "?", "--relevant"],
    ["export", "--since", "?"], ["export", "--period", "?"], ["export", "-o", "?"],
    ["send", "--dry-run", "--to", "?"], ["send", "--dry-run", "--eml", "?"],
    ["send", "--dry-run", "--until", "?"], ["digests", "show", "?"], ["digests", "forget", "?"],
    ["feeds", "add", "?", "--no-check"], ["feeds", "add", "https://b.example.org/f",
    "--no-check", "--interval", "?"], ["feeds", "add", "https://c.example.org/",
    "--no-check", "--selector", "?"], ["feeds", "remove", "?"], ["feeds", "pause", "?"],
    ["feeds", "import", "?"], ["feeds", "export", "--out", "?"], ["classify", "--jsonl", "?"],
    ["--db", "?", "items"], ["--feeds", "?", "feeds", "list"], ["--config", "?", "items"],
]  # fmt: skip


def test_odd_arguments_to_any_command_give_a_message_not_a_traceback(tmp_path, monkeypatch):
    import random

    from test_digest import _archive

    _archive(tmp_path / "a.db").conn.close()
    feeds = tmp_path / "feeds.toml"
    feeds.write_text('[[feeds]]\nname = "Down"\nurl = "http://127.0.0.1:9/f"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # where -o x and --eml x land
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    env = {"DIGEST_DB": str(tmp_path / "a.db"), "DIGEST_FEEDS": str(feeds)}
    rnd = random.Random(3)
    for _ in range(300):
        args = [rnd.choice(_ODD) if a == "?" else a for a in rnd.choice(_COMMANDS)]
        r = CliRunner().invoke(cli, args, env=env, catch_exceptions=False)  # a bug raises
        assert r.exit_code in (0, 1, 2) and "Traceback" not in r.output, (args, r.output)


def test_feeds_add_and_import_refuse_an_address_with_a_bad_port_or_host(run, tmp_path, server):
    """urllib raises on a bad port or an unclosed [host] only when they are read, and httpx
    lets a port over 65535 reach the socket call: each used to end in a traceback (the
    check fetches the address first). Now it is an error before any request, file unchanged."""
    own = tmp_path / "own.toml"
    own.write_text('[[feeds]]\nname = "Kept"\nurl = "https://kept.example.org/rss"\n', "utf-8")
    before = own.read_text("utf-8")
    for url, said in [
        ("http://127.0.0.1:99999/feed", "has a port that is not a number from 1 to 65535"),
        ("http://[::1/feed", "has a host in [brackets] that is not an IPv6 address"),
        ("http://:8080/feed", "names no host"),
        ("http://news.example .org/feed", "has a host name with a space or a character"),
        ("https://a.example.org/rss https://b.example.org/rss", "has a space in it"),
        ("cells.example.org/rss", "is not an http(s) address"),  # hinted below
    ]:
        r = run("feeds", "add", url, feeds=own)
        assert r.exit_code == 1 and f"error: {url!r} {said}" in r.output, r.output
        assert "Traceback" not in r.output and own.read_text("utf-8") == before
    assert "hint: did you mean https://cells.example.org/rss?" in r.output
    opml = tmp_path / "reader.opml"
    opml.write_text(
        '<opml version="2.0"><body><outline text="Bad" xmlUrl="http://a.example.org:0/rss"/>'
        '<outline text="Good" xmlUrl="https://b.example.org/rss"/></body></opml>',
        encoding="utf-8",
    )
    r = run("feeds", "import", str(opml), feeds=own)
    assert r.exit_code == 0 and "has a port that is not a number from 1 to 65535" in r.output
    assert [f.name for f in load_feeds(own)] == ["Kept", "Good"]


def test_feeds_add_writes_an_address_without_the_spaces_around_it(run, tmp_path):
    """A pasted address with a space before or after it was written as given; the file
    loads it stripped, so the same address added again was not seen as listed."""
    own = tmp_path / "own.toml"
    r = run("feeds", "add", "--no-check", "  https://cells.example.org/rss ", feeds=own)
    assert r.exit_code == 0, r.output
    assert 'url = "https://cells.example.org/rss"\n' in own.read_text("utf-8")
    r = run(
        "feeds", "add", "--no-check", "--name", "Again", "https://cells.example.org/rss", feeds=own
    )
    assert r.exit_code == 2 and "is already in the list as 'cells.example.org'" in r.output
    assert [f.url for f in load_feeds(own)] == ["https://cells.example.org/rss"]


def test_feeds_add_names_a_feed_by_its_host_and_knows_the_address_in_any_spelling(run, tmp_path):
    """The name given none was the address's netloc: a user:password@ in it became the
    feed's name (shown in every list, the sidebar and "also in:" lines), and "EXAMPLE.ORG"
    named a second feed beside "example.org". The same address written with its host in
    capitals, its default port or a #fragment was added again as a new feed."""
    own = tmp_path / "own.toml"
    r = run("feeds", "add", "--no-check", "https://reader:s3cret@Cells.Example.ORG/rss", feeds=own)
    assert r.exit_code == 0, r.output
    assert [f.name for f in load_feeds(own)] == ["cells.example.org"]
    assert "s3cret" not in r.output  # "Added ... (https://reader:***@Cells.Example.ORG/rss)"
    for same in ("HTTPS://CELLS.EXAMPLE.ORG:443/rss", "https://cells.example.org/rss#latest"):
        r = run("feeds", "add", "--no-check", "--name", "Again", same, feeds=own)
        assert r.exit_code == 2 and "is already in the list as 'cells.example.org'" in r.output
    r = run("feeds", "add", "--no-check", "http://cells.example.org:8080/rss", feeds=own)
    assert r.exit_code == 0, r.output
    assert [f.name for f in load_feeds(own)] == ["cells.example.org", "cells.example.org:8080"]


def test_a_name_or_topic_that_is_not_utf8_is_an_error_not_a_traceback(run, tmp_path, server):
    """Python reads a command line that is not UTF-8 with surrogateescape; such a name or
    topic then failed inside SQLite with UnicodeEncodeError (a traceback). A path with such
    a byte is still a path."""
    feeds = feeds_file(tmp_path, server)
    assert run("fetch", feeds=feeds).exit_code == 0
    for args in (["items", "--feed", "F\udcff"], ["tag", "1", "+tri\udcffals"],
                 ["feeds", "pause", "F\udcff"]):  # fmt: skip
        r = run(*args, feeds=feeds)
        assert r.exit_code == 2, r.output
        assert "is not UTF-8 text" in r.output and "encoding is UTF-8" in r.output
    out = tmp_path / "x\udcff.md"
    r = run("export", "--out", str(out), feeds=feeds)
    assert r.exit_code == 0 and os.path.exists(os.fsencode(out)), r.output


def test_a_fetch_behind_a_proxy_that_does_not_answer_names_the_proxy(run, tmp_path, monkeypatch):
    from conftest import free_ports

    (dead,) = free_ports(1)
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{dead}")
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(
        '[[feeds]]\nname = "A"\nurl = "https://a.test/f.xml"\n'
        '[[feeds]]\nname = "B"\nurl = "https://b.test/f.xml"\n',
        encoding="utf-8",
    )
    r = run("fetch", "--verbose", feeds=feeds)
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[2] == (
        f"  No feed could be reached through the proxy 127.0.0.1:{dead} (from HTTPS_PROXY): is it up?"
    )
    assert lines[3] == (
        f"  A: [error] could not connect: the proxy 127.0.0.1:{dead} (from HTTPS_PROXY): "
        "connection refused"
    )
