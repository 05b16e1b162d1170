"""E-mail addresses."""

from __future__ import annotations

from functools import lru_cache
from typing import ClassVar

import tldextract
from presidio_analyzer.predefined_recognizers import EmailRecognizer

from aiguillage.detect.recognizers._base import LANGUAGE


@lru_cache(maxsize=1)
def offline_tld_extractor() -> tldextract.TLDExtract:
    """tldextract configured through its own options to use only the public suffix list bundled
    in its wheel: no download (``suffix_list_urls=()``), no cache folder. The default
    ``tldextract.extract`` that Presidio's recognizer calls would fetch the list from the network."""
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


class FrEmailRecognizer(EmailRecognizer):
    """Presidio's e-mail recognizer with French context words. Its top-level-domain check is
    Presidio's (the address has a registered domain suffix), through the offline extractor.

    Legal basis: RGPD art. 4(1): a nominative address identifies its holder.
    """

    ENTITY = "EMAIL_ADDRESS"
    FR_CONTEXT: ClassVar[list[str]] = ["courriel", "mail", "e-mail", "mél", "électronique", "adresse"]

    def __init__(self) -> None:
        super().__init__(context=list(self.FR_CONTEXT), supported_language=LANGUAGE)
        self.name: str = type(self).__name__

    def validate_result(self, pattern_text: str) -> bool:
        """Presidio's check (a fully qualified domain name), without the network."""
        return offline_tld_extractor()(pattern_text).fqdn != ""
