"""The SIRET or SIREN of a public body is no one's personal data.

A SIRET is anonymized because a sole trader's is their own (RGPD art. 4(1)). The numbers INSEE
gives to legal persons of public law — communes, syndicates of communes, établissements publics,
départements, regions — begin with a 2 ("217 500 016" is Paris's SIREN, "200 074 128" a
syndicate's): a utility's own SIRET in its letterhead or its legal notice ("SIEAD du
Haut-Vivarais, SIRET 200 074 128 00014", "Entre la Ville d'Annonay (SIRET 210 700 106 00019)") names
the body and must stay in a published document. Both are required: a public body named just before
the number on its line (no person, no sole trader between), and the number's first digit.

Legal basis: RGPD recital 14 (legal persons' data are not personal data).
"""

from __future__ import annotations

import regex

from aiguillage.records import Finding

_TYPES = frozenset({"FR_SIRET", "FR_SIREN"})
# a public body's name before its number
_BODY = regex.compile(
    r"(?i)(?<![\w])(?:ville|commune|mairie|syndicat|sivom|sivu|siea[d]?|smictom|sictom|communaut[ée]"
    r"|m[ée]tropole|agglom[ée]ration|d[ée]partement|conseil[ \u00a0]+d[ée]partemental|r[ée]gion"
    r"|pr[ée]fecture|[ée]tablissement[ \u00a0]+public|epci|ccas|cias|office[ \u00a0]+public|r[ée]gie"
    r"|tr[ée]sor[ \u00a0]+public|centre[ \u00a0]+hospitalier|chu)(?![\w])")
# what makes the number a person's between the body and it: a civility, a trade of one's own
_PERSON_BETWEEN = regex.compile(
    r"(?i)(?<![\w])(?:M\.|Mme|Mlle|monsieur|madame|n[ée]e?|entrepreneu(?:r|se)|individuel(?:le)?|ei|"
    r"micro-entrepreneur|auto-entrepreneur|exploitant|exploitante|artisan|g[ée]rant|g[ée]rante|demeurant"
    r"|domicili[ée]e?)(?![\w])|\b(?:et|représentée?[ \u00a0]+par)\b")
WINDOW = 80


def public_body_number(text: str, f: Finding) -> bool:
    """Whether ``f`` is a SIRET or SIREN of a public body (module docstring)."""
    if f.entity_type not in _TYPES:
        return False
    digits = [c for c in text[f.start:f.end] if c.isdigit()]
    if not digits or digits[0] != "2":
        return False
    line_start = text.rfind("\n", 0, f.start) + 1
    before = text[max(line_start, f.start - WINDOW):f.start]
    bodies = list(_BODY.finditer(before))
    if not bodies:
        return False
    return not _PERSON_BETWEEN.search(before, bodies[-1].end())
