"""Read every kind of file that may sit under ``public/`` as text, to look for leaks in it.

A leak search must read a file the way any reader could, not the way our extractor does: raw
bytes, the text a word processor shows (python-docx joins runs that split a word in the XML),
every XML part of a package, every PDF stream decompressed, the PDF's Info and XMP metadata.
Readers that fail add nothing; the raw bytes are always searched.
"""

from __future__ import annotations

import contextlib
import io
import zipfile
from collections.abc import Callable
from pathlib import Path


def _pdf_chunks(data: bytes) -> list[str]:
    chunks: list[str] = []
    try:
        import pdfplumber

        with pdfplumber.open(io.BytesIO(data)) as pdf:
            chunks += [p.extract_text() or "" for p in pdf.pages]
            chunks += [str(v) for v in (pdf.metadata or {}).values()]
    except Exception:
        pass
    try:
        import pikepdf

        with pikepdf.open(io.BytesIO(data)) as pdf:
            info = pdf.trailer.get("/Info")
            if info is not None:
                chunks += [f"{k} {v}" for k, v in info.items()]
            for obj in pdf.objects:
                if isinstance(obj, pikepdf.Stream):
                    try:
                        chunks.append(obj.read_bytes().decode("latin-1"))
                    except pikepdf.PdfError:
                        continue
                elif isinstance(obj, pikepdf.Dictionary):
                    chunks += [str(v) for v in obj.values() if isinstance(v, pikepdf.String)]
    except Exception:
        pass
    return chunks


def _docx_chunks(data: bytes) -> list[str]:
    import docx

    d = docx.Document(io.BytesIO(data))
    chunks = [p.text for p in d.paragraphs]
    for table in d.tables:
        chunks += [cell.text for row in table.rows for cell in row.cells]
    for section in d.sections:
        for hf in (section.header, section.footer, section.first_page_header, section.first_page_footer,
                   section.even_page_header, section.even_page_footer):
            chunks += [p.text for p in hf.paragraphs]
    cp = d.core_properties
    chunks += [str(getattr(cp, k) or "") for k in ("author", "title", "subject", "keywords", "comments",
                                                   "last_modified_by", "category", "content_status",
                                                   "identifier", "language", "version")]
    return chunks


def _odt_chunks(data: bytes) -> list[str]:
    from odf import teletype
    from odf.opendocument import load
    from odf.text import H, P

    doc = load(io.BytesIO(data))
    return [teletype.extractText(el) for kind in (P, H) for el in doc.getElementsByType(kind)]


def _package_chunks(data: bytes) -> list[str]:
    chunks: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for name in zf.namelist():
            chunks.append(name)
            chunks.append(zf.read(name).decode("utf-8", "replace"))
        names = set(zf.namelist())
    reader: Callable[[bytes], list[str]] | None = None
    if "word/document.xml" in names:
        reader = _docx_chunks
    elif "content.xml" in names:
        reader = _odt_chunks
    if reader is not None:
        with contextlib.suppress(Exception):
            chunks += reader(data)
    return chunks


def readable_text(path: Path) -> str:
    data = path.read_bytes()
    chunks = [data.decode("utf-8", "replace")]
    if data.startswith(b"%PDF"):
        chunks += _pdf_chunks(data)
    elif data.startswith(b"PK"):
        with contextlib.suppress(Exception):
            chunks += _package_chunks(data)
    return "\n".join(chunks)
