"""piifix15 (dev7, dev10, dev11, dev12): the shapes found, each with the look-alike that stays."""

from __future__ import annotations

import pytest
from aiguillage.detect.recognizers.address import FrAddressRecognizer
from aiguillage.detect.recognizers.address_register import FrRegisterAddressRecognizer
from aiguillage.detect.recognizers.age_apposition import FrAgeApposedRecognizer
from aiguillage.detect.recognizers.license_plate_after_vehicle import FrPlateAfterVehicleRecognizer
from aiguillage.detect.recognizers.person_first_name import FrLoneFirstNameRecognizer
from aiguillage.detect.recognizers.person_marked import FrMarkedNameRecognizer
from aiguillage.detect.recognizers.person_signature import FrSignatureNameRecognizer
from aiguillage.detect.recognizers.phone_intl import IntlPhoneRecognizer
from aiguillage.detect.recognizers.public_official import FrPublicOfficialRecognizer
from aiguillage.detect.recognizers.reference import FrPersonalReferenceRecognizer


def _spans(recognizer: object, text: str, entity: str) -> list[str]:
    res = recognizer.analyze(text, [entity])  # type: ignore[attr-defined]
    return [text[r.start:r.end] for r in res if r.score >= 0.5]


# -- an order number ("n° d'ordre"), a register's number of a person -------------------------------

@pytest.mark.parametrize("text,number", [
    ("ma grand-mère a aussi un numéro de bureau ancien sur sa carte (n° d'ordre 0412) ; elle habite",
     "0412"),
    ("N° d'ordre (artiste-auteur, URSSAF Limousin) : A 0123 8842 K\nSIRET : 812", "A 0123 8842 K"),
    ("son numéro d'ordre : 18754", "18754"),
])
def test_an_order_number_is_a_persons(text: str, number: str) -> None:
    assert number in _spans(FrPersonalReferenceRecognizer(), text, "PERSONAL_REFERENCE")


@pytest.mark.parametrize("text", [
    "Délibération n° d'ordre 0412 du conseil municipal",
    "Arrêté du maire n° d'ordre 1187 : voirie",
    "le n° d'ordre 2026 de la liste",
])
def test_an_acts_order_number_stays(text: str) -> None:
    assert _spans(FrPersonalReferenceRecognizer(), text, "PERSONAL_REFERENCE") == []


# -- foreign streets written before their name ----------------------------------------------------

@pytest.mark.parametrize("text,address", [
    ("Monsieur Ilias Papadakis⏎Odos Ermou 31⏎105 63 Athènes".replace("⏎", "\n"), "Odos Ermou 31"),
    ("chez sa fille, Leoforos Kifisias 44, Marousi", "Leoforos Kifisias 44"),
    ("domicile : Calea Victoriei 15, sector 1", "Calea Victoriei 15"),
])
def test_a_foreign_street_before_its_name(text: str, address: str) -> None:
    assert address in _spans(FrAddressRecognizer(), text, "FR_ADDRESS")


def test_a_foreign_street_without_a_number_stays() -> None:
    text = "la rue Ermou, que les Athéniens appellent Odos Ermou, est piétonne"
    assert _spans(FrAddressRecognizer(), text, "FR_ADDRESS") == []


# -- a hamlet after the town, on a person's line ----------------------------------------------------

@pytest.mark.parametrize("text,place", [
    ("- Mme Ghislaine Sentenac, retraitée, de Cazères (hameau de Coulomié)", "hameau de Coulomié"),
    ("Observations : Mme Rolande Arnaud (91 ans), Villard-Saint-Pancrace, hameau des Villards, demande",
     "hameau des Villards"),
    ("M. Paul Rey, Saint-Chély, lieu-dit La Borie Haute", "lieu-dit La Borie Haute"),
])
def test_a_hamlet_after_a_persons_town(text: str, place: str) -> None:
    assert place in _spans(FrAddressRecognizer(), text, "FR_ADDRESS")


