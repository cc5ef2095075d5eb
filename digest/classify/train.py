"""Rebuild the shipped model (data/model.json) from the corpus, and the lexicon's factored
tries (data/tries.json): `python -m digest.classify.train`.

Run it after editing the lexicon or the corpus; tests/test_classify.py fails while either
shipped file is out of date.
"""

from __future__ import annotations

import json
from pathlib import Path

from digest.classify import train_model
from digest.classify.factor import trie
from digest.classify.features import TRIES_PATH, lexicons, trie_key


def main() -> None:
    path = Path(__file__).parent / "data" / "model.json"
    model = train_model(fingerprint="shipped")
    path.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(model.weights)} features)")
    # each lexicon's whole alternation and its relevance groups' own (features._Lexicon)
    tries = {
        trie_key(alts): trie(alts)
        for lex in lexicons()
        for alts in (lex.alternatives, lex.naming)
    }
    TRIES_PATH.write_text(json.dumps(tries, ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"wrote {TRIES_PATH} ({len(tries)} alternations)")


if __name__ == "__main__":
    main()
