"""Shapes off the usual pattern (issue 20 §3): each written several ways, each found by the detector."""

from __future__ import annotations

import pytest


def nir(body: str) -> str:
    return f"{body}{97 - int(body) % 97:02d}"


N = nir("1841275108123")


@pytest.mark.parametrize("text,entity,expected", [
    # NIR with its key written apart
    (f"NIR {N[0]} {N[1:3]} {N[3:5]} {N[5:7]} {N[7:10]} {N[10:13]} clé : {N[13:]}", "FR_NIR",
     f"{N[0]} {N[1:3]} {N[3:5]} {N[5:7]} {N[7:10]} {N[10:13]} clé : {N[13:]}"),
    (f"n° de sécurité sociale {N[:13]} (clé {N[13:]})", "FR_NIR", f"{N[:13]} (clé {N[13:]})"),
    (f"immatriculé sous le {N[:13]}, clef {N[13:]}.", "FR_NIR", f"{N[:13]}, clef {N[13:]}"),
    # plates
    ("véhicule EF789LM stationné", "FR_LICENSE_PLATE", "EF789LM"),
    ("la voiture FG482HK", "FR_LICENSE_PLATE", "FG482HK"),
    ("plaque 1234 AB 2A", "FR_LICENSE_PLATE", "1234 AB 2A"),
    ("immatriculé 123 ABC 75", "FR_LICENSE_PLATE", "123 ABC 75"),
    ("AB-123-CD", "FR_LICENSE_PLATE", "AB-123-CD"),
    # international phones
    ("joignable au +32 2 555 12 34", "PHONE_NUMBER", "+32 2 555 12 34"),
    ("portable +41 79 123 45 67", "PHONE_NUMBER", "+41 79 123 45 67"),
    ("ou au 0044 20 7946 0958", "PHONE_NUMBER", "0044 20 7946 0958"),
    ("tél. +48 601 234 567", "PHONE_NUMBER", "+48 601 234 567"),
    # obfuscated e-mails
    ("écrire à prenom.nom arobase gmail point com svp", "EMAIL_ADDRESS",
     "prenom.nom arobase gmail point com"),
    ("contact : jean.dupont (at) exemple (dot) fr", "EMAIL_ADDRESS", "jean.dupont (at) exemple (dot) fr"),
    ("mail marie[at]orange[dot]fr", "EMAIL_ADDRESS", "marie[at]orange[dot]fr"),
    # dates in words, birth years, ages
    ("née le trois novembre mil neuf cent soixante-dix-neuf", "DATE_OF_BIRTH",
     "trois novembre mil neuf cent soixante-dix-neuf"),
    ("né le premier mai 1980 à Lyon", "DATE_OF_BIRTH", "premier mai 1980"),
    ("il est né en 1975 à Nantes", "DATE_OF_BIRTH", "1975"),
    ("un homme âgé de 50 ans", "DATE_OF_BIRTH", "50 ans"),
    ("une femme âgée de 7 ans", "DATE_OF_BIRTH", "7 ans"),
    ("née à Bamako (Mali) le 3 novembre 1979", "DATE_OF_BIRTH", "3 novembre 1979"),
    # birth places
    ("née à Bamako (Mali) le 3 novembre 1979", "LOCATION", "Bamako (Mali)"),
    ("né à Saint-Denis le 1er mai 1980", "LOCATION", "Saint-Denis"),
    ("Lieu de naissance Ajaccio", "LOCATION", "Ajaccio"),
    # addresses
    ("demeurant 12, r. de la République à Lyon", "FR_ADDRESS", "12, r. de la République"),
    ("domicilié 14 chem. des Vignes", "FR_ADDRESS", "14 chem. des Vignes"),
    ("Appartement 52, 9e étage, escalier D", "FR_ADDRESS", "Appartement 52, 9e étage, escalier D"),
    ("appt. 12, bât. B", "FR_ADDRESS", "appt. 12"),
    ("wohnhaft Hauptstraße 12 in Berlin", "FR_ADDRESS", "Hauptstraße 12"),
    ("ul. Marszałkowska 12", "FR_ADDRESS", "ul. Marszałkowska 12"),
    ("00-950 Warszawa", "FR_ADDRESS", "00-950 Warszawa"),
    ("Via Roma 5", "FR_ADDRESS", "Via Roma 5"),
    ("Mme X\n8, rue Vincent\n95605 Descamps\nJeanVille\n\nreprésentée par", "FR_ADDRESS", "JeanVille"),
    # names in any script, compound, initials after a civility
    ("M. Łukasz Wójcik est présent", "PERSON", "Łukasz Wójcik"),
    ("Mme CASANOVA-SANTONI a signé", "PERSON", "CASANOVA-SANTONI"),
    ("M. [PERSONNE_4] et Madame\nBENOLIARGHA-JAFFIOL (avec la procuration", "PERSON", "BENOLIARGHA-JAFFIOL"),
])
def test_shape_found(find, text: str, entity: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    found = find(text, entity)
    assert any(expected in f or (f in expected and len(f) >= len(expected) - 2) for f in found), found


@pytest.mark.parametrize("text,entity", [
    ("Taux d'imposition 2014 : 22,49 %", "FR_LICENSE_PLATE"),
    ("article L 2121 29 du code", "FR_LICENSE_PLATE"),
    ("le budget 2014 point com", "EMAIL_ADDRESS"),
    ("au point de vue du conseil", "EMAIL_ADDRESS"),
    ("subvention de 343 908 000 euros", "PHONE_NUMBER"),
    ("la séance du 22 mai 2014", "DATE_OF_BIRTH"),
])
def test_near_misses(find, text: str, entity: str) -> None:  # type: ignore[no-untyped-def]
    assert find(text, entity) == []


def test_a_wrapped_city_is_one_word_alone_under_a_postcode(find) -> None:  # type: ignore[no-untyped-def]
    found = find("34000 Montpellier, le 2 mai 2014\nObjet\nMadame,\nVu le code\n", "FR_ADDRESS")
    assert found == ["34000 Montpellier"]
