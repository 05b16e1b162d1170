"""A parcel's or a house's owner named in brackets by the word "propriété" or "propriétaire"
("la limite avec la parcelle ZB 17 (propriété Cayrou)", "(propriétaire : M. Lasfargues)"): a
person, whatever the model reads of a lone surname there (an organisation, a place)."""

from __future__ import annotations

from typing import Any, ClassVar

from presidio_analyzer import Pattern, RecognizerResult

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.names import is_ordinary_word

_S = r"[ \u00a0]"
_CAP = r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*|\p{Lu}{2,}(?:-\p{Lu}{2,})*"


class FrOwnerInBracketsRecognizer(FrPatternRecognizer):
    """The owner's name after "(propriété" or "(propriétaire :" and before the bracket closes,
    capitalised words that are no words of the language. Not "(propriété communale)", "(propriété
    de la commune)", "(propriété privée)", "(propriété Conseil départemental)" (words of the language),
    "(propriété SNCF)" (an acronym).

    Legal basis: RGPD art. 4(1): the owner of a parcel named beside it is identified.
    """

    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("OWNER_IN_BRACKETS",
                rf"(?<=\({_S}*(?i:propri[ée]t[ée]|propri[ée]taire)(?:{_S}*:)?{_S}+(?:(?:de|des|du){_S}+)?"
                rf"(?:(?:M\.|Mme|MM\.|Mmes|consorts|famille|indivision){_S}+(?:et{_S}+Mme{_S}+)?)?)"
                rf"(?:{_CAP})(?:{_S}+(?:{_CAP})){{0,3}}(?={_S}*\))", 0.88),
    ]

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        out = []
        for r in super().analyze(text, entities, nlp_artifacts, regex_flags):
            words = text[r.start:r.end].replace("-", " ").split()
            if all(is_ordinary_word(w) for w in words):
                continue
            if len(words) == 1 and words[0].isupper() and len(words[0]) <= 5:
                continue  # an acronym: "(propriété SNCF)", "(propriété ONF)"
            out.append(r)
        return out
