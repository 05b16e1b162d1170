"""PDF release copy with true redaction: every page rebuilt as an image with the boxes burnt in.

Why rasterise: a black rectangle drawn over text leaves the text in the file; removing glyphs
from content streams is fragile (TJ arrays, Type3 fonts, forms, text in XObjects). A page image
carries no text at all. The copy is a new PDF: one image per page at the page's displayed size,
no fonts, no annotations, no forms, no outline, no Info dictionary, no XMP.

Where the boxes go: the page's characters are read as pdfium (the renderer) lays them out; values
and strict-sweep shapes are found in that text (whitespace- and case-robust, on normalised text,
as :func:`aiguillage.verify.pdf_targets` finds them) and each matched character's ink box is
blackened with a small margin, through pdfium's own page-to-device transform (/Rotate and CropBox
applied). The text of every character left outside the boxes is returned as ``visible_text``.
Pages that may draw text other than as text (pictures, outlines: a city's logo) are also read by
OCR and the values found there boxed.

The verification (:func:`aiguillage.verify.verify_pdf_geometry`) proves the result from the
original and the copy's pixels; it does not trust anything this module returns.

Pages are rendered without annotations and form fields: what the extraction did not read is
not drawn.
"""

from __future__ import annotations

import io
import os
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from aiguillage.anonymize.locate import find_spans, normalised

DEFAULT_DPI = 150
MARGIN_PT = 1.0
# zlib level of the page images, measured on a rendered A4 text page at 150 dpi (gray): level 3
# 11 ms / 58 KiB, level 6 32 ms / 49 KiB, level 1 no faster than 3
ZLIB_LEVEL = 3
# A page is first rendered at this resolution to see whether it draws any colour (0.7 ms for an
# A4 page): a page without colour is then rendered in gray (1.5-2 ms at 150 dpi, against 6 ms in
# RGB and 5 ms more to find the RGB image gray and take one channel). A coloured mark too small to
# tint one pixel at 36 dpi (under ~0.5 pt) comes out gray: the copy's fidelity, never what it hides.
PROBE_DPI = 36
# Readings of a page drawn as a picture, at most (see _redact_page).
OCR_PASSES = 4


@dataclass(frozen=True)
class PdfRelease:
    data: bytes
    replaced: int
    boxes: int
    pages: int
    visible_text: str
    removed: dict[str, int] = field(default_factory=dict)


