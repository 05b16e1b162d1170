"""politics: sensitive facts about a person in several wordings, and the traps that are not."""

from __future__ import annotations

import pytest

POSITIVES = [
    (
        "Réservations de la salle des fêtes\n12/04 | M. Loïc Tanguy, militant"
        " Reconquête, à titre privé | réunion publique\n"
    ),
    "M. Rémi Vautrin est militant de la France insoumise depuis 2017.",
    # a party's name after its capitalised article is still the party (dev33)
    "Dans sa contribution, M. Leblanc indiquait qu'il « milite depuis vingt ans à La France insoumise ».",
    "Mme Hélène Garcin, sympathisante du Rassemblement national, a écrit au maire.",
]
TRAPS = [
    (
        "Conseil municipal de Vierzon – compte rendu de la séance du 3 mars 2026\n\nVote"
        " : 22 pour, 5 contre (M. Hugo Perrin et Mme Inès Vidal, apparentés"
        " Rassemblement national)."
    ),
    "Le groupe Les Républicains vote contre la délibération n° 12.",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_fact_about_a_person(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "politics" in categories(text)


@pytest.mark.parametrize("text", TRAPS)
def test_topic_or_organisation_is_not_a_fact(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "politics" not in categories(text)


COUNCIL = "Ville de Saint-Brieuc — Conseil municipal du 30 janvier 2026\nProcès-verbal\n\n"


def test_a_private_person_heard_by_a_council_keeps_their_opinions(categories) -> None:  # type: ignore[no-untyped-def]
    record = (
        COUNCIL + "La pétition est portée par Mme Armelle Le Floc'h, habitante du quartier Robien.\n\n"
        "M. Patrice Trégaro (majorité) : « Mme Le Floc'h est membre de La France insoumise, elle a milité "
        "pour leur candidat. »"
    )
    assert "politics" in categories(record)


def test_a_councillors_party_is_their_function(categories) -> None:  # type: ignore[no-untyped-def]
    record = (
        COUNCIL + "M. Didier Le Goff, adjoint à l'urbanisme, présente le rapport.\n\n"
        "M. Patrice Trégaro rappelle que M. Le Goff est membre du Parti socialiste depuis 1995."
    )
    assert "politics" not in categories(record)
