"""SIRET, the establishment number."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect import validators
from aiguillage.detect.recognizers._base import FrPatternRecognizer


class FrSiretRecognizer(FrPatternRecognizer):
    """SIRET: SIREN + 5-digit NIC, Luhn, with the La Poste exception (SIREN 356 000 000:
    digit sum divisible by 5).

    Legal basis: RGPD art. 4(1) for sole traders; anonymized in every case.
    """

    ENTITY = "FR_SIRET"
    WEAK_CHECK = True
    PATTERNS: ClassVar[list[Pattern]] = [Pattern("SIRET", r"(?<![\w.,-])(?<!\d[\s\u00a0])\d{3}[\s\u00a0.]?\d{3}[\s\u00a0.]?\d{3}[\s\u00a0.]?\d{5}(?![\w-]|[.,\s\u00a0]\d)", 0.6)]  # noqa: E501
    CONTEXT: ClassVar[list[str]] = ["siret", "établissement", "entreprise", "société", "employeur"]

    def check(self, text: str) -> bool | None:
        return validators.siret_is_valid(text)
