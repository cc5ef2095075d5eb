"""The factored lexicon regex (digest/classify/factor.py) matches exactly what the flat
alternation matches: same spans, on the corpus, on the shipped demo and on generated text."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.classify import features, lexicon, load_corpus
from digest.classify.factor import _head, dispatch, factor, split_top

LEXICONS = {
    "latin": features.lexicons().latin,
    "latin-cased": features.lexicons().latin_cased,
    "cjk": features.lexicons().cjk,
}
DEMO = Path(__file__).resolve().parents[1] / "digest" / "demo"


def spans(
    rx: re.Pattern, text: str, pos: int = 0, endpos: int = sys.maxsize
) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text, pos, endpos)]


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


@pytest.mark.parametrize("name", sorted(LEXICONS))
def test_factored_relevance_matches_the_flat_one_inside_topic_phrases(name):
    """The relevance groups' own regex is read inside a topic phrase, from where it starts
    (features.extract): factored, it finds what the flat one finds from every start."""
    lex = LEXICONS[name]
    flat = lex.flat_relevance()
    matched = 0
    for text in corpus_texts():
        for variant in (text, text.lower()):
            for m in lex.regex.finditer(variant):
                start, stop = m.start(), m.start() + 80
                got = spans(lex.relevance, variant, start, stop)
                assert got == spans(flat, variant, start, stop), variant
                matched += len(got)
    assert matched > 30  # real matches compared (the cased lexicon names stem cells least)


def test_factoring_gives_each_first_character_one_branch():
    lex = features.lexicons().latin
    top = split_top(factor(lex.alternatives))
    heads = [h[0] for t in top if (h := _head(t))]
    repeated = {c for c in heads if heads.count(c) > 1}
    # A character gets a second branch only past a pattern that could start with it: the
    # cohort counts ("\\d+ patients") and Roman phase numbers ("i{1,3} фаза").
    assert repeated <= set("i0123456789")
    # about one branch per first character, plus the dozen patterns with no literal start
    assert len(top) < len(set(heads)) + 20
    # (How many first characters there are is the lexicon's language mix, not the factoring:
    # each script adds its own. What that costs in speed is measured by
    # benchmarks/classify_bench.py, not asserted here.)


_VOCAB = sorted(
    {w for t in corpus_texts() for w in re.findall(r"[\w'-]+", t.lower())}
    | {"stem", "cell", "cells", "-", "s", "authorisation", "authorization", "phase", "ii", "2"}
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=14), st.sampled_from(" -"))
def test_factored_lexicon_matches_the_flat_one_on_generated_text(words, sep):
    text = sep.join(words)
    lex = features.lexicons().latin
    assert spans(lex.regex, text) == spans(lex.flat_regex(), text)


FLAT_CASES = [
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
    # a class's special characters stay literal once taken out of it
    (["[$.€]\\d+m", "€5"], "$5m .5m €5m €5 5m"),
    # quantified groups and negated classes are left as they are
    (["(?:ab)+c", "abab"], "ababc abab"),
    (["[^x]y", "ay"], "ay xy"),
    (["", "a"], "a"),
    # a pattern that starts with a digit, a repeated letter or a lookbehind stays ahead
    # of later alternatives that start with a character it can match
    (["3x", "\\d+ a", "3 a b"], "3 a b"),
    (["ix", "i{1,3} phase", "ii phase 3"], "ii phase 3"),
    (["rx", "(?<=a )rep", "reports"], "a reports"),
    (["2x", "[1-3]\\. a", "2. a b"], "2. a b"),
    # a pattern that might start with anything is tried where it stood, whatever leads
    (["ab", "\\w+ y", "a y", "1 y"], "ab y a y 1 y -y"),
    (["1st", "\\d+ x", "1 x", "apple", "\\d+"], "1st 1 x 12 apple"),
]


@pytest.mark.parametrize("alternatives, text", FLAT_CASES)
def test_factor_keeps_the_flat_semantics(alternatives, text):
    flat = re.compile("|".join(alternatives))
    assert spans(re.compile(factor(alternatives)), text) == spans(flat, text)


@pytest.mark.parametrize("alternatives, text", FLAT_CASES)
@pytest.mark.parametrize("groups", [1, 2, 3])
def test_dispatch_keeps_the_flat_semantics(alternatives, text, groups):
    flat = re.compile("|".join(alternatives))
    body = dispatch(factor(alternatives), groups=groups, min_branches=0)
    assert spans(re.compile(body), text) == spans(flat, text)


def test_dispatch_gathers_branches_behind_their_first_characters():
    body = dispatch(
        factor(["apple", "berry", "1st", "\\d+ x", "\\w+ y", "ash", "zed"]),
        groups=2,
        min_branches=0,
    )
    # digits first; then ranges of first characters holding about as many branches each;
    # the pattern that might start with anything is in every gathering, in its place, and
    # last for characters no gathering covers
    assert body == (
        "(?=\\d)(?:1st|\\d+ x|\\w+ y)"
        "|(?=[a])(?:apple|\\w+ y|ash)"
        "|(?=[b-z])(?:berry|\\w+ y|zed)"
        "|\\w+ y"
    )
    # a short alternation is left as it is: its lookaheads would cost more than they save
    assert dispatch("a|b|c") == "a|b|c"


_PIECES = [
    "a",
    "b",
    "ab",
    "ba",
    "1",
    "12",
    "a b",
    "\\d+",
    "\\d a",
    "[ab]1",
    "\\w+ b",
    "(?<=a )b",
    "a?b",
    "b+",
    "é",
    "éa",
    "-a",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12),
    st.text(alphabet="ab12é -", max_size=24),
    st.integers(min_value=1, max_value=5),
)
def test_dispatch_keeps_the_flat_semantics_on_generated_patterns(alternatives, text, groups):
    flat = re.compile("|".join(alternatives))
    body = dispatch(factor(alternatives), groups=groups, min_branches=0)
    assert spans(re.compile(body), text) == spans(flat, text)


def test_factor_merges_branches_past_a_pattern_they_cannot_compete_with():
    # "\\d+ x" cannot start where "stem" or "stroma" do, so the two still share a branch
    assert factor(["stem", "\\d+ x", "stroma"]) == "st(?:em|roma)|\\d+ x"
    assert factor(["stem", "[1-3]\\. x", "stroma"]) == "st(?:em|roma)|[1-3]\\. x"
    assert factor(["stem", "\\w+ x", "stroma"]) == "stem|\\w+ x|stroma"


def test_factor_groups_shared_prefixes():
    assert factor(["stem cells", "stem cell lines", "stroma"]) == "st(?:em cell(?:s| lines)|roma)"


# The searches extract runs beside the lexicon scan, factored, against their flat forms
FLAT_SEARCHES = {
    "false friends": (
        features._FALSE,
        rf"(?<!\w)(?:{'|'.join(features._lower_pattern(p) for p in lexicon.FALSE_FRIENDS)})",
    ),
    "gene therapies": (
        features._GENE_THERAPY,
        rf"\b(?:{lexicon.GENE_THERAPY_NAMES})|{lexicon.GENE_THERAPY_NAMES_CJK}",
    ),
    "gene-corrected diseases": (
        features._GENE_CORRECTED_DISEASE,
        rf"\b(?:{lexicon.HAEMOGLOBINOPATHY}|{lexicon.GENE_CORRECTED_IN_STEM_CELLS})"
        rf"|{lexicon.HAEMOGLOBINOPATHY_CJK}|{lexicon.GENE_CORRECTED_IN_STEM_CELLS_CJK}",
    ),
}


@pytest.mark.parametrize("name", sorted(FLAT_SEARCHES))
def test_factored_searches_match_the_flat_ones_on_the_corpus(name):
    factored, flat = FLAT_SEARCHES[name][0], re.compile(FLAT_SEARCHES[name][1])
    matched = 0
    for text in corpus_texts():
        got = spans(factored, text.lower())
        assert got == spans(flat, text.lower()), text
        matched += len(got)
    assert matched > 5  # real matches compared


def test_a_lone_anchors_context_finds_what_its_flat_pattern_finds_on_the_corpus():
    found = 0
    for text in corpus_texts():
        lower = text.lower()
        for row, (_g, _p, context, unless) in zip(
            lexicon.LONE_ANCHORS, features._LONE_ANCHORS, strict=True
        ):
            for flat, present in ((row[2], context), (row[3], unless)):
                if flat:
                    hit = bool(re.search(flat, lower))
                    assert bool(present.search(lower)) == hit, (flat[:60], text)
                    found += hit
    assert found > 20


_BOUNDED_PIECES = _PIECES + ["\\ba", "\\bab", "\\bb a", "\\b\\d+", "\\b(?:a|b)1"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_BOUNDED_PIECES), min_size=1, max_size=12),
    st.text(alphabet="ab12é -", max_size=24),
)
def test_present_finds_a_match_wherever_the_flat_pattern_does(alternatives, text):
    flat = re.compile("|".join(alternatives))
    present = features._present("|".join(alternatives))
    assert bool(present.search(text)) == bool(flat.search(text))
