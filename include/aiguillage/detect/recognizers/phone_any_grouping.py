"""French ten-digit numbers grouped any other way ("061 234 5678", "0612 345 678", "06 1234 5678",
"06 123 456 78"), as people copy them from a contact card."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.phone import _NUM, _UNIT, FrPhoneRecognizer

# one separator at most between two digits: the usual ones, an underscore or a comma ("06_12_34_56_78",
# "06,12,34,56,78"), the closing bracket of an area code ("(06) 12 34 56 78")
_SEP = r"(?:[ \u00a0.\-/_,]|\)[ \u00a0]?)?"
# a separator with spaces around it (a dash may be doubled: "04 78 -- 33 -- 21 -- 09"), or spaces alone
_WIDE = r"(?:[ \u00a0]*(?:[.\-–—/]|--)[ \u00a0]*|[ \u00a0]+)"


class FrPhoneAnyGroupingRecognizer(FrPatternRecognizer):
    """A zero, a digit from 1 to 9, then eight digits in groups of one to four ("061 234 5678",
    "0612 345 678", "0 612 345 678", "(06) 12 34 56 78", "06_12_34_56_78"): ten digits from 0 in
    any grouping are a French number. Alone
    they score under the policy's threshold (a reference may start with 0); a word of the
    telephone ("tél", "portable", "joindre"…) raises them. The usual pairs are
    :mod:`aiguillage.detect.recognizers.phone`'s.

    Legal basis: RGPD art. 4(1): a personal or direct line identifies its holder.
    """

    ENTITY = "PHONE_NUMBER"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("FR_PHONE_ANY_GROUPING",
                rf"(?<![\w+./,-])\(?0{_SEP}[1-9](?=(?:{_SEP}\d){{8}}(?![\w]|[.,/-]\d))"
                rf"(?:{_SEP}\d{{1,4}}){{2,5}}(?<=(?:\d{_SEP}){{9}}\d)(?![\w]|[.,/-]\d)", 0.4),
        # pairs apart by a dot, a dash or a slash with spaces around ("07 69 . 41 . 02 . 88", "05 63 58
        # – 21 47", "06 14 / 22 / 87 / 30"): no amount, date or reference is written so
        Pattern("FR_PHONE_SPACED_SEPARATORS",
                rf"(?<![\w+./,-])0[1-9](?:{_WIDE}\d{{2}}){{4}}(?![\w]|[.,/-]\d)"
                r"(?<=[ \u00a0](?:[.\-–—/]|--)[ \u00a0]\d.*)",
                0.6),
        # a national number of eleven digits from 07 (the United Kingdom's mobiles: "07700 900 461")
        Pattern("UK_NATIONAL",
                r"(?<![\w+./,-])0[1-9]\d{3}[ \u00a0]\d{3}[ \u00a0]\d{3}(?![\w]|[.,/-]\d)", 0.4),
        # the international prefix typed "00" and a country code apart ("00 44 7700 900 461")
        Pattern("INTL_00_SPACED",
                r"(?<![\w+./,-])00[ \u00a0][1-9]\d{0,2}[ \u00a0](?:\(0\)[ \u00a0]?)?\d{1,5}"
                r"(?:[ \u00a0.-]\d{1,5}){1,4}"
                r"(?<=(?:\d\D*){11})(?![\w]|[.,/-]\d)", 0.6),
        # spelt out without commas: "zéro six quatre-vingt-dix-neuf dix-sept quarante-deux zéro un"
        Pattern("FR_PHONE_WORDS_PLAIN",
                rf"(?i)(?<![\w])z[ée]ro[\s\u00a0-]+{_UNIT}(?:[\s\u00a0-]+{_NUM}){{4,14}}(?![\w-])", 0.6),
    ]
    CONTEXT: ClassVar[list[str]] = [*FrPhoneRecognizer.CONTEXT, "tél.", "mob", "gsm", "numéro"]
