"""What one anonymization run shares between its operators: the pseudonym table, the key ring
(only when an operator needs it) and the record of every replacement made.

The record (value → replacement) is what release copies replay on the original file and what
the re-identification table keeps — in the sovereign area only, encrypted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from aiguillage.anonymize.keys import KeyRing, SovereignKeyError
from aiguillage.anonymize.pseudonyms import Pseudonyms, canonical


@dataclass(frozen=True, slots=True)
class Replacement:
    """One value replaced: sovereign-side data (it holds the value)."""

    entity_type: str
    value: str
    replacement: str
    operator: str


@dataclass
class Session:
    """One document's anonymization (``pseudonyms`` may be shared to span a batch in one process)."""

    doc_id: str = ""
    pseudonyms: Pseudonyms = field(default_factory=Pseudonyms)
    key_loader: Callable[[], KeyRing] | None = None
    replacements: list[Replacement] = field(default_factory=list)
    _keys: KeyRing | None = field(default=None, repr=False)

    def keyring(self) -> KeyRing:
        """The sovereign key ring, loaded on first need; without one, the operator fails (closed)."""
        if self._keys is None:
            if self.key_loader is None:
                raise SovereignKeyError("this operator needs the sovereign key and none was provided")
            self._keys = self.key_loader()
        return self._keys

    def record(self, entity_type: str, value: str, replacement: str, operator: str) -> None:
        self.replacements.append(Replacement(entity_type, value, replacement, operator))

    def value_map(self) -> dict[str, str]:
        """Distinct values (canonical form) → their replacement, longest values first, so that a
        release copy replaces "Jean Dupont" before "Dupont"."""
        out: dict[str, tuple[str, str]] = {}
        for r in self.replacements:
            key = canonical(r.value)
            if key and key not in out:
                out[key] = (r.value, r.replacement)
        ordered = sorted(out.values(), key=lambda vr: -len(vr[0]))
        return dict(ordered)
