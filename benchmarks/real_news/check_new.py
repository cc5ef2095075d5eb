"""Before a page joins a real-news set: has an earlier set used its address, or its story?

Addresses are compared without their scheme, a leading "www." or a trailing slash, across
every file here, the rows commented out as retold included. That cannot see a story told
again under another address (a wire story reprinted, a press release on a second site), and
earlier sets leave such retellings out. So --subject lists, for each word given (a company,
a product, a law, a place), the files whose header names it: read their items before
deciding whether a new page tells the same story.

Usage:
  python benchmarks/real_news/check_new.py URL ...
  python benchmarks/real_news/check_new.py --subject Zemcelpro --subject Bahamas < urls.txt
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
_ROW = re.compile(r"^#?\s*(https?://\S+)\t")


def address_key(url: str) -> str:
    """The address as compared: no scheme, no leading "www.", no trailing slash."""
    key = re.sub(r"^https?://", "", url.strip())
    key = re.sub(r"^www\.", "", key, flags=re.IGNORECASE)
    return key.rstrip("/")


def read_sets(root: Path) -> tuple[dict[str, str], dict[str, str]]:
    """(address key -> the first file using it, file name -> its comment lines as one text)."""
    used: dict[str, str] = {}
    headers: dict[str, str] = {}
    for path in sorted(root.glob("*.tsv")):
        header: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if m := _ROW.match(line):
                used.setdefault(address_key(m.group(1)), path.name)
            if line.startswith("#"):  # a retold row's note names its story: searched too
                header.append(line.lstrip("# "))
        headers[path.name] = " ".join(header)
    return used, headers


def main(argv: list[str] | None = None, root: Path = HERE, stdin=sys.stdin) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("urls", nargs="*", help="addresses to check (else read from stdin)")
    parser.add_argument("--subject", action="append", default=[], help="a word to find in headers")
    args = parser.parse_args(argv)
    used, headers = read_sets(root)
    urls = args.urls or [line.strip() for line in stdin if line.strip()]
    for url in urls:
        where = used.get(address_key(url))
        print(f"used  {url}  ({where})" if where else f"new   {url}")
    for subject in args.subject:
        needle = re.compile(re.escape(subject), re.IGNORECASE)
        names = [name for name, text in headers.items() if needle.search(text)]
        print(f"{subject}: {', '.join(names) if names else 'in no header'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
