"""First French recognizers: NIR, IBAN, phone numbers, e-mail."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from aiguillage.detect import validators


class FrNirRecognizer(PatternRecognizer):
    """NIR (numéro d'inscription au répertoire, « numéro de sécurité sociale »).

    Legal basis: RGPD art. 87 and loi Informatique et Libertés art. 30: a national identifier
    whose processing is strictly framed; always personal data.
    """

    PATTERNS = [Pattern("NIR", r"\b[12378]\s?\d{2}\s?(?:0[1-9]|1[0-2]|[2-9]\d)\s?(?:\d{2}|2[AB])\s?\d{3}\s?\d{3}\s?\d{2}\b", 0.5)]
    CONTEXT = ["sécurité sociale", "nir", "insee", "numéro de sécu", "assuré"]

    def __init__(self) -> None:
        super().__init__("FR_NIR", patterns=self.PATTERNS, context=self.CONTEXT,
                         supported_language="fr", name="FrNirRecognizer")

    def validate_result(self, pattern_text: str) -> bool:
        return validators.nir_is_valid(pattern_text)


class FrIbanRecognizer(PatternRecognizer):
    """IBAN of any country (mod 97). Bank details identify a person: RGPD art. 4(1)."""

    PATTERNS = [Pattern("IBAN", r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b", 0.5)]
    CONTEXT = ["iban", "rib", "bancaire", "compte"]

    def __init__(self) -> None:
        super().__init__("IBAN_CODE", patterns=self.PATTERNS, context=self.CONTEXT,
                         supported_language="fr", name="FrIbanRecognizer")

    def validate_result(self, pattern_text: str) -> bool:
        return validators.iban_is_valid(pattern_text)


class FrPhoneRecognizer(PatternRecognizer):
    """French phone numbers: 0X XX XX XX XX, dots, dashes, +33, 0033. RGPD art. 4(1)."""

    PATTERNS = [Pattern("FR_PHONE",
                        r"(?<![\w+])(?:(?:\+|00)33[\s.-]?(?:\(0\)[\s.-]?)?[1-9]|0[1-9])(?:[\s.-]?\d{2}){4}(?!\d)",
                        0.6)]
    CONTEXT = ["téléphone", "tél", "tel", "portable", "mobile", "fax", "joindre"]

    def __init__(self) -> None:
        super().__init__("PHONE_NUMBER", patterns=self.PATTERNS, context=self.CONTEXT,
                         supported_language="fr", name="FrPhoneRecognizer")


class FrEmailRecognizer(PatternRecognizer):
    """E-mail addresses (no network: no public-suffix lookup). RGPD art. 4(1)."""

    PATTERNS = [Pattern("EMAIL", r"\b[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,24}\b", 0.8)]
    CONTEXT = ["courriel", "mail", "e-mail", "adresse électronique"]

    def __init__(self) -> None:
        super().__init__("EMAIL_ADDRESS", patterns=self.PATTERNS, context=self.CONTEXT,
                         supported_language="fr", name="FrEmailRecognizer")
