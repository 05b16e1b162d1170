"""Shapes seen in dev8 (a town hall's everyday files), each in other wordings, with the traps that
must stay untouched: exported columns (quotes, underscores, numbered and acronym headers, places of
birth), matricules, birth places after the date, ages at the end of a description, plates in two
groups, e-mails with a bare "chez", a bracketed digit in a phone, initials of a name, children
named by their age, Japanese names, social profiles and a person's web site, names with a
nickname in guillemets."""

from __future__ import annotations

import pytest
from aiguillage.detect.columns import header_kind, header_text


def _any(found: list[str], value: str) -> bool:
    return any(value in v for v in found)


# --- exported columns ------------------------------------------------------------------------------

@pytest.mark.parametrize(("cell", "words"), [
    ('"numero_macaron"', "numero macaron"),
    ("NE(E)_EN", "NE(E) EN"),
    ("date.naissance", "date naissance"),
    ("« Titulaire »", "Titulaire"),
    ("TEL_RESP", "TEL RESP"),
])
def test_header_text(cell: str, words: str) -> None:
    assert header_text(cell) == words


@pytest.mark.parametrize(("cell", "kind"), [
    ('"titulaire"', "PERSON"),
    ("Lieu de naissance", "LOCATION"),
    ('"lieu_naissance"', "LOCATION"),
    ("adresse", "FR_ADDRESS"),
    ("zone", None),
    ("validite", None),
])
def test_header_kind(cell: str, kind: str | None) -> None:
    assert header_kind(cell) == kind


_MACARONS = ('"numero_macaron";"titulaire";"adresse";"zone"\n'
             '"R-2026-0001";"BOUVIER Cécile";"5 rue des Remparts";"Z1"\n'
             '"R-2026-0002";"ARSLAN Emre";"12 place Dessaix";"Z1"\n'
             '"R-2026-0003";"MARTIN-DELORME Paul";"2 bis rue Sainte-Barbe";"Z2"\n')


