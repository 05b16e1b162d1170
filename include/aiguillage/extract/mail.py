"""E-mail (.eml): headers, every text part, and attachments extracted as documents.

Addresses and names in From/To/Cc are kept as a ``header`` part (detected and anonymized like any
text); attachments are extracted recursively (see :func:`aiguillage.extract.extract_member`) and
their file names, which often name people, go to a metadata part.
"""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from aiguillage.extract.job import Job
from aiguillage.records import Extraction, Part

_HEADERS = ("From", "To", "Cc", "Bcc", "Reply-To", "Sender", "Date", "Subject")


def extract_eml(path: Path, job: Job) -> Extraction:
    from aiguillage.extract import extract_member, member_flags
    from aiguillage.extract.text import decode

    msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    assert isinstance(msg, EmailMessage)
    parts: list[Part] = []
    head = "\n".join(f"{h}: {v}" for h in _HEADERS for v in (msg.get_all(h) or []) if str(v).strip())
    if head:
        parts.append(Part(head, "header"))
    names: list[str] = []
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        filename = part.get_filename()
        ctype = part.get_content_type()
        disposition = part.get_content_disposition()
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        if filename or disposition == "attachment" or not ctype.startswith("text/"):
            n += 1
            if filename:
                names.append(f"attachment {n}: {filename}")
            parts.extend(extract_member(payload, f"attachment {n}", job, filename or ""))
            continue
        charset = part.get_content_charset() or "utf-8"
        try:
            text = payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            text = decode(payload)
        if ctype == "text/html":
            parts.extend(_html_parts(text, job))
        else:
            parts.append(Part(text, "body"))
    meta = [*names, f"Message-ID: {msg.get('Message-ID')}"] if msg.get("Message-ID") else names
    if meta:
        parts.append(Part("\n".join(meta), "metadata"))
    return Extraction(format="eml", parts=tuple(parts), pages=1, flags=frozenset(member_flags(parts)))


def _html_parts(html: str, job: Job) -> list[Part]:
    from aiguillage.extract.text import extract_html

    tmp = job.tmpdir() / "mail-body.html"
    tmp.write_text(html, "utf-8")
    try:
        return list(extract_html(tmp, job).parts)
    finally:
        tmp.unlink(missing_ok=True)
