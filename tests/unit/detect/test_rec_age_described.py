"""Ages of persons described by a noun, or written short (FrDescribedAgeRecognizer)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("Étudiante de 19 ans, titulaire du BAFA, garde vos enfants.", "19 ans"),
    ("Une dame de 83 ans a chuté devant la boulangerie.", "83 ans"),
    ("le jeune homme de 17 ans qui livre les journaux", "17 ans"),
    ("Retraité dynamique de 67 ans cherche jardin à entretenir.", "67 ans"),
    ("M. et Mme Guilbaud (Jean, 81 a. ; Monique, 74 a.)", "81 a."),
    ("M. et Mme Guilbaud (Jean, 81 a. ; Monique, 74 a.)", "74 a."),
    ("notre doyen, Fernand (86 printemps), a encore distancé tout le monde", "86 printemps"),
])
def test_described_age(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, "DATE_OF_BIRTH"))


@pytest.mark.parametrize(("text", "kept"), [
    ("Gratuit pour les enfants de 6 ans et moins.", "6 ans"),
    ("Les filles de 12 ans joueront le samedi.", "12 ans"),
    ("Un bail de 9 ans est consenti à la commune.", "9 ans"),
    ("Le Printemps (2024) des poètes", "2024"),
])
def test_no_described_person(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert not any(kept in v for v in find(text, "DATE_OF_BIRTH"))
