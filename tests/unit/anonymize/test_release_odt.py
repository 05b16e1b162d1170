"""ODT release copy: spans kept, comments, tracked deletions and metadata gone."""

from __future__ import annotations

import io
import zipfile

from aiguillage.anonymize.release_odt import build_release_odt
from anon_traps import AUTHOR, DELETED, EMAIL, NAME, REALDOCS, SECRET_COMMENT
from odf import teletype
from odf.opendocument import load
from odf.text import P


def _paragraphs(data: bytes) -> list[str]:
    return [teletype.extractText(p) for p in load(io.BytesIO(data)).getElementsByType(P)]


def test_odt_release_removes_every_trace(trap_odt: bytes, values: dict[str, str]) -> None:
    with zipfile.ZipFile(io.BytesIO(trap_odt)) as zf:
        original = b"".join(zf.read(n) for n in zf.namelist()).decode("utf-8", "replace")
    assert all(s in original for s in (SECRET_COMMENT, DELETED, AUTHOR))
    rel = build_release_odt(trap_odt, values)
    with zipfile.ZipFile(io.BytesIO(rel.data)) as zf:
        xml = "\n".join(zf.read(n).decode("utf-8", "replace") for n in zf.namelist())
        assert zf.namelist()[0] == "mimetype"
    for s in (NAME, "Castagnier", EMAIL, SECRET_COMMENT, DELETED, AUTHOR):
        assert s not in xml, s
    paras = _paragraphs(rel.data)
    assert "Le dossier de [PERSONNE_1] est complet." in paras
    assert f"Contact : {values[EMAIL]}." in paras
    assert "<text:span" in xml  # the formatting span is still there


def test_real_odt_keeps_its_paragraphs() -> None:
    data = (REALDOCS / "VilleMTP_MTP_DonneesDRPMPS_2012.odt").read_bytes()
    rel = build_release_odt(data, {"Maison": "[LIEU_1]"})
    assert len(_paragraphs(rel.data)) == len(_paragraphs(data))
    names = zipfile.ZipFile(io.BytesIO(rel.data)).namelist()
    assert not [n for n in names if n.startswith(("Thumbnails", "Pictures")) or n == "settings.xml"]
    assert b"DufourO" not in b"".join(zipfile.ZipFile(io.BytesIO(rel.data)).read(n) for n in names)


def test_values_across_spans_spaces_and_tabs_in_headers_and_text_boxes_are_gone() -> None:
    from odf import draw, style, text
    from odf.opendocument import OpenDocumentText

    doc = OpenDocumentText()
    layout = style.PageLayout(name="pl")
    doc.automaticstyles.addElement(layout)
    master = style.MasterPage(name="Standard", pagelayoutname=layout)
    header = style.Header()
    header.addElement(text.P(text="Affaire suivie par Jean Dupont"))
    master.addElement(header)
    doc.masterstyles.addElement(master)
    p = text.P(text="Agent : Je")
    p.addElement(text.Span(text="an"))
    p.addElement(text.S(c=3))
    p.addText("DUP")
    p.addElement(text.Span(text="ONT, instructeur."))
    doc.text.addElement(p)
    tab = text.P(text="Jean")
    tab.addElement(text.Tab())
    tab.addText("Dupont")
    doc.text.addElement(tab)
    link = text.P(text="Voir ")
    link.addElement(text.A(href="mailto:jean.dupont@example.fr", text="le courriel"))
    doc.text.addElement(link)
    frame_p = text.P(text="Encadré : ")
    frame = draw.Frame(width="5cm", height="2cm", anchortype="as-char")
    box = draw.TextBox()
    box.addElement(text.P(text="Note de Jean Dupont"))
    frame.addElement(box)
    frame_p.addElement(frame)
    frame_p.addText(" fin.")
    doc.text.addElement(frame_p)
    for i in range(200):
        doc.text.addElement(text.P(text=f"Ligne {i}." + (" Signé Jean  Dupont." if i == 150 else "")))
    buf = io.BytesIO()
    doc.save(buf)
    rel = build_release_odt(buf.getvalue(), {"Jean Dupont": "[PERSONNE_1]"})
    with zipfile.ZipFile(io.BytesIO(rel.data)) as zf:
        xml = "\n".join(zf.read(n).decode("utf-8", "replace") for n in zf.namelist())
    assert "Dupont" not in xml and "DUP" not in xml and "dupont" not in xml
    paras = _paragraphs(rel.data)
    assert "Agent : [PERSONNE_1]   , instructeur." in paras  # the spaces element (text:s) stays
    assert "[PERSONNE_1]\t" in paras  # the tab stays
    assert "Affaire suivie par [PERSONNE_1]" in paras  # the header, in styles.xml
    assert "Encadré :  fin." in paras and rel.removed.get("drawings")
    assert "Ligne 150. Signé [PERSONNE_1]." in paras
    assert rel.replaced == 4
