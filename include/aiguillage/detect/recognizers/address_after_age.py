"""The town a person's record gives right after their age ("Émilie et Loïc, 29 et 31 ans, Paris",
"Noah V. (9 ans, Arpajon-sur-Cère)")."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.names import common_words

_S = r"[ \u00a0]"
# a town: capitalised words joined by hyphens or one space, with their little words ("Saint-Cirq-
# Lapopie", "Paris 14e", "Le Puy-en-Velay", "Bourg de Péage")
_TOWN = (r"(?:(?:Le|La|Les|L['’])[ \u00a0]*)?\p{Lu}[\p{Ll}'’]+(?:(?:-|[ \u00a0])(?:(?:sur|sous|en|lès|les|le|la|de|du|des"  # noqa: E501
         r"|d['’]|aux|au)(?:-|[ \u00a0]))?\p{Lu}[\p{Ll}'’]+){0,4}(?:[ \u00a0]\d{1,2}(?:e|er))?")

# the endings of roles and states, which a list may capitalise after an age ("45 ans, Retraitée")
_ROLE_ENDING = regex.compile(r"(?i)(?:é|ée|és|ées|eur|euse|eurs|euses|ant|ante|ants|antes|iste|istes|ier|ière"
                             r"|iers|ières|aire|aires)$")


class FrTownAfterAgeRecognizer(FrPatternRecognizer):
    """A town right after a person's age and a comma, ending its segment (before a full stop, a
    line's end, a bracket's end, a dash or a semicolon): where the person lives or comes from, in
    a list of participants, winners or contributors. Not a word of the language there ("45 ans,
    Directeur", "45 ans, Retraitée", "3 ans, Renouvelable"), and not after a term ("bail de 9 ans,
    Paris" is a lease: the years must be an age, with nothing but the number before "ans" and a
    comma, a bracket, "et" or a name before the number).

    Legal basis: RGPD art. 4(1): with the name and the age, the town singles a person out.
    """

    ENTITY = "FR_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("TOWN_AFTER_AGE",
                rf"(?<=(?:[,(]|(?<![\w])et){_S}*\d{{1,3}}(?:{_S}+et{_S}+\d{{1,3}})?{_S}+ans{_S}*,{_S}*)"
                rf"{_TOWN}(?={_S}*(?:[.;)—–\n]|$))", 0.6),
    ]

    def check(self, text: str) -> bool | None:
        """No town when every word is a word of the lexicon as written or has a role's or a state's
        ending ("Directeur", "Retraitée", "Bénévole", "Étudiante"): a town's name that is a plural
        of a word ("Paris", "Tours", "Rennes") is no word as written."""
        words = [w for w in regex.findall(r"[\p{L}'’]+", text) if len(w) > 2]
        lexicon = common_words()
        return None if any(w.casefold() not in lexicon and not _ROLE_ENDING.search(w) for w in words) else False  # noqa: E501
