"""Pictures on PDF pages that also have text: read by OCR, their text joins detection.

A page without text is the page OCR's (:mod:`aiguillage.extract.pdf`); on a page with text, a
pasted identity card, a stamp or a signature block is a picture the text layer does not show.
Each raster image large enough to hold text is read (tesseract, French) from its own pixels; what
it reads becomes a part of its page. Release copies black out every picture that was not read
clean (:mod:`aiguillage.anonymize.release_pdf`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

from aiguillage.extract.job import Job, progress
from aiguillage.extract.ocr import TEXT_MIN_SIDE, TEXT_PIXELS, ocr_image
from aiguillage.records import Part

# A page with fewer characters than this is a scanned page (read whole by the page OCR).
TEXT_PAGE_CHARS = 20
Box = tuple[float, float, float, float]
_CAPPED = frozenset({"ocr", "unreadable", "ocr_page_cap"})
_UNAVAILABLE = frozenset({"ocr", "unreadable", "ocr_unavailable"})


def page_images(page: Any) -> Iterator[tuple[Any, Box]]:
    """(image object, box in page space) of every raster image of a pypdfium2 page, nested
    form XObjects included."""
    import pypdfium2.raw as c

    for obj in page.get_objects(filter=[c.FPDF_PAGEOBJ_IMAGE], max_depth=8):
        left, bottom, right, top = obj.get_bounds()
        yield obj, (float(left), float(bottom), float(right), float(top))


def large_enough(obj: Any) -> bool:
    """The image has the pixels to hold a line of text."""
    try:
        w, h = obj.get_px_size()
    except Exception:  # pdfium could not say: read it
        return True
    return bool(w * h >= TEXT_PIXELS and min(w, h) >= TEXT_MIN_SIDE)


def has_text(page: Any) -> bool:
    textpage = page.get_textpage()
    try:
        return bool(textpage.count_chars() >= TEXT_PAGE_CHARS)
    finally:
        textpage.close()


def image_pixels(obj: Any) -> Any:
    """The image's own pixels as a PIL image (its masks and colour space applied by pdfium)."""
    return obj.get_bitmap(render=True).to_pil()


def image_parts(path: Path, job: Job, skip: Collection[int | None] = ()) -> list[Part]:
    """The text OCR reads in the pictures of the pages that have text, one part per picture;
    ``skip``: pages (1-based) already read whole by OCR."""
    import pypdfium2 as pdfium

    parts: list[Part] = []
    read = 0
    pdf = pdfium.PdfDocument(str(path))
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                if i + 1 in skip or not has_text(page):
                    continue
                for obj, _box in page_images(page):
                    if not large_enough(obj):
                        continue
                    read += 1
                    if read > job.limits.ocr_max_pages:
                        parts.append(Part("", "image", i + 1, _CAPPED))
                        return parts
                    res = ocr_image(image_pixels(obj).convert("L"), job)
                    if res.problem:  # tesseract missing or failing: the picture cannot be checked
                        parts.append(Part("", "image", i + 1, _UNAVAILABLE))
                    elif res.text.strip():
                        parts.append(Part(res.text, "image", i + 1, frozenset({"picture_ocr"})))
                    progress()
            finally:
                page.close()
    finally:
        pdf.close()
    return parts
