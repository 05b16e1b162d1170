"""Cadastral references of parcels ("parcelle cadastrée section AB n° 214")."""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import AnalysisExplanation, Pattern, RecognizerResult

from aiguillage.detect.recognizers._base import FrPatternRecognizer

_S = r"[ \u00a0]"
# "n°", "nos", "numéro(s)"
_NUM_WORD = r"(?i:n[°o]s?\.?|num[ée]ros?)"
# the parcel's number: 1 to 7 digits (4 in the French cadastre, more in other numberings; leading
# zeros kept: "0117"), not a decimal or a surface
# ("a" is the verb when a word follows it: "la parcelle ZB 12 a fait l'objet", not "74 a")
_UNIT = (r"(?i:m²|m2|m\b|ha\b|hectares?|ares?\b|a\b(?![ \u00a0]+\p{Ll}{2,})|ca\b|centiares?|km|mètres?|€"
         r"|euros?|%)")
# an Alsace-Moselle number has a slash ("345/67"); a part of a parcel ends in "p" ("87p")
# two neighbours written as a range ("45-46", "12 à 14" is the list's): their numbers together
_NUM = (rf"\d{{1,7}}(?![\d]|[,.]\d|{_S}*{_UNIT})(?:/\d{{1,4}})?(?:p(?![\w]))?"
        rf"(?:[-–]\d{{1,7}}(?![\d]|[,.]\d|{_S}*{_UNIT}|[-/]))?")
# the section: one or two capitals or a digit and a capital ("AB", "D", "0A"), after the optional
# prefix of an absorbed commune ("000 BK", "123 AB")
_SECTION = r"(?:\d{3}[ \u00a0]+)?[A-Z0-9]?[A-Z]"
_REF = rf"{_SECTION}{_S}*,?{_S}*(?:{_NUM_WORD}{_S}*:?{_S}*)?{_NUM}"
# the next items of a list: "ZA 18 et ZA 19", "n° 87 et 88", "C 902, C 903 et C 904"
_MORE = rf"(?:{_S}*(?:,|et|à|ou|&){_S}*(?:{_REF}|(?:{_NUM_WORD}{_S}*)?{_NUM}))*"
# what announces a reference: "parcelle(s)", "cadastré(e)(s)", "cadastre", "section",
# "références cadastrales", possibly followed by more of these words ("parcelle cadastrée section")
_CUE_WORD = (r"(?i:parcelles?|cadastr[ée]e?s?|cadastre|cadastrales?|sections?|sous|le|la|les|au|du|communal(?:e|es|aux)?|"  # noqa: E501
             r"r[ée]f[ée]rences?)")
_CUE = rf"(?i:parcelles?|cadastr[ée]e?s?|cadastre|cadastrales?|sections?)(?:{_S}+{_CUE_WORD})*{_S}*:?{_S}*"
# a parcel number without its section, right after "parcelle(s)" ("la parcelle 9366", "parcelles n° 12 et 13")
_PARCEL_ONLY = rf"(?i:parcelles?)(?:{_S}+(?i:cadastr[ée]e?s?))?{_S}+"
# What every match of the patterns below is preceded by: the start of one of the words that open
# _CUE, _PARCEL_ONLY and the owner's pattern, written in the same case-insensitive syntax of the
# same ``regex`` engine
# (its case folding included: "PARCELLE", "ſection"), searched with the flags the patterns are
# compiled with. A text without any has no match: the patterns, whose variable-length look-behind
# is tried at every position of the text (the most expensive pattern of all the recognizers on
# the bench corpus), are then not run at all.
_CUE_START = r"(?i:parcelle|cadastr|section|propri[ée]t|appartenant)"


