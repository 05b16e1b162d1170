"""Findings made to be masked, not to say whom a fact is about (classifier.SUBJECTLESS_RECOGNIZERS).

A known first name standing alone is masked wherever it stands (detect/recognizers/person_first_name);
as the subject of a term it sent published notices sovereign. The same name read by the NER still is
a subject, so that the difference is the recognizer's alone."""

from __future__ import annotations

from aiguillage.records import Extraction, Finding, Part
from aiguillage.sensitivity import default_classifier

NOTICE = ("Permanence du samedi : Sébastien, bénévole de la Croix-Rouge, oriente vers l'épicerie solidaire "
          "et le RSA.")


def _categories(recognizer: str) -> set[str]:
    start = NOTICE.index("Sébastien")
    finding = Finding("PERSON", start, start + len("Sébastien"), 0.85, recognizer)
    return {f.category for f in default_classifier().classify(Extraction("txt", (Part(NOTICE),)), [finding])}


def test_a_lone_first_name_is_no_subject() -> None:
    assert _categories("FrLoneFirstNameRecognizer") == set()


def test_the_same_name_read_by_the_ner_is_one() -> None:
    assert _categories("SpacyRecognizer") == {"social"}
