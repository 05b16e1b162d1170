"""Names written in relation to a name found: the other name a person goes by, written as
equal to their full name or before it in brackets ("Fanfan = François Lemaire", "Demandez Lulu
(Lucien Berthet)"), a name coordinated with a person's ("Marguerite et Henri", "les Chabrol et
M. Aubert"), the holder of a plate or a phone given in brackets ("le tracteur de Pierrot
(FH-382-TR)"), and a first name or a nickname after "chez" ("la clé est chez Jojo").

The word itself may be a word of the language too ("Lulu", "Fanfan", "Marguerite"): what makes it
a name is where it stands. What it may be is bounded so that a task, a heading or a role before a
person stays ("Buvette (M. Guy Ferrand)", "Présidente (Anne Roux)", "Pêche et M. Martin"):

- before a name in brackets or "=": a word in no lexicon, a known first name, or a nickname's
  doubled syllable ("Lulu", "Dédé", "Fanfan", "Jojo");
- coordinated ("et", "&", "+") with a person's name: a known first name, or a surname after
  "les" ("les Chabrol");
- before a plate, a phone or an e-mail in brackets, after "de": any capitalised word but a make,
  a heading word or a place word ("la voiture de Pierrot (AB-123-CD)"; not "Clio (…)");
- after a lower-case "chez": a known first name or a nickname ("chez Jojo"; not "chez Leclerc").

A step of :func:`aiguillage.detect.engine.postprocess`: it reads the findings of the rules and
the model (a name scored 0.5 or more) and adds PERSON findings; it never removes one.
"""

from __future__ import annotations

import functools
from bisect import bisect_left

import regex

from aiguillage.records import Finding

RELATED = "FrRelatedNameRecognizer"
RELATED_SCORE = 0.7
_S = r"[ \u00a0]"
# one word of a name, capitalised, hyphenated parts allowed ("Jean-Marc")
_WORD = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
# "Lulu (", "Fanfan = ": the word, then what opens the full name
_BEFORE_NAME = regex.compile(rf"(?<![\p{{L}}'’.-])(?P<word>{_WORD}){_S}*(?:\({_S}*|={_S}*)\Z")
# "Sakura Takahashi (高橋さくら", "Hiroshi Tanaka (": a full name before a name in brackets
_FULL_BEFORE_BRACKET = regex.compile(
    rf"(?<![\p{{L}}'’.-])(?P<name>{_WORD}(?:{_S}+{_WORD}){{1,2}}){_S}*\({_S}*\Z")
# "François Lemaire = Fanfan", "François Lemaire (dit Fanfan)"
_AFTER_NAME = regex.compile(
    rf"{_S}*(?:={_S}*|\({_S}*(?:(?:dit|dite|alias){_S}+)?(?P<quote>[«“\"]{_S}*)?)(?P<word>{_WORD})(?![\p{{L}}'’-])"
    rf"(?(quote){_S}*[»”\"]{_S}*\))")
# "JC (Jean-Claude Vuaillat)", "Jean-Claude Vuaillat (JC)": the initials of the full name
_INITIALS_BEFORE = regex.compile(rf"(?<![\p{{L}}'’.-])(?P<word>\p{{Lu}}{{2,4}}){_S}*\({_S}*\Z")
_INITIALS_AFTER = regex.compile(rf"{_S}*\({_S}*(?P<word>\p{{Lu}}{{2,4}}){_S}*\)")
# "Marguerite et ", "les Chabrol et M. " before a name; " et Marguerite" after one
_COORD = rf"{_S}+(?:et|&|\+){_S}+"
_CIVILITY = r"(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame|Dr\.?|Me)"
# (the first name may carry a short bracket of its own: "Lilou (5e) et Enzo Ollivier-Thomas (3e)")
_COORD_BEFORE = regex.compile(
    rf"(?<![\p{{L}}'’.-])(?P<les>(?i:les){_S}+)?(?P<word>{_WORD})(?:{_S}*\([^()\n]{{1,12}}\))?{_COORD}"
    rf"(?P<civ>{_CIVILITY}{_S}+)?\Z")
