"""A person named by the business that bears their name ("Fleurs Nadège Roy (EI)", "Transports
Pichon & Fils", "Atelier Boutonnet") and an old register's "Surname (First name)" ("Berthillier
(Pierre)")."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from aiguillage.detect.recognizers._base import FrNameRecognizerBase
from aiguillage.detect.recognizers.names import (
    CAP_TOKEN,
    NOT_NAMES,
    UPPER_TOKEN,
    first_names,
    is_ordinary_word,
)

_S = r"[ \u00a0]"
_WORD = rf"(?:{CAP_TOKEN}|{UPPER_TOKEN}|\p{{Lu}}\.)"
# up to three capitalised words before a sole trader's mark or "& Fils": "Fleurs Nadège Roy (EI)",
# "Boulangerie Grosjean Pascal (EI)", "Transports Pichon & Fils"
_BEFORE_TRADER = regex.compile(
    rf"(?P<name>{_WORD}(?:{_S}+{_WORD}){{0,3}})"
    rf"(?={_S}*(?:\({_S}*(?:EI|EIRL|E\.I\.|(?i:entreprise{_S}+individuelle|micro-entrepr\w+|auto-entrepr\w+))"
    rf"{_S}*\)|{_S}(?:&|et){_S}+(?i:fils|fille|filles)(?![\p{{L}}])))")
# a craftsman's workshop, an old firm: "Atelier Boutonnet", "Ets Chanut", "Établissements Perraud"
# (a shop's trade too: "Miellerie Vuillermoz", "Boulangerie Grosjean", "Garage Perrusset", "Salon
# Élodie B.")
_TRADE = regex.compile(
    rf"(?<![\p{{L}}])(?:Atelier|Ateliers|Ets\.?|[ÉE]tablissements|Maison|Transports|Garage|Taxis?|Ambulances"
    rf"|Salon|Fleurs|Cave|P[ée]pini[èe]res?|(?!Gendarmerie|Tr[ée]sorerie|Paierie)\p{{Lu}}\p{{Ll}}+erie)"
    rf"{_S}+(?P<name>(?:{CAP_TOKEN}|{UPPER_TOKEN})(?:{_S}+(?:{CAP_TOKEN}|{UPPER_TOKEN}|\p{{Lu}}\.))?)"
    rf"(?![\p{{L}}'’-])(?!{_S}+(?:de|du|des|d['’])(?![\p{{L}}]))")
# "Perraud (Claude-Marie)", "BERTHILLIER (Pierre)": a surname, then a known first name in brackets
_SURNAME_FIRST = regex.compile(
    rf"(?<![\p{{L}}'’-])(?P<surname>{CAP_TOKEN}|{UPPER_TOKEN}){_S}*\({_S}*"
    rf"(?P<first>\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?){_S}*\)")


def _named(word: str) -> bool:
    w = word.strip(".")
    return len(w) > 1 and w.casefold() not in NOT_NAMES and not is_ordinary_word(w)


class FrTradeNameRecognizer(FrNameRecognizerBase):
    """The person a business is named after: the words before a sole trader's mark "(EI)" or
    before "& Fils", from the first one no lexicon holds ("Fleurs Nadège Roy (EI)" → "Nadège Roy";
    "Garage Renault (EI)" keeps nothing only if "Renault" were a word); the surname after
    "Atelier", "Ets", "Établissements", "Maison", "Transports" when it is no word ("Atelier
    Boutonnet"; not "Atelier Mosaïque", "Maison Rouge"); and a surname before a known first name in
    brackets, an old register's "Perraud (Claude-Marie)".

    Legal basis: RGPD art. 4(1): a sole trader's business name is their own name.
    """

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _BEFORE_TRADER.finditer(text):
            words = list(regex.finditer(r"\S+", m.group("name")))
            while words and not _named(words[0].group()):
                words.pop(0)
            if words and any(_named(w.group()) for w in words):
                yield m.start("name") + words[0].start(), m.end("name"), 0.75, "PERSON"
        for m in _TRADE.finditer(text):
            words = m.group("name").split()
            if _named(words[0]) and (len(words) == 1 or _named(words[1]) or words[1].endswith(".")):
                yield m.start("name"), m.end("name"), 0.6, "PERSON"
            elif len(words) == 2 and _named(words[0]):
                yield m.start("name"), m.start("name") + len(words[0]), 0.6, "PERSON"
        for m in _SURNAME_FIRST.finditer(text):
            surname = m.group("surname")
            first = m.group("first").split("-")[0].casefold()
            if (first in first_names() and surname.casefold() not in NOT_NAMES
                    and (surname.isupper() or not is_ordinary_word(surname))):
                yield m.start("surname"), m.end("surname"), 0.8, "PERSON"
                yield m.start("first"), m.end("first"), 0.8, "PERSON"
