"""A register aligned with spaces (dev10 p27, a jumble sale's register of exhibitors): a "Né(e) le
/ à" column holds dates and places of birth, a "Véhicule" column's cells with digits are plates
(a Spanish "4721 KLM (E)", a lower-case "fz 904 kp"), a Spanish plate alone between gaps."""

from __future__ import annotations

from aiguillage.detect.columns import header_kind, typed_columns
from aiguillage.detect.recognizers.license_plate import FrLicensePlateRecognizer
from aiguillage.records import Finding

TABLE = ("N°  Nom                 Né(e) le / à                 Véhicule\n"
         "1   ROUX Anne           4 mai 1961 à Agde            ab 123 cd\n"
         "2   VIDAL Luc           1970 à Lunel (34)            à pied\n"
         "3   SERRES Inès         02.03.1988 à Mèze            8123 BCD (E)\n")


def _persons() -> list[Finding]:
    return [Finding("PERSON", TABLE.index(n), TABLE.index(n) + len(n), 0.9, "FrUppercaseNameRecognizer")
            for n in ("ROUX Anne", "VIDAL Luc", "SERRES Inès")]


def test_headers() -> None:
    assert header_kind("Né(e) le / à") == "DATE_OF_BIRTH"
    assert header_kind("Véhicule") == "FR_LICENSE_PLATE"


def test_birth_and_vehicle_columns_of_a_register() -> None:
    typed = {(f.entity_type, TABLE[f.start:f.end]) for f in typed_columns(TABLE, _persons())}
    assert {("DATE_OF_BIRTH", "4 mai 1961 à Agde"), ("DATE_OF_BIRTH", "1970 à Lunel (34)"),
            ("DATE_OF_BIRTH", "02.03.1988 à Mèze"), ("FR_LICENSE_PLATE", "ab 123 cd"),
            ("FR_LICENSE_PLATE", "8123 BCD (E)")} <= typed
    assert ("FR_LICENSE_PLATE", "à pied") not in typed


def test_a_spanish_plate_between_gaps() -> None:
    text = "4   LOPEZ Ana      DNI 48392017T      4721 KLM (E)   4"
    res = FrLicensePlateRecognizer().analyze(text, entities=["FR_LICENSE_PLATE"], nlp_artifacts=None)
    assert "4721 KLM" in [text[r.start:r.end] for r in res if r.score >= 0.5]
