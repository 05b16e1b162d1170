"""Names the detector cut in two: "Mme Célina⏎Blanchet" found as "Célina" would publish "Blanchet".

A PERSON finding of a single word is extended over the capitalised word right next to it (same
line, or across one line break), unless that word is a civility, a title or a common word that
starts sentences, or the word of another table cell (across a tab, or across the line break
between two rows), or the label that opens the next line ("Copie :"). Over-extension costs a
word of text; under-extension publishes a surname.
"""

from __future__ import annotations

import re

from aiguillage.records import Finding

_WORD = r"[A-ZÀ-ÖØ-Ý][A-Za-zÀ-ÖØ-öø-ÿ'’]*(?:-[A-Za-zÀ-ÖØ-öø-ÿ'’]+)*"
# a particle between two parts of a name: "Claudine DE OLIVEIRA", "Jean de La Fontaine"
_PARTICLE = r"(?:(?:de|du|des|le|la|d['’]|van|von|di|da|dos|del|el|ben)[ \u00a0]+)*"
_AFTER = re.compile(rf"[ \u00a0]*\n?[ \u00a0]*({_PARTICLE}{_WORD})", re.IGNORECASE)
_BEFORE = re.compile(rf"({_WORD})[ \u00a0]*\n?[ \u00a0]*({_PARTICLE})\Z", re.IGNORECASE)
_STOP = {
    "m", "mme", "mlle", "mr", "monsieur", "madame", "mademoiselle", "maître", "me", "dr", "docteur", "pr",
    "le", "la", "les", "l", "de", "du", "des", "d", "et", "en", "au", "aux", "un", "une", "à", "a", "ou",
    "où", "objet", "maire", "mairie", "adjoint", "adjointe", "article", "fait", "vu", "pour", "par", "sur",
    "dans", "avec", "sans", "service", "direction", "conseil", "commune", "ville", "république", "préfet",
    "président",
    "présidente", "directeur", "directrice", "cordialement", "nous", "vous", "il", "elle", "ils", "elles",
    "je", "ce", "cette", "ces", "son", "sa", "ses", "leur", "qui", "que", "dont", "né", "née", "demeurant",
    "domicilié", "domiciliée", "signé", "nom", "prénom", "adresse", "téléphone", "montant", "date",
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "rue", "avenue", "boulevard", "chemin", "impasse", "place", "allée", "quai", "route", "cedex",
    # a family's event before the couple's surnames ("Mariage Auclair - Lapalus")
    "mariage", "mariages", "noces", "baptême", "obsèques", "funérailles", "fiançailles", "enterrement",
    "inhumation", "communion", "famille",
}


def _ok(words: str) -> bool:
    """The last word (after any particle) is a plausible name part: capitalised, not a common word."""
    word = re.split(r"[ \t\u00a0'’]+", words.strip())[-1]
    return len(word) >= 2 and word[0].isupper() and word.casefold() not in _STOP


def _across_rows(text: str, a: int, b: int) -> bool:
    """The gap ``text[a:b]`` is a line break between two rows of a table (a line with a tab on
    either side): a cell ends at its row's end, the word of the next row is another value (a
    header "Contact" above a surname)."""
    if "\n" not in text[a:b]:
        return False
    before = text[text.rfind("\n", 0, a) + 1:a]
    nxt = text.find("\n", b)
    after = text[b:len(text) if nxt < 0 else nxt]
    return "\t" in before or "\t" in after


_LABEL_AFTER = re.compile(r"[ \u00a0]*[:：]")


def _label_below(text: str, a: int, b: int) -> bool:
    """The word ending at ``b`` opens the next line as a field's label ("née Lindholm⏎Copie : Mme
    X", "Jean⏎Objet : …"): a word of the language, not in capitals, before a colon. A label is no
    part of a name, and a value across two paragraphs is one a release copy cannot replace (each
    paragraph is rewritten on its own). A surname in capitals before a colon ("Christian⏎BONIFACE
    :-" in a vote list) is still the name's."""
    from aiguillage.detect.recognizers.names import NOT_NAMES, is_ordinary_word

    if "\n" not in text[a:b] or _LABEL_AFTER.match(text, b) is None:
        return False
    word = re.split(r"[ \t\u00a0\n'’]+", text[a:b].strip())[-1]
    # (capitals: an administrative acronym only, "PJ :", "CC :")
    return is_ordinary_word(word) and (not word.isupper() or word.casefold() in NOT_NAMES)


def extend_names(text: str, findings: list[Finding]) -> list[Finding]:
    """PERSON findings of one word, extended by the capitalised word beside them."""
    out: list[Finding] = []
    taken = [(f.start, f.end) for f in findings]
    for f in findings:
        if f.entity_type != "PERSON" or len(text[f.start:f.end].split()) != 1:
            out.append(f)
            continue
        start, end = f.start, f.end
        m = _AFTER.match(text, end)
        if (m and _ok(m.group(1)) and not any(s < m.end(1) and e > m.start(1) for s, e in taken)
                and not _across_rows(text, end, m.start(1)) and not _label_below(text, end, m.end(1))):
            end = m.end(1)
        else:
            b = _BEFORE.search(text, max(0, start - 60), start)
            if (b and _ok(b.group(1)) and not any(s < b.end(1) and e > b.start(1) for s, e in taken)
                    and not _across_rows(text, b.end(1), start)):
                start = b.start(1)
        out.append(Finding(f.entity_type, start, end, f.score, f.recognizer))
    return out
