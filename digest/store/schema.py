"""The schema, as named sqlite-utils migrations. A landed migration is never edited: add one.

The first migration lays out every table the open issues need, so later work adds columns
and indexes rather than rewriting tables:

  feeds          one row per source, with its polling state (ETag, backoff, status, error)
  items          one row per article (unique canonical URL), effective relevance + read/star
  item_sources   (feed, guid) -> item: the same article seen in several feeds is one item
  stories        near-identical items from several sources grouped into one story
  story_keys     MinHash band keys of each item's headline+lede, to find story candidates
  item_tags      classifier output per item and tag: score, evidence, effective on/off
  corrections    the user's +tag/-tag/relevant decisions; never overwritten by reclassify
  digests        one per period: intro, status, rendered markdown; digest_entries its items
  sends          the send log: period, recipients, Message-ID, outcome (sent, failed, or held: empty)
  saved_searches, state (key/value: last visit, corrections counter, ...), fetch_runs
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from digest.store import SEARCH_DEFER_KEY, iso, parse_iso

migrations = Migrations("digest")


@migrations(name="0001_initial")
def initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            url TEXT NOT NULL,
            config_url TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'feed',
            tags TEXT NOT NULL DEFAULT '[]',
            interval INTEGER NOT NULL DEFAULT 3600,
            full_text INTEGER NOT NULL DEFAULT 0,
            selector TEXT,
            in_config INTEGER NOT NULL DEFAULT 1,
            status TEXT NOT NULL DEFAULT 'active',
            title TEXT,
            site_url TEXT,
            etag TEXT,
            last_modified TEXT,
            body_hash TEXT,
            last_polled_at TEXT,
            last_success_at TEXT,
            last_status INTEGER,
            last_error TEXT,
            failures INTEGER NOT NULL DEFAULT 0,
            next_poll_at TEXT,
            retry_until TEXT,
            created_at TEXT NOT NULL
        );
        CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            lead_item_id INTEGER,
            item_count INTEGER NOT NULL DEFAULT 1,
            first_seen_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id),
            guid TEXT NOT NULL,
            url TEXT UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            content TEXT NOT NULL DEFAULT '',
            author TEXT,
            lang TEXT,
            published_at TEXT NOT NULL,
            published_from TEXT NOT NULL DEFAULT 'feed',
            first_seen_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            story_id INTEGER REFERENCES stories(id),
            relevant INTEGER,
            relevance REAL,
            classifier TEXT,
            classified_at TEXT,
            read_at TEXT,
            starred INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX items_published ON items(published_at);
        CREATE INDEX items_relevant_published ON items(relevant, published_at);
        CREATE INDEX items_feed_published ON items(feed_id, published_at);
        CREATE INDEX items_story ON items(story_id);
        CREATE INDEX items_starred ON items(starred) WHERE starred = 1;
        CREATE TABLE item_sources (
            feed_id INTEGER NOT NULL REFERENCES feeds(id),
            guid TEXT NOT NULL,
            item_id INTEGER NOT NULL REFERENCES items(id),
            url TEXT,
            first_seen_at TEXT NOT NULL,
            PRIMARY KEY (feed_id, guid)
        );
        CREATE INDEX item_sources_item ON item_sources(item_id);
        CREATE TABLE story_keys (
            key INTEGER NOT NULL,
            item_id INTEGER NOT NULL REFERENCES items(id),
            PRIMARY KEY (key, item_id)
        ) WITHOUT ROWID;
        CREATE INDEX story_keys_item ON story_keys(item_id);
        CREATE TABLE item_tags (
            item_id INTEGER NOT NULL REFERENCES items(id),
            tag TEXT NOT NULL,
            score REAL NOT NULL,
            evidence TEXT NOT NULL DEFAULT '[]',
            source TEXT NOT NULL DEFAULT 'model',
            assigned INTEGER NOT NULL,
            PRIMARY KEY (item_id, tag)
        );
        CREATE INDEX item_tags_tag ON item_tags(tag, assigned, item_id);
        CREATE TABLE corrections (
            item_id INTEGER NOT NULL REFERENCES items(id),
            tag TEXT NOT NULL,
            value INTEGER NOT NULL CHECK (value IN (-1, 1)),
            created_at TEXT NOT NULL,
            PRIMARY KEY (item_id, tag)
        );
        CREATE TABLE digests (
            id INTEGER PRIMARY KEY,
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            title TEXT,
            intro TEXT,
            status TEXT NOT NULL DEFAULT 'draft',
            markdown TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (period_start, period_end)
        );
        CREATE TABLE digest_entries (
            digest_id INTEGER NOT NULL REFERENCES digests(id),
            item_id INTEGER NOT NULL REFERENCES items(id),
            section TEXT NOT NULL,
            position INTEGER NOT NULL,
            note TEXT,
            PRIMARY KEY (digest_id, item_id)
        );
        CREATE TABLE sends (
            id INTEGER PRIMARY KEY,
            digest_id INTEGER REFERENCES digests(id),
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            recipients TEXT NOT NULL,
            refused TEXT NOT NULL DEFAULT '{}',
            message_id TEXT,
            status TEXT NOT NULL,
            error TEXT,
            sent_at TEXT NOT NULL
        );
        CREATE INDEX sends_period ON sends(period_start, period_end);
        CREATE TABLE saved_searches (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            query TEXT NOT NULL,
            filters TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE fetch_runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            feeds INTEGER NOT NULL DEFAULT 0,
            new_items INTEGER NOT NULL DEFAULT 0,
            updated_items INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            errors INTEGER NOT NULL DEFAULT 0
        );
        """
    )
    db["items"].enable_fts(
        ["title", "summary", "content"],
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )
    # sqlite-utils' update trigger fires on any column; marking an item read or re-tagging
    # the archive must not re-index its text, so narrow it to the indexed columns.
    db.executescript(
        """
        DROP TRIGGER IF EXISTS items_au;
        CREATE TRIGGER items_au AFTER UPDATE OF title, summary, content ON items BEGIN
          INSERT INTO items_fts (items_fts, rowid, title, summary, content)
            VALUES('delete', old.id, old.title, old.summary, old.content);
          INSERT INTO items_fts (rowid, title, summary, content)
            VALUES (new.id, new.title, new.summary, new.content);
        END;
        """
    )


