"""Sending the digest through a real SMTP server (aiosmtpd) on loopback: the message, once per
period, retries, refusals, STARTTLS, failures with a truthful send log, and `digest run`."""

from __future__ import annotations

import email
import email.policy
import json
import re
import sqlite3
import ssl

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from click.testing import CliRunner
from conftest import free_port
from test_digest import _archive

from digest.cli import cli


class Recorder:
    def __init__(self):
        self.messages = []
        self.data_replies: list[str] = []  # replies to DATA before accepting, e.g. a 451
        self.reject = {"nobody@example.org"}
        self.defer_once: set[str] = set()  # answered 450 the first time, accepted after

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.reject:
            return "550 5.1.1 No such user here"
        if address in self.defer_once:
            self.defer_once.discard(address)
            return "450 4.2.0 Mailbox busy, try later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.data_replies:
            return self.data_replies.pop(0)
        self.messages.append(
            (
                list(envelope.rcpt_tos),
                email.message_from_bytes(envelope.content, policy=email.policy.default),
            )
        )
        return "250 Message accepted"


@pytest.fixture
def smtp():
    handler = Recorder()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    handler.port = port
    yield handler
    controller.stop()


@pytest.fixture
def env(tmp_path, monkeypatch):
    path = tmp_path / "mail.db"
    _archive(path).conn.close()
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        '[digest]\ntimezone = "UTC"\n[mail]\nretry_delays = [0, 0]\ntimeout = 5\n', encoding="utf-8"
    )
    monkeypatch.setenv("DIGEST_DB", str(path))
    monkeypatch.setenv("DIGEST_CONFIG", str(cfg))
    monkeypatch.setenv("DIGEST_FEEDS", str(tmp_path / "feeds.toml"))
    (tmp_path / "feeds.toml").write_text("", encoding="utf-8")
    monkeypatch.setenv("DIGEST_MAIL_FROM", "Digest <digest@example.org>")
    monkeypatch.setenv("DIGEST_MAIL_TO", "ed@example.org, analyst@example.org")
    monkeypatch.setenv("DIGEST_SMTP_SECURITY", "none")
    monkeypatch.setenv("DIGEST_SMTP_HOST", "127.0.0.1")
    return {"db": path, "cfg": cfg, "tmp": tmp_path}


PERIOD = ["--since", "2026-11-09", "--until", "2026-11-23"]


