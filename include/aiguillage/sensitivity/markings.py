"""Protection markings wherever they are put: headers, footers, titles, pictures (their OCR text),
the first and last lines, a line of their own, a line in capitals, a line they open or close;
letter-spaced ("D I F F U S I O N  R E S T R E I N T E") or not, in any case. A sentence that
talks about a marking (a FAQ, a quotation) is not a marking."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from aiguillage.records import Extraction
from aiguillage.sensitivity.vocabulary import fold, fold_text, load_yaml

MARKING_KINDS = frozenset({"header", "footer", "metadata", "title", "image", "stamp"})
EDGE_LINES = 6  # first and last non-empty lines of a document, and of each page
PAGE_EDGE_LINES = 3
OWN_LINE_SLACK = 30
EDGE_LINE_CHARS = 60  # at the edge of a page, a short line holding a marking is one
# Single letters separated by one to three spaces: the word breaks are lost, the phrase regex needs none.
LETTER_SPACED = regex.compile(r"(?<![\p{L}\p{N}])(?:[\p{L}][ \u00a0]{1,3}){3,}[\p{L}](?![\p{L}\p{N}])")
# "définition" as a definition, not a picture's "haute définition"
DEFINITION_WORD = r"(?<!haute\s)(?<!basse\s)d[ée]finition"
EXPLAIN = regex.compile(
    r"(que\s+signifie|qu.est-ce|signifie|d[ée]signe|" + DEFINITION_WORD + r"|c.est-[àa]-dire|par\s+exemple|"
    r"la\s+mention|"
    r"une\s+mention|les\s+mentions|le\s+marquage|un\s+marquage|niveau\s+de\s+classification|comment|pourquoi|"
    r"\?|«|»|\"|“|”|"
    # an obligation of a party ("l'acheteur s'engage à ne pas divulguer…") is a rule, not a marking
    r"s.engagen?t?\s+[àa]|s.obligen?t?\s+[àa]|(?:est|sont)\s+tenue?s?\s+de|s.interdi(?:t|sent)\s+de)",
    regex.I,
)
SEPARATORS = "-–—:|/•*_=()[]"
# A document quoted in another opens with its own marking ("« CONFIDENTIEL — Rapport d'observations
# provisoires…»"): the quotation marks say it is reproduced, not explained.
QUOTED_MARKING = regex.compile(r"\s*[«“\"]\s*(\p{Lu}[\p{Lu}\s'’]{3,40}?)\s*[—–\-:|]")
# A phone number or an address just before a parenthesis: the words in it describe the contact.
CONTACT_BEFORE = regex.compile(r"(?:\d|@[\w.-]+|\.(?:fr|com|org|net|example|gouv\.fr))\s*\($")

# An instruction in a sentence whose object is the reader's own or anything of a kind is advice to
# the reader ("ne pas communiquer vos coordonnées bancaires", "à ne pas diffuser de rumeurs"); "ne pas
# diffuser ce document", "… hors du service", "… le motif de l'arrêt aux équipes", "… sa nouvelle
# adresse" (what the paper tells) and the bare instruction stay a marking.
INSTRUCTION = regex.compile(r"(?:a\s+)?ne\s+pas\s")
OTHER_OBJECT = regex.compile(
    r"\s+(?:vos|votre|ton|tes|ta|d['’]|de|des|du|une?|aucune?s?|plus\s+de|jamais)(?![\p{L}])"
)
ABOUT_PAPER = regex.compile(
    r"\b(?:ce|cet|cette|ces|le\s+present|la\s+presente|les\s+presente?s)\s+(?:\p{L}+\s+)?"
    r"(?:document|message|courriel|mail|e-mail|note|rapport|fiche|compte|dossier|pli|envoi|piece|annexe|page"
    r"|tableau|information|donnee|element|contenu|liste|projet|version|echange)"
    r"|ci-(?:joint|dessous|dessus|apres|inclus)|\bcontenu|\bpieces?\s+jointes?|\bcopies?\b|\bpresente?s?\b"
    r"|\b(?:le|la|les|du|des|de\s+la)\s+(?:document|note|courriel|message|rapport|fiche|compte|pli)s?\b"
)


def _advice(folded: str, m: regex.Match[str]) -> bool:
    """The absolute instruction ``m`` of a running sentence advises the reader about something
    else than this paper."""
    if not INSTRUCTION.match(m.group() + " ") or not OTHER_OBJECT.match(folded, m.end()):
        return False
    stop = folded.find(".", m.end())
    rest = folded[m.end() : stop if stop >= 0 else len(folded)]
    return not ABOUT_PAPER.search(rest)


@dataclass(frozen=True, slots=True)
class MarkingHit:
    rule: str  # the marking's words, folded
    start: int
    end: int
    where: str  # header | footer | edge | own_line | capitals | opens_line | closes_line | …


@dataclass(frozen=True)
class MarkingRules:
    absolute: regex.Pattern[str]
    strong: regex.Pattern[str]
    weak: regex.Pattern[str]
    # the weak words as written, accents included: "PROTÈGE" folds like "protégé" but is a verb
    weak_forms: frozenset[str] = frozenset()

    @classmethod
    def load(cls) -> MarkingRules:
        spec = load_yaml("markings.yaml")

        def alternation(words: list[str]) -> str:
            parts = sorted({_phrase(str(w)) for w in words}, key=len, reverse=True)
            return r"(?<![\p{L}\p{N}])(?:" + "|".join(parts) + r")(?![\p{L}\p{N}])"

        return cls(
            absolute=regex.compile(alternation(spec["absolute"])),
            strong=regex.compile(alternation(spec["strong"])),
            weak=regex.compile(alternation(spec["weak"]), regex.V1),
            weak_forms=frozenset(str(w).lower() for w in spec["weak"]),
        )


# A weak marking word glued to digits by a dash, a slash or a dot is part of a reference number.
CODE_AFTER = regex.compile(r"[-/_.]?\p{N}")
CODE_BEFORE = regex.compile(r"\p{N}[-/_.]?$")


def _phrase(words: str) -> str:
    """A folded phrase whose words may be separated by any spaces, dashes or apostrophes."""
    return r"[\s'’\-]*".join(regex.escape(w) for w in regex.split(r"[\s'’\-]+", fold(words)) if w)


def collapse(line: str) -> tuple[str, list[int]]:
    """``line`` with letter-spaced words joined, and each character's offset in ``line``."""
    out: list[str] = []
    where: list[int] = []
    pos = 0
    for m in LETTER_SPACED.finditer(line):
        for i in range(pos, m.start()):
            out.append(line[i])
            where.append(i)
        for i in range(m.start(), m.end()):
            if not line[i].isspace():
                out.append(line[i])
                where.append(i)
        pos = m.end()
    for i in range(pos, len(line)):
        out.append(line[i])
        where.append(i)
    return "".join(out), where


