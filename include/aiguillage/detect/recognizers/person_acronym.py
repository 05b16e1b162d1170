"""A person's initials given in brackets after their name and used for them afterwards
("Jean-Pierre Vuillemin (JPV) … Réservations : JPV")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import regex

from aiguillage.detect.recognizers._base import FrNameRecognizerBase
from aiguillage.detect.recognizers.names import NAME_SEQ

_RX = regex.compile(rf"(?P<name>{NAME_SEQ})[ \u00a0]*\((?P<acro>\p{{Lu}}{{2,4}})\)")
_WORD = regex.compile(r"\p{Lu}[\p{L}'’]*")


class FrNameAcronymRecognizer(FrNameRecognizerBase):
    """Two to four capitals in brackets right after a name, when they are that name's initials
    (each word's, and each part of a hyphenated first name's): "Jean-Pierre Vuillemin (JPV)".
    The acronym is then the person's name everywhere in the document (the repeated-name step
    seeks it). An organisation's acronym ("Caisse d'allocations familiales (CAF)") is not a
    person's name: its words are not a name's.

    Legal basis: RGPD art. 4(1): initials used as a name identify the person they stand for.
    """

    ENTITIES: ClassVar[list[str]] = ["PERSON"]

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _RX.finditer(text):
            initials = "".join(w[0] for w in _WORD.findall(m.group("name")))
            if initials.upper() == m.group("acro"):
                yield m.start("acro"), m.end("acro"), 0.8, "PERSON"
