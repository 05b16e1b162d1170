"""A name written on a thing ("doudoune marquée au feutre « ZOÉ FAURE-BRAC 6e2 »", "carnet signé
« xabi.b »", "nom sur la couverture : « yasmine b. — Gap »"), a short name introducing oneself before
the full name in brackets ("c'est dumè (Dominique Ortoli)"), and a couple's first names in brackets
after the couple ("M. et Mme Lemaire (Hubert et Sylvie)", "Lord and Lady Ashworth (Charles &
Penelope)")."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from aiguillage.detect.recognizers._base import FrNameRecognizerBase
from aiguillage.detect.recognizers.names import (
    CAP_TOKEN,
    UPPER_TOKEN,
    francophone_first_names,
    is_ordinary_word,
)

_S = r"[ \u00a0]"
# what is said of a name written on an object: signed, marked, labelled, embroidered, engraved; the
# name written on a cover, a label ("nom sur la couverture :")
_MARKED = (r"(?i:sign[ée]e?s?|marqu[ée]e?s?(?:[ \u00a0]+(?:au|à[ \u00a0]+l['’])[ \u00a0]*(?:feutre|stylo|encre|marqueur))?"  # noqa: E501
           r"|[ée]tiquet[ée]e?s?|brod[ée]e?s?|grav[ée]e?s?|nom[ \u00a0]+(?:sur|[ée]crit|inscrit)[^\n:«“\"]{0,40}:)")  # noqa: E501
# a word of the name: letters (any case), a handle's dot ("xabi.b"), an initial ("b.")
_TOKEN = r"\p{L}[\p{L}'’-]*(?:\.\p{L}{1,3}\b)?\.?"
_MARKED_NAME = regex.compile(
    rf"(?<![\w]){_MARKED}{_S}*[«“\"]{_S}*(?P<name>{_TOKEN}(?:{_S}{_TOKEN}){{0,2}})"
    # what may follow the name inside the marks: a class ("6e2"), a place after a dash
    rf"(?={_S}*(?:[»”\"]|\d\p{{L}}*\d*{_S}*[»”\"]|[—–-]{_S}))")
_HANDLE = regex.compile(r"\p{Ll}+\.\p{Ll}{1,3}")
_INITIAL = regex.compile(r"\p{L}\.")
# one introducing oneself by a short name before the full name in brackets: "c'est dumè (Dominique
# Ortoli)", "ici Kiki (Christine Marty)", or after a correction ("C'est Jojo, enfin Joseph Bancel")
_FULL_NAME = rf"(?:{CAP_TOKEN}|{UPPER_TOKEN})(?:{_S}+(?:{CAP_TOKEN}|{UPPER_TOKEN})){{1,2}}"
_SELF_NAMED = regex.compile(
    rf"(?<![\w])(?i:c['’]est|ici|moi,?|je[ \u00a0]+suis)[ \u00a0]+(?P<name>\p{{L}}[\p{{L}}'’-]+)"
    rf"(?={_S}+\({_S}*{_FULL_NAME}{_S}*\)"
    rf"|{_S}*(?P<fix>,){_S}*(?i:enfin|ou{_S}+plut[ôo]t|plut[ôo]t|je{_S}+veux{_S}+dire|pardon|de{_S}+son{_S}+vrai{_S}+nom)"
    rf"{_S}*,?{_S}+{_FULL_NAME})")
# a person's initials after their signature or paraph ("remis en main propre (signature L. F.-M.)",
# "paraphé J.-P. D."): two initials at least; not an office's ("signé P.O.", "visa D.G.S.")
_SIGNED_INITIALS = regex.compile(
    r"(?<![\w])(?i:signature|sign[ée]e?|paraphe|paraph[ée]e?)[ \u00a0]*:?[ \u00a0]*"
    r"(?P<ini>\p{Lu}\.(?:[ \u00a0-]{0,2}\p{Lu}\.){1,3})(?![\w])")
_OFFICE_INITIALS = frozenset({"po", "pi", "pp", "sg", "dg", "dgs", "dga", "dgst", "nb", "sa", "ps"})
# a couple, then its first names in brackets
_COUPLE = (r"(?:(?:M\.|Mr\.?|Monsieur|Lord)[ \u00a0]+(?:et|and|&)[ \u00a0]+(?:Mme|Mrs\.?|Madame|Lady)"
           r"|(?:Mme|Madame)[ \u00a0]+(?:et|&)[ \u00a0]+(?:M\.|Monsieur)|(?i:les[ \u00a0]+[ée]poux|époux))")
_COUPLE_FIRST_NAMES = regex.compile(
    rf"(?<![\w]){_COUPLE}[ \u00a0]+(?:{CAP_TOKEN}|{UPPER_TOKEN})(?:[ \u00a0-]+(?:{CAP_TOKEN}|{UPPER_TOKEN})){{0,2}}"  # noqa: E501
    rf"{_S}*\({_S}*(?P<a>\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?){_S}*(?:et|and|&){_S}*"
    rf"(?P<b>\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?){_S}*\)")


def _first_name(word: str) -> bool:
    return all(p in francophone_first_names() for p in word.casefold().split("-"))


def _is_name(words: list[str]) -> bool:
    """A written name: a known first name among its words, or the shape of a handle ("xabi.b") or of
    a first name and an initial ("yasmine b."); not a phrase of the language ("Défense d'entrer")."""
    if any(w.casefold() in ("de", "du", "des", "d'", "la", "le", "les") for w in words):
        return False
    if len(words) == 1 and _HANDLE.fullmatch(words[0]):
        return True
    if not any(_first_name(w.rstrip(".")) for w in words):
        return False
    rest = [w for w in words if not _first_name(w.rstrip(".")) and not _INITIAL.fullmatch(w)]
    return not rest or not all(is_ordinary_word(w) for w in rest) or len(words) == 1


class FrMarkedNameRecognizer(FrNameRecognizerBase):
    """A name written on a thing in quotation marks after what marks it ("marquée au feutre",
    "signé", "étiqueté", "brodé", "gravé", "nom sur la couverture :"): a known first name with a
    surname or an initial, or a handle ("xabi.b"), in any case; a short name given before the full
    name in brackets by one introducing oneself ("c'est dumè (Dominique Ortoli)"); a couple's first
    names in brackets after the couple ("M. et Mme Lemaire (Hubert et Sylvie)"), first names that are
    words of the language too. Not a phrase in quotation marks ("panneau marqué « Défense
    d'entrer »", "signé « Le Maire »"), nor a pair of words in brackets ("(Paris et Lyon)").

    Legal basis: RGPD art. 4(1): a name, a nickname or a first name identifies the person among
    those who know them.
    """

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _MARKED_NAME.finditer(text):
            words = m.group("name").split()
            if _is_name(words):
                yield m.start("name"), m.end("name"), 0.8, "PERSON"
        for m in _SELF_NAMED.finditer(text):
            word = m.group("name")
            # (corrected into the full name, a capitalised word is the short name even when it is a
            # word too: "C'est Jojo, enfin Joseph Bancel")
            if (not is_ordinary_word(word) or word.casefold() in francophone_first_names()
                    or (m.group("fix") and word[:1].isupper() and not word.isupper())):
                # (above the model's 0.85 when the word is one of the lexicon: Presidio keeps the
                # higher of two equal spans, and the model's is dropped as ordinary words)
                yield m.start("name"), m.end("name"), 0.88 if is_ordinary_word(word) else 0.75, "PERSON"
        for m in _SIGNED_INITIALS.finditer(text):
            if "".join(c for c in m.group("ini") if c.isalpha()).casefold() not in _OFFICE_INITIALS:
                yield m.start("ini"), m.end("ini"), 0.8, "PERSON"
        for m in _COUPLE_FIRST_NAMES.finditer(text):
            if _first_name(m.group("a")) or _first_name(m.group("b")):
                # (above the model's 0.85: a first name that is a word of the lexicon too, "Hubert",
                # is dropped from the model's findings as noise and must not swallow this one)
                yield m.start("a"), m.end("a"), 0.88, "PERSON"
                yield m.start("b"), m.end("b"), 0.88, "PERSON"
