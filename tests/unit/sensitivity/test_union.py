"""union: sensitive facts about a person in several wordings, and the traps that are not."""

from __future__ import annotations

import pytest

POSITIVES = [
    "Observation : Mme Annick Roulleau et M. Pierre-Yves Godard, élus SNESUP au conseil de l'UFR, ont "
    "participé à l'assemblée générale.",  # dev38
    "Mme Annick Roulleau | MCF | retenue pour service non fait : 1/30",
    # a named person's strike (a strike's date and the commune's service are nobody's)
    "Mme Aurélie Pons sera en grève jeudi ; la classe sera accueillie par la commune.",
    "Déclarations préalables de participation à la grève — jeudi 5 décembre\n\nÉcole | Enseignant(e) | "
    "Classe\nLouis-Pasteur | BERTRAND Camille | CP\nLouis-Pasteur | OUALI Samir | CE2",
    # a bare plural says what the persons named are (a plural group alone speaks of anyone)
    "M. Samir Ouali et Mme Aurélie Pons seront présents à l'école comme représentants du SNUipp-FSU.",
    "M. Thierry Roussel, délégué syndical CGT, demande une décharge d'activité.",
    "Mme Nadia Ferhat est syndiquée à FO depuis dix ans.",
    "M. Paul Roux, représentant titulaire au CSE, a été reçu par la direction.",
]
BOARD = "Lycée Jean-Moulin — Conseil d'administration\nProcès-verbal de la séance du 4 février 2026\n\n"
# a mandate told of a person discussed in a board's record (its members' own organisations are not)
BOARD_FACTS = [
    BOARD + "La proviseure indique que la grève a été conduite par M. Julien Castellani, professeur de "
    "philosophie, secrétaire de la section SNES-FSU du lycée.",
    BOARD + "Le gestionnaire précise que Mme Inès Marchal, adhérente de la CGT depuis 2019, a demandé sa "
    "mutation.",
]
BOARD_MEMBERS = [
    BOARD + "Représentants des personnels : Mme Anne Petit (SNES-FSU), M. Paul Roy (FO), Mme Léa Bon (CGT).",
    BOARD + "Mme Anne Petit (SNES-FSU) demande que le calendrier des conseils de classe soit avancé.",
]
TRAPS = [
    "La grève du 5 décembre : la commune organise un service minimum d'accueil. Contact : M. Paul Roux, "
    "directeur.",
    "Le maire, Mme Claire Hoffmann, a reçu les élus comme les représentants de la CGT le 12 mars.",
    "Les résultats des élections professionnelles sont affichés dans le hall.",
    # a staff body named is no membership
    "[16:46]\nSabrina : oui, nouvelle rubrique sur le télétravail, validée au CST de novembre",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_fact_about_a_person(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "union" in categories(text)


@pytest.mark.parametrize("text", TRAPS)
def test_topic_or_organisation_is_not_a_fact(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "union" not in categories(text)


@pytest.mark.parametrize("text", BOARD_FACTS)
def test_a_mandate_told_in_a_boards_record(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "union" in categories(text)


@pytest.mark.parametrize("text", BOARD_MEMBERS)
def test_a_boards_members_sit_for_their_organisation(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "union" not in categories(text)
