"""A known first name standing alone for a person ("déclaré perdu par Sébastien (basket)", "Quentin —
06 …", "Fátima +351 …", "your caretaker, Jean-Marc (everyone calls him …)")."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import ClassVar

import regex

from aiguillage.detect.recognizers._base import FrNameRecognizerBase
from aiguillage.detect.recognizers.bodies import is_body_head
from aiguillage.detect.recognizers.names import NOT_NAMES, common_words, first_names, francophone_first_names

_S = r"[ \u00a0]"
_NAME = regex.compile(r"(?<![\w'’.-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\w'’-]|\.\w)")
_WORD_BEFORE = regex.compile(rf"(?P<word>[\w'’.-]+){_S}+\Z")
_PARTICLES = frozenset({"de", "du", "des", "d'", "d’"})
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


# what only a person does, right after a first name: "Ophélie a accepté d'animer…", "Claire nous a
# écrit", "Constance, peux-tu…", "Aurore s'occupe des inscriptions"
_PERSON_VERB = regex.compile(
    rf"(?:{_S}+(?:a|avait|aura|m['’]a|nous{_S}+a|t['’]a|vous{_S}+a|l['’]a|leur{_S}+a){_S}+"
    r"(?:accept[ée]e?|propos[ée]e?|r[ée]pondu|demand[ée]|dit|[ée]crit|confirm[ée]|appel[ée]|t[ée]l[ée]phon[ée]"
    r"|promis|signal[ée]|pr[ée]venu|pr[ée]cis[ée]|expliqu[ée]|indiqu[ée]|rappel[ée]|envoy[ée]|transmis)"
    rf"|{_S}+(?:est|sera|[ée]tait){_S}+(?:d['’]accord|joignable|partante?|disponible|absente?|excus[ée]e?)"
    rf"|{_S}*,{_S}+(?:peux-tu|pourrais-tu|tu{_S}+peux|peux{_S}+tu|merci{_S}+de|n['’]oublie)"
    rf"|{_S}+(?:s['’]occupe|se{_S}+charge|se{_S}+propose|animera|viendra|apportera|accepte|propose{_S}+de))(?![\w])")
# what may stand before such a subject: the line's start, a bullet or a punctuation mark, a
# conjunction ("et Ophélie a accepté"); not a noun or an article ("mon père Noël viendra", "la Marine")
_SUBJECT_BEFORE = regex.compile(
    r"(?:^|\n|[-•*,;:.!?(«\"—–]|(?<![\w])(?i:et|mais|puis|alors|donc|car|que|qu['’]|quand|si|ensuite))[ \u00a0]*\Z")  # noqa: E501


def _first_name_word(name: str) -> bool:
    """A first name that is also a word of the lexicon ("Ophélie", "Claire", "Constance"): a name
    only where what follows is what a person does (:data:`_PERSON_VERB`)."""
    return all(p in francophone_first_names() for p in name.casefold().split("-"))


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
            if name.casefold() in NOT_NAMES:
                continue
            if not _known(name):
                # a first name that is a word too, followed by what a person does ("Ophélie a
                # accepté", not "la Marine a accepté", "Rose a fleuri")
                if not (_first_name_word(name) and _PERSON_VERB.match(text, m.end())
                        and _SUBJECT_BEFORE.search(text, max(0, m.start() - 12), m.start())):
                    continue
                acting = True
            else:
                acting = False
            line_start = text.rfind("\n", 0, m.start()) + 1
            before = _WORD_BEFORE.search(text, max(line_start, m.start() - 40), m.start())
            if before is not None:
                word = before.group("word").strip(".,;:()«»\"")
                if word.casefold() in _PLACE_WORDS:
                    continue
                if word.casefold() in _PARTICLES:
                    # a body named after its place ("Université de Lorraine", "Caisse d'épargne de
                    # Florence"): the word before the particle heads a body's name
                    head = _WORD_BEFORE.search(text, max(line_start, before.start() - 40), before.start())
                    if head is not None and is_body_head(head.group("word").strip(".,;:()«»\"")):
                        continue
                if word[:1].isupper() and word.casefold() not in NOT_NAMES:
                    continue
            after = _WORD_AFTER.match(text, m.end())
            if after is not None and after.group("word").strip(".,;:").casefold() not in NOT_NAMES:
                continue
            # (above the model's 0.85: its span of the same word, a word of the lexicon, is dropped
            # as noise and must not swallow this one)
            yield m.start(), m.end(), 0.88 if acting else 0.7, "PERSON"
