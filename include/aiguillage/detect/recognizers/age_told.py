"""A child's or a relative's age told with an adverb ("Mon fils Yaroslav … aura bientôt 17 ans",
"elle a tout juste 18 ans") or in brackets after a possessive relation ("avec son bébé (3 mois)",
"ma fille (14 ans)"): the age of that person."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.age import _AGE, _KIN

_S = r"[ \u00a0]"
_OWNER = r"(?:mon|ma|mes|son|sa|ses|notre|nos|votre|vos|leur|leurs)"
_YOUNG = r"(?:b[ée]b[ée]s?|enfants?|nourrissons?|nouveau-n[ée]e?s?|petits?|petites?|cadette?|a[iî]n[ée]e?|jumeaux|jumelles)"  # noqa: E501
# who the sentence is about: a pronoun of a person or a relation named by a possessive
_PERSON_BEFORE = (rf"(?<![\w])(?i:il|elle|j['’]|je|(?:{_OWNER}){_S}+(?:{_KIN}|{_YOUNG}))(?![\w])"
                  r"(?:[^.;!?\n]|(?<=\d)\.(?=\d)){0,80}?")
_ADVERB = r"(?i:bient[ôo]t|presque|d[ée]j[àa]|tout{_S}+juste|juste|pr[èe]s{_S}+de)".replace("{_S}", _S)
_VERB = rf"(?i:aura|a|avait|aurait|vient{_S}+d['’]avoir|va{_S}+avoir|f[êe]tera)"


class FrToldAgeRecognizer(FrPatternRecognizer):
    """An age told of a person with an adverb, or in brackets after a possessive relation (module
    docstring). Not a thing's age ("le club aura bientôt 50 ans": no person before the verb; "ses
    locaux (40 ans)": no relation). Reported as DATE_OF_BIRTH, the type the policy gives an age.

    Legal basis: RGPD art. 4(1): with a name or a relation, an age singles a person out.
    """

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("AGE_WITH_ADVERB", rf"(?<={_PERSON_BEFORE}(?<![\w]){_VERB}{_S}+{_ADVERB}{_S}+){_AGE}", 0.7),
        # an age its person said: "Vous nous avez dit avoir 84 ans", "il déclare avoir 67 ans"
        Pattern("AGE_SAID",
                rf"(?<=(?<![\w])(?i:vous|nous|il|elle|je|j['’]ai|m['’]a|lui|leur)(?![\w])[^.;!?\n]{{0,30}}?"
                rf"(?<![\w])(?i:dit|d[ée]clar[ée]e?|d[ée]clare|indiqu[ée]e?|indique|affirm[ée]e?|affirme"
                rf"|pr[ée]cis[ée]e?|pr[ée]cise){_S}+(?i:avoir){_S}+){_AGE}", 0.7),
        Pattern("AGE_OF_RELATION_IN_BRACKETS",
                rf"(?<=(?<![\w])(?i:{_OWNER}){_S}+(?i:{_KIN}|{_YOUNG}){_S}*\({_S}*)"
                rf"(?:{_AGE}|\d{{1,2}}{_S}+(?i:mois|semaines|jours)(?![\w]))(?={_S}*\))", 0.7),
    ]
    CONTEXT: ClassVar[list[str]] = []
