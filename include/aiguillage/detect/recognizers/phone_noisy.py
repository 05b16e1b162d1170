"""French numbers typed with noise: separators of several characters or unusual ones ("04. 71. 77. 20.
58", "06 58 ... 44 ... 02 ... 17", "04 74 ## 00 ## 61 ## 18", "04 67 55 ·02 ·96"), digits apart
("05 62 39 4 0 2 1"), a letter typed for a digit ("06.3O.12.85.47", "03 80 49 . 2I . 76"), or spelt out
with dots between the groups ("zéro sept . quarante et un . zéro trois …")."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.phone import _NUM, _UNIT, FrPhoneRecognizer

# a digit, or the capital letter typed for it (O for 0, I for 1)
_D = r"[0-9OI]"
# up to six characters of spaces, dots, middle dots, bullets, hashes, stars, ellipses, underscores: no
# dash, slash or comma (dates, ranges and lists of numbers are written with them)
# (the dot operators "⋅" and "∙" typed for a middle dot too)
_SEPCHARS = "[ \u00a0\u202f.\u00b7\u2022\u22c5\u2219#*\u2026_]"
_SEP = rf"{_SEPCHARS}{{1,6}}"
_GROUP_SPLIT = regex.compile(rf"{_SEPCHARS}+")
_WORD_SEP = r"[ \u00a0]*[.\u00b7\u2022/\u2026][ \u00a0.\u00b7\u2022\u2026]*"


class FrPhoneNoisyRecognizer(FrPatternRecognizer):
    """A zero and a digit from 1 to 9 written together, then eight digits in groups of one or two apart
    by any run of spaces, dots, middle dots, hashes, stars or underscores ("04. 71. 77. 20. 58", "06 58
    ... 44 ... 02 ... 17", "04 74 ## 00 ## 61 ## 18", "06 7 5 2 0 8 4 1 3 9"), at most two of them
    typed as a capital O or I ("06.3O.12.85.47", "07.8I.44.20.63"), or a digit in brackets ("04 73 86
    [0]2 51"). People write their number so to
    hide it from robots or by a slip of the keyboard; no amount, date or reference has ten digits in
    groups of two at most from a zero. A number spelt out in groups apart by dots ("zéro sept .
    quarante et un . zéro trois . vingt-deux . soixante-dix-sept") is one too. The usual writings
    are :mod:`aiguillage.detect.recognizers.phone`'s.

    Legal basis: RGPD art. 4(1): a personal or direct line identifies its holder.
    """

    ENTITY = "PHONE_NUMBER"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("FR_PHONE_NOISY",
                rf"(?<![\w+./,·#*-])[0O][1-9](?:(?:{_SEP})?{_D}){{8}}(?!\w|(?:{_SEP})?\d)", 0.6),
        # a digit in brackets among the groups, typed to hide it: "04 73 86 [0]2 51", "06 (1)2 …"
        Pattern("FR_PHONE_BRACKETED_DIGIT",
                rf"(?<![\w+./,·#*-])[0O][1-9](?:(?:{_SEP})?(?:{_D}|\[{_D}\]|\({_D}\))){{8}}"
                rf"(?!\w|(?:{_SEP})?\d)", 0.6),
        Pattern("FR_PHONE_WORDS_DOTTED",
                rf"(?i)(?<![\w])z[ée]ro[\s\u00a0-]+{_UNIT}"
                rf"(?:{_WORD_SEP}{_NUM}(?:[\s\u00a0-]+{_NUM}){{0,3}}){{4}}(?![\w-])", 0.6),
    ]
    CONTEXT: ClassVar[list[str]] = [*FrPhoneRecognizer.CONTEXT, "tél.", "mob", "gsm", "numéro"]

    def check(self, text: str) -> bool | None:
        """Groups of two digits at most after the leading pair, eight true digits at least."""
        if text[:1].lower() == "z":
            return None
        groups = [g for g in _GROUP_SPLIT.split(regex.sub(r"[\[\]()]", "", text)) if g]
        if len(groups[0]) < 2 or any(len(g) > 2 for g in groups[1:]) or len(groups[0]) > 2:
            return False
        letters = sum(ch in "OI" for ch in text)
        return None if letters <= 2 else False
