"""The engine: lean spaCy, batching, chunking, pseudonym labels, overlaps, offline."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest
from aiguillage.detect.engine import SPACY_KEEP, resolve_overlaps, split_chunks
from aiguillage.records import Finding


def test_only_needed_spacy_components(detector) -> None:  # type: ignore[no-untyped-def]
    assert tuple(detector.analyzer.nlp_engine.nlp["fr"].pipe_names) == SPACY_KEEP


def test_singleton(detector) -> None:  # type: ignore[no-untyped-def]
    from aiguillage.detect import Detector

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
        "from aiguillage.detect import Detector\n"
        "t = 'Contact : anne.leroy@mairie-exemple.fr'\n"
        "print(sorted(f.entity_type for f in Detector.get().analyze(t)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True)  # noqa: E501
    assert "EMAIL_ADDRESS" in out.stdout
