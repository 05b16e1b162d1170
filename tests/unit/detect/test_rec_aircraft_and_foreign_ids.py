"""Aircraft registrations, ultralights' and pilots' licence numbers (dev9 p19, an aero club's
directory), and Spain's DNI/NIE after their name (dev9 p38, a dealer's receipt)."""

from __future__ import annotations

import pytest
from aiguillage.detect.recognizers.aircraft import FrAircraftRegistrationRecognizer, FrPilotLicenceRecognizer
from aiguillage.detect.recognizers.id_card_foreign import FrForeignIdDocumentRecognizer


def _found(rec: object, text: str, entity: str) -> list[str]:
    res = rec.analyze(text, entities=[entity], nlp_artifacts=None)  # type: ignore[attr-defined]
    return [text[r.start:r.end] for r in res if r.score >= 0.5]


@pytest.mark.parametrize("text,value", [
    ("Robin DR400 F-GKQR, appartenant à M. Lemoine", "F-GKQR"),
    ("le Jodel (F-PYXB) de Mme Carré", "F-PYXB"),
    ("un ULM pendulaire 35-BLK basé à Dinard", "35-BLK"),
    ("ULM n° 971-AB (Guadeloupe)", "971-AB"),
])
def test_aircraft_registrations(text: str, value: str) -> None:
    assert value in _found(FrAircraftRegistrationRecognizer(), text, "FR_LICENSE_PLATE")


@pytest.mark.parametrize("text", ["la norme F-16A", "formulaire F-CERFA", "le 35-BLK sans ULM", "Wi-Fi-ABCD"])
def test_no_registration(text: str) -> None:
    assert _found(FrAircraftRegistrationRecognizer(), text, "FR_LICENSE_PLATE") == []


@pytest.mark.parametrize("text,value", [
    ("licence BE.FCL.LAPL.A.12345 valide", "BE.FCL.LAPL.A.12345"),
    ("licence DEU.FCL.CPL(H).00871 (hélicoptère)", "DEU.FCL.CPL(H).00871"),
    ("pilote : FRA.FCL.SPL.00412", "FRA.FCL.SPL.00412"),
])
def test_pilot_licences(text: str, value: str) -> None:
    assert value in _found(FrPilotLicenceRecognizer(), text, "PERSONAL_REFERENCE")


@pytest.mark.parametrize("text,value", [
    ("M. Jordi PUIG, DNI 38123456M, domicilié à Girona", "38123456M"),
    ("titulaire du NIE Y7654321G", "Y7654321G"),
    ("D.N.I. n° 12345678Z", "12345678Z"),
])
def test_spanish_identity_numbers(text: str, value: str) -> None:
    assert value in _found(FrForeignIdDocumentRecognizer(), text, "FR_ID_CARD")


def test_the_verb_nie_is_no_document() -> None:
    assert _found(FrForeignIdDocumentRecognizer(), "il nie 12345678 fois", "FR_ID_CARD") == []
