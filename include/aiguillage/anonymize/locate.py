"""Find a value again, wherever and however it is written.

Detection gives offsets in the extraction's normalised text; a release copy must find the same
value in the runs of a DOCX or the words of a PDF page, where spacing, case and typography may
differ. Matching is on normalised text (the extraction's own normaliser when present), case-
insensitive, any whitespace run for any whitespace run, and on word boundaries.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
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


# What the normaliser may change: a non-ASCII character, or a hyphen at a line end (a word
# hyphenated across lines is joined).
_TOUCHED = re.compile(r"[^\x00-\x7f]|-[ \t]*\r?\n")


def normalised_text(text: str) -> str:
    """``normalised(text).text``, without the offset map, normalising only the lines that need it.

    Normalisation is local to a line, except that a line ending in a hyphen (or in a character
    that folds into one, or into a space) may be joined to the next. So the lines holding a
    non-ASCII character or ending in a hyphen are normalised, each with the lines it may join,
    and the others — plain ASCII — are kept as they are: a 200 kB dump of XML attributes is
    normalised in a few milliseconds instead of a tenth of a second."""
    if text.isascii() and "-" not in text:
        return text
    out: list[str] = []
    pos = 0  # text[:pos] is done
    n = len(text)
    for m in _TOUCHED.finditer(text):
        if m.start() < pos:
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        end = n if end < 0 else end
        while end < n and _may_join(text, end):
            nxt = text.find("\n", end + 1)
            end = n if nxt < 0 else nxt
        out.append(text[pos:start])
        out.append(normalised(text[start:end]).text)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _may_join(text: str, end: int) -> bool:
    """Whether the normaliser may join the line ending at ``end`` (a line break) to the next:
    its last character before spaces, tabs and carriage returns is a hyphen or not ASCII."""
    k = end
    while k > 0 and text[k - 1] in " \t\r":
        k -= 1
    return k > 0 and (text[k - 1] == "-" or not text[k - 1].isascii())


@lru_cache(maxsize=4096)
def value_pattern(value: str) -> re.Pattern[str] | None:
    """A pattern for ``value`` in normalised text (None if the value has no word character)."""
    tokens = norm_value(value).split()
    if not tokens or not any(any(c.isalnum() for c in t) for t in tokens):
        return None
    body = r"\s+".join(re.escape(t) for t in tokens)
    if re.match(r"\w", tokens[0]):
        # (?<!\w) before the first character, written after it: "a word character not preceded
        # by a word character" matches the same, and a pattern that starts with a literal lets
        # the regex engine skip ahead to its candidates (3-10x faster on long texts)
        first = re.escape(tokens[0][0])
        body = first + r"(?<!\w(?s:.))" + body[len(first):]
    end = r"(?!\w)" if re.search(r"\w$", tokens[-1]) else ""
    return re.compile(body + end, re.IGNORECASE)


def find_spans(text: str, values: Iterable[str]) -> list[tuple[int, int, str]]:
    """Non-overlapping spans of ``values`` in the normalised ``text`` (longest values first)."""
    starts: list[int] = []  # the spans taken, disjoint, in order of position
    ends: list[int] = []
    taken: list[tuple[int, int, str]] = []
    for value in sorted(set(values), key=lambda v: -len(v)):
        pat = value_pattern(value)
        if pat is None:
            continue
        for m in pat.finditer(text):
            s, e = m.start(), m.end()
            i = bisect_right(starts, s)  # only the spans just before and just after can overlap
            if (i and ends[i - 1] > s) or (i < len(starts) and starts[i] < e):
                continue
            starts.insert(i, s)
            ends.insert(i, e)
            taken.insert(i, (s, e, value))
    return taken


def texts_holding(texts: Sequence[str], values: Iterable[str]) -> list[int]:
    """Indexes of the ``texts`` in which :func:`find_spans` may find one of ``values`` once they
    are normalised: every text where it would, and maybe a neighbour (a value written across
    two texts). One pass over all the texts instead of one per text: a release copy has hundreds
    of paragraphs and only a few hold a value.

    Why none is missed: the texts are joined by a blank line, which the normaliser neither joins
    across nor changes, so each text's normalised form is found unchanged in the joined one,
    between two line breaks (not word characters, like the ends of a text). A match of a value
    in one text is then a match in the joined text, and the leftmost-first search of that value
    there reports it or an overlapping one."""
    patterns = [p for p in (value_pattern(v) for v in set(values)) if p is not None]
    if not patterns or not texts:
        return []
    starts: list[int] = []
    pos = 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + len(_SEPARATOR)
    nt = normalised(_SEPARATOR.join(texts))
    hit: set[int] = set()
    for pat in patterns:
        for m in pat.finditer(nt.text):
            os_, oe = nt.to_original(m.start(), m.end())
            i = max(0, bisect_right(starts, os_) - 1)
            while i < len(texts) and starts[i] < max(oe, os_ + 1):
                hit.add(i)
                i += 1
    return sorted(hit)


_SEPARATOR = "\n\n"


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
