"""Table columns: a column of names is a column of names.

A detector that finds four surnames in a "Nom" column and misses the fifth (in capitals, or a
rare name) would leak it. When most cells of a table column are covered by findings of one type,
the other non-empty cells of that column (header row excepted) are taken as that type too.
"""

from __future__ import annotations

import re
from collections import Counter

from aiguillage.records import Finding

MIN_ROWS = 3           # header + at least two rows
MAJORITY = 0.5         # share of body cells already found
COVER = 0.8            # share of a cell's characters a finding must cover


def _blocks(text: str) -> list[list[list[tuple[int, int]]]]:
    """Runs of consecutive lines with the same number (≥ 2) of tab-separated cells; each cell as
    (start, end) offsets in ``text``."""
    blocks: list[list[list[tuple[int, int]]]] = []
    current: list[list[tuple[int, int]]] = []
    pos = 0
    for line in text.split("\n"):
        cells: list[tuple[int, int]] = []
        start = pos
        for piece in line.split("\t"):
            cells.append((start, start + len(piece)))
            start += len(piece) + 1
        if len(cells) >= 2 and current and len(current[0]) == len(cells):
            current.append(cells)
        else:
            if len(current) >= MIN_ROWS:
                blocks.append(current)
            current = [cells] if len(cells) >= 2 else []
        pos += len(line) + 1
    if len(current) >= MIN_ROWS:
        blocks.append(current)
    return blocks


def _covering_type(text: str, start: int, end: int, findings: list[Finding]) -> str | None:
    chars = [i for i in range(start, end) if not text[i].isspace()]
    if not chars:
        return None
    for f in findings:
        if f.end <= start or f.start >= end:
            continue
        inside = sum(1 for i in chars if f.start <= i < f.end)
        if inside / len(chars) >= COVER:
            return f.entity_type
    return None


def column_findings(text: str, findings: list[Finding]) -> list[Finding]:
    """Findings for the uncovered cells of table columns that are mostly personal."""
    extra: list[Finding] = []
    for block in _blocks(text):
        for col in range(len(block[0])):
            body = [row[col] for row in block[1:] if text[row[col][0]:row[col][1]].strip()]
            if not body:
                continue
            types = [_covering_type(text, s, e, findings) for s, e in body]
            found = Counter(t for t in types if t)
            if not found or sum(found.values()) / len(body) < MAJORITY:
                continue
            etype = found.most_common(1)[0][0]
            for (s, e), t in zip(body, types, strict=True):
                cell = text[s:e]
                if t is None and re.search(r"\w", cell):
                    lead = len(cell) - len(cell.lstrip())
                    trail = len(cell) - len(cell.rstrip())
                    extra.append(Finding(etype, s + lead, e - trail, 0.6, "table_column"))
    return extra
