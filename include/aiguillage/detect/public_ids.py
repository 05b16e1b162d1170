"""A public body's own identifiers and letterhead, recognised by their context: public, kept in clear.

A commune, a syndicate or a utility prints its SIRET/SIREN, its SEPA creditor identifier (ICS),
its account at the Treasury, its switchboard and its seat's address on its letterhead, its legal
notices and its mandates. None of it is anyone's personal data. A sole trader's SIRET, a private
person's IBAN or phone are, and look the same: only the context tells them apart.

What makes an identifier the body's (read on the text itself, the same way in the original, in
the anonymized text and in its rescan):

- a body's word before it, close and with no person in between: "SIRET de la commune",
  "Entre la Ville de Tournon-sur-Rhône (SIRET …)", "SIEAD … — Régie des eaux … SIRET", "compte du
  Trésor public du syndicat : FR77 …";
- on a line holding nothing but its labels ("SIRET 200 074 128 00014 — Identifiant créancier SEPA
  (ICS) : …"), the same question is asked of the lines above in its paragraph (the letterhead);
- a SIREN of the public sector (valid, beginning with 2: communes, their groupings, syndicates)
  after "SIRET"/"SIREN" with no person named in its paragraph before it ("Mentions légales —
  SIEAD du Haut-Vivarais, SIRET 200 074 128 00014");
- a SEPA creditor identifier is the creditor's (a body or a company collecting direct debits),
  unless a person is named with it; an account at the Treasury or the Banque de France (bank codes
  10071, 30001) named with a body's word ("compte du Trésor public") and no person is a public
  account (the Banque de France's code alone is no proof: sample IBANs use it); a phone called "standard"
  is a switchboard;
- on a letterhead's or footer's line opened by the body's name and cut by dashes or bars, its
  address and phone ("Ville de Montfleury — Pôle Famille — 1 place de la Libération — 04 76 …");
- an address on a line opened by "Siège" (or "Adresse" in a paragraph naming the body) of a
  paragraph that names a body and no person.

Nothing is public when a person is named between the body's word and the identifier (a civility,
a pseudonym label, "EI", "entrepreneur individuel", "micro-entrepreneur", "né le", "domicilié"…):
"Entre la Ville de X et M. Y, EI (SIRET …)" keeps nothing of Y's. A value public in one place and
a person's elsewhere in the same text is a person's everywhere (:func:`public_spans` drops it).

Used by the detection (its findings inside these spans are dropped) and by the verifier's sweeps
(a shape inside these spans is no residual): both read the text, neither trusts the other's
findings.
"""

from __future__ import annotations

import re

from aiguillage.detect.validators import luhn_is_valid

_SP = r"[ \u00a0]"
# the words that name a public body (not the bare "commune" of a form's field "Commune : X": a
# body's word followed by its particle, or a word only a body bears)
_BODY = re.compile(
    r"(?i)(?<![\w])(?:mairie|h[ôo]tel[ \u00a0]+de[ \u00a0]+ville|(?:la[ \u00a0]+)?(?:commune|ville)[ \u00a0]+(?:de|d['’])"  # noqa: E501
    r"|(?:de[ \u00a0]+la|la)[ \u00a0]+(?:commune|ville)(?![\w])"
    r"|syndicats?[ \u00a0]+(?:intercommuna\w*|mixte|d[ée]partemental|des[ \u00a0]+eaux|d['’]\w+)|intercommuna\w+"  # noqa: E501
    r"|communaut[ée][ \u00a0]+(?:de[ \u00a0]+communes|d['’]agglom[ée]ration|urbaine)|agglom[ée]ration[ \u00a0]+d"  # noqa: E501
    r"|m[ée]tropole[ \u00a0]+(?:de|d['’]|du)|conseil[ \u00a0]+(?:d[ée]partemental|r[ée]gional|municipal)"
    r"|d[ée]partement[ \u00a0]+(?:de|du|des|d['’])|r[ée]gion[ \u00a0]+(?:de|du|d['’])|pr[ée]fecture|sous-pr[ée]fecture"  # noqa: E501
    r"|r[ée]gie|tr[ée]sor[ \u00a0]+public|tr[ée]sorerie|finances[ \u00a0]+publiques|dgfip"
    r"|service[ \u00a0]+de[ \u00a0]+gestion[ \u00a0]+comptable|ccas|cias|epci|sivom|sivu|siaep|smictom|sictom"
    r"|office[ \u00a0]+public|[ée]tablissement[ \u00a0]+public|centre[ \u00a0]+hospitalier|collectivit[ée]"
    r"|r[ée]publique[ \u00a0]+fran[çc]aise)")
