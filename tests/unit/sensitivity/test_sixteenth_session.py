"""Whose a term is, as the sixteenth session's fresh sets wrote it (dev44 urban planning and
building control, dev45 community life, associations and sport), each case with its twin.

A title about a topic ("Certificat médical : ce qui change") is no such document; a trainee's
handout speaks of anyone, and a method named after its author ("méthode de Heimlich") names no
one in it; a verb in capitals ("UN CLUB QUI PROTÈGE") is no "PROTÉGÉ" marking; a club's members
are no party's; an owner's "droit de délaissement" is no child's abandonment; "Mme le Maire"
offering condolences to "son épouse" speaks for the office, the widow is the deceased's; the
commune's own notice published in a newspaper reproduces no article; a secret withheld from the
reader ("ne vous sont pas communiqués") is not told; a staff page's "Responsable administratif : M. X"
labels a job, not a file's person; a doctor
brought in by 'avec' or 'par' works on the case, the illness is not theirs. The other way: time served
and sentences told plainly ("il a fait cinq ans à la centrale", "il a pris 18 mois en 2023", "sous
bracelet"), a procès-verbal d'infraction, a system reachable from the Internet with a default
password, a candidate heading an opposition list, a party's acronym (not in a table row of
elected officials, whose labels are their mandates').
"""

from __future__ import annotations

import pytest

NO_ONES = [
    ("Certificat médical : ce qui change\n\nLicence sportive : faut-il un certificat médical ?\n\n"
     "Pour les mineurs : plus de certificat obligatoire. Un questionnaire de santé est rempli avec les "
     "parents. Contact : Mme Claire Roux, office des sports.", "health"),
    ("FORMATION « GESTES QUI SAUVENT » — SUPPORT STAGIAIRE\n\nDiapo 3 — La victime s'étouffe\n"
     "Si elle ne peut plus parler : 5 claques dans le dos, puis 5 compressions (méthode de Heimlich).",
     "criminal"),
    ("Consignes aux bénévoles\n\nLa victime s'étouffe : si elle ne peut plus parler ni tousser, "
     "pratiquer la méthode de Heimlich.", "criminal"),
    ("FICHE REPÈRE — VIOLENCES DANS LE SPORT\nSignaler au procureur les faits connus.\n\n"
     "UN CLUB QUI PROTÈGE\nPas de séance individuelle porte fermée.", "marking"),
    ("Réunion des clubs du 4 mars. M. Paul Roy demande aux clubs de rappeler à leurs adhérents de "
     "quitter les lieux calmement.", "politics"),
    ("Conclusions du commissaire enquêteur. Le propriétaire, M. Paul Roy, conteste l'emplacement réservé "
     "et annonce qu'il fera usage de son droit de délaissement.", "child_protection"),
    ("Hommage à M. Paul Roy, ancien directeur de l'urbanisme, décédé le 3 mai.\n\nMme le Maire et le "
     "conseil municipal adressent leurs sincères condoléances à son épouse, à ses enfants.", "sexuality"),
    ("Rapport du commissaire enquêteur, M. Paul Roy.\n\nL'avis d'enquête a été publié dans La Nouvelle "
     "République et Le Petit Solognot les 27 mars et 17 avril 2025, affiché en mairie.", "ip"),
    ("M. Paul Roy a fait cinq ans à la mairie de Saint-Maur comme agent d'accueil.", "criminal"),
    ("M. Paul Roy a pris six mois de congé parental en 2023 ; il reprend en mars.", "criminal"),
    ("Madame, vous trouverez ci-joint le marché de collecte n° 2023-07. Le bordereau des prix unitaires et "
     "le mémoire technique du titulaire ne vous sont pas communiqués (secret des affaires).",
     "business_secret"),
    ("Centre de santé municipal — L'équipe\n\nDr Paul Roy — médecin généraliste\nMme Nadia Cherif — "
     "infirmière Asalée (diabète, sevrage tabagique)\n\nResponsable administratif : M. Kevin Ortiz",
     "health"),
    ("Rapport d'inspection. Mme Claire Roux, directrice.\n\nL'établissement accueille trois enfants en "
     "situation de handicap, avec un projet d'accueil individualisé établi avec les familles et le médecin "
     "traitant.", "health"),
    ("Municipalité installée le 2 avril 2026\n\nFonction\tÉlu(e)\tÉtiquette\n3e adjoint\tM. Youssef BENALI\t"
     "EELV\nConseiller délégué\tM. Erwan GUILLOUX\tPCF", "politics"),
]
SOMEONES = [
    ("Certificat médical\n\nJe soussigné, Dr Paul Roy, certifie avoir examiné Mme Anne Martin, qui "
     "présente une entorse de la cheville.", "health"),
    ("Note au directeur\n\nM. Paul Roy a été victime d'une agression hier soir ; il a porté plainte.",
     "criminal"),
    ("PROTÉGÉ\nNote à M. le directeur sur le dossier de M. Paul Roy.", "marking"),
    ("Note au directeur\n\nLa méthode de Paul Martin ne convient plus : il est en arrêt maladie.", "health"),
    ("M. Paul Roy, trésorier du club, est adhérent du Parti socialiste depuis 2010.", "politics"),
    ("Le tribunal a prononcé le délaissement parental de l'enfant de Mme Claire Dubois.", "child_protection"),
    ("Mme Anne Roy est venue au guichet avec son épouse pour le dossier.", "sexuality"),
    ("Rapport du commissaire enquêteur, M. Paul Roy.\n\nArticle paru dans La Nouvelle République du 27 "
     "mars 2025, reproduit en annexe.", "ip"),
    ("Nous avons peur. Tout le quartier sait que M. Paul Roy a fait cinq ans à la centrale de Saint-Maur.",
     "criminal"),
    ("Lemoine : c'est le frère de M. Samir Khelifi qui l'occupe. Il a pris 18 mois en 2023, il est sorti "
     "en février sous bracelet.", "criminal"),
    ("COMMUNE DE MONTFLEURY\nPROCÈS-VERBAL D'INFRACTION N° 17\n\nNous avons constaté chez M. Paul Roy "
     "une extension sans permis.", "criminal"),
    ("Ticket 4471 — supervision de l'usine\nLe PC de supervision est joignable depuis Internet, mot de "
     "passe par défaut, aucun pare-feu.", "security"),
    ("Note interne. Le bordereau des prix unitaires de la société Ducastel (taux horaire 31,20 €) ne doit "
     "pas sortir du service.", "business_secret"),
    ("Note. Le projet d'accueil individualisé de l'enfant a été établi avec le médecin traitant.", "health"),
    ("Accueil de loisirs — inscription\n\nResponsable légal : M. Kevin Ortiz\nEnfant : Léa Ortiz, "
     "diabète de type 1, insuline au déjeuner.", "health"),
    ("Mme Christine Arrighi, vice-présidente du comité des fêtes, conduira la liste d'opposition "
     "(divers gauche) aux municipales.", "politics"),
    ("De : Franck Oudin\nÀ : Samia Benali\n\nMme Christine Arrighi, trésorière du club, est soutenue "
     "par LFI.", "politics"),
]


@pytest.mark.parametrize(("text", "category"), NO_ONES)
def test_topics_handouts_verbs_and_notices_are_no_ones(  # type: ignore[no-untyped-def]
    categories, text: str, category: str
) -> None:
    assert category not in categories(text)


@pytest.mark.parametrize(("text", "category"), SOMEONES)
def test_their_twins_still_tell_of_someone(categories, text: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert category in categories(text)
