"""Sexual orientation told by a relation: the genders of a person and of their partner."""

from __future__ import annotations

import pytest
from aiguillage.sensitivity.relations import find_relations

SAME_SEX = [
    "Vu la demande présentée par Mme Margaux Delattre, technicienne, au\ntitre de la naissance de l'enfant "
    "de son épouse, Mme Justine Roussel.",
    "Sébastien Morel vit avec un homme depuis dix ans.",
    "M. Karim Benali a demandé une mutation pour rejoindre son mari, affecté à Lyon.",
    "Mme Leroy sera accompagnée de sa compagne lors de la cérémonie.",
    "L'intéressée a déclaré que sa conjointe assurerait la garde.",
    "La mère vit désormais avec sa compagne dans un appartement du quartier.",
    "Mme Martin et Mme Durand se sont mariées en 2019 à Nantes.",
    "Madame,\n\nNous avons bien reçu le courrier de votre épouse concernant le dossier.",
    "Élise Fournier est en couple avec une femme depuis 2018.",
    "Mme Claire Roux et Mme Julie Bon, son épouse, ont acheté la maison voisine.",
    # the persons of a speech: "vous", "je" after a civility
    "« Monsieur Carpentier, puisque vous vivez avec un homme, vous ne pouvez pas être neutre. »",
    "Madame Roussel, vous êtes en couple avec une femme depuis 2020, nous dit-on.",
    "M. Julien Faure précise : « je vis avec un homme depuis huit ans ».",
]
NOT_SAME_SEX = [
    "Monsieur Jean CORRE, retraité, et Madame Marie-Thérèse CORRE, retraitée, son épouse, demeurant "
    "ensemble.",
    "M. Ali AKSOY, né le 3.4.1970, et Mme Hatice YILDIZ, née le 15.03.1973 à Mulhouse (68), son épouse.",
    "M. Dupont est venu avec son épouse.",
    "M. Dupont vit en France avec son épouse.",  # a country named like a first name is no anchor
    "Le mariage de M. Antoine Roy et de Mme Léa Perrin a été célébré le 3 juin.",
    "L'enfant vit avec sa mère et son compagnon.",  # whose partner? the child's gender is not told
    "Mme la Maire salue M. Garnier et son épouse.",
    "Madame, Monsieur,\n\nVotre époux peut bénéficier du congé.",  # salutation of either gender
    "Il est rappelé que le conjoint de l'agent peut être informé.",
    "M. Thomas Petit et sa femme ont signé le bail.",
    "« Madame Roussel, vous vivez avec un homme depuis 2020 », rappelle le président.",
    # the partner noun in apposition to a name is that person; the possessive points further back
    "J'interviens pour M. Quentin Nantes et Mme Florence Vienne, son épouse, propriétaires de la maison.",
]


@pytest.mark.parametrize("text", SAME_SEX)
def test_a_same_sex_couple_is_told(text: str) -> None:
    assert find_relations(text), text


@pytest.mark.parametrize("text", NOT_SAME_SEX)
def test_a_couple_of_two_genders_or_an_unknown_one_tells_nothing(text: str) -> None:
    assert find_relations(text) == [], text


def test_a_guide_speaks_of_anyone() -> None:
    text = "Madame,\n\nSi votre épouse est enceinte, vous pouvez demander un congé."
    assert find_relations(text, general=True) == []


def test_a_relative_named_between_is_the_possessor() -> None:
    text = "Composition : M. Django Weiss, son épouse Mme Mira Weiss, leur fils Tony (24 ans) et sa compagne."
    assert find_relations(text) == []
