"""piifix17 (over-replacement in public texts): what the detector took for persons and is a body,
a company, a form's label, a title or a phrase in another script — each with the twin that must
stay a person."""

from __future__ import annotations

from typing import Any

import pytest
from aiguillage.detect.engine import postprocess
from aiguillage.detect.recognizers.bodies import body_head, company_form, inclusive_words
from aiguillage.detect.recognizers.person_civility import FrCivilityNameRecognizer
from aiguillage.detect.recognizers.person_cjk import FrCjkNameRecognizer
from aiguillage.detect.recognizers.person_first_name import FrLoneFirstNameRecognizer
from aiguillage.detect.recognizers.person_native_script import FrNativeScriptNameRecognizer
from aiguillage.records import Finding

MODEL = "SpacyRecognizer"


def _found(rec: Any, text: str) -> list[str]:
    return [text[r.start:r.end] for r in rec.analyze(text, []) if r.score >= 0.5]


def _person(text: str, span: str, recognizer: str = MODEL) -> Finding:
    i = text.index(span)
    return Finding("PERSON", i, i + len(span), 0.85, recognizer)


def _persons_after(text: str, spans: list[tuple[str, str]]) -> list[str]:
    found = postprocess(text, [_person(text, s, r) for s, r in spans])
    return [text[f.start:f.end] for f in found if f.entity_type == "PERSON"]


@pytest.mark.parametrize("text,span", [
    ("Subventions : Association Aides aux victimes 72, 1 200 €.", "Association Aides aux victimes 72"),
    ("Établissement public autonome — Saint-Genès-la-Tour", "Établissement public autonome"),
    ("- M. Arnaud, professeur, Université de Lorraine — rapporteur", "Université de Lorraine"),
    ("Prêteurs : Banque des territoires ; Caisse d'épargne Normandie.", "Banque des territoires"),
    ("Prêteurs : Banque des territoires ; Caisse d'épargne Normandie.", "Caisse d'épargne Normandie"),
    ("n° 12 — Salle des Graves (bureau créé)", "Salle des Graves"),
    ("Direction des affaires juridiques, Métropole de Clermont-Volcans — 5 mai",
     "Métropole de Clermont-Volcans"),
    ("Les Associations Sportives Réunies tiennent leur assemblée.", "Associations Sportives Réunies"),
    ("Prêteur : La Banque postale, 3 emprunts", "La Banque postale"),  # after its article
    ("Adhérent : L'Association des Amis du Musée", "L'Association des Amis du Musée"),
])
def test_a_person_headed_by_a_bodys_noun_is_a_body(text: str, span: str) -> None:
    assert body_head(text, _person(text, span))
    assert _persons_after(text, [(span, MODEL)]) == []


@pytest.mark.parametrize("text,span", [
    ("Mme Paragraph a signé le registre.", "Paragraph"),  # no body's word
    ("M. Lacaisse a signé ; Madame Banque aussi.", "Banque"),  # after a civility: a surname
    ("M. et Mme Centre, domiciliés à Gap", "Centre"),
    ("MAISON Pierre, 12 rue Haute", "MAISON Pierre"),  # in capitals: a surname first
    ("Atelier Boutonnet, 5 rue du Pont-Neuf", "Atelier Boutonnet"),  # a business after its owner
    ("Maison Rouge, chez l'artiste", "Maison Rouge"),
    ("Cabinet Pilliot / AIG", "Cabinet Pilliot"),
    ("La Rose a signé", "La Rose"),  # an article before no body's noun
])
def test_a_name_after_a_civility_or_a_business_word_stays(text: str, span: str) -> None:
    assert not body_head(text, _person(text, span))


def test_a_body_named_after_a_famous_person_is_not_replaced_but_its_private_person_is() -> None:
    text = "Collège Jean Moulin : M. Jean Moulin, parent d'élève, a écrit."
    found = _persons_after(text, [("Collège Jean Moulin", MODEL),
                                  ("Jean Moulin, parent", "FrCivilityNameRecognizer")])
    assert "Collège Jean Moulin" not in found