@migrations(name="0002_search_in_published_order")
def search_in_published_order(db: Database) -> None:
    """Full-text search that answers in published order without sorting the matches.

    The FTS5 index is keyed by `search_key` = publication second * 10^9 + id, so a search
    page is FTS5's own `ORDER BY rowid DESC LIMIT n` walk: it stops after n rows instead of
    sorting every match by date (50k+ on a large archive). sqlite-utils' enable_fts keys the
    index by the rowid only, so this table and its triggers are written here by hand.
    Triggers keep the key and the index in step for any writer, whatever inserts the row.
    """
    db.executescript(
        """
        DROP TRIGGER IF EXISTS items_ai;
        DROP TRIGGER IF EXISTS items_ad;
        DROP TRIGGER IF EXISTS items_au;
        DROP TABLE IF EXISTS items_fts;
        ALTER TABLE items ADD COLUMN search_key INTEGER;
        UPDATE items SET search_key =
            CAST(strftime('%s', published_at) AS INTEGER) * 1000000000 + id;
        CREATE UNIQUE INDEX items_search_key ON items(search_key);
        CREATE VIRTUAL TABLE items_search USING fts5(
            title, summary, content,
            content='items', content_rowid='search_key',
            tokenize='unicode61 remove_diacritics 2'
        );
        INSERT INTO items_search (items_search) VALUES ('rebuild');

        CREATE TRIGGER items_key_ai AFTER INSERT ON items BEGIN
          UPDATE items SET search_key =
            CAST(strftime('%s', new.published_at) AS INTEGER) * 1000000000 + new.id
          WHERE id = new.id;
        END;
        CREATE TRIGGER items_key_au AFTER UPDATE OF published_at ON items BEGIN
          UPDATE items SET search_key =
            CAST(strftime('%s', new.published_at) AS INTEGER) * 1000000000 + new.id
          WHERE id = new.id;
        END;
        CREATE TRIGGER items_search_au AFTER UPDATE OF title, summary, content, search_key
        ON items BEGIN
          INSERT INTO items_search (items_search, rowid, title, summary, content)
            SELECT 'delete', old.search_key, old.title, old.summary, old.content
            WHERE old.search_key IS NOT NULL;
          INSERT INTO items_search (rowid, title, summary, content)
            SELECT new.search_key, new.title, new.summary, new.content
            WHERE new.search_key IS NOT NULL;
        END;
        CREATE TRIGGER items_search_ad AFTER DELETE ON items WHEN old.search_key IS NOT NULL
        BEGIN
          INSERT INTO items_search (items_search, rowid, title, summary, content)
            VALUES ('delete', old.search_key, old.title, old.summary, old.content);
        END;
        """
    )


