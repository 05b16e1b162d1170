"""Whom "il"/"elle" stands for, and which lines name the document they head.

A pronoun whose antecedent is a thing (a commission, a scheme, a time limit) tells nothing about a
person; one that may stand for anyone named or designated nearby still does (fail closed). A line
opened by a document's label ("Objet :") names the document; a line of a list ("Majeurs :") does not.
"""

from __future__ import annotations

import pytest

SIGNED = "\n\nL'inspecteur de l'Éducation nationale,\nM. Paul Girard"

THINGS = [
    "Le PIAL de la circonscription regroupe 31 écoles et deux lycées. Pour la rentrée, il dispose de "
    "68 AESH pour 214 élèves bénéficiant d'une notification de la CDAPH." + SIGNED,
    "Bilan d'activité 2025\n\nLe délai moyen entre la saisine et l'avis est de 3,4 mois ; il atteint 5 mois "
    "lorsqu'une expertise psychiatrique est nécessaire." + SIGNED,
    "Règlement intérieur\n\nLa commission de médiation examine les recours dans l'ordre de leur dépôt. Elle "
    "tient compte de l'état de santé ou du handicap des membres du ménage." + SIGNED,
]
PERSONS = [
    ("Mme Claire Roy a déposé sa demande le 3 mars. Elle souffre d'une sclérose en plaques.", "health"),
    ("Le dossier de M. Hugo Roy a été transmis au service. Il est atteint d'un cancer du poumon.", "health"),
    ("Signalement de M. Yanis Morel, agent d'entretien.\n\nAprès vérification, aucun manquement n'a été "
     "constaté dans le service : il est suivi par un psychiatre depuis mars.", "health"),
    ("Compte rendu du comité de direction\n\nM. Karim Lenoir, nouveau directeur du port, prendra ses "
     "fonctions lundi. La DGS rappelle qu'il est encarté chez Les Républicains.", "politics"),
    ("Mme Inès Marchal, agente d'accueil, a été reçue le 2 mars. La responsable du service indique "
     "qu'elle est en congé de longue maladie depuis janvier.", "health"),
]


@pytest.mark.parametrize("text", THINGS)
def test_a_pronoun_that_stands_for_a_thing_tells_nothing(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text)


@pytest.mark.parametrize(("text", "category"), PERSONS)
def test_a_pronoun_that_may_stand_for_a_person_still_tells(categories, text: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert category in categories(text)


def test_a_line_of_a_list_names_no_document(facts) -> None:  # type: ignore[no-untyped-def]
    page = (
        "Licences 2025 | AS Handball\n\nCertificat médical ou questionnaire de santé ?\n\n"
        "Mineurs : questionnaire de santé rempli avec les parents.\n"
        "Majeurs : certificat médical de non contre-indication valable trois ans.\n"
    )
    assert not [f for f in facts(page) if f.rule.startswith("nature.")]


@pytest.mark.parametrize("label", ["Objet", "PJ", "Pièce jointe", "Objet du courrier"])
def test_a_documents_label_names_it(facts, label: str) -> None:  # type: ignore[no-untyped-def]
    letter = f"Mairie de Saint-Aubin\n{label} : certificat médical de M. Hugo Roy\n\nMadame, Monsieur,\n"
    assert [f for f in facts(letter) if f.rule == "nature.certificat_medical"]
