"""Verification precision on State services' files (issue 20, dev9): what sent six published
documents sovereign with ANONYMIZATION_UNVERIFIED, each fixed at its cause — an old plate's shape
read across a line break, a replaced value "found" inside a pseudonym label, a sweep reading past
a cell or a particle, fields the detector did not know — and what the sweep must still find."""

from __future__ import annotations

import pytest
from aiguillage.sweep import sweep


@pytest.mark.parametrize("text", [
    # a phone field ends at the cell's bar: the next field is another's
    "Tél. : [TELEPHONE_1] | Zalo / WhatsApp : [TELEPHONE_2]\n",
    "Téléphone : [TELEPHONE_1] | Signal : [TELEPHONE_2]\n",
    # a surname's particle left beside its pseudonym names no one
    "Nom : de [PERSONNE_1]          Prénom(s) : [PERSONNE_2]\n",
    "Nom : van der [PERSONNE_1]\n",
    # the postcode's own field after the address's
    "Adresse : [ADRESSE_3]     CP : [ADRESSE_2]     Commune : [ADRESSE_4]\n",
])
def test_what_is_left_of_a_field_that_names_no_one(text: str) -> None:
    assert [h for h in sweep(text) if h.rule == "form_label"] == []


@pytest.mark.parametrize("text", [
    "Tél. : [TELEPHONE_1] (demander Marie Kerjean) | Fax : [TELEPHONE_2]\n",
    "Nom : de KERSAUSON\n",
    "Adresse : 4 rue des Lilas     CP : [ADRESSE_2]\n",
])
def test_a_value_left_in_a_field_is_still_found(text: str) -> None:
    assert [h for h in sweep(text) if h.rule == "form_label"]


@pytest.mark.parametrize(("text", "value"), [
    ("Document généré automatiquement — réf. interne AR-TYPE-03/DURAND_A/20260519\n",
     "AR-TYPE-03/DURAND_A/20260519"),
    ("Dossier suivi sous la réf. interne GP-2026-031/LEBRIS_Y (bureau des polices)\n",
     "GP-2026-031/LEBRIS_Y"),
])
def test_a_reference_after_an_abbreviated_numbering_word(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PERSONAL_REFERENCE")


@pytest.mark.parametrize(("text", "value", "entity"), [
    ("BEGIN:VCARD\nFN:Yann Kerleguer\nBDAY:19830917\nEND:VCARD\n", "19830917", "DATE_OF_BIRTH"),
    ("Name: John Smith\nDate of birth: 17/09/1983\n", "17/09/1983", "DATE_OF_BIRTH"),
    ("Adresse : 4, rés. du Parc, appt n° 6     CP : 56390     Commune : Grand-Champ\n", "Grand-Champ",
     "FR_ADDRESS"),
    ("Adresse : Château de Coët-Candec\nCode postal : 56390     Commune : LOCMARIA-GRAND-CHAMP\n",
     "LOCMARIA-GRAND-CHAMP", "FR_ADDRESS"),
])
def test_a_field_the_detector_reads(find, text, value, entity) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, entity)


@pytest.mark.parametrize(("text", "boxes", "entity"), [
    ("Date de naissance : 1|2|0|6|1|9|7|1     Lieu : LANNION\n", "12061971", "DATE_OF_BIRTH"),
    ("N° allocataire : 1 | 2 | 3 | 4 | 5 | 6 | 7\n", "1234567", "FR_CAF_NUMBER"),
    ("Né(e) le : 0|3|1|1|1|9|8|8\n", "03111988", "DATE_OF_BIRTH"),
])
def test_a_value_written_in_boxes_is_read_whole(find, text, boxes, entity) -> None:  # type: ignore[no-untyped-def]
    # (each box is a cell: the value is found box by box, every box of it)
    assert "".join(v.replace("|", "").replace(" ", "") for v in find(text, entity)) == boxes