# the section after the number: "cadastré 234 section B", "parcelle n° 412 de la section C",
# "n° 89/12 de la section 14" (Alsace-Moselle numbers its sections)
_SECTION_AFTER = rf"{_S}+(?:de{_S}+la{_S}+)?(?i:section){_S}+(?:[A-Z0-9]?[A-Z]|\d{{1,3}})(?![\w])"
# a public owner: the commune's own parcels are no one's personal data ("la parcelle communale
# AB 450", "AB 12 (domaine public)", "propriété de la commune"), unless the sentence sells or
# exchanges them, when the parcel becomes its buyer's
_OWNER = (r"(?:communal(?:e|es|aux)?|intercommunal(?:e|es|aux)?|(?:de|appartenant[ \u00a0]+à)[ \u00a0]+la[ \u00a0]+"  # noqa: E501
          r"(?:commune|ville|m[ée]tropole)|du[ \u00a0]+domaine[ \u00a0]+(?:public|priv[ée])(?:[ \u00a0]+communal)?"  # noqa: E501
          r"|de[ \u00a0]+l['’][ée]tat|du[ \u00a0]+d[ée]partement)")
# the owner said inside the parcel's own words ("la parcelle communale AB 450", "terrain de la
# commune cadastré ZA 14") or right after it ("AB 12 (domaine public)", "ZA 14, propriété communale")
_PUBLIC_BEFORE = regex.compile(
    rf"(?i)(?:parcelles?|terrains?|biens?|emprises?|propri[ée]t[ée]s?)[ \u00a0]+{_OWNER}"
    rf"(?:[ \u00a0]+(?:cadastr[ée]e?s?|sections?|sous|au|cadastre|n[°o]s?|et|,|{_REF}))*[ \u00a0:]*$")
_PUBLIC_AFTER = regex.compile(
    rf"(?i)^[ \u00a0]*[(,–—-][ \u00a0]*(?:propri[ée]t[ée][ \u00a0]+|appartenant[ \u00a0]+à[ \u00a0]+la[ \u00a0]+commune)?"  # noqa: E501
    rf"(?:{_OWNER}|commune|ville|domaine[ \u00a0]+(?:public|priv[ée]))")
_TRANSFER = regex.compile(r"(?i)\b(?:c[èée]d\w*|cession|vend\w*|vente|[ée]chang\w*|acqu[ée]r\w*|acquisition"
                          # a notice of title: "a été reconnu propriétaire de E 412 (commune de Levie)"
                          r"|(?:reconnue?s?|d[ée]clar[ée]e?s?)\s+propri[ée]taires?"
                          r"|(?:à|au\s+profit\s+de)\s+(?:M\.|Mme|Monsieur|Madame|M\.\s+et\s+Mme))")


# A document about land (a land consolidation's apports and attributions, a hunting association's
# lands, a parcel schedule, an area in hectares, ares and centiares): there a section and its number
# stand alone in lists and tables ("l'attribution ZN 13", "terrains apportés : AB 412, AB 413, C 1120",
# "ZE 41, ZE 42<TAB>Parc Nevez<TAB>ZQ 17"), without a cue word before each.
_LAND_CUE = regex.compile(
    r"(?i)(?<![\w])(?:parcell\w*|cadastr\w*|am[ée]nagement[ \u00a0]+foncier|remembrement|[ée]tat[ \u00a0]+parcellaire"  # noqa: E501
    r"|compte[ \u00a0]+de[ \u00a0]+propri[ée]t[ée]|terrain[ \u00a0]+d['’]assiette"
    r"|unit[ée][ \u00a0]+fonci[èe]re)(?![\w])"
    # a form's field "Terrain :" (a certificate of urbanism, a tax on building land)
    r"|(?m:^[ \u00a0]*terrain[ \u00a0]*:)"
    r"|(?<![\w])\d{1,4}[ \u00a0]*ha[ \u00a0]+\d{1,2}[ \u00a0]*a(?![\w])")
