"""Places and ages that are someone's only as a value of their record ("maison de la Treille",
"lot n° 7", "la maison après le calvaire", "La Baudière", "septuagénaire", "81 ans")."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.address import _DWELLING, _LINK, _UP, _WORD

_S = r"[ \u00a0]"
LOW = 0.4  # under the policy's 0.5: alone, such a place is no one's address
# a place named with its article that ends its segment ("La Baudière", "Le Bois-Cornillé", "la
# Touche Ablin"); not a function or an institution ("Le Maire", "La Présidente", "La Poste")
_NOT_PLACE = (r"(?:Maire|Mairie|Pr[ée]sidente?|Pr[ée]sidence|Directeur|Directrice|Direction|Secr[ée]taire"
              r"|Secr[ée]tariat|Tr[ée]sori[eè]re?|Adjointe?|Conseill[eè]re?|Conseil|Pr[ée]f[eè]te?|Pr[ée]fecture"
              r"|Commune|Ville|D[ée]partement|R[ée]gion|R[ée]publique|Soussign[ée]e?|Poste|Responsable|Service"
              r"|Comit[ée]|Bureau|Association|Club|Mme|Madame|Monsieur)(?![\w'’-])")
# (or a column's gap in a table aligned with spaces: "(riveraine) Les Granges Hautes      04.71…")
_END = r"(?=[ \u00a0]*(?:[,;—–()\n\t|«]|$)|[ \u00a0]{3,}\S)"


class FrRecordPlaceRecognizer(FrPatternRecognizer):
    """A place named with its article, alone in its segment of a line ("POIRIER Jean-Claude, La
    Baudière — badge…"); a dwelling named by what it is ("maison de la Treille", "ferme des
    Pins"); a lot of a housing estate ("lot n° 7"); a dwelling described after an address (", la
    maison après le calvaire", ", la longère aux volets bleus"). Alone these score under the
    policy's threshold ("la Maison de la Culture", "le lot n° 2 du marché" name no one); the
    detector raises them when they are a value of a person's record — written right after their
    name, age or address with only separators between
    (:func:`aiguillage.detect.engine.chained_places`). No context word raises them: "habite" near
    "la Maison de la Culture" says nothing of it.

    Legal basis: RGPD art. 4(1): where a named person lives locates them.
    """

    ENTITY = "FR_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("HOUSE_OF",
                rf"(?<![\w])(?i:{_DWELLING}){_S}+(?i:de{_S}+la|de{_S}+l['’]|du|des|d['’]){_S}*"
                rf"(?=[{_UP}]){_WORD}(?:{_S}+(?:{_LINK}{_S}*)?{_WORD}){{0,2}}", LOW),
        Pattern("ARTICLE_PLACE",
                rf"(?<![\w'’-])(?:Le|La|Les|L['’]|la|le){_S}*(?!{_NOT_PLACE})(?=[{_UP}]){_WORD}"
                rf"(?:{_S}+(?:{_LINK}{_S}*)?{_WORD}){{0,3}}{_END}", LOW),
        # the house number of a neighbour on the same street: "mon voisin m. tessier du 38 ter"
        Pattern("HOUSE_NUMBER", rf"(?<![\w])(?i:du|au){_S}+\d{{1,4}}{_S}?(?i:bis|ter|quater)(?![\w])", LOW),
        Pattern("LOT_NUMBER", rf"(?<![\w])(?i:lot){_S}*(?i:n[°o]{_S}*)?\d{{1,3}}(?![\w])", LOW),
        Pattern("DWELLING_DESCRIBED",
                rf"(?<=,{_S}*)(?i:la|le|l['’]){_S}*(?i:{_DWELLING})"
                rf"(?:{_S}+(?!(?i:et|ou)(?![\w]))[\p{{Ll}}'’-]+){{1,5}}(?![\w])", LOW),
    ]
    CONTEXT: ClassVar[list[str]] = []
