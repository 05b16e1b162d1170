"""piifix21 (dev17: a municipal police, road offences, a vehicle pound): what foreign visitors
write of themselves in English or German, plates of any country after a plate's words or before
their country, plates read in part, a named house in quotes before its address, a resident's
street without a number, a post-parking fee's grouped number, a VIN, two first names joined by
"&" — each with the look-alikes that must stay."""

from __future__ import annotations

import pytest
from aiguillage.detect.recognizers.address import FrAddressRecognizer
from aiguillage.detect.recognizers.foreign_prose import (
    FrEnglishAgeRecognizer,
    FrForeignRelativeNameRecognizer,
    FrGermanNumberRecognizer,
)
from aiguillage.detect.recognizers.grouped_number import (
    FrGroupedNumberRecognizer,
    FrInsurancePolicyRecognizer,
)
from aiguillage.detect.recognizers.id_card_foreign import FrForeignPassportRecognizer
from aiguillage.detect.recognizers.license_plate_after_vehicle import FrPlateAfterVehicleRecognizer
from aiguillage.detect.recognizers.person_couple import FrFirstNameCoupleRecognizer
from aiguillage.detect.recognizers.vin import FrVehicleIdentificationNumberRecognizer


def _found(rec: object, text: str, entities: list[str] | None = None, score: float = 0.0) -> list[str]:
    return [text[r.start:r.end] for r in rec.analyze(text, entities or [])  # type: ignore[attr-defined]
            if r.score >= score]


RELATIVE = FrForeignRelativeNameRecognizer()


@pytest.mark.parametrize("text,name", [
    ("My husband Klaus and I are on holiday at the campsite.", "Klaus"),
    ("My wife Philippa and I had parked at 19:00.", "Philippa"),
    ("our son, Tom, was driving", "Tom"),
    ("I came with my daughter Siobhan.", "Siobhan"),
    ("Ich bin mit meiner Frau Ute gekommen.", "Ute"),
    ("mein Sohn Lukas hat das Auto gefahren", "Lukas"),
])
def test_a_relative_named_in_english_or_german(text: str, name: str) -> None:
    assert _found(RELATIVE, text) == [name]


@pytest.mark.parametrize("text", [
    "MY WIFE AND I",  # capitals: a heading
    "my wife And I",  # a word, not a name
    "my husband and I",
    "Mon mari Klaus",  # French: person_kin's
    "His Majesty the King",
])
def test_no_relative_name_without_one(text: str) -> None:
    assert _found(RELATIVE, text) == []


AGE = FrEnglishAgeRecognizer()


@pytest.mark.parametrize("text,age", [
    ("We are retired (I am 74) and had come for a funeral.", "74"),
    ("I'm 81 and I do not drive at night.", "81"),
    ("my wife Philippa is 72", "72"),
    ("the driver, aged 67, was", "67"),
    ("a 12-year-old boy found the dog", "12"),
    ("she is 9 years old", "9"),
])
def test_an_age_told_in_english(text: str, age: str) -> None:
    assert _found(AGE, text) == [age]


@pytest.mark.parametrize("text", [
    "I am 5 minutes away from the station.",
    "he is 6 feet tall",
    "the car is 12 years old",
    "I was 20 km from home",
    "Il a 74 ans.",  # French: the French recognizers'
    "Section 74 of the Act",
])
def test_no_english_age_without_a_person(text: str) -> None:
    assert _found(AGE, text) == []


NUMBER = FrGermanNumberRecognizer()
PASSPORT = FrForeignPassportRecognizer()


@pytest.mark.parametrize("text,code", [
    ("I have the Fahrzeugschein (Zulassungsbescheinigung Teil I, Nr. AB1234567)", "AB1234567"),
    ("Reisepass Nr. C01X00T47", "C01X00T47"),
    ("Kundennummer Nr.: 40071234", "40071234"),
])
def test_a_code_after_the_german_numbering_word(text: str, code: str) -> None:
    assert _found(NUMBER, text) == [code]


@pytest.mark.parametrize("text", ["Hauptstraße Nr. 12", "Heft Nr. 2024", "Nr. ABCDEFGH", "Nr. 123456"])
def test_no_code_after_nr_that_is_a_house_or_an_issue(text: str) -> None:
    assert _found(NUMBER, text) == []


