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


def _facts_of(text: str, name: str) -> set[str]:
    start = text.index(name)
    finding = Finding("PERSON", start, start + len(name), 0.85, "FrLoneFirstNameRecognizer")
    return {f.category for f in default_classifier().classify(Extraction("txt", (Part(text),)), [finding])}


def test_a_lone_first_name_names_the_subject_of_its_clause() -> None:
    # the fact is told of the name itself: it is the clause's subject (active or passive)
    assert _facts_of("Quentin a été hospitalisé hier soir pour une pneumonie.", "Quentin") == {"health"}
    assert _facts_of("Message de l'équipe : Nadia est en arrêt maladie jusqu'au 12.", "Nadia") == {"health"}


def test_a_lone_first_name_beside_a_topic_names_no_one() -> None:
    # the name is not the subject of the term's clause: a volunteer who directs people to aid
    assert _facts_of(NOTICE, "Sébastien") == set()
    text = "Atelier du mardi animé par Julien : prévention du diabète et conseils de nutrition."
    assert _facts_of(text, "Julien") == set()
