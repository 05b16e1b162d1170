"""The last sweep over a public text, by a method deliberately unlike the detectors'.

The detectors look for shapes (patterns, checksums) and the model for names in context; the
verifier's rescan runs the same detectors again, so it misses what they miss. This sweep asks
other questions, of the text that is about to be published, token by token:

- what follows a civility (M., Mme, Monsieur, Maître…) must be a pseudonym label, a role or an
  ordinary word ("Monsieur le Maire"), never an unknown word or an initial;
- what follows a form label (Nom :, Né le :, Adresse :, Tél. :…) must be a label or blank (a phone
  or e-mail field may add words of the language in lower case: "; portable", "le soir");
- a person cue (né, épouse, veuve, fils de, soussigné…) must not be followed by a capitalised
  word that no French lexicon knows;
- no run of 8 digits or more, nor a phone- or NIR-like chain of digit groups, may be left (sums
  of money aside);
- no "@" and no "arobase" / "(at)" shape may be left.

A name it finds inside a span the policy keeps in clear (a public official's name: ``kept``) is
not counted; shapes (numbers, "@", form values) always are. A finding makes the verification
fail (the document goes sovereign): this sweep never anonymizes anything itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from aiguillage.anonymize.labels import LABEL_RE

# Sums of money are no identifiers: "343 908 000 €", "343.908.000".
_CURRENCY_AFTER = re.compile(r"[\s\u00a0\u202f]{0,2}(?:€|EUR\b|euros?\b|[kKM]€|%|HT\b|TTC\b)")
_CURRENCY_BEFORE = re.compile(r"(?:€|EUR|\$|£)[\s\u00a0\u202f]{0,2}\Z")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")


def is_amount(text: str, start: int, end: int) -> bool:
    """Whether the digit run ``text[start:end]`` is written as a sum of money, not an identifier."""
    return bool(_DOT_THOUSANDS.fullmatch(text, start, end) or _CURRENCY_AFTER.match(text, end)
                or _CURRENCY_BEFORE.search(text[max(0, start - 6):start]))


@dataclass(frozen=True)
class SweepHit:
    """A place in the text, and which question found it (no value)."""

    start: int
    end: int
    rule: str


_CIVILITY = re.compile(r"(?<![\w.])(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame|Mademoiselle|Messieurs|Mesdames|"
                       r"Ma[îi]tre|Me|Dr|Docteur)(?=[\s\u00a0])[\s\u00a0]*")
_LABELS = (r"(?:nom(?:\s+de\s+naissance|\s+d['’]usage)?|pr[ée]noms?(?:\s*\(s\))?|n[ée]\(?e?\)?\s+le|"
           r"date\s+de\s+naissance|lieu\s+de\s+naissance|adresse|domicile|t[ée]l(?:[ée]phone)?\.?|portable|"
           r"courriel|e-?mail|m[ée]l|nir|n[°o]\s+de\s+s[ée]curit[ée]\s+sociale|iban|rib)")
# A label opens a line or a cell ("Nom : …", "Nom<TAB>…"), or follows the previous field of the same
# line after two spaces or more ("Nom : …   Prénom : …", the way forms put fields side by side).
# (side by side, "à :" is the place of birth's field: "Né le : …      à : …")
_FORM_LABEL = re.compile(rf"(?im)(?:(?:^|(?<=\t))[ \u00a0]*{_LABELS}[ \u00a0]*(?::|\t)"
                         rf"|(?<=[ \u00a0]{{2}})(?:{_LABELS}|à)[ \u00a0]*:)[ \u00a0]*")
# a replaced place followed by its département's number ("[LIEU_2] (03)", "[ADRESSE_1] (2A)"): the
# number of a département names no one once the place is replaced
_PLACE_AND_DEPARTMENT = re.compile(r"(?:\[(?:LIEU|ADRESSE)[^\]]*\][ \u00a0]*)+\((?:\d{2,3}|2[AB])\)")
# another field of the same line: a word, then " : " (a time "10:30" or a URL is none)
_OTHER_FIELD = re.compile(r"(?<=\s)[^\W\d_][\w'’.-]*[ \u00a0]*:(?=[ \u00a0])")
_LABEL_CELL = re.compile(rf"(?i)[ \u00a0]*{_LABELS}[ \u00a0]*:?[ \u00a0]*")
_CUE = re.compile(r"(?i)(?<![\w])(?:n[ée]e?|[ée]pouse|[ée]poux|veuve|veuf|fils|fille|soussign[ée]e?|"
                  r"enfant|conjointe?)[\s\u00a0]*[,:]?[\s\u00a0]+(?:de[\s\u00a0]+|d['’][\s\u00a0]*)?")
_TOKEN = re.compile(r"\[[^\]\n]*\]|[^\s\u00a0,;:()]+")
_DIGITS = re.compile(r"(?<![\d\w])\d{8,}(?![\d\w])|(?<![\d\w.,])\d{1,3}(?:[ .\u00a0-]\d{2,3}){3,}(?![\d\w]|[.,]\d)")  # noqa: E501
_AT = re.compile(r"@|(?i:(?<![\w])arobase(?![\w])|\((?:at|arobase)\)|\[(?:at|arobase)\])")
# what may follow a civility: roles and the words of "Monsieur le Maire", "Madame la Présidente"
_ROLES = frozenset("""
le la les l' l’ un une ce cet cette son sa leur et ou de du des à au aux en maire adjoint adjointe président
présidente préfet préfète rapporteur rapporteure directeur directrice secrétaire conseiller conseillère
ministre député députée sénateur sénatrice juge procureur greffier greffière commissaire avocat avocate
bâtonnier doyen doyenne délégué déléguée ou/et
""".split())  # noqa: SIM905


# other column headings of tables of people
_HEADINGS = frozenset({"prénom", "prénoms", "nom", "adresse", "téléphone", "courriel", "date de naissance",
                       "lieu de naissance", "montant", "qualité", "fonction", "signature", "observations",
                       "date", "commune", "ville", "code postal"})


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _unknown(word: str) -> bool:
    """A word no French lexicon and no list of heading words knows (a name, most likely)."""
    from aiguillage.detect.recognizers.names import is_ordinary_word

    bare = word.strip(".,;:!?«»\"'’()")
    return bool(bare) and any(c.isalpha() for c in bare) and not is_ordinary_word(bare)


def _after_civility(text: str) -> Iterator[SweepHit]:
    for m in _CIVILITY.finditer(text):
        tok = _TOKEN.match(text, m.end())
        if tok is None or tok.start() != m.end():
            continue
        word = tok.group()
        if LABEL_RE.fullmatch(word) or word.casefold() in _ROLES or word.startswith("["):
            continue
        if len(word) == 1 and word.islower():
            continue  # letters spaced out by a PDF's layout ("Monsieur e t Madame")
        initial = bool(re.fullmatch(r"[^\W\d_](?:\.|\.-[^\W\d_]\.)", word))
        capitalised = word[:1].isupper()
        if initial or (_unknown(word) and (capitalised or word.isalpha())):
            yield SweepHit(tok.start(), tok.end(), "civility")


def _other_field(text: str, start: int, end: int) -> int:
    """Where a field of another kind starts in ``text[start:end]`` ("IBAN : … BIC : …"), or
    ``end``: its label is an ordinary word ("BIC", "guichet"), never a name ("Nom : X Jean : …"
    keeps "Jean" in the value)."""
    from aiguillage.detect.recognizers.names import is_ordinary_word

    for o in _OTHER_FIELD.finditer(text, start, end):
        label = o.group().rstrip(" \u00a0:")
        if is_ordinary_word(label) or label.casefold().rstrip(".") in _FIELD_ABBREVIATIONS:
            return _label_start(text, start, o.start())
    return end


# a word of a label of several words before the one that meets the colon ("Nom du père :", "Date de
# naissance déclarée :"), back to the value: ordinary words and particles only, never a name
_LABEL_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*)[ \u00a0]+\Z")


def _label_start(text: str, start: int, pos: int) -> int:
    """Where the label whose last word starts at ``pos`` begins: its ordinary words before it
    ("[PERSONNE_2]   Nom du père :" → "Nom du père"), not past ``start`` nor a name ("[P] Martin Nom
    du père :" keeps "Martin" in the value)."""
    from aiguillage.detect.recognizers.names import is_ordinary_word

    while pos > start:
        m = _LABEL_WORD_BEFORE.search(text, start, pos)
        if m is None or not is_ordinary_word(m.group(1)):
            return pos
        pos = m.start(1)
    return pos


# the abbreviations that label a field of their own ("Adresse : …     CP : 56390     Commune : …")
_FIELD_ABBREVIATIONS = frozenset({"cp", "bp", "cs", "cedex", "bic", "swift", "siret", "siren", "insee", "rcs",
                                  "tva", "ape", "naf", "fax", "dép", "dept", "pays"})


def _header_row(text: str, m: re.Match[str]) -> bool:
    """The label is a cell of a row of labels (a table's header: "Nom<TAB>Prénom<TAB>Né(e) le<TAB>
    Groupe"): a label cell next to another label cell. A row of fields alternates labels and values
    ("Nom<TAB>X<TAB>Prénom<TAB>Y") and is checked."""
    if "\t" not in text[m.start():m.end()]:
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.start())
    cells = text[line_start:len(text) if line_end < 0 else line_end].split("\t")
    index = text.count("\t", line_start, m.start())
    labels = [bool(_LABEL_CELL.fullmatch(c)) for c in cells]
    if any(0 <= j < len(cells) and labels[j] for j in (index - 1, index + 1)):
        return True
    # a row of three headings or more, each a label or ordinary words ("N°<TAB>Titulaire<TAB>
    # Adresse<TAB>Échéance"), above a row as wide: a row of values holds a name, a number or a date
    if line_end < 0 or len(cells) < 3:
        return False
    next_end = text.find("\n", line_end + 1)
    below = text[line_end + 1:len(text) if next_end < 0 else next_end].split("\t")
    if len(below) != len(cells):
        return False
    # a row holding no pseudonym above a row of pseudonyms only is the header of the replaced
    # values ("N° adhérent<TAB>Nom<TAB>Né(e) en<TAB>Licence FFRP" above "[REFERENCE_1]<TAB>…"),
    # whatever its headings' words (an acronym, a federation's name)
    if (not any(LABEL_RE.search(c) for c in cells)
            and all(LABEL_RE.fullmatch(c.strip()) for c in below if c.strip())
            and sum(bool(c.strip()) for c in below) >= 3):
        return True
    return all(lab or _heading_cell(c) for lab, c in zip(labels, cells, strict=True))


