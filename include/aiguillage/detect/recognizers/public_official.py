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
    rf"(?:{CIVILITY}[ \u00a0]+)?(?P<name>{NAME_SEQ})[ \u00a0]*,[ \u00a0]*{OFFICIAL_ROLES}(?![\w])")


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
            if not _PRIVATE_BODY.search(text, m.start(), m.start("name")):
                yield m.start("name"), m.end("name"), 0.95, "PUBLIC_OFFICIAL"
        for m in _NAME_THEN_ROLE.finditer(text):
            if not _private_title(text, m.end()):
                yield m.start("name"), m.end("name"), 0.95, "PUBLIC_OFFICIAL"
