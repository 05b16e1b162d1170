"""Real French administrative documents (Licence Ouverte, MIT, Apache-2.0: see
tests/fixtures/realdocs/SOURCES.md) extract completely and in reading order."""

from __future__ import annotations

from pathlib import Path

import pytest
from aiguillage.extract import extract
from aiguillage.extract.limits import tool
from aiguillage.extract.sandbox import extract_safely
from aiguillage.formats import sniff_format

R = Path(__file__).resolve().parents[2] / "fixtures" / "realdocs"


def test_deliberation_pdf_names_and_reading_order() -> None:
    ext = extract_safely(R / "2014-04-05-0000070899.pdf", "pdf")
    assert ext.pages == 2
    body = ext.parts[0].text
    assert "Fabien ABERT" in body and "Max LEVITA" in body
    # the side bar is read before the main column, not interleaved with it
    assert "Extrait du registre des\ndélibérations du Conseil" in body
    assert ("Convoqué le lundi 31 mars 2014, le Conseil Municipal de la Ville de Montpellier s'est\n"
            "réuni") in body
    assert any(p.kind == "metadata" for p in ext.parts)
    assert "unreadable" not in ext.flags


def test_deliberation_with_many_names() -> None:
    ext = extract_safely(R / "2014-05-22-0000072127.pdf", "pdf")
    assert ext.pages >= 1
    assert len(ext.text) > 2000
    assert "Présents" in ext.text


def test_odt_report_tables_and_metadata() -> None:
    ext = extract_safely(R / "VilleMTP_MTP_DonneesDRPMPS_2012.odt", "odt")
    kinds = {p.kind for p in ext.parts}
    assert {"body", "table", "metadata"} <= kinds
    assert "Maison de la Prévention Santé" in ext.text or "MPS" in ext.text
    assert ext.pages == 4


def test_docx_statistics_footer_textbox() -> None:
    ext = extract_safely(R / "VilleMTP_MTP_FrequentationServices_Etat_Civil.docx", "docx")
    kinds = {p.kind for p in ext.parts}
    assert {"body", "table", "footer", "textbox", "metadata"} <= kinds


def test_docx_model_letter_placeholders() -> None:
    ext = extract_safely(R / "certificat_de_travail.docx", "docx")
    assert "Certificat de travail" in ext.text
    assert "« Prénom » « Nom »" in ext.text


@pytest.mark.slow
def test_cerfa_text_layer_over_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIGUILLAGE_EXTRACT_OCR_DPI", "150")  # the test reads values, not fine print
    monkeypatch.setenv("AIGUILLAGE_EXTRACT_OCR_MAX_PAGES", "1")  # one page is enough (and the cap works)
    ext = extract(R / "cerfa_apprentissage_test.pdf", "pdf")
    assert ext.pages == 2
    # the scanned form under the typed values is read too (a thin text layer over a scan)
    ocr = [p for p in ext.parts if "ocr" in p.flags]
    assert [p.page for p in ocr] == [1, 2]
    assert "apprentissage" in ocr[0].text.lower()
    assert {"unreadable", "ocr_page_cap"} <= ocr[1].flags  # past the OCR cap: never public
    assert "unreadable" in ext.flags
    assert "98765432400019" in ext.text  # the SIRET typed on the form
    assert "0102030405" in ext.text.replace(" ", "")


@pytest.mark.slow
@pytest.mark.skipif(tool("tesseract") is None,
                    reason="tesseract not installed (the route is still UNREADABLE)")
def test_scanned_minutes_are_ocred() -> None:
    ext = extract_safely(R / "CR_CM_20_06_2011_page1.pdf", "pdf", timeout_s=120)
    body = ext.parts[0]
    assert "ocr" in body.flags
    assert "conseil" in body.text.lower() and "municipal" in body.text.lower()
    assert "unreadable" not in ext.flags


def test_raw_and_normalised_agree_on_real_docx() -> None:
    from aiguillage.extract.normalize import normalize

    path = R / "certificat_de_travail.docx"
    raw = extract(path, sniff_format(path), raw=True)
    norm = extract(path, sniff_format(path))
    assert [normalize(p.text).text for p in raw.parts] == [p.text for p in norm.parts]
