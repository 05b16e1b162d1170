"""The text walk shared by the DOCX and ODT release copies: values replaced paragraph by paragraph.

Each builder says what a paragraph's text pieces are (:class:`~aiguillage.anonymize.textslots.Slot`:
runs of a DOCX, spans and tails of an ODT); here the paragraphs that may hold a value are found
in one pass over the whole part, and only those are rewritten in place.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from aiguillage.anonymize.locate import texts_holding
from aiguillage.anonymize.textslots import Slot, replace_in_slots

P = TypeVar("P")


def replace_in_paragraphs(paragraphs: Sequence[P], slots_of: Callable[[P], list[Slot]],
                          values: Mapping[str, str]) -> int:
    """Rewrite every paragraph so that no value of ``values`` (value → replacement) remains, as
    :func:`replace_in_slots` on each would. Returns the number of matches replaced."""
    if not values or not paragraphs:
        return 0
    texts = ["".join(s.text for s in slots_of(p)) for p in paragraphs]
    # the slots are read again just before rewriting: they always reflect the tree as it is
    return sum(replace_in_slots(slots_of(paragraphs[i]), values) for i in texts_holding(texts, values))
