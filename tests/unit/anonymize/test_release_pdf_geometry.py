"""PDF release copies verified by geometry: the original's characters of every replaced value must
be under black pixels of the copy. Real PDFs made here with reportlab; bad copies made by hand
from a good one (a box omitted, shifted, cut short, the value's pixels put back)."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import numpy as np
import pikepdf
import pypdfium2 as pdfium
import pytest
from aiguillage.anonymize.release_pdf import build_release_pdf
from aiguillage.extract.limits import tool
from aiguillage.verify import PDF_BLACK, verify_release
from reportlab.lib.pagesizes import A4

NAME = "Bérénice Castagnier"
IBAN = "FR76 3000 1007 9412 3456 7890 185"
DPI = 100
needs_tesseract = pytest.mark.skipif(tool("tesseract") is None, reason="tesseract not installed")


def _pdf(draw: Callable[[Any], None], pagesize: tuple[float, float] = A4) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=pagesize)
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def _letter(c: Any) -> None:
    """Black text, the name twice in red: its ink is found in a rendering by its colour alone."""
    c.setFont("Helvetica", 13)
    c.drawString(72, 770, "Mairie de Villeneuve")
    c.drawString(72, 740, "Le dossier de")
    c.setFillColorRGB(1, 0, 0)
    c.drawString(160, 740, NAME)
    c.setFillColorRGB(0, 0, 0)
    c.drawString(300, 740, "est complet.")
    c.drawString(72, 700, "Rien d'autre à signaler pour")
    c.setFillColorRGB(1, 0, 0)
    c.drawString(250, 700, NAME)
    c.setFillColorRGB(0, 0, 0)


def _edit(original: bytes, edit: Callable[[pikepdf.Pdf], None]) -> bytes:
    with pikepdf.open(io.BytesIO(original)) as pdf:
        edit(pdf)
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def _verify(release: bytes, original: bytes | None, values: list[str]) -> Any:
    return verify_release(release, "pdf", lambda _t: [], frozenset({"PERSON"}), 0.5, values,
                          ocr_dpi=DPI, original=original)


def _red_ink(original: bytes, page: int = 0) -> Any:
    """Where the original, as displayed, shows red ink (the value), at the release's resolution."""
    doc = pdfium.PdfDocument(original)
    arr = doc[page].render(scale=DPI / 72, rev_byteorder=True).to_numpy()[:, :, :3].astype(int)
    return (arr[:, :, 0] - arr[:, :, 1] > 80) & (arr[:, :, 0] - arr[:, :, 2] > 80)


def _pixels(release: bytes, page: int = 0) -> Any:
    with pikepdf.open(io.BytesIO(release)) as pdf:
        img = pdf.pages[page].obj.Resources.XObject.Im0
        w, h = int(img.Width), int(img.Height)
        raw = np.frombuffer(img.read_bytes(), dtype=np.uint8)
        return raw.reshape((h, w) if img.ColorSpace == "/DeviceGray" else (h, w, 3)).copy()


def _with_pixels(release: bytes, fix: Callable[[Any], Any], page: int = 0) -> bytes:
    """The same release copy, its page image changed by ``fix`` (same structure, same size)."""
    import zlib

    arr = fix(_pixels(release, page))
    with pikepdf.open(io.BytesIO(release)) as pdf:
        img = pdf.pages[page].obj.Resources.XObject.Im0
        img.write(zlib.compress(np.ascontiguousarray(arr).tobytes()), filter=pikepdf.Name.FlateDecode)
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def _original_pixels(original: bytes, like: Any, page: int = 0) -> Any:
    doc = pdfium.PdfDocument(original)
    arr = doc[page].render(scale=DPI / 72, rev_byteorder=True).to_numpy()[:, :, :3]
    return arr[:, :, 0] if like.ndim == 2 else arr


# --- the proof passes on a good copy and the boxes are where the ink was ----------------------------

