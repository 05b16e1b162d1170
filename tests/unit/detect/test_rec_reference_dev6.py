"""Held numbers seen in dev6: an accented capital in the code, a bracket closed inside the label,
a series word before the code."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "code"), [
    ("Ma carte étudiante porte le numéro ÉTU-74-22518 ; est-ce qu'elle donne droit ?", "ÉTU-74-22518"),
    ("Carte d'adhérent n° ÉCO-2291-K, valable un an.", "ÉCO-2291-K"),
    ("N° de carte grise (formule) : 2019AK48215\n", "2019AK48215"),
    ("Numéro de dossier (à rappeler) : 2025-URB-00417\n", "2025-URB-00417"),
    ("La référence de la prise a été relevée par le technicien : PTO FI-6321-0458.", "PTO FI-6321-0458"),
])
def test_held_numbers(find, text, code) -> None:  # type: ignore[no-untyped-def]
    assert code in find(text, "PERSONAL_REFERENCE"), find(text, "PERSONAL_REFERENCE")


@pytest.mark.parametrize(("text", "kept"), [
    ("Délibération (séance du 3 mai) : 2024-DEL-0412\n", "2024-DEL-0412"),
    ("Vu l'article (alinéa 2) : L 2121-29 du code\n", "2121-29"),
    ("Marché (lot 3) : MAPA-2026-014\n", "MAPA-2026-014"),
    ("Le plan (version 2) : ÉTÉ-2026\n", "ÉTÉ-2026"),
])
def test_numbers_of_acts_stay(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert not any(kept in v for v in find(text, "PERSONAL_REFERENCE")), find(text, "PERSONAL_REFERENCE")
