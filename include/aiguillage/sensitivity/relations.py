"""Sexual orientation told by a relation (RGPD art. 9(1)): a woman's wife, a man's husband.

Nobody writes "homosexuelle" in a leave decision; they write "Mme X … l'enfant de son épouse", or
"Sébastien vit avec un homme depuis dix ans". The partner noun gives one gender; the person its
possessive refers to gives the other: the nearest gendered mention before it in the sentence (a
civility, a first name, "elle"/"il", "l'intéressée", "la mère") that is not itself someone's
relative ("sa mère"). A mention whose gender cannot be told ("l'enfant", a surname alone) stops
the search: nothing is inferred. A letter's "votre mari" takes the gender of its salutation.
Two persons of the same gender said to be married, in a couple or joined by a PACS tell the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from aiguillage.sensitivity.names import FEMALE, MALE, gendered_first_names
from aiguillage.sensitivity.subjects import SALUTATION, sentence_bounds, sentence_of
from aiguillage.sensitivity.vocabulary import fold_text, load_yaml

WINDOW = 300  # characters before a partner noun searched for the person it belongs to

# "son épouse", "sa nouvelle compagne", "votre mari", "son ex-conjoint", "sa partenaire".
PARTNER = regex.compile(
    r"(?<![\p{L}])(son|sa|votre|ton|ta)\s+(?:(?:nouvel(?:le)?|nouveau|future?|actuel(?:le)?|ancienne?|"
    r"propre|defunte?|feue?|feu)\s+)?(?:ex[- ]?)?(epouse|femme|compagne|conjointe|partenaire|fiancee|"
    r"concubine|petite\s+amie|amie\s+de\s+coeur|mari|epoux|compagnon|conjoint|fiance|concubin|"
    r"petit\s+ami|ami\s+de\s+coeur)(?![\p{L}])"
)
FEMALE_PARTNERS = frozenset(
    {"epouse", "femme", "compagne", "conjointe", "fiancee", "concubine", "petite amie", "amie de coeur"}
)
# "vit avec un homme", "en couple avec une femme", "mariée à une femme".
LIVES_WITH = regex.compile(
    r"(?<![\p{L}])(?:vi(?:s|t|vons|vez|vent|vait|vaient|vra)|habit(?:e|es|ez|ait|aient)|"
    r"(?:suis|es|est|etes|etait|etiez)\s+en\s+couple|en\s+couple|mariee?s?|pacsee?s?|"
    r"partage\w*\s+(?:sa|la|ma|votre)\s+vie|s.est\s+installee?|vous\s+etes\s+installee?s?)"
    r"\s+(?:depuis\s+[^,.;]{1,25}\s+)?"
    r"(?:avec|a)\s+(un\s+homme|une\s+femme)(?![\p{L}])"
)
# Two persons of one gender said to form a couple ("Mme A et Mme B, mariées depuis 2019").
COUPLE = regex.compile(
    r"(?<![\p{L}])(?:se\s+sont\s+(?:marie|pacse|unie?)e?s|(?:sont|etaient)\s+(?:mariee?s|pacsee?s|en\s+couple)|"
    r"mariee?s\s+depuis|pacsee?s\s+depuis|vivent\s+(?:ensemble|en\s+couple)|mariage\s+(?:de|entre)|"
    r"pacs\s+(?:de|entre)|conjointes|epouses\s+[\p{L}])(?![\p{L}])"
)
CIVILITY = regex.compile(
    r"(?<![\p{L}])(?:(M\.|MM\.|Mr\.?|Monsieur|Messieurs)|(Mme|Mmes|Mlle|Madame|Mesdames|Mademoiselle))"
    r"(?=\s+(?:\p{Lu}|le\s|la\s|l'))"
)
# A civility before an office ("Mme le Maire", "M. le Préfet", "Madame la Présidente"): the office
# acting, not a person whose partner a later possessive names.
OFFICE_TITLE = regex.compile(
    r"\s+(?:le|la|l['’])\s*(?:premi[eè]re?\s+|vice-)?(?:maire|pr[ée]sidente?|pr[ée]f[èe]te?|sous-pr[ée]f[èe]te?|"
    r"directeur|directrice|adjointe?|d[ée]put[ée]e?|s[ée]nat(?:eur|rice)|ministre|recteur|rectrice|"
    r"procureure?|commissaire|secr[ée]taire\s+g[ée]n[ée]rale?|conseill[eè]re?\s+municipale?)\b",
    regex.I,
)
WORD = regex.compile(r"[\p{L}][\p{L}'’-]*")
HEAD_OF = regex.compile(r"[\p{L}'’-]+\s+(?:de\s+|d['’]\s*)")
SURNAME_AFTER = regex.compile(r"[ \t]+\p{Lu}")
PRONOUNS = {"elle": FEMALE, "il": MALE}
# "il" with an impersonal verb names nobody ("il convient", "il est rappelé que").
IMPERSONAL = regex.compile(
    r"\s+(?:y|faut|fallait|convient|s.agit|importe|semble|apparait|ressort|resulte|existe|reste|"
    r"appartient|est\s+(?:rappele|precise|propose|demande|decide|note|constate|indique|prevu|possible|"
    r"necessaire|entendu|convenu|donc|a\s+noter)|sera|serait|a\s+ete|n.y)(?![\p{L}])"
)
# A mention named as someone's relative ("veuve de M. B.", "fille de Mme C"): the sentence's
# subject is that someone, to whom a later possessive refers.
RELATIVE_OF = regex.compile(
    r"(?<![\p{L}])(?:veuve?|veuf|epouse|epoux|mari|femme|compagne|compagnon|conjointe?|fille|fils|mere|pere|"
    r"soeur|frere)\s+(?:de\s+|d['’]\s*)(?:(?:m\.|mme|mlle|madame|monsieur)\s+)?$"
)
RELATIVE_REACH = 25
ARTICLES = frozenset({"le", "la", "l", "cet", "cette", "ce", "ledit", "ladite"})
POSSESSIVES = frozenset({"son", "sa", "ses", "mon", "ma", "mes", "ton", "ta", "tes", "votre", "vos", "leur"})
# A relative of someone else than the sentence's subject ("leur fils … et sa compagne") is a person
# a later possessive may refer to; "sa mère et sa compagne" share their possessor.
OTHER_POSSESSOR = frozenset({"leur", "mon", "ma", "notre", "votre", "ton", "ta"})
KIN = {
    "pere": MALE, "mere": FEMALE, "fils": MALE, "fille": FEMALE, "frere": MALE, "soeur": FEMALE,
    "oncle": MALE, "tante": FEMALE, "mari": MALE, "femme": FEMALE, "homme": MALE, "dame": FEMALE,
    "grand-pere": MALE, "grand-mere": FEMALE, "neveu": MALE, "niece": FEMALE, "garcon": MALE,
}


@dataclass(frozen=True, slots=True)
class Relation:
    """A same-gender couple told at ``start:end`` (the partner noun or the couple's words)."""

    start: int
    end: int
    anchor: str  # what told the person's gender: civility, first_name, pronoun, role, salutation


@lru_cache(maxsize=1)
def gendered_roles() -> dict[str, str]:
    """Role nouns of ``subjects.yaml`` whose feminine is listed too: the pair tells each one's gender
    ("intéressé"/"intéressée", "demandeur"/"demandeuse", "directeur"/"directrice")."""
    roles = {fold_text(str(r)) for r in load_yaml("subjects.yaml").get("roles") or ()}
    out: dict[str, str] = dict(KIN)
    for r in roles:
        for fem in (r + "e", r + "ne", r[:-1] + "se", r[:-3] + "euse", r[:-3] + "rice", r[:-2] + "ere"):
            if fem != r and fem in roles:
                out.setdefault(r, MALE)
                out.setdefault(fem, FEMALE)
    return out


# A mention that the partner noun follows in apposition: the mention is the partner ("Mme Florence
# Vienne, son épouse"), whose possessive points further back; the apposition may first give her
# occupation or birth ("Madame Marie CORRE, retraitée, son épouse", "Mme X, née le 15.03.1973 à
# Mulhouse (68), son épouse"): up to three segments, no sentence's end between.
APPOSED = regex.compile(r"(?:(?:[^,.;:!?\n]|\.(?!\s)){0,60},\s*){1,3}")


def _mentions(text: str, folded: str, start: int, end: int) -> Iterator[tuple[int, str | None, str]]:
    """Person mentions in ``text[start:end]``, last first: (offset, gender or None, kind)."""
    found: list[tuple[int, str | None, str]] = []
    for m in CIVILITY.finditer(text, start, end):
        if OFFICE_TITLE.match(text, m.end()):
            continue  # "Mme le Maire … adressent leurs condoléances à son épouse": the office speaks
        found.append((m.start(), MALE if m.group(1) else FEMALE, "civility"))
    names, roles = gendered_first_names(), gendered_roles()
    previous = ""
    for m in WORD.finditer(folded, start, end):
        word = m.group().replace("’", "'")
        if "'" in word:  # "l'intéressée", "qu'elle"
            head, word = word.split("'", 1)
            previous = head
        if word in PRONOUNS and not (word == "il" and IMPERSONAL.match(folded, m.end())):
            found.append((m.start(), PRONOUNS[word], "pronoun"))
        elif word in roles and (previous in ARTICLES or (previous in OTHER_POSSESSOR and word in KIN)):
            found.append((m.start(), roles[word], "role"))  # "l'intéressée", "leur fils"
        elif (
            word in names
            and text[m.start()].isupper()
            and previous not in POSSESSIVES | ARTICLES | {"de", "du", "en", "a"}
            and SURNAME_AFTER.match(text, m.end())
        ):
            found.append((m.start(), names[word], "first_name"))  # "Sébastien Morel"
        elif text[m.start()].isupper() and previous in ARTICLES | {"de", "du"} and word not in names:
            pass  # "la Commune", "le Département": not a person
        elif word in {"enfant", "agent", "eleve", "mineur", "personne"} and previous in ARTICLES:
            found.append((m.start(), None, "role"))  # someone whose gender the word does not tell
        previous = word
    return iter(sorted(found, reverse=True))


def _salutation(folded: str) -> str | None:
    m = SALUTATION.search(folded[:4000])
    if not m:
        return None
    said = m.group()
    if "madame" in said and "monsieur" in said:
        return None
    return FEMALE if ("madame" in said or "mademoiselle" in said) else MALE


def find_relations(text: str, general: bool = False) -> list[Relation]:
    """Same-gender couples told in ``text``. In a general document (a guide, a FAQ) only a named
    person counts: "si votre épouse…" speaks of anyone."""
    folded = fold_text(text)
    if len(folded) != len(text):  # a ligature moved offsets: read the rest as it is
        return []
    bounds = sentence_bounds(text)
    out: list[Relation] = []
    salutation: str | None = None if general else _salutation(folded)
    candidates: list[tuple[int, int, str]] = []
    for m in PARTNER.finditer(folded):
        det, noun = m.group(1), regex.sub(r"\s+", " ", m.group(2))
        if noun == "partenaire":
            gender = FEMALE if det in ("sa", "ta") else MALE if det in ("son", "ton") else ""
        else:
            gender = FEMALE if noun in FEMALE_PARTNERS else MALE
        if gender and det in ("votre", "ton", "ta"):
            if salutation == gender:
                out.append(Relation(m.start(), m.end(), "salutation"))
            continue
        if gender:
            candidates.append((m.start(), m.end(), gender))
    for m in LIVES_WITH.finditer(folded):
        candidates.append((m.start(), m.end(), FEMALE if m.group(1).endswith("femme") else MALE))
    for start, end, gender in candidates:
        s, _ = sentence_of(bounds, text, start, end)
        mentions = list(_mentions(text, folded, max(s, start - WINDOW), start))
        for i, (pos, anchor, kind) in enumerate(mentions):
            if HEAD_OF.fullmatch(folded, pos, start):
                continue  # "l'enfant de son épouse": the child is not the one whose wife she is
            if RELATIVE_OF.search(folded, max(0, pos - RELATIVE_REACH), pos):
                continue  # "Madame A., veuve de M. B., … son époux": M. B. is whom she is the widow of
            if anchor == gender and APPOSED.fullmatch(folded, pos, start) and any(
                a is not None for _, a, _ in mentions[i + 1 :]
            ):
                continue  # "M. Quentin Nantes et Mme Florence Vienne, son épouse": she is the wife
            if anchor is None or (general and kind not in ("civility", "first_name")):
                break
            if anchor == gender:
                out.append(Relation(start, end, kind))
            break
    for m in COUPLE.finditer(folded):
        s, e = sentence_of(bounds, text, m.start(), m.end())
        named = [g for _, g, kind in _mentions(text, folded, s, e) if kind in ("civility", "first_name")]
        if len(named) >= 2 and len(set(named)) == 1:
            out.append(Relation(m.start(), m.end(), "couple"))
    return sorted(set(out), key=lambda r: r.start)
