"""Names written in lower case, as people write them in e-mails ("c'est jean-marc dupuis", "-- jm dupuis")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import regex

from aiguillage.detect.recognizers._base import FrNameRecognizerBase
from aiguillage.detect.recognizers.names import first_names, is_common_word

_LOW = r"[a-zàâäçéèêëîïôöùûüÿœæ]"
_WORD = rf"{_LOW}+(?:[-'’]{_LOW}+)*"
# the writer introduces themself: "c'est jean-marc dupuis", "je suis nadège", "je m'appelle …"
_SELF = regex.compile(rf"(?<![\w])(?:c['’]est|moi\s+c['’]est|je\s+suis|je\s+m['’]appelle|ici)[ \u00a0]+"
                      rf"(?P<first>{_WORD})(?:[ \u00a0]+(?P<last>{_WORD}))?", regex.I)
# a signature under the "-- " separator of an e-mail: one short line of lower-case words
_SIG = regex.compile(rf"(?m)^--[ \u00a0]*\n(?:[ \u00a0]*\n)?[ \u00a0]*(?P<name>{_WORD}(?:[ \u00a0]+{_WORD}){{0,2}})[ \u00a0]*$")  # noqa: E501


def _first_name(word: str) -> bool:
    names = first_names()
    return all(part in names for part in word.casefold().split("-"))


class FrLowercaseNameRecognizer(FrNameRecognizerBase):
    """A name in lower case: a known first name (hyphenated ones too) after the writer's
    self-introduction, with the surname that follows unless it is an ordinary word; a line of one
    to three lower-case words under an e-mail's "-- " separator when it holds a first name or
    initials ("jm dupuis").

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
            yield m.start("first"), end, 0.8, "PERSON"
        for m in _SIG.finditer(text):
            words = m.group("name").split()
            # a first name, or initials: two or three letters without a vowel ("jm", "fx")
            if any(_first_name(w) or (len(w) <= 3 and not set(w) & set("aeiouyàâéèêëîïôûù")) for w in words):
                yield m.start("name"), m.end("name"), 0.75, "PERSON"