def test_a_covered_value_passes_by_geometry_without_ocr() -> None:
    original = _pdf(_letter)
    rel = build_release_pdf(original, {NAME: "[PERSONNE_1]"}, dpi=DPI)
    assert rel.replaced == 2
    check = _verify(rel.data, original, [NAME])
    assert check.passed, (check.problems, check.residual)
    assert "geometry" in check.checks and "ocr:pages=0" in check.checks
    red = _red_ink(original)
    px = _pixels(rel.data)
    assert red.sum() > 200 and (px[red] <= PDF_BLACK).all()  # every pixel of the name's ink is black
    black = (px <= PDF_BLACK).mean()
    assert 0.001 < black < 0.05  # the rest of the page is still there
    assert "Mairie de Villeneuve" in rel.visible_text and "Castagnier" not in rel.visible_text


@pytest.mark.parametrize("edit", ["rotate90", "rotate270", "cropbox", "rotate90_cropbox"])
def test_rotated_and_cropped_pages_get_their_boxes_where_the_ink_is(edit: str) -> None:
    def change(pdf: pikepdf.Pdf) -> None:
        page = pdf.pages[0].obj
        if "rotate" in edit:
            page.Rotate = 270 if edit == "rotate270" else 90
        if "cropbox" in edit:
            page.CropBox = pikepdf.Array([40, 480, 520, 800])  # an offset origin, a smaller page

    original = _edit(_pdf(_letter), change)
    rel = build_release_pdf(original, {NAME: "[PERSONNE_1]"}, dpi=DPI)
    size = pdfium.PdfDocument(original)[0].get_size()
    with pikepdf.open(io.BytesIO(rel.data)) as pdf:
        box = [float(v) for v in pdf.pages[0].mediabox]
    assert abs(box[2] - size[0]) < 0.01 and abs(box[3] - size[1]) < 0.01
    red = _red_ink(original)
    px = _pixels(rel.data)
    assert px.shape[:2] == red.shape and red.sum() > 200
    assert (px[red] <= PDF_BLACK).all()
    check = _verify(rel.data, original, [NAME])
    assert check.passed, (check.problems, check.residual)
    # the value's pixels put back: the proof sees it on the rotated / cropped page too
    orig_px = _original_pixels(original, px)
    leaky = _with_pixels(rel.data, lambda a: np.where(red if a.ndim == 2 else red[:, :, None], orig_px, a))
    bad = _verify(leaky, original, [NAME])
    assert not bad.passed and bad.residual and bad.residual[0].recognizer == "geometry"


# --- bad copies made by hand fail --------------------------------------------------------------------

def _ink_rows_cols(red: Any) -> list[tuple[int, int, int, int]]:
    """Pixel boxes (x0, y0, x1, y1) of each run of red ink rows (one per occurrence of the name)."""
    rows = np.where(red.any(axis=1))[0]
    groups: list[list[int]] = []
    for r in rows.tolist():
        if groups and r - groups[-1][-1] <= 3:
            groups[-1].append(r)
        else:
            groups.append([r])
    out = []
    for g in groups:
        cols = np.where(red[g[0]:g[-1] + 1].any(axis=0))[0]
        out.append((int(cols.min()), g[0], int(cols.max()) + 1, g[-1] + 1))
    return out


def _hand_release(original: bytes, boxes: list[tuple[int, int, int, int]], dpi: int = DPI) -> bytes:
    """A release copy built by hand, without the builder: each page of the original rendered,
    the given pixel boxes (first page) painted black, one image per page of the same size."""
    import zlib

    doc = pdfium.PdfDocument(original)
    out = pikepdf.new()
    for i in range(len(doc)):
        page = doc[i]
        w, h = page.get_size()
        bitmap = page.render(scale=dpi / 72, draw_annots=False, rev_byteorder=True)
        arr = np.array(bitmap.to_numpy()[:, :, :3])
        for x0, y0, x1, y1 in boxes if i == 0 else []:
            arr[max(0, y0):y1, max(0, x0):x1] = 0
        img = pikepdf.Stream(out, zlib.compress(arr.tobytes()), {
            "/Type": pikepdf.Name.XObject, "/Subtype": pikepdf.Name.Image, "/Width": arr.shape[1],
            "/Height": arr.shape[0], "/ColorSpace": pikepdf.Name.DeviceRGB, "/BitsPerComponent": 8,
            "/Filter": pikepdf.Name.FlateDecode})
        out.pages.append(pikepdf.Page(pikepdf.Dictionary({
            "/Type": pikepdf.Name.Page, "/MediaBox": pikepdf.Array([0, 0, round(w, 4), round(h, 4)]),
            "/Resources": pikepdf.Dictionary({"/XObject": pikepdf.Dictionary({"/Im0": img})}),
            "/Contents": pikepdf.Stream(out, f"q {w:.4f} 0 0 {h:.4f} 0 0 cm /Im0 Do Q".encode())})))
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


