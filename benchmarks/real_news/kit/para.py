"""A scored set's paragraph, wrapped, into docs/real-news.md before the retold-stories notes.
Usage: python para.py pN.txt"""

import sys
import textwrap
from pathlib import Path

from common import REPO

p = REPO / "docs" / "real-news.md"
text = p.read_text(encoding="utf-8")
anchor = "\nRetold stories, found at the end of session 122."
assert text.count(anchor) == 1
body = "\n".join(textwrap.wrap(" ".join(Path(sys.argv[1]).read_text(encoding="utf-8").split()), 91))
p.write_text(text.replace(anchor, "\n" + body + "\n" + anchor), encoding="utf-8")
print("inserted", len(body), "chars")
