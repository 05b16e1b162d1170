"""What a water, sanitation and waste utility, or a commune's local-taxes office, files about one
subscriber, in shapes the other recognizers did not read:

- the fields of a RIB written in a row with their labels, without colons or with slashes ("banque
  10278, guichet 08900, n° de compte 00020471501, clé RIB 17"; "Banque : 30066 / Guichet : 10021 /
  Compte : 0002B194502 / Clé : 13"): a bank code and a counter code of five digits each name the
  row; then every field of it is the account holder's;
- the numbers of what the subscriber holds, after the utility's own labels: the service point
  ("Point de desserte : PDS-07190-002288", "PDL", "PRM", "PCE"), a meter's number on the line
  below its label ("Votre compteur : n°" / "D08SE1137720"), the SEPA mandate's reference ("RUM",
  "Référence unique de mandat", its value after a colon, a tab or on the next line), the owner's
  account of the land register ("compte propriétaire +V04215"), a furnished let's registration
  number written in groups ("N° d'enregistrement : 07324 000 417 KM"), a waste bin's badge
  ("BAC 0045 7781", "bac OM 0045-2091"), a non-collective sanitation control's file ("Rapport
  SPANC-C-2026-0021");
- a date of birth whose label carries a remark before its colon ("Date de naissance (pour l'espace
  en ligne) : 29/02/1996") or the holder's word before its dot leaders ("Date de naissance
  titulaire ........ 03/03/1956", "Date de naissance du débiteur (identification) : 15/08/2001");
  an age in a field saying how it was known ("Âge déclaré : soixante-dix-huit ans") or after a
  personal pronoun ("Elle a 91 ans"); the door code of a home ("Digicode 4512B");
- a home written with its number after the street's name ("rue Franki, n° 2 ter"), a named estate
  with the house's number ("Les Hauts de Marenton, villa 17", "lot. Les Hirondelles n°9").

Legal basis: RGPD art. 4(1): a number held by one person, or their home, points to that person.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from aiguillage.detect.recognizers._base import LANGUAGE
from aiguillage.detect.recognizers.names import is_ordinary_word

_S = r"[ \u00a0]"
_SEP = rf"{_S}*(?:[:：]{_S}*)?"
# --- a RIB's fields in a row: the bank's code and the counter's, five digits each, name the row
_BANK = regex.compile(rf"(?i)(?<![\w])(?:code{_S}+)?banque{_SEP}(?P<v>\d{{5}})(?!\d)")
_COUNTER = regex.compile(rf"(?i)(?<![\w])(?:code{_S}+)?guichet{_SEP}(?P<v>\d{{5}})(?!\d)")
_ACCOUNT = regex.compile(
    rf"(?i)(?<![\w])(?:(?:n[°o]\.?|num[ée]ro){_S}*(?:de{_S}+)?)?compte{_SEP}(?P<v>[0-9A-Z]{{11}})(?![\w])")
_KEY = regex.compile(rf"(?i)(?<![\w])cl[ée](?:{_S}+rib)?{_SEP}(?P<v>\d{{2}})(?!\d)")
# --- the numbers of what a subscriber holds, after the utility's labels
_CODE = r"(?=[^\s]*\d)[+]?[A-Z0-9]+(?:[-/.][A-Z0-9]+)*"
_LABELLED = regex.compile(
    rf"(?i)(?<![\w])(?:point{_S}+de{_S}+(?:desserte|livraison|comptage|raccordement|service|fourniture)"
    rf"|(?-i:PDS|PDL|PRM|PCE)"
    rf"|(?-i:RUM)|r[ée]f[ée]rence{_S}+unique{_S}+(?:d[eu]{_S}+)?mandat"
    rf"|compte{_S}+(?:de{_S}+)?propri[ée]t(?:aire|[ée])){_S}*(?:\(?(?-i:RUM)\)?{_S}*)?"
    rf"(?:n[°o]\.?{_S}*)?(?:[:：\t]|\n)?[ \u00a0\t]*\n?[ \u00a0\t]*(?P<v>(?-i:{_CODE}))(?![\w])")
# a meter's label closing its line, its number alone on the next one
_METER_BELOW = regex.compile(
    rf"(?im)(?<![\w])compteur(?:{_S}+(?:d['’]eau|divisionnaire|g[ée]n[ée]ral))?{_S}*[:：]?{_S}*"
    rf"(?:n[°o]\.?|num[ée]ro)?{_S}*[:：]?{_S}*\n{_S}*(?P<v>(?-i:(?=[A-Z0-9]*\d{{4}})[A-Z0-9]{{6,16}}))$")
# a furnished let's registration number in its groups: the commune's five digits, six more, two
# capitals ("07324 000 417 KM")
_REGISTRATION = regex.compile(
    rf"(?i)(?<![\w])(?:n[°o]\.?|num[ée]ro){_S}*d['’]{_S}*enregistrement{_S}*[:：]?{_S}*"
    rf"(?P<v>(?-i:\d{{5}}{_S}?\d{{3}}{_S}?\d{{3}}{_S}?[A-Z]{{2}}))(?![\w])")
# a waste bin's badge: "BAC 0045 7781", "bac OM 0045-2091", "bac jaune n° 0045 2091"
_BIN = regex.compile(
    rf"(?i)(?<![\w])bacs?(?:{_S}+(?:OM|ordures{_S}+m[ée]nag[èe]res|jaune|tri|emballages|recyclables|"
    rf"biod[ée]chets|verre))?{_S}*(?:n[°o]\.?{_S}*)?[:：]?{_S}*(?P<v>\d{{4}}[ \u00a0-]\d{{4}})(?![\w])")
# the code opening a person's door or gate ("Digicode 4512B", "code portail : 1979A"): where they live
_DOOR_CODE = regex.compile(
    rf"(?i)(?<![\w])(?:digicode|code{_S}+(?:d['’]{_S}*(?:acc[èe]s|entr[ée]e)|de{_S}+la{_S}+porte|porte|portail|immeuble))"
    rf"{_S}*(?:[:：]{_S}*)?(?P<v>(?-i:(?=[A-Z0-9]*\d{{3}})[A-Z0-9]{{3,8}}))(?![\w])")
# a non-collective sanitation service's file: every SPANC control is of one private installation,
# so its number points to the owner ("Rapport SPANC-C-2026-0021", "n° SPANC-V-2026-0009"; not "le
# SPANC du Haut-Vivarais", "budget SPANC 2026")
_SPANC = regex.compile(r"(?<![\w-])(?P<v>(?:SPANC|ANC)(?:[-/][A-Z]{1,3})?[-/ ]?\d{2,4}[-/]\d{2,6})(?![\w-])")
_YEARS = regex.compile(r"(?:19|20)\d{2}[-/](?:19|20)\d{2}$")
# --- a date of birth with a remark or the holder's word in its label
_DATE = (r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
         r"|\d{1,2}(?:er)?[ \u00a0]+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre"
         r"|octobre|novembre|d[ée]cembre)[ \u00a0]+\d{4})")
_HOLDER = (r"(?:titulaire|abonn[ée]e?|demandeur|demanderesse|souscripteur|souscriptrice|locataire"
           r"|propri[ée]taire|d[ée]clarant|d[ée]clarante|usager|usag[èe]re|d[ée]biteur|d[ée]bitrice|redevable"
           r"|d[ée]funte?|conjointe?|enfant)")
_REMARK = r"\([^()\n]{1,40}\)"
_BIRTH = regex.compile(
    rf"(?i)(?<![\w])date{_S}+de{_S}+naissance"
    # the holder's word, a remark in brackets, or both, before the colon or the dot leaders
    rf"(?:{_S}+(?:du{_S}+|de{_S}+la{_S}+|de{_S}+l['’]{_S}*)?{_HOLDER}(?:{_S}*{_REMARK})?|{_S}*{_REMARK})"
    rf"(?:{_S}*[:：]|{_S}*\.{{3,}}[.…]*{_S}*:?)"
    rf"{_S}*(?P<v>{_DATE})(?![\w])")
# an age told in a field whose label says how it was known ("Âge déclaré : soixante-dix-huit ans",
# "Âge (au 01/01) : 78 ans"), or of a person after a pronoun ("Elle a 91 ans et ne descend plus")
_UNITS = (r"(?:vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|quatre-vingts?"
          r"|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|et)")
_AGE_WORDS = rf"{_UNITS}(?:[- ]{_UNITS}){{0,4}}"
_AGE_FIELD = regex.compile(
    rf"(?i)(?<![\w])[âa]ge{_S}+(?:d[ée]clar[ée]|indiqu[ée]|estim[ée]|r[ée]el|au{_S}+[^:\n]{{1,20}})"
    rf"{_S}*[:：]{_S}*(?P<v>(?:\d{{1,3}}|{_AGE_WORDS}){_S}+ans)(?![\w])")
_AGE_PRONOUN = regex.compile(
    rf"(?<![\w])(?:(?:Il|Elle|il|elle)(?:{_S}+(?:n['’])?{_S}*)?{_S}+a|(?:J['’]|j['’]){_S}*ai)"
    rf"{_S}+(?:(?:d[ée]j[àa]|bient[ôo]t|maintenant|aujourd['’]hui){_S}+)?"
    rf"(?P<v>(?:\d{{1,3}}|{_AGE_WORDS}){_S}+ans)(?![\w])"
    # (not a duration: "Il a 20 ans d'ancienneté", "Elle a 3 ans de retard", "ans de plus")
    rf"(?!{_S}*(?:d['’]|(?:de|du|des|plus|moins|entre|sur)(?![\w])))")
# --- homes: the number after the street's name, a named estate with the house's number
_WAY = (r"(?:rue|impasse|all[ée]e|avenue|av\.|chemin|ch\.|route|boulevard|bd|place|quai|square|mont[ée]e"
        r"|ruelle|passage|sentier|cours)")
_NUMBER_AFTER = regex.compile(
    rf"(?<![\w]){_WAY}{_S}+(?:(?:de{_S}+la|de{_S}+l['’]|du|des|de|d['’]){_S}*)?\p{{Lu}}[\p{{L}}'’-]+"
    rf"(?:{_S}+\p{{Lu}}[\p{{L}}'’-]+){{0,2}},{_S}*n[°o]\.?{_S}*\d{{1,4}}(?:{_S}*(?:bis|ter|quater|[A-D]))?(?![\w])"
    # (not a number of something else: "rue Thiers, n° 12 du bulletin")
    rf"(?!{_S}+(?:du|de|des|d['’]|sur)(?![\w]))")
_ESTATE = regex.compile(
    rf"(?<![\w])(?:(?i:lot\.|lotissement|r[ée]s\.|r[ée]sidence|domaine|hameau){_S}+)?"
    rf"(?:Les|Le|La|L['’]){_S}*\p{{Lu}}[\p{{L}}'’-]+(?:{_S}+(?:de{_S}+la|de{_S}+l['’]|du|des|de|d['’])?{_S}*"
    rf"\p{{Lu}}[\p{{L}}'’-]+){{0,3}}"
    rf"(?:,{_S}*(?i:villa|pavillon|chalet|lot){_S}+(?:n[°o]\.?{_S}*)?\d{{1,4}}"
    rf"|{_S}+n[°o]\.?{_S}*\d{{1,4}})(?![\w])")
_CAPITALISED = regex.compile(r"(?<![\p{L}'’])\p{Lu}[\p{L}'’-]+")
_ESTATE_NEEDS_WORD = regex.compile(r"(?i)^(?:lot\.|lotissement|r[ée]s\.|r[ée]sidence|domaine|hameau)")
SCORE = 0.8


def _rib_rows(text: str) -> Iterable[tuple[int, int, str]]:
    for line in regex.finditer(r"(?m)^.*$", text):
        s, e = line.start(), line.end()
        bank, counter = _BANK.search(text, s, e), _COUNTER.search(text, s, e)
        if bank is None or counter is None:
            continue
        for rx in (_BANK, _COUNTER, _ACCOUNT, _KEY):
            for m in rx.finditer(text, s, e):
                v = m.group("v")
                if rx is _ACCOUNT and sum(c.isdigit() for c in v) < 8:
                    continue
                yield m.start("v"), m.end("v"), "IBAN_CODE"


def _codes(text: str) -> Iterable[tuple[int, int, str]]:
    for m in _DOOR_CODE.finditer(text):
        yield m.start("v"), m.end("v"), "PERSONAL_REFERENCE"
    for rx in (_LABELLED, _METER_BELOW, _REGISTRATION, _BIN, _SPANC):
        for m in rx.finditer(text):
            v = m.group("v")
            if rx is _SPANC and _YEARS.search(v):
                continue  # "SPANC 2025-2026": a period
            if sum(c.isdigit() for c in v) >= 4 and len(v) >= 5:
                yield m.start("v"), m.end("v"), "PERSONAL_REFERENCE"
    for m in _BIRTH.finditer(text):
        yield m.start("v"), m.end("v"), "DATE_OF_BIRTH"
    for rx in (_AGE_FIELD, _AGE_PRONOUN):
        for m in rx.finditer(text):
            v = m.group("v")
            if not any(c.isdigit() for c in v) or int("".join(c for c in v if c.isdigit())) <= 120:
                yield m.start("v"), m.end("v"), "DATE_OF_BIRTH"  # the policy's type of an age
    for m in _NUMBER_AFTER.finditer(text):
        yield m.start(), m.end(), "FR_ADDRESS"
    for m in _ESTATE.finditer(text):
        # an estate's name alone with "n°" is a lotissement's only after its word ("lot. Les
        # Hirondelles n°9"); "Les Hauts de Marenton, villa 17" carries its house's word
        if "," not in m.group() and not _ESTATE_NEEDS_WORD.match(m.group()):
            continue
        # without its word, the estate's name holds a word that is no word of the language ("Les
        # Hauts de Marenton, villa 17"; not "Le Conseil, lot 3")
        if not _ESTATE_NEEDS_WORD.match(m.group()) and all(
                is_ordinary_word(w) for w in _CAPITALISED.findall(m.group())):
            continue
        yield m.start(), m.end(), "FR_ADDRESS"


def utility_values(text: str) -> list[tuple[int, int, str]]:
    """(start, end, entity) of every value this module reads in ``text``."""
    return [*_rib_rows(text), *_codes(text)]


class FrUtilityFieldRecognizer(EntityRecognizer):
    """A subscriber's RIB fields, numbers, date of birth and home in a utility's shapes (module
    docstring). Not a bank's name ("Banque Populaire"), a counter without its code ("guichet
    unique"), a meter's index ("Ancien index : 2 114"), a bin's volume ("bac de 240 litres"), a
    street named alone ("la rue Thiers"), an act's number ("Rapport n° 12").

    Legal basis: RGPD art. 4(1).
    """

    ENTITIES: ClassVar[list[str]] = ["IBAN_CODE", "PERSONAL_REFERENCE", "DATE_OF_BIRTH", "FR_ADDRESS"]

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), supported_language=LANGUAGE,
                         name=type(self).__name__)

    def load(self) -> None:
        """Nothing to load: the patterns are module constants."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        name = str(getattr(self, "name", type(self).__name__))
        out: list[RecognizerResult] = []
        for s, e, entity in utility_values(text):
            if entities and entity not in entities:
                continue
            why = AnalysisExplanation(recognizer=name, original_score=SCORE,
                                      textual_explanation="a subscriber's value in a utility's shape")
            meta = {RecognizerResult.RECOGNIZER_NAME_KEY: name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
            out.append(RecognizerResult(entity, s, e, SCORE, analysis_explanation=why,
                                        recognition_metadata=meta))
        return out
