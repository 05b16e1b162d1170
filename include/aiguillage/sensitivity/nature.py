"""Documents sensitive by nature: a procès-verbal d'audition, a certificat médical, an arrêté placing
an agent on sick leave, an enquête sociale, an information préoccupante… recognised from their
title: the first lines of the document (or a title part), not a reference to such an act ("Vu le
certificat médical du …")."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from aiguillage.records import Extraction
from aiguillage.sensitivity.vocabulary import fold, load_yaml

TITLE_LINES = 8
TITLE_CHARS = 160  # a title line is short
TITLE_LEAD = 4  # a long line names the document at its start, or after a label ("Objet : …")
REFERENCE = regex.compile(r"^\s*(?:vu|considerant|sur|conformement|en application|apres avis)\b")
# A label that names the document it heads ("Objet : …", "PJ : …"), not a line of a list ("Majeurs :
# certificat médical de non contre-indication valable trois ans" on a club's page).
DOCUMENT_LABEL = regex.compile(
    r"(?:^|[\s(])(?:objet(?: (?:du|de la|de l.|des) [a-z]+)?|object|titre|intitule|document|"
    r"nature(?: du document)?|type(?: de document| d.acte)?|pieces? jointes?|p\.?\s?j\.?|annexes?(?: \d+)?|"
    r"concerne|references?|ref\.?|sujet|subject|re|tr|fwd?|motif)"
    r"\s*:$",
    regex.I,
)


# A title about the topic, not the document itself: "Certificat médical : ce qui change", "Arrêt
# maladie — mode d'emploi", "Casier judiciaire : vos questions" (a page for anyone).
TOPIC_TAIL = regex.compile(
    r"\s*[:—–-]\s*(?:ce qui change|ce qu.il faut savoir|mode d.emploi|"
    r"(?:les |vos )?(?:questions|droits|demarches)\b|(?:les )?(?:nouvelles )?regles\b|faq\b|"
    r"bon a savoir|a savoir|comment\b|pourquoi\b|nouveautes?\b)"
)


@dataclass(frozen=True, slots=True)
class NatureHit:
    kind: str
    category: str
    start: int
    end: int


@dataclass(frozen=True)
class NatureRules:
    kinds: tuple[tuple[str, str, regex.Pattern[str]], ...]

    @classmethod
    def load(cls) -> NatureRules:
        spec = load_yaml("nature.yaml")
        return cls(
            tuple((str(k["id"]), str(k["category"]), regex.compile(str(k["pattern"]))) for k in spec["kinds"])
        )


def find_nature(extraction: Extraction, rules: NatureRules) -> list[NatureHit]:
    text = extraction.text
    candidates: list[tuple[int, str]] = []
    for start, end, part in extraction.part_spans():
        if part.kind == "title":
            candidates.append((start, text[start:end]))
    pos, taken = 0, 0
    previous: tuple[int, str] | None = None
    for line in text.split("\n"):
        if line.strip() and taken < TITLE_LINES:
            candidates.append((pos, line))
            if previous is not None and line.strip()[:1].islower():
                # a title wrapped on two lines: "ARRÊTÉ N° 88" / "portant sanction disciplinaire"
                candidates.append((previous[0], previous[1] + " " + line))
            previous = (pos, line)
            taken += 1
        else:
            previous = None
        pos += len(line) + 1
        if taken >= TITLE_LINES:
            break
    hits: list[NatureHit] = []
    seen: set[str] = set()
    for off, line in candidates:
        folded = fold(line)
        if len(folded) != len(line) or REFERENCE.match(folded):
            continue
        if len(folded.strip()) > TITLE_CHARS or "?" in folded:  # a question names no document
            continue  # a paragraph that mentions such a document is no title
        for kind, category, rx in rules.kinds:
            m = rx.search(folded.strip() if rx.pattern.startswith("^") else folded)
            tail = (folded.strip() if rx.pattern.startswith("^") else folded)[m.end() :] if m else ""
            if (
                m
                and kind not in seen
                and _title_like(line, folded[: m.start()].strip())
                and not TOPIC_TAIL.match(tail)
            ):
                seen.add(kind)
                shift = len(folded) - len(folded.lstrip()) if rx.pattern.startswith("^") else 0
                hits.append(NatureHit(kind, category, off + shift + m.start(), off + shift + m.end()))
    return hits


def _title_like(line: str, lead: str) -> bool:
    """A title: in capitals, or opened by the document's name or by a label ("Objet : …")."""
    stripped = line.strip()
    letters = [c for c in stripped if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.8 * len(letters):
        return True
    if stripped[:1].islower():
        return False  # the continuation of a wrapped paragraph
    if len(lead) <= TITLE_LEAD or DOCUMENT_LABEL.search(lead):
        return True
    # or after its issuer in capitals and a dash: "COMMUNE DE X – Compte rendu d'entretien professionnel"
    head = [c for c in regex.split(r"[–—|]", stripped, maxsplit=1)[0] if c.isalpha()]
    return lead.endswith(("–", "—", "|")) and bool(head) and all(c.isupper() for c in head)
