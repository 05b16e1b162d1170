"""A person's initials in brackets after their name, then used as their name (FrNameAcronymRecognizer)."""

from __future__ import annotations


def test_acronym_of_a_name_is_a_name_everywhere(detector) -> None:  # type: ignore[no-untyped-def]
    text = "– Jean-Pierre Vuillemin (JPV) : « Le lavoir » ;\nRéservations : JPV, 03 29 25 . 41 . 68"
    spans = [(f.start, f.end) for f in detector.analyze(text) if f.entity_type == "PERSON" and f.score >= 0.5]
    assert sum(text[s:e] == "JPV" for s, e in spans) == 2


def test_acronym_that_is_no_initials_stays(find) -> None:  # type: ignore[no-untyped-def]
    assert "ABC" not in find("M. Jean Dupont (ABC) a répondu.", "PERSON")
