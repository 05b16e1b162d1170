"""NIR, the « numéro de sécurité sociale »."""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect import validators
from aiguillage.detect.recognizers._base import FrPatternRecognizer

_SEP = r"[\s.\u00a0\u202f-]?"
_KEY_WORD = re.compile(r"cl[ée]f?|[():,;]", re.I)


class FrNirRecognizer(FrPatternRecognizer):
    """NIR (numéro d'inscription au répertoire): sex, year, month, département (2A/2B for
    Corsica, 97x overseas), commune, order, key = 97 − (n mod 97). Spaces, dots or nothing.

    Legal basis: RGPD art. 87 and loi Informatique et Libertés art. 30 (décret-cadre NIR): a national
    identifier whose processing is strictly framed; always personal data.
    """

    ENTITY = "FR_NIR"
    PATTERNS: ClassVar[list[Pattern]] = [Pattern(
        "NIR",
        rf"(?<![\w-])[12378]{_SEP}\d{{2}}{_SEP}\d{{2}}{_SEP}(?:\d{{2}}|2[AaBb]){_SEP}\d{{3}}{_SEP}\d{{3}}"
        rf"(?:{_SEP}\d{{2}})(?![\w-])",
        0.5),
        # the key written apart: "1 84 12 75 108 123 clé : 19", "… (clé 19)"
        Pattern(
            "NIR_KEY_APART",
            rf"(?<![\w-])[12378]{_SEP}\d{{2}}{_SEP}\d{{2}}{_SEP}(?:\d{{2}}|2[AaBb]){_SEP}\d{{3}}{_SEP}\d{{3}}"
            r"[\s,;\u00a0]*\(?[\s\u00a0]*(?i:cl[ée]f?)(?:[\s\u00a0]*:)?[\s\u00a0]*\d{2}\)?(?![\w-])",
            0.5)]
    CONTEXT: ClassVar[list[str]] = ["sécurité", "nir", "insee", "sécu", "assuré", "ss"]

    def check(self, text: str) -> bool | None:
        return validators.nir_is_valid(_KEY_WORD.sub("", text))
