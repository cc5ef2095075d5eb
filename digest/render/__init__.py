"""Render: a composed Digest out as markdown (the single source), plain text and HTML mail.

Pure functions of the Digest. Feed text is data everywhere: escaped in markdown so it cannot
add links, images or HTML; in the HTML part only http(s) and mailto links survive.
"""

from digest.render.html import to_html
from digest.render.markdown import to_markdown
from digest.render.text import to_text

__all__ = ["to_html", "to_markdown", "to_text"]
