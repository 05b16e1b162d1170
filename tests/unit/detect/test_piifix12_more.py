"""More shapes of dev11 (piifix12): initials with a surname's particle ("I. V. d. H."); a house
named by its number "of the street" after "le"/"du", a street with its houses' numbers in
brackets; two persons' ages together; the second of two births told together; a street one has
just moved into."""

from __future__ import annotations

import pytest
import regex
from aiguillage.detect.recognizers.address import FrAddressRecognizer
from aiguillage.detect.recognizers.age_more import FrAgeMoreRecognizer
from aiguillage.detect.recognizers.birth_date_more import FrBirthDateMoreRecognizer
from aiguillage.detect.recognizers.person_initials import FrInitialsRecognizer


def _found(rec: object, text: str, entity: str) -> list[str]:
    res = rec.analyze(text, entities=[entity], nlp_artifacts=None)  # type: ignore[attr-defined]
    return [text[r.start:r.end] for r in res if r.score >= 0.5]


@pytest.mark.parametrize("text,initials", [
    ("« Collection P. v. d. B., Utrecht »", "P. v. d. B."),
    ("Intervention de J. de M. sur le budget", "J. de M."),
    ("M.-C. L. D. a signé", "M.-C. L. D."),
])
def test_initials_with_a_particle(text: str, initials: str) -> None:
    assert initials in _found(FrInitialsRecognizer(), text, "PERSON")


@pytest.mark.parametrize("text", ["M. de Villiers est venu", "vu le c. et le d. de l'article"])
def test_a_civility_before_a_surname_is_no_initials(text: str) -> None:
    assert _found(FrInitialsRecognizer(), text, "PERSON") == []


@pytest.mark.parametrize("text,address", [
    ("L'arrêt provisoire est devant le n° 12 de la rue des Écoles (accord du propriétaire).",
     "n° 12 de la rue des Écoles"),
    ("Les occupants du numéro 5 de l'impasse Verte sont prévenus.", "numéro 5 de l'impasse Verte"),
    ("Les riverains de l'avenue Carnot (n° 2 à 30) accèdent par le sud.", "avenue Carnot (n° 2 à 30)"),
])
def test_houses_of_a_street_by_their_numbers(text: str, address: str) -> None:
    assert address in _found(FrAddressRecognizer(), text, "FR_ADDRESS")


@pytest.mark.parametrize("text", [
    "Voir le n° 3 du bulletin municipal.",
    "La rue des Écoles sera fermée du 3 au 17 mars.",
])
def test_numbers_of_things_and_dates_are_no_houses(text: str) -> None:
    assert _found(FrAddressRecognizer(), text, "FR_ADDRESS") == []


def test_two_persons_ages_together() -> None:
    text = "M. Hugo Garnier et Mme Léa Perrin, 34 et 31 ans, reprennent la ferme."
    assert "34 et 31 ans" in _found(FrAgeMoreRecognizer(), text, "DATE_OF_BIRTH")
    assert _found(FrAgeMoreRecognizer(), "Stage pour les enfants, entre 8 et 11 ans.", "DATE_OF_BIRTH") == []


def test_the_second_of_two_births() -> None:
    text = "Les deux sœurs, nées respectivement en 1988 à Dijon et en 1991 à Beaune, exposent."
    assert "1991" in _found(FrBirthDateMoreRecognizer(), text, "DATE_OF_BIRTH")
    other = "Née en 1988 à Dijon, elle arrive à Beaune et en 1991 ouvre son atelier."
    assert "1991" not in _found(FrBirthDateMoreRecognizer(), other, "DATE_OF_BIRTH")


def test_a_street_one_has_just_moved_into(find) -> None:  # type: ignore[no-untyped-def]
    text = "Bienvenue à Solène (qui vient d'emménager rue des Tanneurs) et à Mme Roy."
    assert "rue des Tanneurs" in find(text, "FR_ADDRESS")
    notice = "Les travaux fermeront la rue des Tanneurs lundi ; les habitants emménagent ailleurs."
    assert find(notice, "FR_ADDRESS") == []


def test_the_age_someone_did_something_at() -> None:
    text = "— Inès Bauer (Saales) a remporté le cross départemental, à 14 ans."
    assert "14 ans" in _found(FrAgeMoreRecognizer(), text, "DATE_OF_BIRTH")
    for other in ("Entrée gratuite jusqu'à 12 ans.", "Cours ouverts, à partir de 6 ans."):
        assert _found(FrAgeMoreRecognizer(), other, "DATE_OF_BIRTH") == []


