"""Form fields printed with dot leaders: a screen copy or a printed record card joins each label
to its value with a run of dots ("Nom ..................... POPESCU-IONESCU", "Date de naissance
....... 13.12.1975", "Adresse ........ Le Grand Breuil, 86340 Nieuil-l'Espoir"), with no colon.
The labels and the entity of their values are :mod:`form_fields`' own.

And the address fields of a foreigner's file, which say where rather than whose ("Adresse à
l'étranger : Cité 500 logements, bloc 12 n° 4, Aïn Oulmene 19300, Sétif", "Adresse au pays :",
"Adresse en France :", "Adresse en Ukraine :", "Adresse précédente ......"), and the country of a
birth as its own field on the birth's line ("Né(e) le : … à : Sétif   Pays : Algérie"), a date of
birth "déclarée" or "présumée", and the name opening a field of relatives ("Membres de famille
rattachés : Mehret Tesfay, fille, …").

Legal basis: RGPD art. 4(1) (directly or indirectly identifying data).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from aiguillage.detect.recognizers._base import LANGUAGE
from aiguillage.detect.recognizers.form_fields import _BIRTH_BEFORE, _LABEL, _entity, _value, _vehicle_codes
from aiguillage.detect.recognizers.names import looks_like_words

# a label opening a line (or a cell), a run of three dots at least (or of "…"), perhaps a colon
_LEADER_FIELD = regex.compile(
    rf"(?im)^[ \t]*(?:{_LABEL})[ \u00a0]*(?:\.{{3,}}|…+)[.…]*[ \u00a0]*:?[ \u00a0]*(?=\S)")
# a line that joins a label to its value with dot leaders: "Sexe .......... M" (any label)
LEADER_LINE = regex.compile(r"(?m)^[ \t]*\S+(?:[ \u00a0]+\S+){0,3}?[ \u00a0]*(?:\.{3,}|…+)")
# an address field named by where or when the address is: abroad, in the home country, in a named
# country, the previous one
# (and where the person is housed: "Hébergement : Hôtel Formule Eco, chambre 27, 4 rue de l'Ourcq")
_WHERE_ADDRESS = regex.compile(
    r"(?im)(?:^|(?<=[\s;|(]))(?:adresse(?:\s+(?:postale|personnelle|compl[èe]te))?\s+"
    r"(?:[àa]\s+l['’]\s*[ée]tranger|au\s+pays(?:\s+d['’]origine)?|dans\s+le\s+pays\s+d['’]origine"
    r"|hors\s+de\s+France|en\s+\p{Lu}[\p{L}'’-]+|au\s+\p{Lu}[\p{L}'’-]+|aux\s+\p{Lu}[\p{L}'’-]+"
    r"|actuelle|pr[ée]c[ée]dente|ant[ée]rieure|ancienne|habituelle)"
    r"|(?:lieu\s+d['’]\s*)?h[ée]bergement(?:\s+actuel)?|h[ée]berg[ée]\(?e?\)?e?\s+(?:[àa]|chez|au))"
    r"[ \u00a0]*(?::|：|\.{3,}[.…]*[ \u00a0]*:?|…+[ \u00a0]*:?)[ \u00a0]*(?=\S)")
# (a full stop after a word of three letters at least that is no abbreviation: "av. J. Kennedy", "Rés.
# Les Pins" go on)
# the country of a birth written as its own field after the date and the place of birth ("Né(e) le :
# 03/11/1979   à : Sétif   Pays : Algérie")
_BIRTH_COUNTRY = regex.compile(r"(?i)(?<=[\s;|])pays[ \u00a0]*[:：][ \u00a0]*(?=\S)")
# a date of birth as the file records it when no paper proves it ("Date de naissance déclarée :
# 01/01/2001", "présumée", "estimée")
_DECLARED_BIRTH = regex.compile(
    r"(?i)(?<![\w])date[ \u00a0]+de[ \u00a0]+naissance[ \u00a0]+(?:d[ée]clar[ée]e|pr[ée]sum[ée]e|suppos[ée]e|estim[ée]e"  # noqa: E501
    r"|approximative|r[ée]elle|officielle|retenue)[ \u00a0]*[:：][ \u00a0]*(?=\S)")
# the relatives a file lists after a label: the name that opens the value ("Membres de famille
# rattachés : Mehret Tesfay, fille, née le …", "Accompagné(e) de : Aya Diallo, sa fille")
_RELATIVES = regex.compile(
    r"(?i)(?<![\w])(?:membres?[ \u00a0]+de[ \u00a0]+(?:la[ \u00a0]+)?famille(?:[ \u00a0]+\p{Ll}+)?"
    r"|enfants?(?:[ \u00a0]+mineurs?)?(?:[ \u00a0]+(?:rattach|accompagn|concern)\p{Ll}*)?"
    r"|accompagn[ée]\(?e?\)?e?s?[ \u00a0]+de|ayants?[ \u00a0]+droit)[ \u00a0]*[:：][ \u00a0]*(?=\S)")
_LEAD_NAME = regex.compile(r"(?:\p{Lu}[\p{L}'’-]+)(?:[ \u00a0]+(?:\p{Lu}[\p{L}'’-]+)){0,3}")
_ADDRESS_END = regex.compile(
    r"(?<=\p{L}{3}|\d)(?<!(?i:(?<![\p{L}])(?:r[ée]s|b[âa]t|esc|apt|appt|imp|all|chem|rte|fbg|lot|str|sq|ste"
    r"|mah|cad|sok|blvd|bld|ave|apt)))\.[ \u00a0]+(?=\p{Lu}\p{Ll})|[ \u00a0]*\((?=[ \u00a0]*\p{Ll})")
SCORE = 0.9


def leader_values(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, entity) of the value of each known label joined to it by dot leaders, and of
    each address field named by where the address is."""
    for m in _WHERE_ADDRESS.finditer(text):
        span = _value(text, m.end(), "FR_ADDRESS")
        if span is None:
            continue
        # the address ends with its sentence and before a remark in brackets ("(dispositif HUDA)");
        # a country in brackets is part of it ("Sétif (Algérie)")
        cut = _ADDRESS_END.search(text, span[0], span[1])
        end = cut.start() if cut else span[1]
        close = text.find(")", span[0], end)
        if close >= 0 and "(" not in text[span[0]:close]:
            end = close  # the field was itself in brackets: "(adresse en Pologne : chez M. X, …)"
        value = text[span[0]:end]
        if end > span[0] and (any(c.isdigit() for c in value) or not looks_like_words(value)):
            yield span[0], end, "FR_ADDRESS"  # not "inconnue", "en cours de recherche"
    for m in _BIRTH_COUNTRY.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _BIRTH_BEFORE.search(text, line_start, m.start()):  # not "Pays : France" of an address
            span = _value(text, m.end(), "LOCATION")
            if span is not None:
                yield span[0], span[1], "LOCATION"
    for m in _DECLARED_BIRTH.finditer(text):
        span = _value(text, m.end(), "DATE_OF_BIRTH")
        if span is not None:
            e = span[1]
            while e > span[0] and text[e - 1] in " \u00a0—–-":
                e -= 1  # "01/01/2001 — Lieu : …"
            yield span[0], e, "DATE_OF_BIRTH"
    for m in _RELATIVES.finditer(text):
        lead = _LEAD_NAME.match(text, m.end())
        if lead is not None and not looks_like_words(lead.group()):  # not "Néant", "Aucun"
            yield lead.start(), lead.end(), "PERSON"
    if "..." not in text and "…" not in text:
        return
    for m in _LEADER_FIELD.finditer(text):
        entity = _entity(m)
        if entity in ("TOWN", "BIRTH_LIEU"):
            continue  # "Commune ....... Brest", "Lieu ....... salle": whose, the line does not say
        span = _value(text, m.end(), entity)
        if span is None:
            continue
        if entity == "VEHICLE":
            yield from _vehicle_codes(text, *span)
        else:
            yield span[0], span[1], entity


class FrLeaderFieldRecognizer(EntityRecognizer):
    """Values of form fields joined to their label by dot leaders (see module docstring)."""

    ENTITIES: ClassVar[list[str]] = ["DATE_OF_BIRTH", "LOCATION", "PERSON", "FR_ADDRESS", "CADASTRE",
                                     "PHONE_NUMBER", "EMAIL_ADDRESS", "FR_CAF_NUMBER", "FR_LICENSE_PLATE",
                                     "FR_NIR", "PERSONAL_REFERENCE", "IBAN_CODE"]

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), supported_language=LANGUAGE,
                         name=type(self).__name__)

    def load(self) -> None:
        """Nothing to load: the labels are :mod:`form_fields`' constants."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        name = str(getattr(self, "name", type(self).__name__))
        out: list[RecognizerResult] = []
        for s, e, entity in leader_values(text):
            if entities and entity not in entities:
                continue
            why = AnalysisExplanation(recognizer=name, original_score=SCORE,
                                      textual_explanation="value of a form field after dot leaders")
            meta = {RecognizerResult.RECOGNIZER_NAME_KEY: name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
            out.append(RecognizerResult(entity, s, e, SCORE, analysis_explanation=why,
                                        recognition_metadata=meta))
        return out
