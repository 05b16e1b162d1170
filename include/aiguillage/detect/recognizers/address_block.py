"""The last lines of an address block that have no street's shape: a city or a lieu-dit of several
words alone on its line under the postcode line ("63659 Vincent⏎Saint Bernadette"), and a place
name ending a party's block in a judgment, right before its counsel ("Saint Margaux⏎représentée
par …")."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.names import CIVILITY, looks_like_words

_S = r"[ \u00a0]"
_CAP = r"\p{Lu}[\p{L}'’-]+"
# the particles of a French place name ("Saint-Germain-en-Laye", "Nogent le Rotrou", "Pont d'Ain")
_PARTICLE = r"(?:sur|sous|en|lès|lez|les|le|la|de|du|des|aux|au|d['’]|l['’])"
# a place name of two to four words, alone on its line ("Saint Bernadette", "Nogent le Rotrou")
_MANY_WORDS = (rf"(?!{CIVILITY}(?![\p{{L}}]))\p{{Lu}}[\p{{L}}'’-]{{2,}}"
               rf"(?:{_S}+(?:{_PARTICLE}{_S}*)?{_CAP}){{1,3}}(?={_S}*(?:\n|$))")
# a name that has the shape of a place whatever its words: a saint's name ("Saint-Jean", "Ste
# Marie") or a compound with a place's particle ("Lejeune-les-Bains", "Gilles-la-Forêt")
_PLACE_SHAPED = (rf"(?:(?:Saint|Sainte|St|Ste)[ \u00a0-]+{_CAP}"
                 rf"(?:[ \u00a0-]+(?:{_PARTICLE}[ \u00a0-]*)?{_CAP}){{0,2}}"
                 rf"|{_CAP}(?:-{_PARTICLE}-?{_CAP})+)")
# what follows a party's block in a judgment: its counsel or its appearance
_AFTER_PARTY = (r"(?i:repr[ée]sent[ée]e?s?[ \u00a0]+par|ayant[ \u00a0]+pour[ \u00a0]+conseil|assist[ée]e?s?[ \u00a0]+(?:par|de)"  # noqa: E501
                r"|non[ \u00a0]+comparante?s?|comparante?s?|d[ée]faillante?s?)")


class FrAddressBlockRecognizer(FrPatternRecognizer):
    """A city or lieu-dit of two to four words alone on the line under a postcode line (the
    one-word case is ``CITY_WRAPPED`` of :class:`FrAddressRecognizer`); a place-shaped name (a
    saint's, or a compound with "-sur-", "-les-", "-la-"…) alone on the last line of a party's
    block, right before "représenté(e) par", "ayant pour conseil" or "comparant". A line whose
    words are all ordinary French words ("Direction Générale", "Service Urbanisme") is no place.

    Legal basis: RGPD art. 4(1): where a named person lives locates them.
    """

    ENTITY = "FR_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("CITY_LINE_UNDER_POSTCODE",
                rf"(?<=(?:^|\n){_S}*\d{{5}}{_S}+\p{{Lu}}[^\n\d]{{1,40}}\n{_S}*){_MANY_WORDS}", 0.55),
        Pattern("PLACE_BEFORE_COUNSEL",
                rf"(?<=[^\n]\n{_S}*){_PLACE_SHAPED}(?={_S}*\n(?:{_S}*\n)*{_S}*{_AFTER_PARTY})", 0.55),
    ]
    CONTEXT: ClassVar[list[str]] = []

    def check(self, text: str) -> bool | None:
        """A line of ordinary words is a heading or a service, not a place."""
        return False if looks_like_words(text.replace("-", " ")) else None
