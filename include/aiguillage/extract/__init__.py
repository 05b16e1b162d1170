"""Extraction: all the text of a document, as parts that say where each piece came from.

``extract(path, fmt)`` dispatches on the sniffed format, in process. Anything that cannot be read
safely raises :class:`~aiguillage.records.QuarantineError` with a reason code and a human message.
The pipeline calls :func:`aiguillage.extract.sandbox.extract_safely`, which runs the same function
in a separate worker process with a wall-clock timeout and a memory cap.

Nested documents (e-mail attachments, ZIP members, objects embedded in Office files) are extracted
recursively, within the caps of :class:`~aiguillage.extract.limits.Limits`, and their parts are
appended to the container's (``kind="attachment"`` for their body): the container is routed on
all its content, the strictest finding wins, and a member that must be quarantined quarantines
the container.

The text of every part is normalised for detection (see :mod:`aiguillage.extract.normalize`);
``raw=True`` returns the original text, whose normalisation gives the offset map per part.
"""

from __future__ import annotations

import importlib
import os
import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from aiguillage.extract.job import Job
from aiguillage.extract.limits import Limits
from aiguillage.extract.normalize import normalize
from aiguillage.formats import sniff_format
from aiguillage.records import Extraction, Part, QuarantineError

Extractor = Callable[[Path, Job], Extraction]


# format -> "module:function", imported on first use (a DOCX never loads pdfminer).
REGISTRY: dict[str, str] = {
    "pdf": "pdf:extract_pdf",
    "docx": "docx:extract_docx",
    "xlsx": "ooxml:extract_ooxml",
    "pptx": "ooxml:extract_ooxml",
    "odt": "odf:extract_odf",
    "ods": "odf:extract_odf",
    "odp": "odf:extract_odf",
    "doc": "legacy:extract_legacy",
    "xls": "legacy:extract_legacy",
    "rtf": "legacy:extract_legacy",
    "txt": "text:extract_text",
    "md": "text:extract_text",
    "html": "text:extract_html",
    "eml": "mail:extract_eml",
    "zip": "archive:extract_zip",
    "png": "ocr:extract_image",
    "jpeg": "ocr:extract_image",
    "tiff": "ocr:extract_image",
}


def _extractor(fmt: str) -> Extractor | None:
    spec = REGISTRY.get(fmt)
    if spec is None:
        return None
    module, func = spec.split(":")
    mod = importlib.import_module(f"aiguillage.extract.{module}")
    return getattr(mod, func)  # type: ignore[no-any-return]


REFUSED: dict[str, tuple[str, str]] = {
    "empty": ("EMPTY", "empty file: nothing to route"),
    "docm": ("MACRO", "macro-enabled Office document (VBA project): refused"),
    "encrypted_ooxml": ("ENCRYPTED", "password-protected Office document (OLE EncryptedPackage)"),
    "corrupt_zip": ("CORRUPT", "damaged ZIP container"),
    "unknown": ("UNSUPPORTED_FORMAT", "unrecognised content (no known signature, not text)"),
}


# Codes of a nested document that make its container unverifiable (sovereign, UNREADABLE) rather
# than unsafe (quarantine): an unknown or empty embedded object is not a threat in itself.
SOFT_MEMBER_CODES = frozenset({"UNSUPPORTED_FORMAT", "EMPTY", "LEGACY_CONVERTER_MISSING"})


def extract(path: str | Path, fmt: str, *, limits: Limits | None = None, raw: bool = False) -> Extraction:
    """Extract ``path`` whose sniffed format is ``fmt``, or raise QuarantineError.

    Runs in the calling process: use :func:`aiguillage.extract.sandbox.extract_safely` for files
    from the field."""
    job = Job(limits or Limits())
    try:
        ext = extract_with(Path(path), fmt, job)
    finally:
        if job.scratch is not None and job._own_scratch:
            shutil.rmtree(job.scratch, ignore_errors=True)
    chars = sum(len(p.text) for p in ext.parts)
    if chars > job.limits.max_chars:
        raise QuarantineError("TOO_LARGE", f"{chars} characters extracted (cap {job.limits.max_chars})")
    if raw:
        return ext
    return replace(ext, parts=tuple(replace(p, text=normalize(p.text).text) for p in ext.parts))


