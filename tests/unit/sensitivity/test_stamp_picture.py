"""A marking that exists only as a stamp picture is read (OCR) and counts, with the real tesseract."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from aiguillage.extract.sandbox import extract_safely


def _stamp(text: str) -> io.BytesIO:
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (2000, 800), 255)
    draw = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("DejaVuSans-Bold.ttf", 72)
    except OSError:
        font = ImageFont.load_default(size=72)
    draw.rectangle((20, 20, 1980, 780), outline=0, width=8)
    draw.text((100, 340), text, fill=0, font=font)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    return buf


def _docx_with_stamp(text: str) -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("Note relative à la réorganisation des services techniques.")
    d.add_picture(_stamp(text))
    d.add_paragraph("Les scénarios seront présentés au bureau du 12 mars.")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.mark.parametrize("stamp", ["DIFFUSION RESTREINTE", "CONFIDENTIEL"])
def test_stamp_picture_is_a_marking(tmp_path: Path, detector, stamp: str) -> None:  # type: ignore[no-untyped-def]
    from aiguillage.sensitivity import default_classifier

    path = tmp_path / "note.docx"
    path.write_bytes(_docx_with_stamp(stamp))
    extraction = extract_safely(str(path), "docx")
    assert any(p.kind == "image" for p in extraction.parts), "the stamp was not read"
    facts = default_classifier().classify(extraction, detector.analyze(extraction.text))
    assert "marking" in {f.category for f in facts}


def test_a_picture_without_a_marking_is_not_one(tmp_path: Path, detector) -> None:  # type: ignore[no-untyped-def]
    from aiguillage.sensitivity import default_classifier

    path = tmp_path / "note.docx"
    path.write_bytes(_docx_with_stamp("SERVICES TECHNIQUES"))
    extraction = extract_safely(str(path), "docx")
    facts = default_classifier().classify(extraction, detector.analyze(extraction.text))
    assert "marking" not in {f.category for f in facts}
