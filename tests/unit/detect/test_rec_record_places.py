"""Places that are a person's address as a value of their record (FrRecordPlaceRecognizer and the
engine's chained_places), building abbreviations, named houses before a number; initials of a
name found whole."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    # a street without a number right after a person (initials, civility, a table row)
    ("- J.-P. M. (rue des Saules) regrette l'absence de ralentisseur.", "rue des Saules"),
    ("– M. Ghislain Poulain, rue du Moulin (sortie de tracteur) ;", "rue du Moulin"),
    ("Dupont Jean\true des Lilas\t06 12 34 56 78", "rue des Lilas"),
    # a dwelling named by what it is, after a name and an age
    ("ALLARD Georgette, 88 ans, maison de la Treille — 03 85 38 11 22", "maison de la Treille"),
    ("Mme Rolande Py, ferme des Grands Champs", "ferme des Grands Champs"),
    # a lot of a housing estate
    ("2. M. Jacques Morel, lot n° 7, est chargé des plans.", "lot n° 7"),
    # a dwelling described after the address
    ("Mme Josette Hamon, domiciliée route de Saint-Malo, la maison après le calvaire (fioul) ;",
     "la maison après le calvaire"),
    ("mon oncle qui habite au bout du chemin de Kerlann, la longère aux volets bleus.",
     "la longère aux volets bleus"),
    # a hamlet given as the place of a couple's home
    ("le four à pain du hameau de La Gaudinière, chez M. et Mme Poirier-Dubreuil.",
     "hameau de La Gaudinière"),
])
def test_place_of_a_record(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "FR_ADDRESS")


@pytest.mark.parametrize(("text", "kept"), [
    # public places, no person's record around them
    ("La Maison de la Culture ouvre samedi à 10 h.", "Maison de la Culture"),
    ("Le lot n° 3 du marché (plomberie) est attribué à l'entreprise.", "lot n° 3"),
    ("Les travaux de réfection de la rue des Lilas auront lieu en juillet.", "rue des Lilas"),
    # a street named after an address is a second street, not a description of the first
    ("Les travaux du 3 rue Pasteur, rue des Lilas et avenue Foch auront lieu.", "rue des Lilas"),
    # a person's name, then other words before the street
    ("Mme Bernadette Quéré propose un sens unique sur la ruelle du Four.", "ruelle du Four"),
    # the commune's hall, "chez" far from any person
    ("La fête a lieu à la maison des Associations, chez nous tous.", "maison des Associations"),
])
def test_public_places_stay(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert not any(kept in v for v in find(text, "FR_ADDRESS"))


@pytest.mark.parametrize(("text", "value"), [
    ("qui habite la maison éclusière depuis 1990.", "la maison éclusière"),
    ("Elle vit dans la fermette voisine, au bout du chemin.", "la fermette voisine"),
    ("Il demeure la ferme isolée, après le pont.", "la ferme isolée"),
])
def test_dwelling_after_a_verb_of_residence(find, text, value) -> None:  # type: ignore[no-untyped-def]
    # the value, or the value with where it stands ("la ferme isolée, après le pont")
    assert any(v == value or v.startswith(value + ",") for v in find(text, "FR_ADDRESS"))


@pytest.mark.parametrize("text", [
    "La maison est à vendre depuis mars.",
    "Il habite la commune depuis 1990.",
])
def test_dwelling_without_residence(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "FR_ADDRESS") == []


@pytest.mark.parametrize(("text", "value"), [
    ("M. Grégoire Duval\nLes Genêts, 74 chemin du Grand Fief\n79000 Niort", "Les Genêts"),
    ("Mme Roux\nLe Clos Fleuri, 3 impasse des Mésanges", "Le Clos Fleuri"),
    ("Bât. Les Chênes, 2e ét., 5 allée Marie-Curie, 67400 Illkirch", "Bât. Les Chênes"),
    ("Résidence Les Pins, 3e étage, 12 allée des Cèdres", "Résidence Les Pins"),
])
def test_named_house_or_building_before_the_address(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, "FR_ADDRESS"))


@pytest.mark.parametrize("text", [
    # a named place mid-sentence, not an address block's line
    "Nous irons voir Les Genêts, 74 chemin plus loin que prévu.",
    "Le Conseil, 12 voix pour, adopte la délibération.",
])
def test_named_place_not_an_address_block(find, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(v.startswith(("Les Genêts", "Le Conseil")) for v in find(text, "FR_ADDRESS"))


@pytest.mark.parametrize(("text", "signed"), [
    ("De : Roland Chevalier <r@x.fr>\n\nBonjour,\n\nCordialement,\nR. Chevalier\n02 47 97 12 12",
     "R. Chevalier"),
    ("Mme Marie Blanc a écrit.\nSigné : M. Blanc", "M. Blanc"),
    ("M. Jean-Luc Roux demande une benne.\n\nJ.-L. Roux", "J.-L. Roux"),
])
def test_a_name_signed_with_its_initials(find, text, signed) -> None:  # type: ignore[no-untyped-def]
    assert any(signed in v or (v in signed and len(v) > 2) for v in find(text, "PERSON"))


@pytest.mark.parametrize("text", [
    # "R." before a capitalised word without a person around is no street either way
    "Voir R. Chevalier, p. 12.",
    # a name whose first word is no first name gives no initialled form
    "Le Pont Neuf a été rénové. P. Neuf est une autre histoire.",
])
def test_initials_without_a_found_name(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "FR_ADDRESS") == []


@pytest.mark.parametrize(("text", "etype", "value"), [
    # a place named with its article, alone in its segment after a name
    ("POIRIER Jean-Claude, La Baudière — badge n° 35-0045-7781", "FR_ADDRESS", "La Baudière"),
    ("TESSIER Paul et TESSIER Jeanne, Le Bois-Cornillé — badge", "FR_ADDRESS", "Le Bois-Cornillé"),
    ("– M. Lucien Daniel, septuagénaire, La Ville-au-Voyer ;", "FR_ADDRESS", "La Ville-au-Voyer"),
    # the owner of a named place
    ("mon voisin, M. Charles-Édouard de Kersauson, propriétaire du Clos du Papillon, qui", "FR_ADDRESS",
     "Clos du Papillon"),
    # ages right after a name
    ("Le doyen de l'épreuve, Georges Faure, 81 ans, a terminé en 58:30.", "DATE_OF_BIRTH", "81 ans"),
    ("– M. Lucien Daniel, septuagénaire « encore jeune » ;", "DATE_OF_BIRTH", "septuagénaire"),
    ("Mme Odette Grangier, dans sa 80e année, a soufflé ses bougies.", "DATE_OF_BIRTH", "dans sa 80e année"),
    # an age after the person's address in the same record
    ("Mme Germaine Cabanel, chemin de la Soumont — 87 ans — tél. fixe", "DATE_OF_BIRTH", "87 ans"),
    ("M. Paul Riou, 4 rue des Lilas, 92 ans, inscrit", "DATE_OF_BIRTH", "92 ans"),
])
def test_values_of_a_record(find, text, etype, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, etype)


@pytest.mark.parametrize(("text", "etype", "kept"), [
    ("La concession de trente ans est renouvelable.", "DATE_OF_BIRTH", "trente ans"),
    ("Un septuagénaire a été vu près du lavoir.", "DATE_OF_BIRTH", "septuagénaire"),
    # a duration after a place that is no one's address
    ("Les travaux de la rue des Lilas dureront deux ans.", "DATE_OF_BIRTH", "deux ans"),
    ("La mairie, place de l'Église, a 150 ans cette année.", "DATE_OF_BIRTH", "150 ans"),
    ("Mairie de Ploërmel — Le Maire, La Poste, Le Bourg fermés le lundi.", "FR_ADDRESS", "Le Bourg"),
    # a surname with its particle is no place, even where a place could be
    ("M. Hervé Le Quéré, conseiller", "FR_ADDRESS", "Le Quéré"),
])
def test_record_shapes_alone_stay(find, text, etype, kept) -> None:  # type: ignore[no-untyped-def]
    assert not any(kept in v for v in find(text, etype))


@pytest.mark.parametrize(("text", "lines"), [
    ("Régie des eaux\n\nMonsieur Goulven Kerhervé\nKer Huel\nroute de Pouldavid\n29100 Douarnenez\n\nObjet",
     ["route de Pouldavid"]),
    ("Cabinet du maire\n\nM. Hervé Le Quéré\nBP 17\nLe Fret\n29160 Crozon\n", ["BP 17", "Le Fret"]),
])
def test_address_block_lines(find, text, lines) -> None:  # type: ignore[no-untyped-def]
    found = find(text, "FR_ADDRESS")
    assert all(any(line in v for v in found) for line in lines)


def test_a_service_address_block_is_no_person_s() -> None:
    from aiguillage.detect.engine import address_block_lines
    from aiguillage.records import Finding

    text = "Mairie de Crozon\nService urbanisme\nLe Fret\n29160 Crozon\n"
    assert address_block_lines(text, [Finding("LOCATION", 10, 16, 0.85, "SpacyRecognizer")]) == []


@pytest.mark.parametrize(("text", "etype", "value"), [
    # an apposition in lower case between the name and the place
    ("– Mme Odile Bonneau, éleveuse de chèvres, Le Petit Puy-Bernard, Faye-l'Abbesse", "FR_ADDRESS",
     "Le Petit Puy-Bernard"),
    ("– Mlle Lou-Anne Baudry, miel et pain d'épices, route de Cerizay, après le rond-point.", "FR_ADDRESS",
     "route de Cerizay"),
    # the same street as the neighbour's
    ("Votre voisin, M. Joël Praud, qui habite au 9 de la même allée, nous avait alerté.", "FR_ADDRESS",
     "9 de la même allée"),
    # a foreign address block
    ("Mairie\n\nM. Peter Zürcher-Balmat\nChemin des Crêts 14\n1936 Verbier\nSUISSE", "FR_ADDRESS",
     "Chemin des Crêts 14"),
    # an age after a first name sought again
    ("M. et Mme Michel et Josiane Bréchet ; Michel, soixante-dix-huit ans, ancien marin", "DATE_OF_BIRTH",
     "soixante-dix-huit ans"),
])
def test_more_values_of_a_record(find, text, etype, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, etype))


@pytest.mark.parametrize(("text", "kept"), [
    # a sentence between the name and the street is no apposition
    ("Mme Bernadette Quéré, qui propose un sens unique, sur la ruelle du Four.", "ruelle du Four"),
    ("Le maire, très apprécié, rue de la Mairie.", "rue de la Mairie"),
])
def test_no_record_through_a_clause(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert not any(kept in v for v in find(text, "FR_ADDRESS"))


@pytest.mark.parametrize(("text", "etype", "value"), [
    ("mon voisin m. tessier du 38 ter c'est pareil.", "FR_ADDRESS", "du 38 ter"),
    ("je suis nadia bouzid-lemoine, j'habite ici.\ncordialement\nn. bouzid", "PERSON", "bouzid"),
])
def test_lower_case_records(find, text, etype, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, etype)


@pytest.mark.parametrize("text", [
    "Le marché du 12 bis au 14 ter de la rue est fermé.",
    "je suis nadia, la salle du 38 ter est réservée",
])
def test_house_numbers_alone(find, text) -> None:  # type: ignore[no-untyped-def]
    assert not any("ter" in v for v in find(text, "FR_ADDRESS"))


@pytest.mark.parametrize(("text", "value"), [
    ("Kim Soo-jin\tpapeterie\t118-120 avenue de Grammont\tcourriel", "118-120 avenue de Grammont"),
    ("| P3 | Leclerc Hervé | 12-14 allée Frida-Kahlo |", "12-14 allée Frida-Kahlo"),
])
def test_a_range_of_numbers(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, "FR_ADDRESS"))


@pytest.mark.parametrize("text", [
    "la période 2020-2026 place au renouveau",
    "voir les articles 12-14 du règlement",
])
def test_ranges_that_are_no_numbers_of_a_street(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "FR_ADDRESS") == []


def test_the_model_s_lower_case_names_are_not_sought_again() -> None:
    """The model reads a quarter written in lower case ("la paillade") as a person: its word is not
    sought in the capitals of a table of associations ("TENNIS CLUB DE LA PAILLADE")."""
    from aiguillage.detect.engine import repeated_names
    from aiguillage.records import Finding

    text = "rendez-vous à la paillade\n1192\tTENNIS CLUB DE LA PAILLADE\t26 000 €"
    s = text.index("paillade")
    assert repeated_names(text, [Finding("PERSON", s, s + 8, 0.85, "SpacyRecognizer")]) == []
    found = repeated_names(text, [Finding("PERSON", s, s + 8, 0.88, "FrLowercaseNameRecognizer")])
    assert sorted(text[f.start:f.end] for f in found) == ["PAILLADE", "paillade"]
