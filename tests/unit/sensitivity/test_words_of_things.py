"""A sensitive word that is part of a name, an adjective of a thing, or a civil ceremony tells nothing
about anyone; the same word said of a person still does."""

from __future__ import annotations

import pytest

TRAPS = [
    # a surname that is also a word of a category
    "Inscriptions à la cantine\n\nM. Walid EL HAJJ — 07 49 20 31 86 — Yasmine EL HAJJ, CM1, lundi et jeudi.",
    # an adjective of a thing
    "Kofi et Arbër sont inscrits à la garderie du soir (liste séparée). Établi par Mme Nadège Collignon.",
    "Les dossiers de Mme Claire Roy et de M. Paul Roy sont rangés dans une armoire séparée.",
    # an assembly adopting a text is no child's adoption
    "Compte rendu du Conseil municipal\nMme le Maire\nMme le Maire\nAdoption de l'ordre du jour\nPour : 59\n"
    "Adopté à l'unanimité\nAdoption du procès-verbal du Conseil municipal précédent\nPour : 59",
    # a civil ceremony is no religion
    "Planning des salles\n18/04 Salle du Rouergue — SANTOS Bruno — baptême civil — 06 12 45 78 90",
]
FACTS = [
    ("Mme Claire Roy, séparée de son époux depuis mars, demande un logement.", "family"),
    ("M. Walid El Hajj fait le ramadan et demande un aménagement d'horaires.", "religion"),
    ("M. et Mme Roy ont obtenu l'agrément et l'adoption de leur fille a été prononcée en mai.", "family"),
    ("Mme Inès Roy demande un congé pour le baptême de sa fille à l'église Saint-Pierre.", "religion"),
]


@pytest.mark.parametrize("text", TRAPS)
def test_a_word_of_a_name_or_a_thing_tells_nothing(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text) - {"security"}, categories(text)


@pytest.mark.parametrize(("text", "category"), FACTS)
def test_the_same_words_said_of_a_person(categories, text: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert category in categories(text)
