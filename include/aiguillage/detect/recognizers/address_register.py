"""The place a register's entry gives after its dot leaders ("COATMEUR-LE BERRE, Nolwenn ... Moulin du
Plessis", "VAN DER MEULEN, Pieter (liste complémentaire) ... Kervaziou, route de Névez")."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.address import _LINK, _NAME, _NUM, _WORD, WAYS
from aiguillage.detect.recognizers.names import UPPER_TOKEN, is_ordinary_word

_S = r"[ \u00a0]"
# a register's entry: the surname in capitals (particles too), a comma, then the first names
_ENTRY = rf"(?:[-•*]{_S}*|\d{{1,4}}[.)]{_S}*)?{UPPER_TOKEN}(?:[ \u00a0-]+{UPPER_TOKEN}){{0,3}},{_S}+\p{{Lu}}"
# what an attendance list or a register of votes writes after the leaders: no place
_NOT_PLACE = regex.compile(r"(?i)(?<![\w])(?:M|MM|Mme|Mlle)\.?(?![\w])|\d+[ \u00a0]*(?:voix|%|€)")


class FrRegisterAddressRecognizer(FrPatternRecognizer):
    """The rest of a register's line after its dot leaders ("…", "...", "....") when the line opens
    with an entry "SURNAME, First names": the person's place (a house number and street, a named
    farm or mill, a lieu-dit and its road), up to the line's end. Not an attendance's word after
    the leaders ("Présent", "Excusée", "Radié": words of the language), a proxy ("Pouvoir à M. X")
    or a count of votes; not a table of contents ("Chapitre 1 ..... 12": no entry).

    Legal basis: RGPD art. 4(1): where a listed person lives locates them.
    """

    ENTITY = "FR_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("PLACE_AFTER_LEADERS",
                rf"(?<={_S}(?:\.{{3,}}|…+){_S}*)(?<=(?:^|\n)[ \u00a0]*{_ENTRY}[^\n]{{0,160}}?)"
                rf"(?:{_NUM}[ \u00a0]*,?[ \u00a0]*(?i:{WAYS})[ \u00a0]+)?(?:{_LINK}[ \u00a0]*)?{_WORD}"
                rf"(?:[ \u00a0]{{1,2}}(?:{_LINK}[ \u00a0]*)?{_WORD}){{0,5}}"
                rf"(?:[ \u00a0]*,[ \u00a0]*(?:(?i:{WAYS})[ \u00a0]+(?:{_LINK}[ \u00a0]*)?{_NAME}|{_NAME}))?"
                rf"(?={_S}*(?:\n|$))", 0.6),
    ]

    def check(self, text: str) -> bool | None:
        """No place when every word is a word of the language, or a civility or votes are in it."""
        if _NOT_PLACE.search(text):
            return False
        words = [w for w in regex.findall(r"[\p{L}'’-]+", text) if len(w) > 1]
        if any(c.isdigit() for c in text):
            return None
        return None if any(not is_ordinary_word(w) for w in words) else False
