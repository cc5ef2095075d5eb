"""Scripts written without spaces between words: Thai, Japanese kana, CJK ideographs and
Hangul (whose words carry their particles). Both the classifier and search cut runs of them
into overlapping character pairs, which stand in for the words a tokenizer cannot find.
"""

from __future__ import annotations

import re

SPACELESS = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
SPACELESS_RUN = re.compile(f"[{SPACELESS}]+")


def pairs(run: str) -> list[str]:
    """'干细胞' -> ['干细', '细胞', '胞']: each overlapping pair, then the last character
    alone, so that a search for any one character or any substring finds the run."""
    if len(run) < 2:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]]


def segmented(text: str) -> str:
    """The text with each spaceless run replaced by its pairs, space-separated: what
    SQLite's unicode61 tokenizer, which takes a whole run for one word, can index."""
    return SPACELESS_RUN.sub(lambda m: " " + " ".join(pairs(m.group())) + " ", text)
