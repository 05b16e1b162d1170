"""Names in table columns headed Nom / Prénom."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import regex

from aiguillage.detect.recognizers._base import FrNameRecognizerBase
from aiguillage.detect.recognizers.form_fields import label_value_pairs
from aiguillage.detect.recognizers.names import NAME_TOKEN, NOT_NAMES, PARTICLE

_HEADER_CELL = regex.compile(
    r"^(?:nom(?:\s+(?:et\s+)?pr[ée]noms?|\s+de\s+(?:naissance|famille|l['’]agent|usage))?|pr[ée]noms?|"
    r"(?:nom\s*/\s*pr[ée]nom)|b[ée]n[ée]ficiaire|agent|titulaire|demandeur|allocataire|locataire|"
    r"propri[ée]taire|candidat(?:e)?|[ée]l[eè]ve|patient(?:e)?|usager)$", regex.I)
_LEAD = regex.compile(rf"^(?:{NAME_TOKEN})(?:[ \u00a0]+(?:{PARTICLE}[ \u00a0]+)?(?:{NAME_TOKEN}))*")
def _column_cell(line: str) -> bool:
    """A line that can be one name cell of a column: a few name words, no digits, no header."""
    words = line.split()
    return (0 < len(words) <= 4 and not any(ch.isdigit() for ch in line) and "\t" not in line.strip()
            and not _HEADER_CELL.match(words[0]) and bool(_LEAD.fullmatch(line.strip())))


def _header(cell: str) -> bool:
    return bool(_HEADER_CELL.match(cell.strip())) or cell.strip().casefold() in NOT_NAMES


_NAME_WORDS = {"nom", "prénom", "prénoms", "prenom", "prenoms"}
# "Nom : Dupont   Prénom : Jean" is a form's field, not the header of a table of names, and so is
# "Prénoms ........ Mihai" (a record card's dot leaders: :mod:`form_leaders`)
_FIELD = regex.compile(r"^\s*\S+(?:\s+\S+){0,3}?\s*(?::|\.{3,}|…)")


class FrTableNameRecognizer(FrNameRecognizerBase):
    """Cells under a column headed Nom, Prénom, Nom et prénom, Bénéficiaire, Agent… are names,
    whatever their case. Tab-separated rows (DOCX, ODT, spreadsheets) are read by column;
    space-joined rows (PDF text) by the leading run of name words, as many as the header has
    name columns.

    Legal basis: RGPD art. 4(1).
    """

    ENTITIES: ClassVar[list[str]] = ["PERSON"]

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        lines = list(regex.finditer(r"(?m)^.*$", text))
        i = 0
        while i < len(lines):
            line = lines[i].group()
            if "\t" not in line and _HEADER_CELL.match(line.strip()):
                # a column laid out as lines (PDF text of a table read column by column)
                i += 1
                while i < len(lines) and _column_cell(lines[i].group()):
                    cell = lines[i].group()
                    start = lines[i].start() + len(cell) - len(cell.lstrip())
                    yield start, start + len(cell.strip()), 0.88, "PERSON"
                    i += 1
                continue
            if "\t" in line:
                cells = line.split("\t")
                cols = [j for j, c in enumerate(cells) if _HEADER_CELL.match(c.strip())]
                lead_cols = [j for j, c in enumerate(cells)
                             if j not in cols and c.strip() and _HEADER_CELL.match(c.split()[0])]
                if (cols or lead_cols) and not label_value_pairs(cells):
                    i += 1
                    while i < len(lines) and lines[i].group().strip():
                        row = lines[i].group()
                        yield from self._tab_row(lines[i].start(), row, cols)
                        for j in lead_cols:  # "Prénom Adresse" header: the name leads the cell
                            yield from self._lead_of_cell(lines[i].start(), row, j)
                        i += 1
                    continue
            else:
                words = line.strip().split()
                lead = [w.casefold().strip(",;:") for w in words[:3]]
                if lead and lead[0] in _NAME_WORDS and len(words) >= 2 and not _FIELD.match(line):
                    n = sum(1 for w in lead[:2] if w in _NAME_WORDS) or 1
                    i += 1
                    while i < len(lines) and lines[i].group().strip():
                        yield from self._space_row(lines[i].start(), lines[i].group(), n)
                        i += 1
                    continue
            i += 1

    @staticmethod
    def _lead_of_cell(offset: int, line: str, col: int) -> Iterable[tuple[int, int, float, str]]:
        cells = line.split("\t")
        if col >= len(cells):
            return
        pos = sum(len(c) + 1 for c in cells[:col])
        cell = cells[col]
        m = _LEAD.match(cell.lstrip())
        if m:
            word = m.group().split()[0]
            s = offset + pos + len(cell) - len(cell.lstrip())
            yield s, s + len(word), 0.86, "PERSON"

    @staticmethod
    def _tab_row(offset: int, line: str, cols: list[int]) -> Iterable[tuple[int, int, float, str]]:
        pos = 0
        for j, cell in enumerate(line.split("\t")):
            if j in cols and cell.strip() and not any(ch.isdigit() for ch in cell) and not _header(cell):
                s = offset + pos + (len(cell) - len(cell.lstrip()))
                yield s, s + len(cell.strip()), 0.88, "PERSON"
            pos += len(cell) + 1

    @staticmethod
    def _space_row(offset: int, line: str, n_cols: int) -> Iterable[tuple[int, int, float, str]]:
        stripped = line.lstrip()
        m = _LEAD.match(stripped)
        if not m:
            return
        toks = m.group().split()
        keep = toks[: max(2, n_cols + 1)] if n_cols > 1 else toks[:3]
        keep = [t for t in keep]
        while keep and keep[-1].casefold() in NOT_NAMES:
            keep.pop()
        if not keep:
            return
        s = offset + (len(line) - len(stripped))
        e = stripped.find(keep[-1], sum(len(t) for t in keep[:-1])) + len(keep[-1])
        yield s, offset + (len(line) - len(stripped)) + e, 0.88, "PERSON"
