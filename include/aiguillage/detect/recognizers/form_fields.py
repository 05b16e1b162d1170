"""Forms and key–value layouts: the value of a field labelled Nom, Né(e) le, Adresse, Téléphone…
is personal data whatever its case or shape ("Nom : dupont", "Courriel : jean arobase gmail
point com", "Code guichet : 00012").

Two layouts: "Label : value" (or "Label<TAB>value", a two-cell table row) anywhere on a line, several
fields per line allowed; and a table whose header row holds such labels (each row's cell under a
labelled column). Names under a "Nom" column are left to :mod:`person_table`.

Legal basis: RGPD art. 4(1) (directly or indirectly identifying data).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from aiguillage.detect.recognizers._base import LANGUAGE
from aiguillage.detect.recognizers.names import is_ordinary_word

_N = r"(?:n[°o]\.?|num[ée]ro|no\.?)\s*(?:d['’]\s*|de\s+|du\s+)?"
_NE = r"n[ée]\(?e?\)?e?"
# label pattern → entity of its value
FIELDS: tuple[tuple[str, str], ...] = (
    # (a vCard's "BDAY:19830917", an English form's "Date of birth", "DOB")
    # ("Né(e) le / à": a column of dates and places of birth)
    (rf"(?:date\s+et\s+lieu\s+de\s+naissance|date\s+de\s+naissance|{_NE}\s+le(?:\s*/\s*[àa])?|d\.?\s*n\.?|bday|birthday"
     r"|date\s+of\s+birth|dob"
     # the other days of a person's civil life: "Date du décès", "Date de mariage", "Décédé(e) le",
     # "Date et lieu du décès", "Mariés le" (a register's columns, a form's fields)
     r"|date\s+(?:et\s+lieu\s+)?(?:du|de|d['’])\s*(?:d[ée]c[eè]s|mariage|pacs|divorce|inhumation|bapt[êe]me"
     r"|reconnaissance)|d[ée]c[ée]d[ée]\(?e?\)?e?\s+le|mari[ée]\(?e?\)?e?s?\s+le|inhum[ée]\(?e?\)?e?\s+le"
     r"|date\s+of\s+(?:death|marriage))", "DATE_OF_BIRTH"),
    (rf"(?:lieu|ville|commune|pays|d[ée]partement)\s+de\s+naissance|{_NE}\s+[àa]", "LOCATION"),
    (r"[âa]ge|ann[ée]e\s+de\s+naissance", "DATE_OF_BIRTH"),
    (r"nom\s+(?:de\s+naissance|d['’]usage|de\s+famille|marital|patronymique|et\s+pr[ée]noms?|,\s*pr[ée]noms?"
     r"|d['’]artiste|de\s+sc[èe]ne|de\s+plume|d['’]emprunt"
     r"|/\s*pr[ée]noms?)|pseudonyme|noms?|pr[ée]noms?(?:\s*\(s\))?|pr[ée]nom\(s\)|titulaire(?:\s+du\s+compte)?|"
     r"signataire|repr[ée]sentant\s+l[ée]gal|conjoint|[ée]poux|[ée]pouse|enfant|p[èe]re|m[èe]re",
     "PERSON"),
    # "Adresse du demandeur", "Adresse du terrain", "Adresse du meublé", "Adresse de correspondance":
    # whose address the label says; an electronic address is the e-mail's (below)
    (r"adresse(?:\s+(?:postale|personnelle))?(?:\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*"
     r"(?!courriel|messagerie|mail|e-?mail|site|web)\p{L}+)?|domicile|r[ée]sidence|demeurant|lieu-?dit"
     # a register's "Dernier domicile", "Ancienne adresse", "Domicile à l'acquisition"
     r"|(?:dernier|ancien|nouveau|actuel)\s+domicile|(?:derni[èe]re|ancienne|nouvelle|actuelle)\s+adresse"
     r"|domicile\s+(?:[àa]\s+l['’]\s*\p{L}+|lors\s+d[eu]\s+\p{L}+|au\s+d[ée]c[eè]s)"
     # a farmer's holding is where they live and work ("Siège d'exploitation" in a list of members)
     r"|si[èe]ge\s+(?:de\s+l['’]\s*|d['’]\s*)exploitation",
     "FR_ADDRESS"),
    # the postcode and the town of an address written as fields ("Adresse : …     CP : 56390     Commune :
    # Grand-Champ"): read only on a line that has an address field before them (see _TOWN_FIELDS)
    (r"code\s+postal|cp|commune|ville|localit[ée]", "TOWN"),
    # "Lieu :" or "à :" after a date of birth on the same line ("Date de naissance : …     Lieu :
    # LANNION", "Née le : …      à : Casablanca (Maroc)")
    (r"lieu|à", "BIRTH_LIEU"),
    # a parcel column or field: "Parcelle(s)", "Références cadastrales", "N° de parcelle"
    (r"parcelles?(?:\s*\(s\))?|r[ée]f[ée]rences?\s+cadastrales?|n[°o]\s+de\s+parcelle|cadastre", "CADASTRE"),
    (r"t[ée]l[ée]phone(?:\s+(?:portable|fixe|mobile|personnel))?|t[ée]l\.?|portable|mobile|gsm|fax",
     "PHONE_NUMBER"),
    (r"courriel|e-?mail|m[ée]l|mail|adresse\s+(?:[ée]lectronique|mail|e-?mail)", "EMAIL_ADDRESS"),
    (rf"{_N}(?:allocataire|caf)|matricule\s+caf", "FR_CAF_NUMBER"),
    # ("Immat. véhicule", "Immatriculation du véhicule": a column of a register of exhibitors)
    (rf"(?:immatriculation|{_N}immatriculation|immat\.?)(?:\s+(?:du\s+)?v[ée]hicules?)?|plaque",
     "FR_LICENSE_PLATE"),
    # a "Véhicule" column or field may hold the make as well as the plate ("KA-AY 2207 (Allemagne)",
    # "Kangoo blanc AB-123-CD"): only its codes are plates (see _VEHICLE_CODE)
    (r"v[ée]hicules?(?:\s+(?:utilis[ée]|personnel))?", "VEHICLE"),
    # the NIR and the tax number are their recognizers' (a key proves them; a wrong key is a
    # near miss those reject); the NIR's key written apart is not theirs
    (r"cl[ée](?:\s+(?:nir|de\s+contr[ôo]le))?", "FR_NIR"),
    # the number of what a person holds, in a form's field or column: "N° de cheptel / EDE",
    # "N° PACAGE", "N° adhérent", "N° de licence" (a value with digits only: see _value)
    (rf"{_N}(?:cheptel|ede|pacage|msa|adh[ée]rente?|licence|badge|dossard|abonn[ée]e?|client|carte\s+\p{{L}}+)"
     r"(?:\s*/\s*(?:ede|pacage|cheptel))?", "PERSONAL_REFERENCE"),
    (rf"code\s+banque|code\s+guichet|{_N}compte|cl[ée]\s+rib|rib|iban"
     r"|coordonn[ée]es\s+bancaires|r[ée]f[ée]rences\s+bancaires|compte\s+bancaire", "IBAN_CODE"),
)
_LABEL = "|".join(f"(?P<f{i}>{pat})" for i, (pat, _) in enumerate(FIELDS))
# A label starts a line or a cell, or follows a space (several fields on one line, "NIR : … clé : 19").
_KEY_VALUE = regex.compile(
    rf"(?:^|(?<=[\s;|(]))(?:{_LABEL})[ \u00a0]*(?::|：|\t)[ \u00a0\t]*", regex.I | regex.M)
_VALUE_END = regex.compile(r"\t|[ \u00a0]{3,}|\n|;|\|")
# another "label :" inside a value: an ordinary word (never a name) and a colon followed by a
# space (French typography puts a space before it too); a time ("10:30") or a URL is none
_OTHER_LABEL = regex.compile(r"(?<=\s)\p{L}[\p{L}'’.-]*[ \u00a0]*:(?=[ \u00a0])")
_HEADER = regex.compile(rf"^(?:{_LABEL})$", regex.I)
# what a field's value says when the form was left blank or the label was a heading
_EMPTY = regex.compile(r"^[\s._\-–—:/*]*$|^(?:n[ée]ant|sans\s+objet|aucun|non\s+renseign[ée]|/)$", regex.I)
_COMPANY = regex.compile(r"\b(?:sarl|sas|sasu|sa|eurl|sci|scp|soci[ée]t[ée]|association|commune|ville|mairie|"
                         r"d[ée]partement|r[ée]gion|[ée]tablissement|entreprise|banque|cabinet)\b", regex.I)
# a person's field that opens with a phone number, an e-mail or their pseudonyms is the person's
# contact ("Contact du titulaire : 06 09 71 44 38 — …"): the same in the text and once anonymized
_CONTACT_FIRST = regex.compile(r"(?:\+?\d[\d \u00a0.]{7,}|[\w.+-]+@|\[(?:TELEPHONE|COURRIEL)[A-Z0-9_#~-]*\])")
MAX_VALUE_CHARS = 90
# an address field may tell the way to the home after the address ("Domicile : Mas X, 66500 Prades
# — on y accède par la piste qui part du virage après le pont"): the directions are the address too
MAX_ADDRESS_CHARS = 220
_IDENTIFIERS = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS", "FR_CAF_NUMBER", "FR_TAX_ID", "FR_LICENSE_PLATE",
                          "FR_NIR", "IBAN_CODE"})
SCORE = 0.9


# a date of birth's field earlier on the line: "Lieu :" is then the place of birth
_BIRTH_BEFORE = regex.compile(rf"(?i)(?<![^\s;|])(?:date\s+de\s+naissance|{_NE}\s+le)[^\n:]{{0,10}}:")
# a value written in boxes, one character a box: "1|2|0|6|1|9|7|1" (a date of birth on a form)
_BOXES = regex.compile(r"[\p{L}\d](?:[ \u00a0]*\|[ \u00a0]*[\p{L}\d]){3,}(?![\p{L}\d])")
# digits one a box with the boxes' walls lost (a scan's transcription): "1 2 / 0 3 / 1 9 7 4",
# "0 6 . 1 2 . 3 4"
_SPACED_DIGITS = regex.compile(r"\d(?!\d)(?:(?:[ \u00a0]+|[ \u00a0]*[/.\-][ \u00a0]*)\d(?!\d)){5,}")
# an address field earlier on the line or opening the line above: where "CP :", "Commune :" are the
# address's postcode and town
_ADDRESS_BEFORE = regex.compile(
    r"(?i)(?<![^\s;|])(?:adresse|domicile|demeurant)[^\n:]{0,30}:[^\n]*(?:\n[^\n]*)?$")


# a code in a vehicle's cell: groups of capitals and digits, some of each, joined by a space or a
# dash ("KA-AY 2207", "ABC 12D", "GE 123456"; not "Peugeot 208", "Clio")
_VEHICLE_CODE = regex.compile(r"(?<![\p{L}\d-])(?=[A-Z0-9 \u00a0-]*\d)(?=[A-Z0-9 \u00a0-]*[A-Z])"
                              r"[A-Z0-9]{1,6}(?:[ \u00a0-][A-Z0-9]{1,6}){1,3}(?![\p{L}\d-])")


def _vehicle_codes(text: str, start: int, end: int) -> Iterable[tuple[int, int, str]]:
    for c in _VEHICLE_CODE.finditer(text, start, end):
        if sum(ch.isdigit() for ch in c.group()) >= 2 and sum(ch.isalpha() for ch in c.group()) >= 2:
            yield c.start(), c.end(), "FR_LICENSE_PLATE"


def _entity(m: Any) -> str:
    for i, (_, entity) in enumerate(FIELDS):
        if m.group(f"f{i}") is not None:
            return entity
    raise ValueError("no field group matched")


def _value(text: str, start: int, entity: str) -> tuple[int, int] | None:
    boxes = _BOXES.match(text, start) or _SPACED_DIGITS.match(text, start)
    if boxes is not None:
        return start, boxes.end()
    end_m = _VALUE_END.search(text, start)
    end = end_m.start() if end_m else len(text)
    # another field on the same line ends this one ("Nom : X  Prénom : Y" is handled by the
    # spaces; "Nom : X Prénom : Y" by the next label)
    nxt = _KEY_VALUE.search(text, start, end)
    if nxt is not None and nxt.start() > start:
        end = nxt.start()
    else:
        for inner in regex.finditer(rf"\s(?:{_LABEL})\s*:", text[start:end], regex.I):
            end = start + inner.start()
            break
    # a field this module does not know, on the same line: "Code banque : X guichet : Y"
    for other in _OTHER_LABEL.finditer(text, start, end):
        if other.start() > start and is_ordinary_word(other.group().rstrip(" \u00a0:")):
            end = other.start()
            break
    if entity in _IDENTIFIERS:  # an identifier ends at a comma: "NIR : …, merci"
        comma = text.find(", ", start, end)
        end = comma if comma >= 0 else end
    value = text[start:end]
    s = start + len(value) - len(value.lstrip(" \t\u00a0"))
    e = end - (len(value) - len(value.rstrip(" \t\u00a0.,")))
    v = text[s:e]
    limit = MAX_ADDRESS_CHARS if entity == "FR_ADDRESS" else MAX_VALUE_CHARS
    if (e <= s or len(v) > limit or _EMPTY.match(v) or not any(c.isalnum() for c in v)
            or _HEADER.match(v)):  # a header row: "Date de naissance<TAB>Lieu de naissance"
        return None
    if entity == "PERSONAL_REFERENCE" and not any(c.isdigit() for c in v):
        return None  # a number holds digits ("N° adhérent : en cours" is none)
    if entity == "PERSON" and _COMPANY.search(v):
        return None  # a company holds the account, not a person
    if entity == "PERSON" and _CONTACT_FIRST.match(v):
        return None  # "Contact du titulaire : 06 09 … — x@y.fr": the holder's contact, read by its own rules
    return s, e


def label_entity(cell: str) -> str | None:
    """The entity of the values under a header cell that is a field label, or None."""
    m = _HEADER.match(cell.strip())
    return _entity(m) if m is not None else None


# a vCard's properties (RFC 6350) and the entity of their values: "N:ETXART;Maddalen;;;",
# "FN:Maddalen Etxart", "ADR;TYPE=home:;;3 rue …", "BDAY:19830917"
_VCARD = regex.compile(r"(?m)^BEGIN:VCARD\r?$.*?^END:VCARD\r?$", regex.S)
_VCARD_LINE = regex.compile(r"(?m)^(?P<name>N|FN|NICKNAME|ADR|LABEL|BDAY|TEL|EMAIL|URL|X-[A-Z-]+)"
                            r"(?:;[^:\n]*)?:(?P<value>[^\n]*?)\r?$")
_VCARD_ENTITY = {"N": "PERSON", "FN": "PERSON", "NICKNAME": "PERSON", "ADR": "FR_ADDRESS",
                 "LABEL": "FR_ADDRESS", "BDAY": "DATE_OF_BIRTH", "TEL": "PHONE_NUMBER",
                 "EMAIL": "EMAIL_ADDRESS"}


def _vcard_values(text: str) -> Iterable[tuple[int, int, str]]:
    """The values of a vCard's personal properties, each component apart (";" separates them)."""
    if "BEGIN:VCARD" not in text:
        return
    for card in _VCARD.finditer(text):
        for line in _VCARD_LINE.finditer(text, card.start(), card.end()):
            entity = _VCARD_ENTITY.get(line.group("name"))
            if entity is None:
                continue
            pos = line.start("value")
            for part in line.group("value").split(";"):
                v = part.strip(" ,")
                if v and any(c.isalnum() for c in v) and not (entity == "FR_ADDRESS" and is_ordinary_word(v)):
                    s = pos + part.index(v)
                    yield s, s + len(v), entity
                pos += len(part) + 1


