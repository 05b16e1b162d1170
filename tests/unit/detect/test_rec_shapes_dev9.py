"""Shapes of State services' files meant for publication (issue 20, dev9): CSV exports, parcel
lists, held numbers named by their label, ages and birth years, names glued in handles and file
names, married names, foreign addresses. Each shape in several wordings, with traps that stay."""

from __future__ import annotations

import pytest

# --- rows of a CSV export (commas, quoted cells) ----------------------------------------------------

_CSV = ("id,horodatage,nom,prenom,email,date_naissance,age,adresse,code_postal,ville\n"
        "1,2026-09-01 08:12,PAYET,Jean-Hugues,jh.p@gmail.com,14/03/1996,30,\"12 chemin Bras-Canot, lot. "
        "Les Lataniers\",97436,Saint-Leu\n"
        "2,2026-09-01 09:40,chane-kane,lucie,l.ck@gmail.com,1999,,\"3 ter rue Sainte-Anne\",97400,"
        "Saint-Denis\n"
        "3,2026-09-02 20:05,GRONDIN,Marie-Lise,ml.g@orange.fr,22.08.1991,35,\"Cité Bellepierre, chambre 214"
        "\",97400,Saint-Denis\n")
_CSV_OTHER = ("matricule,Nom,Prénom,Année de naissance,Adresse\n"
              "A-11,Lebreton,Sandrine,1971,\"5 ter rue des Lilas, Bât. 2\"\n"
              "A-12,ouedraogo,issa,1988,\"Lieu-dit Kerhuel\"\n")


@pytest.mark.parametrize(("text", "entity", "value"), [
    (_CSV, "DATE_OF_BIRTH", "30"),
    (_CSV, "DATE_OF_BIRTH", "1999"),
    (_CSV, "DATE_OF_BIRTH", "35"),
    (_CSV, "DATE_OF_BIRTH", "22.08.1991"),
    (_CSV, "FR_ADDRESS", "12 chemin Bras-Canot, lot. Les Lataniers"),
    (_CSV, "FR_ADDRESS", "Cité Bellepierre, chambre 214"),
    (_CSV_OTHER, "DATE_OF_BIRTH", "1971"),
    (_CSV_OTHER, "FR_ADDRESS", "Lieu-dit Kerhuel"),
])
def test_a_cell_of_a_csv_export_under_its_header(find, text, entity, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, entity))


@pytest.mark.parametrize("text", [
    # prose with commas (each followed by a space) is no export
    "Étaient présents : Bernard, Chantal, Michel, Sylvie.\nL'âge moyen, 35, est stable.\n",
    # figures of a table of statistics, not of persons
    "annee,communes,habitants,age_moyen\n2024,12,35000,41\n2025,12,35200,42\n",
])
def test_commas_that_are_no_export_of_persons(find, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(v in ("35", "41", "42") for v in find(text, "DATE_OF_BIRTH"))


@pytest.mark.parametrize(("text", "value"), [
    ("n_carte;nom;prenom;date_naissance\n29AAP0412387;LE ROUX;Jean-Yves;1958-04-03\n"
     "29AAP0412402;LE ROUX;Maël;2014-07-22\n", "29AAP0412402"),
    ("num_adherent;nom;prenom\nCL-2026-0001;Martin;Léa\nCL-2026-0002;Durand;Hugo\n", "CL-2026-0002"),
])
def test_an_export_s_number_column_in_a_table_of_persons(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, "PERSONAL_REFERENCE"))


@pytest.mark.parametrize(("text", "value"), [
    ("N° étud.  NOM         Prénom\n--------  ----------  ------\n21700290  ETXEBERRIA  Ane\n"
     "21905573  IRIGOIEN    Maddi\ne2207754  ŞAHIN       Elif\n", "e2207754"),
    ("Réf. dos.\tNom\tPrénom\nD-2201\tMartin\tLéa\nD-2202\tDurand\tHugo\nd-2203\tPetit\tZoé\n", "d-2203"),
])
def test_a_numbered_column_with_an_abbreviated_header(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, "PERSONAL_REFERENCE"))


# --- parcels in a document about land ----------------------------------------------------------------

_LAND = "Commission communale d'aménagement foncier — décisions sur les réclamations.\n"


