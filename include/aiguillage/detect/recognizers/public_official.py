"""Public officials named together with their function."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import regex

from aiguillage.detect.recognizers._base import FrNameRecognizerBase
from aiguillage.detect.recognizers.names import CIVILITY, NAME_SEQ, OFFICIAL_ROLES

_ROLE_THEN_NAME = regex.compile(
    rf"(?<![\w]){OFFICIAL_ROLES}(?:[ \u00a0]+(?:de|du|des|d['’])[ \u00a0]+[A-ZÉ][\w'’-]+(?:[ \u00a0-]+[A-ZÉ][\w'’-]+)*)?"  # noqa: E501
    rf"[ \u00a0]*[,:]?[ \u00a0]*(?:{CIVILITY}[ \u00a0]+)?(?P<name>{NAME_SEQ})")
_NAME_THEN_ROLE = regex.compile(
    rf"(?:{CIVILITY}[ \u00a0]+)?(?P<name>{NAME_SEQ})[ \u00a0]*,[ \u00a0]*(?P<role>{OFFICIAL_ROLES})(?![\w])")


# "présidente de l'association des riverains", "président du club", "gérant de la société": a title
# in a private body; the person stays a person (anonymized like any other).
_PRIVATE_BODY = regex.compile(
    r"[ \u00a0]*(?:de|du|des|d['’])[ \u00a0]*(?:l['’][ \u00a0]*|la[ \u00a0]+|le[ \u00a0]+)?"
    r"(?:association|amicale|club|comit[ée][ \u00a0]+des[ \u00a0]+f[êe]tes|soci[ée]t[ée]|entreprise|sarl|sas|"
    r"syndicat[ \u00a0]+de[ \u00a0]+copropri|conseil[ \u00a0]+syndical|collectif|cercle|"
    r"union[ \u00a0]+sportive|"
    r"fondation|coop[ée]rative|mutuelle|f[ée]d[ée]ration|ligue|chorale|troupe|fanfare|confr[ée]rie|"
    r"groupement|cabinet|[ée]tude|SCI|GAEC|EARL)\b",
    regex.I)


def _private_title(text: str, role_end: int) -> bool:
    return bool(_PRIVATE_BODY.match(text, role_end))


# a private body named as the subject of its paragraph: "Amicale des boulistes — président : M. X",
# "Nom de l'association : …⏎Président : X"
_BODY_WORD = regex.compile(
    r"(?i)(?<![\w])(?:association|amicale|club|comit[ée][ \u00a0]+des[ \u00a0]+f[êe]tes|chorale|troupe"
    r"|fanfare|cercle|collectif|syndicat[ \u00a0]+de[ \u00a0]+copropri\w*|conseil[ \u00a0]+syndical"
    # an approved fishing association, a sports or leisure federation ("AAPPMA « La Gaule
    # Aurillacoise » — avec le soutien de la Fédération du Cantal pour la pêche")
    r"|aappma|f[ée]d[ée]ration"
    r"|union[ \u00a0]+sportive|fondation|coop[ée]rative|mutuelle|confr[ée]rie|soci[ée]t[ée]|entreprise"
    # what only a private body holds: a general meeting of its members, members who pay a fee
    r"|assembl[ée]e[ \u00a0]+g[ée]n[ée]rale|adh[ée]rente?|cotisation)"
    r"s?(?![\w])")
_PRESIDENT = regex.compile(r"(?i)(?:l[ea][ \u00a0]+|l['’])?pr[ée]sidente?(?![\w])")
# (associations, clubs and committees: "Annuaire des associations", "Comité des fêtes")
_PUBLIC_BODY = regex.compile(
    r"(?i)conseil[ \u00a0]+(?:municipal|communautaire|d[ée]partemental|r[ée]gional|m[ée]tropolitain)"
    r"|s[ée]ance")
_BLANK_LINE = regex.compile(r"\n[ \u00a0\t]*\n")


def _president_of_a_private_body(text: str, role_start: int) -> bool:
    """A president ("président : M. X", "M. X, président") whose paragraph, before the role, or
    the document's title (its first line: "Annuaire des associations sportives", "COMITÉ DES FÊTES
    DE LAILLÉ", "… — ASSEMBLÉE GÉNÉRALE ORDINAIRE") names a private body, its general meeting, its
    members or their fees, and no public one: the body's president, a private person (the heading
    is the document's first paragraph, up to 600 characters). A council's
    president, the mayor, is named with "Le Maire" or in a paragraph about the council."""
    if not _PRESIDENT.match(text, role_start):
        return False
    blanks = list(_BLANK_LINE.finditer(text, max(0, role_start - 600), role_start))
    start = blanks[-1].end() if blanks else max(0, role_start - 600)
    title_end = text.find("\n", 0, min(role_start, 200))
    # the document's heading: its first paragraph ("LYCÉE X⏎MAISON DES LYCÉENS (association loi
    # 1901)", "CUMA DE L'ESPÉRANCE⏎Société coopérative agricole…"), not its first line only
    head = _BLANK_LINE.search(text, 0, min(role_start, 600))
    head_end = head.start() if head is not None else (title_end if title_end > 0 else 0)
    for before in (text[start:role_start], text[:max(head_end, title_end if title_end > 0 else 0)]):
        if _BODY_WORD.search(before) and not _PUBLIC_BODY.search(before):
            return True
    return False


# the public bodies a bracketed president may preside over ("Conseil départemental (M. X, président)")
_PUBLIC_OWNER = regex.compile(
    r"(?i)(?<![\w])(?:conseil|commune|mairie|municipalit[ée]|d[ée]partement|r[ée]gion|pr[ée]fecture"
    r"|communaut[ée]|m[ée]tropole|agglom[ée]ration|syndicat[ \u00a0]+(?:mixte|intercommunal)"
    r"|[ée]tablissement[ \u00a0]+public|ccas|sdis|s[ée]ance|commission|jury|tribunal|cour|chambre)(?![\w])")
_OPEN_BRACKET = regex.compile(rf"\([ \u00a0]*(?:{CIVILITY}[ \u00a0]+)?\Z")


def _bracketed_private_president(text: str, name_start: int, role_start: int) -> bool:
    """"Classe en 6 (Jérôme X, président)", "Conscrits 2008 (Y, présidente)": a president named in
    brackets after the group they preside, a group no public body's word names on that line."""
    if not _PRESIDENT.match(text, role_start):
        return False
    line_start = text.rfind("\n", 0, name_start) + 1
    before = text[line_start:name_start]
    opened = _OPEN_BRACKET.search(before)
    return opened is not None and not _PUBLIC_OWNER.search(before[:opened.start()])


