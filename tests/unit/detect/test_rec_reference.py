"""FrPersonalReferenceRecognizer: a code shape labelled as the number of something a person holds."""

from __future__ import annotations

import pytest
from aiguillage.detect.recognizers.reference import code_shape, labelled


@pytest.mark.parametrize(("text", "value"), [
    ("Votre abonnement porte le numéro EAU-2025-113094.", "EAU-2025-113094"),
    ("Dossier n° URB/2026/00917 — demande de Mme Leroux", "URB/2026/00917"),
    ("Identifiant usager : KX72PQ9", "KX72PQ9"),
    ("Badge d'accès attribué : 0044-8812-73", "0044-8812-73"),
    ("la licence fédérale 2019-445-871 de votre fils", "2019-445-871"),
    ("Mandat de prélèvement, référence unique : MND-ECOLE-0099812", "MND-ECOLE-0099812"),
    ("puce électronique 250269604512345 (chat européen)", "250269604512345"),
    ("N° contribuable 2145 778 903 126", "2145 778 903 126"),
    ("sa carte de transport (n° TRX-4471 992)", "TRX-4471 992"),
    ("carte de transport n° TRX 4471 992", "4471 992"),
    ("Réservation confirmée sous la référence 26LOC07741B.", "26LOC07741B"),
    ("Numéro d'adhérent\t300471\n", "300471"),
    ("concession familiale n° 2007-0338, carré des Pins", "2007-0338"),
])
def test_labelled_codes(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in found for found in find(text, "PERSONAL_REFERENCE"))


def test_column_of_numbers(find) -> None:  # type: ignore[no-untyped-def]
    text = ("Référence dossier\tDemandeur\tDate\n"
            "AQ-2026-0012\tM. Petit\t02/03/2026\n"
            "2026-00457\tMme Lenoir\t05/03/2026\n")
    assert find(text, "PERSONAL_REFERENCE") == ["AQ-2026-0012", "2026-00457"]


@pytest.mark.parametrize("text", [
    "Vu la délibération n° 2025-0087 du conseil municipal",
    "Vu le décret n° 2019-1234 du 25 novembre 2019",
    "Arrêté municipal n° 2026-318 réglementant le stationnement",
    "le pourvoi n° 22-15.478 est rejeté",
    "Le marché n° 24M0012 est attribué à la société Bâtiplus.",
    "Horaires d'ouverture : 9h00-12h30",
    "Budget du dossier : 1 250 000 €",
    "Séance du 2026-05-04, dossier n° 12",
    "Période de validité : 2025-2026",
    "l'article L. 2212-2 du code général des collectivités territoriales",
    "affaire enregistrée sous le n° 21/04417 au greffe",
    "M. Ferrand invoque l'article L.341-4 du code de la consommation",
    "marque déposée à l'INPI sous le numéro 04 3 295 699",
    "Mme Aubry conduisait une BMW S1000RR",
])
def test_not_personal_numbers(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "PERSONAL_REFERENCE") == []


@pytest.mark.parametrize(("code", "ok"), [
    ("AB12C", True), ("C-1996-0412", True), ("1234567", True), ("12345", False), ("CE2", False),
    ("12/05/2026", False), ("2026-05-12", False), ("1 234 567", False), ("8h30", False), ("A-12", False),
])
def test_code_shape(code: str, ok: bool) -> None:
    assert code_shape(code) is ok


@pytest.mark.parametrize(("prefix", "ok"), [
    ("Numéro de licence : ", True), ("la carte grise ", True), ("délibération n° ", False),
    ("concession n° ", True), ("le marché de la concession n° ", True), ("Montant : ", False),
])
def test_labelled(prefix: str, ok: bool) -> None:
    assert labelled(prefix) is ok
