"""A known first name standing alone for a person (FrLoneFirstNameRecognizer)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("Clé du local rendue par Mathilde (section yoga) le 4 mars.", "Mathilde"),
    ("Covoiturage : 3 places. Benoît — 06 22 41 87 19.", "Benoît"),
    ("Contact | Aurélie +32 471 23 45 67", "Aurélie"),
    ("les fleurs ont été offertes par Josiane, merci à elle !", "Josiane"),
    ("– Quentin et Manon (n° 4) : salade composée", "Manon"),
])
def test_lone_first_name(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PERSON")


@pytest.mark.parametrize(("text", "kept"), [
    ("Travaux rue Victor Hugo et au collège Arthur Rimbaud", "Arthur"),
    ("Inauguration de la salle Adrien, quartier Port Marianne", "Adrien"),
    ("La Rose des vents et la Pierre levée sont classées.", "Rose"),
    ("Marché de Sainte-Marie et de Saint-Louis", "Marie"),
    ("Le 14 juillet, défilé place Albert", "Albert"),
])
def test_no_lone_first_name(text, kept) -> None:  # type: ignore[no-untyped-def]
    from aiguillage.detect.recognizers import FrLoneFirstNameRecognizer

    assert not any(text[s:e] == kept for s, e, _, _ in FrLoneFirstNameRecognizer().find(text))