def _heading_cell(cell: str) -> bool:
    from aiguillage.detect.recognizers.names import is_ordinary_word

    # (signs between words are none: "Présent / représenté", "Nom & prénom")
    # a column's unit is a heading's word, its digit an exponent ("m2", "Surface (m²)", "Volume m3")
    cell = _UNIT.sub(" ", cell)
    if not cell.strip():
        return True
    words = [w for w in cell.split() if any(ch.isalpha() for ch in w)]
    if not words or len(words) > 5 or any(ch.isdigit() for ch in cell):
        return False
    if cell.strip().casefold() in _HEADINGS or re.fullmatch(r"(?i)n[°o]\.?|#|num[ée]ro", cell.strip()):
        return True
    # "Adhérent réseau n°", "N° de carte": the number sign is a heading's word too
    # (an elided article or preposition is a word apart: "Début d'accueil", "Date d'entrée")
    words = [_ELIDED.sub("", w) or w for w in words]
    return all(is_ordinary_word(w.strip(".,;:()")) or w.strip(".,;:()").casefold() in _FUNCTION_WORDS
               or re.fullmatch(r"(?i)n[°o]\.?|#", w) is not None for w in words)


_ELIDED = re.compile(r"(?i)^(?:[dlnsjcm]|qu|jusqu|lorsqu|puisqu)['’]")


