"""piifix19 (dev15, a commune's family, school and leisure services): a household's members named by
what is said of them, young children's ages in months, an age a person will turn, a birthday's day,
a Pass'Sport code — each with the look-alikes that must stay."""

from __future__ import annotations

import pytest
from aiguillage.detect.recognizers.person_household import FrHouseholdMemberRecognizer

REC = FrHouseholdMemberRecognizer()


def _found(text: str, entity: str) -> list[str]:
    return [text[r.start:r.end] for r in REC.analyze(text, []) if r.entity_type == entity and r.score >= 0.5]


@pytest.mark.parametrize("text,name", [
    ("Ayants droit : Pieter Van der Meer (conjoint), Lotte (11 ans), Daan (6 ans)", "Lotte"),
    ("1     Ambre, née le 02/02/2026            Lucie Charpin", "Ambre"),
    ("M. Legrand (papa de Capucine, CM2) demande un second service.", "Capucine"),
    ("Leblanc Tiago    8:30   17:00    Fred (beau-père ?) — pièce vue", "Fred"),
    ("qui vient le chercher : mon conjoint fred (frédéric leblanc) ou la mamie", "fred"),
    ("« Il manque l'attestation d'aisance aquatique de Yuxi. »", "Yuxi"),
    ("« Il manque la fiche sanitaire d'Emir. »", "Emir"),
    ("[08:31] réponse : « ok je préviens le groupe whatsapp. Jul »", "Jul"),
])
def test_a_household_member_named_by_what_is_said(text: str, name: str) -> None:
    assert name in _found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Tarif : Enfant (6 ans), Adulte (18 ans)",
    "Catégorie (11 ans) : 12 inscrits",
    "mon mari travaille (souvent) la nuit",
    "fiche pratique du service état civil de Poitiers.",
    "des dossiers de mariage et de Pacs, des reconnaissances",
    "membre du photo-club de Divonne, Instagram",
    "« Ok. Merci »",
])
def test_no_household_member(text: str) -> None:
    assert _found(text, "PERSON") == []


@pytest.mark.parametrize("text,value", [
    ("3     Sacha Bertrand-Noël, 14 mois         Camille Noël", "14 mois"),
    ("la plus jeune, Ana (8 mois), n'est pas vaccinée", "8 mois"),
    ("son petit-fils Lucas pour son anniversaire (il aura 10 ans le 18).", "10 ans"),
    ("Mme BOUCHET Simone — 90 ans le 4 janvier — transport demandé", "4 janvier"),
])
def test_ages_and_birthdays(text: str, value: str) -> None:
    assert value in _found(text, "DATE_OF_BIRTH")


@pytest.mark.parametrize("text", [
    "PRÊT D'UN VÉLO À ASSISTANCE ÉLECTRIQUE (3 mois)",
    "facture EDF impayée (3 mois) ; retards de loyer (4 mois)",
    "Montant annuel (10 mois) : 6 412 €",
    "La salle a 10 ans de service.",
])
def test_durations_are_no_ages(text: str) -> None:
    assert _found(text, "DATE_OF_BIRTH") == []


def test_a_pass_sport_code() -> None:
    text = "dont 60 € pris en charge par le Pass'Sport (code 2026-PSP-8XK4-QW7R)."
    assert _found(text, "PERSONAL_REFERENCE") == ["2026-PSP-8XK4-QW7R"]
    assert _found("Le Pass'Sport (code couleur vert) est accepté.", "PERSONAL_REFERENCE") == []
