"""DOCX extraction with python-docx: body paragraphs, tables, headers, footers, properties."""

from __future__ import annotations

from pathlib import Path

from aiguillage.records import Extraction, Part


def extract_docx(path: Path) -> Extraction:
    import docx

    d = docx.Document(str(path))
    parts: list[Part] = []
    body = "\n".join(p.text for p in d.paragraphs)
    if body.strip():
        parts.append(Part(body, "body"))
    for table in d.tables:
        rows = ["\t".join(c.text for c in row.cells) for row in table.rows]
        parts.append(Part("\n".join(rows), "table"))
    for section in d.sections:
        for kind, hf in (("header", section.header), ("footer", section.footer)):
            txt = "\n".join(p.text for p in hf.paragraphs).strip()
            if txt:
                parts.append(Part(txt, kind))
    cp = d.core_properties
    meta = " ".join(v for v in (cp.author, cp.title, cp.subject, cp.keywords, cp.comments,
                                cp.last_modified_by) if v)
    if meta.strip():
        parts.append(Part(meta, "metadata"))
    return Extraction(format="docx", parts=tuple(parts), pages=1)
