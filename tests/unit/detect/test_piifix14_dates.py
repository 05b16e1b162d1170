"""piifix14 (dev12: civil status, cemeteries, notaries): the days of a person's civil life in the
shapes the registers and the letters about them write — each with the look-alike that stays (an
act's, a deliberation's or a concession's date)."""

from __future__ import annotations

import pytest
from aiguillage.detect.columns import header_kind
from aiguillage.detect.recognizers.birth_date_more import FrBirthDateMoreRecognizer
from aiguillage.detect.recognizers.form_fields import FrFormFieldRecognizer
from aiguillage.detect.recognizers.record_date import FrRecordDateRecognizer
from aiguillage.detect.related import dated_names
from aiguillage.records import Finding


def _dates(rec: object, text: str, least: float = 0.5) -> list[str]:
    res = rec.analyze(text, entities=["DATE_OF_BIRTH"], nlp_artifacts=None)  # type: ignore[attr-defined]
    return [text[r.start:r.end] for r in res if r.score >= least]


@pytest.mark.parametrize("text,date", [
    ("L'acte porte en marge le mariage célébré à Arles le 2 juin 1949 avec M. X", "2 juin 1949"),
    ("et le décès survenu à Athènes le 14.01.2011.", "14.01.2011"),
    ("le divorce prononcé le vingt mars deux mille dix", "vingt mars deux mille dix"),
    ("M. Marcel Laborde est décédé sans héritier connu le 2 avril 2026 à Toulouse", "2 avril 2026"),
    ("Antoine ROSSI (†1968), Angèle ROSSI née GIORDANO (†1985)", "1968"),
    ("Olga IVANOVA (†3 mars 2016)", "3 mars 2016"),
    ("Marie Dupuis (° 1934)", "1934"),
    ("né à Condom le 11 thermidor an XII, soit le 30 juillet 1804", "30 juillet 1804"),
    ("my parents were married in Bayeux on June 15th, 1946.", "June 15th, 1946"),
])
def test_the_day_of_a_life_event(text: str, date: str) -> None:
    assert date in _dates(FrBirthDateMoreRecognizer(), text)


@pytest.mark.parametrize("text", [
    "la délibération a été prise le 3 mars 2026 ; le mariage sera célébré en mairie",
    "le marché conclu le 2 avril 2026",
    "Concession n° 1934 accordée ; carte N° 2014",
    "température de 20 °C en 2021",
    "la décision a été prononcée le 3 mai 2026",
])
def test_a_date_about_no_ones_life_stays(text: str) -> None:
    assert _dates(FrBirthDateMoreRecognizer(), text) == []


@pytest.mark.parametrize("head", ["Date du décès", "Date de mariage", "Décédé(e) le",
                                  "Date et lieu du décès"])
def test_a_register_column_of_death_or_wedding_dates(head: str) -> None:
    assert header_kind(head) == "DATE_OF_BIRTH"


@pytest.mark.parametrize("head", ["Date de la décision", "Date du conseil", "Date d'échéance"])
def test_a_column_of_other_dates_stays(head: str) -> None:
    assert header_kind(head) != "DATE_OF_BIRTH"


def test_a_form_field_of_a_wedding_day() -> None:
    text = "Motif : perte.\nDate du mariage : 28 juin 2014\n"
    assert _dates(FrFormFieldRecognizer(), text) == ["28 juin 2014"]


def test_a_column_of_decisions_dates_stays() -> None:
    text = ("N° | Date de la décision | Objet | Montant\n"
            "12 | 01/10/2026 | travaux de voirie | 1 200 €\n"
            "13 | 02/10/2026 | éclairage public | 800 €\n")
    assert _dates(FrFormFieldRecognizer(), text) == []


@pytest.mark.parametrize("text,spans", [
    ("F-01 | F 12 | MATHIEU Nicolas ; MATHIEU née COLIN Eugénie | 1899–1954 / 1903–1961",
     ["1899–1954", "1903–1961"]),
    ("F-02 | SCHWARTZ Émile | 1910–1972", ["1910–1972"]),
    # a concession's term and a future end are a register's, no life
    ("C-1 | M. DUPONT Jean | 1968–2018 | 2016–2031", []),
])
def test_a_life_span_in_a_cell(text: str, spans: list[str]) -> None:
    assert _dates(FrRecordDateRecognizer(), text, least=0.3) == spans


