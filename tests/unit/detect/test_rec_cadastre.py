"""FrCadastreRecognizer: section + number after a cadastral word, in every usual writing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("Le mur sépare votre jardin de la parcelle cadastrée section BC n° 57.", "BC n° 57"),
    ("terrain cadastré AD 1093, propriété de M. Roux", "AD 1093"),
    ("Références cadastrales : section 0A numéro 12", "0A numéro 12"),
    ("le hangar (parcelle XY 8) sera démoli", "XY 8"),
    ("au cadastre sous les références E 211, E 212 et E 230", "E 211, E 212 et E 230"),
    ("Section 105 AC n° 0042, lieu-dit les Prés", "105 AC n° 0042"),
    ("les parcelles H 17 à 19 restent à borner", "H 17 à 19"),
    ("cadastrées sections ZB nos 3 et 4", "ZB nos 3 et 4"),
    ("elle longe la parcelle 4471 au nord", "4471"),
    ("Parcelle : K 312", "K 312"),
])
def test_references(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in found for found in find(text, "CADASTRE"))  # possibly merged with a wider span


@pytest.mark.parametrize("text", [
    "La parcelle de 850 m² est vendue au prix de 30 000 €.",
    "une parcelle 1200 m2 environ",
    "Chapitre III, section 2 du règlement intérieur",
    "la section B du club de football",
    "Le conseil municipal, section de fonctionnement, article 12",
    "parcelles boisées et prairies",
])
def test_not_references(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "CADASTRE") == []
