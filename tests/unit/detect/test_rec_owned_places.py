"""Places a person speaks of as their home (engine.owned_places, FrSpokenPlaceRecognizer): a word
of residence or a possessive dwelling in the same clause raises a place that alone names no one."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("Mme Técher signale un dépôt sauvage au bout de l'impasse des Goyaviers, derrière sa case.",
     "impasse des Goyaviers"),
    ("Merci à M. Jean Grosjean, qui a prêté son terrain au lieu-dit La Bouscarasse.",
     "lieu-dit La Bouscarasse"),
    ("j'habite au-dessus de la boulangerie du 14, je vous signale le bruit.", "la boulangerie du 14"),
    ("Nous habitons au fond de la cour du 3 bis depuis vingt ans.", "la cour du 3 bis"),
    ("Le camion bloque le chemin des Vignes devant chez moi tous les matins.", "chemin des Vignes"),
])
def test_owned_place(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, "FR_ADDRESS"))  # possibly with where it stands


@pytest.mark.parametrize(("text", "kept"), [
    ("La réunion du 14 est reportée ; la boulangerie du 14 ferme en août.", "boulangerie du 14"),
    ("Mme Bernadette Quéré propose un sens unique sur la ruelle du Four.", "ruelle du Four"),
    # the cue in another sentence
    ("On a repeint sa maison. Les travaux de l'impasse des Goyaviers commencent lundi.",
     "impasse des Goyaviers"),
])
def test_no_cue_no_raise(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert not any(kept in v for v in find(text, "FR_ADDRESS"))


@pytest.mark.parametrize(("text", "value"), [
    ("Arrêt\tHoraire\tÉlève\nFerme de la Thibaudière\t8 h 01\tLéa Bouchard", "Ferme de la Thibaudière"),
    ("| Élève | Arrêt | Horaire |\n| Léa Bouchard | hameau des Granges | 7 h 45 |", "hameau des Granges"),
])
def test_place_in_a_person_row(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "FR_ADDRESS")


def test_place_in_a_row_without_person_stays(find) -> None:  # type: ignore[no-untyped-def]
    text = "Lieu\tHoraire\tActivité\nMaison de la Culture\t10 h\tatelier peinture"
    assert not any("Maison de la Culture" in v for v in find(text, "FR_ADDRESS"))


def test_place_echoed_in_an_address(find) -> None:  # type: ignore[no-untyped-def]
    text = ("l'habitation de M. Tugdual Abiven, au lieu-dit Kerveur Vihan, porte désormais l'adresse "
            "suivante :\n118 hent Kerveur Vihan, 29880 Plouguerneau.")
    assert "lieu-dit Kerveur Vihan" in find(text, "FR_ADDRESS")


def test_place_not_echoed_stays(find) -> None:  # type: ignore[no-untyped-def]
    text = "La fête a lieu au lieu-dit Kerveur Vihan.\n3 rue de la Gare, 29880 Plouguerneau."
    assert "lieu-dit Kerveur Vihan" not in find(text, "FR_ADDRESS")
