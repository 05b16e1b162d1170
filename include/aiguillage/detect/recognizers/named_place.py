"""Places named in an address line without a street's shape: a dwelling named in guillemets
("Villa « Les Mimosas »", "maison « Les Glycines »"), a named segment right before the postcode
("Ker Avel, 29000 Quimper")."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer

_S = r"[ \u00a0]"
LOW = 0.4  # under the policy's 0.5: raised only as a value of a person's record
_DWELLING = (r"(?:villa|maison|mas|chalet|r[ée]sidence|domaine|ferme|g[îi]te|p[ée]niche|long[èe]re|bastide"
             r"|manoir|moulin|cabanon|pavillon|immeuble|b[âa]timent|b[âa]t\.)")
_CAP = r"\p{Lu}[\p{L}'’-]+"


class FrNamedPlaceRecognizer(FrPatternRecognizer):
    """A dwelling and its name in guillemets or quotes ("Villa « Les Mimosas »", "maison
    \"Ty Glaz\""); one to four capitalised words alone between two commas right before a French
    postcode ("Ker Avel, 29000 Quimper"). Alone they score under the policy's threshold ("la
    maison « France Services »"); the detector raises them when they are a value of a person's
    record or table row (:func:`aiguillage.detect.engine.chained_places`).

    Legal basis: RGPD art. 4(1): where a named person lives locates them.
    """

    ENTITY = "FR_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("DWELLING_QUOTED",
                rf"(?<![\w])(?i:{_DWELLING}){_S}*"
                rf"(?:«{_S}*[^»\n]{{2,40}}?{_S}*»|\"[^\"\n]{{2,40}}\"|“[^”\n]{{2,40}}”)",
                LOW),
        # a name in guillemets or quotes that opens with an article, as houses and lieux-dits are
        # named ("à « La Touche-Rouge »", "at \"La Grange Haute\""); a title or an event is written
        # so too ("« La Nuit des musées »"): low, raised only as a home (a record, "son courrier")
        Pattern("ARTICLE_NAME_QUOTED",
                rf"(?<=(?:«{_S}*|\"|“))(?:La|Le|Les|L['’]){_S}*{_CAP}"
                rf"(?:[ \u00a0-]+(?:{_CAP}|d[eu]s?|de{_S}+la|aux?)){{0,3}}(?={_S}*(?:»|\"|”))",
                LOW),
        Pattern("PLACE_BEFORE_POSTCODE",
                rf"(?<=,{_S}*){_CAP}(?:{_S}+{_CAP}){{0,3}}(?={_S}*,{_S}*\d{{5}}{_S}+\p{{Lu}})", LOW),
    ]
    CONTEXT: ClassVar[list[str]] = []
