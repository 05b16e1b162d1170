"""The independent sweep reads a table's header above a row of pseudonyms as a header, whatever its
headings' words (dev5 vw06: "Licence FFRP", an acronym, made the header row a row of values, and
"Né(e) en" the value of "Nom"); a row of values above it still counts."""

from __future__ import annotations

from aiguillage.sweep import sweep


def _form_hits(text: str) -> list[str]:
    return [text[h.start:h.end] for h in sweep(text) if h.rule == "form_label"]


def test_a_header_with_an_acronym_above_pseudonyms() -> None:
    text = ("Matricule\tNom\tAnnée de naissance\tCommune\tCarte UFOLEP\n"
            "[REFERENCE_1]\t[PERSONNE_1]\t[DATE_NAISSANCE_1]\t[ADRESSE_1]\t[REFERENCE_2]\n"
            "[REFERENCE_3]\t[PERSONNE_2]\t[DATE_NAISSANCE_2]\t[ADRESSE_2]\t[REFERENCE_4]\n")
    assert _form_hits(text) == []


def test_a_row_of_values_left_still_counts() -> None:
    text = ("Matricule\tNom\tGarreau Lucien\tCommune\tCarte UFOLEP\n"
            "[REFERENCE_1]\tpersonne\t[DATE_NAISSANCE_1]\t[ADRESSE_1]\t[REFERENCE_2]\n")
    assert "Garreau Lucien" in _form_hits(text)
