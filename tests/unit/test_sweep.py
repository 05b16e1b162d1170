"""The independent last sweep (issue 20 §5): other questions than the detectors', over the public text."""

from __future__ import annotations

import pytest
from aiguillage.records import Finding
from aiguillage.sweep import sweep
from aiguillage.verify import verify_text


def rules(text: str) -> set[str]:
    return {h.rule for h in sweep(text)}


@pytest.mark.parametrize("text,rule", [
    ("reçu par M. Kerbrat-Le Goff ce jour", "civility"),
    ("à Mme nguyen thi thu", "civility"),
    ("signé : M. J.-P. [PERSONNE_2]", "civility"),
    ("Madame Wójcik", "civility"),
    ("Nom : rakotomalala", "form_label"),
    ("Né le : 14/02/2001", "form_label"),
    ("Adresse\t12 r. des Lilas", "form_label"),
    ("Courriel : jean point dupont chez orange", "form_label"),
    ("née Ziegelbaum, veuve de guerre", "person_cue"),
    ("épouse Kowalczyk", "person_cue"),
    ("Le conjoint, Łukasz Wójcik, réside", "person_cue"),
    ("dossier 184127510812345", "digits"),
    ("appeler le 06 12 34 56 78", "digits"),
    ("NIR 1 84 12 75 108 123 45", "digits"),
    ("écrire à jean.dupont@exemple.fr", "at_sign"),
    ("écrire à jean arobase exemple", "at_sign"),
    ("jean (at) exemple", "at_sign"),
])
def test_found(text: str, rule: str) -> None:
    assert rule in rules(text)


@pytest.mark.parametrize("text", [
    "sous la présidence de Monsieur le Maire, [PERSONNE_1]",
    "à Monsieur [PERSONNE_3] et Madame [PERSONNE_4]",
    "à Monsieur e t Madame [PERSONNE_5]",                   # letters spaced by the PDF layout
    "Nom : [PERSONNE_1]\nPrénom : [PERSONNE_2]\nAdresse : [ADRESSE_1]",
    "Nom : ______",
    "né le [DATE_NAISSANCE_1] à [LIEU_1]",
    "Taxe d'habitation : 343 908 000 €",
    "Taxe d'habitation\t343.908.000\t22,49 %",
    "Accusé de réception 034-213401722-20140424-0000071251-DE",
    "Acquisition des lots 443-444-109-110 Immeuble",
    "la séance du 22/05/2014 à 18H00, délibération n° 2014/201",
    "Madame la Présidente, Monsieur le Préfet",
])
def test_not_found(text: str) -> None:
    assert sweep(text) == []


def test_what_the_policy_keeps_is_not_counted() -> None:
    text = "sous la présidence de Monsieur Kerbrat, maire"
    s = text.index("Monsieur")
    assert sweep(text) != []
    assert sweep(text, kept=[(s, text.index(","))]) == []


def test_a_sweep_hit_fails_verification_and_is_not_retried() -> None:
    text = "Dossier suivi par M. Kerbrat, écrire à kerbrat arobase exemple"

    def nothing(_t: str) -> list[Finding]:
        return []

    ver = verify_text(text, nothing, frozenset({"PERSON"}), 0.5)
    assert not ver.passed
    assert "independent_sweep:civility" in ver.problems and "independent_sweep:at_sign" in ver.problems
    assert all(text[f.start:f.end] not in ver.summary() for f in ver.residual)  # types and offsets only

    def official(t: str) -> list[Finding]:  # the rescan says the name is a kept official
        s = t.index("M. Kerbrat")
        return [Finding("PUBLIC_OFFICIAL", s, s + len("M. Kerbrat"), 0.9, "FrPublicOfficialRecognizer")]

    ver = verify_text("Dossier suivi par M. Kerbrat, maire", official, frozenset({"PERSON"}), 0.5)
    assert ver.passed, ver.residual


@pytest.mark.parametrize("text", [
    "Nom\tPrénom\tAdresse\tTéléphone\n[PERSONNE_1]\t[PERSONNE_2]\t[ADRESSE_1]\t[TELEPHONE_1]",
    "Nom\tPrénom\n[PERSONNE_1]\n[PERSONNE_2]",
    "Adresse\tTéléphone\t[TELEPHONE_1]",
    "N°\tTitulaire\tAdresse\tÉchéance\n[PERSONNE_1]\t[PERSONNE_2]\t[ADRESSE_1]\t3 mars 2026",
    # a heading ending with the number sign ("Adhérent réseau n°") is a heading
    "Producteur\tProduits\tTéléphone\tAdhérent réseau n°\n[PERSONNE_1]\tmiel\t[TELEPHONE_1]\t[REF_1]",
    "Élève\tTéléphone\tN° de carte\n[PERSONNE_1]\t[TELEPHONE_1]\t[REF_1]",
])
def test_a_header_row_is_no_value(text: str) -> None:
    assert sweep(text) == []


@pytest.mark.parametrize("text", [
    # a row of values: a name, a date or a number after the label is a value
    "N°\t1996/042\tAdresse\tLe Mas de Chazal\n",
    "Titulaire\tKerbrat\tAdresse\tDupont\n1\t2\t3\t4",
    # a row of headings alone, with no row of as many cells below: a form's line
    "Groupe\tAdresse\tLe Bourg\nfin",
    # a number sign does not make a name a heading
    "Nom\tKerbrat n°\tAdresse\tx\n1\t2\t3\t4",
])
def test_a_row_of_values_is_no_header(text: str) -> None:
    assert any(h.rule == "form_label" for h in sweep(text))
