"""piifix18 (dev14, a water, sanitation and waste utility and a commune's local-taxes office): RIB
fields in a row, a subscriber's numbers after the utility's labels (service point, meter on the next
line, SEPA mandate, land-register account, furnished let's registration, bin badges, SPANC files,
door codes), dates of birth with a remark or the holder's word in their label, ages told in a field
or after a pronoun, homes with the number after the street, a nickname corrected into the full name,
initials after a signature, a contact's field read as a name — each with the look-alikes that must
stay."""

from __future__ import annotations

from typing import Any

import pytest
from aiguillage.detect.recognizers.form_fields import FrFormFieldRecognizer
from aiguillage.detect.recognizers.person_marked import FrMarkedNameRecognizer
from aiguillage.detect.recognizers.utility_fields import FrUtilityFieldRecognizer


def _found(rec: Any, text: str, entity: str | None = None) -> list[str]:
    res = rec.analyze(text, [entity] if entity else [])
    return [text[r.start:r.end] for r in res if r.score >= 0.5 and (entity is None or r.entity_type == entity)]  # noqa: E501


def _marked(text: str) -> list[str]:
    return [text[s:e] for s, e, _, _ in FrMarkedNameRecognizer().find(text)]


UTILITY = FrUtilityFieldRecognizer()


@pytest.mark.parametrize(("text", "values"), [
    ("RIB remis sur place — banque 10278, guichet 08900, n° de compte 00020471501, clé RIB 17, CCM.",
     ["10278", "08900", "00020471501", "17"]),
    ("Banque : 30066 / Guichet : 10021 / Compte : 0002B194502 / Clé : 13",
     ["30066", "10021", "0002B194502", "13"]),
    ("Code banque : 30004   Code guichet : 00521   N° de compte : 00010234567   Clé : 96",
     ["30004", "00521", "00010234567", "96"]),
])
def test_a_ribs_fields_in_a_row(text: str, values: list[str]) -> None:
    assert _found(UTILITY, text, "IBAN_CODE") == values


@pytest.mark.parametrize("text", [
    "Paiement : chèque n° 0004217 sur la Banque Populaire.",
    "Le guichet unique ouvre le 12 mars ; compte rendu 2024.",
    "Banque de France 75001, guichet 12, clé 13",  # no counter's code of five digits
    "Compte : 00010234567, clé : 96",  # an account without the bank's and the counter's codes
])
def test_no_rib_without_the_bank_and_the_counter(text: str) -> None:
    assert _found(UTILITY, text, "IBAN_CODE") == []


@pytest.mark.parametrize(("text", "code"), [
    ("Période : du 10/06/2025 au 11/12/2025        Point de desserte : PDS-07190-002288", "PDS-07190-002288"),
    ("Point de livraison : 14295036718822", "14295036718822"),
    ("Votre compteur : n°\nD08SE1137720\nAncien index : 2 114 m³", "D08SE1137720"),
    ("RUM\nSIEAD-2026-000912-M\nAdresse", "SIEAD-2026-000912-M"),
    ("Référence unique de mandat : SIEAD-2026-000912-M", "SIEAD-2026-000912-M"),
    ("Propriétaire : M. X ; compte propriétaire +V04215 ; local 0730241234 K.", "+V04215"),
    ("   N° d'enregistrement : 07324 000 417 KM", "07324 000 417 KM"),
    ("DCH-07-01544 ; ROCHE Dominique ; GA-318-KP ; BAC 0045 7781", "0045 7781"),
    ("- Annonay, 8 rue de Deûme : bac OM 0045-2091 (titulaire M. X) laissé sur le trottoir", "0045-2091"),
    ("Rapport n° SPANC-V-2026-0009 — demande de l'office notarial", "SPANC-V-2026-0009"),
    ("Rapport SPANC-C-2026-0021 — pétitionnaire M. X", "SPANC-C-2026-0021"),
    ("Prévenir 30 min avant : 04 75 33 56 21. Digicode 4512B.", "4512B"),
    ("Code d'accès : 1979A, 2e étage", "1979A"),
])
def test_a_subscribers_numbers_after_the_utilitys_labels(text: str, code: str) -> None:
    assert code in _found(UTILITY, text, "PERSONAL_REFERENCE")


@pytest.mark.parametrize("text", [
    "Le bac de 240 litres est livré en 2025 2026.",
    "Le point de desserte est la mairie.",
    "Le compteur :\nGénéral",
    "Ancien index : 2 114 m³ — compteur posé en 2019",
    "Le SPANC du Haut-Vivarais vote son budget SPANC 2026 ; programme SPANC 2025-2026.",
    "Code postal : 07100. Code porte : ABCD.",
    "Rapport n° 12 au conseil syndical",
])
def test_no_number_where_the_utility_names_its_own_things(text: str) -> None:
    assert _found(UTILITY, text, "PERSONAL_REFERENCE") == []


@pytest.mark.parametrize(("text", "date"), [
    ("Date de naissance (pour l'espace en ligne) : 29/02/1996", "29/02/1996"),
    ("Date de naissance titulaire ........ 03/03/1956 — lieu : Saint-Agrève (07)", "03/03/1956"),
    ("Date de naissance du débiteur (identification) : 15/08/2001 — NIR …", "15/08/2001"),
    ("Date de naissance de l'abonné : 1er janvier 1977", "1er janvier 1977"),
])
def test_a_date_of_birth_with_a_remark_or_the_holders_word(text: str, date: str) -> None:
    assert date in _found(UTILITY, text, "DATE_OF_BIRTH")


