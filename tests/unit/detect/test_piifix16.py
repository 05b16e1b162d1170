"""piifix16 (dev13, a prefecture's foreigners' service): record cards with dot leaders, names in
their own script, register entries "SURNAME (First names)", dates of foreign papers (spaced
slashes, English months, Hijri dates, weddings in words, civil acts drawn up), ages told with an
adverb or in brackets after a relation, codes held by one person — each with the look-alike that
must stay."""

from __future__ import annotations

from typing import Any

import pytest
from aiguillage.detect.recognizers.age_told import FrToldAgeRecognizer
from aiguillage.detect.recognizers.birth_date_foreign import FrForeignShapeDateRecognizer
from aiguillage.detect.recognizers.form_leaders import FrLeaderFieldRecognizer
from aiguillage.detect.recognizers.person_native_script import FrNativeScriptNameRecognizer
from aiguillage.detect.recognizers.person_register import FrRegisterEntryNameRecognizer
from aiguillage.detect.recognizers.person_table import FrTableNameRecognizer
from aiguillage.detect.recognizers.reference_held_codes import FrHeldCodeRecognizer


def _found(rec: Any, text: str, entity: str | None = None) -> list[str]:
    res = rec.analyze(text, [entity] if entity else [])
    return [text[r.start:r.end] for r in res if r.score >= 0.5 and (entity is None or r.entity_type == entity)]  # noqa: E501


CARD = """N° étranger ............. 8604 2209 71
Nom ..................... POPESCU-IONESCU
Nom d'usage ............. —
Prénoms ................. Mihai Ștefan
Sexe .................... M
Date de naissance ....... 13.12.1975
Lieu de naissance ....... Iași
Pays de naissance ....... ROUMANIE
Nationalité ............. moldave
Téléphone ………… 06 12 34 56 78
Observations ............ échange de permis en cours
"""


def test_a_record_cards_fields_after_dot_leaders() -> None:
    found = _found(FrLeaderFieldRecognizer(), CARD)
    for value in ("POPESCU-IONESCU", "Mihai Ștefan", "13.12.1975", "Iași", "ROUMANIE", "06 12 34 56 78"):
        assert value in found
    assert "—" not in found and "M" not in found and "moldave" not in found


@pytest.mark.parametrize("text,address", [
    ("Adresse à l'étranger : Cité 500 logements, bloc 12 n° 4, Aïn Oulmene 19300, Sétif (Algérie)\n",
     "Cité 500 logements, bloc 12 n° 4, Aïn Oulmene 19300, Sétif (Algérie)"),
    ("Adresse précédente ...... str. Ștefan cel Mare nr. 41, MD-2001 Chișinău\n",
     "str. Ștefan cel Mare nr. 41, MD-2001 Chișinău"),
    ("Adresse en France : 3 rue Neuve, 75001 Paris", "3 rue Neuve, 75001 Paris"),
    ("Adresse au pays : Hay Salam, Agadir", "Hay Salam, Agadir"),
    ("Hébergement : Hôtel Formule Eco, chambre 27, 4 rue de l'Ourcq, 75019 Paris (dispositif HUDA).",
     "Hôtel Formule Eco, chambre 27, 4 rue de l'Ourcq, 75019 Paris"),
    ("Adresse en France : Foyer Lorraine, 2 rue du Colonel-Fabien, 92160 Antony. Carte consulaire : 12",
     "Foyer Lorraine, 2 rue du Colonel-Fabien, 92160 Antony"),
    ("Adresse au pays : 3 av. J. Kennedy, Dakar", "3 av. J. Kennedy, Dakar"),
    ("VAE n° 05 → M. X (adresse en Pologne : chez M. Nowak, ul. Długa 14, Gdańsk)\n",
     "chez M. Nowak, ul. Długa 14, Gdańsk"),
    ("Adresse actuelle : Rés. Les Pins, bât. B, 12 rue Haute, 35000 Rennes. Merci",
     "Rés. Les Pins, bât. B, 12 rue Haute, 35000 Rennes"),
])
def test_an_address_field_named_by_where(text: str, address: str) -> None:
    assert address in _found(FrLeaderFieldRecognizer(), text)


