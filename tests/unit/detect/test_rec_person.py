"""Person names: civility titles, UPPER-CASE surnames, tables, signature blocks, repetition."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("Le dossier de M. Jean Dupont est complet.", "Jean Dupont"),
    ("Mme Corinne PINTO demeurant", "Corinne PINTO"),
    ("Monsieur DUPONT a été reçu.", "DUPONT"),
    ("Maître Hugues MONCHAMPS, avocat", "Hugues MONCHAMPS"),
    ("Dr Sophie Leroux a examiné", "Sophie Leroux"),
    ("Madame Anne-Sophie de La Tour", "Anne-Sophie de La Tour"),
    ("M. J. DURAND", "J. DURAND"),
])
def test_civility(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PERSON")


@pytest.mark.parametrize("text", ["Monsieur le Maire a ouvert la séance.", "Madame la Présidente,",
                                  "Mesdames et Messieurs les conseillers"])
def test_civility_with_a_role_is_no_name(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "PERSON") == []


@pytest.mark.parametrize(("text", "value"), [
    ("Présents : Corinne VALLET et d'autres", "Corinne VALLET"),
    ("VALLET Étienne a reçu 290 €", "VALLET Étienne"),
    ("Rédigé par Jean-Pierre LE GALL le 3 mars", "Jean-Pierre LE GALL"),
])
def test_uppercase_surnames(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PERSON")


@pytest.mark.parametrize("text", ["EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL",
                                  "Objet TVA applicable", "ARRÊTÉ PORTANT PLACEMENT"])
def test_headings_are_not_names(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "PERSON") == []


def test_table_columns_tab_separated(find) -> None:  # type: ignore[no-untyped-def]
    text = ("Nom\tPrénom\tAdresse\tMontant\nVALLET\tÉtienne\t111 rue Guilbert\t290 €\n"
            "Brunet\tZoé\t53 impasse Vasseur\t12 €")
    found = find(text, "PERSON")
    for name in ("VALLET", "Étienne", "Brunet", "Zoé"):
        assert any(name in f for f in found), name


def test_table_rows_space_joined(detector) -> None:  # type: ignore[no-untyped-def]
    text = "Nom Prénom Adresse Téléphone\nGUILBERT Anaïs 3 rue Haute 0102030405\nKERGOAT Yves 9 rue Basse"
    covered = " ".join(text[f.start:f.end] for f in detector.analyze(text))
    assert "GUILBERT Anaïs" in covered and "KERGOAT Yves" in covered


def test_signature_block(find) -> None:  # type: ignore[no-untyped-def]
    text = "Veuillez agréer nos salutations distinguées.\nLa gestionnaire,\nAnaïs Kergoat"
    assert "Anaïs Kergoat" in find(text, "PERSON")


def test_repeated_name_found_everywhere(find) -> None:  # type: ignore[no-untyped-def]
    text = "Mme Corinne Pinto a déposé sa demande. Le dossier PINTO est complet ; Pinto sera informée."
    found = find(text, "PERSON")
    assert "Corinne Pinto" in found and "PINTO" in found and "Pinto" in found


def test_table_labels_are_not_names(find) -> None:  # type: ignore[no-untyped-def]
    text = "Indicateur\tValeur\nArbres plantés\t1106\nInterventions\t2567"
    assert find(text, "PERSON") == [] and find(text, "LOCATION") == []
