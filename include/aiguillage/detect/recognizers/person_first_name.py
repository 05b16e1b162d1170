"""A known first name standing alone for a person ("déclaré perdu par Sébastien (basket)", "Quentin —
06 …", "Fátima +351 …", "your caretaker, Jean-Marc (everyone calls him …)")."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import ClassVar

import regex

from aiguillage.detect.recognizers._base import FrNameRecognizerBase
from aiguillage.detect.recognizers.names import NOT_NAMES, common_words, first_names

_S = r"[ \u00a0]"
_NAME = regex.compile(r"(?<![\w'’.-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\w'’-]|\.\w)")
_WORD_BEFORE = regex.compile(rf"(?P<word>[\w'’.-]+){_S}+\Z")
_WORD_AFTER = regex.compile(rf"{_S}+(?P<word>\p{{Lu}}[\w'’-]*)")
# what names a place, a building or a street after it ("rue Victor", "collège Arthur", "Saint Louis")
_PLACE_WORDS = frozenset("""
rue avenue av boulevard bd place pl chemin impasse allée quai cours square route passage sentier
saint sainte st ste san santa rond-point pont port tour parc jardin square quartier résidence domaine
clos hameau lotissement cité collège école lycée salle espace stade gymnase centre maison halle théâtre
médiathèque bibliothèque hôpital clinique ehpad foyer rond église chapelle villa mas ferme moulin
""".split())  # noqa: SIM905


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _known(name: str) -> bool:
    """Every part a known first name, accents or not ("Fátima", "Jean-Marc"); a single name that is
    a word of the language too stays ("Rose", "Pierre", "Marine", "Marguerite": a flower, a
    stone), a compound of first names does not ("Jean-Marc", "Marie-Rose")."""
    names = first_names()
    lexicon = common_words()
    parts = name.casefold().split("-")
    if not all(p in names or _unaccented(p) in names for p in parts):
        return False
    if len(parts) > 1:
        # a compound of first names is no word of the language, whatever its parts ("Jean-Marc":
        # "marc" is a word; "Marie-Rose"), unless the lexicon holds the compound itself
        whole = name.casefold()
        return whole not in lexicon and _unaccented(whole) not in lexicon
    return all(p not in lexicon and _unaccented(p) not in lexicon for p in parts)


class FrLoneFirstNameRecognizer(FrNameRecognizerBase):
    """A known first name standing alone: no capitalised word right before it or right after it
    (a full name, a street, "Port Marianne", "Collège Jean Moulin" are not its business), no place
    word before it ("rue Victor", "salle Adrien"), not part of a compound ("Saint-Louis"). In a
    letter, a list or a register such a word is how the writer names a person they know
    ("déclaré perdu par Sébastien", "Quentin — 06 …", "Fátima +351 …"). First names that are also
    words of the language ("Rose", "Pierre", "Marguerite") are left to the recognizers that see
    them used as names.

    Legal basis: RGPD art. 4(1): a first name identifies the person among those who know them.
    """

    CONTEXT: ClassVar[list[str]] = []

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _NAME.finditer(text):
            name = m.group()
            if name.casefold() in NOT_NAMES or not _known(name):
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            before = _WORD_BEFORE.search(text, max(line_start, m.start() - 40), m.start())
            if before is not None:
                word = before.group("word").strip(".,;:()«»\"")
                if word.casefold() in _PLACE_WORDS:
                    continue
                if word[:1].isupper() and word.casefold() not in NOT_NAMES:
                    continue
            after = _WORD_AFTER.match(text, m.end())
            if after is not None and after.group("word").strip(".,;:").casefold() not in NOT_NAMES:
                continue
            yield m.start(), m.end(), 0.7, "PERSON"
