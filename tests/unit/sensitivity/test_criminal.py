"""criminal: sensitive facts about a person in several wordings, and the traps that are not."""

from __future__ import annotations

import pytest

POSITIVES = [
    # the same words of an agent who is no official, and an official's own offence
    "Mme Inès Roux, agent d'accueil, a déposé plainte après avoir été agressée au guichet.",
    "M. Jean Berthoud, maire, a été placé en garde à vue mardi.",
    "M. Paul Bernard n'a jamais été condamné.",
    "Le maire, M. Jean Dupont, a été placé en garde à vue hier soir.",
    "M. Sami Haddad a été condamné à six mois d'emprisonnement avec sursis probatoire.",
    "Votre fils est actuellement incarcéré à la maison d'arrêt de Nîmes.",
    "M. Loïc Perrin porte un bracelet électronique depuis sa condamnation.",
    "Mme Anne Vidal, acquittée au bénéfice du doute, demande sa réintégration.",
    # a possessive on the term: the act that governs it is not a topic (dev31, a council's record)
    "La maire a retiré, par arrêté du 25 novembre, la délégation consentie à M. Pascal Lacombe à la suite "
    "de sa mise en examen.",
    # a form's party named by its label makes the file his (dev32)
    "Déclaration de mutation d'une licence IV\nCessionnaire : M. Steven Mercadier\n- extrait de casier "
    "judiciaire : porte mention d'une condamnation du 14/09/2019 à 6 mois avec sursis.",
    # a business's manager is a person (dev32: a chamber of trades' file)
    "Fiche artisan — M. Saïd Zerrouki.\nObservations | Fermé le vendredi : "
    "le gérant a été placé en garde à vue.",
]
TRAPS = [
    # an official who files a complaint for the commune or is threatened in office acts in his function
    "Le maire, Mme Sandrine Guillon, a déposé plainte au nom de la commune et fait effacer les tags.",
    "Protection fonctionnelle\nLe maire, M. Jean Berthoud, a reçu des menaces de mort en raison de ses "
    "fonctions et a déposé plainte le 3 mai.",
    (
        "Victime d'un cambriolage : que faire ?\n\nVous pouvez porter plainte au"
        " commissariat, même si vous ignorez qui est l'auteur du vol."
    ),
    "La commune adhère au conseil local de sécurité et de prévention de la délinquance.",
    "Le rapport annuel présente le nombre d'infractions constatées sur le territoire.",
    "Une subvention est versée à l'association d'aide aux victimes du département.",
    # "acquitté" as paid
    "M. Paul Roux a participé au séjour. Montant : 690 €, intégralement acquitté par la famille.",
    "Premier ministre de François Mitterrand, Pierre Mauroy a porté l'abolition de la peine de mort.",
    "Si vous êtes victime de violences au sein de votre couple, appelez le 3919 ou le 17.",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_fact_about_a_person(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "criminal" in categories(text)


@pytest.mark.parametrize("text", TRAPS)
def test_topic_or_organisation_is_not_a_fact(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "criminal" not in categories(text)
