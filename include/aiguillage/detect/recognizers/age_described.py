"""Ages of persons described rather than named ("Étudiante de 19 ans", "une dame de 80 ans"), or
written short ("Jean, 81 a.", "Fernand (86 printemps)")."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.names import NAME_TOKEN

_S = r"[ \u00a0]"
# a noun for one person (singular: "les enfants de 6 ans" is a rule for many, not someone)
_PERSON = (r"(?:[ée]tudiante?|lyc[ée]enn?e?|coll[ée]gienn?e?|[ée]coli[èe]re?|apprentie?|garçon|fille|fillette"
           r"|jeune{_S}+(?:homme|femme|fille)|homme|femme|dame|monsieur|retrait[ée]e?|veuve?|veuf"
           r"|adolescente?|enfant|b[ée]b[ée]|maman|papa|voisine?|nounou|baby-sitter|propri[ée]taire)")
_PERSON = _PERSON.replace("{_S}", _S)


class FrDescribedAgeRecognizer(FrPatternRecognizer):
    """Age of a person described by a noun for one person ("Étudiante de 19 ans, titulaire du
    BAFA", "une dame de 80 ans", "un retraité dynamique de 67 ans"), of a first name written short
    ("Jean, 81 a. ; Monique, 74 a."), or told in springs after a name ("Fernand (86 printemps)").
    A plural noun ("les enfants de 6 ans") is a rule for many, not taken. Reported as DATE_OF_BIRTH,
    the type the policy gives an age.

    Legal basis: RGPD art. 4(1): with a description, a place or a first name, an age singles a
    person out (a quasi-identifier, CNIL guidance on anonymisation).
    """

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("AGE_OF_DESCRIBED_PERSON",
                rf"(?<=(?<![\w-])(?i:{_PERSON})(?:{_S}+\p{{Ll}}{{3,}})?{_S}+de{_S}+)\d{{1,3}}{_S}+ans(?![\w])",
                0.7),
        Pattern("AGE_SHORT_AFTER_NAME",
                rf"(?<={NAME_TOKEN}{_S}*,{_S}*)\d{{1,3}}{_S}*a\.(?={_S}*[;,)\n]|$)", 0.7),
        Pattern("AGE_IN_SPRINGS", rf"(?<={NAME_TOKEN}{_S}*\(){_S}*\d{{1,3}}{_S}+printemps(?={_S}*\))", 0.7),
    ]
    CONTEXT: ClassVar[list[str]] = ["âge", "ans"]
