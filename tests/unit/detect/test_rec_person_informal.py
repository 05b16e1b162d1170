"""Names written informally: lower case in e-mails, nicknames, places the model reads as names."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("salut, c'est anne-sophie leclerc, je passe demain", "anne-sophie leclerc"),
    ("bonjour je suis mathieu et j'habite à côté", "mathieu"),
    ("merci\n--\nfx bertin\n", "fx bertin"),
    ("à bientôt\n-- \nsophie garnier\n", "sophie garnier"),
])
def test_lower_case_names(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in found for found in find(text, "PERSON"))


@pytest.mark.parametrize("text", [
    "c'est vrai que la salle est petite",
    "je suis favorable au projet",
    "--\nservice des sports\n",
])
def test_lower_case_words_are_no_names(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "PERSON") == []


@pytest.mark.parametrize(("text", "value"), [
    ("mon oncle, que les voisins appellent « Titi », passera", "Titi"),
    ("M. Marcel Pujol, dit « Le Grand Marcel », ancien boulanger", "Grand Marcel"),  # the article stays
    ("la doyenne, surnommée \"Mamie Lou\" par tous", "Mamie Lou"),
])
def test_nicknames(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in found for found in find(text, "PERSON"))


def test_place_named_by_its_institution_is_no_person(detector) -> None:  # type: ignore[no-untyped-def]
    text = "Mairie de Quingey — service de l'état civil\nM. Théo Vernier, 25440 Quingey"
    persons = [text[f.start:f.end] for f in detector.analyze(text) if f.entity_type == "PERSON"]
    assert not any("Quingey" in p for p in persons)


@pytest.mark.parametrize(("text", "name"), [
    ("— l'équipe : fanfan, didier, bernadette et marc-antoine", "fanfan"),
    ("merci à loulou, françoise et didier pour le composteur", "loulou"),
    ("mon voisin m. tessier du 38 ter c'est pareil", "tessier"),
    ("j'ai vu mme kerbrat hier", "kerbrat"),
])
def test_lower_case_names_by_their_company(find, text, name) -> None:  # type: ignore[no-untyped-def]
    assert any(name in v for v in find(text, "PERSON"))


@pytest.mark.parametrize(("text", "word"), [
    ("les couleurs : rouge, bleu, vert et jaune", "rouge"),
    ("pommes, poires, didier et abricots", "pommes"),  # one first name among fruits
    ("madame la maire, monsieur le directeur", "la"),
])
def test_lower_case_words_stay(find, text, word) -> None:  # type: ignore[no-untyped-def]
    assert not any(word in v.split() for v in find(text, "PERSON"))


@pytest.mark.parametrize(("text", "value"), [
    ("16/06/2026 | Jean-Paul « Jeannot » Ruffat | lieu-dit Cap de Costes", "Jean-Paul « Jeannot » Ruffat"),
    ("Mme Hélène « Lenou » LE GUEN a prêté la tente.", "Hélène « Lenou » LE GUEN"),
    ("Prêt à Bernard \"Nanard\" Castagnède, rendu le 3 mai.", "Bernard \"Nanard\" Castagnède"),
])
def test_a_nickname_inside_a_name(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PERSON")


@pytest.mark.parametrize(("text", "word"), [
    ('ZAC Port Marianne (phase 3) Secteur "Acconiers" Arrêt du dossier d\'enquête publique', "Acconiers"),
    ("Quartier « Les Cévennes » Projet de rénovation urbaine", "Cévennes"),
])
def test_a_quoted_name_between_ordinary_words_is_no_nickname(find, text, word) -> None:  # type: ignore[no-untyped-def]
    assert not any(word in v for v in find(text, "PERSON"))
