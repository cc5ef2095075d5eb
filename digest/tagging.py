"""The tagging commands' bodies: classify JSON lines, evaluate, correct, reclassify.

Thin wrappers that print; the work is in digest.classify and digest.store.tags.
"""

from __future__ import annotations

import json
import shlex
from typing import IO

import click
from sqlite_utils import Database

from digest.errors import DigestError, did_you_mean
from digest.wording import counted

MAX_LINE = 16 * 1024 * 1024  # characters: one item's headline, lede and text fit many times


def _lines(source: IO[str]):
    """(line number, line) for each line, or (line number, None) for a line over MAX_LINE,
    read past in pieces: a file of one huge line (a JSON array, /dev/zero) would otherwise
    be read whole into memory."""
    n = 0
    while line := source.readline(MAX_LINE + 1):
        n += 1
        if len(line) <= MAX_LINE or line.endswith("\n"):
            yield n, line
            continue
        while (rest := source.readline(MAX_LINE)) and not rest.endswith("\n"):
            pass
        yield n, None


def json_items(source: IO[str], name: str, skipped: list[int], check=None):
    """(line number, object, title, summary) for each JSON line with a title or summary; a
    bad line is reported on stderr with its number, added to `skipped`, and passed over.
    `check(obj)` may raise ValueError to refuse a line for reasons of its own. `source` is
    read with errors="surrogateescape", so a line that is not UTF-8 is one bad line."""
    for n, line in _lines(source):
        if n == 1 and line is not None:
            line = line.removeprefix("\ufeff")  # a BOM (PowerShell's Out-File writes one)
        if line is not None and not line.strip():
            continue
        try:
            if line is None:
                raise ValueError(f"longer than {MAX_LINE:,} characters (one JSON object a line)")
            try:
                line.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise ValueError(
                    f"not UTF-8 text (a stray byte at column {exc.start + 1})"
                ) from None
            try:
                obj = json.loads(line.rstrip("\r\n"))  # a column in this line, not the next
            except json.JSONDecodeError as exc:
                raise ValueError(f"not JSON ({exc.msg} at column {exc.colno})") from None
            except RecursionError:
                raise ValueError("JSON nested too deeply to read") from None
            if not isinstance(obj, dict):
                raise ValueError("not a JSON object")
            title, summary = (obj.get(k) or "" for k in ("title", "summary"))  # null: none
            for key, value in (("title", title), ("summary", summary)):
                if not isinstance(value, str):
                    raise ValueError(f"{key} must be a string, not {json.dumps(value)[:40]}")
            if not title and not summary:
                raise ValueError("no title or summary")
            if check is not None:
                check(obj)
        except ValueError as exc:
            click.echo(f"{name}:{n}: skipped: {exc}", err=True)
            skipped.append(n)
            continue
        yield n, obj, title, summary


def classify_jsonl(source: IO[str], out: IO[str], classifier, name: str) -> tuple[int, int]:
    """Each input line is a JSON object with title and summary; the same object comes back
    with relevant, relevance, topics, scores and evidence added. A bad line is reported on
    stderr with its number and skipped; the rest go on. Returns (written, skipped)."""
    written, skipped = 0, []
    for n, obj, title, summary in json_items(source, name, skipped):
        result = classifier.classify(title, summary, obj.get("content") or "")
        for watch in result.gave_up:
            click.echo(
                f"{name}:{n}: watchlist {watch!r}: a regex gave up on this item, so it is not "
                f"tagged {watch}; simplify the pattern",
                err=True,
            )
        obj.update(result.as_json())
        try:
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        except UnicodeEncodeError:
            # "\ud800" is valid JSON for a half of a character pair, which UTF-8 cannot
            # hold: such a line goes back with its non-ASCII escaped, as it came in. (A
            # text stream encodes the whole line before writing any of it.)
            out.write(json.dumps(obj) + "\n")
        written += 1
    return written, len(skipped)


def print_eval() -> None:
    from digest.classify import Classifier, examples_from, fit, load_corpus
    from digest.classify.corpus import score

    items = load_corpus()
    train_items = [i for i in items if i.split == "train"]
    dev = [i for i in items if i.split == "dev"]
    test = [i for i in items if i.split == "test"]
    before = Classifier(fit(examples_from(train_items)))

    def predict(c, split):
        return [
            (r.relevant, set(r.topics)) for r in (c.classify(i.title, i.summary) for i in split)
        ]

    # A user correcting the dev split: every item whose tags the model got wrong.
    wrong = [
        i
        for i, (rel, topics) in zip(dev, predict(before, dev), strict=False)
        if rel != i.relevant or (i.relevant and topics != set(i.topics))
    ]
    after = Classifier(fit(examples_from(train_items) + examples_from(wrong, weight=2.0)))
    s_before, s_after = score(test, predict(before, test)), score(test, predict(after, test))
    click.echo(
        f"Corpus: {len(items)} items written for this project; train {len(train_items)}, "
        f"dev {len(dev)}, test {len(test)} (topics scored on relevant items)."
    )
    click.echo(
        f"Test split. 'after': retrained with the {len(wrong)} dev items the model got wrong, "
        "as a user would correct them.\n"
    )
    click.echo(f"{'label':<12} {'P':>5} {'R':>5} {'F1':>5}   {'F1 after':>8} {'n':>4}")
    for b, a in zip(s_before, s_after, strict=False):
        click.echo(
            f"{b.label:<12} {b.precision:5.2f} {b.recall:5.2f} {b.f1:5.2f}   {a.f1:8.2f} {b.support:4d}"
        )
    rel = s_before[0]
    click.echo(
        f"\nRelevance on the test split: accuracy {rel.accuracy:.3f}\n"
        f"                 predicted relevant  predicted not\n"
        f"  relevant       {rel.tp:>18}  {rel.fn:>13}\n"
        f"  not relevant   {rel.fp:>18}  {rel.tn:>13}"
    )


