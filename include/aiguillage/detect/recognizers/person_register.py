"""A register's or a decree's entry "SURNAME (First names)": the surname in capitals, then the
first names in brackets, apart by commas ("OUEDRAOGO (Wendpanga, Aristide)", "BEN SALAH (Mehdi,
Karim), né le 30/11/1990 à Sfax", "KOWALSKA (Agnieszka, Małgorzata)"), at a line's or a cell's
start, or after "dit(e)", "désormais", "alias", "ou", "épouse", "veuve", "née" (a name changed or
another one: "dite DUONG (Marie)", "et désormais OUEDRAOGO (Aristide, Wendpanga)"). The French
Journal officiel and the registers of naturalisations write persons so."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import regex

from aiguillage.detect.recognizers._base import FrNameRecognizerBase
from aiguillage.detect.recognizers.names import first_names, is_ordinary_word

_S = r"[ \u00a0]"
_UPPER = r"\p{Lu}[\p{Lu}'’\-]+"
_CAP = r"\p{Lu}[\p{Ll}'’\-]*\p{Ll}[\p{L}'’\-]*"
_ENTRY = regex.compile(
    rf"(?:(?:^|(?<=[\n\t|]))[ \t]*(?:[-*•–][ \u00a0]*|\d{{1,4}}[.)][ \u00a0]*)?"
    rf"|(?<=(?<![\w])(?i:dite?|d[ée]sormais|alias|ou|[ée]pouse|veuve|n[ée]e?){_S}+))"
    rf"(?P<surname>{_UPPER}(?:{_S}+{_UPPER}){{0,2}}){_S}*\({_S}*"
    rf"(?P<first>{_CAP}(?:(?:{_S}+|{_S}*,{_S}*){_CAP}){{0,4}}){_S}*\)")
# a person's entry goes on with their birth, their file or their department
_PERSON_LINE = regex.compile(r"(?i)(?<![\w])(?:n[ée]e?s?(?:\(e\))?|dite?|nat\.|naturalis\w*|d[ée]p\.|"
                             r"d[ée]sormais|alias|[ée]pouse|veuve)(?![\w])")


class FrRegisterEntryNameRecognizer(FrNameRecognizerBase):
    """"SURNAME (First names)" at an entry's start (module docstring): both are names when a first
    name of the bracket is a known one or the line goes on with the person's birth or file. Not
    an acronym and its words ("ONU (Organisation …)": words of the language), nor a heading in
    capitals with a bracket of ordinary words ("ANNEXE (Tableaux)"); a first name that is also a word
counts when another is none ("DUONG (Thi Mai)").

    Legal basis: RGPD art. 4(1).
    """

    CONTEXT: ClassVar[list[str]] = []

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        if "(" not in text:
            return
        known = first_names()
        for m in _ENTRY.finditer(text):
            firsts = [w for w in regex.split(r"[,\s\u00a0]+", m.group("first")) if w]
            surnames = m.group("surname").split()
            if all(is_ordinary_word(w) for w in firsts) or all(is_ordinary_word(w) for w in surnames):
                continue
            line_end = text.find("\n", m.end())
            rest = text[m.end(): len(text) if line_end < 0 else line_end]
            if not (any(w.casefold() in known for w in firsts) or _PERSON_LINE.search(rest[:160])):
                continue
            yield m.start("surname"), m.end("surname"), 0.85, "PERSON"
            pos = m.start("first")
            for group in m.group("first").split(","):  # "Thi Mai" is one first name
                g = group.strip(" \u00a0")
                s = text.index(g, pos, m.end("first"))
                yield s, s + len(g), 0.85, "PERSON"
                pos = s + len(g)
