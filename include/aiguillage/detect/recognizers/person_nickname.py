"""Nicknames given as such ("que tout le monde appelle « Jojo »", "dit « Tatave »")."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.names import (
    CAP_TOKEN,
    PARTICLE,
    UPPER_TOKEN,
    first_names,
    is_ordinary_word,
)

_S = r"[ \u00a0]"


def _ordinary(word: str) -> bool:
    return word.casefold() not in first_names() and is_ordinary_word(word)


class FrNicknameRecognizer(FrPatternRecognizer):
    """A nickname: a capitalised word or two in quotation marks after a verb of naming
    ("appelle", "surnommé", "alias"; "dit", "dite" after a comma: "M. Tessier, dit « Tatave »";
    "la rue dite « Grande »" names no one). The quotation marks stay, the nickname goes. A
    nickname between a first name and a surname ("Jean-Paul « Jeannot » Ruffat", "Jacky « le
    Grand » Tissier", in brackets too: "Wojciech (« Wojtek ») ZIELIŃSKI") makes one name of the
    three.

    Legal basis: RGPD art. 4(1): a nickname identifies the person among those who use it.
    """

    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("NICKNAME",
                rf"(?<=(?:(?<![\w])(?i:appel(?:le|lent|ait|aient|é|ée)|surnomm[ée]e?s?|alias)|,{_S}*(?i:dite?s?)){_S}+[«“\"]{_S}*)"
                r"\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}?[\p{L}'’-]+){0,2}(?=[ \u00a0]*[»”\"])", 0.8),
        # initials as a nickname ("dit « P.-E. »"): above the model's score, whose reading of the
        # same span as a short acronym is dropped as noise
        Pattern("NICKNAME_INITIALS",
                rf"(?<=(?:(?<![\w])(?i:appel(?:le|lent|ait|aient|é|ée)|surnomm[ée]e?s?|alias)|,{_S}*(?i:dite?s?)){_S}+[«“\"]{_S}*)"
                r"\p{Lu}\.(?:-?\p{Lu}\.)+(?=[ \u00a0]*[»”\"])", 0.88),
        # a nickname between the first name and the surname: "Jean-Paul « Jeannot » Ruffat" (the
        # model stops at the quotation mark): the whole, first name to surname
        Pattern("NICKNAME_INSIDE",
                rf"(?<![\w'’-]){CAP_TOKEN}{_S}+\(?{_S}*[«“\"]{_S}*(?:(?:le|la|les|l['’]|the){_S}*)?\p{{Lu}}[\p{{L}}'’-]+(?:{_S}\p{{Lu}}?[\p{{L}}'’-]+)?{_S}*[»”\"]"
                rf"{_S}*\)?{_S}+(?:{PARTICLE}{_S}+)?(?:{CAP_TOKEN}|{UPPER_TOKEN})(?![\w'’-])", 0.85),
    ]
    CONTEXT: ClassVar[list[str]] = ["surnom", "surnommé", "appelle"]

    def check(self, text: str) -> bool | None:
        """A nickname inside a name: its first and last words are no words of the language
        ('Secteur "Acconiers" Arrêt du dossier' in a council's agenda is none)."""
        if not any(q in text for q in "«“\""):
            return None  # the nickname alone
        words = text.split()
        return False if _ordinary(words[0]) or _ordinary(words[-1]) else None
