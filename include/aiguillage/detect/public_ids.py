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
  paragraph that names a body and no person;
- a functional mailbox: its name made of a service's words only (no initial, no first name, no
  word the lexicon does not know: "accueil", "etat-civil", "dpo") at a body's domain (a body's
  word among its parts, "mairie-vitre.fr", "….gouv.fr", or the name the text gives a body,
  "Ville de Montfleury-sur-Isère" for "montfleury38.fr"; never a mail service of the public),
  with no civility or person's cue just before or after it.

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
    r"(?i)(?<![\w])(?:mairie|h[ôo]tel[ \u00a0]+de[ \u00a0]+ville"
    r"|(?:la[ \u00a0]+)?(?:commune|ville)[ \u00a0]+(?:de|d['’])"
    r"|(?:de[ \u00a0]+la|la)[ \u00a0]+(?:commune|ville)(?![\w])"
    r"|syndicats?[ \u00a0]+(?:intercommuna\w*|mixte|d[ée]partemental|des[ \u00a0]+eaux|d['’]\w+)"
    r"|intercommuna\w+"
    r"|communaut[ée][ \u00a0]+(?:de[ \u00a0]+communes|d['’]agglom[ée]ration|urbaine)"
    r"|agglom[ée]ration[ \u00a0]+d"
    r"|m[ée]tropole[ \u00a0]+(?:de|d['’]|du)|conseil[ \u00a0]+(?:d[ée]partemental|r[ée]gional|municipal)"
    r"|d[ée]partement[ \u00a0]+(?:de|du|des|d['’])|r[ée]gion[ \u00a0]+(?:de|du|d['’])"
    r"|pr[ée]fecture|sous-pr[ée]fecture"
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
_SEAT = re.compile(r"(?im)^[ \u00a0\t]*(?:si[èe]ge(?:[ \u00a0]+social)?[ \u00a0]*:?|adresse[ \u00a0]*:)"
                   r"[ \u00a0]*")
_STREET_PART = re.compile(
    r"(?i)[ \u00a0]*\d{1,4}(?:[ \u00a0]?(?:bis|ter))?,?[ \u00a0]+"
    r"(?:rue|r\.|route|rte|chemin|avenue|av\.|boulevard|bd|place|pl\.|impasse|all[ée]e|quai|cours|square|passage|esplanade|promenade|parvis|mail)(?![\w])")
_HEAD_LINE = re.compile(r"(?m)^[^\n]+$")
_PART_SEP = re.compile(r"[ \u00a0]+[—–|][ \u00a0]+")
_BLANK = re.compile(r"\n[ \u00a0\t]*\n")
# a body's word inside a street's name ("rte de la Ville-Hélio", "3 pl. de la Mairie") names no body
_STREET_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:rue|r\.|route|rte|chemin|ch\.|chem\.|avenue|av\.|boulevard|bd|place|pl\.|impasse|all[ée]e|quai"
    r"|cours|square|passage|sentier|voie|lotissement|r[ée]sidence|hameau|lieu-dit)\.?"
    r"(?:[ \u00a0]+(?:de|du|des|la|l['’]|d['’]))*[ \u00a0]*\Z")
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


# a functional mailbox: its local part names a service, never a person ("accueil", "etat-civil",
# "dpo", "pref-sejour"); these are the service's words the lexicon does not hold
_SERVICE_WORDS = frozenset({"dpo", "ccas", "cias", "pref", "clsh", "alsh", "rh", "drh", "dgs", "etatcivil",
                            "gite", "spanc", "pmi", "rpe", "ram", "secretariat", "mediatheque",
                            "periscolaire"})
# the words of a public body's domain ("mairie-vernon.fr", "ville-tours.fr", "cc-pays-de-nay.fr",
# "departement86.fr", "bouches-du-rhone.gouv.fr")
_DOMAIN_BODY = frozenset({"mairie", "ville", "commune", "communes", "agglo", "metropole", "departement",
                          "region", "prefecture", "cc", "ca", "ccas", "cias", "sivom", "sivu", "siaep",
                          "smictom", "sictom", "syndicat", "epci", "gouv", "dgfip"})
# the mail services of the public: a town's name may be one ("Ville d'Orange", "orange.fr")
_WEBMAIL = frozenset({"gmail", "googlemail", "orange", "wanadoo", "free", "laposte", "sfr", "neuf", "hotmail",
                      "outlook", "live", "msn", "yahoo", "icloud", "me", "aol", "proton", "protonmail", "gmx",
                      "bbox", "numericable", "club-internet", "aliceadsl", "voila", "posteo", "ik", "lilo"})
# the top-level domains of French public bodies ("ville-primes.com" is a phishing exercise's)
_PUBLIC_TLDS = frozenset({"fr", "bzh", "alsace", "corsica", "paris", "re", "gp", "mq", "gf", "yt", "pm", "nc",
                          "pf", "wf", "eu"})
_MAIL = re.compile(r"(?<![\w.%+\-])([A-Za-z0-9._%+\-]+)@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)(?![\w\-])")
_PARTICLE_START = re.compile(r"(?i)^(?:[ \u00a0]*(?:de|du|des|la|le|les|d['’]|l['’])(?![\w]))+")


