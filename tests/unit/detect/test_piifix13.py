"""Shapes of the thirteenth fixer's branch (piifix13): a couple named after the event of their
family's life and the day of that event; a nickname after the name without quotation marks; a named
farm or house a person comes from, holds or lives at, after a bracket's apposition or in a table
aligned with spaces; a lieu-dit after a person's parcel, a place before its parcel; a person the
model read as a place, of a family of the document; a family named by a word ("Famille Grappe"); a
civility in capitals; the next child of a list with its age. Each with the look-alike that must
stay."""

from __future__ import annotations

import pytest
from aiguillage.detect.engine import _record_gap, _row, chained_places
from aiguillage.detect.recognizers.person_family import FrFamilyNameRecognizer
from aiguillage.detect.recognizers.person_nickname import FrNicknameRecognizer
from aiguillage.detect.recognizers.record_place import FrRecordPlaceRecognizer
from aiguillage.detect.related import event_dates
from aiguillage.records import Finding


def _found(rec: object, text: str, entity: str, least: float = 0.5) -> list[str]:
    res = rec.analyze(text, entities=[entity], nlp_artifacts=None)  # type: ignore[attr-defined]
    return [text[r.start:r.end] for r in res if r.score >= least]


def _person(text: str, name: str) -> Finding:
    start = text.index(name)
    return Finding("PERSON", start, start + len(name), 0.9, "FrCivilityNameRecognizer")


# ---- a couple after the event of their family's life, and its day ---------------------------------

@pytest.mark.parametrize("text,names", [
    ("40 Fi 3      Mariage Auclair - Lapalus, Hautefond, 14 juin 1947", ["Auclair", "Lapalus"]),
    ("Noces d'or Perrichon et Gaillard (1951)", ["Perrichon", "Gaillard"]),
    ("Baptême Rossi / BIANCHI, église Saint-Pierre", ["Rossi", "BIANCHI"]),
])
def test_a_couple_named_after_their_event(text: str, names: list[str]) -> None:
    assert sorted(_found(FrFamilyNameRecognizer(), text, "PERSON")) == sorted(names)


@pytest.mark.parametrize("text", [
    "Mariage Civil et Religieux : démarches en mairie",
    "Baptême Républicain - Mairie, salle du conseil",
    "le mariage pour tous - loi du 17 mai 2013",
])
def test_words_after_an_event_are_no_couple(text: str) -> None:
    assert _found(FrFamilyNameRecognizer(), text, "PERSON") == []


@pytest.mark.parametrize("text,names,date", [
    ("40 Fi 7   Mariage de Mlle Yvette Bonin et de M. René Ducroux, Charolles, samedi 3 avril 1948",
     ["Yvette Bonin", "René Ducroux"], "3 avril 1948"),
    ("Mariage Auclair - Lapalus, Hautefond, 14 juin 1947 (12 négatifs)", ["Auclair", "Lapalus"],
     "14 juin 1947"),
    ("Baptême de Léa Roux, le 2 mai 1961", ["Léa Roux"], "2 mai 1961"),
])
def test_the_day_of_a_family_event_told_with_its_persons(text: str, names: list[str], date: str) -> None:
    found = event_dates(text, [_person(text, n) for n in names])
    assert [(f.entity_type, text[f.start:f.end]) for f in found] == [("DATE_OF_BIRTH", date)]


@pytest.mark.parametrize("text,names", [
    ("Mariage civil, salle des fêtes, 3 mai 2026. Contact : M. Paul Roux", ["Paul Roux"]),
    ("Mariage de Mlle Yvette Bonin.\nSéance du 3 avril 1948", ["Yvette Bonin"]),
    ("Mariages célébrés en 2025 : 14 ; M. Paul Roux, officier d'état civil, 3 mai 2026", ["Paul Roux"]),
])
def test_no_person_between_the_event_and_the_date(text: str, names: list[str]) -> None:
    assert event_dates(text, [_person(text, n) for n in names]) == []


# ---- a nickname after the name -------------------------------------------------------------------

