"""Verification, the only gate to public/: rescan, strict sweep, value sweep, release copies read back."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest
from aiguillage.records import Finding
from aiguillage.verify import residual_findings, strict_sweep, value_sweep, verify_release, verify_text

PERSONAL = frozenset({"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "FR_NIR", "IBAN_CODE", "LOCATION",
                      "FR_ADDRESS"})


def _nothing(_text: str) -> list[Finding]:
    return []


@pytest.mark.parametrize("text,etype", [
    ("NIR : 1 84 12 75 108 123 45 fin", None),  # invalid key: not an identifier
    ("NIR : 2 59 07 12 445 429 90 fin", "CHECKSUMMED_ID"),
    ("IBAN FR76 3000 6000 0112 3456 7890 189 fin", "CHECKSUMMED_ID"),
    ("écrire à jean.dupont@gmail.com svp", "EMAIL_ADDRESS"),
    ("écrire à jean.dupont (at) gmail.com svp", "EMAIL_ADDRESS"),
    ("appeler le 06.12.34.56.78 demain", "PHONE_NUMBER"),
    ("appeler le +33 6 12 34 56 78 demain", "PHONE_NUMBER"),
    ("demeurant 48 chemin Legrand à Gaillard", "FR_ADDRESS"),
    ("demeurant [ADRESSE_1] à Gaillard", None),
    ("l'article 12 du règlement, 3 rue", None),
    ("Subvention de 8000 euros au Centre communal d'action sociale", None),  # prose is not an IBAN
    ("IBAN IT60X0542811101000000123456 payé", "CHECKSUMMED_ID"),
])
def test_strict_sweep_shapes(text: str, etype: str | None) -> None:
    types = {f.entity_type for f in strict_sweep(text)}
    assert etype in types if etype else not types


def test_labels_are_harmless_but_a_name_in_capitals_is_not() -> None:
    text = "M. [PERSONNE_1] et DUPONT ; [PERSONNE_7F3A2C] ; [NIR#3fa9c2d1e4b7]"
    spans = [("M. [PERSONNE_1]", "PERSON"), ("DUPONT", "PERSON"), ("[PERSONNE_7F3A2C]", "PERSON"),
             ("[NIR#3fa9c2d1e4b7]", "FR_NIR")]
    rescanned = [Finding(t, text.index(s), text.index(s) + len(s), 0.9, "t") for s, t in spans]
    residual = residual_findings(text, rescanned, PERSONAL, 0.5)
    assert [text[f.start:f.end] for f in residual] == ["DUPONT"]


def test_value_sweep_finds_a_replaced_value_in_any_spacing_or_case() -> None:
    assert value_sweep("le dossier de JEAN  DUPONT est clos", ["Jean Dupont"])
    assert not value_sweep("le dossier de Jean Dupontel", ["Jean Dupont"])
    assert not value_sweep("le dossier de [PERSONNE_1]", ["Jean Dupont"])


def test_verify_text_reports_types_and_offsets_never_values() -> None:
    v = verify_text("M. [PERSONNE_1], joignable au 06 12 34 56 78.", _nothing, PERSONAL, 0.5, ["Jean Dupont"])
    assert not v.passed and [f.entity_type for f in v.residual] == ["PHONE_NUMBER"]
    assert v.summary() == "failed:1" and "06" not in repr(v.residual)
    assert verify_text("M. [PERSONNE_1].", _nothing, PERSONAL, 0.5, ["Jean Dupont"]).passed


def test_verify_text_with_the_real_detector(detector: Any, policy: Any) -> None:
    ok = verify_text("Le dossier de M. [PERSONNE_1] est complet.", detector.analyze,
                     policy.personal_entities, policy.min_score)
    assert ok.passed
    bad = verify_text("Le dossier de M. Jean Dupont est complet.", detector.analyze,
                      policy.personal_entities, policy.min_score)
    assert not bad.passed


def _docx_with_comment(comment: str) -> bytes:
    import docx

    d = docx.Document()
    p = d.add_paragraph("Le dossier est complet.")
    d.add_comment(p.runs, text=comment, author="Agent", initials="A")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_docx_that_still_holds_a_comment_fails() -> None:
    v = verify_release(_docx_with_comment("Voir Jean Dupont"), "docx", _nothing, PERSONAL, 0.5,
                       ["Jean Dupont"])
    assert not v.passed
    assert "comments" in v.problems and any(f.entity_type == "REPLACED_VALUE" for f in v.residual)


def test_a_pdf_with_a_text_layer_or_metadata_fails() -> None:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setAuthor("Jean Dupont")
    c.drawString(72, 720, "Rien de personnel ici.")
    c.save()
    v = verify_release(buf.getvalue(), "pdf", _nothing, PERSONAL, 0.5, ["Jean Dupont"], ocr=False)
    assert not v.passed
    assert "text_layer" in v.problems and "metadata_info" in v.problems
    assert any(f.entity_type == "REPLACED_VALUE" for f in v.residual)  # the author, in the Info dictionary


def test_a_clean_docx_release_passes(detector: Any, policy: Any) -> None:
    from aiguillage.anonymize.release_docx import build_release_docx

    data = build_release_docx(_docx_with_comment("Voir Jean Dupont"), {"Jean Dupont": "[PERSONNE_1]"}).data
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert not [n for n in zf.namelist() if "comment" in n]
    v = verify_release(data, "docx", detector.analyze, policy.personal_entities, policy.min_score,
                       ["Jean Dupont"], public_text="Le dossier est complet.")
    assert v.passed, (v.problems, v.residual)


def test_a_release_reading_as_the_verified_text_is_not_rescanned_but_still_swept() -> None:
    """The detector is deterministic: a copy whose text is exactly the verified public text needs
    no second rescan; the sweeps still read the copy (and its package parts)."""
    import docx

    def must_not_run(_text: str) -> list[Finding]:
        raise AssertionError("rescanned a text already verified")

    from aiguillage.anonymize.release_docx import build_release_docx

    def release(text: str) -> bytes:  # a copy as publication builds it: no properties left
        d = docx.Document()
        d.add_paragraph(text)
        buf = io.BytesIO()
        d.save(buf)
        return build_release_docx(buf.getvalue(), {"Marie Curie": "[PERSONNE_9]"}).data

    verified = "Courrier de [PERSONNE_1] au service."
    v = verify_release(release(verified), "docx", must_not_run, PERSONAL, 0.5, ["Jean Dupont"],
                       public_text=verified)
    assert not [f for f in v.residual if f.entity_type == "REPLACED_VALUE"]
    assert "rescan:same_text_as_verified" in v.checks
    other = "Courrier de Jean Dupont au service."  # not the verified text: rescanned and swept
    v = verify_release(release(other), "docx", _nothing, PERSONAL, 0.5, ["Jean Dupont"], public_text=verified)
    assert any(f.entity_type == "REPLACED_VALUE" for f in v.residual)
    assert "rescan:same_text_as_verified" not in v.checks


# --- what a release copy's package read and the value sweep see ------------------------------------

def test_xml_strings_reads_every_text_node_comment_and_attribute() -> None:
    from aiguillage.verify import _xml_strings

    xml = (b"<?xml version='1.0'?><r a='Jean Dupont'><p>un<b x='1'>deux</b>trois<c><![CDATA[quatre]]></c></p>"
           b"<!-- cinq --><?pi six?><q>   </q></r>")
    texts, attrs = _xml_strings(xml)
    assert texts.split("\n") == ["un", "deux", "trois", "quatre", " cinq ", "six"]  # document order
    assert attrs.split("\n") == ["Jean Dupont", "1"]
    assert _xml_strings(b"not xml at all") == ("", "")


def _package(parts: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, body in parts.items():
            zf.writestr(name, body)
    return buf.getvalue()


def test_package_read_gives_the_same_answer_for_a_part_seen_before() -> None:
    from aiguillage.verify import _package_read

    doc = ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body><w:p><w:ins w:id="1"><w:r><w:t>Texte</w:t></w:r></w:ins></w:p></w:body></w:document>')
    data = _package({"word/document.xml": doc, "word/styles.xml": '<s name="Jean Dupont"/>'})
    first = _package_read(data, "docx")
    assert first == _package_read(data, "docx")  # the parts are now known: same texts, same problems
    assert "tracked_changes" in first[2] and "Texte" in first[0] and any("Jean Dupont" in a for a in first[1])
    assert "tracked_changes" not in _package_read(data, "odt")[2]  # the same bytes, read as ODF parts


def test_a_value_hidden_in_a_comment_or_a_style_name_fails_the_release() -> None:
    import docx
    from aiguillage.anonymize.release_docx import build_release_docx
    from docx.enum.style import WD_STYLE_TYPE
    from lxml import etree

    d = docx.Document()
    d.add_paragraph("Rien de personnel.")
    d.element.body.append(etree.Comment(" Jean Dupont "))
    buf = io.BytesIO()
    d.save(buf)
    v = verify_release(buf.getvalue(), "docx", _nothing, PERSONAL, 0.5, ["Jean Dupont"])
    assert [f.entity_type for f in v.residual] == ["REPLACED_VALUE"]  # the comment's text
    d = docx.Document()
    d.add_paragraph("Rien de personnel.")
    d.styles.add_style("JEAN  DUPONT", WD_STYLE_TYPE.PARAGRAPH)  # an attribute value of styles.xml
    buf = io.BytesIO()
    d.save(buf)
    release = build_release_docx(buf.getvalue(), {"Jean Dupont": "[PERSONNE_1]"}).data  # styles are kept
    v = verify_release(release, "docx", _nothing, PERSONAL, 0.5, ["Jean Dupont"])
    assert [f.entity_type for f in v.residual] == ["REPLACED_VALUE"]
    assert verify_release(release, "docx", _nothing, PERSONAL, 0.5, ["Dupont"]).passed  # one word: not there


def test_a_template_part_searched_again_is_searched_for_the_new_values() -> None:
    """The parts a shard's verifier read are kept (every DOCX of a batch carries the same
    styles): each copy is still searched for its own values."""
    import docx
    from aiguillage.anonymize.release_docx import build_release_docx
    from aiguillage.verify import PartReads, _package_read
    from docx.enum.style import WD_STYLE_TYPE

    d = docx.Document()
    d.add_paragraph("Rien de personnel.")
    d.styles.add_style("Claire Martin", WD_STYLE_TYPE.PARAGRAPH)
    buf = io.BytesIO()
    d.save(buf)
    release = build_release_docx(buf.getvalue(), {"Claire Martin": "[PERSONNE_1]"}).data  # styles are kept
    styles = [a for a in _package_read(release, "docx")[1] if "Claire Martin" in a]
    assert styles and len(styles[0]) >= 16_384  # a long part
    reads = PartReads()
    for values, clean in [(["Jean Dupont"], True), (["CLAIRE  MARTIN"], False), (["Paul Durand"], True),
                          (["Claire Martin", "Jean Dupont"], False)]:
        v = verify_release(release, "docx", _nothing, PERSONAL, 0.5, values, parts=reads)
        assert v.passed is clean, values
        assert verify_release(release, "docx", _nothing, PERSONAL, 0.5, values).passed is clean  # no cache
    kept = len(reads)
    assert kept > 0
    verify_release(release, "docx", _nothing, PERSONAL, 0.5, ["Jean Dupont"], parts=reads)
    assert len(reads) == kept  # the same parts: read once


@pytest.mark.parametrize("text", [
    "le dossier de JEAN\u00a0DUPONT",  # no-break space, capitals
    "le dossier de jean\n   dupont",  # a line break inside the value
    "le dossier de Jean Du-\npont",  # hyphenated across a line end
    "le dossier de ＪＥＡＮ ＤＵＰＯＮＴ",  # full-width letters
    "le dossier de Jеan Dupоnt",  # Cyrillic lookalikes
    "le dossier de Jean\u200b Dupont",  # a zero-width space
])
def test_value_sweep_finds_typographic_variants(text: str) -> None:
    assert value_sweep(text, ["Jean Dupont"])
    long = "\n".join(["Normal", "Heading-1", "Calibri"] * 3000 + [text] + ["ＭＳ 明朝", "fin"] * 100)
    assert value_sweep(long, ["Jean Dupont"])  # the same in a long, mostly ASCII, text


def test_value_sweep_offsets_are_those_of_the_normalised_text() -> None:
    from aiguillage.anonymize.locate import normalised

    lines = ["ＭＳ 明朝 Jean Dupont", "x" * 40, "adminis-\ntration de Jean", "Dupont ; Dupont-\nJean"]
    text = "\n".join(lines * 5)
    nt = normalised(text).text
    found = value_sweep(text, ["Jean Dupont", "Dupont"])
    assert found and all(nt[f.start:f.end].casefold().split()[-1] == "dupont" for f in found)
    assert len(found) == len([m for m in __import__("re").finditer("(?i)dupont", nt)])
