"""union: sensitive facts about a person in several wordings, and the traps that are not."""

from __future__ import annotations

import pytest

POSITIVES = [
    "M. Thierry Roussel, délégué syndical CGT, demande une décharge d'activité.",
    "Mme Nadia Ferhat est syndiquée à FO depuis dix ans.",
    "M. Paul Roux, représentant titulaire au CSE, a été reçu par la direction.",
]
TRAPS = [
    "Les résultats des élections professionnelles sont affichés dans le hall.",
    # a staff body named is no membership
    "[16:46]\nSabrina : oui, nouvelle rubrique sur le télétravail, validée au CST de novembre",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_fact_about_a_person(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "union" in categories(text)


@pytest.mark.parametrize("text", TRAPS)
def test_topic_or_organisation_is_not_a_fact(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "union" not in categories(text)
