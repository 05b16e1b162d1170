"""Families and joint owners named by their surname ("Famille GUILLOTEAU-RABAUD", "Consorts PELTIER")."""

from __future__ import annotations

from typing import Any, ClassVar

from presidio_analyzer import Pattern, RecognizerResult

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.names import CAP_TOKEN, PARTICLE, UPPER_TOKEN, is_ordinary_word

_S = r"[ \u00a0]"
# the word, written in prose case: in capitals it is part of a name in capitals ("AIDE AUX FAMILLES
# D'HOSPITALISÉS", "FAMILLES RURALES": associations)
# (and brothers or sisters named together: "les Frères Cornu", "les sœurs Lhomme")
_CUE = (r"\b(?:[Ff]amilles?|[Cc]onsorts|[ÉéEe]poux|[Hh][ée]ritiers|[Ii]ndivision|[Ss]uccession|[Ff]r[èe]res"
        r"|[Ss](?:œ|oe)urs)")

# an event of a family's life, its couple named by their surnames: "Mariage Auclair - Lapalus",
# "Noces d'or Dupont et Martin", "Baptême Rossi / Bianchi"
_EVENT = (r"(?<![\w])(?:[Mm]ariage|[Nn]oces(?:[ \u00a0]+d['’](?:or|argent|[ée]tain|diamant|platine))?"
          r"|[Ff]ian[çc]ailles|[Bb]apt[êe]me|[Oo]bs[èe]ques|[Ff]un[ée]railles|[Ee]nterrement|[Ii]nhumation)")
_JOIN = rf"(?:{_S}*[-–—/&]{_S}*|{_S}+et{_S}+)"
_SURNAME = rf"(?:{CAP_TOKEN}|{UPPER_TOKEN})"
_COUPLE = ("EVENT_COUPLE_FIRST", "EVENT_COUPLE_SECOND")


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
        # a couple named by their surnames after the event of their family's life ("Mariage Auclair
        # - Lapalus", "Noces d'or Dupont et Martin"): each surname; not words ("Mariage civil et
        # religieux", "Baptême Républicain - Mairie")
        Pattern("EVENT_COUPLE_FIRST",
                rf"(?<={_EVENT}{_S}+){_SURNAME}(?={_JOIN}{_SURNAME}(?![\w'’-]))", 0.75),
        Pattern("EVENT_COUPLE_SECOND",
                rf"(?<={_EVENT}{_S}+{_SURNAME}{_JOIN}){_SURNAME}(?![\w'’-])", 0.75),
        # in English: "the Rousseau family", "the Le Guen family"
        Pattern("FAMILY_ENGLISH",
                rf"(?<=(?<![\w])[Tt]he{_S}+)(?:(?:Le|La|De|Du|Van|Von|Da|Di|Del){_S}+)?{CAP_TOKEN}"
                rf"(?={_S}+[Ff]amily(?![\w]))", 0.75),
    ]
    CONTEXT: ClassVar[list[str]] = []

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """The patterns' findings, less a couple of words that are no surnames: one of the two at
        least is no ordinary word ("Mariage Perrichon et Gaillard"; not "Mariage Civil et
        Religieux")."""
        found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        couples = [r for r in found if _pattern(r) in _COUPLE]
        if not couples:
            return found
        return [r for r in found if _pattern(r) not in _COUPLE or not _word_couple(text, r, couples)]


def _pattern(r: RecognizerResult) -> str:
    return str(getattr(r.analysis_explanation, "pattern_name", "") or "")


def _word_couple(text: str, r: RecognizerResult, couples: list[RecognizerResult]) -> bool:
    """``r`` has no mate (the finding of the other pattern across the join), or both are ordinary
    words."""
    first = _pattern(r) == "EVENT_COUPLE_FIRST"
    mates = [c for c in couples if _pattern(c) != _pattern(r)
             and (0 < c.start - r.end <= 5 if first else 0 < r.start - c.end <= 5)]
    words = [text[r.start:r.end]] + [text[c.start:c.end] for c in mates[:1]]
    return not mates or all(is_ordinary_word(w) for w in words)