_COORD_AFTER = regex.compile(rf"{_COORD}(?P<word>{_WORD})(?![\p{{L}}'’-])")
# a person's age, then another name with its own age, coordinated or in a list ("Ethan 9 ans et Joyce 4
# ans", "Léa (8 ans), Noah (5 ans)")
_AGE = rf"{_S}*,?{_S}*\(?{_S}*\d{{1,3}}{_S}*ans{_S}*\)?"
_AGED_THEN_AGED = regex.compile(rf"{_AGE}(?:{_COORD}|{_S}*,{_S}*)(?P<word>{_WORD}){_AGE}(?![\p{{L}}\d])")
# "tracteur de Pierrot (FH-382-TR)": whose vehicle or line the bracket gives
_HOLDER_BEFORE = regex.compile(rf"(?<![\p{{L}}'’.-])(?i:de|d['’]){_S}*(?P<word>{_WORD}){_S}*\({_S}*\Z")
_HELD_TYPES = frozenset({"FR_LICENSE_PLATE", "PHONE_NUMBER", "EMAIL_ADDRESS"})
# "la deuxième est chez Jojo, le mas …": a first name or a nickname after a lower-case "chez"
_CHEZ = regex.compile(rf"(?<![\p{{L}}])chez{_S}+(?P<word>{_WORD})(?![\p{{L}}'’-])")
# the head of a list line that gives a contact: "Hamza — à joindre par [e-mail]", "• Lina : 06 …"
_LINE_HEAD = regex.compile(
    rf"(?m)^[ \u00a0\t]*(?:[-–•*·][ \u00a0]*)?(?P<word>{_WORD})[ \u00a0]*(?:[—–:-]|\()")
# what may stand between a line's start and a name opening it: indentation, a bullet, a civility
_HEAD_GAP = regex.compile(r"[ \u00a0\t]*(?:[-–•*·][ \u00a0]*)?(?:(?:M\.|Mme|Mlle|MM\.|Dr)[ \u00a0]+)?")
_CONTACT_TYPES = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS"})
# "1er Lilou Chabrier (14 ans)", "Lilou Chabrier, 14 ans": a full name right before an age
_NAME_BEFORE_AGE = regex.compile(
    rf"(?<![\p{{L}}'’.-])(?P<name>{_WORD}(?:{_S}+{_WORD}){{1,2}}){_S}*[(,]{_S}*\Z")
# "Nola (3 ans": one capitalised word right before an age in brackets
_WORD_BEFORE_AGE = regex.compile(rf"(?<![\p{{L}}'’.-])(?P<word>{_WORD}){_S}*\({_S}*\Z")
# "Enzo, Lya, Timéo et Rayan": an enumeration of single capitalised words
_ENUMERATION = regex.compile(
    rf"(?<![\p{{L}}'’.-]){_WORD}(?:{_S}*,{_S}*{_WORD}){{1,8}}{_S}+(?:et|&){_S}+{_WORD}(?![\p{{L}}'’-])")
_ENUM_ITEM = regex.compile(_WORD)
_NICKNAME = regex.compile(r"(?i)(\p{L}{1,3})\1")
_WINDOW = 40


# what ends the name coordinated after a full name: the end of the line, of a cell or a clause
_LAST_WORD = regex.compile(r"[ \u00a0]*(?:$|[\n\t|;,.)—–]|[ \u00a0]{2})", regex.M)


def _ordinary(word: str) -> bool:
    from aiguillage.detect.recognizers.names import is_ordinary_word

    return is_ordinary_word(word)


def _nickname(word: str) -> bool:
    """A nickname's doubled syllable: "Lulu", "Dédé" (accents aside), "Fanfan", "Jojo"."""
    from aiguillage.detect.recognizers.person_first_name import _unaccented

    return _NICKNAME.fullmatch(_unaccented(word)) is not None


def _first_name(word: str) -> bool:
    from aiguillage.detect.recognizers.names import first_names

    names = first_names()
    return all(p.casefold() in names for p in word.split("-"))


def _francophone_first_name(word: str) -> bool:
    from aiguillage.detect.recognizers.names import francophone_first_names

    names = francophone_first_names()
    return all(p.casefold() in names for p in word.split("-"))


