"""Short or thousands-grouped numbers after the label of a person's number
(FrNumberedReferenceRecognizer)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("mon numéro client : 4 512 774 018", "4 512 774 018"),
    ("L'agent, matricule 45871, est affecté au service.", "45871"),
    ("Abonné n° 45 789 — M. Petit", "45 789"),
])
def test_numbered_reference(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PERSONAL_REFERENCE")


@pytest.mark.parametrize(("text", "kept"), [
    ("Vu la délibération n° 45 789 du conseil municipal.", "45 789"),
    ("Le lot n° 12345 est attribué.", "12345"),
    ("Le budget de 45 789 € pour le dossier n° 3.", "45 789"),
])
def test_acts_and_amounts_stay(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert kept not in find(text, "PERSONAL_REFERENCE")


@pytest.mark.parametrize(("text", "value"), [
    ("notre contrat d'assurance habitation le n° MRH 884 102 557 (attestation jointe)", "MRH 884 102 557"),
    ("Règlement | 05 61 69 – 04 – 33 | chèque 4 580 112", "4 580 112"),
    ("Mon numéro de compte usager sur le portail de la commune est le USR-76-00981.", "USR-76-00981"),
])
def test_more_numbered_references(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PERSONAL_REFERENCE")


def test_act_said_with_a_copula_stays(find) -> None:  # type: ignore[no-untyped-def]
    assert find("Le numéro de la délibération est le 2024-0123.", "PERSONAL_REFERENCE") == []