@pytest.mark.parametrize("text,nickname", [
    ("fille de Jean Guillemin dit le Rouge, vigneron", "le Rouge"),
    ("Pierrette Lhomme dite la Pierrotte, sage-femme", "la Pierrotte"),
    ("Jean-Marie Besson dit Lafleur signe au registre", "Lafleur"),
])
def test_a_nickname_after_the_name(text: str, nickname: str) -> None:
    assert _found(FrNicknameRecognizer(), text, "PERSON") == [nickname]


@pytest.mark.parametrize("text", [
    "M. Martin dit Merci à tous.", "Le Conseil dit le Droit.", "La rue dite Grande.",
    "au lieu dit Les Brosses",
])
def test_what_is_said_is_no_nickname(text: str) -> None:
    assert _found(FrNicknameRecognizer(), text, "PERSON") == []


# ---- named dwellings in a person's record --------------------------------------------------------

@pytest.mark.parametrize("gap", [
    " (frères, de la ", ", de la ", ", de l'", " (riveraine) ", ", vigneron, preneur du ",
    ", fermière de la ", ", locataire du ",
])
def test_a_records_gap_before_a_dwelling(gap: str) -> None:
    text = "Anatole Hazemann" + gap + "ferme du Donon"
    assert _record_gap(text, len("Anatole Hazemann"), len("Anatole Hazemann" + gap))


@pytest.mark.parametrize("gap,place", [
    (", de la ", "rue Pasteur"),             # "de la" only before a dwelling
    (", président de la ", "ferme du Donon"),  # a function of, no holding
    (" (voir le plan, page 3) ", "ferme du Donon"),
])
def test_no_records_gap(gap: str, place: str) -> None:
    text = "Anatole Hazemann" + gap + place
    assert not _record_gap(text, len("Anatole Hazemann"), len("Anatole Hazemann" + gap))


def test_a_place_ends_at_a_columns_gap() -> None:
    text = "Dr VIDAL-ARNAUD Pascale (riveraine) Les Granges Hautes            04.71.59.00.27      (signé)"
    assert "Les Granges Hautes" in _found(FrRecordPlaceRecognizer(), text, "FR_ADDRESS", 0.3)
    # one space is no column's gap: the words go on
    assert _found(FrRecordPlaceRecognizer(), "voir Les Granges Hautes de la commune", "FR_ADDRESS", 0.3) == []


def test_a_table_aligned_with_spaces_is_rows() -> None:
    line = "7   NOWAK Ewa        06/06/1988 à Łódź (Pologne)      Domaine de Saint-Martin, gîte 2     —   2"
    assert _row(line, line.index("Domaine"), line.index("Domaine") + 7) is not None
    prose = "Le domaine de Saint-Martin accueille, comme chaque année, la fête du village."
    assert _row(prose, 3, 10) is None


def test_a_place_after_a_persons_parcel() -> None:
    text = "M. Ahmed Boussaïd (ZR 50, Les Roches Blanches), informé"
    parcel = Finding("CADASTRE", text.index("ZR 50"), text.index("ZR 50") + 5, 0.85, "FrCadastreRecognizer")
    place = text.index("Les Roches")
    low = Finding("FR_ADDRESS", place, place + len("Les Roches Blanches"), 0.4, "FrRecordPlaceRecognizer")
    out = chained_places(text, [_person(text, "Ahmed Boussaïd"), parcel, low])
    assert [f.score for f in out if f.start == place] == [0.6]
    # the same place after a number that is no parcel stays low
    other = Finding("ORGANIZATION", parcel.start, parcel.end, 0.85, "X")
    out = chained_places(text, [other, low])
    assert [f.score for f in out if f.start == place] == [0.4]


# ---- a person the model read as a place, of a family of the document ----------------------------

def _model_place(text: str, span: str) -> Finding:
    start = text.index(span)
    return Finding("LOCATION", start, start + len(span), 0.85, "SpacyRecognizer")


def _repeated(text: str, word: str, after: int = 0) -> Finding:
    start = text.index(word, after)
    return Finding("PERSON", start, start + len(word), 0.7, "FrRepeatedNameRecognizer")


