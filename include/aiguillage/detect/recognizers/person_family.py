"""Families and joint owners named by their surname ("Famille GUILLOTEAU-RABAUD", "Consorts PELTIER")."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.names import CAP_TOKEN, PARTICLE, UPPER_TOKEN

_S = r"[ \u00a0]"
# the word, written in prose case: in capitals it is part of a name in capitals ("AIDE AUX FAMILLES
# D'HOSPITALISÉS", "FAMILLES RURALES": associations)
# (and brothers or sisters named together: "les Frères Cornu", "les sœurs Lhomme")
_CUE = (r"\b(?:[Ff]amilles?|[Cc]onsorts|[ÉéEe]poux|[Hh][ée]ritiers|[Ii]ndivision|[Ss]uccession|[Ff]r[èe]res"
        r"|[Ss](?:œ|oe)urs)")


class FrFamilyNameRecognizer(FrPatternRecognizer):
    """A surname after a word naming persons by their family: famille, consorts, époux, héritiers,
    indivision, succession ("Famille GUILLOTEAU-RABAUD", "consorts Le Bihan", "Indivision
    MARCHAND"), or before "family" in English ("the Rousseau family"), in prose and in table
    cells. The word stays, the surname is the finding; a
    capitalised word after "des" ("la famille des Rosacées") is no surname, nor what follows the
    word written in capitals (an association's name: "FAMILLES RURALES").

    Legal basis: RGPD art. 4(1): a family's name identifies its members.
    """

    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("FAMILY_UPPER",
                rf"(?<={_CUE}{_S}+)"
                rf"(?:{PARTICLE}{_S}+)?{UPPER_TOKEN}(?:{_S}+{UPPER_TOKEN}){{0,2}}(?![\w'’-])", 0.75),
        Pattern("FAMILY_CAPITALISED",
                rf"(?<={_CUE}{_S}+)"
                rf"(?:(?:Le|La|De|Du|Van|Von|Da|Di|Del){_S}+)?{CAP_TOKEN}(?![\w'’-])", 0.55),
        # the second of two families: "familles Dandine et Rivière" (a word too: "Rivière")
        Pattern("FAMILIES_SECOND",
                rf"(?<=(?<![\w])[Ff]amilles{_S}+(?:{UPPER_TOKEN}|{CAP_TOKEN}){_S}+(?:et|&){_S}+)"
                rf"(?:{UPPER_TOKEN}|{CAP_TOKEN})(?![\w'’-])", 0.75),
        # in English: "the Rousseau family", "the Le Guen family"
        Pattern("FAMILY_ENGLISH",
                rf"(?<=(?<![\w])[Tt]he{_S}+)(?:(?:Le|La|De|Du|Van|Von|Da|Di|Del){_S}+)?{CAP_TOKEN}"
                rf"(?={_S}+[Ff]amily(?![\w]))", 0.75),
    ]
    CONTEXT: ClassVar[list[str]] = []
