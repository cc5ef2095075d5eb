"""Mail: the rendered digest as a multipart/alternative message, sent over SMTP.

A temporary failure (a 4xx reply, a dropped or refused connection) is retried with backoff;
a permanent one (5xx, authentication) is not. A recipient the server refuses is reported while
the others still get the message; only when every recipient is refused is the send a failure.
"""

from __future__ import annotations

import smtplib
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr

from digest.errors import MailError
from digest.settings import MailSettings


def build_message(
    *,
    subject: str,
    text: str,
    html: str,
    sender: str,
    to: Sequence[str],
    list_id: str,
    now: datetime,
) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    msg["Date"] = format_datetime(now)
    domain = parseaddr(sender)[1].rpartition("@")[2] or "digest.local"
    msg["Message-ID"] = make_msgid("digest", domain=domain)
    msg["List-Id"] = f"<{list_id}>"
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return msg


@dataclass
class SendResult:
    accepted: list[str]
    refused: dict[str, str] = field(default_factory=dict)  # address -> the server's reply
    attempts: int = 1


def _connect(s: MailSettings) -> smtplib.SMTP:
    context = ssl.create_default_context(cafile=s.ca_file)
    if s.security == "ssl":
        conn = smtplib.SMTP_SSL(s.host, s.port or 465, timeout=s.timeout, context=context)
    else:
        conn = smtplib.SMTP(
            s.host, s.port or (587 if s.security == "starttls" else 25), timeout=s.timeout
        )
        if s.security == "starttls":
            conn.starttls(context=context)
    if s.user:
        conn.login(s.user, s.password or "")
    return conn


def _temporary(exc: BaseException) -> bool:
    # a server that offers no STARTTLS or no AUTH will not offer it a minute later (smtplib's
    # errors are OSErrors, which would otherwise read as a network failure)
    if isinstance(exc, (smtplib.SMTPAuthenticationError, smtplib.SMTPNotSupportedError)):
        return False
    if isinstance(exc, smtplib.SMTPResponseException):
        return 400 <= exc.smtp_code < 500
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return all(400 <= code < 500 for code, _ in exc.recipients.values())
    return isinstance(exc, (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError, OSError))


def _describe(exc: BaseException, s: MailSettings) -> tuple[str, str]:
    where = f"{s.host}:{s.port or ''}".rstrip(":")
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return (
            f"the SMTP server {where} refused the login for {s.user!r}",
            "check the user and password: [mail] user and password_file in config.toml, or DIGEST_SMTP_USER and DIGEST_SMTP_PASSWORD",
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        if "STARTTLS" in str(exc).upper():
            return (
                f"the SMTP server {where} does not offer STARTTLS",
                "set the security to ssl (usually port 465) or none, or use the server's port that offers STARTTLS (usually 587): [mail] security/port in config.toml, or DIGEST_SMTP_SECURITY/PORT",
            )
        return (
            f"the SMTP server {where} offers no login (AUTH) for {s.user!r}",
            "leave the user unset if the server needs none, or turn on STARTTLS, after which many servers offer AUTH: [mail] user/security in config.toml, or DIGEST_SMTP_USER/SECURITY",
        )
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        who = "; ".join(
            f"{a}: {c} {m.decode(errors='replace')}" for a, (c, m) in exc.recipients.items()
        )
        return (
            f"every recipient was refused by {where}: {who}",
            "check the addresses: --to, [mail] to in config.toml, or DIGEST_MAIL_TO",
        )
    if isinstance(exc, smtplib.SMTPResponseException):
        text = (
            exc.smtp_error.decode(errors="replace")
            if isinstance(exc.smtp_error, bytes)
            else str(exc.smtp_error)
        )
        return (
            f"the SMTP server {where} answered {exc.smtp_code} {text}",
            "see the server's message; run again later if it is temporary",
        )
    if isinstance(exc, ssl.SSLError):
        return (
            f"TLS with {where} failed: {exc}",
            "check the security setting (starttls, ssl, none) and the port: [mail] security/port in config.toml, or DIGEST_SMTP_SECURITY/PORT",
        )
    if isinstance(exc, ConnectionRefusedError):
        return (
            f"cannot connect to the SMTP server {where}: connection refused",
            "check the host and port ([mail] in config.toml, or DIGEST_SMTP_HOST/PORT) and that the server is up",
        )
    if isinstance(exc, OSError):
        return (
            f"cannot reach the SMTP server {where}: {exc.strerror or exc}",
            "check the host ([mail] host in config.toml, or DIGEST_SMTP_HOST) and the network",
        )
    return (f"sending through {where} failed: {exc}", None)


def _again(backoff: Sequence[float], attempt: int) -> str:
    return (
        f"trying again in {backoff[attempt - 1]:g} s (attempt {attempt + 1} of {len(backoff) + 1})"
    )


def send(
    msg: EmailMessage,
    settings: MailSettings,
    recipients: Sequence[str],
    *,
    backoff: Sequence[float] = (5.0, 30.0, 120.0),
    sleep: Callable[[float], None] = time.sleep,
    on_retry: Callable[[str], None] = lambda _: None,
    delivering: Callable[[], None] = lambda: None,
) -> SendResult:
    """Send `msg`; a temporary failure (a lost connection, a 4xx) is tried again after each
    delay in `backoff`, and `on_retry` hears why and when, so a terminal does not sit silent
    through minutes of waiting. `delivering` is called once the server has greeted (and
    logged in) and the message is about to go: until then nothing can have been sent."""
    if not settings.host:
        raise MailError(
            "no SMTP server configured",
            "set DIGEST_SMTP_HOST (and DIGEST_SMTP_PORT), or [mail] host in config.toml",
        )
    # The envelope takes bare addresses: a display name outside ASCII ("Jürgen <j@x.de>")
    # would make smtplib ask the server for SMTPUTF8. Results are told by the names as given.
    given = {parseaddr(a)[1] or a: a for a in recipients}
    pending, refused, attempt = list(given), {}, 0
    accepted: list[str] = []
    while True:
        attempt += 1
        try:
            with _connect(settings) as conn:
                delivering()
                bad = conn.send_message(
                    msg, from_addr=parseaddr(settings.sender or "")[1] or None, to_addrs=pending
                )
        except Exception as exc:  # smtplib raises many kinds; each is classified below
            if _temporary(exc) and attempt <= len(backoff):
                on_retry(f"{_describe(exc, settings)[0]}; {_again(backoff, attempt)}")
                sleep(backoff[attempt - 1])
                continue
            message, hint = _describe(exc, settings)
            if attempt > 1:
                message += f" (after {attempt} attempts)"
            raise MailError(message, hint) from None
        accepted += [given[a] for a in pending if a not in bad]
        retry = [a for a, (code, _) in bad.items() if 400 <= code < 500]
        for a, (code, text) in bad.items():
            refused[given[a]] = (
                f"{code} {text.decode(errors='replace') if isinstance(text, bytes) else text}"
            )
        if retry and attempt <= len(backoff):
            pending = retry
            for a in retry:
                refused.pop(given[a], None)
            said = ", ".join(given[a] for a in retry)
            on_retry(f"{said} deferred by the server; {_again(backoff, attempt)}")
            sleep(backoff[attempt - 1])
            continue
        return SendResult(accepted, refused, attempt)
