"""Replace values inside text split over many XML nodes, keeping each node (and its formatting).

A paragraph of a DOCX is runs; of an ODT, spans and tails. The paragraph's text is the
concatenation of its slots; values are found in its normalised form, mapped back, and each
match is rewritten in place: the replacement goes into the slot where the match starts, the
rest of the match is cut out of the following slots. Separators (tabs, breaks) stay.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from aiguillage.anonymize.locate import find_spans, normalised
from aiguillage.anonymize.pseudonyms import canonical


@dataclass
class Slot:
    """One piece of a paragraph's text; ``editable`` slots have a setter."""

    text: str
    set: Callable[[str], None] | None = None

    @property
    def editable(self) -> bool:
        return self.set is not None


def replace_in_slots(slots: Sequence[Slot], values: Mapping[str, str]) -> int:
    """Rewrite ``slots`` so that no value of ``values`` (value → replacement) remains.
    Returns the number of matches replaced."""
    full = "".join(s.text for s in slots)
    if not full.strip() or not values:
        return 0
    nt = normalised(full)
    by_canon = {canonical(v): r for v, r in values.items()}
    spans = find_spans(nt.text, values.keys())
    if not spans:
        return 0
    starts: list[int] = []
    pos = 0
    for s in slots:
        starts.append(pos)
        pos += len(s.text)
    texts = [s.text for s in slots]
    for ns, ne, value in reversed(spans):
        os_, oe = nt.to_original(ns, ne)
        replacement = by_canon.get(canonical(value), "[…]")
        placed = False
        for i, s in enumerate(slots):
            a, b = starts[i], starts[i] + len(s.text)
            lo, hi = max(a, os_), min(b, oe)
            if lo >= hi:
                continue
            if not s.editable:
                continue  # a tab or a break inside a match stays: layout over tidiness
            t = texts[i]
            cut_lo, cut_hi = lo - a, hi - a
            texts[i] = t[:cut_lo] + ("" if placed else replacement) + t[cut_hi:]
            placed = True
        if not placed:  # the match had no editable slot: cannot happen for a value with letters
            raise ValueError("a value could not be replaced in place")
    for s, t in zip(slots, texts, strict=True):
        if t != s.text and s.set is not None:
            s.set(t)
    return len(spans)