# the section alone needs two capitals (a lone capital is a list's, a grade's, a road's: "I 3°",
# "D 934"), and no further digits (a file number: "PC 40 2011 03318"); a lone capital continues a
# list ("AB 413, C 1120")
_BARE_REF = regex.compile(
    rf"(?<![\w\-/.])(?P<section>[A-Z]{{2}}){_S}?\d{{1,5}}(?:/\d{{1,4}})?(?:p(?![\w]))?"
    rf"(?![\w°]|[-/.,]\d|{_S}*{_UNIT}|{_S}+\d|{_S}*(?:-|–){_S}*\d)"
    rf"(?:{_S}*(?:,|et|à|ou|&){_S}*(?:[A-Z0-9]?[A-Z]){_S}?\d{{1,5}}(?:p(?![\w]))?(?![\w°]|[-/.,]\d|{_S}*{_UNIT}|{_S}+\d))*")
# two capitals before a number that are no section: roads and ways (RD 17, VC 3, GR 34), postal boxes
# (BP 27, CS 70001), urban planning files, classes and course units, short words in capitals
_NOT_SECTIONS = frozenset("""
RD RN RC VC CR CD GR BP CS TD TP CM CE CP UE HT DN PC PA DP CU PV AR RT TV DM TS PS NB ND EP AP
LE LA DE DU ET AU EN UN OU SI NE SE IL NO ME MM MR DR PR ST
""".split())  # noqa: SIM905


