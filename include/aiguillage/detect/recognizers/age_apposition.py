"""Ages and birth years told in passing: an age set between commas after whoever the sentence is
about ("Petite-fille de mineurs de Merlebach, 31 ans, elle est…", "le titulaire, 67 ans, a fait
connaître…", "élève de 2de, 15 ans et demi (membre…)"), a birth year after a birth place ("né à
Prunelli-di-Fiumorbo en 1949", "Yousra, née à Fès en 2001"), the day a minor comes of age (his
eighteenth birthday: "jusqu'à sa majorité, le 19 novembre 2026").

Each pattern captures the value (group ``value``) after what announces it: no look-behind of
variable length, the engine starts each match at the announcing comma or word."""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from aiguillage.detect.recognizers._base import LANGUAGE

_S = r"[ \u00a0]"
_MONTHS = (r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre"
           r"|d[ée]cembre|janv\.?|f[ée]vr?\.?|avr\.?|juil\.?|sept?\.?|oct\.?|nov\.?|d[ée]c\.?)")
_DATE = (rf"(?:\d{{1,2}}(?:er)?{_S}+(?i:{_MONTHS}){_S}+(?:19|20)\d{{2}}"
         r"|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2})")
# ", 31 ans," — an age between commas, or before a bracket, a dash or the end of the line; a half
# year after it ("15 ans et demi", "15 ans ½")
_APPOSED_AGE = regex.compile(
    rf",{_S}+(?P<value>\d{{1,3}}{_S}+ans(?:{_S}+et{_S}+demi|{_S}*½)?)"
    rf"(?={_S}*(?:[,;)]|\.(?!\d)|\({_S}*\p{{Ll}}|[—–]|$))", regex.M)
# an age opening a bracket after a person's apposed quality or date of birth: "Baptiste Lenoir,
# bénévole (24 ans, étudiant…)", "né le 27/12/1973 (51 ans à la signature)"
_BRACKETED_AGE = regex.compile(
    rf"(?:(?<![\w'’-])\p{{Lu}}[\p{{L}}'’-]+,{_S}+\p{{Ll}}[\p{{L}}'’-]*(?:{_S}+\p{{Ll}}[\p{{L}}'’-]*){{0,2}}"
    rf"|(?<![\w])(?i:n[ée]e?s?|n[ée]\(e\)){_S}+(?i:le{_S}+)?{_DATE})"
    rf"{_S}*\({_S}*(?P<value>\d{{1,3}}{_S}+ans)(?={_S}*(?:[,;)]|(?i:à|au|lors|en){_S}))")
# what makes the years a term, not an age: a lease, a guarantee, a duration, a period
_TERM = regex.compile(
    r"(?i)(?<![\w])(?:bail|baux|dur[ée]e|contrat|concession|garantie|validit[ée]|valable|mandat|renouvellement|renouvelable(?!s)"
    r"|amortissement|pr[êe]t|emprunt|cr[ée]dit|engagement|convention|p[ée]riode|d[ée]lai|tous|pendant"
    r"|depuis|anciennet[ée]|exp[ée]rience|carri[èe]re|services|activit[ée]|soit|il[ \u00a0]+y[ \u00a0]+a"
    r"|tranche|moyenne|moyen|m[ée]dian|ann[ée]es?|mois|semaines?|jours?|heures?)(?![\w])")
# "né à Prunelli-di-Fiumorbo en 1949": the year after a place of birth (a dash, a bracket and up to
# six words of the place)
_YEAR_AFTER_PLACE = regex.compile(
    rf"(?<![\w])(?i:n[ée]e?s?|n[ée]\(e\))(?:{_S}+|{_S}*,{_S}*)(?i:à|au|aux|en){_S}+"
    rf"[\p{{Lu}}][\p{{L}}'’-]*(?:{_S}+(?:\(?[\p{{L}}'’-]+\)?)){{0,5}}?{_S}*,?{_S}+(?i:en){_S}+"
    rf"(?P<value>(?:18|19|20)\d{{2}})(?![\w])")
# the day a minor comes of age: his eighteenth birthday
_MAJORITY = regex.compile(
    rf"(?<![\w])(?i:(?:sa|son|leur){_S}+majorit[ée]|majeure?s?|(?:ses|leurs){_S}+18{_S}+ans|dix-huit{_S}+ans)"
    rf"{_S}*,?{_S}*(?i:le|au|du|à{_S}+compter{_S}+du|soit{_S}+le)?{_S}*(?P<value>{_DATE})")


class FrAgeApposedRecognizer(EntityRecognizer):
    """An age between commas after whoever the clause is about (", 31 ans,"; before a bracket, a
    dash, a full stop or the line's end too; "et demi" with it), unless the clause before it
    speaks of a term (a lease, a duration, seniority: "bail commercial, 9 ans,"); a birth year
    after a place of birth ("né à Fès en 2001"); the date a minor comes of age ("jusqu'à sa
    majorité, le 19 novembre 2026"). Reported as DATE_OF_BIRTH, the type the policy gives ages
    and birth years.

    Legal basis: RGPD art. 4(1): with the rest of the sentence, an age or a birth year singles a
    person out (a quasi-identifier, CNIL guidance on anonymisation); a majority's date is the
    eighteenth birthday, a date of birth.
    """

    ENTITIES: ClassVar[list[str]] = ["DATE_OF_BIRTH"]
    PATTERNS: ClassVar[list[tuple[str, regex.Pattern[str], float]]] = [
        ("APPOSED_AGE", _APPOSED_AGE, 0.7),
        ("YEAR_AFTER_BIRTH_PLACE", _YEAR_AFTER_PLACE, 0.8),
        ("MAJORITY_DATE", _MAJORITY, 0.8),
        ("BRACKETED_AGE", _BRACKETED_AGE, 0.7),
    ]
    CONTEXT: ClassVar[list[str]] = ["ans", "né", "née", "majorité"]

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), supported_language=LANGUAGE,
                         name=type(self).__name__, context=list(self.CONTEXT))

    def load(self) -> None:
        """Nothing to load: the patterns are module constants."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        if entities and not set(entities) & set(self.ENTITIES):
            return []
        name = str(getattr(self, "name", type(self).__name__))
        out: list[RecognizerResult] = []
        for pattern, expression, score in self.PATTERNS:
            for m in expression.finditer(text):
                if pattern == "BRACKETED_AGE" and (int(m.group("value").split()[0]) > 120
                                                   or _TERM.search(text, m.start(), m.start("value"))):
                    continue  # "À Paris, bail commercial (9 ans, renouvelable)": a term
                if pattern == "APPOSED_AGE":
                    # the clause before the comma: from the previous comma, bracket or line start
                    start = max(text.rfind(c, max(0, m.start() - 60), m.start()) for c in ",;(\n.:")
                    if _TERM.search(text, start + 1, m.start()):
                        continue
                why = AnalysisExplanation(recognizer=name, original_score=score, pattern_name=pattern,
                                          textual_explanation="an age or a birth year told in passing")
                out.append(RecognizerResult(self.ENTITIES[0], m.start("value"), m.end("value"), score,
                                            analysis_explanation=why,
                                            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: name,
                                                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY:
                                                                      self.id}))
        return out
