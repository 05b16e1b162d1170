"""FrFormFieldRecognizer: a labelled value is personal data whatever its case or shape."""

from __future__ import annotations

import pytest
from aiguillage.detect.recognizers.form_fields import field_values


def values(text: str) -> list[tuple[str, str]]:
    return [(entity, text[s:e]) for s, e, entity in field_values(text)]


@pytest.mark.parametrize("text,entity,value", [
    ("Nom : RAKOTOMALALA", "PERSON", "RAKOTOMALALA"),
    ("NOM : dupont", "PERSON", "dupont"),
    ("Prénom(s) : jean-marc", "PERSON", "jean-marc"),
    ("Prénoms : Łukasz", "PERSON", "Łukasz"),
    ("Nom de naissance : CASANOVA-SANTONI", "PERSON", "CASANOVA-SANTONI"),
    ("Nom d’usage : nguyen thi thu", "PERSON", "nguyen thi thu"),
    ("Titulaire du compte : M. Jean Dupont", "PERSON", "M. Jean Dupont"),
    ("Né le : 14/02/2001", "DATE_OF_BIRTH", "14/02/2001"),
    ("Née le : 3 novembre 1979", "DATE_OF_BIRTH", "3 novembre 1979"),
    ("Date de naissance : 3 nov. 79", "DATE_OF_BIRTH", "3 nov. 79"),
    ("Âge : 50 ans", "DATE_OF_BIRTH", "50 ans"),
    ("Lieu de naissance : Bamako (Mali)", "LOCATION", "Bamako (Mali)"),
    ("Né(e) à : Ajaccio", "LOCATION", "Ajaccio"),
    ("Adresse : 14 chem. des Vignes", "FR_ADDRESS", "14 chem. des Vignes"),
    ("Domicile : La Grange du Pré", "FR_ADDRESS", "La Grange du Pré"),
    ("Téléphone : +41 22 555 12 34", "PHONE_NUMBER", "+41 22 555 12 34"),
    ("Tél. : 06 12 34 56 78", "PHONE_NUMBER", "06 12 34 56 78"),
    ("Courriel : prenom.nom arobase gmail point com", "EMAIL_ADDRESS", "prenom.nom arobase gmail point com"),
    ("E-mail : jean (at) exemple (dot) com", "EMAIL_ADDRESS", "jean (at) exemple (dot) com"),
    ("N° allocataire : 1234567", "FR_CAF_NUMBER", "1234567"),
    ("Immatriculation : EF789LM", "FR_LICENSE_PLATE", "EF789LM"),
    ("Code guichet : 00012", "IBAN_CODE", "00012"),
    ("Clé RIB : 45", "IBAN_CODE", "45"),
])
def test_a_labelled_value_whatever_its_shape(text: str, entity: str, value: str) -> None:
    assert values(text) == [(entity, value)]


def test_several_fields_on_one_line() -> None:
    text = "Code banque : 30004 Code guichet : 00012 Numéro de compte : 12345678901 Clé RIB : 45"
    assert [v for _, v in values(text)] == ["30004", "00012", "12345678901", "45"]
    assert values("NIR : 1 84 12 75 108 123 clé : 19") == [("FR_NIR", "19")]
    assert values("Nom : dupont    Prénom : jean") == [("PERSON", "dupont"), ("PERSON", "jean")]


def test_table_cells_key_value_and_columns() -> None:
    text = ("Nom\tDUPONT\nPrénom\tjean\n\nDate de naissance\tLieu de naissance\tTéléphone\n"
            "01/02/1990\tLyon\t04 67 00 00 00\n")
    assert values(text) == [("PERSON", "DUPONT"), ("PERSON", "jean"), ("DATE_OF_BIRTH", "01/02/1990"),
                            ("LOCATION", "Lyon"), ("PHONE_NUMBER", "04 67 00 00 00")]


@pytest.mark.parametrize("text", [
    "Nom : ____________",                      # a blank form
    "Adresse : néant",
    "Titulaire : SARL Les Pins",               # a company
    "Objet : subvention au titre de 2014",
    "Pour : 55",
    "Présents : M. le Maire",
    "Nom\tPrénom\tAdresse",                    # a header row is no value
])
def test_no_value(text: str) -> None:
    assert values(text) == []


def test_the_detector_uses_it(find) -> None:  # type: ignore[no-untyped-def]
    assert find("Formulaire\nNom : rakotomalala\nPrénom : hery\n", "PERSON") == ["rakotomalala", "hery"]


def test_a_header_row_gives_its_columns_not_its_neighbour_cells() -> None:
    text = "Agent\tVéhicule\tPlaque\tContrat\nKerbrat\tClio\tAB-123-CD\tB-0412\n"
    assert values(text) == [("FR_LICENSE_PLATE", "AB-123-CD")]
