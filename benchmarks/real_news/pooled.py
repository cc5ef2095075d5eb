"""First sight pooled over items, not sets: the model's answers kept in first_sight/answers.tsv
(each given by the model that first scored its set) against our labels in the set files.

    python benchmarks/real_news/pooled.py [heldoutN.tsv ...]
    python benchmarks/real_news/pooled.py --add heldoutN.tsv SET.jsonl --model COMMIT

The first form pools every kept answer, or only those of the set files named (the sets of a
feed's ordinary mix, say, apart from the probes).

The second form is for a new set at its first scoring: it tags the set's headlines and
ledes (JSON lines with `url`, `title`, `summary`) with the installed model, which must be
the commit named, and appends the answers (never the text) to first_sight/answers.tsv.
Topic figures count only the items labelled relevant, as `digest eval` scores topics. An
answer whose row its set has since commented out as retold is left out.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Collection
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))  # its sibling check_new.py is the reader of the set files
from check_new import read_rows, topic_set  # noqa: E402

ANSWERS = HERE / "first_sight" / "answers.tsv"
TOPICS = ("regulation", "trials", "hype")


class Pooled(NamedTuple):
    sets: int
    items: int
    relevant: int
    models: int
    accuracy: float
    false_alarms: int  # items not about stem cells read as relevant
    misses: int  # relevant items read as not relevant
    topics: dict[str, tuple[int, int, int]]  # topic -> (tp, fp, fn)


def _split(line: str) -> list[str]:
    return line.rstrip("\n").split("\t")


def labels(root: Path = HERE) -> dict[tuple[str, str], tuple[bool, frozenset[str]]]:
    """(set file, address) -> (relevant, topics) for every scored row of every set file."""
    return {(r.file, r.url): (r.relevant, r.topics) for r in read_rows(root) if not r.commented}


def read_answers(answers: Path = ANSWERS) -> list[list[str]]:
    """The kept answers' rows: set file, address, model, relevant (0/1), topics."""
    return [
        (_split(line) + [""])[:5]
        for line in answers.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith(("#", "file\t"))
    ]


class Answer(NamedTuple):
    file: str
    model: str
    said_relevant: bool
    said_topics: frozenset[str]
    relevant: bool
    topics: frozenset[str]


def answers_with_labels(answers: Path = ANSWERS, root: Path = HERE) -> list[Answer]:
    """The kept answers whose rows are still scored, each beside our labels for it."""
    truth = labels(root)
    out = []
    for file, url, model, rel, topics in read_answers(answers):
        if (file, url) in truth:
            out.append(Answer(file, model, rel == "1", topic_set(topics), *truth[(file, url)]))
    return out


def pool(answers: Path = ANSWERS, root: Path = HERE, only: Collection[str] = ()) -> Pooled:
    """The kept answers pooled against our labels: all of them, or those of the files named."""
    return summarise(answers_with_labels(answers, root), only)


def summarise(answers: list[Answer], only: Collection[str] = ()) -> Pooled:
    """Answers already beside their labels, pooled: all of them, or those of the files named."""
    rows = [a for a in answers if not only or a.file in only]
    counts = {}
    for topic in TOPICS:
        scored = [(topic in a.topics, topic in a.said_topics) for a in rows if a.relevant]
        counts[topic] = (
            sum(gold and said for gold, said in scored),
            sum(said and not gold for gold, said in scored),
            sum(gold and not said for gold, said in scored),
        )
    return Pooled(
        sets=len({a.file for a in rows}),
        items=len(rows),
        relevant=sum(a.relevant for a in rows),
        models=len({a.model for a in rows}),
        accuracy=sum(a.said_relevant == a.relevant for a in rows) / len(rows) if rows else 0.0,
        false_alarms=sum(a.said_relevant and not a.relevant for a in rows),
        misses=sum(a.relevant and not a.said_relevant for a in rows),
        topics=counts,
    )


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0


def topic_f1(p: Pooled) -> dict[str, float]:
    """Each topic's F1 over the pooled items."""
    return {topic: f1(*counts) for topic, counts in p.topics.items()}


def add(set_file: str, texts: Path, model: str, answers: Path = ANSWERS, root: Path = HERE) -> int:
    """Append the installed model's answers for a set's items; returns how many.

    The set is named by its file name wherever the path given points, as the pooling names
    it. Nothing is appended (ValueError) if the set has no scored rows here, if an item's
    address is not one of them, or if answers for the set are already kept: a set is scored
    at first sight once."""
    from digest.classify import Classifier, default_model

    name = Path(set_file).name
    rows = {url for file, url in labels(root) if file == name}
    if not rows:
        raise ValueError(f"{name} has no scored rows in {root}: write the set file first")
    if any(row[0] == name for row in read_answers(answers)):
        raise ValueError(f"answers for {name} are already kept in {answers}: a set is scored once")
    items = [
        json.loads(line) for line in texts.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    if strays := [item["url"] for item in items if item["url"] not in rows]:
        raise ValueError(f"{texts}: not rows of {name}: {', '.join(strays)}")
    classifier = Classifier(default_model())
    lines = []
    for item in items:
        result = classifier.classify(item["title"], item.get("summary", ""))
        topics = ",".join(result.topics)
        lines.append(f"{name}\t{item['url']}\t{model}\t{int(result.relevant)}\t{topics}\n")
    with answers.open("a", encoding="utf-8") as out:
        out.writelines(lines)
    return len(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="pool only these set files (heldoutN.tsv)")
    parser.add_argument("--add", nargs=2, metavar=("SET_FILE", "TEXTS"))
    parser.add_argument("--model", help="the commit whose model is installed (with --add)")
    args = parser.parse_args()
    if args.add:
        if not args.model:
            parser.error("--add needs --model COMMIT")
        try:
            n = add(args.add[0], Path(args.add[1]), args.model)
        except ValueError as e:
            sys.exit(f"pooled.py --add: {e}")
        print(f"{n} answers added to {ANSWERS}")
        return
    answers = answers_with_labels()  # read once: for the check and for the pooling
    kept = {a.file for a in answers}
    names = [Path(name).name for name in args.sets]  # a path names its set by its file name
    if missing := [name for name in names if name not in kept]:
        sys.exit(
            f"no first-sight answers are kept for {', '.join(missing)}: only the sets of "
            "session 109 on have them (see first_sight/answers.tsv)"
        )
    p = summarise(answers, names)
    print(
        f"first sight, pooled: {p.sets} sets, {p.items} items ({p.relevant} relevant), {p.models} models"
    )
    print(
        f"relevance accuracy {p.accuracy:.3f} ({p.false_alarms} read as relevant, {p.misses} missed)"
    )
    for topic, (tp, fp, fn) in p.topics.items():
        if not tp + fp + fn:
            print(f"{topic:<11} no item")
            continue
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        print(f"{topic:<11} P {prec:.3f}  R {rec:.3f}  F1 {f1(tp, fp, fn):.3f}  ({tp + fn} items)")


if __name__ == "__main__":
    main()