# what names a person: then nothing after it is the body's
_PERSON = re.compile(
    r"(?<![\w])(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame|Mademoiselle|Ma[îi]tre|Me|Dr)(?=[\s\u00a0])"
    r"|\[(?:PERSONNE|NOM|PRENOM)[^\]]*\]"
    r"|(?i:(?<![\w])(?:EI|EIRL|EURL|entrepreneu(?:r|se)|entreprise[ \u00a0]+individuelle|micro-?entrepr\w*"
    r"|auto-?entrepr\w*|individuel(?:le)?|nom[ \u00a0]+propre|artisan|exploitante?|n[ée]e?[ \u00a0]+le"
    r"|domicili[ée]e?s?|demeurant|titulaire|d[ée]biteur|abonn[ée]e?|gaec|earl|scea|sci|[ée]poux|[ée]pouse"
    r"|veuve?|et[ \u00a0]+(?:son|sa)|chez|pr[ée]noms?|adh[ée]rente?|employeur|assur[ée]e?|b[ée]n[ée]ficiaire"
    r"|demandeu(?:r|se)|requ[ée]rante?|p[èe]re|m[èe]re|fils|fille)(?![\w]))")
# a line of labels only ("SIRET", "N° SIRET :", "Identifiant créancier SEPA (ICS) :", dashes)
_LABEL_WORDS = re.compile(
    r"(?i)^[\s\u00a0—–\-:|.,;()]*(?:(?:n[°o]|num[ée]ro|siret|siren|identifiant|cr[ée]ancier|sepa|ics|tva"
    r"|intracommunautaire|code|ape|naf|de|du|d['’])[\s\u00a0—–\-:|.,;()]*)*\Z")
_CREDITOR = re.compile(r"(?i)(?<![\w])(?:cr[ée]ancier|ics)(?![\w])")
_SWITCHBOARD = re.compile(r"(?i)(?<![\w])standard(?![\w])")

_SIRET = re.compile(r"(?<![\w.,])\d{3}[ \u00a0.]?\d{3}[ \u00a0.]?\d{3}(?:[ \u00a0.]?\d{5})?(?![\w]|[.,]\d)")
_ICS = re.compile(r"(?<![\w])[A-Z]{2}[ \u00a0]?\d{2}[ \u00a0]?[A-Z0-9]{3}[ \u00a0]?\d{6,28}(?![\w])")
_IBAN = re.compile(r"(?<![\w])FR[ \u00a0]?\d{2}(?:[ \u00a0.-]?[A-Z0-9]){23}(?![\w])")
_PUBLIC_BANKS = ("10071", "30001")  # the Treasury (DGFiP), the Banque de France
_PHONE = re.compile(r"(?<!\d)(?:(?:\+|00)[ \u00a0]?33[ \u00a0.-]?(?:\(0\))?[ \u00a0.-]?[1-9]|0[1-9])"
                    r"(?:[ \u00a0.-]?\d{2}){4}(?!\d)")
_SEAT = re.compile(r"(?im)^[ \u00a0\t]*(?:si[èe]ge(?:[ \u00a0]+social)?[ \u00a0]*:?|adresse[ \u00a0]*:)[ \u00a0]*")  # noqa: E501
_STREET_PART = re.compile(
    r"(?i)[ \u00a0]*\d{1,4}(?:[ \u00a0]?(?:bis|ter))?,?[ \u00a0]+(?:rue|r\.|route|rte|chemin|avenue|av\.|boulevard"  # noqa: E501
    r"|bd|place|pl\.|impasse|all[ée]e|quai|cours|square|passage|esplanade|promenade|parvis|mail)(?![\w])")
