"""The sensitivity classifier: sensitive facts about persons and confidential content, with evidence.

It returns facts, never routes: the policy turns each category into its reason code and route.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

import regex

from aiguillage.records import Extraction, Finding
from aiguillage.sensitivity.markings import (
    DEFINITION_WORD,
    EXPLAIN,
    MARKING_KINDS,
    MarkingRules,
    find_markings,
)
from aiguillage.sensitivity.nature import NatureRules, find_nature
from aiguillage.sensitivity.relations import find_relations
from aiguillage.sensitivity.subjects import (
    CIVILITY_NAME,
    PERSON_TYPES,
    Attributor,
    DocumentContext,
    Subject,
    SubjectWords,
    foreign_language,
    is_row,
    sentence_bounds,
    sentence_of,
)
from aiguillage.sensitivity.vocabulary import (
    WORD,
    Hit,
    Vocabulary,
    fold,
    load_vocabulary,
    load_yaml,
    term_keys,
    word_keys,
)

# A value that makes a security detail concrete: a code mixing letters and digits, a run of 4+
# digits that is not a year or an amount nor part of a reference, a time, an IP address, a "#"/"*" code.
_CODE = (
    r"(?:(?=[\p{L}\p{N}]*\p{N})(?=[\p{L}\p{N}]*\p{L})[\p{L}\p{N}]{4,12}"
    r"|(?!(?:19|20)\d\d(?![\p{N}]))\d{4,8}(?!\s*(?:€|euros?|EUR|m2|m²|habitants))"
    r"|\d{1,3}(?:\.\d{1,3}){3}|[#*]\d+|\d+[#*]"
    # grouped digits ("47-12-88", "12 34 56"), never a short date ("12-03-25")
    r"|(?!(?:0[1-9]|[12]\d|3[01])[ .-](?:0[1-9]|1[0-2])[ .-]\d\d(?![ .-]?\d))\d{2}(?:[ .-]\d{2}){2,3}"
    r"|\d(?: \d){3,7})"
)
# how far after a security term, in a procedure or a record, its value is given ("l'alarme du
# bureau se désactive avec le code 5903")
VALUE_REACH = 60
_TIME = r"(?:\d{1,2}\s?h(?:\s?\d{2})?|\d{1,2}:\d{2})"
# (never a piece of a reference: "71-2025-10-27-00003", "n° 2025/0412", "arrêté n° 2025-VP-0412")
_ALONE_BEFORE = r"(?<![\p{L}\p{N}])(?<![\p{L}\p{N}][-/])"
_ALONE_AFTER = r"(?![\p{L}\p{N}])(?![-/][\p{L}\p{N}])"
SECURITY_VALUE = regex.compile(_ALONE_BEFORE + f"(?:{_CODE}|{_TIME})" + _ALONE_AFTER)
# A time makes concrete only what happens at a time (a round, a patrol, an escort, an alarm switched
# off): "maintenance des serveurs de 7 h à 13 h", "atelier vidéoprotection | 2 h" give no weakness.
CODE_VALUE = regex.compile(_ALONE_BEFORE + _CODE + _ALONE_AFTER)
# A secret given after its label ("mot de passe provisoire : Finances#2025!Ma", "identifiant =
# regie.suppl2"): any token that mixes letters with digits or signs.
CREDENTIAL_VALUE = regex.compile(
    r"(?:[:=]|\best\b)[ \t]*[«\"'“]?[ \t]*(?=[^\s;,]*[\p{N}#!@$%&*?+])(?=[^\s;,]*\p{L})[^\s;,«»\"“”]{6,40}"
    + "|" + CODE_VALUE.pattern
)
DEFINITION = regex.compile(
    r"(\?|d[ée]signe|" + DEFINITION_WORD + r"|signifie|on\s+entend\s+par|au\s+sens\s+de|"
    r"qu.est-ce|c.est-[àa]-dire|\bFAQ\b)",
    regex.I,
)
# A reservation names secrets only to protect them ("sous réserve des secrets protégés par la loi").
# A rule's condition ("Lorsque la thèse contient des informations confidentielles, le chef
# d'établissement peut…"): what is done with any secret, none given; not one that points at this
# document or its own ("si ces informations venaient à être divulguées", "si notre procédé…").
CONDITION = regex.compile(
    r"^[\W\d]*(?:si|lorsqu|lorsque|quand|des\s+lors\s+qu|en\s+cas\s+d|dans\s+le\s+cas\s+o|au\s+cas\s+o)\b"
)
POINTS_AT_ITSELF = regex.compile(
    r"\b(?:ce|cet|cette|ces|le\s+present|la\s+presente|nos|notre|mon|ma|mes|votre|vos)\b|\bci-(?:joint|dessous|apres)"
)
RESERVATION = regex.compile(
    r"sous\s+r[ée]serve|dans\s+le\s+respect\s+d|[àa]\s+l.(?:exception|exclusion)\s+d|"
    r"prot[ée]g[ée]e?s?\s+par\s+la\s+loi|couverte?s?\s+par\s+le\s+secret|"
    r"(?:seront|sont|doit|doivent)\s+(?:[\p{L}]+\s+)?occult",
    regex.I,
)
AMOUNT = regex.compile(r"\d(?:[\d \u00a0\u202f.,]*\d)?\s?(?:€|euros?\b|EUR\b|k€|M€)")
# A cost price told of a public service rather than of a company (folded words), near the term; a
# company writing of "notre" cost is one.
COST_REACH = 80
WE = regex.compile(r"\b(?:notre|nos|nous)\b")
OWN_COST = regex.compile(r"cout\s+horaire|cout\s+de\s+revient|prix\s+de\s+revient")
PUBLIC_SERVICE = regex.compile(
    r"\b(?:service|services|regie|ccas|cias|commune|collectivite|syndicat\s+intercommunal|budget\s+annexe"
    r"|deficit|ville|departement|etablissement\s+public|equipement\s+public|piscine\s+municipale"
    r"|restauration\s+scolaire|tarif\s+(?:departemental|de\s+reference|municipal))\b"
)
COMPANY = regex.compile(
    r"\b(?:entreprises?|societes?|sarl|sas|sasu|eurl|titulaire|candidats?|soumissionnaires?|prestataires?"
    r"|fournisseurs?|attributaire|groupement|offres?|delegataire|concessionnaire|exploitant|cabinet|artisan)\b"
)
# A sentence that says the secret is withheld from its reader ("Le bordereau des prix unitaires et le
# mémoire technique du titulaire ne vous sont pas communiqués"), giving no amount: it tells none.
WITHHELD = regex.compile(
    r"\bne\s+(?:vous\s+|leur\s+|lui\s+|nous\s+)?(?:sont|est|seront|sera|peuvent|peut|pourront|pourra)\s+"
    r"(?:pas|plus)\s+(?:[eê]tre\s+)?(?:communiqu|transmis|diffus|publi|divulgu|rendue?s?\s+publi)|"
    r"\b(?:sont|est|seront|restent|reste|ont\s+[ée]t[ée]|a\s+[ée]t[ée])\s+(?:exclue?s?\s+de\s+la\s+communication|"
    r"non\s+communicables?|occult[ée]e?s?|disjointe?s?)",
    regex.I,
)
ARTICLE_PARAGRAPH = 300  # characters: a reproduced article has paragraphs; a list of headlines has none
PROSE_BREAK = regex.compile(r"(?<=[.!?»)\"])[ \t]*\n|\n[ \t]*\n")
# A table row of an elected official (the role in a cell): the party or label beside the name is the
# mandate's, public (CGCT L.2121-25), not a private person's opinion.
ELECTED_ROW = regex.compile(
    r"\b(?:maire|adjointe?|conseill(?:er|ere)s?|vice-presidente?|presidente?|elue?\(?e?\)?s?|deleguee?|"
    r"senat(?:eur|rice)|deputee?|representante?s?\s+(?:du|de\s+la|de\s+l.|des)\s+(?:conseil|departement|region"
    r"|commune|communaute|metropole|assemblee|ville))\b"
)
# A term that names an office ("juge de l'application des peines", "officier de police judiciaire")
# after a civility and an article ("Mme la juge …"): the holder's title, no measure anyone is under.
OFFICE_TERM = regex.compile(r"(?:juge|officier|procureur|substitut|magistrat)\b")
CIVILITY_BEFORE = regex.compile(
    r"\b(?:M\.|Mme|Mmes|MM\.|Monsieur|Madame|Messieurs|Mesdames)\s+(?:le|la|l['’]|les)\s*$"
)
MEMBER_ITEM = regex.compile(r"\s*[-–—•*]\s*")
# The staff of an institution a term names ("la directrice de la maison d'arrêt"), folded.
STAFF_OF = regex.compile(
    r"\b(?:directeur|directrice|direction|chef|cheffe|personnels?|surveillante?s?|equipes?|responsable"
    r"|adjointe?|conseill(?:er|ere)s?|medecins?|psychologues?|aumoniers?|greffe|greffiere?)"
    r"(?:\s+[\p{L}-]+)?\s+(?:du|de\s+la|de\s+l['’]|des)\s*$"
)
# A line that labels a seat of a body's composition ("Représentant du département : M. X (…)").
SEAT_LINE = regex.compile(r"\s*(?:[-–•*]\s*)?([^:\n]{2,60}?)\s?:\s")
SEAT_LINE_CHARS = 200
# The source of a table's figures ("(source : tribunaux judiciaires de X et Y, SPIP)").
SOURCE_NOTE = regex.compile(r"\bsources?\s*:[^)\n]*$")
# The administration's own notice published in a newspaper (legal announcements): no article reproduced.
OWN_NOTICE = regex.compile(
    r"\b(?:avis|annonces?|insertions?|publicite|arretes?|convocations?)\b[^.;\n]{0,80}?"
    r"\b(?:(?:a|ont)\s+ete\s+|est\s+|sont\s+|sera\s+|seront\s+)?(?:publiee?s?|parue?s?|inseree?s?)\s+dans\b|"
    r"\bannonces?\s+legales?\b|\bjournal\s+d.annonces\b"
)
# A press review made of the service's own summaries or of links to the articles.
PRESS_SUMMARIES = regex.compile(
    r"\b(?:resumes?|syntheses?|analyses?)\s+(?:\w+\s+)?(?:redige|etabli|prepare|realise|ecrit)e?s?\s+par\b"
    r"|\bliens?\s+vers\s+(?:les\s+|l.)?articles?\b"
)
# A public body holding the rights of its own publication ("© Ville de …", "© 2024 Département").
PUBLIC_HOLDER = regex.compile(
    r"\s*(?:\d{4}\s*[-–]?\s*)?(?:ville|commune|mairie|d[ée]partement|r[ée]gion|pr[ée]fecture|[ée]tat|"
    r"r[ée]publique|conseil|ccas|m[ée]tropole|communaut[ée]|agglom[ée]ration|syndicat|universit[ée]|"
    r"centre hospitalier|chu|minist[èe]re|acad[ée]mie|rectorat)\b",
    regex.I,
)
# Who made a work, said after the cue: the administration's own service is no third party.
MAKER_CUES = frozenset({"propos recueillis par", "credit photo", "credits photos", "photo d'agence"})
OWN_SERVICE = regex.compile(
    r"\s*:?\s*(?:(?:le|la|les|l['’])\s*)?(?:service|direction|cellule|pole|mission|equipe|redaction)\b"
    r"[^\n.]{0,30}?\b(?:communication|municipal\w*|de la ville|de la mairie|du magazine|du journal)"
)
PICTURES = regex.compile(
    r"\b(?:photo\w*|illustrations?|images?|visuels?|affiches?|cartes postales|gravures?|dessins?)\b"
)
# A blank form asks, it does not tell: a field left empty ("Titre de séjour n° : ……") or options
# offered in boxes that nobody ticked ("□ célibataire □ divorcé(e)").
EMPTY_BOX = "□☐❑❒▢"
TICKED_BOX = "☒☑✓✔✗✘■▣"
# Where a marking is put on the document itself, as opposed to written in its body.
PLACED_MARKINGS = MARKING_KINDS | {"edge", "picture_ocr", "ocr"}
MAX_EVIDENCE_PER_CATEGORY = 5
SECURITY_FOCUS = 3
FOCUS_REACH = 200  # how close to a security term a concrete value makes a document about security
# Findings made to be masked rather than to say whom a fact is about: a known first name standing
# alone ("déclaré perdu par Sébastien") is masked wherever it stands, but as any subject of a term it
# made published documents sovereign (holdout5: two more); it names only the grammatical subject of
# the term's clause ("Quentin a été hospitalisé hier soir"), in no council record or guide.
SUBJECTLESS_RECOGNIZERS = frozenset({"FrLoneFirstNameRecognizer"})
# "E. coli", "S. aureus": a species the NER reads as an initial and a name; no one a fact is about
BINOMIAL = regex.compile(r"\p{Lu}\.\s?\p{Ll}{3,}")
MAX_ATTRIBUTED = 40  # terms of one category examined per document (parsing every one costs, rarely changes)


@dataclass(frozen=True, slots=True)
class Fact:
    """A sensitive fact: its category, the rule that found it, where, and about whom (a finding's
    index or a kind of reference: never a value)."""

    category: str
    rule: str
    start: int
    end: int
    subject: str = "none"


class SensitivityClassifier:
    """Vocabularies, markings, document natures and the attribution of terms to persons."""

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        self.vocabulary = vocabulary or load_vocabulary()
        self.markings = MarkingRules.load()
        self.nature = NatureRules.load()
        self.attributor = Attributor(SubjectWords.load())
        ip = load_yaml("ip.yaml")
        self.press_cues = frozenset(fold(str(c)) for c in ip.get("cues") or ())
        security = load_yaml("security.yaml")
        self.timed_security = frozenset(term_keys(str(t)) for t in security.get("timed") or ())
        self.credentials = frozenset(term_keys(str(t)) for t in security.get("credentials") or ())

    def _security_value(self, hit: Hit) -> regex.Pattern[str]:
        """What makes a security term a detail: a code, or a time for what happens at a time."""
        keys = term_keys(hit.term)
        if keys in self.credentials:
            return CREDENTIAL_VALUE
        return SECURITY_VALUE if keys in self.timed_security else CODE_VALUE

    def _register(self, text: str, findings: Sequence[Finding]) -> int | None:
        """The end of the title lines of a register of persons (a table with rows naming persons:
        "Registre d'enrôlement biométrique" over "M. X | index droit | 92/100"), or None."""
        if _rows_naming_persons(text, 0, len(text), findings) < REGISTER_ROWS:
            return None
        titles = [m.end() for m in regex.finditer(r"[^\n]*\S[^\n]*", text)][:TITLE_LINES]
        return titles[-1] if titles else None

    def _titles_rows(self, text: str, hit: Hit) -> bool:
        """A title term that nothing before it in its line makes a topic or a name ("Subventions aux
        associations de lutte contre le cancer" is no register of patients)."""
        line_start = text.rfind("\n", 0, hit.start) + 1
        words = self.attributor.words
        heads = words.topic_heads | words.organisation_heads | words.unit_heads | words.group_heads
        return not any(word_keys(w) & heads for w in WORD.findall(text[line_start : hit.start]))

    def anchors(self, text: str, findings: Sequence[Finding]) -> tuple[bool, bool]:
        """Whether the text names a person (a name or a civility) and uses a term of the
        vocabularies outside a name, whoever it is about: what the statistical reading leans on."""
        person = any(f.entity_type in PERSON_TYPES for f in findings) or bool(CIVILITY_NAME.search(text))
        hits = _longest(self.vocabulary.find(text))
        term = any(h.kind != "not" and not _in_a_name(text, h, findings) for h in hits)
        return person, term

    def classify(self, extraction: Extraction, findings: Sequence[Finding]) -> list[Fact]:
        text = extraction.text
        found = _longest(self.vocabulary.find(text))
        religious = {h.start for h in found if h.category == "religion"}
        first_names = [f for f in findings if f.recognizer in SUBJECTLESS_RECOGNIZERS]
        kept = [
            i
            for i, f in enumerate(findings)
            if f.recognizer not in SUBJECTLESS_RECOGNIZERS
            and not (
                f.entity_type == "PERSON"
                and (BINOMIAL.fullmatch(text, f.start, f.end) or f.start in religious)
            )  # (nor a feast read as a name: "Aïd el-Adha, Roch Hachana, Yom Kippour")
        ]
        findings = [findings[i] for i in kept]
        facts: list[Fact] = []
        natures = find_nature(extraction, self.nature)
        facts += [Fact(n.category, f"nature.{n.kind}", n.start, n.end, "document") for n in natures]
        context = DocumentContext.of(text, findings, by_nature=bool(natures))
        facts += [
            Fact("marking", f"marking.{m.where}", m.start, m.end)
            for m in find_markings(extraction, self.markings)
            if not (context.general and m.where not in PLACED_MARKINGS)  # a guide's table of levels
        ]
        facts += [
            Fact("sexuality", "sexuality.relation", r.start, r.end, f"relation.{r.anchor}")
            for r in find_relations(text, general=context.general)
            if not context.assembly or r.anchor in ("civility", "first_name", "couple")
        ]
        hits = [
            h
            for h in found
            if h.kind != "not" and not _in_a_name(text, h, findings)
        ]
        if not hits:
            return _trim(_reindexed(facts, kept))
        bounds = sentence_bounds(text)
        hits = [h for h in hits if h.kind != "foreign" or _in_another_language(text, bounds, h)]
        # A document about security (several distinct details: codes, rounds, cameras, servers…):
        # its details count without a value next to each.
        security_terms = [h for h in hits if h.category == "security" and h.kind == "term"]
        security_focus = len({term_keys(h.term) for h in security_terms}) >= SECURITY_FOCUS and any(
            self._security_value(h).search(text, max(0, h.start - FOCUS_REACH), h.end + FOCUS_REACH)
            for h in security_terms
        )  # (a report counting cameras and patrols gives no code, no time, no place of a post)
        # a press review that says it gives summaries or links: no article is reproduced in it
        # or only headlines (no run of prose long enough to be an article's paragraph: lines a PDF
        # wrapped mid-sentence are read together, a headline ends its line with "»" or ")")
        summaries = bool(PRESS_SUMMARIES.search(fold(text[:1500]))) or not any(
            len(piece) >= ARTICLE_PARAGRAPH for piece in PROSE_BREAK.split(text[:200_000])
        )
        per_category: dict[str, int] = {}
        about_person: list[Hit] = []
        metadata = [(s, e) for s, e, p in extraction.part_spans() if p.kind == "metadata"]
        for h in hits:
            spec = self.vocabulary.categories[h.category]
            if h.category not in TIMELESS and _historical(text, bounds, h.start, h.end):
                continue  # "fut arrêtée par la Gestapo en 1943 et mourut à la prison de Fresnes"
            widow = h.category == "family" and fold(text[h.start : h.end]) in ("veuve", "veuf")
            if widow and WIDOW_DESIGNATION.match(text, h.end):
                continue  # "Mme Geneviève BOUGEARD veuve ROLLAND": how a civil or notarial act names her
            if spec.kin_only and fold(h.term) in spec.kin_only:
                s, e = sentence_of(bounds, text, h.start, h.end)
                said = KIN_DESIGNATION.sub(" ", text[s:e])  # "Louise Perraud épouse Chanut": her name
                if not spec.kin_words & set(regex.findall(r"[\p{L}-]+", fold(said))):
                    continue  # "Le docteur Bouvier nous a quittés le 28 mai", "Louise X (décédée en 1961)"
            if context.delegation and spec.about == "person" and is_row(_line(text, h.start)):
                continue  # "Anne Poirier | Directrice des migrations | Titres de séjour, éloignement"
            if h.category == "politics" and (
                (is_row(row := _line(text, h.start)) and ELECTED_ROW.search(fold(row)))
                or (
                    len(row) <= SEAT_LINE_CHARS
                    and (seat := SEAT_LINE.match(row))
                    and ELECTED_ROW.search(fold(seat.group(1)))
                )
            ):
                continue  # "3e adjoint | M. Youssef BENALI | Pontivy Ensemble (EELV)", "Représentant du
                # département : M. X (divers droite)": an official's label in a list of seats
            line_before = text[text.rfind("\n", 0, h.start) + 1 : h.start]
            if (
                h.category == "criminal"
                and OFFICE_TERM.match(fold(h.term))
                and (member := CIVILITY_BEFORE.search(line_before))
                and (context.assembly or MEMBER_ITEM.fullmatch(line_before, 0, member.start()))
            ):
                continue  # "— Mme la juge de l'application des peines ;" in a list of members: an office
            if fold(h.term) in self.attributor.words.institutions and STAFF_OF.search(fold(line_before)):
                continue  # "Mme la directrice de la maison d'arrêt et son adjoint": where she works
            if spec.about == "person" and SOURCE_NOTE.search(fold(line_before)):
                continue  # "(source : tribunaux judiciaires, SPIP)": a body that gave the figures
            if fold(h.term) in spec.occupations and (
                _practised_by(text, h, findings) or fold(text[h.start : h.end]).endswith(("s", "x"))
            ):
                continue  # "le Dr Pierre Lestrade, addictologue au CH", "Martine, assistante familiale",
                # "quatre médecins, deux kinésithérapeutes": who practises, not who is cared for
            if spec.about == "person" and _blank(
                _line(text, h.start), text[h.end : h.end + 40], _next_line(text, h.end)
            ):
                continue
            if (
                spec.about == "person"
                and h.category == "union"
                and h.kind == "acronym"
                and (context.assembly or context.social_dialogue)
            ):
                # a staff committee's members sit for their organisation ("Mme X (FO)"); "M. X, professeur,
                # secrétaire de la section SNES-FSU du lycée" is a mandate told of the person just named
                if UNION_MANDATE.search(fold(text[max(0, h.start - MANDATE_REACH) : h.start])):
                    holder = next(
                        (
                            i
                            for i in range(len(findings) - 1, -1, -1)
                            if findings[i].entity_type == "PERSON"
                            and 0 <= h.start - findings[i].end <= HOLDER_REACH
                            and "\n" not in text[findings[i].end : h.start]
                        ),
                        None,
                    )
                    if holder is not None:
                        facts.append(Fact("union", "union.mandate", h.start, h.end, f"finding:{holder}"))
                continue
            if (
                spec.about == "person"
                and not (context.assembly or context.delegation or context.social_dialogue)
                and _heads_a_column_of_persons(text, h, findings)
            ):
                facts.append(Fact(h.category, f"{h.category}.column", h.start, h.end, "table"))
                continue
            if spec.about == "person":
                per_category[h.category] = per_category.get(h.category, 0) + 1
                in_metadata = any(s <= h.start < e for s, e in metadata)  # authors' names: no facts
                if per_category[h.category] <= MAX_ATTRIBUTED and not in_metadata:
                    about_person.append(h)
                continue
            s, e = sentence_of(bounds, text, h.start, h.end)
            sentence = text[s:e]
            if h.kind == "press":
                # the title's own words are no cue ("La Dépêche du Midi" holds "dépêche")
                ls = text.rfind("\n", 0, h.start) + 1
                line = fold(_line(text, h.start)[: h.start - ls] + " " + _line(text, h.end)[h.end - ls :])
                if summaries or not any(c in line.split() or f"{c} :" in line for c in self.press_cues):
                    continue
                if OWN_NOTICE.search(fold(sentence)):
                    continue  # "L'avis d'enquête a été publié dans La Nouvelle République": its own notice
            elif h.category == "ip" and summaries and fold(h.term) == "revue de presse":
                continue  # "Revue de presse — résumés rédigés par le service ; liens vers les articles"
            elif h.category == "security" and (context.general or context.assembly):
                # a job offer, a procedure or a council's minutes name security, they do not give it:
                # only a value right after the term does ("le digicode est 4512B")
                value = self._security_value(h).search(text, h.end, h.end + VALUE_REACH)
                if DEFINITION.search(sentence) or not value:
                    continue
            elif h.kind in ("term", "acronym") and h.category == "security":
                if DEFINITION.search(sentence) or not (
                    self._security_value(h).search(sentence) or security_focus
                ):
                    continue
            elif h.term == "©" and PUBLIC_HOLDER.match(text, h.end):
                continue  # a public body's own work: "© Ville de Saint-Médard"
            elif h.category == "ip" and fold(h.term) in MAKER_CUES and (
                PUBLIC_HOLDER.match(text, h.end) or OWN_SERVICE.match(fold(text[h.end : h.end + 80]))
            ):
                continue  # "Propos recueillis par le service communication", "Crédit photo : Ville de X"
            elif (
                h.category == "ip"
                and h.kind == "strong"
                and "autorisation" in fold(h.term)
                and PICTURES.search(fold(sentence))
            ):
                continue  # "les photographies … sont reproduites avec l'autorisation de leur auteur": a
                # publication's credits for its pictures, licensed; no third party's text is in it
            elif h.category == "business_secret" and h.kind == "pattern":
                # a party's undertaking not to disclose the financial terms: a secret only where the
                # document gives them (an amount), and not in a model or a notice to bidders
                if context.general or context.assembly or not AMOUNT.search(text):
                    continue
            elif DEFINITION.search(sentence) or (EXPLAIN.search(_line(text, h.start)) and h.term != "©"):
                continue
            elif h.category in ("business_secret", "ip") and RESERVATION.search(sentence):
                continue  # "consultable sous réserve des secrets protégés par la loi"
            elif h.category == "business_secret" and WITHHELD.search(sentence) and not AMOUNT.search(
                sentence
            ):
                continue  # "le bordereau des prix unitaires … ne vous sont pas communiqués"
            elif (
                h.category == "business_secret"
                and OWN_COST.fullmatch(fold(h.term))
                and PUBLIC_SERVICE.search(
                    fold(text[max(s, h.start - COST_REACH) : min(e, h.end + COST_REACH)])
                )
                and not COMPANY.search(folded_sentence := fold(sentence))
                and not WE.search(folded_sentence)
            ):
                continue  # "le coût de revient du service d'aide à domicile excède le tarif": a public
                # service's own cost is accounted for in public, it is no company's secret
            elif (
                h.category == "business_secret"
                and CONDITION.match(clause := fold(_line_of_sentence(text, s, e, h.start)))
                and not POINTS_AT_ITSELF.search(clause)
            ):
                continue  # a rule's condition names secrets, it tells none
            elif h.category == "business_secret" and (
                context.general
                or (context.assembly and not any(w in fold(h.term) for w in ("secret", "confidenti")))
            ):
                continue  # a council's tariffs and costs, a notice to bidders: no company's secret
            facts.append(Fact(h.category, f"{h.category}.{h.kind}", h.start, h.end))
        if about_person:
            exempt = [self.vocabulary.categories[h.category].exempts_officials(h.term) for h in about_person]
            subjects = self.attributor.attribute(
                text,
                [(h.start, h.end) for h in about_person],
                findings,
                context,
                exempt,
                [(h.start, h.end) for h in hits],
                first_names,
            )
            register = self._register(text, findings)
            for h, subject in zip(about_person, subjects, strict=True):
                if subject is not None:
                    facts.append(
                        Fact(h.category, f"{h.category}.{h.kind}", h.start, h.end, _describe(subject))
                    )
                elif register is not None and h.start < register and self._titles_rows(text, h):
                    facts.append(Fact(h.category, f"{h.category}.title", h.start, h.end, "table"))
        return _trim(_reindexed(facts, kept))


# "veuve ROLLAND", "veuve de Monsieur Paul SUSINI": the civil designation of a person in a notice, a
# land register or a list of owners (as "épouse X", "née Y"), not a family event told of her.
WIDOW_DESIGNATION = regex.compile(
    r"\s+(?:de\s+(?:M\.|Monsieur|feu)\s+)?(?:\p{Lu}[\p{Lu}'’-]+\b|\p{Lu}\p{Ll}+(?:[\s-]+\p{Lu}[\p{L}-]*)*\s+\p{Lu}{2,})"
    # "Mme Geneviève Perraud, veuve Chanut, demeurant…", "Raymonde Ducroux (veuve de René Ducroux)"
    r"|(?<=(?:,|\()\s*veu(?:ve|f))\s+(?:de\s+(?:M\.\s+|Monsieur\s+|feu\s+)?)?\p{Lu}\p{Ll}+(?:[\s-]+\p{Lu}\p{Ll}+)?(?=\s*[,)])"
)
# "épouse Chanut", "veuve ROLLAND": a married or widowed name, not a relative spoken of.
KIN_DESIGNATION = regex.compile(r"(?<![\p{L}])(?:[ée]pou(?:se|x)|veuve?|veuf)\s+(?=\p{Lu})")
# A union office or membership said of someone just before the union's acronym.
UNION_MANDATE = regex.compile(
    r"(?<![\p{L}])(?:secretaire|tresorier|tresoriere|adherente?|militante?|syndiquee?|encartee?|section|"
    r"permanente?|carte)(?![\p{L}])[^,;()\n]{0,30}$"
)
MANDATE_REACH = 60
HOLDER_REACH = 120  # how far before the mandate the person who holds it is named


# A person named or designated, a comma, at most two words ("M. Roy, ancien", "Dr Sow, la"): the
# term that follows is what the person does.
PRACTISED_BY = regex.compile(r"(?:,|\s-|\s–|\()\s*(?:[\p{L}'’-]+\s+){0,2}$")
PRACTITIONER = regex.compile(
    r"(?i)(?:\b(?:dr|docteure?|pr|professeure?)\.?|\bm\.|\bmmes?\.?|\bmonsieur|\bmadame)"
    r"\s+\S+(?:\s+\p{Lu}\S*)?\s*$"
)
TITLE_BEFORE_NAME = regex.compile(r"[ \t]+\p{Lu}")


def _practised_by(text: str, hit: Hit, findings: Sequence[Finding]) -> bool:
    """The term names the occupation of the person just named ("Martine, assistante familiale
    depuis 18 ans"; "avec le Dr Lestrade, addictologue"), not a care or a measure they receive."""
    line_start = text.rfind("\n", 0, hit.start) + 1
    before = text[max(line_start, hit.start - 80) : hit.start]
    if TITLE_BEFORE_NAME.match(text, hit.end) and any(
        f.entity_type in PERSON_TYPES and 0 <= f.start - hit.end <= 2 for f in findings
    ):
        return True  # "le rabbin David Benhamou", "l'imam Ibrahim Patel": a title before a name
    m = PRACTISED_BY.search(before)
    if m is None:
        return False
    at = hit.start - len(before) + m.start()  # where the comma (or dash, bracket) stands
    head = text[max(line_start, at - 80) : at].rstrip()
    return bool(PRACTITIONER.search(head)) or any(
        f.entity_type in PERSON_TYPES and 0 <= at - f.end <= 2 for f in findings
    )


def _in_another_language(text: str, bounds: list[int], hit: Hit) -> bool:
    """A false friend counts only in a sentence of another language: "on parole since May" is a
    fact, "le maire prend la parole" is not."""
    s, e = sentence_of(bounds, text, hit.start, hit.end)
    return foreign_language([w.lower() for w in WORD.findall(text[s:e])]) is not None


def _in_a_name(text: str, hit: Hit, findings: Sequence[Finding]) -> bool:
    """A capitalised word inside a longer detected name is the name ("Yasmine EL HAJJ"); a name no
    longer than the word is still the word ("Parkinson", "Alzheimer")."""
    return hit.kind != "acronym" and text[hit.start : hit.start + 1].isupper() and any(
        f.entity_type == "PERSON"
        and f.start <= hit.start <= hit.end <= f.end
        and f.end - f.start > len(hit.term) + 2
        for f in findings
    )


REGISTER_ROWS = 2  # table rows naming a person that make a titled document a register of persons
HEADER_CELL = 40  # a column's label is short; a longer cell is a row's text


def _heads_a_column_of_persons(text: str, hit: Hit, findings: Sequence[Finding]) -> bool:
    """The term labels a column of a table whose next rows name persons ("Matricule | Agent |
    Gabarit facial" over "DA SILVA Marco | FT-00321"): each row tells it of its person."""
    start = text.rfind("\n", 0, hit.start) + 1
    end = text.find("\n", hit.end)
    end = len(text) if end < 0 else end
    line = text[start:end]
    previous = text[text.rfind("\n", 0, max(start - 1, 0)) + 1 : max(start - 1, 0)]
    if not is_row(line) or (start > 0 and is_row(previous)):
        return False  # the table's first row only: its labels, not a row's values
    cell = regex.split(r"\t|\|", text[start:hit.start])[-1] + regex.split(r"\t|\|", text[hit.start:end])[0]
    if len(cell.strip()) > HEADER_CELL:
        return False
    return _rows_naming_persons(text, end + 1, end + 4001, findings, 2 * REGISTER_ROWS) >= REGISTER_ROWS


def _rows_naming_persons(
    text: str, start: int, stop: int, findings: Sequence[Finding], lines: int | None = None
) -> int:
    """How many table rows of ``text[start:stop]`` name a person (a name found or a civility and
    name); with ``lines``, only the table's first ``lines`` rows from ``start``, which must follow
    each other (a line that is no row ends the table)."""
    people = [f.start for f in findings if f.entity_type in PERSON_TYPES]
    rows, pos = 0, start
    for i, row in enumerate(text[start:stop].split("\n")):
        if lines is not None and (i >= lines or not is_row(row)):
            break
        if is_row(row) and (
            CIVILITY_NAME.search(row) or any(pos <= p < pos + len(row) for p in people)
        ):
            rows += 1
        pos += len(row) + 1
    return rows
TITLE_LINES = 2


# Code du patrimoine L.213-2: private life is communicable 50 years on, criminal records and
# judgments 75 years on; a fact dated further back is history (a résistante's arrest in 1943).
HISTORY_YEARS = 75
# (never an amount or a count: "une amende de 1500 euros" is no fact of the sixteenth century)
_NOT_A_YEAR = (
    r"(?!\s*(?:[-–à]\s*\d[\d\s]*)?\s*(?:€|k€|euros?\b|eur\b|francs?\b|%|‰|m2|m²|m3|m\b|km|kg|g\b|tonnes?|"
    r"litres?|l\b|h\b|heures?|min|jours?|mois\b|ans\b|semaines?|habitants|personnes|agents|[ée]l[èe]ves|"
    r"enfants|familles|foyers|m[ée]nages|logements|places|repas|visiteurs|participants|exemplaires|dossiers|"
    r"demandes|appels|signalements|b[ée]n[ée]ficiaires|usagers|points|pages|mètres|metres|hectares|ha\b))"
)
YEAR = regex.compile(
    r"(?<![\p{L}\p{N}/.,-])(1\d\d\d|20\d\d)(?![\p{N}/-]|[.,]\d|\s*[-–/]\s*\d)" + _NOT_A_YEAR
)
# What stands before a year in prose ("en 1868", "le 3 mars 1868", "vers 1900", "(1868)"), not before
# an amount ("une amende de 1500"): a year read where none is means a fact read as history.
YEAR_LEAD = regex.compile(
    r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|"
    r"\ben|\bann[ée]es?|\ban|\bvers|\bd[èe]s|\bdepuis|\bentre|\bavant|\bapr[èe]s|\bcourant|\bd[ée]but|\bfin|\bmi-|printemps|[ée]t[ée]|automne|"
    r"hiver|\bau|\bdu|\bet|\bou|\bin|[(\[–—,;:])\s*$|^\s*$",
    regex.I,
)
REPUBLICAN_YEAR = regex.compile(
    r"(?i)\b(?:vend[ée]miaire|brumaire|frimaire|niv[ôo]se|pluvi[ôo]se|vent[ôo]se|germinal|flor[ée]al|prairial|"
    r"messidor|thermidor|fructidor)\s+an\s+([IVX]{1,5})\b"
)
# A span of years ("registres d'écrou (1811-1934)"), a century ("du XIIIe au XVe siècle", "XIXe s."),
# an era ("au Moyen Âge"): history told without a single year.
YEAR_RANGE = regex.compile(
    r"(?<![\p{N}/.-])(1[5-9]\d\d|20\d\d)\s*[-–]\s*(1[5-9]\d\d|20\d\d)(?![\p{N}/-])" + _NOT_A_YEAR
)
# A name and its lifespan in parentheses ("Germaine Viala (1902-1988), couturière, veuve de guerre"):
# the years date the person (and say she is dead), the fact is dated by the others.
LIFESPAN = regex.compile(r"\p{Lu}[\p{L}'’-]+\s*\(\s*(?:\p{Ll}+\.?\s+)?$")
CENTURY = regex.compile(
    r"\b([IVX]{1,5})(?:e|ème|eme)\b(?=(?:\s+(?:et|au|ou)\s+[IVX]{1,5}(?:e|ème|eme))?\s+si[eè]cles?\b|\s+s\.)"
)
ERA = regex.compile(r"(?i)\b(?:moyen[ -][âa]ge|ancien r[ée]gime|m[ée]di[ée]va(?:l|le|les|ux))\b")
# A year that dates a person rather than the fact ("né en 1938"), or a state that goes on ("depuis 1970").
NOT_THE_FACT = regex.compile(
    r"(?<![\p{L}])(?:n[ée]e?s?|naissance|depuis|dès|jusqu.(?:en|à|a)|avant)(?![\p{L}])[\s\p{L}\p{N}'’,./]{0,25}$",
    regex.I,
)


# A work's rights and a company's secrets do not lapse with the archives' delays.
TIMELESS = frozenset({"ip", "business_secret"})
# Medical secrecy lasts 120 years from birth (Code du patrimoine L.213-2 I 2°).
PRIVATE_YEARS = 120
BIRTH_YEAR = regex.compile(
    r"(?i)(?<![\p{L}])(?:n[ée]e?s?|naissance)(?![\p{L}])[^.\n]{0,25}?(1[89]\d\d|20\d\d)"
)
# The present told in a sentence: it is no history, whatever years its paragraph holds.
PRESENT = regex.compile(
    r"aujourd.hui|actuellement|d[ée]sormais|cette ann[ée]e|ce mois|cette semaine|hier|demain|r[ée]cemment|"
    r"en ce moment|depuis|toujours",
    regex.I,
)


def _historical(text: str, bounds: list[int], start: int, end: int) -> bool:
    """The fact is dated only by years more than HISTORY_YEARS years ago: its sentence's, or where
    the sentence has none and tells no present, its paragraph's ("Le docteur X attribue la maladie
    à l'eau" in a paragraph on the typhoid of 1881)."""
    s, e = sentence_of(bounds, text, start, end)
    born = BIRTH_YEAR.search(text, s, e)
    if born and int(born.group(1)) > date.today().year - PRIVATE_YEARS:
        return False  # "née le 03/03/1938, hospitalisée en 1949": she may be alive, the fact is hers
    years = _years(text, s, e)
    if years is None:
        return False
    if not years:
        if PRESENT.search(text, s, e):
            return False
        p0 = max(text.rfind("\n\n", 0, s), 0)
        p1 = text.find("\n\n", e)
        years = _years(text, p0, p1 if p1 >= 0 else len(text), skip_persons=True)
        if not years:
            return False
    return max(years) <= date.today().year - HISTORY_YEARS


def _years(text: str, s: int, e: int, skip_persons: bool = False) -> list[int] | None:
    """The years dating ``text[s:e]``, or None when one dates a person rather than a fact (in a
    paragraph, such a year is only left out: "né en 1896, il tomba à Verdun en 1916")."""
    years = []
    for m in YEAR.finditer(text, s, e):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not YEAR_LEAD.search(text, max(line_start, m.start() - 20), m.start()):
            continue
        if NOT_THE_FACT.search(text, max(s, m.start() - 30), m.start()):
            if skip_persons:
                continue
            return None
        years.append(int(m.group(1)))
    # a date of the Republican calendar ("14 brumaire an VI") in an archive's inventory: 1792 + n - 1
    years += [1791 + _roman(m.group(1)) for m in REPUBLICAN_YEAR.finditer(text, s, e)]
    years += [
        int(y)
        for m in YEAR_RANGE.finditer(text, s, e)
        if not LIFESPAN.search(text, max(0, m.start() - 40), m.start())  # a person's dates, not a fact's
        for y in m.groups()
    ]
    years += [100 * _roman(m.group(1)) for m in CENTURY.finditer(text, s, e)]  # (its last year)
    years += [1500 for _ in ERA.finditer(text, s, e)]
    return years


def _roman(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for a, b in zip(numeral, numeral[1:] + " ", strict=True):
        total += -values[a] if values.get(b, 0) > values[a] else values[a]
    return total


def _describe(s: Subject) -> str:
    return s.describe() + (".official" if s.official else "")


def _blank(line: str, rest: str, following: str) -> bool:
    """The term is a question of a blank form: options in boxes none of which is ticked, a field
    whose value is left empty, or the heading of a block of such options ("CADRE 2 – SITUATION
    FAMILIALE" over "□ célibataire □ marié(e)")."""
    if _unticked(line):
        return True
    ticked = any(c in line for c in TICKED_BOX) or TYPED_TICKED.search(line)
    label = len(line.strip()) <= 60 and not rest.split("\n", 1)[0].strip(" :")
    if label and not ticked and _unticked(following):
        return True
    after = rest.split("\n", 1)[0]
    return bool(
        regex.match(r"(?:\([\p{L}]{1,2}\))?(?:\s*[\p{L}'’()/]+){0,4}[\s:n°º.]*(?:\.{4,}|_{4,}|…{2,})", after)
    )


# boxes typed as text: "[ ]" left empty, "[X]" ticked
TYPED_EMPTY = regex.compile(r"[\[(][ \t]?[\])]")
TYPED_TICKED = regex.compile(r"[\[(][ \t]?[xX✓✔][ \t]?[\])]")


def _unticked(line: str) -> bool:
    empty = any(c in line for c in EMPTY_BOX) or bool(TYPED_EMPTY.search(line))
    return empty and not (any(c in line for c in TICKED_BOX) or TYPED_TICKED.search(line))


def _next_line(text: str, offset: int) -> str:
    end = text.find("\n", offset)
    if end < 0:
        return ""
    stop = text.find("\n", end + 1)
    return text[end + 1 : stop if stop >= 0 else len(text)]


def _line_of_sentence(text: str, s: int, e: int, offset: int) -> str:
    """The sentence ``text[s:e]`` from the start of the line that holds ``offset`` (a heading the
    sentence splitter joined to it left out)."""
    cut = text.rfind("\n", s, offset)
    return text[cut + 1 if cut >= 0 else s : e].strip()


def _line(text: str, offset: int) -> str:
    s = text.rfind("\n", 0, offset) + 1
    e = text.find("\n", offset)
    return text[s : e if e >= 0 else len(text)]


def _longest(hits: list[Hit]) -> list[Hit]:
    """One hit per place: where terms overlap, the longest (the most specific) stays."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start), h.category, h.kind, h.term))
    out: list[Hit] = []
    end = -1
    for h in hits:
        if h.start >= end:
            out.append(h)
            end = h.end
        elif out and h.start == out[-1].start and h.end == out[-1].end and h.category != out[-1].category:
            out.append(h)  # the same words in two categories (AAH: health and social aid)
    return out


def _reindexed(facts: list[Fact], kept: list[int]) -> list[Fact]:
    """Facts whose subject is a finding, with the index of that finding among the caller's (the
    classifier reads only the findings that may be subjects)."""
    out = []
    for f in facts:
        if f.subject.startswith("finding:"):
            head, _, tail = f.subject.partition(".")  # "finding:3.official"
            index = kept[int(head.split(":")[1])]
            f = replace(f, subject=f"finding:{index}" + (f".{tail}" if tail else ""))
        out.append(f)
    return out


def _trim(facts: list[Fact]) -> list[Fact]:
    """At most a few pieces of evidence per category, in order of position."""
    kept: dict[str, int] = {}
    out: list[Fact] = []
    for f in sorted(facts, key=lambda f: (f.start, f.end)):
        if kept.get(f.category, 0) < MAX_EVIDENCE_PER_CATEGORY:
            kept[f.category] = kept.get(f.category, 0) + 1
            out.append(f)
    return out


@lru_cache(maxsize=1)
def default_classifier() -> SensitivityClassifier:
    """The classifier of the shipped vocabularies (immutable data, built once per process)."""
    return SensitivityClassifier()
