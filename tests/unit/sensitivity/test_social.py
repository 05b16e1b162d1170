"""social: sensitive facts about a person in several wordings, and the traps that are not."""

from __future__ import annotations

import pytest

POSITIVES = [
    "Mme Aurélie Blanc perçoit le RSA depuis 2022 et a déposé un dossier de surendettement.",
    "M. Denis Caron fait l'objet d'une procédure d'expulsion pour impayés de loyer.",
    "M. Paul Roux a été licencié de son entreprise en mars et cherche un logement.",
    # a personal web space greets its reader without a comma; a ligature ("Cœur") lengthens the
    # folded text and once hid the greeting
    "Mon espace CCAS — suivi de ma demande\n\nBonjour Mme Nadège PONS\n\nVotre demande a été examinée. "
    "Motif : vos remboursements au titre du plan de surendettement. Votre demande de colis alimentaire "
    "auprès des Restos du Cœur reste possible.",
]
TRAPS = [
    (
        "Inscription à l'école de musique\nNom : Léa Marchal\nN° allocataire CAF : 2231456\n"
        "Tarif appliqué selon le barème."
    ),
    "Le nombre d'allocataires du RSA a augmenté de 4 % en 2023.",
    "Le budget du centre communal d'action sociale est adopté à l'unanimité.",
    # a sports club's licence holders: "licencié" in its other sense
    "LES FOULÉES DU CAUSSE — 10 km — inscrits licenciés\nM. Paul Roux | 45 min\nMme Anne Vidal | 47 min",
    "Tarif : 10 € pour les licenciés du club. M. Luc Roux, licencié au club depuis 2010, remporte la course.",
    "Le club de handball de Pontivy (245 licenciés) sollicite une subvention. Signé : M. Paul Roux.",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_fact_about_a_person(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "social" in categories(text)


@pytest.mark.parametrize("text", TRAPS)
def test_topic_or_organisation_is_not_a_fact(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "social" not in categories(text)
