"""Builders of small real documents for the anonymization tests (DOCX, PDF, ODT with traps)."""

from __future__ import annotations

import io
import os
from collections.abc import Callable

import pytest
from aiguillage.anonymize.keys import KeyRing
from anon_traps import AUTHOR, DELETED, EMAIL, HIDDEN, NAME, PHONE, SECRET_COMMENT


@pytest.fixture
def keyring() -> KeyRing:
    return KeyRing(os.urandom(32), "test")


def _w(tag: str) -> str:
    return "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + tag


@pytest.fixture(scope="session")
def trap_docx() -> bytes:
    """A DOCX with a name split over runs of different formatting, a table, header and footer,
    a comment, tracked changes (insertion and deletion), hidden text, a mailto link, metadata."""
    import docx
    from docx.oxml import OxmlElement
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.author = AUTHOR
    d.core_properties.title = f"Dossier {NAME}"
    d.core_properties.comments = "brouillon"
    d.add_paragraph("Mairie de Villeneuve — service de l'état civil")
    p = d.add_paragraph("Le dossier de ")
    r1 = p.add_run("Bérénice ")
    r1.bold = True
    r2 = p.add_run("Castag")
    r2.italic = True
    r3 = p.add_run("nier")
    r3.italic = True
    r3.font.size = Pt(14)
    p.add_run(" est complet.")
    p2 = d.add_paragraph(f"Contact : {EMAIL} ou {PHONE}.")
    d.add_comment(p2.runs, text=f"Vérifier avec {SECRET_COMMENT}", author=AUTHOR, initials="GT")
    # tracked changes: an insertion (accepted) and a deletion (dropped)
    p3 = d.add_paragraph("Instruit par l'agent ")
    ins = OxmlElement("w:ins")
    ins.set(_w("id"), "91")
    ins.set(_w("author"), AUTHOR)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "du guichet"
    run.append(t)
    ins.append(run)
    p3._p.append(ins)
    dele = OxmlElement("w:del")
    dele.set(_w("id"), "92")
    dele.set(_w("author"), AUTHOR)
    run = OxmlElement("w:r")
    dt = OxmlElement("w:delText")
    dt.text = f" et de {DELETED}"
    run.append(dt)
    dele.append(run)
    p3._p.append(dele)
    # hidden text
    p4 = d.add_paragraph("Visible. ")
    hidden = p4.add_run(f"Note cachée sur {HIDDEN}.")
    hidden.font.hidden = True
    t = d.add_table(rows=3, cols=2)
    for i, row in enumerate([("Nom", "Téléphone"), ("CASTAGNIER", PHONE), ("Dupré", "01 44 55 66 77")]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.sections[0].header.paragraphs[0].text = f"Affaire suivie par {NAME}"
    d.sections[0].footer.paragraphs[0].text = "Page 1"
    d.add_paragraph("Fin du courrier.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.fixture(scope="session")
def trap_pdf() -> bytes:
    """A one-page PDF with a name, an e-mail split over a line end, metadata and an annotation."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setAuthor(AUTHOR)
    c.setTitle(f"Dossier {NAME}")
    c.setSubject("courrier")
    c.setFont("Helvetica", 12)
    c.drawString(72, 760, "Mairie de Villeneuve")
    c.drawString(72, 730, f"Le dossier de {NAME} est complet.")
    c.drawString(72, 710, f"Contact : {EMAIL}")
    c.drawString(72, 690, f"Téléphone : {PHONE}")
    c.drawString(72, 670, "Rien d'autre à signaler.")
    c.linkURL(f"mailto:{EMAIL}", (72, 705, 300, 722))
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture(scope="session")
def trap_odt() -> bytes:
    """An ODT with a name split over spans, an annotation, a tracked deletion and metadata."""
    from odf import dc, meta, office, text
    from odf.element import Element
    from odf.namespaces import TEXTNS
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties

    doc = OpenDocumentText()
    doc.meta.addElement(meta.InitialCreator(text=AUTHOR))
    doc.meta.addElement(dc.Creator(text=AUTHOR))
    doc.meta.addElement(dc.Title(text=f"Dossier {NAME}"))
    bold = Style(name="Gras", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    doc.text.addElement(text.P(text="Mairie de Villeneuve"))
    p = text.P(text="Le dossier de ")
    p.addElement(text.Span(stylename=bold, text="Bérénice"))
    p.addText(" Castagnier est complet.")
    doc.text.addElement(p)
    p2 = text.P(text=f"Contact : {EMAIL}.")
    ann = office.Annotation()
    ann.addElement(dc.Creator(text=AUTHOR))
    ann.addElement(text.P(text=f"Voir {SECRET_COMMENT}"))
    p2.addElement(ann)
    doc.text.addElement(p2)
    changes = text.TrackedChanges()
    region = Element(qname=(TEXTNS, "changed-region"), check_grammar=False)  # odfpy cannot build it
    region.setAttrNS(TEXTNS, "id", "ct1")
    deletion = text.Deletion()
    info = office.ChangeInfo()
    info.addElement(dc.Creator(text=AUTHOR))
    deletion.addElement(info)
    deletion.addElement(text.P(text=DELETED))
    region.addElement(deletion)
    changes.addElement(region)
    doc.text.insertBefore(changes, doc.text.firstChild)
    doc.text.addElement(text.P(text="Fin du courrier."))
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


ValuesFor = Callable[[], dict[str, str]]


@pytest.fixture
def values() -> dict[str, str]:
    """Values as the text anonymization records them (value → replacement)."""
    return {NAME: "[PERSONNE_1]", "CASTAGNIER": "[PERSONNE_1]", EMAIL: "[COURRIEL_1]", PHONE: "[TELEPHONE_1]",
            "Dupré": "[PERSONNE_2]", "01 44 55 66 77": "[TELEPHONE_2]"}