def invoke(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def sends(path):
    with sqlite3.connect(path) as c:
        return c.execute(
            "SELECT status, recipients, refused, message_id, error FROM sends ORDER BY id"
        ).fetchall()


def test_send_builds_a_proper_message_once_per_period(env, smtp, monkeypatch):
    monkeypatch.setenv("DIGEST_SMTP_PORT", str(smtp.port))
    r = invoke("send", *PERIOD)
    assert r.exit_code == 0, r.output
    assert len(smtp.messages) == 1
    rcpts, msg = smtp.messages[0]
    assert sorted(rcpts) == ["analyst@example.org", "ed@example.org"]
    assert msg["Subject"] == "Stem-cell industry digest: 9–22 Nov 2026"
    for header in ("Date", "Message-ID", "From", "To", "List-Id"):
        assert msg[header], header
    assert msg["List-Id"] == "<digest.stem-cell.local>"
    assert msg.get_content_type() == "multipart/alternative"
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert "Regulator approves first MSC therapy" in text and "https://wire.example.org/w1" in text
    assert (
        '<a style="color:#0b6e79;text-decoration:underline" href="https://wire.example.org/w1"'
        in html
    )
    assert "<script" not in html
    log = sends(env["db"])
    assert log[0][0] == "sent" and log[0][3] == msg["Message-ID"]

    r = invoke("send", *PERIOD)
    assert r.exit_code == 0 and "already sent" in r.output
    assert len(smtp.messages) == 1
    r = invoke("send", *PERIOD, "--force")
    assert r.exit_code == 0 and len(smtp.messages) == 2
    # the list says when it went out in the reader's zone: 23:30 UTC is past midnight in Berlin
    with sqlite3.connect(env["db"]) as c:
        c.execute("UPDATE sends SET sent_at = '2026-11-23T23:30:00Z'")
    env["cfg"].write_text('[digest]\ntimezone = "Europe/Berlin"\n', encoding="utf-8")
    assert "sent 2026-11-24 00:30" in invoke("digests", "list").output


def test_an_empty_period_is_sent_with_a_warning_to_the_sender(env, smtp, monkeypatch):
    monkeypatch.setenv("DIGEST_SMTP_PORT", str(smtp.port))
    r = invoke("send", "--since", "2025-01-06", "--until", "2025-01-20")
    assert r.exit_code == 0 and "warning: the digest for 6–19 Jan 2025 is empty" in r.output
    ((_, msg),) = smtp.messages
    text = msg.get_body(("plain",)).get_content()
    assert text.count("No relevant stem-cell news came in for this period.") == 1, text
    assert "INSIGHT" not in text and "Nothing to compare" not in text
    r = invoke("send", "--since", "2025-01-06", "--until", "2025-01-20")
    assert re.search(r"already sent on \d{4}-\d\d-\d\d \d\d:\d\d to ", r.output), r.output


def test_a_451_is_retried_and_a_refused_recipient_reported(env, smtp, monkeypatch):
    monkeypatch.setenv("DIGEST_SMTP_PORT", str(smtp.port))
    smtp.data_replies = ["451 4.3.0 Try again later"]
    r = invoke("send", *PERIOD, "--to", "ed@example.org", "--to", "nobody@example.org")
    assert r.exit_code == 0, r.output
    assert [m[0] for m in smtp.messages] == [["ed@example.org"]]
    assert "nobody@example.org was refused: 550" in r.output
    assert "answered 451 4.3.0 Try again later; trying again in 0 s (attempt 2 of 3)" in r.output
    status, recipients, refused, _, _ = sends(env["db"])[0]
    assert status == "sent" and "nobody@example.org" in refused and "nobody" not in recipients


def test_a_deferred_recipient_is_tried_again_and_the_wait_announced(env, smtp, monkeypatch):
    monkeypatch.setenv("DIGEST_SMTP_PORT", str(smtp.port))
    smtp.defer_once = {"analyst@example.org"}
    r = invoke("send", *PERIOD)
    assert r.exit_code == 0, r.output
    assert "analyst@example.org deferred by the server; trying again in 0 s (attempt 2 of 3)" in (
        r.output
    )
    assert [m[0] for m in smtp.messages] == [["ed@example.org"], ["analyst@example.org"]]
    assert "refused" not in r.output


def test_every_recipient_refused_is_a_failure_in_the_log(env, smtp, monkeypatch):
    monkeypatch.setenv("DIGEST_SMTP_PORT", str(smtp.port))
    r = invoke("send", *PERIOD, "--to", "nobody@example.org")
    assert r.exit_code == 1 and "every recipient was refused" in r.output
    assert "Traceback" not in r.output
    assert sends(env["db"])[0][0] == "failed"
    # a failed attempt does not count as sent: the next run tries again
    r = invoke("send", *PERIOD, "--to", "ed@example.org")
    assert r.exit_code == 0 and len(smtp.messages) == 1


def test_server_down_is_a_clear_error_after_retries(env, monkeypatch, tmp_path):
    assert invoke("export", *PERIOD, "--out", str(tmp_path / "d.md")).exit_code == 0
    monkeypatch.setenv("DIGEST_SMTP_PORT", str(free_port()))
    r = invoke("send", *PERIOD)
    assert r.exit_code == 1
    assert "connection refused" in r.output and "after 3 attempts" in r.output
    # each wait is announced: the default delays add up to minutes of silence otherwise
    assert "connection refused; trying again in 0 s (attempt 2 of 3)" in r.output
    assert "(attempt 3 of 3)" in r.output
    assert "DIGEST_SMTP_HOST/PORT" in r.output and "Traceback" not in r.output
    assert sends(env["db"])[0][0] == "failed"
    # the failed send is in the send log and the list; the digest exported before stays
    # exported (its status never goes down)
    assert " failed 20" in invoke("digests", "list").output
    kept = json.loads(invoke("digests", "list", "--json").output)
    assert (kept["status"], kept["last_try"], kept["sent_at"]) == ("exported", "failed", None)


def test_a_server_without_starttls_or_login_is_a_setting_to_change_not_retried(
    env, smtp, monkeypatch
):
    # aiosmtpd with no TLS context offers neither STARTTLS nor AUTH: waiting will not bring
    # them, so the send stops at once and names the setting
    monkeypatch.setenv("DIGEST_SMTP_PORT", str(smtp.port))
    monkeypatch.setenv("DIGEST_SMTP_SECURITY", "starttls")
    r = invoke("send", *PERIOD)
    assert r.exit_code == 1
    assert f"the SMTP server 127.0.0.1:{smtp.port} does not offer STARTTLS" in r.output
    assert "DIGEST_SMTP_SECURITY/PORT" in r.output
    assert "trying again" not in r.output and "cannot reach" not in r.output
    monkeypatch.setenv("DIGEST_SMTP_SECURITY", "none")
    monkeypatch.setenv("DIGEST_SMTP_USER", "digest")
    monkeypatch.setenv("DIGEST_SMTP_PASSWORD", "s3cret")
    r = invoke("send", *PERIOD)
    assert r.exit_code == 1
    assert "offers no login (AUTH) for 'digest'" in r.output and "trying again" not in r.output
    assert [row[0] for row in sends(env["db"])] == ["failed", "failed"]
    assert not smtp.messages and "Traceback" not in r.output


def test_starttls_with_login(env, tmp_path, monkeypatch):
    ca = trustme.CA()
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_ctx)
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    handler, port = Recorder(), free_port()
    logins = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        logins.append((auth_data.login, auth_data.password))
        ok = auth_data.password == b"s3cret"
        return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd sends the 535

    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        tls_context=server_ctx,
        require_starttls=True,
        authenticator=authenticator,
    )
    controller.start()
    try:
        monkeypatch.setenv("DIGEST_SMTP_PORT", str(port))
        monkeypatch.setenv("DIGEST_SMTP_SECURITY", "starttls")
        monkeypatch.setenv("DIGEST_SMTP_CA_FILE", str(ca_file))
        monkeypatch.setenv("DIGEST_SMTP_USER", "digest")
        monkeypatch.setenv("DIGEST_SMTP_PASSWORD", "wrong")
        r = invoke("send", *PERIOD)
        assert r.exit_code == 1 and "refused the login for 'digest'" in r.output
        monkeypatch.setenv("DIGEST_SMTP_PASSWORD", "s3cret")
        r = invoke("send", *PERIOD)
        assert r.exit_code == 0, r.output
        assert len(handler.messages) == 1
        # require_starttls plus aiosmtpd's default auth_require_tls: AUTH only after STARTTLS
        assert logins[-1] == (b"digest", b"s3cret")
    finally:
        controller.stop()


