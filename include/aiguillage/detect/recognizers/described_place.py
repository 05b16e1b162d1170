"""Homes told by what they look like or where they stand ("la maison à côté de l'église",
"pavillon 6, au bout de l'allée", "le n° 24", "la fenêtre avec le store jaune")."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer

_S = r"[ \u00a0]"
LOW = 0.4  # under the policy's 0.5: raised only as a value of a person's record or speech
_PART = (r"(?:maison|bastide|r[ée]sidence|pavillon|ferme|long[èe]re|porte|fen[êe]tre|entr[ée]e|portail"
         r"|lotissement|immeuble|b[âa]timent|appartement|logement|villa|chalet|mas|grange|bergerie|cabanon"
         r"|hangar|cabane|chaumi[èe]re|caravane|roulotte|masure)")
# a description: words up to the end of its clause (a comma, a dash, a bracket, a semicolon, a full
# stop, a line) or a word that starts another clause ("depuis 1990", "pour", "qui")
_STOP = r"(?i:depuis|pour|mais|car|quand|où|que|qui|dont|est|sont|a|ont)(?![\w])"
_CLAUSE = (rf"(?:[ \u00a0]+(?!{_STOP})[^\n—–();.,!?|\t \u00a0]+){{1,16}}?"
           rf"(?=[ \u00a0]*(?:[—–();.,!?|\t\n]|$)|[ \u00a0]+{_STOP})")


# a description that goes on after a comma with where it stands or what it has: "la première
# maison, celle avec le grand noyer", "le hangar rénové, juste avant le virage"
_GOES_ON = (rf"(?:,{_S}*(?i:celle|celui|juste|après|avant|derrière|devant|en{_S}+face|à{_S}+côté|au{_S}+bout"
            rf"|au{_S}+fond|près|tout{_S}+au{_S}+bout|la{_S}+seule|le{_S}+seul)(?![\w]){_CLAUSE})")


class FrDescribedPlaceRecognizer(FrPatternRecognizer):
    """A dwelling or a part of it named by what it is and described ("la maison à côté de
    l'église", "le dernier lotissement avant le pont, maison n° 9", "la fenêtre avec le store
    jaune", "entrée par la cour, derrière la boucherie"), a dwelling and its number ("pavillon 6",
    "maison n° 9"), a house number alone ("le n° 24", "du 14 bis"). Alone these score under the policy's
    threshold ("la maison de quartier ouvre", "le n° 3 du bulletin"); the detector raises them as a
    value of a person's record, speech or table row
    (:func:`aiguillage.detect.engine.chained_places`, :func:`~aiguillage.detect.engine.owned_places`,
    :func:`~aiguillage.detect.engine.row_places`).

    Legal basis: RGPD art. 4(1): where a named person lives locates them.
    """

    ENTITY = "FR_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("DESCRIBED",
                rf"(?<![\w])(?i:la|le|l['’]|les){_S}*(?:\p{{Ll}}+{_S}+)?(?i:{_PART})(?![\w]){_CLAUSE}{_GOES_ON}?",
                LOW),
        # the dwelling alone, then what it has or where it stands: "la première maison, celle avec
        # le grand noyer"
        Pattern("DESCRIBED_APPOSED",
                rf"(?<![\w])(?i:la|le|l['’]){_S}*(?:\p{{Ll}}+{_S}+)?(?i:{_PART}){_GOES_ON}", LOW),
        # without its article after a comma or a bracket: ", porte à droite de l'escalier", "(entrée
        # par la cour, derrière la boucherie)"
        Pattern("DESCRIBED_BARE", rf"(?<=[,(]{_S}*)(?i:{_PART})(?![\w])(?=[ \u00a0]+\p{{Ll}}){_CLAUSE}", LOW),
        # where the home stands: "au fond de l'impasse", "au coin de la rue de l'Ill et de la ruelle
        # des Pêcheurs", "en face de la boulangerie" (scored a hair under the description that may
        # contain it: Presidio drops the contained one of two equal scores, not always the inner)
        Pattern("LOCATIVE",
                rf"(?<![\w])(?i:au{_S}+fond{_S}+de|au{_S}+bout{_S}+de|au{_S}+coin{_S}+de|à{_S}+l['’]angle{_S}+de"
                rf"|en{_S}+face{_S}+de|au-dessus{_S}+de|à{_S}+côté{_S}+de|juste{_S}+derrière|juste{_S}+devant)"
                rf"{_S}*(?i:la|le|l['’]|les|du|des){_S}*\p{{Ll}}[^\n—–();.,!?|\t \u00a0]*"
                rf"(?:{_CLAUSE}|(?=[ \u00a0]*(?:[—–();.,!?|\t\n]|$)))", LOW - 0.01),
        Pattern("NUMBERED",
                rf"(?<![\w])(?i:{_PART}){_S}*(?:n[°o]{_S}*)?\d{{1,4}}(?:{_S}?(?i:bis|ter))?(?![\w])", LOW),
        Pattern("HOUSE_NUMBER",
                rf"(?:(?<![\w])(?i:le|au|du){_S}+|(?<=[(,]{_S}*))n[°o]{_S}*\d{{1,4}}(?:{_S}?(?i:bis|ter))?"
                r"(?![\w]|[.,]\d)", LOW),
        # a house number made sure by its suffix: "la boîte aux lettres du 14 bis", "au 3 ter"
        Pattern("SUFFIXED_NUMBER",
                rf"(?<![\w])(?i:le|au|du){_S}+\d{{1,4}}{_S}?(?i:bis|ter|quater)(?![\w])", LOW),
    ]
    CONTEXT: ClassVar[list[str]] = []