def _share(value: float, count: int) -> str:
    """A precision, recall or F1 in five columns, or a dash when it counts nothing."""
    return f"{value:5.2f}" if count else f"{'—':>5}"


def print_eval_labelled(source: IO[str], name: str) -> None:
    """Scores of the shipped model on the caller's labelled JSON lines (for instance real
    published news the model never saw). Bad lines are reported with their number and
    skipped; a DigestError when no line was usable."""
    from digest.classify import Classifier, default_model
    from digest.classify.corpus import TOPICS, LabelledItem, score

    def check(obj: dict) -> None:
        topics = obj.get("topics") or []
        if not isinstance(obj.get("relevant"), bool):
            raise ValueError("relevant must be true or false")
        if not isinstance(topics, list) or set(topics) - set(TOPICS):
            raise ValueError(f"topics must be a list of: {', '.join(TOPICS)}")

    gold = [
        LabelledItem(title, summary, obj["relevant"], frozenset(obj.get("topics") or []), "labelled", n)
        for n, obj, title, summary in json_items(source, name, [], check)
    ]  # fmt: skip
    if not gold:
        raise DigestError(
            f"{name}: no usable labelled items",
            hint='one JSON object a line: {"title": "...", "summary": "...", "relevant": true, '
            '"topics": ["trials"]}',
        )
    clf = Classifier(default_model())
    results = [clf.classify(i.title, i.summary) for i in gold]
    scores = score(gold, [(r.relevant, set(r.topics)) for r in results])
    relevant = sum(i.relevant for i in gold)
    click.echo(
        f"{len(gold)} labelled items from {name} ({relevant} relevant; topics scored on those).\n"
    )
    click.echo(f"{'label':<12} {'P':>5} {'R':>5} {'F1':>5} {'n':>4}")
    for s in scores:  # a label nobody labelled or predicted has no P, R or F1: "—", not 0.00
        p, r, f = (_share(v, d) for v, d in ((s.precision, s.tp + s.fp),
                                               (s.recall, s.tp + s.fn),
                                               (s.f1, s.tp + s.fp + s.fn)))  # fmt: skip
        click.echo(f"{s.label:<12} {p} {r} {f} {s.support:4d}")
    rel = scores[0]
    click.echo(
        f"\nRelevance accuracy {rel.accuracy:.3f} (tp {rel.tp}, fp {rel.fp}, fn {rel.fn}, tn {rel.tn})"
    )
    misses = [(i, r) for i, r in zip(gold, results, strict=True) if r.relevant != i.relevant]
    for i, r in misses[:20]:
        click.echo(f"  line {i.line}: labelled {'relevant' if i.relevant else 'not relevant'}, "
                   f"scored {r.relevance:.2f}: {i.title[:70]}")  # fmt: skip
    # the topics, as they are scored: on the items labelled relevant; a topic given that the
    # labels lack shows the phrases that carried it, so the reader can see why
    wrong = [(i, r, i.topics - set(r.topics), set(r.topics) & set(TOPICS) - i.topics)
             for i, r in zip(gold, results, strict=True) if i.relevant]  # fmt: skip
    wrong = [w for w in wrong if w[2] or w[3]]
    if wrong:
        click.echo(f"\nTopics that differ from the labels ({len(wrong)} relevant items):")
    for i, r, missed, extra in wrong[:20]:
        said = [f"missed {t} ({r.scores[t]:.2f})" for t in sorted(missed)]
        said += [f"extra {t} ({r.scores[t]:.2f}: {', '.join(r.evidence.get(t, [])[:3])})"
                 for t in sorted(extra)]  # fmt: skip
        click.echo(f"  line {i.line}: {'; '.join(said)}: {i.title[:60]}")


def known_topic(
    db: Database,
    key: str,
    watchlists: tuple[str, ...] = (),
    *,
    said: str | None = None,
    where: str = "",
) -> str:
    """The topic key `key` names, as a key or a display name ("clinical trials": lowercase),
    or `key` when it names a watchlist (configured, or one that has tagged items);
    otherwise an error listing the topics. `said` is how the user wrote it, `where` the
    option it came with."""
    from digest.store.tags import is_watchlist_tag
    from digest.taxonomy import LABELS, TOPIC_NAMES

    key = {name.lower(): k for k, name in TOPIC_NAMES.items()}.get(key, key)
    if key in LABELS[1:] or key in watchlists or is_watchlist_tag(db, key):
        return key
    names = [n for k, n in TOPIC_NAMES.items() if n.lower() != k]  # "Clinical trials", not "Safety"
    near = did_you_mean(said or key, [*LABELS[1:], *names, *watchlists])
    raise DigestError(
        f"{where}unknown topic {(said or key)!r}",
        (f"{near} " if near else "") + f"topics: {', '.join(LABELS[1:])}, or a watchlist name",
    )


