"""DOCX release copy: text replaced run by run, layout and formatting kept, nothing hidden left."""

from __future__ import annotations

import io
import zipfile

import docx
from aiguillage.anonymize.release_docx import build_release_docx
from aiguillage.verify import verify_release
from anon_traps import AUTHOR, DELETED, EMAIL, HIDDEN, NAME, PHONE, REALDOCS, SECRET_COMMENT

SECRETS = (NAME, "Castagnier", "CASTAGNIER", EMAIL, PHONE, SECRET_COMMENT, DELETED, HIDDEN, AUTHOR, "Dupré")


def _all_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return "\n".join(n + "\n" + zf.read(n).decode("utf-8", "replace") for n in zf.namelist())


def test_no_secret_survives_anywhere_in_the_package(trap_docx: bytes, values: dict[str, str]) -> None:
    original = _all_xml(trap_docx)
    assert all(s in original for s in (SECRET_COMMENT, DELETED, HIDDEN, AUTHOR, EMAIL))
    rel = build_release_docx(trap_docx, values)
    xml = _all_xml(rel.data)
    for s in SECRETS:
        assert s not in xml, s
    for tag in ("<w:ins ", "<w:del ", "<w:vanish", "<w:comment", "<w:hyperlink", "w:rsid", "w:author="):
        assert tag not in xml, tag
    names = zipfile.ZipFile(io.BytesIO(rel.data)).namelist()
    assert not [n for n in names if "comment" in n or "people" in n or n == "docProps/app.xml"]
    assert all(rel.removed.get(k) for k in ("comments", "tracked_changes", "hidden_runs"))


def test_layout_and_formatting_are_kept(trap_docx: bytes, values: dict[str, str]) -> None:
    before = docx.Document(io.BytesIO(trap_docx))
    after = docx.Document(io.BytesIO(build_release_docx(trap_docx, values).data))
    assert len(after.paragraphs) == len(before.paragraphs)
    assert [len(t.rows) for t in after.tables] == [len(t.rows) for t in before.tables]
    assert [len(t.columns) for t in after.tables] == [len(t.columns) for t in before.tables]
    p = after.paragraphs[1]
    assert p.text == "Le dossier de [PERSONNE_1] est complet."
    label_run = next(r for r in p.runs if "[PERSONNE_1]" in r.text)
    assert label_run.bold  # the replacement takes the formatting of the run where the value began
    assert after.paragraphs[2].text == "Contact : [COURRIEL_1] ou [TELEPHONE_1]."
    assert after.paragraphs[3].text == "Instruit par l'agent du guichet"  # insertion accepted, deletion gone
    assert after.paragraphs[4].text == "Visible. "
    assert after.tables[0].cell(1, 0).text == "[PERSONNE_1]"
    assert after.tables[0].cell(2, 1).text == "[TELEPHONE_2]"
    assert after.sections[0].header.paragraphs[0].text == "Affaire suivie par [PERSONNE_1]"
    assert after.sections[0].footer.paragraphs[0].text == "Page 1"


def test_metadata_is_emptied(trap_docx: bytes, values: dict[str, str]) -> None:
    cp = docx.Document(io.BytesIO(build_release_docx(trap_docx, values).data)).core_properties
    assert not any((cp.author, cp.title, cp.comments, cp.last_modified_by, cp.subject, cp.keywords))
    assert cp.created is None and cp.modified is None


def test_real_docx_keeps_its_layout(values: dict[str, str]) -> None:
    for name in ("certificat_de_travail.docx", "VilleMTP_MTP_FrequentationServices_Etat_Civil.docx"):
        data = (REALDOCS / name).read_bytes()
        before = docx.Document(io.BytesIO(data))
        release = build_release_docx(data, {"salarié": "[X]"}).data
        after = docx.Document(io.BytesIO(release))
        check = verify_release(release, "docx", lambda _t: [], frozenset({"PERSON"}), 0.5, ["salarié"])
        assert check.passed, (name, check.problems)  # nothing hidden, no comment, no media left
        assert len(after.paragraphs) == len(before.paragraphs)
        assert [(len(t.rows), len(t.columns)) for t in after.tables] == [
            (len(t.rows), len(t.columns)) for t in before.tables]


