"""Items, their sources and stories: lookups for ingest, and the queries the CLI, TUI and
digest read from. Callers hold the write transaction (store.write) around changes."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlite_utils import Database

from digest.scripts import SPACELESS_RUN, segmented
from digest.search import ONE_WORD, fold, stem
from digest.search import terms as search_terms
from digest.store import chunks, iso, search_batch, update_row


def known_for_feed(db: Database, feed_id: int, entries: list) -> tuple[dict, dict]:
    """For a feed's batch of entries, in two queries: {guid: item} for guids this feed has
    sent before, and {url: item} for the other entries' URLs that any feed brought."""
    by_guid: dict[str, dict] = {}
    guids = [e.guid for e in entries]
    for chunk, marks in chunks(guids):
        for r in db.query(
            f"SELECT s.guid AS source_guid, i.* FROM item_sources s JOIN items i ON i.id = s.item_id "
            f"WHERE s.feed_id = ? AND s.guid IN ({marks})",
            [feed_id, *chunk],
        ):
            by_guid[r.pop("source_guid")] = r
    urls = [e.url for e in entries if e.url and e.guid not in by_guid]
    by_url: dict[str, dict] = {}
    for chunk, marks in chunks(urls):
        for r in db.query(f"SELECT * FROM items WHERE url IN ({marks})", chunk):
            by_url[r["url"]] = r
    return by_guid, by_url


def is_empty(db: Database) -> bool:
    return db.execute("SELECT 1 FROM items LIMIT 1").fetchone() is None


def get_item(db: Database, item_id: int) -> dict | None:
    rows = list(db.query("SELECT * FROM items WHERE id = ?", [item_id]))
    return rows[0] if rows else None


def next_ids(db: Database) -> tuple[int, int]:
    """The next free item id and story id. Ingest numbers a feed's new rows itself, inside
    its write transaction (so no other writer can take them), and writes them in one go."""
    item = db.execute("SELECT coalesce(max(id), 0) + 1 FROM items").fetchone()[0]
    story = db.execute("SELECT coalesce(max(id), 0) + 1 FROM stories").fetchone()[0]
    return item, story


def update_item(db: Database, item_id: int, fields: dict) -> None:
    new_text = any(k in fields for k in _TEXT)
    if new_text:  # its pairs for search (schema 0011) too, and its words (0014) after
        row = db.execute("SELECT title, summary, content FROM items WHERE id = ?", [item_id])
        text = {**dict(zip(_TEXT, row.fetchone(), strict=True)), **fields}
        fields = {**fields, "search_pairs": pairs_text(*(text[k] for k in _TEXT))}
    update_row(db, "items", item_id, fields)
    if new_text:
        add_search_words(db, "id = ?", [item_id])


_TEXT = ("title", "summary", "content")
# Longer runs are codes and keys: nobody types them. (A word run together with Chinese or
# Japanese, "iPS細胞から作った網膜シートの移植", is one token up to the next punctuation.)
_LONGEST_WORD = 64


def add_search_words(db: Database, where: str, params: list) -> None:
    """Add the words of the items `where` picks to search_words (schema 0014), cut and
    folded by the index's own tokenizer, without its stemmer: the items' text goes through
    a scratch FTS5 table of this connection, whose vocabulary lists each word once. Words
    that begin in Chinese, Japanese, Korean or Thai are left out: a prefix in those scripts
    is looked up in character pairs (schema 0011), so only a word that begins in another
    script ("iPS細胞から...") can be begun by what is typed."""
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.words_scratch USING fts5(title, summary, "
        "content, content='', detail='none', tokenize='unicode61 remove_diacritics 2')"
    )
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.words_scratch_vocab "
        "USING fts5vocab(temp, words_scratch, 'row')"
    )
    db.execute(
        "INSERT INTO temp.words_scratch (rowid, title, summary, content) "
        f"SELECT id, title, summary, content FROM items WHERE {where}",
        params,
    )
    words = db.execute(
        "SELECT term FROM temp.words_scratch_vocab WHERE length(term) BETWEEN 2 AND ?",
        [_LONGEST_WORD],
    ).fetchall()
    db.execute("INSERT INTO temp.words_scratch (words_scratch) VALUES ('delete-all')")
    db.conn.executemany(
        "INSERT OR IGNORE INTO search_words (word) VALUES (?)",
        [w for w in words if w[0].isascii() or not SPACELESS_RUN.match(w[0])],
    )


