"""Intra-EU VAT numbers."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect import validators
from aiguillage.detect.recognizers._base import FrPatternRecognizer


class EuVatRecognizer(FrPatternRecognizer):
    """Numéro de TVA intracommunautaire: country prefix + national body. French numbers carry
    a key (12 + 3 × (SIREN mod 97)) mod 97 over a Luhn-valid SIREN; other countries must match
    their exact shape and have a VAT context word to score.

    Legal basis: RGPD art. 4(1) for sole traders (the VAT number embeds the SIREN).
    """

    ENTITY = "EU_VAT"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("VAT_FR", r"(?<![\w])FR[\s\u00a0]?\d{2}[\s\u00a0]?\d{3}[\s\u00a0]?\d{3}[\s\u00a0]?\d{3}(?![\w])", 0.6),  # noqa: E501
        Pattern("VAT_EU", r"(?<![\w])(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)"  # noqa: E501
                          r"[\s\u00a0]?[0-9A-Z+*]{8,12}(?![\w])", 0.3),
    ]
    CONTEXT: ClassVar[list[str]] = ["tva", "vat", "intracommunautaire", "intracom"]

    def check(self, text: str) -> bool | None:
        return validators.eu_vat_is_valid(text)

    def validate_result(self, pattern_text: str) -> bool | None:
        ok = validators.eu_vat_is_valid(pattern_text)
        if not ok:
            return False
        return True if validators.compact(pattern_text).startswith("FR") else None
