"""``generalize``: a quasi-identifier becomes the class it belongs to — "la seule pharmacienne du
village" → "une pharmacienne", "la fleuriste de la rue Centrale" → "une fleuriste", "l'ancien
patron du café du port" → "l'ancien patron d'un commerce":
the text still says what the person does, no longer which one they are."""

from __future__ import annotations

import re
from typing import Any, ClassVar

from aiguillage.anonymize.labels import label_for
from aiguillage.anonymize.operators.base import Operator
from aiguillage.anonymize.session import Session

_OF = r"(?:du|de\s+la|de\s+l['’]|des|d['’]|de\s+notre|de\s+ce|de\s+cette)"
# "(la) seule pharmacienne du village": the role without its uniqueness nor its place
_UNIQUE = re.compile(
    rf"(?i)^(?:(?P<art>la|le|l['’])\s*)?(?P<only>seule?s?|unique)\s+(?P<role>.+?)\s+{_OF}\s*\S.*$")
# "la fleuriste de la rue Centrale", "le taxi du village": a trade and the one place it is exercised
_TRADE_OF_PLACE = re.compile(
    rf"(?i)^(?P<art>la|le|l['’])\s*(?P<role>\S+)\s+{_OF}\s*(?:rue|place|avenue|route|grand['’]rue|village|bourg"
    r"|hameau|quartier|commune|canton|lotissement|immeuble|r[ée]sidence|cit[ée]|march[ée]|port|plage"
    r"|lieu-dit|coin|patelin)\b.*$")
# "l'ancien patron du café du port": the role, then any business
_OF_BUSINESS = re.compile(rf"(?i)^(?P<role>.+?)\s+{_OF}\s*\S.*$")


def generalized(value: str) -> str | None:
    """The generalisation of a quasi-identifier, or None when its shape is not one we know."""
    m = _UNIQUE.match(value.strip())
    if m:
        feminine = m.group("only").casefold().startswith("seule") or (m.group("art") or "").casefold() == "la"
        out = ("une " if feminine else "un ") + m.group("role")
    elif (t := _TRADE_OF_PLACE.match(value.strip())) is not None:
        art, role = t.group("art").casefold(), t.group("role")
        feminine = art == "la" or (art != "le" and role.casefold().endswith("e"))  # "l'institutrice"
        out = ("une " if feminine else "un ") + role
    else:
        m = _OF_BUSINESS.match(value.strip())
        if not m:
            return None
        out = m.group("role") + " d'un commerce"
    return out[:1].upper() + out[1:] if value[:1].isupper() else out


class Generalize(Operator):
    name: ClassVar[str] = "generalize"

    def apply(self, value: str, entity_type: str, spec: dict[str, Any], session: Session) -> str:
        return generalized(value) or f"[{label_for(entity_type)}]"