def _head_name(word: str) -> bool:
    """A word heading a line with a contact names its holder: a first name of a French-speaking
    locale (also one the lexicon holds: "Hamza"), a nickname, or no word of the language
    ("Mairie — 04 …", "Secrétariat : …" stay)."""
    from aiguillage.detect.recognizers.names import francophone_first_names, is_ordinary_word

    names = francophone_first_names()
    return (all(p.casefold() in names for p in word.split("-")) or _nickname(word)
            or not is_ordinary_word(word))


def _excluded(word: str) -> bool:
    from aiguillage.detect.recognizers.names import ALIAS_ROLES, NOT_NAMES
    from aiguillage.detect.recognizers.person_first_name import _PLACE_WORDS

    w = word.casefold()
    return w in NOT_NAMES or w in ALIAS_ROLES or w in _PLACE_WORDS


def initials_of(word: str, name: str) -> bool:
    """Whether ``word`` (capitals) is made of the initials of the words of ``name`` ("JCV" or
    "MD" of "Jean-Claude Vuaillat" or "Marie Dupont"), or of its first word's parts ("JC" of
    "Jean-Claude Vuaillat")."""
    words = [w for w in regex.split(r"[ \u00a0]+", name) if w[:1].isupper()]
    if len(words) < 2:
        return False
    parts = [p for w in words for p in regex.split(r"['’-]+", w) if p[:1].isupper()]
    first = [p for p in regex.split(r"['’-]+", words[0]) if p[:1].isupper()]
    return word in ("".join(p[0] for p in parts), "".join(w[0] for w in words)) or (
        len(first) >= 2 and word == "".join(p[0] for p in first))


def may_be_alias(word: str) -> bool:
    from aiguillage.detect.recognizers.names import is_ordinary_word

    return not _excluded(word) and (_first_name(word) or _nickname(word) or not is_ordinary_word(word))


# a web site's address ("www.lucasberthod-photo.fr", "https://anne-roux.net/galerie")
_SITE = regex.compile(r"(?i)(?<![\w@./-])(?:https?://)?(?:www\.)?(?P<host>[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*)"
                      r"\.(?:fr|com|net|org|eu|be|ch|info|photo|art|me|io|site|online)(?:/[\w./%-]*)?(?![\w@])")


def _named_sites(text: str, names: list[Finding], out: list[Finding]) -> None:
    """A web site whose address holds the surname of a person named in the text is theirs
    ("Lucas Berthod … www.lucasberthod-photo.fr"): PERSONAL_REFERENCE."""
    from aiguillage.detect.recognizers.person_first_name import _unaccented

    surnames = set()
    for f in names:
        words = [w for w in regex.split(r"[ \u00a0'’-]+", text[f.start:f.end]) if w[:1].isupper()]
        if len(words) >= 2 and len(words[-1]) >= 4:
            surnames.add(_unaccented(words[-1]).casefold())
    if not surnames:
        return
    for m in _SITE.finditer(text):
        host = _unaccented(m.group("host")).casefold()
        if any(s in host for s in surnames):
            out.append(Finding("PERSONAL_REFERENCE", m.start(), m.end(), RELATED_SCORE, RELATED))