def _ocr_boxes(img: Any, values: list[str], dpi: int) -> list[tuple[int, int, int, int]]:
    """Pixel boxes of values that are drawn inside pictures (a logo, a scanned signature block):
    the page image is read by tesseract and matched like text. Without tesseract nothing is found
    here and the verification's OCR still refuses a copy that shows a value."""
    import shutil
    import subprocess

    exe = shutil.which("tesseract")
    if exe is None or not values:
        return []
    png = io.BytesIO()
    img.convert("L").save(png, format="PNG", compress_level=1)
    res = subprocess.run([exe, "stdin", "stdout", "-l", "fra", "--dpi", str(dpi), "tsv"],
                         input=png.getvalue(), capture_output=True, timeout=300, check=False,
                         env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    lines: dict[tuple[str, str, str], list[tuple[str, int, int, int, int]]] = {}
    for row in res.stdout.decode("utf-8", "replace").splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        left, top, width, height = (int(c) for c in cols[6:10])
        lines.setdefault((cols[2], cols[3], cols[4]), []).append((cols[11], left, top, width, height))
    # The page is matched as one text, line after line, as the verification reads the copy's OCR:
    # a two-word value split over two lines ("Santé⏎Convoqué") is boxed on both lines.
    words = [wd for line in lines.values() for wd in line]
    line_of = [k for k, line in enumerate(lines.values()) for _ in line]
    parts: list[str] = []
    owner: list[int] = []
    for k, wd in enumerate(words):
        sep = "" if k == 0 else ("\n" if line_of[k] != line_of[k - 1] else " ")
        parts += [sep, wd[0]]
        owner += [k - 1] * len(sep) + [k] * len(wd[0])
    text = "".join(parts)
    boxes: list[tuple[int, int, int, int]] = []
    nt = normalised(text)
    for ns, ne, _ in find_spans(nt.text, values):
        os_, oe = nt.to_original(ns, ne)
        hit = sorted({owner[i] for i in range(os_, oe) if not text[i].isspace()})
        for line in sorted({line_of[k] for k in hit}):
            on = [words[k] for k in hit if line_of[k] == line]
            boxes.append((min(h[1] for h in on) - 2, min(h[2] for h in on) - 2,
                          max(h[1] + h[3] for h in on) + 2, max(h[2] + h[4] for h in on) + 2))
    return boxes


# What becomes of a picture on a page that has text (an identity card, a signature, a photograph,
# a logo): kept only when OCR reads it with confidence and what it reads holds no replaced value,
# no identifier shape and nothing the independent sweep flags; or every picture blacked out.
IMAGES_KEEP_READ_CLEAN = "keep_read_clean"
IMAGES_BLACK_OUT = "black_out"
Box = tuple[float, float, float, float]


def _black_out_pictures(page: Any, pixels: Any, values: list[str], images: str) -> int:
    """Black out, in ``pixels`` (the rendered page), every picture of the page that is not kept;
    returns the boxes drawn."""
    from PIL import Image

    from aiguillage.verify import PdfDevice, picture_crops, pixel_spans, read_clean

    height, width = int(pixels.shape[0]), int(pixels.shape[1])
    boxes = []
    for box, crop, outside in picture_crops(page, pixels):
        if outside:
            continue
        if images == IMAGES_KEEP_READ_CLEAN and crop.size and read_clean(Image.fromarray(crop), values):
            continue
        boxes.append(box)
    if not boxes:
        return 0
    spans, off = pixel_spans(PdfDevice(page, width, height).boxes(boxes, MARGIN_PT), width, height)
    n = 0
    for (x0, y0, x1, y1), outside in zip(spans.tolist(), off.tolist(), strict=True):
        if not outside:
            pixels[y0:y1, x0:x1] = 0
            n += 1
    return n


def _image_xobject(pdf: Any, pixels: Any) -> Any:
    """An 8-bit Flate image of a page: gray when the page was rendered in gray, or rendered in
    colour but came out gray (a third of the bytes)."""
    import numpy as np
    import pikepdf

    px = np.ascontiguousarray(pixels)
    if px.ndim == 2:
        body, space = px, pikepdf.Name.DeviceGray
    elif bool((px[:, :, 0] == px[:, :, 1]).all() and (px[:, :, 0] == px[:, :, 2]).all()):
        body, space = np.ascontiguousarray(px[:, :, 0]), pikepdf.Name.DeviceGray
    else:
        body, space = px, pikepdf.Name.DeviceRGB
    return pikepdf.Stream(pdf, zlib.compress(body.tobytes(), ZLIB_LEVEL), {
        "/Type": pikepdf.Name.XObject, "/Subtype": pikepdf.Name.Image, "/Width": int(px.shape[1]),
        "/Height": int(px.shape[0]), "/ColorSpace": space, "/BitsPerComponent": 8,
        "/Filter": pikepdf.Name.FlateDecode})


def draws_colour(page: Any) -> bool:
    """Whether the page, rendered at ``PROBE_DPI`` as the copy renders it, has a pixel whose
    channels differ."""
    import numpy as np

    probe = page.render(scale=PROBE_DPI / 72.0, draw_annots=False, may_draw_forms=False, rev_byteorder=True)
    px = np.asarray(probe.to_numpy())
    if px.ndim == 2:
        return False
    return not bool((px[:, :, 0] == px[:, :, 1]).all() and (px[:, :, 0] == px[:, :, 2]).all())


def _render(page: Any, dpi: int) -> Any:
    """The page's pixels at ``dpi``, without annotations and form fields: H x W (gray) for a page
    without colour, else H x W x 3 (RGB); a copy the boxes are drawn into."""
    import numpy as np

    colour = draws_colour(page)
    bitmap = page.render(scale=dpi / 72.0, draw_annots=False, may_draw_forms=False, rev_byteorder=True,
                         grayscale=not colour)
    px = bitmap.to_numpy()
    if colour:
        return np.array(px[:, :, :3])
    return np.array(px if px.ndim == 2 else px[:, :, 0])


def _redact_page(page: Any, pikedoc: Any, index: int, wanted: list[str], dpi: int,
                 images: str = IMAGES_KEEP_READ_CLEAN) -> tuple[Any, int, int, str]:
    """(pixels with the boxes burnt in — gray or RGB —, values replaced, boxes drawn, text left
    visible)."""
    import numpy as np
    from PIL import Image, ImageDraw

    from aiguillage.verify import (
        PdfDevice,
        pdf_char_boxes,
        pdf_page_chars,
        pdf_page_drawn_text,
        pdf_targets,
        pixel_spans,
    )

    pixels = _render(page, dpi)
    height, width = int(pixels.shape[0]), int(pixels.shape[1])
    # The original's text as the proof reads it (pdfium), read here for this copy only; the boxes
    # of the chars to black out only (the proof reads every char's box itself).
    textpage = page.get_textpage()
    try:
        pt = pdf_page_chars(textpage)
        targets = pdf_targets(pt.text, wanted)
        wanted_chars = sorted({k for s, e, _ in targets for k in range(s, e) if pt.drawn[k]})
        covers = {k: cv for k, (_, cv) in pdf_char_boxes(textpage, wanted_chars).items() if cv is not None}
    finally:
        textpage.close()
    covered = sorted(covers)
    replaced = sum(1 for *_, kind in targets if kind == "REPLACED_VALUE")
    n_boxes = 0
    if covered:
        dev = PdfDevice(page, width, height)
        spans, off = pixel_spans(dev.boxes([covers[k] for k in covered], MARGIN_PT), width, height)
        for (x0, y0, x1, y1), outside in zip(spans.tolist(), off.tolist(), strict=True):
            if not outside:
                pixels[y0:y1, x0:x1] = 0
                n_boxes += 1
    if pt.text.strip():  # a page with text: its pictures are kept only when read clean
        n_boxes += _black_out_pictures(page, pixels, wanted, images)
    hidden = set(covered)
    visible = "".join(" " if k in hidden else ch for k, ch in enumerate(pt.text))
    if wanted and (pt.suspect or pikedoc is None or pdf_page_drawn_text(page, index, pikedoc)):
        # text drawn as a picture, as outlines or with unknown characters: OCR only
        # Boxes change how tesseract segments the page: a word it did not read the first time
        # (a name in a margin) may be read once its neighbours are black. The page is read again
        # until a reading finds nothing more — the verification then reads these same pixels.
        img = Image.fromarray(pixels)
        for _ in range(OCR_PASSES):
            boxes = _ocr_boxes(img, wanted, dpi)
            if not boxes:
                break
            draw = ImageDraw.Draw(img)
            for box in boxes:
                draw.rectangle(list(box), fill=0 if img.mode == "L" else (0, 0, 0))
                n_boxes += 1
        pixels = np.asarray(img)
    return pixels, replaced, n_boxes, visible.replace("\r\n", "\n").replace("\r", "\n")


def build_release_pdf(data: bytes, values: Mapping[str, str], dpi: int = DEFAULT_DPI,
                      images: str = IMAGES_KEEP_READ_CLEAN) -> PdfRelease:
    """The redacted, rasterised release copy of a PDF (``values``: value → replacement; the
    replacement is not drawn — a black box is the archivists' convention). ``images``: the
    pictures of pages with text are kept only when read clean (default) or all blacked out."""
    import pikepdf
    import pypdfium2 as pdfium

    wanted = list(values)
    out = pikepdf.new()
    visible: list[str] = []
    replaced = n_boxes = 0
    src = pdfium.PdfDocument(data)
    try:
        pikedoc: Any = pikepdf.open(io.BytesIO(data))
    except pikepdf.PdfError:
        pikedoc = None  # structure unreadable here: every page is treated as drawing text (OCR)
    try:
        for i in range(len(src)):
            page = src[i]
            try:
                w_pt, h_pt = page.get_size()
                pixels, n, b, text = _redact_page(page, pikedoc, i, wanted, dpi, images)
            finally:
                page.close()
            replaced += n
            n_boxes += b
            visible.append(text)
            xobj = _image_xobject(out, pixels)
            content = pikepdf.Stream(out, f"q {w_pt:.4f} 0 0 {h_pt:.4f} 0 0 cm /Im0 Do Q".encode("ascii"))
            new_page = pikepdf.Dictionary({
                "/Type": pikepdf.Name.Page,
                "/MediaBox": pikepdf.Array([0, 0, round(w_pt, 4), round(h_pt, 4)]),
                "/Resources": pikepdf.Dictionary({"/XObject": pikepdf.Dictionary({"/Im0": xobj})}),
                "/Contents": content,
            })
            out.pages.append(pikepdf.Page(new_page))
    finally:
        src.close()
        if pikedoc is not None:
            pikedoc.close()
    if "/Info" in out.trailer:
        del out.trailer["/Info"]
    buf = io.BytesIO()
    out.save(buf, deterministic_id=True, compress_streams=True)
    return PdfRelease(buf.getvalue(), replaced, n_boxes, len(out.pages), "\n".join(visible))