class FrCadastreRecognizer(FrPatternRecognizer):
    """Cadastral reference: optional prefix (absorbed commune, 3 digits), section (one or two
    capitals, "0A"), number (1 to 7 digits), in lists ("parcelles ZA 18 et ZA 19", "section ZK
    n° 87 et 88"), after a cadastral word: "parcelle", "cadastrée", "cadastre", "section",
    "références cadastrales". The cue words stay in clear, the reference is the finding; a number
    followed by a unit ("parcelle de 500 m²") is a surface, not a reference.

    Legal basis: RGPD art. 4(1): a parcel's reference leads to its owner through the land register
    (fichier des propriétaires, CRPA L.311-6, CNIL délibération 2012-087); a parcel of a natural
    person is indirectly identifying data.
    """

    ENTITY = "CADASTRE"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("SECTION_NUMBER", rf"(?<={_CUE})(?<![\w]){_REF}{_MORE}(?![\w])", 0.85),
        Pattern("PARCEL_NUMBER", rf"(?<={_PARCEL_ONLY})(?:{_NUM_WORD}{_S}*)?{_NUM}{_MORE}(?![\w])", 0.7),
        Pattern("NUMBER_THEN_SECTION",
                rf"(?<=(?i:parcelles?|cadastr[ée]e?s?|terrain){_S}+(?:{_NUM_WORD}{_S}*)?)\d{{1,7}}(?:/\d{{1,4}})?"
                rf"{_SECTION_AFTER}", 0.85),
        # what an owner is declared owner of, in a notice of title: "reconnu propriétaire de E 412,
        # 413 et 415", "propriétaires indivis des parcelles B 77 et 78" (the cue word is optional)
        Pattern("OWNER_OF",
                rf"(?<=(?i:propri[ée]taires?(?:{_S}+indivis)?){_S}+(?i:de|du|des)"
                rf"(?:{_S}+(?i:parcelles?(?:{_S}+cadastr[ée]e?s?)?))?{_S}+)"
                rf"(?<![\w]){_REF}{_MORE}(?![\w])", 0.7),
        # a reference its owner follows: "(AR 145, propriétaire M. Lenoir)", "B 77 appartenant à"
        Pattern("OWNED_BY",
                rf"(?<![\w\-/.]){_SECTION}{_S}*(?:{_NUM_WORD}{_S}*)?{_NUM}{_MORE}"
                rf"(?={_S}*,?{_S}*(?i:propri[ée]taires?|propri[ée]t[ée]{_S}+de|appartenant{_S}+[àa])"
                rf"{_S})", 0.7),
        # Alsace-Moselle: "section 12 parcelle 345/67", "section 5 n° 123"
        Pattern("NUMBERED_SECTION",
                rf"(?<=(?i:section){_S}+)\d{{1,3}}{_S}+(?:(?i:parcelles?){_S}+(?:{_NUM_WORD}{_S}*)?|{_NUM_WORD}{_S}*)"
                rf"\d{{1,7}}(?:/\d{{1,4}})?(?![\w])", 0.85),
    ]
    CONTEXT: ClassVar[list[str]] = ["parcelle", "cadastre", "cadastrée", "cadastral", "section"]

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """The patterns' references, less the public owner's; then every other reference of a
        section already named in the document ("division de la parcelle AT 123 en AT 456 et AT 457",
        a table cell "AD 1188" under a reference in the text). Skipped when no cue word opens
        anywhere in ``text``: no pattern can match there, and no section is then named."""
        land = _LAND_CUE.search(text) is not None
        bracketed = [self._result(m.start("ref"), m.end("ref"), "BRACKETED_AFTER_PROPERTY",
                                  "a section and number in brackets after a property or its owner")
                     for m in _BRACKET_REF.finditer(text) if _bracketed_parcel(text, m)]
        if not land and not regex.search(_CUE_START, text, flags=regex_flags or self.global_regex_flags):
            return bracketed
        found = [r for r in super().analyze(text, entities, nlp_artifacts, regex_flags)
                 if not _public_owner(text, r.start, r.end)]
        found += [b for b in bracketed if not any(r.start < b.end and b.start < r.end for r in found)]
        if land:
            covered = [(r.start, r.end) for r in found]
            for m in _BARE_REF.finditer(text):
                if (m.group("section") in _NOT_SECTIONS or _public_owner(text, m.start(), m.end())
                        or _SERVITUDE_BEFORE.search(text, max(0, m.start() - 40), m.start())
                        or any(s < m.end() and m.start() < e for s, e in covered)):
                    continue
                found.append(self._result(m.start(), m.end(), "LAND_DOCUMENT",
                                          "a section and number in a document about land"))
        found += [self._result(s, e, "SECTION_COLUMN", "a cell of a parcel table's Section or N° column")
                  for s, e in _table_cells(text)]
        if land:
            # a table's cell holding references only, a lone capital's too ("| B 1042 et B 1043 |",
            # "B 205<spaces>| Les Moulins |"), in a document about land
            covered = [(r.start, r.end) for r in found]
            found += [self._result(a, b, "LAND_CELL", "a cell of references in a document about land")
                      for a, b in _ref_cells(text) if not any(x < b and a < y for x, y in covered)
                      and not _public_owner(text, a, b)]
        sections = {m.group(1) for r in found
                    for m in [regex.match(r"(?:\d{3}[ \u00a0]+)?([A-Z0-9]?[A-Z])(?![\w])", text[r.start:r.end])] if m}  # noqa: E501
        if land:  # the section a land document is about: "ÉTAT DE SECTIONS, SECTION B DITE DES MOULINS"
            sections |= {m.group(1) for m in _NAMED_SECTION.finditer(text)}
        if not sections:
            return found
        alt = "|".join(sorted(map(regex.escape, sections), key=len, reverse=True))
        covered = [(r.start, r.end) for r in found]
        for m in regex.finditer(rf"(?<![\w-])(?:\d{{3}}{_S}+)?(?:{alt}){_S}*-?{_S}*(?:{_NUM_WORD}{_S}*)?"
                                rf"\d{{1,7}}(?:p)?(?:[-–]\d{{1,7}}(?![-/]))?"
                                rf"(?![\w]|[-/.,]\d|{_S}*{_UNIT})", text):
            if any(s <= m.start() < e or s < m.end() <= e for s, e in covered):
                continue
            if _public_owner(text, m.start(), m.end()):
                continue
            found.append(self._result(m.start(), m.end(), "SAME_SECTION",
                                      "a reference of a section already named as a parcel's"))
        return found

    def _result(self, start: int, end: int, pattern: str, why_text: str) -> RecognizerResult:
        name = str(getattr(self, "name", type(self).__name__))
        why = AnalysisExplanation(recognizer=name, original_score=0.7, pattern_name=pattern,
                                  textual_explanation=why_text)
        return RecognizerResult(self.ENTITY, start, end, 0.7, analysis_explanation=why,
                                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: name,
                                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})