def _docx_bytes(d: object) -> bytes:
    buf = io.BytesIO()
    d.save(buf)  # type: ignore[attr-defined]
    return buf.getvalue()


def test_a_value_split_by_a_tab_or_hidden_in_a_text_box_or_an_attribute_is_gone() -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    d = docx.Document()
    d.add_paragraph("Début.")
    p = d.add_paragraph("Agent : ")
    p.add_run("Jean").add_tab()
    p.add_run("Dupont")
    p.add_run(", instructeur.")
    box = d.add_paragraph("Voir l'encadré. ")
    box._p.append(parse_xml(  # a VML text box, as older Word writes them
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox>'
        "<w:txbxContent><w:p><w:r><w:t>Encadré de Jean Dupont</w:t></w:r></w:p></w:txbxContent>"
        "</v:textbox></v:shape></w:pict></w:r>"))
    tagged = d.add_paragraph()
    tagged._p.append(parse_xml(  # a content control whose tag and alias name the person
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Jean Dupont"/><w:tag w:val="Jean Dupont"/></w:sdtPr>'
        "<w:sdtContent><w:r><w:t>Contenu</w:t></w:r></w:sdtContent></w:sdt>"))
    tagged._p.set(qn("w:rsidR"), "00AB12CD")
    tagged._p.set(qn("w:rsidSomethingNew"), "00AB12CE")  # not in the standard: still a revision id
    many = [d.add_paragraph(f"Ligne {i} sans valeur.") for i in range(300)]
    many[250].add_run(" Signé : JEAN DUPONT.")
    data = _docx_bytes(d)
    rel = build_release_docx(data, {"Jean Dupont": "[PERSONNE_1]"})
    xml = _all_xml(rel.data)
    assert "Dupont" not in xml and "DUPONT" not in xml and "rsid" not in xml
    after = docx.Document(io.BytesIO(rel.data))
    texts = [q.text for q in after.paragraphs]
    assert "Agent : [PERSONNE_1]\t, instructeur." in texts  # the tab stays, the value goes
    assert "Ligne 250 sans valeur. Signé : [PERSONNE_1]." in texts
    assert "Contenu" in texts and rel.removed.get("drawings")
    assert rel.replaced == 2
    check = verify_release(rel.data, "docx", lambda _t: [], frozenset({"PERSON"}), 0.5, ["Jean Dupont"])
    assert check.passed, (check.problems, check.residual)


def test_style_parts_shared_by_documents_are_cleaned_for_each() -> None:
    from docx.oxml.ns import qn

    def letter(name: str) -> bytes:
        d = docx.Document()
        style = d.styles["Normal"].element
        style.set(qn("w:rsidR"), "00112233")  # the same styles part in both documents
        d.styles["Heading 1"].font.hidden = True  # a style that hides text: shown in a release copy
        d.add_heading(f"Dossier {name}", level=1)
        return _docx_bytes(d)

    first = build_release_docx(letter("Jean Dupont"), {"Jean Dupont": "[PERSONNE_1]"})
    second = build_release_docx(letter("Marie Curie"), {"Marie Curie": "[PERSONNE_1]"})
    again = build_release_docx(letter("Jean Dupont"), {"Jean Dupont": "[PERSONNE_1]"})
    assert again.data == first.data  # deterministic
    for rel in (first, second):
        xml = _all_xml(rel.data)
        assert "rsid" not in xml and "<w:vanish" not in xml
        assert "Dupont" not in xml and "Curie" not in xml
        assert docx.Document(io.BytesIO(rel.data)).paragraphs[0].text == "Dossier [PERSONNE_1]"
    with zipfile.ZipFile(io.BytesIO(first.data)) as a, zipfile.ZipFile(io.BytesIO(second.data)) as b:
        assert a.read("word/styles.xml") == b.read("word/styles.xml")
