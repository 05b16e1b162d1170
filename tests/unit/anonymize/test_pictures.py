"""Pictures on pages that also have text (issue 20 §1): an identity card and a signature pasted
into a text PDF and into a DOCX are read by OCR (their text joins detection) and are gone from the
release copy's pixels; a picture that reads clean may stay."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from aiguillage.anonymize.release_pdf import build_release_pdf
from aiguillage.extract import extract
from aiguillage.verify import _ocr_pixels, _release_pages, verify_pdf_geometry

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract (make sysdeps)")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def id_card() -> Any:
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", (900, 560), "white")
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 44)
    d.rectangle([4, 4, 895, 555], outline="black", width=6)
    d.text((40, 40), "CARTE D'IDENTITE", font=font, fill="black")
    d.text((40, 180), "Nom : KERBRAT", font=font, fill="black")
    d.text((40, 280), "Prenom : Yannick", font=font, fill="black")
    d.rectangle([620, 150, 860, 480], fill=(120, 90, 70))  # the photograph
    return img


def signature() -> Any:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (600, 200), "white")
    d = ImageDraw.Draw(img)
    pts = [(20 + i * 9, 100 + int(60 * ((-1) ** i) * (i % 7) / 7)) for i in range(60)]
    d.line(pts, fill="black", width=5)
    return img


def text_pdf(tmp_path: Path) -> Path:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    path = tmp_path / "dossier.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica", 12)
    c.drawString(60, 780, "Dossier de demande de logement social, pièce jointe ci-dessous.")
    c.drawString(60, 760, "Le demandeur atteste l'exactitude des informations fournies.")
    c.drawImage(ImageReader(id_card()), 60, 420, width=360, height=224)
    c.drawString(60, 380, "Signature du demandeur :")
    c.drawImage(ImageReader(signature()), 60, 280, width=240, height=80)
    c.save()
    return path


def rendered_as_is(data: bytes) -> bytes:
    """A copy shaped as the builder makes them (one page image) but with nothing blacked out."""
    import numpy as np
    import pikepdf
    import pypdfium2 as pdfium
    from aiguillage.anonymize.release_pdf import _image_xobject

    src = pdfium.PdfDocument(data)
    out = pikepdf.new()
    page = src[0]
    w, h = page.get_size()
    px = np.array(page.render(scale=150 / 72, grayscale=True).to_numpy())
    px = px if px.ndim == 2 else px[:, :, 0]
    content = pikepdf.Stream(out, f"q {w:.4f} 0 0 {h:.4f} 0 0 cm /Im0 Do Q".encode("ascii"))
    out.pages.append(pikepdf.Page(pikepdf.Dictionary({
        "/Type": pikepdf.Name.Page, "/MediaBox": pikepdf.Array([0, 0, round(w, 4), round(h, 4)]),
        "/Resources": pikepdf.Dictionary({"/XObject": pikepdf.Dictionary({"/Im0": _image_xobject(out, px)})}),
        "/Contents": content})))
    page.close()
    src.close()
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


def test_pictures_of_a_text_pdf_are_read_and_gone_from_the_copy(tmp_path: Path) -> None:
    path = text_pdf(tmp_path)
    ex = extract(path, "pdf")
    pictures = [p.text for p in ex.parts if p.kind == "image"]
    assert any("KERBRAT" in t for t in pictures), pictures  # the card's text joins detection
    data = path.read_bytes()
    copy = build_release_pdf(data, {"KERBRAT": "[PERSONNE_1]", "Yannick": "[PERSONNE_2]"})
    import pikepdf

    with pikepdf.open(io.BytesIO(copy.data)) as pdf:
        pages, problems = _release_pages(pdf)
    assert not problems
    px = pages[0].pixels
    seen = _ocr_pixels(px, 150)
    assert "KERBRAT" not in seen.upper() and "YANNICK" not in seen.upper()
    assert "logement social" in seen  # the text of the page is still there
    # the card and the signature areas are black (page space → pixels at 150 dpi, top-left origin)
    scale = px.shape[1] / 595
    card = px[int((842 - 644) * scale) + 4:int((842 - 420) * scale) - 4, int(64 * scale):int(416 * scale)]
    sig = px[int((842 - 360) * scale) + 4:int((842 - 280) * scale) - 4, int(64 * scale):int(296 * scale)]
    assert (card <= 48).mean() > 0.99 and (sig <= 48).mean() > 0.99
    ver = verify_pdf_geometry(copy.data, data, ["KERBRAT", "Yannick"])
    assert ver.passed, (ver.residual, ver.problems)


def test_a_copy_that_shows_an_unread_picture_fails_verification(tmp_path: Path) -> None:
    data = text_pdf(tmp_path).read_bytes()
    ver = verify_pdf_geometry(rendered_as_is(data), data, ["KERBRAT"])
    assert not ver.passed and any(f.entity_type == "PICTURE" for f in ver.residual)


def test_pictures_of_a_docx_are_read_and_never_in_the_copy(tmp_path: Path) -> None:
    import docx
    from aiguillage.anonymize.release_docx import build_release_docx

    d = docx.Document()
    d.add_paragraph("Dossier de demande de logement social, pièce jointe ci-dessous.")
    for img in (id_card(), signature()):
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        buf.seek(0)
        d.add_picture(buf)
    path = tmp_path / "dossier.docx"
    d.save(str(path))
    ex = extract(path, "docx")
    assert any("KERBRAT" in p.text for p in ex.parts if p.kind == "image")
    assert "unreadable" not in ex.flags  # a signature read badly does not make the file unreadable
    copy = build_release_docx(path.read_bytes(), {"KERBRAT": "[PERSONNE_1]"})
    with zipfile.ZipFile(io.BytesIO(copy.data)) as zf:
        assert not [n for n in zf.namelist() if n.lower().endswith((".png", ".jpg", ".jpeg"))]
