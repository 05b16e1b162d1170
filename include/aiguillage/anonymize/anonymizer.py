"""Turn findings into replacements.

Default operator: typed, consistent pseudonyms (``[PERSONNE_1]``): the same value gets the same
label everywhere in a document, so a summary stays readable. ``mask_label`` replaces an
identifier by its type only (``[NIR]``). The mapping value → label stays in this process and,
if kept at all, only on the sovereign side.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from aiguillage.records import Finding

LABELS: dict[str, str] = {
    "PERSON": "PERSONNE", "LOCATION": "LIEU", "FR_ADDRESS": "ADRESSE", "EMAIL_ADDRESS": "COURRIEL",
    "PHONE_NUMBER": "TELEPHONE", "FR_NIR": "NIR", "IBAN_CODE": "IBAN", "DATE_OF_BIRTH": "DATE_NAISSANCE",
    "FR_SIREN": "SIREN", "FR_SIRET": "SIRET", "FR_TAX_ID": "NUMERO_FISCAL", "FR_PASSPORT": "PASSEPORT",
    "FR_ID_CARD": "CNI", "FR_DRIVING_LICENCE": "PERMIS", "FR_LICENSE_PLATE": "IMMATRICULATION",
    "EU_VAT": "TVA", "CREDIT_CARD": "CARTE", "IP_ADDRESS": "IP", "DATE_TIME": "DATE",
}


def label_for(entity_type: str) -> str:
    return LABELS.get(entity_type, entity_type.upper())


@dataclass
class Pseudonyms:
    """Value → label table, per document (or per batch if shared)."""

    table: dict[tuple[str, str], str] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)

    def label(self, entity_type: str, value: str) -> str:
        key = (label_for(entity_type), " ".join(value.split()).casefold())
        if key not in self.table:
            n = self.counters.get(key[0], 0) + 1
            self.counters[key[0]] = n
            self.table[key] = f"[{key[0]}_{n}]"
        return self.table[key]


@dataclass(frozen=True)
class Anonymized:
    text: str
    replaced: int
    operators: dict[str, str]


def anonymize(text: str, findings: list[Finding], operator_for: Any,
              pseudonyms: Pseudonyms | None = None) -> Anonymized:
    """Replace every finding in ``text``. ``operator_for(entity_type)`` returns the policy's
    operator spec, e.g. ``{"operator": "pseudonym"}``."""
    from presidio_anonymizer import AnonymizerEngine
    from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

    pseudonyms = pseudonyms or Pseudonyms()
    results = [RecognizerResult(f.entity_type, f.start, f.end, f.score) for f in findings]
    operators: dict[str, OperatorConfig] = {}
    used: dict[str, str] = {}
    for etype in {f.entity_type for f in findings}:
        spec = operator_for(etype)
        name = spec.get("operator", "pseudonym")
        used[etype] = name
        if name == "pseudonym":
            operators[etype] = OperatorConfig("custom", {"lambda": _pseudonym_fn(pseudonyms, etype)})
        elif name == "mask_label":
            operators[etype] = OperatorConfig("replace", {"new_value": f"[{label_for(etype)}]"})
        elif name == "redact":
            operators[etype] = OperatorConfig("replace", {"new_value": "[…]"})
        elif name == "hash":
            operators[etype] = OperatorConfig("hash", {"hash_type": "sha256", "salt": spec.get("salt", "")})
        else:
            operators[etype] = OperatorConfig(name, {k: v for k, v in spec.items() if k != "operator"})
    engine = _engine(AnonymizerEngine)
    out = engine.anonymize(text=text, analyzer_results=results, operators=operators)
    return Anonymized(text=out.text, replaced=len(out.items), operators=used)


_ENGINE: Any = None


def _engine(cls: Any) -> Any:
    global _ENGINE
    if _ENGINE is None:
        _ENGINE = cls()
    return _ENGINE


def _pseudonym_fn(pseudonyms: Pseudonyms, etype: str) -> Any:
    return lambda value: pseudonyms.label(etype, value)
