"""Telephone numbers of other countries, written in international form (+32, +41, 0044…)."""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from aiguillage.detect.recognizers._base import LANGUAGE

SCORE = 0.8
# a number of a possible length for its country but outside its allocated ranges (the ranges
# reserved for fiction, "+44 7700 900123", a new range the metadata does not know yet): the
# written "+" and country code make it a phone number
POSSIBLE_SCORE = 0.6
# a North American number dialled with its trunk prefix, without the "+": "1-581-555-0192",
# "1.418.555.0147" (eleven digits grouped 1-3-3-4, the area code and exchange never opening with 0
# or 1); not after a numbering word ("dossier n° 1-234-567-8901")
_NANP = regex.compile(r"(?<![\w+.\-/])(?<!(?i:n[°o]|num[ée]ro|r[ée]f\.?)[ \u00a0]{0,2})1([-. ])([2-9]\d{2})\1([2-9]\d{2})\1(\d{4})(?![\w]|[-./]\d)")  # noqa: E501


class IntlPhoneRecognizer(EntityRecognizer):
    """Numbers with a country code, validated against the numbering plan of that country by
    ``phonenumbers`` (Google's libphonenumber metadata, which Presidio already depends on); a
    number of a possible length only, outside the allocated ranges, scores lower but counts.
    French numbers are :mod:`phone`'s; only written international numbers are taken here, so that
    an amount or a reference is never read as a local number of some country.

    Legal basis: RGPD art. 4(1): a personal line identifies its holder.
    """

    ENTITIES: ClassVar[list[str]] = ["PHONE_NUMBER"]

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), supported_language=LANGUAGE,
                         name=type(self).__name__)

    def load(self) -> None:
        """Nothing to load: phonenumbers reads its metadata on first use."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        import phonenumbers

        if entities and "PHONE_NUMBER" not in entities:
            return []
        name = str(getattr(self, "name", type(self).__name__))
        out: list[RecognizerResult] = []
        for m in phonenumbers.PhoneNumberMatcher(text, "FR", leniency=phonenumbers.Leniency.POSSIBLE):
            raw = m.raw_string.lstrip("(")
            if not (raw.startswith("+") or raw.startswith("00")):
                continue
            valid = phonenumbers.is_valid_number(m.number)
            if not valid and not raw.startswith("+"):
                continue  # "00 12 34 56 78", "0044-8812-73": a code, unless the plan knows the number
            score = SCORE if valid else POSSIBLE_SCORE
            why = AnalysisExplanation(recognizer=name, original_score=score,
                                      textual_explanation="international number valid for its country")
            meta = {RecognizerResult.RECOGNIZER_NAME_KEY: name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}  # noqa: E501
            out.append(RecognizerResult("PHONE_NUMBER", m.start, m.end, score, analysis_explanation=why,
                                        recognition_metadata=meta))
        for n in _NANP.finditer(text):
            number = phonenumbers.parse("+1" + "".join(n.groups()[1:]), None)
            if not phonenumbers.is_possible_number(number):
                continue
            score = SCORE if phonenumbers.is_valid_number(number) else POSSIBLE_SCORE
            why = AnalysisExplanation(recognizer=name, original_score=score,
                                      textual_explanation="North American number with its trunk prefix")
            meta = {RecognizerResult.RECOGNIZER_NAME_KEY: name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}  # noqa: E501
            out.append(RecognizerResult("PHONE_NUMBER", n.start(), n.end(), score, analysis_explanation=why,
                                        recognition_metadata=meta))
        return out
