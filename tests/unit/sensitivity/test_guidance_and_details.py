"""Guidance that speaks of anyone, security named as a topic, and relatives after an apposition.

A page of questions and answers speaks of anyone whatever its title ("Soins psychiatriques sans
consentement : informations aux proches", three questions as headings); a note "à l'usage des
rédacteurs" or "aux chefs d'établissement" states a rule. An escort or a static guard named in a
notice is a topic until a time, a place or a number makes it a detail; an act's reference number
("71-2025-10-27-00003") is no such number. A relative clause after "M. X, doctorant en chimie,"
describes M. X, not chemistry. "Chef d'établissement" in a table is a role the NER took for a name.
"""

from __future__ import annotations

import pytest

FAQ = (
    "Soins psychiatriques sans consentement : ce que les proches doivent savoir\n\n"
    "Un proche refuse les soins alors qu'il va très mal : que faire ?\n"
    "Si la personne présente des troubles mentaux qui rendent impossible son consentement, un membre de "
    "la famille peut demander son admission en soins à la demande d'un tiers. Deux certificats médicaux "
    "sont nécessaires.\n"
    "Et si aucun proche ne peut faire la demande ?\n"
    "Le directeur de l'établissement peut prononcer l'admission en cas de péril imminent pour la santé "
    "de la personne, sur la base d'un certificat médical.\n"
    "Combien de temps durent les soins sous contrainte ?\n"
    "Le juge des libertés contrôle la mesure avant le douzième jour d'hospitalisation complète.\n"
)
RULE_NOTES = [
    "PRÉFECTURE — Bureau de l'éloignement\nNOTE DE DOCTRINE À L'USAGE DES RÉDACTEURS — n° 2025-03\n\n"
    "Lorsque l'administration dispose d'éléments précis sur l'état de santé de l'intéressé, elle doit "
    "recueillir l'avis du collège de médecins de l'OFII avant de prendre une mesure d'éloignement.",
    "La procédure disciplinaire dans les collèges — rappel du cadre réglementaire\n"
    "Direction académique — Note aux chefs d'établissement du second degré.\n\n"
    "Le chef d'établissement est tenu d'engager une procédure disciplinaire lorsqu'un élève est l'auteur "
    "de violences à l'égard d'un membre du personnel ; l'intéressé peut être exclu temporairement.",
]
TABLE_OF_ROLES = (
    "Les sanctions disciplinaires dans les collèges\n\nSanction\tAutorité compétente\tInscription au "
    "dossier\n"
    "Avertissement\tChef d'établissement\tEffacé à la fin de l'année\n"
    "Blâme\tChef d'établissement\tEffacé à la fin de l'année\n"
    "Exclusion définitive\tConseil de discipline\tEffacée à la fin du cycle\n"
)
SECURITY_TOPICS = [
    "Communiqué — fêtes religieuses de fin d'année\n\nLes forces de sécurité intérieure assureront des "
    "patrouilles dynamiques et des gardes statiques aux abords des lieux de culte les plus fréquentés.",
    "Suivi des recommandations du contrôleur général\n\nRecommandation 4 : rappel de la note sur les "
    "extractions médicales ; formation des escortes ; aménagement d'un box de consultation. Fait.",
    "Recueil des actes administratifs n° 71-2025-112\n\n71-2025-10-20-00011 — Arrêté portant autorisation "
    "d'un système de vidéoprotection — bureau de tabac, Louhans (2 pages)",
    "Air base open day\n\n10:00 Gates open - 13:30 Flying display - 16:00 Patrouille de France demonstration",
    # a time tells when a server is down or how long a training lasts, not a weakness (dev33)
    "À : Tous les agents\nObjet : maintenance\nUne opération de maintenance sur les serveurs du centre de "
    "données aura lieu le samedi 15 novembre de 7 h à 13 h.",
    "Public | Format | Durée\nPolice municipale | atelier « Vidéoprotection et droits des personnes » | 2 h",
    # a reference is no code ("Arrêté n° 2025-VP-0412")
    "PRÉFET DU LOIRET\nArrêté n° 2025-VP-0412 portant autorisation d'un système de vidéoprotection",
    "Le mot de passe doit comporter 12 caractères : majuscules, chiffres et symboles.",
]
SECURITY_DETAILS = [
    "L'escorte quittera la maison d'arrêt à 6 h 40 par la rue des Tanneurs ; deux véhicules banalisés.",
    "Le code du portail de la fourrière est 4512B depuis le 3 mars.",
    "Garde statique devant la synagogue de 18 h à 23 h, deux fonctionnaires, relève à 20 h 30.",
    # a credential after its label, whatever its shape (dev32: a helpdesk ticket)
    "Résolution : compte réinitialisé. Identifiant : regie.suppl ; mot de "
    "passe provisoire : Finances#2025!Ma.",
    "Accès VPN réactivé, mot de passe du certificat : Tresor-Cert-77. Ticket clos.",
    "Le serveur de sauvegarde répond sur 10.12.4.7 depuis la migration.",
    # a weakness told as such needs no value (dev11, dev12: an audit, an incident log)
    "V2 — Le contrôleur de domaine tourne sous Windows Server 2012 ; 41 correctifs absents.",
    "Notre boîtier est en version vulnérable ; correctif non appliqué, fenêtre de maintenance à caler.",
]
RELATIVES = [
    ("Le directeur répond que l'université a pris contact avec la préfecture au sujet de M. Abdoulaye "
     "Keïta, doctorant en chimie, qui fait l'objet depuis le 3 octobre d'une obligation de quitter le "
     "territoire français.", "immigration"),
    ("Le service a reçu Mme Laure Bisset, aide-soignante de nuit au pavillon B, qui est en congé de longue "
     "maladie depuis mars.", "health"),
]


