"""ethnicity: sensitive facts about a person in several wordings, and the traps that are not."""

from __future__ import annotations

import pytest

POSITIVES = [
    "La famille Caillat, des manouches sédentarisés, vit sur l'aire d'accueil depuis 2019.",
    "Le voisin décrit M. Farid Said comme d'origine maghrébine.",
    "Mme Lola Reyes se plaint d'une discrimination liée à son origine ethnique.",
    # an emphatic pronoun is its pronoun ("lui-même" stands for the person named before)
    "On confie les rencontres à Jérôme Castex : lui-même est manouche et connaît les familles.",
]
TRAPS = [
    # a music's style named after a people
    "Programme du festival : les Sœurs Caillat (Margot, Louise et Agathe Caillat), swing manouche.",
    # "d'origine" before a verb: the captions are original, no one's origin
    "Fonds Boulay : les légendes d'origine figurent sur les pochettes, de la main de Marcel Boulay.",
    "Le conseil adopte le plan de lutte contre les discriminations liées à l'origine ethnique.",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_fact_about_a_person(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ethnicity" in categories(text)


@pytest.mark.parametrize("text", TRAPS)
def test_topic_or_organisation_is_not_a_fact(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ethnicity" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "M. Dan Lupu et Mme Ana Lupu, tous deux d'origine rom, vivent dans une caravane.",
        "Depuis mars, mon chef M. Paul Roy m'appelle « le Malien » devant les clients.",
        "Le témoin décrit l'auteur : homme de type nord-africain, 30 ans ; M. Ali Ben interpellé.",
    ],
)
def test_origin_told_otherwise(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ethnicity" in categories(text)
