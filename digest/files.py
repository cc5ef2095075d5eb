"""Files the user names on the command line (--out, --eml): written whole, or a clear error."""

from __future__ import annotations

from pathlib import Path

from digest.errors import DigestError


def is_dash(path: Path | None) -> bool:
    """Whether a file argument was given as "-": by the shell's convention, stdout for a
    file written (--out, --eml) and stdin for one read (feeds import)."""
    return path is not None and str(path) == "-"


def write_out(path: Path, data: bytes, option: str) -> None:
    """Write `data` to the path given with `option`; a DigestError saying why not."""
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise DigestError(
            f"cannot write {path}: {exc.strerror or exc}", f"choose another {option} path"
        ) from None
