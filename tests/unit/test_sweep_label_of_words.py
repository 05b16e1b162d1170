"""piifix16 (dev13 c11): a field's label of several words after another field on the same line
("Prénom : [PERSONNE_2]   Nom du père : [PERSONNE_3]") is no value left beside the pseudonym; a name
before such a label still is."""

from __future__ import annotations

from aiguillage.sweep import sweep


def test_a_label_of_several_words_is_no_value_left() -> None:
    text = "Nom : [PERSONNE_1]   Prénom : [PERSONNE_2]   Nom du père : [PERSONNE_3]\n"
    assert [h.rule for h in sweep(text, [])] == []


def test_a_name_before_such_a_label_is_still_found() -> None:
    text = "Nom : [PERSONNE_1]   Prénom : [PERSONNE_2] Tesfay Nom du père : [PERSONNE_3]\n"
    hits = sweep(text, [])
    assert any("Tesfay" in text[h.start:h.end] for h in hits)