@pytest.mark.parametrize(("text", "age"), [
    ("Âge déclaré : soixante-dix-huit ans, mobilité réduite.", "soixante-dix-huit ans"),
    ("Âge au 1er janvier : 78 ans", "78 ans"),
    ("Elle a 91 ans et ne descend plus à la cave.", "91 ans"),
    ("J'ai 45 ans et je vis seul.", "45 ans"),
])
def test_an_age_in_a_field_or_after_a_pronoun(text: str, age: str) -> None:
    assert age in _found(UTILITY, text, "DATE_OF_BIRTH")


@pytest.mark.parametrize("text", [
    "La date de naissance (de la commune) : 1790 ; Date de naissance du contrat : inconnue",
    "La commune a 800 ans. Le bâtiment a 40 ans.",
    "Il a 20 ans d'ancienneté. Elle a 3 ans de retard. Il y a 10 ans.",
    "Âge moyen : 45 ans.",
])
def test_no_date_of_birth_or_age_in_their_look_alikes(text: str) -> None:
    assert _found(UTILITY, text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(("text", "home"), [
    ("- Annonay, rue Franki, n° 2 ter : deux bacs jaunes sans badge", "rue Franki, n° 2 ter"),
    ("- Davézieux, Les Hauts de Marenton, villa 17 : bac débordant", "Les Hauts de Marenton, villa 17"),
    ("devant chez nous lot. Les Hirondelles n°9, Vanosc, pouvez vous venir", "lot. Les Hirondelles n°9"),
])
def test_a_home_with_its_number_after_the_name(text: str, home: str) -> None:
    assert home in _found(UTILITY, text, "FR_ADDRESS")


@pytest.mark.parametrize("text", [
    "La rue Thiers, n° 12 du bulletin municipal.",
    "Le Conseil, lot 3 du marché. Les Vignes n° 4 de la revue.",
    "Les Amis de la Musique, n° 3 de la revue",
    "la place Jean-Jaurès et la rue Victor-Hugo restent ouvertes",
])
def test_no_home_in_a_public_street_or_a_publication(text: str) -> None:
    assert _found(UTILITY, text, "FR_ADDRESS") == []


@pytest.mark.parametrize(("text", "name"), [
    ("« C'est Jojo, enfin Joseph Bancel, du Mas de la Pinède. »", "Jojo"),
    ("C'est Mimi, ou plutôt Michèle Durand, votre voisine.", "Mimi"),
    ("c'est dumè (Dominique Ortoli)", "dumè"),
])
def test_a_nickname_corrected_into_the_full_name(text: str, name: str) -> None:
    assert name in _marked(text)


@pytest.mark.parametrize("text", [
    "C'est bien, enfin Madame Durand le dira.",
    "C'est fini, enfin presque.",
    "ici Nice, enfin la Ville de Nice",
])
def test_no_nickname_in_an_ordinary_phrase(text: str) -> None:
    assert _marked(text) == []


@pytest.mark.parametrize(("text", "initials"), [
    ("remis en main propre le 11/02/2026 (signature L. F.-M.).", "L. F.-M."),
    ("paraphé J.-P. D. en marge", "J.-P. D."),
    ("Signature : A. B.", "A. B."),
])
def test_initials_after_a_signature(text: str, initials: str) -> None:
    assert initials in _marked(text)


@pytest.mark.parametrize("text", [
    "signé P.O. le directeur", "signé S.A. pour ordre", "la signature du maire", "Signature : D.G.S.",
])
def test_no_initials_of_an_office_after_a_signature(text: str) -> None:
    assert _marked(text) == []


def test_a_contacts_field_is_no_name_in_the_text_and_once_anonymized() -> None:
    rec = FrFormFieldRecognizer()
    original = ("Contact du titulaire : 06 09 71 44 38 — lequai17.lucas@gmail.com — page publique "
                "instagram.com/x.\n")
    anonymized = "Contact du titulaire : [TELEPHONE_2] — [COURRIEL_1] — page publique [REFERENCE_2].\n"
    assert _found(rec, original, "PERSON") == []
    assert _found(rec, anonymized, "PERSON") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Titulaire : Lucas Ferrand-Moulin\n", "Lucas Ferrand-Moulin"),
    ("Contact du titulaire : Lucas Ferrand\n", "Lucas Ferrand"),
    ("Titulaire : [PERSONNE_1] Ferrand\n", "[PERSONNE_1] Ferrand"),
])
def test_a_holders_field_still_holds_a_name(text: str, name: str) -> None:
    assert name in _found(FrFormFieldRecognizer(), text, "PERSON")


@pytest.mark.parametrize(("text", "kind"), [
    ("LE MAIRE,\nArrêté.\nNotification : remis en main propre à M. X le 11/02/2026 (signature L. F.-M.).\n",
     "PERSON"),
    ("Le Maire,\nPièce reçue par l'intéressée, signature Jeanne Durand\n", "PERSON"),
    # the twin: under the role, a signature that acknowledges nothing is the official's
    ("Le Maire,\nsigné Jean Dupont\n", "PUBLIC_OFFICIAL"),
])
def test_a_signature_for_a_delivery_is_the_recipients(text: str, kind: str) -> None:
    from aiguillage.detect.recognizers.person_signature import FrSignatureNameRecognizer

    found = [(text[s:e], k) for s, e, _, k in FrSignatureNameRecognizer().find(text)]
    assert found and all(k == kind for _, k in found)
