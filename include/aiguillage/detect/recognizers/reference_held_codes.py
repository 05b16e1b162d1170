"""Codes a foreigner's file gives a person with no "n°" before them: the electronic tax stamp paid
for their title ("taxe acquittée par timbre électronique 8841 2207 5530 1986"), the confirmation
code of their appointment ("Code de confirmation : RDV76-K7P2Q"), the mail box of their postal
domiciliation under a "Boîte" column ("BL-0412")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from aiguillage.detect.recognizers._base import LANGUAGE

_S = r"[ \u00a0]"
# a stamp bought for one person's title: "timbre électronique", "timbre fiscal (dématérialisé)"
_STAMP = regex.compile(
    rf"(?i)(?<![\w])timbres?{_S}+(?:fiscal{_S}+)?(?:[ée]lectronique|d[ée]mat[ée]rialis[ée]|fiscal|ofii)"
    rf"(?:{_S}+(?:n[°o]|num[ée]ro))?{_S}*:?{_S}*"
    rf"(?P<code>\d{{4}}(?:{_S}?\d{{4}}){{2,3}}|\d{{12,16}})(?!\d)")
# the code confirming a person's appointment or booking: letters and digits, two digits at least
_CONFIRMATION = regex.compile(
    rf"(?i)(?<![\w])(?:code|num[ée]ro|n[°o]|r[ée]f[ée]rence){_S}+(?:de{_S}+)?"
    rf"(?:confirmation|r[ée]servation|rendez-vous|rdv|convocation){_S}*:?{_S}*"
    rf"(?P<code>(?-i:[A-Z0-9]+(?:[-/][A-Z0-9]+)*))(?![\w])")
# a column of a register of domiciliations: the person's mail box
_BOX_HEADER = regex.compile(r"(?i)^(?:bo[îi]te(?:s)?(?:\s+(?:postale|aux\s+lettres|n[°o]))?|n[°o]\s+(?:de\s+)?bo[îi]te)$")  # noqa: E501
_BOX_CODE = regex.compile(r"^(?=[^\d]*\d[^\d]*\d)[A-Z0-9]{1,6}(?:[-/ ][A-Z0-9]{1,6}){0,2}$")
SCORE = 0.8


def _codes(text: str) -> Iterable[tuple[int, int]]:
    for rx in (_STAMP, _CONFIRMATION):
        for m in rx.finditer(text):
            code = m.group("code")
            if sum(c.isdigit() for c in code) >= 2 and len(code) >= 5:
                yield m.start("code"), m.end("code")
    yield from _box_column(text)


def _box_column(text: str) -> Iterable[tuple[int, int]]:
    col, width = -1, 0
    for line in regex.finditer(r"(?m)^.*$", text):
        cells = line.group().split("\t")
        if len(cells) < 2:
            col, width = -1, 0
            continue
        header = [j for j, c in enumerate(cells) if _BOX_HEADER.match(c.strip())]
        if header:
            col, width = header[0], len(cells)
            continue
        if col < 0 or len(cells) != width:
            continue
        pos = line.start() + sum(len(c) + 1 for c in cells[:col])
        cell = cells[col]
        v = cell.strip()
        if _BOX_CODE.match(v):
            s = pos + len(cell) - len(cell.lstrip())
            yield s, s + len(v)


class FrHeldCodeRecognizer(EntityRecognizer):
    """A stamp's, an appointment's or a mail box's code held by one person (module docstring). Not
    a stamp's price ("timbre fiscal de 225 €"), nor a code without digits ("Code de confirmation :
    ABSENT"), nor a "Boîte" column of a furniture list without digits ("carton").

    Legal basis: RGPD art. 4(1): a number held by one person points to that person.
    """

    ENTITIES: ClassVar[list[str]] = ["PERSONAL_REFERENCE"]

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), supported_language=LANGUAGE,
                         name=type(self).__name__)

    def load(self) -> None:
        """Nothing to load: the patterns are module constants."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        if entities and "PERSONAL_REFERENCE" not in entities:
            return []
        name = str(getattr(self, "name", type(self).__name__))
        out: list[RecognizerResult] = []
        for s, e in _codes(text):
            why = AnalysisExplanation(recognizer=name, original_score=SCORE,
                                      textual_explanation="a code held by one person")
            meta = {RecognizerResult.RECOGNIZER_NAME_KEY: name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
            out.append(RecognizerResult("PERSONAL_REFERENCE", s, e, SCORE, analysis_explanation=why,
                                        recognition_metadata=meta))
        return out
