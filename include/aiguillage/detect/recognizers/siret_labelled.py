"""A SIRET written right after its name, whatever its key ("numéro SIRET 842 615 973 00021")."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer

_S = r"[ \u00a0]"


class FrLabelledSiretRecognizer(FrPatternRecognizer):
    """Fourteen digits (grouped 3-3-3-5 or not) right after the word SIRET (or in the cell after
    it): a mistyped key (Luhn
    fails) does not make the number anyone else's, and a sole trader's SIRET names its holder.
    :class:`~aiguillage.detect.recognizers.siret.FrSiretRecognizer` keeps the checksum for
    numbers found without the word.

    Legal basis: RGPD art. 4(1) for sole traders (the entrepreneur's own identifier).
    """

    ENTITY = "FR_SIRET"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("SIRET_AFTER_WORD",
                rf"(?<=(?<![\w])(?i:siret){_S}*(?:(?i:n[°o]\.?|num[ée]ro){_S}*)?:?[ \u00a0\t]*)"
                r"\d{3}[ \u00a0.]?\d{3}[ \u00a0.]?\d{3}[ \u00a0.]?\d{5}(?![\w]|[.,]\d)", 0.8),
    ]
    CONTEXT: ClassVar[list[str]] = []