# a unit of measure heading a column of quantities, alone or in brackets: "m2", "(m³)", "km2"
_UNIT = re.compile(r"(?<![\w])\(?(?:[kcdm]?m[23²³]|ha|m3/an)\)?(?![\w])")


# the little words a heading may be ("Né(e) le<TAB>à<TAB>…": the place of birth's column)
_FUNCTION_WORDS = frozenset({"à", "a", "au", "aux", "de", "du", "des", "d'", "le", "la", "les", "l'", "et",
                             "ou", "en", "par", "pour", "sur", "avec", "sans"})


# the particles of a surname ("de KERSAUSON", "van der Berg", "da Silva")
_PARTICLES = frozenset({"de", "du", "des", "d", "le", "la", "les", "l", "van", "von", "der", "den", "da",
                        "dos", "das", "di", "del", "della", "ben", "bin", "el", "al", "y"})


# a phone or e-mail field: its value is personal by its digits and its address shapes
_CONTACT_LABEL = re.compile(r"(?i)(?:t[ée]l(?:[ée]phone)?\.?|portable|courriel|e-?mail|m[ée]l)(?![\w])")
# the words an e-mail address is spelt with ("jean point dupont chez orange")
_ADDRESS_WORDS = frozenset({"point", "dot", "at", "chez", "arobase", "arobas", "com", "fr", "net", "org"})
_CONTACT_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


