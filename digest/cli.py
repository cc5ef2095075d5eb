"""The command line: thin click commands over the core. A bare `digest` opens the TUI.

Global settings come from options or the environment (--db/DIGEST_DB, --feeds/DIGEST_FEEDS,
--config/DIGEST_CONFIG). A DigestError is printed as a message with a hint, never a
traceback; exit codes are 0 done, 1 could not proceed, 2 usage or configuration error.
"""

from __future__ import annotations

import functools
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import click
from click_default_group import DefaultGroup

from digest import __version__
from digest.errors import ConfigError, DigestError


@dataclass
class Context:
    db_path: Path
    feeds_option: str | None
    config_option: str | None

    @functools.cached_property
    def feeds_path(self) -> Path:
        from digest.config import resolve_feeds_path

        return resolve_feeds_path(self.feeds_option)

    def feeds(self):
        from digest.config import load_feeds

        return load_feeds(self.feeds_path)

    @functools.cached_property
    def settings(self):
        from digest.settings import load_settings

        return load_settings(self.config_option)

    def tagger(self):
        from digest.classify.tagger import Tagger

        return Tagger(self.settings.watchlists)

    @functools.cached_property
    def db(self):
        from digest.store import open_db

        person = sys.stderr.isatty()  # a person waits for this command; under cron, say nothing
        db = open_db(self.db_path, on_upgrade=_upgrade_notice if person else None)
        if person:
            db.on_wait = _waiting_notice()
        return db

    def archive(self):
        """The database, for commands that only read or annotate what a fetch stored: a
        mistyped --db must not become a new, empty archive that answers "no items"."""
        if not self.db_path.expanduser().exists():
            raise DigestError(
                f"no archive at {self.db_path}",
                "`digest fetch` creates it from your feeds (`digest demo` shows a sample "
                "archive); or check --db / DIGEST_DB",
            )
        return self.db


def _upgrade_notice(path) -> None:
    click.echo(
        f"Updating {path} for this version of digest (once; a large archive takes a minute) ...",
        err=True,
    )


def _waiting_notice():
    """on_wait for a command's archive (store.write): said once, however many writes wait."""
    said = []

    def on_wait(path) -> None:
        if not said:
            said.append(path)
            click.echo(f"Waiting: another digest process is writing to {path} ...", err=True)

    return on_wait


def _interval(value: str | None) -> str | None:
    from digest.config import INTERVAL_HINT, polling_interval

    if value is not None:
        try:
            polling_interval(value)
        except ValueError:
            raise click.BadParameter(f"{value!r}: {INTERVAL_HINT}") from None
    return value


# An id as SQLite stores it: a larger number could only fail inside the query.
ROW_ID = click.IntRange(min=1, max=2**63 - 1)


