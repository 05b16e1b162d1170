"""piifix19: a table's heading with an elided word ("Début d'accueil") is a heading, not a value left
after a form's label; a surname with an elision after a label still counts."""

from __future__ import annotations

from aiguillage.sweep import sweep


def test_a_heading_with_an_elided_word() -> None:
    text = ("Enfant\tDate de naissance\tDébut d'accueil\tJours\n"
            "[PERSONNE_2]\t[DATE_NAISSANCE_1]\t5 octobre 2026\tlundi à vendredi\n")
    assert sweep(text) == []


def test_a_surname_with_an_elision_after_a_label_counts() -> None:
    assert [h.rule for h in sweep("Nom : N'Diaye\n")] == ["form_label"]
    assert [h.rule for h in sweep("Prénom\tPaul\tNom\tD'Almeida\tVille\tLyon\n")] != []
