"""Find a value again, wherever and however it is written.

Detection gives offsets in the extraction's normalised text; a release copy must find the same
value in the runs of a DOCX or the words of a PDF page, where spacing, case and typography may
differ. Matching is on normalised text (the extraction's own normaliser when present), case-
insensitive, any whitespace run for any whitespace run, and on word boundaries.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
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


# a character of a word: a letter or a digit (``\w`` less "_")
_WORD_CHAR = r"[^\W_]"


@lru_cache(maxsize=4096)
def value_pattern(value: str) -> re.Pattern[str] | None:
    """A pattern for ``value`` in normalised text (None if the value has no word character)."""
    tokens = norm_value(value).split()
    if not tokens or not any(any(c.isalnum() for c in t) for t in tokens):
        return None
    body = r"\s+".join(re.escape(t) for t in tokens)
    # a word is a run of letters and digits: "_" joins the words of a file name or a handle
    # ("BORDENAVE-LASSALLE_fiche_2026.docx", "jean_dupont") and does not hide a value there
    if re.match(_WORD_CHAR, tokens[0]):
        # (?<!word) before the first character, written after it: "a word character not preceded
        # by a word character" matches the same, and a pattern that starts with a literal lets
        # the regex engine skip ahead to its candidates (3-10x faster on long texts)
        first = re.escape(tokens[0][0])
        body = first + rf"(?<!{_WORD_CHAR}(?s:.))" + body[len(first):]
    end = rf"(?!{_WORD_CHAR})" if re.search(rf"{_WORD_CHAR}$", tokens[-1]) else ""
    return re.compile(body + end, re.IGNORECASE)


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, int]:
    """What ``re.IGNORECASE`` compares, as a ``str.translate`` table: each cased character maps to
    the smallest simple lower case of its class (characters that match each other under
    ``re.IGNORECASE``: "A"/"a", "s"/"S"/"ſ", "µ"/"μ"/"Μ", "ﬅ"/"ﬆ"...).

    Built from public behaviour only: a class joins a character to its one-character lower and
    upper cases (``str.lower``/``str.upper``; for the one character whose lower case is two, its
    first when ``re`` says they match) and the characters whose case folds (``str.casefold``)
    are equal when ``re`` says they match; every pair the table relates is checked once more
    with ``re.fullmatch(..., re.IGNORECASE)`` (a pair ``re`` denies is left out: no fold then,
    the exact pattern decides). On CPython 3.11-3.13 this is sre's table exactly (1,459 entries)."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    def join(a: int, b: int) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    def same(a: str, b: str) -> bool:
        return re.fullmatch(re.escape(a), b, re.IGNORECASE) is not None

    lower: dict[int, int] = {}
    by_fold: dict[str, list[int]] = {}
    for cp in _cased_code_points():
        c = chr(cp)
        lo, up, folded = c.lower(), c.upper(), c.casefold()
        if len(lo) != 1:
            lo = lo[0] if same(c, lo[0]) else c
        if lo != c:
            lower[cp] = ord(lo)
            join(cp, ord(lo))
        if len(up) == 1 and up != c:
            join(cp, ord(up))
        if folded != c.lower():
            by_fold.setdefault(folded, []).append(cp)
    for cps in by_fold.values():
        for other in cps[1:]:
            if same(chr(cps[0]), chr(other)):
                join(cps[0], other)
    classes: dict[int, set[int]] = {}
    for cp in parent:
        classes.setdefault(root(cp), {root(cp)}).add(cp)
    table: dict[int, int] = {}
    for members in classes.values():
        rep = min(lower.get(m, m) for m in members)
        for m in members:
            if m != rep and same(chr(m), chr(rep)):
                table[m] = rep
    return table


def _cased_code_points() -> Iterator[int]:
    """The code points that ``str.lower``, ``str.upper`` or ``str.casefold`` change, found block
    by block (a block that none of them changes is skipped whole: nearly all of Unicode)."""
    for start in range(0, 0x110000, 4096):
        cps = [c for c in range(start, min(start + 4096, 0x110000)) if not 0xD800 <= c < 0xE000]
        block = "".join(map(chr, cps))
        if block.lower() == block and block.upper() == block and block.casefold() == block:
            continue
        for cp in cps:
            c = chr(cp)
            if c.lower() != c or c.upper() != c or c.casefold() != c:
                yield cp


@lru_cache(maxsize=1)
def _lower_differs() -> re.Pattern[str]:
    """The few characters (31) whose ``str.lower`` is not their fold: dotted capital I (two
    characters), Greek sigma (context-dependent), long s, micro and iota forms..."""
    table = _fold_table()
    # Block by block (fast): where a block's lower case equals its fold, position by position,
    # no character of it is odd, except perhaps one the table maps, whose lower case may depend
    # on its neighbours (final sigma); those, and the blocks that differ, are checked one by one.
    suspects = set(table)
    for start in range(0, 0x110000, 4096):
        block = "".join(chr(c) for c in range(start, min(start + 4096, 0x110000)) if not 0xD800 <= c < 0xE000)
        if block.lower() != block.translate(table):
            suspects.update(map(ord, block))
    odd = sorted(c for c in suspects if chr(c).lower() != chr(table.get(c, c)))
    return re.compile("[" + "".join(re.escape(chr(c)) for c in odd) + "]")


