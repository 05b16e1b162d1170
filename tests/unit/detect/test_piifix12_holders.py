"""What a person holds or is named by (dev11, piifix12): a code alone as a field of a row naming them
(a sports licence, a registration); the plates of a long cell under "Véhicule(s)"; a club's
president at home or in brackets after the group; a name found by its relation, sought again; a
foreign identity document's name in its own language; a business named after its owner; brothers
named together; an old register's "Surname (First name)"."""

from __future__ import annotations

import pytest
from aiguillage.detect.columns import header_kind, typed_columns
from aiguillage.detect.engine import postprocess, row_numbers
from aiguillage.detect.recognizers.id_card_foreign import FrForeignPassportRecognizer
from aiguillage.detect.recognizers.person_family import FrFamilyNameRecognizer
from aiguillage.detect.recognizers.person_trade_name import FrTradeNameRecognizer
from aiguillage.detect.recognizers.public_official import FrPublicOfficialRecognizer
from aiguillage.records import Finding


def _names(text: str, *names: str) -> list[Finding]:
    return [Finding("PERSON", text.index(n), text.index(n) + len(n), 0.9, "FrUppercaseNameRecognizer")
            for n in names]


def test_a_code_alone_as_a_field_of_a_persons_row() -> None:
    text = ("Sportif | Club / licence | Montant\n"
            "GIRAUD Tom | Tennis Club Tournus — lic. TCT-0712-55 | 600 €\n"
            "PERRET Inès | Judo Louhans — 08214477 | 600 €\n"
            "- Gîte des Saules — Mme Anne Vial — 7127100031 — 4 pers.\n")
    names = _names(text, "GIRAUD Tom", "PERRET Inès", "Anne Vial")
    found = {text[f.start:f.end] for f in row_numbers(text, names)}
    assert found == {"TCT-0712-55", "08214477", "7127100031"}


def test_codes_of_rows_naming_no_one_and_amounts_stay() -> None:
    text = ("Lot | Objet | Montant\n1 | Voirie — 20260311 | 14 000 €\n"
            "M. Paul Roux | séance du 12/03/2026 | 1 250 000 €\n")
    assert row_numbers(text, _names(text, "Paul Roux")) == []
    assert row_numbers(text, []) == []


def test_the_plates_of_a_long_cell_under_vehicles() -> None:
    text = ("Badge | Titulaire | Véhicule(s)\n"
            "B1 | Paul Roux | 3312 KT 69 ; AB-512-KT (carte grise en cours de mutation)\n"
            "B2 | Anne Vial | GH-100-TT\n"
            "B3 | Luc Petit | à pied\n")
    assert header_kind("Véhicule(s)") == "FR_LICENSE_PLATE"
    found = [Finding("FR_LICENSE_PLATE", text.index("AB-512-KT"), text.index("AB-512-KT") + 9, 0.7, "x"),
             Finding("FR_LICENSE_PLATE", text.index("GH-100-TT"), text.index("GH-100-TT") + 9, 0.7, "x"),
             *_names(text, "Paul Roux", "Anne Vial", "Luc Petit")]
    typed = {text[f.start:f.end] for f in typed_columns(text, found)}
    assert "3312 KT 69" in typed
    assert not any("carte grise" in t or "pied" in t for t in typed)
    # once replaced, the labels' numbers are no codes (the verifier's rescan)
    done = ("Badge | Titulaire | Véhicule(s)\n"
            "[REFERENCE_1] | [PERSONNE_1] | [IMMATRICULATION_10] ; [IMMATRICULATION_11] (en cours)\n"
            "[REFERENCE_2] | [PERSONNE_2] | [IMMATRICULATION_12]\n")
    assert not any(done[f.start:f.end].isdigit() for f in typed_columns(done, []))