@pytest.mark.parametrize("text,code", [
    ("and my passport (C4J7TR2K9).", "C4J7TR2K9"),
    ("passeport (12345678)", "12345678"),
    ("my passport number 533401278", "533401278"),
])
def test_a_passport_number_in_brackets_or_after_number(text: str, code: str) -> None:
    assert _found(PASSPORT, text) == [code]


@pytest.mark.parametrize("text", ["my passport (AB12)", "passport (GERMANY)", "passeport (2025)"])
def test_no_passport_number_in_a_short_or_word_bracket(text: str) -> None:
    assert _found(PASSPORT, text) == []


PLATE = FrPlateAfterVehicleRecognizer()


@pytest.mark.parametrize("text,plate", [
    ("Re: Penalty notice no. 8801 — vehicle AY19 KFZ (right-hand drive Jaguar XE)", "AY19 KFZ"),
    ("My car, a blue VW Passat with German plate M-HK 2209, was parked", "M-HK 2209"),
    ("On voit la plaque en entier : B MK 4821. »", "B MK 4821"),
    ("une camionnette avec des plaques anglaises KX 63 HFD.", "KX 63 HFD"),
    ("une voiture avec des plaques toutes jaunes XT-871-H.", "XT-871-H"),
    ("parking Intermarché, WA 6189C (Pologne). Contrôle", "WA 6189C"),
    ("Land Rover KX 63 HFD (Royaume-Uni) stationné", "KX 63 HFD"),
    ("à l'arrière plaque partielle « ..-347-P. »", "..-347-P."),
    ("plaque lue en partie : AB-3..-CD", "AB-3..-CD"),
    ("Kennzeichen HH-AB 123E", "HH-AB 123E"),
])
def test_a_plate_after_its_words_or_before_its_country(text: str, plate: str) -> None:
    assert _found(PLATE, text) == [plate]


@pytest.mark.parametrize("text", [
    "Le vol AF 1234 (Espagne) est annulé.",
    "Article L 2212-2 (Belgique)",
    "la plaque commémorative du 8 mai 1945",
    "le car de la ligne 12 (Italie)",
    "plaques de rue NEUVES 2024",
    "La plaque AB 12 du columbarium",
    "la RN 20 (Espagne)",
    "la plaque n° 3 du monument",
    "avec des plaques toutes jaunes XT-871-H",  # whole: the SIV-like shape is no masked plate
])
def test_no_plate_in_flights_articles_or_plaques(text: str) -> None:
    found = _found(PLATE, text)
    assert found in ([], ["XT-871-H"])
    assert not any("." in f or "*" in f for f in found)


ADDRESS = FrAddressRecognizer()


@pytest.mark.parametrize("text,address", [
    ("qui a fêté ses 80 ans entouré de ses voisins de la rue Voltaire.", "rue Voltaire"),
    ("Mme Koval, 67 ans, résidente de la résidence autonomie Les Saules.", "résidence autonomie Les Saules"),
    ("mon voisin du chemin des Aulnes a encore taillé", "chemin des Aulnes"),
    ("habitant du lotissement Les Charmes depuis 2010", "lotissement Les Charmes"),
    ("on holiday at Gîte « Le Clos des Noyers », 6 impasse des Noyers until", "Gîte « Le Clos des Noyers »"),
])
def test_a_residents_street_or_named_house(text: str, address: str) -> None:
    assert address in _found(ADDRESS, text, score=0.5)


@pytest.mark.parametrize("text", [
    "les habitants de la rue Voltaire sont informés des travaux",  # a notice's: anyone
    "la résidente de la Commune",
    "ses voisins de palier",
    "Gîte « Les Tilleuls » est complet en août",  # no address after it
    "la salle « Le Préau » accueille le marché",
])
def test_no_residents_street_in_a_notice(text: str) -> None:
    assert _found(ADDRESS, text, score=0.5) == []


GROUPED = FrGroupedNumberRecognizer()


@pytest.mark.parametrize("text,number", [
    ("FPS contesté\t45290 2026 0000 2214 88\n", "45290 2026 0000 2214 88"),
    ("avis de paiement n° 0123 4567 8901 2345 67", "0123 4567 8901 2345 67"),
])
def test_a_long_grouped_number(text: str, number: str) -> None:
    assert _found(GROUPED, text) == [number]