# a parcel table: a "Section" header cell, the number under "N°", "Numéro", "Parcelle" or in the
# section's own cell ("AD<TAB>1187<TAB>Kerné", "AD 1188<TAB><TAB>Kerné")
_SECTION_HEAD = regex.compile(r"(?i)^sections?$")
_NUMBER_HEAD = regex.compile(
    r"(?i)^(?:n[°o]s?\.?|num[ée]ros?|parcelles?|n[°o][ \u00a0]+(?:de[ \u00a0]+)?parcelle)$")
_SECTION_CELL = regex.compile(
    r"^(?:\d{3}[ \u00a0]+)?[A-Z0-9]?[A-Z](?:[ \u00a0]*(?:n[°o][ \u00a0]*)?\d{1,5}p?)?$")
_NUMBER_CELL = regex.compile(r"^\d{1,5}(?:/\d{1,4})?p?$")


def _table_cells(text: str) -> list[tuple[int, int]]:
    """The section and number cells of the rows under a tab-separated header with a Section cell."""
    if "\t" not in text:
        return []
    out: list[tuple[int, int]] = []
    section = number = -1
    for line in regex.finditer(r"(?m)^.*$", text):
        cells = line.group().split("\t")
        if len(cells) < 2:
            section = number = -1
            continue
        heads = [c.strip() for c in cells]
        if any(_SECTION_HEAD.match(h) for h in heads):
            section = next(j for j, h in enumerate(heads) if _SECTION_HEAD.match(h))
            number = next((j for j, h in enumerate(heads) if _NUMBER_HEAD.match(h)), -1)
            continue
        if section < 0:
            continue
        values = [c.strip() for c in cells]
        sec = values[section] if section < len(values) else ""
        num = values[number] if 0 <= number < len(values) else ""
        if not _SECTION_CELL.match(sec) or not (any(ch.isdigit() for ch in sec) or _NUMBER_CELL.match(num)):
            continue  # a reference has a number: "A" under a school's Section column is none
        pos = line.start()
        for j, cell in enumerate(cells):
            v = cell.strip()
            if v and (j == section or (j == number and _NUMBER_CELL.match(v))):
                s = pos + len(cell) - len(cell.lstrip())
                out.append((s, s + len(v)))
            pos += len(cell) + 1
    return out


_NAMED_SECTION = regex.compile(
    r"(?<![\w])(?i:section)[ \u00a0]+(?:n[°o][ \u00a0]*)?([A-Z0-9]?[A-Z])(?![\w'’])")
_CELL_REF = rf"(?:\d{{3}}{_S}+)?[A-Z0-9]?[A-Z]{_S}?\d{{1,5}}(?:p)?(?:[-–]\d{{1,5}})?"
_REF_CELL = regex.compile(
    rf"(?:(?<=^|\t|\|)[ \u00a0]*)(?P<ref>{_CELL_REF}(?:{_S}*(?:,|et|&|;){_S}*(?:{_CELL_REF}|\d{{1,5}}p?))*)"
    rf"[ \u00a0]*(?=\t|\||$)", regex.MULTILINE)