@pytest.mark.parametrize("text", [
    "Boules lyonnaises — siège : chez le président M. Gilles Prost, 3 rue Neuve",
    "Les Amis de l'orgue (présidente Mme Annick Vallet, 06 11 22 33 44) organisent",
])
def test_a_clubs_president_at_home_or_in_brackets_is_no_official(text: str) -> None:
    assert FrPublicOfficialRecognizer().analyze(text, ["PUBLIC_OFFICIAL"]) == []


@pytest.mark.parametrize("text", [
    "Conseil départemental (présidente Mme Claire Roux)",
    "La séance est ouverte par la présidente Mme Claire Roux.",
])
def test_a_public_bodys_president_stays_an_official(text: str) -> None:
    assert [text[r.start:r.end] for r in FrPublicOfficialRecognizer().analyze(text, ["PUBLIC_OFFICIAL"])] == [
        "Claire Roux"]


def test_a_name_found_by_its_relation_is_sought_again() -> None:
    text = "Le tracteur de Totor (FH-382-TR) bloque le chemin. Totor viendra le déplacer demain.\n"
    i = text.index("FH-382-TR")
    found = postprocess(text, [Finding("FR_LICENSE_PLATE", i, i + 9, 0.9, "FrLicensePlateRecognizer")])
    names = [f.start for f in found if f.entity_type == "PERSON"]
    assert text.index("Totor") in names and text.rindex("Totor") in names


@pytest.mark.parametrize("text,number", [
    ("2. MÜLLER Jonas — Reisepass (allemand) C4K712T90", "C4K712T90"),
    ("pasaporte XDA 123456 (España)", "XDA 123456"),
])
def test_a_passports_name_in_its_own_language(text: str, number: str) -> None:
    res = FrForeignPassportRecognizer().analyze(text, ["FR_PASSPORT"])
    assert number in [text[r.start:r.end] for r in res if r.score >= 0.5]


@pytest.mark.parametrize("text,name", [
    ("Entreprise d'accueil : Menuiserie Éric Pelletier (EI)", "Éric Pelletier"),
    ("« Déménagements Lacroix & Fils » (SARL)", "Lacroix"),
    ("Classement : 1. Atelier Vermorel (91 points)", "Vermorel"),
    ("Gagneux (Jean-Baptiste), propriétaire à Cluny", "Gagneux"),
])
def test_a_business_named_after_its_owner(text: str, name: str) -> None:
    assert name in [text[r.start:r.end] for r in FrTradeNameRecognizer().analyze(text, ["PERSON"])]


@pytest.mark.parametrize("text", [
    "Atelier Mosaïque, Maison Rouge, Maison de la Presse, Transports Scolaires",
    "Mâcon (Saône-et-Loire), Conseil (Pierre angulaire)",
])
def test_words_after_a_trade_are_no_owners(text: str) -> None:
    assert FrTradeNameRecognizer().analyze(text, ["PERSON"]) == []


def test_brothers_named_together() -> None:
    text = "Bal avec les Frères Vachet et les sœurs Goujon."
    res = FrFamilyNameRecognizer().analyze(text, ["PERSON"])
    assert {text[r.start:r.end] for r in res if r.score >= 0.5} == {"Vachet", "Goujon"}


def test_the_registrations_of_a_boat_column_in_a_table_of_persons() -> None:
    text = ("Rang\tDemandeur\tN° de demande\tBateau\n"
            "1\tMARTIN Paul\tTRI-2019-01\tFirst 27 — CC F 12 345\n"
            "2\tWALSH Aoife\tTRI-2019-02\tSigma 33 — IRL 2210\n"
            "3\tROUX Anne\tTRI-2019-03\tannexe sans numéro\n")
    found = _names(text, "MARTIN Paul", "WALSH Aoife", "ROUX Anne")
    typed = {text[f.start:f.end] for f in typed_columns(text, found) if f.entity_type == "PERSONAL_REFERENCE"}
    assert {"CC F 12 345", "IRL 2210"} <= typed
    assert not typed & {"27", "33", "First 27", "Sigma 33"}