@pytest.mark.parametrize("text", [
    "La commune de Cazères (hameau de Coulomié) accueille le festival",
    "M. le maire rappelle que la fête du hameau des Villards aura lieu le 3 août",
])
def test_a_hamlet_of_the_commune_stays(text: str) -> None:
    assert _spans(FrAddressRecognizer(), text, "FR_ADDRESS") == []


# -- the old address of a renumbered home -----------------------------------------------------------

@pytest.mark.parametrize("text,place", [
    ("Mme Soizic Moal (ancien Kervihan 4, nouveau 5 impasse des Goélands)", "Kervihan 4"),
    ("M. Le Cam : ancienne adresse La Croix Blanche, nouvelle adresse 12 rue des Lilas", "La Croix Blanche"),
])
def test_the_old_address_before_the_new(text: str, place: str) -> None:
    assert place in _spans(FrAddressRecognizer(), text, "FR_ADDRESS")


def test_a_former_office_is_no_address() -> None:
    text = "l'ancien Maire, nouveau conseiller municipal, a pris la parole"
    assert _spans(FrAddressRecognizer(), text, "FR_ADDRESS") == []


# -- a register's place after its dot leaders ------------------------------------------------------

_REGISTER = """INSCRIPTIONS
BIZIEN, Corentin ... Kerangall
COATMEUR-LE BERRE, Nolwenn ... Moulin du Plessis
VAN DER MEULEN, Pieter (liste complémentaire) ... Kervaziou, route de Névez
"""


@pytest.mark.parametrize("place", ["Kerangall", "Moulin du Plessis", "Kervaziou, route de Névez"])
def test_a_registers_place_after_the_leaders(place: str) -> None:
    assert place in _spans(FrRegisterAddressRecognizer(), _REGISTER, "FR_ADDRESS")


def test_an_attendance_or_a_table_of_contents_stays() -> None:
    text = ("DURAND, Paul ..... Présent\nMARTIN, Anne ... Excusée\nLEROY, Jean ... Pouvoir à M. Durand\n"
            "ROUX, Léa ... 245 voix\nChapitre 1 ..... Les Grands Moulins\n")
    assert _spans(FrRegisterAddressRecognizer(), text, "FR_ADDRESS") == []


# -- names written on things, nicknames before the name, a couple's first names -------------------

@pytest.mark.parametrize("text,name", [
    ("24/11 — Doudoune rouge taille 12 ans, marquée au feutre « ZOÉ FAURE-BRAC 6e2 ».", "ZOÉ FAURE-BRAC"),
    ("29/12  Carnet de croquis signé « xabi.b », avec une adresse au dos", "xabi.b"),
    ("Cahier de Terminale, nom sur la couverture : « yasmine b. — Gap ».", "yasmine b."),
    ("Exemple : « Bonjour, c'est dumè (Dominique Ortoli), mon fils a eu 16 ans", "dumè"),
    ("M. et Mme Lemaire (Hubert et Sylvie) ont demandé", "Hubert"),
    ("Lord and Lady Ashworth (Charles & Penelope) — La Touche", "Penelope"),
])
def test_a_name_written_on_a_thing_or_given_short(text: str, name: str) -> None:
    assert name in _spans(FrMarkedNameRecognizer(), text, "PERSON")


@pytest.mark.parametrize("text", [
    "un panneau marqué « Défense d'entrer » à l'entrée du chantier",
    "un courrier signé « Le Maire »",
    "un colis étiqueté « Fragile »",
    "M. et Mme Durand (Paris et Lyon)",
    "c'est moi (Jean Dupont) qui l'ai écrit",
    "un trophée gravé « Rose des vents »",
])
def test_a_phrase_in_quotation_marks_stays(text: str) -> None:
    assert _spans(FrMarkedNameRecognizer(), text, "PERSON") == []


# -- a first name that is a word too, doing what a person does -----------------------------------

