"""digest: a terminal news-and-insight digest for the stem-cell industry."""

import sys

__version__ = "0.1.0"
USER_AGENT = f"digest/{__version__} (stem-cell news digest; +https://pypi.org/project/digest/)"

# httpx's package imports its command-line client (click, rich and pygments: about 50 ms of
# CPU, a twentieth of a cron re-poll of 500 feeds) only to offer `httpx.main`, which digest
# never calls. Marked missing, that import fails and httpx defines its stand-in `main`, the
# path httpx/__init__.py keeps for installs without the `cli` extra. No effect if httpx is
# already imported.
sys.modules.setdefault("httpx._main", None)
