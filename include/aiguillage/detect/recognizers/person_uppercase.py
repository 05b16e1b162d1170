"""First name + UPPER-CASE surname, in either order."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import regex

from aiguillage.detect.recognizers._base import FrNameRecognizerBase
from aiguillage.detect.recognizers.names import (
    CAP_TOKEN,
    NOT_NAMES,
    PARTICLE,
    UPPER_TOKEN,
    first_names,
    is_common_word,
)

_UPPERS = rf"{UPPER_TOKEN}(?:[ \u00a0]+(?:{PARTICLE}[ \u00a0]+)?{UPPER_TOKEN}){{0,2}}"
_FIRSTS = rf"{CAP_TOKEN}(?:[ \u00a0]+{CAP_TOKEN})?"
_FIRST_LAST = regex.compile(rf"(?<![\w'’])(?P<first>{_FIRSTS})[ \u00a0]+(?:{PARTICLE}[ \u00a0]+)?(?P<last>{_UPPERS})(?![\w'’])")  # noqa: E501
_LAST_FIRST = regex.compile(rf"(?<![\w'’])(?P<last>{_UPPERS})[ \u00a0]+(?P<first>{CAP_TOKEN})(?![\w'’])")
# a list's or a register's entry: the surname, a comma, the first names ("BIZIEN, Corentin", "LE NAOUR,
# Pascale", "VAN DER MEULEN, Pieter") — at a line's or a cell's start only, with a known first name
_LAST_COMMA_FIRST = regex.compile(
    rf"(?:^|(?<=[\t|;]))[ \u00a0]*(?:[-–•*·][ \u00a0]*)?(?P<last>{_UPPERS}),[ \u00a0]*(?P<first>{_FIRSTS})"
    r"(?![\w'’])",
    regex.MULTILINE)

# what follows a person's name: their birth ("MARTIN Rose, née le", "Paul DURAND né à")
_BORN_AFTER = regex.compile(r"[ \u00a0]*,?[ \u00a0]*n[ée]e?s?(?:\(e\))?[ \u00a0]+(?:le|à|a|en)[ \u00a0]")


def _unaccented(word: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c))


# France's regions and départements, as one word: after an agency's acronym they name its branch
# ("ARS Bretagne", "DREAL Occitanie", "DDTM Finistère", "SDIS Morbihan"), an organisation, never a
# person's first name (one that is also a first name stays one: "Lorraine"; "Aude" is left out)
_REGIONS = frozenset(_unaccented(w) for w in """
bretagne normandie occitanie provence corse alsace lorraine champagne picardie aquitaine nouvelle-aquitaine
auvergne limousin bourgogne franche-comte bourgogne-franche-comte poitou-charentes languedoc-roussillon
midi-pyrenees rhone-alpes auvergne-rhone-alpes ile-de-france hauts-de-france nord-pas-de-calais centre-val
guadeloupe martinique guyane reunion mayotte
ain aisne allier ardeche ardennes ariege aube aveyron bouches-du-rhone calvados cantal charente
charente-maritime cher correze cote-d'or cotes-d'armor creuse dordogne doubs drome eure eure-et-loir finistere
gard haute-garonne gers gironde herault ille-et-vilaine indre indre-et-loire isere jura landes loir-et-cher
loire haute-loire loire-atlantique loiret lot lot-et-garonne lozere maine-et-loire manche marne haute-marne
mayenne meurthe-et-moselle meuse morbihan moselle nievre nord oise orne pas-de-calais puy-de-dome
pyrenees-atlantiques hautes-pyrenees pyrenees-orientales bas-rhin haut-rhin rhone haute-saone saone-et-loire
sarthe savoie haute-savoie seine-maritime seine-et-marne yvelines deux-sevres somme tarn tarn-et-garonne var
vaucluse vendee vienne haute-vienne vosges yonne territoire-de-belfort essonne hauts-de-seine
seine-saint-denis val-de-marne val-d'oise alpes-de-haute-provence hautes-alpes alpes-maritimes
""".split())  # noqa: SIM905


def _region(first: str) -> bool:
    return _unaccented(first.replace("’", "'")) in _REGIONS and not _first_known(first)



def _first_known(first: str) -> bool:
    names = first_names()
    return any(part.casefold() in names for part in regex.split(r"[ \u00a0-]+", first))


def _uppers_plausible(last: str) -> bool:
    words = [w.casefold() for w in regex.split(r"[ \u00a0]+", last) if len(w) > 1]
    return bool(words) and not all(w in NOT_NAMES for w in words)


class FrUppercaseNameRecognizer(FrNameRecognizerBase):
    """"Jean DUPONT", "Jean-Pierre LE GALL", "DUPONT Jean": the French administrative way of
    writing a surname. A known first name raises the score, so does a birth told right after the
    name ("SEGURA Manuel, né le …"); words of headings are refused.

    Legal basis: RGPD art. 4(1).
    """

    ENTITIES: ClassVar[list[str]] = ["PERSON"]

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _LAST_COMMA_FIRST.finditer(text):
            last, first = m.group("last"), m.group("first").split()[0]
            # (a heading in capitals is words: "RÉSULTATS, Marie a gagné", "PARIS, Lundi 3 mars")
            if (not _uppers_plausible(last) or first.casefold() in NOT_NAMES
                    or all(is_common_word(w) for w in regex.split(r"[ \u00a0'’-]+", last) if len(w) > 1)):
                continue
            if _first_known(first):
                yield m.start("last"), m.end("first"), 0.85, "PERSON"
            elif not is_common_word(first):
                yield m.start("last"), m.end("first"), 0.6, "PERSON"
        for rx in (_FIRST_LAST, _LAST_FIRST):
            for m in rx.finditer(text):
                first, last = m.group("first"), m.group("last")
                if first.split()[0].casefold() in NOT_NAMES or not _uppers_plausible(last):
                    continue
                if rx is _LAST_FIRST and _region(first):
                    continue  # an agency's branch: "ARS Bretagne", "DDTM Finistère"
                if _first_known(first):
                    yield m.start(), m.end(), 0.9, "PERSON"
                elif _BORN_AFTER.match(text, m.end()):
                    # the subject of a birth is a person whatever their first name ("SEGURA
                    # Manuel, né le …": "manuel" is a word too)
                    yield m.start(), m.end(), 0.85, "PERSON"
                elif not is_common_word(first.split()[0]):
                    yield m.start(), m.end(), 0.6, "PERSON"