def fold(text: str) -> str:
    """``text`` with each character replaced by its ``re.IGNORECASE`` class (same length): a
    case-insensitive pattern made of literals can only match where the folded literal is a
    substring of the folded text. Where no character is one of those whose lower case is not its
    fold (nearly always), that is ``str.lower`` — a hundred times faster than the table."""
    if text.isascii() or _lower_differs().search(text) is None:
        return text.lower()
    return text.translate(_fold_table())


@lru_cache(maxsize=4096)
def _anchor(value: str) -> str:
    """The folded first token of ``value``: where :func:`value_pattern` matches, it starts with it."""
    return fold(norm_value(value).split()[0])


def _finditer(pat: re.Pattern[str], value: str, text: str, folded: str) -> Iterator[re.Match[str]]:
    """``pat.finditer(text)``, trying the pattern only where its first token is written.

    The same matches: a match starts where the folded first token occurs in the folded text;
    the occurrences are tried in order, each from where the previous match ended, as finditer
    does (lookbehinds see the text before ``pos``). A C substring search per value instead of a
    regex walk over the whole text: on a long document with a thousand values, seconds saved."""
    anchor = _anchor(value)
    p = folded.find(anchor)
    while p >= 0:
        m = pat.match(text, p)
        if m is not None:
            yield m
            p = folded.find(anchor, max(m.end(), p + 1))
        else:
            p = folded.find(anchor, p + 1)


