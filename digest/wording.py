"""How counts read to a person: '1 feed', '3 feeds'. One helper for the CLI, the app and the
digest's own sentences, so none of them says '1 items'."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """'1 feed', '3 feeds'; '1 entry', '2 entries' with the plural given."""
    return f"{n} {noun}" if n == 1 else f"{n} {plural or noun + 's'}"


def first_few(names: list[str], shown: int) -> str:
    """'a, b, c and 4 more': the first `shown` names, and how many were left out."""
    text = ", ".join(names[:shown])
    return text + (f" and {len(names) - shown} more" if len(names) > shown else "")