@migrations(name="0003_index_first_seen")
def index_first_seen(db: Database) -> None:
    """The app counts items new since the last visit when it opens; without this index
    that count read the whole archive (about 0.2-0.7 s at 500k items) on the open path."""
    db.execute("CREATE INDEX IF NOT EXISTS items_first_seen ON items(first_seen_at)")


@migrations(name="0004_insert_with_search_key")
def insert_with_search_key(db: Database) -> None:
    """Let ingest write a new item's search_key with the row, and index it in the same step.

    Before this, every insert ran an UPDATE of the new row (to set its search_key) that in
    turn fired the FTS trigger: two writes of the row per item. Now a writer that supplies
    the key is indexed by `items_search_ai`; one that leaves it NULL still gets it set by
    `items_key_ai`, as before.
    """
    db.executescript(
        """
        DROP TRIGGER IF EXISTS items_key_ai;
        CREATE TRIGGER items_key_ai AFTER INSERT ON items WHEN new.search_key IS NULL BEGIN
          UPDATE items SET search_key =
            CAST(strftime('%s', new.published_at) AS INTEGER) * 1000000000 + new.id
          WHERE id = new.id;
        END;
        CREATE TRIGGER items_search_ai AFTER INSERT ON items WHEN new.search_key IS NOT NULL
        BEGIN
          INSERT INTO items_search (rowid, title, summary, content)
            VALUES (new.search_key, new.title, new.summary, new.content);
        END;
        """
    )


@migrations(name="0005_story_keys_blake2b")
def story_keys_blake2b(db: Database) -> None:
    """Story keys are now MinHash rows from one blake2b digest per word pair (2.4x faster
    than the old per-seed arithmetic), so stored keys no longer match new ones: the recent
    ones are recomputed, bucketed by week as they were until 0008."""
    from digest import stories

    _recompute_story_keys(
        db, lambda hashes, published: stories.bucket_keys(hashes, _week(published))
    )


def _recompute_story_keys(db: Database, keys: Callable[[list[int], str], list[int]]) -> None:
    """Story keys anew for the items of the archive's last RECOMPUTE_DAYS, the only ones a
    new item is compared with (stories.WINDOW, plus slack for late arrivals), each from
    `keys(band hashes, published_at)`. Older keys are left: an old key that happens to
    equal a new one only brings a candidate the text comparison then refuses."""
    from digest import stories

    newest = db.execute("SELECT max(published_at) FROM items").fetchone()[0]
    if newest is None:
        return
    since = iso(parse_iso(newest) - timedelta(days=RECOMPUTE_DAYS))
    rows = db.execute(
        "SELECT id, title, summary, published_at FROM items WHERE published_at >= ?", [since]
    ).fetchall()
    db.execute(
        "DELETE FROM story_keys WHERE item_id IN (SELECT id FROM items WHERE published_at >= ?)",
        [since],
    )
    db.conn.executemany(
        "INSERT OR IGNORE INTO story_keys (key, item_id) VALUES (?, ?)",
        (
            (key, item_id)
            for item_id, title, summary, published in rows
            for key in keys(stories.band_hashes(title, summary), published)
        ),
    )


