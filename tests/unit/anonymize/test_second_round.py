"""A residual the rescan sees only in the anonymized text's new context: one more round, never a leak.

The rescan is the real detector; what it cannot be made to do on demand in a small text — see a
place name only once the name before it became "[PERSONNE_1]" — is added to its findings by a
wrapper, the way the model did it on a 64-page dossier (bench/long_documents.py).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from aiguillage.anonymize.keys import KeyRing
from aiguillage.anonymize.publication import publish
from aiguillage.detect.engine import Detector
from aiguillage.policy import load_policy
from aiguillage.records import Extraction, Finding, Part

TEXT = ("Mme Jeanne Martin\nMairie de Dijouxbourg\nObjet : votre demande d'inscription.\n"
        "Fait à Dijouxbourg, le 3 mars 2026.")


def _context_analyzer(extra: Callable[[str], list[Finding]]) -> Callable[[str], list[Finding]]:
    detector = Detector.get()

    def analyze(text: str) -> list[Finding]:
        return detector.analyze(text) + extra(text)

    return analyze


def _place_after_label(text: str) -> list[Finding]:
    """The model's new reading: a place right after a pseudonym."""
    i = text.find("]\nMairie de Dijouxbourg")
    if i < 0:
        return []
    s = text.index("Dijouxbourg", i)
    return [Finding("LOCATION", s, s + len("Dijouxbourg"), 0.85, "SpacyRecognizer")]


def _publish(tmp_path: Path, analyze: Callable[[str], list[Finding]]) -> object:
    policy = load_policy()
    s = TEXT.index("Jeanne Martin")
    person = Finding("PERSON", s, s + len("Jeanne Martin"), 0.9, "SpacyRecognizer")
    return publish(doc_id="d1", doc_format="txt", original=lambda: TEXT.encode(),
                   extraction=Extraction(format="txt", parts=(Part(TEXT),)), findings=[person],
                   operator_for=policy.operator_for, analyze=analyze,
                   personal_entities=policy.personal_entities, min_score=policy.min_score,
                   key_loader=lambda: KeyRing(os.urandom(32), "test"), sovereign_area=tmp_path,
                   policy_data=policy.data)


def test_a_place_seen_only_in_new_context_is_anonymized_everywhere_in_a_second_round(tmp_path: Path) -> None:
    pub = _publish(tmp_path, _context_analyzer(_place_after_label))
    assert pub.files is not None, pub.message  # type: ignore[attr-defined]
    public = pub.files["text.txt"].decode()  # type: ignore[attr-defined]
    assert "Dijouxbourg" not in public and "Jeanne" not in public and "Martin" not in public
    assert "Mairie de [" in public and "Fait à [" in public  # both occurrences, not only the one seen
    assert pub.meta["anonymization_rounds"] == 2  # type: ignore[attr-defined]


def test_a_residual_over_a_pseudonym_is_not_retried(tmp_path: Path) -> None:
    def over_label(text: str) -> list[Finding]:
        i = text.find("]\nMairie")
        return [Finding("LOCATION", i - 3, i + 8, 0.85, "SpacyRecognizer")] if i > 3 else []

    pub = _publish(tmp_path, _context_analyzer(over_label))
    assert pub.files is None  # type: ignore[attr-defined]


def test_a_residual_that_is_still_there_after_the_last_round_sends_the_document_sovereign(
        tmp_path: Path) -> None:
    def endless(text: str) -> list[Finding]:
        found = _place_after_label(text)
        if "Mairie de [" in text:  # once the place is gone, a recognizer sees another word, then
            # another, more than there are rounds (not the model: a model-only hit made of
            # ordinary words is no residual, see verify)
            for word in ("demande", "inscription", "Fait", "mars"):
                i = text.find(word)
                if i >= 0:
                    found.append(Finding("LOCATION", i, i + len(word), 0.85, "FrAddressRecognizer"))
                    break
        return found

    pub = _publish(tmp_path, _context_analyzer(endless))
    assert pub.files is None  # type: ignore[attr-defined]
    assert "residual" in pub.message  # type: ignore[attr-defined]
