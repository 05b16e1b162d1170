"""Names spelt with letters outside Latin-1 ("Łukasz Wiśniewski", "Tuğba Öztürk", "Σταύρος
Παπαδάκης", "Dragoș Popescu") where nothing else says they are names (a list, a register)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import regex

from aiguillage.detect.recognizers._base import FrNameRecognizerBase
from aiguillage.detect.recognizers.names import is_ordinary_word

_S = r"[ \u00a0]"
_TOKEN = r"\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)*"
_RUN = regex.compile(rf"(?<![\w'’-]){_TOKEN}(?:{_S}{_TOKEN}){{1,2}}(?![\w'’-])")
# a letter of no Latin-1 word: Latin Extended (ł, ś, ğ, ș, č, ő…), Greek, Cyrillic… (French's own
# œ and Ÿ excepted)
_WIDE = regex.compile(r"[^\x00-\xff\W\d_œŒŸ]")
# a street of another country ("ul. Świętego Marcina", "strada Mihai Eminescu", "ulica …")
_STREET_BEFORE = regex.compile(
    r"(?i)(?:ul\.|ulica|ulice|ulitsa|strada|str\.|utca|cesta|calle|rua|via|aleja|al\.|plac|pl\.|"
    r"odos|οδός|οδ\.|rue|avenue|place|chemin)[ \u00a0]*\Z")
# makes of cars whose name holds such a letter ("une Škoda Octavia")
_MAKES = frozenset({"škoda", "citroën", "dacia", "tesla"})


class FrWideLetterNameRecognizer(FrNameRecognizerBase):
    """Two or three capitalised words, one at least with a letter outside Latin-1 (Polish, Czech,
    Turkish, Romanian, Vietnamese letters; Greek or Cyrillic script) and none a word of the French
    language: in a French document such a run is a person's name ("VAE n° 05 → Łukasz Wiśniewski",
    "Inscrite : Zeynep Yılmaz", "Σταύρος Παπαδάκης"). A street of the person's country is an
    address ("ul. Świętego Marcina"), a car's make is none ("Škoda Octavia").

    Legal basis: RGPD art. 4(1): a name identifies its holder in any alphabet.
    """

    CONTEXT: ClassVar[list[str]] = []

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _RUN.finditer(text):
            words = m.group().split()
            if not _WIDE.search(m.group()) or any(is_ordinary_word(w) for w in words):
                continue
            if words[0].casefold() in _MAKES:
                continue
            if _STREET_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue
            yield m.start(), m.end(), 0.9, "PERSON"
