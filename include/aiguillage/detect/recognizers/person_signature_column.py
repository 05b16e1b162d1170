"""What a register's signature column holds: the signer's name, initials or paraphe as typed from
the paper ("A. Krasniqi", "MD (remis par procuration à …)", "Ana C. de Oliveira") under a header
"Signature", "Signature du titulaire", "Émargement", "Paraphe", in a table whose cells are apart
by "|" or tabulations."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import regex

from aiguillage.detect.recognizers._base import FrNameRecognizerBase
from aiguillage.detect.recognizers.names import is_ordinary_word

_HEADER = regex.compile(r"(?i)^(?:signature|[ée]margement|paraphe|visa)(?:\s+(?:du|de\s+la|de\s+l['’]|des)\s+\p{L}+)?$")  # noqa: E501
# the leading name of the cell: initials and capitalised words, a particle between
_NAME = regex.compile(r"^(?:\p{Lu}\.(?:-\p{Lu}\.)?|\p{Lu}{2,3}(?![\p{L}])|\p{Lu}[\p{L}'’-]+)"
                      r"(?:[ \u00a0]+(?:(?:de|da|du|van|von|el|ben)[ \u00a0]+)?"
                      r"(?:\p{Lu}\.(?:-\p{Lu}\.)?|\p{Lu}[\p{L}'’-]+)){0,3}")


class FrSignatureColumnNameRecognizer(FrNameRecognizerBase):
    """The name or initials leading each cell of a signature column (module docstring). Not what
    says the cell was signed or left ("signé", "Absent", "—", "Refus de signer").

    Legal basis: RGPD art. 4(1): a signature names its signer.
    """

    CONTEXT: ClassVar[list[str]] = []

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        col, sep, width = -1, "", 0
        for line in regex.finditer(r"(?m)^.*$", text):
            row = line.group()
            cut = "|" if "|" in row else ("\t" if "\t" in row else "")
            if not cut:
                col = -1
                continue
            cells = row.split(cut)
            header = [j for j, c in enumerate(cells) if _HEADER.match(c.strip())]
            if header:
                col, sep, width = header[0], cut, len(cells)
                continue
            if col < 0 or cut != sep or len(cells) != width:
                continue
            cell = cells[col]
            v = cell.strip()
            m = _NAME.match(v)
            if m is None:
                continue
            words = [w.strip(".") for w in m.group().split()]
            if all(len(w) > 3 and is_ordinary_word(w) for w in words):
                continue  # "Absent", "Refus de signer"
            s = line.start() + sum(len(c) + 1 for c in cells[:col]) + len(cell) - len(cell.lstrip())
            yield s, s + len(m.group()), 0.85, "PERSON"
