"""Tables and lists of records, whatever their layout: the cells of each row.

Documents lay out records in rows of cells: tab-separated (DOCX, ODT, spreadsheets, HTML tables),
between semicolons (exported lists), between pipes ("| LEBRETON Sandrine | 5 ter rue … |"),
aligned with runs of spaces (PDF text, hand-made text tables), or as fields between dashes ("Mme
Froger — La Métairie Neuve — 2 chambres"). A *block* is a run of consecutive lines of one layout. Two uses:

- :mod:`aiguillage.detect.recognizers.form_fields` reads a column under a labelled header cell
  (Date de naissance, Adresse, Immatriculation…) in any of these layouts;
- :func:`typed_columns` (a document-level step of the engine) gives a column's kind to its cells
  that no recognizer found: when most cells of a column hold a person's name (or address, phone,
  plate…), so does the odd one the patterns missed ("Gaby et Mimi Trouillard" between rows whose
  first cell is a name).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

import regex

from aiguillage.records import Finding

PIPE, TAB, SEMI, DASH, SPACES, COMMA = "pipe", "tab", "semicolon", "dash", "spaces", "comma"
_LINE = regex.compile(r"(?m)^.*$")
_DASH_SEP = regex.compile(r"[ \u00a0][—–][ \u00a0]")
_SEMI_SEP = regex.compile(r";")
_SPACES_SEP = regex.compile(r"[ \u00a0]{2,}")
_EXPORT_COMMA = regex.compile(r",[^ \u00a0\n]")  # what a CSV export's commas look like
_RULE_ROW = regex.compile(r"^[\s|:+=_-]*$")  # "|---|---|", "+====+"


@dataclass(frozen=True)
class Row:
    """One line of a block: its layout and its cells as (start, end) in the text, trimmed (an
    empty cell is (p, p)); ``starts`` are the raw cells' starts within the line (alignment)."""

    layout: str
    cells: tuple[tuple[int, int], ...]
    offsets: tuple[int, ...]
    line_start: int


