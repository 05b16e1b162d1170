"""Dates of birth (and of death), recognised by what introduces them."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer

_MONTHS = (r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre"
           # the old registers' months: "7bre", "8bre", "9bre", "Xbre" (septembre…décembre) and
           # "novbre", "décbre", "7embre"
           r"|(?:sept|oct|nov|d[ée]c|[789X]|10)(?:em)?bre"
           r"|janv\.?|f[ée]vr?\.?|avr\.?|juil\.?|sept\.?|oct\.?|nov\.?|d[ée]c\.?)")
_NUMBER_WORDS = (r"(?:premier|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze"  # noqa: E501
                 r"|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mil|mille|et)")
_DAY_WORDS = rf"(?:1er|{_NUMBER_WORDS}(?:[\s-]+{_NUMBER_WORDS}){{0,3}})"
# the French Republican calendar (1793-1805) of the old registers: "trois nivôse an XII", "14 brumaire
# an VI", "11 nivôse an 12", "vingt-sept frimaire an douze"
_REPUBLICAN = (r"(?:vend[ée]miaire|brumaire|frimaire|niv[ôo]se|pluvi[ôo]se|vent[ôo]se|germinal|flor[ée]al"
               r"|prairial|messidor|thermidor|fructidor)")
_REPUBLICAN_DATE = (rf"(?:1er|\d{{1,2}}|{_DAY_WORDS})[ \u00a0]+{_REPUBLICAN}[ \u00a0]+"
                    r"(?:de[ \u00a0]+)?l?['’]?an[ \u00a0]+"
                    rf"(?:(?-i:[IVX]{{1,5}})(?![\w])|\d{{1,2}}(?!\d)"
                    rf"|{_NUMBER_WORDS}(?:-{_NUMBER_WORDS})?(?![\w]))")
_DATE = (rf"(?:{_REPUBLICAN_DATE}"
         rf"|(?:1er|\d{{1,2}})[/.\-]\d{{1,2}}[/.\-](?:\d{{4}}|\d{{2}})"
         # the year after a comma or in two digits too ("3 mars, 1985", "3 Mars 85")
         rf"|(?:1er|\d{{1,2}})(?:\s+|-){_MONTHS}(?:(?:\s+|-|,\s*)(?:\d{{4}}|\d{{2}}(?![\d\w])))?"
         # a Roman month ("3.III.1985", "14-VII-1943")
         rf"|\d{{1,2}}[./\- ](?-i:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[./\- ]\d{{4}}"
         rf"|\d{{4}}-\d{{2}}-\d{{2}}"
         # day and month in pairs apart by spaces ("né le 02 09 1988"): a valid day and month
         rf"|(?:0[1-9]|[12]\d|3[01])[ \u00a0](?:0[1-9]|1[0-2])[ \u00a0](?:19|20)\d{{2}})")
_YEAR_WORDS = rf"(?:\d{{4}}|(?:mil|mille|deux[\s-]+mille)(?:[\s-]+{_NUMBER_WORDS}){{0,8}})"
_WEEKDAY = r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
_INTRO = (rf"(?:\bn[ée]e?s?(?:\(e\))?\s+(?:le\s+{_WEEKDAY}|en\s+)?|\bd[ée]c[ée]d[ée]e?\s+le\s+|\bdate\s+de\s+(?:naissance|d[ée]c[eè]s)\s*:?\s*(?:le\s+)?"  # noqa: E501
          r"|\bn[ée]e?\s*:\s*|\bnaissance\s*(?::|le)\s*|\bDDN\s*:?\s*|\bD\.D\.N\.\s*:?\s*"
          r"|\bdate\s+(?:de\s+)?naiss\.\s*:?\s*"
          # other languages' labels and abbreviations: "DOB 1999-12-31", "date of birth:",
          # "Geburtsdatum 21.05.2012", "fecha de nacimiento", "data di nascita", "D.N. :"
          r"|\b(?:DOB|D\.\s?N\.|date\s+of\s+birth|born(?:\s+on)?|Geburtsdatum|geb\.|geboren(?:\s+am)?"
          r"|fecha\s+de\s+nacimiento|data\s+di\s+nascita|nato\s+il|nata\s+il)\s*:?\s*"
          # the genealogists' sign of birth: "(° 12.05.1934)" ("n°" and "1°" are no births)
          r"|(?<![\w])°\s*)")


class FrBirthDateRecognizer(FrPatternRecognizer):
    """Date of birth: "né le 03/03/1985", "née le 3 mars 1985", "né le 1er mars 1985",
    "date de naissance : 03.03.1985". Only the date is reported; a bare date is not personal.

    Legal basis: RGPD art. 4(1): with a name, a date of birth singles a person out.
    """

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("BIRTH_DATE", rf"(?i)(?<={_INTRO}){_DATE}(?!\d)", 0.85),
        # written in words: "né le trois novembre mil neuf cent soixante-dix-neuf"
        Pattern("BIRTH_DATE_WORDS", rf"(?i)(?<={_INTRO}){_DAY_WORDS}[ \u00a0]+{_MONTHS}(?:[ \u00a0]+{_YEAR_WORDS})?", 0.85),  # noqa: E501
        # after the place: "née à Bamako (Mali) le 3 novembre 1979"
        Pattern("BIRTH_DATE_AFTER_PLACE",
                rf"(?i)(?<=\bn[ée]e?s?(?:\(e\))?\s+(?:[àa]|au|aux)\s+[^\n,;.]{{1,60}}?,?\s+le\s+{_WEEKDAY}){_DATE}(?!\d)",
                0.85),
        # after the birth name: "née Martin le 3 mars 1985"
        Pattern("BIRTH_DATE_AFTER_NAME",
                rf"(?<=\b(?i:n[ée]e?)\s+\p{{Lu}}[\p{{L}}'’-]+(?:\s+\p{{Lu}}[\p{{L}}'’-]+)?\s+(?i:le)\s+)(?i:{_DATE})(?!\d)",
                0.85),
        # a birth year or an age: quasi-identifiers the policy masks ("né en 1975", "âgé de 50 ans")
        Pattern("BIRTH_YEAR", r"(?i)(?<=\bn[ée]e?s?(?:\(e\))?\s+en\s+)(?:1[89]|20)\d{2}(?!\d)", 0.8),
        # a month and a year: "né en mars 1938", "née en sept. 1952"
        Pattern("BIRTH_MONTH_YEAR",
                rf"(?i)(?<=\bn[ée]e?s?(?:\(e\))?\s+en\s+){_MONTHS}(?<=\w|\.)\s+(?:1[89]|20)\d{{2}}(?!\d)",
                0.8),
        Pattern("AGE", r"(?i)(?<=\b[âa]g[ée]e?s?(?:\(e\))?\s+de\s+)\d{1,3}\s+ans\b", 0.7),
    ]
    CONTEXT: ClassVar[list[str]] = ["né", "née", "naissance"]