@pytest.mark.parametrize("text,span", [
    ("Madame, Monsieur,\nDassault Systèmes SE (SIRET 322 306 440 00213) emploie", "Dassault Systèmes SE"),
    ("La société Vermont SA a répondu.", "Vermont"),  # the form right after the span
    ("Fournisseur : Meunier Frères SA, Lyon", "Meunier Frères SA"),
    ("Offre de Transports Rapides SARL retenue.", "Transports Rapides SARL"),
    ("Siemens AG et Philips NV", "Siemens"),
    ("de la société BTA Insurance Compagny SE, société au capital", "BTA Insurance"),  # the name goes on
    ("la requête évoquée par la société Balcia, relative aux désordres", "Balcia"),  # named short
])
def test_a_company_by_its_legal_form(text: str, span: str) -> None:
    assert company_form(text, _person(text, span))


@pytest.mark.parametrize("text,span", [
    ("Boulangerie : Martin SARL, gérée par lui.", "Martin"),  # a small company after its owner
    ("Mme Lefort SA", "Lefort"),  # after a civility (whatever follows)
    ("M. Jean Dupont a signé.", "Jean Dupont"),
    ("Lefort Sarah a signé.", "Lefort Sarah"),  # no form: a first name
    ("MME JEANNE DURAND SA FILLE ET SON GENDRE", "JEANNE DURAND"),  # a text in capitals
    ("la société de M. Paul Martin", "Paul Martin"),  # a civility
    ("Le témoin Paul Durand SE PRÉSENTE au guichet", "Paul Durand"),
])
def test_a_person_or_a_business_after_its_owner_stays(text: str, span: str) -> None:
    assert not company_form(text, _person(text, span))


def test_a_companys_name_is_not_sought_again_but_its_owners_is() -> None:
    text = ("Dassault Systèmes SE recrute.\nContact : Dassault Systèmes — +33 1 61 62 61 62\n"
            "La société Lefort SARL, gérée par Mme Sophie Lefort.")
    found = _persons_after(text, [("Dassault Systèmes SE", "FrUppercaseNameRecognizer"),
                                  ("Sophie Lefort", "FrCivilityNameRecognizer")])
    assert not any("Dassault" in f or "Systèmes" in f for f in found)
    assert found.count("Lefort") + found.count("Sophie Lefort") >= 2


@pytest.mark.parametrize("span,words", [
    ("Référence(s", "Référence"), ("Président(e)", "Président"), ("Ingénieur·e", "Ingénieur"),
    ("Doctorant·e", "Doctorant"), ("élu·es", "élu"), ("Salarié.e.s", "Salarié"),
])
def test_inclusive_endings(span: str, words: str) -> None:
    assert inclusive_words(span).rstrip(")") == words


@pytest.mark.parametrize("text,span", [
    ("Référence(s) du ou des titres concernés : ........", "Référence(s"),
    ("OFFRE D'EMPLOI — Ingénieur·e de recherche", "Ingénieur·e"),
    ("Doctorant·e : ____________________", "Doctorant·e"),
])
def test_a_label_written_for_both_genders_is_no_name(text: str, span: str) -> None:
    assert _persons_after(text, [(span, MODEL)]) == []


def test_a_name_with_a_letter_in_brackets_stays() -> None:
    text = "Présent : Yannick Le Bihan (s) et Morgane Ségalen."
    assert _persons_after(text, [("Yannick Le Bihan", MODEL)]) == ["Yannick Le Bihan"]


@pytest.mark.parametrize("text", [
    "ACTE DE MARIAGE (عقد الزواج) — enregistré sous le n° 318",
    "Livret de famille (Сімейна книга) — traduction",
    "Extrait d'acte de naissance (Свидетельство о рождении)",
])
def test_words_of_the_language_translated_in_brackets_are_no_name(text: str) -> None:
    assert _found(FrCjkNameRecognizer(), text) == []
    assert _found(FrNativeScriptNameRecognizer(), text) == []


