"""Names spelt with letters outside Latin-1 (FrWideLetterNameRecognizer)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("Prêt n° 7 → Paweł Kowalczyk, 12 rue des Lilas", "Paweł Kowalczyk"),
    ("Inscrite : Zeynep Yılmaz (CE2)", "Zeynep Yılmaz"),
    ("Clés remises à Dragoș Popescu le 3 mai.", "Dragoș Popescu"),
    ("Γιώργος Νικολάου, 14 ans, catégorie minimes", "Γιώργος Νικολάου"),
    ("Lot 4 — Tomáš Dvořák — 2 tables", "Tomáš Dvořák"),
    ("Bénévoles du samedi : Agnieszka Szymańska-Bąk", "Agnieszka Szymańska-Bąk"),
])
def test_wide_letter_name(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, "PERSON"))


@pytest.mark.parametrize(("text", "kept"), [
    ("Une Škoda Octavia grise stationne devant.", "Škoda Octavia"),
    ("Adresse : ul. Świętego Marcina 12, Poznań", "Świętego Marcina"),
    ("Jumelage avec Gdańsk depuis 1992.", "Gdańsk"),
    ("Concert de la Chorale Œcuménique Régionale", "Œcuménique"),
])
def test_no_name(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert not any(kept in v for v in find(text, "PERSON"))
