"""Type labels used in anonymized text, and the pattern that recognises every label we emit.

Verification strips our own labels before it judges a rescanned span, so the pattern must know
every shape an operator produces — and nothing else (a surname in capitals is not a label).
"""

from __future__ import annotations

import re

LABELS: dict[str, str] = {
    "PERSON": "PERSONNE", "LOCATION": "LIEU", "FR_ADDRESS": "ADRESSE", "EMAIL_ADDRESS": "COURRIEL",
    "PHONE_NUMBER": "TELEPHONE", "FR_NIR": "NIR", "IBAN_CODE": "IBAN", "DATE_OF_BIRTH": "DATE_NAISSANCE",
    "FR_SIREN": "SIREN", "FR_SIRET": "SIRET", "FR_TAX_ID": "NUMERO_FISCAL", "FR_PASSPORT": "PASSEPORT",
    "FR_ID_CARD": "CNI", "FR_DRIVING_LICENCE": "PERMIS", "FR_LICENSE_PLATE": "IMMATRICULATION",
    "EU_VAT": "TVA", "CREDIT_CARD": "CARTE", "IP_ADDRESS": "IP", "DATE_TIME": "DATE",
    "FR_HEALTH_PRO_ID": "RPPS", "FR_CAF_NUMBER": "NUMERO_CAF", "CHECKSUMMED_ID": "IDENTIFIANT",
    "ORGANIZATION": "ORGANISATION", "CADASTRE": "PARCELLE",
    "PERSONAL_REFERENCE": "REFERENCE", "QUASI_IDENTIFIER": "PROFIL",
}

REDACTED = "[…]"

# [PERSONNE_1]  [PERSONNE_7F3A2C] (batch scope)  [NIR]  [NIR#3fa9c2d1e4b7] (hash)
# [IBAN~base64url] (encrypt)  […] (redact)
LABEL_RE = re.compile(
    r"\[[A-Z][A-Z_]*?(?:_(?:\d+|[0-9A-F]{6,12}))?(?:#[0-9a-f]{8,64}|~[A-Za-z0-9_-]+)?\]|\[…\]"
)


def label_for(entity_type: str) -> str:
    """The French type label of an entity type (``PERSON`` → ``PERSONNE``)."""
    return LABELS.get(entity_type, re.sub(r"[^A-Z_]", "_", entity_type.upper()) or "DONNEE")
