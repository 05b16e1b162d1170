"""Consistent pseudonyms: the same person gets the same label everywhere.

Document scope (default): numbered labels, ``[PERSONNE_1]``, counted per document. A bare
surname that belongs to exactly one full name seen before in the document gets that name's label
("M. Jean Dupont … M. Dupont" → one person); a fuller name seen after a bare surname gets its own
(a relative has the surname of the person named first).

Batch scope (``{operator: pseudonym, scope: batch}``): ``[PERSONNE_7F3A2C]``, a keyed HMAC of the
value. Every shard and every worker gives one value the same label without sharing any state,
and without the sovereign key nobody can test a guess against a label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from aiguillage.anonymize.labels import label_for

_CIVILITY = {"m", "mme", "mlle", "mr", "monsieur", "madame", "mademoiselle", "me", "maître", "dr", "docteur",
             "pr", "professeur"}


def canonical(value: str) -> str:
    """The comparison form of a value: whitespace collapsed, case folded."""
    return " ".join(value.split()).casefold()


def _name_tokens(value: str) -> frozenset[str]:
    toks = [t for t in re.split(r"[\s.,'’-]+", canonical(value)) if len(t) > 1]
    return frozenset(t for t in toks if t not in _CIVILITY)


@dataclass
class Pseudonyms:
    """Value → label table for one document (or one process-wide batch table if shared)."""

    table: dict[tuple[str, str], str] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)
    _persons: list[tuple[frozenset[str], str]] = field(default_factory=list)

    def label(self, entity_type: str, value: str) -> str:
        kind = label_for(entity_type)
        key = (kind, canonical(value))
        if key in self.table:
            return self.table[key]
        found = self._same_person(value) if entity_type == "PERSON" else None
        if found is None:
            n = self.counters.get(kind, 0) + 1
            self.counters[kind] = n
            found = f"[{kind}_{n}]"
        self.table[key] = found
        if entity_type == "PERSON":
            self._persons.append((_name_tokens(value), found))
        return found

    def _same_person(self, value: str) -> str | None:
        toks = _name_tokens(value)
        if not toks:
            return None
        # a shorter writing joins the fuller name it is part of ("M. Dupont" → "Jean Dupont"), never
        # the reverse: "Gilbert Chambon" is not the "CHAMBON" of a form whose first name was another
        labels = {lab for seen, lab in self._persons if seen and toks <= seen}
        return labels.pop() if len(labels) == 1 else None


def batch_label(entity_type: str, value: str, key: bytes) -> str:
    """The batch-wide label of a value (keyed: stable everywhere, not guessable)."""
    import hashlib
    import hmac

    digest = hmac.new(key, f"{entity_type}\x00{canonical(value)}".encode(), hashlib.sha256).hexdigest()
    return f"[{label_for(entity_type)}_{digest[:6].upper()}]"
