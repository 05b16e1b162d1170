"""A name after a word of kinship or of familiarity used as a title ("Tonton Éric", "Tatie Jo",
"mamie Lucette", "Parrain Jean-Luc"): how a child's form, a family's note or a neighbour names
a person."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.names import CAP_TOKEN, NOT_NAMES, is_ordinary_word

_S = r"[ \u00a0]"
# the title in prose case (capitalised or not): in capitals it opens a heading ("TANTE ET NEVEU")
KIN_TITLES = (r"(?:[Tt]onton|[Tt]ata|[Tt]atie|[Tt]atoune|[Tt]antine|[Tt]ante|[Oo]ncle|[Mm]amie|[Mm]amy"
              r"|[Mm]ami"
              r"|[Mm][ée]m[ée]|[Mm][ée]m[ée]re|[Pp]api|[Pp]apy|[Pp][ée]p[ée]|[Pp][ée]p[èe]re|[Pp]arrain"
              r"|[Mm]arraine|[Nn]ounou|[Gg]rand-m[èe]re|[Gg]rand-p[èe]re|[Bb]elle-m[èe]re|[Bb]eau-p[èe]re)")


# what follows a relation as a title, not a name ("le père Noël", "ma mère Patrie")
_NOT_AFTER_KIN = frozenset({"noël", "noel", "patrie", "nature", "fouettard", "supérieure", "supérieur",
                            "poucet", "chaperon", "prince", "nicolas"})
_RELATION = (r"(?:femme|mari|[ée]pouse|[ée]poux|conjointe?|compagne?|fils|fille|fr[èe]re|s[œo]eur|p[èe]re"
             r"|m[èe]re|petit-fils|petite-fille|neveu|ni[èe]ce|cousine?|belle-s[œo]eur|beau-fr[èe]re|voisine?|amie?)")


class FrKinTitleNameRecognizer(FrPatternRecognizer):
    """A capitalised name right after a word of kinship or familiarity used as its title:
    tonton, tata, tatie, tante, oncle, mamie, mémé, papi, pépé, parrain, marraine, nounou,
    grand-mère… ("Tonton Éric", "Tatie Jo", "mamie Lucette"), and a name after a possessive and
    a relation ("ma femme Ute", "mon voisin Karim": the name only). The title and the name are the
    finding: "Tonton" alone says who the person is to the child. Not a name of the language
    after the title ("Tante Ursule" stays a name; "Oncle Sam" too), not a title alone ("ma
    tante", "le parrain du club"), not in capitals (a heading).

    Legal basis: RGPD art. 4(1): the name by which a person is known to a family identifies them.
    """

    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("KIN_TITLE_NAME",
                rf"(?<![\w'’-]){KIN_TITLES}{_S}+{CAP_TOKEN}(?![\w'’-])", 0.75),
        # a relative named after the possessive and the relation: "ma femme Ute", "mon mari Serge"
        # (scored above the model's 0.85: a name that is also a word, "Ute", is kept over the
        # model's finding of the same span, which the ordinary-word filter drops)
        Pattern("OWN_RELATIVE_NAME",
                rf"(?<=(?<![\w])(?i:mon|ma|son|sa|notre|votre|leur){_S}+{_RELATION}{_S}+)"
                rf"{CAP_TOKEN}(?![\w'’-])", 0.88),
    ]
    CONTEXT: ClassVar[list[str]] = []

    def validate_result(self, pattern_text: str) -> bool | None:
        """Not a heading word nor a month after the title ("Tonton Lundi" is none)."""
        name = pattern_text.split()[-1].strip()
        return False if name.casefold() in NOT_NAMES or name.casefold() in _NOT_AFTER_KIN else None


class FrChildNameRecognizer(FrPatternRecognizer):
    """A child named by how small or young they are: "la petite Inaya", "le petit Noam (6 ans)",
    "la jeune Maëlys", "l'aînée Lou" — the name only, and no word of the language nor a tale's
    ("le petit Prince", "la jeune Garde", "le petit Poucet" stay).

    Legal basis: RGPD art. 4(1): a child's first name with its description identifies them.
    """

    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        # a child named by how small or young they are: "la petite Inaya", "le petit Noam (6 ans)",
        # "la jeune Maëlys" (the name only; "le petit Poucet" is a tale's, below)
        Pattern("CHILD_NAME",
                rf"(?<=(?<![\w])(?:(?i:la|le|du|de{_S}+la|au|à{_S}+la){_S}+|(?i:l['’]))(?:petite?|jeune|benjamine?|cadette?|a[îi]n[ée]e?)"
                rf"{_S}+){CAP_TOKEN}(?![\w'’-])", 0.7),
        # a child named before its parents: "2 novembre : Inaya, fille de Mehdi Zerrouki et …",
        # "Noam, fils de M. et Mme Roux"
        Pattern("CHILD_OF",
                rf"(?<![\w'’.-]){CAP_TOKEN}(?={_S}*,{_S}*(?:fils|fille|enfant)(?:{_S}+(?:unique|a[îi]n[ée]e?|cadette?))?"
                rf"{_S}+(?:de|d['’]|du){_S}*(?:(?:M\.|Mme|Mlle|MM\.|Monsieur|Madame)(?:{_S}+et{_S}+(?:M\.|Mme))?{_S}+)?"
                rf"\p{{Lu}})", 0.7),
    ]
    CONTEXT: ClassVar[list[str]] = []

    def validate_result(self, pattern_text: str) -> bool | None:
        name = pattern_text.strip()
        if name.casefold() in NOT_NAMES or name.casefold() in _NOT_AFTER_KIN or is_ordinary_word(name):
            return False
        return None
