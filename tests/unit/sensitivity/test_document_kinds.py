"""What kind of document a term sits in: blank forms, council records, guides, quoted names, titles
wrapped on two lines. Wordings differ from the benchmark's on purpose."""

from __future__ import annotations

import pytest

BLANK_FORMS = [
    "Demande de carte jeune\nNom : Lucas Pérez\nSituation : □ marié(e)  □ divorcé(e)  □ veuf/veuve\n",
    "Dossier d'inscription\nNom : Lucas Pérez\nNuméro de titre de séjour : ...................\n",
    "Fiche de renseignements\nNom : Lucas Pérez\nReconnaissance MDPH : ☐ oui ☐ non\n",
    # a web form: its labels stand alone on their lines, nothing written after them
    "Formulaire d'inscription scolaire\n\nNom de l'enfant :\n\nDate de naissance :\n\n"
    "Responsable légal 1 :\n\nSituation familiale (facultatif) :\n—\nparents ensemble\n"
    "parents séparés — joindre le jugement\n\nEnvoyer",
    # dev37: a template whose labels the NER reads as names ("Référence(s)")
    "MODÈLE — DEMANDE DE DÉLAIS DE PAIEMENT\nNom et prénom : ..........\nAdresse : ..........\n"
    "Référence(s) du ou des titres concernés : ..........  Montant total dû : ........ €\n"
    "Nature de la dette : [ ] cantine  [ ] loyer\nJe reconnais devoir la somme de ........ €.\n"
    "Pièces jointes conseillées : dernier avis d'imposition, justificatifs de ressources du foyer.\n"
    "Fait à ................, le ................",
]
FILLED_FORMS = [
    "Demande de carte jeune\nNom : Lucas Pérez\nSituation : ☒ divorcé  □ marié\n",
    "Dossier d'inscription\nNom : Lucas Pérez\nSituation familiale : divorcé, deux enfants à charge\n",
    "Formulaire d'inscription scolaire\n\nNom de l'enfant :\nLucas Pérez\n\nDate de naissance :\n\n"
    "Adresse :\n\nSituation familiale :\nparents séparés — jugement joint\n",
    "MODÈLE — DEMANDE DE DÉLAIS DE PAIEMENT\nNom et prénom : Lucas Pérez\nAdresse : ..........\n"
    "Référence(s) : ..........\nSituation familiale : divorcé, deux enfants à charge\n",
]


@pytest.mark.parametrize("text", BLANK_FORMS)
def test_a_blank_form_asks_and_tells_nothing(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text) - {"marking"}