def label_value_pairs(cells: list[str]) -> bool:
    """Tab-separated cells that are label–value pairs ("NOM<TAB>MARTIN<TAB>Prénom<TAB>Lise"), not
    a table's header: an even number of cells, a known label opening a pair, and every other cell a
    value — neither a label nor a word of the language ("Immatriculation<TAB>Marque" heads columns)."""
    if len(cells) < 2 or len(cells) % 2:
        return False
    if not any(_HEADER.match(c.strip()) for c in cells[0::2]):
        return False
    for value in cells[1::2]:
        v = value.strip()
        if not v or _HEADER.match(v) or (not any(ch.isdigit() for ch in v) and " " not in v
                                          and is_ordinary_word(v)):
            return False
    return True


def _pairs_row(line: str, at: int) -> bool:
    """A wider row of label–value pairs ("Nom<TAB>X<TAB>Prénom<TAB>Y"): an even number of cells,
    the label at ``at`` opening a pair, another pair's label a known one too, and no value cell a
    label (a header row of a table names its columns in every cell)."""
    cells = line.split("\t")
    if len(cells) < 4 or len(cells) % 2:
        return False
    index = line.count("\t", 0, at)
    if index % 2:
        return False
    labels = [_HEADER.match(c.strip()) is not None for c in cells]
    return sum(labels[0::2]) >= 2 and not any(labels[1::2])


