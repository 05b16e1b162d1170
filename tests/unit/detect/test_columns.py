"""Columns of tables and lists of records (aiguillage.detect.columns): a column's kind, said by its
header or shared by most of its cells, reaches the cell no recognizer found."""

from __future__ import annotations

import pytest
from aiguillage.detect.columns import SPACES, blocks, header_kind

_DASH_LIST = ("Chantal et Bruno Mahé — Les Écuries du Plessis, 53200 Bazouges — 02 43 07 11 22\n"
              "Mme Danièle Froger — La Métairie Neuve — 2 chambres\n"
              "M. Tristan de Quatrebarbes — Château de la Motte-Husson — gîte de groupe\n"
              "Gaby et Mimi Trouillard — Le Bas Coudray, après le pont — 06 11 22 33 44\n")
_PIPES = ("| Parcelle | Jardinier              | Adresse                  | Téléphone      |\n"
          "|----------|------------------------|--------------------------|----------------|\n"
          "| P1       | Fernandes Maria        | 2 rue de la Pilotière    | 06 71 23 45 09 |\n"
          "| P2       | Diabaté Seydou         | Tour Bretagne, 11e étage | 07 88 12 34 57 |\n"
          "|          |                        | porte 6                  |                |\n")
_SPACED = ("Élève                   Date de naissance      Carte de transport\n"
           "MORVAN Élouan           12/03/2013             CT-22-014-00871\n"
           "EL KHATTABI Inès        9.7.2012               CT-22-014-00872\n"
           "LE CORRE Maël           dix-neuf avril 2014    CT-22-014-00873\n")
_RESULTS = ("Pl.  Dossard  Nom Prénom            Cat.  Année  Temps\n"
            "1    312      KIPROTICH Daniel      SEM   1996   30:41\n"
            "2    87       BENHAMOU Yanis        SEM   1999   31:12\n"
            "3    45       OKAFOR Chiamaka       SEF   2001   33:05\n")


@pytest.mark.parametrize(("text", "etype", "value"), [
    (_DASH_LIST, "PERSON", "Gaby et Mimi Trouillard"),
    (_DASH_LIST, "FR_ADDRESS", "Le Bas Coudray, après le pont"),
    (_PIPES, "PERSON", "Diabaté Seydou"),
    (_PIPES, "FR_ADDRESS", "porte 6"),
    (_SPACED, "DATE_OF_BIRTH", "9.7.2012"),
    (_SPACED, "DATE_OF_BIRTH", "dix-neuf avril 2014"),
    (_RESULTS, "DATE_OF_BIRTH", "1999"),
])
def test_a_column_gives_its_kind(find, text, etype, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, etype))


@pytest.mark.parametrize(("text", "etype", "kept"), [
    # a year column in a table of no persons
    ("Année    Montant      Objet\n2024     12 000 €     voirie\n2025     15 000 €     écoles\n"
     "2026     9 000 €      parcs\n", "DATE_OF_BIRTH", "2025"),
    # the header row is never typed; a column of numbers gives no name to its words
    (_PIPES, "PERSON", "Jardinier"),
    (_DASH_LIST, "PERSON", "2 chambres"),
    # a list whose first cells are ordinary labels, one of them a name: no majority
    ("Voirie — M. Paul Roux — 12 000 €\nÉcoles — crédits — 15 000 €\nParcs — crédits — 9 000 €\n",
     "PERSON", "crédits"),
])
def test_no_kind_without_a_header_or_a_majority(find, text, etype, kept) -> None:  # type: ignore[no-untyped-def]
    assert not any(kept in v for v in find(text, etype))


def test_blocks_and_alignment() -> None:
    found = blocks(_SPACED + "\nUne phrase ordinaire, sans colonnes.\n")
    assert len(found) == 1 and found[0][0].layout == SPACES and len(found[0]) == 4


@pytest.mark.parametrize(("cell", "kind"), [
    ("Date de naissance", "DATE_OF_BIRTH"), ("Adresse", "FR_ADDRESS"), ("Élève", "PERSON"),
    ("Responsable légal", "PERSON"), ("Nom Prénom", "PERSON"), ("Immatriculation", "FR_LICENSE_PLATE"),
    ("Montant", None), ("Objet", None), ("Temps", None),
])
def test_header_kinds(cell, kind) -> None:  # type: ignore[no-untyped-def]
    assert header_kind(cell) == kind


def test_the_model_s_names_never_make_a_column_s_kind() -> None:
    """A table of associations in capitals, most of which the model reads as persons: the odd
    cell stays (the rules found no person there)."""
    from aiguillage.detect.columns import typed_columns
    from aiguillage.records import Finding

    rows = ["1397\tMAISON DE QUARTIER\tF\t20 000 €", "309\tCEMEA OCCITANIE\tP\t3 000 €",
            "4623\tPLEIADES EMPLOI SERVICE\tP\t10 000 €", "406\tTSI GALEM\tP\t1 900 €"]
    text = "\n".join(rows) + "\n"
    found = []
    for row in rows[:3]:
        start = text.index(row.split("\t")[1])
        found.append(Finding("PERSON", start, start + len(row.split("\t")[1]), 0.85, "SpacyRecognizer"))
    assert typed_columns(text, found) == []


def test_header_cells_are_never_typed(find) -> None:  # type: ignore[no-untyped-def]
    """A header row the model reads something in ("Groupe", "Contact" as organisations) is still
    the header: its label cells stay."""
    text = ("Nom\tPrénom\tNé(e) le\tGroupe\tContact\n"
            "FONTAINE\tCapucine\t02/04/2016\tMini-tennis\tfontaine.famille@orange.fr\n"
            "KOWALSKI\tBartosz\t19/12/2013\tCompétition\t06 14 25 36 47\n"
            "EL AMRANI\tYasmine\t30/06/2014\tLoisir\t07 52 63 74 85\n")
    found = find(text, "PERSON")
    assert "Nom" not in found and "Prénom" not in found


_LICENCES = ("NOM           Prénom        Né le         Licence FFF     Responsable\n"
             "BARBIER       Noé           14/02/2014    2546781203      BARBIER Julien\n"
             "KONATÉ        Moussa        3 mai 2014    2546781344      Aminata Konaté\n"
             "DA SILVA      Enzo          2014-09-27    2546782001      Carla Da Silva\n")


@pytest.mark.parametrize("value", ["2546781203", "2546782001"])
def test_a_held_number_column_in_a_table_of_persons(find, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(_LICENCES, "PERSONAL_REFERENCE"))


def test_a_held_number_column_without_persons(find) -> None:  # type: ignore[no-untyped-def]
    text = ("Équipement      Contrat         Montant\nChaudière       2546781203      12 000 €\n"
            "Ascenseur       2546781344      8 000 €\nToiture         2546782001      30 000 €\n")
    assert find(text, "PERSONAL_REFERENCE") == []
