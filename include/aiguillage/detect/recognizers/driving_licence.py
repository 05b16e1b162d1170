"""French driving licence numbers."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer


class FrDrivingLicenceRecognizer(FrPatternRecognizer):
    """Permis de conduire: 12 digits (issued before 2013 and in the national file), or the
    newer 2 digits + 2 letters + 5 digits + … shapes. Needs the context "permis".

    Legal basis: RGPD art. 4(1); code de la route R.225-1 (fichier national des permis).
    """

    ENTITY = "FR_DRIVING_LICENCE"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("PERMIS_DIGITS", r"(?<![\w])\d{2}[\s\u00a0]?\d{2}[\s\u00a0]?\d{2}[\s\u00a0]?\d{6}(?![\w])", 0.15),  # noqa: E501
        Pattern("PERMIS_ALNUM", r"(?<![\w])\d{2}[A-Z]{2}\d{5,8}(?![\w])", 0.15),
    ]
    CONTEXT: ClassVar[list[str]] = ["permis", "conduire"]
