"""Detection uses Presidio, spaCy and tldextract through their public classes only: the context
enhancer gives Presidio's own ``LemmaContextAwareEnhancer`` scores, the artifacts hold real spaCy
``Doc``/``Span`` objects and nothing of ours, and tldextract is configured, not patched."""

from __future__ import annotations

import pytest

TEXTS = [
    "M. Jean DUPONT, né le 01/02/1970, demeurant 12 rue des Lilas 75011 Paris,\n"
    "courriel jean.dupont@example.org, tél. 01 23 45 67 89, carte bancaire 4970 1000 0000 0063.\n",
    "Numéro de sécurité sociale : 1 84 12 75 116 003 42\nIBAN FR76 3000 6000 0112 3456 7890 189\n"
    "adresse IP 192.168.12.4, SIRET 732 829 320 00074\n",
    "Le conseil municipal, réuni sous la présidence de Mme Claire MARTIN, maire, a délibéré.\n",
]


def _results(detector, text: str, enhancer) -> list[tuple[str, int, int, float]]:  # type: ignore[no-untyped-def]
    """Presidio's analysis of ``text`` with the engine's artifacts and ``enhancer``."""
    from presidio_analyzer import AnalyzerEngine

    engine = detector.analyzer.nlp_engine
    analyzer = AnalyzerEngine(registry=detector.analyzer.registry, nlp_engine=engine,
                              supported_languages=["fr"], context_aware_enhancer=enhancer)
    art = engine.process_text(text, "fr")
    return sorted((r.entity_type, r.start, r.end, round(r.score, 9))
                  for r in analyzer.analyze(text=text, language="fr", nlp_artifacts=art))


@pytest.mark.parametrize("text", TEXTS)
def test_context_enhancer_scores_as_presidios_own(detector, text: str) -> None:  # type: ignore[no-untyped-def]
    from aiguillage.detect.nlp import FrContextEnhancer
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    params = {"context_similarity_factor": 0.35, "min_score_with_context_similarity": 0.4,
              "context_prefix_count": 6, "context_suffix_count": 1}
    ours = _results(detector, text, FrContextEnhancer(**params))
    theirs = _results(detector, text, LemmaContextAwareEnhancer(**params))
    assert ours == theirs
    assert ours  # something was found, and scored


def test_artifacts_are_real_spacy_objects_and_hold_nothing_of_ours(detector) -> None:  # type: ignore[no-untyped-def]
    from presidio_analyzer.nlp_engine import NlpArtifacts
    from spacy.tokens import Doc, Span

    engine = detector.analyzer.nlp_engine
    text = TEXTS[0] + TEXTS[2]
    art = engine.process_text(text, "fr")
    assert isinstance(art, NlpArtifacts) and isinstance(art.tokens, Doc) and art.tokens.text == text
    assert art.entities and all(isinstance(e, Span) and e.doc is art.tokens for e in art.entities)
    assert {e.label_ for e in art.entities} <= {"PERSON", "LOCATION", "ORGANIZATION"}
    assert set(vars(art)) == set(vars(NlpArtifacts([], art.tokens, [], [], None, "fr")))
    assert art.lemmas == [t.lower_ for t in art.tokens]
    assert art.tokens_indices == [t.idx for t in art.tokens]


def test_a_cached_doc_is_never_relabelled(detector) -> None:  # type: ignore[no-untyped-def]
    """Presidio relabels entities in place (PER → PERSON); ours makes new spans, so a Doc kept in
    a shard's cache keeps spaCy's labels and can be read again."""
    from aiguillage.detect.lines import LineCache, split_pieces

    engine = detector.analyzer.nlp_engine
    cache = LineCache()
    text = TEXTS[2]
    first = engine.artifacts(engine.text_doc(text, "fr", cache), "fr")
    labels = [e.label_ for d in cache.get_many(set(split_pieces(text))).values() for e in d.ents]
    second = engine.artifacts(engine.text_doc(text, "fr", cache), "fr")
    assert labels and set(labels) <= {"PER", "LOC", "ORG", "MISC"}
    assert [(e.start_char, e.end_char, e.label_) for e in first.entities] == \
        [(e.start_char, e.end_char, e.label_) for e in second.entities]


def test_tldextract_is_configured_not_patched(detector) -> None:  # type: ignore[no-untyped-def]
    import tldextract
    from aiguillage.detect.recognizers.email import offline_tld_extractor

    # the library's own function, not an instance put in its place (what the engine did before)
    assert not isinstance(tldextract.extract, tldextract.TLDExtract)
    assert tldextract.extract is tldextract.tldextract.extract
    ext = offline_tld_extractor()
    assert ext.suffix_list_urls == () and ext.fallback_to_snapshot
    assert ext("paul.durand@exemple.co.uk").fqdn == "exemple.co.uk"


def test_loading_the_engine_leaves_the_libraries_as_they_are(detector) -> None:  # type: ignore[no-untyped-def]
    """No process-wide replacement: ``re.compile`` (once swapped during the model load to rebuild
    spaCy's tokenizer pattern from a disk cache) and Presidio's classes are the libraries' own."""
    import re

    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    assert re.compile.__module__ == "re" and re.compile.__qualname__ == "compile"
    for cls in (SpacyNlpEngine, LemmaContextAwareEnhancer):
        assert all(getattr(v, "__module__", cls.__module__).startswith("presidio_analyzer")
                   for v in vars(cls).values() if callable(v))
    assert detector.analyze("Contact : anne.leroy@mairie-exemple.fr")