class DefaultListGroup(DefaultGroup):
    """A group with a default command (`digest` opens the app, `digest feeds` lists), except
    while the shell completes a command line: there the subcommands are the answers."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if ctx.resilient_parsing:
            return click.Group.parse_args(self, ctx, args)
        return super().parse_args(ctx, args)

    def resolve_command(self, ctx: click.Context, args: list[str]):
        if ctx.resilient_parsing:
            return click.Group.resolve_command(self, ctx, args)
        return super().resolve_command(ctx, args)


def say_error(exc: DigestError) -> None:
    click.secho(f"error: {exc.message}", fg="red", err=True)
    if exc.hint:
        click.echo(f"  hint: {exc.hint}", err=True)


class DigestGroup(DefaultListGroup):
    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta["digest.argv"] = list(args)  # as typed, for the encoding error below
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except DigestError as exc:
            say_error(exc)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:  # Ctrl-C: every write is one transaction, so none is half done
            click.echo("\nInterrupted; what was stored before stays stored.", err=True)
            ctx.exit(130)
        except UnicodeEncodeError as exc:
            # Python reads a command line that is not UTF-8 with surrogateescape: fine for a
            # path, but a name, topic or search with such a byte cannot go into SQLite.
            typed = ctx.meta.get("digest.argv", [])
            given = next((a for a in typed if isinstance(exc.object, str)
                          and exc.object in a), None)  # fmt: skip
            if given is None:
                raise
            shown = given.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            click.secho(f"error: {shown!r} is not UTF-8 text", fg="red", err=True)
            click.echo("  hint: retype it; check that the terminal's encoding is UTF-8", err=True)
            ctx.exit(2)


pass_ctx = click.make_pass_decorator(Context)


# Shell completion runs no command callback: the root's options (and their environment
# variables) are parsed, so they say which feeds file and config to read.


def _complete_feed(ctx: click.Context, param, incomplete: str) -> list:
    from digest.config import load_feeds, resolve_feeds_path

    try:
        feeds = load_feeds(resolve_feeds_path(ctx.find_root().params.get("feeds_path")))
    except DigestError:
        return []
    return [f.name for f in feeds if f.name.casefold().startswith(incomplete.casefold())]


def _complete_topic(ctx: click.Context, param, incomplete: str) -> list:
    from digest.settings import load_settings
    from digest.taxonomy import LABELS

    try:
        watch = list(load_settings(ctx.find_root().params.get("config_path")).watch_names)
    except DigestError:
        watch = []
    return [t for t in [*LABELS[1:], *watch] if t.startswith(incomplete.lower())]


def json_option(fn):
    return click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")(fn)


def emit_json(rows) -> None:
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False))


@click.group(cls=DigestGroup, default="tui", default_if_no_args=True, invoke_without_command=True)
@click.version_option(__version__, prog_name="digest")
@click.option(
    "--db",
    "db_path",
    envvar="DIGEST_DB",
    type=click.Path(dir_okay=False, path_type=Path),
    help="SQLite archive [env DIGEST_DB; default: digest.db in the user data dir].",
)
@click.option(
    "--feeds",
    "feeds_path",
    envvar="DIGEST_FEEDS",
    type=click.Path(dir_okay=False),
    help="Sources list [env DIGEST_FEEDS; default: your feeds.toml if present, else the shipped one].",
)
@click.option(
    "--config",
    "config_path",
    envvar="DIGEST_CONFIG",
    type=click.Path(dir_okay=False),
    help="Settings file (mail, digest, watchlists, keys) [env DIGEST_CONFIG].",
)
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None, feeds_path: str | None, config_path: str | None):
    """digest: stem-cell industry news, tagged, browsable, and sent as a biweekly digest."""
    from digest.config import default_db_path

    ctx.obj = Context(db_path or default_db_path(), feeds_path, config_path)
    if ctx.invoked_subcommand is None:  # `digest --db other.db`: options only, open the app
        ctx.invoke(tui)


@cli.command()
@pass_ctx
def tui(c: Context):
    """Open the terminal app (the default command). Press ? in it for the keys."""
    from digest.console import on_terminal
    from digest.tui import make_app

    if not on_terminal():  # Textual would draw into the pipe and wait for keys forever
        raise DigestError(
            "the app needs a terminal, and stdin or stdout is not one",
            "run `digest` in a terminal; here, `digest items` lists the items and "
            "`digest --help` the other commands",
        )
    if c.db_path.expanduser().exists():
        c.db.conn.close()  # an upgrade the archive needs is said here, before the app starts
    make_app(db_path=c.db_path, feeds_path=c.feeds_path, settings=c.settings).run()


# --- fetch -------------------------------------------------------------------------------


@cli.command()
@click.option(
    "--all", "everything", is_flag=True, help="Poll every active feed now, not only those due."
)
@click.option(
    "--quiet", "-q", is_flag=True, help="Print only errors (the default when not on a terminal)."
)
@click.option(
    "--verbose", "-v", is_flag=True, help="Print the run summary even when not on a terminal."
)
@pass_ctx
def fetch(c: Context, everything: bool, quiet: bool, verbose: bool):
    """Poll the feeds that are due and store their new items.

    Exits 0 when the run completed, even if some feeds failed (they are listed, and shown
    by `digest feeds list`); 1 or 2 only when the run could not proceed.
    """
    from digest import periods
    from digest.console import run_fetch

    quiet = quiet or not (verbose or sys.stdout.isatty())
    run_fetch(
        c.db,
        c.feeds(),
        everything=everything,
        quiet=quiet,
        progress=sys.stdout.isatty(),
        tagger=c.tagger(),
        tz=periods.zone(c.settings.digest.timezone),
    )


# --- feeds -------------------------------------------------------------------------------


@cli.group(cls=DefaultListGroup, default="list", default_if_no_args=True)
def feeds():
    """List and edit the sources (feeds.toml), import and export OPML."""


@feeds.command("list")
@json_option
@pass_ctx
def feeds_list(c: Context, as_json: bool):
    """Each feed with its status, last error and next poll."""
    from digest import periods
    from digest.console import feed_rows, print_feed_table, print_removed_feeds

    rows = feed_rows(c.db, c.feeds())
    if as_json:
        emit_json(rows)
        return
    print_feed_table(rows, c.feeds_path, periods.zone(c.settings.digest.timezone))
    print_removed_feeds(c.db)


@feeds.command("add")
@click.argument("url")
@click.option("--name", help="Display name (default: the feed's title, else the host name).")
@click.option(
    "--interval", callback=lambda ctx, p, v: _interval(v), help='How often to poll, e.g. "30m".'
)
@click.option("--tag", "tags", multiple=True, help="A tag for the feed; repeatable.")
@click.option(
    "--selector",
    metavar="CSS",
    help='A site with no feed: the CSS selector of the article links on URL, e.g. "h2 a".',
)
@click.option("--no-check", is_flag=True, help="Add the address as it is, without fetching it.")
@pass_ctx
def feeds_add(
    c: Context,
    url: str,
    name: str | None,
    interval: str | None,
    tags: tuple[str, ...],
    no_check: bool,
    selector: str | None,
):
    """Add a feed to your feeds.toml.

    URL may be the feed or a web page that links to one (most news sites' home pages do):
    the address is fetched once to find the feed and its title, which names it unless
    --name is given. For a site with no feed, give its news page and --selector: the CSS
    selector of its article links (kind = "html").
    """
    from digest.console import add_feed_checked

    add_feed_checked(c.feeds_path, url, name, interval, tags, check=not no_check, selector=selector)


@feeds.command("remove")
@click.argument("name", shell_complete=_complete_feed)
@pass_ctx
def feeds_remove(c: Context, name: str):
    """Remove a feed from your feeds.toml (its stored items stay)."""
    from digest.config import remove_feed, writable_feeds_path

    path = writable_feeds_path(c.feeds_path)
    name = remove_feed(path, name)
    click.echo(f"Removed {name!r} from {path}; its stored items are kept.")


def _file_or_dash(ctx, param, value: str | None) -> Path | None:
    """A file argument as typed: "-" is stdin or stdout, by the shell's convention, and a
    file named "-" is written "./-", kept whole here (as a Path, "./-" reads as "-")."""
    if value is None:
        return None
    path = Path(value)
    return path.absolute() if value != "-" and str(path) == "-" else path


@feeds.command("import")
@click.argument(
    "opml_file",
    type=click.Path(exists=True, dir_okay=False, allow_dash=True),
    callback=_file_or_dash,
)
@pass_ctx
def feeds_import(c: Context, opml_file: Path):
    """Add every feed of an OPML file (folders and categories become tags); '-' reads stdin."""
    from digest.console import import_opml

    import_opml(c.feeds_path, opml_file)


def _dash_is_dash(ctx, param, value: str | None) -> Path | None:
    """`--out -` writes to stdout (None), as the shell convention has it."""
    from digest.files import is_dash

    path = _file_or_dash(ctx, param, value)
    return None if is_dash(path) else path


@feeds.command("export")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, allow_dash=True),
    callback=_dash_is_dash,
    help="File to write (default, or -: stdout).",
)
@pass_ctx
def feeds_export(c: Context, out: Path | None):
    """Write the feeds as OPML 2.0."""
    from digest.files import write_out
    from digest.opml import write_opml
    from digest.store import now_utc

    text = write_opml(c.feeds(), now_utc())
    if out:
        write_out(out, text.encode("utf-8"), "--out")
        click.echo(f"Wrote {out}", err=True)
    else:
        click.echo(text, nl=False)


@feeds.command("resume")
@click.argument("name", required=False, shell_complete=_complete_feed)
@click.option("--all", "everything", is_flag=True, help="Resume every paused or gone feed.")
@pass_ctx
def feeds_resume(c: Context, name: str | None, everything: bool):
    """Poll a paused or gone feed (NAME, or --all) again from the next fetch."""
    from digest.console import resume_all, set_feed_status

    if name is None and not everything:
        raise click.UsageError("give a feed's NAME, or --all for every paused or gone feed")
    if name is not None and everything:
        raise click.UsageError("give a feed's NAME or --all, not both")
    if everything:
        resume_all(c.db, c.feeds())
    else:
        set_feed_status(c.db, c.feeds(), name, "active")


@feeds.command("pause")
@click.argument("name", shell_complete=_complete_feed)
@pass_ctx
def feeds_pause(c: Context, name: str):
    """Stop polling a feed until `digest feeds resume NAME`."""
    from digest.console import set_feed_status

    set_feed_status(c.db, c.feeds(), name, "paused")


# --- items -------------------------------------------------------------------------------


@cli.command()
@click.option(
    "--since", help="From this day (YYYY-MM-DD, today, yesterday, 7d, 2w; local time), inclusive."
)
@click.option("--until", help="Up to this day (as --since), exclusive.")
@click.option(
    "--search", "-s", help='Full-text search: words, "a phrase", prefix*; -word leaves out.'
)
@click.option("--all", "include_all", is_flag=True, help="Include items tagged not relevant.")
@click.option(
    "--topic",
    "-t",
    shell_complete=_complete_topic,
    help="Only items with this topic (a key, or a watchlist name).",
)
@click.option(
    "--feed",
    "-f",
    "feed_name",
    shell_complete=_complete_feed,
    help="Only items this feed carried (its name).",
)
@click.option(
    "--limit",
    "-n",
    type=click.IntRange(min=0),
    default=50,
    show_default=True,
    help="At most this many (0: no limit).",
)
@json_option
@pass_ctx
def items(c: Context, since, until, search, include_all, topic, feed_name, limit, as_json):
    """Stored items, newest first.

    Example: digest items --topic regulation --since 2026-11-01 --feed "EMA news"
    """
    from digest import periods
    from digest.console import list_items

    list_items(
        c.archive(),
        since=since,
        until=until,
        search=search,
        include_all=include_all,
        topic=topic,
        feed=feed_name,
        limit=min(limit, ROW_ID.max),  # SQLite's largest integer: more is no limit
        as_json=as_json,
        watchlists=c.settings.watchlists,
        tz=periods.zone(c.settings.digest.timezone),
    )


# --- tags ----------------------------------------------------------------------------------


@cli.command()
@click.option(
    "--jsonl",
    "source",
    type=click.File("r", encoding="utf-8", errors="surrogateescape"),  # tagging.json_items
    required=True,
    help="JSON lines with title and summary ('-': stdin).",
)
@click.option(
    "--out",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Where to write (default: stdout).",
)
@pass_ctx
def classify(c: Context, source, out):
    """Tag JSON objects without a database: adds relevant, relevance, topics, scores, evidence.

    Other fields pass through untouched. Uses the shipped model and your watchlists.
    """
    from digest.classify import Classifier, compile_watchlist, default_model
    from digest.tagging import classify_jsonl

    watch = [
        compile_watchlist(w.name, list(w.keywords), list(w.regex)) for w in c.settings.watchlists
    ]
    name = getattr(source, "name", "<stdin>")
    written, skipped = classify_jsonl(source, out, Classifier(default_model(), watch), name)
    if skipped:
        click.echo(f"{written} tagged, {skipped} skipped (see above)", err=True)
        sys.exit(1)


@cli.command("eval")
@click.option(
    "--labelled",
    type=click.File("r", encoding="utf-8", errors="surrogateescape"),  # tagging.json_items
    help="Score the shipped model on your own labelled items instead: JSON lines with "
    "title, summary, relevant (true/false) and topics (a list of keys). '-' reads stdin.",
)
def eval_(labelled):
    """Precision, recall and F1 per label on the corpus's test split, before and after
    learning from corrections; or on labelled items of your own (--labelled)."""
    from digest.tagging import print_eval, print_eval_labelled

    if labelled is None:
        print_eval()
    else:
        print_eval_labelled(labelled, getattr(labelled, "name", "<stdin>"))


@cli.command(context_settings={"ignore_unknown_options": True})  # -TOPIC is an argument
@click.argument("item_id", type=ROW_ID)
@click.argument("changes", nargs=-1, type=click.UNPROCESSED)
@click.option(
    "--relevant/--not-relevant", default=None, help="Mark the item (not) about stem cells."
)
@click.option("--clear", is_flag=True, help="Drop all your corrections of this item.")
@pass_ctx
def tag(c: Context, item_id: int, changes: tuple[str, ...], relevant, clear: bool):
    """Correct an item's tags: +TOPIC adds, -TOPIC removes, =TOPIC undoes a correction.

    Example: digest tag 42 +trials -hype --relevant. Corrections are never overwritten by
    re-tagging, and the classifier learns from them at the next fetch or reclassify.
    With no changes, shows the item's tags and their evidence.
    """
    from digest.store import now_utc
    from digest.tagging import apply_corrections, print_item_tags

    db = c.archive()
    if not changes and relevant is None and not clear:
        from digest.store.items import get_item

        if get_item(db, item_id) is None:
            raise DigestError(f"no item {item_id}", "find ids with `digest items --json`")
        print_item_tags(db, item_id)
        return
    apply_corrections(
        db, item_id, list(changes), relevant, clear, now_utc(), c.settings.watch_names
    )


@cli.command()
@click.option("--quiet", "-q", is_flag=True, help="No progress, only the summary line.")
@pass_ctx
def reclassify(c: Context, quiet: bool):
    """Re-tag the whole archive with the current model, watchlists and your corrections."""
    from digest.tagging import reclassify as run

    run(c.archive(), c.tagger(), quiet or not sys.stderr.isatty())


# --- the digest ------------------------------------------------------------------------


def period_options(fn):
    fn = click.option("--until", help="Day after the last day (as --since) [default: tomorrow].")(
        fn
    )
    fn = click.option(
        "--since",
        help="First day (YYYY-MM-DD, today, yesterday, 7d, 2w; local time) "
        "[default: 14 days before --until].",
    )(fn)
    fn = click.option(
        "--period",
        "which",
        type=click.Choice(["last", "current"]),
        help="The last complete biweekly period (default) or the current one.",
    )(fn)
    return fn


@cli.command()
@period_options
@click.option(
    "--out",
    "-o",
    type=click.Path(dir_okay=False, allow_dash=True),
    callback=_dash_is_dash,
    help="File to write (default, or -: stdout).",
)
@pass_ctx
def export(c: Context, which, since, until, out):
    """Write the period's digest as markdown (CommonMark)."""
    from digest import publish
    from digest.store import now_utc

    now = now_utc()
    period = publish.resolve_period(c.settings, now, which, since, until)
    built = publish.export(c.archive(), c.settings, period, out, now)
    if out:
        from digest.wording import counted

        entries = counted(len(built.digest.entries), "entry", "entries")
        click.echo(f"Wrote {out} ({entries}, {period.label})", err=True)


@cli.command()
@period_options
@click.option("--to", "to", multiple=True, help="Recipient (repeatable; default: DIGEST_MAIL_TO).")
@click.option("--dry-run", is_flag=True, help="Write the message as an .eml file; send nothing.")
@click.option(
    "--eml",
    type=click.Path(dir_okay=False, allow_dash=True),
    callback=_file_or_dash,
    help="Where --dry-run writes (-: stdout).",
)
@click.option("--force", is_flag=True, help="Send even if this period was already sent.")
@pass_ctx
def send(c: Context, which, since, until, to, dry_run, eml, force):
    """Email the period's digest (once per period, unless --force).

    SMTP settings: DIGEST_SMTP_HOST, DIGEST_SMTP_PORT, DIGEST_SMTP_SECURITY (starttls, ssl,
    none), DIGEST_SMTP_USER, DIGEST_SMTP_PASSWORD, DIGEST_MAIL_FROM, DIGEST_MAIL_TO, or the
    [mail] section of config.toml (never the password).
    """
    from digest import publish
    from digest.store import now_utc

    now = now_utc()
    period = publish.resolve_period(c.settings, now, which, since, until)
    publish.send_digest(
        c.archive(), c.settings, period, to=to, dry_run=dry_run, eml=eml, force=force, now=now
    )


@cli.command()
@click.option("--verbose", "-v", is_flag=True, help="Report what was done even when all went well.")
@pass_ctx
def run(c: Context, verbose: bool):
    """The cron job: fetch what is due, tag it, and send the digest once its period has closed.

    Overlapping runs are kept apart by a lock; quiet unless something needs attention.
    Sends only when mail is configured (DIGEST_SMTP_HOST and recipients), and holds an
    empty digest back (`digest send` mails it).
    """
    from digest import periods, publish
    from digest.console import run_fetch

    with publish.run_lock(c.db_path) as got:
        if not got:
            click.echo(
                "Another `digest run` is still working on this archive; leaving it to finish.",
                err=True,
            )
            return
        tz = periods.zone(c.settings.digest.timezone)  # a broken config.toml stops the run
        try:
            configs = c.feeds()
        except ConfigError as exc:  # the archive is all there: a closed period's digest goes
            say_error(exc)
            click.echo(
                "digest run: no feed was polled; a digest that is due is still sent.", err=True
            )
            broken_feeds = True
        else:
            run_fetch(
                c.db, configs, everything=False, quiet=not verbose, tagger=c.tagger(),
                offer_all=False, tz=tz,
            )  # fmt: skip
            broken_feeds = False
        _send_when_due(c, verbose)
        if broken_feeds:
            click.get_current_context().exit(ConfigError.exit_code)


def _send_when_due(c: Context, verbose: bool) -> None:
    """`digest run`'s second half: mail the last closed period's digest, once."""
    from digest import publish
    from digest.store import now_utc

    mail = c.settings.mail
    if not (mail.host and mail.to):
        if mail.host or mail.to:  # half set up is a mistake: say so, even under cron
            missing = "recipients" if mail.host else "SMTP server"
            click.echo(
                f"digest run: mail has no {missing}, so no digest was sent.\n"
                "  hint: set both [mail] host and [mail] to in config.toml "
                "(or DIGEST_SMTP_HOST and DIGEST_MAIL_TO)",
                err=True,
            )
        elif verbose:
            click.echo("Mail is not configured (DIGEST_SMTP_HOST, DIGEST_MAIL_TO); no digest sent.")
        return
    now = now_utc()
    period = publish.resolve_period(c.settings, now, "last", None, None)
    publish.send_digest(
        c.db,
        c.settings,
        period,
        to=(),
        dry_run=False,
        eml=None,
        force=False,
        now=now,
        quiet=not verbose,
        hold_empty=True,
    )


@cli.group(cls=DefaultListGroup, default="list", default_if_no_args=True)
def digests():
    """Past digests: what was exported or sent, per period."""


@digests.command("list")
@json_option
@pass_ctx
def digests_list(c: Context, as_json: bool):
    """Every kept digest, newest period first."""
    from datetime import timedelta

    from digest import periods
    from digest.publish import HELD_WHY, is_held, kept_status
    from digest.store.digests import list_digests
    from digest.wording import counted

    rows = list_digests(c.archive())
    if as_json:
        emit_json(rows)
        return
    if not rows:
        click.echo("No digests yet: `digest export` or `digest send` keeps one per period.")
    tz = periods.zone(c.settings.digest.timezone)
    held = None
    for r in rows:
        period = periods.stored(r["period_start"], r["period_end"], tz)
        status = kept_status(r, tz)
        held = held or (period if is_held(r) else None)
        number = r["id"] or "-"  # a held period keeps no digest
        click.echo(f"{number:>4}  {period.label:<26} {status:<23} {counted(r['picks'], 'pick'):>9}")
    if held:
        click.echo(
            f"\nheld: {HELD_WHY}."
            f" `digest send --since {held.first_day} --until {held.last_day + timedelta(days=1)}`"
            " mails it as it is."
        )


@digests.command("show")
@click.argument("digest_id", type=ROW_ID)
@pass_ctx
def digests_show(c: Context, digest_id: int):
    """Print a kept digest's markdown as it was exported or sent."""
    from digest.store.digests import get_digest

    row = get_digest(c.archive(), digest_id)
    if row is None:
        raise DigestError(f"no digest {digest_id}", "see `digest digests list`")
    if not row["markdown"]:
        raise DigestError(
            f"digest {digest_id} is a draft with nothing rendered yet",
            "run `digest export` for its period",
        )
    click.echo(row["markdown"], nl=False)


@digests.command("forget")
@click.argument("digest_id", type=ROW_ID)
@click.option("--yes", is_flag=True, help="Forget its picks and notes without asking.")
@pass_ctx
def digests_forget(c: Context, digest_id: int, yes: bool):
    """Forget a digest never mailed (an export of some days, say), its picks and notes with it.
    A digest mailed, or tried, stays: the send log keeps it."""
    from digest import periods
    from digest.store import write
    from digest.store.digests import forget_digest, get_digest, what_forgetting_loses
    from digest.wording import counted

    db = c.archive()
    row = get_digest(db, digest_id)
    if row is None:
        raise DigestError(f"no digest {digest_id}", "see `digest digests list`")
    days = periods.stored(
        row["period_start"], row["period_end"], periods.zone(c.settings.digest.timezone)
    ).label
    loses = what_forgetting_loses(db, digest_id)
    if loses["sends"]:
        raise DigestError(
            f"digest {digest_id} ({days}) is in the send log "
            f"({counted(loses['sends'], 'attempt')} to mail it), which keeps it",
            "only a digest never mailed can be forgotten",
        )
    if loses["picks"] and not yes:
        held = counted(loses["picks"], "pick") + (
            f" ({counted(loses['notes'], 'note')})" if loses["notes"] else ""
        )
        if not sys.stdin.isatty():
            raise DigestError(
                f"digest {digest_id} ({days}) holds {held}", "add --yes to forget them too"
            )
        click.confirm(f"Digest {digest_id} ({days}) holds {held}. Forget them?", abort=True)
    with write(db):
        forget_digest(db, digest_id)
    click.echo(f"Forgot digest {digest_id} ({days}).")


# --- demo --------------------------------------------------------------------------------


@cli.command()
@click.option("--no-tui", is_flag=True, help="List the items instead of opening the app.")
@click.option(
    "--keep",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Keep the demo archive at this path.",
)
def demo(no_tui: bool, keep: Path | None):
    """Fetch bundled sample feeds from a local server into a temporary archive, offline."""
    from digest.demo import run_demo

    if keep is not None and keep.exists():  # your real archive, say: never mix samples in
        raise click.BadParameter(
            f"{keep} exists; the demo keeps a new archive (give another path)", param_hint="--keep"
        )
    run_demo(open_tui=not no_tui, keep=keep)


def main() -> None:
    cli(prog_name="digest")
