"""Shapes of the dev4 round (issue 20): foreign plates after their vehicle and nationality, birth
dates after foreign labels or with spaced pairs, a month and a year of birth, rooms of a residence,
a phone whose leading zero is typed as the letter O. Each both ways."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("fourgon immatriculé en Belgique 1-KLM-234, propriétaire M. X", "1-KLM-234"),
    ("voiture suisse GE 123456 de M. Rochat", "GE 123456"),
    ("camping-car allemand M-XY 4821, propriétaire", "M-XY 4821"),
    ("voiture espagnole 4821 KBZ de Mme Ortega", "4821 KBZ"),
    ("le véhicule de son conjoint, immatriculé au Luxembourg (LK 4521).", "LK 4521"),
    ("une moto italienne : AB 12345, garée devant", "AB 12345"),
    ("camion polonais WX 12345 sur le parking", "WX 12345"),
])
def test_foreign_plates_after_vehicle_and_nationality(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "FR_LICENSE_PLATE") == [value]


@pytest.mark.parametrize("text", [
    "une voiture allemande BMW X5 garée devant",    # a model, not a plate
    "le car suisse du club partira à 8 h",
    "immatriculé en Belgique depuis 2019",
    "entreprise immatriculée au Luxembourg sous le numéro B 123",  # no plate: too few digits
    "un camion belge de 12 tonnes",
])
def test_no_foreign_plate_without_its_shape(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "FR_LICENSE_PLATE") == []


@pytest.mark.parametrize(("text", "value"), [
    ("Je soussigné M. X, né le 02 09 1988 à Ajaccio", "02 09 1988"),
    ("Mme Y, DOB 1999-12-31, chambre", "1999-12-31"),
    ("MÜLLER Jonas — Geburtsdatum 21.05.2012 — licence", "21.05.2012"),
    ("date of birth: 04/07/2002", "04/07/2002"),
    ("nata il 14/02/1979 a Torino", "14/02/1979"),
    ("M. Albert Fabre, né en mars 1938, hameau", "mars 1938"),
    ("née en sept. 1952 à Murat", "sept. 1952"),
])
def test_birth_dates_more_shapes(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "DATE_OF_BIRTH") == [value]


@pytest.mark.parametrize("text", [
    "Séance du 02 09 2026 à 18 h.",            # spaced pairs without a birth cue
    "né le 32 09 1988",                        # no such day
    "né le 12 13 1988",                        # no such month
    "born to run, 1975 tour",
    "réunion de mars 1938 aux archives",       # a month and a year without "né en"
])
def test_no_birth_date_without_its_cue(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(("text", "value"), [
    ("Mlle Aiko Tanaka, chambre B 214, +81 90 1234 5678", "chambre B 214"),
    ("résidence Colette, chambre 1107", "chambre 1107"),
    ("studio A12 de la résidence", "studio A12"),
])
def test_rooms_of_a_residence(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "FR_ADDRESS")


@pytest.mark.parametrize("text", [
    "l'affaire est renvoyée devant la chambre 2 du tribunal",
    "la chambre d'agriculture de la Loire",
    "arrêt de la 3e chambre civile",
    "une chambre de 12 m²",
])
def test_no_room_in_ordinary_use(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "FR_ADDRESS") == []


@pytest.mark.parametrize(("text", "value"), [
    ("Mas de la Vitarelle — O4 67 44 21 93", "O4 67 44 21 93"),
    ("tél. O6.12.34.56.78", "O6.12.34.56.78"),
    ("tél. zéro six, quarante-deux, dix-huit, cinquante-sept, trente.",
     "zéro six, quarante-deux, dix-huit, cinquante-sept, trente"),
    ("appelez le zéro un, vingt et un, soixante-dix, zéro deux, quatre-vingt-dix-neuf",
     "zéro un, vingt et un, soixante-dix, zéro deux, quatre-vingt-dix-neuf"),
])
def test_a_phone_whose_zero_is_a_letter_o(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "PHONE_NUMBER") == [value]


@pytest.mark.parametrize("text", [
    "Classe O4 12", "réf. O4-67-44", "OA 12 34 56 78",
    "zéro six, quarante-deux",                               # two groups only
    "un score de zéro à six, puis de trois à quatre",
])
def test_no_letter_o_phone_without_four_pairs(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(("text", "value"), [
    ("née le 3.III.1985 à Brest", "3.III.1985"),
    ("née le mardi 3 mars 1985", "3 mars 1985"),
    ("date naiss. : 03/03/1985", "03/03/1985"),
    ("Naissance le 03/03/1985", "03/03/1985"),
    ("D.D.N. 03/03/1985", "03/03/1985"),
    ("né à Lyon, le 3 mars 1985", "3 mars 1985"),
    ("né au Havre le 3 mars 1985", "3 mars 1985"),
    ("née Martin le 3 mars 1985", "3 mars 1985"),
    ("né le 03-mars-1985", "03-mars-1985"),
    ("née le 3 Mars 85", "3 Mars 85"),
    ("né le 3 mars, 1985", "3 mars, 1985"),
])
def test_birth_dates_round_two(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "DATE_OF_BIRTH") == [value]


@pytest.mark.parametrize("text", [
    "Réunion le mardi 3 mars 1985 en mairie.",
    "La naissance du projet remonte au 3 mars 1985.",
    "arrêté du 3.III.1985",
    "le marché Martin le 3 mars 1985",
    "le 3 mars 85 personnes sont venues",
])
def test_no_birth_date_round_two(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(("text", "value"), [
    ("véhicule AB 123CD", "AB 123CD"),
    ("véhicule AB123 CD", "AB123 CD"),
    ("la Clio 2345 TX 44 du voisin", "2345 TX 44"),
    ("immatriculation provisoire WW 123 AB", "WW 123 AB"),
])
def test_plates_round_two(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "FR_LICENSE_PLATE") == [value]


@pytest.mark.parametrize("text", [
    "page 12 AB 34",
    "En 2008, 12 AB 34 du registre",
    "la salle B 123 CD-ROM",
])
def test_no_plate_round_two(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "FR_LICENSE_PLATE") == []


@pytest.mark.parametrize(("text", "value"), [
    ("Tél.06.12.34.56.78", "06.12.34.56.78"),
    ("port.07 58 41 22 90", "07 58 41 22 90"),
])
def test_phone_glued_to_its_abbreviation(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, "PHONE_NUMBER"))  # the label may go with it


@pytest.mark.parametrize("text", ["version 1.06 12 34 56 78", "montant 3.01 23 45 67 89"])
def test_no_phone_after_a_decimal(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(("text", "value"), [
    ("Trousseau de clés avec badge n° 4471 au nom de", "4471"),
    ("adhérente sous le n° 1187 depuis 2019", "1187"),
    ("carte de lecteur numéro 45871", "45871"),
    ("concession n° 0412 au nom de son père", "0412"),
])
def test_a_short_number_of_a_held_thing(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "PERSONAL_REFERENCE") == [value]


@pytest.mark.parametrize("text", [
    "délibération n° 1187 du conseil",
    "lot n° 4471 du lotissement",
    "carte n° 2026 de la saison",           # a year
    "article n° 12345 du code",
    "dossier de 4471 pages",                # no numbering word
    "la carte compte 4471 adhérents",
])
def test_no_short_number_without_its_held_thing(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "PERSONAL_REFERENCE") == []
