"""``hash``: salted, keyed hash (``[NIR#3fa9c2d1e4b7]``): equal values stay linkable, nobody
without the sovereign key can test a guess (a plain SHA-256 of a NIR is brute-forced in minutes).

The secret part of the salt is derived from the sovereign key; the policy may add its own
``salt`` to separate uses (two releases that must not be linkable).
"""

from __future__ import annotations

from typing import Any, ClassVar

from aiguillage.anonymize.labels import label_for
from aiguillage.anonymize.operators.base import Operator, OperatorError
from aiguillage.anonymize.pseudonyms import canonical
from aiguillage.anonymize.session import Session


class Hash(Operator):
    name: ClassVar[str] = "hash"
    params: ClassVar[frozenset[str]] = frozenset({"salt", "length"})

    def check(self, spec: dict[str, Any]) -> None:
        super().check(spec)
        length = spec.get("length", 12)
        if not isinstance(length, int) or not 8 <= length <= 64:
            raise OperatorError("hash: length is an integer between 8 and 64")

    def apply(self, value: str, entity_type: str, spec: dict[str, Any], session: Session) -> str:
        salt = str(spec.get("salt", ""))
        digest = session.keyring().mac("hash", f"{salt}\x00{entity_type}\x00{canonical(value)}".encode())
        return f"[{label_for(entity_type)}#{digest.hex()[: int(spec.get('length', 12))]}]"
