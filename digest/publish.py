"""Publish: the period's digest from the store, out as markdown or mail, and the cron job.

Glue between store → compose → render → export | mail. Sending is once per period: the send
log (store.digests) decides, and records every attempt truthfully, refusals included.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import click
from sqlite_utils import Database

from digest import periods
from digest.compose import Digest, compose
from digest.errors import DigestError, MailError, StoreError
from digest.files import is_dash, write_out
from digest.periods import Period
from digest.render import to_html, to_markdown, to_text
from digest.settings import Settings, address_hint, addresses
from digest.store import digests as store_digests
from digest.store import write


def resolve_period(
    settings: Settings, now: datetime, which: str | None, since: str | None, until: str | None
) -> Period:
    tz = periods.zone(settings.digest.timezone)
    if since or until:
        if which:
            raise DigestError("give --period or --since/--until, not both")
        return periods.custom(since, until, tz, now)
    return periods.biweekly(now, which or "last", settings.digest.anchor, tz)


@dataclass
class Built:
    digest: Digest
    markdown: str
    digest_id: int | None


def build(db: Database, settings: Settings, period: Period) -> Built:
    """Compose the period's digest: the editor's picks and intro if there are any."""
    items = store_digests.items_in_period(db, period.start, period.end)
    prev = period.previous()
    previous = store_digests.items_in_period(db, prev.start, prev.end)
    row = store_digests.digest_for(db, period.start, period.end)
    picks = store_digests.entries(db, row["id"]) if row else None
    if picks:
        # A pick may come from outside the period's relevant items (e.g. marked not
        # relevant later); keep it anyway: the editor chose it.
        have = {i["id"] for i in items}
        missing = [p["item_id"] for p in picks if p["item_id"] not in have]
        if missing:
            items += store_digests.items_by_id(db, missing)
    d = compose(
        period,
        items,
        previous,
        picks=picks or None,
        intro=row["intro"] if row else None,
        title=settings.digest.title,
        per_topic=settings.digest.per_topic,
        max_items=settings.digest.max_items,
        watchlists=settings.watch_names,
    )
    return Built(d, to_markdown(d), row["id"] if row else None)


def export(
    db: Database, settings: Settings, period: Period, out: Path | None, now: datetime
) -> Built:
    """Write the markdown to `out` (stdout when None), then keep the digest as exported:
    one that could not be written is not."""
    built = build(db, settings, period)
    if out:
        write_out(out, built.markdown.encode("utf-8"), "--out")
    else:
        click.echo(built.markdown, nl=False)
    _remember(db, built, period, "exported", now)
    return built


def _remember(db: Database, built: Built, period: Period, status: str, now: datetime) -> int:
    """Keep every exported or sent digest (digests list/show)."""
    with write(db):
        digest_id = built.digest_id or store_digests.ensure_digest(
            db, period.start, period.end, now
        )
        store_digests.save_rendered(db, digest_id, built.digest.title, built.markdown, status, now)
    return digest_id


RECIPIENTS_HINT = (
    "set [mail] to in config.toml, or DIGEST_MAIL_TO (`digest send --to ADDRESS` for one send)"
)
NOT_SET = "not-set@example.invalid"  # .invalid: a name reserved never to resolve (RFC 2606)


def send_digest(
    db: Database,
    settings: Settings,
    period: Period,
    *,
    to: tuple[str, ...],
    dry_run: bool,
    eml: Path | None,
    force: bool,
    now: datetime,
    quiet: bool = False,
    say: Callable[[str], None] | None = None,
    wait: Callable[[float], None] = time.sleep,
    delivering: Callable[[], None] = lambda: None,
    hold_empty: bool = False,
) -> bool:
    """Send (or with dry_run, write the .eml of) the period's digest. Returns False when
    nothing was sent because it already was, or (hold_empty: `digest run`'s) because the
    digest is empty. Raises MailError when the send failed.
    Progress goes to `say` (stderr by default); warnings about refused recipients always do.
    `wait` sleeps between attempts (the app's may give up, when it is closed);
    `delivering` hears when the message starts to go (`mail.send`)."""
    from digest import mail

    warn = say or (lambda m: click.echo(m, err=True))
    say = (lambda *_: None) if quiet else warn
    recipients, bad = addresses(to) if to else (list(settings.mail.to), None)
    if bad is not None:
        raise DigestError(f"--to {bad!r} is not an email address", address_hint(bad))
    if not dry_run:
        done = store_digests.latest_send(db, period.start, period.end, "sent")
        if done and not force:
            who = ", ".join(json.loads(done["recipients"]))
            when = periods.local_time(done["sent_at"], periods.zone(settings.digest.timezone))
            say(
                f"The digest for {period.label} was already sent on {when:%Y-%m-%d %H:%M} "
                f"to {who}; nothing sent (`digest send --force` sends it again)."
            )
            return False
    sender = settings.mail.sender or (
        settings.mail.user if settings.mail.user and "@" in settings.mail.user else None
    )
    unset = [
        MailError(what, hint)
        for what, hint, missing in (
            ("no recipients", RECIPIENTS_HINT, not recipients),
            ("no sender address", "set DIGEST_MAIL_FROM or [mail] from in config.toml", not sender),
        )
        if missing
    ]
    if unset and not dry_run:
        raise unset[0]
    for problem in unset:  # a dry run still shows the message, addressed to a placeholder
        warn(f"note: {problem.message}; the .eml uses {NOT_SET} (a send needs it: {problem.hint})")
    recipients = recipients or [NOT_SET]
    sender = sender or NOT_SET
    built = build(db, settings, period)
    if not built.digest.sections:  # to the sender (cron mails it), whatever --quiet says
        empty = f"the digest for {period.label} is empty: no relevant item was stored for it"
        check = "If that is unexpected, `digest feeds list` shows failing sources"
        if not hold_empty:
            warn(f"warning: {empty}. {check}.")
        else:  # cron: "no news" would tell readers nothing happened, when feeds most likely
            # failed. Said once (the log remembers), sent by a later run if items come in.
            if not store_digests.latest_send(db, period.start, period.end, "held"):
                with write(db):
                    store_digests.record_send(
                        db, digest_id=None, start=period.start, end=period.end, recipients=[],
                        refused={}, message_id=None, status="held", error=empty, now=now,
                    )  # fmt: skip
                warn(
                    f"warning: {empty}, so it was not mailed. {check}; "
                    "`digest send --period last` mails it as it is."
                )
            return False
    msg = mail.build_message(
        subject=built.digest.title,
        text=to_text(built.digest),
        html=to_html(built.markdown, built.digest.title),
        sender=sender,
        to=recipients,
        list_id=settings.mail.list_id,
        now=now,
    )
    if dry_run:
        if is_dash(eml):  # to read, or to pipe to sendmail -t
            with click.open_file("-", "wb") as stdout:  # kept open: it is the process's
                stdout.write(bytes(msg))
            say(f"Dry run: the message for {', '.join(recipients)}; nothing was sent.")
            return True
        path = eml or Path(f"digest-{period.first_day.isoformat()}.eml")
        write_out(path, bytes(msg), "--eml")
        say(f"Dry run: wrote {path} for {', '.join(recipients)}; nothing was sent.")
        return True
    digest_id = _remember(db, built, period, "draft", now)

    def log(**outcome) -> None:
        store_digests.record_send(
            db, digest_id=digest_id, start=period.start, end=period.end,
            message_id=msg["Message-ID"], now=now, **outcome,
        )  # fmt: skip

    try:
        result = mail.send(
            msg, settings.mail, recipients, backoff=settings.mail.retry_delays, sleep=wait,
            on_retry=say, delivering=delivering,
        )  # fmt: skip
    except MailError as exc:
        with write(db):
            log(recipients=recipients, refused={}, status="failed", error=exc.message)
        raise
    with write(db):
        log(recipients=result.accepted, refused=result.refused, status="sent", error=None)
        store_digests.save_rendered(db, digest_id, built.digest.title, built.markdown, "sent", now)
    say(
        f"Sent the digest for {period.label} to {', '.join(result.accepted)} ({msg['Message-ID']})."
    )
    for addr, reason in result.refused.items():
        warn(f"warning: {addr} was refused: {reason}")
    return True


HELD_WHY = "`digest run` mailed nothing, as nothing relevant was stored for those days"


def is_held(row: dict) -> bool:
    """Whether a `list_digests` row's latest send-log entry is `digest run` holding its
    period back as empty (a later send, or a failed one, is the latest entry instead)."""
    return row["last_try"] == "held"


def kept_status(row: dict, tz, stamp: str = "%Y-%m-%d %H:%M") -> str:
    """What became of a period's digest (a `list_digests` row), for `digests list` and the
    app's past digests: sent (when), its last send failed (when), held back by `digest run`
    for being empty (and exported since, if it was), or else its status (draft, exported)."""
    if row["sent_at"]:
        return f"sent {periods.local_time(row['sent_at'], tz):{stamp}}"
    if row["last_try"] == "failed":
        return f"failed {periods.local_time(row['last_try_at'], tz):{stamp}}"
    if not is_held(row):
        return row["status"]
    return "exported, held: empty" if row["status"] == "exported" else "held: empty"


@contextlib.contextmanager
def run_lock(db_path: Path):
    """One `digest run` at a time per archive; a second one exits at once."""
    lock_path = Path(f"{db_path}.lock")
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise StoreError(
            f"{lock_path}: cannot create the run's lock file: {exc.strerror}",
            "check the archive's directory exists and is writable, or pass --db / DIGEST_DB",
        ) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(fd)
