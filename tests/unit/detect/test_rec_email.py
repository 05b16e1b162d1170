"""FrEmailRecognizer: Presidio's e-mail recognizer with French context, offline tldextract."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("value", ["jean.dupont@gmail.com", "c.martin@ville-montpellier.fr",
                                   "contact+rh@laposte.net", "Marie.Durand@orange.fr"])
def test_emails(find, value) -> None:  # type: ignore[no-untyped-def]
    assert find(f"Courriel : {value}", "EMAIL_ADDRESS") == [value]


@pytest.mark.parametrize("text", ["Écrire à jean.dupont(at)gmail", "Le fichier rapport@2024.pdfx",
                                  "adresse@localhost"])
def test_near_misses(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "EMAIL_ADDRESS") == []
