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
