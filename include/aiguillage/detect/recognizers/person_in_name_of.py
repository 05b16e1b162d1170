"""A person named as the holder of a thing: "au nom de « DIAKITE A. »", "chèque à l'ordre de
MARTIN Paul", "un ticket au nom de Lefèvre J."."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from aiguillage.detect.recognizers._base import FrNameRecognizerBase
from aiguillage.detect.recognizers.names import INITIAL, NOT_NAMES, UPPER_TOKEN, is_ordinary_word

_S = r"[ \u00a0]"
# the cue, then an opening quotation mark or none
_CUE = regex.compile(rf"(?<![\p{{L}}])(?i:au{_S}+nom{_S}+d['’e]|à{_S}+l['’]ordre{_S}+d['’e])"
                     rf"{_S}*[«“\"]?{_S}*")
# a surname in capitals and a first name or its initial, in either order ("DIAKITE A.",
# "MARTIN Paul", "A. DIAKITE", "Lefèvre J.")
_CAP = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
_HOLDER = regex.compile(
    rf"(?P<name>(?:{UPPER_TOKEN}|{_CAP}){_S}+(?:{INITIAL}|{_CAP})"
    rf"|{INITIAL}{_S}*(?:{UPPER_TOKEN}|{_CAP})"
    rf"|{UPPER_TOKEN}{_S}+{UPPER_TOKEN}{_S}+(?:{INITIAL}|{_CAP})"
    # all in capitals, as a tax notice or a register writes a holder: "HOFSTETTER MULLER ULRICH"
    # (then no word of the language in it, capitals or not: "SNCF RESEAU", "LA COMMUNE")
    rf"|(?P<capitals>{UPPER_TOKEN}(?:{_S}+{UPPER_TOKEN}){{1,3}}))(?![\p{{L}}'’-])")


class FrInTheNameOfRecognizer(FrNameRecognizerBase):
    """A name after "au nom de" or "à l'ordre de", quoted or not, written as a person writes
    it on a form, a ticket or a cheque: a surname and a first name or its initial ("au nom de
    « DIAKITE A. »", "à l'ordre de MARTIN Paul"). Not an organisation's name: a word of the
    language in it ("au nom de SNCF Réseau", "au nom de la Commune"), nor a heading word.

    Legal basis: RGPD art. 4(1): the name a thing is held in names its holder.
    """

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for c in _CUE.finditer(text):
            m = _HOLDER.match(text, c.end())
            if m is None:
                continue
            words = [w.strip(".") for w in regex.split(r"[ \u00a0]+", m.group("name"))
                     if len(w.strip(".")) > 1]
            if any(w.casefold() in NOT_NAMES or (not w.isupper() and is_ordinary_word(w)) for w in words):
                continue
            if m.group("capitals") and any(is_ordinary_word(w) or len(w) < 3 for w in words):
                continue
            yield m.start("name"), m.end("name"), 0.8, "PERSON"
