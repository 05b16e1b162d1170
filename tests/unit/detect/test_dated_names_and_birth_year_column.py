"""A date in brackets right after a person's name is theirs (a register's notice: "Jeanne Pineau
(19 janvier)"; dev10 p45), and the name too when no one found it; a "Né(e)" column of a table of
persons holds their birth years (dev10 p05, a race's results)."""

from __future__ import annotations

import pytest
from aiguillage.detect.columns import typed_columns
from aiguillage.detect.related import dated_names
from aiguillage.records import Finding


def _person(text: str, name: str) -> Finding:
    s = text.index(name)
    return Finding("PERSON", s, s + len(name), 0.85, "SpacyRecognizer")


@pytest.mark.parametrize("text,name,date", [
    ("Naissances : Timothée Bazin (03/02/2026), puis d'autres.", "Timothée Bazin", "03/02/2026"),
    ("Décès : Odette Marchal (5 mars), 91 ans.", "Odette Marchal", "5 mars"),
    ("Mariage de Noé Lambert et Inès Caron (14 juin 2025).", "Inès Caron", "14 juin 2025"),
])
def test_a_date_after_a_found_name(text: str, name: str, date: str) -> None:
    out = dated_names(text, [_person(text, name)])
    assert [(f.entity_type, text[f.start:f.end]) for f in out] == [("DATE_OF_BIRTH", date)]


def test_an_unfound_name_before_its_date_is_a_person_too() -> None:
    text = "Naissances : Eylül Demir (12.01.2026), Kenji Moreau (2 mars)."
    got = sorted((f.entity_type, text[f.start:f.end]) for f in dated_names(text, []))
    assert got == [("DATE_OF_BIRTH", "12.01.2026"), ("DATE_OF_BIRTH", "2 mars"),
                   ("PERSON", "Eylül Demir"), ("PERSON", "Kenji Moreau")]


@pytest.mark.parametrize("text", ["Séance du Conseil Municipal (3 avril 2026).",
                                  "Fête Nationale (14 juillet)", "Marché Couvert (12/05/2026) fermé"])
def test_a_dated_event_is_nobody(text: str) -> None:
    assert dated_names(text, []) == []


def test_a_born_column_of_a_table_of_persons_holds_birth_years() -> None:
    text = ("Rang  Nom Prénom              Né(e)  Club\n"
            "1     GARNIER Luc             1987   AC Brive\n"
            "2     MOREL Anaïs             2001   individuel\n"
            "3     BESSON Paul             1969   US Tulle\n")
    found = [_person(text, n) for n in ("GARNIER Luc", "MOREL Anaïs", "BESSON Paul")]
    typed = typed_columns(text, found)
    years = sorted(text[f.start:f.end] for f in typed if f.entity_type == "DATE_OF_BIRTH")
    assert years == ["1969", "1987", "2001"]
