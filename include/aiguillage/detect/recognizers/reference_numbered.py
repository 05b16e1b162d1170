"""Short or thousands-grouped numbers right after the label of something a person holds
("matricule 45871", "Abonné n° 45 789", "numéro client : 4 512 774 018")."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from aiguillage.detect.recognizers.reference import (
    _ACT,
    _AFTER_UNIT,
    _CLAUSE_START,
    _CODE,
    _HELD,
    _NUMBERING,
    FrPersonalReferenceRecognizer,
    code_shape,
    labelled,
)

# four or five digits (no year), or digits grouped by thousands as an amount is written
# or capitals then digits in groups ("MRH 884 102 557": an insurance contract)
_NUMBER = regex.compile(r"(?<![\w.,/-])(?:\d{1,3}(?:[ \u00a0.]\d{3}){1,3}|(?!(?:19|20)\d{2}(?!\d))\d{4,5}"
                        r"|[A-Z]{1,4}[ \u00a0]\d{2,4}(?:[ \u00a0]\d{2,4}){1,4})"
                        r"(?![\w]|[.,/-]\d)")
_S = r"[ \u00a0]"
# the label right before the number: "n° client :", "numéro d'abonné", "Abonné n°", "matricule"
_LABEL_END = regex.compile(
    rf"(?:(?:{_NUMBERING.pattern})(?:{_S}+(?:d['’]|de{_S}+)?(?:{_HELD.pattern}))?"
    rf"|(?:{_HELD.pattern})(?:{_S}+[\w'’]+){{0,2}}{_S}+(?:{_NUMBERING.pattern})"
    rf"|(?i:matricule|identifiant|brassards?(?:{_S}+n[°o])?)){_S}*:?{_S}*$")
# a cheque's number: the payer's bank account leads to them
_CHEQUE_END = regex.compile(rf"(?i)(?<![\w])ch[èe]ques?(?:{_S}+(?:n[°o]|num[ée]ro))?{_S}*:?{_S}*$")
# "mon numéro de compte usager sur le portail est le USR-76-00981": the number said with a copula
_COPULA_END = regex.compile(rf"(?i)(?<![\w])(?:est|sont|c['’]est){_S}+(?:le|la|l['’])?{_S}*:?{_S}*$")


class FrNumberedReferenceRecognizer(FrPersonalReferenceRecognizer):
    """A number of four or five digits (not a year) or grouped by thousands ("45 789", "4 512 774
    018") right after the label of a person's number: a numbering word with the thing held ("n°
    client", "numéro d'abonné", "Abonné n°") or "matricule". An amount is never written after such
    a label; one followed by a unit ("€", "ha", "habitants") is no number of anyone, nor is the
    number of an act or a public register when the act is the noun nearest the number ("délibération
    n° 45 789"). The longer codes are :class:`FrPersonalReferenceRecognizer`'s, except one said
    with a copula after its numbering word ("mon numéro de compte usager … est le USR-76-00981").

    Legal basis: RGPD art. 4(1): a subscriber's, member's or agent's number leads to its holder.
    """

    def find(self, text: str) -> Iterable[tuple[int, int]]:
        for m in _NUMBER.finditer(text):
            if _AFTER_UNIT.match(text, m.end()):
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            clause_start = max(line_start, m.start() - 60)
            for c in _CLAUSE_START.finditer(text, clause_start, m.start()):
                clause_start = c.end()
            prefix = text[clause_start:m.start()]
            if (_LABEL_END.search(prefix) and labelled(prefix)) or _CHEQUE_END.search(prefix):
                yield m.start(), m.end()
        for m in _CODE.finditer(text):
            code = m.group().rstrip("._-/")
            if not code_shape(code):
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            clause_start = line_start
            for c in _CLAUSE_START.finditer(text, line_start, m.start()):
                clause_start = c.end()
            prefix = text[clause_start:m.start()]
            if (_COPULA_END.search(prefix) and _NUMBERING.search(prefix)
                    and not _ACT.search(prefix)):
                yield m.start(), m.start() + len(code)
