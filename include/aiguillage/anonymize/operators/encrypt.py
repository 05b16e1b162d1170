"""``encrypt``: reversible on the sovereign side only (``[IBAN~…]``).

AES-SIV (deterministic authenticated encryption) under a sub-key of the sovereign key: one value
always gives one token (consistent like a pseudonym), the entity type is bound as associated
data, and :func:`reveal` needs the key, which never leaves the sovereign side.
"""

from __future__ import annotations

import base64
import re
from typing import Any, ClassVar

from aiguillage.anonymize.keys import KeyRing
from aiguillage.anonymize.labels import label_for
from aiguillage.anonymize.operators.base import Operator
from aiguillage.anonymize.session import Session

_TOKEN = re.compile(r"\[([A-Z_]+)~([A-Za-z0-9_-]+)\]")


def _cipher(keys: KeyRing) -> Any:
    from cryptography.hazmat.primitives.ciphers.aead import AESSIV

    return AESSIV(keys.subkey("encrypt", 64))


class Encrypt(Operator):
    name: ClassVar[str] = "encrypt"

    def apply(self, value: str, entity_type: str, spec: dict[str, Any], session: Session) -> str:
        ct = _cipher(session.keyring()).encrypt(value.encode("utf-8"), [label_for(entity_type).encode()])
        return f"[{label_for(entity_type)}~{base64.urlsafe_b64encode(ct).decode().rstrip('=')}]"


def reveal(token: str, keys: KeyRing) -> str:
    """The value behind an ``encrypt`` token (sovereign side only)."""
    m = _TOKEN.fullmatch(token.strip())
    if not m:
        raise ValueError("not an encrypted token")
    raw = m.group(2)
    ct = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))
    return bytes(_cipher(keys).decrypt(ct, [m.group(1).encode()])).decode("utf-8")
