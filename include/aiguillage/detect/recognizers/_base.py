"""The shape shared by every French recognizer: a Presidio ``PatternRecognizer`` whose class
attributes (ENTITY, PATTERNS, CONTEXT) are the whole specification, plus an optional checksum."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

import regex
from presidio_analyzer import (
    AnalysisExplanation,
    EntityRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerResult,
)

LANGUAGE = "fr"


class FrPatternRecognizer(PatternRecognizer):
    """Regex + context + checksum. ``CHECK`` returns True/False on the matched text; when
    ``WEAK_CHECK`` is set a passing checksum keeps the pattern score instead of raising it to 1.0
    (Luhn alone passes one random number in ten: it needs context to be trusted)."""

    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[list[Pattern]] = []
    CONTEXT: ClassVar[list[str]] = []
    WEAK_CHECK: ClassVar[bool] = False

    def __init__(self) -> None:
        super().__init__(self.ENTITY, patterns=list(self.PATTERNS), context=list(self.CONTEXT),
                         supported_language=LANGUAGE, name=type(self).__name__,
                         global_regex_flags=regex.MULTILINE)

    def check(self, text: str) -> bool | None:
        """Checksum of the matched text; None when the identifier has none."""
        return None

    def validate_result(self, pattern_text: str) -> bool | None:
        ok = self.check(pattern_text)
        if ok is None:
            return None
        if not ok:
            return False
        return None if self.WEAK_CHECK else True


class FrNameRecognizerBase(EntityRecognizer):
    """A recognizer for names found by layout or wording rather than one regex: subclasses
    yield ``(start, end, score, entity)`` from :meth:`find`; spans are trimmed of words that are
    not names (titles, roles, headings)."""

    ENTITIES: ClassVar[list[str]] = ["PERSON"]
    CONTEXT: ClassVar[list[str]] = []

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), supported_language=LANGUAGE,
                         name=type(self).__name__, context=list(self.CONTEXT))

    def load(self) -> None:
        """Nothing to load: the word lists are module constants."""

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        raise NotImplementedError

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for start, end, score, entity in self.find(text):
            span = trim_name(text, start, end)
            if span is None or (entities and entity not in entities):
                continue
            doc = type(self).__doc__ or ""
            name = str(getattr(self, "name", type(self).__name__))
            why = AnalysisExplanation(recognizer=name, original_score=score,
                                      textual_explanation=doc.strip().splitlines()[0] if doc.strip() else "")
            out.append(RecognizerResult(entity, span[0], span[1], score, analysis_explanation=why,
                                        recognition_metadata={
                                            RecognizerResult.RECOGNIZER_NAME_KEY: name,
                                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                                        }))
        return out


_TOKEN = regex.compile(r"\S+")
# the ending of a word written for both genders or numbers ("Référence(s)", "Président(e)",
# "Ingénieur·e", "Doctorant.e.s", "élu·es")
INCLUSIVE_ENDING = regex.compile(r"(?<=\p{L})(?:\((?:e|s|es|ne|nes|le|les|se|ses|trice|rice|euse|x)\)?"
                                 r"|[·•.](?:e|s|es|ne|nes|le|les|se|ses|trice|rice|euse|x)(?:[·•.]s)?)"
                                 r"(?![\p{L}])")
_MONTHS = frozenset(["janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août",
                     "aout", "septembre", "octobre", "novembre", "décembre", "decembre"])
_DIGIT_NEXT = regex.compile(r"[ \u00a0]*\d")


def _month_as_name(text: str, toks: list[tuple[int, int, str]], end: int) -> bool:
    """A capitalised month that ends a name is a name ("Mme Hoang Thi Mai, dans sa 80e année"):
    French writes its months in lower case, and a date's month follows a day and precedes a year."""
    if len(toks) < 2 or toks[-1][2] not in _MONTHS:
        return False
    raw = text[toks[-1][0]:toks[-1][1]]
    before = text[toks[-2][0]:toks[-2][1]]
    return (raw[:1].isupper() and not raw.isupper() and before[:1].isupper()
            and not any(c.isdigit() for c in before) and _DIGIT_NEXT.match(text, toks[-1][1]) is None)


def trim_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop leading/trailing words that are not names; None if nothing name-like is left."""
    from aiguillage.detect.recognizers.names import NOT_NAMES

    # a label written for both genders or numbers is the label ("Prénom(s)", "Né(e)")
    toks = [(m.start() + start, m.end() + start,
             INCLUSIVE_ENDING.sub("", m.group().strip(",;:.()")).strip(",;:.()").casefold())
            for m in _TOKEN.finditer(text[start:end])]
    particles = {"de", "du", "des", "la", "le", "d'", "d’", "van", "von", "da", "di", "del", "ben", "el"}
    def junk(tok: str) -> bool:
        return not tok or tok in NOT_NAMES or tok in particles or any(c.isdigit() for c in tok)

    upper_particles = {"le", "la", "de", "da", "du", "des", "van", "von", "di", "del", "el", "ben"}
    while toks and junk(toks[0][2]):
        raw = text[toks[0][0]:toks[0][1]]
        if toks[0][2] in upper_particles and len(toks) > 1:
            nxt = text[toks[1][0]:toks[1][1]].strip(",;:.()")
            if raw.isupper() and nxt.isupper():
                break  # "LE GALL", "DA SILVA": the particle is part of the surname
            if raw[:1].isupper() and nxt[:1].isupper() and not junk(toks[1][2]):
                break  # "Mme Da Cruz", "M. Van Damme": written with a capital, it is part of it too
        toks.pop(0)
    while toks and junk(toks[-1][2]) and not _month_as_name(text, toks, end):
        toks.pop()
    if not toks:
        return None
    s, e = toks[0][0], toks[-1][1]
    while e > s and text[e - 1] in ",;:()":
        e -= 1
    if e - s < 2:
        return None
    return s, e
