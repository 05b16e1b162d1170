"""Dates of birth whose "né(e)" is elided in a coordination ("elle est née en 1943, lui le 4 août
1941"; "nés le 3 mars 1950 et le 9 juin 1952")."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.birth_date import _DATE

_S = r"[ \u00a0]"
# the birth word, then at most 60 characters of the same clause (no full stop, semicolon or line)
_BORN = r"(?<![\w])(?i:n[ée]e?s?)(?![\w])[^.;!?\n]{1,60}?"
# who the elided "né(e)" is about: a pronoun or a relative
_WHO = (r"(?i:lui|elle|eux|elles|(?:son|sa)[ \u00a0]+(?:[ée]poux|[ée]pouse|mari|femme|fr[èe]re|s[œo]eur"
        r"|fils|fille|compagnon|compagne)|le[ \u00a0]+second|la[ \u00a0]+seconde"
        r"|l['’]a[îi]n[ée]e?|le[ \u00a0]+cadet|la[ \u00a0]+cadette)")


class FrElidedBirthDateRecognizer(FrPatternRecognizer):
    """A date of birth after a coordination that elides "né(e)": ", lui le 4 août 1941", ", sa
    femme le 02/03/1945", "1950 et le 9 juin 1952" (right after the first date) or ", elle en
    1943" — only when a birth word ("né", "née", "nés") opens the same clause within 60
    characters. A date alone is no one's.

    Legal basis: RGPD art. 4(1): with a name, a date of birth singles a person out.
    """

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("ELIDED_BORN",
                rf"(?<={_BORN}(?:,{_S}*{_WHO}|(?<=\d){_S}+et(?:{_S}+{_WHO})?){_S}+(?i:le|en){_S}+)"
                rf"(?i:{_DATE}|(?:19|20)\d{{2}})(?![\w])", 0.85),
    ]
    CONTEXT: ClassVar[list[str]] = []