@pytest.mark.parametrize("text", [
    "IBAN FR76 3000 6000 0112 3456 7890 189",  # the IBAN's recognizer's
    "les années 2021 2022 2023 2024",
    "soit 1 250 000 000 000 €",
    "tél. 02 38 94 60 10",
    "Penalty notice no. 8801 2345 6789",  # twelve digits: the numbering word's recognizer's
])
def test_no_long_grouped_number_in_sums_years_or_ibans(text: str) -> None:
    assert _found(GROUPED, text) == []


VIN = FrVehicleIdentificationNumberRecognizer()


@pytest.mark.parametrize("vin", ["JYARN23E0AA004918", "TMBJJ7NE3L0082114", "ZFA31200003918765",
                                 "VNKKTUD3X0A418275", "VF1KG1G0H33702981"])
def test_a_vin_anywhere(vin: str) -> None:
    assert _found(VIN, f"Véhicule : Yamaha, {vin}, épave.") == [vin]


@pytest.mark.parametrize("text", ["hash 3A4F5B6C7D8E9F012", "ABCDEFGHJKLMNPRST", "12345678901234567",
                                  "JYARN23E0AA0049181"])
def test_no_vin_in_hashes_words_or_numbers(text: str) -> None:
    assert _found(VIN, text) == []


COUPLE = FrFirstNameCoupleRecognizer()


@pytest.mark.parametrize("text,names", [
    ("Alliance en or gravée « Paulo & Rosa » (janvier)", "Paulo & Rosa"),
    ("Alliance gravée « Paulo & Rosa 14.06.1986 »", "Paulo & Rosa"),
    ("la boîte aux lettres « Giuseppe & Carla »", "Giuseppe & Carla"),
])
def test_two_first_names_joined(text: str, names: str) -> None:
    assert _found(COUPLE, text) == [names]


@pytest.mark.parametrize("text", [
    "lycée Pierre & Marie Curie", "Pierre & Marie Curie", "Simon & Schuster", "restaurant Jules & Jim",
    "Marks & Spencer", "Recherche & Développement", "Dupont & Fils",
])
def test_no_couple_in_schools_firms_or_words(text: str) -> None:
    assert _found(COUPLE, text) == []


# dev16's leftovers: a lieu-dit named, a holder all in capitals after "au nom de", a parcel whose
# number the verb "a" follows, a German plate on a vehicle's line, a Dutch "IJ" name, a lower-case
# road whose apostrophe was lost

@pytest.mark.parametrize("text,place", [
    ("Objet : préemption partielle — parcelle ZD 58 (74 a), lieu-dit Les Gariottes",
     "lieu-dit Les Gariottes"),
    ("Terrain : lieu-dit Les Peyrières — ZC 208 (4 215 m²)", "lieu-dit Les Peyrières"),
    ("une terre labourable, lieu-dit Les Fargues, cadastrée ZE 101", "lieu-dit Les Fargues"),
    ("qui restaure le pigeonnier du lieudit Le Pech, et", "lieudit Le Pech"),
])
def test_a_lieu_dit_named(text: str, place: str) -> None:
    assert place in _found(ADDRESS, text, score=0.5)


@pytest.mark.parametrize("text", ["le lieu-dit est inondable", "les lieux-dits de la commune",
                                  "un lieu-dit sans nom",
                                  # no land nor parcel on its line: a lieu-dit alone names no one
                                  "La fête a lieu au lieu-dit Kerveur Vihan.",
                                  "travaux sur la RD 980 au lieu-dit Les Teppes du 3 au 5 mars",
                                  "Parcelle         Lieu-dit            Nature"])
def test_no_lieu_dit_without_a_name(text: str) -> None:
    assert _found(ADDRESS, text, score=0.5) == []


def test_a_holder_in_capitals_after_au_nom_de() -> None:
    from aiguillage.detect.recognizers.person_in_name_of import FrInTheNameOfRecognizer

    rec = FrInTheNameOfRecognizer()
    text = "L'avis n° 25 46 5523108 14 est au nom de HOFSTETTER MULLER ULRICH (sans tréma)."
    assert _found(rec, text, ["PERSON"]) == ["HOFSTETTER MULLER ULRICH"]
    for body in ("au nom de SNCF RESEAU", "au nom de LA COMMUNE", "Au nom de LA REPUBLIQUE FRANCAISE",
                 "au nom de VEOLIA EAU", "au nom de GAEC DES CHENES"):
        assert _found(rec, body, ["PERSON"]) == [], body


