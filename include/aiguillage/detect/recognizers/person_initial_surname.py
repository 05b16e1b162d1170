"""A first name's initial before a surname ("J. Dupont", "J.-P. Martin", "K. NGUYEN-VAN")."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.names import CAP_TOKEN, NOT_NAMES, UPPER_TOKEN

# not "M." (Monsieur, the civility recognizer's), nor a section letter before a number
_INITIAL = r"(?!M\.|MM\.)\p{Lu}\.(?:-\p{Lu}\.)?"


class FrInitialSurnameRecognizer(FrPatternRecognizer):
    """An initial (or two joined by a hyphen) and a capitalised or upper-case surname: "Signé : J.
    Dupont", "le courrier de J.-P. Martin", "K. NGUYEN-VAN". "M." is Monsieur (the civility
    recognizer's); an article's letter ("art. L. 2122-22") has digits after it, no surname. Scored
    above the model, whose identical span is dropped when its words are in the lexicon ("Dupont").

    Legal basis: RGPD art. 4(1): an initial and a surname name a person.
    """

    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("INITIAL_SURNAME",
                rf"(?<![\w.\-]){_INITIAL}[ \u00a0]?(?:{CAP_TOKEN}|{UPPER_TOKEN})(?![\w\-])", 0.86),
    ]
    CONTEXT: ClassVar[list[str]] = []

    def check(self, text: str) -> bool | None:
        """A word that is no name after a letter ends a sentence ("annexe A. Les travaux")."""
        return False if text.split()[-1].split(".")[-1].casefold() in NOT_NAMES else None