def extract_with(path: Path, fmt: str, job: Job) -> Extraction:
    """Dispatch one file (top level or nested) with error mapping; no normalisation."""
    if fmt in REFUSED:
        code, msg = REFUSED[fmt]
        raise QuarantineError(code, msg)
    extractor = _extractor(fmt)
    if extractor is None:
        raise QuarantineError("UNSUPPORTED_FORMAT", f"format {fmt!r} is not supported")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise QuarantineError("CORRUPT", "file cannot be read") from exc
    if size > job.limits.max_file_bytes:
        raise QuarantineError("TOO_LARGE",
                              f"file of {size >> 20} MiB (cap {job.limits.max_file_bytes >> 20} MiB)")
    try:
        return extractor(path, job)
    except QuarantineError:
        raise
    except MemoryError as exc:
        raise QuarantineError("TOO_LARGE", "extraction exceeded the memory cap") from exc
    except RecursionError as exc:
        raise QuarantineError("CORRUPT", f"{fmt} nests or references itself too deeply") from exc
    except Exception as exc:  # any parser failure is a quarantine, never a crash of the batch
        cause = _root_cause(exc)
        if isinstance(cause, MemoryError):
            raise QuarantineError("TOO_LARGE", "extraction exceeded the memory cap") from exc
        if isinstance(cause, RecursionError):
            raise QuarantineError("CORRUPT", f"{fmt} nests or references itself too deeply") from exc
        if isinstance(cause, QuarantineError):
            raise cause from exc
        raise QuarantineError("CORRUPT", f"{fmt} could not be parsed ({type(cause).__name__})") from exc


def _root_cause(exc: BaseException) -> BaseException:
    """The error under wrappers (pdfplumber wraps pdfminer's errors in its own exception)."""
    seen = 0
    while seen < 10:
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc.__cause__
        if inner is None:
            return exc
        exc = inner
        seen += 1
    return exc


def extract_member(data: bytes, label: str, job: Job, hint: str = "") -> list[Part]:
    """Extract a nested document (attachment, archive member, embedded object) as parts of its
    container. ``label`` says where it sits (never its name: names go to a metadata part)."""
    if job.depth + 1 > job.limits.max_depth:
        raise QuarantineError("TOO_DEEP",
                              f"{label}: documents nested more than {job.limits.max_depth} levels")
    job._members += 1
    if job._members > job.limits.max_attachments:
        raise QuarantineError("ZIP_BOMB", f"more than {job.limits.max_attachments} nested documents")
    tmp = job.tmpdir() / f"member-{job.depth + 1}-{job._members}{_safe_suffix(hint)}"
    tmp.write_bytes(data)
    try:
        fmt = sniff_format(tmp)
        if fmt == "empty":
            return []
        child = Job(job.limits, job.depth + 1, job.tmpdir())
        child._members = job._members
        try:
            ext = extract_with(tmp, fmt, child)
        except QuarantineError as exc:
            if exc.code not in SOFT_MEMBER_CODES:
                raise QuarantineError(exc.code, f"{label}: {exc.message}") from exc
            # content that cannot be read (not a threat): the container cannot be verified
            return [Part(f"[{label}: {exc.message}]", "attachment", None,
                         frozenset({"attachment", "unreadable"}))]
        job._members = child._members
    finally:
        tmp.unlink(missing_ok=True)
    parts = []
    for p in ext.parts:
        kind = "attachment" if p.kind == "body" else p.kind
        parts.append(Part(p.text, kind, p.page, p.flags | {"attachment"} | {f"{f}" for f in ext.flags}))
    if not parts and ext.flags:
        parts.append(Part("", "attachment", None, frozenset({"attachment"}) | ext.flags))
    return parts


def member_flags(parts: list[Part]) -> set[str]:
    """Document-level flags raised by nested parts (an unreadable attachment makes the container
    unreadable)."""
    return {f for p in parts for f in p.flags if f in {"unreadable", "invisible_text", "ocr"}}


def _safe_suffix(hint: str) -> str:
    ext = os.path.splitext(hint)[1].lower()
    return ext if ext[1:].isalnum() and len(ext) <= 6 else ""


__all__ = ["Job", "Limits", "extract", "extract_member", "extract_with", "member_flags"]