def test_the_country_of_a_birth_as_its_own_field() -> None:
    text = "Né(e) le : 03 / 11 / 1979   à : Sétif   Pays : Algérie\nNationalité : française\n"
    assert "Algérie" in _found(FrLeaderFieldRecognizer(), text)


@pytest.mark.parametrize("text", [
    "L'adresse en France est simple : il suffit d'écrire.",
    "Adresse actuelle : inconnue",
    "Hébergement : en cours de recherche",
    "Adresse : 3 rue Neuve, Lyon   Pays : France",
])
def test_an_address_said_in_prose_or_unknown_stays(text: str) -> None:
    assert _found(FrLeaderFieldRecognizer(), text) == []


def test_dot_leaders_are_no_table_of_names() -> None:
    # "Prénoms ........ Mihai" is a field: the next lines' labels are no names of a column
    found = _found(FrTableNameRecognizer(), CARD)
    assert not {"Sexe", "Pays", "Nationalité", "Observations"} & set(found)


@pytest.mark.parametrize("text", [
    "Sommaire ............ 3\nIntroduction ......... 5\nCommune ........ Brest\n",
    "Lieu ........ salle des fêtes\nObjet ....... réunion publique\n",
])
def test_a_table_of_contents_and_unknown_labels_stay(text: str) -> None:
    assert _found(FrLeaderFieldRecognizer(), text) == []


@pytest.mark.parametrize("text,name", [
    ("09:05 — M. Arjun Selvarajah (அர்ஜுன் செல்வராஜா), Sri-Lankais, demande", "அர்ஜுன் செல்வராஜா"),
    ("Mme Fatema Begum (ফাতেমা বেগম) est convoquée", "ফাতেমা বেগম"),
    ("Née le 3 mars 1990 à Alep — nom en arabe : ليلى حداد منصور.", "ليلى حداد منصور"),
    ("Prénom en cyrillique : Олена", "Олена"),
    ("Le nom du père figure sur la tazkira sous la forme « احمد شاه صافی ».", "احمد شاه صافی"),
])
def test_a_name_in_its_own_script(text: str, name: str) -> None:
    assert name in _found(FrNativeScriptNameRecognizer(), text)


@pytest.mark.parametrize("text", [
    "La ville s'écrit « Київ » en ukrainien.",
    "Le mot « مرحبا » signifie bonjour ; la devise est écrite en arabe : الله الوطن الملك.",
    "bienvenue (ברוכים הבאים) à tous",
])
def test_words_in_another_script_stay(text: str) -> None:
    assert _found(FrNativeScriptNameRecognizer(), text) == []


DECREE = """Sont naturalisés Français :
ABOUBACAR (Fatouma), NAT. DT. 35/2025, née le 14/02/1985 à Moroni (Comores), dép. 35.
DUONG (Thi Mai), dite DUONG (Marie), NAT. DT. 35/2025, née le 07/07/1977 à Hải Phòng, dép. 35.
OUEDRAOGO (Wendpanga, Aristide) et désormais OUEDRAOGO (Aristide, Wendpanga), NAT. DT. 35/2025, dép. 35.
"""


def test_a_register_entry_surname_and_first_names() -> None:
    found = _found(FrRegisterEntryNameRecognizer(), DECREE)
    for value in ("ABOUBACAR", "Fatouma", "DUONG", "Thi Mai", "Marie", "OUEDRAOGO", "Wendpanga", "Aristide"):
        assert value in found
    assert found.count("OUEDRAOGO") == 2


@pytest.mark.parametrize("text", [
    "ONU (Organisation des Nations unies), 1945.",
    "ANNEXE (Tableaux)\n",
    "CCAS (Lyon), accueil du public.\n",
    "RENNES (Ille-et-Vilaine), le 3 mars 2026\n",
])
def test_acronyms_and_headings_stay(text: str) -> None:
    assert _found(FrRegisterEntryNameRecognizer(), text) == []


