"""Ages of named persons, in digits or in words ("ALLARD Georgette, 88 ans", "soixante-dix-sept ans")."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.names import CIVILITY, NAME_SEQ, NAME_TOKEN, PARTICLE

_S = r"[ \u00a0]"
# a number in words up to 120: "neuf", "vingt et un", "soixante-dix-sept", "quatre-vingt-neuf", "cent deux"
_UNIT = (r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
         r"vingts?|trente|quarante|cinquante|soixante|cent)")
_WORDS = rf"(?i:{_UNIT}(?:(?:-|{_S}+)(?:et(?:-|{_S}+))?{_UNIT}){{0,3}})"
# "N ans de…" is a duration or an anniversary ("10 ans d'actions", "les 70 ans de mon père")
_AGE = rf"(?:\d{{1,3}}|{_WORDS}){_S}+ans(?![\w])(?!{_S}*(?:d['’]|de{_S}|du{_S}|des{_S}))"
# a person's name: two to four name words ("ALLARD Georgette", "Aurore Tremblay-Nakamura")
_NAME = rf"{NAME_TOKEN}(?:{_S}+(?:{PARTICLE}{_S}+)?{NAME_TOKEN}){{1,3}}"
# where such a name starts: a line, a cell, a list item, or the value of a "Label :"
# kinship words: what follows is a relative's first name
_KIN = (r"[ée]poux|[ée]pouse|mari|femme|conjointe?|compagne?|fils|filles?|p[èe]re|m[èe]re|fr[èe]re|s[œo]eur|"
        r"grand-p[èe]re|grand-m[èe]re|petit-fils|petite-fille|oncle|tante|neveu|ni[èe]ce|cousine?|parrain|marraine")
_START = r"(?:^|(?<=[\n\t|•;]))[ \u00a0]*(?:[-*•–][ \u00a0]*)?(?:[^\n:|\t]{1,30}:[ \u00a0]*)?"


class FrAgeRecognizer(FrPatternRecognizer):
    """Age of a person: "N ans" (digits, or words: "soixante-dix-sept ans") right after a name and
    a separator, in lists, tables and "Label : name" lines, anywhere after a civility and a name or
    a relative's first name ("son époux Marcel, 94 ans"), after a possessive ("ses 80 ans") ("ALLARD Georgette, 88 ans", "Élève :
    Aurore Dupuis — 9 ans"); in brackets after a name or a date of birth ("née le 08/08/2018
    (7 ans)"); in words after "âgé(e) de" (digits are :mod:`birth_date`'s). Reported as
    DATE_OF_BIRTH, the type the policy gives a birth year or an age. A duration ("valable cinq
    ans", "concession de trente ans") is no age: it follows no name.

    Legal basis: RGPD art. 4(1): with a name, an age singles a person out (a quasi-identifier,
    CNIL guidance on anonymisation).
    """  # noqa: E501

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("AGE_AFTER_NAME", rf"(?<={_START}{_NAME}{_S}*(?:,|—|–|-){_S}*){_AGE}", 0.75),
        Pattern("AGE_IN_BRACKETS", rf"(?<=(?:{NAME_TOKEN}|\d{{4}}|\d{{2}}){_S}*\(){_AGE}(?=\))", 0.75),
        # anywhere in a sentence after a civility and a name: "Mme Lucienne Hervé, 88 ans, qui…"
        Pattern("AGE_AFTER_CIVILITY", rf"(?<=(?:{CIVILITY}){_S}*{NAME_SEQ}{_S}*(?:,|—|–|\(){_S}*){_AGE}", 0.75),  # noqa: E501
        # after a relative named by a first name: "son époux Marcel, 94 ans"
        Pattern("AGE_AFTER_RELATIVE",
                rf"(?<=(?i:{_KIN}){_S}+{NAME_SEQ}{_S}*(?:,|—|–|\(){_S}*){_AGE}", 0.75),
        # a person's own years: "il fêtera ses 80 ans", "pour mes 40 ans"
        Pattern("AGE_POSSESSIVE", rf"(?<=(?<![\w])(?i:ses|mes|tes|leurs?|nos|vos){_S}+){_AGE}", 0.6),
        Pattern("AGE_IN_WORDS", rf"(?<=(?i:\b[âa]g[ée]e?s?(?:\(e\))?){_S}+de{_S}+){_WORDS}{_S}+ans(?![\w])",
                0.75),
    ]
    CONTEXT: ClassVar[list[str]] = ["âge", "âgé", "âgée", "ans"]
