"""Plates written with the département first ("2A-381-FT", "13-456-KL"): a plate misread or
mis-typed from its sticker (the département is printed beside the number)."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.license_plate import FrLicensePlateRecognizer

_L = "A-HJ-NP-TV-Z"  # SIV letters: no I, O, U
_DEPT = r"(?:0[1-9]|[1-8]\d|9[0-5]|97[1-6])"


class FrDeptFirstPlateRecognizer(FrPatternRecognizer):
    """A département, three digits and two letters with the same separator between ("2A-381-FT",
    "13 456 KL", "974.112.GH"). A Corsican département ("2A", "2B") makes the shape distinctive
    alone; with digits only it needs a vehicle word near it ("véhicule", "immatriculation"…: the
    plate recognizer's context words).

    Legal basis: RGPD art. 4(1): a plate leads to the registered keeper.
    """

    ENTITY = "FR_LICENSE_PLATE"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("CORSICA_FIRST",
                rf"(?<![\w-])(?i:2[AB])(?P<sep>[-–. ])\d{{3}}(?P=sep)(?i:[{_L}]{{2}})(?![\w-])", 0.6),
        Pattern("DEPT_FIRST",
                rf"(?<![\w-]){_DEPT}(?P<sep>[-–.])\d{{3}}(?P=sep)[{_L}]{{2}}(?![\w-])", 0.4),
    ]
    CONTEXT: ClassVar[list[str]] = list(FrLicensePlateRecognizer.CONTEXT)
