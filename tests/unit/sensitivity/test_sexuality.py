"""sexuality: sensitive facts about a person in several wordings, and the traps that are not."""

from __future__ import annotations

import pytest

POSITIVES = [
    "Électrice : Mme Léa Castan\nL'intéressée a obtenu la modification de la mention du sexe.",  # dev36
    "Mme Margaux Delattre demande un congé pour la naissance de l'enfant de son épouse.",
    "M. Olivier Brun a révélé son homosexualité à son chef de service.",
    "Mme Carla Nunes entretient une relation extraconjugale avec un collègue.",
    "Objet : élève de 5e A\nL'élève inscrit sous le prénom de Hugo Lenoir sera appelé Maëlle à compter de "
    "lundi ; son prénom d'usage figurera sur les listes d'appel.",
    "Courriel de M. Théo Baron : ses collègues continuent de le mégenrer malgré sa demande.",
]
TRAPS = [
    "M. Paul Henry et son épouse assistent à la cérémonie du 11 novembre.",
    "La commune soutient la marche des fiertés organisée par le collectif LGBT+ local.",
    "Le nom d'usage de Mme Claire Martin-Roy figure sur sa carte d'électeur.",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_fact_about_a_person(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "sexuality" in categories(text)


@pytest.mark.parametrize("text", TRAPS)
def test_topic_or_organisation_is_not_a_fact(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "sexuality" not in categories(text)
