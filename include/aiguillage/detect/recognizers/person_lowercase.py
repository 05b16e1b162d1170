"""Names written in lower case, as people write them in e-mails ("c'est jean-marc dupuis", "-- jm dupuis")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import regex

from aiguillage.detect.recognizers._base import FrNameRecognizerBase
from aiguillage.detect.recognizers.names import NOT_NAMES, first_names, is_common_word

_LOW = r"[a-zàâäçéèêëîïôöùûüÿœæ]"
_WORD = rf"{_LOW}+(?:[-'’]{_LOW}+)*"
# the writer introduces themself: "c'est jean-marc dupuis", "je suis nadège", "je m'appelle …"
_SELF = regex.compile(rf"(?<![\w])(?:c['’]est|moi\s+c['’]est|je\s+suis|je\s+m['’]appelle|ici)[ \u00a0]+"
                      rf"(?P<first>{_WORD})(?:[ \u00a0]+(?P<last>{_WORD}))?", regex.I)
# a signature under the "-- " separator of an e-mail: one short line of lower-case words
_SIG = regex.compile(rf"(?m)^--[ \u00a0]*\n(?:[ \u00a0]*\n)?[ \u00a0]*(?P<name>{_WORD}(?:[ \u00a0]+{_WORD}){{0,2}})[ \u00a0]*$")  # noqa: E501


# a civility in lower case, then a surname in lower case: "mon voisin m. tessier"
_LOW_CIVILITY = regex.compile(
    rf"(?<![\w.])(?:m\.|mme|mlle|monsieur|madame)[ \u00a0]+(?P<name>{_WORD})(?![\w'’-])")
# an enumeration of single lower-case words: "fanfan, didier, bernadette et marc-antoine"
_ENUMERATION = regex.compile(
    rf"(?<![\w'’-]){_WORD}(?:[ \u00a0]*,[ \u00a0]*{_WORD}){{1,}}[ \u00a0]*,?[ \u00a0]+et[ \u00a0]+{_WORD}"
    r"(?![\w'’-])")
_ITEM = regex.compile(rf"{_WORD}")
# a first name in lower case where only a person can be: at someone's home ("chez josiane"), or an
# item of a list of those present ("présents : josiane, marie-thé, Nadia, Oscar")
_AT_HOME = regex.compile(rf"(?<![\w])chez[ \u00a0]+(?P<name>{_WORD})(?![\w'’-])")
_PRESENT = regex.compile(r"(?im)(?<![\w])(?:pr[ée]sente?s|excus[ée]e?s|absente?s|participante?s)[ \u00a0]*:"
                         r"(?P<list>[^\n]+)")
_ITEM_LOW = regex.compile(rf"(?:^|(?<=[,;:]))[ \u00a0]*(?P<name>{_WORD})(?=[ \u00a0]*(?:[,;.(]|$| et ))")
# initials and a surname in lower case standing alone between a message's separators ("index 3342 -
# jp chaize - compteur …", "signé : jm dupuis."): two or three consonants, then a word
_INITIALS_SURNAME = regex.compile(
    r"(?:^|(?<=[-–—:;,|(]|[-–—:;,|(][ \u00a0]))[ \u00a0]*"
    rf"(?P<name>(?P<ini>[bcdfghjklmnpqrstvwxz]{{2,3}})[ \u00a0]+(?P<last>{_WORD}))"
    r"[ \u00a0]*(?=$|[-–—;,.|)]|[ \u00a0][-–—|][ \u00a0])", regex.M)


def _first_name(word: str) -> bool:
    names = first_names()
    return all(part in names for part in word.casefold().split("-"))


class FrLowercaseNameRecognizer(FrNameRecognizerBase):
    """A name in lower case: a surname after a civility in lower case ("m. tessier"); the items
    of an enumeration of lower-case words two thirds of which are known first names ("fanfan,
    didier, bernadette et marc-antoine"); a known first name (hyphenated ones too) after the writer's
    self-introduction, with the surname that follows unless it is an ordinary word; a line of one
    to three lower-case words under an e-mail's "-- " separator when it holds a first name or
    initials ("jm dupuis"); initials and a surname in lower case standing alone between a message's
    separators ("index 3342 - jp chaize - compteur …"); a known first name in lower case at someone's
    home ("chez josiane") or in a list of those present ("présents : josiane, Nadia").

    Legal basis: RGPD art. 4(1): the writer of a message is a private person.
    """

    ENTITIES: ClassVar[list[str]] = ["PERSON"]

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _SELF.finditer(text):
            first = m.group("first")
            if first != first.casefold() or not _first_name(first):
                continue
            last = m.group("last")
            end = m.end("first")
            if last and last == last.casefold() and len(last) >= 4 and not is_common_word(last):
                end = m.end("last")
            # above the model's 0.85: the rule's finding is kept over the model's of the same
            # span, and its words are sought again in lower case (the model's are not)
            yield m.start("first"), end, 0.88, "PERSON"
        for m in _LOW_CIVILITY.finditer(text):
            name = m.group("name")
            if len(name) >= 3 and not is_common_word(name) and name not in NOT_NAMES:
                yield m.start("name"), m.end("name"), 0.75, "PERSON"
        for m in _ENUMERATION.finditer(text):
            items = [i for i in _ITEM.finditer(m.group()) if i.group() != "et"]
            firsts = sum(_first_name(i.group()) for i in items)
            if len(items) >= 3 and firsts >= 2 and firsts * 3 >= len(items) * 2:
                for i in items:  # the others of a list of first names are first names too
                    yield m.start() + i.start(), m.start() + i.end(), 0.75, "PERSON"
        for m in _AT_HOME.finditer(text):
            name = m.group("name")
            if _first_name(name) and not is_common_word(name):
                yield m.start("name"), m.end("name"), 0.75, "PERSON"
        for m in _PRESENT.finditer(text):
            for i in _ITEM_LOW.finditer(m.group("list")):
                name = i.group("name")
                if _first_name(name) and not is_common_word(name):
                    s = m.start("list") + i.start("name")
                    yield s, s + len(name), 0.75, "PERSON"
        for m in _INITIALS_SURNAME.finditer(text):
            last = m.group("last")
            if (len(last) >= 3 and set(last) & set("aeiouyàâéèêëîïôûù") and not is_common_word(last)
                    and last not in NOT_NAMES):
                yield m.start("name"), m.end("name"), 0.75, "PERSON"
        for m in _SIG.finditer(text):
            words = m.group("name").split()
            # a first name, or initials: two or three letters without a vowel ("jm", "fx")
            if any(_first_name(w) or (len(w) <= 3 and not set(w) & set("aeiouyàâéèêëîïôûù")) for w in words):
                yield m.start("name"), m.end("name"), 0.75, "PERSON"
