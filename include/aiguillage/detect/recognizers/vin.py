"""A vehicle's identification number (VIN, "numéro de série", field E of the registration
certificate): seventeen capitals and digits, no I, O or Q ("VF1KG1G0H33702981",
"ZFA31200003918765")."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer


class FrVehicleIdentificationNumberRecognizer(FrPatternRecognizer):
    """A VIN anywhere: one word of seventeen capitals and digits without I, O or Q (ISO 3779),
    three letters and five digits at least, a letter beyond F among them (an upper-case
    hexadecimal hash is none). It leads to the vehicle's registered keeper as its plate does.

    Legal basis: RGPD art. 4(1): the VIN identifies the vehicle and, through the register, its
    keeper.
    """

    ENTITY = "PERSONAL_REFERENCE"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("VIN", r"(?<![\w-])[A-HJ-NPR-Z0-9]{17}(?![\w-])", 0.6),
    ]
    CONTEXT: ClassVar[list[str]] = []

    def validate_result(self, pattern_text: str) -> bool | None:
        letters = [c for c in pattern_text if c.isalpha()]
        digits = sum(c.isdigit() for c in pattern_text)
        if len(letters) < 3 or digits < 5 or all(c <= "F" for c in letters):
            return False
        return None