def field_values(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, entity) of every labelled value in ``text``."""
    yield from _vcard_values(text)
    for m in _KEY_VALUE.finditer(text):
        if ":" not in m.group() and "：" not in m.group():
            # label<TAB>value: a two-cell row only; a wider row is a table header (column mode)
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line = text[line_start:len(text) if line_end < 0 else line_end]
            if (len([c for c in line.split("\t") if c.strip()]) != 2
                    and not _pairs_row(line, m.start() - line_start)):
                continue
        entity = _entity(m)
        if entity == "BIRTH_LIEU":
            line_start = text.rfind("\n", 0, m.start()) + 1
            if not _BIRTH_BEFORE.search(text, line_start, m.start()):
                continue  # "Lieu : salle des fêtes": a meeting's place
            entity = "LOCATION"
        if entity == "TOWN":
            line_start = text.rfind("\n", 0, m.start()) + 1
            above = text.rfind("\n", 0, line_start - 1) + 1 if line_start else 0
            if not _ADDRESS_BEFORE.search(text, above, m.start()):
                continue  # "Commune : Brest" heading an act: the act's commune, no one's address
            entity = "FR_ADDRESS"
        span = _value(text, m.end(), entity)
        if span is not None and entity == "VEHICLE":
            yield from _vehicle_codes(text, *span)
        elif span is not None:
            yield span[0], span[1], entity
    yield from _column_values(text)


def _column_values(text: str) -> Iterable[tuple[int, int, str]]:
    """Cells under a labelled header cell of a tab-separated table (names excepted)."""
    header: dict[int, str] = {}
    width = 0
    for line in regex.finditer(r"(?m)^.*$", text):
        cells = line.group().split("\t")
        if len(cells) < 2:
            header, width = {}, 0
            continue
        if label_value_pairs(cells):
            header, width = {}, 0  # a row of a form's fields heads no column
            continue
        labels = {}
        for j, c in enumerate(cells):
            hm = _HEADER.match(c.strip())
            if hm is not None:
                labels[j] = _entity(hm)
        if labels:
            header, width = {j: e for j, e in labels.items()
                             if e not in ("PERSON", "TOWN", "BIRTH_LIEU")}, len(cells)
            continue
        if not header or len(cells) != width:
            continue
        pos = line.start()
        for j, c in enumerate(cells):
            entity = header.get(j)
            v = c.strip()
            if entity and v and not _EMPTY.match(v) and len(v) <= MAX_VALUE_CHARS:
                s = pos + len(c) - len(c.lstrip())
                if entity == "VEHICLE":
                    yield from _vehicle_codes(text, s, s + len(v))
                else:
                    yield s, s + len(v), entity
            pos += len(c) + 1


class FrFormFieldRecognizer(EntityRecognizer):
    """Values of labelled form fields and key–value table rows (see module docstring)."""

    ENTITIES: ClassVar[list[str]] = sorted({e for _, e in FIELDS} - {"TOWN", "BIRTH_LIEU", "VEHICLE"})

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), supported_language=LANGUAGE,
                         name=type(self).__name__)

    def load(self) -> None:
        """Nothing to load: the labels are module constants."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        name = str(getattr(self, "name", type(self).__name__))
        out: list[RecognizerResult] = []
        for s, e, entity in field_values(text):
            if entities and entity not in entities:
                continue
            why = AnalysisExplanation(recognizer=name, original_score=SCORE,
                                      textual_explanation="value of a labelled form field")
            meta = {RecognizerResult.RECOGNIZER_NAME_KEY: name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
            out.append(RecognizerResult(entity, s, e, SCORE, analysis_explanation=why,
                                        recognition_metadata=meta))
        return out