# a civility before a pseudonym ("(gardien, M. [PERSONNE_3])"): the person is replaced
_CIVILITY_BEFORE_LABEL = re.compile(r"(?<![\w])(?:M|MM|Mme|Mmes|Mlle|Mr|Dr|Me)\.?[ \u00a0]*(?=\[)")


def _words_beside_contact(value: str) -> bool:
    """What is left of a phone or e-mail field once its pseudonyms are removed is words of the
    language in lower case, in any inflection ("; portable", "(oui, je mets des lettres, désolée
    !)", "ou le soir"): no digit, no "@"-like sign or word of an address ("point", "chez"), no
    capital, no first name and no word the lexicons do not know (those are still counted: "ou
    06 12…", "(demander Marie)", "jean point dupont")."""
    from aiguillage.detect.recognizers.names import is_word_form

    rest = LABEL_RE.sub(" ", _CIVILITY_BEFORE_LABEL.sub(" ", value))
    if any(c.isdigit() for c in rest) or _AT.search(rest) or re.search(r"[@<>\[\]{}]", rest):
        return False
    words = _CONTACT_WORD.findall(rest)
    stripped = _CONTACT_WORD.sub(" ", rest)
    return (bool(words) and not any(w.casefold() in _ADDRESS_WORDS for w in words)
            and all(is_word_form(w) for w in words)
            and all(c in " \u00a0,;:.!?()-–—/'’«»\"" for c in stripped))


def _after_form_label(text: str) -> Iterator[SweepHit]:
    labels = list(_FORM_LABEL.finditer(text))
    for i, m in enumerate(labels):
        if _header_row(text, m):
            continue
        end = len(text)
        for stop in ("\n", "\t", "|"):  # a line, a cell ("Tél. : … | WhatsApp : …")
            k = text.find(stop, m.end())
            if 0 <= k < end:
                end = k
        if i + 1 < len(labels) and labels[i + 1].start() < end:
            end = labels[i + 1].start()  # the next field of the same line is checked on its own
        end = _other_field(text, m.end(), end)
        value = text[m.end():end].strip(" \u00a0.,;:-_/*")
        if not value or not any(c.isalnum() for c in LABEL_RE.sub("", value)):
            continue
        if re.fullmatch(r"(?i)n[ée]ant|sans\s+objet|non\s+renseign[ée]e?", value):
            continue
        if _CONTACT_LABEL.match(m.group().strip(" \u00a0")) and _words_beside_contact(value):
            continue  # "Tél. : [TELEPHONE_1] ; portable [TELEPHONE_2]", "(oui, je mets des lettres)"
        if _PLACE_AND_DEPARTMENT.fullmatch(value):
            continue
        if _FORM_LABEL.fullmatch(value + ":") or value.casefold() in _HEADINGS:
            continue  # a header row: "Nom<TAB>Prénom<TAB>Adresse"
        left = _CONTACT_WORD.findall(LABEL_RE.sub(" ", value))
        if left and all(w.casefold() in _PARTICLES | _FUNCTION_WORDS for w in left) and not any(
                c.isdigit() for c in LABEL_RE.sub(" ", value)):
            # "Nom : de [PERSONNE_1]": a surname's particle beside its pseudonym names no one; nor does
            # the little word of the next field of one line, one space apart ("Né(e) le : [DATE_1] à :
            # [LIEU_1]")
            continue
        yield SweepHit(m.end(), end, "form_label")


