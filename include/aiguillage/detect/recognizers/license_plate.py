"""French number plates."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer

_L = "A-HJ-NP-TV-Z"  # SIV letters: no I, O, U
# two-letter French words a capitalised title may put around a number
_WORD = r"(?:DE|LE|LA|EN|ET|CE|SE|NE|ME|TE|SA|MA|TA|ES|AS|NA|VA|LES|DES)"


class FrLicensePlateRecognizer(FrPatternRecognizer):
    """Immatriculation: SIV (since 2009, "AB-123-CD", no I/O/U, SS and WW prefixes excluded)
    and FNI (before 2009, "123 ABC 75", "1234 AB 2A"). Context words raise the score; a spaced SIV
    ("AB 123 CD") whose letters are no French words, or an FNI plate alone in a table cell, scores
    without them.

    Legal basis: RGPD art. 4(1): a plate leads to the registered keeper (CJUE, C-582/14 logic).
    """

    ENTITY = "FR_LICENSE_PLATE"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("SIV", rf"(?<![\w-])(?!SS|WW)[{_L}]{{2}}-\d{{3}}-(?!SS)[{_L}]{{2}}(?![\w-])", 0.65),
        Pattern("SIV_SPACED", rf"(?<![\w-])(?!SS|WW)[{_L}]{{2}}[\s\u00a0]\d{{3}}[\s\u00a0](?!SS)[{_L}]{{2}}(?![\w-])", 0.35),  # noqa: E501
        # spaced SIV whose letters are not two French words ("DE 300 EN" in a capitalised title)
        Pattern("SIV_SPACED_LETTERS",
                rf"(?<![\w-])(?!SS|WW)(?!{_WORD}[ \u00a0]\d{{3}}[ \u00a0]{_WORD}(?![\w-]))"
                rf"[{_L}]{{2}}[ \u00a0]\d{{3}}[ \u00a0](?!SS)[{_L}]{{2}}(?![\w-])", 0.5),
        # an old FNI plate alone in a table cell ("| 1287 ZV 86", "<TAB>312 ABC 15")
        Pattern("FNI_CELL",
                r"(?<=(?:^|[|\t])[ \u00a0]*)\d{1,4}[ \u00a0-][A-Z]{1,3}[ \u00a0-](?:\d{2}|2[AB]|97[1-6])"
                r"(?=[ \u00a0]*(?:$|[|\t]))", 0.5),
        # written without separators ("EF789LM"): the SIV shape is distinctive enough alone
        Pattern("SIV_COMPACT", rf"(?<![\w-])(?!SS|WW)[{_L}]{{2}}\d{{3}}(?!SS)[{_L}]{{2}}(?![\w-])", 0.5),
        # FNI whose département is Corsica or overseas ("1234 AB 2A"): no date or reference looks so
        Pattern("FNI_CORSICA_DOM", r"(?<![\w-])\d{1,4}[\s\u00a0-][A-Z]{1,3}[\s\u00a0-](?:2[AB]|97[1-6])(?![\w-])", 0.5),  # noqa: E501
        Pattern("FNI", r"(?<![\w-])\d{1,4}[\s\u00a0-]?[A-Z]{1,3}[\s\u00a0-]?(?:\d{2}|2[AB]|97[1-6])(?![\w-])", 0.2),  # noqa: E501
    ]
    CONTEXT: ClassVar[list[str]] = ["immatriculation", "immatriculé", "véhicule", "plaque", "voiture", "immat"]  # noqa: E501