@pytest.mark.parametrize("text,date", [
    ("M. Ousmane ISSOUFOU, né le 12 / 08 / 2000 à Zinder (Niger)", "12 / 08 / 2000"),
    ("M. IYER, ingénieur logiciel, né le 11-Apr-1993 à Chennai", "11-Apr-1993"),
    ("Mr Smith, born on April 11, 1993 in Leeds", "April 11, 1993"),
    ("Le vingt-sept chaabane 1444 correspondant au 19 mars 2023, ont comparu devant nous",
     "vingt-sept chaabane 1444 correspondant au 19 mars 2023"),
    ("né le 12 rabia al-awal 1410 à Fès", "12 rabia al-awal 1410"),
    ("ont contracté mariage le vingt juin deux mille quinze, acte n° 713.", "vingt juin deux mille quinze"),
    ("dont l'acte de naissance a été dressé le 22 mars 1978 sous le n° 1147", "22 mars 1978"),
    ("certifie que M. Bakary TRAORE, né le vers 1989 à Kayes", "vers 1989"),
])
def test_dates_of_foreign_papers(text: str, date: str) -> None:
    assert date in _found(FrForeignShapeDateRecognizer(), text)


@pytest.mark.parametrize("text", [
    "La séance du 12 / 08 / 2024 est levée.",
    "Le mois de ramadan 1445 commence le 11 mars 2024 ; horaires adaptés.",
    "L'acte de vente a été dressé le 3 mai 2020 par Maître Roux.",
    "Le contrat a été conclu le 3 mai 2020. Le mariage pour tous a été voté le 23 avril 2013.",
    "Meeting on April 11, 1993 at the town hall.",
])
def test_dates_of_meetings_and_acts_stay(text: str) -> None:
    assert _found(FrForeignShapeDateRecognizer(), text) == []


@pytest.mark.parametrize("text,age", [
    ("Mon fils Yaroslav, né le 09.08.2009 à Kharkiv, aura bientôt 17 ans ; doit-il", "17 ans"),
    ("elle a tout juste 18 ans et cherche un emploi", "18 ans"),
    ("Mme Camara se présente avec son bébé (3 mois) ; orientée", "3 mois"),
    ("accompagnée de sa fille (14 ans)", "14 ans"),
])
def test_an_age_told_of_a_person(text: str, age: str) -> None:
    assert age in _found(FrToldAgeRecognizer(), text)


@pytest.mark.parametrize("text", [
    "Le club aura bientôt 50 ans. Ses locaux (40 ans) sont vétustes.",
    "Notre association a presque 20 ans ; le bail (9 ans) court encore.",
])
def test_the_age_of_a_thing_stays(text: str) -> None:
    assert _found(FrToldAgeRecognizer(), text) == []


@pytest.mark.parametrize("text,code", [
    ("taxe acquittée par timbre électronique 8841 2207 5530 1986", "8841 2207 5530 1986"),
    ("Timbre fiscal dématérialisé n° 123456789012", "123456789012"),
    ("Code de confirmation : RDV76-K7P2Q. Présentez-vous", "RDV76-K7P2Q"),
    ("N°\tNom\tStatut\tBoîte\n2026-001\tADAM\tdemandeur\tBL-0412\n", "BL-0412"),
])
def test_a_code_held_by_one_person(text: str, code: str) -> None:
    assert code in _found(FrHeldCodeRecognizer(), text)


@pytest.mark.parametrize("text", [
    "Un timbre fiscal de 225 euros est demandé.",
    "Code de confirmation : ABSENT",
    "Objet\tBoîte\nlivres\tcarton\n",
    "Le code de la route (article R. 412-6) s'applique.",
])
def test_a_price_or_a_word_stays(text: str) -> None:
    assert _found(FrHeldCodeRecognizer(), text) == []


