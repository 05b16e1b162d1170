"""piifix20: the independent sweep does not count the "@" of a public body's functional mailbox
(told by :mod:`aiguillage.detect.public_ids`), and still counts every other "@" shape."""

from __future__ import annotations

import pytest
from aiguillage.sweep import sweep


def _at(text: str) -> list[str]:
    return [text[h.start:h.end] for h in sweep(text) if h.rule == "at_sign"]


def test_a_bodys_mailbox_has_no_at_sign_left() -> None:
    assert _at("Mairie de Vitré — service accueil — accueil@mairie-vitre.fr") == []


@pytest.mark.parametrize("text", [
    "Mairie de Vitré — dossier suivi par v.lecoq@mairie-vitre.fr",  # an agent's own mailbox
    "Mairie de Vitré — écrire à famille@orange.fr",  # a mail service of the public
    "Mairie de Vitré — accueil arobase mairie-vitre point fr",  # spelt out: no address to judge
    "Contact : accueil@mairie-vitre.fr (M. Dupont)",  # a person beside it
])
def test_any_other_at_sign_still_counts(text: str) -> None:
    assert _at(text)
