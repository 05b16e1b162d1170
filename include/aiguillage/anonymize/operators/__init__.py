"""Anonymization operators, one per file, chosen by name from the policy (presidio-style factory)."""

from __future__ import annotations

from aiguillage.anonymize.operators.base import Operator, OperatorError
from aiguillage.anonymize.operators.encrypt import Encrypt, reveal
from aiguillage.anonymize.operators.generalize import Generalize
from aiguillage.anonymize.operators.hash import Hash
from aiguillage.anonymize.operators.mask import Mask
from aiguillage.anonymize.operators.mask_label import MaskLabel
from aiguillage.anonymize.operators.pseudonym import Pseudonym
from aiguillage.anonymize.operators.redact import Redact

OPERATORS: dict[str, type[Operator]] = {
    cls.name: cls for cls in (Pseudonym, MaskLabel, Mask, Redact, Hash, Encrypt, Generalize)
}


def operator_class(name: str) -> type[Operator]:
    """The class of the operator a policy names; an unknown name is an error, never a default."""
    try:
        return OPERATORS[name]
    except KeyError:
        raise OperatorError(f"unknown anonymization operator {name!r}") from None


def register(cls: type[Operator]) -> type[Operator]:
    """Add an operator (usable as a class decorator)."""
    OPERATORS[cls.name] = cls
    return cls


__all__ = ["OPERATORS", "Operator", "OperatorError", "operator_class", "register", "reveal"]
