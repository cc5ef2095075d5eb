"""The one exception family: every error a user can act on is a DigestError.

A message says what failed and where; `hint` says what to do next. The CLI prints both and
exits with `exit_code` (2 for usage and configuration, 1 for a run that could not proceed).
"""

from __future__ import annotations


class DigestError(Exception):
    exit_code = 1

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n  hint: {self.hint}"


class ConfigError(DigestError):
    """A broken feeds.toml or config.toml: names the file and the line."""

    exit_code = 2

    def __init__(self, path: object, line: int | None, message: str, hint: str | None = None):
        where = f"{path}:{line}" if line else f"{path}"
        super().__init__(f"{where}: {message}", hint)
        self.path = path
        self.line = line
        self.detail = message  # without the place


class StoreError(DigestError):
    """The database cannot be opened or written (read-only, full disk, not a database)."""


class FeedError(DigestError):
    """One feed failed; recorded on that feed, never stops the run."""

    def __reduce__(self):  # raised in a parse worker process, re-raised here with its hint
        return (FeedError, (self.message, self.hint))


class MailError(DigestError):
    """Sending the digest failed (server down, authentication, every recipient refused)."""


def did_you_mean(word: str, options) -> str | None:
    """For a mistyped name (any case), "did you mean 'safety'?" when one is close enough."""
    import difflib

    by_fold = {o.casefold(): o for o in options}
    near = difflib.get_close_matches(word.casefold(), list(by_fold), n=3, cutoff=0.6)
    if not near:
        return None
    return "did you mean " + one_of([by_fold[n] for n in near]) + "?"


def one_of(names: list[str]) -> str:
    """'a', "'a' or 'b'", "'a', 'b' or 'c'"."""
    said = [repr(n) for n in names]
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + " or " + said[-1]