def _after_cue(text: str) -> Iterator[SweepHit]:
    for m in _CUE.finditer(text):
        tok = _TOKEN.match(text, m.end())
        if tok is None or tok.start() != m.end():
            continue
        word = tok.group()
        if word[:1].isupper() and not word.isupper() and not LABEL_RE.fullmatch(word) and _unknown(word):
            yield SweepHit(tok.start(), tok.end(), "person_cue")


def _reference(text: str, start: int, end: int) -> bool:
    """The digits are a group of a hyphenated reference with a word in it, such as the
    identifier of an act sent to the prefecture ("034-213401722-20140424-0000071251-DE":
    département, the commune's SIREN, date, number, nature): no person's number reads so."""
    s = start
    while s > 0 and not text[s - 1].isspace():
        s -= 1
    e = end
    while e < len(text) and not text[e].isspace():
        e += 1
    groups = text[s:e].strip(".,;:()").split("-")
    return len(groups) >= 3 and any(len(g) >= 2 and g.isalpha() for g in groups)


# an account's number: a country's two letters and two digits, then digits in groups of four, three
# groups or more ("FR76 1310 6005 0030 0214 7738 091", whatever its key); digits alone in fours are a
# chart's axis or a row of years in a published table ("1057 1087 1167 1097 1087"), none
_FOUR_GROUPS = re.compile(r"(?<![\w])[A-Z]{2}\d{2}[ \u00a0]\d{4}(?:[ \u00a0]\d{4}){2,}"
                          r"(?:[ \u00a0]\d{1,3})?(?![\w])")
_YEAR = re.compile(r"(?:19|20)\d{2}")


def _numbers(text: str) -> Iterator[SweepHit]:
    for m in _FOUR_GROUPS.finditer(text):
        groups = m.group().split()
        if not all(_YEAR.fullmatch(g) for g in groups if len(g) == 4):
            yield SweepHit(m.start(), m.end(), "digits")

    for m in _DIGITS.finditer(text):
        run = m.group()
        groups = re.split(r"[ .\u00a0-]", run)
        if len(groups) > 1 and not any(len(g) == 2 for g in groups):
            continue  # groups of three: a sum or a list of lot numbers; phones and NIRs have pairs
        if not is_amount(text, m.start(), m.end()) and not _reference(text, m.start(), m.end()):
            yield SweepHit(m.start(), m.end(), "digits")


def sweep(text: str, kept: Iterable[tuple[int, int]] = ()) -> list[SweepHit]:
    """Everything in ``text`` that looks personal to this sweep (names outside the ``kept`` spans)."""
    spans = sorted(kept)
    names = [*_after_civility(text), *_after_cue(text)]
    shapes = [*_after_form_label(text), *_numbers(text),
              *(SweepHit(m.start(), m.end(), "at_sign") for m in _AT.finditer(text))]
    if shapes:
        # a public body's own numbers, told by their context (the body's word before them)
        from aiguillage.detect.public_ids import inside_public, public_spans

        public = public_spans(text)
        # (and its functional mailbox, "@" included: "accueil@mairie-vitre.fr")
        shapes = [h for h in shapes
                  if h.rule not in ("digits", "at_sign") or not inside_public(public, h.start, h.end)]
    return [h for h in names if not _covered(h.start, h.end, spans)] + shapes
