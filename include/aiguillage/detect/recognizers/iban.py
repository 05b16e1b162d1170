"""IBAN of any country."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect import validators
from aiguillage.detect.recognizers._base import FrPatternRecognizer


class FrIbanRecognizer(FrPatternRecognizer):
    """IBAN of any country, grouped by four or not, in capitals or (compact) in lower case,
    mod 97 == 1 (ISO 13616); a French RIB whose key holds.

    Legal basis: RGPD art. 4(1): bank details identify their holder.
    """

    ENTITY = "IBAN_CODE"
    PATTERNS: ClassVar[list[Pattern]] = [Pattern("IBAN", r"(?<![\w])[A-Z]{2}\d{2}(?:[\s\u00a0-]?[A-Z0-9]{4}){2,7}(?:[\s\u00a0-]?[A-Z0-9]{1,4})?(?![\w])",  # noqa: E501
                        0.5),
                        # written in lower case, without spaces ("fr7616606100110801234567894"): the
                        # checksum and the country's length decide
                        Pattern("IBAN_LOWER", r"(?<![\w])[a-z]{2}\d{2}[a-z0-9]{10,30}(?![\w])", 0.5),
                        # a French RIB on one line: bank, branch, account and key ("16006 21111
                        # 00045890127 21"): its key decides
                        Pattern("RIB", r"(?<![\w])\d{5}[ \u00a0]?\d{5}[ \u00a0]?[A-Z0-9]{11}[ \u00a0]?\d{2}(?![\w])", 0.5)]  # noqa: E501
    CONTEXT: ClassVar[list[str]] = ["iban", "rib", "bancaire", "compte", "virement", "bic"]

    def check(self, text: str) -> bool | None:
        if text[:1].isdigit():
            return validators.rib_is_valid(text)
        return validators.iban_is_valid(text.upper())