@pytest.mark.parametrize("text,name", [
    ("la famille SAFI (leurs enfants Zarmina, 12 ans, et Omid, huit ans), hébergée", "Zarmina"),
    ("mes filles Inès et Lina viendront", "Inès"),
    ("« J'ai reçu ma carte en trois semaines » — Amadou\u00a0D., étudiant à Rouen", "Amadou\u00a0D."),
    ("Merci à Yasmine B., pour son aide.", "Yasmine B."),
])
def test_a_relative_after_a_plural_possessive_and_a_signed_testimony(text: str, name: str) -> None:
    from aiguillage.detect.recognizers.person_plural_kin import FrPluralKinNameRecognizer

    assert name in _found(FrPluralKinNameRecognizer(), text)


@pytest.mark.parametrize("text", [
    "voir Annexe B. et le Bâtiment C. ; Article L. 123",
    "leurs parents Français ont été informés",
    "« Le service est rapide » — Annexe 3, enquête de satisfaction",
])
def test_a_word_and_an_initial_stay(text: str) -> None:
    from aiguillage.detect.recognizers.person_plural_kin import FrPluralKinNameRecognizer

    assert _found(FrPluralKinNameRecognizer(), text) == []


@pytest.mark.parametrize("text,address", [
    ("Adresse précédente : str. Ștefan cel Mare nr. 41, bl. B2, sc. 1, ap. 9, MD-2001 Chișinău",
     "str. Ștefan cel Mare nr. 41, bl. B2, sc. 1, ap. 9, MD-2001 Chișinău"),
    ("domicilié Flat 12B, Prestige Shantiniketan, Whitefield Main Road, Bengaluru 560048, Karnataka et",
     "Flat 12B, Prestige Shantiniketan, Whitefield Main Road, Bengaluru 560048"),
    ("Adresse en Turquie : Şehitkamil, İncilipınar Mah. 3. Cad. No: 18, 27090 Gaziantep",
     "Şehitkamil, İncilipınar Mah. 3. Cad. No: 18, 27090 Gaziantep"),
    ("résidant Rua da Boavista, 1187, 3.º Esq., 4050-110 Porto (Portugal)",
     "Rua da Boavista, 1187, 3.º Esq., 4050-110 Porto"),
    ("chez sa sœur, 2 carrer de la Font, 66200 Elne", "2 carrer de la Font, 66200 Elne"),
    ("domiciliée douar Ouled Sghir, commune d'Aklim, province de Berkane,",
     "douar Ouled Sghir, commune d'Aklim, province de Berkane"),
    ("| douar Laâouamra, cercle de Ksar El Kébir, province de Larache | 15/05",
     "douar Laâouamra, cercle de Ksar El Kébir, province de Larache"),
    ("aménagé, chemin des Puits, quartier Les Vignères, Cavaillon (contrôle du 2 février)",
     "chemin des Puits, quartier Les Vignères, Cavaillon"),
    ("il vivait Hay Mohammadi, rue 12, n° 7, Casablanca.", "Hay Mohammadi, rue 12, n° 7, Casablanca"),
    ("Notre adresse : вул. Сумська, буд. 71, кв. 18, Харків, 61002 (Kharkiv)",
     "вул. Сумська, буд. 71, кв. 18"),
    ("Her address: Odos Ermou 31, Athènes.", "Odos Ermou 31, Athènes"),
])
def test_a_street_of_another_country(text: str, address: str) -> None:
    from aiguillage.detect.recognizers.address_foreign_streets import FrForeignStreetAddressRecognizer

    assert address in _found(FrForeignStreetAddressRecognizer(), text)


@pytest.mark.parametrize("text", [
    "la via ferrata du Mont-Blanc est fermée",
    "Abbey Road est un album des Beatles",
    "la calle est étroite ; hay fever",
    "Rendez-vous Avenue Foch.",
    "COMITÉ DE LIGNE TER CLERMONT-FERRAND — AURILLAC (via Neussargues)",
    "Mr Patel lives at Flat 2B, 17 Chamberlain Street, Wells. Car: WV21 KXP (please reserve)",
    "Le conseil municipal, commune de Rennes, a voté. La rue de la République, quartier libre.",
])
def test_a_street_word_alone_or_a_title_stays(text: str) -> None:
    from aiguillage.detect.recognizers.address_foreign_streets import FrForeignStreetAddressRecognizer

    assert _found(FrForeignStreetAddressRecognizer(), text) == []


