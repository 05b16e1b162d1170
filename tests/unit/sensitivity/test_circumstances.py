"""Facts told by their circumstances, in messages, chats and minutes: the wording of people who
avoid the word (a household that split, a prison release, a month of fasting, a course of
treatment), and the structures that carry them (a chat's first names, a council's "il" and "lui",
a possessive on the term). Wordings differ from the benchmark's on purpose."""

from __future__ import annotations

import pytest

FACTS = [
    ("Monsieur,\nAntoine et moi, nous ne vivons plus ensemble depuis l'automne.", "family"),
    ("Note RH\nM. Hervé Colin a repris après la disparition brutale de son épouse en mars.", "family"),
    ("Objet : candidature\nJe suis domicilié au CCAS de Vierzon depuis janvier et j'ai dormi dans ma "
     "voiture tout l'hiver.", "social"),
    ("SMS de la mère de Lucas : son père est sorti de Fleury lundi, il a le bracelet jusqu'en mai.",
     "criminal"),
    ("Salut chef c'est Karim, pendant un mois je mange pas de la journée. Merci.",
     "religion"),
    ("Agenda de l'équipe\n- Julie Perrin : 14h-17h, heure mensuelle d'information syndicale qu'elle anime.",
     "union"),
    ("Message de Nadia Roux : je serai absente mardi, j'ai ma 3e cure à Lyon.", "health"),
    ("Courriel de M. Paul Serre : le docteur m'a interdit de porter des charges, je suis à l'hôpital.",
     "health"),
    ("Commentaire du responsable sur l'absence de M. Éric Gil : il a été retenu au commissariat. "
     "Il est revenu mercredi avec une convocation pour une CRPC.", "criminal"),
]


@pytest.mark.parametrize("text, category", FACTS)
def test_a_fact_told_by_its_circumstances(categories, text: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert category in categories(text)


BOARD = "Compte rendu du conseil d'administration de l'office HLM\nSéance du 5 mai\n\n"


def test_a_boards_object_pronoun_is_told_a_fact(categories) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Un administrateur interroge la direction sur la situation de M. Jorge Pires : le commandement de "
        "quitter les lieux lui a été signifié en avril."
    )
    assert "social" in categories(BOARD + body)


def test_a_pupils_possessive_fact_in_a_school_council(categories) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Procès-verbal du conseil d'école\nSéance du 3 mars\n\nQuestions diverses : retour de Léo (CE2) "
        "prévu en avril ; il revient après plusieurs mois à Lyon pour sa greffe de moelle."
    )
    assert "health" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        BOARD + "L'association a déposé un permis pour l'extension de son lieu de culte, rue Haute.",
        "Groupe « Équipe voirie »\nLun. 07:12 – Marc : qui a les clés du tracteur pour le chantier de la rue "
        "des Acacias ce matin ?\nLun. 07:15 – Paul : moi. La campagne de dépistage du cancer commence.",
    ],
)
def test_an_organisations_possessive_and_a_chat_question_are_no_facts(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text) - {"marking"}


@pytest.mark.parametrize(
    "text, category",
    [
        ("COMMUNE DE RIOM – Compte rendu d'entretien professionnel\nAgent\tMme Léa Bost\nManière de servir : "
         "insuffisante.", "appraisal"),
        ("Note RH\nTrois jours accordés à M. Yann Le Goff après la disparition brutale de son épouse.",
         "family"),
        ("Fiche réflexe – fermeture de la mairie\nDésarmer l'alarme : code maître 27 04 19 sur le clavier du "
         "local courrier ; rondes à 22 h et 2 h.", "security"),
    ],
)
def test_titles_after_an_issuer_relatives_and_spaced_codes(categories, text: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert category in categories(text)


def test_a_lower_case_heading_with_a_dash_is_no_title(facts) -> None:  # type: ignore[no-untyped-def]
    text = "Guide des services – le compte rendu d'entretien professionnel se prépare quinze jours avant."
    assert not any(f.rule.startswith("nature.") for f in facts(text))


@pytest.mark.parametrize(
    "text, category",
    [
        ("Portrait\nDepuis que sa femme est partie et que le juge lui a confié les deux garçons, "
         "M. Louis Royer élève seul ses fils.", "family"),
        ("Conseil de la vie sociale\nMme Rose Petit a désormais un mandataire de l'UDAF, désigné "
         "par le juge.", "family"),
        ("Courriel\nM. Samuel Cohen ne travaille jamais du vendredi soir au samedi soir : "
         "ses convictions lui interdisent.", "religion"),
        ("Courriel\nMme Nadia Brun a déposé un dossier Banque de France ; effacement partiel de ses dettes.",
         "social"),
        ("Transcription des SMS d'astreinte\nSam 22:43 — Paul : Tu as le code ?\nSam 22:44 — Marc : "
         "alarme zone 3, code zone 2 2 0 6, boîte à clés code 0 8 3 1.", "security"),
    ],
)
def test_more_circumstances(categories, text: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert category in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lettre aux familles\nL'école accueille tous les enfants, quelles que soient leurs convictions.",
        "Semaine de la santé mentale\nMardi 18 h — table ronde « Travailler avec un trouble psychique ».",
    ],
)
def test_convictions_and_round_tables_in_general(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text) - {"marking"}


def test_a_writers_question_in_a_message_tells_of_the_writer(categories) -> None:  # type: ignore[no-untyped-def]
    text = (
        "De : Karim Saïdi <k.saidi@ville.fr>\nÀ : Paul Thomas <p.thomas@ville.fr>\nObjet : pause\n\n"
        "Bonjour,\nest-ce que je peux partir plus tôt jeudi pour ma séance de chimiothérapie ?"
    )
    assert "health" in categories(text)


def test_a_faqs_first_person_question_is_anyones(categories) -> None:  # type: ignore[no-untyped-def]
    text = "Foire aux questions\n\nPuis-je partir plus tôt pour ma séance de chimiothérapie ?\n"
    text += "Oui, sur justificatif."
    assert "health" not in categories(text)
