"""piifix20 (dev16: urbanism, land and farms): a parcel's reference in brackets after a property or
its owner, a land form's "Terrain :" field, an owner named in brackets by "propriété", an age its
person said, an in-law's first name in lower case — each with the look-alikes that must stay."""

from __future__ import annotations

import pytest
from aiguillage.detect.recognizers.age_told import FrToldAgeRecognizer
from aiguillage.detect.recognizers.cadastre import FrCadastreRecognizer
from aiguillage.detect.recognizers.person_household import FrHouseholdMemberRecognizer
from aiguillage.detect.recognizers.person_owner import FrOwnerInBracketsRecognizer

CADASTRE = FrCadastreRecognizer()


def _found(rec: object, text: str, entities: list[str] | None = None) -> list[str]:
    return [text[r.start:r.end] for r in rec.analyze(text, entities or [])]  # type: ignore[attr-defined]


@pytest.mark.parametrize("text,refs", [
    ("Pigeonnier de la Verchère (ZC 56), Vendenesse-lès-Charolles", ["ZC 56"]),
    ("Elle appartient aujourd'hui à M. Thierry Crochet (ZA 0112).", ["ZA 0112"]),
    ("la propriété de M. et Mme Cuccurullo (AE 284) longe la route", ["AE 284"]),
    ("sollicite l'exclusion de l'allée du manoir (ZH 2)", ["ZH 2"]),
    ("de la maison La Bastide des Buis, 410 chemin de Pech Redon (ZC 160 et ZC 161). Nous",
     ["ZC 160 et ZC 161"]),
    ("SAU : 132 ha dont 38 ha en propriété (ZD 40 à ZD 52, apport de M. Roux)", ["ZD 40 à ZD 52"]),
    ("Terrain : ZC 0145 — ZC 0146\nSurface taxable : 160 m²", ["ZC 0145", "ZC 0146"]),
])
def test_a_parcel_named_with_its_property_or_owner(text: str, refs: list[str]) -> None:
    assert _found(CADASTRE, text) == refs


@pytest.mark.parametrize("text", [
    "Un poids lourd et un car scolaire dans le tunnel du Pradel (RD 907).",
    "Miel et pain d'épices — Mas de la Fontète, route de Sauve (D 999)",
    "pour le véhicule de son conjoint, immatriculé au Luxembourg (LK 4521)",
    "la classe de M. Martin (CE 2)",
    "Maison des associations (salle B 2)",
    "La chapelle communale (AB 12) sera restaurée.",  # the commune's
    "Mme Dupont (UE 12) a validé son semestre.",
    "Terrain de football : vestiaires (AB 12 à refaire)",  # no property noun before, no land form
])
def test_no_parcel_in_brackets_without_property_or_owner(text: str) -> None:
    assert _found(CADASTRE, text) == []


OWNER = FrOwnerInBracketsRecognizer()


@pytest.mark.parametrize("text,name", [
    ("à 4,00 m au moins de la limite avec la parcelle ZB 17 (propriété Cayrou) ; le mur", "Cayrou"),
    ("le fossé (propriétaire : M. Lasfargues) sera curé", "Lasfargues"),
    ("la haie (propriété de M. et Mme Delbos)", "Delbos"),
])
def test_an_owner_in_brackets_is_a_person(text: str, name: str) -> None:
    assert _found(OWNER, text, ["PERSON"]) == [name]


@pytest.mark.parametrize("text", [
    "le lavoir (propriété communale)", "le chemin (propriété de la Commune)", "(propriété privée)",
    "(propriété Conseil Départemental)", "la voie ferrée (propriété SNCF)",
])
def test_a_public_or_unnamed_owner_is_no_person(text: str) -> None:
    assert _found(OWNER, text, ["PERSON"]) == []


AGE = FrToldAgeRecognizer()


@pytest.mark.parametrize("text,age", [
    ("Vous nous avez dit avoir 84 ans et des revenus modestes.", "84 ans"),
    ("Il déclare avoir 67 ans.", "67 ans"),
])
def test_an_age_said(text: str, age: str) -> None:
    assert _found(AGE, text) == [age]


@pytest.mark.parametrize("text", [
    "La commune dit avoir 800 ans d'histoire.", "Le rapport dit avoir 20 ans de recul.",
    "Vous déclarez avoir 2 ans d'ancienneté.",
])
def test_no_age_said_of_a_thing(text: str) -> None:
    assert _found(AGE, text) == []


HOUSEHOLD = FrHouseholdMemberRecognizer()


@pytest.mark.parametrize("text,name", [
    ("pas moi. mon beau frere thierry ne l'a jamais insulté.", "thierry"),
    ("ma belle-soeur nadia est venue", "nadia"),
])
def test_an_in_laws_first_name_in_lower_case(text: str, name: str) -> None:
    assert name in _found(HOUSEHOLD, text)


@pytest.mark.parametrize("text", ["mon beau-frère est venu hier", "ma belle fille a tort"])
def test_an_in_law_without_a_name(text: str) -> None:
    assert _found(HOUSEHOLD, text) == []



@pytest.mark.parametrize("text", [
    "Consulté par : M. Lhermitte (ML0472) le 05/02/2026",  # an agent's login, no space
    "Terrain : ZB 12\nArticle 3 — Le terrain est grevé de la servitude AC1 (abords du monument)",
])
def test_a_login_or_an_easements_code_is_no_parcel(text: str) -> None:
    assert "ML0472" not in _found(CADASTRE, text) and "AC1" not in _found(CADASTRE, text)


def test_a_phishing_exercises_domain_is_no_bodys() -> None:
    from aiguillage.detect.public_ids import public_spans

    text = "Objet : prime exceptionnelle — répondez à rh-prime@ville-primes.com avant vendredi"
    assert public_spans(text) == []