_HEAD_LINE = re.compile(r"(?m)^[^\n]+$")
_PART_SEP = re.compile(r"[ \u00a0]+[—–|][ \u00a0]+")
_BLANK = re.compile(r"\n[ \u00a0\t]*\n")
# a body's word inside a street's name ("rte de la Ville-Hélio", "3 pl. de la Mairie") names no body
_STREET_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:rue|r\.|route|rte|chemin|ch\.|chem\.|avenue|av\.|boulevard|bd|place|pl\.|impasse|all[ée]e|quai"
    r"|cours|square|passage|sentier|voie|lotissement|r[ée]sidence|hameau|lieu-dit)\.?(?:[ \u00a0]+(?:de|du|des|la|l['’]"  # noqa: E501
    r"|d['’]))*[ \u00a0]*\Z")
_JOINED = re.compile(r"-\w")
_REACH = 90
# INSEE gives the public sector's legal units SIRENs beginning with 1 (the State) or 2 (local
# authorities, their groupings and establishments); a valid one named with no person is a body's
_PUBLIC_SECTOR = re.compile(r"2")  # characters between a body's word and its identifier, at most
# a company named before the number ("Fournisseur : Société Hydro Services SAS, SIRET 202 …"): its
# number, whatever its first digit, is no public body's
_COMPANY = re.compile(
    r"(?i)(?<![\w])(?:soci[ée]t[ée]|sas|sasu|sarl|eurl|snc|selarl|ets|fournisseur|prestataire|titulaire"
    r"|entreprise|cabinet)(?![\w])")


def _paragraph_start(text: str, pos: int, lines: int = 4) -> int:
    """The start of the paragraph holding ``pos``, at most ``lines`` lines above its line."""
    start = text.rfind("\n", 0, pos) + 1
    blank = max((m.end() for m in _BLANK.finditer(text, 0, start + 1) if m.end() <= start), default=0)
    for _ in range(lines):
        if start <= blank or start == 0:
            break
        start = text.rfind("\n", 0, start - 1) + 1
    return max(start, blank)


def _window(text: str, start: int) -> str:
    """What comes before an identifier and may name its holder: its line, and the lines above in
    its paragraph when its line holds nothing but labels before it."""
    line = text.rfind("\n", 0, start) + 1
    before = text[line:start]
    if _LABEL_WORDS.match(before):
        return text[_paragraph_start(text, line):start]
    return before


def _bodys(before: str) -> bool:
    """A body's word in ``before`` close to its end, with no person named after it."""
    last = None
    for m in _BODY.finditer(before):
        street = _STREET_BEFORE.search(before, max(0, m.start() - 30), m.start())
        if not street and not _JOINED.match(before, m.end()):
            last = m
    if last is None or (len(before) - last.end() > _REACH and "\n" not in before[last.end():]):
        return False
    between = before[last.end():]
    return not _PERSON.search(before, last.start()) and not _first_name_in(between)


def _first_name_in(words: str) -> bool:
    """A capitalised known first name ("le plombier Jean Dupont"): a person named without a civility."""
    from aiguillage.detect.recognizers.names import first_names

    names = first_names()
    return any(w.split("-")[0].casefold() in names
               for w in re.findall(r"(?<![\w])[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?", words))


def _no_person(before: str) -> bool:
    return not _PERSON.search(before)


def _line_end(text: str, pos: int) -> int:
    e = text.find("\n", pos)
    return len(text) if e < 0 else e


def _after(text: str, end: int, width: int = 40) -> str:
    return text[end:min(_line_end(text, end), end + width)]


