"""The verdicts two snap.py files disagree on.
Usage: python cmp.py A.json B.json"""

import json
import sys

a, b = (json.load(open(p)) for p in sys.argv[1:3])
n = 0
for k in a:
    if k in b and a[k] != b[k]:
        n += 1
        print(k, a[k], "->", b[k])
print(n, "changed")
