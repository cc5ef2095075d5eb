"""Files the user names: written whole (--out, --eml), read up to a cap (settings, feeds,
OPML), or a clear error."""

from __future__ import annotations

from pathlib import Path

from digest.errors import ConfigError, DigestError


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


def read_capped(path: Path, cap: int, too_big: str, hint: str, source=None) -> bytes:
    """The bytes of `path`, or of the binary file `source` (`path` then only names it),
    refused past `cap` bytes as a ConfigError saying it is `too_big`: a device such as
    /dev/zero, or a log given by mistake, is not read whole into memory. OSError passes."""
    if source is None:
        with path.open("rb") as f:
            data = f.read(cap + 1)
    else:
        data = source.read(cap + 1)
    if len(data) > cap:
        raise ConfigError(path, None, too_big, hint)
    return data