def test_hand_made_boxes_over_the_ink_pass_and_bad_ones_fail() -> None:
    original = _pdf(_letter)
    red = _red_ink(original)
    occ = _ink_rows_cols(red)
    assert len(occ) == 2
    pad = 4
    good = [(x0 - pad, y0 - pad, x1 + pad, y1 + pad) for x0, y0, x1, y1 in occ]
    check = _verify(_hand_release(original, good), original, [NAME])
    assert check.passed, (check.problems, check.residual)
    bads = {
        "omitted": good[:1],
        "shifted": [good[0], (good[1][0] + 25, good[1][1], good[1][2] + 25, good[1][3])],
        "top_half": [good[0], (good[1][0], good[1][1], good[1][2], (good[1][1] + good[1][3]) // 2)],
        "last_letters": [good[0], (good[1][0], good[1][1], good[1][2] - 12, good[1][3])],
        "none": [],
    }
    for what, boxes in bads.items():
        bad = _verify(_hand_release(original, boxes), original, [NAME])
        assert not bad.passed and any(f.recognizer == "geometry" for f in bad.residual), what


def test_an_identifier_shape_not_among_the_values_must_be_black_too() -> None:
    def draw(c: Any) -> None:
        c.setFont("Helvetica", 12)
        c.drawString(72, 760, f"Virement sur le compte {IBAN} demain.")

    original = _pdf(draw)
    rel = build_release_pdf(original, {}, dpi=DPI)  # the builder boxes strict-sweep shapes itself
    assert _verify(rel.data, original, []).passed
    unboxed = _hand_release(original, [])
    bad = _verify(unboxed, original, [])
    assert not bad.passed and {f.entity_type for f in bad.residual} >= {"CHECKSUMMED_ID"}


def test_the_copy_must_be_page_images_of_the_original_pages() -> None:
    original = _pdf(_letter)
    rel = build_release_pdf(original, {NAME: "[PERSONNE_1]"}, dpi=DPI)
    # the original itself, as a builder that forgot everything would return it
    assert not _verify(original, original, [NAME]).passed
    # another document's copy: page size differs
    other = _pdf(_letter, pagesize=(500, 700))
    assert "release_layout:page_size" in _verify(build_release_pdf(other, {}, dpi=DPI).data, original,
                                                 [NAME]).problems

    def extra_page(pdf: pikepdf.Pdf) -> None:
        pdf.pages.append(pdf.pages[0])
    assert "release_layout:page_count" in _verify(_edit(rel.data, extra_page), original, [NAME]).problems

    def inverted(pdf: pikepdf.Pdf) -> None:  # black boxes shown white, white paper shown black
        pdf.pages[0].obj.Resources.XObject.Im0.Decode = pikepdf.Array([1, 0])
    assert "release_layout:image" in _verify(_edit(rel.data, inverted), original, [NAME]).problems

    def drawn_over(pdf: pikepdf.Pdf) -> None:  # something painted after the image
        page = pdf.pages[0].obj
        page.Contents.write(page.Contents.read_bytes() + b" 0 0 m 300 300 l S")
    assert "release_layout:content" in _verify(_edit(rel.data, drawn_over), original, [NAME]).problems

    def rotated(pdf: pikepdf.Pdf) -> None:
        pdf.pages[0].obj.Rotate = 180
    assert "release_layout:page_keys" in _verify(_edit(rel.data, rotated), original, [NAME]).problems


# --- where text may be drawn as pixels, OCR still reads the copy ------------------------------------

def _picture_of_name() -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", (900, 120), "white")
    ImageDraw.Draw(img).text((10, 20), "Jean-Baptiste Vermandois", fill="black",
                             font=ImageFont.load_default(size=64))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


@needs_tesseract
def test_a_value_inside_an_image_is_read_by_ocr() -> None:
    from reportlab.lib.utils import ImageReader

    picture = ImageReader(io.BytesIO(_picture_of_name()))

    def draw(c: Any) -> None:
        c.setFont("Helvetica", 12)
        c.drawString(72, 780, "Arrêté du maire")
        c.drawImage(picture, 72, 600, width=450, height=60)

    original = _pdf(draw)
    values = ["Jean-Baptiste Vermandois"]
    rel = build_release_pdf(original, dict.fromkeys(values, "[PERSONNE_1]"), dpi=150)
    check = verify_release(rel.data, "pdf", lambda _t: [], frozenset(), 0.5, values, ocr_dpi=150,
                           original=original)
    assert check.passed, (check.problems, check.residual)
    assert "ocr:pages=1" in check.checks
    # the same page without the OCR's box: the text layer has no value, the pixels do
    for copy in (_hand_release(original, []), _hand_release(original, [], dpi=150)):
        bad = verify_release(copy, "pdf", lambda _t: [], frozenset(), 0.5, values, ocr_dpi=150,
                             original=original)
        assert not bad.passed and any(f.recognizer == "value_sweep" for f in bad.residual)


@needs_tesseract
def test_only_pages_that_may_draw_text_as_shapes_are_read_by_ocr() -> None:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    _letter(c)
    c.showPage()
    c.setFont("Helvetica", 12)
    c.drawString(72, 770, "Page avec un sceau")
    c.circle(300, 500, 40)  # curves: may be letters drawn as outlines
    c.showPage()
    c.rect(72, 300, 200, 100)  # a box and a rule: cannot be letters
    c.line(72, 280, 400, 280)
    c.drawString(72, 770, f"Signé {NAME}")
    c.showPage()
    c.save()
    original = buf.getvalue()
    rel = build_release_pdf(original, {NAME: "[PERSONNE_1]"}, dpi=DPI)
    assert rel.pages == 3 and rel.replaced == 3
    check = _verify(rel.data, original, [NAME])
    assert check.passed, (check.problems, check.residual)
    assert "ocr:pages=1" in check.checks


@needs_tesseract
def test_without_the_original_every_page_is_read_by_ocr_as_before() -> None:
    original = _pdf(_letter)
    rel = build_release_pdf(original, {NAME: "[PERSONNE_1]"}, dpi=DPI)
    check = _verify(rel.data, None, [NAME])
    assert check.passed, (check.problems, check.residual)
    assert "geometry" not in check.checks and "ocr" in check.checks


def _with_private_use_text(original: bytes) -> bytes:
    """Every embedded TrueType font's ToUnicode replaced by a map into the private use area: the
    glyphs still draw the letters, the text layer says nothing readable."""
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Aig def\n"
            b"1 begincodespacerange <00> <FF> endcodespacerange\n"
            b"1 beginbfrange <00> <FF> <E000> endbfrange\n"
            b"endcmap CMapName currentdict /CMap defineresource pop end end")

    def lie(pdf: pikepdf.Pdf) -> None:
        for font in pdf.pages[0].obj.Resources.Font.values():
            if font.get("/Subtype") == "/TrueType":
                font.ToUnicode = pikepdf.Stream(pdf, cmap)
    return _edit(original, lie)


@needs_tesseract
def test_text_of_unknown_characters_is_read_by_ocr() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("AigVera", "Vera.ttf"))  # shipped with reportlab

    def draw(c: Any) -> None:
        c.setFont("AigVera", 16)
        c.drawString(72, 760, "Contact : 06 12 34 56 78")

    original = _with_private_use_text(_pdf(draw))
    # the text layer shows no value and no shape; only the pixels do
    rel = build_release_pdf(original, {}, dpi=150)
    check = verify_release(rel.data, "pdf", lambda _t: [], frozenset(), 0.5, [], ocr_dpi=150,
                           original=original)
    assert "ocr:pages=1" in check.checks
    assert not check.passed and any(f.entity_type == "PHONE_NUMBER" for f in check.residual)
