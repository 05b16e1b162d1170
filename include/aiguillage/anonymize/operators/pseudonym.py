"""``pseudonym``: typed, consistent labels (``[PERSONNE_1]``), per document or batch-wide."""

from __future__ import annotations

from typing import Any, ClassVar

from aiguillage.anonymize.operators.base import Operator, OperatorError
from aiguillage.anonymize.pseudonyms import batch_label
from aiguillage.anonymize.session import Session


class Pseudonym(Operator):
    name: ClassVar[str] = "pseudonym"
    params: ClassVar[frozenset[str]] = frozenset({"scope"})

    def check(self, spec: dict[str, Any]) -> None:
        super().check(spec)
        if spec.get("scope", "document") not in ("document", "batch"):
            raise OperatorError("pseudonym: scope is 'document' or 'batch'")

    def apply(self, value: str, entity_type: str, spec: dict[str, Any], session: Session) -> str:
        if spec.get("scope", "document") == "batch":
            return batch_label(entity_type, value, session.keyring().subkey("pseudonym"))
        return session.pseudonyms.label(entity_type, value)