def _split(line: str, sep: regex.Pattern[str] | str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    parts = (list(sep.finditer(line)) if isinstance(sep, regex.Pattern)
             else [m for m in regex.finditer(regex.escape(sep), line)])
    for m in [*parts, None]:
        end = m.start() if m is not None else len(line)
        out.append((pos, end))
        if m is not None:
            pos = m.end()
    return out


def _csv_commas(line: str) -> list[int] | None:
    """The separating commas of a line exported as CSV ("3,NAGAPIN,Sandrine,\"8 impasse des
    Goyaviers, Bois-de-Nèfles\",97490"): three at least outside double quotes, none of them followed
    by a space (prose puts one after each comma, an export none), and more than its semicolons
    outside quotes (a decimal comma in an export with semicolons). None when the line is no such row."""
    if line.count(",") < 3:
        return None
    commas: list[int] = []
    semis = 0
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif ch == ",":
            if line[i + 1:i + 2] in (" ", "\u00a0"):
                return None
            commas.append(i)
        elif ch == ";":
            semis += 1
    return commas if len(commas) >= 3 and len(commas) > semis and not quoted else None


def row_of(line: str, line_start: int) -> Row | None:
    """The cells of ``line`` (at ``line_start`` in the text) or None when it is no row."""
    stripped = line.strip()
    if not stripped or (_RULE_ROW.match(stripped) and "|" in stripped):
        return None
    if stripped.count("|") >= 2:
        layout, raw = PIPE, _split(line, "|")
        if not line[raw[0][0]:raw[0][1]].strip():
            raw = raw[1:]
        if raw and not line[raw[-1][0]:raw[-1][1]].strip():
            raw = raw[:-1]
    elif "\t" in stripped:
        layout, raw = TAB, _split(line, "\t")
    elif (commas := _csv_commas(line)) is not None:
        layout = COMMA
        raw = [(a + 1, b) for a, b in zip([-1, *commas], [*commas, len(line)], strict=True)]
    elif stripped.count(";") >= 2 and not stripped.endswith(";"):
        # a list exported with semicolons ("ABDOU ; Soraya ; 12/06/2016 ; M160612ABDSO01")
        layout, raw = SEMI, _split(line, _SEMI_SEP)
    elif _DASH_SEP.search(line):
        layout, raw = DASH, _split(line, _DASH_SEP)
    else:
        lead = len(line) - len(line.lstrip(" \u00a0"))
        raw = [(s + lead, e + lead) for s, e in _split(line[lead:].rstrip(" \u00a0"), _SPACES_SEP)]
        if len(raw) < 3:
            return None
        layout = SPACES
    cells = []
    for s, e in raw:
        cell = line[s:e]
        pad = ' \u00a0\t"' if layout == COMMA else " \u00a0\t"  # an export's quotes are no value
        a = s + len(cell) - len(cell.lstrip(pad))
        b = e - (len(cell) - len(cell.rstrip(pad)))
        cells.append((line_start + a, line_start + max(a, b)))
    return Row(layout, tuple(cells), tuple(s for s, _ in raw), line_start)


def blocks(text: str) -> list[list[Row]]:
    """Runs of consecutive rows of one layout (a rule row "|---|" continues its block)."""
    out: list[list[Row]] = []
    current: list[Row] = []
    for m in _LINE.finditer(text):
        line = m.group()
        row = row_of(line, m.start())
        if row is None:
            if "|" in line and _RULE_ROW.match(line.strip()) and line.strip():
                continue
            if current:
                out.append(current)
            current = []
            continue
        if current and current[-1].layout != row.layout:
            out.append(current)
            current = []
        current.append(row)
    if current:
        out.append(current)
    return out


def aligned(header: Row, row: Row) -> list[int]:
    """For each cell of ``row``, the index of its header column: by position for a layout of
    spaces (a long value may swallow the spaces before the next column), by index otherwise."""
    if row.layout != SPACES or len(row.cells) == len(header.cells):
        return list(range(len(row.cells)))
    starts = header.offsets
    return [min(range(len(starts)), key=lambda j: abs(starts[j] - off)) for off in row.offsets]


# --- the kind of a column, from the findings of its cells ---------------------------------------

# the language model's findings and the names it made sought everywhere
_MODEL_RECOGNIZERS = frozenset({"SpacyRecognizer", "FrRepeatedNameRecognizer"})
_NOT_TYPED = frozenset({"PUBLIC_OFFICIAL", "LOCATION", "ORGANIZATION"})
MIN_TYPED = 2          # cells of the column's kind needed
MIN_SHARE = 0.6        # share of the non-empty cells
COLUMN_SCORE = 0.6
RECOGNIZER = "FrColumnRecognizer"
_MONTH = regex.compile(r"(?i)janv|f[ée]vr|mars|avr|mai|juin|juil|ao[ûu]t|sept|oct|nov|d[ée]c")
_IDENTIFIER_TYPES = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS", "FR_LICENSE_PLATE", "PERSONAL_REFERENCE",
                               "FR_NIR", "IBAN_CODE", "FR_CAF_NUMBER", "FR_ID_CARD", "FR_PASSPORT",
                               "FR_DRIVING_LICENCE", "CADASTRE"})
_KINDS = frozenset({"PERSON", "FR_ADDRESS", "DATE_OF_BIRTH"}) | _IDENTIFIER_TYPES


# a date or a year that opens a birth column's cell, before a remark in brackets or after a dash
_LEADING_DATE = regex.compile(
    r"[ \u00a0]*(\d{1,4}(?:[ \u00a0./-]+\d{1,4}){0,2})(?=[ \u00a0]*(?:\(|[—–-][ \u00a0]|,[ \u00a0]))")


def _shape_fits(kind: str, cell: str) -> bool:
    letters = sum(c.isalpha() for c in cell)
    digits = sum(c.isdigit() for c in cell)
    if kind == "PERSON":
        return letters >= 2 and digits == 0 and len(cell) <= 60 and len(cell.split()) <= 6
    if kind == "FR_ADDRESS":
        return letters >= 2 and len(cell) <= 80
    if kind == "LOCATION":  # a place of birth: "Plémet (22)", "Wrocław (Pologne)"
        return letters >= 2 and len(cell) <= 60
    if kind == "DATE_OF_BIRTH":
        return (digits > 0 or bool(_MONTH.search(cell))) and len(cell) <= 30
    return (digits > 0 or "@" in cell) and len(cell) <= 40