def _week(published_iso: str) -> int:
    """Story keys were bucketed by week from 0005 to 0008 (now by period: stories.story_keys)."""
    return date.fromisoformat(published_iso[:10]).toordinal() // 7


RECOMPUTE_DAYS = 21


_NOT_DEFERRED = (
    f"coalesce((SELECT CAST(value AS INTEGER) FROM state WHERE key = '{SEARCH_DEFER_KEY}'), "
    "{row}.id)"
)


@migrations(name="0006_index_search_text_per_transaction")
def index_search_text_per_transaction(db: Database) -> None:
    """Let a transaction that inserts many items index their text once, at its end.

    FTS5 writes its pending terms out as a new segment whenever a statement that touched it
    opens or ends a savepoint; the insert trigger runs inside every INSERT, so each new row
    became a segment of its own for FTS5 to merge later: about 0.6 s of CPU per 10,000
    items, two thirds of the cost of storing them (benchmarks/fetch_bench.py). The triggers
    now skip rows above the id held in `state` under SEARCH_DEFER_KEY, and the writer that set
    it indexes those rows with one INSERT ... SELECT in rowid order before it commits. Without
    that row (any other writer, the sqlite3 shell) the triggers index as before.
    """
    db.executescript(
        f"""
        DROP TRIGGER IF EXISTS items_search_ai;
        DROP TRIGGER IF EXISTS items_search_au;
        DROP TRIGGER IF EXISTS items_search_ad;
        CREATE TRIGGER items_search_ai AFTER INSERT ON items
        WHEN new.search_key IS NOT NULL AND new.id <= {_NOT_DEFERRED.format(row="new")}
        BEGIN
          INSERT INTO items_search (rowid, title, summary, content)
            VALUES (new.search_key, new.title, new.summary, new.content);
        END;
        CREATE TRIGGER items_search_au AFTER UPDATE OF title, summary, content, search_key
        ON items WHEN old.id <= {_NOT_DEFERRED.format(row="old")}
        BEGIN
          INSERT INTO items_search (items_search, rowid, title, summary, content)
            SELECT 'delete', old.search_key, old.title, old.summary, old.content
            WHERE old.search_key IS NOT NULL;
          INSERT INTO items_search (rowid, title, summary, content)
            SELECT new.search_key, new.title, new.summary, new.content
            WHERE new.search_key IS NOT NULL;
        END;
        CREATE TRIGGER items_search_ad AFTER DELETE ON items
        WHEN old.search_key IS NOT NULL AND old.id <= {_NOT_DEFERRED.format(row="old")}
        BEGIN
          INSERT INTO items_search (items_search, rowid, title, summary, content)
            VALUES ('delete', old.search_key, old.title, old.summary, old.content);
        END;
        """
    )


@migrations(name="0007_new_items_indexed_by_the_store")
def new_items_indexed_by_the_store(db: Database) -> None:
    """Drop what made each new item's INSERT cost twice what its row and indexes do.

    - The two AFTER INSERT triggers of items (`items_key_ai`, `items_search_ai`). Having any
      trigger on the INSERT nearly doubled its cost (about 0.2 s of CPU per 10,000 items in
      benchmarks/fetch_bench.py), though both did nothing for ingest's rows: ingest writes
      the search_key itself and indexes the text once per transaction (schema 0006). Its
      INSERT now indexes its own rows (store.items.insert_new in a search_batch). A row
      another writer inserts without a search_key (the sqlite3 shell, a script) gets one,
      and its place in the search index, the next time the archive is opened
      (store.key_unkeyed_items), instead of at once.
    - The `story_keys_item` index: nothing reads story keys by item (only the keys of
      migration 0005, which has run), and it was a second B-tree insert for each of the ten
      keys of every new item. Items are never deleted, so no foreign-key check needs it.
    The UPDATE and DELETE triggers stay: they keep the index in step with changed text.
    """
    db.executescript(
        """
        DROP TRIGGER IF EXISTS items_key_ai;
        DROP TRIGGER IF EXISTS items_search_ai;
        DROP INDEX IF EXISTS story_keys_item;
        """
    )


