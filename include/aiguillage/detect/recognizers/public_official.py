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
        for rx in (_ROLE_THEN_NAME, _NAME_THEN_ROLE):
            for m in rx.finditer(text):
                yield m.start("name"), m.end("name"), 0.95, "PUBLIC_OFFICIAL"
