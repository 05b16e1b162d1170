"""A place told by a landmark and a house number ("la boulangerie du 14", "la cour du 3 bis"):
someone's home when a word of residence or a possessive dwelling stands in the same clause."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer

_S = r"[ \u00a0]"
LOW = 0.4  # under the policy's 0.5: "l'école du 14" alone is no one's home
_LANDMARK = (r"(?:boulangerie|boucherie|pharmacie|[ée]picerie|superette|sup[ée]rette|tabac|bar|caf[ée]|garage"
             r"|salon|boutique|magasin|commerce|restaurant|cour|immeuble|b[âa]timent|maison|porche|portail"
             r"|entr[ée]e|coiffeur|fleuriste|laverie|librairie|banque|agence|cabinet|atelier|hangar|entrep[ôo]t)")


class FrSpokenPlaceRecognizer(FrPatternRecognizer):
    """A landmark and the house number of its street, as a person tells where they live ("j'habite
    au-dessus de la boulangerie du 14", "au fond de la cour du 3 bis"). Alone it scores under the
    policy's threshold; the detector raises it when a word of residence ("j'habite", "nous
    habitons", "il habite") or a possessive dwelling ("sa maison", "mon jardin", "derrière sa
    case") stands in the same clause (:func:`aiguillage.detect.engine.owned_places`).

    Legal basis: RGPD art. 4(1): where a named or speaking person lives locates them.
    """

    ENTITY = "FR_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("LANDMARK_NUMBER",
                rf"(?<![\w])(?i:la|le|l['’]){_S}*(?i:{_LANDMARK}){_S}+(?i:du|au){_S}+\d{{1,4}}"
                rf"(?:{_S}?(?i:bis|ter|quater)(?![\w]))?(?![\w,.]\d|{_S}*(?:h|heures?|ans?|mois|jours?|%|€)(?![\w]))",
                LOW),
        # a house number told back to the street of the notice, or a floor of a numbered house:
        # "au 5 de la rue", "au 12 de l'impasse", "rez-de-chaussée du 9", "2e étage du 14 bis"
        Pattern("NUMBER_OF_THE_STREET",
                rf"(?<![\w])(?i:au){_S}+\d{{1,4}}(?:{_S}?(?i:bis|ter))?{_S}+(?i:de{_S}+la|de{_S}+l['’]|du)"
                rf"{_S}*(?i:rue|route|place|all[ée]e|impasse|avenue|cit[ée]|r[ée]sidence|chemin|lotissement|ruelle)"
                rf"(?![\w'’-]|{_S}+(?:d[eu]s?|de{_S}+la|l['’]|\p{{Lu}}))",
                LOW),
        Pattern("FLOOR_OF_NUMBER",
                rf"(?<![\w-])(?i:rez-de-chauss[ée]e|(?:\d{{1,2}}(?:e|er|[èe]me)|premier|deuxi[èe]me|dernier)"
                rf"{_S}+[ée]tage|sous-sol|entresol){_S}+(?i:du|au){_S}+\d{{1,4}}(?:{_S}?(?i:bis|ter))?"
                rf"(?![\w,.]\d|{_S}*(?:h|heures?|ans?|mois|jours?|%|€)(?![\w]))",
                LOW),
        # a person named by the floor or the number they live at: "la dame du 4e qui a le
        # perroquet", "le couple de retraités du n° 11", "la locataire du rez-de-chaussée": their
        # home, sure enough to be masked alone (not "du 3e âge", not "l'élève du 3e trimestre")
        Pattern("RESIDENT_OF_NUMBER",
                rf"(?<=(?<![\w])(?i:dame|monsieur|voisine?|locataire|propri[ée]taire|couple|famille|retrait[ée]e?s?"
                rf"|habitante?|occupante?|vieille{_S}+dame|vieux{_S}+monsieur|jeune{_S}+femme|jeune{_S}+homme)"
                rf"{_S}+)(?i:du|de{_S}+la){_S}+"
                rf"(?:\d{{1,2}}(?:e|er|[èe]me)(?:{_S}+[ée]tage)?|n[°o]{_S}*\d{{1,4}}(?:{_S}?(?i:bis|ter))?"
                rf"|\d{{1,4}}{_S}?(?i:bis|ter)|(?i:rez-de-chauss[ée]e|premier{_S}+[ée]tage|dernier{_S}+[ée]tage))"
                rf"(?![\w]|{_S}+(?i:[âa]ge|trimestre|si[èe]cle|arrondissement|r[ée]giment|rang|tour|degr[ée]))",
                0.6),
    ]
    CONTEXT: ClassVar[list[str]] = []
