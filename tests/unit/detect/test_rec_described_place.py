"""Homes told by what they look like or where they stand, as values of a record
(FrDescribedPlaceRecognizer, engine.chained_places and owned_places)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("M. et Mme Marchand, pavillon 6, au bout de l'allée, demandent un abri.", "pavillon 6"),
    ("Mardi — Mehdi Chérifi — Berlingo FN-023-BA — départ le dernier lotissement avant le pont, maison n° 9",
     "le dernier lotissement avant le pont"),
    ("Marius Giraud — la bastide juste avant le pont — signé", "la bastide juste avant le pont"),
    ("Mlle Clémence d'Harcourt — 19 ans — passeport n° 18CK44571 — venue à pied (la maison à côté de "
     "l'église)", "la maison à côté de l'église"),
    ("la mercerie, et j'habite juste au-dessus, au 2e, la fenêtre avec le store jaune. Le stationnement",
     "la fenêtre avec le store jaune"),
    ("M. Sergio Amato-Bellini, demeurant 11, rue Conti, appartement sur cour, porte à droite de l'escalier, "
     "exploitant", "porte à droite de l'escalier"),
    ("M. Olivier Didierjean, 57, Grande Rue (entrée par la cour, derrière la boucherie), 88250",
     "entrée par la cour"),
])
def test_described_place(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "FR_ADDRESS")


@pytest.mark.parametrize("text", [
    "La maison de quartier ouvre samedi ; le n° 3 du bulletin paraît.",
    "Le portail de la mairie sera repeint ; la porte à droite de l'accueil reste ouverte.",
])
def test_no_record_no_place(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "FR_ADDRESS") == []


@pytest.mark.parametrize(("text", "value"), [
    ("Relevé fait par M. Alain Thébault (au fond de l'impasse, le portail bleu du 9 ter) et Mme Yasmine "
     "Kaci (n° 21, la maison d'angle avec la rue Jaurès).", "au fond de l'impasse"),
    ("Relevé fait par M. Alain Thébault (au fond de l'impasse, le portail bleu du 9 ter) et Mme Yasmine "
     "Kaci (n° 21, la maison d'angle avec la rue Jaurès).", "n° 21"),
    ("Oyelaran Adewale\tAstra\t4415 ZM 22\tchez M. Hervé Rault, 8 hent Sant-Yann\t+44 7911 123456",
     "8 hent Sant-Yann"),
])
def test_locative_and_numbers(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "FR_ADDRESS")


def test_locative_without_record_stays(find) -> None:  # type: ignore[no-untyped-def]
    assert find("La boulangerie en face de la mairie ouvre à 7 h.", "FR_ADDRESS") == []


def test_driver_column_names_persons(find) -> None:  # type: ignore[no-untyped-def]
    text = ("Conducteur\tVéhicule\tImmatriculation\tDépart\tTéléphone\n"
            "Morvan Sébastien\tZoé\tFZ-410-LM\tLe Vieux Bourg, Plédran\t06 42 71 08 19\n"
            "Oyelaran Adewale\tAstra\t4415 ZM 22\tchez M. Hervé Rault, 8 hent Sant-Yann\t+44 7911 123456\n")
    assert "Oyelaran Adewale" in find(text, "PERSON")


def test_long_description_after_a_name(find) -> None:  # type: ignore[no-untyped-def]
    text = ("Le propriétaire du premier véhicule, M. Damien Favre (la maison jaune à l'angle de la rue des "
            "Écoles et du chemin des Vignes), a été rencontré.")
    value = "la maison jaune à l'angle de la rue des Écoles et du chemin des Vignes"
    assert value in find(text, "FR_ADDRESS")


def test_fields_between_dashes_are_a_record(find) -> None:  # type: ignore[no-untyped-def]
    text = ("Kader Hamidi\nOlives — Domaine des Oliviers, lieu-dit Le Cros — "
            "kader(point)hamidi(chez)laposte(point)net\n"
            "Réunion — salle des fêtes — Domaine de la Source — 20 h\n")
    found = find(text, "FR_ADDRESS")
    assert "Domaine des Oliviers" in found and "Domaine de la Source" not in found