@pytest.mark.parametrize(("text", "value"), [
    (_LAND + "M. JÉGOUZO demande que l'attribution ZN 13 soit accolée à son bâtiment.", "ZN 13"),
    (_LAND + "Décision : acceptée ; la limite entre ZN 12 et ZN 13 est déplacée.", "ZN 12 et ZN 13"),
    (_LAND + "demande la réattribution de son ancien verger ZB 77.", "ZB 77"),
    ("Terrains apportés à l'ACCA (12 ha 40 a) : AB 412, AB 413, C 1120.", "AB 412, AB 413, C 1120"),
    ("État parcellaire\nApports\tLieu-dit\tAttributions\nZE 41, ZE 42\tParc Nevez\tZQ 17\n", "ZQ 17"),
    ("Remembrement de 1968 : l'îlot YB 118p reste à M. Le Du.", "YB 118p"),
])
def test_a_parcel_alone_in_a_document_about_land(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, "CADASTRE"))


@pytest.mark.parametrize("text", [
    _LAND + "Le chemin d'exploitation rejoint la RD 17 ; BP 27, 56340 Carnac ; la VC 3.",
    _LAND + "permis n° PC 40 2011 03318 ; art. L. 422-21 I 3° du code.",
    # no land cue: a section shape stays a code of something else
    "Le groupe AB 412 se réunit salle 3 ; ZN 13 est le code du lot.",
])
def test_a_section_shape_that_is_no_parcel(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "CADASTRE") == []


# --- numbers held, read by their label ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("M. de CHAMPEAUX — demande du 30/01/2020 — voilier BEL 1492", "BEL 1492"),
    ("Port de plaisance — liste d'attente\nHIRIGOYEN Peio — « Amets » (BA 924 517)", "BA 924 517"),
    ("Capitainerie — mouillages\nURRUTIA Jon — « Itsaslapur » (SS-1-2417-19)", "SS-1-2417-19"),
    ("Le semi-rigide de M. Durand, immatriculé CC 523456, est au ponton.", "CC 523456"),
    ("son bateau à moteur « Ar Vag » n° LO 123456 est amarré", "LO 123456"),
    ("M. JÉGOUZO (compte +00137) demande", "+00137"),
    ("compte de propriété n° 00166 ; décision sur votre réclamation", "00166"),
    ("Agrément\tÉtablissement\tExploitant\nE 17 031 0042 0\tAuto-école X\tM. Kévin ESTRADE\n"
     "E 19 031 0057 0\tCER Y\tMme Pujol\n", "E 17 031 0042 0"),
])
def test_a_number_named_by_what_it_registers(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, "PERSONAL_REFERENCE"))


@pytest.mark.parametrize(("text", "value"), [
    ("Le voilier de 8,50 m attend une place.", "8,50"),
    ("le bateau « Marie » (catégorie B) ; un navire de 2019", "2019"),
    ("imputé au compte 6226 ; le compte administratif 2025", "6226"),
    ("« Rapport » (annexe 12) du port", "12"),
])
def test_a_number_near_a_boat_or_an_account_that_is_none(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert not any(value in v for v in find(text, "PERSONAL_REFERENCE"))


# --- names: married names whole, glued names, presidents of private bodies --------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("- Mme CASANOVA épouse PAOLI Marie-Dominique, assistante de direction", "CASANOVA épouse PAOLI"),
    ("- Mme KOWALCZYK Jadwiga Stanisława, épouse MAZUREK, opératrice",
     "KOWALCZYK Jadwiga Stanisława, épouse MAZUREK"),
    ("inscrite sous le nom d'usage LARRALDE épouse CAZENAVE, Itziar", "LARRALDE épouse CAZENAVE"),
    ("3,2026-09-02,NAGAPIN née VELLAYOUDOM,Sandrine", "NAGAPIN née VELLAYOUDOM"),
    ("Mme Marie-Annick LE NOUY épouse GUYADER, fondatrice", "LE NOUY épouse GUYADER"),
    ("Mme Lina Oumeddour veuve Castex, gérante", "Oumeddour veuve Castex"),
])
def test_a_married_name_is_one_name(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, "PERSON"))


