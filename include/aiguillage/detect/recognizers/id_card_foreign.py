"""Numbers of identity documents written the way their country writes them ("CNI portugaise
09876543 7 ZY2", "carte d'identité belge 592-1234567-89")."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer

_S = r"[ \u00a0]"
# then its nationality or another lower-case word ("portugaise", "belge"), a numbering word, a colon
# or in brackets ("Reisepass (allemand) C01X00T47")
# (or a colon right after the word: "My passport: 566012473"; or the number in brackets: "my passport
# (C4J7TR2K9)")
_AFTER_NAME = (rf"(?:{_S}+(?:\(?\p{{Ll}}+\)?{_S}+)?(?:(?i:n[°o]\.?|num[ée]ro|no\.|number){_S}*)?:?|{_S}*:"
               rf"|{_S}*\({_S}*(?=[A-Z0-9]+{_S}*\)))"
               rf"{_S}*")
# (Spain's DNI and NIE, in capitals: "nie" is also a verb)
_CARD = (rf"(?<![\w])(?:(?-i:DNI|NIE|D\.N\.I\.)|(?i:cnie?|carte{_S}+(?:nationale{_S}+)?d['’]identit[ée]|pi[èe]ce{_S}+d['’]identit[ée]"  # noqa: E501
         rf"|titre{_S}+de{_S}+s[ée]jour|carte{_S}+de{_S}+s[ée]jour|identity{_S}+card|id{_S}+card"
         # the document's own name in its country's language
         rf"|personalausweis|identiteitskaart|carta{_S}+d['’]identit[àa]|documento{_S}+de{_S}+identidad"
         rf"|dowód{_S}+osobisty|buletin{_S}+de{_S}+identitate)){_AFTER_NAME}")
_PASSPORT = (rf"(?<![\w])(?i:passeport|passport|reisepass|pasaporte|passaporto|paspoort|paszport|pa[sș]aport)"
             rf"{_AFTER_NAME}")
# capitals and digits in groups joined by a space or a dash
_NUMBER = r"[A-Z0-9]+(?:[ \u00a0-][A-Z0-9]+){0,4}(?![\w-])"
_DATE = regex.compile(r"\d{1,2}[ ./-]\d{1,2}[ ./-]\d{2,4}")


class FrForeignIdDocumentRecognizer(FrPatternRecognizer):
    """The number of an identity card or a residence permit right after the document's name (and
    its nationality: "CNI portugaise 09876543 7 ZY2", "carte d'identité belge 592-1234567-89",
    "titre de séjour n° 7501234567"): capitals and digits in groups joined by a space or a dash,
    six digits at least, whatever the country's layout (the French shapes have their own
    recognizers). A date is no number.

    Legal basis: RGPD art. 4(1) and art. 87 (identity document number).
    """

    ENTITY = "FR_ID_CARD"
    PATTERNS: ClassVar[list[Pattern]] = [Pattern("ID_CARD_ANY_LAYOUT", rf"(?<={_CARD}){_NUMBER}", 0.7)]
    CONTEXT: ClassVar[list[str]] = []
    WEAK_CHECK = True

    def check(self, text: str) -> bool | None:
        """Six digits at least; or one code of eight characters at least, letters and digits mixed
        (three of each), as German and other passports are ("C4J7TR2K9"). No date."""
        digits = sum(c.isdigit() for c in text)
        letters = sum(c.isalpha() for c in text)
        one_code = not regex.search(r"[ \u00a0-]", text.strip())
        mixed = len(text.strip()) >= 8 and digits >= 3 and letters >= 3 and one_code
        return (digits >= 6 or mixed) and not _DATE.fullmatch(text.strip())


class FrForeignPassportRecognizer(FrForeignIdDocumentRecognizer):
    """The number of a passport right after the word and its nationality, in its country's layout
    ("passeport allemand C01X00T47", "passport no. 5839 20174"); six digits at least.

    Legal basis: RGPD art. 4(1) and art. 87 (identity document number).
    """

    ENTITY = "FR_PASSPORT"
    PATTERNS: ClassVar[list[Pattern]] = [Pattern("PASSPORT_ANY_LAYOUT", rf"(?<={_PASSPORT}){_NUMBER}", 0.7)]