@migrations(name="0008_story_keys_by_fortnight")
def story_keys_by_fortnight(db: Database) -> None:
    """Story keys are bucketed by 14-day period instead of by week (stories.story_keys), so a new
    item looks its keys up in two periods instead of three weeks: the same candidates, a
    third fewer lookups. A week number halved and rounded down is its period's number
    (floor(floor(day / 7) / 2) = floor(day / 14)), so every stored key is converted as it
    is, no text hashed again: the bucket sits in the bits above 40."""
    db.executescript(
        """
        CREATE TABLE story_keys_by_period (
            key INTEGER NOT NULL,
            item_id INTEGER NOT NULL REFERENCES items(id),
            PRIMARY KEY (key, item_id)
        ) WITHOUT ROWID;
        INSERT INTO story_keys_by_period (key, item_id)
            SELECT ((key >> 41) << 40) | (key & 1099511627775), item_id FROM story_keys
            ORDER BY 1, 2;
        DROP TABLE story_keys;
        ALTER TABLE story_keys_by_period RENAME TO story_keys;
        """
    )


@migrations(name="0009_feed_entry_hashes")
def feed_entry_hashes(db: Database) -> None:
    """Each feed remembers the content hashes of the entries its last parsed body held
    (feeds.entry_hashes, space-separated). When the body changes (a new item at the top,
    a new build date), the parse worker skips the story hashes and tags of the entries
    it has already seen as they are: those are stored, and ingest finds them unchanged."""
    db.execute("ALTER TABLE feeds ADD COLUMN entry_hashes TEXT")


@migrations(name="0010_corrections_version")
def corrections_version(db: Database) -> None:
    """A counter in `state` that every change to `corrections` bumps (triggers, so no writer
    can forget it). The tagger names its retrained model by it (tags.corrections_fingerprint):
    one row read per feed with new items, where count(*) and max(created_at) read the whole
    table, and missed a correction cleared and another made in the same second."""
    bump = "UPDATE state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'corrections.version'"
    db.executescript(
        f"""
        INSERT INTO state (key, value) VALUES
            ('corrections.version', (SELECT count(*) FROM corrections))
            ON CONFLICT (key) DO NOTHING;
        CREATE TRIGGER corrections_version_ai AFTER INSERT ON corrections BEGIN {bump}; END;
        CREATE TRIGGER corrections_version_au AFTER UPDATE ON corrections BEGIN {bump}; END;
        CREATE TRIGGER corrections_version_ad AFTER DELETE ON corrections BEGIN {bump}; END;
        """
    )