def test_a_parcel_before_the_verb_a_and_a_surface_in_ares() -> None:
    from aiguillage.detect.recognizers.cadastre import FrCadastreRecognizer

    rec = FrCadastreRecognizer()
    text = "si la construction sise sur la parcelle ZB 12 a fait l'objet d'un permis"
    assert _found(rec, text) == ["ZB 12"]
    assert _found(rec, "la parcelle ZB 12 a été vendue") == ["ZB 12"]
    assert _found(rec, "parcelle de 74 a 20 ca") == []  # a surface
    assert _found(rec, "parcelle ZD 58 (74 a), lieu-dit") == ["ZD 58"]


@pytest.mark.parametrize("text,plate", [
    ("avec le camping-car allemand de mon beau-frère Klaus Müller (M-KM 4721).", "M-KM 4721"),
    ("my brother's car, parked behind the church (HH-AB 123E)", "HH-AB 123E"),
])
def test_a_german_plate_on_a_vehicles_line(text: str, plate: str) -> None:
    assert _found(PLATE, text) == [plate]


@pytest.mark.parametrize("text", ["La voiture est garée. Réunion RD-AB 2024",
                                  "le service PC-AB 12 (sans véhicule)"])
def test_no_german_plate_that_is_a_year_or_a_service(text: str) -> None:
    assert _found(PLATE, text) == []


def test_a_dutch_ij_first_name_after_a_relation() -> None:
    from aiguillage.detect.recognizers.person_kin import FrKinTitleNameRecognizer

    rec = FrKinTitleNameRecognizer()
    assert _found(rec, "Mon mari IJsbrand veut bien renoncer au pré") == ["IJsbrand"]
    assert _found(rec, "Mon mari IJSBRAND") == []  # capitals: a heading's


@pytest.mark.parametrize("text,address", [
    ("on habite au 20 rte de lalbenque depuis dix ans", "20 rte de lalbenque"),
    ("5 route de la gare", "5 route de la gare"),
])
def test_a_lower_case_road(text: str, address: str) -> None:
    assert address in _found(ADDRESS, text, score=0.5)


@pytest.mark.parametrize("text", ["3 routes de campagne", "2 chemins de fer", "10 rue de la"])
def test_no_lower_case_road_in_plurals(text: str) -> None:
    assert _found(ADDRESS, text, score=0.5) == []


INSURANCE = FrInsurancePolicyRecognizer()


@pytest.mark.parametrize("text,policy", [
    ("| 250269604112087 | AXA 4419 228 104\n", "AXA 4419 228 104"),
    ("| « Sultane », rottweiler | MAIF 2211847P\n", "MAIF 2211847P"),
    ("| GROUPAMA 45-88-0172", "GROUPAMA 45-88-0172"),
    ("assurance : MACIF 0072 4418", "MACIF 0072 4418"),
    ("contrat MAAF n° 123456789", "MAAF n° 123456789"),
])
def test_an_insurance_policy_after_its_insurer(text: str, policy: str) -> None:
    assert _found(INSURANCE, text) == [policy]


@pytest.mark.parametrize("text", ["assuré chez AXA 2024", "la MAIF a indemnisé 12 000 €", "AXA France",
                                  "AXA 12 rue de Paris", "MMA 2024 2025", "le GMF 1234",
                                  "marché MAPA 2025-AD-04"])
def test_no_policy_in_years_sums_or_addresses(text: str) -> None:
    assert _found(INSURANCE, text) == []


@pytest.mark.parametrize("text,place", [
    ("la taxe foncière de la parcelle ZE 101 (Les Fargues), que vous", "Les Fargues"),
    ("cadastrée ZB 12 (La Combe)", "La Combe"),
])
def test_a_parcels_lieu_dit_in_brackets(text: str, place: str) -> None:
    assert place in _found(ADDRESS, text, score=0.5)


@pytest.mark.parametrize("text", ["la parcelle AB 12 (La Commune)", "la parcelle AB 12 (le Département)",
                                  "la parcelle AB 12 (propriété communale)"])
def test_no_lieu_dit_for_a_parcels_public_owner(text: str) -> None:
    assert _found(ADDRESS, text, score=0.5) == []
