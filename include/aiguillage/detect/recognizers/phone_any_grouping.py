"""French ten-digit numbers grouped any other way ("061 234 5678", "0612 345 678", "06 1234 5678",
"06 123 456 78"), as people copy them from a contact card."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.phone import FrPhoneRecognizer

# one separator at most between two digits: the usual ones, an underscore or a comma ("06_12_34_56_78",
# "06,12,34,56,78"), the closing bracket of an area code ("(06) 12 34 56 78")
_SEP = r"(?:[ \u00a0.\-/_,]|\)[ \u00a0]?)?"


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
    ]
    CONTEXT: ClassVar[list[str]] = [*FrPhoneRecognizer.CONTEXT, "tél.", "mob", "gsm", "numéro"]
