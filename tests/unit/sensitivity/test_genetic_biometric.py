"""genetic_biometric: sensitive facts about a person in several wordings, and the traps that are not."""

from __future__ import annotations

import pytest

POSITIVES = [
    # a named applicant's row in the station's log
    "Registre des incidents\nDate\tDemandeur\tIncident\n06/03\tM. Raymond Tixier\tRelevé des empreintes "
    "impossible (doigts abîmés), une seule empreinte exploitable",
    "Les empreintes digitales de M. Kevin Lemoine ont été relevées à la station biométrique.",
    "Le test génétique de M. Louis Pichon révèle une prédisposition au cancer du côlon.",
    "Les empreintes digitales de Mme Elsa Roy ont été enregistrées pour le badge d'accès.",
    "Signalement — dossier passeport\nDemandeur déclaré : « M. Farid HAMMOUDI », né le 03/03/1984\n\n"
    "Anomalie : les empreintes digitales recueillies le 14/10 ne correspondent pas à celles du titre "
    "de 2015.",
]
TRAPS = [
    # equipment named after the technique: a directory of the town hall's desks
    "Titres d'identité\tKevin Lemoine\t4033\tStation biométrique – rendez-vous 9h-17h",
    (
        "Madame, la haie de M. Paul Renaud occasionne une gêne pour la circulation"
        " des piétons, lui écrit le maire."
    ),
    "Le laboratoire municipal ne réalise aucune analyse génétique.",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_fact_about_a_person(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "genetic_biometric" in categories(text)


@pytest.mark.parametrize("text", TRAPS)
def test_topic_or_organisation_is_not_a_fact(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "genetic_biometric" not in categories(text)
