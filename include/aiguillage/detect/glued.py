"""Names glued into handles and file names: a person named in the document is also written, lower
case, without accents or spaces, inside an e-mail's user part, a user name or a file name
("podium_cross_jaouen_maelys.jpg", "attestation_employeur_legouic_h.pdf", "Scan_NguyenVT_0935.pdf",
"« francois-xavier.paoli »", "www.pau-visites-lestapis.fr"). The repeated-name step seeks a name's
words as words: there they are glued to others by "_" or ".", or to one another ("lecalvez",
"nguyenvantam").

A *handle* is a run of letters and digits joined by "_", "." or "-" holding at least one "_" or "."
(a hyphenated word alone is an ordinary compound). Its parts are compared without accents or case:

- a part equal to a distinctive word of a name found in the document (four letters at least, in no
  lexicon), or to several consecutive words of one name glued together ("le" + "calvez");
- a part that starts with such a word and ends with the initials of the same person's other words
  or with digits ("NguyenVT", "payet974");
- then the parts next to those that are words or initials of the same person ("jaouen_maelys",
  "legouic_h", "LE-GOUIC_Herve").

The user part of an e-mail found in the document is a handle of its owner wherever it is written
alone ("courriel de « malo.lecoz » (malo.lecoz@proton.me)").
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from aiguillage.records import Finding

RECOGNIZER = "FrGluedNameRecognizer"
SCORE = 0.8
_HANDLE = regex.compile(r"(?<![\p{L}\d_.@-])[\p{L}\d]+(?:[._-][\p{L}\d]+)+(?![\p{L}\d_@-]|\.[\p{L}\d])")
_PART = regex.compile(r"[\p{L}\d]+")
_WORD = regex.compile(r"\p{L}+")
_EMAIL_USER = regex.compile(r"[\p{L}\d][\p{L}\d._-]{3,}(?=@)")


@lru_cache(maxsize=4096)
def _key(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)).casefold()


def _distinctive(word: str) -> bool:
    from aiguillage.detect.recognizers.names import NOT_NAMES, is_ordinary_word

    return len(word) >= 4 and word.casefold() not in NOT_NAMES and not is_ordinary_word(word)


# the user parts of a service's mailboxes, not a person's
_SERVICE_USERS = frozenset("""
no reply noreply donotreply ne pas repondre info infos information contact contacts admin webmaster
postmaster support newsletter mail courrier courriel secretariat accueil direction dpo rgpd pref
prefecture mairie service services bureau cabinet standard communication presse sav bonjour hello
""".split())  # noqa: SIM905


def _personal_user(user: str) -> bool:
    """Whether an e-mail's user part may be a person's handle: a part of three letters or more that
    is neither a word of the language nor a service's mailbox word ("malo.lecoz", not "sports",
    "no-reply", "contact.mairie")."""
    from aiguillage.detect.recognizers.names import is_ordinary_word

    parts = [p for p in regex.split(r"[._\-\d]+", user) if len(p) >= 3]
    return any(p.casefold() not in _SERVICE_USERS and not is_ordinary_word(p) for p in parts)


def _names(text: str, findings: list[Finding]) -> dict[str, int]:
    """Glued forms → index of the person (one per finding) whose name they write."""
    from aiguillage.detect.recognizers.names import NOT_NAMES

    out: dict[str, int] = {}
    for i, f in enumerate(findings):
        words = [w for w in _WORD.findall(text[f.start:f.end])
                 if w.casefold() not in NOT_NAMES or len(w) <= 3]
        keys = [_key(w) for w in words]
        for w, k in zip(words, keys, strict=True):
            if _distinctive(w):
                out.setdefault(k, i)
        for a in range(len(keys)):  # consecutive words glued: "le"+"calvez", "nguyen"+"van"+"tam"
            for b in range(a + 2, min(len(keys), a + 4) + 1):
                glued = "".join(keys[a:b])
                if len(glued) >= 6:
                    out.setdefault(glued, i)
    return out


def glued_names(text: str, findings: list[Finding]) -> list[Finding]:
    """PERSON findings for the parts of handles and file names that write a name found in the
    document (see the module docstring)."""
    if "_" not in text and "." not in text:
        return []
    people = [f for f in findings if f.entity_type == "PERSON" and f.score >= 0.5]
    out: list[Finding] = []
    users = {m.group() for f in findings if f.entity_type == "EMAIL_ADDRESS"
             for m in [_EMAIL_USER.match(text, f.start, f.end)]
             if m is not None and _personal_user(m.group())}
    for user in users:
        pos = text.find(user)
        while pos >= 0:
            end = pos + len(user)
            before = text[pos - 1] if pos else " "
            after = text[end] if end < len(text) else " "
            if not (before.isalnum() or before in "._-@") and not (after.isalnum() or after in "_-@"):
                out.append(Finding("PERSON", pos, end, SCORE, RECOGNIZER))
            pos = text.find(user, end)
    if not people:
        return out
    names = _names(text, people)
    if not names:
        return out
    words_of: dict[int, set[str]] = {}
    for i, f in enumerate(people):
        words_of[i] = {_key(w) for w in _WORD.findall(text[f.start:f.end])}
    lengths = sorted({len(k) for k in names if len(k) >= 5}, reverse=True)
    for h in _HANDLE.finditer(text):
        if "_" not in h.group() and "." not in h.group():
            continue
        parts = [(m.start() + h.start(), m.end() + h.start()) for m in _PART.finditer(h.group())]
        owner: list[int | None] = []
        for s, e in parts:
            raw = text[s:e]
            k = _key(raw)
            who = names.get(k)
            if who is None and not raw.isdigit():
                for n in lengths:  # a name, then initials or digits: "NguyenVT", "payet974"
                    if n < len(k) and (who := names.get(k[:n])) is not None:
                        rest = k[n:]
                        initials = {w[:1] for w in words_of[who]}
                        fits = rest.isdigit() or (len(rest) <= 3 and rest.isalpha() and set(rest) <= initials)
                        if not fits:
                            who = None
                        if who is not None:
                            break
            owner.append(who)
        if not any(o is not None for o in owner):
            continue
        # the neighbours that are words or initials of the same person: "jaouen_maelys", "legouic_h"
        changed = True
        while changed:
            changed = False
            for j, (s, e) in enumerate(parts):
                if owner[j] is not None:
                    continue
                for nb in (j - 1, j + 1):
                    who = owner[nb] if 0 <= nb < len(parts) else None
                    if who is None:
                        continue
                    k = _key(text[s:e])
                    if k in words_of[who] or (len(k) == 1 and k.isalpha()
                                              and any(w.startswith(k) for w in words_of[who])):
                        owner[j] = who
                        changed = True
                        break
        j = 0
        while j < len(parts):
            if owner[j] is None:
                j += 1
                continue
            last = j
            while last + 1 < len(parts) and owner[last + 1] is not None:
                last += 1
            out.append(Finding("PERSON", parts[j][0], parts[last][1], SCORE, RECOGNIZER))
            j = last + 1
    return out
