"""The days of a person's civil life in the shapes of foreigners' papers and their translations:
a date typed with spaces around its slashes ("né le 12 / 08 / 2000"), an English month cut short
("born on 11-Apr-1993", "né le 11 Apr 1993"), a Hijri date with its Gregorian equivalent ("Le
vingt-sept chaabane 1444 correspondant au 19 mars 2023, ont comparu devant nous"), a wedding
"contracté" in words ("ont contracté mariage le vingt juin deux mille quinze"), the day a civil act
was drawn up ("l'acte de naissance a été dressé le 22 mars 1978"), an approximate year after "né
le" ("né le vers 1989")."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.birth_date import _DATE, _DAY_WORDS, _INTRO, _MONTHS, _YEAR_WORDS
from aiguillage.detect.recognizers.birth_date_more import _FOREIGN_MONTHS

_S = r"[ \u00a0]"
# a day, a month and a year apart by a slash, a dot or a dash with spaces around them
_SPACED = (rf"(?:0?[1-9]|[12]\d|3[01]){_S}*[/.\-]{_S}*(?:0?[1-9]|1[0-2]){_S}*[/.\-]{_S}*(?:19|20)\d{{2}}"
           r"(?!\d)")
# a day, an English (or German) month cut short or whole, a year: "11-Apr-1993", "11 Apr. 1993",
# "April 11, 1993", "Apr 11th 1993"
_ENGLISH = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[\-/ \u00a0]{_FOREIGN_MONTHS}[\-/ \u00a0,]{{1,2}}(?:19|20)\d{{2}}"
            rf"|{_FOREIGN_MONTHS}{_S}+\d{{1,2}}(?:st|nd|rd|th)?,?{_S}+(?:19|20)\d{{2}})(?!\d)")
# the months of the Hijri calendar as French and English transliterate them
_HIJRI_MONTHS = (r"(?:mou?h?arr?am|muharr?am|safar|rabi[ae]?['’]?[ \u00a0-]*(?:a?[lr][ \u00a0-]*)?"
                 r"(?:awwal|awal|aouel|oual|thani|tani|akhir|ak?hira)"
                 r"|d?jou?mad[ae][ \u00a0-]*(?:a?[lr][ \u00a0-]*)?(?:oula|ula|awwal|awal|thania|thani|tania|akhira|ukhra)"  # noqa: E501
                 r"|jumad[ae][ \u00a0-]*(?:a?[lr][ \u00a0-]*)?(?:oula|ula|awwal|awal|thania|thani|akhira|ukhra)"  # noqa: E501
                 r"|r[ae]dj?ab|rejeb|cha['’]?a?bane?|sha['’]?a?ban|ramad[h]?an|ramazan|ch?awwal|shawwal|chaoual"
                 r"|dh?o[u]?[ \u00a0-]*(?:a?l[ \u00a0-]*)?(?:qi['’]?da|qa['’]?da|kaada|kada|hij+a|hidja|hijja))")  # noqa: E501
_HIJRI = (rf"(?:1er|\d{{1,2}}|{_DAY_WORDS}){_S}+{_HIJRI_MONTHS}{_S}+1[34]\d{{2}}(?:{_S}*(?:H|AH|h[ée]g\.?|de{_S}+l['’]h[ée]gire))?"  # noqa: E501
          r"(?![\w])")
# the Gregorian day a Hijri date is given with
_EQUIVALENT = (rf"{_S}*(?:,{_S}*)?\(?(?i:correspondant{_S}+(?:au|[àa]){_S}+(?:la{_S}+date{_S}+du{_S}+)?"
               rf"|soit{_S}+(?:le{_S}+)?|c['’]est-[àa]-dire{_S}+(?:le{_S}+)?|={_S}*)(?i:{_DATE})\)?")
# what a Hijri date of an act or a life event is told with: the act's parties, a birth, a wedding
_EVENT_NEAR = (r"(?=[^.\n]{0,120}?(?i:comparu|n[ée]e?s?(?![\w])|mari[ée]|mariage|d[ée]c[ée]d|d[ée]c[eè]s"
               r"|acte|naissance))")
_EVENT_BEFORE = (r"(?<=(?<![\w])(?i:n[ée]e?s?(?:\(e\))?|mari[ée]e?s?|d[ée]c[ée]d[ée]e?s?|mariage|d[ée]c[eè]s"
                 rf"|naissance){_S}+(?i:le|du|en){_S}+)")
# a wedding contracted or celebrated, then its day in figures or words
_WEDDING = (rf"(?<=(?<![\w])(?i:contract[ée]s?|c[ée]l[ée]br[ée]s?|conclu)(?:{_S}+(?i:leur|un))?{_S}+"
            rf"(?i:mariage|union){_S}+(?i:le){_S}+)")
_DATE_WORDS = rf"{_DAY_WORDS}{_S}+{_MONTHS}(?:{_S}+{_YEAR_WORDS})?"
# a civil act drawn up: "l'acte de naissance a été dressé le", "acte de mariage n° 713 établi le"
_ACT_DRAWN = (rf"(?<=(?<![\w])(?i:acte){_S}+(?i:de|d['’]){_S}*(?i:naissance|mariage|d[ée]c[eè]s|reconnaissance)"  # noqa: E501
              rf"(?:{_S}+(?i:n[°o]){_S}*[\w/.-]+)?,?{_S}+(?i:(?:a{_S}+[ée]t[ée]|fut|est|avait{_S}+[ée]t[ée]){_S}+)?"
              rf"(?i:dress[ée]|[ée]tabli|r[ée]dig[ée]|enregistr[ée]|transcrit){_S}+(?i:le){_S}+)")


class FrForeignShapeDateRecognizer(FrPatternRecognizer):
    """Days of a person's civil life in the shapes of foreign papers (module docstring). Reported as
    DATE_OF_BIRTH, the type the policy gives a person's dates.

    Legal basis: RGPD art. 4(1): with a name, the day of a birth or a wedding singles a person out.
    """

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS: ClassVar[list[Pattern]] = [
        # (what the date starts with is looked for first: the cue behind is costly at every position)
        Pattern("BIRTH_DATE_SPACED", rf"(?i)(?=\d{{1,2}}{_S}*[/.\-]{_S}*\d)(?<={_INTRO}){_SPACED}", 0.85),
        Pattern("BIRTH_DATE_ENGLISH_MONTH",
                rf"(?i)(?=\d{{1,2}}(?:st|nd|rd|th)?[\-/ \u00a0]\p{{L}}|{_FOREIGN_MONTHS}{_S}+\d)(?<={_INTRO}){_ENGLISH}",  # noqa: E501
                0.85),
        Pattern("HIJRI_WITH_EQUIVALENT", rf"(?i){_HIJRI}(?:{_EQUIVALENT})?{_EVENT_NEAR}", 0.8),
        Pattern("HIJRI_AFTER_EVENT", rf"(?i){_EVENT_BEFORE}{_HIJRI}(?:{_EQUIVALENT})?", 0.85),
        Pattern("WEDDING_CONTRACTED", rf"{_WEDDING}(?i:{_DATE}|{_DATE_WORDS})(?!\d)", 0.85),
        Pattern("CIVIL_ACT_DRAWN", rf"{_ACT_DRAWN}(?i:{_DATE}|{_DATE_WORDS})(?!\d)", 0.8),
        Pattern("BIRTH_YEAR_ABOUT",
                rf"(?i)(?<=(?<![\w])n[ée]e?s?(?:\(e\))?{_S}+le{_S}+)(?:vers|environ|courant|en){_S}+(?:1[89]|20)\d{{2}}"
                r"(?!\d)", 0.8),
    ]
    CONTEXT: ClassVar[list[str]] = []