@pytest.mark.parametrize("text", FILLED_FORMS)
def test_a_filled_form_tells(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "family" in categories(text)


COUNCIL = (
    "CONSEIL MUNICIPAL DE LODÈVE\nProcès-verbal de la séance du 12 mai 2026\n\n"
    "Présents : Mme Agnès Roca, maire ; M. Félix Vidal, M. Omar Benali.\n\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "M. Omar Benali demande que la commune soutienne un moratoire sur les expulsions locatives.",
        "Mme Agnès Roca rappelle que le dispositif a permis d'éviter des placements d'enfants.",
        "Vote : 19 pour, 4 contre (M. Félix Vidal, apparenté Reconquête).",
    ],
)
def test_councillors_speak_of_topics_in_their_function(categories, body: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(COUNCIL + body)


def test_a_fact_about_a_councillor_still_counts(categories) -> None:  # type: ignore[no-untyped-def]
    assert "health" in categories(COUNCIL + "M. Félix Vidal, hospitalisé depuis avril, est excusé.")


@pytest.mark.parametrize(
    "text",
    [
        "Le Dr Anne Morel le rappelle : « une personne diabétique bien suivie peut pratiquer un sport ».",
        "Le bulletin présente l'association « Alzheimer Entraide Vallée du Lot », fondée par M. Paul Rey.",
    ],
)
def test_anyone_and_names_in_quotation_marks(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "health" not in categories(text)


def test_a_compound_word_is_not_its_first_half(categories) -> None:  # type: ignore[no-untyped-def]
    assert not categories("M. Jean Roux signale que le rond-point 12 est fermé à 22 h.")


def test_a_title_wrapped_on_two_lines_is_a_title(facts) -> None:  # type: ignore[no-untyped-def]
    text = "ARRÊTÉ N° 2026-114\nportant sanction disciplinaire\n\nLe président,\nVu le dossier de M. Roy."
    rules = {f.rule for f in facts(text)}
    assert "nature.entretien_professionnel" in rules


def test_a_blank_block_under_its_heading(categories) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Demande d'aide – formulaire\nNom : Lucas Pérez\n\nCADRE 3 – SITUATION FAMILIALE\n"
        "□ célibataire  □ en couple  □ divorcé(e)\nPension alimentaire versée : ............ €\n"
    )
    assert "family" not in categories(text)


@pytest.mark.parametrize(
    "body",
    [
        "Mme Inès Garcia souhaite que le rapport mentionne le coût de l'aide médicale de l'État.",
        "Le Dr Paul Mas présente l'ouverture d'une unité d'hospitalisation pour adolescents.",
    ],
)
def test_what_a_member_asks_is_a_topic(categories, body: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(COUNCIL + body)


def test_a_plain_homograph_is_the_ordinary_word(categories) -> None:  # type: ignore[no-untyped-def]
    table = "Tableau des subventions\nM. Paul Roy\tAccompagnement des jeunes\t500 €\n"
    assert "religion" not in categories(table)
    assert "religion" in categories("M. Paul Roy jeûne pendant le Ramadan ; ses horaires sont aménagés.")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "De : Lucie Ferrand\nÀ : Marc Olivier\nObjet : liste CAP\n\n"
            "Je figure sur la liste CGT pour la CAP.",
            "union",
        ),
        ("M. Hugo Blanc a été opéré du genou en mars ; il reprend à mi-temps.", "health"),
        ("Mme Léa Roux est suivie par un psychiatre depuis l'automne.", "health"),
    ],
)
def test_facts_told_by_their_circumstances(categories, text: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert category in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Intervenante : Mme Claire Roux, psychologue du travail, consultante en prévention.",
        "Vous pouvez saisir la CADA, 20 avenue de Ségur, TSA 50730, 75334 Paris Cedex 07, M. Roy.",
        "M. Paul Roy ne se cache pas de ses goûts pour le jazz.",
    ],
)
def test_professions_codes_and_homographs(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text)


def test_a_register_of_persons_under_a_sensitive_title(categories) -> None:  # type: ignore[no-untyped-def]
    register = (
        "Registre des prélèvements biométriques – badge du laboratoire\n\n"
        "Agent\tDoigt\tDate\nM. Paul Roy\tindex droit\t03/02\nMme Léa Noël\tpouce gauche\t04/02\n"
    )
    assert "genetic_biometric" in categories(register)
    subsidies = (
        "Subventions aux associations de lutte contre le cancer\n\n"
        "Association\tPrésident\tMontant\nLigue 34\tM. Paul Roy\t500 €\nVivre 34\tMme Léa Noël\t300 €\n"
    )
    assert "health" not in categories(subsidies)


