"""Children and relatives named after a plural possessive ("leurs enfants Zarmina, 12 ans, et
Omid", "mes filles Inès et Lina", "nos petits-enfants : Noah, Jade"), and a person named by a first
name and an initial where a testimony is signed ("« J'ai reçu ma carte en trois semaines » — Amadou
D., étudiant") or where the first name is a known one ("Clarisse T.", "merci à Yasmine B.")."""

from __future__ import annotations

from typing import Any, ClassVar

from presidio_analyzer import Pattern, RecognizerResult

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.names import CAP_TOKEN, NOT_NAMES, first_names, is_ordinary_word

_S = r"[ \u00a0]"
_PLURAL_KIN = (r"(?:enfants|filles|fils|petits-enfants|petites-filles|petits-fils|fr[èe]res|s[œo]eurs"
               r"|jumeaux|jumelles|neveux|ni[èe]ces|cousins|cousines|parents)")
# a closing quotation mark, then the dash of an attribution
_ATTRIBUTION = r"[»\"”][ \u00a0]*[—–-][ \u00a0]*"
# an initial that ends a name: a capital, a dot, then no word nor number ("Annexe B. 3" is none)
_INITIAL_END = rf"{_S}\p{{Lu}}\.(?![\w])(?!{_S}*\d)"


class FrPluralKinNameRecognizer(FrPatternRecognizer):
    """See the module docstring. Not a word of the language after the relation ("leurs enfants
    Scolarisés"), nor a word and an initial outside a signed testimony ("Annexe B.", "Bâtiment C.").

    Legal basis: RGPD art. 4(1): a child's first name with its family identifies them.
    """

    ENTITY = "PERSON"
    # scored above the model's 0.85: its finding of the same span ("Amadou D.": "amadou" is a word of
    # the language) is dropped as ordinary words, this one must win the overlap
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("AFTER_PLURAL_KIN",
                rf"(?<=(?<![\w])(?i:mes|ses|nos|vos|leurs){_S}+(?i:{_PLURAL_KIN}){_S}*:?{_S}*){CAP_TOKEN}"
                r"(?![\w'’-])", 0.75),
        Pattern("TESTIMONY_SIGNED", rf"(?<={_ATTRIBUTION}){CAP_TOKEN}{_INITIAL_END}", 0.9),
        Pattern("FIRST_NAME_INITIAL", rf"(?<![\w'’.-]){CAP_TOKEN}{_INITIAL_END}", 0.88),
    ]
    CONTEXT: ClassVar[list[str]] = []

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        out = super().analyze(text, entities, nlp_artifacts, regex_flags)
        keep = []
        for r in out:
            span = text[r.start:r.end]
            name = span.split()[0].strip(" \u00a0")
            pattern = str((r.analysis_explanation.pattern_name if r.analysis_explanation else "") or "")
            if name.casefold() in NOT_NAMES:
                continue
            if pattern == "FIRST_NAME_INITIAL" and (name.casefold() not in first_names()
                                                    or is_ordinary_word(name)):
                continue  # "Annexe B.", "Bâtiment C.": a word and a letter
            if pattern == "AFTER_PLURAL_KIN" and is_ordinary_word(name):
                continue
            keep.append(r)
        return keep