def _ref_cells(text: str) -> list[tuple[int, int]]:
    """Table cells (tab or pipe separated) made of cadastral references only, a road's excepted."""
    out = []
    for m in _REF_CELL.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:len(text) if line_end < 0 else line_end]
        if line.count("|") + line.count("\t") < 1:
            continue  # a line of its own is no cell
        first = regex.match(r"(?:\d{3}[ \u00a0]+)?([A-Z0-9]?[A-Z])", m.group("ref"))
        if first is None or first.group(1) in _NOT_SECTIONS:
            continue
        out.append((m.start("ref"), m.end("ref")))
    return out


# a parcel's reference in brackets, two capitals and its number ("Pigeonnier de la Verchère (ZC 56)",
# "M. Thierry Crochet (ZA 0112)", "l'allée du manoir (ZH 2)"), after a property's noun or a named
# owner on its line; a road ("(RD 907)", "(D 999)"), a plate ("immatriculé au Luxembourg (LK 4521)")
# or a class ("(CE 2)") is none
# a public-utility easement's code ("la servitude AC1", "servitudes EL7 et PT2"): no parcel
_SERVITUDE_BEFORE = regex.compile(
    r"(?i)servitudes?(?:[ \u00a0]+d['’]utilit[ée][ \u00a0]+publique)?[ \u00a0:]*\Z")
_BRACKET_REF = regex.compile(
    r"\((?P<ref>(?P<section>[A-Z]{2})[ \u00a0]\d{1,4}p?"
    r"(?:[ \u00a0]*(?:,|et|à|&)[ \u00a0]*(?:[A-Z]{2}[ \u00a0]?)?"
    r"\d{1,4}p?)*)(?=\)|[ \u00a0]*[,;][ \u00a0]+[^\W\d])")
_PROPERTY = regex.compile(
    r"(?i)(?<![\w])(?:pigeonniers?|granges?|maisons?|moulins?|lavoirs?|fours?|chapelles?|puits|terrains?"
    r"|parcelles?|jardins?|propri[ée]t[ée]s?|manoirs?|domaines?|fermes?|mas|hangars?|b[âa]timents?|all[ée]es?"
    r"|vergers?|pr[ée]s|champs?|bois|[ée]tangs?|ch[âa]teaux?|bergeries?|long[èe]res?|remises?|immeubles?"
    r"|biens?|fonds|lots?|logis|villas?|chalets?|cabanes?|s[ée]choirs?|fournils?|celliers?)(?![\w])")
_OWNER_BEFORE = regex.compile(
    r"(?<![\w])(?:M\.|Mme|Mlle|Monsieur|Madame|MM\.)[ \u00a0]+(?:et[ \u00a0]+Mme[ \u00a0]+)?"
    r"(?:[A-ZÀ-Ý][\w'’-]*[ \u00a0]+){0,3}[A-ZÀ-Ý][\w'’-]*[ \u00a0]*\Z")


def _bracketed_parcel(text: str, m: regex.Match[str]) -> bool:
    if m.group("section") in _NOT_SECTIONS:
        return False
    line = text.rfind("\n", 0, m.start()) + 1
    before = text[max(line, m.start() - 80):m.start()]
    for sep in ("|", "\t"):  # the cell it is in
        before = before.rsplit(sep, 1)[-1]
    if not (_PROPERTY.search(before) or _OWNER_BEFORE.search(before)):
        return False
    if regex.search(rf"{_PROPERTY.pattern}[ \u00a0]+{_OWNER}", before):
        return False  # "la chapelle communale (AB 12)": the commune's
    return not _public_owner(text, m.start("ref"), m.end("ref"))


def _public_owner(text: str, start: int, end: int) -> bool:
    """The parcel's own words say the commune (or another public body) owns it, and its line does
    not transfer it."""
    if not (_PUBLIC_BEFORE.search(text[max(0, start - 80):start]) or _PUBLIC_AFTER.match(text[end:end + 60])):
        return False
    s0 = text.rfind("\n", 0, start) + 1
    e0 = text.find("\n", end)
    return not _TRANSFER.search(text[s0:len(text) if e0 < 0 else e0])
