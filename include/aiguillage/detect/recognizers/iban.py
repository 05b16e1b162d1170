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


class FrMistypedIbanRecognizer(FrPatternRecognizer):
    """An IBAN written in its groups of four, of its country's exact length, whose key does not
    hold (a digit mistyped or misread: "FR76 1780 6003 8104 1922 7310 038" on a registration form):
    still the holder's account. Under the threshold alone; a bank's word near it ("IBAN",
    "virement", "RIB", "prélèvement") raises it.

    Legal basis: RGPD art. 4(1): bank details identify their holder, a slip in them included.
    """

    ENTITY = "IBAN_CODE"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("IBAN_BAD_KEY",
                r"(?<![\w])[A-Z]{2}\d{2}(?:[ \u00a0][A-Z0-9]{4}){3,7}(?:[ \u00a0][A-Z0-9]{1,3})?(?![\w])",
                0.3)]
    # ("compte" alone is no bank's word here: "Compte DE89 …" with a wrong key is a near miss)
    CONTEXT: ClassVar[list[str]] = ["iban", "rib", "bancaire", "virement", "bic", "prélèvement"]

    def check(self, text: str) -> bool | None:
        v = validators.compact(text)
        if validators.IBAN_LENGTHS.get(v[:2]) != len(v) or validators.iban_is_valid(v):
            return False  # not this country's length, or a valid one (FrIbanRecognizer's)
        return None
