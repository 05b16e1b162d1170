"""FrInTheNameOfRecognizer: the holder a thing is in the name of."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "name"), [
    ("un ticket de pressing au nom de « DIAKITE A. »", "DIAKITE A."),
    ("Réservation au nom de Lefèvre J., 4 couverts.", "Lefèvre J."),
    ("Chèque de caution à l'ordre de BOUVIER Léon, non encaissé.", "BOUVIER Léon"),
    ("une carte au nom de \"A. Kowalczyk\" trouvée au gymnase", "A. Kowalczyk"),
    ("colis au nom d'OUEDRAOGO Awa, à retirer", "OUEDRAOGO Awa"),
])
def test_holders(find, text, name) -> None:  # type: ignore[no-untyped-def]
    assert any(name in v for v in find(text, "PERSON")), find(text, "PERSON")


@pytest.mark.parametrize(("text", "kept"), [
    ("Facture au nom de SNCF Réseau, à régler sous 30 jours.", "Réseau"),
    ("Au nom de la Commune, le maire remercie les bénévoles.", "Commune"),
    ("Chèque à l'ordre de Trésor Public.", "Trésor"),
    ("Au nom de Conseil Municipal, bienvenue.", "Conseil"),
])
def test_organisations_stay(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert not any(kept in v for v in find(text, "PERSON")), find(text, "PERSON")
