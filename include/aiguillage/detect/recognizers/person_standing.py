"""First names and surnames where they stand for a person ("Bonjour Marina,", "Anny m'a dit",
"chez les Kerdraon", "Passagers : Anny ; Jo")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import regex

from aiguillage.detect.recognizers._base import FrNameRecognizerBase
from aiguillage.detect.recognizers.names import CAP_TOKEN, NOT_NAMES, first_names, is_ordinary_word

_S = r"[ \u00a0]"
# above the model's 0.85: Presidio keeps one of two findings of a type when one holds the other,
# the surer first, and the model's "Bonjour Marina" would be trimmed to an ordinary word, dropped
_SCORE = 0.9
_NAME = rf"{CAP_TOKEN}(?:{_S}+{CAP_TOKEN})?"
# "Bonjour Marina,", "Chère Pascale !", "Salut Anny" at a line's end
_SALUTATION = regex.compile(
    rf"(?<![\w])(?i:bonjour|bonsoir|salut|coucou|cher|ch[èe]re)(?:{_S}+|,{_S}*)(?P<name>{_NAME})"
    rf"(?={_S}*(?:[,!.]|\n|$))")
# "Anny m'a dit", "Marina nous a prévenus", "Lou lui a répondu"
_SPEECH = regex.compile(
    rf"(?<![\w'’-])(?<!(?<![\w])(?i:de|du|des|à|en|sur|par){_S}+)(?<!(?<![\w])(?i:d)['’])(?P<name>{CAP_TOKEN})(?={_S}+(?:(?P<pron>m['’]|nous{_S}+|lui{_S}+|leur{_S}+|vous{_S}+))?"
    rf"(?:a|avait){_S}+(?i:dit|expliqu[ée]|appel[ée]|racont[ée]|pr[ée]venue?s?|confirm[ée]|[ée]crit|r[ée]pondu"
    rf"|demand[ée]|promis|assur[ée]|t[ée]l[ée]phon[ée])(?![\w]))")
# "chez Marina", "chez les Kerdraon"
_CHEZ = regex.compile(rf"(?<![\w])(?i:chez){_S}+(?P<les>les{_S}+)?(?P<name>{CAP_TOKEN})(?![\w'’-])")
# "Passagers : Anny ; Lucien et Marthe Zimmermann ; Jo." — a label naming persons, then items
_LIST = regex.compile(
    rf"(?<![\w])(?i:passag(?:ers|[èe]res)|pr[ée]sente?s|absente?s|excus[ée]e?s|conducteurs|conductrices"
    rf"|b[ée]n[ée]voles|participante?s|invit[ée]e?s|inscrite?s|accompagnat(?:eurs|rices)|convives"
    rf"|signataires){_S}*:{_S}*(?P<items>[^\n]+)")
_ITEM_NAME = regex.compile(
    rf"^(?:(?:M|MM|Mme|Mmes|Mlle)\.?{_S}+)?(?P<name>{CAP_TOKEN}(?:{_S}+(?:et{_S}+)?{CAP_TOKEN}){{0,3}})"
    rf"{_S}*(?:\(|$)")
# words that follow a salutation and name nobody: "Chers Amis", "Chère Collègue"
_ADDRESS_NOUNS = frozenset("""
ami amie amis amies collègue collègues voisin voisine voisins voisines adhérent adhérente adhérents
adhérentes membre membres parent parents tous toutes équipe famille habitant habitants habitante
riverain riverains riveraine camarade camarades confrère consœur internaute internautes lecteur lectrice
lecteurs client cliente clients abonné abonnée abonnés public monde
""".split())  # noqa: SIM905


def _ordinary(word: str) -> bool:
    """A word that is no first name and is a word of the language."""
    return word.casefold() not in first_names() and is_ordinary_word(word)


def _noun_of_address(span: str) -> bool:
    return any(w.casefold() in _ADDRESS_NOUNS or w.casefold() in NOT_NAMES for w in span.split())


class FrStandingNameRecognizer(FrNameRecognizerBase):
    """A capitalised word that stands for a person by where it is written, even when it is also a
    word of the language ("Marina", "Rose", "Pascale"): after a salutation ("Bonjour Marina,"),
    before a verb of speech with its pronoun ("Marina m'a dit", "Anny nous a prévenus"; without
    it, a known first name only: "la cour d'appel de Versailles a confirmé" is none), after
    "chez les" ("chez les Kerdraon"), or as an item of a list under a label naming persons
    ("Passagers : Anny ; Lucien et Marthe Zimmermann ; Jo", "Bénévoles : Nour, Perle, Ange").
    Without the pronoun, after "chez" alone, or in a list of ordinary words only, a word is kept
    ("chez Orange", "Présents : Bureau ; Conseil"); an
    address to a group ("Chers Amis", "Bonjour à tous") names nobody; capitals alone (a brand,
    "chez LIDL") are no first name.

    Legal basis: RGPD art. 4(1): a first name identifies the person among those who know them.
    """

    CONTEXT: ClassVar[list[str]] = []

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _SALUTATION.finditer(text):
            name = m.group("name")
            if not _noun_of_address(name):
                yield m.start("name"), m.end("name"), _SCORE, "PERSON"
        for m in _SPEECH.finditer(text):
            name = m.group("name")
            if not _noun_of_address(name) and (m.group("pron") or name.casefold() in first_names()):
                yield m.start("name"), m.end("name"), _SCORE, "PERSON"
        for m in _CHEZ.finditer(text):
            name = m.group("name")
            if not _noun_of_address(name) and (m.group("les") or not _ordinary(name)):
                yield m.start("name"), m.end("name"), _SCORE, "PERSON"
        for m in _LIST.finditer(text):
            yield from _list_items(m.group("items"), m.start("items"))


def _body(words: list[str]) -> bool:
    """An item that names a body, not a person: several words led by a word of the language
    ("Secours populaire"), or three capitalised words or more led by no first name ("Entraide
    Ukraine Drôme"; "Jean Paul Dupont" is a person)."""
    return len(words) > 1 and (
        _ordinary(words[0]) or (len(words) > 2 and words[0].casefold() not in first_names())
    )


def _list_items(items: str, pos: int) -> Iterable[tuple[int, int, float, str]]:
    """The names of a list's items (";" between them, or "," when there is no ";"): when one
    item at least is no word of the language ("Nour, Perle, Ange"), every capitalised item is a
    name; a list of ordinary words only ("Bureau ; Conseil") names nobody, nor does an item of
    several words led by an ordinary one ("Secours populaire", "Entraide Ukraine Drôme")."""
    sep = ";" if ";" in items else ","
    found: list[tuple[int, int, bool]] = []
    for item in items.split(sep):
        lead = len(item) - len(item.lstrip())
        body = item.strip().rstrip(".")
        im = _ITEM_NAME.match(body)
        words = [w for w in im.group("name").split() if w != "et"] if im else []
        if (
            im
            and not any(c.isdigit() for c in body)
            and not _noun_of_address(im.group("name"))
            and not _body(words)
        ):
            s = pos + lead + im.start("name")
            found.append((s, s + len(im.group("name")), not all(_ordinary(w) for w in words)))
        pos += len(item) + 1
    if any(named for _, _, named in found):
        yield from ((s, e, _SCORE, "PERSON") for s, e, _ in found)