def _lines(text: str, start: int, end: int) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = start
    for line in text[start:end].split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out


def _candidate_lines(text: str, rules: MarkingRules) -> set[int] | None:
    """Offsets of the lines that may hold a marking (one search over the whole text), or None when
    folding changed the text's length (ligatures): then every line is examined."""
    folded = fold_text(text)
    if len(folded) != len(text):
        return None
    starts: set[int] = set()
    for rx in (rules.absolute, rules.strong, rules.weak):
        for m in rx.finditer(folded):
            starts.add(text.rfind("\n", 0, m.start()) + 1)
    for m in LETTER_SPACED.finditer(text):
        starts.add(text.rfind("\n", 0, m.start()) + 1)
    return starts


# A mention lifted on its own line: the document was released ("Document interne rendu public avec
# l'avis d'attribution", "déclassifié le 3 mars 2026"); never a line that forbids it ("ne doit pas être
# rendu public", "avant d'être rendu public") or tells a leak ("rendu public par erreur").
RELEASED = regex.compile(
    r"^(?!.*(?:\bne\b|\bn'|\bpas\b|\bjamais\b|\bavant\b|\bsans\b|\bnon\b|\bdoit\b|\bpeut\b|\bsera\b"
    r"|\berreur|\binadvertance|\bfuite|\baccident|\billicite|\bindument))"
    r".*(?:\b(?:interne|restreinte|confidentiel(?:le)?|a ete|ont ete|est|sont)\s+"
    r"(?:rendue?s?\s+publi(?:c|que)s?|declassifiee?s?)\b|\bdeclassifiee?s?\s+le\s+\d)"
)


# An undertaking or a rule that forbids disclosure is a duty someone accepts ("Je m'engage à ne pas
# divulguer les informations nominatives", "engagement de ne pas diffuser"), not the page's marking.
UNDERTAKING = regex.compile(r"(?<![\p{L}])(?:engag\w*|engagement|accept\w*)\s+(?:a|de|d['’])\s*$")
# What the undertaking covers: information met in the work, not this paper ("ce document", "cette
# note", "son contenu", "le présent …" stay a marking).
NOT_THIS_PAPER = regex.compile(
    r"\s+(?:a\s+(?:des\s+)?tiers\s+)?(?:les|des|aucune?s?)\s+(?:informations?|donnees|elements|renseignements|"
    r"faits|documents?\s+consultes|pieces\s+consultees)\b"
)


