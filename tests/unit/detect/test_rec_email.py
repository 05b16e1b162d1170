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


@pytest.mark.parametrize(("text", "value"), [
    ("à l'adresse jl.schoumacher[dot]lux[at]pt[dot]lu. S'il", "jl.schoumacher[dot]lux[at]pt[dot]lu"),
    ("écrire à anne(dot)roux(at)orange(dot)fr", "anne(dot)roux(at)orange(dot)fr"),
    ("marie.durand[at]free[dot]fr", "marie.durand[at]free[dot]fr"),
])
def test_bracketed_dots_in_the_name(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "EMAIL_ADDRESS")


@pytest.mark.parametrize("text", [
    "voir l'article [dot] de la notice, point final",
    "le point [dot] est un symbole",
])
def test_bracketed_dots_without_an_address(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "EMAIL_ADDRESS") == []


def test_obfuscated_with_chez(find) -> None:  # type: ignore[no-untyped-def]
    text = "Contact : kader(point)hamidi(chez)laposte(point)net ou sur place"
    assert "kader(point)hamidi(chez)laposte(point)net" in find(text, "EMAIL_ADDRESS")
