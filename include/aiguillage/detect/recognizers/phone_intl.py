"""Telephone numbers of other countries, written in international form (+32, +41, 0044…)."""

from __future__ import annotations

from typing import Any, ClassVar

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from aiguillage.detect.recognizers._base import LANGUAGE

SCORE = 0.8


class IntlPhoneRecognizer(EntityRecognizer):
    """Numbers with a country code, validated against the numbering plan of that country by
    ``phonenumbers`` (Google's libphonenumber metadata, which Presidio already depends on).
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
        for m in phonenumbers.PhoneNumberMatcher(text, "FR", leniency=phonenumbers.Leniency.VALID):
            raw = m.raw_string.lstrip("(")
            if not (raw.startswith("+") or raw.startswith("00")):
                continue
            why = AnalysisExplanation(recognizer=name, original_score=SCORE,
                                      textual_explanation="international number valid for its country")
            meta = {RecognizerResult.RECOGNIZER_NAME_KEY: name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}  # noqa: E501
            out.append(RecognizerResult("PHONE_NUMBER", m.start, m.end, SCORE, analysis_explanation=why,
                                        recognition_metadata=meta))
        return out