def test_dry_run_writes_eml_and_sends_nothing(env, smtp, monkeypatch):
    monkeypatch.setenv("DIGEST_SMTP_PORT", str(smtp.port))
    eml = env["tmp"] / "out.eml"
    r = invoke("send", *PERIOD, "--dry-run", "--eml", str(eml))
    assert r.exit_code == 0 and "nothing was sent" in r.output
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert msg["To"] == "ed@example.org, analyst@example.org"
    assert smtp.messages == [] and sends(env["db"]) == []
    monkeypatch.chdir(env["tmp"])  # "-": the message on stdout (to read, or for sendmail -t)
    r = invoke("send", *PERIOD, "--dry-run", "--eml", "-")
    assert r.exit_code == 0 and "nothing was sent" in r.stderr and not (env["tmp"] / "-").exists()
    piped = email.message_from_bytes(r.stdout_bytes, policy=email.policy.default)
    assert piped["To"] == msg["To"] and piped["Subject"] == msg["Subject"]
    r = invoke("send", *PERIOD, "--dry-run", "--eml", "./-")  # a file named "-"
    assert r.exit_code == 0 and r.stdout_bytes == b"" and (env["tmp"] / "-").exists()
    # before mail is set up, a dry run still shows the message, and says what a send needs
    for var in ("DIGEST_MAIL_FROM", "DIGEST_MAIL_TO"):
        monkeypatch.delenv(var)
    r = invoke("send", *PERIOD, "--dry-run", "--eml", str(eml))
    assert r.exit_code == 0, r.output
    assert "note: no recipients; the .eml uses not-set@example.invalid" in r.output
    assert "note: no sender address" in r.output and "DIGEST_MAIL_FROM" in r.output
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert msg["To"] == msg["From"] == "not-set@example.invalid" and "Regulation" in str(msg)
    r = invoke("send", *PERIOD, "--dry-run", "--eml", str(env["tmp"] / "no-such-dir" / "x.eml"))
    assert r.exit_code == 1 and "Traceback" not in r.output, r.output
    assert "error: cannot write" in r.output and "hint: choose another --eml path" in r.output
    r = invoke("send", *PERIOD)  # a real send still stops at the first missing setting
    assert r.exit_code == 1 and "error: no recipients" in r.output
    assert smtp.messages == [] and sends(env["db"]) == []


def test_a_recipient_that_is_no_address_stops_the_send_before_it_starts(env, smtp):
    r = invoke("send", *PERIOD, "--to", "ed@example.org", "--to", "the analysts")
    assert r.exit_code == 1 and "--to 'the analysts' is not an email address" in r.output
    assert "Traceback" not in r.output
    assert smtp.messages == [] and sends(env["db"]) == []


