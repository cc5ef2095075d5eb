"""Scale benchmark: the app and the digest on archives of 1k, 100k and 500k items.

For each size, a synthetic archive (headlines from the corpus with varied words, spread over
five years, tagged as ingest tags them: a relevant row plus topics) is built once and cached.
Then, each in a fresh process so memory is the process's own peak:

  open     time from building the app to its first page on screen (headless, 140x40)
  search   per-keystroke latency typing "mesenchymal" (the app's list page + count queries)
  compile  composing the last complete period's digest (publish.build) over the archive
  write    one write of a fetch run: a feed's 20 new items stored, tagged, grouped into
           stories and indexed for search in one transaction (rolled back, so the cached
           archive stays as built); a fetch run makes one such write per few feeds
  memory   peak RSS of the process that opened the app and searched

Targets (issues 4 and 5): open at 500k about as fast as at 1k; search well under 100 ms per
keystroke; peak memory <= 300 MB at 500k; compiling a period over 500k items under 1 s.
A fetch run's writes should cost the same at any archive size (issue 2: a cron run takes
seconds). The 1k figures are the baseline the larger ones are compared with.

Usage: python benchmarks/scale_bench.py [--sizes 1000,100000,500000] [--cache DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

NOW = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
TOPICS = ["regulation", "trials", "hype", "safety", "business", "research"]
WORDS = "mesenchymal exosome organoid iPSC cord blood Osaka Seoul Shanghai Boston phase pivotal hospital clinic bank".split()


def build_archive(path: Path, n: int) -> None:
    from digest.classify import load_corpus
    from digest.store import iso, key_unkeyed_items, open_db, write

    corpus = load_corpus()
    rng = random.Random(n)
    db = open_db(path)
    with write(db):
        feed_ids = [
            db["feeds"]
            .insert(
                {
                    "name": f"Source {k}",
                    "url": f"https://s{k}.example.org/feed",
                    "config_url": f"https://s{k}.example.org/feed",
                    "created_at": iso(NOW),
                }
            )
            .last_pk
            for k in range(40)
        ]
    span = timedelta(days=5 * 365).total_seconds()
    batch = 20000
    for start in range(0, n, batch):
        items, sources, tags = [], [], []
        for k in range(start, min(n, start + batch)):
            c = corpus[k % len(corpus)]
            when = iso(NOW - timedelta(seconds=rng.random() * span))
            title = f"{c.title} ({rng.choice(WORDS)} {k})"
            fid = feed_ids[k % len(feed_ids)]
            items.append(
                (
                    k + 1,
                    fid,
                    f"g{k}",
                    f"https://s.example.org/{k}",
                    title,
                    c.summary,
                    when,
                    when,
                    when,
                    str(k),
                    int(c.relevant),
                    0.9 if c.relevant else 0.1,
                )
            )
            sources.append((fid, f"g{k}", k + 1, when))
            tags.append(
                (k + 1, "relevant", 0.9 if c.relevant else 0.1, "[]", "model", int(c.relevant))
            )
            for t in c.topics:
                tags.append((k + 1, t, 0.8, '["evidence"]', "model", 1))
        with write(db):
            db.conn.executemany(
                "INSERT INTO items (id, feed_id, guid, url, title, summary, published_at, first_seen_at,"
                " updated_at, content_hash, relevant, relevance) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                items,
            )
            db.conn.executemany(
                "INSERT INTO item_sources (feed_id, guid, item_id, first_seen_at) VALUES (?,?,?,?)",
                sources,
            )
            db.conn.executemany(
                "INSERT INTO item_tags (item_id, tag, score, evidence, source, assigned) VALUES (?,?,?,?,?,?)",
                tags,
            )
    # a returning user: the app counts what is new since this visit when it opens
    db.execute(
        "INSERT OR REPLACE INTO state (key, value) VALUES ('last_visit', ?)",
        [iso(NOW - timedelta(days=2))],
    )
    key_unkeyed_items(db)  # search keys and index for the rows written here by hand
    db.execute("ANALYZE")
    db.conn.close()


def measure(path: Path) -> dict:
    """Run in a child process: open the app, type a search, compile a period."""
    from digest.periods import biweekly
    from digest.publish import build
    from digest.settings import DigestSettings, Settings
    from digest.store import open_db
    from digest.tui import make_app
    from digest.tui.widgets import ItemTable

    settings = Settings(digest=DigestSettings(timezone="UTC"))
    out: dict = {}

    async def drive() -> None:
        t0 = time.perf_counter()
        app = make_app(db_path=path, settings=settings, clock=lambda: NOW)
        async with app.run_test(size=(140, 40)) as pilot:
            while not app.query_one(ItemTable).row_count:
                await pilot.pause(0.005)
            out["open_s"] = time.perf_counter() - t0
            lat = []
            for i in range(1, len("mesenchymal") + 1):
                t = time.perf_counter()
                app.search_text = "mesenchymal"[:i]
                app.reload()
                lat.append(time.perf_counter() - t)
            out["search_ms_median"] = sorted(lat)[len(lat) // 2] * 1000
            out["search_ms_max"] = max(lat) * 1000

    asyncio.run(drive())
    db = open_db(path)
    period = biweekly(NOW, "last", settings.digest.anchor, UTC)
    t = time.perf_counter()
    built = build(db, settings, period)
    out["compile_s"] = time.perf_counter() - t
    out["period_items"] = len(built.digest.entries)
    out["write_ms"] = fetch_write_ms(db)
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def fetch_write_ms(db) -> float:
    """Median time of one fetch-run write (20 new items of one feed), as the poll's database
    thread makes it; each is rolled back. The first, which compiles the lexicon, is left out."""
    from digest.console import default_tagger
    from digest.ingest import ingest_entries
    from digest.parse import Entry
    from digest.store import search_batch, write

    class Undo(Exception):
        pass

    tagger = default_tagger()
    feed = dict(next(iter(db.query("SELECT * FROM feeds ORDER BY id LIMIT 1"))))
    times = []
    for r in range(16):
        entries = [
            Entry(
                guid=f"bench-{r}-{i}",
                url=f"https://new.example.org/{r}/{i}",
                title=f"Cord blood bank opens a stem cell unit in {rng_city(r, i)}",
                summary=f"The bank will store umbilical cord units for {i + 2} hospitals.",
                published=NOW,
            )
            for i in range(20)
        ]
        t = time.perf_counter()
        try:
            with write(db):
                with search_batch(db):  # indexes the new items as it ends
                    ingest_entries(db, feed, entries, NOW, tagger)
                raise Undo
        except Undo:
            pass
        times.append(time.perf_counter() - t)
    times = sorted(times[1:])
    return times[len(times) // 2] * 1000


def rng_city(r: int, i: int) -> str:
    return f"{random.Random(r * 100 + i).choice(WORDS)}-{r}-{i}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,100000,500000")
    ap.add_argument("--cache", default="/tmp/digest-scale-bench")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure(Path(args.child))))
        return
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    results = {}
    for n in [int(x) for x in args.sizes.split(",")]:
        path = cache / f"archive-{n}.db"
        if not path.exists():
            t = time.perf_counter()
            build_archive(path, n)
            print(
                f"built {n:,}-item archive in {time.perf_counter() - t:.0f} s ({path})", flush=True
            )
        else:  # an archive cached by older code: its migrations, untimed (0011: 8 s at 500k)
            from digest.store import open_db

            open_db(path).conn.close()
        child = subprocess.run(
            [sys.executable, __file__, "--child", str(path)],
            capture_output=True,
            text=True,
            check=True,
        )
        results[n] = r = json.loads(child.stdout.strip().splitlines()[-1])
        print(
            f"{n:>8,} items: open {r['open_s'] * 1000:6.0f} ms, search per keystroke median "
            f"{r['search_ms_median']:5.1f} ms (max {r['search_ms_max']:5.1f}), compile a period "
            f"{r['compile_s'] * 1000:6.0f} ms, a fetch write {r['write_ms']:5.1f} ms, "
            f"peak {r['peak_mb']:5.0f} MB",
            flush=True,
        )
    base = results.get(min(results))
    for n, r in results.items():
        if n != min(results):
            print(
                f"{n:,} vs {min(results):,}: open x{r['open_s'] / base['open_s']:.2f}, "
                f"search x{r['search_ms_median'] / base['search_ms_median']:.2f}, "
                f"compile x{r['compile_s'] / base['compile_s']:.2f}, "
                f"fetch write x{r['write_ms'] / base['write_ms']:.2f}"
            )


if __name__ == "__main__":
    main()
