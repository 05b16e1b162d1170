"""Persons named in Chinese, Japanese or Korean script ("田中 美咲", "毛伟", "박지우"), and in any other
script in brackets after their name in Latin letters."""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import Pattern, RecognizerResult

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.names import NOT_NAMES, is_ordinary_word

# any letter of these scripts, and the marks written inside their words (々, ー)
_CJK = r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}\u3005\u30fc]"
_GAP = r"[ \u00a0\u3000]"
_S = r"[ \u00a0]"
# a letter of a script other than Latin and CJK (Arabic, Hebrew, Cyrillic, Greek, Armenian, Georgian,
# Devanagari, Thai), and the marks inside its words
_OTHER = r"[\p{Arabic}\p{Hebrew}\p{Cyrillic}\p{Greek}\p{Armenian}\p{Georgian}\p{Devanagari}\p{Thai}\p{Mn}]"
# kana that end a Japanese word or phrase rather than spell a given name: verb endings, particles
_KANA_GRAMMAR = (r"(?:する|します|した|して|です|でした|ます|ません|ない|から|まで|より|について"
                 r"|による|として|には|では|への|との|など|ください|こと|もの|ため|さん|さま|様|くん|ちゃん)(?!\p{Hiragana})")


class FrCjkNameRecognizer(FrPatternRecognizer):
    """A short run of Chinese characters (two to four, or a family name of one or two, a space and a
    given name of one or two: "田中 美咲", "田中美咲", "毛伟") or of Korean syllables (two to four, or one,
    a space and one or two: "박지우", "박 지우") standing alone in a French or English text: in a
    letter, a form or a list, such a run is the way its writer's name is spelt in their script. A run
    touching more of these scripts, across a space or not, is a sentence or a place written in them
    ("図書館の登録について", "東京都渋谷区神宮前", "공연 장소 문의"), not taken; Japanese kana alone
    are no name, but a family name in kanji with a given name in kana is ("高橋さくら"; not a word
    with its grammar: "登録する").

    Legal basis: RGPD art. 4(1): a name identifies its holder in any script.
    """

    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("CJK_HAN_NAME",
                rf"(?<!{_CJK}{_GAP}?)(?:\p{{Han}}{{2,4}}|\p{{Han}}{{1,2}}{_GAP}\p{{Han}}{{1,2}})(?!{_GAP}?{_CJK})",
                0.6),
        # a Japanese family name in kanji and a given name in kana ("高橋さくら", "田中 ゆうき"), standing
        # alone; not a word and its grammar ("登録する", "東京から": kana endings of verbs and particles)
        Pattern("JAPANESE_KANA_GIVEN_NAME",
                rf"(?<!{_CJK}{_GAP}?)\p{{Han}}{{1,3}}{_GAP}?(?!{_KANA_GRAMMAR})(?:\p{{Hiragana}}{{2,4}}|\p{{Katakana}}{{2,5}})"
                rf"(?!{_GAP}?{_CJK})", 0.6),
        Pattern("CJK_HANGUL_NAME",
                rf"(?<!{_CJK}{_GAP}?)(?:\p{{Hangul}}{{2,4}}|\p{{Hangul}}{_GAP}\p{{Hangul}}{{1,2}})"
                rf"(?!{_GAP}?{_CJK})", 0.6),
        # a name in its own script in brackets right after the name in Latin letters ("Mohammed Ait
        # Ouarab (محمد آيت واعراب)", "Olena Kovalenko (Олена Коваленко)"): the same person's name
        Pattern("OTHER_SCRIPT_AFTER_NAME",
                rf"(?<=\p{{Lu}}[\p{{L}}'’-]+{_S}+\p{{Lu}}[\p{{L}}'’-]+{_S}*\({_S}*)"
                rf"{_OTHER}+(?:{_S}+{_OTHER}+){{0,4}}(?={_S}*\))", 0.6),
    ]
    CONTEXT: ClassVar[list[str]] = []

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if not after_words(text, r)]


# the Latin words right before the bracket of OTHER_SCRIPT_AFTER_NAME, on their line
_WORDS_BEFORE = regex.compile(r"(?:[\p{L}'’-]+[ \u00a0]+){0,3}[\p{L}'’-]+[ \u00a0]*\([ \u00a0]*\Z")
_LATIN_WORD = regex.compile(r"[\p{L}][\p{L}'’-]*")


def after_words(text: str, r: RecognizerResult) -> bool:
    """A bracket of another script after words of the language, not after a name: the same words
    in that script ("ACTE DE MARIAGE (عقد الزواج)", "Livret de famille (Сімейна книга)"), a
    translation's heading, not a person's name."""
    why = r.analysis_explanation
    if why is None or why.pattern_name not in ("OTHER_SCRIPT_AFTER_NAME", "NATIVE_SCRIPT_AFTER_NAME"):
        return False
    line = text.rfind("\n", 0, r.start) + 1
    m = _WORDS_BEFORE.search(text, max(line, r.start - 80), r.start)
    if m is None:
        return False
    words = _LATIN_WORD.findall(m.group())
    return bool(words) and all(w.casefold() in NOT_NAMES or is_ordinary_word(w) for w in words)
