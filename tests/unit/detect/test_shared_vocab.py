"""The NER pipeline may share the vocabulary of a pipeline of the same model package (the
sensitivity parser's, in a worker's preload) instead of reading it again: it then finds the same
entities as with its own, and a pipeline of another package is never shared."""

from __future__ import annotations

import spacy
from aiguillage.detect.engine import SPACY_MODEL
from aiguillage.detect.nlp import load_ner_pipeline, same_model
from aiguillage.sensitivity.subjects import Parser

TEXTS = [
    "Mme Claire MARTIN\n12 rue des Lilas\n75011 Paris\n",
    "Le conseil municipal de Montpellier a entendu M. Jean Dupont, tél. 06 12 34 56 78.",
    "Par arrêté du 3 mars 2024, le maire de Lyon autorise la Société Générale à occuper le domaine "
    "public devant le 4 place Bellecour. Monsieur Pierre Lefèvre, né à Nantes, en est informé.",
    "Une seule ligne avec Marie-Hélène Dubois-Leroy à Saint-Étienne et l'association ATD Quart Monde",
]


def _ents(nlp, texts):  # type: ignore[no-untyped-def]
    return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]


def test_same_entities_with_the_parsers_vocabulary() -> None:
    parser = Parser.get()
    assert parser is not None
    shared = load_ner_pipeline(SPACY_MODEL, vocab_of=parser)
    own = load_ner_pipeline(SPACY_MODEL)
    assert shared.vocab is parser.vocab
    assert own.vocab is not parser.vocab
    assert shared.pipe_names == own.pipe_names
    assert _ents(shared, TEXTS) == _ents(own, TEXTS)
    assert any(_ents(own, TEXTS))
    for word in ("maire", "Montpellier", "arrêté", "xqzv"):
        assert (shared.vocab[word].vector == own.vocab[word].vector).all()
    # the parser still parses as it did with its vocabulary alone
    assert [t.dep_ for t in parser(TEXTS[2])] == [t.dep_ for t in spacy.load(
        SPACY_MODEL, exclude=["ner", "lemmatizer", "attribute_ruler"])(TEXTS[2])]


def test_a_pipeline_of_another_package_is_not_shared() -> None:
    blank = spacy.blank("fr")
    meta = spacy.util.get_model_meta(spacy.util.get_package_path(SPACY_MODEL))
    assert not same_model(blank, meta)
    assert not same_model(object(), meta)
    assert not same_model(None, meta)
    assert same_model(Parser.get(), meta)
    assert load_ner_pipeline(SPACY_MODEL, vocab_of=blank).vocab is not blank.vocab
