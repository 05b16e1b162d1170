"""PDF release copy: true redaction — the redacted text is in no stream, the page is the same size."""

from __future__ import annotations

import io

import pdfplumber
import pikepdf
import pypdfium2 as pdfium
from aiguillage.anonymize.release_pdf import build_release_pdf
from aiguillage.verify import verify_release
from anon_traps import AUTHOR, EMAIL, NAME, PHONE, REALDOCS


def _streams(data: bytes) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return b"\n".join(o.read_bytes() for o in pdf.objects if isinstance(o, pikepdf.Stream))


def test_redacted_text_is_in_no_stream_and_no_metadata(trap_pdf: bytes, values: dict[str, str]) -> None:
    assert NAME.encode("latin-1") in _streams(trap_pdf) or b"Castagnier" in _streams(trap_pdf)
    rel = build_release_pdf(trap_pdf, values, dpi=100)
    raw = rel.data + _streams(rel.data)
    for s in (NAME, "Castagnier", EMAIL, "castagnier", PHONE, "06 12", AUTHOR, "Dossier"):
        for enc in ("utf-8", "latin-1", "utf-16-be"):
            assert s.encode(enc, "ignore") not in raw, (s, enc)
    with pikepdf.open(io.BytesIO(rel.data)) as pdf:
        assert "/Info" not in pdf.trailer and "/Metadata" not in pdf.Root
        page = pdf.pages[0]
        assert "/Font" not in page.obj.Resources and "/Annots" not in page.obj
    with pdfplumber.open(io.BytesIO(rel.data)) as pdf:
        assert not (pdf.pages[0].extract_text() or "").strip()  # no text layer at all
        assert not pdf.metadata or not any(str(v).strip() for v in pdf.metadata.values())


def test_boxes_are_burnt_where_the_words_were(trap_pdf: bytes, values: dict[str, str]) -> None:
    rel = build_release_pdf(trap_pdf, values, dpi=100)
    assert rel.replaced == 3 and rel.pages == 1
    assert "Mairie de Villeneuve" in rel.visible_text and "Castagnier" not in rel.visible_text
    with pdfplumber.open(io.BytesIO(trap_pdf)) as pdf:
        page = pdf.pages[0]
        word = next(w for w in page.extract_words() if w["text"] == "Castagnier")
        size = (page.width, page.height)
    img = pdfium.PdfDocument(rel.data)[0].render(scale=100 / 72).to_pil().convert("L")
    cx = (word["x0"] + word["x1"]) / 2 * 100 / 72
    cy = (word["top"] + word["bottom"]) / 2 * 100 / 72
    assert img.getpixel((int(cx), int(cy))) < 30  # black box
    with pikepdf.open(io.BytesIO(rel.data)) as pdf:
        box = [float(v) for v in pdf.pages[0].mediabox]
    assert abs(box[2] - size[0]) < 0.01 and abs(box[3] - size[1]) < 0.01


def test_real_pdf_page_count_is_kept() -> None:
    data = (REALDOCS / "2014-04-05-0000070899.pdf").read_bytes()
    rel = build_release_pdf(data, {"Montpellier": "[LIEU_1]"}, dpi=100)
    assert rel.pages == len(pdfium.PdfDocument(data)) and rel.replaced > 0
    assert b"Montpellier" not in _streams(rel.data)
    # the city's logo is drawn as outlines: found by OCR and boxed too, so verification passes
    check = verify_release(rel.data, "pdf", lambda _t: [], frozenset({"LOCATION"}), 0.5, ["Montpellier"],
                           residual_text=rel.visible_text, ocr_dpi=100)
    assert check.passed, (check.problems, check.residual)
    # proven against the original: geometry for the text, OCR for the two pages that hold a
    # picture or outlines (the logo; the signature block)
    proof = verify_release(rel.data, "pdf", lambda _t: [], frozenset({"LOCATION"}), 0.5, ["Montpellier"],
                           residual_text=rel.visible_text, ocr_dpi=100, original=data)
    assert proof.passed, (proof.problems, proof.residual)
    assert "geometry" in proof.checks and "ocr:pages=2" in proof.checks


def test_a_page_without_colour_is_kept_gray_and_a_coloured_one_in_colour() -> None:
    """A page is rendered in gray only when a low-resolution rendering shows no colour: a red
    stamp, even small, keeps its page in RGB; either way the copy is proven by its own pixels."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawString(72, 720, f"Affaire suivie par {NAME}")
    c.showPage()
    c.drawString(72, 720, f"Affaire suivie par {NAME}")
    c.setFillColorRGB(0.85, 0.1, 0.1)
    c.rect(400, 100, 4, 4, stroke=0, fill=1)  # a 4 pt red mark
    c.setFillColorRGB(0, 0, 0.8)
    c.drawString(72, 100, "Tampon")
    c.save()
    data = buf.getvalue()
    rel = build_release_pdf(data, {NAME: "[PERSONNE_1]"}, dpi=100)
    with pikepdf.open(io.BytesIO(rel.data)) as pdf:
        spaces = [str(next(iter(p.obj.Resources.XObject.values())).ColorSpace) for p in pdf.pages]
    assert spaces == ["/DeviceGray", "/DeviceRGB"]
    doc = pdfium.PdfDocument(rel.data)
    try:
        rgb = doc[1].render(scale=100 / 72).to_numpy()
    finally:
        doc.close()
    assert ((rgb[:, :, 2].astype(int) - rgb[:, :, 0].astype(int)) > 100).any()  # red kept (BGR order)
    v = verify_release(rel.data, "pdf", lambda t: [], frozenset({"PERSON"}), 0.5, [NAME],
                       residual_text=rel.visible_text, original=data)
    assert v.passed, (v.residual, v.problems)
    assert rel.replaced == 2 and NAME not in rel.visible_text