def test_addresses_with_letters_outside_ascii_reach_the_server(env, smtp, monkeypatch):
    """A domain outside ASCII goes out in its IDNA form, which any SMTP server takes; a name
    outside ASCII stays in the headers. Both used to be a traceback before the send began."""
    monkeypatch.setenv("DIGEST_SMTP_PORT", str(smtp.port))
    monkeypatch.setenv("DIGEST_MAIL_FROM", "Zoë Digest <digest@bücher.de>")
    monkeypatch.setenv("DIGEST_MAIL_TO", "Jürgen <j@example.org>, ann@bücher.de")
    r = invoke("send", *PERIOD)
    assert r.exit_code == 0, r.output
    rcpts, msg = smtp.messages[0]
    assert sorted(rcpts) == ["ann@xn--bcher-kva.de", "j@example.org"]
    assert msg["From"].addresses[0].display_name == "Zoë Digest"
    assert msg["From"].addresses[0].addr_spec == "digest@xn--bcher-kva.de"
    assert [a.display_name for a in msg["To"].addresses] == ["Jürgen", ""]
    assert b"To: =?utf-8?q?J=C3=BCrgen?= <j@example.org>" in msg.as_bytes()  # RFC 2047 on the wire
    r = invoke("send", *PERIOD, "--dry-run", "--eml", str(env["db"].parent / "d.eml"))
    assert r.exit_code == 0 and " for Jürgen <j@example.org>, ann@xn--bcher-kva.de;" in r.output
    r = invoke("send", *PERIOD, "--force", "--to", "jörg@example.org")
    assert r.exit_code == 1 and "'jörg@example.org' is not an email address" in r.output
    assert "not before the @" in r.output and len(smtp.messages) == 1


def test_run_says_when_mail_is_half_configured(env, monkeypatch):
    """Under cron a run without mail settings fetches quietly; with a server and no
    recipients (or the reverse) it says why nothing was sent, every time."""
    for var in ("DIGEST_SMTP_HOST", "DIGEST_MAIL_TO"):
        monkeypatch.delenv(var)
    r = invoke("run")
    assert r.exit_code == 0 and r.output == ""
    monkeypatch.setenv("DIGEST_SMTP_HOST", "127.0.0.1")
    r = invoke("run")
    assert r.exit_code == 0 and "mail has no recipients, so no digest was sent" in r.output
    monkeypatch.delenv("DIGEST_SMTP_HOST")
    monkeypatch.setenv("DIGEST_MAIL_TO", "ed@example.org")
    assert "mail has no SMTP server" in invoke("run").output


def _news_in_the_last_closed_period(path, guid="late-1") -> None:
    """One relevant item in the period `digest run` sends today, whatever today is."""
    from datetime import timedelta

    from digest.classify.tagger import Tagger
    from digest.ingest import ingest_entries
    from digest.parse import Entry
    from digest.publish import resolve_period
    from digest.settings import Settings
    from digest.store import now_utc, open_db

    now = now_utc()
    period = resolve_period(Settings(), now, None, None, None)
    db = open_db(path)
    feed = next(iter(db.query("SELECT * FROM feeds ORDER BY id LIMIT 1")))
    entry = Entry(
        guid=guid,
        url=f"https://wire.example.org/{guid}",
        title="Regulator approves an MSC therapy for knee cartilage repair",
        summary="The mesenchymal stem cell product is the country's first of its kind.",
        published=period.start + timedelta(days=3),
    )
    ingest_entries(db, feed, [entry], now, Tagger(clock=lambda: now))
    db.conn.close()


def test_run_sends_the_closed_period_once_and_locks(env, smtp, monkeypatch):
    from digest.publish import run_lock

    monkeypatch.setenv("DIGEST_SMTP_PORT", str(smtp.port))
    _news_in_the_last_closed_period(env["db"])
    with run_lock(env["db"]) as got:
        assert got
        r = invoke("run")
        assert "Another `digest run`" in r.output and smtp.messages == []
    r = invoke("run")
    assert r.exit_code == 0, r.output
    assert len(smtp.messages) == 1  # the last closed period, whatever today is
    r = invoke("run")
    assert r.exit_code == 0 and len(smtp.messages) == 1, "the second run only checks the log"