REGISTER = """Date | N° AGDREF | Nom | Prénom(s) | Titre remis | Signature du titulaire
02/02/2026 | 5702219984 | KRASNIQI | Arben | CST vie privée et familiale | A. Krasniqi
03/02/2026 | 5799012275 | DIALLO | Mariama | CSP salarié | MD (remis par procuration)
04/02/2026 | 5700458821 | DE OLIVEIRA | Ana Carolina | CST étudiant | Ana C. de Oliveira
05/02/2026 | 5702900143 | ZAHIROV | Rustam | récépissé | —
06/02/2026 | 5702900144 | ROUX | Léa | récépissé | signé
07/02/2026 | 5702900145 | VIAL | Marc | récépissé | Absent
"""


def test_the_names_and_initials_of_a_signature_column() -> None:
    from aiguillage.detect.recognizers.person_signature_column import FrSignatureColumnNameRecognizer

    found = _found(FrSignatureColumnNameRecognizer(), REGISTER)
    assert found == ["A. Krasniqi", "MD", "Ana C. de Oliveira"]


def test_a_signature_heading_outside_a_table_stays() -> None:
    from aiguillage.detect.recognizers.person_signature_column import FrSignatureColumnNameRecognizer

    text = "Signature\nLe Maire | Service | Accueil\nVu | Lu et approuvé | Fait à Metz\n"
    assert _found(FrSignatureColumnNameRecognizer(), text) == []


@pytest.mark.parametrize("text,place", [
    ("Postulant : M. WANG Jianguo, né le 8 octobre 1976 à Wenzhou, province du Zhejiang (Chine)",
     "province du Zhejiang (Chine)"),
    ("née à Kaolack, région de Kaolack (Sénégal), le 3 mai 1980", "région de Kaolack (Sénégal)"),
    ("né le 2 juin 1970 à Tachkent, oblast de Tachkent", "oblast de Tachkent"),
])
def test_the_division_after_a_place_of_birth(text: str, place: str) -> None:
    from aiguillage.detect.recognizers.birth_place_division import FrBirthPlaceDivisionRecognizer

    assert place in _found(FrBirthPlaceDivisionRecognizer(), text)


@pytest.mark.parametrize("text", [
    "réunion tenue à Lyon, région Auvergne-Rhône-Alpes, le 3 mai",
    "né à Paris, région parisienne, il y a vécu",
])
def test_a_division_no_birth_introduces_stays(text: str) -> None:
    from aiguillage.detect.recognizers.birth_place_division import FrBirthPlaceDivisionRecognizer

    assert _found(FrBirthPlaceDivisionRecognizer(), text) == []


@pytest.mark.parametrize("text,value", [
    ("Date de naissance déclarée : 01/01/2001 — Lieu : Mendefera (Érythrée)", "01/01/2001"),
    ("Date de naissance présumée : 1998", "1998"),
    ("Membres de famille rattachés : Mehret Tesfay, fille, née le 3 juin 2021.", "Mehret Tesfay"),
    ("Accompagné(e) de : Aya Diallo, sa fille", "Aya Diallo"),
])
def test_a_declared_birth_and_the_relatives_of_a_file(text: str, value: str) -> None:
    assert value in _found(FrLeaderFieldRecognizer(), text)


@pytest.mark.parametrize("text", [
    "Membres de famille rattachés : Néant",
    "Enfants : Aucun",
    "La date de naissance déclarée est reprise de la demande.",
])
def test_no_relative_and_prose_stay(text: str) -> None:
    assert _found(FrLeaderFieldRecognizer(), text) == []


def test_a_name_in_tigrinya() -> None:
    text = "Nom : HAILE   Prénom : Tesfay\n(nom en tigrinya : ተስፋይ ሃይለ)\n"
    assert "ተስፋይ ሃይለ" in _found(FrNativeScriptNameRecognizer(), text)
