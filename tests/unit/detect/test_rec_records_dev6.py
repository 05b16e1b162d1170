"""Records seen in dev6: a named farm told as where a person comes from, a row made a person's by
their held number or age, an address block under "M. X, exploitant agricole", a house number told
back to the notice's street or with a floor."""

from __future__ import annotations

import pytest

_TRACTOR = ("Transport : tracteur de Gilbert (FH-382-TR), depuis la ferme des Genêts, "
            "chemin de la Croix-Blanche\n")


@pytest.mark.parametrize(("text", "place"), [
    # where the person comes from, after their plate or their held number
    (_TRACTOR, "ferme des Genêts"),
    (_TRACTOR, "chemin de la Croix-Blanche"),
    ("Baptiste Lavergne-Sol, 19 ans — permis 46-2025-00088 — à pied depuis la ferme de Pech-Merle-Haut\n",
     "ferme de Pech-Merle-Haut"),
    ("Mme Odile Brun — licence 2291 4471 — depuis le mas des Oliviers\n", "mas des Oliviers"),
    # a row made a person's by an age or a held number (fields between dashes)
    ("Lucas Perrin — 12 ans — lotissement Les Sorbiers — vélo\n", "lotissement Les Sorbiers"),
    # an address block whose first line gives the person's name and trade
    ("Attributaire\nM. Jean Dubois, exploitant agricole\nFerme du Grand Risoux\n1450 route du Noirmont\n"
     "39220 Les Rousses\n", "Ferme du Grand Risoux"),
    ("Mme Claire Vidal, éleveuse\nLa Borie Haute\nchemin des Crêtes\n12000 Rodez\n", "La Borie Haute"),
    # a house number told back to the street, or with its floor, in a person's list item
    ("- la famille Garnier (Paul et Léa Garnier), au 5 de la rue : nems — 06 12 34 56 78\n",
     "au 5 de la rue"),
    ("- Tom et Alex (rez-de-chaussée du 9) : sono — tom.alex@gmail.com\n", "rez-de-chaussée du 9"),
    ("- Mme Josiane Petit (2e étage du 14) : boissons — 06 12 34 56 78\n", "2e étage du 14"),
])
def test_places_of_a_record(find, text, place) -> None:  # type: ignore[no-untyped-def]
    assert any(place in v for v in find(text, "FR_ADDRESS")), find(text, "FR_ADDRESS")


@pytest.mark.parametrize(("text", "kept"), [
    # a farm or a street named by a notice, not as someone's
    ("La visite de la ferme des Genêts, chemin de la Croix-Blanche, est ouverte.", "ferme des Genêts"),
    ("Le car partira depuis la ferme des Genêts à 8 h.", "ferme des Genêts"),
    ("Réunion au 12 de la place, salle du conseil.", "au 12 de la place"),
    ("Les travaux du rez-de-chaussée du 9 au 14 mars.", "rez-de-chaussée du 9"),
    ("Permanence au 2e étage du 3 au 7 juin.", "étage du 3"),
    # a row of a programme, not a person's
    ("Visite — 14 h — ferme de la Tuilerie — gratuit\n", "ferme de la Tuilerie"),
    # a person's line and their address block: the line of an organisation stays as it was
    ("Direction des routes, service hivernal\nCentre technique\n1450 route du Noirmont\n39220 Les Rousses\n",
     "Centre technique"),
])
def test_places_not_of_a_record(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert not any(kept in v for v in find(text, "FR_ADDRESS")), find(text, "FR_ADDRESS")


@pytest.mark.parametrize(("text", "place"), [
    ("Jacqueline D., Mme Rouge et M. Vert (nos voisins inséparables du lotissement Les Sorbiers)",
     "lotissement Les Sorbiers"),
    ("Mme Odile Brun (habitante de la cité des Peupliers) a signé.", "cité des Peupliers"),
])
def test_a_place_in_a_bracketed_apposition(find, text, place) -> None:  # type: ignore[no-untyped-def]
    assert any(place in v for v in find(text, "FR_ADDRESS")), find(text, "FR_ADDRESS")


def test_a_place_in_brackets_after_no_person_stays(find) -> None:  # type: ignore[no-untyped-def]
    text = "La réunion (salle polyvalente du lotissement Les Sorbiers) est close."
    assert not find(text, "FR_ADDRESS"), find(text, "FR_ADDRESS")
