"""digest: a terminal news-and-insight digest for the stem-cell industry."""

__version__ = "0.1.0"
USER_AGENT = f"digest/{__version__} (stem-cell news digest; +https://pypi.org/project/digest/)"