def _cell_kind(cell: tuple[int, int], found: list[Finding]) -> str | None:
    """The kind of the findings covering most of the cell (half of it at least), "?" when they
    cover less, "MODEL:<kind>" when only the language model's do (it reads many an organisation
    in capitals as a person: such cells support a kind the rules found, never make it), or None."""
    s, e = cell
    size = e - s
    if size <= 0:
        return None
    inside = [f for f in found if f.end > s and f.start < e]
    if not inside:
        return None
    rules = [f for f in inside if f.recognizer not in _MODEL_RECOGNIZERS]
    cover: Counter[str] = Counter()
    for f in rules or inside:  # the rules' kind over the model's
        cover[f.entity_type] += min(e, f.end) - max(s, f.start)
    kind, chars = cover.most_common(1)[0]
    if not rules:
        return "MODEL:" + kind
    return kind if chars * 2 >= size else "?"


WEAK_SCORE = 0.3


def _weak_kind(cell: tuple[int, int], weak: list[Finding]) -> str | None:
    """"WEAK:<kind>" when findings under the threshold cover half the cell at least, else None."""
    s, e = cell
    cover: Counter[str] = Counter()
    for f in weak:
        if f.end > s and f.start < e:
            cover[f.entity_type] += min(e, f.end) - max(s, f.start)
    if not cover or e <= s:
        return None
    kind, chars = cover.most_common(1)[0]
    return "WEAK:" + kind if chars * 2 >= e - s else None


# a header cell naming the persons its column lists ("Élève", "Exposant", "Responsable légal",
# "Nom Prénom", "Jardinier")
_PEOPLE_HEADER = regex.compile(
    r"(?i)^(?:nom(?:[ \u00a0]*(?:et|/|,)?[ \u00a0]*pr[ée]noms?)?"
    r"|pr[ée]noms?(?:[ \u00a0]*(?:et|/|,)?[ \u00a0]*nom)?|identit[ée]|[ée]l[èe]ves?|enfants?"
    r"|jardini[eè]re?s?|exposante?s?|inscrite?s?|adh[ée]rente?s?|participante?s?"
    r"|b[ée]n[ée]voles?|joueu(?:r|se)s?|licenci[ée]e?s?|parents?|responsables?(?:[ \u00a0]+l[ée]gale?s?)?"
    r"|h[ée]bergeu(?:r|se)s?|habitante?s?|riverains?|r[ée]sidente?s?|familles?|correspondante?s?|membres?"
    r"|titulaires?|d[ée]clarante?s?|demandeu(?:r|se)s?|p[ée]titionnaires?|propri[ée]taires?|locataires?"
    r"|abonn[ée]e?s?|usagers?|b[ée]n[ée]ficiaires?|candidate?s?|laur[ée]ate?s?|gagnante?s?|coureu(?:r|se)s?"
    r"|concurrente?s?|athl[èe]tes?|signataires?|acqu[ée]reurs?|vendeu(?:r|se)s?|d[ée]funte?s?"
    r"|concessionnaires?|accompagnat(?:eur|rice)s?|conduct(?:eur|rice)s?|passag(?:er|[èe]re)s?|chauffeurs?"
    r"|covoitureu(?:r|se)s?|exploitante?s?|producteurs?|productrices?|commer[çc]ante?s?"
    # the authors of a contest's or an exhibition's works
    r"|photographes?|auteu(?:r|re)s?|autrices?|artistes?|peintres?|sculpteu(?:r|se)s?|exposant\(e\)s?"
    # apprentices, trainees, deputies of an elected young member, lenders and donors, readers,
    # farmers, a column headed "Qui"
    r"|apprentie?s?|stagiaires?|suppl[ée]ante?s?|sportive?s?|donat(?:eur|rice)s?|pr[êe]teu(?:r|se)s?"
    r"|lect(?:eur|rice)s?|t[ée]moins?|agricult(?:eur|rice)s?|[ée]leveu(?:r|se)s?|personnes?|qui)$")
# an inclusive writing's feminine or plural ending: "Apprenti(e)", "Suppléant(e)s", "Élu·e"
_INCLUSIVE = regex.compile(r"(?i)(?<=\p{L})(?:\((?:e|s|es|x|e\)s|ne|ne\)s)\)?|[·.](?:e|es|s|ne)(?:[·.]s)?)$")


