"""Findings taken for persons that name a body, a form's label or a title: not personal data.

Each test here is a reason to drop a PERSON finding in :func:`aiguillage.detect.engine.postprocess`,
before names found once are sought again in the whole text (so that a body's name is not replaced
everywhere it is repeated). Each one yields when a civility stands right before the span: "Mme
Paragraph", "M. Lacaisse" are persons whatever their name means.
"""

from __future__ import annotations

import unicodedata

import regex

from aiguillage.detect.recognizers._base import INCLUSIVE_ENDING
from aiguillage.detect.recognizers.names import CIVILITY, first_names, is_ordinary_word
from aiguillage.records import Finding

# Common nouns that head the name of a body, a place of a body or a public building, capitalised
# as the first word of that name ("Association Aides aux victimes 72", "Établissement public
# autonome", "Banque des territoires", "Caisse d'épargne Normandie", "Université de Lorraine",
# "Salle des Graves"). Not the heads that name a business after its owner ("Maison Rouge",
# "Cabinet Pilliot", "Étude Lemoal", "Boulangerie Perrier", "Ferme", "GAEC"): those keep their
# finding. Compared without accents, singular.
_HEADS = frozenset("""
association fondation institut centre comite federation union confederation ligue etablissement agence
office caisse banque mutuelle compagnie groupement syndicat collectif amicale commission direction
delegation metropole communaute college lycee ecole universite faculte laboratoire hopital clinique
observatoire reseau coordination organisation intersyndicale congregation paroisse diocese consistoire
tribunal prefecture sous-prefecture mairie salle stade gymnase piscine mediatheque bibliotheque musee
credit departement region chorale club orchestre troupe cercle fanfare
""".split())  # noqa: SIM905

# Legal forms written after a company's name. A public limited company, a European company, a
# partnership limited by shares and their foreign equivalents are never one person's business:
# the name they follow is a company's ("Dassault Systèmes SE", "Meunier Frères SA"). The small
# forms (SARL, SAS, EURL, SASU, SNC, SCI) are often one person's or one family's business named after
# them: they count only when every other word of the name is a word of the language
# ("Transports Rapides SARL").
_LARGE_FORMS = frozenset({"SA", "S.A.", "SE", "SCA", "AG", "NV", "N.V.", "PLC", "plc", "Inc", "Inc.",
                          "Ltd", "Ltd.", "GmbH", "SpA", "S.p.A.", "LLC", "Corp", "Corp."})
_SMALL_FORMS = frozenset({"SARL", "SAS", "SASU", "EURL", "SNC", "SCI", "SCOP", "SCIC"})
# the company's noun right before the name ("la société Balcia", "de la société Michelin")
_COMPANY_BEFORE = regex.compile(r"(?<![\p{L}])(?i:soci[ée]t[ée]s?)[ \u00a0]+\Z")
# forms that are words of French too, in a text written in capitals ("SA FILLE", "SE PRÉSENTE")
_WORDS_TOO = frozenset({"SA", "SE"})
_CAPITALS_ON = regex.compile(r"[ \u00a0]+\p{Lu}{2}")
# the form right after the span, or after one or two more capitalised words of the name ("BTA
# Insurance" read before "Compagny SE")
_FORM_AFTER = regex.compile(r"(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*){0,2}?[ \u00a0]+(?P<form>[A-Za-z][A-Za-z.]{1,5})"
                            r"(?![\p{L}\d])")
_WORD = regex.compile(r"[\p{L}][\p{L}'’-]*")
_ARTICLES = frozenset({"La", "Le", "Les", "LA", "LE", "LES"})
_SPACES = regex.compile(r"[ \u00a0]*")
_CIVILITY_BEFORE = regex.compile(
    rf"(?<![\p{{L}}]){CIVILITY}[ \u00a0]*(?:et[ \u00a0]+{CIVILITY}[ \u00a0]*)?\Z")


def _plain(word: str) -> str:
    word = unicodedata.normalize("NFD", word.casefold())
    return "".join(c for c in word if not unicodedata.combining(c))