@pytest.mark.parametrize("text,name", [
    ("Mohammed Ait Ouarab (محمد آيت واعراب) est présent.", "محمد آيت واعراب"),
    ("Mme Olena Kovalenko (Олена Коваленко) signe.", "Олена Коваленко"),
    ("Témoin : Rose Martin (Роза Мартен).", "Роза Мартен"),
])
def test_a_name_in_its_own_script_after_the_name_stays(text: str, name: str) -> None:
    assert name in _found(FrCjkNameRecognizer(), text) + _found(FrNativeScriptNameRecognizer(), text)


@pytest.mark.parametrize("text,span,kept", [
    ("Témoins : adoul Ahmed Lamrani et adoul Driss Kaddouri.", "adoul Driss Kaddouri", ["Driss Kaddouri"]),
    ("ont comparu devant nous, adoul soussignés :", "adoul", []),
    ("devant le cadi Omar Benali", "cadi Omar Benali", ["Omar Benali"]),
])
def test_a_notarys_title_is_no_name(text: str, span: str, kept: list[str]) -> None:
    assert _persons_after(text, [(span, MODEL)]) == kept


@pytest.mark.parametrize("text,name", [
    ("Déposée le 22/10 — M. Patrice Gineste\nAgriculteur exploitant des parcelles", "Patrice Gineste"),
    ("Titulaire : M. et Mme Quéré\nDette au 30/09/2025 : 1 036,70 €", "Quéré"),
])
def test_a_civility_name_stops_before_a_sentence_on_the_next_line(text: str, name: str) -> None:
    assert _found(FrCivilityNameRecognizer(), text) == [name]


@pytest.mark.parametrize("text,name", [
    ("Mme Susanne\nCOULON, née le 3 mai", "Susanne\nCOULON"),
    ("Mme Susanne\nCoulon, née le 3 mai", "Susanne\nCoulon"),
    ("signé M. Albert\nBoulanger et son épouse", "Albert\nBoulanger"),  # a first name waits for its surname
])
def test_a_surname_wrapped_to_the_next_line_stays(text: str, name: str) -> None:
    assert _found(FrCivilityNameRecognizer(), text) == [name]


@pytest.mark.parametrize("text", [
    "- M. Arnaud, professeur, Université de Lorraine — rapporteur",
    "Stage à l'École de Florence, promotion 2024",
])
def test_a_first_name_that_names_a_bodys_place_stays_unfound(text: str) -> None:
    found = _found(FrLoneFirstNameRecognizer(), text)
    assert "Lorraine" not in found and "Florence" not in found


@pytest.mark.parametrize("text,name", [
    ("le fils de Sébastien a perdu son sac", "Sébastien"),
    ("Lettre reçue de Quentin — 06 12 34 56 78", "Quentin"),
])
def test_a_lone_first_name_after_a_particle_stays_found(text: str, name: str) -> None:
    assert name in _found(FrLoneFirstNameRecognizer(), text)


@pytest.mark.parametrize("text,span,kept", [
    ("CP-209\tAssociation « Les Amis du vieux Tournus » (président Jean-François Bretin)\t1 960 €",
     "Association « Les Amis du vieux Tournus » (président Jean-François Bretin", ["Jean-François Bretin"]),
    ("CP-212\tCompagnie Tsuki — Misaki Sato\tCréation « Hana »", "Compagnie Tsuki — Misaki Sato",
     ["Misaki Sato"]),
    ("20/06\tAmicale laïque (M. Poulain)\tkermesse", "Amicale laïque (M. Poulain", ["Poulain"]),
])
def test_a_person_named_after_a_body_in_the_same_cell_stays(text: str, span: str, kept: list[str]) -> None:
    assert _persons_after(text, [(span, "FrTableNameRecognizer")]) == kept


