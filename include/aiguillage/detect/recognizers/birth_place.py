"""Places of birth, recognised by what introduces them."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer

_PLACE = (r"\p{Lu}[\p{L}'’-]+(?:[ \u00a0-]+(?:(?:sur|sous|en|lès|les|le|la|de|du|des|d['’])[ \u00a0-]*)?"
          r"\p{Lu}[\p{L}'’-]+){0,3}(?:[ \u00a0]*\([^()\n]{2,40}\))?")

# a date as a birth clause writes it before the place: digits, a month or numbers in words, no
# comma, bracket or full stop between ("1er mai 1990", "11/12/1988", "vingt-huit août mil neuf cent")
_WHEN = r"(?=[\p{L}\d])(?:[\p{L}\d/.'’-]+[ \u00a0]?){1,12}?(?<=[\p{L}\d.])"

# _WHEN with its words taken whole (a word is never split into tokens: no backtracking over a
# word's ways of being cut, which made this pattern 15 times slower than the others together)
_WHEN_WORDS = r"(?=[\p{L}\d])(?:[\p{L}\d/.'’-]++[ \u00a0]?){1,12}?(?<=[\p{L}\d.])"
# a hamlet, a village or a farm named by its kind before its name ("né vers 1902 au hameau de Gauge",
# "née au village de la Sicaudière")
_KIND = (r"(?:(?:hameau|village|lieu-dit|quartier|mas|ferme|domaine|moulin|ch[âa]teau)[ \u00a0]+"
         r"(?:de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|de[ \u00a0]+|du[ \u00a0]+|des[ \u00a0]+|d['’])?)")


class FrBirthPlaceRecognizer(FrPatternRecognizer):
    """Place of birth: "née à Bamako (Mali)", "né(e) à Saint-Denis de la Réunion",
    "lieu de naissance Ajaccio". With a name, a birth place narrows a person down.

    Legal basis: RGPD art. 4(1).
    """

    ENTITY = "LOCATION"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("BIRTH_PLACE", rf"(?<=\bn[ée]e?s?(?:\(e\))?[ \u00a0]+(?:[àa]|au|en)[ \u00a0]+){_PLACE}", 0.85),  # noqa: E501
        # after the date: "née le 1er mai 1990 à Rennes", "né le 2 March 1983 à Bristol (Royaume-Uni)",
        # "née le vingt-huit août mil neuf cent quatre-vingt-seize à Thiès"
        Pattern("BIRTH_PLACE_AFTER_DATE",
                # (matched from "né" and kept from the place with \K: a variable lookbehind tried at
                # every capital made detection 3× slower)
                rf"\bn[ée]e?s?(?:\(e\))?[ \u00a0]+(?:le|en)[ \u00a0]+{_WHEN}[ \u00a0]+(?:[àa]|au)[ \u00a0]+\K{_PLACE}",  # noqa: E501
                0.85),
        # a place named by its kind: "né au hameau de Gauge", "né vers 1902 au village de la Sicaudière"
        Pattern("BIRTH_PLACE_KIND",
                rf"\bn[ée]e?s?(?:\(e\))?[ \u00a0]+(?:(?:le|en|vers)[ \u00a0]+{_WHEN_WORDS}[ \u00a0]+)?"
                r"(?:[àa]|au)[ \u00a0]+"
                rf"\K{_KIND}{_PLACE}", 0.85),
        Pattern("BIRTH_PLACE_LABEL", rf"(?i:(?<=\blieu[ \u00a0]+de[ \u00a0]+naissance[ \u00a0]+)){_PLACE}", 0.85),  # noqa: E501
    ]
    CONTEXT: ClassVar[list[str]] = ["né", "née", "naissance"]