RELEVANCE_OPTIONS = "use --relevant or --not-relevant for relevance"


def _unsigned_hint(db: Database, change: str, watchlists: tuple[str, ...]) -> str:
    """The hint for a change `digest tag` cannot read: for a topic written with no sign
    (any way `known_topic` reads one), the three ways to write that very word."""
    word = change.strip()
    if word.lower() == "relevant":
        return RELEVANCE_OPTIONS
    try:
        known_topic(db, word.lower(), watchlists, said=word)
    except DigestError:
        return (
            "write +TOPIC to add, -TOPIC to remove, =TOPIC to undo a correction; "
            "the options are --relevant, --not-relevant and --clear"
        )
    add, remove, undo = (shlex.quote(sign + word) for sign in "+-=")  # +'Clinical trials'
    return f"write {add} to add it, {remove} to remove it, {undo} to undo yours"


def apply_corrections(
    db: Database,
    item_id: int,
    changes: list[str],
    relevant: bool | None,
    clear: bool,
    now,
    watchlists: tuple[str, ...] = (),
) -> None:
    """`watchlists`: the configured watchlists' names, which +NAME and -NAME may give."""
    from digest.store import items as store_items
    from digest.store import tags as store_tags
    from digest.store import write

    if store_items.get_item(db, item_id) is None:
        raise DigestError(f"no item {item_id}", "find ids with `digest items --json`")
    # --clear starts over from the classifier's tags; the changes given with it come after.
    corrected = store_tags.corrections_for(db, item_id)
    plan: list[tuple[str, int | None]] = []
    if clear:
        plan += [(tag, None) for tag in corrected]
    said: dict[str, str] = {}
    for change in changes:
        sign, tag = change[:1], change[1:].strip().lower()
        if sign not in "+-=" or not tag or tag.startswith("-"):
            raise DigestError(f"cannot read {change!r}", _unsigned_hint(db, change, watchlists))
        if tag == "relevant":
            raise DigestError(RELEVANCE_OPTIONS)
        # a key, or a name: +"Clinical trials"
        tag = known_topic(db, tag, watchlists, said=change[1:].strip())
        if tag in said and said[tag][:1] != sign:
            raise DigestError(
                f"{said[tag]!r} and {change!r} contradict each other", "give one of them"
            )
        said[tag] = change
        plan.append((tag, {"+": 1, "-": -1, "=": None}[sign]))
    if relevant is not None:
        plan.append(("relevant", 1 if relevant else -1))
    if not plan and clear:  # already as the classifier tagged it
        click.echo(f"{item_id} has no corrections to clear.")
        return
    if not plan:
        raise DigestError(
            "nothing to change", "give +TOPIC, -TOPIC, --relevant, --not-relevant or --clear"
        )
    for tag, value in plan:
        if value is None and tag not in corrected and not clear:
            click.echo(f"note: {said[tag]!r} changes nothing: {tag} has no correction", err=True)
    with write(db):
        for tag, value in plan:
            store_tags.set_correction(db, item_id, tag, value, now)
    print_item_tags(db, item_id)


def print_item_tags(db: Database, item_id: int) -> None:
    from digest.store import items as store_items
    from digest.store import tags as store_tags
    from digest.taxonomy import TOPIC_NAMES

    item = store_items.get_item(db, item_id)
    click.echo(f"{item_id}: {item['title']}")
    for t in store_tags.item_tags(db, item_id):
        mark = "+" if t["assigned"] else "-"
        who = {"correction": " (your correction)", "watchlist": " (watchlist)"}.get(t["source"], "")
        ev = f"  ← {', '.join(t['evidence'])}" if t["evidence"] else ""
        name = TOPIC_NAMES.get(t["tag"], t["tag"])
        click.echo(f"  {mark} {name:<16} {t['score']:.2f}{who}{ev}")


def reclassify(db: Database, tagger, quiet: bool) -> None:
    import time

    from digest.store.items import count_items

    total = count_items(db, include_irrelevant=True)
    t0 = time.perf_counter()

    def progress(done: int) -> None:
        if not quiet:
            click.echo(f"\r  {done}/{total} items", nl=False, err=True)

    done = tagger.reclassify(db, on_batch=progress)
    if not quiet:
        click.echo("", err=True)
    secs = time.perf_counter() - t0
    # under a few thousand items the time is mostly start-up: a rate would mislead
    rate = f" ({done / secs:,.0f} items/s)" if secs > 0 and done >= 5000 else ""
    said = f"Re-tagged {counted(done, 'item')} in {secs:.1f} s{rate}"
    click.echo(f"{said}; your corrections were kept.")
    for note in tagger.notes():
        click.echo(f"note: {note}", err=True)
