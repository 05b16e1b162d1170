"""Tables aligned with runs of spaces (dev8 m15, a register of exhibitors): a town never reads on
across a column's gap, nor does the model's reading of a place; an old plate alone between gaps
is a plate; "Immat." heads a column of plates."""

from __future__ import annotations

import pytest
from aiguillage.detect.engine import split_lines
from aiguillage.detect.recognizers.address import FrAddressRecognizer
from aiguillage.detect.recognizers.form_fields import FrFormFieldRecognizer
from aiguillage.detect.recognizers.license_plate import FrLicensePlateRecognizer
from aiguillage.records import Finding


def _found(rec: object, text: str, entity: str) -> list[str]:
    res = rec.analyze(text, entities=[entity], nlp_artifacts=None)  # type: ignore[attr-defined]
    return sorted(text[r.start:r.end] for r in res if r.score >= 0.5)


@pytest.mark.parametrize("row,address", [
    ("7   LEBLANC Odile        12 allée des Saules, 35000 Rennes          Passeport n° 18AB12345",
     "12 allée des Saules, 35000 Rennes"),
    ("2   TRAN Minh    Le Clos Fleuri, 29200 Brest    Carte de séjour n° 123",
     "Le Clos Fleuri, 29200 Brest"),
    ("9   ROCHE Yves   4 rue du Port, 22500 Paimpol-Plouézec      Permis B",
     "4 rue du Port, 22500 Paimpol-Plouézec"),
])
def test_a_town_stops_at_a_columns_gap(row: str, address: str) -> None:
    assert address in _found(FrAddressRecognizer(), row, "FR_ADDRESS")


@pytest.mark.parametrize("town", ["35000 Rennes Cedex 9", "44110 Saint-Aubin-des-Châteaux",
                                  "29480 Le Relecq - Kerhuon", "97400 Saint Denis"])
def test_towns_of_several_words_stay_whole(town: str) -> None:
    assert town in _found(FrAddressRecognizer(), f"Écrire à : {town}.", "FR_ADDRESS")


def test_a_model_reading_across_a_gap_is_split_at_the_gap() -> None:
    text = ("N°  Nom                 Domicile                     Pièce\n"
            "4   KOVAČ Ivana         Résidence Les Tilleuls       passeport n° 12")
    s = text.index("Ivana")
    f = Finding("LOCATION", s, text.index("Résidence") + len("Résidence"), 0.85, "SpacyRecognizer")
    assert [text[p.start:p.end] for p in split_lines(text, f)] == ["Ivana", "Résidence"]


def test_prose_with_double_spaces_is_not_cut() -> None:
    text = "Le bureau de Marie  Dupont est fermé."
    f = Finding("PERSON", text.index("Marie"), text.index(" est"), 0.85, "SpacyRecognizer")
    assert split_lines(text, f) == [f]


@pytest.mark.parametrize("row,plate", [
    ("3   GARNIER Luc      permis n° 123456789012        7421 KX 35", "7421 KX 35"),
    ("5   BOYER Anne       CNI n° 123456789012     312 ABC 29      —", "312 ABC 29"),
])
def test_an_old_plate_between_gaps(row: str, plate: str) -> None:
    assert plate in _found(FrLicensePlateRecognizer(), row, "FR_LICENSE_PLATE")


@pytest.mark.parametrize("header", ["Immat. véhicule", "Immatriculation du véhicule", "Immat."])
def test_immat_heads_a_column_of_plates(header: str) -> None:
    text = f"N°\tNom\t{header}\tObservations\n1\tDURAND Paul\tGT 418 PL (remorque)\tnéant\n"
    assert "GT 418 PL (remorque)" in _found(FrFormFieldRecognizer(), text, "FR_LICENSE_PLATE")
