"""The name of a farming company after its legal form and a particle ("GAEC du Sornin", "EARL de la
Verchère", "SCEA des Grands Champs"): a farm of two or three partners, often a family, is named
after its place, and the name points at them as their surname would ("GAEC Vérot" is found as a
name)."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer

_S = r"[ \u00a0]"
_NAME_WORD = r"\p{Lu}[\p{L}'’-]+"


class FrFarmCompanyPlaceRecognizer(FrPatternRecognizer):
    """A farming company's (GAEC, EARL, SCEA, GFA) name after its particle: the farm's place, as
    an address of its partners. Not the form alone ("le GAEC a déposé"), nor lower-case words
    ("un GAEC de trois associés").

    Legal basis: RGPD art. 4(1) (CJUE C-92/09 Volker und Markus Schecke: a legal person's name
    is personal data where it names natural persons): a family farm's name identifies its
    partners.
    """

    ENTITY = "FR_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("FARM_COMPANY_PLACE",
                rf"(?<=(?<![\p{{L}}])(?:GAEC|EARL|SCEA|GFA){_S}+(?:du|des|de{_S}+la|de{_S}+l['’]|d['’]|de){_S}*)"
                rf"{_NAME_WORD}(?:(?:{_S}+|-){_NAME_WORD}){{0,2}}(?![\p{{L}}])", 0.6),
    ]
    CONTEXT: ClassVar[list[str]] = []