@pytest.mark.parametrize(
    "text",
    [
        "Calendrier des permanences gratuites\n| Permanence | Jour |\n"
        "| Avocat — droit de la famille (divorce, séparation, pension alimentaire) | mardi |\n",
        "Le CCAS propose des ateliers de prévention des risques (addictions, alcool, surendettement).",
        "Ville de Lunel — arrêté portant règlement des cimetières\n\nArticle 7. Des espaces regroupent "
        "les défunts de même confession à la demande des familles ; le maire veille à leur neutralité.",
        "Rapport social unique 2025 — synthèse\n\nAbsences pour raison de santé : 17 360 jours.",
        "Offre de service : accompagnement des demandeurs d'emploi bénéficiaires de l'allocation.",
    ],
)
def test_topics_listed_in_parentheses_rules_and_reports(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Mme Lefebvre a indiqué que le couple était en attente de l'ouverture de ses droits au RSA.",
        "M. Roux (divorcé, deux enfants à charge) a déposé sa demande le 3 mars.",
    ],
)
def test_a_persons_rights_and_a_persons_parenthesis_still_tell(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert categories(text), text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Jérémy Paoli et Mathieu Rivière\n12 rue des Lilas, Ajaccio\n\nMadame, Monsieur,\n\n"
            "Nous sommes victimes d'insultes répétées et nous avons déposé plainte le 4 avril.",
            "criminal",
        ),
        (
            "Objet : situation de l'élève Enzo WEBER (CM1)\n\nMonsieur l'Inspecteur,\n\n"
            "Le père réside à Colmar ; les parents sont divorcés depuis 2021.",
            "family",
        ),
        (
            "FICHE D'ADMISSION\n| Nom | Prénom | Né(e) le | Lien |\n"
            "| SAFI | Ahmad | 01/01/1983 | demandeur |\n\n"
            "Procédure : demande d'asile en procédure normale, enregistrée le 5 mars.",
            "immigration",
        ),
        (
            "De : Karine Fournier\nÀ : Olivier Blanchard\nObjet : mes absences\n\nBonjour Olivier,\n\n"
            "Je serai en hôpital de jour le 5 mars et j'ai une consultation avec le chirurgien le 14.",
            "health",
        ),
    ],
)
def test_files_about_their_persons(categories, text: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert category in categories(text), text


def test_a_role_with_an_article_in_a_document_naming_no_one_is_anyone(categories) -> None:  # type: ignore[no-untyped-def]
    assert not categories("Le patient hospitalisé est informé de ses droits dès son admission.")


def test_a_demonstrative_still_points_at_someone(categories) -> None:  # type: ignore[no-untyped-def]
    assert "health" in categories("Cet agent est hospitalisé depuis le 3 mars.")


@pytest.mark.parametrize(
    "text",
    [
        "Octobre rose : dépistage gratuit à l'espace santé municipal.\n\n© Ville de Saint-Médard",
        "Critères : valeur technique 60 % (engagement de confidentialité des interprètes), prix 40 %.",
        "Dossier de demande d'aide\nNom : Pierre Roux\nRessources : RSA : ........ €  "
        "AAH / pension d'invalidité : ........ €\n",
        "La cantine propose chaque jour une alternative sans porc et un menu végétarien.",
        "CONSEIL MUNICIPAL DE VIENNE\nCompte rendu de la séance du comité social territorial du 3 mai\n\n"
        "Secrétaire adjointe (représentants du personnel) : Mme Brigitte Lafaye (FO).",
    ],
)
def test_own_rights_clauses_blank_amounts_offers_committee_members(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Bilan social 2024\n| Motif | Agents | Jours |\n| Congés de maternité | 62 | 71 |\n"
        "| Longue maladie | 8 | 905 |\n",
        "Le plan est piloté par le préfet, en lien avec la ville, le CCAS, le SIAO et les associations.",
        "Nous voulons que chaque victime sache qu'elle sera écoutée, souligne Mme Anne Roy, vice-présidente.",
    ],
)
def test_figures_partners_and_anyone(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        "M. Paul Girard a accepté en septembre une composition pénale proposée par le procureur.",
        "Le délégué proposera à M. Paul Girard une réparation auprès d'une association ou de la victime.",
        "| M. Paul Girard | Congé de longue maladie | 62 |\n| Mme Anne Roy | Congé maternité | 71 |\n",
    ],
)
def test_a_persons_fact_stays_a_fact(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Résultats des élections professionnelles\n| CAP | Inscrits | Votants | CFDT | CGT | FO-CT |\n"
        "| Catégorie A | 612 | 241 | 2 | 1 | 0 |\n",
        "Délégations du maire\n7e adjointe : Mme Lucie Grondin – Petite enfance, famille, "
        "protection de l'enfance\n",
        "| Mme Ophélie Dumont | Conseillère déléguée – santé et handicap | 9 % | 350,05 € |\n"
        "| M. Paul Roux | Adjoint – sports | 19 % | 758,44 € |\n",
    ],
)
def test_column_names_and_delegations(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text), text


