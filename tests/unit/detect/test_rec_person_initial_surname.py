"""An initial and a surname (FrInitialSurnameRecognizer); a lower-case particle opening a surname
after a civility (FrCivilityNameRecognizer)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("Signé : J. Dupont", "J. Dupont"),
    ("Le courrier de J.-P. Martin est arrivé.", "J.-P. Martin"),
    ("Bien à vous,\nK. NGUYEN-VAN", "K. NGUYEN-VAN"),
    ("M. d'Arcy a répondu.", "d'Arcy"),
    ("Mme de Villiers a répondu.", "Villiers"),
])
def test_initial_surname_and_particles(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Vu l'article L. 2122-22 du CGCT.",
    "Voir l'annexe A. Les travaux commencent.",
])
def test_no_surname_no_person(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "PERSON") == []


def test_name_in_capitals_signed_in_lower_case(find) -> None:  # type: ignore[no-untyped-def]
    text = "Élève\tRAKOTOMALALA Fanja\nClasse\tCM2\n\nSignature du responsable : v. rakotomalala"
    assert "rakotomalala" in find(text, "PERSON")


def test_ordinary_word_not_sought_in_lower_case(find) -> None:  # type: ignore[no-untyped-def]
    text = "M. Pierre Boulanger a écrit ; le boulanger du village aussi."
    assert "boulanger" not in find(text, "PERSON")


def test_recipient_below_the_mayors_header_is_a_person(detector) -> None:  # type: ignore[no-untyped-def]
    text = ("MAIRIE DE TRETS\nLe Maire\n\nMadame Roselyne CASTELLANO\n1420,\nchemin de Peyrolles\n"
            "13530 TRETS\n\nTrets, le 12 juin 2026\n")
    kinds = {text[f.start:f.end]: f.entity_type for f in detector.analyze(text) if f.score >= 0.5}
    assert kinds.get("Roselyne CASTELLANO") == "PERSON"


def test_mayors_signature_stays_an_official(detector) -> None:  # type: ignore[no-untyped-def]
    text = "Je vous prie d'agréer, Madame, mes salutations.\n\nLe Maire,\nJean-Pierre Martin\n"
    kinds = {text[f.start:f.end]: f.entity_type for f in detector.analyze(text) if f.score >= 0.5}
    assert kinds.get("Jean-Pierre Martin") == "PUBLIC_OFFICIAL"


def test_lower_case_name_only_as_a_signature(find) -> None:  # type: ignore[no-untyped-def]
    text = ("Élève\tRAKOTOMALALA Fanja\nClasse\tCM2\n\n"
            "le dossier rakotomalala est complet.\nSignature du responsable : v. rakotomalala")
    found = find(text, "PERSON")
    assert found.count("rakotomalala") == 1  # the signature, not the word in the sentence


def test_model_name_signed_after_an_initial(find) -> None:  # type: ignore[no-untyped-def]
    text = ("Françoise Lechevallier\n12 chemin des Aulnes\n\nVeuillez agréer, Monsieur le Maire, mes "
            "salutations respectueuses.\nf. lechevallier\n")
    assert "lechevallier" in find(text, "PERSON")
