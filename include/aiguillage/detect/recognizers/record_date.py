"""Full dates and life spans that are a person's birth only as a value of their record ("Dupont
Jean, 03.03.1985", "Mme Roux (1950-2024)")."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.birth_date import _DAY_WORDS, _MONTHS

LOW = 0.4  # under the policy's 0.5: a date alone is no one's
_YEARS = regex.compile(r"(?<!\d)(?:1[5-9]|20)\d{2}(?!\d)")
# the terms of a register's concessions and leases, in years: a span of exactly these is a term
_TERMS = frozenset({10, 15, 20, 30, 50, 99, 100})


class FrRecordDateRecognizer(FrPatternRecognizer):
    """A full date of the twentieth century or of the 2000s ("03/03/1985", "3.3.2008") and a life
    span in brackets ("(1950-2024)"). Alone they score under the policy's threshold (a date of an
    act, the years of a building); the detector raises them when they are a value of a person's
    record — right after their name with only separators between
    (:func:`aiguillage.detect.engine.chained_places`), or in a table row naming them
    (:func:`aiguillage.detect.engine.row_places`). Recent dates (2010 on) are an event's, not a
    birth's.

    Legal basis: RGPD art. 4(1): with a name, a date of birth singles a person out.
    """

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("OLD_FULL_DATE",
                r"(?<![\w/.-])\d{1,2}[/.-]\d{1,2}[/.-](?:1[5-9]\d{2}|200\d)(?![\w/.-]|\.\d)", LOW),
        # the month in letters, an old register's too ("17 janvier 1854", "24 7bre 1856",
        # "vingt-huit avril 1858")
        Pattern("OLD_WORD_DATE",
                rf"(?i)(?<![\w/.-])(?:1er|\d{{1,2}}|{_DAY_WORDS})[ \u00a0]+{_MONTHS}(?<=\w|\.)[ \u00a0]+"
                r"(?:1[5-9]\d{2}|200\d)(?!\d)", LOW),
        Pattern("LIFE_SPAN", r"(?<=\()(?:1[89]|20)\d{2}[ \u00a0]*[-–][ \u00a0]*(?:1[89]|20)\d{2}(?=\))", LOW),
        # a life span that is a table's cell, a couple's two apart by a slash ("| 1899–1954 / 1903–1961",
        # an ossuary's or a columbarium's register): raised only in a row naming a person
        Pattern("LIFE_SPAN_CELL",
                r"(?<=(?:^|[|\t]|[ \u00a0]/)[ \u00a0]*)(?:1[5-9]|20)\d{2}[ \u00a0]*[-–—][ \u00a0]*"
                r"(?:1[5-9]|20)\d{2}"
                r"(?=[ \u00a0]*(?:$|[|\t]|/[ \u00a0]))", LOW),
    ]
    CONTEXT: ClassVar[list[str]] = []
    WEAK_CHECK = True

    def check(self, text: str) -> bool | None:
        """A span of years is a life when the second follows the first by a life's length and is
        past; a register's terms (a concession, a lease: "1968–2018", "2016–2031") are not
        lives."""
        years = [int(y) for y in _YEARS.findall(text)]
        if len(years) != 2:
            return None
        length = years[1] - years[0]
        return 0 <= length <= 110 and years[1] <= date.today().year and length not in _TERMS
