"""The hostile suite: files built here, each extracted through the real sandbox (child process,
timeout, memory cap) with its expected quarantine code, or its expected content, part kind and
flags. Nothing may crash the caller; no personal value may be lost from what detection sees."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import extract_builders as b
import pytest
from aiguillage.extract.sandbox import extract_safely
from aiguillage.formats import sniff_format
from aiguillage.records import QuarantineError

# (file name, builder, expected code) — the file must be quarantined with that code.
QUARANTINED: list[tuple[str, Callable[[], bytes], str]] = [
    ("bombe.zip", lambda: b.zip_bomb(40), "ZIP_BOMB"),
    ("milliers.zip", b.zip_many_members, "ZIP_BOMB"),
    ("poupees.zip", b.zip_nested, "TOO_DEEP"),
    ("chiffre.zip", b.zip_encrypted_member, "ENCRYPTED"),
    ("rires.docx", b.docx_billion_laughs, "XML_DTD"),
    ("xxe.docx", b.docx_xxe, "XML_DTD"),
    ("xxe.odt", b.odt_xxe, "XML_DTD"),
    ("macro.docm", b.docm, "MACRO"),
    ("macro-cachee.docx", b.docx_with_hidden_vba, "MACRO"),
    ("protege.docx", b.ole_encrypted_docx, "ENCRYPTED"),
    ("protege.pdf", b.pdf_encrypted, "ENCRYPTED"),
    ("tronque.pdf", b.pdf_truncated, "CORRUPT"),
    ("vide.pdf", lambda: b"", "EMPTY"),
    ("aleatoire.docx", b.random_bytes, "UNSUPPORTED_FORMAT"),
    ("geant.png", b.png_bomb, "TOO_LARGE"),
    ("casse.docx", lambda: b"PK\x03\x04" + b"\x00" * 200, "CORRUPT"),
]


@pytest.mark.parametrize(("name", "build", "code"), QUARANTINED, ids=[q[0] for q in QUARANTINED])
def test_quarantined_with_reason(make_file: Callable[[str, bytes], Path], name: str,
                                 build: Callable[[], bytes], code: str) -> None:
    path = make_file(name, build())
    with pytest.raises(QuarantineError) as info:
        extract_safely(path, sniff_format(path), timeout_s=60)
    assert info.value.code == code
    assert info.value.message  # a human message
    assert "root:" not in info.value.message


def test_reference_loop_pdf_is_quarantined(make_file: Callable[[str, bytes], Path]) -> None:
    path = make_file("boucle.pdf", b.pdf_reference_loop())
    with pytest.raises(QuarantineError) as info:
        extract_safely(path, "pdf", timeout_s=5)  # pdfminer resolves 5 0 R -> 6 0 R -> 5 0 R forever
    assert info.value.code in {"CORRUPT", "TIMEOUT"}


# (file name, builder, value that must be seen by detection, kind of the part holding it, flag)
HIDDEN_PLACES: list[tuple[str, Callable[[], bytes], str, str, str | None]] = [
    ("entete-premiere-page.docx", b.docx_first_page_header, b.EMAIL, "header", None),
    ("pied-pages-paires.docx", b.docx_even_page_footer, b.EMAIL, "footer", None),
    ("commentaire.docx", b.docx_comment, b.PHONE, "comment", None),
    ("note.docx", b.docx_footnote, b.EMAIL, "footnote", None),
    ("zone-de-texte.docx", b.docx_textbox, b.EMAIL, "textbox", None),
    ("masque.docx", b.docx_hidden_run, b.EMAIL, "hidden", "invisible_text"),
    ("suivi.docx", b.docx_tracked_change, b.EMAIL, "tracked_deletion", "tracked_changes"),
    ("proprietes.docx", b.docx_metadata, b.NAME, "metadata", None),
    ("proprietes-perso.docx", b.docx_metadata, b.PHONE, "metadata", None),
    ("tableaux.docx", b.docx_nested_tables, b.EMAIL, "table", None),
    ("entete.odt", b.odt_header_annotation, b.EMAIL, "header", None),
    ("annotation.odt", b.odt_header_annotation, b.NAME, "comment", None),
    ("note.odt", b.odt_header_annotation, b.IBAN, "footnote", None),
    ("masque.odt", b.odt_header_annotation, b.PHONE, "hidden", "invisible_text"),
    ("invisible-mode3.pdf", b.pdf_invisible, b.EMAIL, "hidden", "invisible_text"),
    ("blanc.pdf", b.pdf_invisible, b.PHONE, "hidden", "invisible_text"),
    ("caviarde.pdf", b.pdf_invisible, b.NAME, "hidden", "invisible_text"),
    ("masque.html", b.html_hidden, b.EMAIL, "hidden", "invisible_text"),
    ("auteur.html", b.html_hidden, b.NAME, "metadata", None),
    ("iban-nbsp.txt", b.txt_nbsp_iban, b.IBAN, "body", None),
    ("mail-zero-width.txt", b.txt_zero_width_email, b.EMAIL, "body", None),
    ("courriel.eml", b.eml_with_attachment, b.EMAIL, "footnote", "attachment"),
    ("archive.zip", b.zip_with_docx, b.EMAIL, "header", "attachment"),
    ("pdf-nomme.docx", lambda: b.pdf_text([f"Contact {b.EMAIL}"]), b.EMAIL, "body", None),
    ("tableur.xlsx", b.xlsx_with_cell, b.NAME, "body", None),
    ("formulaire.pdf", b.pdf_with_attachment_form_annotation, b.NAME, "form_field", None),
    ("note-pdf.pdf", b.pdf_with_attachment_form_annotation, b.PHONE, "annotation", None),
    ("lien-mailto.pdf", b.pdf_with_attachment_form_annotation, b.EMAIL, "annotation", None),
    ("piece-jointe.pdf", b.pdf_with_attachment_form_annotation, b.IBAN, "attachment", "attachment"),
]


@pytest.mark.parametrize(("name", "build", "value", "kind", "flag"), HIDDEN_PLACES,
                         ids=[h[0] for h in HIDDEN_PLACES])
def test_hidden_personal_data_is_extracted(make_file: Callable[[str, bytes], Path], name: str,
                                           build: Callable[[], bytes], value: str, kind: str,
                                           flag: str | None) -> None:
    path = make_file(name, build())
    ext = extract_safely(path, sniff_format(path), timeout_s=60)
    assert value in ext.text, f"{value!r} missing from what detection sees"
    holders = [p for p in ext.parts if value in p.text]
    assert any(p.kind == kind for p in holders), [(p.kind, p.flags) for p in holders]
    if flag:
        assert any(flag in p.flags for p in holders if p.kind == kind)


def test_invisible_pdf_text_is_out_of_the_body(make_file: Callable[[str, bytes], Path]) -> None:
    ext = extract_safely(make_file("invisible.pdf", b.pdf_invisible()), "pdf")
    body = " ".join(p.text for p in ext.parts if p.kind == "body")
    assert "approuve le budget" in body
    assert b.EMAIL not in body and b.PHONE not in body and b.NAME not in body
    hidden = next(p for p in ext.parts if p.kind == "hidden")
    assert {"render_mode_invisible", "white_text", "covered_text"} <= hidden.flags
    assert "invisible_text" in ext.flags


def test_tracked_insertion_is_inline_and_docx_body_clean(make_file: Callable[[str, bytes], Path]) -> None:
    ext = extract_safely(make_file("suivi2.docx", b.docx_tracked_change()), "docx")
    body = next(p for p in ext.parts if p.kind == "body")
    assert "le président de la commission" in body.text
    assert b.EMAIL not in body.text
    assert "tracked_changes" in body.flags


def test_textbox_counted_once(make_file: Callable[[str, bytes], Path]) -> None:
    ext = extract_safely(make_file("zone2.docx", b.docx_textbox()), "docx")
    assert ext.text.count(b.EMAIL) == 1  # the VML fallback is not read twice


def test_zip_slip_name_is_never_a_path(make_file: Callable[[str, bytes], Path], tmp_path: Path) -> None:
    ext = extract_safely(make_file("slip.zip", b.zip_with_docx()), "zip")
    assert "Rapport public sur les travaux." in ext.text
    assert not Path("/tmp/evil.txt").exists()
    names = next(p for p in ext.parts if p.kind == "metadata" and "member 1" in p.text)
    assert "courrier.docx" in names.text  # names are detected (metadata), never published


def test_eml_attachment_name_is_metadata(make_file: Callable[[str, bytes], Path]) -> None:
    ext = extract_safely(make_file("courriel2.eml", b.eml_with_attachment()), "eml")
    assert any(p.kind == "header" and "urbanisme@mairie.example" in p.text for p in ext.parts)
    assert any(p.kind == "metadata" and "dossier_marchetti.docx" in p.text for p in ext.parts)
    assert any(p.kind == "body" and "ci-joint" in p.text for p in ext.parts)


def test_million_characters_are_all_read(make_file: Callable[[str, bytes], Path]) -> None:
    ext = extract_safely(make_file("long.txt", b.txt_million_chars()), "txt")
    assert len(ext.text) >= 1_000_000
    assert ext.text.rstrip().endswith(b.EMAIL)


def test_normalised_text_for_detection(make_file: Callable[[str, bytes], Path]) -> None:
    ext = extract_safely(make_file("zw.txt", b.txt_zero_width_email()), "txt")
    assert "\u200b" not in ext.text
    raw = extract_safely(make_file("zw.txt", b.txt_zero_width_email()), "txt", raw=True)
    assert "\u200b" in raw.text  # raw=True keeps the original, for the offset map


def test_two_columns_read_column_by_column(make_file: Callable[[str, bytes], Path]) -> None:
    ext = extract_safely(make_file("colonnes.pdf", b.pdf_two_columns()), "pdf")
    text = ext.parts[0].text
    assert text.index("gauche ligne 11") < text.index("droite ligne 0")
    assert text.startswith("TITRE SUR TOUTE LA LARGEUR")
