"""Ages said of a relative, of oneself, in brackets or in other languages (FrAgeMoreRecognizer);
birth dates with German and English months (FrBirthDateMoreRecognizer)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("(laisser sonner, je suis lente à décrocher à soixante-dix-neuf ans).", "soixante-dix-neuf ans"),
    ("Mon mari, quatre-vingt-cinq ans en décembre, sort tôt avec le chien.", "quatre-vingt-cinq ans"),
    ("Mme Christiane Leroux elle-même, 71 ans, 02 31 69 72 04", "71 ans"),
    ("Mme Yolande Esposito, née en 1946 (80 ans en juin), au-dessus du tabac", "80 ans"),
    ("LEFEBVRE Jules et LEFEBVRE Rose (jumeaux, 6 ans), dossier FAM-0730", "6 ans"),
    ("- Lena Schreiber, 9 Jahre (née le 2. März 2017), violon", "9 Jahre"),
    ("- Lena Schreiber, 9 Jahre (née le 2. März 2017), violon", "2. März 2017"),
    ("Mrs Margaret Fitzgerald-Hughes (born 12th March 1958), The Old Rectory", "12th March 1958"),
    ("j'ai 45 ans de métier et j'ai 62 ans.", "62 ans"),
])
def test_more_ages(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "DATE_OF_BIRTH")


@pytest.mark.parametrize(("text", "kept"), [
    ("Arbre concerné : un cèdre de l'Atlas d'environ 80 ans, situé à 4 m.", "80 ans"),
    ("La concession (30 ans) est renouvelée.", "30 ans"),
    ("j'ai 45 ans de métier.", "45 ans"),
])
def test_durations_stay(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert kept not in find(text, "DATE_OF_BIRTH")
