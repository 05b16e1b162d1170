"""An acronym the document defines in brackets after words in lower case names an organisation or a
scheme: the model's PERSON "La CRIP" is no one. A surname in brackets after a name still is one."""

from __future__ import annotations


def _persons(detector, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "PERSON"]


def test_a_defined_acronym_is_no_person(detector) -> None:  # type: ignore[no-untyped-def]
    text = (
        "DÉPARTEMENT DE LA HAUTE-VIENNE\nObservatoire départemental de la protection de l'enfance\n"
        "Bilan d'activité de la cellule de recueil des informations préoccupantes (CRIP) – année écoulée\n\n"
        "1. Volume\nLa CRIP a reçu 2 918 informations préoccupantes (IP), contre 2 760 l'année précédente "
        "(+ 5,7 %). Elles concernent 3 511 enfants ; 41 % ont moins de six ans.\n"
    )
    assert not any("CRIP" in p for p in _persons(detector, text))  # the model read "La CRIP" as a name


def test_a_surname_in_brackets_is_still_a_person(detector) -> None:  # type: ignore[no-untyped-def]
    text = "Présente : Mme Hélène Martin (LEGRAND), épouse du demandeur, domiciliée à Vannes."
    assert any("Martin" in p for p in _persons(detector, text))
