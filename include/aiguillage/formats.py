"""Format sniffing by magic bytes, never by extension.

The extension is only a hint used to tell apart containers that share a signature
(a ZIP may be DOCX, ODT, a macro-enabled DOCM or a plain archive).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

TEXT_FORMATS = {"txt", "md", "html", "eml"}


MAX_SNIFF_ZIP_ENTRIES = 100_000


def _declared_entries(path: Path) -> int:
    """Entries announced by the end-of-central-directory record (read without parsing the
    directory: a hostile archive may announce millions)."""
    size = path.stat().st_size
    with path.open("rb") as fh:
        fh.seek(max(0, size - 65_557))
        tail = fh.read()
    pos = tail.rfind(b"PK\x05\x06")
    if pos < 0 or pos + 12 > len(tail):
        return 0
    return int.from_bytes(tail[pos + 10:pos + 12], "little")


def _sniff_zip(path: Path) -> str:
    if _declared_entries(path) > MAX_SNIFF_ZIP_ENTRIES:
        return "zip"  # extraction refuses it (ZIP_BOMB) without this process reading it
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                mime = _head(zf, "mimetype", 100).decode("ascii", "replace").strip()
                for suffix, fmt in (("opendocument.text", "odt"), ("opendocument.spreadsheet", "ods"),
                                    ("opendocument.presentation", "odp")):
                    if mime.endswith((suffix, suffix + "-template", suffix + "-master")):
                        return fmt
            if "[Content_Types].xml" in names:
                ct = _head(zf, "[Content_Types].xml", 20000).decode("utf-8", "replace")
                if "macroEnabled" in ct or "vbaProject" in ct:
                    return "docm"
                if "wordprocessingml" in ct:
                    return "docx"
                if "spreadsheetml" in ct:
                    return "xlsx"
                if "presentationml" in ct:
                    return "pptx"
            return "zip"
    except Exception:  # zlib.error, EOFError, NotImplementedError...: one bad file never stops a plan
        return "corrupt_zip"


def _head(zf: zipfile.ZipFile, name: str, n: int) -> bytes:
    """The first ``n`` bytes of a member, without inflating the rest (a bomb stays unexploded)."""
    with zf.open(name) as fh:
        return fh.read(n)


def _looks_textual(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        # a multi-byte character cut at the end of the window is still text
        if exc.start >= len(head) - 4:
            return True
    try:
        decoded = head.decode("cp1252")
    except UnicodeDecodeError:
        return False
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in decoded)
    return printable / max(1, len(decoded)) > 0.95


def sniff_format(path: str | Path) -> str:
    """Return a short format name: pdf, docx, docm, odt, ods, doc, xls, rtf, zip, txt, md, html,
    eml, empty, or unknown."""
    p = Path(path)
    with p.open("rb") as fh:
        head = fh.read(8192)
    if not head:
        return "empty"
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _sniff_zip(p)
    if head.startswith(OLE_MAGIC):
        # Word, Excel, or an encrypted OOXML package stored in an OLE container.
        data = head + p.open("rb").read(1 << 20)[8192:] + _ole_directory(p)
        if "EncryptedPackage".encode("utf-16-le") in data:
            return "encrypted_ooxml"
        if "WordDocument".encode("utf-16-le") in data:
            return "doc"
        if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
            return "xls"
        return "ole"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    for magic, name in ((b"\x89PNG", "png"), (b"\xff\xd8\xff", "jpeg"), (b"II*\x00", "tiff"),
                        (b"MM\x00*", "tiff"), (b"GIF8", "gif"), (b"\x1f\x8b", "gzip")):
        if head.startswith(magic):
            return name
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) and len(head) >= 4:
        try:  # UTF-16 text (Windows "Unicode" exports)
            decoded = head[:4096].decode("utf-16")
            if sum(ch.isprintable() or ch in "\r\n\t" for ch in decoded) / max(1, len(decoded)) > 0.95:
                return "html" if "<html" in decoded[:512].lower() else "txt"
        except UnicodeDecodeError:
            pass
    if _looks_textual(head):
        lowered = head[:2048].lower().lstrip()
        if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered[:512]:
            return "html"
        if _is_email(head):
            return "eml"
        if p.suffix.lower() in {".md", ".markdown"}:
            return "md"
        return "txt"
    return "unknown"


def _ole_directory(path: Path, sectors: int = 8) -> bytes:
    """The first sectors of an OLE compound file's directory (stream names), wherever the
    directory sits: in a large encrypted document it is often past the first megabyte."""
    try:
        with path.open("rb") as fh:
            header = fh.read(512)
            shift = int.from_bytes(header[30:32], "little")
            if not 9 <= shift <= 12:
                return b""
            size = 1 << shift
            first = int.from_bytes(header[48:52], "little")
            if first >= 0xFFFFFFFA:
                return b""
            fh.seek((first + 1) * size)
            return fh.read(size * sectors)
    except OSError:
        return b""


def _is_email(head: bytes) -> bool:
    lines = head[:4096].split(b"\n")
    keys = {ln.split(b":", 1)[0].strip().lower() for ln in lines[:40] if b":" in ln}
    return len(keys & {b"from", b"to", b"subject", b"date", b"message-id", b"mime-version"}) >= 3

