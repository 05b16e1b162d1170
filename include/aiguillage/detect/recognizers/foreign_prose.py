"""What foreign visitors write of themselves in English or German, in a letter or an e-mail to a
French service: a relative named after the relation ("My husband Klaus and I", "my wife Philippa",
"meine Frau Ute"), an age told ("(I am 74)", "aged 81", "a 12-year-old"), a number after the
German "Nr." ("Zulassungsbescheinigung Teil I, Nr. AB1234567")."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.names import CAP_TOKEN, NOT_NAMES

_S = r"[ \u00a0]"
_EN_OWNER = r"(?:my|our|his|her|their)"
_EN_RELATION = (r"(?:husband|wife|spouse|partner|son|daughter|child|brother|sister|father|mother|mum|mom|dad"
                r"|grandson|granddaughter|grandfather|grandmother|grandma|grandpa|nephew|niece|cousin|uncle"
                r"|aunt|fianc[ée]e?|boyfriend|girlfriend|friend|neighbou?r|carer|caregiver|stepson"
                r"|stepdaughter|son-in-law|daughter-in-law)")
_DE_OWNER = r"(?:mein|meine|meinem|meinen|meiner|unser|unsere|unserem|unseren|unserer)"
_DE_RELATION = (r"(?:Mann|Ehemann|Frau|Ehefrau|Partner|Partnerin|Sohn|Tochter|Bruder|Schwester|Vater|Mutter"
                r"|Enkel|Enkelin|Neffe|Nichte|Freund|Freundin|Nachbar|Nachbarin)")
# English words a capitalised word after the relation may be rather than a name
_EN_WORDS = frozenset({"and", "i", "is", "was", "has", "had", "who", "which", "have", "will", "would",
                       "also", "were", "are", "the", "a", "an", "in", "on", "at", "to", "of", "for",
                       "with", "from", "by", "but", "or", "so", "then", "und", "ist", "war", "hat"})


class FrForeignRelativeNameRecognizer(FrPatternRecognizer):
    """A first name right after an English or German possessive and a relation ("My husband Klaus
    and I", "my wife Philippa", "our son Tom", "meine Frau Ute"): the name only. The French shape
    ("mon mari Serge") is :mod:`person_kin`'s. Not a word after the relation ("my wife And I" in a
    title's capitals is none; "my son Is", "mein Mann Und").

    Legal basis: RGPD art. 4(1): a relative's first name beside the writer's identifies them.
    """

    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("EN_OWN_RELATIVE_NAME",
                rf"(?=\p{{Lu}})(?<=(?<![\w]){_EN_OWNER.replace('(?:', '(?i:', 1)}{_S}+"
                rf"{_EN_RELATION.replace('(?:', '(?i:', 1)},?{_S}+){CAP_TOKEN}(?![\w'’-])", 0.88),
        Pattern("DE_OWN_RELATIVE_NAME",
                rf"(?=\p{{Lu}})(?<=(?<![\w]){_DE_OWNER.replace('(?:', '(?i:', 1)}{_S}+{_DE_RELATION},?{_S}+)"
                rf"{CAP_TOKEN}(?![\w'’-])", 0.88),
    ]
    CONTEXT: ClassVar[list[str]] = []

    def validate_result(self, pattern_text: str) -> bool | None:
        name = pattern_text.strip().casefold()
        return False if name in NOT_NAMES or name in _EN_WORDS else None


# what a number of years is not the age of its speaker ("I am 5 minutes away", "he is 6 feet tall")
_NOT_AN_AGE = (r"(?![\w]|[.,]\d|{S}*(?:%|€|\$|£|(?i:km|kg|cm|m|ft|feet|foot|inches|miles|minutes?|mins?"
               r"|hours?|hrs?|days?|weeks?|months?|euros?|eur|pounds?|times|percent|per|th|st|nd|rd|o['’]clock|am|pm"
               r"|h)(?![\w])))").replace("{S}", _S)


class FrEnglishAgeRecognizer(FrPatternRecognizer):
    """An age told in English: "(I am 74)", "I'm 81", "she is 9", "aged 67", "67 years old", "a
    12-year-old" — the number. Not a measure after it ("I am 5 minutes away", "he is 6 feet
    tall"), not a thing's age ("the car is 12 years old" has no person as subject: only I, he,
    she, we, my/our/his/her relation). Reported as DATE_OF_BIRTH, the type the policy gives an age.

    Legal basis: RGPD art. 4(1): with a name or a relation, an age singles a person out.
    """

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("EN_I_AM",
                rf"(?=\d)(?<=(?<![\w])(?:I{_S}+am|I['’]m|(?i:he|she){_S}+(?:is|was|turned|will{_S}+be|has{_S}+just{_S}+turned)"
                rf"|I{_S}+(?:was|turned|will{_S}+be|have{_S}+just{_S}+turned)"
                rf"|(?i:{_EN_OWNER}){_S}+(?i:{_EN_RELATION}){_S}+(?:\p{{Lu}}\p{{Ll}}+{_S}+)?(?i:is|was|turned)"
                rf"){_S}+(?:(?i:now|only|just|almost|nearly){_S}+)?)\d{{1,3}}{_NOT_AN_AGE}", 0.7),
        Pattern("EN_AGED", rf"(?=\d)(?<=(?<![\w])(?i:aged){_S}+)\d{{1,3}}{_NOT_AN_AGE}", 0.7),
        Pattern("EN_YEARS_OLD",
                rf"(?=\d)(?<=(?<![\w])(?:I{_S}+am|I['’]m|(?i:he|she|who){_S}+(?:is|was)|(?i:a|an|my|our|his|her)){_S}+)"
                rf"\d{{1,3}}(?=(?:{_S}+|-)(?i:years?|yrs?)(?:{_S}+|-)(?i:old)(?![\w]))", 0.7),
    ]
    CONTEXT: ClassVar[list[str]] = []


class FrGermanNumberRecognizer(FrPatternRecognizer):
    """A code after the German numbering word "Nr." in a foreign document's name ("Fahrzeugschein
    (Zulassungsbescheinigung Teil I, Nr. AB1234567)", "Reisepass Nr. C01X00T47"): capitals and
    digits, one group of seven characters at least with five digits, or letters and digits mixed.
    Not a house's number ("Hauptstraße Nr. 12"), nor an issue's ("Heft Nr. 2024").

    Legal basis: RGPD art. 4(1) and art. 87 (identity or vehicle document number).
    """

    ENTITY = "PERSONAL_REFERENCE"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("DE_NR", rf"(?=[A-Z0-9])(?<=(?<![\w])Nr\.?{_S}*:?{_S}*)[A-Z0-9]{{7,20}}(?![\w-])", 0.7),
    ]
    CONTEXT: ClassVar[list[str]] = []

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = sum(c.isdigit() for c in pattern_text)
        letters = sum(c.isalpha() for c in pattern_text)
        return None if digits >= 5 or (digits >= 3 and letters >= 2) else False