def test_a_page_of_questions_speaks_of_anyone(categories) -> None:  # type: ignore[no-untyped-def]
    assert "health" not in categories(FAQ)


@pytest.mark.parametrize("text", RULE_NOTES)
def test_a_note_that_states_a_rule_speaks_of_anyone(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text) & {"immigration", "appraisal", "criminal", "health"}


def test_questions_in_a_chat_are_not_a_faq(categories) -> None:  # type: ignore[no-untyped-def]
    chat = (
        "[09:02] Sonia : tu as des nouvelles de Mme Perrin ?\n[09:03] Marc : elle est hospitalisée en "
        "psychiatrie depuis lundi\n[09:04] Sonia : on prévient son fils ?\n[09:05] Marc : oui, tu peux ?\n"
        "[09:06] Sonia : ok, je l'appelle ?\n"
    )
    assert "health" in categories(chat)


def test_a_role_the_ner_took_for_a_name_is_no_person(categories) -> None:  # type: ignore[no-untyped-def]
    assert "appraisal" not in categories(TABLE_OF_ROLES)


def test_a_named_person_in_a_row_of_sanctions_still_counts(categories) -> None:  # type: ignore[no-untyped-def]
    row = "Élève\tSanction\tDate\nMme Jade Perrin\tBlâme\t12/03/2026\n"
    assert "appraisal" in categories(row)


