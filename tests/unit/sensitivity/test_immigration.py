"""immigration: sensitive facts about a person in several wordings, and the traps that are not."""

from __future__ import annotations

import pytest

POSITIVES = [
    "M. Ali Rahimi a obtenu une APS de six mois le 3 mars.",
    "M. Ousmane Diallo, sous récépissé depuis mars, attend la décision de la préfecture sur sa carte.",
    "M. Ibrahim Diallo fait l'objet d'une OQTF notifiée le 4 mars.",
    "Mme Aminata Koné, demandeuse d'asile, est hébergée au CADA.",
    # a possessive on the act above a topic word ("votre convocation à l'audience de la CNDA", dev34)
    "Bonjour Monsieur Yousfi, j'ai bien reçu la copie de votre convocation à l'audience de la CNDA du 3 juin "
    "pour votre recours contre la décision de l'OFPRA.",
    # told by its circumstances
    "Monsieur le Maire,\nMon mari, M. Yao Mensah, a reçu une décision lui demandant de quitter la "
    "France sous trente jours.",
    "Fiche d'inscription\nÉlève : Farid Amiri\nAdresse : CADA de Nevers, chambre 12",
]
TRAPS = [
    # an EU citizen on a complementary electoral list: a nationality, no immigration status (dev12)
    "Liste électorale complémentaire : M. Pieter Van Dam, ressortissant UE, inscrit le 3 mars.",
    # the sports grade's APS (activités physiques et sportives)
    "Félicitations à Sandrine Lopez, reçue au concours de conseiller des APS.",
    # the unemployment benefit is no return to one's country
    "Mme Nadège Pons perçoit l'allocation d'aide au retour à l'emploi depuis mars.",
    "Récépissés de déclaration de revendeurs d'objets mobiliers\n\nRécépissé n° 68-2026-0041 du "
    "03/03/2026 — M. Lucas MULLER, 4 rue des Vosges, Mulhouse — activité : vide-maisons.",
    "La préfecture publie les horaires d'ouverture du guichet des titres de séjour.",
    "M. Hervé Lucas a saisi la CADA, qui a rendu un avis favorable à la communication du rapport.",
    # a receipt of another procedure
    "Commune de Pornic — récépissé de dépôt d'une déclaration préalable déposée par M. Paul Roux.",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_fact_about_a_person(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "immigration" in categories(text)


@pytest.mark.parametrize("text", TRAPS)
def test_topic_or_organisation_is_not_a_fact(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "immigration" not in categories(text)
