"""Names introduced by a civility title."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import regex

from aiguillage.detect.recognizers._base import FrNameRecognizerBase
from aiguillage.detect.recognizers.names import CIVILITY, NAME_SEQ

_RX = regex.compile(rf"(?<![\w]){CIVILITY}[ \u00a0]+(?P<name>{NAME_SEQ})")


class FrCivilityNameRecognizer(FrNameRecognizerBase):
    """M., Mme, Monsieur, Madame, Maître, Me, Dr… followed by one to four name words
    (Capitalised, UPPER-CASE or initials, with particles). Roles after the title ("Monsieur le
    Maire") are trimmed away and yield nothing.

    Legal basis: RGPD art. 4(1): a name identifies a natural person directly.
    """

    ENTITIES: ClassVar[list[str]] = ["PERSON"]

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _RX.finditer(text):
            yield m.start("name"), m.end("name"), 0.9, "PERSON"
