"""A council's record that crosses the line: what was done to a person told in the passive ("a été
déclaré inapte") is a fact about that person, not a member's speech; a household named in one
sentence is whom the next sentence's "leur" and "ils" stand for. Groups keep their plural."""

from __future__ import annotations

import pytest

HEAD = (
    "Commune de Saint-Aubin — Conseil municipal\nSéance du 12 mars 2026 — Délibération n° 2026-014\n"
    "Rapporteur : M. Paul Girard, adjoint au maire.\n\n"
)

FACTS = [
    (HEAD + "Le rapporteur expose que M. Denis Carré, adjoint technique, a été déclaré inapte à ses "
     "fonctions par le conseil médical le 3 février, à la suite d'une hernie discale.", "health"),
    (HEAD + "Le maire indique que Mme Sonia Leroy, agente d'accueil, a été placée en garde à vue le 2 mars "
     "dans le cadre d'une enquête pour vol.", "criminal"),
    (HEAD + "La famille Benali, composée de M. Karim Benali, de son épouse et de leurs trois enfants, est "
     "arrivée en 2022. Leur demande d'asile ayant été rejetée par l'OFPRA, ils doivent quitter leur "
     "logement.", "immigration"),
    (HEAD + "M. et Mme Lefort occupent un logement communal rue des Écoles. Ils sont en situation de "
     "surendettement depuis la perte de leur emploi.", "social"),
]
GROUPS = [
    HEAD + "Article 2 : les candidats non retenus seront informés du rejet de leur offre et de ses motifs.",
    HEAD + "Les collectivités doivent maintenir la rémunération de leurs fonctionnaires en cas de maladie "
    "ordinaire, de longue maladie ou de maternité.",
    HEAD + "Tarif réduit : demandeurs d'emploi, bénéficiaires des minima sociaux et leur accompagnateur.",
    HEAD + "M. Paul Girard rappelle que la commune a été déclarée zone de revitalisation rurale en 2024.",
]


@pytest.mark.parametrize(("text", "category"), FACTS)
def test_a_council_record_that_tells_a_fact_about_a_person(categories, text: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert category in categories(text)


@pytest.mark.parametrize("text", GROUPS)
def test_groups_and_speech_in_a_council_record_are_no_facts(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text)
