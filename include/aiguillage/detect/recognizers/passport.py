"""French passport numbers."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer


class FrPassportRecognizer(FrPatternRecognizer):
    """French passport: 2 digits, 2 letters, 5 digits ("12AB34567"). No checksum outside the
    machine-readable zone, so a context word is needed to score.

    Legal basis: RGPD art. 4(1) and art. 87 (identity document number).
    """

    ENTITY = "FR_PASSPORT"
    PATTERNS: ClassVar[list[Pattern]] = [Pattern("PASSPORT", r"(?<![\w])\d{2}[\s\u00a0]?[A-Z]{2}[\s\u00a0]?\d{5}(?![\w])", 0.3)]  # noqa: E501
    CONTEXT: ClassVar[list[str]] = ["passeport", "passport"]
