"""Other names of a person: the maiden or married name ("née GUÉGUEN", "épouse Le Goff", "veuve
MARTIN") and the name they go by, written next to their full name ("Loulou (Louis-Marie Ricordel)",
"« Tonton » Gérard Lassalle")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import regex

from aiguillage.detect.recognizers._base import FrNameRecognizerBase
from aiguillage.detect.recognizers.names import (
    ALIAS_ROLES,
    CAP_TOKEN,
    CIVILITY,
    PARTICLE,
    UPPER_TOKEN,
    first_names,
    is_ordinary_word,
)

_S = r"[ \u00a0]"
# the cue in prose case ("née", "épouse", "Veuve MARTIN" at the start of a line): "NÉE" in
# capitals opens a heading
# (a score above the model's 0.85: an alias that is also a word, "Tonton", is kept over the model's
# finding of the same span, which the ordinary-word filter drops)
_BIRTH_NAME = regex.compile(
    rf"(?<![\w])(?:n[ée]e|n[ée]|[ÉéEe]pouse|[ée]poux|[Vv]euve|[Vv]euf|divorc[ée]e)(?:{_S}+|{_S}*:{_S}*)"
    rf"(?P<name>(?:(?:{PARTICLE}){_S}+)?(?:{UPPER_TOKEN}|{CAP_TOKEN})"
    rf"(?:[ \u00a0-]+(?:{UPPER_TOKEN}|{CAP_TOKEN})){{0,2}})"
    r"(?![\w'’-])")
# the name before "épouse", "née", "veuve" (same line, a comma allowed): with the other name, one
# name of the person ("LARRALDE épouse CAZENAVE", "Mme KOWALCZYK Jadwiga, épouse MAZUREK"): the
# cue word between two replaced names would still tell a marriage or a widowhood
_NAME_WORD_ = rf"(?:(?:{PARTICLE}){_S}+)?(?:{UPPER_TOKEN}|{CAP_TOKEN})"
_NAME_BEFORE_CUE = regex.compile(
    rf"(?<![\w'’-])(?P<left>{_NAME_WORD_}(?:[ \u00a0-]+{_NAME_WORD_}){{0,3}}){_S}*,?{_S}+$")
# a full name: a first name, then one to three name words
_FULL = rf"{CAP_TOKEN}(?:{_S}+(?:{PARTICLE}{_S}+)?(?:{CAP_TOKEN}|{UPPER_TOKEN})){{1,3}}"
# "Loulou (Louis-Marie Ricordel)": one word, then the full name in brackets
_ALIAS_BEFORE = regex.compile(
    rf"(?<![\w'’-])(?P<alias>\p{{Lu}}\p{{Ll}}{{2,}}){_S}*\({_S}*(?:{CIVILITY}{_S}+)?(?P<name>{_FULL}){_S}*\)")
# "« Tonton » Gérard Lassalle", "Gérard Lassalle « Tonton »"
_QUOTED = rf"[«“\"]{_S}*(?P<alias>\p{{Lu}}[\p{{L}}'’-]+){_S}*[»”\"]"
_QUOTED_BEFORE = regex.compile(rf"(?<![\w]){_QUOTED}{_S}+(?P<name>{_FULL})")
_QUOTED_AFTER = regex.compile(rf"(?P<name>{_FULL}){_S}+(?:\({_S}*)?{_QUOTED}")
# the nickname between the first name and the surname, in capitals too: "AÏCHA « KIKA » BENSALEM",
# "Guillaume « Guigui » Rameau"
_QUOTED_INSIDE = regex.compile(
    rf"(?<![\w'’-])(?P<first>{CAP_TOKEN}|{UPPER_TOKEN}){_S}+{_QUOTED}{_S}+(?P<last>{CAP_TOKEN}|{UPPER_TOKEN})"
    r"(?![\w'’-])")
# a couple under one civility each: "M. et Mme Raymond et Germaine Gaborieau"
_COUPLE = regex.compile(
    rf"(?<![\w])(?:M\.|Monsieur){_S}+et{_S}+(?:Mme|Madame){_S}+"
    rf"(?P<name>{CAP_TOKEN}{_S}+et{_S}+{CAP_TOKEN}{_S}+(?:(?:{PARTICLE}){_S}+)?(?:{UPPER_TOKEN}|{CAP_TOKEN})"
    rf"(?:[ \u00a0-]+(?:{UPPER_TOKEN}|{CAP_TOKEN})){{0,2}})")
_ROLES = ALIAS_ROLES
_AFTER_CIVILITY = regex.compile(rf"(?<![\w]){CIVILITY}{_S}+$")
_NOT_MONTHS = frozenset("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split())  # noqa: E501,SIM905


def _known_first(name: str) -> bool:
    first = name.split()[0]
    return all(p.casefold() in first_names() for p in first.split("-"))


def _may_be_nickname(word: str) -> bool:
    """A word before a full name in brackets is its other name when it is no word of the language,
    a known first name or a nickname's doubled syllable ("Loulou", "Dédé"); a word of the
    language is the task or the heading the person is listed under ("Pâtisserie (Mme Jeanne
    Roux)", "Buvette (M. Guy Ferrand)")."""
    from aiguillage.detect.related import may_be_alias

    return may_be_alias(word)


class FrAliasRecognizer(FrNameRecognizerBase):
    """A person's other name: the birth or married name after "née", "épouse", "veuve" (in capitals
    or capitalised, with a particle: "née GUÉGUEN", "épouse Le Goff"; "née le", "née à" are dates
    and places); a nickname next to the full name that starts with a known first name, in
    brackets after it ("Loulou (Louis-Marie Ricordel)") or in quotation marks before or after it
    ("« Tonton » Gérard Lassalle"). A role before a name in brackets ("Présidente (Anne Roux)")
    is no other name.

    Legal basis: RGPD art. 4(1): a maiden name or a nickname identifies the person as their name
    does.
    """

    ENTITIES: ClassVar[list[str]] = ["PERSON"]

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _BIRTH_NAME.finditer(text):
            if m.group("name").casefold() not in _NOT_MONTHS:
                yield m.start("name"), m.end("name"), 0.88, "PERSON"
                if text[m.start()].islower():
                    before = _NAME_BEFORE_CUE.search(text, max(0, m.start() - 80), m.start())
                    if before is not None and "\n" not in text[before.start():m.start()] and any(
                            not is_ordinary_word(w) for w in before.group("left").replace("-", " ").split()):
                        yield before.start("left"), m.end("name"), 0.88, "PERSON"
        for m in _COUPLE.finditer(text):
            yield m.start("name"), m.end("name"), 0.9, "PERSON"
        for m in _ALIAS_BEFORE.finditer(text):
            alias = m.group("alias")
            if alias.casefold() not in _ROLES and _known_first(m.group("name")) and _may_be_nickname(alias):
                yield m.start("alias"), m.end("alias"), 0.88, "PERSON"
        for m in _QUOTED_INSIDE.finditer(text):
            if _known_first(m.group("first")) and m.group("alias").casefold() not in _ROLES:
                yield m.start("first"), m.end("last"), 0.88, "PERSON"
                yield m.start("alias"), m.end("alias"), 0.88, "PERSON"
        for rx in (_QUOTED_BEFORE, _QUOTED_AFTER):
            for m in rx.finditer(text):
                before = text[max(0, m.start("name") - 12):m.start("name")]
                named = _known_first(m.group("name")) or _AFTER_CIVILITY.search(before)
                if m.group("alias").casefold() not in _ROLES and named:
                    yield m.start("alias"), m.end("alias"), 0.88, "PERSON"
