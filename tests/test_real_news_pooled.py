"""benchmarks/real_news/pooled.py: first sight pooled over items from the kept answers."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import REAL_NEWS, real_news_script

# the README as one line of words, as its paragraphs wrap anywhere
README = " ".join((Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8").split())


pooled = real_news_script("pooled")
check_new = real_news_script("check_new")


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def small(tmp_path):
    """Two sets and the answers given for them, one answer for a row since commented out."""
    _write(
        tmp_path / "heldout1.tsv",
        "# a set\nurl\trelevant\ttopics\n"
        "https://a.example/approved\t1\tregulation\n"
        "https://a.example/trial\t1\ttrials,hype\n"
        "https://a.example/battery\t0\t\n"
        "# Left out after scoring, retelling a story told before:\n"
        "#   https://a.example/retold\t1\tregulation\t(the approval again)\n",
    )
    _write(
        tmp_path / "heldout2.tsv",
        "url\trelevant\ttopics\nhttps://b.example/clinic\t1\thype\n",
    )
    answers = _write(
        tmp_path / "answers.tsv",
        "# answers\nfile\turl\tmodel\trelevant\ttopics\n"
        "heldout1.tsv\thttps://a.example/approved\taaaaaaa\t1\tregulation,business\n"
        "heldout1.tsv\thttps://a.example/trial\taaaaaaa\t1\ttrials\n"
        "heldout1.tsv\thttps://a.example/battery\taaaaaaa\t1\tregulation\n"
        "heldout1.tsv\thttps://a.example/retold\taaaaaaa\t0\t\n"
        "heldout2.tsv\thttps://b.example/clinic\tbbbbbbb\t0\thype\n",
    )
    return answers, tmp_path


def test_pool_counts_items_against_the_labels_and_drops_retold_rows(small):
    answers, root = small
    p = pooled.pool(answers, root)
    assert (p.sets, p.items, p.relevant, p.models) == (2, 4, 3, 2)
    # the battery page read as relevant, the clinic page missed; the retold row is gone
    assert (p.false_alarms, p.misses) == (1, 1)
    assert p.accuracy == pytest.approx(2 / 4)
    # topics on the labelled-relevant items only: the battery page's regulation is not counted
    assert p.topics == {"regulation": (1, 0, 0), "trials": (1, 0, 0), "hype": (1, 0, 1)}
    assert pooled.f1(*p.topics["hype"]) == pytest.approx(2 / 3)


def test_pool_can_be_limited_to_the_sets_named(small):
    answers, root = small
    p = pooled.pool(answers, root, only=["heldout2.tsv"])
    assert (p.sets, p.items, p.relevant, p.false_alarms, p.misses) == (1, 1, 1, 0, 1)
    assert p.topics["hype"] == (1, 0, 0)  # its topic was said, though relevance was missed


def test_add_appends_the_installed_models_answers_and_no_text(tmp_path):
    texts = _write(
        tmp_path / "set.jsonl",
        json.dumps(
            {
                "url": "https://c.example/ryoncil",
                "title": "FDA approves Mesoblast's Ryoncil, the first MSC therapy",
                "summary": "The agency approved the stem cell product for children with GVHD.",
            }
        )
        + "\n",
    )
    _write(
        tmp_path / "heldout9.tsv",
        "url\trelevant\ttopics\nhttps://c.example/ryoncil\t1\tregulation\n",
    )
    answers = _write(tmp_path / "answers.tsv", "file\turl\tmodel\trelevant\ttopics\n")
    # named by a path, the set is kept by its file name, as the pooling names it
    assert pooled.add(str(tmp_path / "heldout9.tsv"), texts, "ccccccc", answers, tmp_path) == 1
    last = answers.read_text(encoding="utf-8").splitlines()[-1].split("\t")
    assert last[:4] == ["heldout9.tsv", "https://c.example/ryoncil", "ccccccc", "1"]
    assert "regulation" in last[4].split(",")
    assert "Mesoblast" not in answers.read_text(encoding="utf-8")


def test_add_keeps_nothing_for_a_set_it_cannot_match_or_has_scored(tmp_path):
    _write(tmp_path / "heldout9.tsv", "url\trelevant\ttopics\nhttps://c.example/a\t1\t\n")
    answers = _write(tmp_path / "answers.tsv", "file\turl\tmodel\trelevant\ttopics\n")
    item = {"url": "https://c.example/a", "title": "Stem cells", "summary": ""}
    stray = _write(tmp_path / "stray.jsonl", json.dumps({**item, "url": "https://c.example/b"}))
    with pytest.raises(ValueError, match="not rows of heldout9.tsv: https://c.example/b"):
        pooled.add("heldout9.tsv", stray, "ccccccc", answers, tmp_path)
    texts = _write(tmp_path / "set.jsonl", json.dumps(item))
    with pytest.raises(ValueError, match="heldout8.tsv has no scored rows"):
        pooled.add("heldout8.tsv", texts, "ccccccc", answers, tmp_path)
    assert len(answers.read_text(encoding="utf-8").splitlines()) == 1  # nothing appended
    assert pooled.add("heldout9.tsv", texts, "ccccccc", answers, tmp_path) == 1
    with pytest.raises(ValueError, match="already kept"):
        pooled.add("heldout9.tsv", texts, "ddddddd", answers, tmp_path)
    assert len(answers.read_text(encoding="utf-8").splitlines()) == 2


def test_every_kept_answer_names_a_row_of_its_set():
    rows = {(row.file, row.url) for row in check_new.read_rows(REAL_NEWS)}
    kept = [(file, url) for file, url, *_ in pooled.read_answers()]
    assert kept
    assert [k for k in kept if k not in rows] == []


def test_the_readme_gives_the_pooled_figure():
    p = pooled.pool()
    f1 = pooled.topic_f1(p)
    assert f"For the {p.sets} counted sets" in README
    assert f"({p.items} items, {p.relevant} about stem cells)" in README
    expected = (
        f"relevance accuracy {p.accuracy:.3f} and F1 regulation {f1['regulation']:.2f}, "
        f"trials {f1['trials']:.2f}, hype {f1['hype']:.2f}"
    )
    assert expected in README
    not_relevant = p.items - p.relevant
    assert f"Of all {not_relevant} items not about stem cells, {p.false_alarms} were read" in README


def test_the_readme_gives_the_ordinary_mix_figure():
    m = re.search(
        r"`python benchmarks/real_news/pooled.py ((?:heldout\d+\.tsv ?)+)` gives relevance "
        r"accuracy (\d\.\d{3}) on (\d+) entries",
        README,
    )
    assert m, "the README names the ordinary-mix sets and their pooled figure"
    p = pooled.pool(only=m[1].split())
    assert (m[2], int(m[3])) == (f"{p.accuracy:.3f}", p.items)
    assert p.sets == len(m[1].split())
    # the status table's summary gives the same figure
    assert f"relevance accuracy {p.accuracy:.3f} over {p.items} entries" in README
    found = p.relevant - p.misses
    assert (
        f"{found} of the {p.relevant} about stem cells found, {p.false_alarms} false alarms"
        in README
    )
    # and the topics' F1 over the same entries, in that paragraph and in the status table
    f1 = pooled.topic_f1(p)
    topics = (
        f"regulation F1 {f1['regulation']:.2f}, trials {f1['trials']:.2f}, hype {f1['hype']:.2f}"
    )
    assert README.count(topics) == 2