def test_a_fact_after_an_officials_title_still_counts(categories) -> None:  # type: ignore[no-untyped-def]
    text = "Mme Lucie Grondin, adjointe – hospitalisée depuis le 3 mars, ne siégera pas."
    assert "health" in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Objet : votre candidature\n\nMadame GONÇALVES,\n\nVous nous avez indiqué bénéficier "
            "d'une décision de la CDAPH et être suivie par Cap emploi.",
            "health",
        ),
        (
            "Conseil municipal du 27 juin – séance à huis clos\nProcès-verbal\n\n"
            "M. le Maire expose que M. Hervé Maurel est en arrêt maladie depuis le mois de mars.",
            "health",
        ),
        (
            "Compte de gestion annuel\nMajeur protégé : Mme Nicole Champenois\n"
            "Mesure : tutelle aux biens et à la personne\nRecettes : allocation aux adultes handicapés",
            "health",
        ),
        (
            "Monsieur et Madame Élie et Déborah ATTALI\n8 résidence du Parc\n\nMadame la Maire,\n\n"
            "Nous sommes pratiquants et, pour des raisons religieuses, notre fils ne mange pas de porc.",
            "religion",
        ),
    ],
)
def test_more_files_about_their_persons(categories, text: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert category in categories(text), text


def test_a_blank_form_naming_no_one(categories) -> None:  # type: ignore[no-untyped-def]
    text = (
        "FONDS DE SOLIDARITÉ LOGEMENT – DEMANDE D'AIDE\n1. DEMANDEUR\nNom : ……………… Prénom : ………………\n"
        "Adresse : ………………\nRessources : RSA : ………… Pensions : …………\n5. MONTANT DE LA DETTE\n………………\n"
    )
    assert not categories(text)


def test_a_groups_family_is_no_one(categories) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Certains élèves arrivent avec leur famille, d'autres seuls, pris en charge par l'aide sociale "
        "à l'enfance."
    )
    assert not categories(text)


def test_a_blank_form_with_an_empty_table_of_its_household(categories) -> None:  # type: ignore[no-untyped-def]
    text = (
        "FONDS DE SOLIDARITÉ LOGEMENT – DEMANDE D'AIDE\n1. DEMANDEUR\nNom : ……………… Prénom : ………………\n"
        "2. COMPOSITION DU FOYER\n| Nom | Prénom | Lien | Date de naissance | Situation |\n| | | | | |\n"
        "3. RESSOURCES\nRSA : ………… Pensions : …………\n5. MONTANT DE LA DETTE ET PLAN D'APUREMENT\n………………\n"
    )
    assert not categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Délibération : dénomination d'une place. Née à Lyon, Berthe Allard rejoignit la Résistance, "
        "fut déportée en 1944 et mourut à Ravensbrück en 1945.",
        "Notice du musée : en 1912, M. Jules Carrat fut condamné pour escroquerie par le tribunal de Rodez.",
        # a notary's deed of the Republican calendar in an archive's inventory
        "3 E 18421/1\t14 brumaire an VI\tContrat de mariage\tClaude-Marie Perraud, propriétaire, et "
        "Jeanne Dubois",
        # a century or an older year in the paragraph (dev31: an exhibition on medieval justice)
        "Exposition : la justice au Moyen Âge.\n\nLe dossier de l'Inquisition contre les cathares en 1274 : "
        "une vingtaine d'habitants, dont le marchand Bernard Faure, condamné au port de la croix jaune.",
        "Au XIIIe siècle, le marchand Bernard Faure fut condamné au port de la croix jaune.",
    ],
)
def test_a_fact_dated_beyond_the_archives_delays_is_history(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text) - {"marking"}


