"""Names introduced by a civility title."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import regex

from aiguillage.detect.recognizers._base import FrNameRecognizerBase
from aiguillage.detect.recognizers.names import (
    CAP_TOKEN,
    CIVILITY,
    NAME_SEQ,
    UPPER_TOKEN,
    first_names,
    francophone_first_names,
    is_ordinary_word,
)

# the title at a line's end and the name on the next line ("et Madame⏎BENOLIARGHA-JAFFIOL")
# a surname may open with its particle in lower case ("M. d'Arcy", "Mme de Villiers", "M. du Guesclin")
_LEAD = r"(?:d['’](?=\p{Lu})|(?:de|du|des)[ \u00a0]+(?:la[ \u00a0]+)?(?=\p{Lu}))?"
_RX = regex.compile(rf"(?<![\w]){CIVILITY}(?:[ \u00a0]+|[ \u00a0]*\n[ \u00a0]*)(?P<name>{_LEAD}{NAME_SEQ}"
                    rf"(?:[ \u00a0]*\n[ \u00a0]*(?:{UPPER_TOKEN}(?:[ \u00a0]+{UPPER_TOKEN})?(?![\w])"
                    rf"|{CAP_TOKEN}(?=[,;.]|[ \u00a0]+[a-zàâéèêîôûç])))?)")

# a word in lower case after the wrapped word: a sentence goes on
_SENTENCE_ON = regex.compile(r"[ \u00a0]+[a-zàâéèêîôûç]")



def _whole_before(words: list[str]) -> bool:
    """The name before a line break needs nothing more: two words, or one that is no first name."""
    return len(words) >= 2 or (len(words) == 1 and words[0].casefold() not in first_names()
                               and words[0].casefold() not in francophone_first_names())


class FrCivilityNameRecognizer(FrNameRecognizerBase):
    """M., Mme, Monsieur, Madame, Maître, Me, Dr… followed by one to four name words
    (Capitalised, UPPER-CASE or initials, with particles), the surname possibly wrapped to the
    next line ("Mme Susanne⏎COULON"). Roles after the title ("Monsieur le
    Maire") are trimmed away and yield nothing.

    Legal basis: RGPD art. 4(1): a name identifies a natural person directly.
    """

    ENTITIES: ClassVar[list[str]] = ["PERSON"]

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _RX.finditer(text):
            start, end = m.start("name"), m.end("name")
            wrap = text.rfind("\n", start, end)
            if (wrap >= 0 and _SENTENCE_ON.match(text, end) and is_ordinary_word(text[wrap + 1:end].strip())
                    and _whole_before(text[start:wrap].split())):
                # the next line opens a sentence with a word of the language ("M. Patrice
                # Gineste⏎Agriculteur exploitant…", "Titulaire : M. et Mme Quéré⏎Dette au …"):
                # the name ends with its line ("M. Albert⏎Boulanger et son épouse": a first name
                # alone waits for its surname)
                end = wrap
            yield start, end, 0.9, "PERSON"
