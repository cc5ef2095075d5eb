"""Factor a regex alternation by shared literal prefixes, keeping what it matches.

The lexicon is one alternation of some 600 patterns. At each word start, Python's regex
engine tries the alternatives one by one; most fail on their first character, but trying
600 of them still dominated tagging time. Factored into a trie
("stem cells?|stem\\s+cell" -> "stem(?: cells?|\\s+cell)"), it tries a few dozen.

The result matches exactly what the flat alternation matches, span for span, because the
engine explores candidates in the same order:

- pulling a shared literal prefix out of alternatives does not reorder them;
- two alternatives that need different literal characters at the same place can never both
  match, so their relative order does not matter, and they may share a branch;
- anything else (a pattern going on with `\\s+`, a group or a class) keeps its place: it
  closes the branches before it that it could compete with, so later alternatives cannot
  jump ahead of it. Where its first character is known to be a digit (`\\d`), one of a class
  (`[1-3]`), one repeated letter (`i{1,3}`) or comes after a lookbehind, only the branches
  for characters it could start with are closed; otherwise all of them.

Leading optional parts and alternation groups are expanded first (`(?:a|b)?c` -> `ac|bc|c`,
`[sz]ation` -> `sation|zation`), which keeps the order of candidates too, so that more
alternatives begin with a literal. tests/test_classify_factor.py holds flat and factored
equal on the corpus and on generated text.
"""

from __future__ import annotations

import re

_SPECIAL = set("\\()[]{}.*+?^$|")
_QUANTIFIER = set("?*+{")
MAX_EXPANSION = 16  # alternatives one pattern may expand into


def _skip_class(p: str, i: int) -> int:
    """Index just past the character class starting at p[i] == '['."""
    j = i + 1
    if j < len(p) and p[j] == "^":
        j += 1
    if j < len(p) and p[j] == "]":
        j += 1
    while j < len(p) and p[j] != "]":
        j += 2 if p[j] == "\\" else 1
    return j + 1


def _structure(p: str):
    """(index, character, depth after it) for each parenthesis and '|' in p, skipping
    escapes and character classes."""
    depth, j = 0, 0
    while j < len(p):
        c = p[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _skip_class(p, j)
            continue
        if c in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[c]
            yield j, c, depth
        j += 1


def _close_paren(p: str, i: int) -> int:
    """Index of the ')' matching the '(' at p[i]."""
    for j, c, depth in _structure(p[i:]):
        if c == ")" and depth == 0:
            return i + j
    raise ValueError(f"unbalanced pattern: {p!r}")


def split_top(p: str) -> list[str]:
    """The pattern's top-level alternatives."""
    cuts = [j for j, c, depth in _structure(p) if c == "|" and depth == 0]
    return [p[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(p)], strict=True)]


def _head(p: str) -> tuple[str, str, str] | None:
    """(character, its source, rest) when p starts with a literal character that is not
    quantified; None otherwise."""
    if not p:
        return None
    if p[0] == "\\":
        if len(p) < 2 or p[1].isalnum():
            return None  # \s, \d, \w...: a class, not a character
        char, src = p[1], p[:2]
    elif p[0] in _SPECIAL:
        return None
    else:
        char, src = p[0], p[0]
    rest = p[len(src) :]
    if rest[:1] in _QUANTIFIER:
        return None
    return char, src, rest


_DIGIT = re.compile(r"\d")
_MAY_BE_ABSENT = re.compile(r"[?*]|\{0")  # a quantifier that allows zero repeats


def _first_chars(p: str):
    """A test for the characters a match of p can start with, when p's start is one this
    module can read; None otherwise (p might start with anything)."""
    if p.startswith(("(?<=", "(?<!")):
        return _first_chars(p[_close_paren(p, 0) + 1 :])
    if p.startswith(r"\d") and not _MAY_BE_ABSENT.match(p[2:]):
        return _DIGIT.fullmatch
    if p.startswith("[") and not p.startswith("[^"):
        end = _skip_class(p, 0)
        body = p[1 : end - 1]
        if "\\" in body or _MAY_BE_ABSENT.match(p[end:]):
            return None
        chars: set[str] = set()
        i = 0
        while i < len(body):
            if i + 2 < len(body) and body[i + 1] == "-":  # a range: 1-3
                chars.update(map(chr, range(ord(body[i]), ord(body[i + 2]) + 1)))
                i += 3
            else:
                chars.add(body[i])
                i += 1
        return chars.__contains__
    if (head := _head(p)) is not None:
        return head[0].__eq__
    char = None if p[:1] in _SPECIAL else p[:1]
    if char and (p[1:2] == "+" or re.match(r"\{[1-9]", p[1:])):
        return char.__eq__  # a repeated letter, at least once
    return None


def _expand_once(p: str) -> list[str] | None:
    """One step of rewriting p's start into alternatives that explore the same candidates
    in the same order; None when p's start cannot be rewritten."""
    if p.startswith("(?:"):
        end = _close_paren(p, 0)
        inner, rest = p[3:end], p[end + 1 :]
        quant = rest[:1]
        if quant == "?" and rest[1:2] not in ("?", "+"):
            return [a + rest[1:] for a in split_top(inner)] + [rest[1:]]
        if quant in _QUANTIFIER:
            return None
        return [a + rest for a in split_top(inner)]
    if p.startswith("[") and not p.startswith("[^"):
        end = _skip_class(p, 0)
        body, rest = p[1 : end - 1], p[end:]
        if rest[:1] in _QUANTIFIER or not body or any(c in "\\-[" for c in body):
            return None
        # one character each, in order; a class's $ or . is literal, so escaped outside it
        return [re.escape(c) + rest for c in dict.fromkeys(body)]
    if (
        len(p) >= 2
        and p[0] not in _SPECIAL
        and p[1] == "?"
        and p[2:3] not in ("?", "+")
        and _head(p[0] + p[2:])
    ):
        return [p[0] + p[2:], p[2:]]  # an optional literal: with it first, then without
    return None


def _expand(p: str) -> list[str]:
    """p as alternatives that start with a literal character where that is possible."""
    out, todo = [], [p]
    while todo:
        q = todo.pop(0)
        if _head(q) is not None:
            out.append(q)
            continue
        more = _expand_once(q)
        if more is None or len(out) + len(todo) + len(more) > MAX_EXPANSION:
            out.append(q)
        else:
            todo[:0] = more
    return out


def factor(alternatives: list[str]) -> str:
    """One regex body matching exactly what '|'.join(alternatives) matches."""
    entries: list[list] = []  # [source of char, [rests]] or [None, raw pattern]
    open_branch: dict[str, int] = {}  # char -> index in entries of its branch still open
    for alt in alternatives:
        for top in split_top(alt):
            for p in _expand(top):
                head = _head(p)
                if head is None:
                    entries.append([None, p])
                    # p keeps its place before the branches it might compete with
                    clash = _first_chars(p)
                    for char in [c for c in open_branch if clash is None or clash(c)]:
                        del open_branch[char]
                    continue
                char, src, rest = head
                at = open_branch.get(char)
                if at is None:
                    open_branch[char] = len(entries)
                    entries.append([src, [rest]])
                else:
                    entries[at][1].append(rest)
    parts = []
    for src, body in entries:
        if src is None:
            parts.append(body)
        elif len(body) == 1:
            parts.append(src + body[0])
        else:
            sub = factor(body)
            parts.append(src + (f"(?:{sub})" if len(split_top(sub)) > 1 else sub))
    return "|".join(parts)