@pytest.mark.parametrize(
    "text",
    [
        "Note : Mme Irène Vasseur, née en 1941, est hospitalisée depuis mardi.",
        "Note : depuis 1948, M. Roger Pic est suivi pour un diabète.",
        "Note : M. Roger Pic, condamné en 1939 puis en 2019 pour escroquerie, a été reçu.",
        # an amount or a count is no year (it made these facts history)
        "M. Paul Girard a été condamné à une amende de 1500 euros.",
        "M. Paul Girard, condamné pour vol, doit rembourser 1650 €.",
        "M. Paul Girard a été condamné à une amende de 1500.",
        "Mme Léa Roux, hospitalisée 1200 heures en tout, a repris le travail.",
    ],
)
def test_a_birth_year_or_a_lasting_state_is_no_history(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert categories(text) - {"marking"}


def test_a_joint_press_release_speaks_of_an_anonymous_child(categories) -> None:  # type: ignore[no-untyped-def]
    text = (
        "PRÉFECTURE DU CANTAL – DIRECTION DES SERVICES ACADÉMIQUES\nCOMMUNIQUÉ CONJOINT – 3 mars 2026\n\n"
        "Un cas de rougeole a été confirmé dans un collège d'Aurillac. L'enfant est hospitalisé ; "
        "les familles des camarades de classe ont été informées."
    )
    assert "health" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Relevé de conclusions\nPrésents : M. Hugo Lemaire (maire), représentants du Conseil "
        "départemental, de la CAF, du CSAPA, de la mission locale.",
        "Organigramme\nDirection de l'action sociale – CCAS (logement, seniors, handicap)\t"
        "Mme Léa Giraud\t44",
        "L'université a ouvert sa cellule d'écoute des violences sexuelles ; M. Paul Ory la dirige.",
        "Rapport annuel\nLigne d'écoute : 05 55 00 00 00 (confidentiel)\n",
    ],
)
def test_organisations_and_their_units_hold_no_ones_fact(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text)


@pytest.mark.parametrize(
    "text, category",
    [
        ("Compte rendu\nM. Hugo Lemaire est suivi au CSAPA, à l'hôpital de jour.", "health"),
        ("Note : Mme Léa Giraud (diabète, hypertension) sera absente.", "health"),
        ("Fiche de liaison\nL'agent a informé son service de sa grossesse.", "health"),
    ],
)
def test_a_persons_fact_beside_organisations_still_counts(categories, text: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert category in categories(text)


BUREAU = (
    "Compte rendu de la réunion du bureau communautaire\nSéance du 2 mars 2026\n\n"
    "Présents : M. Henri Valat (président), Mme Lise Combes.\n\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "Le président indique que Mme Combes s'absentera : la vice-présidente, chez qui un lymphome a été "
        "découvert, commence une chimiothérapie.",
        "Mme Lise Combes, dont la chimiothérapie se poursuit, sera remplacée par M. Valat.",
        "M. Valat annonce l'arrêt de travail de la vice-présidente pour une opération du genou.",
    ],
)
def test_a_relative_clause_or_a_compound_title_describes_a_member(categories, body: str) -> None:  # type: ignore[no-untyped-def]
    assert "health" in categories(BUREAU + body)


def test_a_restrictive_relative_clause_is_a_rule(categories) -> None:  # type: ignore[no-untyped-def]
    text = "Règlement intérieur\nL'agent qui présente un arrêt de travail le transmet sous 48 heures."
    assert "health" not in categories(text)


PROTECTION = (
    "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance du 4 juin\n\n"
    "Objet : protection fonctionnelle\n\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "Considérant que M. Éric Vidal a été frappé lors d'une intervention et qu'il a subi une "
        "fracture du poignet ;",
        "Vu le dépôt de plainte de l'agent au commissariat le 8 juin ;",
    ],
)
def test_a_deliberation_about_one_agent_tells_his_facts(categories, body: str) -> None:  # type: ignore[no-untyped-def]
    assert categories(PROTECTION + body)


