"""Numéro fiscal de référence (SPI)."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect import validators
from aiguillage.detect.recognizers._base import FrPatternRecognizer


class FrTaxIdRecognizer(FrPatternRecognizer):
    """Numéro fiscal (SPI): 13 digits, first 0-3, key = first ten digits mod 511; printed
    "12 34 567 890 123" on tax notices.

    Legal basis: RGPD art. 4(1); livre des procédures fiscales L.103 (secret fiscal).
    """

    ENTITY = "FR_TAX_ID"
    PATTERNS: ClassVar[list[Pattern]] = [Pattern("SPI", r"(?<![\w.,-])(?<!\d[\s\u00a0])[0-3]\d[\s\u00a0]?\d{2}[\s\u00a0]?\d{3}[\s\u00a0]?\d{3}[\s\u00a0]?\d{3}(?![\w-]|[.,\s\u00a0]\d)",  # noqa: E501
                        0.5)]
    CONTEXT: ClassVar[list[str]] = ["fiscal", "spi", "impôt", "impots", "contribuable", "fiscale"]

    def check(self, text: str) -> bool | None:
        return validators.tax_id_is_valid(text)
