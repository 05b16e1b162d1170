"""Postal addresses."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer

WAYS = (r"(?:rue|avenue|av\.|bd|boulevard|place|pl\.|impasse|imp\.|chemin|ch\.|all[ée]e|route|rte|quai|cours|square"  # noqa: E501
        r"|voie|passage|sentier|cit[ée]|r[ée]sidence|lotissement|hameau|lieu-dit|lieudit|rond-point|esplanade"
        r"|promenade|parvis|faubourg|fg|mont[ée]e|traverse|villa|domaine|clos|mail|chauss[ée]e|ruelle|venelle"
        r"|sente|carrefour|rocade|zac|za|zi|parc)")
_UP = r"A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ"
_LO = r"a-zàâäçéèêëîïôöùûüÿœæ"
_WORD = rf"(?:[{_UP}][{_UP}{_LO}]*(?:[-'’][{_UP}{_LO}]+)*|\d{{1,4}}(?!\d))"
_LINK = rf"(?:de[ \u00a0]+la|de[ \u00a0]+l['’]|du|des|de|d['’]|la|le|les|l['’]|et|sur|sous|aux|au|en|[{_LO}]+-)"  # noqa: E501
_NAME = rf"(?:(?:{_LINK}[ \u00a0]*)?{_WORD})(?:[ \u00a0]+(?:{_LINK}[ \u00a0]*)?{_WORD}){{0,5}}"
_NUM = r"\d{1,4}(?:\s?(?:bis|ter|quater|[A-D])\b)?"
_CITY = (rf"(?:\d{{5}}|\d{{2}}[ \u00a0]\d{{3}})[ \u00a0]+[{_UP}][{_UP}{_LO}'’\-]+"
         rf"(?:[ \u00a0\-]+(?:(?:sur|sous|en|lès|les|le|la|de|du|d['’])[ \u00a0\-]*)?[{_UP}][{_UP}{_LO}'’\-]+){{0,4}}"  # noqa: E501
         rf"(?:[ \u00a0]+(?i:cedex)(?:[ \u00a0]+\d{{1,2}})?)?")


class FrAddressRecognizer(FrPatternRecognizer):
    """Postal address: number (bis/ter), type of way, name, then optionally postcode and city;
    a postcode followed by a city; a way without a number ("avenue Émile Zola"); BP/CS boxes.

    Legal basis: RGPD art. 4(1): a home address identifies and locates a person.
    """

    ENTITY = "FR_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("ADDRESS_FULL",
                rf"(?i:\b{_NUM}[ \u00a0]*,?(?:[ \u00a0]*\n)?[ \u00a0]*{WAYS})(?:[ \u00a0]+|[ \u00a0]*\n[ \u00a0]*){_NAME}"  # noqa: E501
                rf"(?:[ \u00a0]*[,\n–-]?[ \u00a0]*{_CITY})?", 0.75),
        Pattern("ADDRESS_WAY", rf"(?<![\w])(?i:{WAYS})[ \u00a0]+(?:{_LINK}[ \u00a0]*)?(?=[{_UP}]){_WORD}(?:[ \u00a0]+(?:{_LINK}[ \u00a0]*)?{_WORD}){{0,4}}"  # noqa: E501
                rf"(?:[ \u00a0]*,?[ \u00a0]*{_CITY})?", 0.45),
        Pattern("POSTCODE_CITY", rf"(?<![\w.,])(?<!\d\s){_CITY}", 0.55),
        Pattern("PO_BOX", r"(?i)\b(?:BP|B\.P\.|CS|TSA)\s?\d{2,6}\b", 0.4),
    ]
    CONTEXT: ClassVar[list[str]] = ["demeurant", "domicilié", "domiciliée", "adresse", "résidant", "habitant", "sis", "situé"]  # noqa: E501
