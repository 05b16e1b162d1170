"""Numbers of what a person holds: a file, a card, a subscription, a licence, a mandate, a
declaration, a concession ("dossier usager PISC-2025-07731", "N° de carte : DCH-015-88412")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from aiguillage.detect.recognizers._base import LANGUAGE

ENTITY = "PERSONAL_REFERENCE"
SCORE = 0.8
# A code: groups of capitals and digits joined by "-", "/", ".", "_" or, between groups of digits,
# a single space ("MVL-00418273", "2026GEX4A7K9P", "3012 456 789 012"); a word before a number
# ("RPPS 1000…") is not part of it.
# (capitals with accents too: "ÉTU-74-22518")
_CODE = regex.compile(r"(?<![\w@/.\-])[\p{Lu}0-9]+(?:(?:[-/._]|(?<=\d)[ \u00a0](?=\d))[\p{Lu}0-9]+)*"
                      r"(?![\w@]|[-/.][\w])")
# words that say "the number of": n°, numéro, référence, identifiant, matricule (written short too:
# "mat.", "matr.", "Mle"), numéroté (and the
# English "number", in the letters of foreign owners: "my French tax number is …")
_NUMBERING = regex.compile(r"(?i)(?<![\w])(?:n[°o]s?\.?|num[ée]ros?|num\.|numbers?|r[ée]f[ée]rences?|"
                           r"r[ée]f\.?|identifiants?|id\.|matricules?|mat\.|matr\.|mle\.?|num[ée]rot[ée]e?s?)(?![\w])")
# what a natural person holds, whose number then points to that person
_HELD = regex.compile(
    r"(?i)(?<![\w])(?:dossiers?|cartes?|badges?|licences?|abonn[ée]e?s?|abonnements?|adh[ée]rente?s?|"
    r"adh[ée]sions?|usag[eè]re?s?|clients?|contrats?|mandats?|passeports?|permis|titres?|puces?|"
    r"transpondeurs?|tatouages?|concessions?|inscriptions?|familles?|allocataires?|contribuables?|"
    r"fiscale?|pr[ée]-?demandes?|d[ée]clarations?|r[ée]servations?|commandes?|factures?|quittances?|"
    r"avis\s+d['’]imposition|comptes?\s+(?:usager|client|famille|lecteur|abonn[ée])|lecteur|lectrice|"
    r"compteurs?|pdl|rum|ics|brassards?|dossards?|cheptels?|boucles?|mmsi|troupeaux?|agr[ée]ments?|"
    # an elector's national identifier in the single electoral register ("INE 204758133")
    r"ine|[ée]lecteurs?|[ée]lectrices?)(?![\w])")
# the acts, procedures and public things whose numbers are no one's: a law, a deliberation, a case
_ACT = regex.compile(
    r"(?i)(?<![\w])(?:lois?|d[ée]crets?|arr[êe]t[ée]s?|d[ée]lib[ée]rations?|ordonnances?|d[ée]cisions?|"
    r"circulaires?|directives?|r[èe]glements?|articles?|alin[ée]as?|pourvois?|requ[êe]tes?|affaires?|"
    r"jugements?|arr[êe]ts?|rg|minutes?|portalis|r[ôo]les?|march[ée]s?|lots?|avenants?|s[ée]ances?|"
    r"proc[èe]s-verbal|jo|jorf|bulletins?|codes?|normes?|iso|nf|versions?|pages?|annexes?|pi[èe]ces?|"
    r"routes?|rd|rn|(?<!en[ \u00a0])lignes?|vols?|questions?|amendements?|rapports?|projets?|op[ée]rations?|"
    r"programmes?|chapitres?|budgets?|comptes?\s+administratifs?|conventions?|subventions?|"
    r"parcelles?|sections?|cadastr\w*|siret|siren|tva|rcs|naf|ape|insee|urssaf|parquet|instances?|greffes?|"
    r"tribunal|cour|chambres?|civ|cass|crim|soc|com|toque|marques?|brevets?|inpi|mod[èe]les?)(?![\w])")
# what ends the clause a label belongs to
_CLAUSE_START = regex.compile(r"[\n\t|;(\[]|[.!?](?=\s)|\s[—–]\s")
_DATE = regex.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?"
                      r"|(?:19|20)\d{2}[-/](?:19|20)\d{2}")
_AMOUNT = regex.compile(r"\d{1,3}(?:[ \u00a0.]\d{3})+")
_TIME = regex.compile(r"(?i)\d{1,2}h\d{0,2}(?:[-/]\d{1,2}h\d{0,2})?")
_AFTER_UNIT = regex.compile(r"[ \u00a0]*(?:€|euros?\b|eur\b|%|m²|m2\b|m\b|km\b|kg\b|ha\b|h\b|ans?\b|mois\b|"
                            r"jours?\b|habitants?\b|places?\b|personnes?\b|[kKM]€)", regex.I)
_CIVILITY = regex.compile(r"(?<![\w])(?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle)(?=[\s\u00a0])")
WINDOW_WORDS = 7
# a short number (four or five digits, no year) right after a held thing and its numbering word:
# "badge n° 4471", "adhérente sous le n° 1187" (a lot, an article or a deliberation is no held thing)
_SHORT = regex.compile(r"(?!(?:19|20)\d{2}$)\d{4,5}")
_HELD_NUMBER_BEFORE = regex.compile(
    rf"{_HELD.pattern}(?:[ \u00a0]+[\w'’]+){{0,2}}[ \u00a0]+(?i:n[°o]\.?|num[ée]ro)[ \u00a0]*:?[ \u00a0]*$")


# a series in capitals, a space and a serial ("badge GYM 0457", "carte PASS 20931"); not a register's
# name before its number ("SIRET 842 615 973 00021": the act words below), nor a tax and a year
# ("TH 2013")
_PREFIXED = regex.compile(r"(?<![\w@/.\-])[A-Z]{2,5}[ \u00a0](?!(?:19|20)\d{2}(?!\d))\d{3,6}"
                          r"(?![\w@]|[-/.][\w]|[ \u00a0]\d)")
# a held thing right before a number, its numbering word and a colon allowed between
_HELD_RIGHT_BEFORE = regex.compile(
    rf"{_HELD.pattern}[ \u00a0]*(?:(?i:n[°o]\.?|num[ée]ro)[ \u00a0]*)?:?[ \u00a0]*(?:[A-Z]{{2}}[ \u00a0])?$")
# a series word in capitals right before a code ("PTO FI-6321-0458", "ref ABC 12-345"): part of it
_SERIES_BEFORE = regex.compile(r"(?<![\w@/.\-])([A-Z]{2,5})[ \u00a0]\Z")
# between two codes of one list: a comma, "et", "ou", a slash
_LIST_GAP = regex.compile(r"[ \u00a0]*(?:,|;|/|&|et|ou)[ \u00a0]*")
# the words of a label ended by a colon: its whole clause, up to this many words
_LABEL_WORDS = 12
# what introduces a second number of the same holder in the next clause: the yearly validation of
# a permit, its stamp, its renewal, a card's code ("permis n° … — validation 46 00 7812")
_SECOND_NUMBER = regex.compile(
    r"[ \u00a0]*(?i:validation|visa|timbre|vignette|renouvellement|duplicata|code|cl[ée]|contremarque)"
    r"(?:[ \u00a0]+\p{Ll}[\p{Ll}'’-]+)?[ \u00a0]*(?:n[°o][ \u00a0]*)?:?[ \u00a0]*")
# the word of a permit's yearly validation (or stamp) right before its number
_VALIDATION_BEFORE = regex.compile(
    r"(?i)(?<![\w])(?:validation|visa|timbre|vignette)(?:[ \u00a0]+n[°o])?[ \u00a0]*:?[ \u00a0]*$")
# a matricule right before a number: a person's, an agent's ("mat. 36-04712", "Mle 52-1187")
_MATRICULE_BEFORE = regex.compile(r"(?i)(?<![\w])(?:matricules?|mat\.|matr\.|mle\.?)[ \u00a0]*"
                                  r"(?:n[°o]\.?[ \u00a0]*)?"
                                  r":?[ \u00a0]*$")
# a numbering word cut short before its dot: the dot ends no clause ("réf. interne", "n. dossier")
_ABBREVIATION = regex.compile(r"(?i)(?<![\w])(?:r[ée]f|num|mat|matr|mle|id|dos|doss)$")
# a single capital before a code's digits, apart ("E 17 031 0042 0", an agrément's series)
_SERIES_LETTER = regex.compile(r"^[A-Z][ \u00a0](?=\d)")
# a court's docket number: two digits of the year, then the serial ("20/01941", "16-18418")
_DOCKET = regex.compile(r"\d{2}[/-]\d{4,6}")


# a series in capitals opening a bracket before a number's digits ("(LF 38544-1961-0092)"); a
# document's own acronym stays ("(DNI …)", "(INE …)": the number is replaced, the word says what it was)
_DOCUMENT_ACRONYMS = frozenset({"CNI", "DNI", "NIE", "INE", "NIR", "NNI", "RIB", "IBAN", "SIRET", "SIREN",
                                "TVA"})
_BRACKET_SERIES = regex.compile(r"[ \u00a0]*(?:([A-Z]{1,5})[ \u00a0]+)?")


# a closed bracket inside a label
_CLOSED_BRACKET = regex.compile(r"\([^()\n]*\)")
# an order number, the number a register gives a person (an elector's old card, an artist-author's
# registration): "n° d'ordre 0412", "N° d'ordre (artiste-auteur, URSSAF) : A 0123 8842 K"
_ORDER_NUMBER_BEFORE = regex.compile(
    r"(?i)(?<![\w])(?:n[°o]\.?|num[ée]ro)[ \u00a0]+d['’]ordre[ \u00a0]*(?:\([^()\n]*\)[ \u00a0]*)?:?[ \u00a0]*$")  # noqa: E501
# a single capital apart before or after a labelled number's digits is part of it ("A 0123 8842 K")
_LETTER_BEFORE = regex.compile(r"(?<![\w])[A-Z][ \u00a0]$")
_LETTER_AFTER = regex.compile(r"[ \u00a0][A-Z](?![\w])(?=[ \u00a0]*(?:$|[\n,;.)]))")


# a contract's number, a dash, then whom it is made with: a civility or a party's role first, or a
# name (capitalised words)
_CONTRACT_WITH = regex.compile(
    r"(?<![\w])(?i:convention|contrat|bail)[ \u00a0]+(?i:n[°o]\.?|num[ée]ro)[ \u00a0]*(?P<code>[\p{Lu}0-9][\p{Lu}0-9/._-]+)"  # noqa: E501
    r"[ \u00a0]*[—–-][ \u00a0]*(?:(?P<who>(?i:pr[êe]teur|pr[êe]teuse|preneur|preneuse|exploitante?|b[ée]n[ée]ficiaire"  # noqa: E501
    r"|locataire|titulaire|bailleur|bailleresse)[ \u00a0]*:[ \u00a0]*(?:M\.|Mme|Mlle|Monsieur|Madame)"
    r"|(?:M\.|Mme|Mlle|Monsieur|Madame)(?=[ \u00a0]))"
    r"|(?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00a0]+\p{Lu}[\p{L}'’-]+))")


def _last_clause(text: str) -> str:
    """The last clause of ``text``: what a code in brackets right after it is the number of
    ("livret de famille du défunt (LF 38544-1961-0092)")."""
    cut = max((c.end() for c in _CLAUSE_START.finditer(text)), default=0)
    return text[cut:]


def is_act_word(word: str) -> bool:
    """Whether ``word`` names an act, a procedure or a public thing whose numbers are no one's
    (a deliberation, a lot, a parcel, a road)."""
    return _ACT.fullmatch(word) is not None


def code_shape(code: str) -> bool:
    """Whether ``code`` reads as a reference number: letters and digits (5 characters, 2 digits
    at least) or digits only (6 at least), and not a date, a time, a year range or an amount."""
    digits = sum(c.isdigit() for c in code)
    letters = sum(c.isalpha() for c in code)
    if digits == 0 or _DATE.fullmatch(code) or _TIME.fullmatch(code) or _AMOUNT.fullmatch(code):
        return False
    if letters:
        return digits >= 2 and digits + letters >= 5
    return digits >= 6


def _words(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(r"[\w°'’.-]+", text)]


def labelled(prefix: str, window: int = WINDOW_WORDS) -> bool:
    """Whether the end of ``prefix`` (the clause before a code) labels it as the number of
    something a person holds: a numbering word or a held thing among its last ``window`` words,
    and no act, procedure or public register named before the numbering word."""
    words = _words(prefix)[-window:]
    if not words:
        return False
    tail = prefix[words[0][0]:]
    held = [m.start() for m in _HELD.finditer(tail)]
    numbering = [m.start() for m in _NUMBERING.finditer(tail)]
    if not held and not numbering:
        return False
    # (an act named inside a closed bracket qualifies the label, it is not the numbered thing:
    # "N° d'ordre (artiste-auteur, URSSAF Limousin) :")
    acts = [m.start() for m in _ACT.finditer(_CLOSED_BRACKET.sub(lambda b: " " * len(b.group()), tail))]
    if not acts:
        return True
    # "concession n°" is a person's, "délibération n°" is not: the noun nearest the number decides
    return bool(held) and max(held) > max(acts)


class FrPersonalReferenceRecognizer(EntityRecognizer):
    """The number of a file, card, subscription, licence, mandate, declaration or concession of a
    person: a code shape (capitals and digits: "C-1996-0412", "2026GEX4A7K9P", "47086000123AB";
    or six digits or more: "085-2019-0147", "3012 456 789 012") labelled, in its clause, by a
    numbering word (n°, numéro, référence, identifiant, matricule, numéroté) or by something a
    person holds (dossier, carte, licence, abonné, mandat, déclaration, transpondeur, brassard,
    dossard…), in prose, after a
    "Label :", in a table cell, or under a table column so headed ("N° de concession").
    Numbers of acts and public registers (loi, délibération, arrêté, pourvoi, marché, article,
    parcelle…) are not taken when the act is the noun nearest the number; dates, times, year
    ranges and amounts are no codes.

    Legal basis: RGPD art. 4(1): "un numéro d'identification" is identifying data; a file or card
    number leads to its holder through the administration's own records (CNIL, indirectly
    identifying data).
    """

    ENTITIES: ClassVar[list[str]] = [ENTITY]

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), supported_language=LANGUAGE,
                         name=type(self).__name__)

    def load(self) -> None:
        """Nothing to load: the vocabularies are module constants."""

    def find(self, text: str) -> Iterable[tuple[int, int]]:
        yield from self._in_clauses(text)
        yield from self._in_columns(text)
        yield from self._contract_with_a_person(text)

    @staticmethod
    def _contract_with_a_person(text: str) -> Iterable[tuple[int, int]]:
        """A contract's number followed by the private person it is made with ("Convention n°
        MDB-PR-2025-07 — prêteur : M. et Mme X", "Convention n° DN-2025-MOU-06 — Laurent X — page
        1/1"): the file of that person. Not a contract with a body ("Convention n° 2025-118 —
        Commune de Gap", "— Département du Cantal": its first word is a word of the language)."""
        from aiguillage.detect.recognizers.names import is_ordinary_word

        for m in _CONTRACT_WITH.finditer(text):
            code = m.group("code").rstrip("._-/")
            who = m.group("who")
            if who is None:
                first = m.group("name").split()[0]
                if is_ordinary_word(first) or first.casefold() in ("page", "annexe"):
                    continue
            if code_shape(code):
                yield m.start("code"), m.start("code") + len(code)

    @staticmethod
    def _in_clauses(text: str) -> Iterable[tuple[int, int]]:
        last_end = -1  # end of the last code taken
        prefixed = [c for c in _PREFIXED.finditer(text) if not _ACT.fullmatch(c.group().split()[0])]
        codes = sorted([*_CODE.finditer(text), *prefixed], key=lambda c: (c.start(), -c.end()))
        for m in codes:
            code = m.group().rstrip("._-/")
            if _AFTER_UNIT.match(text, m.end()):
                continue
            if code_shape(code) and last_end >= 0 and _LIST_GAP.fullmatch(text, last_end, m.start()):
                last_end = m.start() + len(code)
                yield m.start(), last_end  # "Licences : 13 00 4578, 13 00 4579 et 84 01 1120"
                continue
            if (_AMOUNT.fullmatch(code) and sum(c.isdigit() for c in code) >= 8
                    and _HELD_RIGHT_BEFORE.search(text, max(0, m.start() - 30), m.start())):
                # grouped by three like an amount, but right after what a person holds and with
                # no unit after it: "contrat 153 248 771 R 001", "cheptel 44 087 512"
                yield m.start(), m.start() + len(code)
                continue
            if not code_shape(code):
                if (_SHORT.fullmatch(code)
                        and _HELD_NUMBER_BEFORE.search(text, max(0, m.start() - 50), m.start())):
                    yield m.start(), m.start() + len(code)  # "badge n° 4471"
                elif (_SHORT.fullmatch(code)
                        and _ORDER_NUMBER_BEFORE.search(text, max(0, m.start() - 80), m.start())
                        and not _ACT.search(_last_clause(text[max(0, m.start() - 80):m.start()]))):
                    yield m.start(), m.start() + len(code)  # "(n° d'ordre 0412)"; a deliberation's stays
                elif (_AMOUNT.fullmatch(code) and sum(c.isdigit() for c in code) >= 6
                        and last_end >= text.rfind("\n", 0, m.start()) + 1
                        and _VALIDATION_BEFORE.search(text, max(0, m.start() - 30), m.start())):
                    # the yearly validation of the permit just numbered on the line, grouped by
                    # three like an amount: "permis n° … — validation 1 122 045"
                    last_end = m.start() + len(code)
                    yield m.start(), last_end
                continue
            if (_DOCKET.fullmatch(code) and not _HELD.search(text, max(0, m.start() - 40), m.start())
                    and not _MATRICULE_BEFORE.search(text, max(0, m.start() - 20), m.start())):
                continue  # a case of a court, not a person's file (an agent's "mat. 36-04712" is)
            line_start = text.rfind("\n", 0, m.start()) + 1
            clause_start = line_start
            for c in _CLAUSE_START.finditer(text, line_start, m.start()):
                if c.group() in "([" and text.find(")" if c.group() == "(" else "]", c.end(), m.start()) >= 0:
                    continue  # a bracket closed inside the label ("N° de carte grise (formule) :")
                if c.group() == "." and _ABBREVIATION.search(text, max(line_start, c.start() - 8), c.start()):
                    continue  # the dot of a numbering word's abbreviation ("réf. interne AR-03/…")
                clause_start = c.end()
            start = m.start()
            series = _SERIES_BEFORE.search(text, max(clause_start, start - 8), start)
            if series is not None and code[:1].isalpha() and not _ACT.fullmatch(series.group(1)):
                # "PTO FI-6321-0458": a series word before a code that opens with letters is the
                # code's; a register's name before digits stays a word ("RPPS 10001234565")
                start = series.start()
            prefix = text[clause_start:start]
            # "Label<TAB>code": the label is the whole line before the cell; "Label … :" the
            # clause's words up to its colon ("Licences FFPJP vérifiées pour les équipes 1 et 6 :")
            if (labelled(prefix) or (not prefix.strip(" \u00a0:") and labelled(text[line_start:m.start()]))
                    or (prefix.rstrip(" \u00a0").endswith(":") and labelled(prefix, _LABEL_WORDS))
                    or (last_end >= line_start and _SECOND_NUMBER.fullmatch(prefix)
                        and not _ACT.search(prefix))
                    or (text[clause_start - 1:clause_start] == "(" and _BRACKET_SERIES.fullmatch(prefix)
                        and labelled(_last_clause(text[line_start:clause_start - 1])))):
                # (the last: a second number of the same holder, after the first on its line: "permis
                # n° 12-046-1998-0457 — validation 46 00 7812")
                last_end = m.start() + len(code)
                bracketed = (_BRACKET_SERIES.fullmatch(prefix) if text[clause_start - 1:clause_start] == "("
                             else None)
                if (bracketed is not None and bracketed.group(1)
                        and bracketed.group(1) not in _DOCUMENT_ACRONYMS):
                    start = clause_start + bracketed.start(1)  # "(LF 38544-1961-0092)": the series too
                if (start == m.start() and code[:1].isdigit()
                        and _LETTER_BEFORE.search(text, max(0, start - 2), start)):
                    start -= 2  # "N° d'ordre : A 0123 8842 K": the series letter and the key too
                    after = _LETTER_AFTER.match(text, last_end)
                    if after is not None:
                        last_end = after.end()
                yield start, last_end
            elif (sum(c.isalpha() for c in code) >= 2 and sum(c.isdigit() for c in code) >= 5
                  and _CIVILITY.search(text, line_start, m.start())
                  and not _ACT.search(text, max(line_start, m.start() - 60), m.start())):
                yield m.start(), m.start() + len(code)  # a long mixed code on a person's line

    @staticmethod
    def _in_columns(text: str) -> Iterable[tuple[int, int]]:
        """Cells under a header cell naming a held thing's number ("N° de concession", "Carte")."""
        columns: set[int] = set()
        width = 0
        sep = "\t"
        for line in regex.finditer(r"(?m)^.*$", text):
            raw = line.group()
            here = "\t" if "\t" in raw else "|" if raw.count("|") >= 2 else ""
            if not here:
                columns, width = set(), 0
                continue
            cells = raw.split(here)
            heads = set() if any(ch.isdigit() for ch in raw) else {
                j for j, c in enumerate(cells) if c.strip() and labelled(c.strip() + " ")}
            if heads:  # a header row: no digits, a cell naming a number
                columns, width, sep = heads, len(cells), here
                continue
            if not columns or len(cells) != width or here != sep:
                continue
            pos = line.start()
            for j, cell in enumerate(cells):
                value = cell.strip()
                # a series letter apart from the digits is part of the number: "E 17 031 0042 0"
                bare = _SERIES_LETTER.sub("", value)
                if j in columns and _CODE.fullmatch(bare) and code_shape(bare):
                    s = pos + len(cell) - len(cell.lstrip())
                    yield s, s + len(value)
                pos += len(cell) + 1

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        if entities and ENTITY not in entities:
            return []
        name = str(getattr(self, "name", type(self).__name__))
        out: list[RecognizerResult] = []
        for s, e in sorted(set(self.find(text))):
            why = AnalysisExplanation(recognizer=name, original_score=SCORE,
                                      textual_explanation="number of something a person holds")
            meta = {RecognizerResult.RECOGNIZER_NAME_KEY: name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
            out.append(RecognizerResult(ENTITY, s, e, SCORE, analysis_explanation=why,
                                        recognition_metadata=meta))
        return out
