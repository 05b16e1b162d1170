"""French national identity card numbers."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer


class FrIdCardRecognizer(FrPatternRecognizer):
    """Carte nationale d'identité: old card, 12 digits (year, month, département, office,
    serial); card issued since 2021, 9 letters and digits. Needs context to score.

    Legal basis: RGPD art. 4(1) and art. 87 (identity document number).
    """

    ENTITY = "FR_ID_CARD"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("CNI_OLD", r"(?<![\w])\d{4}[\s\u00a0]?(?:\d{2}|2[AB])[\s\u00a0]?\d{6}(?![\w])", 0.2),
        Pattern("CNI_NEW", r"(?<![\w])(?=[A-Z0-9]{9}(?![\w]))(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{9}(?![\w])", 0.15),  # noqa: E501
    ]
    CONTEXT: ClassVar[list[str]] = ["identité", "cni", "cnie", "carte"]