def test_run_with_a_broken_feeds_file_still_sends_the_digest_that_is_due(env, smtp, monkeypatch):
    """A typo in feeds.toml stopped the whole cron job, so the closed period's digest, made
    from the archive alone, did not go out either. Now the feeds file's error is told, with
    its line, the digest is sent, and the run exits 2 so cron reports it."""
    monkeypatch.setenv("DIGEST_SMTP_PORT", str(smtp.port))
    _news_in_the_last_closed_period(env["db"])
    (env["tmp"] / "feeds.toml").write_text('[[feeds]]\nname = "a"\nurl =\n', encoding="utf-8")
    r = invoke("run")
    assert r.exit_code == 2, r.output
    assert "feeds.toml:3: TOML syntax error" in r.output and "no feed was polled" in r.output
    assert len(smtp.messages) == 1 and [s[0] for s in sends(env["db"])] == ["sent"]


def test_run_holds_an_empty_digest_back_says_so_once_and_sends_it_when_news_comes(
    env, smtp, monkeypatch
):
    """An empty fortnight under cron most likely means failing feeds: mailing readers "no
    news" would tell them nothing happened. The run says so once (not every 20 minutes),
    and a later run sends the digest if items for the period come in; `send` mails it."""
    monkeypatch.setenv("DIGEST_SMTP_PORT", str(smtp.port))
    from digest.config import FeedConfig
    from digest.store import now_utc, open_db
    from digest.store.feeds import sync_feeds

    empty = env["tmp"] / "empty.db"
    db = open_db(empty)  # a feed, and nothing from it: a fortnight of failures
    sync_feeds(db, [FeedConfig(name="Wire", url="https://wire.example.org/feed")], now_utc())
    db.conn.close()
    monkeypatch.setenv("DIGEST_DB", str(empty))
    r = invoke("run")
    assert r.exit_code == 0, r.output
    assert "is empty: no relevant item was stored for it, so it was not mailed" in r.output
    assert "`digest send --period last` mails it" in r.output
    assert smtp.messages == [] and [s[0] for s in sends(empty)] == ["held"]
    r = invoke("run")
    assert r.exit_code == 0 and r.output == "" and smtp.messages == []
    assert [s[0] for s in sends(empty)] == ["held"]  # said once, logged once
    listed = invoke("digests", "list").output  # where else the held period is told
    assert listed.split()[0] == "-" and " held: empty " in listed, listed
    assert "`digest run` mailed nothing, as nothing relevant was stored" in listed
    _news_in_the_last_closed_period(empty)
    assert invoke("run").exit_code == 0
    ((_, msg),) = smtp.messages
    assert "Regulator approves an MSC therapy" in msg.get_body(("plain",)).get_content()
    assert [s[0] for s in sends(empty)] == ["held", "sent"]
    assert invoke("run").output == "" and len(smtp.messages) == 1
    listed = invoke("digests", "list").output  # one row for the period, now a digest
    assert listed.split()[0] == "1" and " sent 20" in listed and "held" not in listed


def test_the_held_periods_command_in_digests_list_mails_that_period(env, smtp, monkeypatch):
    """The list's hint names the held period's days; run as written, `send` mails that
    very period (the same start and end in the log), empty as it is, with a warning."""
    monkeypatch.setenv("DIGEST_SMTP_PORT", str(smtp.port))
    from digest.store import open_db

    empty = env["tmp"] / "empty.db"
    open_db(empty).conn.close()
    monkeypatch.setenv("DIGEST_DB", str(empty))
    assert invoke("run").exit_code == 0 and smtp.messages == []
    hint = invoke("digests", "list").output.split("`digest send ")[1].split("`")[0]
    r = invoke("send", *hint.split())
    assert r.exit_code == 0 and "is empty" in r.output and len(smtp.messages) == 1, r.output
    with sqlite3.connect(empty) as c:
        periods = c.execute("SELECT DISTINCT period_start, period_end FROM sends").fetchall()
    assert len(periods) == 1, periods
    kept = json.loads(invoke("digests", "list", "--json").output)
    assert kept["id"] is not None and kept["last_try"] == "sent"


def test_a_held_period_exported_since_says_both(env, smtp, monkeypatch, tmp_path):
    """Exporting a held period keeps its digest, but mails nothing: the list says both."""
    monkeypatch.setenv("DIGEST_SMTP_PORT", str(smtp.port))
    from digest.store import open_db

    empty = env["tmp"] / "empty.db"
    open_db(empty).conn.close()
    monkeypatch.setenv("DIGEST_DB", str(empty))
    assert invoke("run").exit_code == 0 and smtp.messages == []
    assert " held: empty " in invoke("digests", "list").output
    out = tmp_path / "held.md"
    assert invoke("export", "--period", "last", "-o", str(out)).exit_code == 0
    listed = invoke("digests", "list").output
    assert listed.split()[0] == "1" and " exported, held: empty " in listed, listed
    assert "`digest send --since" in listed  # still the way to mail it
