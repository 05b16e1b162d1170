"""CAF allocataire numbers."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer


class FrCafNumberRecognizer(FrPatternRecognizer):
    """Numéro d'allocataire CAF / MSA: 7 digits, sometimes followed by a key letter. Only with
    the context "allocataire" or "CAF": seven digits alone are anything.

    Legal basis: RGPD art. 4(1); code de la sécurité sociale (données des organismes sociaux).
    """

    ENTITY = "FR_CAF_NUMBER"
    PATTERNS: ClassVar[list[Pattern]] = [Pattern("CAF", r"(?<![\w.,])\d{7}\s?[A-Z]?(?![\w]|[.,]\d)", 0.15)]
    CONTEXT: ClassVar[list[str]] = ["allocataire", "caf", "msa", "allocations"]
