"""The biweekly digest: periods, selection, golden markdown and text, safe rendering, export,
and the kept digests. Mail has its own file (test_mail.py)."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from digest import periods
from digest.classify.tagger import Tagger
from digest.cli import cli
from digest.compose import section_of
from digest.config import FeedConfig
from digest.errors import DigestError
from digest.ingest import ingest_entries
from digest.parse import Entry
from digest.publish import build
from digest.render import to_html, to_text
from digest.settings import Settings
from digest.store import digests as store_digests
from digest.store import iso, now_utc, open_db, write
from digest.store.feeds import sync_feeds
from digest.store.tags import set_correction

GOLDEN = Path(__file__).parent / "golden"
NOW = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
UTC_SETTINGS = Settings()  # anchor 2024-01-08; the tests pass UTC explicitly below
PERIOD = periods.biweekly(NOW, "last", date(2024, 1, 8), UTC)

# (feed, guid, day of November 2026, title, summary)
ITEMS = [
    (
        "Wire",
        "w1",
        10,
        "Regulator approves first MSC therapy for knee cartilage",
        "The agency cleared an allogeneic stem cell injection after a phase III trial met its endpoints.",
    ),
    (
        "Daily",
        "d1",
        10,
        "Regulator approves first MSC therapy for knee cartilage",
        "The agency cleared an allogeneic stem cell injection after a phase III trial met its endpoints. Syndicated.",
    ),
    (
        "Wire",
        "w2",
        12,
        "iPSC-derived neurons dose first patient in phase II Parkinson's trial",
        "Sixty patients will be enrolled at eight sites over two years.",
    ),
    (
        "Daily",
        "d2",
        13,
        "Clinic warned over 'reverse aging' stem cell infusions",
        "The medical council said rejuvenation claims have no trial evidence.",
    ),
    (
        "Wire",
        "w3",
        14,
        "Cord blood bank raises $40 million to expand processing",
        "The stem cell bank will open two new sites next year.",
    ),
    (
        "Daily",
        "d3",
        15,
        "STEM education grants expand to rural schools",
        "Districts receive money for science labs.",
    ),
    (
        "Wire",
        "w4",
        17,
        "Title with [a link](javascript:alert(1)) and <b>html</b> and ![img](http://x/i.png)",
        "# not a heading * not emphasis <script>alert(1)</script> stem cell exosome research in mice",
    ),
    (
        "Wire",
        "w5",
        3,
        "Earlier period: NMPA approves cord blood product",
        "Regulators approved the stem cell product.",
    ),
]


def _archive(path: Path) -> object:
    db = open_db(path)
    feeds = [
        FeedConfig(name=n, url=f"https://{n.lower()}.example.org/feed") for n in ("Wire", "Daily")
    ]
    sync_feeds(db, feeds, NOW)
    rows = {r["name"]: r for r in db.query("SELECT * FROM feeds")}
    tagger = Tagger(clock=lambda: NOW)
    for feed, guid, day, title, summary in ITEMS:
        entry = Entry(
            guid=guid,
            url=f"https://{feed.lower()}.example.org/{guid}",
            title=title,
            summary=summary,
            published=datetime(2026, 11, day, 9, 0, tzinfo=UTC),
        )
        ingest_entries(db, rows[feed], [entry], NOW, tagger)
    return db


@pytest.fixture
def archive(tmp_path):
    db = _archive(tmp_path / "golden.db")
    yield db
    db.conn.close()


def _check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("DIGEST_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"differs from {path}; see the diff above"


def test_periods_are_biweekly_on_even_iso_weeks():
    p = periods.biweekly(NOW, "last", date(2024, 1, 8), UTC)
    assert p.first_day == date(2026, 11, 9) and p.last_day == date(2026, 11, 22)
    assert p.first_day.isocalendar().week % 2 == 0 and p.first_day.weekday() == 0
    assert p.end == datetime(2026, 11, 23, tzinfo=UTC)
    cur = periods.biweekly(NOW, "current", date(2024, 1, 8), UTC)
    assert cur.start == p.end
    assert p.previous().end == p.start and p.previous().first_day == date(2026, 10, 26)
    berlin = periods.biweekly(NOW, "last", date(2024, 1, 8), periods.zone("Europe/Berlin"))
    assert berlin.start == datetime(2026, 11, 8, 23, 0, tzinfo=UTC)  # local midnight, CET
    c = periods.custom("2026-11-01", "2026-11-15", UTC, NOW)
    assert c.last_day == date(2026, 11, 14)
    # one end given: up to today (NOW is the 24th), or the 14 days before --until
    assert periods.custom("2026-11-20", None, UTC, NOW).label == "20–24 Nov 2026"
    assert periods.custom(None, "2026-11-15", UTC, NOW).label == "1–14 Nov 2026"
    with pytest.raises(DigestError, match="--until 'soon' is not a date"):
        periods.custom("2026-11-01", "soon", UTC, NOW)
    # days counted back from today (the 24th) in the reader's zone
    assert periods.custom("7d", None, UTC, NOW).label == "17–24 Nov 2026"
    assert periods.custom("2W", "1w", UTC, NOW).label == "10–16 Nov 2026"
    assert periods.custom("yesterday", "today", UTC, NOW).first_day == date(2026, 11, 23)
    assert periods.custom("Today", None, UTC, NOW).last_day == date(2026, 11, 24)
    assert periods.custom("today", None, UTC, NOW).label == "24 Nov 2026"  # one day
    with pytest.raises(DigestError, match=r"--since 2026-11-25 is after today \(2026-11-24\)"):
        periods.custom("2026-11-25", None, UTC, NOW)  # no --until given: not "must be after"
    with pytest.raises(DigestError, match="--since '-3d' is not a date"):
        periods.custom("-3d", None, UTC, NOW)
    tokyo = periods.zone("Asia/Tokyo")  # year 1 at midnight in Tokyo is before year 1 in UTC
    for far in ("0001-01-01", "9999w"):
        with pytest.raises(DigestError, match=f"--since '{far}' is out of range"):
            periods.custom(far, None, tokyo, NOW)
    # as stored (UTC instants) and read back in the zone it was made in: the same days
    back = periods.stored(iso(berlin.start), iso(berlin.end), periods.zone("Europe/Berlin"))
    assert (back.first_day, back.last_day, back.label) == (
        berlin.first_day,
        berlin.last_day,
        "9–22 Nov 2026",
    )


def test_digests_list_shows_the_local_days_of_each_period(tmp_path, monkeypatch):
    path = tmp_path / "cli.db"
    _archive(path).conn.close()
    cfg = tmp_path / "config.toml"
    cfg.write_text('[digest]\ntimezone = "Europe/Berlin"\n', encoding="utf-8")
    monkeypatch.setenv("DIGEST_DB", str(path))
    monkeypatch.setenv("DIGEST_CONFIG", str(cfg))
    args = [
        "export",
        "--since",
        "2026-11-09",
        "--until",
        "2026-11-23",
        "-o",
        str(tmp_path / "d.md"),
    ]
    assert CliRunner().invoke(cli, args).exit_code == 0
    r = CliRunner().invoke(cli, ["digests", "list"])
    # stored from 2026-11-08T23:00Z (Berlin midnight) to 2026-11-22T23:00Z, exclusive
    assert r.output.split()[1:5] == ["9–22", "Nov", "2026", "exported"], r.output
    assert r.output.split()[5:] == ["0", "picks"], r.output  # the automatic selection
    db = open_db(path)
    with write(db):
        store_digests.add_pick(db, 1, 1, "regulation", NOW)
    db.conn.close()
    assert CliRunner().invoke(cli, ["digests", "list"]).output.split()[5:] == ["1", "pick"]


def test_digests_forget_drops_an_unsent_digest_and_keeps_what_the_send_log_names(
    tmp_path, monkeypatch
):
    """Every `export --since` keeps a digest for its days; `digests forget` prunes them. Picks
    and notes go only when asked (--yes, or yes at a terminal); a digest mailed, or tried,
    stays for the send log."""
    path = tmp_path / "cli.db"
    _archive(path).conn.close()
    monkeypatch.setenv("DIGEST_DB", str(path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    for since in ("2026-11-09", "2026-11-16", "2026-11-20"):
        r = CliRunner().invoke(cli, ["export", "--since", since, "--until", "2026-11-23"])
        assert r.exit_code == 0, r.output
    db = open_db(path)
    with write(db):
        store_digests.add_pick(db, 2, 1, "regulation", NOW)
        db.execute("UPDATE digest_entries SET note = 'Read this' WHERE digest_id = 2")
        store_digests.record_send(
            db, digest_id=3, start=NOW, end=NOW, recipients=["ed@example.org"], refused={},
            message_id=None, status="failed", error="connection refused", now=NOW,
        )  # fmt: skip
    db.conn.close()

    r = CliRunner().invoke(cli, ["digests", "forget", "1"])
    assert r.exit_code == 0 and r.output == "Forgot digest 1 (9–22 Nov 2026).\n", r.output
    r = CliRunner().invoke(cli, ["digests", "forget", "2"])  # stdin is no terminal: no asking
    assert r.exit_code == 1 and "digest 2 (16–22 Nov 2026) holds 1 pick (1 note)" in r.output
    assert "add --yes" in r.output
    r = CliRunner().invoke(cli, ["digests", "forget", "3"])
    assert r.exit_code == 1, r.output
    assert "digest 3 (20–22 Nov 2026) is in the send log (1 attempt to mail it)" in r.output
    listed = CliRunner().invoke(cli, ["digests", "list", "--json"]).output
    assert [json.loads(line)["id"] for line in listed.splitlines()] == [3, 2]
    assert CliRunner().invoke(cli, ["digests", "forget", "2", "--yes"]).exit_code == 0
    with sqlite3.connect(path) as c:
        assert c.execute("SELECT count(*) FROM digest_entries").fetchall() == [(0,)]
        assert c.execute("SELECT id FROM digests").fetchall() == [(3,)]
    r = CliRunner().invoke(cli, ["digests", "forget", "2"])
    assert r.exit_code == 1 and "error: no digest 2" in r.output


def test_golden_markdown_and_text(archive):
    built = build(archive, UTC_SETTINGS, PERIOD)
    _check_golden("digest.md", built.markdown)
    _check_golden("digest.txt", to_text(built.digest))


def test_selection_collapses_stories_and_skips_irrelevant(archive):
    d = build(archive, UTC_SETTINGS, PERIOD).digest
    titles = [e.title for e in d.entries]
    assert titles.count("Regulator approves first MSC therapy for knee cartilage") == 1
    lead = next(e for e in d.entries if e.title.startswith("Regulator approves"))
    assert set(lead.sources) == {"Wire", "Daily"}
    assert not any("STEM education" in t for t in titles)
    assert not any("Earlier period" in t for t in titles)
    assert [s.key for s in d.sections] == sorted(
        (s.key for s in d.sections),
        key=[
            "regulation",
            "trials",
            "safety",
            "hype",
            "business",
            "research",
            "watchlists",
            "other",
        ].index,
    )


def test_an_entry_goes_in_the_section_of_its_surest_topics_first_in_order():
    assert section_of({"regulation": 0.47, "hype": 0.99, "safety": 0.97}) == "safety"
    assert section_of({"regulation": 0.52, "trials": 1.0}) == "trials"
    assert section_of({"regulation": 0.93, "hype": 1.0}) == "regulation"  # both sure: order
    assert section_of({"business": 0.6}) == "business"
    assert section_of({"mesoblast": 1.0}, {"mesoblast"}) == "watchlists"
    assert section_of({"mesoblast": 1.0, "research": 0.4}, {"mesoblast"}) == "research"
    assert section_of({}) == "other"


def test_a_case_of_harm_with_a_weak_regulation_tag_is_safety_news(tmp_path):
    """Filed by the fixed order alone, the blinding case report led the Regulation section
    for a 0.47 "unapproved"; a topic the user adds counts as sure."""
    db = _archive(tmp_path / "harm.db")
    wire = next(db.query("SELECT * FROM feeds WHERE name = 'Wire'"))
    harm = Entry(
        guid="w6", url="https://wire.example.org/w6",
        title="Patient loses sight after unapproved stem cell eye injections, case report says",
        summary="Doctors describe retinal detachment in both eyes after adipose-derived cell "
        "injections sold for macular degeneration at a private clinic.",
        published=datetime(2026, 11, 16, 9, 0, tzinfo=UTC),
    )  # fmt: skip
    ingest_entries(db, wire, [harm], NOW, Tagger(clock=lambda: NOW))
    item_id = db.execute("SELECT id FROM items WHERE guid = 'w6'").fetchone()[0]
    topics = store_digests.topics_of(db, item_id)
    assert topics["regulation"] < topics["safety"] - 0.3, topics  # the case in point
    sections = {e.item_id: s.key for s in build(db, UTC_SETTINGS, PERIOD).digest.sections
                for e in s.entries}  # fmt: skip
    assert sections[item_id] == "safety"
    with write(db):  # the user's own topic is sure, whatever the model scored it
        set_correction(db, item_id, "regulation", 1, NOW)
    assert store_digests.topics_of(db, item_id)["regulation"] == 1.0
    sections = {e.item_id: s.key for s in build(db, UTC_SETTINGS, PERIOD).digest.sections
                for e in s.entries}  # fmt: skip
    assert sections[item_id] == "regulation"
    db.conn.close()


def test_markdown_parses_to_safe_html(archive):
    md = build(archive, UTC_SETTINGS, PERIOD).markdown
    tokens = MarkdownIt("commonmark").parse(md)
    assert [t.tag for t in tokens if t.type == "heading_open"][0] == "h1"
    assert sum(t.type == "heading_open" and t.tag == "h2" for t in tokens) >= 3
    links = [
        c.attrs["href"]
        for t in tokens
        if t.type == "inline"
        for c in t.children or []
        if c.type == "link_open"
    ]
    assert links and all(h.startswith("https://") for h in links)
    kinds = {c.type for t in tokens if t.type == "inline" for c in t.children or []}
    assert "html_inline" not in kinds and "image" not in kinds
    assert not any(t.type == "html_block" for t in tokens)
    html = to_html(md, "t")
    assert "<script" not in html and 'href="javascript' not in html and "<img" not in html
    assert "&lt;script&gt;" in html  # shown as text
    assert "[a link](javascript:alert(1))" in to_text(build(archive, UTC_SETTINGS, PERIOD).digest)


def test_picks_and_notes_replace_the_automatic_selection(archive):
    from digest.store import digests as sd
    from digest.store import write

    ids = {r["guid"]: r["id"] for r in archive.query("SELECT guid, id FROM items")}
    with write(archive):
        did = sd.ensure_digest(archive, PERIOD.start, PERIOD.end, NOW)
        sd.set_entries(
            archive,
            did,
            [
                {"item_id": ids["w3"], "section": "business", "note": "Watch their capacity."},
                {"item_id": ids["d2"], "section": "hype"},
            ],
            NOW,
        )
        sd.set_intro(archive, did, "Two things this time.\n \n- Both  came\nlate.", NOW)
    built = build(archive, UTC_SETTINGS, PERIOD)
    assert built.digest.picked and built.digest.intro.startswith("Two things this time.")
    # the editor's paragraphs stay paragraphs; their lines are joined, their text escaped
    assert "\n\nTwo things this time.\n\n\\- Both came late.\n\n" in built.markdown
    assert "\n\nTwo things this time.\n\n- Both came late.\n\n" in to_text(built.digest)
    assert [e.item_id for e in built.digest.entries] == [ids["d2"], ids["w3"]]  # section order
    assert "*Editor's note:* Watch their capacity." in built.markdown


def test_export_cli_writes_and_keeps_the_digest(tmp_path, monkeypatch):
    path = tmp_path / "cli.db"
    _archive(path).conn.close()
    monkeypatch.setenv("DIGEST_DB", str(path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    out = tmp_path / "d.md"
    r = CliRunner().invoke(
        cli, ["export", "--since", "2026-11-09", "--until", "2026-11-23", "-o", str(out)]
    )
    assert r.exit_code == 0, r.output
    assert out.read_text().startswith("# Stem-cell industry digest: 9–22 Nov 2026")
    r = CliRunner().invoke(cli, ["digests", "list", "--json"])
    assert '"status": "exported"' in r.output
    r = CliRunner().invoke(cli, ["digests", "show", "1"])
    assert r.output == out.read_text()
    r = CliRunner().invoke(cli, ["export", "--until", "2026-11-23"])  # the 14 days before
    assert r.exit_code == 0 and r.output == out.read_text()
    monkeypatch.chdir(tmp_path)  # "-" is stdout, not a file of that name
    r = CliRunner().invoke(cli, ["export", "--until", "2026-11-23", "-o", "-"])
    assert r.exit_code == 0 and r.output == out.read_text() and not (tmp_path / "-").exists()
    r = CliRunner().invoke(cli, ["feeds", "export", "--out", "-"])
    assert r.exit_code == 0 and r.output.startswith("<?xml") and not (tmp_path / "-").exists()
    r = CliRunner().invoke(cli, ["export", "--until", "2026-11-23", "-o", "./-"])  # a file "-"
    assert r.exit_code == 0 and (tmp_path / "-").read_text() == out.read_text(), r.output
    assert r.stdout == ""
    r = CliRunner().invoke(cli, ["export", "--since", "9 Nov", "--until", "2026-11-23"])
    assert r.exit_code == 1 and "--since '9 Nov' is not a date" in r.output
    assert "Traceback" not in r.output


def test_config_errors_name_file_and_line(tmp_path, monkeypatch):
    cfg = tmp_path / "config.toml"
    cfg.write_text('[digest]\nper_topic = 3\nanchor = "next monday"\n', encoding="utf-8")
    monkeypatch.setenv("DIGEST_DB", str(tmp_path / "x.db"))
    r = CliRunner().invoke(cli, ["--config", str(cfg), "export"])
    assert r.exit_code == 2
    assert f"{cfg}:3: bad anchor date" in r.output
    cfg.write_text('[mail]\nhost = "smtp.example.org"\npassword = "hunter2"\n', encoding="utf-8")
    r = CliRunner().invoke(cli, ["--config", str(cfg), "export"])
    assert r.exit_code == 2 and f"{cfg}:3:" in r.output and "DIGEST_SMTP_PASSWORD" in r.output
    assert now_utc()  # the clock is untouched by config errors


def test_a_period_with_nothing_stored_before_it_is_not_compared_with_nothing(archive):
    first = build(archive, UTC_SETTINGS, PERIOD.previous())  # the archive's earliest item
    assert first.digest.sections and not first.digest.insight.compared
    line = next(x for x in first.markdown.splitlines() if "per topic" in x)
    assert line.startswith("- **Items per topic** (none stored for the previous period")
    assert "(+" not in line and "±" not in line
    assert "(none stored for the previous period" in to_text(first.digest)
    assert build(archive, UTC_SETTINGS, PERIOD).digest.insight.compared


def test_a_summary_that_repeats_the_headline_is_not_shown_twice(archive):
    """Many feeds put the headline in the description too, alone or before the lede."""
    feed = next(iter(archive.query("SELECT * FROM feeds WHERE name = 'Wire'")))
    said = {
        "r1": ("Clinic fined over stem cell infusions", "Clinic fined over stem cell infusions"),
        "r2": (
            "Cord blood bank opens a second lab",
            "CORD BLOOD BANK OPENS A SECOND LAB. The stem cell bank doubles its capacity.",
        ),
        "r3": ("Stem cell", "Stem cells from cord blood reach a clinic in Lyon."),  # not whole
    }
    for guid, (title, summary) in said.items():
        entry = Entry(
            guid=guid,
            url=f"https://wire.example.org/{guid}",
            title=title,
            summary=summary,
            published=datetime(2026, 11, 18, 9, 0, tzinfo=UTC),
        )
        ingest_entries(archive, feed, [entry], NOW, Tagger(clock=lambda: NOW))
    entries = {e.title: e for e in build(archive, UTC_SETTINGS, PERIOD).digest.entries}
    assert entries["Clinic fined over stem cell infusions"].summary == ""
    assert entries["Cord blood bank opens a second lab"].summary == (
        "The stem cell bank doubles its capacity."
    )
    assert entries["Stem cell"].summary == "Stem cells from cord blood reach a clinic in Lyon."
    md = build(archive, UTC_SETTINGS, PERIOD).markdown
    assert "\n  Clinic fined over stem cell infusions" not in md  # no lede line repeating it
    assert "\n  The stem cell bank doubles its capacity.\n" in md
