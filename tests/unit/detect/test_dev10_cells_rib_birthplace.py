"""dev10's false alarms and real residuals, by shape: a street's name stops at a column's gap ("14
r. Conti      CNI n° …"); a word glued to digits is no place's word ("… La Roche-Aubry FR76 …");
a place's capitalised article opening a cell goes with it; a RIB on one line, proven by its key;
"à :" beside a date of birth."""

from __future__ import annotations

import pytest
from aiguillage.detect import validators
from aiguillage.detect.engine import _with_article
from aiguillage.detect.recognizers.address import FrAddressRecognizer
from aiguillage.detect.recognizers.form_fields import FrFormFieldRecognizer
from aiguillage.detect.recognizers.iban import FrIbanRecognizer
from aiguillage.records import Finding
from aiguillage.verify import strict_sweep


def _found(rec: object, text: str, entity: str) -> list[str]:
    res = rec.analyze(text, entities=[entity], nlp_artifacts=None)  # type: ignore[attr-defined]
    return sorted(text[r.start:r.end] for r in res if r.score >= 0.4)


@pytest.mark.parametrize("row,street", [
    ("3   MARTY Paul      8 bd Gambetta                  passeport 19FV58213", "8 bd Gambetta"),
    ("4   ROS Inès        av. Foch                       Permis B", "av. Foch"),
    ("5   VIDAL Luc       Calle Real 4, 30001 Murcia          NIE X1234567L", "Calle Real 4, 30001 Murcia"),
])
def test_a_streets_name_stops_at_a_gap(row: str, street: str) -> None:
    assert street in _found(FrAddressRecognizer(), row, "FR_ADDRESS")


def test_a_word_glued_to_digits_is_no_word_of_a_place() -> None:
    text = "Les Prés, lieu-dit La Croix-Blanche FR76 3000 4017 2800 0123 4567 824"
    assert "lieu-dit La Croix-Blanche" in _found(FrAddressRecognizer(), text, "FR_ADDRESS")


@pytest.mark.parametrize("text,place,whole", [
    ("Dupont\tLes Hauts du Lac, 74000 Annecy", "Hauts du Lac", "Les Hauts du Lac"),
    ("VIDAL Luc    La Ferté-Vidame     06 …", "Ferté-Vidame", "La Ferté-Vidame"),
    ("domicile : L'Écluse du Moulin", "Écluse du Moulin", "L'Écluse du Moulin"),
])
def test_a_places_article_opening_a_cell_goes_with_it(text: str, place: str, whole: str) -> None:
    s = text.index(place)
    f = _with_article(text, Finding("LOCATION", s, s + len(place), 0.85, "SpacyRecognizer"))
    assert text[f.start:f.end] == whole


def test_an_article_inside_a_sentence_stays() -> None:
    text = "il a visité la Bretagne"
    s = text.index("Bretagne")
    f = Finding("LOCATION", s, s + 8, 0.85, "SpacyRecognizer")
    assert _with_article(text, f) == f


@pytest.mark.parametrize("rib,ok", [
    ("13807 00812 32021978546 64", True),
    ("30004 01728 00012345678 24", validators.rib_is_valid("30004 01728 00012345678 24")),
    ("13807 00812 32021978546 65", False),
])
def test_rib_key(rib: str, ok: bool) -> None:
    assert validators.rib_is_valid(rib) is ok


def test_a_rib_on_one_line_is_found_and_swept() -> None:
    text = "prélevé sur le compte de M. X, RIB 13807 00812 32021978546 64, chaque mois"
    assert "13807 00812 32021978546 64" in _found(FrIbanRecognizer(), text, "IBAN_CODE")
    assert [text[f.start:f.end] for f in strict_sweep(text)] == ["13807 00812 32021978546 64"]
    wrong = text.replace(" 64,", " 65,")
    assert _found(FrIbanRecognizer(), wrong, "IBAN_CODE") == [] and strict_sweep(wrong) == []


@pytest.mark.parametrize("line,place", [
    ("Né le : 12/11/1980      à : Oran (Algérie)", "Oran (Algérie)"),
    ("Date de naissance : 1er mai 1990   à : Quimperlé", "Quimperlé"),
])
def test_a_birth_places_field_beside_its_date(line: str, place: str) -> None:
    assert place in _found(FrFormFieldRecognizer(), line, "LOCATION")


def test_an_a_field_without_a_birth_is_nothing() -> None:
    assert _found(FrFormFieldRecognizer(), "Catégorie      à : compléter", "LOCATION") == []