# A prefix that begins more words than this asks the index for the stems that begin with it
# instead (one or two letters typed, in a large archive): each word is a lookup.
TYPED_WORDS_MAX = 40


def words_beginning(db: Database, prefix: str) -> list[str] | None:
    """The archive's words that begin with `prefix` as written (search_words, schema 0014),
    or None when there are more than TYPED_WORDS_MAX."""
    start = fold(prefix)
    rows = db.execute(
        "SELECT word FROM search_words WHERE word >= ? AND word < ? ORDER BY word LIMIT ?",
        [start, start + "\U0010ffff", TYPED_WORDS_MAX + 1],
    ).fetchall()
    return None if len(rows) > TYPED_WORDS_MAX else [w for (w,) in rows]


def pairs_text(*texts: str | None) -> str | None:
    """items.search_pairs: the item's text with its Chinese, Japanese, Korean or Thai cut
    into character pairs (schema 0011); None for the many items with none."""
    joined = "\n".join(t for t in texts if t)
    if joined.isascii() or not SPACELESS_RUN.search(joined):  # isascii: a fast no, in C
        return None
    return segmented(joined)


def search_key(published_at: str, item_id: int) -> int:
    """items.search_key (schema 0002): the publication second * 10^9 + id."""
    seconds = datetime.fromisoformat(published_at[:19]).replace(tzinfo=UTC).timestamp()
    return int(seconds) * 1_000_000_000 + item_id


def insert_new(
    db: Database,
    items: list[dict],
    stories: list[dict],
    joined: set[int],
    story_keys: list[tuple[int, int]],
    now: datetime,
) -> None:
    """A batch of new items, numbered by the caller (see `next_ids`), with the new stories
    they lead, the existing stories they joined, and their story keys. The items' text is
    indexed for search at the end of the enclosing search_batch, or of this call."""
    with search_batch(db):
        _insert_new(db, items, stories, joined, story_keys, iso(now))


def _insert_new(db, items, stories, joined, story_keys, stamp: str) -> None:
    if stories:
        db.conn.executemany(
            "INSERT INTO stories (id, lead_item_id, item_count, first_seen_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [(s["id"], s["lead_item_id"], s["item_count"], stamp, stamp) for s in stories],
        )
    if items:
        cols = list(items[0])
        db.conn.executemany(
            f"INSERT INTO items ({', '.join(cols)}, search_key, search_pairs) "
            f"VALUES ({', '.join('?' * len(cols))}, ?, ?)",
            [
                [r[c] for c in cols]
                + [search_key(r["published_at"], r["id"]), pairs_text(*(r[k] for k in _TEXT))]
                for r in items
            ],
        )
    db.conn.executemany(
        "UPDATE stories SET item_count = (SELECT count(*) FROM items WHERE story_id = ?), "
        "updated_at = ? WHERE id = ?",
        [(sid, stamp, sid) for sid in sorted(joined)],
    )
    db.conn.executemany("INSERT OR IGNORE INTO story_keys (key, item_id) VALUES (?, ?)", story_keys)


def add_sources(db: Database, rows: list[tuple[int, str, int, str | None]], now: datetime) -> None:
    """(feed_id, guid, item_id, url): where each item was seen; a known pair is kept as is."""
    stamp = iso(now)
    db.conn.executemany(
        "INSERT OR IGNORE INTO item_sources (feed_id, guid, item_id, url, first_seen_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [(*r, stamp) for r in rows],
    )


def known_urls(db: Database, urls: list[str]) -> set[str]:
    found: set[str] = set()
    for chunk, marks in chunks(urls):
        found.update(
            r[0] for r in db.execute(f"SELECT url FROM items WHERE url IN ({marks})", chunk)
        )
    return found


# --- stories ---------------------------------------------------------------------------