def matches(value: str, text: str, folded: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each match of :func:`value_pattern` ``(value)`` in the normalised ``text``
    (``folded``: its :func:`fold`), as ``finditer`` reports them. A value written in ASCII is
    matched without compiling its pattern (compiling took ~0.5 ms, once per value of every
    document); any other value through its pattern."""
    plain = _plain(value)
    if plain is None:
        pat = value_pattern(value)
        if pat is not None:
            yield from ((m.start(), m.end()) for m in _finditer(pat, value, text, folded))
        return
    tokens, word_start, word_end = plain
    first, n = tokens[0], len(text)
    p = folded.find(first)
    while p >= 0:
        end = _plain_match(tokens, word_start, word_end, text, folded, p, n)
        if end is not None:
            yield p, end
            p = folded.find(first, max(end, p + 1))
        else:
            p = folded.find(first, p + 1)


def _is_word(ch: str) -> bool:
    r"""``[^\W_]`` of a ``str`` pattern (:data:`_WORD_CHAR`): alphanumeric (``str.isalnum``, sre's
    ``Py_UNICODE_ISALNUM``); "_" is no word character here."""
    return ch.isalnum()


@lru_cache(maxsize=8192)
def _plain(value: str) -> tuple[tuple[str, ...], bool, bool] | None:
    """For a value whose normalised words are ASCII: (its words lower-cased, whether its pattern
    asserts a word start, a word end) — :func:`value_pattern` without the regex: each word is a
    run of literals compared case-insensitively, and an ASCII character's ``re.IGNORECASE``
    class is its :func:`fold` class ("k" also matches the Kelvin sign, "s" the long s: the
    folded text says so). None: use the pattern (or no pattern at all)."""
    tokens = norm_value(value).split()
    if not tokens or not all(t.isascii() for t in tokens) or not any(c.isalnum() for t in tokens for c in t):
        return None
    return tuple(t.lower() for t in tokens), _is_word(tokens[0][0]), _is_word(tokens[-1][-1])


def _plain_match(tokens: tuple[str, ...], word_start: bool, word_end: bool, text: str, folded: str, p: int,
                 n: int) -> int | None:
    r"""End of the match of the words ``tokens`` at ``p`` (each separated by one or more
    whitespace characters, ``\s+``), or None."""
    if word_start and p > 0 and _is_word(text[p - 1]):
        return None
    pos = p
    for k, token in enumerate(tokens):
        if k:
            q = pos
            while q < n and text[q].isspace():
                q += 1
            if q == pos:
                return None
            pos = q
        if not folded.startswith(token, pos):
            return None
        pos += len(token)
    if word_end and pos < n and _is_word(text[pos]):
        return None
    return pos


_WORDS = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1)
def _mixed_classes() -> re.Pattern[str]:
    r"""The characters of fold classes that hold both word (:data:`_WORD_CHAR`) and other characters (Greek
    iota and the combining ypogegrammeni): where one is written, :func:`_words_of` proves
    nothing, and the text (or the value) is searched in full."""
    w = re.compile(_WORD_CHAR)
    classes: dict[int, set[int]] = {}
    for c, f in _fold_table().items():
        classes.setdefault(f, {f}).add(c)
    mixed = sorted(c for members in classes.values()
                   if len({bool(w.match(chr(m))) for m in members}) > 1 for c in members)
    return re.compile("[" + "".join(re.escape(chr(c)) for c in mixed) + "]" if mixed else r"(?!)")


@lru_cache(maxsize=8192)
def _words_of(value: str) -> tuple[str, ...] | None:
    r"""The folded word runs of ``value``: where its pattern matches, each is a whole word run of
    the folded text (a run ends at a non-word character, a space or a word boundary the pattern
    asserts, and folding keeps a character's kind outside the mixed classes), so a text whose
    words lack one of them cannot hold the value. None: no such proof (a mixed-class character)."""
    normal = norm_value(value)
    if _mixed_classes().search(normal):
        return None
    return tuple(set(_WORDS.findall(fold(normal))))


@dataclass(frozen=True, slots=True)
class SearchText:
    """A normalised text ready for :func:`find_spans`: its fold and the set of its folded words
    (None when a mixed-class character makes the word test prove nothing). Building it is most
    of a search's cost on a long text; a text searched again (a template part that every DOCX of
    a batch carries) can be prepared once and searched for several sets of values."""

    text: str
    folded: str
    words: frozenset[str] | None

    @classmethod
    def of(cls, text: str) -> SearchText:
        folded = fold(text)
        words = None if _mixed_classes().search(text) else frozenset(_WORDS.findall(folded))
        return cls(text, folded, words)


def prepare_tables() -> None:
    """Build the case-folding tables (~1 s, once per process): for a worker's preload."""
    _lower_differs()
    _mixed_classes()


def find_spans(text: str | SearchText, values: Iterable[str]) -> list[tuple[int, int, str]]:
    """Non-overlapping spans of ``values`` in the normalised ``text`` (longest values first).

    A page of a long PDF is searched for every value of the document: values whose words are not
    all words of the text are skipped with a few set lookups (see :func:`_words_of`)."""
    starts: list[int] = []  # the spans taken, disjoint, in order of position
    ends: list[int] = []
    taken: list[tuple[int, int, str]] = []
    st = text if isinstance(text, SearchText) else SearchText.of(text)
    text, folded, words = st.text, st.folded, st.words
    for value in sorted(set(values), key=lambda v: -len(v)):
        if words is not None and not words.issuperset(_words_of(value) or ()):
            continue
        for s, e in matches(value, text, folded):
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
    wanted = [v for v in set(values) if _plain(v) is not None or value_pattern(v) is not None]
    if not wanted or not texts:
        return []
    starts: list[int] = []
    pos = 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + len(_SEPARATOR)
    nt = normalised(_SEPARATOR.join(texts))
    hit: set[int] = set()
    folded = fold(nt.text)
    for value in wanted:
        for ms, me in matches(value, nt.text, folded):
            os_, oe = nt.to_original(ms, me)
            i = max(0, bisect_right(starts, os_) - 1)
            while i < len(texts) and starts[i] < max(oe, os_ + 1):
                hit.add(i)
                i += 1
    return sorted(hit)


_SEPARATOR = "\n\n"


def worth_propagating(value: str) -> bool:
    compact = re.sub(r"\W+", "", value)
    return len(compact) >= MIN_PROPAGATED and not common_value(value)


def common_value(value: str) -> bool:
    """A value that names no one ("France", "Mairie", "Monsieur", a function word): never
    propagated, and never a residual of a rescan (:func:`aiguillage.verify.residual_findings`)."""
    return " ".join(value.split()).casefold() in _COMMON


def propagate(text: str, findings: list[Finding]) -> list[Finding]:
    """Every other occurrence of a found value becomes a finding of the same type: a name the
    detector saw once is anonymized everywhere (also in a table, in capitals)."""
    by_value: dict[str, Finding] = {}
    for f in sorted(findings, key=lambda f: -f.score):
        v = text[f.start:f.end]
        if worth_propagating(v):
            by_value.setdefault(v, f)
    extra: list[Finding] = []
    ordered = sorted(findings, key=lambda g: g.start)
    starts = [g.start for g in ordered]
    longest = max((g.end - g.start for g in ordered), default=0)
    for s, e, v in find_spans(text, by_value):
        f = by_value[v]
        # only findings starting less than the longest one's length before s can reach s
        near = ordered[bisect_left(starts, s - longest):bisect_left(starts, e)]
        over = sorted((max(g.start, s), min(g.end, e)) for g in near if g.end > s)
        if not over:
            extra.append(Finding(f.entity_type, s, e, f.score, "propagated"))
            continue
        # Partly found already ("Montpellier" inside "Communauté d'Agglomération de Montpellier"):
        # the rest of the occurrence is replaced too, or the verifier finds the shorter value
        # ("Communauté d'Agglomération de") left beside the label, since the longer one took the span.
        pos = s
        for a, b in [*over, (e, e)]:
            piece = text[pos:a]
            lead = len(piece) - len(piece.lstrip(_EDGE))
            ps, pe = pos + lead, pos + len(piece.rstrip(_EDGE))
            if pe > ps and any(c.isalnum() for c in text[ps:pe]):
                extra.append(Finding(f.entity_type, ps, pe, f.score, "propagated"))
            pos = max(pos, b)
    return findings + extra


_EDGE = " \t\r\n\u00a0,;:.()'’-"
