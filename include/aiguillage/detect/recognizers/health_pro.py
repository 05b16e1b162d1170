"""Identifiers of health professionals and establishments."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect import validators
from aiguillage.detect.recognizers._base import FrPatternRecognizer


class FrHealthProIdRecognizer(FrPatternRecognizer):
    """RPPS (11 digits, Luhn), ADELI (9 digits) and FINESS (9 characters, Luhn), each only with
    its name nearby: those digit runs are otherwise ordinary numbers.

    Legal basis: RGPD art. 4(1) (a practitioner's number identifies them); code de la santé
    publique L.4001-2 and R.4011-1 (RPPS).
    """

    ENTITY = "FR_HEALTH_PRO_ID"
    WEAK_CHECK = True
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("RPPS", r"(?<![\w])1\d{10}(?![\w])", 0.2),
        Pattern("ADELI_FINESS", r"(?<![\w])(?:\d{2}|2[AB])[\s\u00a0]?\d{7}(?![\w])", 0.15),
    ]
    CONTEXT: ClassVar[list[str]] = ["rpps", "adeli", "finess", "praticien", "médecin"]

    def check(self, text: str) -> bool | None:
        v = validators.compact(text)
        if len(v) == 11:
            return validators.rpps_is_valid(v) or None
        return None
