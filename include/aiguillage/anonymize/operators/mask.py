"""``mask``: characters masked, separators kept (``** ** ** ** 78`` with ``keep_last: 2``).

Keeping the last characters is a policy choice; by default nothing of the value is kept.
"""

from __future__ import annotations

from typing import Any, ClassVar

from aiguillage.anonymize.operators.base import Operator, OperatorError
from aiguillage.anonymize.session import Session


class Mask(Operator):
    name: ClassVar[str] = "mask"
    params: ClassVar[frozenset[str]] = frozenset({"masking_char", "keep_last"})

    def check(self, spec: dict[str, Any]) -> None:
        super().check(spec)
        ch = spec.get("masking_char", "*")
        if not isinstance(ch, str) or len(ch) != 1 or ch.isalnum():
            raise OperatorError("mask: masking_char is one non-alphanumeric character")
        keep = spec.get("keep_last", 0)
        if not isinstance(keep, int) or not 0 <= keep <= 4:
            raise OperatorError("mask: keep_last is an integer between 0 and 4")

    def apply(self, value: str, entity_type: str, spec: dict[str, Any], session: Session) -> str:
        ch = str(spec.get("masking_char", "*"))
        keep = int(spec.get("keep_last", 0))
        alnum = [i for i, c in enumerate(value) if c.isalnum()]
        kept = set(alnum[len(alnum) - keep:]) if keep else set()
        return "".join(c if (not c.isalnum() or i in kept) else ch for i, c in enumerate(value))
