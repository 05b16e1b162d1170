"""The names of a family's members told by what is said of them rather than by a civility: a first
name with an age or a birth ("Lotte (11 ans)", "Ambre, née le 02/02/2026"), after a parent's word
("papa de Capucine"), before a relation in brackets ("Fred (beau-père ?)"), after a partner's word
in lower case ("mon conjoint fred"), as the holder of a child's papers ("la fiche sanitaire
d'Emir"), or signing a short message ("« … whatsapp. Jul »"); and a young child's age in months
("Sacha Bertrand-Noël, 14 mois"), an age a pronoun's person will turn ("il aura 10 ans le 18"), the
day of a birthday beside its age ("90 ans le 4 janvier"), a child's Pass'Sport code."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import regex

from aiguillage.detect.recognizers._base import FrNameRecognizerBase
from aiguillage.detect.recognizers.names import NOT_NAMES, first_names, is_common_word

_S = r"[ \u00a0]"
_CAP = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
_LOW = r"[a-zàâäçéèêëîïôöùûüÿœæ]+(?:-[a-zàâäçéèêëîïôöùûüÿœæ]+)?"
_KIN = (r"(?:conjointe?|mari|femme|[ée]poux|[ée]pouse|compagnon|compagne|fils|fille|fr[èe]re|s[œo]eur|papa|maman"  # noqa: E501
        r"|p[èe]re|m[èe]re|mamie|papi|papy|grand-m[èe]re|grand-p[èe]re|tante|oncle"
        # in-laws, hyphen or space, accent or none ("mon beau frere thierry", written in haste)
        r"|beau[- ]p[èe]re|belle[- ]m[èe]re|beau[- ]fr[èe]re|belle[- ]s(?:œ|oe|o)eur"
        r"|beau[- ]fils|belle[- ]fille"
        r"|cousine?|neveu|ni[èe]ce|petite?-fils|petite?-fille|enfant)")
# a first name, then its age or birth: "Lotte (11 ans)", "Ambre, née le", "Sacha Bertrand-Noël, 14 mois"
_WITH_AGE = regex.compile(
    rf"(?<![\w'’-])(?P<name>{_CAP}(?:{_S}+{_CAP})?)(?:{_S}*\({_S}*\d{{1,2}}{_S}+(?:ans|mois){_S}*\)"
    rf"|{_S}*,{_S}*(?:\d{{1,2}}{_S}+mois|n[ée]e?{_S}+le)(?![\w]))")
# a parent's word before a child's name: "papa de Capucine", "maman d'Inès"
_PARENT_OF = regex.compile(rf"(?i:(?<![\w])(?:papa|maman|p[èe]re|m[èe]re|parents?|grand-m[èe]re|grand-p[èe]re"
                           rf"|mamie|papi|papy){_S}+(?:de{_S}+|d['’]{_S}*))(?P<name>{_CAP})(?![\w'’-])")
# a name, then a relation in brackets: "Fred (beau-père ?)", "Lotte (fille)"
_NAME_THEN_KIN = regex.compile(rf"(?<![\w'’-])(?P<name>{_CAP}){_S}*\({_S}*(?i:{_KIN})(?![\w-])")
# a partner's or relative's word before a first name in lower case: "mon conjoint fred"
_KIN_THEN_LOW = regex.compile(rf"(?i:(?<![\w])(?:mon|ma|son|sa|notre|votre){_S}+{_KIN}){_S}+(?P<name>{_LOW})"
                              r"(?![\w'’-])")
# a child's papers or things, then whose: "la fiche sanitaire d'Emir", "la photo d'Ivan",
# "l'attestation d'aisance aquatique de Yuxi"
_ITEM_OF = regex.compile(
    rf"(?i:(?<![\w])(?:fiche|photo|attestation|certificat|carnet|dossier|autorisation|inscription|vaccins?"
    rf"|affaires|doudou|cartable|sac|tenue|licence|carte|bulletin|r[ée]sultats?)(?![\w-])"
    rf"(?:{_S}+(?!et(?![\w])|ou(?![\w])|de(?![\w])|du(?![\w])|des(?![\w]))[a-zàâçéèêëîïôûù'’-]+){{0,3}}"
    rf"{_S}+(?:de{_S}+|d['’]{_S}*))(?P<name>{_CAP})(?={_S}*[.!?,;»)]|{_S}*$)", regex.M)
# a short message's signature: "« ok je préviens le groupe whatsapp. Jul »"
_SIGNED = regex.compile(rf"[.!?,]{_S}+(?P<name>{_CAP}){_S}*»")
# ages and birthdays
_MONTHS_AGE = regex.compile(rf"(?<=(?:{_CAP}){_S}*,{_S}*|{_CAP}{_S}*\({_S}*)(?P<age>\d{{1,2}}{_S}+mois)(?={_S}*[),]|{_S}{{2}}|\t|$)",  # noqa: E501
                            regex.M)
_WILL_TURN = regex.compile(rf"(?i:(?<![\w])(?:il|elle){_S}+(?:aura|va{_S}+avoir|a{_S}+eu|f[êe]te(?:ra)?{_S}+ses))"  # noqa: E501
                           rf"{_S}+(?P<age>\d{{1,3}}{_S}+ans)(?![\w])")
_MONTH = (r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)")  # noqa: E501
_BIRTHDAY = regex.compile(rf"(?<![\w])\d{{1,3}}{_S}+ans{_S}+le{_S}+(?P<day>(?:1er|\d{{1,2}}){_S}+{_MONTH})(?![\w])",  # noqa: E501
                          regex.I)


_BRACKET_AFTER = regex.compile(rf"{_S}*\({_S}*(?P<first>[\p{{L}}-]+)")
# the words that head a tariff's or a category's rows, not persons ("Enfant (6 ans), Adulte (18 ans)")
_CATEGORIES = frozenset("""enfant enfants adulte adultes junior juniors senior seniors bébé bébés jeune jeunes
ado ados adolescent adolescents étudiant étudiants cadet cadets benjamin benjamins minime minimes poussin
poussins catégorie groupe tarif classe section niveau âge""".split())  # noqa: SIM905


def _bracketed_first_name(text: str, end: int) -> bool:
    """A known first name opens the bracket after the word ("fred (frédéric leblanc)")."""
    m = _BRACKET_AFTER.match(text, end)
    return bool(m) and m.group("first").split("-")[0].casefold() in first_names()
_BRACKET_AGE = regex.compile(rf"\({_S}*\d{{1,2}}{_S}+(?:ans|mois){_S}*\)")


def _listed_with_ages(text: str, m: regex.Match[str]) -> bool:
    """An item of a list of two persons or more, each with its age in brackets ("Lotte (11 ans),
    Daan (6 ans)"): the word is a name even when it is also a word ("Lotte", "Rose")."""
    after = m.end("name")
    if m.group("name").casefold() in NOT_NAMES | _CATEGORIES or (
            not _BRACKET_AGE.match(text, after + 1) and not _BRACKET_AGE.match(text, after)):
        return False
    start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
    return len(_BRACKET_AGE.findall(text, start, len(text) if end < 0 else end)) >= 2


# a child's personal pass code (Pass'Sport, pass Culture: one code per beneficiary)
_PASS_CODE = regex.compile(
    rf"(?i:(?<![\w])pass['’ \u00a0-]?(?:sport|culture)(?![\w])[^\n]{{0,30}}?(?:code|n[°o]|num[ée]ro){_S}*:?{_S}*)"  # noqa: E501
    r"(?P<code>[A-Z0-9]+(?:-[A-Z0-9]+){1,5})(?![\w-])")


def _nameish(word: str) -> bool:
    """A known first name, or a capitalised word no lexicon knows (not a heading's word)."""
    first = word.split()[0]
    if first.casefold() in NOT_NAMES:
        return False
    names = first_names()
    return first.split("-")[0].casefold() in names or not is_common_word(first)


class FrHouseholdMemberRecognizer(FrNameRecognizerBase):
    """A family's members and children named by what is said of them (see the module's docstring),
    and a young child's age in months, an age a person will turn, a birthday's day.

    Legal basis: RGPD art. 4(1); a child's data deserve specific protection (considérant 38).
    """

    ENTITIES: ClassVar[list[str]] = ["PERSON", "DATE_OF_BIRTH", "PERSONAL_REFERENCE"]

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        # (0.88: above the model's 0.85 on the same span, which would otherwise stand alone and be
        # dropped as a word of the language: "Lotte", "Fred")
        for rx in (_WITH_AGE, _PARENT_OF, _ITEM_OF, _SIGNED):
            for m in rx.finditer(text):
                if _nameish(m.group("name")) or (rx is _WITH_AGE and _listed_with_ages(text, m)):
                    yield m.start("name"), m.end("name"), 0.88, "PERSON"
        # a relation in brackets says a person: any capitalised word but a heading's
        for m in _NAME_THEN_KIN.finditer(text):
            if m.group("name").casefold() not in NOT_NAMES:
                yield m.start("name"), m.end("name"), 0.88, "PERSON"
        for m in _KIN_THEN_LOW.finditer(text):
            name = m.group("name")
            if name.casefold() not in NOT_NAMES and (
                    name.split("-")[0] in first_names() or _bracketed_first_name(text, m.end("name"))):
                yield m.start("name"), m.end("name"), 0.88, "PERSON"

    def analyze(self, text: str, entities: list[str], nlp_artifacts: object = None) -> list:  # type: ignore[type-arg]
        out = super().analyze(text, entities, nlp_artifacts)
        from presidio_analyzer import RecognizerResult

        meta = {RecognizerResult.RECOGNIZER_NAME_KEY: str(getattr(self, "name", type(self).__name__)),
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
        if not entities or "PERSONAL_REFERENCE" in entities:
            for m in _PASS_CODE.finditer(text):
                code = m.group("code")
                if any(c.isdigit() for c in code) and any(c.isalpha() for c in code):
                    out.append(RecognizerResult("PERSONAL_REFERENCE", m.start("code"), m.end("code"), 0.8,
                                                recognition_metadata=dict(meta)))
        if not entities or "DATE_OF_BIRTH" in entities:
            for rx, group in ((_MONTHS_AGE, "age"), (_WILL_TURN, "age"), (_BIRTHDAY, "day")):
                for m in rx.finditer(text):
                    out.append(RecognizerResult("DATE_OF_BIRTH", m.start(group), m.end(group), 0.8,
                                                recognition_metadata=dict(meta)))
        return out
