"""Find a value again, wherever and however it is written.

Detection gives offsets in the extraction's normalised text; a release copy must find the same
value in the runs of a DOCX or the words of a PDF page, where spacing, case and typography may
differ. Matching is on normalised text (the extraction's own normaliser when present), case-
insensitive, any whitespace run for any whitespace run, and on word boundaries.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from aiguillage.records import Finding

# Values too short or too common to be searched for everywhere (they are still replaced where found).
MIN_PROPAGATED = 3
_COMMON = {"m", "mme", "le", "la", "les", "de", "du", "des", "et", "à", "au", "aux", "rue", "ville", "france",
           "mairie", "monsieur", "madame", "service", "conseil", "municipal", "commune", "état"}


@dataclass(frozen=True, slots=True)
class Normalised:
    text: str
    to_original: Callable[[int, int], tuple[int, int]]


def normalised(text: str) -> Normalised:
    """``text`` as detection sees it, with a map back (identity if no normaliser is installed)."""
    try:
        from aiguillage.extract.normalize import normalize
    except ImportError:  # pragma: no cover - the extraction package always ships it now
        return Normalised(text, lambda s, e: (s, e))
    nt = normalize(text)
    return Normalised(nt.text, nt.span_to_original)


def norm_value(value: str) -> str:
    return normalised(value).text


@lru_cache(maxsize=4096)
def value_pattern(value: str) -> re.Pattern[str] | None:
    """A pattern for ``value`` in normalised text (None if the value has no word character)."""
    tokens = norm_value(value).split()
    if not tokens or not any(any(c.isalnum() for c in t) for t in tokens):
        return None
    body = r"\s+".join(re.escape(t) for t in tokens)
    start = r"(?<!\w)" if re.match(r"\w", tokens[0]) else ""
    end = r"(?!\w)" if re.search(r"\w$", tokens[-1]) else ""
    return re.compile(start + body + end, re.IGNORECASE)


def find_spans(text: str, values: Iterable[str]) -> list[tuple[int, int, str]]:
    """Non-overlapping spans of ``values`` in the normalised ``text`` (longest values first)."""
    taken: list[tuple[int, int, str]] = []
    for value in sorted(set(values), key=lambda v: -len(v)):
        pat = value_pattern(value)
        if pat is None:
            continue
        for m in pat.finditer(text):
            if all(m.end() <= s or m.start() >= e for s, e, _ in taken):
                taken.append((m.start(), m.end(), value))
    return sorted(taken)


def worth_propagating(value: str) -> bool:
    compact = re.sub(r"\W+", "", value)
    return len(compact) >= MIN_PROPAGATED and " ".join(value.split()).casefold() not in _COMMON


def propagate(text: str, findings: list[Finding]) -> list[Finding]:
    """Every other occurrence of a found value becomes a finding of the same type: a name the
    detector saw once is anonymized everywhere (also in a table, in capitals)."""
    by_value: dict[str, Finding] = {}
    for f in sorted(findings, key=lambda f: -f.score):
        v = text[f.start:f.end]
        if worth_propagating(v):
            by_value.setdefault(v, f)
    extra: list[Finding] = []
    for s, e, v in find_spans(text, by_value):
        f = by_value[v]
        if not any(g.start < e and g.end > s for g in findings):
            extra.append(Finding(f.entity_type, s, e, f.score, "propagated"))
    return findings + extra