@pytest.mark.parametrize("text,name,date", [
    ("inhumés : Antoine Chabrier (1921), Marie Vigouroux (1933).", "Marie Vigouroux", "1933"),
    ("Enfants déjà inscrits : Daniel (2013).", "Daniel", "2013"),
    ("l'acte de mariage de Émile Laborde et de Francine Lalanne (1928 ?)", "Francine Lalanne", "1928"),
])
def test_a_year_in_brackets_after_a_name(text: str, name: str, date: str) -> None:
    start = text.index(name)
    found = dated_names(text, [Finding("PERSON", start, start + len(name), 0.9, "FrCivilityNameRecognizer")])
    assert date in [text[f.start:f.end] for f in found if f.entity_type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize("text", [
    "La loi Evin (1991) et le Conseil Municipal (2014)",
    "Paris (2024) ; la Rose (2013)",
])
def test_a_year_after_no_name_stays(text: str) -> None:
    assert dated_names(text, []) == []


_CARNET = ("Carnet\n\nNaissances\n\n2 novembre : Maël, fils de Gurvan Le Dû et Anaïs Cariou\n"
           "30 déc. : Louane chez Mme et M. Pennec\n\nDécès\n\nDate\tNom\tÂge\n"
           "04/11\tMarie-Josèphe Le Guern née Tanguy\t94 ans\n")


def test_the_day_opening_an_entry_of_a_registers_notice() -> None:
    assert _dates(FrBirthDateMoreRecognizer(), _CARNET) == ["2 novembre", "30 déc.", "04/11"]


@pytest.mark.parametrize("text", [
    "Agenda\n\n12 décembre : Conseil municipal à 20 h\n",  # no heading of a register's notice
    "Naissances\n\nLe service accueille les déclarations.\n12 décembre : fermeture exceptionnelle\n",
])
def test_an_agendas_day_stays(text: str) -> None:
    assert _dates(FrBirthDateMoreRecognizer(), text) == []


@pytest.mark.parametrize("text,year", [
    ("her brother lived at Vaux until his death in 1998.", "1998"),
    ("il a tenu la ferme jusqu'à son décès en 2001", "2001"),
])
def test_the_year_of_a_persons_death(text: str, year: str) -> None:
    assert _dates(FrBirthDateMoreRecognizer(), text) == [year]


def test_the_death_of_a_project_stays() -> None:
    assert _dates(FrBirthDateMoreRecognizer(), "la mort en 1998 du projet de rocade") == []


def test_the_next_of_a_list_of_dated_names() -> None:
    text = "Enfants déjà inscrits : Daniel (2013), Ruth (2016)."
    found = dated_names(text, [])
    assert [(f.entity_type, text[f.start:f.end]) for f in found] == [
        ("DATE_OF_BIRTH", "2013"), ("PERSON", "Daniel"), ("PERSON", "Ruth"), ("DATE_OF_BIRTH", "2016")]


@pytest.mark.parametrize("text", ["Daniel (2013), Maison (2016)", "Daniel (2013). Ruth (2016)"])
def test_a_word_or_another_sentence_after_a_dated_name_stays(text: str) -> None:
    assert "Ruth" not in [text[f.start:f.end] for f in dated_names(text, [])]
    assert "Maison" not in [text[f.start:f.end] for f in dated_names(text, [])]


@pytest.mark.parametrize("text,date", [
    ("« L'an mil huit cent soixante-dix-sept, le quatorze mars, à dix heures du matin, par-devant nous, "
     "maire, a comparu Pierre Bourdin", "quatorze mars"),
    ("Pièce d'identité : passeport n° 18DC23990, délivré le 4/09/2018 — Maëlys", "4/09/2018"),
    ("permis de conduire n° 12AB3456, délivré le 3 mars 2016", "3 mars 2016"),
])
def test_an_acts_opening_formula_and_an_identity_documents_issue(text: str, date: str) -> None:
    assert date in _dates(FrBirthDateMoreRecognizer(), text)


@pytest.mark.parametrize("text", [
    "L'an deux mille vingt-six, le trois mars, par-devant Maître Sophie Dubarry, notaire à Auch, a comparu",
    "le permis de construire délivré le 3 mars 2026",
])
def test_a_notarys_act_and_a_building_permit_stay(text: str) -> None:
    assert _dates(FrBirthDateMoreRecognizer(), text) == []


@pytest.mark.parametrize("head", ["Dernier domicile", "Domicile à l'acquisition", "Dernière adresse"])
def test_a_registers_column_of_last_homes(head: str) -> None:
    # (dev12 c03: "12, cour Hennion" under "Dernier domicile" kept "cour")
    assert header_kind(head) == "FR_ADDRESS"


@pytest.mark.parametrize("head", ["Dernier délai", "Dernière séance"])
def test_a_column_of_other_last_things_stays(head: str) -> None:
    assert header_kind(head) is None


def test_a_year_after_a_heading_in_capitals_stays() -> None:
    # (dev11 q24: "CADASTRE PARCELLAIRE DE LA COMMUNE DE PERROIGNY (1826)", the commune read as a person)
    text = "CADASTRE PARCELLAIRE DE LA COMMUNE DE PERROIGNY (1826) — ÉTAT DE SECTIONS"
    start = text.index("PERROIGNY")
    found = dated_names(text, [Finding("PERSON", start, start + 9, 0.85, "SpacyRecognizer")])
    assert [f for f in found if f.entity_type == "DATE_OF_BIRTH"] == []


def test_a_files_dates_beside_a_description_stay(detector) -> None:  # type: ignore[no-untyped-def]
    # (dev11 s09: an archive's inventory; the span of a file's letters, not a life)
    text = ("Cote\tDescription\tDates\n"
            "12 J 4\tCorrespondance du président Jean Bernard avec M. Paul Roux, éleveur\t1931-1958\n")
    assert "1931-1958" not in [text[f.start:f.end] for f in detector.analyze(text) if f.score >= 0.5]


def test_a_life_span_beside_a_cell_of_names(detector) -> None:  # type: ignore[no-untyped-def]
    text = ("Boîte | Provenance | Noms des défunts | Années\n"
            "F-02 | F 15 | SCHWARTZ Émile (dit « Milo ») | 1910–1972\n")
    assert "1910–1972" in [text[f.start:f.end] for f in detector.analyze(text) if f.score >= 0.5]


def test_a_life_span_in_brackets_keeps_its_row(detector) -> None:  # type: ignore[no-untyped-def]
    text = ("N | Donateur | Objet\n"
            "4 | Mme Anne Roux, 3 rue Haute | Papiers de son père Jean Roux, cordonnier (1926-1988)\n")
    assert "1926-1988" in [text[f.start:f.end] for f in detector.analyze(text) if f.score >= 0.5]
