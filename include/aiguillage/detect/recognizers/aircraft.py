"""Aircraft and the licences of their pilots: a private aircraft's registration leads to its owner
as a car's plate does, a pilot's licence number to its holder."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer


class FrAircraftRegistrationRecognizer(FrPatternRecognizer):
    """A French aircraft's registration ("F-PCJB", "F-GHTZ": F, a dash, four letters) and an
    ultralight's after the word ULM ("ULM multiaxe 22-AHX", "ULM 59-DVK": its département and
    letters). An airline's aircraft is registered the same way: its registration is replaced too,
    which costs nothing (the owner is a legal person).

    Legal basis: RGPD art. 4(1): a registration leads to the registered owner.
    """

    ENTITY = "FR_LICENSE_PLATE"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("F_REGISTRATION", r"(?<![\w-])F-[A-Z]{4}(?![\w-])", 0.5),
        Pattern("ULM", r"(?<=(?<![\w])ULM(?:[ \u00a0]+\p{Ll}+)?[ \u00a0]*(?:n[°o][ \u00a0]*)?:?[ \u00a0]*)"
                r"\d{2,3}[ \u00a0-]?[A-Z]{2,3}(?![\w-])", 0.6),
    ]
    CONTEXT: ClassVar[list[str]] = ["avion", "aéronef", "ulm", "planeur", "hélicoptère", "propriétaire",
                                    "immatriculé", "immatriculation"]


class FrPilotLicenceRecognizer(FrPatternRecognizer):
    """A pilot's licence number in the European (EASA Part-FCL) shape: the issuing country, "FCL",
    the licence's kind, the aircraft category and a number ("FRA.FCL.PPL.A.0071452",
    "PL.FCL.PPL(A).4471", "BE.FCL.LAPL.A.12345").

    Legal basis: RGPD art. 4(1): a licence number leads to its holder.
    """

    ENTITY = "PERSONAL_REFERENCE"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("EASA_FCL", r"(?<![\w.])[A-Z]{2,3}\.FCL\.[A-Z]{2,5}(?:\.[A-Z]{1,2}|\([A-Z]{1,2}\))?\.?\d{3,8}(?![\w])",  # noqa: E501
                0.7),
    ]
