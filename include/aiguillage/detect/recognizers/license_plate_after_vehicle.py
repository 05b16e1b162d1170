"""Plates of any country written after the vehicle they are on ("une moto AD 12 KF", "un Duster
fx 778 lb", "remorque WW 815 KD", "immatriculé aux pays-bas : VT-345-B")."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.license_plate import _VEHICLE

_S = r"[ \u00a0]"
_YEAR = regex.compile(r"(?:19|20)\d{2}")
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

# English and German words for a vehicle or its plate ("vehicle AY19 KFZ", "German plate M-HK 2209",
# "Kennzeichen B MK 4821")
_EN_VEHICLE = (r"(?:vehicles?|cars?|vans?|motorhomes?|campervans?|caravans?|trailers?|lorr(?:y|ies)|trucks?"
               r"|motorbikes?|plates?|number[ \u00a0]+plates?|registration|reg\.|kennzeichen|nummernschild"
               r"|fahrzeug|auto|wagen|pkw)")
# the words of a plate, up to three lower-case ones after it ("plaques anglaises KX 63 HFD", "plaques
# toutes jaunes XT-871-H", "la plaque en entier : B MK 4821", "German plate M-HK 2209")
_PLATE_CUE = (rf"(?<![\w])(?:(?i:plaques?|immatriculation|immat\.?|{_EN_VEHICLE}|{_VEHICLE})"
              rf"(?:{_S}+\p{{Ll}}[\p{{Ll}}'’-]+){{0,3}}|(?:German|British|English|Dutch|Belgian|Polish|Italian"
              rf"|Spanish|Swiss|Irish){_S}+(?i:{_EN_VEHICLE})){_S}*[:(«\"“]?{_S}*")
# a German plate: its district (one to three letters), one or two letters, one to four digits, an
# electric or historic car's E or H ("M-HK 2209", "B MK 4821", "HH-AB 123E")
_DE_CODE = r"(?<![\w-])[A-ZÄÖÜ]{1,3}[- \u00a0][A-Z]{1,2}[ \u00a0]\d{1,4}[EH]?(?![\w-])"
# any country's plate: two or three groups of capitals and digits, some of each ("KX 63 HFD", "WA
# 6189C", "XT-871-H", "PO 7X821"); the check keeps plates from words and years
# (not a British postcode: "NR21 0JQ", its second group a digit and two letters)
# (nor a French SIV's shape: the SIV patterns judge it, "AI-123-CD" has an I, "SS" is excluded)
_ANY_CODE = (r"(?<![\w-])(?![A-Z]{1,2}\d[A-Z\d]?[ \u00a0]\d[A-Z]{2}(?![\w-]))"
             r"(?!(?!WW)[A-Z]{2}[ \u00a0-]\d{3}[ \u00a0-][A-Z]{2}(?![\w-]))"
             r"[A-Z0-9]{1,4}(?:[- \u00a0][A-Z0-9]{1,5}){1,2}(?![\w-])")
# the country a plate is of, in brackets after it ("KX 63 HFD (Royaume-Uni)", "WA 6189C (Pologne)")
_COUNTRY_NAME = (r"(?:Royaume-Uni|Grande-Bretagne|Angleterre|[ÉE]cosse|Irlande|Pologne|Pays-Bas|Hollande"
                 r"|Allemagne|Belgique|Suisse|Espagne|Italie|Portugal|Luxembourg|Roumanie|Bulgarie|Autriche"
                 r"|Hongrie|Tch[ée]quie|Slovaquie|Lituanie|Lettonie|Estonie|Danemark|Su[èe]de|Norv[èe]ge"
                 r"|Finlande|Croatie|Slov[ée]nie|Gr[èe]ce|Ukraine|Moldavie|Serbie|Albanie|Turquie|Maroc"
                 r"|Alg[ée]rie|Tunisie|Andorre|Monaco|UK|GB|NL|PL|RO|CH|D|B|E|I|P|L)")
# a code's article ("L 2212-2", "R. 411-25"), not a plate
_LAW_ARTICLE = regex.compile(r"[LRDA]\.?[ \u00a0]?\d{3,4}-\d{1,3}")
# a plate some of whose characters could not be read, written as dots, stars or question marks
# ("..-347-P.", "AB-1**-C?"): in the SIV's shape, after the words of a plate
# (a dot ending the last group alone may end the sentence: "… XT-871-H." is no masked plate)
_MASKED_SIV = (r"(?<![\w.*?_-])(?:[A-Z.*?_]{0,1}[.*?_][A-Z.*?_]{0,1}-[0-9.*?_]{3}-[A-Z.*?_]{1,2}"
               r"|[A-Z]{1,2}-(?=[0-9]{0,2}[.*?_])[0-9.*?_]{3}-[A-Z.*?_]{1,2}"
               r"|[A-Z]{1,2}-[0-9]{3}-(?:[.*?_]{2}|[A-Z]?[*?_]))(?![\w*?_-])")


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
        # the seventeenth session's: a plate after English words for the vehicle ("vehicle AY19 KFZ",
        # "my car KX 63 HFD"), a German plate after a plate's words ("German plate M-HK 2209",
        # "la plaque en entier : B MK 4821"), any country's plate after a plate's words and up to
        # three lower-case ones ("plaques anglaises KX 63 HFD", "plaques toutes jaunes XT-871-H"),
        # any plate before its country in brackets ("WA 6189C (Pologne)"), a plate read in part
        # ("plaque partielle « ..-347-P. »")
        Pattern("BRITISH_AFTER_ENGLISH_VEHICLE",
                rf"(?<=(?<![\w])(?i:{_EN_VEHICLE}){_S}*[:(]?{_S}*){_UK_CODE}", 0.6),
        Pattern("GERMAN_AFTER_PLATE_WORDS", rf"(?<={_PLATE_CUE}){_DE_CODE}", 0.6),
        # a German plate with its hyphen ("M-KM 4721") on a line that spoke of a vehicle before it:
        # "le camping-car allemand de mon beau-frère Klaus Müller (M-KM 4721)"
        Pattern("GERMAN_ON_A_VEHICLES_LINE",
                rf"(?<![\w-])(?=[A-ZÄÖÜ]{{1,3}}-[A-Z]{{1,2}}[ \u00a0]\d)"
                rf"(?<=(?<![\w])(?i:{_VEHICLE}|{_EN_VEHICLE})(?![\w])[^\n]{{0,80}}){_DE_CODE}", 0.6),
        Pattern("ANY_AFTER_PLATE_WORDS", rf"(?<={_PLATE_CUE})(?!{_DE_CODE}){_ANY_CODE}", 0.6),
        Pattern("ANY_BEFORE_COUNTRY",
                rf"(?<!(?i:vol|vols|flight|train|ligne|route|bus|car){_S}+){_ANY_CODE}"
                rf"(?={_S}*\({_S}*{_COUNTRY_NAME}(?![\w-]))", 0.6),
        Pattern("MASKED_AFTER_PLATE_WORDS", rf"(?<={_PLATE_CUE}){_MASKED_SIV}", 0.6),
        # the bracket names the holder first: "BX 17 FRA (M. Venkataraman, voiture de location
        # anglaise)", "AB12 CDE (Mrs Hale — camping-car)"
        Pattern("BEFORE_HOLDER_AND_VEHICLE", rf"(?:{_CODE}|{_UK_CODE})(?={_S}*{_HOLDER_AND_VEHICLE})", 0.6),
    ]
    CONTEXT: ClassVar[list[str]] = []

    def validate_result(self, pattern_text: str) -> bool | None:
        """A plate of any country has two digits and a letter at least, five characters at least,
        no group of four letters or more (a word: "TOUT 12"), no year ("AB 2024"); a masked one
        keeps three of its characters ("..-347-P.")."""
        text = pattern_text.strip()
        if _LAW_ARTICLE.fullmatch(text):
            return False
        if regex.search(r"[.*?_]", text):
            return None if sum(c.isalnum() for c in text) >= 3 else False
        digits = sum(c.isdigit() for c in text)
        letters = sum(c.isalpha() for c in text)
        groups = [g for g in regex.split(r"[- \u00a0]", text) if g]
        if any(g.isalpha() and len(g) >= 4 for g in groups) or any(_YEAR.fullmatch(g) for g in groups):
            return False
        return None if digits >= 2 and letters >= 1 and digits + letters >= 5 else False
