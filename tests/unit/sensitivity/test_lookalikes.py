"""Words and phrases that look like a person to the attribution and are none: a noun folded into a
role ("jeûne" → "jeune", "médecine" → "médecin"), the role who notes a fact ("constatée par le
médecin"), a text's division the NER reads as a name ("Titre III"), an organisation that a relative
clause's "elle" stands for. Each has its twin where the fact is a person's and still counts."""

from __future__ import annotations

import pytest

NOT_ABOUT_ANYONE = [
    # a rule for managers, signed: the fasting is nobody's, the doctor only notes
    "Rappel aux chefs de service : le jeûne ne justifie aucun aménagement d'horaires, sauf inaptitude "
    "temporaire constatée par le médecin de prévention.\nSophie Marchetti, référente laïcité",
    "Bilan annuel. La médecine préventive a réalisé 412 visites ; elle a prononcé 9 inaptitudes "
    "temporaires. Laurent Ibanez, directeur.",
    # a club's rules under a numbered title the NER reads as a name
    "Titre IV : la commission médicale\nArt. 21 — La commission se réunit chaque trimestre.\nArt. 22 — "
    "Elle vérifie les pièces du dossier : formulaire, photographie, questionnaire de santé ou certificat "
    "médical de non contre-indication.",
    # a partnership agreement: "elle" is the pharmacy
    "Convention entre le centre de soins et la pharmacie Mermoz, représentée par sa titulaire, Mme Agnès "
    "Colin. La pharmacie partenaire reçoit du centre des kits de naloxone par voie nasale, ainsi que des "
    "kits d'injection stériles, qu'elle remet gratuitement aux personnes qui en font la demande.",
    # a profession is no fact about the person practising it
    "Soirée-débat le 12 mars à la salle des fêtes avec le Dr Yann Kerbrat, addictologue au centre "
    "hospitalier, et l'équipe de prévention.",
    "« On reçoit autant qu'on donne », témoigne Odette Lamarque, assistante familiale depuis vingt ans.",
    # an acronym where a member of staff works
    "Table ronde animée par la directrice de la MDPH, Mme Céline Vautrin, et le chef du service emploi.",
    # the "il" of a speech is the institution, not the audience it greets
    "Mesdames et Messieurs, cette année notre Département a tenu bon. Il a tenu "
    "face à la hausse de la précarité grâce à ses travailleurs sociaux.\nBernard Lafarge",
    # a sports licence is no dismissal
    "Samedi à Quimperlé, Maëlys Tanguy, licenciée à l'Union sportive de la ville depuis ses dix ans, "
    "a remporté le titre régional du 800 mètres.",
    # professions counted in a portrait of the town's health centre
    "La maison de santé compte désormais trois médecins, deux kinésithérapeutes et une orthophoniste, "
    "explique Mme Hélène Prigent, adjointe.",
    # a former mayor's death, told in the commune's tribute
    "Avis de décès\nMadame Jeanne Kervella, maire de notre commune de 1983 à 1995, nous a quittés le 4 "
    "février à l'âge de 89 ans.",
    # ministers of religion in their public office at a ceremony
    "Cérémonie du 11 novembre : lecture par le pasteur Marc Oberlin et le rabbin Élie Zerbib, en "
    "présence de Mme Claire Hoffmann, maire.",
    # a scoring table of a tender: its header row names no person
    "Procès-verbal de la commission d'appel d'offres\nCandidat\tNote technique /60\tNote prix /40\n"
    "Entreprise Bâtiself\t48\t36\nÉvaluation des offres : l'offre de Bâtiself est jugée insuffisante "
    "sur le volet sécurité du chantier.",
    # a delegation lists classes of acts, not anyone's file
    "Article 2 : délégation est donnée à M. Hervé Lucas, directeur des solidarités, à l'effet de signer "
    "les décisions d'admission à l'aide sociale à l'enfance et les arrêtés de placement en établissement.",
    # staff representatives in their mandate: elected on a union's list, they sign for it
    "Protocole d'accord sur le temps de travail\nSignataires : le Président ; pour la CGT, Rémi Vautrin ; "
    "pour FO, Agnès Morel ; pour l'UNSA, Paul Guérin.",
    "Comité social territorial — arrêté fixant sa composition\nReprésentants du personnel : liste CFDT : "
    "M. Hugo Bastide, Mme Inès Carpentier ; liste CGT : Mme Lina Marchal.",
    # a post named after its field
    "Votre référente handicap, Mme Marion Tessier, vous reçoit en toute confidentialité, sur rendez-vous.",
    # a delegation's table: delegates beside the matters they sign
    "PRÉFECTURE DU LOIRET\nArrêté portant délégation de signature\n\nDélégataire\tFonction\tMatières\n"
    "Claire Vasseur\tCheffe du bureau des étrangers\tTitres de séjour, mesures d'éloignement\n"
    "Marc Doucet\tAdjoint\tSoins psychiatriques sans consentement, en cas d'empêchement",
]
ABOUT_SOMEONE = [
    "Note au dossier : l'agent Karim Bouzid est inapte temporairement, inaptitude constatée par le "
    "médecin de prévention le 2 mai.",
    "M. Thierry Vasseur, professeur de mathématiques : il observe le jeûne du ramadan cette année et "
    "demande un aménagement de ses horaires.",
    "Titre IV : Mme Odile Ferrand. Elle est hospitalisée en psychiatrie depuis le 4 mars.",
    "M. Paul Rivet est suivi par un addictologue depuis sa sortie de l'hôpital.",
    "L'enfant Léa Morin est confiée à une assistante familiale depuis le mois de mars.",
    "Mme Sophie Bellec, conseillère de la CFDT, prépare son dossier de mutation vers Lorient.",
    "Mme Julie Caron, bénéficiaire de la PCH depuis 2019, demande un réexamen.",
    "M. Paul Brun, agent d'entretien, a été licencié au motif d'une insuffisance professionnelle.",
    "Mme Lucie Roy voit sa kinésithérapeute deux fois par semaine depuis son accident.",
    # a record's two-cell rows: the values are the named person's
    "Dossier usager n° 4471\nNom\tPERRIN Agathe\nDroit\tRSA socle depuis 2022\nHistorique\t"
    "reconnaissance de travailleur handicapé obtenue en février",
    "Fiche d'investigation\nCas index\tM. Moussa Keita, 38 ans, cuisinier\nForme\tTuberculose "
    "pulmonaire bacillifère",
    "M. Karim Saïdi est imam bénévole à la mosquée de son quartier le vendredi.",
    "Concernant Mme Élodie Brun, stagiaire : elle a été recadrée par sa responsable pour des erreurs de "
    "saisie d'actes et un manque de rigueur.",
    "Note de service du 3 mars : M. Rémi Vautrin (CGT) sera absent pour une formation syndicale.",
    "Arrêté portant délégation de signature\nArticle 1 : pendant le congé de longue maladie de Mme Claire "
    "Vasseur, délégation est donnée à M. Marc Doucet, adjoint.",
    # union time granted to named agents is their membership, even under a social dialogue title
    "Dialogue social : les moyens syndicaux en 2026\nDécharges d'activité de service : Mme Inès Carpentier "
    "(CFDT), 50 % ; M. Hugo Bastide (CGT), 30 %.",
    "Comité social territorial — séance du 4 avril\nM. Luc Perrot, adhérent CGT depuis 2019, demande que "
    "son temps de décharge soit maintenu.",
    "Mme Léa Roy : les décisions d'admission à l'aide sociale à l'enfance de ses deux fils sont signées.",
    # a letter to a household: its "Madame, Monsieur," is no circular's
    "Caisse d'allocations familiales de l'Aube\n\nMonsieur et Madame Kevin et Laura Thiébaut\n7 rue "
    "des Tanneurs\n10000 Troyes\n\nMadame, Monsieur,\n\nNous avons constaté que votre endettement ne "
    "vous permet plus de faire face à vos loyers.",
]


@pytest.mark.parametrize("text", NOT_ABOUT_ANYONE)
def test_lookalikes_are_no_one(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text)


@pytest.mark.parametrize("text", ABOUT_SOMEONE)
def test_the_person_behind_still_counts(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert categories(text)
