"""religion: sensitive facts about a person in several wordings, and the traps that are not."""

from __future__ import annotations

import pytest

POSITIVES = [
    "M. Yacine Amrani demande une absence pour la fête de l'Aïd.",
    "Mme Rachel Cohen ne mange que des repas casher à la cantine.",
    "Votre fille fera sa première communion le 12 mai.",
    # a manager is a person: the shop's opening hours tell his practice (dev32: a chamber of trades' file)
    "Fiche artisan — M. Saïd Zerrouki\nHoraires | Fermé le vendredi de 12 h à 15 h : le dirigeant se rend "
    "à la mosquée",
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
