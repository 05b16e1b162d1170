"""Ages said of a relative, of oneself or in brackets ("Mon mari, quatre-vingt-cinq ans en
décembre", "je suis lente à décrocher à soixante-dix-neuf ans", "(jumeaux, 6 ans)", "(80 ans en
juin)", "elle-même, 71 ans", "Lena Schreiber, 9 Jahre")."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.age import _AGE, _KIN, _NAME
from aiguillage.detect.recognizers.birth_date import _MONTHS
from aiguillage.detect.recognizers.names import CIVILITY
from aiguillage.detect.recognizers.person_kin import KIN_TITLES

_S = r"[ \u00a0]"
# what lasts some years without being anyone's age: a lease, a term, a guarantee
_TERM = (r"(?i:bail|baux|dur[ée]e|contrat|concession|garantie|validit[ée]|valable|mandat|renouvel\w*|"
         r"amortissement|pr[êe]t|emprunt|cr[ée]dit|engagement|convention|p[ée]riode|d[ée]lai|tous\s+les)")
_OWNER = r"(?:mon|ma|mes|son|sa|ses|notre|nos|votre|vos|leur|leurs)"


class FrAgeMoreRecognizer(FrPatternRecognizer):
    """An age right after a relative named by a possessive ("Mon mari, 85 ans"), after "lui-même"
    or "elle-même", said by the writer ("j'ai 79 ans", "je suis lente à décrocher à 79 ans"), in
    brackets after a relation or with a month ("(jumeaux, 6 ans)", "(80 ans en juin)"), and in
    other languages after a name ("Lena Schreiber, 9 Jahre", "John Smith, 42 years old"). Reported
    as DATE_OF_BIRTH, the type the policy gives an age.

    Legal basis: RGPD art. 4(1): with a name or a relation, an age singles a person out.
    """

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("AFTER_OWN_RELATIVE",
                rf"(?<=(?<![\w])(?i:{_OWNER}){_S}+(?i:{_KIN}){_S}*,{_S}*){_AGE}", 0.75),
        Pattern("AFTER_SELF", rf"(?<=(?i:lui|elle|eux|elles)-m[êe]mes?{_S}*,{_S}*){_AGE}", 0.75),
        Pattern("SAID_BY_WRITER",
                rf"(?<=(?<![\w])(?i:j['’]ai|j['’]aurai|je{_S}+vais{_S}+avoir|nous{_S}+avons){_S}+){_AGE}",
                0.75),
        Pattern("WRITER_AT_AGE",
                rf"(?<=(?<![\w])(?i:je{_S}+suis)[^.;!?\n()]{{0,50}}?(?<![\w])à{_S}+){_AGE}", 0.75),
        # the age a person turns, told by whose it is: "anniversaire des 40 ans du demandeur", "pour
        # les 18 ans de ma fille", "les 90 ans de notre voisine" (not "les 40 ans de l'association")
        Pattern("AGE_OF_PERSON",
                rf"(?<![\w])\d{{1,3}}{_S}+ans(?={_S}+(?:(?i:du|de{_S}+la|de{_S}+l['’])|(?i:de){_S}+(?i:{_OWNER})){_S}*"
                rf"(?i:demand(?:eur|euse|eresse)|requ[ée]rante?|p[ée]titionnaire|int[ée]ress[ée]e?|soussign[ée]e?"
                rf"|locataire|signataire|b[ée]n[ée]ficiaire|voisine?|{_KIN})(?![\w]))", 0.7),
        Pattern("BRACKET_RELATION",
                rf"(?<=\((?![^()\n]*{_TERM})\p{{Ll}}[\p{{Ll}}'’ -]{{1,25}},{_S}*){_AGE}(?=\))", 0.7),
        # the last item of a bracket describing someone: "(la plus jeune des électeurs présents,
        # 19 ans)", "(JSP sortant, 18 ans)" — not a term ("(bail renouvelable, 9 ans)")
        Pattern("BRACKET_DESCRIPTION",
                rf"(?<=\((?![^()\n]*{_TERM})[^()\n,]{{2,60}},{_S}*){_AGE}(?=\))", 0.65),
        # the age closing a birth clause: "Née le 23 août 1989 à Rodez (Aveyron) — 36 ans"
        Pattern("AGE_AFTER_BIRTH",
                rf"(?<=(?<![\w])(?i:n[ée]e?s?|n[ée]\(e\)){_S}+(?i:le|en){_S}[^\n;]{{3,80}}?{_S}*[—–,-]{_S}*){_AGE}",
                0.7),
        # the years of a person named by a civility or a family title: "les 70 ans de Mme Josette
        # Dupouy", "90 ans de Mémé Lucette"
        Pattern("AGE_OF_NAMED_PERSON",
                rf"(?<![\w])\d{{1,3}}{_S}+ans(?={_S}+(?i:de|d['’]){_S}*(?:{CIVILITY}|{KIN_TITLES}){_S}*\p{{Lu}})",
                0.7),
        # the age a booking or a party celebrates: "anniversaire (70 ans)", "anniversaire 18 ans de
        # Léa" (not "anniversaire 10 ans du club")
        Pattern("ANNIVERSARY",
                rf"(?<=(?<![\w])(?i:anniversaire){_S}*\(?{_S}*)\d{{1,3}}{_S}+ans(?![\w])"
                rf"(?!{_S}+(?:(?i:du|des|de{_S}+la|de{_S}+l['’]|d['’])|de{_S}+\p{{Ll}}))", 0.6),
        # the year of life someone enters or is in: "entré dans sa 101e année", "dans sa
        # quatre-vingt-dixième année" is the words' job; an old age only ("le club entre dans sa 10e
        # année" is a club's), or springs ("ses 85 printemps")
        Pattern("YEAR_OF_LIFE",
                rf"(?<=(?<![\w])(?i:sa|son|leur|ses){_S}+)(?:(?:[6-9]\d|1[0-2]\d)(?i:e|[èe]me){_S}+(?i:ann[ée]e)"
                rf"|\d{{1,3}}(?i:e|[èe]me)?{_S}+(?i:printemps))(?![\w])", 0.7),
        Pattern("BRACKET_MONTH", rf"(?<=\(){_AGE}(?={_S}+en{_S}+(?i:{_MONTHS})\))", 0.7),
        # the age someone did something at, closing the sentence: "a obtenu sa ceinture noire, à 19
        # ans." (not "gratuit jusqu'à 12 ans", "à partir de 6 ans")
        Pattern("AT_AGE_CLOSING", rf"(?<=,{_S}+à{_S}+)\d{{1,3}}{_S}+ans(?={_S}*(?:[.;!)]|$))", 0.7),
        # two persons' ages together after their names: "M. Roux et Mme Vial, 29 et 28 ans" (not a
        # range: "entre 12 et 15 ans", "de 6 et 7 ans")
        Pattern("AGES_OF_TWO",
                rf"(?<=(?:{_NAME}|\]){_S}*,{_S}*)\d{{1,3}}{_S}+(?:et|&){_S}+\d{{1,3}}{_S}+ans(?![\w])", 0.75),
        Pattern("OTHER_LANGUAGE",
                rf"(?<={_NAME}{_S}*,{_S}*)\d{{1,3}}{_S}+(?:Jahre(?:{_S}+alt)?|years{_S}+old|años|anni)"
                r"(?![\w])",
                0.75),
        # the English age ending a person's line, whatever their name's writing ("Peggy (Margaret)
        # O'Sullivan-Hébert, 75 years old")
        Pattern("YEARS_OLD_LINE",
                rf"(?<=\p{{L}}{_S}*,{_S}*)\d{{1,3}}{_S}+years{_S}+old(?={_S}*[.;]?{_S}*(?:\n|$))", 0.7),
    ]
    CONTEXT: ClassVar[list[str]] = []
