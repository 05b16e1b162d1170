"""The engine's artifacts are what Presidio's own ``SpacyNlpEngine`` makes of the same pipeline:
same tokens, offsets, relabelled entities and scores (the oracle is Presidio's public
``process_text`` on each piece); a text is the join of its pieces' ``Doc`` s, exactly."""

from __future__ import annotations

from typing import Any

import pytest
from aiguillage.detect.lines import LineCache, split_pieces
from aiguillage.detect.nlp import PieceError
from presidio_analyzer.nlp_engine import SpacyNlpEngine

TEXTS = [
    "Mme Claire MARTIN\n12 rue des Lilas\n75011 Paris\n"
    "Le conseil municipal de Montpellier a entendu M. Jean Dupont, tél. 06 12 34 56 78.\n"
    "Courriel : claire.martin@orange.fr\n",
    "Author: Jean Dupont\nCompany: Mairie de Lyon\n\n"
    "Par arrêté du 3 mars 2024, le maire de Lyon autorise la Société Générale à occuper le domaine public "
    "devant le 4 place Bellecour. Monsieur Pierre Lefèvre, né le 12/04/1961 à Nantes, en est informé.\n"
    "\n\n   \t\n",
    "Une seule ligne sans fin de ligne avec Marie-Hélène Dubois-Leroy à Saint-Étienne",
]


def _presidio(engine: Any) -> SpacyNlpEngine:
    """Presidio's own engine on the same loaded pipeline and configuration."""
    ref = SpacyNlpEngine(models=engine.models, ner_model_configuration=engine.ner_model_configuration)
    ref.nlp = {"fr": engine.pipeline("fr")}
    return ref


@pytest.mark.parametrize("text", TEXTS)
def test_piece_artifacts_are_presidios(detector, text: str) -> None:  # type: ignore[no-untyped-def]
    engine = detector.analyzer.nlp_engine
    ref = _presidio(engine)
    found = 0
    for piece in split_pieces(text):
        got, want = engine.process_text(piece, "fr"), ref.process_text(piece, "fr")
        assert [t.text for t in got.tokens] == [t.text for t in want.tokens]
        assert got.tokens_indices == want.tokens_indices
        assert [(e.start_char, e.end_char, e.label_) for e in got.entities] == \
            [(e.start_char, e.end_char, e.label_) for e in want.entities]
        assert got.scores == want.scores
        assert got.lemmas == [t.lower() for t in (t.text for t in got.tokens)]  # lower-cased forms
        found += len(got.entities)
    assert found, "the texts name people and places"


@pytest.mark.parametrize("text", TEXTS)
def test_a_text_is_the_join_of_its_pieces(detector, text: str) -> None:  # type: ignore[no-untyped-def]
    engine = detector.analyzer.nlp_engine
    cache = LineCache()
    whole = engine.artifacts(engine.text_doc(text, "fr", cache), "fr")
    assert whole.tokens.text == text
    offset, spans = 0, []
    for piece in split_pieces(text):
        art = engine.process_text(piece, "fr")
        spans += [(e.start_char + offset, e.end_char + offset, e.label_) for e in art.entities]
        offset += len(piece)
    assert [(e.start_char, e.end_char, e.label_) for e in whole.entities] == spans
    assert engine.artifacts(engine.text_doc(text, "fr", cache), "fr").tokens_indices == whole.tokens_indices


def test_an_analysis_must_rebuild_its_text(detector) -> None:  # type: ignore[no-untyped-def]
    engine = detector.analyzer.nlp_engine
    nlp = engine.pipeline("fr")
    with pytest.raises(PieceError):
        engine.join("Jean Dupont\nà Lyon\n", [nlp("Jean Dupont\n")], "fr")


def test_engine_is_presidio_spacy_engine(detector) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(detector.analyzer.nlp_engine, SpacyNlpEngine)
