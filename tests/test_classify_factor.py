"""The factored lexicon regex (digest/classify/factor.py) matches exactly what the flat
alternation matches: same spans, on the corpus, on the shipped demo and on generated text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.classify import features, load_corpus
from digest.classify.factor import factor, split_top

LEXICONS = {
    "latin": features._LATIN,
    "latin-cased": features._LATIN_CASED,
    "cjk": features._CJK,
}
DEMO = Path(__file__).resolve().parents[1] / "digest" / "demo"


def spans(rx: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


def corpus_texts() -> list[str]:
    texts = [features.text_of(i.title, i.summary) for i in load_corpus()]
    for item in json.loads((DEMO / "asia-briefing.json").read_text("utf-8"))["items"]:
        texts.append(features.text_of(item.get("title", ""), item.get("summary", "")))
    return texts


@pytest.mark.parametrize("name", sorted(LEXICONS))
def test_factored_lexicon_matches_the_flat_one_on_the_corpus(name):
    lex = LEXICONS[name]
    flat = lex.flat_regex()
    matched = 0
    for text in corpus_texts():
        for variant in (text, text.lower()):
            got = spans(lex.regex, variant)
            assert got == spans(flat, variant), variant
            matched += len(got)
    assert matched > 50  # the comparison saw real matches, not only misses


def test_factoring_shrinks_the_top_level_alternation():
    lex = features._LATIN
    top = split_top(factor(lex.alternatives))
    # one branch per first letter, plus the few patterns that start with a class
    assert len(top) < len(lex.alternatives) / 5


_VOCAB = sorted(
    {w for t in corpus_texts() for w in re.findall(r"[\w'-]+", t.lower())}
    | {"stem", "cell", "cells", "-", "s", "authorisation", "authorization", "phase", "ii", "2"}
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=14), st.sampled_from(" -"))
def test_factored_lexicon_matches_the_flat_one_on_generated_text(words, sep):
    text = sep.join(words)
    lex = features._LATIN
    assert spans(lex.regex, text) == spans(lex.flat_regex(), text)


@pytest.mark.parametrize(
    "alternatives, text",
    [
        # an earlier, shorter alternative wins over a later, longer one, as in the flat form
        (["stem\\w*", "stem cells"], "stem cells"),
        (["stem cells", "stem\\w*"], "stem cells"),
        (["stem", "stem cells", "stems"], "stems and stem cells"),
        # ...even when a later alternative shares a longer prefix with an earlier one
        (["stem cells", "stem\\w*", "stem cellular"], "stem cellular"),
        # leading optional groups, alternation groups and classes are expanded in order
        (["(?:induced\\s+)?pluripoten\\w*", "induced"], "induced pluripotent cells"),
        (["(?:a|ab)c", "abc"], "abc ac"),
        (["authori[sz]ations?", "authoris"], "authorisation authorization"),
        (["s?cells?", "cel"], "cells scell cel"),
        # quantified groups and negated classes are left as they are
        (["(?:ab)+c", "abab"], "ababc abab"),
        (["[^x]y", "ay"], "ay xy"),
        (["", "a"], "a"),
    ],
)
def test_factor_keeps_the_flat_semantics(alternatives, text):
    flat = re.compile("|".join(alternatives))
    assert spans(re.compile(factor(alternatives)), text) == spans(flat, text)


def test_factor_groups_shared_prefixes():
    assert factor(["stem cells", "stem cell lines", "stroma"]) == "st(?:em cell(?:s| lines)|roma)"