def related_names(text: str, findings: list[Finding]) -> list[Finding]:
    """PERSON findings for the names written as another name of a person found, or coordinated
    with one (see the module's description)."""
    names = sorted((f for f in findings if f.entity_type == "PERSON" and f.score >= 0.5),
                   key=lambda f: f.start)
    out: list[Finding] = []
    taken = sorted((f.start, f.end) for f in findings if f.score >= 0.5)
    taken_starts = [a for a, _ in taken]

    def free(s: int, e: int) -> bool:
        """No finding holds the word already (a place the model found stays a place)."""
        k = bisect_left(taken_starts, e)
        return not any(a < e and s < b for a, b in taken[max(0, k - 16):k])

    def add(s: int, e: int) -> None:
        if free(s, e):
            out.append(Finding("PERSON", s, e, RELATED_SCORE, RELATED))

    for g in findings:  # the holder of a plate, a phone or an e-mail given in brackets
        if g.entity_type in _HELD_TYPES and g.score >= 0.5:
            h = _HOLDER_BEFORE.search(text, max(0, g.start - _WINDOW), g.start)
            if h is not None and not _excluded(h.group("word")):
                from aiguillage.detect.recognizers.license_plate_after_vehicle import _MAKES

                if regex.fullmatch(_MAKES, h.group("word"), regex.IGNORECASE) is None:
                    add(*h.span("word"))
    lines_done: set[int] = set()
    for g in findings:  # the head of a list line that gives a contact
        if g.entity_type not in _CONTACT_TYPES or g.score < 0.5:
            continue
        line_start = text.rfind("\n", 0, g.start) + 1
        if line_start in lines_done:
            continue
        lines_done.add(line_start)
        h = _LINE_HEAD.match(text, line_start, g.start)
        if h is not None and not _excluded(h.group("word")) and _head_name(h.group("word")):
            add(*h.span("word"))
    # the head of a list line between lines that open with a person's name: "Ophélie — « demander
    # à sa mère »" under "Lina Haddad — +961 …", "Quentin Paris — …" (a first name of a
    # French-speaking locale only: a word heading a line in a list of persons may be a remark)
    heads = {text.rfind("\n", 0, f.start) + 1 for f in names
             if _HEAD_GAP.fullmatch(text, text.rfind("\n", 0, f.start) + 1, f.start)}
    for h in _LINE_HEAD.finditer(text):
        line_start = h.start()
        if line_start in heads or line_start in lines_done:
            continue
        prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else -1
        next_end = text.find("\n", line_start)
        next_start = next_end + 1 if next_end >= 0 else -1
        if ((prev_start in heads or next_start in heads) and not _excluded(h.group("word"))
                and _francophone_first_name(h.group("word"))):
            add(*h.span("word"))
    for g in findings:  # a full name right before a person's age
        if g.entity_type == "DATE_OF_BIRTH" and g.score >= 0.5 and "an" in text[g.start:g.end]:
            a = _NAME_BEFORE_AGE.search(text, max(0, g.start - _WINDOW), g.start)
            if a is not None:
                from aiguillage.detect.recognizers.names import is_ordinary_word

                words = a.group("name").split()
                if not any(_excluded(w) for w in words) and (
                        _francophone_first_name(words[0]) or not any(is_ordinary_word(w) for w in words)):
                    add(*a.span("name"))
    for g in findings:  # a child's first name before their age in brackets: "Malo (6 ans) et Nola (3 ans)"
        if g.entity_type == "DATE_OF_BIRTH" and g.score >= 0.5 and "an" in text[g.start:g.end]:
            b = _WORD_BEFORE_AGE.search(text, max(0, g.start - _WINDOW), g.start)
            if b is not None:
                from aiguillage.detect.recognizers.names import is_ordinary_word

                word = b.group("word")
                if not _excluded(word) and (_francophone_first_name(word) or _nickname(word)
                                            or not is_ordinary_word(word)):
                    add(*b.span("word"))
    person_starts = {f.start for f in names}
    for e in _ENUMERATION.finditer(text):  # the other items of an enumeration of persons' names
        items = list(_ENUM_ITEM.finditer(e.group()))
        named = [m for m in items if e.start() + m.start() in person_starts]
        if len(named) < 2:
            continue
        from aiguillage.detect.recognizers.names import is_ordinary_word

        for m in items:
            word = m.group()
            if m not in named and not _excluded(word) and (
                    _francophone_first_name(word) or _nickname(word) or not is_ordinary_word(word)):
                add(e.start() + m.start(), e.start() + m.end())
    _named_sites(text, names, out)
    for c in _CHEZ.finditer(text):
        word = c.group("word")
        if not _excluded(word) and (_first_name(word) or _nickname(word)):
            add(*c.span("word"))
    for f in names:
        lo = max(0, f.start - _WINDOW)
        m = _BEFORE_NAME.search(text, lo, f.start)
        if m is not None and may_be_alias(m.group("word")):
            add(*m.span("word"))
        w = _FULL_BEFORE_BRACKET.search(text, lo, f.start)
        if w is not None and all(may_be_alias(x) and (_first_name(x) or not _ordinary(x))
                                 for x in w.group("name").split()):
            # "Sakura Takahashi (高橋さくら)": the same person's name in two writings
            add(*w.span("name"))
        name = text[f.start:f.end]
        i = _INITIALS_BEFORE.search(text, lo, f.start)
        if i is not None and initials_of(i.group("word"), name):
            add(*i.span("word"))
        i = _INITIALS_AFTER.match(text, f.end)
        if i is not None and initials_of(i.group("word"), name):
            add(*i.span("word"))
        a = _AFTER_NAME.match(text, f.end)
        if a is not None and len(text[f.start:f.end].split()) >= 2:
            word = a.group("word")
            # in brackets after a full name, a town is as likely ("Jean Dupont (Fribourg)"): a
            # first name or a nickname only, unless "dit"/"alias", "=" or guillemets around the
            # word alone ("TORRES Inmaculada (« Inma »)") say it is another name
            said = ("=" in a.group() or a.group("quote")
                    or regex.search(r"(?i)\b(?:dit|dite|alias)\b", a.group()))
            if not _excluded(word) and (said or _first_name(word) or _nickname(word)):
                add(*a.span("word"))
        c = _COORD_BEFORE.search(text, lo, f.start)
        if c is not None and not _excluded(c.group("word")):
            from aiguillage.detect.recognizers.names import is_ordinary_word

            word = c.group("word")
            if c.group("les"):  # a family by its surname: "les Chabrol et M. Aubert"
                if c.group("civ") or not is_ordinary_word(word):
                    add(*c.span("word"))
            elif _first_name(word) or (  # "Nolwenn et Tangi Le Bihan-Cadiou": sharing the surname
                    not is_ordinary_word(word) and len(text[f.start:f.end].split()) >= 2
                    and not c.group("civ")):
                add(*c.span("word"))
        e = _AGED_THEN_AGED.match(text, f.end)
        if e is not None and not _excluded(e.group("word")) and not _ordinary(e.group("word")):
            # "nos enfants Maëlle 12 ans, Ethan 9 ans et Joyce 4 ans": the next child of a list,
            # with an age of its own as the person's
            add(*e.span("word"))
        d = _COORD_AFTER.match(text, f.end)
        if d is not None and not _excluded(d.group("word")) and (_first_name(d.group("word")) or (
                # "MESSAOUDI Rachida & Kamel": a second first name sharing the full name's surname
                len(text[f.start:f.end].split()) >= 2 and _LAST_WORD.match(text, d.end())
                and not _ordinary(d.group("word")))):
            add(*d.span("word"))
    return out


