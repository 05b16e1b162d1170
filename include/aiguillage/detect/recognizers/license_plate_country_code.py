"""Plates of any country in a register's row (fields between dashes) after the field of their
international vehicle code ("… — D — FR-SM 218 + caravane — 5 nuits", "— CZ — 2AJ 6615 —", "— GB —
motorhome WA19 KXF")."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.license_plate import _VEHICLE
from aiguillage.detect.recognizers.license_plate_after_vehicle import _MAKES

_S = r"[ \u00a0]"
# the international vehicle registration codes of Europe and its neighbours (the oval sticker)
_COUNTRY = (r"(?:D|B|P|F|I|E|L|A|S|N|H|M|GB|UK|IRL|NL|CH|CZ|SK|DK|FIN|PL|RO|BG|HR|SLO|LT|LV|EST|GR|AND|MC"
            r"|FL|RSM|SRB|MNE|AL|UA|TR|MA|DZ|TN|USA|CDN)")
_YEAR = regex.compile(r"(?:19|20)\d{2}")
_ENGLISH_VEHICLE = r"(?:motorhome|camper|campervan|van|car|caravan|trailer|motorbike)"
# a plate of any country: two or three groups of capitals and digits, hyphens or spaces between
# ("FR-SM 218", "1-VBN-447", "AA-27-QF", "2AJ 6615", "KWP 44B", "WA19 KXF")
_PLATE = r"[A-Z0-9]{1,4}(?:[- \u00a0][A-Z0-9]{1,4}){1,2}"


class FrPlateAfterCountryCodeRecognizer(FrPatternRecognizer):
    """A plate in a register's row (fields between dashes) right after the field of
    its international vehicle code (D, B, GB, IRL, CZ…), a vehicle word or a make allowed before
    it: any country's writing, two or three groups of capitals and digits with two digits and one
    letter at least, six characters in all. The code field says the next one is a vehicle's;
    nothing else of a row is so shaped and so placed.

    Legal basis: RGPD art. 4(1): a plate leads to the registered keeper.
    """

    ENTITY = "FR_LICENSE_PLATE"
    PATTERNS: ClassVar[list[Pattern]] = [
        # forward, the plate kept from \K: no look-behind to try at every position
        Pattern("AFTER_COUNTRY_CODE",
                rf"[—–]{_S}*{_COUNTRY}{_S}*[—–]{_S}*"
                rf"(?:(?i:{_VEHICLE}|{_ENGLISH_VEHICLE}|{_MAKES})(?:{_S}+\p{{Ll}}[\p{{Ll}}-]+)?{_S}+)?"
                rf"\K{_PLATE}(?![\w-]|{_S}+\p{{Ll}})", 0.6),
    ]
    CONTEXT: ClassVar[list[str]] = []

    def check(self, text: str) -> bool | None:
        """Two digits and one letter at least, six characters at least ("RDC 12" is a floor), no
        group of four letters or more (a word: "SEVE 2014", "CAFE JUIN"), no year ("… 2014")."""
        digits = sum(c.isdigit() for c in text)
        letters = sum(c.isalpha() for c in text)
        groups = [g for g in regex.split(r"[- \u00a0]", text) if g]
        if any(g.isalpha() and len(g) >= 4 for g in groups) or any(_YEAR.fullmatch(g) for g in groups):
            return False
        return None if digits >= 2 and letters >= 1 and digits + letters >= 6 else False
