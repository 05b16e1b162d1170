"""A president named in brackets after the group they preside ("Classe en 6 (Jérôme X,
président)") is a private person when no public body is named before the bracket on that line
(dev10 p37: a conscripts' class's president was kept in clear as an official)."""

from __future__ import annotations

import pytest
from aiguillage.detect.recognizers.public_official import FrPublicOfficialRecognizer


def _officials(text: str) -> list[str]:
    return [text[s:e] for s, e, *_ in FrPublicOfficialRecognizer().find(text)]


@pytest.mark.parametrize("text,name", [
    ("Réservation : Conscrits 1986 (Mme Nadège Coutarel, présidente) — repas", "Nadège Coutarel"),
    ("Les Joyeux Pétanqueurs (Roland Vacheresse, président) remercient les bénévoles.", "Roland Vacheresse"),
])
def test_a_bracketed_president_of_a_group_is_no_official(text: str, name: str) -> None:
    assert name not in _officials(text)


@pytest.mark.parametrize("text,name", [
    ("Séance du Conseil communautaire (M. Hervé Lucas, président) du 2 avril", "Hervé Lucas"),
    ("Mme Claire Martin, présidente, ouvre la séance du conseil municipal.", "Claire Martin"),
])
def test_a_public_bodys_president_stays_one(text: str, name: str) -> None:
    assert name in _officials(text)
