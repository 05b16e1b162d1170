"""child_protection: sensitive facts about a person in several wordings, and the traps that are not."""

from __future__ import annotations

import pytest

POSITIVES = [
    "L'enfant Lucas Martin est placé à l'ASE depuis le 3 février.",
    "Une information préoccupante a été transmise concernant votre fils.",
    "La famille Girard bénéficie d'une mesure d'AEMO.",
]
TRAPS = [
    "Le département présente son schéma de protection de l'enfance 2024-2028.",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_fact_about_a_person(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "child_protection" in categories(text)


@pytest.mark.parametrize("text", TRAPS)
def test_topic_or_organisation_is_not_a_fact(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "child_protection" not in categories(text)