@pytest.mark.parametrize("text,span,kept", [
    ("Nom : PEREIRA          Prénom(s) : Joël", "PEREIRA          Prénom(s", ["PEREIRA"]),
    ("Nom\tPrénom(s)\tNé(e) le\n", "Né(e", []),
])
def test_a_label_for_both_genders_is_trimmed_off_a_name(text: str, span: str, kept: list[str]) -> None:
    assert _persons_after(text, [(span, MODEL)]) == kept


@pytest.mark.parametrize("text,place", [
    ("Candidat 2 : GAEC du Sornin (MM. Lucien et Florian Desmurs), siège Le Bois", "Sornin"),
    ("Exploitant : EARL de la Verchère, 71120 Vendenesse", "Verchère"),
    ("SCEA des Grands Champs — 40 ha", "Grands Champs"),
    ("GAEC de l'Étang-Neuf", "Étang-Neuf"),
])
def test_a_farm_companys_place_name(text: str, place: str) -> None:
    from aiguillage.detect.recognizers.farm_company import FrFarmCompanyPlaceRecognizer

    assert _found(FrFarmCompanyPlaceRecognizer(), text) == [place]


@pytest.mark.parametrize("text", [
    "Le GAEC a déposé sa demande.",
    "un GAEC de trois associés",
    "La SCEA du domaine viticole",
    "GAEC Vérot et EARL Falguières",  # after the form directly: the name rules' business
])
def test_a_farm_company_without_a_place_name(text: str) -> None:
    from aiguillage.detect.recognizers.farm_company import FrFarmCompanyPlaceRecognizer

    assert _found(FrFarmCompanyPlaceRecognizer(), text) == []


TABLE = ("Délibération\tBénéficiaire\tObjet\tMontant\n"
         "CP-208\tM. et Mme Gérard Lambert\tPigeonnier de la Verchère\t5 680 €\n"
         "CP-209\tAssociation « Les Amis du vieux Tournus » (président Jean-François Bretin)"
         "\tÉdition\t2 500 €\n"
         "CP-210\tChorale « La Clé des champs » — chef de chœur Ana-Maria Ionescu\tConcert\t1 200 €\n"
         "CP-211\tJulien Rousselot, facteur d'orgues\tAide\t3 000 €\n"
         "CP-212\tCentre social des Sablons\tAnimation\t900 €\n")


def test_a_bodys_cell_in_a_column_of_persons_keeps_its_name_but_not_its_body() -> None:
    spans = [("Gérard Lambert", "FrCivilityNameRecognizer"), ("Jean-François Bretin", MODEL),
             ("Ana-Maria Ionescu", MODEL), ("Julien Rousselot", MODEL)]
    found = _persons_after(TABLE, spans)
    for name in ("Jean-François Bretin", "Ana-Maria Ionescu", "Julien Rousselot"):
        assert any(name in f for f in found)
    assert not any("Association" in f or "Chorale" in f or "Centre social" in f for f in found)


def test_a_name_read_inside_a_companys_name_goes_with_it() -> None:
    text = ("la société Balcia Insurance SE, nouvelle dénomination de la société BTA Insurance "
            "Compagny SE. La société Balcia Insurance SE conclut au rejet. M. Balcia, témoin, confirme.")
    spans = [("Balcia Insurance SE", "FrUppercaseNameRecognizer"),
             ("BTA Insurance", "FrUppercaseNameRecognizer"),
             ("BTA Insurance Compagny SE", "FrUppercaseNameRecognizer"), ("Balcia", MODEL)]
    witness = text.index("Balcia, témoin")
    found = postprocess(text, [_person(text, s, r) for s, r in spans]
                        + [Finding("PERSON", witness, witness + 6, 0.9, "FrCivilityNameRecognizer")])
    persons = [text[f.start:f.end] for f in found if f.entity_type == "PERSON"]
    assert "BTA Insurance" not in persons and "Insurance" not in persons
    assert persons.count("Balcia") >= 1  # the witness after his civility, and his name's echoes