@pytest.mark.parametrize(
    "body",
    [
        "L'église Saint-Paul appartient à la commune. Elle est affectée au culte catholique.",
        "Rapporteur : Mme Anne Roy\nLe Département soutient l'autonomie. En 2025, il a versé l'APA à "
        "900 personnes.",
    ],
)
def test_a_councils_il_or_elle_after_no_person_is_no_one(categories, body: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(PROTECTION.replace("protection fonctionnelle", "patrimoine") + body)


@pytest.mark.parametrize(
    "text",
    [
        "De : Karim Haddad <k.haddad@ville.fr>\nÀ : Tous les agents de la Ville\nObjet : Mois sans tabac\n\n"
        "Bonjour,\nLa cigarette électronique peut aider au sevrage.",
        "De : Anne Roy <a.roy@ville.fr>\nÀ : Responsables des accueils\nObjet : formation\n\n"
        "Bonjour à toutes et à tous,\nLa formation porte sur l'accueil des publics en situation de handicap.",
        "ÉCOLES DE LA VILLE DE DOLE\nNote aux directrices et directeurs d'école\n\nMadame, Monsieur "
        "le Directeur,\n"
        "Le PAI est demandé par la famille ; les médicaments sont fournis avec l'ordonnance.",
        "CRÈCHES DE LA VILLE – Règlement de fonctionnement\nLes médicaments sont donnés sur "
        "ordonnance au nom de "
        "l'enfant, avec la posologie.",
    ],
)
def test_a_message_to_a_group_speaks_of_anyone(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "health" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le comité réunit la police, les bailleurs et France Victimes 71 autour de M. Léo Garnier.",
        "Programme : visite de la Grande Mosquée de Lyon, guidée par M. Karim Amrani.",
        "« Un regard change tout », a dit Mme Lucie Brun, présidente de l'association Autisme Loire.",
        "Mme Lucie Brun présente l'aire de jeux, ouverte à tous les enfants avec ou sans handicap.",
        "Rapport de Mme Lucie Brun, médiatrice.\n\nCas : une mère de famille s'est vu refuser une aide alors "
        "que sa pension alimentaire n'était plus versée.",
        "Note de M. Paul Roux.\n\nEn cas de désaccord entre parents, il appartient au juge aux "
        "affaires familiales "
        "de trancher.",
    ],
)
def test_names_anyone_and_impersonal_il(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text) - {"marking"}


@pytest.mark.parametrize(
    "text",
    [
        "Note de M. Paul Roux\nM. Éric Faure a chuté. Il s'est fracturé la jambe et sera opéré.",
        "Liste des inscrits\nJean DUPONT\tDiabète de type 1, insuline le midi",
        "De : Anne Roy <a.roy@ville.fr>\nÀ : Paul Thomas <p.thomas@ville.fr>\nObjet : absence\n\n"
        "Bonjour,\nJe serai absente jeudi pour ma séance de chimiothérapie.",
    ],
)
def test_a_person_still_told_of(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "health" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Histoire locale\n\nÀ l'automne 1893, le choléra frappe Vierzon. Le docteur Émile Pinard, "
        "médecin de "
        "l'hospice, attribue la maladie aux puits. Il soigne les malades jour et nuit.",
        "Cérémonie du 11 novembre\n\nNés pour la plupart en 1896, ils furent mobilisés en 1914. "
        "Marcel Aubry, "
        "instituteur, est mort des suites de ses blessures à Verdun.",
        "Mémoire\nLa famille Blum fut déportée à Auschwitz par le convoi n° 57 le 18 juillet 1943.",
        "Synthèse de l'étude (les prénoms ont été modifiés)\n« Marcelle », 86 ans, veuve depuis quinze ans, "
        "ne sort plus depuis une chute.",
    ],
)
def test_history_and_pseudonymised_cases_tell_of_no_one(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text) - {"marking"}