@pytest.mark.parametrize("text,name", [
    ("- Ophélie a accepté d'animer le groupe intermodalité avec Aminata.", "Ophélie"),
    ("Claire nous a écrit hier soir.", "Claire"),
    ("Constance, peux-tu vérifier les horaires ?", "Constance"),
])
def test_a_first_name_that_acts(text: str, name: str) -> None:
    assert name in _spans(FrLoneFirstNameRecognizer(), text, "PERSON")


@pytest.mark.parametrize("text", [
    "La Marine a accepté le projet de base nautique.",
    "Rose a fleuri au jardin.",
    "Une Claire a dit non.",
])
def test_a_word_that_acts_stays(text: str) -> None:
    assert _spans(FrLoneFirstNameRecognizer(), text, "PERSON") == []


# -- a signature of a first name and an initial ---------------------------------------------------

def test_a_first_name_and_an_initial_sign() -> None:
    text = "Mon numéro : 07 53 18 60 29.\nCordialement,\nClarisse T.\n"
    assert "Clarisse T." in _spans(FrSignatureNameRecognizer(), text, "PERSON")


def test_a_service_and_an_initial_is_no_signature() -> None:
    text = "Merci.\nCordialement,\nService T.\n"
    assert _spans(FrSignatureNameRecognizer(), text, "PERSON") == []


# -- an age opening a bracket -----------------------------------------------------------------------

@pytest.mark.parametrize("text,age", [
    ("Par Baptiste Lenoir, bénévole (24 ans, étudiant en master à Toulouse)", "24 ans"),
    ("M. Laurent Cuenot-Guyon, exploitant, né le 27/12/1973 (51 ans à la signature),", "51 ans"),
    ("Mme Durand, née le 3 mai 1950 (75 ans)", "75 ans"),
])
def test_an_age_in_brackets(text: str, age: str) -> None:
    assert age in _spans(FrAgeApposedRecognizer(), text, "DATE_OF_BIRTH")


@pytest.mark.parametrize("text", [
    "À Paris, bail commercial (9 ans, renouvelable)",
    "La Chapelle, restaurée (150 ans après sa construction)",
    "Le Moulin, rénové (12 ans de travaux)",
])
def test_a_term_in_brackets_stays(text: str) -> None:
    assert _spans(FrAgeApposedRecognizer(), text, "DATE_OF_BIRTH") == []


# -- a North American number with its trunk prefix ------------------------------------------------

@pytest.mark.parametrize("text,number", [
    ("vous pouvez m'appeler ou au 1-581-555-0192 (cellulaire).", "1-581-555-0192"),
    ("appelez le 1.418.555.0147 le soir", "1.418.555.0147"),
])
def test_a_north_american_number(text: str, number: str) -> None:
    assert number in _spans(IntlPhoneRecognizer(), text, "PHONE_NUMBER")


@pytest.mark.parametrize("text", ["dossier n° 1-234-567-8901", "du 1-12-2025 au 3-01-2026",
                                  "lot 1-581-555-01925"])
def test_a_reference_or_a_date_is_no_number(text: str) -> None:
    assert _spans(IntlPhoneRecognizer(), text, "PHONE_NUMBER") == []


# -- a plate of the SIV's shape with letters the SIV never gives ---------------------------------

def test_a_mistyped_plate_after_a_vehicle() -> None:
    text = "Remorque de mise à l'eau : AA-214-OD ; véhicule tracteur : GH-318-DN."
    assert "AA-214-OD" in _spans(FrPlateAfterVehicleRecognizer(), text, "FR_LICENSE_PLATE")


def test_an_article_code_is_no_plate() -> None:
    text = "Code article : AA-214-OD (pièce de rechange)"
    assert _spans(FrPlateAfterVehicleRecognizer(), text, "FR_LICENSE_PLATE") == []


# -- a fishing association's president is a private person ----------------------------------------

_AAPPMA = ("AAPPMA « La Gaule Aurillacoise » — avec le soutien de la Fédération du Cantal pour la pêche\n"
           "Concours de pêche — résultats\n\n1er Noah V. — 2,340 kg\n\n"
           "Merci aux bénévoles et au président Francis Moulier (06.71.88.40.12) pour l'organisation.")


