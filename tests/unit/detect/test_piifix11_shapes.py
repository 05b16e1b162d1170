"""Shapes of the eleventh round (issue 20): the date of a wedding, a death or an anniversary; an
old person's year of life; an "@" written "(a)"; a date of birth in boxes whose walls were lost;
and forms laid out as label–value pairs in a table's rows, whose labels are no column of names."""

from __future__ import annotations

import pytest
from aiguillage.detect.columns import typed_columns
from aiguillage.detect.recognizers.age_more import FrAgeMoreRecognizer
from aiguillage.detect.recognizers.birth_date_more import FrBirthDateMoreRecognizer
from aiguillage.detect.recognizers.email_obfuscated import FrObfuscatedEmailRecognizer
from aiguillage.detect.recognizers.form_fields import field_values
from aiguillage.detect.recognizers.person_table import FrTableNameRecognizer
from aiguillage.records import Finding


def _found(rec: object, text: str, entity: str) -> list[str]:
    res = rec.analyze(text, entities=[entity], nlp_artifacts=None)  # type: ignore[attr-defined]
    return [text[r.start:r.end] for r in res if r.score >= 0.5]


@pytest.mark.parametrize("text,date", [
    ("Odette et Jean Vasseur, mariés le 3 septembre 1955 en l'église de Flers.", "3 septembre 1955"),
    ("les époux Caradec, unis le 14/02/1962, fêtent leurs noces", "14/02/1962"),
    ("Notre ancienne institutrice nous a quittés le samedi 7 mars 2026.", "7 mars 2026"),
    ("Mme Poirier s'est éteinte le onze janvier deux mille vingt-six", "onze janvier deux mille vingt-six"),
    ("M. Lacombe a fêté ses 102 ans le 5 mai 2026 à l'EHPAD.", "5 mai 2026"),
    ("Gisèle et Roger Pons, pacsés le 2.10.2003", "2.10.2003"),
])
def test_the_date_of_a_life_event_is_personal(text: str, date: str) -> None:
    assert date in _found(FrBirthDateMoreRecognizer(), text, "DATE_OF_BIRTH")


@pytest.mark.parametrize("text", [
    "Le conseil municipal s'est réuni le 3 mars 2026.",
    "Arrivés des États-Unis le 4 juillet 2025, les musiciens jouent ce soir.",
    "La commission a fêté le 5 mai 2026 la fin des travaux.",
])
def test_other_dates_are_not(text: str) -> None:
    assert _found(FrBirthDateMoreRecognizer(), text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize("text,age", [
    ("Mme Hortense Lagarde, entrée dans sa 104e année, reçoit le maire.", "104e année"),
    ("notre doyen, dans sa 98ème année, marche encore", "98ème année"),
    ("elle a fêté ses 90 printemps", "90 printemps"),
])
def test_a_year_of_old_age_is_an_age(text: str, age: str) -> None:
    assert age in _found(FrAgeMoreRecognizer(), text, "DATE_OF_BIRTH")


def test_a_young_bodys_year_is_not() -> None:
    text = "L'harmonie entre dans sa 12e année d'existence."
    assert _found(FrAgeMoreRecognizer(), text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize("text,mail", [
    ("Écrire à bernadette.roux(a)wanadoo.fr pour réserver", "bernadette.roux(a)wanadoo.fr"),
    ("contact : gite-lesaules [a] free.fr", "gite-lesaules [a] free.fr"),
    ("Renseignements : p.martin(à)laposte.net", "p.martin(à)laposte.net"),
])
def test_an_at_sign_written_a(text: str, mail: str) -> None:
    assert mail in _found(FrObfuscatedEmailRecognizer(), text, "EMAIL_ADDRESS")


def test_a_bracketed_letter_in_prose_is_no_at_sign() -> None:
    assert _found(FrObfuscatedEmailRecognizer(), "voir l'alinéa (a) du règlement", "EMAIL_ADDRESS") == []


@pytest.mark.parametrize("text,value", [
    ("Date de naissance\t0 7 / 1 1 / 1 9 5 8\tLieu\tArras (62)", "0 7 / 1 1 / 1 9 5 8"),
    ("Né le : 2 9 . 0 4 . 1 9 8 1", "2 9 . 0 4 . 1 9 8 1"),
    ("Date de naissance : 1 5 0 6 2 0 0 2\nAdresse : 4 rue du Puits", "1 5 0 6 2 0 0 2"),
])
def test_a_date_in_boxes_without_walls(text: str, value: str) -> None:
    assert (value, "DATE_OF_BIRTH") in [(text[s:e], k) for s, e, k in field_values(text)]


_FORM = ("NOM\tLAMBERTIN\tPRÉNOM\tOdile\n"
         "Date de naissance\t04/09/1966\tLieu\tDouai (59)\n"
         "Adresse\t8, allée des Tilleuls\tCP / Ville\t59500 Douai\n"
         "Tél.\t06 71 22 48 90\tMail\todile.lambertin@orange.fr\n"
         "Pièce d'identité\tCNI n° 120659300112\tdélivrée le\t02/03/2015\n")


def test_a_form_in_pairs_of_cells_has_no_column_of_names() -> None:
    found = [_FORM[s:e] for s, e, *_ in FrTableNameRecognizer().find(_FORM)]
    assert not {"Date de naissance", "Adresse", "Tél.", "Lieu", "Mail", "Pièce d'identité"} & set(found)


def test_a_form_in_pairs_of_cells_reads_each_pair() -> None:
    values = {(_FORM[s:e], k) for s, e, k in field_values(_FORM)}
    assert ("04/09/1966", "DATE_OF_BIRTH") in values
    assert not any(v in ("Pièce d'identité", "délivrée le") for v, _ in values)


def test_a_table_header_still_heads_its_columns() -> None:
    text = "Nom\tPrénom\tAdresse\nDURAND\tLise\t3 rue Haute\nMOREAU\tPaul\t5 rue Basse\n"
    found = [text[s:e] for s, e, *_ in FrTableNameRecognizer().find(text)]
    assert "DURAND" in found and "Lise" in found


def test_a_replaced_form_is_no_table_of_names() -> None:
    # the verifier's view of such a form once its values are replaced: the labels of the first
    # column are no names under a "Nom" header
    text = ("Nom\t[PERSONNE_1]\tPrénom\t[PERSONNE_2]\n"
            "Née le\t[DATE_NAISSANCE_1]\tà\t[LIEU_1]\n"
            "N° adhérent\t[REFERENCE_1]\tStatut\tretraitée\n"
            "Téléphone\t[TELEPHONE_1]\tCourriel\t[COURRIEL_1]\n")
    typed = {text[f.start:f.end] for f in typed_columns(text, [])}
    assert not {"Née le", "N° adhérent", "Téléphone", "Statut", "Courriel"} & typed


def test_a_named_header_over_values_still_types_them() -> None:
    text = "Nom\tQualité\tVoix\nDURAND Lise\tsuppléante\t12\nMOREAU Paul\ttitulaire\t9\n"
    typed = typed_columns(text, [Finding("PERSON", 0, 0, 0.1, "x")])
    assert "DURAND Lise" in {text[f.start:f.end] for f in typed}
