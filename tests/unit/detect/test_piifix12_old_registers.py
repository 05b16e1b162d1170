"""Shapes of the old registers and archives' papers (dev11, piifix12): a Republican calendar's date
("quinze germinal an IX"), an old register's month ("8bre", "Xbre", "novbre"), the date an act of
the civil register opens with, an event's date after its place ("mariée à Cuisery le …"), an
index's entry and its date apart by dot leaders; pseudonyms of collaborative sites ("lulu_bressane",
"pierrot58"); references of parcels alone in a land table's cells, of the section a state of
sections is about, before their owner; a column headed by people in inclusive writing."""

from __future__ import annotations

import pytest
from aiguillage.detect.columns import header_kind
from aiguillage.detect.engine import _row
from aiguillage.detect.recognizers.birth_date import FrBirthDateRecognizer
from aiguillage.detect.recognizers.birth_date_more import FrBirthDateMoreRecognizer
from aiguillage.detect.recognizers.cadastre import FrCadastreRecognizer
from aiguillage.detect.recognizers.record_date import FrRecordDateRecognizer
from aiguillage.detect.recognizers.social_profile import FrSocialProfileRecognizer


def _found(rec: object, text: str, entity: str, low: float = 0.5) -> list[str]:
    res = rec.analyze(text, entities=[entity], nlp_artifacts=None)  # type: ignore[attr-defined]
    return [text[r.start:r.end] for r in res if r.score >= low]


def _dates(text: str) -> list[str]:
    return (_found(FrBirthDateRecognizer(), text, "DATE_OF_BIRTH")
            + _found(FrBirthDateMoreRecognizer(), text, "DATE_OF_BIRTH"))


@pytest.mark.parametrize("text,date", [
    ("Jeanne Morel, décédée le quinze germinal an IX en son domicile", "quinze germinal an IX"),
    ("née le 2 thermidor an 10 à Cuiseaux", "2 thermidor an 10"),
    ("Claude Pernot, né le 5 8bre 1843", "5 8bre 1843"),
    ("Louise Vachet, née le 30 Xbre 1861", "30 Xbre 1861"),
    ("né le 4 décbre 1850 au hameau", "4 décbre 1850"),
    ("Acte n° 31\nDu douze ventôse an onze. Acte de décès de Marie Bonnot", "douze ventôse an onze"),
    ("Acte n° 7 (en marge : rectifié)\nDu 4 floréal an 8. Jean Perret, fils de", "4 floréal an 8"),
    ("Le 3 mai 1851. Acte de naissance de Pierre Lorain", "3 mai 1851"),
    ("Mention : mariée à Cuisery le 8 juin 1879 avec Louis Pâris.", "8 juin 1879"),
    ("Inhumé à Tournus, le 2 mars 1901, selon le registre paroissial", "2 mars 1901"),
    ("Jean Gros, né à Branges le vingt mars mil huit cent trente, demeurant",
     "vingt mars mil huit cent trente"),
    ("Mme Bard (décédée à Louhans en 1958), institutrice", "1958"),
])
def test_old_register_dates_of_a_life(text: str, date: str) -> None:
    assert date in _dates(text)


@pytest.mark.parametrize("text", [
    "Arrêté du 2 thermidor an 10 portant organisation des mairies.",
    "La séance s'est tenue à Louhans le 8 juin 2026.",
    "Le marché signé à Mâcon le 3 mars 2026 est reconduit.",
    "Du 3 au 10 mars 2026 : exposition. Acte de candidature avant le 1er mars.",
    "Le pont, construit à Tournus en 1854, est classé.",
])
def test_dates_of_no_ones_life_are_not(text: str) -> None:
    assert _dates(text) == []


def test_an_index_entry_and_its_date_apart_by_dot_leaders() -> None:
    line = "GIRARD Paul, avec ROBIN Anne ........................ 6 8bre 1852"
    assert _row(line, line.index("6 8bre"), len(line)) is not None
    assert "6 8bre 1852" in _found(FrRecordDateRecognizer(), line, "DATE_OF_BIRTH", low=0.3)
    words = "…… vingt-deux mai 1849"
    assert "vingt-deux mai 1849" in _found(FrRecordDateRecognizer(), words, "DATE_OF_BIRTH", low=0.3)
    # a sentence's full stops are no leaders; a recent date no record's
    assert _row("Vu la loi. Le maire, Paul Roux.", 3, 6) is None
    assert _found(FrRecordDateRecognizer(), "ROUX Paul ........ 6 mai 2024", "DATE_OF_BIRTH", low=0.3) == []


