"""E-mail addresses whose "@" or dots are hidden in brackets of any kind (FrObfuscatedEmailRecognizer)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("Pour toute question : jeanne.roux [arobase] orange [.] fr, merci.",
     "jeanne.roux [arobase] orange [.] fr"),
    ("écrivez à m.dupuis<at>free.fr avant lundi", "m.dupuis<at>free.fr"),
    ("contact : paul(@)laposte(.)net", "paul(@)laposte(.)net"),
    ("Mail : karim.b {at} sfr {.} fr", "karim.b {at} sfr {.} fr"),
    ("réponse à l.moreau <at> gmail <dot> com", "l.moreau <at> gmail <dot> com"),
    ("anais.v[@]yahoo[.]fr pour les inscriptions", "anais.v[@]yahoo[.]fr"),
])
def test_bracketed_at_and_dots(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "EMAIL_ADDRESS")


@pytest.mark.parametrize("text", [
    "La réunion [point] 3 de l'ordre du jour <at> la mairie",
    "voir le tableau (point 2) et la note [.] com",
    "Rendez-vous <at> 10 h.",
])
def test_no_address_in_prose(find, text) -> None:  # type: ignore[no-untyped-def]
    assert not find(text, "EMAIL_ADDRESS")
