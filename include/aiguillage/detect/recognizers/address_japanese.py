"""Japanese addresses: after the postal mark 〒 and its postcode ("〒150-0001 東京都渋谷区神宮前
4-12-8-302"), or in Latin letters with their block numbers and ward ("4-12-8-302 Jingumae,
Shibuya-ku, Tokyo 150-0001")."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer

_S = r"[ \u00a0]"
# the run of an address in Japanese writing: ideographs, kana, digits, hyphens, full-width too
_JA = r"[\p{Han}\p{Hiragana}\p{Katakana}ー0-9０-９\-－‐丁目番地号]"


class FrJapaneseAddressRecognizer(FrPatternRecognizer):
    """A Japanese address: the postal mark 〒, the postcode (three digits, a hyphen, four) and the
    address written after it in Japanese (ideographs, kana, block numbers) up to a space or a
    bracket; or, in Latin letters, block numbers (three or four groups apart by hyphens), the
    district and a ward, city or town ("-ku", "-shi", "-cho", "-machi") and optionally the
    prefecture or city and the postcode.

    Legal basis: RGPD art. 4(1): a home address locates its inhabitant.
    """

    ENTITY = "FR_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("JA_POSTAL_MARK",
                rf"〒{_S}?\d{{3}}[-－]\d{{4}}(?:{_S}*{_JA}+(?:{_S}{_JA}*\d{_JA}*)?)?", 0.85),
        Pattern("JA_LATIN",
                rf"(?<![\w-])\d{{1,4}}(?:-\d{{1,4}}){{2,3}}{_S}+\p{{Lu}}\p{{Ll}}+"
                rf"(?:,{_S}*\p{{Lu}}[\p{{L}}]*-(?i:ku|shi|cho|ch[ōo]|machi|gun|ku)(?![\w]))+"
                rf"(?:,{_S}*\p{{Lu}}\p{{Ll}}+(?:-(?i:to|fu|ken))?)?(?:{_S}+\d{{3}}-\d{{4}})?", 0.8),
    ]
    CONTEXT: ClassVar[list[str]] = []
