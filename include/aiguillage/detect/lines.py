"""How detection cuts a text for spaCy, and the line cache a shard owns.

The neural part of detection (spaCy's NER) runs on pieces of a text — a paragraph, a block of
short lines, a property line (:func:`split_pieces`) — never on texts longer than ``CHUNK_CHARS``
(:func:`split_chunks`). A piece is a plain string: the same piece always gets the same analysis,
which is what :class:`LineCache` keeps, for the shard that creates it and nobody else.

Light on purpose (no spaCy, no Presidio): the pipeline creates caches without loading models.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from typing import Any

# spaCy's own limit is 1,000,000 characters; chunks stay far below it to bound memory.
CHUNK_CHARS = 100_000
# A line longer than this is cut at a space: spaCy's cost and memory grow with a doc's length.
MAX_PIECE_CHARS = 2_000
# Lines shorter than this are kept with the next ones (see split_pieces).
SHORT_LINE_CHARS = 80
# Pieces kept (LRU) by a cache: what recurs across a shard (letterheads, property lines, the
# lines an anonymized text shares with its original) stays, since every document refreshes it.
LINE_CACHE_SIZE = 4_096
_LINE = re.compile(r"[^\n]*\n+|[^\n]+$")
# A "name: value" line, as extraction writes document properties (metadata parts): each is a
# piece of its own, so the lines every document of a batch shares ("Template: Normal.dotm",
# "Application: Microsoft Office Word") are analysed once per shard, not once per document.
_FIELD_LINE = re.compile(r"[A-Za-z][\w.-]{0,40}: ")


def split_chunks(text: str, size: int = CHUNK_CHARS) -> Iterable[tuple[int, str]]:
    """Cut ``text`` into pieces of at most ``size`` characters, preferably at a blank line, else
    at a line end, else at a space, so that an entity is rarely cut in two."""
    pos = 0
    while len(text) - pos > size:
        window = text[pos:pos + size]
        cut = max(window.rfind("\n\n"), -1)
        if cut < size // 2:
            cut = window.rfind("\n")
        if cut < size // 2:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = size
        yield pos, text[pos:pos + cut]
        pos += cut
    yield pos, text[pos:]


def split_pieces(text: str, size: int = MAX_PIECE_CHARS, short: int = SHORT_LINE_CHARS) -> Iterator[str]:
    """``text`` as pieces whose concatenation is ``text``: a paragraph (a line) is one piece; short
    lines that follow each other (an address block, a letterhead, a signature) stay together so
    that the model sees them in context, except "name: value" property lines, one piece each; a
    blank line always ends a piece; a line longer than ``size`` is cut after a space (or at
    ``size``)."""
    held = ""
    for m in _LINE.finditer(text):
        line = m.group()
        field = bool(_FIELD_LINE.match(line))
        if held and (field or len(line) > size):
            yield held
            held = ""
        *long_parts, line = _cut(line, size)
        yield from long_parts
        if field:
            yield line
            continue
        held += line
        if len(line.rstrip("\n")) >= short or line.endswith("\n\n") or len(held) >= size:
            yield held
            held = ""
    if held:
        yield held


def _cut(line: str, size: int) -> list[str]:
    """``line`` in pieces of at most ``size`` characters, cut after a space where there is one."""
    out: list[str] = []
    while len(line) > size:
        cut = line.rfind(" ", size // 2, size) + 1 or size
        out.append(line[:cut])
        line = line[cut:]
    return [*out, line]


class LineCache:
    """spaCy's analyses of pieces (piece → spaCy ``Doc``), least recently used first out.

    An explicit object: a shard creates one (:func:`aiguillage.pipeline.process_shard`), passes
    it to each analysis and drops it when the shard ends, so that nothing computed for one shard
    (or before a change of the engine) is ever served to another. ``None`` where a cache is
    optional means "analyse everything afresh"."""

    def __init__(self, size: int = LINE_CACHE_SIZE) -> None:
        self.size = size
        self._docs: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._docs)

    def __contains__(self, piece: object) -> bool:
        return piece in self._docs

    def get_many(self, pieces: Iterable[str]) -> dict[str, Any]:
        """The cached analyses of ``pieces`` (those it has), each marked as just used."""
        with self._lock:
            found = {p: self._docs[p] for p in pieces if p in self._docs}
            for p in found:
                self._docs.move_to_end(p)
        return found

    def put_many(self, docs: dict[str, Any]) -> None:
        """Keep ``docs`` (piece → analysis), dropping the least recently used beyond ``size``."""
        with self._lock:
            for p, doc in docs.items():
                self._docs[p] = doc
                self._docs.move_to_end(p)
            while len(self._docs) > self.size:
                self._docs.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._docs.clear()