def _candidates(text: str) -> list[tuple[int, int, str]]:
    """Every identifier, phone and seat address the context may make public, with its value."""
    out: list[tuple[int, int, str]] = []
    for m in _SIRET.finditer(text):
        before = _window(text, m.start())
        digits = re.sub(r"\D", "", m.group())
        if re.search(r"(?i)(?:siret|siren)[^\n]{0,25}\Z", before) and (
                _bodys(before) or (_PUBLIC_SECTOR.match(digits) and luhn_is_valid(digits[:9])
                                   and not _COMPANY.search(before)
                                   and _no_person(text[_paragraph_start(text, m.start()):m.start()][-200:])
                                   and not _PERSON.search(_after(text, m.end())))):
            out.append((m.start(), m.end(), re.sub(r"\D", "", m.group())))
    for m in _ICS.finditer(text):
        before = _window(text, m.start())
        if (("ZZZ" in m.group() or _CREDITOR.search(before[-40:])) and _no_person(before[-120:])
                and not _PERSON.search(_after(text, m.end()))):
            out.append((m.start(), m.end(), re.sub(r"\W", "", m.group())))
    for m in _IBAN.finditer(text):
        value = re.sub(r"\W", "", m.group())
        before = _window(text, m.start())
        if (value[4:9] in _PUBLIC_BANKS and _BODY.search(before[-120:]) and _no_person(before[-120:])
                and not _PERSON.search(_after(text, m.end()))):
            out.append((m.start(), m.end(), value))
    for m in _PHONE.finditer(text):
        line = text.rfind("\n", 0, m.start()) + 1
        before, after = text[max(line, m.start() - 30):m.start()], _after(text, m.end(), 30)
        if (_SWITCHBOARD.search(before[-14:]) or _SWITCHBOARD.match(after.lstrip(" \u00a0(—–-,"))) and \
                not _PERSON.search(before) and not _PERSON.search(after):
            out.append((m.start(), m.end(), re.sub(r"\D", "", m.group())[-9:]))
    for m in _HEAD_LINE.finditer(text):
        # a letterhead's or footer's line opened by the body's name, its parts set apart by dashes
        # or bars ("Ville de Montfleury — Pôle Famille — 1 place de la Libération — 04 76 75 40 00")
        head = m.group()
        if (_BODY.match(head.lstrip(" \u00a0\t")) and len(_PART_SEP.findall(head)) >= 2
                and not _PERSON.search(head)):
            pos = m.start()
            for part in _PART_SEP.split(head):
                i = text.index(part, pos)
                pos = i + len(part)
                if _PHONE.fullmatch(part.strip()):
                    p = _PHONE.search(text, i, pos)
                    if p:
                        out.append((p.start(), p.end(), re.sub(r"\D", "", p.group())[-9:]))
                elif _STREET_PART.match(part):
                    out.append((i, pos, ""))
    for m in _SEAT.finditer(text):
        para = text[_paragraph_start(text, m.start(), 6):m.start()]
        end = _line_end(text, m.end())
        seg = text[m.end():end]
        cut = re.search(r"[ \u00a0]+[—–|][ \u00a0]+", seg)
        stop = m.end() + (cut.start() if cut else len(seg))
        seat = text[m.start():m.end()].strip().lower().startswith("si")
        if (stop > m.end() and _BODY.search(para) and (seat or _CREDITOR.search(para))
                and _no_person(para) and _no_person(text[m.end():stop])):
            out.append((m.end(), stop, ""))
    return out


def line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


_SHAPES = ((_SIRET, r"\D"), (_ICS, r"\W"), (_IBAN, r"\W"), (_PHONE, r"\D"))


def _norm(rx: re.Pattern[str], drop: str, value: str) -> str:
    v = re.sub(drop, "", value)
    return v[-9:] if rx is _PHONE else v


def public_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are a public body's own identifiers, switchboard and seat."""
    found = _candidates(text)
    if not found:
        return []
    public = {v for _, _, v in found if v}
    chosen = {(s, e) for s, e, _ in found}
    others: list[tuple[int, int, str]] = []
    # a value public in one place and a person's elsewhere is a person's everywhere; its other
    # occurrences with no person beside them are public too
    for rx, drop in _SHAPES:
        for m in rx.finditer(text):
            v = _norm(rx, drop, m.group())
            if v not in public or (m.start(), m.end()) in chosen:
                continue
            line = text[line_start(text, m.start()):m.start()]
            if _PERSON.search(line) or _PERSON.search(_after(text, m.end())):
                public.discard(v)
            else:
                others.append((m.start(), m.end(), v))
    return sorted((s, e) for s, e, v in [*found, *others] if not v or v in public)


def body_words(text: str) -> list[tuple[int, int]]:
    """The spans of the words that name a public body ("Syndicat intercommunal", "Hôtel de ville",
    "Mairie de"), but inside a street's name ("3 pl. de la Mairie")."""
    out = []
    for m in _BODY.finditer(text):
        street = _STREET_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if not street and not _JOINED.match(text, m.end()):
            out.append((m.start(), m.end()))
    return out


def inside_public(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside one of ``spans`` (from :func:`public_spans`)."""
    return any(s <= start and end <= e for s, e in spans)
