"""Keep the app running when the archive fails under it.

Textual ends the app, with a traceback, on any exception a handler lets out. A DigestError
is a user's problem, not a bug: another process holding the database past the busy timeout, a
full disk, a file replaced under the app. `reports_failure` wraps the handlers that read or
write the archive so such an error becomes a notification (`DigestApp.report_failure`) and the
app stays open; nothing was written, since each write is one transaction.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from digest.errors import DigestError

Handler = TypeVar("Handler", bound=Callable)


def reports_failure(handler: Handler) -> Handler:
    """Wrap a method of the app or one of its screens (Textual reads the parameters through
    the wrapper, so message handlers keep their event argument)."""

    @functools.wraps(handler)
    def guarded(node, *args, **kwargs):
        try:
            return handler(node, *args, **kwargs)
        except DigestError as err:
            node.app.report_failure(err)
            return None

    return guarded  # type: ignore[return-value]
