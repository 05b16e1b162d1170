"""Numbers a person holds, read by the label that names them rather than by their shape: a boat's
registration ("voilier BEL 1492", "« Amets » (BA 924 517)", "navire immatriculé SS-1-2417-19"),
a land owner's account ("compte +00137", "compte de propriété n° 00166"); and a researcher's ORCID,
proven by its check character ("0000-0002-4719-5838").

Each pattern reads the label and captures the number (group ``value``): no look-behind, so that the
engine tries each pattern from the label's first letter only."""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from aiguillage.detect.recognizers._base import LANGUAGE

_S = r"[ \u00a0]"
# a registration: capitals (a maritime district's, a country's: "BA", "BEL", "SS") then groups of
# digits, with spaces, dashes or nothing between ("BA 924 517", "BEL 1492", "SS-1-2417-19",
# "CC123456", "LO 523 4567"); three digits at least (checked after the match)
# (a series letter may follow the district: "CY F12754" on a lake)
_REGISTRATION = r"[A-Z]{1,3}(?:[ \u00a0-]?[A-Z](?=[ \u00a0-]?\d))?(?:[ \u00a0-]?\d{1,7}){1,4}(?![\w-])"
# the things whose registration identifies their owner: boats of any kind
_BOAT = (r"(?:voiliers?|bateaux?|navires?|vedettes?|embarcations?|semi-rigides?|pneumatiques?|catamarans?"
         r"|trimarans?|yachts?|chalutiers?|canots?|barques?|kayaks?|jet-?skis?|v[ée]hicules?[ \u00a0]+nautiques?"  # noqa: E501
         r"|plates?|annexes?[ \u00a0]+(?:à|a)[ \u00a0]+moteur|p[êe]che-promenade|doris|sloops?|ketchs?)")
# up to two words describing the boat, its name in quotes, "immatriculé(e)", "n°", a bracket
_BOAT_THEN_CODE = regex.compile(
    rf"(?i:(?<![\w]){_BOAT})(?:{_S}+(?:à|de|en){_S}+\p{{Ll}}+)?(?:{_S}+\p{{Ll}}[\p{{Ll}}-]+){{0,2}}"
    rf"(?:{_S}*«[^»\n]{{1,40}}»)?{_S}*(?:[,/]{_S}*)?(?i:immatricul[ée]e?{_S}*|(?:n[°o]|immat\.?){_S}*)?:?{_S}*\(?{_S}*"
    rf"(?P<value>{_REGISTRATION})")
# a boat named in quotes and its registration in brackets after, in a document about a port or
# moorings: "« Amets » (BA 924 517)", "« Itsaslapur » (SS-1-2417-19)"
_NAMED_THEN_CODE = regex.compile(rf"«[^»\n]{{1,40}}»{_S}*\({_S}*(?P<value>{_REGISTRATION}){_S}*\)")
_PORT_WORDS = regex.compile(
    r"(?i)(?<![\w])(?:ports?|capitainerie|mouillages?|amarrages?|anneaux?|postes?[ \u00a0]+(?:à|a)[ \u00a0]+flot"  # noqa: E501
    r"|pontons?|navires?|bateaux?|voiliers?|plaisance)(?![\w])")

# a land owner's account in the land register: "+00137" (its sign is part of it), or digits after
# "compte de propriété" / "compte propriétaire"
_ACCOUNT = regex.compile(
    rf"(?i:(?<![\w])comptes?(?:{_S}+(?P<owner>de{_S}+propri[ée]t[ée]|propri[ée]taires?|cadastral|communal|foncier))?)"
    rf"{_S}*(?:n[°o]{_S}*)?:?{_S}*(?P<value>\+[ \u00a0]?\d{{3,7}}|[A-Z]?\d{{4,7}})(?![\d,.]|{_S}*(?:€|euros?))")  # noqa: E501


# a researcher's ORCID: four groups of four, the last character a check digit or X (ISO 7064 11,2)
_ORCID = regex.compile(r"(?<![\w-])(?P<value>\d{4}-\d{4}-\d{4}-\d{3}[\dX])(?![\w-])")
# after its name, any such number is one (its check character is not asked: a mistyped one is still
# a researcher's)
_ORCID_LABELLED = regex.compile(
    r"(?<![\w])(?i:orcid)(?:[ \u00a0]*(?i:id|n[°o]))?[ \u00a0]*:?[ \u00a0]*(?:https?://orcid\.org/)?"
    r"(?P<value>\d{4}-\d{4}-\d{4}-\d{3}[\dX])(?![\w-])")


def orcid_is_valid(value: str) -> bool:
    """The ISO 7064 MOD 11-2 check character of an ORCID identifier."""
    chars = value.replace("-", "")
    total = 0
    for c in chars[:-1]:
        total = (total + int(c)) * 2
    check = (12 - total % 11) % 11
    return chars[-1] == ("X" if check == 10 else str(check))


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


class FrHeldNumberRecognizer(EntityRecognizer):
    """A boat's registration after the boat (a boat word, its description, its name in quotes,
    "immatriculé", "n°" or a bracket between) or, in a document about a port or moorings, in
    brackets after the boat's name in quotes; a land owner's account number after "compte"
    ("+00137") or "compte de propriété"; an ORCID whose check character holds. Three digits at
    least; a length ("voilier de 8,50 m") or a year is no registration.

    Legal basis: RGPD art. 4(1): a registration or an account leads to its holder through the
    public register that keeps it (registre des navires, fichier des propriétaires), as a
    vehicle's plate does.
    """

    ENTITIES: ClassVar[list[str]] = ["PERSONAL_REFERENCE"]
    PATTERNS: ClassVar[list[tuple[str, regex.Pattern[str]]]] = [
        ("BOAT_REGISTRATION", _BOAT_THEN_CODE),
        ("NAMED_BOAT_REGISTRATION", _NAMED_THEN_CODE),
        ("LAND_ACCOUNT", _ACCOUNT),
        ("ORCID", _ORCID),
        ("ORCID_LABELLED", _ORCID_LABELLED),
    ]
    CONTEXT: ClassVar[list[str]] = ["immatriculation", "bateau", "navire", "compte", "propriété"]
    SCORE: ClassVar[float] = 0.75

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), supported_language=LANGUAGE,
                         name=type(self).__name__, context=list(self.CONTEXT))

    def load(self) -> None:
        """Nothing to load: the patterns are module constants."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        if entities and not set(entities) & set(self.ENTITIES):
            return []
        name = str(getattr(self, "name", type(self).__name__))
        port: bool | None = None
        out: list[RecognizerResult] = []
        for pattern, expression in self.PATTERNS:
            if pattern == "NAMED_BOAT_REGISTRATION":
                if "«" not in text:
                    continue
                if port is None:
                    port = _PORT_WORDS.search(text) is not None
                if not port:
                    continue
            for m in expression.finditer(text):
                value = m.group("value")
                if _digits(value) < 3 or regex.fullmatch(r"(?:19|20)\d{2}", value):
                    continue
                if pattern == "ORCID" and not orcid_is_valid(value):
                    continue
                if pattern == "LAND_ACCOUNT" and not value.startswith("+") and m.group("owner") is None:
                    continue  # "compte 6226" is an accounting line; the owner's says whose it is
                why = AnalysisExplanation(recognizer=name, original_score=self.SCORE, pattern_name=pattern,
                                          textual_explanation="a number named by what it registers")
                out.append(RecognizerResult(self.ENTITIES[0], m.start("value"), m.end("value"), self.SCORE,
                                            analysis_explanation=why,
                                            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: name,
                                                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY:
                                                                      self.id}))
        return out