_YEAR_HEADER = regex.compile(r"(?i)^(?:ann[ée]e|an|n[ée]\(?e?\)?(?:[ \u00a0]+en)?)$")  # "Né(e)" alone too
# a column of a table of persons headed by their birth, however short the header ("Naissance",
# "Date naiss.", "Année de naissance"): its cells are birth dates in any writing ("14/03/79",
# "1990-04-17", "2 févr. 1995", "1948")
_BIRTH_HEADER = regex.compile(
    r"(?i)^(?:(?:date|ann[ée]e)[ \u00a0]+(?:de[ \u00a0]+|d['’][ \u00a0]*)?)?naiss(?:ance|\.)?$")


# the town where each person of a table lives ("Commune", "Ville de résidence", "Localité")
_TOWN_HEADER = regex.compile(
    r"(?i)^(?:commune|ville|localit[ée]|domicile|r[ée]sidence)(?:[ \u00a0]+(?:de[ \u00a0]+)?r[ée]sidence)?$")
_BIRTH_PLACE_HEADER = regex.compile(
    r"(?i)^(?:lieu|ville|commune|pays)[ \u00a0]+(?:de[ \u00a0]+|d['’][ \u00a0]*)?naiss(?:ance|\.)?$")


# a number a person holds, as a column of a table of persons ("Licence FFF", "N° de carte", an
# export's "n_carte" or "num_adherent")
_HELD_HEADER = regex.compile(
    r"(?i)^(?:(?:n[°o]\.?[ \u00a0]*|n[ \u00a0]+|num[ée]ro[ \u00a0]+|num\.?[ \u00a0]+)(?:de[ \u00a0]+|d['’][ \u00a0]*)?)?"  # noqa: E501
    r"(?:licence|adh[ée]rent|adh[ée]sion|carte|badge|dossier|matricule|abonn[ée]|abonnement|client|contrat"
    r"|compteur|passeport|permis|inscription|s[ée]curit[ée][ \u00a0]+sociale|siret|siren)"
    r"(?:[ \u00a0]+\p{Lu}{2,6})?$")
# a boat heading a column of a table of persons: its registration is its owner's ("IRL 1877")
_BOAT_HEADER = regex.compile(
    r"(?i)^(?:bateaux?|navires?|voiliers?|embarcations?|immatriculation[ \u00a0]+du[ \u00a0]+bateau"
    r"|bateau[ \u00a0]*(?:/|et|,)[ \u00a0]*immatriculation)$")
# a register's number in capitals heading a column of a table of persons ("NNE" the voter's national
# number, "INE" the student's): its cells, when they are codes, are the persons'
_ACRONYM_HEADER = regex.compile(r"^\p{Lu}{2,6}$")


# the quotes of an exported cell and the underscores or dots of a column's name in an export
# ("\"numero_macaron\"", "NE(E)_EN", "date.naissance")
_QUOTES = " \u00a0*:\"'«»“”„`"
_NAME_JOINER = regex.compile(r"(?<=[\p{L})])[_.](?=[\p{L}(])")


def header_text(cell: str) -> str:
    """A header cell as words: without its quotes, an export's underscores and dots between words
    read as spaces ("\"date_naissance\"" → "date naissance")."""
    return str(_NAME_JOINER.sub(" ", cell.strip(_QUOTES))).strip(_QUOTES)


# a numbering word heading a column, alone or with what is numbered ("N°", "Réf.", "numero_macaron",
# "Matricule", "ID adhérent"); an act, a lot or a parcel is no one's (the reference module's words)
_NUMBERED_HEADER = regex.compile(
    r"(?i)^(?:n[°o]\.?|num[ée]ros?|num\.?|r[ée]f[ée]rences?|r[ée]f\.?|ids?|identifiants?|matricules?|mat\.|codes?)"
    r"(?:[ \u00a0]+(?:de[ \u00a0]+|du[ \u00a0]+|d['’][ \u00a0]*)?(?P<what>\p{L}[\p{L}'’-]*)\.?)?$")


def _numbered_header(head: str) -> bool:
    from aiguillage.detect.recognizers.reference import is_act_word

    m = _NUMBERED_HEADER.match(head)
    return m is not None and (m.group("what") is None or not is_act_word(m.group("what")))