@pytest.mark.parametrize(("text", "code"), [
    (_MACARONS, "R-2026-0002"),
    ("Réf.;Nom;Prénom;Commune\nADH-2291;LEROUX;Anne;Vitré\nADH-2292;PICHON;Marc;Rennes\n"
     "ADH-2293;GUERIN;Lise;Acigné\n", "ADH-2292"),
    ("N°  MANDANT                     NNE          MANDATAIRE                  NNE\n"
     "01  CASTAGNÉ Marie-Josée        18220547     LABORDE Jean-Pierre         18220548\n"
     "02  DUBERNET Raphaël            25817302     DUBERNET Sophie             19044125\n"
     "03  ABADIE Guy                  17736012     SARRAMÉA Hélène             17736013\n", "25817302"),
    ("Titulaire\tActivité\tSIRET\nPERRILLAT Jérémy\tglaces\t50127694400031\n"
     "BAUD Amélie\tcrêpes\t81877325100019\nDUCRET Sébastien\tburgers\t84720153900012\n", "81877325100019"),
])
def test_numbers_under_a_column_of_a_table_of_persons(find, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    found = find(text, "PERSONAL_REFERENCE") + find(text, "FR_SIRET")
    assert _any(found, code), found


@pytest.mark.parametrize("text", [
    # amounts under an acronym in a table of persons; lots under "N° de lot": no one's numbers
    "Nom\tPrénom\tHT\nLEROUX\tAnne\t125000,00 €\nPICHON\tMarc\t98000,00 €\nGUERIN\tLise\t110500,00 €\n",
    "Nom\tPrénom\tN° de lot\nLEROUX\tAnne\tLOT-2026-01\nPICHON\tMarc\tLOT-2026-02\n"
    "GUERIN\tLise\tLOT-2026-03\n",
])
def test_no_number_column_without_a_person_s_number(find, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [v for v in find(text, "PERSONAL_REFERENCE") if "LOT" in v or "000" in v]


@pytest.mark.parametrize(("text", "year"), [
    ("ID     NOM          PRENOM    NE(E)_EN  INSTRUMENT\nG-014  LE CALVEZ    Malo      2014      guitare\n"
     "G-015  BENCHEIKH    Imran     2012      guitare\n"
     "G-016  HELLEC       Pauline   1978      guitare\n", "2012"),
    ("nom;prenom;annee_naissance;club\nLEROUX;Anne;1961;cyclo\nPICHON;Marc;1958;cyclo\nGUERIN;Lise;1970;cyclo\n",
     "1958"),
])
def test_birth_years_under_an_export_s_header(find, text: str, year: str) -> None:  # type: ignore[no-untyped-def]
    assert year in find(text, "DATE_OF_BIRTH"), find(text, "DATE_OF_BIRTH")


@pytest.mark.parametrize(("text", "place"), [
    ("Rg  NOM          Prénom(s)     Date de naissance   Lieu de naissance\n"
     "1   LE FUR       Yves-Marie    07/07/1958          Plémet (22)\n"
     "2   ROBIN        Céline        05/05/1984          Rennes (35)\n"
     "3   KOWALCZYK    Magdalena     23/03/1979          Wrocław (Pologne)\n", "Plémet (22)"),
    ("Nom, prénom\tNé(e) le\tà\tAffectation\nDUPONT Marie\t03/04/2004\tNancy (54)\tpiscine\n"
     "MARTIN Léo\t12/12/2005\tÉpinal (88)\tcamping\n", "Nancy (54)"),
])
def test_places_of_birth_in_columns(find, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    # (a place that is a first name too, "Nancy", may be masked as a person: masked all the same)
    found = find(text, "LOCATION") + find(text, "PERSON")
    assert _any(found, place.split()[0]), found


def test_no_birth_place_column_without_persons(detector) -> None:  # type: ignore[no-untyped-def]
    text = "Lieu de naissance | Nombre | Part\nRennes | 120 | 40 %\nBrest | 95 | 31 %\nVannes | 88 | 29 %\n"
    assert not [f for f in detector.analyze(text) if f.recognizer == "FrColumnRecognizer"]


def test_an_export_row_read_across_its_cells_is_cut_at_the_cells(detector) -> None:  # type: ignore[no-untyped-def]
    text = _MACARONS
    for f in detector.analyze(text):
        assert '";"' not in text[f.start:f.end], text[f.start:f.end]


# --- numbers and plates ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "code"), [
    ("Chef d'agrès : Sgt Thomas Daguet (mat. 36-04712) 06 73 20 14 88", "36-04712"),
    ("Agent : Mme Lise Roux, matr. 52-118734, service technique", "52-118734"),
    ("Brigadier Paul Henry, Mle 77-204511", "77-204511"),
])
def test_matricules(find, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert code in find(text, "PERSONAL_REFERENCE"), find(text, "PERSONAL_REFERENCE")


@pytest.mark.parametrize("text", [
    "Cass. civ. 2e, pourvoi n° 16-18418, arrêt du 3 mai 2018",
    "Le mat. 12 sera livré demain.",
])
def test_dockets_and_short_numbers_stay(find, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not find(text, "PERSONAL_REFERENCE"), find(text, "PERSONAL_REFERENCE")


@pytest.mark.parametrize(("text", "plate"), [
    ("4 tables, à emporter, véhicule ABC 123 (plaque suédoise)", "ABC 123"),
    ("charcuterie catalane, véhicule 4417 KRT, +34 650 21 87 44", "4417 KRT"),
    ("jouets en bois, Kerkstraat 8, 8900 Ieper (Belgique), 2-CVB-118 : accepté", "2-CVB-118"),
    ("la camionnette blanche KRT-4417 stationne devant", "KRT-4417"),
    ("stand 4 : XYZ 987 (immatriculation norvégienne)", "XYZ 987"),
])
def test_plates_in_two_groups_and_belgian(find, text: str, plate: str) -> None:  # type: ignore[no-untyped-def]
    assert plate in find(text, "FR_LICENSE_PLATE"), find(text, "FR_LICENSE_PLATE")


@pytest.mark.parametrize("text", [
    "une Clio RS 200 garée devant",
    "le véhicule 2024 ABC a été commandé",
    "Route RD 123 fermée",
    "Salle ABC 123 au premier étage",
])
def test_no_two_group_plate_elsewhere(find, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not find(text, "FR_LICENSE_PLATE"), find(text, "FR_LICENSE_PLATE")


# --- contacts ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "email"), [
    ("JC (Jean-Claude Vuaillat) jcvuaillat chez gmail.com", "jcvuaillat chez gmail.com"),
    ("écrivez-moi : m.dufour56 chez orange.fr, merci", "m.dufour56 chez orange.fr"),
    ("contact : lea_b chez free.fr", "lea_b chez free.fr"),
])
def test_emails_with_a_bare_chez(find, text: str, email: str) -> None:  # type: ignore[no-untyped-def]
    assert email in find(text, "EMAIL_ADDRESS"), find(text, "EMAIL_ADDRESS")


@pytest.mark.parametrize("text", [
    "Il est client chez orange.fr depuis 2010.",
    "Écrivez à Martin chez free.fr.",
    "Abonnement souscrit chez sfr.fr en mai.",
])
def test_prose_with_chez_is_no_email(find, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not find(text, "EMAIL_ADDRESS"), find(text, "EMAIL_ADDRESS")


@pytest.mark.parametrize(("text", "phone"), [
    ("Tél. fixe : 04 73 86 [0]2 51", "04 73 86 [0]2 51"),
    ("appelez le 06 (1)2 34 56 78 le soir", "06 (1)2 34 56 78"),
    ("portable 07.[6]9.45.20.17", "07.[6]9.45.20.17"),
])
def test_phones_with_a_bracketed_digit(find, text: str, phone: str) -> None:  # type: ignore[no-untyped-def]
    assert phone in find(text, "PHONE_NUMBER"), find(text, "PHONE_NUMBER")


@pytest.mark.parametrize(("text", "value"), [
    ("Billet 5 — « un club de go ? https://github.com/mq-tran »", "https://github.com/mq-tran"),
    ("Photos : instagram.com/pat.dupin.photo", "instagram.com/pat.dupin.photo"),
    ("sa page facebook.com/joelle.lacroixmottier", "facebook.com/joelle.lacroixmottier"),
    ("profil linkedin.com/in/anne-roux-42", "linkedin.com/in/anne-roux-42"),
    ("1er prix\tCorentin G.\tGivre\t@corentin_gdn", "@corentin_gdn"),
])
def test_social_profiles(find, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PERSONAL_REFERENCE"), find(text, "PERSONAL_REFERENCE")


@pytest.mark.parametrize("text", [
    "Suivez la mairie : facebook.com/mairiedethonon",
    "instagram.com/office_tourisme_loudeac",
    "écrire à accueil@mairie-loudeac.fr",
    "https://www.facebook.com/sharer",
])
def test_institutions_accounts_and_emails_stay(find, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not find(text, "PERSONAL_REFERENCE"), find(text, "PERSONAL_REFERENCE")


@pytest.mark.parametrize(("text", "site"), [
    ("Jury : M. Lucas Berthod, photographe (www.lucasberthod-photo.fr)", "www.lucasberthod-photo.fr"),
    ("Exposante : Anne Pélissier — atelier pelissier-ceramique.com", "pelissier-ceramique.com"),
])
def test_the_site_of_a_person_named(find, text: str, site: str) -> None:  # type: ignore[no-untyped-def]
    assert site in find(text, "PERSONAL_REFERENCE"), find(text, "PERSONAL_REFERENCE")


def test_a_site_without_the_name_stays(find) -> None:  # type: ignore[no-untyped-def]
    text = "Jury : M. Lucas Berthod ; règlement sur www.loudeac.fr"
    assert "www.loudeac.fr" not in find(text, "PERSONAL_REFERENCE")


# --- births and ages -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "place"), [
    ("Madame Léa GOURDEL, aide-comptable, née le 1er mai 1990 à Rennes, domiciliée à la même adresse.",
     "Rennes"),
    ("Mister Oliver WHITCOMBE, né le 2 March 1983 à Bristol (Royaume-Uni), domicilié à Oxford", "Bristol"),
    ("Madame Aminata DIALLO, née le vingt-huit août mil neuf cent quatre-vingt-seize à Thiès (Sénégal).",
     "Thiès"),
    ("M. Paul Henry, né le 11/12/1988 à Guimarães (Portugal)", "Guimarães"),
])
def test_birth_places_after_the_date(find, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    assert _any(find(text, "LOCATION"), place), find(text, "LOCATION")


@pytest.mark.parametrize(("text", "date"), [
    ("SEGURA Manuel, né le 1er/01/1955 à Oran (Algérie)", "1er/01/1955"),
    ("née le 1er.03.1962 à Tulle", "1er.03.1962"),
])
def test_birth_dates_with_1er_in_digits(find, text: str, date: str) -> None:  # type: ignore[no-untyped-def]
    assert date in find(text, "DATE_OF_BIRTH"), find(text, "DATE_OF_BIRTH")


@pytest.mark.parametrize(("text", "name"), [
    ("SEGURA Manuel, né le 1er/01/1955 à Oran (Algérie)", "SEGURA Manuel"),
    ("PARIS Rose, née le 3 mars 1950", "PARIS Rose"),
])
def test_a_name_before_a_birth_is_a_person(find, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in find(text, "PERSON"), find(text, "PERSON")


@pytest.mark.parametrize(("text", "age"), [
    ("Mlle Inès Castellano, électrice désignée (la plus jeune des électeurs présents, 19 ans)", "19 ans"),
    ("Sap. Enzo Pinault (JSP sortant, 18 ans)", "18 ans"),
    ("Objet déclaré : repas de famille (les 70 ans de Mme Josette Dupouy)", "70 ans"),
    ("pour fêter les 90 ans de M. René Caradec", "90 ans"),
])
def test_ages_in_descriptions_and_of_a_named_person(find, text: str, age: str) -> None:  # type: ignore[no-untyped-def]
    assert age in find(text, "DATE_OF_BIRTH"), find(text, "DATE_OF_BIRTH")


@pytest.mark.parametrize("text", [
    "Local loué (bail renouvelable, 9 ans)",
    "Concession (caveau, durée 30 ans)",
    "les 40 ans de l'association",
    "Machine à laver (garantie constructeur, 2 ans)",
])
def test_terms_are_no_ages(find, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not find(text, "DATE_OF_BIRTH"), find(text, "DATE_OF_BIRTH")


# --- names -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("T-03 | perruche verte | trouvée par la petite Inaya (9 ans) et sa mère", "Inaya"),
    ("le petit Noam a perdu son doudou", "Noam"),
    ("l'aînée Maëlys garde ses frères", "Maëlys"),
])
def test_children_named_by_their_age(find, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in find(text, "PERSON"), find(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Lecture du Petit Prince : le petit Prince arrive",
    "la jeune Chambre économique",
    "le petit Poucet",
])
def test_tales_and_bodies_are_no_children(find, text: str) -> None:  # type: ignore[no-untyped-def]
    found = find(text, "PERSON")
    assert not {"Prince", "Chambre", "Poucet"} & set(found), found


@pytest.mark.parametrize(("text", "initials"), [
    ("« ouverture le dimanche ? — JC (Jean-Claude Vuaillat) »", "JC"),
    ("Signé : Marie Dupont (MD)", "MD"),
    ("JPM (Jean-Paul Morel) a relu", "JPM"),
])
def test_initials_of_a_name(find, text: str, initials: str) -> None:  # type: ignore[no-untyped-def]
    assert initials in find(text, "PERSON"), find(text, "PERSON")


def test_an_acronym_before_another_name_stays(find) -> None:  # type: ignore[no-untyped-def]
    assert "ONU" not in find("Réunion ONU (Marie Dupont) le 3 mai", "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    (" 2    30/05/2024   MESSAOUDI Rachida & Kamel             14 rue Voltaire", "Kamel"),
    (" 5    08/01/2025   TORRES Inmaculada (« Inma »)           3 place Garcin", "Inma"),
    ("Jacky « le Grand » Tissier, 06 12 34 56 78 (le soir)", "Jacky « le Grand » Tissier"),
    ("Sakura Takahashi (高橋さくら), professeure de japonais", "Sakura Takahashi"),
    ("Sakura Takahashi (高橋さくら), professeure de japonais", "高橋さくら"),
    ("Parrain : 田中ゆうき", "田中ゆうき"),
])
def test_names_related_to_a_name(find, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in find(text, "PERSON"), find(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Le comité Jean Dupont & Fils",
    "Texte en japonais : 登録する",
    "Vente Dupont (« Brocante »)  ; rue Haute",
])
def test_no_related_name_from_words(find, text: str) -> None:  # type: ignore[no-untyped-def]
    found = find(text, "PERSON")
    assert "Fils" not in found and "登録する" not in found and "Brocante" not in found, found


# --- what a canary hid: a handle left in clear sent these documents sovereign, masking it showed
# --- the rest (dev7 u07, u22)

@pytest.mark.parametrize(("text", "entity", "value"), [
    ("Coordonnées bancaires : FR76 1310 6005 0030 0214 7738 091 (Crédit Agricole)", "IBAN_CODE", "FR76 1310"),
    ("Compte bancaire : FR14 2004 1010 0505 0001 3M02 606", "IBAN_CODE", "FR14 2004"),
    ("Nom d'artiste : MAÏ LAFF", "PERSON", "MAÏ LAFF"),
    ("Pseudonyme : Kalista Rose", "PERSON", "Kalista Rose"),
    ("Née le 23 août 1989 à Rodez (Aveyron) — 36 ans", "DATE_OF_BIRTH", "36 ans"),
    ("né le 4 mai 1950 à Albi, 75 ans", "DATE_OF_BIRTH", "75 ans"),
])
def test_bank_details_stage_names_and_ages_after_a_birth(  # type: ignore[no-untyped-def]
        find, text: str, entity: str, value: str) -> None:
    assert _any(find(text, entity), value), find(text, entity)


@pytest.mark.parametrize(("text", "town"), [
    ("N° | Nom Prénom | Commune | Signature\n1 | LECOQ Bernadette | Mézidon | signé\n"
     "2 | Hamidou Traoré | Lisieux | signé\n3 | Ilyès Benaïssa | Caen | signé\n", "Lisieux"),
    ("Nom\tPrénom\tVille\nLEROUX\tAnne\tPercy-en-Auge\nPICHON\tMarc\tVimoutiers\n", "Percy-en-Auge"),
])
def test_the_town_column_of_a_table_of_persons(find, text: str, town: str) -> None:  # type: ignore[no-untyped-def]
    # (the model may read a town as a name there: masked all the same)
    assert _any(find(text, "LOCATION") + find(text, "FR_ADDRESS") + find(text, "PERSON"), town)


def test_the_town_column_of_a_table_of_no_persons_stays(detector) -> None:  # type: ignore[no-untyped-def]
    # ("Habitants" would name persons: a heading of the people-header list)
    text = ("Commune\tPopulation\tSubvention\nLisieux\t20 000\t5 000 €\nCaen\t105 000\t12 000 €\n"
            "Vire\t11 000\t2 000 €\n")
    assert not [f for f in detector.analyze(text) if f.recognizer == "FrColumnRecognizer"]


@pytest.mark.parametrize(("text", "hit"), [
    ("Coordonnées : FR76 1310 6005 0030 0214 7738 091", True),
    ("Compte : BE71 0961 2345 6769 (Belfius)", True),
    ("1057 1087 1167 1097 1087", False),
    ("Exercices 2011 2012 2013 2014 2015", False),
    ("Budget : 1 234 567 €", False),
])
def test_the_sweep_reads_digits_in_groups_of_four(text: str, hit: bool) -> None:
    from aiguillage.sweep import sweep

    assert any(h.rule == "digits" for h in sweep(text)) is hit