def _fold(text: str) -> str:
    """Lower case, without accents, letters only ("Montfleury-sur-Isère" → "montfleurysurisere")."""
    import unicodedata

    bare = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in bare if c.isascii() and c.isalpha())


def _functional_local(local: str) -> bool:
    """A mailbox's name made of a service's words only: no initial, no first name, no word the
    lexicon does not know ("accueil", "etat-civil", "reservation.salles", "dpo"; not "h.delorme",
    "valerie.castellani", "famille.abdelaziz", "olivier.le-corre")."""
    from aiguillage.detect.recognizers.names import first_names, is_ordinary_word

    tokens = [t for t in re.split(r"[._+\-\d]+", local.casefold()) if t]
    if not tokens:
        return False
    names = {_fold(n) for n in first_names()}
    return all(len(t) > 1 and _fold(t) not in names and (t in _SERVICE_WORDS or is_ordinary_word(t))
               for t in tokens)


def _bodys_domain(domain: str, text: str) -> bool:
    """The domain is a public body's: a body's word among its parts ("mairie-quimperle.fr",
    "bouches-du-rhone.gouv.fr"), or its name is the name the text gives a body ("Ville de
    Montfleury-sur-Isère" for "montfleury38.fr"; "SIEAD du Haut-Vivarais" for
    "siead-hautvivarais.fr", the acronym before the name). Never a mail service of the public."""
    from aiguillage.detect.recognizers.names import is_ordinary_word

    labels = domain.casefold().split(".")
    if len(labels) < 2 or labels[-1] not in _PUBLIC_TLDS or any(lab in _WEBMAIL for lab in labels[:-1]):
        return False
    pieces = [p for lab in labels[:-1] for p in re.split(r"[\-\d]+", lab) if p]
    if any(p in _DOMAIN_BODY for p in pieces):
        return True
    name = "".join(re.split(r"[\-\d]+", labels[-2]))
    if len(name) < 4:
        return False
    for m in _BODY.finditer(text):
        if _STREET_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        rest = text[m.end():_line_end(text, m.end())][:80]
        particles = _PARTICLE_START.match(rest)
        rest = rest[particles.end() if particles else 0:]
        if _fold(rest).startswith(name):
            return True
        # the same name once replaced as a place ("Ville de [LIEU_1]", the anonymized text the
        # sweeps read): a name of no word of the language, as a place's is
        if _PLACE_LABEL.match(rest) and not is_ordinary_word(name):
            return True
    # an acronym in capitals before the body's name ("SIEAD DU HAUT-VIVARAIS", "SIEAD du …")
    for m in re.finditer(r"(?<![\w])([A-Z]{3,8})[ \u00a0]+(?:d[eu]s?|DE|DU|DES|d['’]|D['’])[ \u00a0]+", text):
        acronym = m.group(1).casefold()
        if name.startswith(acronym) and len(name) > len(acronym) + 3:
            rest = text[m.end():_line_end(text, m.end())][:60]
            named = _fold(rest).startswith(name[len(acronym):]) or (
                _PLACE_LABEL.match(rest) and not is_ordinary_word(name[len(acronym):]))
            if named and _BODY.search(
                    text[line_start(text, m.start()):_line_end(text, m.end())]):
                return True
    return False


def _mailboxes(text: str) -> list[tuple[int, int, str]]:
    """The body's functional mailboxes: a service's name at the body's domain, no person named just
    before it on its line nor after it ("famille@montfleury38.fr", "accueil@mairie-vitre.fr"; not
    "v.lecoq@mairie-ouistreham-orne.fr", "contact@maillaff-atelier.fr", "famille.loup@lilo.org")."""
    out: list[tuple[int, int, str]] = []
    for m in _MAIL.finditer(text):
        if not _functional_local(m.group(1)) or not _bodys_domain(m.group(2), text):
            continue
        if not _person_beside_mail(text, m.start(), m.end()):
            out.append((m.start(), m.end(), m.group().casefold()))
    return out


_PLACE_LABEL = re.compile(r"[ \u00a0]*\[(?:LIEU|ADRESSE)[^\]]*\]")
_NAME_LABEL = re.compile(r"\[(?:PERSONNE|NOM|PRENOM)[^\]]*\]")


def _person_beside_mail(text: str, start: int, end: int) -> bool:
    """A civility or a person's cue just before a mailbox on its line or just after it ("Mme
    Martin : accueil@…"). A name itself is not asked for: the original holds it where the
    anonymized text holds its pseudonym ("À : Jean Dupont <…>, accueil@…"), and both must read
    the same."""
    before = _NAME_LABEL.sub(" ", text[max(line_start(text, start), start - 40):start])
    return bool(_PERSON.search(before) or _PERSON.search(_NAME_LABEL.sub(" ", _after(text, end, 30))))


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
    out: list[tuple[int, int, str]] = list(_mailboxes(text))
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


_SHAPES = ((_SIRET, r"\D"), (_ICS, r"\W"), (_IBAN, r"\W"), (_PHONE, r"\D"), (_MAIL, ""))


def _norm(rx: re.Pattern[str], drop: str, value: str) -> str:
    if rx is _MAIL:
        return value.casefold()
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
            if (_person_beside_mail(text, m.start(), m.end()) if rx is _MAIL
                    else _PERSON.search(line) or _PERSON.search(_after(text, m.end()))):
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
