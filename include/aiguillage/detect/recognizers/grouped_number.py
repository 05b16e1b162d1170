"""A long number written in groups of digits, as a notice of payment, a fine or a file gives it
("FPS contesté : 45290 2026 0000 2214 88", "avis n° 0123 4567 8901 2345 67"): fifteen digits and
more in four groups or more, which no sum, date or phone is."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer

# an account's number before it (its country's letters and key, then groups): the IBAN's own
_IBAN_BEFORE = r"(?<![A-Z]{2}\d{2}(?:[ \u00a0][0-9A-Z]{3,5})*[ \u00a0])"
_YEAR = regex.compile(r"(?:19|20)\d{2}")
# a sum written with a space every three digits ("1 250 000 000 000")
_SUM = regex.compile(r"\d{1,3}(?:[ \u00a0]\d{3})+")


class FrGroupedNumberRecognizer(FrPatternRecognizer):
    """Fifteen digits or more in four groups or more, one space apart, each of two to six digits
    ("45290 2026 0000 2214 88"): the number of a notice of payment (a post-parking fee, a fine), a
    file or an account that points to its holder. Not a sum (groups of three), not a row of
    years ("2021 2022 2023 2024"), not inside an IBAN (its own recognizer's); a NIR or a card has
    its own recognizers, which score higher.

    Legal basis: RGPD art. 4(1): such a number leads to the person it was issued to.
    """

    ENTITY = "PERSONAL_REFERENCE"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("GROUPED_DIGITS",
                rf"{_IBAN_BEFORE}(?<![\w.,/-])\d{{2,6}}(?:[ \u00a0]\d{{2,6}}){{3,}}(?![\w]|[.,/-]\d)", 0.6),
    ]
    CONTEXT: ClassVar[list[str]] = []

    def validate_result(self, pattern_text: str) -> bool | None:
        groups = pattern_text.split()
        digits = sum(len(g) for g in groups)
        if digits < 15 or _SUM.fullmatch(pattern_text.replace("\u00a0", " ")):
            return False
        if all(_YEAR.fullmatch(g) for g in groups):
            return False
        return None


# the insurers that cover private persons in France, as a register's cell or a letter names them
# (not "MAPA", a public contract's procedure: "MAPA 2025-AD-04"; nor "MSA", a public body)
_INSURERS = (r"(?:AXA|MAIF|MACIF|MAAF|GMF|MATMUT|MMA|GROUPAMA|ALLIANZ|GENERALI|AVIVA|ABEILLE|SWISSLIFE"
             r"|SWISS[ \u00a0]LIFE|PACIFICA|AMV|APRIL|MACSF|AREAS|THELEM|SMACL|LEOCARE|LOVYS)")


class FrInsurancePolicyRecognizer(FrPatternRecognizer):
    """An insurance policy's number right after its insurer's name ("AXA 4419 228 104", "MAIF
    2211847P", "GROUPAMA 45-88-0172", "MACIF 0072 4418"): digits in groups, capitals among them,
    five digits at least — what a register of dogs, vehicles or tenants keeps of a person's
    contract. The insurer goes with it (the pair names the contract); a year ("AXA 2024") or a
    short number is none.

    Legal basis: RGPD art. 4(1): the policy's number leads to its holder.
    """

    ENTITY = "PERSONAL_REFERENCE"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("AFTER_INSURER",
                rf"(?<![\w-])(?i:{_INSURERS})[ \u00a0]+(?:(?i:contrat|police|n[°o]\.?)[ \u00a0]*)?"
                r"(?=[A-Z0-9./-]*\d)[0-9A-Z]+(?:(?:[-/.]|[ \u00a0](?=\d))[0-9A-Z]+)*(?![\w-])", 0.7),
    ]
    CONTEXT: ClassVar[list[str]] = []

    def validate_result(self, pattern_text: str) -> bool | None:
        number = pattern_text.split(maxsplit=1)[-1]
        digits = sum(c.isdigit() for c in number)
        groups = regex.split(r"[ \u00a0./-]+", number.strip())
        if digits < 5 or all(_YEAR.fullmatch(g) for g in groups if g):
            return False
        return None
