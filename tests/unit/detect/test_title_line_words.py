"""The model's PERSON on a title line made of ordinary words, in any inflection or ligature, or a
division's number ("Vœux du Président…", "Bonne année", "Titre III"), is no one's name; a name on
a title line still is."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,word", [
    ("Vœux de la Présidente de la Communauté de communes\n\nLa présidente a présenté ses vœux.", "Vœux"),
    ("Bonne rentrée\n\nToute l'équipe de l'école vous souhaite une bonne rentrée.", "Bonne"),
    ("Chapitre IV\n\nLes dispositions du présent chapitre s'appliquent aux marchés.", "Chapitre IV"),
])
def test_a_title_of_ordinary_words_names_no_one(find, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(word in f for f in find(text, "PERSON"))


def test_a_name_on_a_title_line_still_counts(find) -> None:  # type: ignore[no-untyped-def]
    text = "Hommage à Gisèle Marchadier\n\nLa commune salue sa doyenne."
    assert "Gisèle Marchadier" in find(text, "PERSON")


@pytest.mark.parametrize("text,date", [
    ("ma fille Lou a eu 11 ans le 3 octobre, peut-elle s'inscrire ?", "3 octobre"),
    ("Mme Alix Porcher, décédée en 1998, a légué la maison", "1998"),
])
def test_more_life_event_dates(find, text: str, date: str) -> None:  # type: ignore[no-untyped-def]
    assert date in find(text, "DATE_OF_BIRTH")
