"""An address field whose value goes on with the way to the home (FrFormFieldRecognizer)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "tail"), [
    ("Domicile : Mas d'en Bosc, 66820 Fuilla — on y monte par le chemin de terre qui part de la croix, "
     "juste après le gué du ruisseau\nTél. : néant", "juste après le gué du ruisseau"),
    ("Adresse : Le Moulin Bas, 19320 Marcillac — prendre la petite route à gauche après le lavoir, "
     "c'est la dernière maison avant la rivière\n", "la dernière maison avant la rivière"),
    ("Adresse du demandeur : lieu-dit La Borie, 46100 Faycelles, la ferme aux volets verts tout en haut "
     "de la côte, derrière le château d'eau\n", "derrière le château d'eau"),
])
def test_directions_are_part_of_the_address(find, text, tail) -> None:  # type: ignore[no-untyped-def]
    assert any(tail in v for v in find(text, "FR_ADDRESS"))


def test_a_paragraph_after_a_label_is_still_no_value(find) -> None:  # type: ignore[no-untyped-def]
    text = ("Adresse : la commune rappelle que les dossiers sont instruits dans l'ordre d'arrivée et que "
            "les pièces manquantes retardent l'instruction ; les demandes incomplètes seront retournées "
            "aux demandeurs sans examen, conformément au règlement voté par le conseil.\n")
    assert not any("conformément au règlement" in v for v in find(text, "FR_ADDRESS"))
