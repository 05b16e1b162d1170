"""piifix19: an adjoint's or a councillor's delegation is an official's role; a company's legal form
alone is no person; initials and a surname in lower case between a message's separators are a
person — each with the twin that must stay as it was."""

from __future__ import annotations

import pytest
from aiguillage.detect.engine import postprocess
from aiguillage.detect.recognizers.person_lowercase import FrLowercaseNameRecognizer
from aiguillage.detect.recognizers.public_official import FrPublicOfficialRecognizer
from aiguillage.records import Finding


def _found(rec: object, text: str) -> list[str]:
    return [text[r.start:r.end] for r in rec.analyze(text, []) if r.score >= 0.5]  # type: ignore[attr-defined]


OFFICIAL = FrPublicOfficialRecognizer()


@pytest.mark.parametrize("text,name", [
    ("Arrêtés signés par Mireille Chazot, adjointe au commerce.", "Mireille Chazot"),
    ("Visa : Thierry Blachon, adjoint aux finances.", "Thierry Blachon"),
    ("Accueil : Anne Guillemot, adjointe à la vie locale, et Yvan Le Goff.", "Anne Guillemot"),
    ("Coordination : Mme Sophie Navarro, adjointe à la culture.", "Sophie Navarro"),
    ("M. Paul Durand, conseiller délégué à l'urbanisme, a signé.", "Paul Durand"),
    ("Mme Hélène Roux, conseillère municipale déléguée aux sports.", "Hélène Roux"),
])
def test_an_adjoints_delegation_is_an_officials_role(text: str, name: str) -> None:
    assert name in _found(OFFICIAL, text)


@pytest.mark.parametrize("text", [
    "Pour le sous-préfet, l'adjointe au chef de bureau, Morgane Le Gall.",
    "Mme Odile Martin, adjointe au directeur de l'agence, a signé.",
    "Mme Odile Martin, adjointe au responsable du magasin.",
    "Mme Odile Martin, adjointe de direction.",
])
def test_a_deputy_of_an_office_is_no_official(text: str) -> None:
    assert _found(OFFICIAL, text) == []


def _person(text: str, span: str) -> Finding:
    i = text.index(span)
    return Finding("PERSON", i, i + len(span), 0.85, "SpacyRecognizer")


@pytest.mark.parametrize("text,span", [
    ("Mme Agathe Bertillot (EARL des Pâquiers, associée unique), 3 000 €.", "EARL"),
    ("Le GAEC a déposé sa demande.", "GAEC"),
    ("Candidat : la SCEA, représentée par sa gérante.", "la SCEA"),
])
def test_a_legal_form_alone_is_no_person(text: str, span: str) -> None:
    assert [f for f in postprocess(text, [_person(text, span)]) if f.entity_type == "PERSON"] == []


@pytest.mark.parametrize("text,span", [
    ("1er prix : GAEC Vérot — Sylvain Vérot", "GAEC Vérot"),  # a farm named after its family
    ("Employeur : EARL Guérin (associé unique)", "EARL Guérin"),
    ("Mme Earl Jones, 12 rue Haute", "Earl Jones"),
])
def test_a_farm_named_after_its_family_stays_a_person(text: str, span: str) -> None:
    assert span in [text[f.start:f.end] for f in postprocess(text, [_person(text, span)])]


LOWER = FrLowercaseNameRecognizer()


@pytest.mark.parametrize("text,name", [
    ("[2026-02-10 07:01:38] De 07.66.40.18.25 : index 3342 - jp chaize - compteur D11SE0477210", "jp chaize"),
    ("relevé 0452 — jm dupuis — merci", "jm dupuis"),
    ("compteur 17, fx tessier.", "fx tessier"),
])
def test_initials_and_a_surname_in_lower_case(text: str, name: str) -> None:
    assert name in _found(LOWER, text)


@pytest.mark.parametrize("text", [
    "réponse : pb compteur - rdv demain - ok",
    "Prix : ht tva 20 %",
    "relevé - km cinq - fin",
    "index 3342 - jp chaize et sa femme viennent",  # not standing alone: the model's business
])
def test_abbreviations_in_lower_case_are_no_name(text: str) -> None:
    assert _found(LOWER, text) == []


@pytest.mark.parametrize("text,name", [
    ("- le prochain club aura lieu chez josiane (12 rue des Dôdanes)", "josiane"),
    ("présents : josiane, marie-thé, bernard t., Nadia, Oscar", "josiane"),
    ("Excusés : gérard, Mme Paul", "gérard"),
])
def test_a_lower_case_first_name_at_home_or_present(text: str, name: str) -> None:
    assert name in _found(LOWER, text)


@pytest.mark.parametrize("text", [
    "on se retrouve chez moi puis chez le boulanger",
    "présents : tous les membres, sauf excusés",
    "Absents : aucun.",
])
def test_no_first_name_at_home_or_present(text: str) -> None:
    assert _found(LOWER, text) == []


def test_the_day_of_a_birthday_told_in_the_present() -> None:
    from aiguillage.detect.recognizers.birth_date_more import FrBirthDateMoreRecognizer

    rec = FrBirthDateMoreRecognizer()
    assert "14 mars" in _found(rec, "- Mme Giraudet fête ses 80 ans le 14 mars : on apporte un gâteau !")
    assert _found(rec, "La fête des voisins a lieu le 14 mars.") == []
