"""Cadastral references of parcels ("parcelle cadastrée section AB n° 214")."""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import Pattern, RecognizerResult

from aiguillage.detect.recognizers._base import FrPatternRecognizer

_S = r"[ \u00a0]"
# "n°", "nos", "numéro(s)"
_NUM_WORD = r"(?i:n[°o]s?\.?|num[ée]ros?)"
# the parcel's number: 1 to 7 digits (4 in the French cadastre, more in other numberings; leading
# zeros kept: "0117"), not a decimal or a surface
_UNIT = r"(?i:m²|m2|m\b|ha\b|hectares?|ares?\b|a\b|ca\b|centiares?|km|mètres?|€|euros?|%)"
_NUM = rf"\d{{1,7}}(?![\d]|[,.]\d|{_S}*{_UNIT})"
# the section: one or two capitals or a digit and a capital ("AB", "D", "0A"), after the optional
# prefix of an absorbed commune ("000 BK", "123 AB")
_SECTION = r"(?:\d{3}[ \u00a0]+)?[A-Z0-9]?[A-Z]"
_REF = rf"{_SECTION}{_S}*,?{_S}*(?:{_NUM_WORD}{_S}*)?{_NUM}"
# the next items of a list: "ZA 18 et ZA 19", "n° 87 et 88", "C 902, C 903 et C 904"
_MORE = rf"(?:{_S}*(?:,|et|à|ou|&){_S}*(?:{_REF}|(?:{_NUM_WORD}{_S}*)?{_NUM}))*"
# what announces a reference: "parcelle(s)", "cadastré(e)(s)", "cadastre", "section",
# "références cadastrales", possibly followed by more of these words ("parcelle cadastrée section")
_CUE_WORD = (r"(?i:parcelles?|cadastr[ée]e?s?|cadastre|cadastrales?|sections?|sous|le|la|les|au|du|"
             r"r[ée]f[ée]rences?)")
_CUE = rf"(?i:parcelles?|cadastr[ée]e?s?|cadastre|cadastrales?|sections?)(?:{_S}+{_CUE_WORD})*{_S}*:?{_S}*"
# a parcel number without its section, right after "parcelle(s)" ("la parcelle 9366", "parcelles n° 12 et 13")
_PARCEL_ONLY = rf"(?i:parcelles?)(?:{_S}+(?i:cadastr[ée]e?s?))?{_S}+"
# What every match of the patterns below is preceded by: the start of one of the words that open
# _CUE and _PARCEL_ONLY, written in the same case-insensitive syntax of the same ``regex`` engine
# (its case folding included: "PARCELLE", "ſection"), searched with the flags the patterns are
# compiled with. A text without any has no match: the patterns, whose variable-length look-behind
# is tried at every position of the text (the most expensive pattern of all the recognizers on
# the bench corpus), are then not run at all.
_CUE_START = r"(?i:parcelle|cadastr|section)"


class FrCadastreRecognizer(FrPatternRecognizer):
    """Cadastral reference: optional prefix (absorbed commune, 3 digits), section (one or two
    capitals, "0A"), number (1 to 7 digits), in lists ("parcelles ZA 18 et ZA 19", "section ZK
    n° 87 et 88"), after a cadastral word: "parcelle", "cadastrée", "cadastre", "section",
    "références cadastrales". The cue words stay in clear, the reference is the finding; a number
    followed by a unit ("parcelle de 500 m²") is a surface, not a reference.

    Legal basis: RGPD art. 4(1): a parcel's reference leads to its owner through the land register
    (fichier des propriétaires, CRPA L.311-6, CNIL délibération 2012-087); a parcel of a natural
    person is indirectly identifying data.
    """

    ENTITY = "CADASTRE"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("SECTION_NUMBER", rf"(?<={_CUE})(?<![\w]){_REF}{_MORE}(?![\w])", 0.85),
        Pattern("PARCEL_NUMBER", rf"(?<={_PARCEL_ONLY})(?:{_NUM_WORD}{_S}*)?{_NUM}{_MORE}(?![\w])", 0.7),
    ]
    CONTEXT: ClassVar[list[str]] = ["parcelle", "cadastre", "cadastrée", "cadastral", "section"]

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """Presidio's pattern analysis, skipped when no cue word opens anywhere in ``text`` (no
        pattern can match there: same results)."""
        if not regex.search(_CUE_START, text, flags=regex_flags or self.global_regex_flags):
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)

