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
    # a participle after a name and a comma, in a sentence the parser hangs on a member's speech
    (HEAD + "Mme Auclair relaie la réclamation de la famille de M. Raymond Dupuis, chambre 214 : M. Dupuis, "
     "atteint d'une maladie de Parkinson évoluée, a chuté de nuit le 4 janvier.", "health"),
    (HEAD + "Le président donne lecture du courrier de l'amicale des locataires : Mme Odile Marchand, "
     "hospitalisée en psychiatrie depuis janvier, ne peut plus régler son loyer.", "health"),
    (HEAD + "M. Vidal rapporte la demande examinée en commission : M. Hugo Fabre, incarcéré à la maison "
     "d'arrêt de Nîmes depuis mars, sollicite le maintien de son logement.", "criminal"),
]
GROUPS = [
    HEAD + "Article 2 : les candidats non retenus seront informés du rejet de leur offre et de ses motifs.",
    HEAD + "Les collectivités doivent maintenir la rémunération de leurs fonctionnaires en cas de maladie "
    "ordinaire, de longue maladie ou de maternité.",
    HEAD + "Tarif réduit : demandeurs d'emploi, bénéficiaires des minima sociaux et leur accompagnateur.",
    HEAD + "M. Paul Girard rappelle que la commune a été déclarée zone de revitalisation rurale en 2024.",
    HEAD + "Mme Claire Noël, présidente de la Ligue contre le cancer, remercie le conseil pour son aide.",
    HEAD + "Le maire présente le rapport : M. Paul Girard, chargé de la prévention des addictions, "
    "détaille les actions menées dans les collèges.",
]


@pytest.mark.parametrize(("text", "category"), FACTS)
def test_a_council_record_that_tells_a_fact_about_a_person(categories, text: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert category in categories(text)


@pytest.mark.parametrize("text", GROUPS)
def test_groups_and_speech_in_a_council_record_are_no_facts(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text)
