"""The first-sight counts in the README and docs/real-news.md agree with each other and
with the sets committed in benchmarks/real_news/: they are edited by hand as each set joins,
and a count left behind in one place is easy to miss."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import REAL_NEWS, real_news_script

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = (ROOT / "docs" / "real-news.md").read_text(encoding="utf-8")

# the set files are read as check_new.py reads them; a set withdrawn after scoring (every row
# commented out as retold) counts in no table
check_new = real_news_script("check_new")
SETS = len({row.file for row in check_new.read_rows(REAL_NEWS) if not row.commented})
TOPICS = {"regulation": "regulation", "trials": "trial", "hype": "hype"}  # as the lists name them


def _row(text: str, start: str) -> list[str]:
    (line,) = [ln for ln in text.splitlines() if ln.startswith(start)]
    return [c.strip() for c in line.split("|")[1:-1]]


def _met(cell: str) -> tuple[int, int]:
    m = re.match(r"(\d+) of (?:the )?(\d+)\b", cell)
    assert m, cell
    return int(m[1]), int(m[2])


def _ordinals(text: str) -> set[int]:
    """The sets a parenthesis names: "the 79th, 93rd to 97th and 101st"."""
    found: set[int] = set()
    for a, b in re.findall(r"(\d+)(?:st|nd|rd|th)(?: to (\d+)(?:st|nd|rd|th))?", text):
        found.update(range(int(a), int(b or a) + 1))
    return found


def test_every_committed_set_is_counted_in_both_tables():
    assert f"| first sight, {SETS} sets |" in README
    assert f"| first sight, {SETS} sets |" in DOCS
    # the per-set table: a column for each set, between the row names and the targets
    assert len(_row(DOCS, "| relevance accuracy |")) == SETS + 2
    assert len(_row(DOCS, "| model |")) == SETS + 2


def test_the_model_row_names_a_model_for_each_set():
    """Each set's model cell says which model scored it; the placeholder written while a
    set's own fix is pending, or the fix's outcome put in the wrong row, must not be left."""
    cells = _row(DOCS, "| model |")[1:-1]
    left = [c for c in cells if "HASH" in c or c.lower() in {"none needed", ""}]
    assert not left, left
    assert re.search(r"\b[0-9a-f]{7}\b", cells[-1]), cells[-1]


def test_the_readme_status_row_says_what_the_tables_say():
    readme = [_met(c) for c in _row(README, "| sets meeting the target |")[1:]]
    docs = [_met(c) for c in _row(DOCS, "| sets meeting the target |")[1:]]
    assert readme == docs
    assert readme[0][1] == SETS
    status = re.search(
        r"relevance in (\d+) of (\d+) sets, regulation in (\d+) of (\d+), "
        r"trials in (\d+) of (\d+), hype \(the weakest\) in (\d+) of (\d+)",
        README,
    )
    assert status, "the README's status row no longer reads as this test expects"
    numbers = [int(n) for n in status.groups()]
    assert list(zip(numbers[::2], numbers[1::2], strict=True)) == readme


def test_each_topic_lists_the_sets_without_an_item():
    cells = _row(DOCS, "| sets meeting the target |")[2:]
    for (topic, word), cell in zip(TOPICS.items(), cells, strict=True):
        _, with_item = _met(cell)
        paren = re.search(rf"\((.*) have no {word} item\)$", cell)
        assert paren, (topic, cell[:80])
        assert len(_ordinals(paren[1])) == SETS - with_item, topic