@pytest.mark.parametrize(("text", "value"), [
    ("La commune, née de la fusion de deux villages, est née le 1er janvier 2019.", "née"),
    ("Louise est née à Brest ; l'association est née en 1990.", "née"),
])
def test_the_cue_words_of_a_married_name_are_no_names(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert not any(value in v for v in find(text, "PERSON"))


@pytest.mark.parametrize(("text", "value"), [
    ("Titre académique (Aminata KONATÉ, Maëlys JAOUEN).\nPhotos : « podium_cross_jaouen_maelys.jpg ».",
     "jaouen_maelys"),
    ("Dossier de M. Hervé LE GOUIC :\n   attestation_employeur_legouic_h.pdf\n", "legouic_h"),
    ("Dossier de M. NGUYEN VAN Tâm :\n   nguyenvantam_MSA.pdf\n   Scan_NguyenVT_20260411.pdf\n", "NguyenVT"),
    ("Dossier de M. NGUYEN VAN Tâm :\n   nguyenvantam_MSA.pdf\n", "nguyenvantam"),
    ("Riwal et Soizic LE CALVEZ\nphotos « BAES_dortoir2_lecalvez.jpg »\n", "lecalvez"),
    ("M. de LESTAPIS Charles-Antoine — site : www.pau-visites-lestapis.fr", "lestapis"),
    ("courriel de « malo.lecoz » (malo.lecoz@proton.me), petit-fils de Mme Léontine LE COZ", "malo.lecoz"),
])
def test_a_name_glued_in_a_handle_or_a_file_name(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, "PERSON"))


@pytest.mark.parametrize(("text", "value"), [
    # a file name holds no one's name when no one of that name is found
    ("Le rapport_final_2026.pdf et la note_interne.docx sont joints. M. Jean Martin signe.", "rapport"),
    ("Voir www.service-public.fr et contact.mairie@ville.fr ; Mme Claire Public.", "service"),
])
def test_a_handle_without_a_found_name_stays(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert not any(value in v for v in find(text, "PERSON"))


@pytest.mark.parametrize(("text", "name"), [
    ("LYCÉE ANITA-CONTI — BRUZ\nMAISON DES LYCÉENS (association loi 1901)\n\nBureau élu :\n\n"
     "Président : KERHERVÉ Tangi, élève de terminale\n", "KERHERVÉ Tangi"),
    ("CUMA DE L'ESPÉRANCE\nSociété coopérative agricole\nLISTE DES ADHÉRENTS\n\n14- Départ de M. X.\n\n"
     "Conseil d'administration : président Yannig Le Bras, trésorier Gaël Prigent.\n", "Yannig Le Bras"),
])
def test_the_president_of_a_private_body_named_in_the_heading(find, text, name) -> None:  # type: ignore[no-untyped-def]
    assert name not in find(text, "PUBLIC_OFFICIAL")


@pytest.mark.parametrize(("text", "name"), [
    ("CONSEIL MUNICIPAL DE BRUZ\nSéance du 3 mars 2026\n\nLe Maire, Jean DUPONT, ouvre la séance.\n",
     "Jean DUPONT"),
    ("PRÉFECTURE D'ILLE-ET-VILAINE\nArrêté du 2 mars 2026\n\nLe préfet, Marc DURAND\n", "Marc DURAND"),
])
def test_an_official_in_a_public_document_stays_official(find, text, name) -> None:  # type: ignore[no-untyped-def]
    assert name in find(text, "PUBLIC_OFFICIAL")


# --- ages and birth years told in passing ------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Petite-fille de mineurs de Merlebach, 31 ans, elle est désormais chercheuse associée.", "31 ans"),
    ("- Yacine AÏT-OUARAB (master Droit de l'environnement), 24 ans, originaire de Tizi Ouzou", "24 ans"),
    ("Trésorier adjoint : Ewen LE GUENNEC-PICHON, élève de 2de, 15 ans et demi (membre)", "15 ans et demi"),
    ("- ADS n° 05 : le titulaire, 67 ans, a fait connaître son intention.", "67 ans"),
    ("Tomasz DĄBROWSKI (master Énergies renouvelables), 26 ans\nLéa Nguyen", "26 ans"),
    ("l'exploitante, 58 ans — installée depuis 1990", "58 ans"),
])
def test_an_age_between_commas(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "DATE_OF_BIRTH")


