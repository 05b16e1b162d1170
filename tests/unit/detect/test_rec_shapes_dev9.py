"""Shapes of State services' files meant for publication (issue 20, dev9): CSV exports, parcel
lists, held numbers named by their label, ages and birth years, names glued in handles and file
names, married names, foreign addresses. Each shape in several wordings, with traps that stay."""

from __future__ import annotations

import pytest

# --- rows of a CSV export (commas, quoted cells) ----------------------------------------------------

_CSV = ("id,horodatage,nom,prenom,email,date_naissance,age,adresse,code_postal,ville\n"
        "1,2026-09-01 08:12,PAYET,Jean-Hugues,jh.p@gmail.com,14/03/1996,30,\"12 chemin Bras-Canot, lot. "
        "Les Lataniers\",97436,Saint-Leu\n"
        "2,2026-09-01 09:40,chane-kane,lucie,l.ck@gmail.com,1999,,\"3 ter rue Sainte-Anne\",97400,Saint-Denis\n"
        "3,2026-09-02 20:05,GRONDIN,Marie-Lise,ml.g@orange.fr,22.08.1991,35,\"Cité Bellepierre, chambre 214"
        "\",97400,Saint-Denis\n")
_CSV_OTHER = ("matricule,Nom,Prénom,Année de naissance,Adresse\n"
              "A-11,Lebreton,Sandrine,1971,\"5 ter rue des Lilas, Bât. 2\"\n"
              "A-12,ouedraogo,issa,1988,\"Lieu-dit Kerhuel\"\n")


@pytest.mark.parametrize(("text", "entity", "value"), [
    (_CSV, "DATE_OF_BIRTH", "30"),
    (_CSV, "DATE_OF_BIRTH", "1999"),
    (_CSV, "DATE_OF_BIRTH", "35"),
    (_CSV, "DATE_OF_BIRTH", "22.08.1991"),
    (_CSV, "FR_ADDRESS", "12 chemin Bras-Canot, lot. Les Lataniers"),
    (_CSV, "FR_ADDRESS", "Cité Bellepierre, chambre 214"),
    (_CSV_OTHER, "DATE_OF_BIRTH", "1971"),
    (_CSV_OTHER, "FR_ADDRESS", "Lieu-dit Kerhuel"),
])
def test_a_cell_of_a_csv_export_under_its_header(find, text, entity, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, entity))


@pytest.mark.parametrize("text", [
    # prose with commas (each followed by a space) is no export
    "Étaient présents : Bernard, Chantal, Michel, Sylvie.\nL'âge moyen, 35, est stable.\n",
    # figures of a table of statistics, not of persons
    "annee,communes,habitants,age_moyen\n2024,12,35000,41\n2025,12,35200,42\n",
])
def test_commas_that_are_no_export_of_persons(find, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(v in ("35", "41", "42") for v in find(text, "DATE_OF_BIRTH"))


@pytest.mark.parametrize(("text", "value"), [
    ("n_carte;nom;prenom;date_naissance\n29AAP0412387;LE ROUX;Jean-Yves;1958-04-03\n"
     "29AAP0412402;LE ROUX;Maël;2014-07-22\n", "29AAP0412402"),
    ("num_adherent;nom;prenom\nCL-2026-0001;Martin;Léa\nCL-2026-0002;Durand;Hugo\n", "CL-2026-0002"),
])
def test_an_export_s_number_column_in_a_table_of_persons(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PERSONAL_REFERENCE")
