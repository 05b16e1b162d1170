"""The page text of the PDF release proof (``verify.pdf_page_text``) reads pdfium through
pypdfium2's public API (``PdfTextPage`` and the ``raw`` bindings, boxes included); it must read exactly
what the former implementation read through the raw bindings alone: same characters, same ink
and cover boxes, same count of suspect characters — on real documents, hostile ones (invisible,
white, covered text, two columns, forms, scans) and hyphenated lines."""

from __future__ import annotations

import ctypes
import math
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import extract_builders as b
import pytest
from aiguillage.verify import PdfPageText, pdf_page_text

REALDOCS = Path(__file__).resolve().parents[2] / "fixtures" / "realdocs"

BUILT: dict[str, Callable[[], bytes]] = {
    "text": lambda: b.pdf_text([f"Contact {b.EMAIL}", f"Monsieur {b.NAME}, IBAN {b.IBAN}",
                                "une ligne coupée en fin de ligne par un trait d'union: adminis-",
                                "tration"]),
    "pages": lambda: b.pdf_pages(3),
    "invisible": b.pdf_invisible,
    "two_columns": b.pdf_two_columns,
    "scanned": b.pdf_scanned,
    "form_annotation_attachment": b.pdf_with_attachment_form_annotation,
}


def typed_page_text(textpage: Any) -> PdfPageText:
    """The former implementation, through pypdfium2's raw bindings only: the oracle."""
    import pypdfium2.raw as c

    n = textpage.count_chars()
    chars: list[str] = []
    boxes: list[Any] = []
    cover: list[Any] = []
    suspect = 0
    left, right, bottom, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    loose = c.FS_RECTF()
    for i in range(n):
        u = c.FPDFText_GetUnicode(textpage, i)
        if c.FPDFText_IsGenerated(textpage, i) == 1:
            chars.append(chr(u) if u in (9, 10, 13, 32) else " ")
            boxes.append(None)
            cover.append(None)
            continue
        if c.FPDFText_IsHyphen(textpage, i) == 1:
            ch = "-"
        elif 0 < u < 0x110000 and not 0xD800 <= u < 0xE000:
            ch = chr(u)
        else:
            ch = "\ufffd"
        if not ch.isascii() or not ch.isprintable():
            cat = unicodedata.category(ch)
            if ch == "\ufffd" or cat in ("Co", "Cn") or (cat == "Cc" and ch not in "\t\r\n"):
                suspect += 1
                ch = "\ufffd" if cat == "Cc" else ch
        if c.FPDFText_HasUnicodeMapError(textpage, i) == 1:
            suspect += 1
        chars.append(ch)
        ink = None
        if c.FPDFText_GetCharBox(textpage, i, left, right, bottom, top) and (
                right.value > left.value or top.value > bottom.value):
            ink = (left.value, bottom.value, right.value, top.value)
        font = None
        if c.FPDFText_GetLooseCharBox(textpage, i, loose) and (loose.right > loose.left
                                                               or loose.top > loose.bottom):
            font = (loose.left, loose.bottom, loose.right, loose.top)
        if ink is not None and not all(map(math.isfinite, ink)):
            ink = None
        if font is not None and not all(map(math.isfinite, font)):
            font = None
        boxes.append(ink or font)
        cover.append((min(ink[0], font[0]), min(ink[1], font[1]), max(ink[2], font[2]), max(ink[3], font[3]))
                     if ink and font else ink or font)
    return PdfPageText("".join(chars), tuple(boxes), tuple(cover), suspect)


def _pages(data: bytes) -> list[tuple[PdfPageText, PdfPageText]]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    out = []
    try:
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            out.append((pdf_page_text(textpage), typed_page_text(textpage)))
            textpage.close()
            page.close()
    finally:
        doc.close()
    return out


@pytest.mark.parametrize("name", sorted(BUILT))
def test_built_pdfs_read_as_through_the_typed_bindings(name: str) -> None:
    pages = _pages(BUILT[name]())
    assert pages
    for fast, typed in pages:
        assert fast == typed


@pytest.mark.parametrize("path", sorted(REALDOCS.glob("*.pdf")), ids=lambda p: p.name)
def test_real_pdfs_read_as_through_the_typed_bindings(path: Path) -> None:
    pages = _pages(path.read_bytes())
    assert pages  # (a scanned page has no text: its reading is the empty one on both paths)
    for fast, typed in pages:
        assert fast == typed
        assert any(bx is not None for bx in fast.boxes) or not fast.text.strip()
