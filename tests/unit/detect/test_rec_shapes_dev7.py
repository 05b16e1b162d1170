"""Shapes seen in dev7: held numbers bought "en ligne" (online is no bus line), grouped by three
right after what a person holds (a contract, a herd, a ship's MMSI), plates after a register's
country-code field."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "code"), [
    ("ma carte de pêche (carte majeure, achetée en ligne le 2 mars, n° 2900-1845-7326) perdue",
     "2900-1845-7326"),
    ("J'ai payé les frais en ligne : référence PAY-97125-77310. Merci.", "PAY-97125-77310"),
    ("Assureur : MAAF, contrat 153 248 771 R 001, sinistre en cours", "153 248 771"),
    ("A07 | Sandrine Rialland | fromages de chèvre, cheptel 44 087 512 | stand 3", "44 087 512"),
    ("Bateau : voilier de 10 m, MMSI 211 457 380.", "211 457 380"),
])
def test_held_numbers(find, text, code) -> None:  # type: ignore[no-untyped-def]
    assert any(code in v for v in find(text, "PERSONAL_REFERENCE")), find(text, "PERSONAL_REFERENCE")


@pytest.mark.parametrize("text", [
    "La ligne 12 dessert la gare ; arrêt n° 304-2210-01 déplacé.",
    "Budget du contrat de ville : 1 234 567 euros.",
    "Le contrat couvre 2 500 000 habitants.",
    "Population : 12 345 678 habitants en 2024.",
])
def test_lines_and_amounts_stay(find, text) -> None:  # type: ignore[no-untyped-def]
    assert not find(text, "PERSONAL_REFERENCE"), find(text, "PERSONAL_REFERENCE")


@pytest.mark.parametrize(("text", "plate"), [
    ("28/07 emp. 12 MÜLLER Sabine + 2 enf. — D — FR-SM 218 + caravane — 5 nuits\n", "FR-SM 218"),
    ("28/07 emp. 14 De Smet Wouter — B — camping-car 1-VBN-447 — 3 nuits\n", "1-VBN-447"),
    ("30/07 emp. 09 Mr & Mrs Pritchard — GB — motorhome WA19 KXF — 6 nuits\n", "WA19 KXF"),
    ("31/07 emp. 26 Jiří Novák — CZ — 2AJ 6615 — 3 nuits\n", "2AJ 6615"),
    ("02/08 emp. 05 Sven Ekström — S — KWP 44B — 2 nuits\n", "KWP 44B"),
])
def test_plates_after_a_country_code(find, text, plate) -> None:  # type: ignore[no-untyped-def]
    assert plate in find(text, "FR_LICENSE_PLATE"), find(text, "FR_LICENSE_PLATE")


@pytest.mark.parametrize("text", [
    "31/07 emp. 18 Lebrun Alexis — F — tente — 1 nuit\n",
    "Salle B — A — 2 tables — 12 chaises\n",
    "Lot 3 — E — RDC 12 — libre\n",
    "Groupe — D — 12 ans — 4 inscrits\n",
])
def test_no_plate_in_other_rows(find, text) -> None:  # type: ignore[no-untyped-def]
    assert not find(text, "FR_LICENSE_PLATE"), find(text, "FR_LICENSE_PLATE")


@pytest.mark.parametrize("text", [
    # a subsidies table of a council (Montpellier): a column of type codes (P, F) before names
    "4612\tASSOCIATION DES PARCS ET JARDINS\tP\tSEVE 2014\t500 €\n1261\tCAFE\tF\tCAFE JUIN 2014\t2 000 €\n",
    "Tronçon — E — 20 KM DE la sortie — travaux\n",
    "Classement — F — GELY 2014 — 3e\n",
])
def test_no_plate_in_tables_of_codes(find, text) -> None:  # type: ignore[no-untyped-def]
    assert not find(text, "FR_LICENSE_PLATE"), find(text, "FR_LICENSE_PLATE")
