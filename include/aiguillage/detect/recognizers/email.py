"""E-mail addresses."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer.predefined_recognizers import EmailRecognizer

from aiguillage.detect.recognizers._base import LANGUAGE


class FrEmailRecognizer(EmailRecognizer):
    """Presidio's e-mail recognizer with French context words. Its top-level-domain check goes
    through tldextract, which the engine pins to the bundled public-suffix snapshot (offline).

    Legal basis: RGPD art. 4(1): a nominative address identifies its holder.
    """

    ENTITY = "EMAIL_ADDRESS"
    FR_CONTEXT: ClassVar[list[str]] = ["courriel", "mail", "e-mail", "mél", "électronique", "adresse"]

    def __init__(self) -> None:
        super().__init__(context=list(self.FR_CONTEXT), supported_language=LANGUAGE)
        self.name: str = type(self).__name__
