"""Line analyses joined into one text's NlpArtifacts give Presidio what a whole-text Doc gives it.

The reference is Presidio's own ``SpacyNlpEngine._doc_to_nlp_artifact`` on the line documents
joined by ``Doc.from_docs`` (what detection did before the joins were made without a Doc); the
lemmas there are spaCy's lower-cased forms, as the lean engine reads them.
"""

from __future__ import annotations

from typing import Any

import pytest
from aiguillage.detect.engine import DetectionError, LineAnalysis, join_lines, split_pieces
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine

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


def _reference(engine: Any, nlp: Any, text: str) -> Any:
    from spacy.tokens import Doc

    docs = [nlp(p) for p in split_pieces(text)]
    doc = docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
    assert doc.text == text
    entities, scores = engine._get_updated_entities(engine._get_entities(doc),
                                                    engine._get_scores_for_entities(doc))
    lemmas = [t.lower_ for t in doc]
    return NlpArtifacts(entities=entities, tokens=doc, tokens_indices=[t.idx for t in doc], lemmas=lemmas,
                        nlp_engine=engine, language="fr", scores=scores)


@pytest.mark.parametrize("text", TEXTS)
def test_joined_artifacts_are_the_whole_doc_ones(detector, text: str) -> None:  # type: ignore[no-untyped-def]
    engine = detector.analyzer.nlp_engine
    nlp = engine.nlp["fr"]
    want = _reference(engine, nlp, text)
    got = join_lines(text, [LineAnalysis.of(p, nlp(p), engine) for p in split_pieces(text)], engine)
    assert [len(t) for t in got.tokens] == [len(t) for t in want.tokens]
    assert got.tokens_indices == want.tokens_indices
    assert got.lemmas == want.lemmas
    assert set(got.keywords) == set(want.keywords)
    assert [(e.start_char, e.end_char, e.label_) for e in got.entities] == \
        [(e.start_char, e.end_char, e.label_) for e in want.entities]
    assert got.scores == want.scores
    assert {e.label_ for e in got.entities} <= {"PERSON", "LOCATION", "ORGANIZATION"}  # mapped, MISC dropped
    assert got.entities, "the texts name people and places"


def test_a_line_analysis_must_rebuild_its_line(detector) -> None:  # type: ignore[no-untyped-def]
    engine = detector.analyzer.nlp_engine
    nlp = engine.nlp["fr"]
    with pytest.raises(DetectionError):
        LineAnalysis.of("Jean Dupont\n", nlp("Jean Durand\n"), engine)
    line = LineAnalysis.of("Jean Dupont\n", nlp("Jean Dupont\n"), engine)
    with pytest.raises(DetectionError):
        join_lines("Jean Dupont\nà Lyon\n", [line], engine)


def test_engine_is_presidio_spacy_engine(detector) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(detector.analyzer.nlp_engine, SpacyNlpEngine)