@pytest.mark.parametrize(
    "text",
    [
        "Note RH\n\nEn 1944, la mairie fut incendiée. Aujourd'hui, M. Paul Serre est hospitalisé à Tours.",
        "Fiche APA\nMme Irène Bost, née le 3 mars 1938, est hospitalisée depuis une chute.",
        "Fiche APA\nMme Irène Bost (née le 03/03/1938) a été hospitalisée en 1949 puis en mars.",
        "Bulletin municipal\nM. Jean Orsini nous a fait savoir que son état s'améliore. Avec son accord, je "
        "peux vous dire qu'il a été hospitalisé en mars.",
    ],
)
def test_the_present_and_a_named_persons_il_still_tell(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "health" in categories(text)


def test_a_faqs_il_after_no_person_is_no_one(categories) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Foire aux questions – le RSA\n\n"
        "12. Le RSA peut-il être saisi ?\nNon, il est insaisissable, sauf pour le remboursement d'un "
        "indu de RSA."
    )
    assert "social" not in categories(text)


def test_a_report_counting_cameras_is_no_security_plan(categories) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rapport d'activité de la police municipale\nLe réseau de vidéoprotection compte 112 caméras ; les "
        "patrouilles pédestres ont doublé ; les agents sont équipés d'armes de poing."
    )
    assert "security" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Compte rendu du conseil municipal\nSéance du 2 mai\n\nM. Paul Roux présente la demande de "
        "permis pour "
        "l'extension de la salle de prière de la rue Haute.",
        "Motion\nLe conseil s'oppose à la suspension de l'activité d'accouchement de la maternité, "
        "dit M. Paul Roux.",
        "Arrêté\nM. Paul Roux, maire, arrête : tout véhicule en infraction sera mis en fourrière.",
        "Rapport des sports\n\nLa salle de boxe a été baptisée « Salle Marcel Cerdan » en présence de "
        "M. Paul Roux.",
        "Commission d'accessibilité : M. Paul Roux, l'association des sourds de la Mayenne, la "
        "fédération des "
        "aveugles.",
    ],
)
def test_places_bodies_services_and_anyone(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text) - {"marking"}


def test_a_record_row_under_a_list_still_tells(categories) -> None:  # type: ignore[no-untyped-def]
    text = "Bénévoles\nNom\tPoste\tStatut\nDylan Mazeau\tAccueil\tRetiré de la liste\t"
    text += "Sous contrôle judiciaire"
    assert "criminal" in categories(text)


# A form's person named by a label after another field on the same line: the fields below are hers.
SAME_LINE_FORMS = [
    "Fiche de liaison\nRéf. : 44-2026-0091   Usager : Mme Nadia Ferrand\n\n"
    "Observations : troubles bipolaires, hospitalisée en février\n",
    "Réf. 2026/118 | Demandeur : M. Paulo Teixeira\nDemandes : AAH ; RQTH\nÉléments : sclérose en plaques "
    "diagnostiquée en 2021\n",
]
SAME_LINE_BLANK = [
    "Fiche de liaison\nRéf. : ........   Usager : ........\n\nObservations : ☐ hospitalisation ☐ autre\n",
]


@pytest.mark.parametrize("text", SAME_LINE_FORMS)
def test_a_label_after_another_field_names_the_form_s_person(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "health" in categories(text)


@pytest.mark.parametrize("text", SAME_LINE_BLANK)
def test_a_blank_form_with_labels_on_one_line_tells_nothing(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text) - {"marking"}


def test_a_lifespan_dates_the_person_not_the_fact(categories) -> None:  # type: ignore[no-untyped-def]
    elected = (  # dev36: an archive file on the first women elected in 1945
        "Trois femmes sont élues conseillères municipales : Marthe Lacombe (1898-1979), institutrice, "
        "déportée à Ravensbrück en 1944 ; Germaine Viala (1902-1988), couturière, veuve de guerre."
    )
    assert "family" not in categories(elected)
    # a dead person's recent fact still counts; a span of years that is no one's still dates
    assert "health" in categories("Jean Morel (1950-2023) a été hospitalisé pour un cancer en 2021.")
    assert "criminal" not in categories("Registres d'écrou (1811-1934) : Jean Morel y fut incarcéré.")