def is_body_head(word: str) -> bool:
    """A capitalised common noun that heads a body's name ("Université", "Associations")."""
    if len(word) < 3 or not word[0].isupper() or not word[1:].islower() or word.casefold() in first_names():
        return False
    plain = _plain(word)
    return plain in _HEADS or (plain.endswith(("s", "x")) and plain[:-1] in _HEADS)


def _after_civility(text: str, f: Finding) -> bool:
    line = text.rfind("\n", 0, f.start) + 1
    return _CIVILITY_BEFORE.search(text, max(line, f.start - 30), f.start) is not None


def body_head(text: str, f: Finding) -> bool:
    """A PERSON whose first word, capitalised as a common noun is, heads a body's name
    ("Association Aides aux victimes 72", "Université de Lorraine", "Banque des territoires"):
    a body, whoever took it for a person. "MAISON Pierre", "ASSOCIATION" in capitals, and a
    head after a civility ("M. Lacaisse") stay."""
    if f.entity_type != "PERSON" or _after_civility(text, f):
        return False
    first = _WORD.match(text, f.start, f.end)
    if first is not None and first.group() in _ARTICLES:
        # "La Banque postale", "Le Centre social", "L'Association": the head after its article
        first = _WORD.match(text, _SPACES.match(text, first.end(), f.end).end(), f.end)
    if first is None:
        return False
    word = first.group()
    return is_body_head(word[2:] if word[:2] in ("L'", "L’") else word)


# the legal forms of companies and farms: alone, they name no one ("(EARL des Pâquiers, associée
# unique)" read "EARL" as a person when the model's span was cut around the farm's place)
LEGAL_FORMS = frozenset(f.casefold() for f in _SMALL_FORMS) | frozenset(
    {"sa", "earl", "gaec", "scea", "gfa", "sem", "spl", "cuma", "sica"}
)


def legal_form_only(text: str, f: Finding) -> bool:
    """A name or place finding that is only a company's legal form (with its article)."""
    if f.entity_type not in ("PERSON", "LOCATION"):
        return False
    words = [w.casefold() for w in regex.findall(r"[^\W\d_]+", text[f.start:f.end])]
    return bool(words) and words[-1] in LEGAL_FORMS and all(
        w in LEGAL_FORMS or w in ("l", "le", "la", "les", "du", "de", "des") for w in words)


def company_form(text: str, f: Finding) -> bool:
    """A PERSON that ends with, or is followed by, the legal form of a company that is nobody's
    own business ("Dassault Systèmes SE", "Vermont SA"), or of a small company whose name holds
    only words of the language ("Transports Rapides SARL"). "Martin SARL" stays (a business named
    after its owner), as does a name after a civility."""
    if f.entity_type != "PERSON" or _after_civility(text, f):
        return False
    words = [m for m in _WORD.finditer(text, f.start, f.end)]
    if not words:
        return False
    if _COMPANY_BEFORE.search(text, max(0, f.start - 12), f.start):
        return True  # "la société Balcia, relative aux désordres": the company named short
    form: str | None = None
    end = f.end
    last = words[-1].group()
    if (last in _LARGE_FORMS or last in _SMALL_FORMS) and len(words) > 1:
        form, words = last, words[:-1]
    else:
        m = _FORM_AFTER.match(text, f.end)
        if m and m.group("form") in _LARGE_FORMS | _SMALL_FORMS:
            form, end = m.group("form"), m.end()
    if form is None:
        return False
    if form in _WORDS_TOO and _CAPITALS_ON.match(text, end):
        return False  # "MME JEANNE DURAND SA FILLE", "DUPONT SE PRÉSENTE": a text in capitals
    if form in _LARGE_FORMS:
        return True
    return all(is_ordinary_word(w.group()) for w in words)


def inclusive_words(span: str) -> str:
    """``span`` with the endings of words written for both genders or numbers removed
    ("Référence(s" → "Référence", "Ingénieur·e" → "Ingénieur")."""
    return str(INCLUSIVE_ENDING.sub("", span + ")" if span.count("(") > span.count(")") else span))
