"""An address block over a form's rows (dev7 uw06: "Responsable<TAB>Mme …", then "Date et lieu de
naissance<TAB>…", "Adresse<TAB>…" above the postcode line) takes no label: a row under another
label than an address's ends the block, an address's row gives its value cell only (a finding
across a cell cannot be found again in the DOCX copy, whose cells are apart)."""

from __future__ import annotations

from aiguillage.detect.engine import address_block_lines
from aiguillage.records import Finding


def _block(text: str, name: str) -> list[str]:
    s = text.index(name)
    found = address_block_lines(text, [Finding("PERSON", s, s + len(name), 0.9, "x")])
    return [text[f.start:f.end] for f in found]


def test_a_birth_row_ends_the_block() -> None:
    text = ("Nom\tM. Loïc Barbier\n"
            "Né le\t4 avril 1977 à Morlaix\n"
            "Domicile\tKervennec, 12 hent Coz\n"
            "29600 Plourin-lès-Morlaix\n")
    found = _block(text, "Loïc Barbier")
    assert not any("Né le" in f or "Domicile" in f or "Morlaix\n" in f for f in found)


def test_an_address_row_gives_its_value_cell() -> None:
    text = ("Titulaire\tMme Aline Roudaut\n"
            "Adresse\tTy Nevez\n"
            "29410 Pleyber-Christ\n")
    assert _block(text, "Aline Roudaut") == ["Ty Nevez"]


def test_a_block_without_cells_is_unchanged() -> None:
    text = "Monsieur Goulven Kerhervé\nTy Coz\nroute de Pouldavid\n29100 Douarnenez\n"
    assert _block(text, "Goulven Kerhervé") == ["route de Pouldavid", "Ty Coz"]
