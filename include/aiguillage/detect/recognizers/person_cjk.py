"""Persons named in Chinese, Japanese or Korean script ("田中 美咲", "毛伟", "박지우")."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer

# any letter of these scripts, and the marks written inside their words (々, ー)
_CJK = r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}\u3005\u30fc]"
_GAP = r"[ \u00a0\u3000]"


class FrCjkNameRecognizer(FrPatternRecognizer):
    """A short run of Chinese characters (two to four, or a family name of one or two, a space and a
    given name of one or two: "田中 美咲", "田中美咲", "毛伟") or of Korean syllables (two to four, or one,
    a space and one or two: "박지우", "박 지우") standing alone in a French or English text: in a
    letter, a form or a list, such a run is the way its writer's name is spelt in their script. A run
    touching more of these scripts, across a space or not, is a sentence or a place written in them
    ("図書館の登録について", "東京都渋谷区神宮前", "공연 장소 문의"), not taken; Japanese kana alone
    are no name.

    Legal basis: RGPD art. 4(1): a name identifies its holder in any script.
    """

    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("CJK_HAN_NAME",
                rf"(?<!{_CJK}{_GAP}?)(?:\p{{Han}}{{2,4}}|\p{{Han}}{{1,2}}{_GAP}\p{{Han}}{{1,2}})(?!{_GAP}?{_CJK})",
                0.6),
        Pattern("CJK_HANGUL_NAME",
                rf"(?<!{_CJK}{_GAP}?)(?:\p{{Hangul}}{{2,4}}|\p{{Hangul}}{_GAP}\p{{Hangul}}{{1,2}})"
                rf"(?!{_GAP}?{_CJK})", 0.6),
    ]
    CONTEXT: ClassVar[list[str]] = []
