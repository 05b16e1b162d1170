"""OCR of pages without text and conversion of legacy formats, with the real tools."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import extract_builders as b
import pytest
from aiguillage.extract.limits import tool
from aiguillage.extract.sandbox import extract_safely

needs_tesseract = pytest.mark.skipif(tool("tesseract") is None, reason="tesseract not installed")
needs_soffice = pytest.mark.skipif(tool("soffice") is None, reason="LibreOffice not installed")


@needs_tesseract
def test_scanned_page_is_ocred(make_file: Callable[[str, bytes], Path]) -> None:
    ext = extract_safely(make_file("scan.pdf", b.pdf_scanned()), "pdf")
    assert "COMPTE RENDU DU CONSEIL MUNICIPAL" in ext.text
    assert "ocr" in ext.flags and "unreadable" not in ext.flags


@needs_tesseract
def test_low_confidence_ocr_is_unreadable(make_file: Callable[[str, bytes], Path],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from aiguillage.extract import extract

    monkeypatch.setenv("AIGUILLAGE_EXTRACT_OCR_DPI", "100")  # noise: no need for detail
    ext = extract(make_file("bruit.pdf", b.pdf_noise_scan()), "pdf")
    assert "unreadable" in ext.flags


@needs_tesseract
def test_scan_pasted_in_a_docx_is_ocred(make_file: Callable[[str, bytes], Path]) -> None:
    ext = extract_safely(make_file("scan-colle.docx", b.docx_with_scanned_image()), "docx")
    images = [p for p in ext.parts if p.kind == "image"]
    assert len(images) == 1  # the large picture, not the logo
    assert "ocr" in images[0].flags
    assert "marchetti" in images[0].text.lower()


@needs_soffice
@pytest.mark.slow
def test_legacy_doc_and_rtf_are_converted(make_file: Callable[[str, bytes], Path], tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Le conseil municipal approuve le budget annexe de l'assainissement.")
    d.sections[0].header.paragraphs[0].text = f"Agent : {b.PHONE}"
    src = tmp_path / "source.docx"
    d.save(str(src))
    subprocess.run([str(tool("soffice")), "--headless", f"-env:UserInstallation={(tmp_path / 'p').as_uri()}",
                    "--convert-to", "doc", "--outdir", str(tmp_path), str(src)], check=True, timeout=180,
                   capture_output=True)
    doc = tmp_path / "source.doc"
    from aiguillage.formats import sniff_format

    assert sniff_format(doc) == "doc"
    ext = extract_safely(doc, "doc", timeout_s=180)
    assert "assainissement" in ext.text
    assert b.PHONE in ext.text  # the comment survives the conversion
    assert "converted" in ext.flags
    rtf = extract_safely(make_file("lettre.rtf", b.rtf_letter()), "rtf", timeout_s=180)
    assert b.EMAIL in rtf.text