# a date in brackets right after a person's name: their birth, wedding or death in a register's
# notice ("Lyam Bouchet-Renaud (04/01/2026)", "Jeanne Pineau (19 janvier)", "Aylin Kaya (22.02.2026)")
# — a genealogy's sign of death or birth before it ("Olga IVANOVA (†3 mars 2016)"), or a year alone
# ("Marie Vigouroux (1933)", "Francine Lalanne (1928 ?)", "Daniel (2013), Ruth (2016)")
_DATE_IN_BRACKET = (r"(?:(?:1er|\d{1,2})[/.]\d{1,2}[/.](?:\d{4}|\d{2})|(?:1er|\d{1,2})[ \u00a0]+"
                    r"(?i:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre"
                    r"|d[ée]cembre)(?:[ \u00a0]+\d{4})?|(?:1[5-9]|20)\d{2}(?=[ \u00a0]*\??[ \u00a0]*\)))")
# a name's word, capitalised or in capitals ("ROSSI", "LE GUERN")
_NAME_WORD = r"(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}{2,}(?:-\p{Lu}{2,})?)"
_NAME_THEN_DATE = regex.compile(
    rf"(?<![\p{{L}}'’.-])(?P<name>{_NAME_WORD}(?:{_S}+(?:(?:de|du|da|dos|van|le|la){_S}+)?{_NAME_WORD}"
    rf"(?:-{_NAME_WORD})?){{0,2}})"
    rf"{_S}*\({_S}*(?:[†✝°]{_S}*)?(?P<date>{_DATE_IN_BRACKET}){_S}*\??{_S}*\)")