@pytest.mark.parametrize("text", SECURITY_TOPICS)
def test_security_named_as_a_topic_is_no_detail(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "security" not in categories(text)


@pytest.mark.parametrize("text", SECURITY_DETAILS)
def test_a_security_detail_with_a_time_or_a_code_counts(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "security" in categories(text)


@pytest.mark.parametrize(("text", "category"), RELATIVES)
def test_a_relative_after_an_apposition_describes_the_person(  # type: ignore[no-untyped-def]
    categories, text: str, category: str
) -> None:
    assert category in categories(text)


GENRES = [  # kinds of general documents named in their title (dev31, dev33)
    "NOTE DE PROCÉDURE — LA PROTECTION FONCTIONNELLE DES AGENTS\nService juridique\nLes sommes que l'auteur "
    "des faits est condamné à verser à l'agent sont perçues directement par la collectivité.",
    "Victime d'une infraction : vos droits\nPorter plainte\nVous pouvez demander à être informé de la "
    "libération de l'auteur s'il a été condamné à une peine de prison.",
    "Support de formation — Secret professionnel et discrétion\nLes sanctions disciplinaires prononcées "
    "pour manquement à la discrétion sont rares ; l'agent qui divulgue s'expose à un blâme.",
    "Règlement régional des transports scolaires\nArticle 23 — Manquements\nLe conducteur signale tout "
    "manquement de l'élève à l'autorité organisatrice, qui peut prononcer un avertissement.",
]
GENRE_TWINS = [  # the same facts told of someone named
    "NOTE — Mme Claire Dubost\nService juridique\nM. Paul Roux, auteur des faits, a été condamné à verser "
    "1 500 euros à Mme Dubost.",
    "Compte rendu — transports scolaires\nLe conducteur a signalé un manquement de Léa Martin, élève de 4e, "
    "qui a reçu un avertissement le 3 mars.",
]


@pytest.mark.parametrize("text", GENRES)
def test_general_documents_named_by_their_genre(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text) & {"criminal", "appraisal"}


@pytest.mark.parametrize("text", GENRE_TWINS)
def test_the_same_facts_of_a_named_person_count(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert categories(text) & {"criminal", "appraisal"}


def test_a_register_entry_describes_data_not_a_person(categories) -> None:  # type: ignore[no-untyped-def]
    entry = (
        "Fiche de registre — Instruction des demandes de RSA\nRubrique\tContenu\n"
        "Responsable de traitement\tCCAS de Lorient, représenté par sa vice-présidente\n"
        "Personnes concernées\tDemandeurs et bénéficiaires du RSA, membres de leur foyer\n"
        "Catégories de données\tIdentité, situation familiale, ressources, logement\n"
    )
    assert not categories(entry) & {"social", "family"}
    guardian = (
        "Fiche d'inscription\nÉlève\tLéa Martin\nResponsable légal\tMme Claire Martin\n"
        "Bénéficiaire du RSA : oui"
    )
    assert "social" in categories(guardian)


TEMPLATES_AND_FICTION = [  # a model letter and a training case speak of no one (dev34)
    "Modèle — notification de refus de domiciliation\n[Nom, prénom du demandeur]\nMadame, Monsieur, "
    "Vous avez sollicité le [date] votre domiciliation auprès du CCAS. Votre demande ne peut aboutir.\n"
    "[date, signature, qualité du signataire]",
    "Atelier d'analyse de pratiques — étude de cas n° 3 (situation fictive)\nLes personnes et faits "
    "ci-dessous sont entièrement inventés.\n« Mme A. », 45 ans, se présente au CCAS pour une aide "
    "alimentaire ; son fils de 17 ans fait l'objet d'une information préoccupante.",
]


CONTEST_STORIES = [  # a story declares itself in its head: contest and genre (dev36, dev37, dev38)
    "Concours de nouvelles de la médiathèque — prix du jury 2025\n(texte publié avec l'accord de l'autrice)\n"
    "Octave Bessières, quatre-vingt-onze ans, sortait de l'hôpital après sa chimiothérapie.",
    "Prix de la nouvelle étudiante 2025 — texte lauréat, catégorie fiction\n"
    "Victor Lantier savait que sa mère était hospitalisée en psychiatrie depuis l'hiver.",
]


@pytest.mark.parametrize("text", CONTEST_STORIES)
def test_a_contest_story_is_about_no_one(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "health" not in categories(text)


@pytest.mark.parametrize("head", [
    "Atelier d'écriture en détention — bilan de la session de printemps",  # a workshop's report
    "Prix de la nouvelle : candidature de M. Victor Lantier",  # a file about an entrant
])
def test_a_workshop_report_or_an_entrant_s_file_still_tells(categories, head: str) -> None:  # type: ignore[no-untyped-def]
    assert "health" in categories(head + "\nM. Victor Lantier est hospitalisé en psychiatrie depuis l'hiver.")


@pytest.mark.parametrize("text", TEMPLATES_AND_FICTION)
def test_a_template_or_a_fiction_is_about_no_one(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text) & {"social", "child_protection"}


def test_a_filled_letter_still_counts(categories) -> None:  # type: ignore[no-untyped-def]
    filled = (
        "Mme Claire Dupont\n4 rue du Four\n31000 Toulouse\n\nObjet : votre demande\n\nMadame, Monsieur, "
        "Vous avez sollicité le 3 mars votre domiciliation auprès du CCAS de Saint-Médard."
    )
    assert "social" in categories(filled)
    one_line = "Madame, Vous avez été hospitalisée le 3 mars ; votre arrêt est prolongé. Dr Paul Roux"
    assert "health" in categories(one_line)


def test_a_form_with_a_typed_ticked_box(categories) -> None:  # type: ignore[no-untyped-def]
    form = (
        "DEMANDE DE DOTATION EN SACS\nNom, prénom : DIAS Fernanda\nAdresse : 4 rue du Four\n"
        "[X] foyer bénéficiaire du RSA\n[ ] personne utilisant des protections pour incontinence\n"
    )
    got = categories(form)
    assert "social" in got and "health" not in got  # the ticked box tells, the empty one asks


def test_a_things_insufficiency_is_no_appraisal(categories) -> None:  # type: ignore[no-untyped-def]
    letter = (
        "Madame la Maire de Saint-Médard\nà Monsieur le Préfet\nMonsieur le Préfet,\nJe souhaite appeler "
        "votre attention sur l'insuffisance des capacités d'hébergement d'urgence dans l'ouest du "
        "département."
    )
    assert not categories(letter) & {"appraisal", "social"}
    warned = "Mme Julie Faure a reçu un avertissement pour insuffisance professionnelle."
    assert "appraisal" in categories(warned)


def test_a_column_label_is_told_of_each_person_of_the_rows(categories) -> None:  # type: ignore[no-untyped-def]
    export = (
        "Export du terminal de pointage\nMatricule\tAgent\tGabarit facial\tScore\n"
        "10482\tDA SILVA Marco\tFT-00321\t0,94\n10517\tNGUYEN Thi Lan\tFT-00322\t0,91\n"
    )
    assert "genetic_biometric" in categories(export)
    allergies = "Élève\tClasse\tAllergie\nLéa Martin\tCM1\tarachide\nTom Petit\tCM2\tlait\n"
    assert "health" in categories(allergies)
    figures = "Site\tGabarit facial\tTerminaux\nDépôt nord\toui\t3\nDépôt sud\tnon\t2\n"  # no one
    assert "genetic_biometric" not in categories(figures)


def test_a_reply_that_greets_its_reader_by_name(categories) -> None:  # type: ignore[no-untyped-def]
    page = (
        "Avis clients — réponses de la régie\n\nAvis de Jérémie P.\nService déplorable.\n\nRéponse du "
        "propriétaire : Bonjour M. Poirier, nous sommes désolés. Votre dossier fait apparaître quatre "
        "factures impayées depuis 2023 ; une saisie a été engagée sur votre compte bancaire.\n"
    )
    assert "social" in categories(page)


def test_only_a_tables_first_row_labels_its_columns(categories) -> None:  # type: ignore[no-untyped-def]
    grants = (  # a published list of grants: the bodies' names are rows, not labels
        "Subventions 2014\nN°\tBénéficiaire\tMontant\n2881\tM. Paul Roux\t500 €\n4120\tEPILEPSIE FRANCE\t"
        "1 000 €\n2882\tM. Marc Roux\t500 €\n5803\tMme Léa Martin\t300 €\n"
    )
    assert "health" not in categories(grants)


def test_a_person_s_work_on_a_topic_is_no_fact_about_her(categories) -> None:  # type: ignore[no-untyped-def]
    prize = "Prix de thèse 2025 : Mme Laure Bocquet, pour sa thèse sur l'arthrose du genou."
    assert "health" not in categories(prize)  # dev38: a prize's laureate and her subject
    assert "health" not in categories("M. Yann Le Gall présentera son ouvrage consacré à la schizophrénie.")
    # her own illness, beside her work, still counts
    assert "health" in categories("Mme Laure Bocquet souffre d'arthrose ; sa thèse est retardée.")
    assert "health" in categories("M. Paul Morel, atteint d'un cancer, a soutenu sa thèse hier.")


def test_every_work_head_is_a_topic_head() -> None:
    from aiguillage.sensitivity import default_classifier

    words = default_classifier().attributor.words
    assert words.work_heads and words.work_heads <= words.topic_heads


def test_a_body_read_as_a_person_is_no_subject(categories) -> None:  # type: ignore[no-untyped-def]
    grants = (  # dev37: a table of grants published for transparency
        "Bénéficiaire\tObjet\tMontant\tDate\nAssociation Aides aux victimes 72\tPermanences d'aide aux "
        "victimes\t28 000 €\t12/02/2025\n"
        "Centre social des Sablons\tAnimation de quartier\t145 000 €\t20/01/2025\n"
    )
    assert "criminal" not in categories(grants)
    assert "health" in categories("Pierre Maison, hospitalisé depuis lundi, est absent.")  # a surname
    assert "health" in categories("Nom\tSituation\nMAISON Pierre\thospitalisé\nCENTRE Julie\thospitalisée\n")


def test_a_rule_s_condition_tells_no_secret(categories) -> None:  # type: ignore[no-untyped-def]
    rule = (  # dev38: a university's intellectual-property policy
        "Politique de propriété intellectuelle\n3. Thèses et confidentialité\nLorsque la thèse contient des "
        "informations confidentielles, le chef d'établissement peut autoriser une soutenance à huis clos."
    )
    assert "business_secret" not in categories(rule)
    bid = "Offre de la société Brévac\nSi ces informations confidentielles venaient à être divulguées, notre "
    assert "business_secret" in categories(bid + "avantage serait perdu : marge de 31 %.")


def test_a_fact_s_subject_is_the_index_among_all_findings(detector) -> None:  # type: ignore[no-untyped-def]
    from aiguillage.records import Extraction, Part
    from aiguillage.sensitivity import default_classifier

    text = "Déclaré perdu par Sébastien. Mme Claire Vidal, gardienne, est hospitalisée depuis lundi."
    findings = detector.analyze(text)
    facts = default_classifier().classify(Extraction("txt", (Part(text),)), findings)
    subject = next(f.subject for f in facts if f.category == "health")
    index = int(subject.split(":")[1].split(".")[0])
    assert text[findings[index].start : findings[index].end] == "Claire Vidal"  # not the lone first name


def test_feasts_read_as_names_are_no_one(categories) -> None:  # type: ignore[no-untyped-def]
    calendar = (  # dev38: an exams office's note on religious holidays
        "Éviter de programmer les épreuves lors des fêtes figurant dans la circulaire annuelle "
        "(Aïd el-Fitr, Aïd el-Adha, Roch Hachana, Yom Kippour, Pâques orthodoxe)."
    )
    assert "religion" not in categories(calendar)
    assert "religion" in categories("Mme Sarah Lévy demande un congé pour Yom Kippour, qu'elle observe.")