def _codes(text: str, cells: list[tuple[tuple[int, int], str | None]]) -> bool:
    """Whether most of the cells read as reference numbers ("R-2026-0001", "ADH-0457")."""
    from aiguillage.detect.recognizers.reference import code_shape

    return sum(code_shape(v) and not _MONEY.search(v)
               for v in (text[s:e].strip(_QUOTES) for (s, e), _ in cells)) * 2 > len(cells)


_MONEY = regex.compile(r"[,€$£%]|\d[ \u00a0]*(?:k|K|M)?€")


def header_kind(cell: str) -> str | None:
    """The kind of the values under a header cell: a form label's (Date de naissance, Adresse,
    Téléphone, Immatriculation…), LOCATION for a place of birth (typed in a table of persons
    only), or PERSON for a noun naming persons."""
    from aiguillage.detect.recognizers.form_fields import label_entity

    cell = header_text(cell)
    if _PEOPLE_HEADER.match(cell) or _PEOPLE_HEADER.match(_INCLUSIVE.sub("", cell)):
        return "PERSON"
    if _BIRTH_PLACE_HEADER.match(cell):  # "lieu_naissance", "Ville naiss."
        return "LOCATION"
    kind = label_entity(cell) or label_entity(_INCLUSIVE.sub("", cell))  # "Véhicule(s)", "Adresse(s)"
    if kind == "VEHICLE":  # "Véhicule": its cells with digits are plates ("4721 KLM (E)"; "à pied" none)
        return "FR_LICENSE_PLATE"
    return kind if kind in _KINDS or kind == "LOCATION" else None


def _field_pairs(cells: list[str]) -> bool:
    """Cells that are a form's label–value pairs, not a header naming columns: an even number, a
    label opening a pair, and every other cell a value (digits, a replacement label "[…]", a word in
    capitals) that names no column ("Nom<TAB>DURAND<TAB>Né le<TAB>12/03/1974")."""
    if len(cells) < 2 or len(cells) % 2:
        return False
    if not any(header_kind(c) is not None for c in cells[0::2]):
        return False
    for cell in cells[1::2]:
        v = cell.strip()
        if not v or header_kind(v) is not None:
            return False
        if not (any(c.isdigit() for c in v) or v.startswith("[") or (v.isupper() and len(v) > 1)):
            return False
    return True


def _left_over(text: str, s: int, e: int, found: list[Finding]) -> bool:
    """Whether a letter or a digit of the cell ``[s, e)`` lies outside every finding."""
    covered = [(max(s, f.start), min(e, f.end)) for f in found if f.end > s and f.start < e]
    return any(ch.isalnum() and not any(a <= i < b for a, b in covered)
               for i, ch in enumerate(text[s:e], start=s))