def test_a_fishing_associations_president_is_no_official() -> None:
    assert _spans(FrPublicOfficialRecognizer(), _AAPPMA, "PUBLIC_OFFICIAL") == []


def test_a_councils_president_stays_an_official() -> None:
    text = ("Conseil départemental du Cantal — séance du 3 mars\n\n"
            "Sous la présidence du président Bruno Faure, le conseil adopte le budget.")
    assert "Bruno Faure" in _spans(FrPublicOfficialRecognizer(), text, "PUBLIC_OFFICIAL")


# -- the whole detector keeps them -----------------------------------------------------------------

@pytest.mark.parametrize("text,entity,value", [
    ("Monsieur Ilias Papadakis-Roumieux\nOdos Ermou 31\n105 63 Athènes — Grèce\n", "FR_ADDRESS",
     "Odos Ermou 31"),
    ("Carnet de croquis signé « xabi.b », avec une adresse au dos : 12 rue Pannecau.", "PERSON", "xabi.b"),
    ("ou au 1-581-555-0192 (cellulaire).", "PHONE_NUMBER", "1-581-555-0192"),
])
def test_the_detector_finds_them(find, text, entity, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, entity)


# -- a contract's number with the private person it is made with ----------------------------------

@pytest.mark.parametrize("text,code", [
    ("Convention n° MDB-PR-2025-07 — prêteur : M. et Mme Hervé et Soazig Kerlann", "MDB-PR-2025-07"),
    ("Convention n° DN-2025-MOU-06 — Laurent Cuenot-Guyon — page 1/1", "DN-2025-MOU-06"),
    ("Bail n° BL-2024-0031 — Mme Odile Faure", "BL-2024-0031"),
])
def test_a_contract_with_a_person(text: str, code: str) -> None:
    assert code in _spans(FrPersonalReferenceRecognizer(), text, "PERSONAL_REFERENCE")


@pytest.mark.parametrize("text", [
    "Convention n° CV-2025-118 — Commune de Gap",
    "Convention n° CV-2025-118 — Département du Cantal",
    "Convention n° CV-2025-118 — Page 2",
])
def test_a_contract_with_a_body_stays(text: str) -> None:
    assert _spans(FrPersonalReferenceRecognizer(), text, "PERSONAL_REFERENCE") == []


def test_a_father_christmas_is_no_one() -> None:
    text = "Les enfants attendent le père Noël ; mon père Noël viendra en traîneau."
    assert _spans(FrLoneFirstNameRecognizer(), text, "PERSON") == []


# -- the town right after a person's age -----------------------------------------------------------

@pytest.mark.parametrize("text,town", [
    ("R-089 — Émilie et Loïc, 29 et 31 ans, Paris\n« On reviendra ! »", "Paris"),
    ("1er Noah Vidalenc (9 ans, Arpajon-sur-Cère) — 2,340 kg", "Arpajon-sur-Cère"),
    ("Mme Lucienne Roux, 87 ans, Le Puy-en-Velay ; fidèle au marché", "Le Puy-en-Velay"),
])
def test_a_town_after_an_age(text: str, town: str) -> None:
    from aiguillage.detect.recognizers.address_after_age import FrTownAfterAgeRecognizer

    assert town in _spans(FrTownAfterAgeRecognizer(), text, "FR_ADDRESS")


@pytest.mark.parametrize("text", [
    "M. Dupont, 45 ans, Directeur.",
    "Mme Roux, 45 ans, Retraitée.",
    "un bail de 9 ans, Paris.",
    "Cotisation : 10 € (moins de 18 ans, Gratuit)",
])
def test_a_role_or_a_term_after_years_stays(text: str) -> None:
    from aiguillage.detect.recognizers.address_after_age import FrTownAfterAgeRecognizer

    assert _spans(FrTownAfterAgeRecognizer(), text, "FR_ADDRESS") == []