def items_sharing_keys(
    db: Database, key_lists: list[list[int]], at_least: int
) -> list[dict[int, int]]:
    """For each new item's story keys, {stored item id: keys in common} for the stored items
    that have at least `at_least` of them. SQLite does the counting: boilerplate shared by a
    feed's every item ("The post ... appeared first on ...") gives keys that hundreds of
    items hold, and only the few items sharing several keys need reach Python."""
    found: list[dict[int, int]] = [{} for _ in key_lists]
    for first in range(0, len(key_lists), _ITEMS_PER_QUERY):  # an item's keys stay together
        pairs = [
            v
            for n, keys in enumerate(key_lists[first : first + _ITEMS_PER_QUERY], first)
            for key in keys
            for v in (n, key)
        ]
        if not pairs:
            continue
        rows = ",".join(["(?,?)"] * (len(pairs) // 2))
        for n, item_id, shared in db.execute(
            f"WITH wanted(n, key) AS (VALUES {rows}) "
            "SELECT w.n, k.item_id, count(*) FROM wanted w JOIN story_keys k ON k.key = w.key "
            "GROUP BY w.n, k.item_id HAVING count(*) >= ?",
            [*pairs, at_least],
        ):
            found[n][item_id] = shared
    return found


_ITEMS_PER_QUERY = 200  # of 20 keys, two parameters a key: well under SQLite's 32766


def story_fields(db: Database, ids: list[int]) -> dict[int, dict]:
    """{id: item} with what story grouping compares: title, summary, story, date."""
    out: dict[int, dict] = {}
    for chunk, marks in chunks(ids):
        for r in db.query(
            f"SELECT id, title, summary, story_id, published_at FROM items WHERE id IN ({marks})",
            chunk,
        ):
            out[r["id"]] = r
    return out


def story_sources(db: Database, story_id: int) -> list[dict]:
    """Every item of a story with its feed name, oldest first."""
    return list(
        db.query(
            """SELECT i.id, i.title, i.url, i.published_at, f.name AS feed FROM items i
               JOIN feeds f ON f.id = i.feed_id WHERE i.story_id = ? ORDER BY i.published_at, i.id""",
            [story_id],
        )
    )


# --- reading -----------------------------------------------------------------------------


Words = Callable[[str], list[str] | None]  # words_beginning, on an archive


def fts_query(text: str, *, prefix_last: bool = False, words: Words | None = None) -> str | None:
    """User search text (see digest.search) -> an FTS5 query, or None when nothing is
    searched for (left-out terms alone: see `left_out_queries`). `prefix_last` makes the word
    being typed a prefix (search as you type). `words` gives the words a prefix begins
    (words_beginning); without it a prefix is the stemmer's (see _term_query).

    Text with Chinese, Japanese, Korean or Thai in it is for items_search_pairs (see
    `search_index`): each word is cut into pairs as the items' text is (scripts.segmented),
    and a word ending in such a run is a prefix, so 细胞 finds 干细胞临床 (细胞 胞临 ...)."""
    spaceless = SPACELESS_RUN.search(text) is not None
    parts: list[str] = []
    left_out: list[str] = []
    for term in search_terms(text, typing=prefix_last):
        (left_out if term.excluded else parts).append(_term_query(term, spaceless, words))
    if not parts:
        return None
    return " AND ".join(parts) + "".join(f" NOT {part}" for part in left_out)


def left_out_queries(
    text: str, *, prefix_last: bool = False, words: Words | None = None
) -> list[tuple[str, str]]:
    """For a search of left-out terms only (-battery -"fuel cell"), which FTS5 cannot run on
    its own: (index, query) for each term, the items being those no query matches. Each term
    is looked up in the index for its own script, so "-cell -细胞" leaves out both. Empty
    when the search has a term to look for, or none."""
    found = search_terms(text, typing=prefix_last)
    if any(not t.excluded for t in found):
        return []
    return [
        (search_index(t.words), _term_query(t, SPACELESS_RUN.search(t.words) is not None, words))
        for t in found
    ]


def _term_query(term, spaceless: bool, words: Words | None = None) -> str:
    """One search term as FTS5 reads it: a phrase; a prefix is the words it begins, each
    whole (so in its other forms), or the word itself. FTS5's own prefix (a * after the
    phrase) stems the prefix first, so it is added only where the list has no word and the
    stemmer leaves the typed text as it is, and stands in alone for text without spaces,
    which has no stems, for a prefix of several words ("stem-ce") and for one that begins
    more words than are worth looking up."""
    part = _phrase(term.words, spaceless)
    if not term.prefix or part.endswith("*"):
        return part
    one_word = words is not None and not spaceless and ONE_WORD.fullmatch(term.words)
    begun = words(term.words) if one_word else None
    if begun is None:
        return part + "*"
    typed = fold(term.words)
    alternatives = [f'"{word}"' for word in dict.fromkeys([typed, *begun])]
    if not begun and stem(typed) == typed:
        # the list has no word it begins (text another program wrote with SQL is indexed
        # by the triggers, its words not listed): FTS5's own prefix, where the stemmer
        # leaves the typed text as it is (a second prefix scan on every keystroke, when the
        # list has words, took scale_bench's search at 500k from 6.4 to 13.7 ms)
        alternatives.append(f'"{typed}"*')
    return "(" + " OR ".join(alternatives) + ")"


def _phrase(words: str, spaceless: bool) -> str:
    if not spaceless:
        return f'"{words}"'
    cut = segmented(words)
    # The run's last character stands alone in the query; in an item it may begin a pair.
    return f'"{" ".join(cut.split())}"' + ("*" if cut.endswith(" ") else "")


def search_index(text: str) -> str:
    """The FTS5 table a search runs on: items_search, or items_search_pairs for text with
    spaceless scripts in it (schema 0011)."""
    return "items_search_pairs" if SPACELESS_RUN.search(text) else "items_search"


@dataclass(frozen=True)
class ItemFilter:
    """Filters that combine (AND). Irrelevant items are hidden unless asked for."""

    since: str | None = None
    until: str | None = None
    search: str | None = None
    search_prefix: bool = False
    include_irrelevant: bool = False
    only_irrelevant: bool = False
    topic: str | None = None
    feed_id: int | None = None
    unread: bool = False
    starred: bool = False
    picked: bool = False
    seen_after: str | None = None  # first seen after this time (new since the last visit)
    item_ids: tuple[int, ...] | None = None
    collapse_stories: bool = False  # a story several sources carried: its lead item only
    words: Words | None = field(default=None, compare=False, repr=False)  # see fts_query

    @functools.cached_property
    def match(self) -> str | None:
        """The FTS5 query for the search, if any (read by source, where and the order)."""
        if not self.search:
            return None
        return fts_query(self.search, prefix_last=self.search_prefix, words=self.words)

    def source(self) -> str:
        """FROM clause: with a search, the FTS index drives (published order, see schema
        0002), so a page stops after LIMIT rows instead of sorting every match."""
        if self.match:
            return f"{search_index(self.search)} s JOIN items i ON i.search_key = s.rowid"
        return "items i"

    def where(self) -> tuple[str, list]:
        clauses, params = ["1"], []
        if self.match:
            clauses.append(f"{search_index(self.search)} MATCH ?")
            params.append(self.match)
        elif self.search:
            for index, query in left_out_queries(
                self.search, prefix_last=self.search_prefix, words=self.words
            ):
                clauses.append(
                    f"(i.search_key IS NULL OR i.search_key NOT IN "
                    f"(SELECT rowid FROM {index} WHERE {index} MATCH ?))"
                )
                params.append(query)
        if self.since:
            clauses.append("i.published_at >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("i.published_at < ?")
            params.append(self.until)
        if self.only_irrelevant:
            clauses.append("i.relevant = 0")
        elif not self.include_irrelevant:
            # IS NOT 0 (rather than "IS NULL OR = 1") lets SQLite walk the published_at index
            # in order and stop at LIMIT instead of sorting every match.
            clauses.append("i.relevant IS NOT 0")
        if self.topic:
            clauses.append("i.id IN (SELECT item_id FROM item_tags WHERE tag = ? AND assigned = 1)")
            params.append(self.topic)
        if self.feed_id is not None:
            clauses.append("i.id IN (SELECT item_id FROM item_sources WHERE feed_id = ?)")
            params.append(self.feed_id)
        if self.unread:
            clauses.append("i.read_at IS NULL")
        if self.starred:
            clauses.append("i.starred = 1")
        if self.picked:
            clauses.append("i.id IN (SELECT item_id FROM digest_entries)")
        if self.seen_after:
            clauses.append("i.first_seen_at > ?")
            params.append(self.seen_after)
        if self.collapse_stories:
            clauses.append(
                "(i.story_id IS NULL OR i.id = "
                "(SELECT st.lead_item_id FROM stories st WHERE st.id = i.story_id))"
            )
        if self.item_ids is not None:
            clauses.append(f"i.id IN ({','.join(str(int(x)) for x in self.item_ids) or 'NULL'})")
        return " AND ".join(clauses), params


def _filter(db: Database, filters: dict) -> ItemFilter:
    return ItemFilter(**filters, words=functools.partial(words_beginning, db))


def query_items(db: Database, *, limit: int | None = 100, offset: int = 0, **filters) -> list[dict]:
    """Items newest first, with their feed name, effective topics and story size; paged with
    limit/offset. `filters` are the fields of ItemFilter."""
    flt = _filter(db, filters)
    source = flt.source()
    where, params = flt.where()
    order = "s.rowid DESC" if flt.match else "i.published_at DESC, i.id DESC"
    sql = f"""SELECT i.*, f.name AS feed,
                (SELECT json_group_array(tag) FROM (SELECT tag FROM item_tags t
                   WHERE t.item_id = i.id AND t.assigned = 1 AND t.tag != 'relevant' ORDER BY tag)) AS topics_json,
                (SELECT item_count FROM stories s WHERE s.id = i.story_id) AS story_size
              FROM {source} JOIN feeds f ON f.id = i.feed_id
              WHERE {where} ORDER BY {order}"""
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    rows = []
    for r in db.query(sql, params):
        r["topics"] = json.loads(r.pop("topics_json") or "[]")
        rows.append(r)
    return rows


def last_item_id(db: Database) -> int:
    """The newest item's id (ids only grow), 0 for an empty archive."""
    return db.execute("SELECT coalesce(max(id), 0) FROM items").fetchone()[0]


def arrivals(db: Database, after_id: int) -> tuple[int, int]:
    """(the last item's id, how many of the items stored after item `after_id` the list
    shows by default: those not tagged not relevant); (after_id, 0) when none were."""
    row = db.execute(
        "SELECT coalesce(max(id), ?), coalesce(sum(relevant IS NOT 0), 0) FROM items WHERE id > ?",
        [after_id, after_id],
    ).fetchone()
    return row[0], row[1]


def count_items(db: Database, **filters) -> int:
    flt = _filter(db, filters)
    source = flt.source()
    where, params = flt.where()
    return db.execute(f"SELECT count(*) FROM {source} WHERE {where}", params).fetchone()[0]


def set_read(db: Database, item_id: int, read: bool, now: datetime) -> None:
    db.execute("UPDATE items SET read_at = ? WHERE id = ?", [iso(now) if read else None, item_id])


def mark_read(db: Database, now: datetime, **filters) -> int:
    """Mark every unread item the filters match as read (each copy of a story that matches,
    not only the one a list shows); returns how many."""
    flt = _filter(db, {**filters, "collapse_stories": False})
    where, params = flt.where()
    return db.execute(
        f"UPDATE items SET read_at = ? WHERE read_at IS NULL "
        f"AND id IN (SELECT i.id FROM {flt.source()} WHERE {where})",
        [iso(now), *params],
    ).rowcount


def set_starred(db: Database, item_id: int, starred: bool) -> None:
    db.execute("UPDATE items SET starred = ? WHERE id = ?", [int(starred), item_id])


def saved_searches(db: Database) -> list[dict]:
    return list(db.query("SELECT id, name, query FROM saved_searches ORDER BY name"))


def save_search(db: Database, name: str, query: str) -> None:
    db.execute(
        "INSERT INTO saved_searches (name, query) VALUES (?, ?) "
        "ON CONFLICT (name) DO UPDATE SET query = excluded.query",
        [name, query],
    )


def forget_search(db: Database, search_id: int) -> None:
    db.execute("DELETE FROM saved_searches WHERE id = ?", [search_id])


def item_sources_names(db: Database, item_id: int) -> list[str]:
    """Every feed that carried the item or a near-identical item of its story."""
    rows = db.execute(
        """SELECT DISTINCT f.name FROM items i
             JOIN item_sources s ON s.item_id = i.id JOIN feeds f ON f.id = s.feed_id
            WHERE i.id = ? OR (i.story_id IS NOT NULL
                               AND i.story_id = (SELECT story_id FROM items WHERE id = ?))
            ORDER BY s.first_seen_at""",
        [item_id, item_id],
    ).fetchall()
    return [r[0] for r in rows]
