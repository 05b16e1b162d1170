"""The independent sweep and phone or e-mail fields followed by words of the language: a comment
or a second label ("; portable", "(oui, je mets des lettres)") is no residual; what could still be
a number, an address or a name is."""

from __future__ import annotations

import pytest
from aiguillage.sweep import sweep


def rules(text: str) -> set[str]:
    return {h.rule for h in sweep(text)}


@pytest.mark.parametrize("text", [
    "Tél. : [TELEPHONE_1] ; portable [TELEPHONE_2]\n",
    "Téléphone : [TELEPHONE_1] (le soir de préférence)\n",
    "Tél : [TELEPHONE_1], pas de message sur le répondeur !\n",
    "Courriel : [COURRIEL_1] (uniquement le matin)\n",
    "Tél : [TELEPHONE_1], je réponds rarement, laissez un message !\n",
    "Tél. : [TELEPHONE_1] (oui, je mets des lettres, désolée !)\n",
    "E-mail : [COURRIEL_1] ou par courrier\n",
])
def test_words_beside_a_replaced_contact_are_no_residual(text) -> None:  # type: ignore[no-untyped-def]
    assert "form_label" not in rules(text)


@pytest.mark.parametrize("text", [
    "Tél. : [TELEPHONE_1] ou 06 12 44\n",                  # digits
    "Tél. : [TELEPHONE_1] (demander Marie)\n",              # a first name
    "Téléphone : [TELEPHONE_1] chez Kowalczyk\n",           # an unknown capitalised word
    "Courriel : [COURRIEL_1] ou jean point dupont chez orange\n",  # a name in lower case
    "Courriel : [COURRIEL_1] ou marc.b arobase free\n",
    "Courriel : [COURRIEL_1] ou bien martin point free\n",    # the words of an address
    "Tél. : [TELEPHONE_1] (demander girardot)\n",            # a surname in lower case
    "Tél. : O6 5I 23 78 04 (oui, je mets des lettres)\n",   # the number itself left
    "Nom : [PERSONNE_1] ; portable\n",                      # not a contact field
    "Adresse : [ADRESSE_1], derrière la mairie\n",          # not a contact field
])
def test_what_may_still_be_personal_is_counted(text) -> None:  # type: ignore[no-untyped-def]
    assert rules(text)


def test_the_lexicon_is_the_detection_s_model() -> None:
    from aiguillage.detect.engine import SPACY_MODEL
    from aiguillage.detect.recognizers.names import LEXICON_MODEL, is_word_form

    assert LEXICON_MODEL == SPACY_MODEL
    assert is_word_form("réponds") and is_word_form("mets")
    assert not is_word_form("girardot") and not is_word_form("marie") and not is_word_form("Mets")
