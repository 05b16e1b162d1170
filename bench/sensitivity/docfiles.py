"""Write a hand-written sensitivity set's .docx and .html documents with stable bytes.

Shared by the set builders (``build_dev6_files.py`` and later): a document is a list of blocks
``(kind, content)`` with kind "title" (heading 1), "h" (heading 2), "p" (paragraph) or "table" (a
list of rows of cell strings); the core properties carry a fixed date and the zip members a fixed
timestamp, so every run writes the same bytes.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from docx import Document

Blocks = Sequence[tuple[str, object]]


def build_docx(path: Path, blocks: Blocks, fixed: dt.datetime) -> None:
    doc = Document()
    props = doc.core_properties
    props.author = "Aiguillage"
    props.last_modified_by = "Aiguillage"
    props.created = fixed
    props.modified = fixed
    props.last_printed = fixed
    props.revision = 1
    props.title = ""
    for kind, content in blocks:
        if kind == "title":
            doc.add_heading(str(content), level=1)
        elif kind == "h":
            doc.add_heading(str(content), level=2)
        elif kind == "p":
            doc.add_paragraph(str(content))
        elif kind == "table":
            rows = content  # type: ignore[assignment]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[arg-type]
            table.style = "Table Grid"
            for i, row in enumerate(rows):  # type: ignore[arg-type]
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    doc.save(buf)
    # Rewrite the zip with fixed timestamps so that the bytes are stable.
    date = (fixed.year, fixed.month, fixed.day, fixed.hour, fixed.minute, fixed.second)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=date)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    path.write_bytes(out.getvalue())


def build_html(path: Path, title: str, body: str) -> None:
    page = (
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{html.escape(title)}</title>\n</head>\n<body>\n{body.strip()}\n</body>\n</html>\n"
    )
    path.write_text(page, encoding="utf-8")


def write_set(
    out: Path,
    docx: Mapping[str, Blocks],
    pages: Mapping[str, tuple[str, str]],
    fixed: dt.datetime,
) -> None:
    """Write every document of a set into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    for name, blocks in docx.items():
        build_docx(out / name, blocks, fixed)
    for name, (title, body) in pages.items():
        build_html(out / name, title, body)