DATED = "FrDatedNameRecognizer"
_NEXT_IN_LIST = regex.compile(r"[ \u00a0]*(?:,|;|et|&)[ \u00a0]*(?:et[ \u00a0]+)?")
# an article before a word alone makes it a thing's name ("la Rose (2013)": a boat, a house)
_ARTICLE_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:la|le|les|l['’]|du|des|au|aux|un|une)[ \u00a0]*\Z")


def dated_names(text: str, findings: list[Finding]) -> list[Finding]:
    """The date in brackets right after a person's name, as DATE_OF_BIRTH (the type the policy
    gives a person's dates), and the name itself when no finding holds it and it opens with a first
    name or a word of no lexicon ("Aylin Kaya (22.02.2026)"; not "Conseil Municipal (3 avril)")."""
    if "(" not in text:
        return []
    from aiguillage.detect.recognizers.names import is_ordinary_word

    persons = [(f.start, f.end) for f in findings if f.entity_type == "PERSON" and f.score >= 0.5]
    taken = [(f.start, f.end) for f in findings if f.score >= 0.5]
    out: list[Finding] = []
    last = -1  # the end of the last dated name found
    for m in _NAME_THEN_DATE.finditer(text):
        s, e = m.span("name")
        if m.group("date").isdigit() and not any(c.islower() for c in m.group("name")):
            continue  # a year after words in capitals: a heading's ("COMMUNE DE PERROIGNY (1826)")
        words = [w for w in regex.split(r"[ \u00a0-]+", m.group("name")) if w[:1].isupper()]
        named = any(a <= s < b or a < e <= b or (s <= a and b <= e) for a, b in persons)
        # the next of a list of dated names is one too, whatever its first name ("Daniel (2013),
        # Ruth (2016)"), when it is no word of the language
        if (not named and last >= 0 and _NEXT_IN_LIST.fullmatch(text, last, s) is not None
                and not any(a < e and s < b for a, b in taken)
                and words and not any(is_ordinary_word(w) or _excluded(w) for w in words)):
            named = True
            out.append(Finding("PERSON", s, e, RELATED_SCORE, DATED))
        # (a word alone only when it is a first name and no word of the language: "Daniel (2013),
        # Ruth (2016)", a family's children)
        unknown = (not any(a < e and s < b for a, b in taken)
                   and (len(words) >= 2 or (len(words) == 1 and _first_name(words[0])
                                            and not is_ordinary_word(words[0])
                                            and _ARTICLE_BEFORE.search(text, max(0, s - 8), s) is None))
                   and not any(_excluded(w) for w in words)
                   and (_first_name(words[0]) or not is_ordinary_word(words[0])))
        if named or unknown:
            ds, de = m.span("date")
            out.append(Finding("DATE_OF_BIRTH", ds, de, RELATED_SCORE, DATED))
            last = m.end()
        if unknown:
            out.append(Finding("PERSON", s, e, RELATED_SCORE, DATED))
    return out



# an event of a family's life that a caption or an entry names with its persons: "Mariage de Mlle
# X et de M. Y, Charolles, samedi 3 avril 1948", "Mariage Auclair - Lapalus, Hautefond, 14 juin 1947",
# "Baptême de Léa Roux, 2 mai 1961"
_FAMILY_EVENT = regex.compile(
    r"(?i)(?<![\p{L}])(?:mariage|noces|fian[çc]ailles|bapt[êe]me|communion|obs[èe]ques|fun[ée]railles"
    r"|enterrement|inhumation)(?![\p{L}])")
# what may stand between the event and its first person ("de Mlle", "d'or", "civil de"), between two
# persons ("et de M.", " - "), and between the last person and the date (a place, a weekday)
_TO_PERSON = 40
_BETWEEN_PERSONS = regex.compile(r"[ \u00a0]*(?:[-–—/&,]|et|et[ \u00a0]+de|et[ \u00a0]+d['’])?[ \u00a0]*"
                                 r"(?:(?:M|MM|Mme|Mlle|Dr)\.?[ \u00a0]+)?")
EVENT_DATED = "FrEventDateRecognizer"


@functools.cache
def _place_then_date() -> regex.Pattern[str]:
    """", Charolles, samedi 3 avril 1948": built on first use (the date shapes are the birth-date
    recognizer's)."""
    from aiguillage.detect.recognizers.birth_date import _DATE, _WEEKDAY

    return regex.compile(rf"(?i)[ \u00a0]*,[ \u00a0]*(?:[^\n,;()]{{1,40}},[ \u00a0]*)?(?:le[ \u00a0]+)?"
                         rf"{_WEEKDAY}(?P<date>{_DATE})(?!\d)")


def event_dates(text: str, findings: list[Finding]) -> list[Finding]:
    """The date of a family's event that a caption or an entry tells with its persons — the event,
    its persons (found, one after the other), perhaps its place, then its date: a private person's
    wedding or christening day, as DATE_OF_BIRTH (the type the policy gives a person's dates).
    Not a date with no person found between the event and it ("Mariage civil, salle des fêtes, 3
    mai 2026"), nor one past a full stop, a semicolon or a line's end."""
    if _FAMILY_EVENT.search(text) is None:
        return []
    persons = sorted((f for f in findings if f.entity_type == "PERSON" and f.score >= 0.5),
                     key=lambda f: f.start)
    starts = [f.start for f in persons]
    out: list[Finding] = []
    for m in _FAMILY_EVENT.finditer(text):
        k = bisect_left(starts, m.end())
        if (k >= len(persons) or persons[k].start - m.end() > _TO_PERSON
                or "\n" in text[m.end():persons[k].start]):
            continue
        end = persons[k].end
        while k + 1 < len(persons) and _BETWEEN_PERSONS.fullmatch(text, end, persons[k + 1].start):
            k += 1
            end = persons[k].end
        d = _place_then_date().match(text, end)
        if d is not None:
            out.append(Finding("DATE_OF_BIRTH", d.start("date"), d.end("date"), RELATED_SCORE, EVENT_DATED))
    return out


# a nickname in quotation marks right beside the person's name in brackets: "« Tintin » (Thierry
# Vernhet)", "M. Dubois (« Dudu le rémouleur »)"
_QUOTED_BEFORE = regex.compile(r"«[ \u00a0]*(?P<alias>[^«»\n()]{2,40}?)[ \u00a0]*»[ \u00a0]*\([ \u00a0]*\Z")
_QUOTED_AFTER = regex.compile(r"[ \u00a0]*\([ \u00a0]*«[ \u00a0]*(?P<alias>[^«»\n()]{2,40}?)[ \u00a0]*»"
                              r"[ \u00a0]*\)")
_BRACKET_CLOSES = regex.compile(r"[ \u00a0]*\)")
_ARTICLE_OPENS = regex.compile(r"(?:Le|La|Les|L['’])(?![\p{L}])")
ALIASED = "FrQuotedAliasRecognizer"


def quoted_aliases(text: str, findings: list[Finding]) -> list[Finding]:
    """A nickname in quotation marks beside a person's name found, one of them in brackets ("«
    Tintin » (Thierry Vernhet)", "M. Dubois (« Dudu le rémouleur »)"): the person's too. Not a
    title of a work or a place's name in quotation marks away from a person's name."""
    if "«" not in text:
        return []
    from aiguillage.detect.recognizers.names import NOT_NAMES, is_ordinary_word

    out: list[Finding] = []
    for f in findings:
        if f.entity_type != "PERSON" or f.score < 0.5:
            continue
        # (the bracket holds the name alone: "« Les Misérables » (Victor Hugo, 1862)" is a work's)
        before = (_QUOTED_BEFORE.search(text, max(0, f.start - 50), f.start)
                  if _BRACKET_CLOSES.match(text, f.end) else None)
        after = _QUOTED_AFTER.match(text, f.end)
        for m in (before, after):
            # a nickname is no phrase of the language: one capitalised word at least that is none
            # (one opening with an article is a house's or a trade's name: "« Le Rucher de Paul »")
            if m is not None and not _ARTICLE_OPENS.match(m.group("alias")) and any(
                    not is_ordinary_word(w) and w.casefold() not in NOT_NAMES
                                     for w in regex.findall(r"\p{Lu}[\p{L}'’-]+", m.group("alias"))):
                out.append(Finding("PERSON", m.start("alias"), m.end("alias"), RELATED_SCORE, ALIASED))
    return out

