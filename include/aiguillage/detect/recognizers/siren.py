"""SIREN, the company number."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect import validators
from aiguillage.detect.recognizers._base import FrPatternRecognizer


class FrSirenRecognizer(FrPatternRecognizer):
    """SIREN: 9 digits (grouped 3-3-3 or not), Luhn. Luhn is weak, so context raises the score.

    Legal basis: RGPD art. 4(1) when the company is a sole trader (entrepreneur individuel); the
    policy anonymizes it in every case rather than guessing the legal form.
    """

    ENTITY = "FR_SIREN"
    WEAK_CHECK = True
    PATTERNS: ClassVar[list[Pattern]] = [Pattern("SIREN", r"(?<![\w.,-])(?<!\d[\s\u00a0])\d{3}[\s\u00a0.]?\d{3}[\s\u00a0.]?\d{3}(?![\w-]|[.,\s\u00a0]\d)", 0.55)]  # noqa: E501
    CONTEXT: ClassVar[list[str]] = ["siren", "rcs", "entreprise", "société", "immatriculée", "registre"]

    def check(self, text: str) -> bool | None:
        return validators.siren_is_valid(text)