def typed_columns(text: str, findings: list[Finding]) -> list[Finding]:
    """Findings for the cells of a column whose cells mostly (:data:`MIN_SHARE`, at least
    :data:`MIN_TYPED`) hold one kind of personal value, for its cells that hold none yet and have
    that kind's shape (a name has no digit, a number has one). Blocks of three rows or more; a
    first row without any finding of the rules is the header, never typed."""
    if "\n" not in text or (not any(sep in text for sep in ("\t", "|", ";", "  ", "—", "–", "\u00a0\u00a0"))
                             and _EXPORT_COMMA.search(text) is None):
        return []  # no layout of cells anywhere
    found = sorted((f for f in findings if (f.score >= 0.5 and f.entity_type in _KINDS)
                    or f.entity_type in _NOT_TYPED), key=lambda f: f.start)
    starts = [f.start for f in found]
    longest = max((f.end - f.start for f in found), default=0)
    # the rules' findings under the policy's threshold ("Lotissement Les Hauts de Mury", a street
    # without a number): they support a column's kind as the model's do, never make it
    weak = [f for f in findings if WEAK_SCORE <= f.score < 0.5 and f.entity_type in _KINDS
            and f.recognizer not in _MODEL_RECOGNIZERS]
    out: list[Finding] = []
    for block in blocks(text):
        # a header naming its columns ("| Nom | Prénom | Lien |") types its rows however few, and
        # whether or not any recognizer found something in them (one family member, alone)
        named_header = any(header_kind(text[s:e]) is not None for s, e in block[0].cells)
        if len(block) < (2 if named_header else 3):
            continue
        lo = bisect_left(starts, block[0].line_start - longest)
        hi = bisect_right(starts, block[-1].cells[-1][1] if block[-1].cells else block[-1].line_start)
        near = found[lo:hi]
        if not near and not named_header:
            continue
        kinds = [[_cell_kind(c, near) or _weak_kind(c, weak) for c in row.cells] for row in block]
        body = list(range(len(block)))
        header: Row | None = None
        if all(k is None or k.startswith(("MODEL:", "WEAK:")) for k in kinds[0]):
            header, body = block[0], body[1:]
            if _field_pairs([text[s:e] for s, e in header.cells]):
                header = None  # a form's first row of fields ("Nom<TAB>[…]<TAB>Prénom<TAB>[…]")
        columns: dict[int, list[tuple[tuple[int, int], str | None]]] = {}
        for i in body:
            index = aligned(header, block[i]) if header is not None else range(len(block[i].cells))
            for j, cell, k in zip(index, block[i].cells, kinds[i], strict=True):
                if cell[1] > cell[0]:
                    columns.setdefault(j, []).append((cell, k))
        heads = {j: text[header.cells[j][0]:header.cells[j][1]] for j in columns
                 if header is not None and j < len(header.cells)}
        people = any(header_kind(h) == "PERSON" for h in heads.values()) or any(
            sum(k == "PERSON" for _, k in filled) >= MIN_TYPED for filled in columns.values())
        for j, filled in columns.items():
            named = header_kind(heads[j]) if j in heads else None
            if named is None and people and _TOWN_HEADER.match(header_text(heads.get(j, ""))):
                named = "LOCATION"  # "Commune", "Ville" in a table of persons: where each lives
            if named == "LOCATION" and not people:
                named = None  # places of birth in a table of no persons: a statistic's rows
            head = header_text(heads[j]) if j in heads else ""
            if (named is None and head.casefold() in ("à", "a", "lieu", "ville", "commune") and j - 1 in heads
                    and (header_kind(heads[j - 1]) == "DATE_OF_BIRTH"
                         or (people and _BIRTH_HEADER.match(header_text(heads[j - 1])) is not None))):
                # "Né(e) le<TAB>à", "Naissance<TAB>Lieu" in a table of persons: the place of birth
                named = "LOCATION"
            if named is None and people and (_YEAR_HEADER.match(head) or _BIRTH_HEADER.match(head)):
                named = "DATE_OF_BIRTH"  # a year in a table of persons: their birth year
            if named is None and people and _BOAT_HEADER.match(head):
                # "Bateau" in a table of persons: each cell's registration ("First 31.7 — VA F 40 812")
                out += [Finding("PERSONAL_REFERENCE", a, b, COLUMN_SCORE, RECOGNIZER)
                        for (s, e), _ in filled for a, b in _codes_in(text, s, e, near)
                        if any(c.isupper() for c in text[a:b])]
                continue
            if named is None and people and _HELD_HEADER.match(head):
                named = "PERSONAL_REFERENCE"  # a licence, card or file number in a table of persons
            if (named is None and people and (_numbered_header(head) or _ACRONYM_HEADER.match(head))
                    and _codes(text, filled)):
                # "numero_macaron", "N° de badge", "Réf." over codes: the number each person holds
                named = "PERSONAL_REFERENCE"
            tally = Counter(k for _, k in filled
                            if k is not None and k != "?" and not k.startswith(("MODEL:", "WEAK:")))
            kind, n = tally.most_common(1)[0] if tally else (None, 0)
            support = sum(k in (f"MODEL:{kind}", f"WEAK:{kind}") for _, k in filled)
            if named is not None:
                kind = named
            elif kind not in _KINDS or n < MIN_TYPED or n + support < MIN_SHARE * len(filled):
                continue
            assert kind is not None
            for (s, e), k in filled:
                if kind == "PERSON" and _WHO_HEADER.match(head) and _roles_only(text[s:e]):
                    continue  # "Médecin de prévention, encadrant" under "Qui": who acts, no one's name
                if kind == "PERSON" and _body_cell(text, s, e):
                    # "Association « Les Amis du vieux Tournus » (président Jean Bret)" under
                    # "Bénéficiaire": a body; the names the rules found in it stay theirs
                    continue
                if ((k is None or k == "?" or k.startswith(("MODEL:", "WEAK:")))
                        and _shape_fits(kind, text[s:e])
                        and header_kind(text[s:e]) is None):  # a header's word is no value
                    out.append(Finding(kind, s, e, COLUMN_SCORE, RECOGNIZER))
                elif (kind == "DATE_OF_BIRTH" and (k is None or k == "?" or k.startswith(("MODEL:", "WEAK:")))
                        and (lead := _LEADING_DATE.match(text, s, e)) is not None):
                    # a remark after the date ("1955 (« mettez juste l'année »)"): the date
                    out.append(Finding(kind, lead.start(1), lead.end(1), COLUMN_SCORE, RECOGNIZER))
                elif (named is not None and k is not None and not k.startswith(("MODEL:", "WEAK:"))
                        and _shape_fits(kind, text[s:e]) and _left_over(text, s, e, near)):
                    # under a header naming it, the whole cell is the value: "Tour Bretagne, 11e
                    # étage" under "Adresse" when only "Tour Bretagne" was found, "AD 388 AD 389"
                    # under "Parcelles" when "AD 388 AD" was read as a plate
                    out.append(Finding(kind, s, e, COLUMN_SCORE, RECOGNIZER))
                elif named in _IDENTIFIER_TYPES and kind == named and len(text[s:e]) > 40:
                    # a long cell under a number's header: each code of it ("127 ABX 71 ; WW-883-PQ
                    # (en attente de carte grise)" under "Véhicule(s)")
                    out += [Finding(kind, a, b, COLUMN_SCORE, RECOGNIZER)
                            for a, b in _codes_in(text, s, e, near)]
    return out


