"""Rebuild the shipped model (data/model.json) from the corpus: `python -m digest.classify.train`.

Run it after editing the lexicon or the corpus; tests/test_classify.py fails while the
shipped file is out of date.
"""

from __future__ import annotations

from pathlib import Path

from digest.classify import train_model


def main() -> None:
    path = Path(__file__).parent / "data" / "model.json"
    model = train_model(fingerprint="shipped")
    path.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(model.weights)} features)")


if __name__ == "__main__":
    main()
