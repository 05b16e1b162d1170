"""health: sensitive facts about a person in several wordings, and the traps that are not."""

from __future__ import annotations

import pytest

POSITIVES = [
    # … unless the case is someone's
    "M. Didier Roux sera remplacé en cas de récidive de son cancer.",
    # moved into a care unit, "à l'unité" (an elided article before the unit)
    "M. Paul Rabier a été transféré dimanche à l'unité de soins palliatifs de Saint-Jean.",
    "Mme Odile Roux est soignée à l'hôpital de jour de psychiatrie.",
    "Mme Odile Ferrand a été hospitalisée au service de cardiologie du 2 au 9 mars.",
    # told by its circumstances
    "Compte rendu du conseil municipal\nSéance du 3 mai\n\nM. le Maire transmet les amitiés de Luc Perrot : "
    "« Luc m'a téléphoné. Il poursuit son traitement à Reims, les séances le fatiguent. »",
    "Signalement\nM. Ahmed Saïdi a été hospitalisé sur demande d'un tiers au printemps.",
    "L'agent est placé en congé de longue maladie à compter du 1er septembre.",
    "Votre mère, Mme Rose Carpentier, suit une chimiothérapie depuis janvier.",
    "M. Karim Benali, conseiller municipal, est en arrêt maladie jusqu'au 15 avril.",
    "L'intéressée bénéficie de la RQTH depuis 2021 et d'un aménagement de poste.",
    "Monsieur Hugo Lemaire prend du Deroxat depuis son divorce.",
    "M. Yves Morel ne souffre d'aucune pathologie chronique.",
    "Mme Léa Vasseur est enceinte de cinq mois et demande un aménagement d'horaires.",
    "Mme Inès Garnier, présidente de l'association des riverains, a été opérée d'une tumeur.",
    # a counted duration is nobody's topic: it tells how long the person's treatment lasted
    "Nous retrouvons Annick Delpech, qui reprend le 4 mars après huit mois de chimiothérapie.",
    "M. Hugo Lefort revient lundi après trois semaines de chimiothérapie.",
    # the word-forms of medicine no list exhausts
    "M. Romain Guérin souffre d'une cardiomyopathie obstructive découverte en mai.",
    "Mme Agathe Roux, tétraplégique depuis son accident, demande une place adaptée.",
    "Mme Lina Brun a subi une hystérectomie le mois dernier et reprend lundi.",
    "M. Serge Ollivier, en arrêt pour des cervicalgies chroniques, sera remplacé.",
    "La fille de Mme Pichon conteste la contention de sa mère la nuit.",
    # a possessive on the term says whose it is, under a counted duration or a topic (dev31)
    "Josette Cabanel part. L'année a pourtant été difficile pour elle : absente plusieurs mois pour sa "
    "chimiothérapie après son cancer du sein diagnostiqué à l'automne.",
    # "on" told something to someone is no general "on" (dev33)
    "Michel Ferrand part. Il se consacre à ses soins depuis qu'on lui a diagnostiqué une maladie de Charcot.",
    "De : Clémence Roussel\nÀ : Helpdesk\nJe pars en congé prénatal vendredi soir ; merci de rediriger "
    "ma boîte.",
    # pregnancy and an overdose told without their usual nouns (dev34)
    "Mme Kadiatou Sow ne portera plus de caisses : elle attend un bébé pour l'été et le médecin du travail "
    "a demandé un poste sans port de charges.",
    "M. Patrice Gervais a été retrouvé sans vie ; le médecin a conclu à une surdose d'opiacés.",
    # "placée" is no "place" (a topic word added for "places d'hébergement" took it for one)
    "Mme Claire Martin, tél. 06 12 34 56 78, courriel claire.martin@orange.fr, est placée en congé de longue "
    "maladie.",
]
TRAPS = [
    # an association that writes its name in lower case
    "Merci aux bénévoles des associations France Alzheimer, APF France handicap et Unafam, dit Mme Inès "
    "Roux.",
    # "en cas de": a rule for any case, whoever asks for it
    "M. Didier Roux demande le maintien du régime indemnitaire en cas de congé de maladie.",
    # a species the NER reads as a person ("E. coli"): a circular's list of diseases is nobody's
    "Information aux familles\nMaladies entraînant une éviction : certaines maladies contagieuses "
    "nécessitent que l'enfant reste à la maison (coqueluche, gale, gastro-entérite à E. coli, hépatite A).",
    "Le service a été transféré dans le pôle de soins du nouveau bâtiment, annonce Mme Claire Hoffmann.",
    (
        "Mme Claire Aubry présente le bilan : 54 réclamations reçues, dont 21 % liées au"
        " handicap et 9 % à l'état de santé."
    ),
    (
        "L'infirmière scolaire interviendra en classe de 4e pour l'éducation à la santé"
        " mentale et aux addictions."
    ),
    "Le conseil municipal attribue une subvention de 3 000 euros à la Ligue contre le cancer.",
    "Une conférence aura lieu lors de la journée mondiale de lutte contre le sida.",
    "M. le Maire rappelle que la prévention du diabète est une priorité de la commune.",
    "L'adjointe déléguée aux personnes handicapées, Mme Anne Petit, présente le rapport.",
    "Le nombre de patients accueillis au centre hospitalier a augmenté de 4 %.",
    "Mme Sophie Durand anime le mois sans tabac et la semaine de la santé mentale.",
    "M. Paul Girard remercie les bénévoles pour leur sympathie et leur empathie.",
    "Mme Anne Petit évoque avec nostalgie les fêtes de l'ancienne école.",
    "M. Paul Girard présente les travaux de contention des berges de la Sèvre.",
    "Si on vous propose une chimiothérapie, vous pouvez demander un aménagement de poste.",
    "Le mois sans tabac revient en novembre : ateliers et consultations gratuites.",
    "Mme Claire Roux présente son programme de prévention du cancer au conseil.",
    "Mme Claire Roux dépose sa demande de subvention pour l'association de lutte contre le cancer.",
    "Subvention à l'association La Ligue contre le Cancer : Mme Paule Roux, présidente, remercie le conseil.",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_fact_about_a_person(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "health" in categories(text)


@pytest.mark.parametrize("text", TRAPS)
def test_topic_or_organisation_is_not_a_fact(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "health" not in categories(text)