@pytest.mark.parametrize("text", [
    "ARRÊTÉ PRÉFECTORAL portant autorisation d'une manifestation\nCommune : Grand-Champ\n",
    "Liste des ERP visités\nVille : Lorient\nDate : 3 mars 2026\n",
])
def test_a_commune_heading_an_act_is_no_address(find, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(v in ("Grand-Champ", "Lorient") for v in find(text, "FR_ADDRESS"))


@pytest.mark.parametrize("word", ["Avis", "Prix", "Recours", "Décès", "Concours", "Choix"])
def test_an_invariable_noun_is_an_ordinary_word(word: str) -> None:
    from aiguillage.detect.recognizers.names import is_ordinary_word

    assert is_ordinary_word(word)


def test_an_old_plate_s_shape_does_not_run_across_a_line_break(detector) -> None:  # type: ignore[no-untyped-def]
    # a row's last cell and the next row's first ("9,80⏎PB-02") read as an old plate "80 PB 02" once
    # a pseudonym label ("[IMMATRICULATION_1]") stood beside them as a context word
    text = ("Poste | Titulaire | Immatriculation | L.\n"
            "PB-01 | [PERSONNE_1] | [IMMATRICULATION_1] | 9,80\n"
            "PB-02 | [PERSONNE_2] | [IMMATRICULATION_2] | 8,10\n"
            "PB-03 | [PERSONNE_3] | [IMMATRICULATION_3] | 6,20\n")
    plates = [text[f.start:f.end] for f in detector.analyze(text)
              if f.entity_type == "FR_LICENSE_PLATE" and f.score >= 0.5]
    assert [p for p in plates if "[" not in p] == []


@pytest.mark.parametrize(("text", "value"), [
    ("Véhicule immatriculé 1234 AB 56 garé devant.", "1234 AB 56"),
    ("• 9921 YL 74 (vieux Trafic) ;\n• 312 ABC 75 (camionnette) ;\n", "9921 YL 74"),
    ("la voiture 456 FG 2A de M. Santoni", "456 FG 2A"),
])
def test_an_old_plate_on_one_line_is_still_found(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "FR_LICENSE_PLATE")


_VCARD = ("BEGIN:VCARD\nVERSION:3.0\nN:ETXART;Maddalen;;;\nFN:Maddalen Etxart\nNICKNAME:Maddi\n"
          "ADR;TYPE=home:;;Maison Bordaberria, quartier Dancharia;Ainhoa;;64250;France\n"
          "BDAY:19830917\nEND:VCARD\n")


@pytest.mark.parametrize(("entity", "value"), [
    ("PERSON", "ETXART"), ("PERSON", "Maddalen Etxart"), ("PERSON", "Maddi"),
    ("FR_ADDRESS", "Maison Bordaberria, quartier Dancharia"), ("FR_ADDRESS", "Ainhoa"),
    ("DATE_OF_BIRTH", "19830917"),
])
def test_the_properties_of_a_vcard(find, entity, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(_VCARD, entity)


def test_a_vcard_s_country_and_version_stay(find) -> None:  # type: ignore[no-untyped-def]
    assert "France" not in find(_VCARD, "FR_ADDRESS")
    assert find("N: 12 dossiers ; FN: sans objet\n", "PERSON") == []


@pytest.mark.parametrize(("text", "value", "found"), [
    ("ORCID : 0000-0002-4719-5838 — Laboratoire GeM", "0000-0002-4719-5838", True),  # after its name
    ("Mon identifiant https://orcid.org/0000-0002-1825-0097.", "0000-0002-1825-0097", True),  # its key
    ("Tirage 0000-0002-1825-0098 du 3 mars", "0000-0002-1825-0098", False),  # neither
])
def test_an_orcid_by_its_name_or_its_check_character(find, text, value, found) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, "PERSONAL_REFERENCE")) is found


@pytest.mark.parametrize(("text", "value", "found"), [
    ("Date de naissance : 12/06/1971     Lieu : LANNION     Département : 22\n", "LANNION", True),
    ("Né le : 03/11/1988   Lieu : Wrocław (Pologne)\n", "Wrocław (Pologne)", True),
    ("Réunion du 3 mars 2026 — Lieu : salle des fêtes de Plouvien\n", "salle des fêtes de Plouvien", False),
])
def test_a_place_field_after_a_date_of_birth(find, text, value, found) -> None:  # type: ignore[no-untyped-def]
    assert (value in find(text, "LOCATION")) is found


@pytest.mark.parametrize("text", ["Né le : 14/02/2001\n", "Nom : de 12\n", "Nom : [PERSONNE_1] 1975\n"])
def test_a_field_with_digits_left_is_still_found(text: str) -> None:
    assert [h for h in sweep(text) if h.rule == "form_label"]


@pytest.mark.parametrize(("text", "values", "left"), [
    # a form's label replaced as a value ("Courriel") is no value left inside "[COURRIEL_1]"
    ("[TELEPHONE_1]\t[DATE_NAISSANCE_1]\t[COURRIEL_1]\t[ADRESSE_1]\n", ["Courriel", "Adresse"], []),
    # but a value glued in a file name is ("_" joins no letters)
    ("Pièce jointe : scan_DUPONT_2026.pdf ; [PERSONNE_1]\n", ["Dupont"], ["DUPONT"]),
])
def test_the_value_sweep_reads_file_names_but_not_labels(text, values, left) -> None:  # type: ignore[no-untyped-def]
    from aiguillage.verify import value_sweep

    assert [text[f.start:f.end] for f in value_sweep(text, values)] == left