@pytest.mark.parametrize("text,handle", [
    ("Relevé saisi par lulu_bressane, contrôlé par l'équipe", "lulu_bressane"),
    ("3e pierrot58 (12 400 fiches)", "pierrot58"),
    ("Commentaire de mamie.jo71 : merci !", "mamie.jo71"),
    ("Validé par GMT_Cluny et relu.", "GMT_Cluny"),
    ("Son arbre : gw.geneanet.org/pierrot58", "gw.geneanet.org/pierrot58"),
])
def test_pseudonyms_of_collaborative_sites(text: str, handle: str) -> None:
    assert handle in _found(FrSocialProfileRecognizer(), text, "PERSONAL_REFERENCE")


@pytest.mark.parametrize("text", [
    "Photo img_2034.jpg, négatif DSC_0042, #Fete2026",
    "la RD980, l'A380, le B612, le covid-19, le H2O",
    "numero;date_depot;adresse_petitionnaire;surf_plancher_m2;etat",
    "voir www.exemple.fr/page_2 ou ecrire a contact@ma_boite.fr",
])
def test_codes_files_and_export_headers_are_no_pseudonyms(text: str) -> None:
    assert _found(FrSocialProfileRecognizer(), text, "PERSONAL_REFERENCE") == []


LAND = ("Travaux sur le petit patrimoine — parcelles des demandeurs\n"
        "Dossier | Demandeur | Édifice | Cadastre | Montant\n"
        "26-101 | M. Paul Roux | four à pain | C 212 et C 213 | 4 000 €\n"
        "26-102 | Mme Anne Gros | lavoir | A 87 | 2 100 €\n"
        "26-103 | Commune | puits | D 980 | 900 €\n")


def test_references_alone_in_a_land_tables_cells() -> None:
    found = _found(FrCadastreRecognizer(), LAND, "CADASTRE")
    assert "C 212 et C 213" in found and "A 87" in found
    assert "26-101" not in found and "4 000 €" not in found


def test_a_table_about_no_land_keeps_its_cells() -> None:
    text = "Classe | Groupe | Salle\n6e B | G 12 | B 104\n5e A | G 14 | A 201\n"
    assert _found(FrCadastreRecognizer(), text, "CADASTRE") == []


def test_the_section_a_state_of_sections_is_about() -> None:
    text = ("ÉTAT DE SECTIONS DU CADASTRE (1830), SECTION C DITE DU BOURG\n"
            "C 14      Le Bourg      pré      Giraud (Jean)\n"
            "C 15      Le Bourg      vigne    Giraud (Jean)\n")
    found = _found(FrCadastreRecognizer(), text, "CADASTRE")
    assert "C 14" in found and "C 15" in found


def test_a_reference_before_its_owner() -> None:
    text = "Mme Roux exploite 2 ha en fermage (AR 212, propriétaire M. Denis Petit, à Cluny)."
    assert "AR 212" in _found(FrCadastreRecognizer(), text, "CADASTRE")
    other = "Envoi en AR 212, le propriétaire du chien est prévenu."
    assert _found(FrCadastreRecognizer(), other, "CADASTRE") == []


@pytest.mark.parametrize("head", ["Apprenti(e)", "Suppléant(e)", "Suppléant(e)s", "Donatrice", "Qui",
                                  "Stagiaires"])
def test_people_headers_in_inclusive_writing(head: str) -> None:
    assert header_kind(head) == "PERSON"


@pytest.mark.parametrize("head", ["Montant", "Objet", "Qualité", "Destination / durée"])
def test_other_headers_are_not(head: str) -> None:
    assert header_kind(head) != "PERSON"


def test_the_old_registers_first_names(find) -> None:  # type: ignore[no-untyped-def]
    from aiguillage.detect.recognizers.person_uppercase import FrUppercaseNameRecognizer

    text = "GIRARD dit LAROSE Paul, avec BONIN Reine ; PERRET Philiberte, avec ROY Pélagie"
    res = FrUppercaseNameRecognizer().analyze(text, ["PERSON"])
    found = {text[r.start:r.end] for r in res if r.score >= 0.5}
    assert {"BONIN Reine", "PERRET Philiberte", "ROY Pélagie"} <= found
    # a first name that is a word is never taken alone
    assert find("Élection de la Reine du muguet le 1er mai.", "PERSON") == []