# a president before the name, at home ("siège : chez la présidente Mme X") or opening a bracket after
# the group ("Les Amis du musée (présidente Mme X, …)")
_AT_HOME = regex.compile(r"(?i)(?<![\w])chez[ \u00a0]+\Z")
_BRACKET_OPEN = regex.compile(r"\([ \u00a0]*\Z")


def _private_president_before(text: str, role_start: int) -> bool:
    """"chez la présidente Mme X" (a private person's home, the seat of a group), "Les Amis du musée
    (présidente Mme X": a president named after the role, at home or in brackets after a group no
    public body's word names on that line."""
    if not _PRESIDENT.match(text, role_start):
        return False
    line_start = text.rfind("\n", 0, role_start) + 1
    before = text[line_start:role_start]
    if _AT_HOME.search(before):
        return True
    opened = _BRACKET_OPEN.search(before)
    return opened is not None and opened.start() > 0 and not _PUBLIC_OWNER.search(before[:opened.start()])


class FrPublicOfficialRecognizer(FrNameRecognizerBase):
    """"Le Maire, Jean DUPONT", "Mme Claire Martin, présidente", "M. Paul Durand, conseiller
    rapporteur", "le préfet de l'Hérault, M. X": a name acting in a public function. Reported as
    PUBLIC_OFFICIAL with a score above the person recognizers, so that the policy (not the
    detector) decides whether it stays in clear; "adjoint technique" and other grades are not
    functions and do not match.

    Legal basis: CRPA L.311-6 protects private life, not the name and quality of an agent acting in
    their function (CADA); CGCT L.2121-25 (publication of délibérations).
    """

    ENTITIES: ClassVar[list[str]] = ["PUBLIC_OFFICIAL"]

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _ROLE_THEN_NAME.finditer(text):
            private = _PRIVATE_BODY.search(text, m.start(), m.start("name"))
            if (not private and not _president_of_a_private_body(text, m.start())
                    and not _private_president_before(text, m.start())):
                yield m.start("name"), m.end("name"), 0.95, "PUBLIC_OFFICIAL"
        for m in _NAME_THEN_ROLE.finditer(text):
            if (not _private_title(text, m.end()) and not _president_of_a_private_body(text, m.start("role"))
                    and not _bracketed_private_president(text, m.start(), m.start("role"))):
                yield m.start("name"), m.end("name"), 0.95, "PUBLIC_OFFICIAL"
