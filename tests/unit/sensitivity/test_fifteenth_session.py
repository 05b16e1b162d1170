"""Whose a term is, as the fifteenth session's fresh sets wrote it (dev42 funeral services and
religious affairs, dev43 archives, libraries and access to documents), each case with its twin.

A role noun that completes an institution's name ("la direction de l'enfance et de la famille")
names its field, not a person; someone named as another's widow or son ("Mme A, veuve de M. B")
is not whose spouse a later "son époux" is; a case study that says in its heading that its persons
are made up is no case for the statistical reading; training material and doctrine sheets speak
of anyone; a commune's consultative commission and a report to the council are records of an
assembly; an undertaking not to disclose and a record's legal status ("non communicable aux tiers
avant 2026") are no markings; a FAQ's item told as a statement is anyone's; a council's support to
a community is no one's origin; the administration's own interviews and licensed pictures are no
third party's work. A two-cell table row whose value is an instruction ("Enfant en fauteuil |
Vérifier l'accessibilité") labels no one.
"""

from __future__ import annotations

import pytest
from aiguillage.sensitivity.subjects import declared_pseudonymised

NAMED = "Le mot de la directrice.\nJe remercie l'équipe.\nHélène Castagnet\n\n"
NO_ONES = [
    (NAMED + "Les versements proviennent de la direction de l'enfance et de la famille (dossiers de mineurs "
     "confiés à l'ASE clos entre 1985 et 1995, 96 mètres linéaires).", "child_protection"),
    ("Mme Anne Bosc, veuve de M. Louis Bosc, souhaite la crémation de son époux.", "sexuality"),
    ("Laïcité et service public — guide à l'usage des agents\n\nMon collègue m'a dit hier qu'il ne veut "
     "pas assister à une cérémonie religieuse.\n\nRédigé par Mme Claire Roux, référente laïcité.",
     "religion"),
    ("Commission extra-municipale des cimetières\nCompte rendu de la réunion du 30 septembre 2025\n\n"
     "Mme Samia Khelifi rappelle que le carré musulman sera saturé d'ici 2027.", "religion"),
    ("Fiche de synthèse — Foire aux questions\n\nQuestions fréquentes\n\n"
     "Je cherche le dossier d'internement de mon grand-père, décédé en 1990. Le délai de 25 ans est "
     "échu : le dossier est communicable.\n\nMme Claire Roux, archiviste, répond à vos demandes.", "family"),
    ("Mme Claire Roux, adjointe. Le conseil unanime renouvelle son soutien à la communauté juive de "
     "Lormeval et de l'Orvanne.", "ethnicity"),
    ("Portrait — M. Olivier Pichon, conservateur du cimetière.\n« Notre métier, c'est l'accueil. »\n"
     "Propos recueillis par le service communication.", "ip"),
    ("Exposition « Épidémies » — M. Paul Fabrègue, photographe.\nLes photographies de l'agence "
     "Fabrègue sont reproduites avec l'autorisation de leur auteur.", "ip"),
    ("Demande de dérogation (formulaire)\nNom : ……\nJe m'engage à ne pas divulguer les informations "
     "susceptibles de porter atteinte à la vie privée des personnes.", "marking"),
    ("Synthèse de jurisprudence — document de formation\nMme Claire Roux, formatrice.\n\nUn généalogiste "
     "demande le registre des naissances de 1950 : non communicable aux tiers avant 2026.", "marking"),
    ("Portrait — une journée au cimetière\n\nM. Olivier Pichon, conservateur, accueille les familles en "
     "deuil depuis 2015.", "appraisal"),
    ("En cas d'urgence, composez le 3919 (numéro national). Mme Anne Roy, référente.", "security"),
    ("M. Paul Roy, pilote, assure le vol de nuit Paris-Nice.", "criminal"),
    ("Exposition — M. Paul Fabrègue, photographe.\nLes 18 photographies en haute définition sont fournies "
     "sous licence ; la mise en ligne est couverte par la licence.", "ip"),
    ("Accueillir un enfant en situation de handicap à l'accueil de loisirs\nGuide à destination des équipes "
     "d'animation — Service enfance, édition 2025.\n\nSituation\tQue faire\nEnfant en fauteuil\tVérifier "
     "l'accessibilité des sorties, adapter les jeux.\nEnfant diabétique\tPrévoir une collation, connaître "
     "les signes d'hypoglycémie.", "health"),
    ("VILLE DE LORMEVAL\nConseil municipal du 20 novembre 2025 – Rapport n° 2025-118\n\nObjet : "
     "attribution du marché de prestations funéraires à la société Ducastel, rapporteur M. Paul Roy.\n"
     "Montant estimatif annuel de 49 050 € HT, sur la base du détail quantitatif estimatif.",
     "business_secret"),
]
SOMEONES = [
    (NAMED + "Mme Julie Morel a appelé : sa famille est suivie par l'ASE depuis mars.", "child_protection"),
    ("M. Paul Roy, fils de Mme Anne Roy, a présenté son époux au service.", "sexuality"),
    ("Note au directeur\n\nMon collègue m'a dit hier qu'il ne veut pas assister à une cérémonie "
     "religieuse.\n\nRédigé par Mme Claire Roux, référente laïcité.", "religion"),
    ("Commission consultative paritaire\nCompte rendu de la réunion du 30 septembre 2025\n\n"
     "Mme Samia Khelifi, agente contractuelle, est en congé de maladie depuis juin.", "health"),
    ("De : Jeanne Morel\nÀ : archives départementales\nObjet : demande\n\nBonjour,\n"
     "Je cherche le dossier d'internement de mon grand-père, décédé en 1990.\nJeanne Morel", "family"),
    ("Mme Anne Dumitru indique que sa famille appartient à la communauté rom de Craiova.", "ethnicity"),
    ("Portrait — M. Olivier Pichon, conservateur du cimetière.\n« Notre métier, c'est l'accueil. »\n"
     "Propos recueillis par Jean Marc, journaliste.", "ip"),
    ("Revue de presse — M. Paul Roy.\nL'article ci-dessous est reproduit avec l'autorisation du "
     "journal, qui en garde tous les droits.", "ip"),
    ("Entretien professionnel 2024 — M. Cyril Andrieu, responsable de la médiathèque\n\nAppréciation : "
     "« compétences techniques indéniables, manière de servir à améliorer ».", "appraisal"),
    ("Bonjour Nadège, le médecin m'a mise en arrêt jusqu'à vendredi et il veut que je voie un psy.\n"
     "Inès Barbier", "health"),
    ("Mme Anne Roy signale le vol de son téléphone portable dans la salle de lecture.", "criminal"),
    ("Annexe des Prés — fermeture du soir\nComposer 9907 sur la centrale. En cas de menace : code sous "
     "contrainte.", "security"),
    ("De : Jacques Berthier\nÀ : Thierry\nJe te confirme le maintien de la remise de 12 % sur le tarif "
     "public (765 €) ; la régie ne doit pas le savoir.", "business_secret"),
    ("Livret de l'exposition — M. Paul Fabrègue, photographe.\nLes photographies en haute définition sont "
     "fournies par l'agence ; la mise en ligne n'est pas couverte par la licence.", "ip"),
    ("Accueil de loisirs — fiche d'inscription\n\nEnfant\tLéa MARTIN\nSanté\tDiabète de type 1, "
     "insuline au déjeuner.", "health"),
    ("NE PAS DIVULGUER\nNote à M. le directeur sur le dossier de M. Paul Roy.", "marking"),
    ("Mme Claire Roux, archiviste.\nDossier individuel : non communicable aux tiers avant 2075.", "marking"),
    ("Document non communicable\nNote à M. le directeur sur le dossier de M. Paul Roy.", "marking"),
    ("Rapport d'analyse des offres — marché de prestations funéraires\n\nL'offre de la société Ducastel "
     "reste la mieux-disante ; son détail quantitatif estimatif fait apparaître une marge de 18 %.",
     "business_secret"),
]


@pytest.mark.parametrize(("text", "category"), NO_ONES)
def test_fields_records_doctrine_and_credits_are_no_ones(  # type: ignore[no-untyped-def]
    categories, text: str, category: str
) -> None:
    assert category not in categories(text)


@pytest.mark.parametrize(("text", "category"), SOMEONES)
def test_their_twins_still_tell_of_someone(categories, text: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert category in categories(text)


def test_a_case_study_says_in_its_heading_that_its_persons_are_made_up() -> None:
    heading = (
        "FORMATION DES AGENTS DE L'ÉTAT CIVIL – Module 4\nCas pratique n° 2 (situation fictive inspirée "
        "de dossiers réels, tous les éléments d'identification ont été modifiés)\n\nMadame A. …"
    )
    assert declared_pseudonymised(heading)
    # a declaration deep in a long file is not a heading
    assert not declared_pseudonymised("Note sur M. Paul Roy.\n" + "Texte. " * 400 + "(situation fictive)")
