"""PDF release copy with true redaction: every page rebuilt as an image with the boxes burnt in.

Why rasterise: a black rectangle drawn over text leaves the text in the file; removing glyphs
from content streams is fragile (TJ arrays, Type3 fonts, forms, text in XObjects). A page image
carries no text at all. The copy is a new PDF: one image per page at the page's size, no fonts,
no annotations, no forms, no outline, no Info dictionary, no XMP.

Where the boxes go: values are found in each page's characters as pdfplumber reads them
(whitespace- and case-robust, on normalised text), and each matched character's box is
blackened (with a small margin). The text of every character left outside the boxes is
returned as ``visible_text`` for verification, which also OCRs the pixels.

Pages are rendered without annotations and form fields: what the extraction did not read is
not drawn.
"""

from __future__ import annotations

import io
import os
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from aiguillage.anonymize.locate import find_spans, normalised

DEFAULT_DPI = 150
MARGIN_PT = 1.0


@dataclass(frozen=True)
class PdfRelease:
    data: bytes
    replaced: int
    boxes: int
    pages: int
    visible_text: str
    removed: dict[str, int] = field(default_factory=dict)


@dataclass
class _PageText:
    text: str
    chars: list[dict[str, Any] | None]  # one per character of text; None for separators


def _page_text(page: Any) -> _PageText:
    """Words in reading order, one space between words of a line, a newline between lines,
    with the pdfplumber char behind every character."""
    words = page.extract_words(return_chars=True, keep_blank_chars=False, use_text_flow=False,
                               extra_attrs=["upright"])
    out: list[str] = []
    chars: list[dict[str, Any] | None] = []
    last_top: float | None = None
    for wd in words:
        if last_top is not None:
            sep = "\n" if abs(float(wd["top"]) - last_top) > 2.0 else " "
            out.append(sep)
            chars.append(None)
        last_top = float(wd["top"])
        wchars = wd.get("chars") or []
        text = str(wd["text"])
        if len(wchars) == len(text):
            for c, ch in zip(text, wchars, strict=True):
                out.append(c)
                chars.append(ch)
        else:  # ligature or combined glyphs: each char of the word maps to the whole word box
            for c in text:
                out.append(c)
                chars.append({"x0": wd["x0"], "x1": wd["x1"], "top": wd["top"], "bottom": wd["bottom"]})
    return _PageText("".join(out), chars)


def _char_key(ch: dict[str, Any]) -> tuple[float, float, str]:
    return (round(float(ch["x0"]), 2), round(float(ch["top"]), 2), str(ch.get("text", "")))


def _boxes(pt: _PageText, values: list[str]) -> tuple[list[tuple[float, float, float, float]], set[int], int]:
    nt = normalised(pt.text)
    boxes: list[tuple[float, float, float, float]] = []
    covered: set[int] = set()
    spans = find_spans(nt.text, values)
    for ns, ne, _ in spans:
        os_, oe = nt.to_original(ns, ne)
        for i in range(os_, oe):
            ch = pt.chars[i] if i < len(pt.chars) else None
            if ch is None:
                continue
            covered.add(i)
            boxes.append((float(ch["x0"]) - MARGIN_PT, float(ch["top"]) - MARGIN_PT,
                          float(ch["x1"]) + MARGIN_PT, float(ch["bottom"]) + MARGIN_PT))
    return boxes, covered, len(spans)


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
    img.convert("L").save(png, format="PNG")
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
    boxes: list[tuple[int, int, int, int]] = []
    for words in lines.values():
        text = " ".join(wd[0] for wd in words)
        owner = [k for k, wd in enumerate(words) for _ in range(len(wd[0]) + 1)]
        nt = normalised(text)
        for ns, ne, _ in find_spans(nt.text, values):
            os_, oe = nt.to_original(ns, ne)
            hit = [words[k] for k in sorted(set(owner[os_:oe]))]
            boxes.append((min(h[1] for h in hit) - 2, min(h[2] for h in hit) - 2,
                          max(h[1] + h[3] for h in hit) + 2, max(h[2] + h[4] for h in hit) + 2))
    return boxes


def _not_hidden(hidden: set[tuple[float, float, str]]) -> Callable[[dict[str, Any]], bool]:
    def keep(obj: dict[str, Any]) -> bool:
        return obj.get("object_type") != "char" or _char_key(obj) not in hidden
    return keep


def _image_xobject(pdf: Any, img: Any) -> Any:
    import pikepdf
    from PIL import ImageChops

    rgb = img.convert("RGB")
    r, g, b = rgb.split()
    gray = ImageChops.difference(r, g).getbbox() is None and ImageChops.difference(r, b).getbbox() is None
    pixels, space = (r, pikepdf.Name.DeviceGray) if gray else (rgb, pikepdf.Name.DeviceRGB)
    return pikepdf.Stream(pdf, zlib.compress(pixels.tobytes(), 6), {
        "/Type": pikepdf.Name.XObject, "/Subtype": pikepdf.Name.Image, "/Width": rgb.width,
        "/Height": rgb.height, "/ColorSpace": space, "/BitsPerComponent": 8,
        "/Filter": pikepdf.Name.FlateDecode})


def build_release_pdf(data: bytes, values: Mapping[str, str], dpi: int = DEFAULT_DPI) -> PdfRelease:
    """The redacted, rasterised release copy of a PDF (``values``: value → replacement; the
    replacement is not drawn — a black box is the archivists' convention)."""
    import pdfplumber
    import pikepdf
    import pypdfium2 as pdfium
    from PIL import ImageDraw

    wanted = list(values)
    out = pikepdf.new()
    visible: list[str] = []
    replaced = n_boxes = 0
    scale = dpi / 72.0
    src = pdfium.PdfDocument(data)
    try:
        with pdfplumber.open(io.BytesIO(data)) as plumb:
            if len(plumb.pages) != len(src):
                raise ValueError("page count differs between readers")
            for i, page in enumerate(plumb.pages):
                pt = _page_text(page)
                boxes, covered, n = _boxes(pt, wanted)
                replaced += n
                n_boxes += len(boxes)
                # what a reader still sees: the page's own text layout, minus the boxed characters
                hidden = {_char_key(c) for k in covered if (c := pt.chars[k]) is not None and "text" in c}
                kept = page.filter(_not_hidden(hidden))
                visible.append(kept.extract_text() or "")
                bitmap = src[i].render(scale=scale, draw_annots=False, may_draw_forms=False)
                img = bitmap.to_pil().convert("RGB")
                # pdfplumber coordinates: points from the top-left of the displayed page
                x0, top = float(page.bbox[0]), float(page.bbox[1])
                sx, sy = img.width / float(page.width), img.height / float(page.height)
                draw = ImageDraw.Draw(img)
                for bx0, btop, bx1, bbottom in boxes:
                    draw.rectangle([int((bx0 - x0) * sx), int((btop - top) * sy),
                                    int((bx1 - x0) * sx) + 1, int((bbottom - top) * sy) + 1], fill=(0, 0, 0))
                if page.images or page.curves:  # text drawn as a picture or as outlines: OCR only
                    for box in _ocr_boxes(img, wanted, dpi):
                        draw.rectangle(list(box), fill=(0, 0, 0))
                        n_boxes += 1
                w_pt, h_pt = float(page.width), float(page.height)
                xobj = _image_xobject(out, img)
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
    if "/Info" in out.trailer:
        del out.trailer["/Info"]
    buf = io.BytesIO()
    out.save(buf, deterministic_id=True, compress_streams=True)
    return PdfRelease(buf.getvalue(), replaced, n_boxes, len(out.pages), "\n".join(visible))
