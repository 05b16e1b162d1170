"""The policy switch that drops every picture from release copies (issue 20 §1:
``release.drop_images``). Off by default: a picture of a PDF page with text stays when OCR reads it
clean. On: every such picture is black in the copy, logos included. DOCX copies never carry
pictures, whichever way the switch is set."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from aiguillage.anonymize.publication import release_settings
from aiguillage.anonymize.release import build_release
from aiguillage.policy import load_policy

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract (make sysdeps)")
# a délibération of Montpellier copied into the repository (tests/fixtures/realdocs/SOURCES.md)
DELIBERATION = Path(__file__).resolve().parents[2] / "fixtures" / "realdocs" / "2014-05-22-0000072127.pdf"


@pytest.mark.parametrize(("policy", "dropped"), [
    ({}, False),
    ({"release": None}, False),
    ({"release": {}}, False),
    ({"release": {"drop_images": False}}, False),
    ({"release": {"drop_images": True}}, True),
    ({"release": {"drop_images": "no"}}, True),  # not a boolean: the stricter reading
    ({"release": {"drop_images": None}}, True),  # "drop_images:" left empty
    ({"release": {"drop_images": 0}}, True),
])
def test_switch_reading(policy: dict[str, Any], dropped: bool) -> None:
    assert release_settings(policy)["drop_images"] is dropped


def test_default_policy_keeps_todays_behaviour() -> None:
    assert release_settings(load_policy().data)["drop_images"] is False


def clean_picture() -> Any:
    """A picture OCR reads with confidence and that holds nothing personal (a heading)."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (1000, 220), 255)
    d = ImageDraw.Draw(img)
    d.text((30, 60), "RAPPORT ANNUEL", font=ImageFont.truetype(FONT, 72), fill=0)
    return img


def id_card() -> Any:
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", (900, 560), "white")
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 44)
    d.text((40, 180), "Nom : KERBRAT", font=font, fill="black")
    d.rectangle([620, 150, 860, 480], fill=(120, 90, 70))
    return img


# page-space boxes (left, bottom, right, top) of the two pictures of the generated PDF
HEADING_BOX = (60.0, 640.0, 460.0, 728.0)
CARD_BOX = (60.0, 300.0, 420.0, 524.0)


def text_pdf() -> bytes:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica", 12)
    c.drawString(60, 780, "Dossier de demande de logement social, pièces jointes ci-dessous.")
    left, bottom, right, top = HEADING_BOX
    c.drawImage(ImageReader(clean_picture()), left, bottom, width=right - left, height=top - bottom)
    left, bottom, right, top = CARD_BOX
    c.drawImage(ImageReader(id_card()), left, bottom, width=right - left, height=top - bottom)
    c.save()
    return buf.getvalue()


def page_pixels(pdf: bytes, index: int = 0, dpi: int = 150) -> Any:
    """The copy's page as gray pixels (the copy is one picture per page)."""
    import numpy as np
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        px = np.array(doc[index].render(scale=dpi / 72, grayscale=True).to_numpy())
    finally:
        doc.close()
    return px if px.ndim == 2 else px[:, :, 0]


def dark_share(px: Any, box: tuple[float, float, float, float], page_height: float, dpi: int = 150) -> float:
    """Share of nearly black pixels inside a page-space box (a small inner margin left out)."""
    s = dpi / 72
    left, bottom, right, top = box
    inner = px[int((page_height - top) * s) + 4:int((page_height - bottom) * s) - 4,
               int(left * s) + 4:int(right * s) - 4]
    return float((inner <= 48).mean())


@needs_tesseract
@pytest.mark.parametrize(("drop", "heading_black"), [(False, False), (True, True)])
def test_generated_pdf(drop: bool, heading_black: bool) -> None:
    """The clean heading stays by default and goes with the switch; the identity card always goes."""
    data = text_pdf()
    copy = build_release(data, "pdf", {"KERBRAT": "[PERSONNE_1]"}, drop_images=drop)
    assert copy is not None
    px = page_pixels(copy.data)
    assert dark_share(px, CARD_BOX, 842) > 0.99
    assert (dark_share(px, HEADING_BOX, 842) > 0.99) is heading_black


@needs_tesseract
def test_generated_pdf_dropped_copy_passes_verification() -> None:
    from aiguillage.verify import verify_pdf_geometry

    data = text_pdf()
    copy = build_release(data, "pdf", {"KERBRAT": "[PERSONNE_1]"}, drop_images=True)
    assert copy is not None
    ver = verify_pdf_geometry(copy.data, data, ["KERBRAT"])
    assert ver.passed, (ver.residual, ver.problems)


@needs_tesseract
def test_real_deliberation_every_picture_black_with_the_switch() -> None:
    """A published délibération of Montpellier (text PDF with the city's logo): with the switch,
    every picture of its pages with text is black in the copy; its text is still drawn."""
    import pypdfium2 as pdfium
    from aiguillage.extract.pdf_images import page_images

    data = DELIBERATION.read_bytes()
    doc = pdfium.PdfDocument(data)
    try:
        pictures: list[tuple[int, float, tuple[float, float, float, float]]] = []
        for i in range(len(doc)):
            page = doc[i]
            height = page.get_size()[1]
            pictures += [(i, height, box) for _, box in page_images(page)
                         if (box[2] - box[0]) > 20 and (box[3] - box[1]) > 20]
            page.close()
    finally:
        doc.close()
    assert pictures, "the délibération carries its logo"
    copy = build_release(data, "pdf", {}, drop_images=True)
    assert copy is not None
    for index, height, box in pictures:
        assert dark_share(page_pixels(copy.data, index), box, height) > 0.99, (index, box)
    assert "Conseil" in copy.visible_text or "CONSEIL" in copy.visible_text


def docx_with_pictures(tmp_path: Path) -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("Rapport annuel du service, illustrations ci-dessous.")
    for img in (clean_picture(), id_card()):
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        buf.seek(0)
        d.add_picture(buf)
    path = tmp_path / "rapport.docx"
    d.save(str(path))
    return path.read_bytes()


@pytest.mark.parametrize("drop", [False, True])
def test_docx_copy_never_carries_a_picture(tmp_path: Path, drop: bool) -> None:
    copy = build_release(docx_with_pictures(tmp_path), "docx", {"KERBRAT": "[PERSONNE_1]"}, drop_images=drop)
    assert copy is not None
    with zipfile.ZipFile(io.BytesIO(copy.data)) as zf:
        names = zf.namelist()
        body = zf.read("word/document.xml")
    assert not [n for n in names if n.lower().endswith((".png", ".jpg", ".jpeg", ".gif", ".emf"))]
    assert b"<w:drawing" not in body and b"<pic:pic" not in body
    assert b"Rapport annuel" in body