def find_markings(extraction: Extraction, rules: MarkingRules) -> Iterator[MarkingHit]:
    text = extraction.text
    candidates = _candidate_lines(text, rules)
    if candidates is not None and not candidates:
        return
    doc_lines = _lines(text, 0, len(text))
    edge = {off for off, _ in doc_lines[:EDGE_LINES] + doc_lines[-EDGE_LINES:]}
    for start, end, part in extraction.part_spans():
        lines = _lines(text, start, end)
        part_edge = {off for off, _ in lines[:PAGE_EDGE_LINES] + lines[-PAGE_EDGE_LINES:]}
        placed = part.kind in MARKING_KINDS
        for off, line in lines:
            if candidates is not None and off not in candidates:
                continue
            yield from _line_markings(rules, off, line, placed, off in edge or off in part_edge, part.kind)


def _line_markings(
    rules: MarkingRules, off: int, line: str, placed: bool, at_edge: bool, kind: str
) -> Iterator[MarkingHit]:
    squeezed, where = collapse(line)
    folded = fold_text(squeezed)
    if len(folded) != len(squeezed):  # a ligature changed the length: map on the plain lower case
        folded = squeezed.lower()
        if len(folded) != len(squeezed):
            return
    if RELEASED.search(folded):
        return  # "Document interne rendu public avec l'avis d'attribution": the mention is lifted
    explains = bool(EXPLAIN.search(squeezed))
    quoted = QUOTED_MARKING.match(squeezed)
    if explains and quoted:
        for m in rules.strong.finditer(folded, quoted.start(1), quoted.end(1)):
            if squeezed[m.start() : m.end()].isupper():
                yield MarkingHit(m.group(), off + where[m.start()], off + where[m.end() - 1] + 1, "quoted")
    letters = [c for c in squeezed if c.isalpha()]
    capitals = bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8
    if not explains:
        for m in rules.absolute.finditer(folded):
            if UNDERTAKING.search(folded, 0, m.start()) and NOT_THIS_PAPER.match(folded, m.end()):
                continue  # "je m'engage à ne pas divulguer les informations nominatives"
            if not placed and not capitals and _advice(folded, m):
                continue  # "veillez à ne pas communiquer vos coordonnées bancaires": advice, not a marking
            yield MarkingHit(
                m.group(), off + where[m.start()], off + where[m.end() - 1] + 1, kind if placed else "text"
            )
    for strong, rx in ((True, rules.strong), (False, rules.weak)):
        for m in rx.finditer(folded):
            original = squeezed[m.start() : m.end()]
            if explains:
                continue
            before, after = squeezed[: m.start()].strip(), squeezed[m.end() :].strip()
            alone = (
                len(before) + len(after) <= OWN_LINE_SLACK
                and len(letters) <= len([c for c in original if c.isalpha()]) + OWN_LINE_SLACK
            )
            if not strong and not (original.isupper() or (placed and not before and not after)):
                continue  # "secret", "sensible", "DR" as words: only written as a marking is
            if not strong and original.lower() != fold(original) and original.lower() not in rules.weak_forms:
                continue  # accents of another word: "UN CLUB QUI PROTÈGE" is no "PROTÉGÉ"
            if not strong and (
                CODE_AFTER.match(squeezed, m.end()) or CODE_BEFORE.search(squeezed[: m.start()])
            ):
                continue  # "TS-35-2026-018734", "Réf. 2026/DR": part of a file number
            if original.islower() and CONTACT_BEFORE.search(before) and after.startswith(")"):
                continue  # "03 22 00 00 00 (confidentiel)": a listening line is confidential, not the page
            opens = not before and (not after or after[0] in SEPARATORS)
            closes = not after and (not before or before[-1] in SEPARATORS)
            inline = (before[-1:] in tuple(SEPARATORS) or not before) and (
                after[:1] in tuple(SEPARATORS) or not after
            )
            if strong:
                ok = (
                    placed
                    or alone
                    or capitals
                    or opens
                    or closes
                    or inline
                    or (at_edge and len(squeezed.strip()) <= EDGE_LINE_CHARS)
                )
            else:
                ok = (
                    (placed and capitals)
                    or (alone and (at_edge or capitals))
                    or (at_edge and capitals and (opens or closes))
                )
            if not ok:
                continue
            site = (
                kind
                if placed
                else ("edge" if at_edge else "own_line" if alone else "capitals" if capitals else "inline")
            )
            yield MarkingHit(m.group(), off + where[m.start()], off + where[m.end() - 1] + 1, site)