def test_a_parcel_before_its_private_owner_without_any_cadastral_word() -> None:
    from aiguillage.detect.recognizers.cadastre import FrCadastreRecognizer

    text = "3e\tJean Roux\t« Moisson »\tchamp de la ferme (ZB 41, propriété de Hugues Martin-Roy)"
    assert "ZB 41" in _found(FrCadastreRecognizer(), text, "CADASTRE")
    public = "le pré communal (ZB 41, propriété de la commune)"
    assert _found(FrCadastreRecognizer(), public, "CADASTRE") == []


@pytest.mark.parametrize("text,name", [
    ("◆ Fromagerie Jacquemet — route des Rousses", "Jacquemet"),
    ("Coupe et couleur au Salon Nadia K. (place du marché)", "Nadia K."),
])
def test_a_shop_named_after_its_owner(text: str, name: str) -> None:
    from aiguillage.detect.recognizers.person_trade_name import FrTradeNameRecognizer

    assert name in _found(FrTradeNameRecognizer(), text, "PERSON")


def test_public_offices_and_plain_words_after_a_trade_stay() -> None:
    from aiguillage.detect.recognizers.person_trade_name import FrTradeNameRecognizer

    text = "Gendarmerie Mâcon, Trésorerie Cluny, Pâtisserie Royale, Garage Municipal, Boucherie Centrale"
    assert _found(FrTradeNameRecognizer(), text, "PERSON") == []


@pytest.mark.parametrize("text,name", [
    ("Publié par jeannot-b le 4 avril 2026", "jeannot-b"),
    ("Réponse de ginette : on apporte les crêpes", "ginette"),
    ("Posté par Nadia K. — 3 mars", "Nadia K."),
    ("Rotterdam, 4e étage — sonnette « P. de W. »", "P. de W."),
])
def test_authors_of_posts_and_doorbell_names(text: str, name: str) -> None:
    from aiguillage.detect.recognizers.person_author import FrPostAuthorRecognizer

    assert name in _found(FrPostAuthorRecognizer(), text, "PERSON")


@pytest.mark.parametrize("text", [
    "Publié par la mairie le 3 mars", "Commentaire de Admin :", "Publié par la Rédaction le 2 mai",
    "Écrit par 2 agents du service", "Indice publié par l'INSEE le 3 mars",
    "Poste de Leduc-les-Bains, le 3 mars",
    "Rapport rédigé par SNCF Réseau",
])
def test_a_sites_own_accounts_are_no_authors(text: str) -> None:
    from aiguillage.detect.recognizers.person_author import FrPostAuthorRecognizer

    assert _found(FrPostAuthorRecognizer(), text, "PERSON") == []


def test_a_house_number_after_a_verb_of_residence() -> None:
    text = "Notre voisine, Mme Roux, qui habite au 1022, a prévenu la mairie."
    assert "1022" in _found(FrAddressRecognizer(), text, "FR_ADDRESS")
    assert _found(FrAddressRecognizer(), "Elle habite au 3e étage.", "FR_ADDRESS") == []


@pytest.mark.parametrize("text,alias", [
    ("SARAH « SASSOU » MERCIER — chanteuse", "SASSOU"),
    ("Thomas « Tom » Verdier, réalisateur", "Tom"),
])
def test_a_nickname_between_first_name_and_surname(text: str, alias: str) -> None:
    from aiguillage.detect.recognizers.person_alias import FrAliasRecognizer

    found = _found(FrAliasRecognizer(), text, "PERSON")
    assert alias in found and any(alias in f and len(f) > len(alias) for f in found)
    assert _found(FrAliasRecognizer(), "Le « Grand Bal » Populaire, Festival « Jazz » Vignes", "PERSON") == []


def test_a_web_site_on_a_persons_line_of_contact() -> None:
    from aiguillage.detect.engine import contact_sites
    from aiguillage.records import Finding

    def sites(text: str) -> list[str]:
        phone = regex.search(r"0\d(?: \d\d){4}", text)
        assert phone is not None
        found = [Finding("PHONE_NUMBER", phone.start(), phone.end(), 0.8, "FrPhoneRecognizer")]
        return [text[f.start:f.end] for f in contact_sites(text, found)]

    assert sites("Vos hôtes : Paul et Anne Roux\n06 12 34 56 78 · www.lemoulindesaules.fr\n") == [
        "www.lemoulindesaules.fr"]
    assert sites("Mairie : 03 85 59 00 00 · www.mairie-cluny.fr") == []
    assert sites("Office de tourisme 03 85 00 00 00 www.cluny-tourisme.com") == []
    assert sites("Vos hôtes : 06 12 34 56 78\nVoir aussi www.lemoulindesaules.fr") == []