def test_a_person_read_as_a_place() -> None:
    from aiguillage.detect.engine import placed_persons

    text = "Il manque Kavya. Pour Kavya Subramaniam, son père (M. Raghavan Subramaniam) confirme."
    father = _person(text, "Raghavan Subramaniam")
    found = placed_persons(text, [_model_place(text, "Kavya Subramaniam"),
                                  _repeated(text, "Subramaniam"), father])
    assert [text[f.start:f.end] for f in found] == ["Kavya Subramaniam"]
    # the surname of a name only the model read is no source
    model_father = Finding("PERSON", father.start, father.end, 0.85, "SpacyRecognizer")
    assert placed_persons(text, [_model_place(text, "Kavya Subramaniam"),
                                 _repeated(text, "Subramaniam"), model_father]) == []


def test_a_place_of_the_document_is_no_first_name() -> None:
    from aiguillage.detect.engine import placed_persons

    text = ("Voies du lotissement de Kervihan. M. Loïc Vihan, riverain (ancien Kervihan Vihan, nouveau "
            "3 allée des Pins).")
    estate = text.index("lotissement")
    found = placed_persons(text, [
        Finding("FR_ADDRESS", estate, estate + len("lotissement de Kervihan"), 0.7, "FrAddressRecognizer"),
        _person(text, "Loïc Vihan"), _model_place(text, "Kervihan Vihan"),
        _repeated(text, "Vihan", text.index("Kervihan Vihan"))])
    assert found == []


@pytest.mark.parametrize("text,place", [
    ("Travaux rue Victor Hugo. Contact : M. Paul Hugo.", "Victor Hugo"),
    ("Départ à Lons Bernard. Contact : M. Paul Bernard.", "Lons Bernard"),
    ("Salle Conseil Bernard. Contact : M. Paul Bernard.", "Conseil Bernard"),
])
def test_a_place_beside_a_family_stays_a_place(text: str, place: str) -> None:
    from aiguillage.detect.engine import placed_persons

    surname = place.split()[-1]
    found = placed_persons(text, [_model_place(text, place), _repeated(text, surname),
                                  _person(text, f"Paul {surname}")])
    assert found == []


# ---- a family named by a surname that is a word; a place before its parcel ------------------------

@pytest.mark.parametrize("span,noise", [
    ("Famille Grappe", False), ("Consorts Petit", False),
    ("Familles Rurales", True), ("Grappe Petit", True), ("famille grappe", True),
])
def test_a_family_named_by_a_word(span: str, noise: bool) -> None:
    from aiguillage.detect.engine import _common_words_only

    text = f"GAEC des Combes ({span}) — comté"
    f = Finding("PERSON", text.index(span), text.index(span) + len(span), 0.85, "SpacyRecognizer")
    assert _common_words_only(text, f) is noise


def test_a_place_before_its_parcel_in_brackets() -> None:
    text = "champ de la ferme du Héloy (ZB 14, propriété de Hugues Rémond)"
    place = text.index("ferme")
    low = Finding("FR_ADDRESS", place, place + len("ferme du Héloy"), 0.45, "FrAddressRecognizer")
    zb = text.index("ZB 14")
    parcel = Finding("CADASTRE", zb, zb + 5, 0.7, "FrCadastreRecognizer")
    assert [f.score for f in chained_places(text, [low, parcel]) if f.start == place] == [0.6]
    # a parcel further on, not in brackets right after it, is no anchor
    text2 = "champ de la ferme du Héloy, voir plus loin ZB 14"
    low2 = Finding("FR_ADDRESS", place, place + len("ferme du Héloy"), 0.45, "FrAddressRecognizer")
    zb2 = text2.index("ZB 14")
    parcel2 = Finding("CADASTRE", zb2, zb2 + 5, 0.7, "FrCadastreRecognizer")
    assert [f.score for f in chained_places(text2, [low2, parcel2]) if f.start == place] == [0.45]


# ---- a civility in capitals; the next child of a list with its own age -------------------------

