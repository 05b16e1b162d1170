"""family: sensitive facts about a person in several wordings, and the traps that are not."""

from __future__ import annotations

import pytest

POSITIVES = [
    (
        "Extrait d'ordonnance\n\nEntre : Mme Julie Faure, demeurant à Niort\nEt : M."
        " Kevin Roy, demeurant à Poitiers\n\nLa résidence de l'enfant est fixée chez la"
        " mère ; le père exercera un droit de visite."
    ),
    "Mme Sarah Levy a conclu un PACS avec M. Thomas Roux.",
    "M. Julien Faure est en instance de divorce et sollicite la garde alternée.",
]
TRAPS = [
    "Le rapport est adopté à l'unanimité des membres présents.",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_fact_about_a_person(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "family" in categories(text)


@pytest.mark.parametrize("text", TRAPS)
def test_topic_or_organisation_is_not_a_fact(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "family" not in categories(text)
