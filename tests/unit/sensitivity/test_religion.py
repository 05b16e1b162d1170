"""religion: sensitive facts about a person in several wordings, and the traps that are not."""

from __future__ import annotations

import pytest

POSITIVES = [
    "M. Yacine Amrani demande une absence pour la fête de l'Aïd.",
    "Mme Rachel Cohen ne mange que des repas casher à la cantine.",
    "Votre fille fera sa première communion le 12 mai.",
]
TRAPS = [
    "Le conseil vote les travaux de restauration de l'église Saint-Roch.",
    "Les repas de la cantine sont préparés sur place chaque matin.",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_fact_about_a_person(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "religion" in categories(text)


@pytest.mark.parametrize("text", TRAPS)
def test_topic_or_organisation_is_not_a_fact(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "religion" not in categories(text)
