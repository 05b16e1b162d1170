"""Homes told by landmarks or by a neighbour's house number, places in a car-pool row, and held
numbers echoed by their shape."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "line"), [
    ("Mme Ghislaine Berthomieu\nla maison d'angle entre la rue des Tanneurs et l'impasse du Pressoir\n"
     "81500 Lavaur\n\nMonsieur le Maire,",
     "la maison d'angle entre la rue des Tanneurs et l'impasse du Pressoir"),
    ("M. Yannick Le Dantec\nla longère juste après le croisement de la route de Kerlaz et du chemin creux\n"
     "29100 Douarnenez\n", "la longère juste après le croisement de la route de Kerlaz et du chemin creux"),
    ("Mme Odette Ferrand\nle pavillon vert au bout de l'allée des Tilleuls, derrière le gymnase\n"
     "59000 Lille\n", "le pavillon vert au bout de l'allée des Tilleuls, derrière le gymnase"),
])
def test_a_long_described_line_in_an_address_block(find, text, line) -> None:  # type: ignore[no-untyped-def]
    assert line in find(text, "FR_ADDRESS")


@pytest.mark.parametrize(("text", "value"), [
    ("Les occupants (une famille Lemaréchal, je crois, le nom est sur la boîte aux lettres du 14 bis) "
     "sont charmants.", "du 14 bis"),
    ("les propriétaires sont peut-être chez les Kerdraon d'à côté, le n° 24.", "le n° 24"),
    ("Mon voisin du 7 ter laisse son chien aboyer toute la nuit.", "du 7 ter"),
    ("Le chien des voisins du 9 bis aboie toute la journée.", "du 9 bis"),
])
def test_a_neighbour_s_house_number(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, "FR_ADDRESS"))


@pytest.mark.parametrize(("text", "value"), [
    ("Le bulletin municipal, le n° 24, paraît en mai.", "le n° 24"),
    ("M. Perrin a présenté le n° 3 du bulletin.", "le n° 3"),
    ("La salle du 14 bis est réservée aux associations.", "du 14 bis"),
])
def test_a_number_of_a_thing_stays(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert not any(value in v for v in find(text, "FR_ADDRESS"))


@pytest.mark.parametrize(("text", "value"), [
    ("<li>Monique Wendling — Clio 3398 QB 68 — 3 places — départ au coin de la rue de l'Ill et de la "
     "ruelle des Pêcheurs</li>", "au coin de la rue de l'Ill et de la ruelle des Pêcheurs"),
    ("<li>Gisèle Brunner — C3 EF-482-HK — 2 places — départ au coin de la rue du Moulin et de l'impasse "
     "Haute</li>", "au coin de la rue du Moulin et de l'impasse Haute"),
    ("Samedi — Odile Renaud — Twingo 4521 TX 67 — 4 places — départ en face de la boulangerie du Pont",
     "en face de la boulangerie du Pont"),
])
def test_a_place_in_a_row_with_a_plate(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, "FR_ADDRESS"))


@pytest.mark.parametrize(("text", "value"), [
    ("Pour mémoire ma carte de lectrice : B-07 2291 C, et celle de mon fils Cian : B-07 2292 J.",
     "B-07 2292 J"),
    ("Chaque signaleur porte un brassard numéroté (SIG-014 à SIG-018) et une carte.", "SIG-018"),
    ("Ma carte d'abonnée : TX-4410-B ; celle de ma fille porte TX-4411-C.", "TX-4411-C"),
    ("Chaque coureur porte un dossard KM-0451 ; son binôme a le KM-0452.", "KM-0452"),
])
def test_a_code_shaped_like_a_held_number(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PERSONAL_REFERENCE")


@pytest.mark.parametrize(("text", "value"), [
    ("Délibération n° 2026-045 ; dossier n° AB-2026-0412 ; réunion 2026-0413.", "2026-0413"),
    ("Dossier n° AB-2026-0412 ; voir l'article L-2122-22 du code.", "L-2122-22"),
])
def test_codes_of_another_shape_stay(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert not any(value in v for v in find(text, "PERSONAL_REFERENCE"))


@pytest.mark.parametrize(("text", "value"), [
    ("Par avenant du 30 décembre 2004, la société Le Grenier à Pain 92, chemin de Boulanger\n55118 Gauthier "
     "s'est substituée au preneur.", "Le Grenier à Pain 92, chemin de Boulanger"),
    ("Le bail commercial de La Boîte à Outils 31, boulevard Carnot a été renouvelé.",
     "La Boîte à Outils 31, boulevard Carnot"),
    ("Les lieux loués, Les Tilleuls 7 bis rue Haute, sont libres.", "Les Tilleuls 7 bis rue Haute"),
])
def test_a_premises_name_glued_before_its_address(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, "FR_ADDRESS"))


def test_a_person_before_an_address_is_no_premises(find) -> None:  # type: ignore[no-untyped-def]
    assert "Jean Le Gall" in find("Courrier de M. Jean Le Gall 12 rue de Brest, reçu le 3 mai.", "PERSON")


@pytest.mark.parametrize(("text", "value"), [
    ("Licences FFF : 2544871203 ; 2544871219 ; 2544871227", "2544871227"),
    ("Licence n° 31457702 (la sienne) ; puis 31457719 pour son fils.", "31457719"),
])
def test_a_list_of_held_numbers_in_digits(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PERSONAL_REFERENCE")
