"""First names that are also words of the language, where they stand for a person; a name's words
and login form where the document already named the person."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    # after a salutation
    ("Bonjour Marina,\nje vous écris au sujet de la salle.", "Marina"),
    ("Chère Pascale,\nmerci pour le prêt des tréteaux.", "Pascale"),
    ("Salut Aurore !\nOn se voit samedi.", "Aurore"),
    # before a verb of speech with its pronoun
    ("Hier soir, Marina m'a dit que le portail était resté ouvert.", "Marina"),
    ("Comme Prudence nous a prévenus, la salle sera fermée.", "Prudence"),
    ("Hier, Aurore nous a dit que la barrière était cassée.", "Aurore"),
    # after "chez les"
    ("Les clés sont chez les Kerdraon pour le week-end.", "Kerdraon"),
    ("Le colis a été déposé chez les Bellegarde, au bout du chemin.", "Bellegarde"),
    # an item of a list under a label naming persons
    ("Passagers : Anny ; Lucien et Marthe Zimmermann ; Jo.", "Anny"),
    ("Inscrites : Capucine, Violette, Maïwenn", "Violette"),
    ("Absents : Perle ; Nour", "Perle"),
    ("Bénévoles : Nour, Perle, Ange", "Perle"),
])
def test_a_word_standing_for_a_person(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PERSON")


@pytest.mark.parametrize(("text", "word"), [
    ("Chers Amis,\nla fête aura lieu samedi.", "Amis"),
    ("Bonjour Madame,\nvotre demande est enregistrée.", "Madame"),
    ("Chers Collègues,\nla réunion est reportée.", "Collègues"),
    ("Présents : Bureau ; Conseil ; Trésorerie", "Bureau"),
    ("Le colis est chez Orange, l'opérateur.", "Orange"),
    ("Le Conseil a dit son accord.", "Conseil"),
    ("Participants : CAF, Montélimar et Romans, Secours populaire, Entraide Ukraine Drôme.", "Entraide"),
    ("Participants : CAF, Montélimar et Romans, Secours populaire, Entraide Ukraine Drôme.", "Secours"),
])
def test_a_word_addressing_a_group_or_a_thing_stays(find, text, word) -> None:  # type: ignore[no-untyped-def]
    assert not any(word in v for v in find(text, "PERSON"))


@pytest.mark.parametrize(("text", "value"), [
    # a first name that is an ordinary word, signed alone in lower case under the full name
    ("Jeudi — Pascale Ducros — départ 8 h\n\nBonne rentrée,\npascale\n", "pascale"),
    ("Présents : Mme Colombe Marchetti, M. Jean Billon.\n\nMerci à tous,\ncolombe\n", "colombe"),
    # before a colon and the person's phone
    ("Jean-Baptiste N'Guessan et Marina Kostova\nTél. : 04 76 23 45 76 — Marina : +359 88 612 3456",
     "Marina"),
    # after a salutation, the person named in full elsewhere
    ("Copie : Mme Olive Marchand\n\nBonjour olive,\nle devis est joint.", "olive"),
    # a login: the first name's initial, a dot, the surname, with or without its accents
    ("Présents : Clément Rivière (lot 4).\nCompte rendu : c.riviere — 06 64 07 29 81", "c.riviere"),
    ("Rédaction : Adèle Château\nRelu par a.château le 3 mai", "a.château"),
])
def test_a_named_person_s_words_where_they_stand(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PERSON")


@pytest.mark.parametrize(("text", "value"), [
    ("Host families: the Rousseau family (7 allée des Acacias) and Mr Le Guen.", "Rousseau"),
    # (the capital particle is part of the name)
    ("We stayed with the Le Bihan family last summer.", "Le Bihan"),
    ("The Martineau family will host two pupils.", "Martineau"),
])
def test_an_english_family(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PERSON")


def test_a_civility_glued_to_a_name_and_a_name_in_capitals_stay(detector) -> None:  # type: ignore[no-untyped-def]
    text = ("Présents : Marc Dupont, Léa Martin.\nRapporteur : M.Dupont\n\nASSOCIATION SENS DE VIE\nVIE\n"
            "La vie associative est riche.")
    found = [text[f.start:f.end] for f in detector.analyze(text) if f.entity_type == "PERSON"]
    assert "M.Dupont" not in found
    assert not any(v.casefold() == "vie" for v in found)


@pytest.mark.parametrize(("text", "word"), [
    ("Par arrêt du 28 octobre 2010, la Cour d'appel de Versailles a confirmé cette décision.", "Versailles"),
    ("Le tribunal de Nanterre a répondu le 3 mai.", "Nanterre"),
    ("Enedis a confirmé la coupure.", "Enedis"),
])
def test_a_place_or_a_body_before_a_verb_of_speech_stays(find, text, word) -> None:  # type: ignore[no-untyped-def]
    assert not any(word in v for v in find(text, "PERSON"))
