"""PDF extraction with pdfplumber: page text, then metadata."""

from __future__ import annotations

from pathlib import Path

from aiguillage.records import Extraction, Part, QuarantineError


def extract_pdf(path: Path) -> Extraction:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    parts: list[Part] = []
    flags: set[str] = set()
    try:
        with pdfplumber.open(path) as pdf:
            if pdf.doc.encryption is not None:
                raise QuarantineError("ENCRYPTED", "encrypted PDF")
            pages = len(pdf.pages)
            for i, page in enumerate(pdf.pages, start=1):
                txt = page.extract_text() or ""
                if not txt.strip():
                    flags.add("page_without_text")
                parts.append(Part(txt, "body", page=i))
            meta = " ".join(str(v) for k, v in (pdf.metadata or {}).items()
                            if isinstance(v, str) and k not in {"Producer", "Creator"} and v.strip())
            if meta:
                parts.append(Part(meta, "metadata"))
    except PDFPasswordIncorrect as exc:
        raise QuarantineError("ENCRYPTED", "password-protected PDF") from exc
    return Extraction(format="pdf", parts=tuple(parts), pages=pages, flags=frozenset(flags))