_FIRST_WORD = regex.compile(r"[ \u00a0]*(?P<word>\p{L}[\p{L}'’-]*)")


def _body_cell(text: str, start: int, end: int) -> bool:
    """A cell that opens with a body's head noun ("Association …", "Compagnie …", "Centre social
    des Sablons"): a body, not a person, whatever column it stands in."""
    from aiguillage.detect.recognizers.bodies import is_body_head

    m = _FIRST_WORD.match(text, start, end)
    if m is not None and m.group("word") in ("La", "Le", "Les", "LA", "LE", "LES"):
        m = _FIRST_WORD.match(text, m.end(), end)  # "La Banque postale"
    if m is None:
        return False
    word = m.group("word")
    return is_body_head(word[2:] if word[:2] in ("L'", "L’") else word)


def _roles_only(cell: str) -> bool:
    """A cell of ordinary words and acronyms ("Médecin de prévention, encadrant, ergonome", "DRH, CDG,
    agent", "Conseil médical, CNRACL"): the roles of a procedure's table, no one's name. A first name
    is never ordinary ("rose", "pierre"), nor is a surname in capitals beside no ordinary word."""
    from aiguillage.detect.recognizers.names import first_names, is_common_word

    words = regex.findall(r"\p{L}+", cell)

    def ordinary(w: str) -> bool:  # a short word in lower case ("de", "la"), or the lexicon's
        return (len(w) <= 2 and w.islower() and w.casefold() not in first_names()) or is_common_word(w)

    rest = [w for w in words if not ordinary(w)]
    if not words:
        return False
    if len(rest) == len(words):  # no ordinary word: acronyms of three letters at most ("DRH", "CDG")
        return all(w.isupper() and len(w) <= 3 for w in rest)
    # one ordinary word alone may be a surname ("Blanc", "Petit"): two, or one beside an acronym
    return all(w.isupper() and len(w) <= 6 for w in rest) and (
        bool(rest) or sum(len(w) >= 3 for w in words) >= 2)


_WHO_HEADER = regex.compile(r"(?i)^qui\b")


# (not a replacement label's number: "[IMMATRICULATION_10]")
_CODE_RUN = regex.compile(r"(?<![\p{L}\d_])[\p{Lu}\d]+(?:[ \u00a0-][\p{Lu}\d]+)*(?![\p{L}\d\]])")


def _codes_in(text: str, s: int, e: int, found: list[Finding]) -> list[tuple[int, int]]:
    """The runs of capitals and digits with two digits at least in ``[s, e)`` no finding covers."""
    return [(m.start(), m.end()) for m in _CODE_RUN.finditer(text, s, e)
            if sum(c.isdigit() for c in m.group()) >= 2
            and not any(f.start < m.end() and m.start() < f.end for f in found)]
