"""Dates and years of birth in the shapes people type ("né le 3mars1985", "né en 85", "née vers
1950", "né le 14 de juillet 1950", "le trois mars dix-neuf cent quatre-vingt-cinq")."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.birth_date import (
    _DATE,
    _DAY_WORDS,
    _MONTHS,
    _NUMBER_WORDS,
    _REPUBLICAN_DATE,
    _WEEKDAY,
    _YEAR_WORDS,
)

_BORN = r"\bn[ée]e?s?(?:\(e\))?"
_FOREIGN_MONTHS = (r"(?:januar|january|jänner|februar|february|märz|maerz|march|april|mai|may|juni|june"
                   r"|juli|july|august|september|oktober|october|november|dezember|december"
                   r"|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sep\.?|sept\.?|oct\.?|okt\.?|nov\.?|dec\.?|dez\.?)")
_S = r"[ \u00a0]"
# an event of a person's civil life or of their age, before the date it took place on: "mariés le",
# "unis le", "pacsés le", "s'est éteinte le", "nous a quittés le", "a fêté ses 90 ans le", "fête ses
# 80 ans le" (the day of
# an anniversary is the day of birth)
_EVENT = (r"(?<![\w-])(?:mari[ée]e?s?|unie?s|pacs[ée]e?s?|remari[ée]e?s?|divorc[ée]e?s?|inhum[ée]e?s?"
          r"|s['’]est[ \u00a0]+[ée]teinte?|nous[ \u00a0]+a[ \u00a0]+quitt[ée]e?s?|(?:est[ \u00a0]+)?disparue?"
          r"|(?:a|ont|avait|f[êe]tera|f[êe]teront|f[êe]tent|f[êe]te|va[ \u00a0]+f[êe]ter)[ \u00a0]+"
          r"(?:f[êe]t[ée][ \u00a0]+)?"
          r"(?:ses|son|leurs?)[ \u00a0]+\d{1,3}(?:e|[èe]me)?[ \u00a0]+(?:ans|anniversaire)"
          # the day someone turned or turns an age: "a eu 16 ans le 2 février", "aura 18 ans le"
          r"|(?:a|avait|aurait)[ \u00a0]+eu[ \u00a0]+\d{1,3}[ \u00a0]+ans|aura[ \u00a0]+\d{1,3}[ \u00a0]+ans)"
          rf"[ \u00a0]+le[ \u00a0]+{_WEEKDAY}")


# an event of a person's civil life, its place, then its date: "marié à Louhans le 12 février 1828",
# "Décédé à Chalon le 3 avril 1950", "née à Ouroux le douze juillet mil huit cent vingt-sept"
_EVENT_AT = (r"(?<![\w-])(?:n[ée]e?s?(?:\(e\))?|mari[ée]e?s?|remari[ée]e?s?|d[ée]c[ée]d[ée]e?s?|inhum[ée]e?s?"
             r"|baptis[ée]e?s?|divorc[ée]e?s?)"
             r"[ \u00a0]+(?:[àa]|au|aux|en)[ \u00a0]+[^\n,;.:]{1,60}?,?[ \u00a0]+le[ \u00a0]+")
# an act of the civil register opens with its date, the day of the birth, wedding or death it records:
# "Acte n° 15⏎Du trois nivôse an XII. Acte de naissance de …", "Du 11 nivôse an 12. Pierrette …"
_ACT_OPENS = (r"(?:\bActe[ \u00a0]+n[°o][ \u00a0]*\d+[^\n]{0,120}\n[ \t]*(?:Du|Le|L['’]an)[ \u00a0]+"
              r"|(?:^|\n)[ \t]*(?:Du|Le|L['’]an)[ \u00a0]+"
              r"(?=[^\n]{1,60}?[.,][ \u00a0]+Acte[ \u00a0]+de[ \u00a0]+"
              r"(?:naissance|mariage|d[ée]c[eè]s)))")


# the event of a person's civil life named by its noun, what befell it, perhaps its place: "le mariage
# célébré à Arles le 2 juin 1949", "le décès survenu à Athènes le 14.01.2011", "divorce prononcé le"
_EVENT_NOUN = (r"(?<![\w-])(?:mariage|d[ée]c[eè]s|naissance|divorce|pacs|inhumation|bapt[êe]me|union)"
               r"[ \u00a0]+(?:a[ \u00a0]+[ée]t[ée][ \u00a0]+|est[ \u00a0]+)?"
               r"(?:c[ée]l[ée]br[ée]e?|survenue?|intervenue?|enregistr[ée]e?|prononc[ée]e?|d[ée]clar[ée]e?"
               r"|constat[ée]e?|transcrite?)"
               r"(?:[ \u00a0]+(?:[àa]|au|aux|en)[ \u00a0]+[^\n,;.:]{1,60}?,?)?[ \u00a0]+le[ \u00a0]+")
# a person's death, then a few words of its manner, then its day: "décédé sans héritier connu le 2 avril
# 2026", "est décédée subitement le"
_DIED_THEN = (r"(?<![\w-])d[ée]c[ée]d[ée]e?s?(?:[ \u00a0]+\p{Ll}[\p{Ll}'’-]*){1,5}[ \u00a0]+le[ \u00a0]+")
# the signs of a genealogy: "†" (died), "°" (born) before a year or a date ("(†1968)", "(° 1934)";
# "n° 1934" is a number)
_SIGN = r"(?:(?<![\w])[†✝]|(?<![\w]|\b[nN][ \u00a0])°)[ \u00a0]*"
# the Gregorian equivalent of a Republican date of a person's life: "né à Condom le 11 thermidor an XII,
# soit le 30 juillet 1804"
_EQUIVALENT = (rf"(?:{_EVENT_AT}|\bn[ée]e?s?(?:\(e\))?[ \u00a0]+le[ \u00a0]+){_WEEKDAY}{_REPUBLICAN_DATE}"
               r"[ \u00a0]*,?[ \u00a0]*\(?(?:soit|c['’]est-[àa]-dire)[ \u00a0]+(?:le[ \u00a0]+)?")
# English: "were married in Bayeux on June 15th, 1946", "died at Worcester on 3 April 1990"
_EN_EVENT = (r"\b(?:married|died|passed[ \u00a0]+away|buried|baptized|baptised|born)"
             r"(?:[ \u00a0]+(?:in|at)[ \u00a0]+[^\n,;.:]{1,40}?)?,?[ \u00a0]+on[ \u00a0]+")
_EN_DATE = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \u00a0]+{_FOREIGN_MONTHS},?[ \u00a0]+\d{{4}}"
            rf"|{_FOREIGN_MONTHS}[ \u00a0]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \u00a0]+\d{{4}})")

# a register's notice of births, weddings and deaths (a bulletin's "carnet"): under its heading, each
# entry opens its line with the day, then a colon or a cell, then the persons ("Naissances⏎2 novembre :
# Maël, fils de …", "Décès⏎Date<TAB>Nom⏎04/11<TAB>Marie-Josèphe Le Guern")
_CARNET_HEADING = (r"(?:^|\n)[ \t]*(?i:naissances|mariages|d[ée]c[eè]s|bapt[êe]mes|pacs|unions"
                   r"|ils[ \u00a0]+nous[ \u00a0]+ont[ \u00a0]+quitt[ée]s|bienvenue[ \u00a0]+[àa]"
                   r"|carnet[ \u00a0]+(?:rose|noir|blanc)"
                   r"|avis[ \u00a0]+de[ \u00a0]+d[ée]c[eè]s)[ \t]*:?[ \t]*\n")
_CARNET_DAY = (rf"(?:(?:1er|\d{{1,2}})[ \u00a0]+{_MONTHS}(?:(?<=\.)|(?<!\.)(?![\w.]))(?:[ \u00a0]+\d{{4}})?"
               r"|\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?(?![\d/]))")

# the opening formula of an act of the civil register, its date in words, wherever it is quoted ("« L'an
# mil huit cent soixante-dix-sept, le quatorze mars, à dix heures du matin, par-devant nous, maire, a
# comparu …»"): the day of the birth, wedding or death it records (a notary's "par-devant Maître" is
# none)
_ACT_FORMULA = (rf"(?<![\w])L['’]an[ \u00a0]+{_YEAR_WORDS}[ \u00a0]*,?[ \u00a0]*le[ \u00a0]+\K"
                rf"(?:1er|\d{{1,2}}|{_DAY_WORDS})[ \u00a0]+{_MONTHS}"
                r"(?=[^\n]{0,300}?(?:officier[ \u00a0]+de[ \u00a0]+l['’][ée]tat[ \u00a0]+civil"
                r"|par-devant[ \u00a0]+nous|acte[ \u00a0]+de[ \u00a0]+(?:naissance|mariage|d[ée]c[eè]s)))")
# the day a person's identity document was issued, right after its name and number ("passeport n°
# 18DC23990, délivré le 4/09/2018")
# (a building's "permis de construire" is no one's identity)
_ID_ISSUED = (r"(?<![\w])(?:passeport|carte[ \u00a0]+(?:nationale[ \u00a0]+)?d['’]identit[ée]|cni"
              r"|titre[ \u00a0]+de[ \u00a0]+s[ée]jour|permis[ \u00a0]+de[ \u00a0]+conduire)"
              r"[^\n;]{0,40}?,?[ \u00a0]+"
              r"(?:d[ée]livr[ée]e?|[ée]tablie?|[ée]mise?)[ \u00a0]+le[ \u00a0]+\K")


class FrBirthDateMoreRecognizer(FrPatternRecognizer):
    """A date of birth glued ("né le 3mars1985"), with "de" before the month or "de l'an" before the
    year; a year in two digits or with an apostrophe ("né en 85", "née en '62"), "vers", "autour
    de" or "en l'an" before it; a year in words from "dix-neuf cent" ("le trois mars dix-neuf cent
    quatre-vingt-cinq") — all right after "né(e)". The usual shapes are
    :mod:`aiguillage.detect.recognizers.birth_date`'s.

    Legal basis: RGPD art. 4(1): with a name, a date or year of birth singles a person out.
    """

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("GLUED",
                rf"(?i)(?<={_BORN}\s+le\s+)(?:1er|\d{{1,2}})\s*(?:de\s+)?{_MONTHS}\s*(?:de\s+l['’]an\s+)?"
                r"(?:1[89]|20)\d{2}(?!\d)", 0.85),
        Pattern("SHORT_YEAR", rf"(?i)(?<={_BORN}\s+en\s+)(?:['’]\d{{2}}|\d{{2}})(?![\w'’])", 0.8),
        Pattern("ABOUT_YEAR",
                rf"(?i)(?<={_BORN}\s+(?:vers|autour\s+de|en\s+l['’]an|courant)\s+)(?:1[89]|20)\d{{2}}(?!\d)",
                0.8),
        Pattern("YEAR_IN_WORDS",
                rf"(?i)(?<={_BORN}\s+le\s+)(?:{_DAY_WORDS}|\d{{1,2}})\s+{_MONTHS}\s+"
                r"(?:dix-neuf[\s-]+cents?|mil[\s-]+neuf[\s-]+cents?|deux[\s-]+mille)"
                rf"(?:[\s-]+{_NUMBER_WORDS}){{0,6}}", 0.85),
        # the date of a person's wedding, death or anniversary ("unis le 8/7/1961", "mariés le
        # vingt-six juin mil neuf cent soixante-six", "a fêté ses 100 ans le 2 février 2026")
        Pattern("LIFE_EVENT", rf"(?i)(?<={_EVENT}){_DATE}(?!\d)", 0.8),
        Pattern("LIFE_EVENT_WORDS",
                rf"(?i)(?<={_EVENT}){_DAY_WORDS}[ \u00a0]+{_MONTHS}(?:[ \u00a0]+{_YEAR_WORDS})?", 0.8),
        # the year of a death: "décédée en 2014" (the day is the other patterns')
        Pattern("DEATH_YEAR",
                r"(?i)(?<=\bd[ée]c[ée]d[ée]e?s?[ \u00a0]+en[ \u00a0]+)(?:1[89]|20)\d{2}(?!\d)", 0.8),
        # a possessive death and its year: "jusqu'à son décès en 1998", "until his death in 1998",
        # "died in 1961"
        Pattern("DEATH_YEAR_POSSESSIVE",
                r"(?i)(?<![\w])(?:(?:son|sa|leur)[ \u00a0]+(?:d[ée]c[eè]s|mort)"
                r"|(?:his|her|their)[ \u00a0]+death"
                r"|died)[ \u00a0]+(?:en|in)[ \u00a0]+\K(?:1[6-9]|20)\d{2}(?!\d)", 0.8),
        # the place between: "marié à Louhans le 12 février 1828", "né à Ouroux le douze juillet mil
        # huit cent vingt-sept", "décédée à Mâcon en 1961"
        Pattern("EVENT_AT_PLACE", rf"(?i)(?<={_EVENT_AT}{_WEEKDAY}){_DATE}(?!\d)", 0.8),
        Pattern("EVENT_AT_PLACE_WORDS",
                rf"(?i)(?<={_EVENT_AT}{_WEEKDAY}){_DAY_WORDS}[ \u00a0]+{_MONTHS}"
                rf"(?:[ \u00a0]+{_YEAR_WORDS})?", 0.8),
        Pattern("DEATH_YEAR_AT_PLACE",
                r"(?i)(?<=\bd[ée]c[ée]d[ée]e?s?[ \u00a0]+(?:[àa]|au|aux)[ \u00a0]+"
                r"[^\n,;.:]{1,60}?[ \u00a0]+en[ \u00a0]+)"
                r"(?:1[6-9]|20)\d{2}(?!\d)", 0.8),
        # the second of two births told together: "nés respectivement en 1990 à Mâcon et en 1992 à
        # Tournus"
        Pattern("SECOND_BIRTH_YEAR",
                r"(?i)(?<=\bn[ée]e?s?(?:\(e\))?[ \u00a0]+(?:respectivement[ \u00a0]+)?en[ \u00a0]+"
                r"(?:1[89]|20)\d{2}"
                r"(?:[ \u00a0]+(?:[àa]|au|aux)[ \u00a0]+[^\n,;.:]{1,40}?)?[ \u00a0]+et[ \u00a0]+en[ \u00a0]+)"
                r"(?:1[89]|20)\d{2}(?!\d)", 0.8),
        # the date an act of the civil register opens with
        Pattern("ACT_DATE",
                rf"(?i)(?<={_ACT_OPENS})(?:{_DATE}|{_DAY_WORDS}[ \u00a0]+{_MONTHS}[ \u00a0]+{_YEAR_WORDS})"
                r"(?!\d)", 0.8),
        # the event named by its noun, perhaps its place ("le décès survenu à Athènes le 14.01.2011")
        # (matched from the event's word and kept from the date with \K: a variable lookbehind tried
        # at every position is slow)
        Pattern("EVENT_NOUN", rf"(?i){_EVENT_NOUN}{_WEEKDAY}\K{_DATE}(?!\d)", 0.8),
        Pattern("EVENT_NOUN_WORDS",
                rf"(?i){_EVENT_NOUN}{_WEEKDAY}\K{_DAY_WORDS}[ \u00a0]+{_MONTHS}"
                rf"(?:[ \u00a0]+{_YEAR_WORDS})?", 0.8),
        Pattern("DIED_THEN", rf"(?i){_DIED_THEN}{_WEEKDAY}\K{_DATE}(?!\d)", 0.8),
        # a genealogy's signs of death and birth: "Olga IVANOVA (†3 mars 2016)", "(†1985)", "(° 1934)"
        Pattern("SIGN", rf"(?i)(?<={_SIGN})(?:{_DATE}(?!\d)|(?:1[5-9]|20)\d{{2}}(?![\d/.,-]\d|\d))", 0.8),
        Pattern("EQUIVALENT", rf"(?i){_EQUIVALENT}\K{_DATE}(?!\d)", 0.8),
        Pattern("ENGLISH_EVENT", rf"(?i){_EN_EVENT}\K{_EN_DATE}(?!\d)", 0.8),
        Pattern("ACT_FORMULA", rf"(?i){_ACT_FORMULA}", 0.8),
        Pattern("ID_ISSUED", rf"(?i){_ID_ISSUED}{_DATE}(?!\d)", 0.8),
        # the day that opens an entry of a register's notice, under its heading (12 lines at most),
        # before a colon or a cell and a name
        Pattern("CARNET",
                rf"(?i)(?<=^[ \t]*){_CARNET_DAY}(?=[ \t]*(?::|\t|[—–])[^\n]*(?-i:\p{{Lu}}\p{{Ll}}))"
                rf"(?<={_CARNET_HEADING}(?:[^\n]*\n){{0,12}}[ \t]*{_CARNET_DAY})", 0.8),
        # German and English months ("née le 2. März 2017", "born 12th March 1958", "born on March
        # 12, 1958")
        Pattern("OTHER_LANGUAGE",
                rf"(?i)(?<=(?:{_BORN}\s+le|born(?:\s+on)?|geboren(?:\s+am)?|geb\.|n[ée]e?\s+le)\s+)"
                rf"(?:\d{{1,2}}(?:\.|st|nd|rd|th)?\s+{_FOREIGN_MONTHS},?\s+\d{{4}}"
                rf"|{_FOREIGN_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})(?!\d)", 0.85),
    ]
    CONTEXT: ClassVar[list[str]] = ["né", "née", "naissance"]
