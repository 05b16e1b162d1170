"""Verification precision on real published documents (Montpellier délibérations, issue 20 §6):
what made published délibérations fail, each fixed at its cause, and what must still fail."""

from __future__ import annotations

import pytest
from aiguillage.anonymize.locate import propagate
from aiguillage.records import Finding
from aiguillage.verify import ordinary_words, residual_findings, strict_sweep, value_sweep

PERSONAL = frozenset({"PERSON", "LOCATION", "FR_ADDRESS"})


@pytest.mark.parametrize("text", [
    "Taxe d’Habitation : 343 908 000 €",            # a budget line, Luhn-valid by chance
    "Taxe d'habitation\t343.908.000\t22,49 %",      # a table cell, thousands grouped by dots
    "Produit : 343 908 000 euros",
    "soit EUR 343908000 au total",
    "un montant de 343.908.000",
])
def test_a_sum_of_money_is_no_identifier(text: str) -> None:
    assert not strict_sweep(text)


@pytest.mark.parametrize("text", [
    "SIREN 343 908 000 (RCS Montpellier)",
    "entreprise n° 343908000.",
    "carte 4970 1012 3456 7893 expirée",
])
def test_an_identifier_written_as_such_is_still_found(text: str) -> None:
    assert {f.entity_type for f in strict_sweep(text)} == {"CHECKSUMMED_ID"}


def test_the_rest_of_a_value_partly_found_elsewhere_is_replaced_too() -> None:
    text = ("la Communauté d’Agglomération de Montpellier, et la Communauté\nd’Agglomération de "
            "Montpellier sur ses fonds propres; la Communauté d’Agglomération de\nMontpellier")
    first = text.index("Communauté")
    last = text.rindex("Communauté")
    city = [i for i in range(len(text)) if text.startswith("Montpellier", i)]
    findings = [Finding("LOCATION", first, city[0] + 11, 0.85, "SpacyRecognizer"),
                Finding("LOCATION", last, city[2] - 1, 0.85, "SpacyRecognizer")]
    findings += [Finding("LOCATION", c, c + 11, 0.85, "SpacyRecognizer") for c in city]
    out = propagate(text, findings)
    covered = {i for f in out for i in range(f.start, f.end)}
    middle = text.index("Communauté\nd’Agglomération")
    assert all(i in covered for i in range(middle, city[1]) if not text[i].isspace())
    # what value sweep would find once all of it is replaced: nothing
    masked = "".join("X" if i in covered else c for i, c in enumerate(text))
    assert not value_sweep(masked, [text[f.start:f.end] for f in findings])


@pytest.mark.parametrize("span,ordinary", [
    ("Foncier Elargissement", True),     # capitals written without accents
    ("la Mairie", True),
    ("Publique Locale", True),           # feminine forms of lexicon adjectives
    ("Etudes", True),
    ("Prénom(s", True),                  # a form label cut by the model
    ("Pouget", False),                   # a surname
    ("Consorts Calvo Casteloot", False),
    ("MARTIN", False),                   # capitals: a surname
    ("Valérie", False),                  # a first name
    ("OPAH", False),
])
def test_model_noise_made_of_ordinary_words(span: str, ordinary: bool) -> None:
    assert ordinary_words(span) is ordinary


def test_residuals_ignore_model_noise_and_spaced_letters_but_not_names() -> None:
    text = "à Monsieur e t Madame [PERSONNE_1], la Mairie ; Pouget ; J. M. signe"
    def at(word: str, etype: str = "PERSON", rec: str = "SpacyRecognizer") -> Finding:
        s = text.index(word)
        return Finding(etype, s, s + len(word), 0.85, rec)
    found = [at("e t"), at("la Mairie", "LOCATION"), at("Pouget"),
             at("J. M.", rec="FrSignatureNameRecognizer")]
    left = {text[f.start:f.end] for f in residual_findings(text, found, PERSONAL, 0.5)}
    assert left == {"Pouget", "J. M."}


@pytest.mark.parametrize(("span", "recognizer", "residual"), [
    # the model's reading of a value that names no one is no residual, in any case
    ("FRANCE", "SpacyRecognizer", False),
    ("France", "SpacyRecognizer", False),
    ("Mairie", "SpacyRecognizer", False),
    ("Ville", "SpacyRecognizer", False),
    # what is more than such a value still is
    ("FRANCE MAGHREB", "SpacyRecognizer", True),
    ("Dijouxbourg", "SpacyRecognizer", True),
    # a rule's finding is never waved through
    ("France", "FrAddressRecognizer", True),
])
def test_common_values_read_by_the_model_are_no_residual(span: str, recognizer: str, residual: bool) -> None:
    from aiguillage.records import Finding
    from aiguillage.verify import residual_findings

    text = f"548\t[ORGANISATION_19] {span}\tF\t1 000 €"
    s = text.index(span)
    found = [Finding("LOCATION", s, s + len(span), 0.85, recognizer)]
    left = residual_findings(text, found, frozenset({"LOCATION"}), 0.5)
    assert bool(left) is residual
