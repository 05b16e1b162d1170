"""Extraction: all the text of a document, as parts that say where each piece came from.

``extract(path, fmt)`` dispatches on the sniffed format. Anything that cannot be read safely
raises :class:`~aiguillage.records.QuarantineError` with a reason code.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from aiguillage.records import Extraction, QuarantineError

Extractor = Callable[[Path], Extraction]


def _registry() -> dict[str, Extractor]:
    from aiguillage.extract import docx, pdf, text

    return {
        "pdf": pdf.extract_pdf,
        "docx": docx.extract_docx,
        "txt": text.extract_text,
        "md": text.extract_text,
        "html": text.extract_html,
    }


REFUSED: dict[str, tuple[str, str]] = {
    "empty": ("EMPTY", "empty file"),
    "docm": ("MACRO", "macro-enabled Office document"),
    "encrypted_ooxml": ("ENCRYPTED", "password-protected Office document"),
    "corrupt_zip": ("CORRUPT", "damaged ZIP container"),
}


def extract(path: str | Path, fmt: str) -> Extraction:
    """Extract ``path`` whose sniffed format is ``fmt``, or raise QuarantineError."""
    if fmt in REFUSED:
        code, msg = REFUSED[fmt]
        raise QuarantineError(code, msg)
    extractor = _registry().get(fmt)
    if extractor is None:
        raise QuarantineError("UNSUPPORTED_FORMAT", f"format {fmt!r} is not supported")
    try:
        return extractor(Path(path))
    except QuarantineError:
        raise
    except MemoryError as exc:
        raise QuarantineError("TOO_LARGE", "extraction ran out of memory") from exc
    except Exception as exc:  # any parser failure is a quarantine, never a crash of the batch
        raise QuarantineError("CORRUPT", f"{fmt} could not be parsed ({type(exc).__name__})") from exc
