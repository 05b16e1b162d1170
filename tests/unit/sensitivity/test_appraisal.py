"""appraisal: sensitive facts about a person in several wordings, and the traps that are not."""

from __future__ import annotations

import pytest

POSITIVES = [
    # dev36, dev38: a qualification refused, an evaluated researcher, an engagement ended for misconduct
    "CNU — 22e section\nCandidat : M. Romain Desforges\nDécision : non qualifié\n"
    "Le dossier repose sur la thèse de 2015.",
    "Chercheur évalué : M. Hugo Marchetti, chargé de recherche\nAvis de la commission : RÉSERVÉ\n"
    "La commission constate l'absence de publication depuis 2022.",
    "M. Yanis Teyssier a reconnu avoir rempli des bulletins ; je propose de mettre fin à son engagement.",
    "M. Paul Riou, candidat non retenu, conteste la décision du jury.",
    "Un avertissement a été infligé à M. Bruno Leclerc après son entretien professionnel.",
    "L'agent fait preuve d'insuffisance professionnelle selon son supérieur.",
    "Conseil de surveillance du centre hospitalier — Procès-verbal de la séance du 3 février\n\n"
    "Le directeur informe le conseil de la suspension à titre conservatoire du Dr Antoine Ribaut.",
    "Mme Claire Vidal, gardienne du gymnase, est suspendue de ses fonctions depuis le 4 mars.",
]
TRAPS = [
    "M. Paul Riou, ouvrier non qualifié, a rejoint l'équipe des espaces verts en mars.",  # a job category
    # the candidates of a tender or a recruitment, in the plural: anyone not chosen
    "Analyse des offres en cours, décision attendue fin avril. Les candidats non retenus seront informés "
    "par la plateforme.\nAgent : K. Riou",
    "Le guide de l'entretien professionnel est disponible sur l'intranet.",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_fact_about_a_person(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "appraisal" in categories(text)


@pytest.mark.parametrize("text", TRAPS)
def test_topic_or_organisation_is_not_a_fact(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "appraisal" not in categories(text)
