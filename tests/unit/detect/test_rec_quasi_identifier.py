"""Roles that single a person out in a small place (FrUniqueRoleRecognizer) and their
generalisation by the policy (operator ``generalize``)."""

from __future__ import annotations

import pytest
from aiguillage.anonymize.operators.generalize import generalized
from aiguillage.policy import load_policy


@pytest.mark.parametrize(("text", "value"), [
    ("Mme Blanche, seule pharmacienne du village, a signalé le problème.", "seule pharmacienne du village"),
    ("l'ancien patron du café du port nous a écrit.", "l'ancien patron du café du port"),
    ("Le seul médecin de la commune part à la retraite.", "Le seul médecin de la commune"),
    ("la gérante du camping de la Plage a répondu.", "la gérante du camping de la Plage"),
    ("C'est la seule habitante du hameau.", "la seule habitante du hameau"),
])
def test_unique_role(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "QUASI_IDENTIFIER")


@pytest.mark.parametrize("text", [
    "La seule solution de la commune est de fermer.",
    "Le seul accès du quartier est fermé.",
    "Le seul commerce du village ferme.",
    "La directrice de l'école de la Source a été reçue.",
])
def test_no_person_no_quasi_identifier(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "QUASI_IDENTIFIER") == []


@pytest.mark.parametrize(("value", "general"), [
    ("seule pharmacienne du village", "une pharmacienne"),
    ("Le seul médecin de la commune", "Un médecin"),
    ("la seule habitante du hameau", "une habitante"),
    ("l'ancien patron du café du port", "l'ancien patron d'un commerce"),
    ("la gérante du camping de la Plage", "la gérante d'un commerce"),
])
def test_generalized(value, general) -> None:  # type: ignore[no-untyped-def]
    assert generalized(value) == general


def test_policy_generalizes_quasi_identifiers() -> None:
    policy = load_policy()
    assert "QUASI_IDENTIFIER" in policy.personal_entities
    assert policy.operator_for("QUASI_IDENTIFIER")["operator"] == "generalize"
