"""Text for detection, with a map back to the original offsets.

Personal data hides behind typography: an IBAN split by no-break spaces, an e-mail address with a
zero-width space, a name hyphenated across a line end, a Cyrillic "о" inside a NIR. Detection runs
on the normalised text; redaction of the original needs the offsets back, hence the map.

``normalize(text)`` is deterministic: re-extracting a document with ``raw=True`` and normalising
each part again gives the same text and the map for that part.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass

# Lookalikes of Latin letters and digits (Cyrillic, Greek, a few others). Folded only inside a
# token that also holds Latin letters or digits: a genuinely Cyrillic or Greek word is left alone.
HOMOGLYPHS: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h",
    "ӏ": "l", "ү": "y",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "Ԛ": "Q", "Ԝ": "W", "Ӏ": "I", "З": "3",
    # Greek
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "τ": "t", "ι": "i", "κ": "k", "χ": "x", "υ": "u",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Latin lookalikes outside ASCII
    "ı": "i", "ȷ": "j", "ℓ": "l", "Ɩ": "l",
}
_HOMOGLYPH_SET = frozenset(HOMOGLYPHS)
# Dashes and minus signs between digits (phone numbers, SIRET, dates) become "-".
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
# One non-ASCII character with the combining marks that follow it.
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_NON_ASCII_CLUSTER = re.compile(rf"(?:[^\x00-\x7f]|[A-Za-z](?=[{_COMBINING}]))[{_COMBINING}]*")
_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """The normalised ``text`` and, for each of its offsets, the offset in the original."""

    text: str
    original: str
    _map: array  # type: ignore[type-arg]  # len(text) + 1 entries

    def to_original(self, offset: int) -> int:
        """Offset in the original text of the character at ``offset`` (``len(text)`` maps to
        ``len(original)``)."""
        if offset < 0 or offset > len(self.text):
            raise IndexError(offset)
        return int(self._map[offset])

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering the normalised span ``[start, end)`` (whole clusters: a
        span ending inside an expanded ligature covers the ligature)."""
        first = self.to_original(start)
        if end <= start:
            return first, first
        last = int(self._map[end - 1])
        k = end
        stop = int(self._map[k])
        while stop <= last and k < len(self.text):
            k += 1
            stop = int(self._map[k])
        return first, stop if stop > last else len(self.original)


def _is_space(ch: str) -> bool:
    return ch != " " and unicodedata.category(ch) == "Zs"


def _is_removable(ch: str) -> bool:
    # Cf: zero-width space/joiners, soft hyphen, BOM, bidi controls, word joiner...
    return unicodedata.category(ch) == "Cf"


def normalize(text: str) -> NormalizedText:
    """NFKC, format characters removed, exotic spaces to " ", ligatures expanded (by NFKC),
    words hyphenated across line ends joined, homoglyphs folded inside Latin/digit tokens."""
    if text.isascii() and "-" not in text:
        return NormalizedText(text, text, array("q", range(len(text) + 1)))
    out: list[str] = []
    omap: list[int] = []
    n = len(text)
    pos = 0
    for m in _NON_ASCII_CLUSTER.finditer(text):
        i = m.start()
        if i > pos:  # ASCII run: copied as is
            out.append(text[pos:i])
            omap.extend(range(pos, i))
        pos = m.end()
        ch = text[i]
        if _is_removable(ch):
            continue
        if _is_space(ch):
            out.append(" ")
            omap.append(i)
            continue
        # a base character with its combining marks is normalised as one cluster
        for c in unicodedata.normalize("NFKC", m.group()):
            if _is_removable(c):
                continue
            out.append(" " if _is_space(c) else c)
            omap.append(i)
    if pos < n:
        out.append(text[pos:])
        omap.extend(range(pos, n))
    omap.append(n)
    s = "".join(out)
    s, omap = _join_hyphenated(s, omap)
    s = _fold(s)
    return NormalizedText(s, text, array("q", omap))


def _join_hyphenated(s: str, omap: list[int]) -> tuple[str, list[int]]:
    """``adminis-\\ntration`` → ``administration``; ``Jean-\\nPierre`` → ``Jean-Pierre``."""
    if "-" not in s or "\n" not in s:
        return s, omap
    pieces: list[str] = []
    new_map: list[int] = []
    last = 0
    for m in _LINE_END_HYPHEN.finditer(s):
        pieces.append(s[last:m.start()])
        new_map.extend(omap[last:m.start()])
        if s[m.end()].isupper():  # a compound name: keep the hyphen, drop the line break
            pieces.append("-")
            new_map.append(omap[m.start()])
        last = m.end()
    if not pieces:
        return s, omap
    pieces.append(s[last:])
    new_map.extend(omap[last:])
    return "".join(pieces), new_map


def _fold(s: str) -> str:
    """Fold lookalikes inside tokens that are otherwise Latin/digits, and dashes between digits.
    Replacements are one character for one: the map is unchanged."""
    if s.isascii():
        return s
    chars = list(s)
    changed = False
    for m in re.finditer(r"\S+", s):
        tok = m.group()
        if tok.isascii():
            continue
        has_lookalike = any(c in _HOMOGLYPH_SET for c in tok)
        has_latin = any(("a" <= c.lower() <= "z") or c.isdigit() for c in tok)
        if has_lookalike and has_latin:
            for k, c in enumerate(tok):
                # a lookalike carrying a combining mark is left alone (folding would leave the
                # text decomposed, and no identifier is written with accents)
                if c in _HOMOGLYPH_SET and not (k + 1 < len(tok) and unicodedata.combining(tok[k + 1])):
                    chars[m.start() + k] = HOMOGLYPHS[c]
                    changed = True
        for k, c in enumerate(tok):
            if c in _DASHES and 0 < k < len(tok) - 1 and tok[k - 1].isdigit() and tok[k + 1].isdigit():
                chars[m.start() + k] = "-"
                changed = True
    return "".join(chars) if changed else s


__all__ = ["HOMOGLYPHS", "NormalizedText", "normalize"]
