"""Names written in relation to a name found (``aiguillage.detect.related``), kinship titles
(``FrKinTitleNameRecognizer``) and compound first names standing alone."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "name"), [
    # another name of the person: before the full name in brackets, or equal to it
    ("Bois à venir chercher. Demandez Lulu (Lucien Berthet).\n", "Lulu"),
    ("Pour la clé, voir Jojo (Joseph Ricard), il passe le samedi.", "Jojo"),
    ("ils ont la clé du fournil (Fanfan = François Lemaire, 06 21 45 77 89).", "Fanfan"),
    ("Nanou = Anne-Marie Peyrot ; Titi = Thierry Lacombe", "Titi"),
    ("Le tracteur est conduit par Gilbert Roussel (dit Pierrot) depuis 1990.", "Pierrot"),
    ("Inscrits : Bernard Vidal (Bébert) et Colette Vidal.", "Bébert"),
    # coordinated with a person's name: a known first name, a family after "les"
    ("- Marguerite et Henri (n° 2) : quiche + crêpes", "Marguerite"),
    ("Tenue de la caisse : Rose & M. Albert Fabre", "Rose"),
    ("alors que nos voisins, les Chabrol et M. Aubert, sont raccordés depuis un an.", "Chabrol"),
    ("Viendront M. Paul Arnaud et Marguerite, sa sœur.", "Marguerite"),
])
def test_related_names(find, text, name) -> None:  # type: ignore[no-untyped-def]
    assert any(name in v for v in find(text, "PERSON")), find(text, "PERSON")


@pytest.mark.parametrize(("text", "kept"), [
    # a task, a role or a heading before a person in brackets
    ("Pâtisserie (Mme Jeanne Roux) : 12 tartes.", "Pâtisserie"),
    ("Présidente (Anne Roux) : ouverture de la séance.", "Présidente"),
    # a town in brackets after a name is no nickname
    ("Conférence de M. Jean Dupont (Fribourg) le 3 mai.", "Fribourg"),
    ("Mme Claire Vidal (Trésorerie) a présenté les comptes.", "Trésorerie"),
    # coordinated: ordinary words, places, a family that is a region
    ("Pêche et M. Martin se partagent le stand.", "Pêche"),
    ("Voyage dans les Alpes et Jean Dupont au volant.", "Alpes"),
    ("Vin chaud et Marc Dupuis à la buvette.", "Vin"),
    ("Un rapport de M. Jean Dupont et Associés.", "Associés"),
])
def test_not_related_names(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert not any(kept in v for v in find(text, "PERSON")), find(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    ("Personnes autorisées à venir chercher l'enfant\tMme Durand (grand-mère) ; Tonton Éric\n", "Éric"),
    ("Animation enfants : Tatie Jo, avec les maquillages.", "Jo"),
    ("C'est mamie Lucette qui gardera les enfants mercredi.", "Lucette"),
    ("Retour avec Parrain Jean-Luc après le match.", "Jean-Luc"),
    ("Peut récupérer l'enfant : Oncle Samir (06 11 22 33 44)", "Samir"),
])
def test_kinship_titles(find, text, name) -> None:  # type: ignore[no-untyped-def]
    assert any(name in v for v in find(text, "PERSON")), find(text, "PERSON")


@pytest.mark.parametrize(("text", "kept"), [
    ("Ma tante viendra le chercher.", "tante"),
    ("Le parrain du club remettra les coupes.", "parrain"),
    ("Mamie Lundi : pas de permanence.", "Lundi"),
    ("TONTON ET NEVEU : RÈGLEMENT DU CONCOURS", "TONTON"),
])
def test_not_kinship_titles(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert not any(kept in v for v in find(text, "PERSON")), find(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    ("While I am away, you may reach my caretaker, Jean-Marc (everyone calls him so), on", "Jean-Marc"),
    ("Clés déposées par Marie-Rose ce matin.", "Marie-Rose"),
    ("Contact : Pierre-Louis — 06 12 34 56 78", "Pierre-Louis"),
])
def test_compound_first_names_alone(find, text, name) -> None:  # type: ignore[no-untyped-def]
    assert name in find(text, "PERSON"), find(text, "PERSON")


@pytest.mark.parametrize(("text", "kept"), [
    ("La commune de Saint-Pierre organise une fête.", "Saint-Pierre"),
    ("Une marc de café et une pierre.", "marc"),
    ("Le Pierre est un cépage ?", "Pierre"),
])
def test_words_stay(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert kept not in find(text, "PERSON"), find(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Buvette (M. Guy Ferrand) de 18 h à 22 h",
    "Secrétariat (Mme Julie Perrin) : 04 67 00 00 00",
    "Accueil (Jean Dupont) et vestiaire (Marie Roux).",
])
def test_a_task_before_a_person_in_brackets_stays(find, text) -> None:  # type: ignore[no-untyped-def]
    word = text.split()[0]
    assert not any(word in v for v in find(text, "PERSON")), find(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    ("Transport des fagots : tracteur de Pierrot (FH-382-TR), depuis la ferme.", "Pierrot"),
    ("Covoiturage : la voiture de Mimi (EK-390-VB) part à 8 h.", "Mimi"),
    ("Pour la sono, le numéro de Bébert (06 12 34 56 78).", "Bébert"),
    ("la deuxième clé est chez Jojo, le mas au bout du chemin.", "Jojo"),
    ("Les chaises sont chez Ginette depuis la fête.", "Ginette"),
])
def test_holders_and_homes(find, text, name) -> None:  # type: ignore[no-untyped-def]
    assert name in find(text, "PERSON"), find(text, "PERSON")


@pytest.mark.parametrize(("text", "kept"), [
    ("Le véhicule de service Renault Clio (AB-123-CD) est au garage.", "Clio"),
    ("Le standard de Mairie (04 67 00 00 00) ferme à 17 h.", "Mairie"),
    ("Les courses se font chez Carrefour le samedi.", "Carrefour"),
    ("Rendez-vous chez Orange pour la box.", "Orange"),
])
def test_no_holder_no_home(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert kept not in find(text, "PERSON"), find(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    ("Inscrits\nHamza — à joindre par hamza.b@free.fr\n", "Hamza"),
    ("Bénévoles\n- Ophélie : 06 11 22 33 44\n", "Ophélie"),
    ("Contacts\n• Fanfan (06 12 34 56 78)\n", "Fanfan"),
])
def test_the_head_of_a_line_with_a_contact(find, text, name) -> None:  # type: ignore[no-untyped-def]
    assert name in find(text, "PERSON"), find(text, "PERSON")


@pytest.mark.parametrize(("text", "kept"), [
    ("Numéros utiles\nMairie — 04 67 00 00 00\n", "Mairie"),
    ("Numéros utiles\nSecrétariat : secretariat@mairie.fr\n", "Secrétariat"),
    ("Numéros utiles\nUrgences — 06 12 34 56 78\n", "Urgences"),
    ("Numéros utiles\nPharmacie (04 67 11 22 33)\n", "Pharmacie"),
])
def test_a_service_heading_a_line_stays(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert kept not in find(text, "PERSON"), find(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    ("Adhérents :\n   Lina Haddad — 07 81 22 90 15\n   Ophélie — « demander à sa mère »\n", "Ophélie"),
    ("Équipe\n- Mme Claire Roux : buvette\n- Hamza : montage\n- M. Paul Arnaud : caisse\n", "Hamza"),
])
def test_the_head_of_a_line_among_persons(find, text, name) -> None:  # type: ignore[no-untyped-def]
    assert name in find(text, "PERSON"), find(text, "PERSON")


@pytest.mark.parametrize(("text", "kept"), [
    ("Ordre du jour\nM. Jean Dupont — ouverture\nBudget — vote\n", "Budget"),
    ("Programme\nAccueil — 9 h\nManuel — questions\nClôture — 12 h\n", "Manuel"),
])
def test_a_line_head_away_from_persons_or_no_first_name_stays(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert kept not in find(text, "PERSON"), find(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    ("quatre personnes à bord : moi-même, ma femme Ute et nos amis.", "Ute"),
    ("Je viendrai avec mon mari Serge et notre voisin Karim.", "Karim"),
    ("Les habitants du hameau (familles Dandine et Rivière) demandent un passage.", "Rivière"),
    ("Inscrits : Nolwenn et Tangi Le Bihan-Cadiou, 2 adultes.", "Nolwenn"),
])
def test_relatives_families_and_shared_surnames(find, text, name) -> None:  # type: ignore[no-untyped-def]
    assert name in find(text, "PERSON"), find(text, "PERSON")


@pytest.mark.parametrize(("text", "kept"), [
    ("Les enfants attendent le père Noël ; mon père Noël viendra en traîneau.", "Noël"),
    ("Voyage à Lyon et Jean Dupont au volant.", "Lyon"),
    ("Les familles monoparentales et les familles nombreuses.", "nombreuses"),
])
def test_no_relative_there(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert kept not in find(text, "PERSON"), find(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    ("Catégorie jeunes\n1er Lilou Chabrier (14 ans) — 4,115 kg\n", "Lilou Chabrier"),
    ("Lauréate : Maëlys Kerbrat, 11 ans, école de Plouha.", "Maëlys Kerbrat"),
    ("à nos jeunes sapeurs-pompiers Enzo, Lya, Timéo et Rayan, impeccables", "Timéo"),
    ("Bravo à Louise, Inaya, Kenzo et Jules pour leur spectacle.", "Inaya"),
])
def test_names_before_an_age_or_among_names(find, text, name) -> None:  # type: ignore[no-untyped-def]
    assert name in find(text, "PERSON"), find(text, "PERSON")


@pytest.mark.parametrize(("text", "kept"), [
    ("Stage Optimist (7-10 ans) du 7 au 11 juillet.", "Optimist"),
    ("Le Club Nautique (40 ans cette année) fête son anniversaire.", "Nautique"),
    ("Villes jumelles : Paris, Lyon, Marseille et Jean Dupont.", "Paris"),
    ("Au marché : Pommes, Poires, Cerises et Marie la fromagère.", "Poires"),
])
def test_no_names_there(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert not any(kept in v for v in find(text, "PERSON")), find(text, "PERSON")
