"""Two first names joined by "&", as a couple's are engraved on a ring, written on a letter box
or signed on a card ("Alliance gravée « Paulo & Rosa »", "Bons baisers, Jean & Maryse")."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.names import NOT_NAMES, common_words, world_first_names

_S = r"[ \u00a0]"
_FIRST = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
# what names a place, a school or a firm before the pair ("lycée Pierre & Marie Curie", "rue Jean &
# Paul")
_PLACE_BEFORE = (r"(?i:rue|avenue|boulevard|place|chemin|all[ée]e|impasse|quai|square|coll[èe]ge|[ée]cole"
                 r"|lyc[ée]e|salle|espace|stade|gymnase|centre|maison|m[ée]diath[èe]que|biblioth[èe]que|h[ôo]pital|clinique"
                 r"|ehpad|r[ée]sidence|groupe|soci[ée]t[ée]|sarl|sas|ets|[ée]tablissements|magasin|boutique"
                 r"|restaurant|caf[ée]|bar|h[ôo]tel|cabinet|agence|chez)")


class FrFirstNameCoupleRecognizer(FrPatternRecognizer):
    """Two first names joined by "&" ("Paulo & Rosa", "Jean-Luc & Maryse"): a couple's, both known
    first names of some country (Faker's lists), neither a word of the language, no surname
    after them ("Pierre & Marie Curie" names a school), no place, school or firm word before
    them ("lycée Pierre & Marie Curie", "restaurant Jules & Jim"), no firm's pair ("Simon &
    Schuster": one is no first name).

    Legal basis: RGPD art. 4(1): a couple's first names, with what they are written on, identify
    them.
    """

    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("FIRST_NAME_COUPLE",
                rf"(?<!{_PLACE_BEFORE}{_S}+)(?<![\w'’&-]){_FIRST}{_S}*&{_S}*{_FIRST}"
                rf"(?![\w'’-]|{_S}+\p{{Lu}}\p{{Ll}})", 0.7),
    ]
    CONTEXT: ClassVar[list[str]] = []

    def validate_result(self, pattern_text: str) -> bool | None:
        names = world_first_names()
        lexicon = common_words()
        for name in regex.split(r"[ \u00a0]*&[ \u00a0]*", pattern_text.strip()):
            for part in name.casefold().split("-"):
                if part not in names or part in lexicon or part in NOT_NAMES:
                    return False
        return None
