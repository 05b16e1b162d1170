"""Plates of any country written after the vehicle they are on ("une moto AD 12 KF", "un Duster
fx 778 lb", "remorque WW 815 KD", "immatriculé aux pays-bas : VT-345-B")."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.license_plate import _VEHICLE

_S = r"[ \u00a0]"
# makes and models a plate is written after (no model number: "208", "2008" read as years)
_MAKES = (r"(?:renault|peugeot|citro[ëe]n|dacia|clio|twingo|m[ée]gane|kangoo|sc[ée]nic|berlingo|sandero"
          r"|duster|volkswagen|golf|polo|toyota|yaris|fiat|panda|opel|corsa|audi|bmw|mercedes|skoda|nissan"
          r"|hyundai|tesla|ford|fiesta|kia|seat|ibiza|volvo|mini|smart|jeep|suzuki|mazda|honda|yamaha|vespa|trafic|master|jumper"
          r"|boxer|ducato|partner)")
# three groups: letters, digits, then letters or digits ("AD 12 KF", "VD 456 789", "VT-345-B")
# (a French SIV in capitals is the SIV patterns' to judge: "AI-123-CD" has an I; the WW series is ours)
_CODE = (r"(?<![\w-])(?!(?!WW)[A-Z]{2}[ \u00a0.\-]\d{3}[ \u00a0.\-][A-Z]{2}(?![\w-]))"
         r"(?i:[A-Z]{1,3})(?P<sep>[ \u00a0.\-])\d{2,4}(?P=sep)(?:(?i:[A-Z]{1,3})|\d{2,4})(?![\w-])")

# a British plate since 2001: two letters, two digits, three letters ("AB12 CDE", "ab12cde")
_UK_CODE = r"(?<![\w-])(?i:[A-Z]{2}\d{2}[ \u00a0]?[A-Z]{3})(?![\w-])"


# two groups, capitals and digits, as many countries write them ("ABC 123" in Sweden, "4417 KRT" in
# Spain, "KRT-4417"): read only right after a vehicle word (a make's model is "Clio RS 200")
_TWO_GROUPS = (r"(?<![\w-])(?:[A-Z]{2,3}[ \u00a0-]?(?!(?:19|20)\d{2}(?![\w-]))\d{3,4}"
               r"|(?!(?:19|20)\d{2}(?![\w-]))\d{3,4}[ \u00a0-]?[A-Z]{2,3})(?![\w-])")
# what names a plate in brackets after it: "ABC 123 (plaque suédoise)", "4417 KRT (immatriculation
# espagnole)"
_PLATE_BRACKET = r"(?=[ \u00a0]*\([ \u00a0]*(?i:plaques?|immatricul\w*|immat\.?)(?![\w]))"

# a bracket naming the holder, then the vehicle: "(M. Venkataraman, voiture de location anglaise)"
_HOLDER_AND_VEHICLE = rf"\([^()\n]{{1,40}}?(?:,|{_S}[—–-]){_S}*(?i:{_VEHICLE})(?![\w])"


class FrPlateAfterVehicleRecognizer(FrPatternRecognizer):
    """A code of three groups — letters, two to four digits, letters or digits, with one separator
    — right after a vehicle word or a make (and up to two words describing it), after "immatriculé
    aux/en <pays> :", or right before "(voiture …": any country's plate, in any case; a British
    plate ("AB12 CDE": letters, digits, letters) in the same places. Two groups of capitals and
    digits ("ABC 123", "4417 KRT") right after a vehicle word, not a make (a model is "Clio RS
    200"), nor a year; any of these shapes before "(plaque …)". A model ("Peugeot 208 GT") has two
    groups, not three.

    Legal basis: RGPD art. 4(1): a plate leads to the registered keeper.
    """

    ENTITY = "FR_LICENSE_PLATE"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("AFTER_VEHICLE",
                rf"(?<=(?<![\w])(?i:{_VEHICLE}|{_MAKES})(?:{_S}+\p{{Ll}}[\p{{Ll}}-]+){{0,2}}{_S}*[:(]?{_S}*)"
                rf"{_CODE}", 0.6),
        Pattern("AFTER_REGISTERED_IN",
                rf"(?<=(?i:immatricul[ée]e?s?){_S}+(?i:aux|au|en|à){_S}+[\p{{L}}-]+{_S}*:?{_S}*){_CODE}",
                0.6),
        Pattern("BRITISH_AFTER_VEHICLE",
                rf"(?<=(?<![\w])(?i:{_VEHICLE}|{_MAKES})(?:{_S}+\p{{Ll}}[\p{{Ll}}-]+){{0,2}}{_S}*[:(]?{_S}*)"
                rf"{_UK_CODE}", 0.6),
        Pattern("BRITISH_AFTER_REGISTERED_IN",
                rf"(?<=(?i:immatricul[ée]e?s?){_S}+(?i:aux|au|en|à){_S}+[\p{{L}}-]+{_S}*:?{_S}*){_UK_CODE}",
                0.6),
        Pattern("TWO_GROUPS_AFTER_VEHICLE",
                rf"(?<=(?<![\w])(?i:{_VEHICLE})(?:{_S}+\p{{Ll}}[\p{{Ll}}-]+){{0,2}}{_S}*[:(]?{_S}*){_TWO_GROUPS}",
                0.6),
        # a plate of the SIV's shape whose letters the SIV never gives (I, O, U; a mistyped or an
        # invented plate) after a vehicle word and its description, up to a colon: "Remorque de
        # mise à l'eau : AA-214-OD" (the SIV patterns reject it; the vehicle says what it is)
        Pattern("SIV_SHAPE_AFTER_VEHICLE",
                rf"(?<=(?<![\w])(?i:{_VEHICLE})(?:{_S}+(?:\p{{Ll}}['’]?)?[\p{{Ll}}-]+){{0,5}}{_S}*:{_S}*)"
                r"(?<![\w-])[A-Z]{2}-\d{3}-[A-Z]{2}(?![\w-])", 0.6),
        Pattern("BEFORE_PLATE_BRACKET", rf"(?:{_CODE}|{_UK_CODE}|{_TWO_GROUPS}){_PLATE_BRACKET}", 0.6),
        Pattern("BEFORE_VEHICLE",
                rf"{_CODE}(?={_S}*\({_S}*(?i:{_VEHICLE}))", 0.6),
        # the bracket names the holder first: "BX 17 FRA (M. Venkataraman, voiture de location
        # anglaise)", "AB12 CDE (Mrs Hale — camping-car)"
        Pattern("BEFORE_HOLDER_AND_VEHICLE", rf"(?:{_CODE}|{_UK_CODE})(?={_S}*{_HOLDER_AND_VEHICLE})", 0.6),
    ]
    CONTEXT: ClassVar[list[str]] = []