@migrations(name="0011_search_spaceless_scripts")
def search_spaceless_scripts(db: Database) -> None:
    """Search inside Chinese, Japanese, Korean and Thai text.

    SQLite's unicode61 tokenizer takes a run of letters for one word, and these scripts put
    no spaces between words: "干细胞临床研究备案新规发布" was one token, so a search for 干细胞
    (stem cell) found nothing. Items with such text keep it cut into overlapping character
    pairs (scripts.segmented) in `search_pairs`, indexed by a second FTS5 table keyed like
    items_search; a search whose text has such characters runs there, its words cut the
    same way (store.items.fts_query), so any substring matches. Other items leave the
    column NULL and cost nothing. Triggers keep the index in step, as for items_search.
    """
    from digest.store.items import pairs_text

    db.executescript(
        f"""
        ALTER TABLE items ADD COLUMN search_pairs TEXT;
        CREATE VIRTUAL TABLE items_search_pairs USING fts5(
            search_pairs, content='items', content_rowid='search_key',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER items_search_pairs_au AFTER UPDATE OF search_pairs, search_key
        ON items WHEN old.id <= {_NOT_DEFERRED.format(row="old")}
        BEGIN
          INSERT INTO items_search_pairs (items_search_pairs, rowid, search_pairs)
            SELECT 'delete', old.search_key, old.search_pairs
            WHERE old.search_key IS NOT NULL AND old.search_pairs IS NOT NULL;
          INSERT INTO items_search_pairs (rowid, search_pairs)
            SELECT new.search_key, new.search_pairs
            WHERE new.search_key IS NOT NULL AND new.search_pairs IS NOT NULL;
        END;
        CREATE TRIGGER items_search_pairs_ad AFTER DELETE ON items
        WHEN old.search_key IS NOT NULL AND old.search_pairs IS NOT NULL
          AND old.id <= {_NOT_DEFERRED.format(row="old")}
        BEGIN
          INSERT INTO items_search_pairs (items_search_pairs, rowid, search_pairs)
            VALUES ('delete', old.search_key, old.search_pairs);
        END;
        """
    )
    rows = db.execute("SELECT id, title, summary, content FROM items")
    found = [(text, item_id) for item_id, *texts in rows if (text := pairs_text(*texts))]
    db.conn.executemany("UPDATE items SET search_pairs = ? WHERE id = ?", found)  # indexed


@migrations(name="0012_story_keys_one_permutation")
def story_keys_one_permutation(db: Database) -> None:
    """Story keys are now made by one-permutation hashing (one CRC-32 per word pair, not a
    keyed blake2b digest: stories.band_hashes), so stored keys no longer match new ones:
    the recent ones are recomputed, bucketed by period as stories.story_keys does now."""
    from digest import stories

    _recompute_story_keys(db, lambda hashes, published: stories.story_keys(hashes, published)[0])


@migrations(name="0013_search_by_word_stem")
def search_by_word_stem(db: Database) -> None:
    """Search finds a word's other forms: "transplant" finds "transplanted" and
    "transplants", "therapy" finds "therapies". The index takes FTS5's Porter stemmer over
    the same unicode61 tokenizer, and is filled again from the keyed rows (not with FTS5's
    'rebuild', which would index a row still without a key, written by another program, at
    rowid NULL and corrupt the index; such a row is indexed when the archive is next opened,
    by store.key_unkeyed_items, as before). Every keyed row is indexed here, so a deferral
    mark left in `state` (store.search_batch) is dropped with the old index."""
    db.executescript(
        f"""
        DROP TABLE items_search;
        CREATE VIRTUAL TABLE items_search USING fts5(
            title, summary, content,
            content='items', content_rowid='search_key',
            tokenize='porter unicode61 remove_diacritics 2'
        );
        INSERT INTO items_search (rowid, title, summary, content)
            SELECT search_key, title, summary, content FROM items
            WHERE search_key IS NOT NULL ORDER BY search_key;
        DELETE FROM state WHERE key = '{SEARCH_DEFER_KEY}';
        """
    )


@migrations(name="0014_search_words")
def search_words(db: Database) -> None:
    """The archive's words as written (cut and folded as the index's tokenizer does, not
    stemmed), one row each, so a prefix finds the words that begin with it as typed.

    Since 0013 the index holds stems, and FTS5 stems a prefix too: "regula*" looked for
    stems beginning "regula" and found none (regulation is "regul"), so the list went empty
    while a word was half typed, and "ageing*" looked for "ag*" and listed "agency". A
    prefix now reads its words here (store.items.words_beginning) and asks the index for
    each of them whole, which finds it in its other forms too. Filled from every item here,
    then with each new or changed item's text (store.items.add_search_words). Words never
    leave: items are never deleted, and a word an edit removed only costs a lookup.
    """
    from digest.store.items import add_search_words

    db.execute("CREATE TABLE search_words (word TEXT PRIMARY KEY) WITHOUT ROWID")
    add_search_words(db, "1", [])
