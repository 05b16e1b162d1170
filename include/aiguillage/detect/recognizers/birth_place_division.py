"""The division and the country after a place of birth abroad: "né le 8 octobre 1976 à Wenzhou,
province du Zhejiang (Chine)", "née à Kaolack, région de Kaolack (Sénégal)", "né à Tachkent,
oblast de Tachkent" — the place of birth goes on with them."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer

_S = r"[ \u00a0]"
_CAP = r"\p{Lu}[\p{L}'’.-]*\p{L}"
_DIVISION = (r"(?i:province|r[ée]gion|[ée]tat|wilaya|oblast|district|pr[ée]fecture|comt[ée]|gouvernorat|canton"  # noqa: E501
             r"|raion|da[iï]ra|county|state|land|voïvodie|vo[iï]vodie)")
_BRACKET = rf"(?:{_S}*\([^()\n]{{2,30}}\))?"


class FrBirthPlaceDivisionRecognizer(FrPatternRecognizer):
    """A division (province, region, state, wilaya, oblast…) and its country in brackets after a
    place of birth (module docstring). Not after a place no birth introduces ("réunion tenue à
    Lyon, région Auvergne-Rhône-Alpes"), nor a division in lower case ("né à Paris, région
    parisienne" has no name of it).

    Legal basis: RGPD art. 4(1): with a name and a date, a place of birth singles a person out.
    """

    ENTITY = "LOCATION"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("BIRTH_PLACE_DIVISION",
                rf"(?<=(?<![\w])(?i:n[ée]e?s?|n[ée]\(e\))[^\n;]{{0,40}}?(?<![\w])(?i:à|a|au){_S}+{_CAP}"
                rf"(?:[ \u00a0-]{_CAP}){{0,2}}{_BRACKET}{_S}*,{_S}*){_DIVISION}{_S}+"
                rf"(?:(?i:de{_S}+la|de{_S}+l['’]|du|des|de|d['’]){_S}*)?{_CAP}(?:[ \u00a0-]{_CAP}){{0,3}}{_BRACKET}",  # noqa: E501
                0.85),
    ]
    CONTEXT: ClassVar[list[str]] = []