@pytest.mark.parametrize(("text", "value"), [
    ("Le bail commercial, 9 ans, est renouvelé.", "9 ans"),
    ("La durée du mandat, 6 ans, reste inchangée.", "6 ans"),
    ("En moyenne, 35 ans, l'âge des adhérents est stable.", "35 ans"),
    ("La garantie décennale, 10 ans, court depuis la réception.", "10 ans"),
])
def test_years_of_a_term_between_commas_stay(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value not in find(text, "DATE_OF_BIRTH")


@pytest.mark.parametrize(("text", "value"), [
    ("R15 — M. Orsu-Antone GIACOMETTI-SUSINI, né à Prunelli-di-Fiumorbo en 1949, berger retraité", "1949"),
    ("Yousra, née à Fès en 2001, est arrivée à Perpignan en licence.", "2001"),
    ("M. Kowalski, né à Łódź (Pologne) en 1962, arrive en France", "1962"),
    ("permis (chasse accompagnée jusqu'à sa majorité, le 19 novembre 2026)", "19 novembre 2026"),
    ("il sera majeur le 03/05/2027 et pourra signer seul", "03/05/2027"),
])
def test_a_birth_year_after_a_place_or_a_majority_date(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "DATE_OF_BIRTH")


@pytest.mark.parametrize(("text", "value"), [
    ("La commune, née en 1790 de la fusion, est jumelée à Brest en 2001.", "2001"),
    ("Né en Bretagne, le projet s'installe à Lyon en 2019.", "2019"),
])
def test_a_year_that_is_no_person_s_birth(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value not in find(text, "DATE_OF_BIRTH")


# --- addresses: foreign floors, building and box numbers, a village before the street ------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Rua de Santa Catarina, 1120, 2.o esq., 4000-447 Porto (Portugal)", "4000-447 Porto"),
    ("Calle Easo 24, 3o izda., 20006 Donostia-San Sebastián (Gipuzkoa)", "3o izda., 20006 Donostia"),
    ("Calle Mayor 25, 3º izda., 20280 Hondarribia (Gipuzkoa, Espagne)", "20280 Hondarribia"),
    ("Résidence Al Andalous, imm. 4, appt 12, Hay Riad, Rabat", "imm. 4"),
    ("M. X — 4, place du Grand-Sablon, boîte 12, 1000 Bruxelles (Belgique)", "boîte 12"),
    ("M. Y — rue Haute 17, bte 3, 1000 Bruxelles", "bte 3"),
    ("Gwénola LE BERRE — village de Saillé, 3 rue des Prés-Garnier, 44350 Guérande", "village de Saillé"),
    ("Mme Z, hameau de Kerbiquet, 12 chemin des Landes, 29200 Brest", "hameau de Kerbiquet"),
])
def test_an_address_in_its_less_usual_parts(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, "FR_ADDRESS"))


@pytest.mark.parametrize(("text", "value"), [
    ("Les archives sont rangées dans la boîte 12 du local.", "boîte 12"),
    ("Le village de Saillé accueille la fête du sel.", "village de Saillé"),
])
def test_a_box_or_a_village_that_is_no_address(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert not any(value in v for v in find(text, "FR_ADDRESS"))


@pytest.mark.parametrize(("text", "value"), [
    ("3. CHEVANCE Philippe-Emmanuel, dit « P.-E. » — géomètre-expert", "P.-E."),
    ("Mme Anne-Laure Martin, dite « A.-L. », trésorière", "A.-L."),
    ("- M. Wojciech (« Wojtek ») ZIELIŃSKI, bénévole", "Wojciech (« Wojtek ») ZIELIŃSKI"),
    ("Jean-Paul (« Jeannot ») Ruffat a signé", "Jean-Paul (« Jeannot ») Ruffat"),
])
def test_a_nickname_in_initials_or_in_brackets(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, "PERSON"))


@pytest.mark.parametrize("text", [
    "la rue dite « A.B. » est fermée",
    "Le Secteur (« Acconiers ») Arrêt du dossier",
])
def test_quoted_initials_or_words_that_are_no_nickname(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "PERSON") == []


@pytest.mark.parametrize(("text", "value", "found"), [
    ("ELGART Michel — permis n° PC 40 2011 03318 (délivré dans les Landes) — validation 1 122 045",
     "1 122 045", True),
    ("Mme Oyhenart — permis n° 64-2001-00417 — timbre 2 301 448", "2 301 448", True),
    ("Le budget de la validation 1 122 045 est voté.", "1 122 045", False),  # no permit on the line
    ("M. Dupont — permis n° 64-98-02174 — validation 2 048 117 €", "2 048 117", False),  # a sum
])
def test_a_permit_s_validation_grouped_like_an_amount(find, text, value, found) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, "PERSONAL_REFERENCE")) is found
