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
