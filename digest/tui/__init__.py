"""The terminal app: browse, search and triage the archive, compose the biweekly digest.

The only package that imports textual. It calls the same core functions as the CLI
(store, classify, compose, publish, poll) and never talks to httpx or SQL itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from digest.settings import Settings


def make_app(
    *,
    db_path: Path,
    feeds_path: Path | None = None,
    settings: Settings | None = None,
    clock: Callable[[], datetime] | None = None,
):
    """Build the app the way the CLI, the tests and the snapshot tests all do."""
    from digest.store import now_utc
    from digest.tui.app import DigestApp

    return DigestApp(
        db_path=Path(db_path),
        feeds_path=feeds_path,
        settings=settings or Settings(),
        clock=clock or now_utc,
    )
