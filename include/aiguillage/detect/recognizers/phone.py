"""French telephone numbers."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer

_S = r"[\s\u00a0.\-/]?"
_UNIT = r"(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf)"
_NUM = (r"(?:z[ée]ro|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze"
        r"|seize|vingts?|trente|quarante|cinquante|soixante|et)")


class FrPhoneRecognizer(FrPatternRecognizer):
    """French numbers in every usual writing: 01 23 45 67 89, 01.23.45.67.89, 01-23-45-67-89,
    0123456789, +33 1 23 45 67 89, +33 (0)1 23 45 67 89, 0033 1 23 45 67 89, 0 800 12 34 56.

    Legal basis: RGPD art. 4(1): a personal or direct line identifies its holder.
    """

    ENTITY = "PHONE_NUMBER"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("FR_PHONE_NATIONAL", rf"(?:(?<![\w+./,-])|(?<=\p{{L}}\.))0[1-9](?:{_S}\d{{2}}){{4}}(?![\w]|[.,/-]\d)", 0.7),  # noqa: E501
        Pattern("FR_PHONE_INTL",
                rf"(?<![\w+])(?:\+|00)[\s\u00a0]?33{_S}(?:\(0\){_S})?[1-9](?:{_S}\d{{2}}){{4}}(?![\w]|[.,/-]\d)", 0.8),  # noqa: E501
        # a neighbour country's national writing, ten digits from 0 in groups of three then pairs
        # ("079 123 45 67" in Switzerland): no amount or reference is written so, and the
        # independent sweep reads any such chain as a phone
        # a capital O typed for the leading zero ("O4 67 44 21 93"): four pairs after it are a phone
        Pattern("FR_PHONE_LETTER_O", rf"(?<![\w+./,-])O[1-9](?:{_S}\d{{2}}){{4}}(?![\w]|[.,/-]\d)", 0.6),
        # spelt out as it is dictated: "zéro six, quarante-deux, dix-huit, cinquante-sept, trente"
        # (a zero, a digit, then four groups of number words)
        Pattern("FR_PHONE_WORDS",
                rf"(?i)(?<![\w])z[ée]ro[\s\u00a0,-]+{_UNIT}(?:[\s\u00a0]*,[\s\u00a0]*{_NUM}(?:[\s\u00a0-]+{_NUM}){{0,3}}){{4}}"
                r"(?![\w-])", 0.6),
        # the zero apart, then three digits and three pairs: the way numbers from 08 and 09 are
        # written ("0 800 22 31 31", "0 970 44 12 12", "0.805.12.34.56")
        Pattern("NATIONAL_ZERO_APART",
                r"(?<![\w+./,-])0[ \u00a0.][1-9]\d{2}(?:[ \u00a0.]\d{2}){3}(?![\w]|[.,/-]\d)", 0.6),
        Pattern("NATIONAL_OTHER_GROUPING",
                r"(?<![\w+./,-])0\d{2}[ \u00a0.]\d{3}[ \u00a0.]\d{2}[ \u00a0.]\d{2}(?![\w]|[.,/-]\d)", 0.55),
    ]
    CONTEXT: ClassVar[list[str]] = ["téléphone", "tél", "tel", "portable", "mobile", "fax", "joindre", "appeler", "contact"]  # noqa: E501
