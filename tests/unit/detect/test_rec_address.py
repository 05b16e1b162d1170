"""FrAddressRecognizer: number + way + name, postcode + city, near misses."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("demeurant 69 avenue Gillet, 34755 Saint-Denis, pour", "69 avenue Gillet, 34755 Saint-Denis"),
    ("domicilié 1, rue Jourdan 25538 Bonnin", "1, rue Jourdan 25538 Bonnin"),
    ("au 12 bis rue de la Paix", "12 bis rue de la Paix"),
    ("résidant 5 impasse des Lilas", "5 impasse des Lilas"),
    ("4 allée Émile Zola 69100 Villeurbanne Cedex", "4 allée Émile Zola 69100 Villeurbanne Cedex"),
    ("sis 93, chemin Margaux Deschamps.", "93, chemin Margaux Deschamps"),
    ("111 rue Guilbert 68369 Saint-Malo\t0195400706", "111 rue Guilbert 68369 Saint-Malo"),
])
def test_addresses(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "FR_ADDRESS") == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("Adresse : 34000 Montpellier", "34000 Montpellier"),
    ("CS 12345", "CS 12345"),
])
def test_postcode_city_and_boxes(find, text, value) -> None:  # type: ignore[no-untyped-def]
    found = find(text, "FR_ADDRESS")
    assert found == [value] or (value == "CS 12345" and found == [])  # a bare box needs context


@pytest.mark.parametrize("text", [
    "Le conseil a voté 12 délibérations.",
    "Il reste 3 rues à refaire.",
    "Montant : 47000 euros",
    "Article 5 : la place est réservée.",
])
def test_near_misses(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "FR_ADDRESS") == []


def test_address_on_two_lines_is_two_pieces(find) -> None:  # type: ignore[no-untyped-def]
    """Street and city lines are anonymized where each is written (one finding per line)."""
    text = "32 boulevard du Général de Gaulle\n75008 Paris"
    assert find(text, "FR_ADDRESS") == ["32 boulevard du Général de Gaulle", "75008 Paris"]


def test_never_swallows_a_label(detector) -> None:  # type: ignore[no-untyped-def]
    text = "demeurant 111 rue [PERSONNE_4] 68369 [LIEU_4]"
    assert all("[" not in text[f.start:f.end] for f in detector.analyze(text) if f.entity_type == "FR_ADDRESS")  # noqa: E501


@pytest.mark.parametrize(("text", "value"), [
    # named houses and farms
    ("Ils vivent dans la maison dite La Grange du Pré, sur la commune.", "maison dite La Grange du Pré"),
    ("une propriété appelée « Les Tilleuls » depuis 1950", "propriété appelée « Les Tilleuls"),
    ("la ferme nommée Le Bois Joli a été vendue", "ferme nommée Le Bois Joli"),
    ("Elle habite la ferme du Bois Joli à Plouha.", "ferme du Bois Joli"),
    # a place named after a verb of residence, without a number
    ("Mme Petit, demeurant Les Hauts de Bellevue, 13100 Aix-en-Provence", "Les Hauts de Bellevue"),
    ("M. Blanc demeure Quartier Les Plans depuis vingt ans", "Quartier Les Plans"),
    ("Il est domicilié au Mas des Oliviers, route de Nîmes", "Mas des Oliviers"),
    ("la famille réside à La Roche-Vineuse", "La Roche-Vineuse"),
    ("ils habitent hameau de Chazelles", "hameau de Chazelles"),
    # lieux-dits, hyphenated or not
    ("la parcelle située au lieu dit Les Combes", "lieu dit Les Combes"),
    ("Il demeure au lieu-dit La Croix Blanche.", "lieu-dit La Croix Blanche"),
    # a building named before its floor, flat or street
    ("Immeuble Le Belvédère, 3e étage, 6 rue Foch", "Immeuble Le Belvédère"),
    ("Résidence Les Pins – 12 allée des Cèdres", "Résidence Les Pins"),
    ("Bâtiment Les Acacias, escalier B", "Bâtiment Les Acacias"),
])
def test_places_without_a_street_number(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in found for found in find(text, "FR_ADDRESS"))  # possibly with its city


@pytest.mark.parametrize(("text", "value"), [
    ("Service des impôts, CS 70001, 75012 Paris Cedex 12.", "75012 Paris Cedex 12"),
    ("Écrire à BP 123, 34000 Montpellier CEDEX 1", "34000 Montpellier CEDEX 1"),
    ("69100 Villeurbanne Cedex", "69100 Villeurbanne Cedex"),
])
def test_cedex_keeps_its_number(find, text, value) -> None:  # type: ignore[no-untyped-def]
    # (a box before the postcode is part of the address: "BP 123, 34000 Montpellier CEDEX 1")
    assert any(found.endswith(value) for found in find(text, "FR_ADDRESS"))


@pytest.mark.parametrize("text", [
    # a unit word is a whole word ("appartient", "apte", "bâtir", "bateau", "logements", "Bâti")
    "Le domaine public appartient à la commune.",
    "une personne apte au travail",
    "il faut bâtir un mur de soutènement",
    "le bateau est amarré",
    "la construction de 40 logements sociaux",
    "Foncier Bâti et non bâti",
    # "mise en demeure", a civility after a verb of residence
    "Le maire met en demeure Monsieur Martin de payer.",
    "la mise en demeure Le Foll est restée sans effet",
    # public places named without an address or a verb of residence
    "Les travaux de l'Immeuble La Panacée sont achevés.",
    "Le comité de quartier Les Aubes reçoit une subvention.",
    "la Maison de l'Europe de Montpellier organise une exposition",
])
def test_place_near_misses(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "FR_ADDRESS") == []


# ---- places without a number, written where a person's address goes (pii2) -----------------------

@pytest.mark.parametrize(("text", "value"), [
    # right after a named person, without a number
    ("Étaient présents : Mme Odette Carrel, impasse du Lavoir ; M. Noé Brun.", "impasse du Lavoir"),
    ("M. Fabien Ollivier — Manoir de Keroual — accepte la servitude", "Manoir de Keroual"),
    ("Mme Inès Roche (La Grange Basse) sera prévenue.", "La Grange Basse"),
    ("M. Paul Girard, hameau de Villeneuve, CR 7, signale un nid-de-poule", "hameau de Villeneuve, CR 7"),
    # an article-led place before its postcode and city
    ("Le Petit Pré, 71250 Cluny", "Le Petit Pré, 71250 Cluny"),
    # a dwelling on a country road
    ("Moulin de Bas, RD 14, ouvert le samedi", "Moulin de Bas, RD 14"),
])
def test_places_of_a_person(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in found for found in find(text, "FR_ADDRESS"))


@pytest.mark.parametrize(("text", "value"), [
    ("Le salon ouvrira au 8 Grand'Rue dès lundi.", "8 Grand'Rue"),
    ("L'atelier du 41 Grande Rue déménage.", "41 Grande Rue"),
    ("livraison au n° 6 de la rue Pasteur demain", "n° 6 de la rue Pasteur"),
    ("ils vivent au 15 ter du boulevard Carnot", "15 ter du boulevard Carnot"),
    ("la clé est au 9 de la ruelle du four", "9 de la ruelle du four"),
    ("écrire au 3, impasse des mésanges", "3, impasse des mésanges"),
])
def test_numbers_of_ways(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in found for found in find(text, "FR_ADDRESS"))


@pytest.mark.parametrize(("text", "value"), [
    ("contact: 14 Elm Road, Oxford OX2 6HT", "14 Elm Road, Oxford OX2 6HT"),
    ("Apartment 2, 9 Queen Street, Edinburgh EH2 1JE", "Apartment 2, 9 Queen Street, Edinburgh EH2 1JE"),
    ("domicile : Avenue Louise 231, 1050 Ixelles", "Avenue Louise 231, 1050 Ixelles"),
    ("Chemin des Vignes 4, 1260 Nyon", "Chemin des Vignes 4, 1260 Nyon"),
    ("Lindenweg 7, 3011 Bern", "Lindenweg 7, 3011 Bern"),
    ("Rua do Carmo 12, 1200-093 Lisboa", "Rua do Carmo 12, 1200-093 Lisboa"),
    ("Boîte postale 58, 29200 Brest", "Boîte postale 58, 29200 Brest"),
    ("Case postale 9, 2000 Neuchâtel 1", "Case postale 9, 2000 Neuchâtel 1"),
])
def test_addresses_abroad_and_boxes(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in found for found in find(text, "FR_ADDRESS"))


@pytest.mark.parametrize(("text", "value"), [
    ("Mme Roux, escalier C, 4e étage, porte droite", "escalier C, 4e étage, porte droite"),
    ("rez-de-chaussée gauche, côté cour", "rez-de-chaussée gauche"),
    ("Entrée 2, 1er ét. gche", "Entrée 2, 1er ét. gche"),
])
def test_doors_and_floors(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in found for found in find(text, "FR_ADDRESS"))


@pytest.mark.parametrize("text", [
    "Il suit 3 cours de danse par semaine.",
    "La rue dite Grande est fermée.",
    "L'entrée du public se fait par la gauche.",
    "Le Conseil municipal de la ville a voté.",
    "M. Jean Dupont, adjoint au maire, ouvre la séance.",
    "une rue et Mme Durand",
])
def test_more_near_misses(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "FR_ADDRESS") == []


@pytest.mark.parametrize(("text", "value"), [
    ("en été 4 hent ar Porzh, 29120 Combrit.", "4 hent ar Porzh"),
    ("Le colis est parti au 12 straed an Iliz hier.", "12 straed an Iliz"),
    ("Il habite 7 hent al Lann à Plouhinec.", "7 hent al Lann"),
])
def test_breton_street_names_with_their_articles(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, "FR_ADDRESS"))
