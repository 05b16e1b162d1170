"""Nicknames given as such ("que tout le monde appelle « Jojo »", "dit « Tatave »")."""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import Pattern, RecognizerResult

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
        # a nickname without quotation marks after the name it goes with, as the old registers
        # write them ("Jean Guillemin dit le Rouge", "BESSON dit LAFLEUR", "Pierrette Lhomme dite
        # la Pierrotte"): with its article; a word alone only when it is no word of the language
        # (not "M. Martin dit Merci")
        Pattern("NICKNAME_AFTER_NAME",
                rf"(?<=(?<![\w'’-])(?:{CAP_TOKEN}|{UPPER_TOKEN})(?:{_S}+(?:{CAP_TOKEN}|{UPPER_TOKEN}))?"
                rf"{_S}*,?{_S}+dite?{_S}+)(?:(?:le|la|l['’]){_S}*)?\p{{Lu}}[\p{{L}}'’-]+(?![\w'’-])", 0.75),
    ]
    CONTEXT: ClassVar[list[str]] = ["surnom", "surnommé", "appelle"]

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """The patterns' findings, less a nickname after a name that may be a sentence's words: the
        name before "dit" is no name (its words all words of the language: "Le Conseil dit le
        Droit"), or the nickname is a word without its article ("M. Martin dit Merci")."""
        found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in found if _pattern(r) != "NICKNAME_AFTER_NAME" or _after_a_name(text, r)]

    def check(self, text: str) -> bool | None:
        """A nickname inside a name: its first and last words are no words of the language
        ('Secteur "Acconiers" Arrêt du dossier' in a council's agenda is none)."""
        if not any(q in text for q in "«“\""):
            return None  # the nickname alone
        words = text.split()
        return False if _ordinary(words[0]) or _ordinary(words[-1]) else None


def _pattern(r: RecognizerResult) -> str:
    return str(getattr(r.analysis_explanation, "pattern_name", "") or "")


_NAME_BEFORE_DIT = regex.compile(
    r"(\p{Lu}[\p{L}'’-]+)(?:[ \u00a0]+(\p{Lu}[\p{L}'’-]+))?[ \u00a0]*,?[ \u00a0]+dite?[ \u00a0]+\Z")


def _after_a_name(text: str, r: RecognizerResult) -> bool:
    m = _NAME_BEFORE_DIT.search(text, max(0, r.start - 80), r.start)
    if m is None or all(_ordinary(w) for w in m.groups() if w):
        return False
    nickname = text[r.start:r.end]
    return nickname[:1].islower() or not _ordinary(nickname)