@pytest.mark.parametrize("text,name", [
    ("Carte bancaire au nom de MR ABDELKADER HAMMOUDI (transmise)", "ABDELKADER HAMMOUDI"),
    ("Enveloppe : MME JEANNE ROUX, 3 rue Haute", "JEANNE ROUX"),
])
def test_a_civility_in_capitals(text: str, name: str) -> None:
    from aiguillage.detect.recognizers.person_civility import FrCivilityNameRecognizer

    assert name in _found(FrCivilityNameRecognizer(), text, "PERSON")


def test_no_civility_in_a_word_in_capitals() -> None:
    from aiguillage.detect.recognizers.person_civility import FrCivilityNameRecognizer

    assert _found(FrCivilityNameRecognizer(), "SOMME TOTALE ; MRAP LYON ; FORMME NOUVELLE", "PERSON") == []


@pytest.mark.parametrize("text,child", [
    ("nos enfants Ethan 9 ans et Joyce 4 ans.", "Joyce"),
    ("inscrits : Léa (8 ans), Nyx (5 ans)", "Nyx"),
])
def test_the_next_child_of_a_list_with_its_age(text: str, child: str) -> None:
    from aiguillage.detect.related import related_names

    first = text.split()[2] if text.startswith("nos") else "Léa"
    found = related_names(text, [_person(text, first)])
    assert child in [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text", [
    "Ethan 9 ans et Rapport 4 ans plus tard.",      # an ordinary word
    "Ethan 9 ans et Joyce, qui viendra aussi.",     # no age of its own
])
def test_no_child_without_its_age_or_a_name(text: str) -> None:
    from aiguillage.detect.related import related_names

    found = related_names(text, [_person(text, "Ethan")])
    assert not any(text[f.start:f.end] in ("Rapport", "Joyce") for f in found)


def test_a_table_aligned_with_spaces_raises_places_not_durations() -> None:
    from aiguillage.detect.engine import row_places

    text = "B-012   concession        50 ans  14/06/1976    GUILLOUX Joseph   La Chesnaie\n"
    who = text.index("GUILLOUX")
    person = Finding("PERSON", who, who + 15, 0.7, "FrUppercaseNameRecognizer")
    years = text.index("50 ans")
    age = Finding("DATE_OF_BIRTH", years, years + 6, 0.4, "FrRecordAgeRecognizer")
    out = row_places(text, [person, age])
    assert [f.score for f in out if f.start == age.start] == [0.4]
    line = "7   NOWAK Ewa        06/06/1988      Domaine de Saint-Martin, gîte 2     —   2\n"
    who = Finding("PERSON", 4, 13, 0.7, "FrUppercaseNameRecognizer")
    home = Finding("FR_ADDRESS", line.index("Domaine"), line.index(", gîte"), 0.45, "FrAddressRecognizer")
    assert [f.score for f in row_places(line, [who, home]) if f.start == home.start] == [0.6]


def test_a_land_tables_lieu_dit_after_its_parcel_stays() -> None:
    text = "  Apports : ZA 14 « Parc an Ilis » 1 ha 12 a 40 ca — ZA 15"
    zb = text.index("ZA 14")
    parcel = Finding("CADASTRE", zb, zb + 5, 0.85, "FrCadastreRecognizer")
    place = text.index("Parc")
    low = Finding("FR_ADDRESS", place, place + len("Parc an Ilis"), 0.4, "FrNamedPlaceRecognizer")
    assert [f.score for f in chained_places(text, [parcel, low]) if f.start == place] == [0.4]


def test_a_graves_number_in_a_table_aligned_with_spaces_stays() -> None:
    from aiguillage.detect.engine import row_places

    line = "1996-014   Carré A, rg 2, n°7   30 ans  ROUXEL Yvette ép. PIEDERRIÈRE      7 rue Saint-Nicolas\n"
    who = line.index("ROUXEL")
    person = Finding("PERSON", who, who + 13, 0.7, "FrUppercaseNameRecognizer")
    n = line.index("n°7")
    grave = Finding("FR_ADDRESS", n, n + 3, 0.4, "FrRecordPlaceRecognizer")
    assert [f.score for f in row_places(line, [person, grave]) if f.start == n] == [0.4]
