"""``mask_label``: the type only (``[NIR]``) — for identifiers, where a consistent label adds nothing."""

from __future__ import annotations

from typing import Any, ClassVar

from aiguillage.anonymize.labels import label_for
from aiguillage.anonymize.operators.base import Operator
from aiguillage.anonymize.session import Session


class MaskLabel(Operator):
    name: ClassVar[str] = "mask_label"

    def apply(self, value: str, entity_type: str, spec: dict[str, Any], session: Session) -> str:
        return f"[{label_for(entity_type)}]"
