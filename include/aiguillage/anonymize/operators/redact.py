"""``redact``: the value is removed, leaving a neutral mark (``[…]``) so the sentence still reads."""

from __future__ import annotations

from typing import Any, ClassVar

from aiguillage.anonymize.labels import REDACTED
from aiguillage.anonymize.operators.base import Operator
from aiguillage.anonymize.session import Session


class Redact(Operator):
    name: ClassVar[str] = "redact"

    def apply(self, value: str, entity_type: str, spec: dict[str, Any], session: Session) -> str:
        return REDACTED
