"""Foreign addresses written in their country's order: the street's name without a type word, its
number, then a postcode and a city ("Meir 45, 2000 Antwerpen", "Bahnhofplatz 3, 3011 Bern"); a
British city and postcode after a flat ("Flat 2, Bristol BS8 1TH")."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.address import _UK_POSTCODE

_S = r"[ \u00a0]"
_CAP = r"\p{Lu}[\p{L}'’.-]*\p{L}"
# the articles of a Dutch, German, Spanish or Italian street name ("Sint-Jansvliet", "Rue de la Paix"
# is the French recognizer's)
# a post-office box, an article or a lot before a number and a postcode is no street
_NOT_STREET = r"(?!(?i:BP|CS|TSA|CP|Cedex|Article|Art\.|Lot|Section|Parcelle)(?![\p{L}]))"
_JOIN = r"(?:van|der|den|het|de|la|le|del|di|am|an|im|zum|zur)"


class FrForeignOrderAddressRecognizer(FrPatternRecognizer):
    """A street named by one to four words without a type word, its number (with a letter or a
    Belgian "bus" box), a comma, a four- or five-digit postcode (with a country letter: "L-",
    "B-", "CH-") and a city — the order of Belgium, the Netherlands, Germany, Switzerland,
    Luxembourg and Scandinavia. A French address puts the number first, so this shape is foreign.
    A British flat, city and postcode ("Flat 2, Bristol BS8 1TH") too.

    Legal basis: RGPD art. 4(1): where a named person lives locates them.
    """

    ENTITY = "FR_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("NAME_NUMBER_POSTCODE",
                rf"(?<![\w]){_NOT_STREET}{_CAP}(?:{_S}+(?:{_JOIN}{_S}+)?{_CAP}){{0,3}}{_S}+\d{{1,4}}[a-zA-Z]?"
                rf"(?:{_S}*(?:bus|Bus|/){_S}*\d{{1,4}})?{_S}*,{_S}*(?:[A-Z]{{1,2}}-)?\d{{4,5}}{_S}+{_CAP}"
                rf"(?:[ \u00a0-]{_CAP})?", 0.6),
        Pattern("UK_FLAT_CITY_POSTCODE",
                rf"(?<![\w])(?:(?i:flat|apartment|apt\.|unit){_S}+\w{{1,4}},{_S}*)?{_CAP}(?:{_S}+{_CAP})?,?{_S}+"
                rf"{_UK_POSTCODE}", 0.6),
    ]
    CONTEXT: ClassVar[list[str]] = []
