"""Whose a term is, as the fourteenth session's fresh sets wrote it (dev39 employment, dev40
international affairs, dev41 tourism and events), each case with its twin.

A FAQ section of a page asks anyone's questions, its statement included ("Ma mère est hospitalisée
en Espagne. Qui paie les frais ?"); a guide headed "ce qu'il faut savoir" or "Procédure :" speaks of
anyone; an organisation's possessive ("la CCI … ses ressortissants") and an organisation's character
("l'orientation confessionnelle de l'association") are no one's; a body represented by its director
("le SPIP de l'Isère, représenté par sa directrice") is a party, not a measure; grief is no sentence
("la peine de sa famille"); a survey's or a group's topic ("l'enquête nationale sur les violences",
"les couples sans enfant") is no one's unless a relative clause says whose; an undertaking not to
disclose a contract's amounts, in a contract that gives them, is a business secret; a model letter
to fill in, naming no one, is no case for the statistical reading. A record card headed by its
person's name ("Fiche absences — Mme X") and a label after a sentence ("Séance du 20 novembre.
Demandeur : M. X") make a file about that person: its verbless lines are about them.
"""

from __future__ import annotations

import pytest
from aiguillage.detect.engine import Detector
from aiguillage.policy import load_policy
from aiguillage.records import Extraction, Part

FAQ_PAGE = (
    "Mission des Ornellais du monde — présentation\n\n"
    "La mission informe les familles dont un proche rencontre une difficulté à l'étranger.\n\n"
    "Questions fréquentes\n\n"
    "Ma mère est hospitalisée en Espagne. Qui paie les frais ?\n\n"
    "Dans l'Union européenne, la carte européenne d'assurance maladie permet une prise en charge.\n\n"
    "Mon fils a été arrêté au Brésil. Pouvez-vous obtenir sa libération ?\n\n"
    "Non. La protection consulaire relève du ministère de l'Europe et des affaires étrangères.\n"
)
# the same question in a message, or a statement after the FAQ: someone's
FAQ_TWINS = [
    ("De : Jeanne Morel\nÀ : mission des Ornellais\nObjet : frais\n\nBonjour,\n"
     "Ma mère est hospitalisée en Espagne. Qui paie les frais ?\nJeanne Morel", "health"),
    (FAQ_PAGE + "\nMise à jour : Mme Claire Vidal, agente de la mission, est hospitalisée depuis mardi.\n",
     "health"),
]
GUIDES = [
    ("ARRÊT MALADIE ET ALLOCATION CHÔMAGE — ce qu'il faut savoir\n\n"
     "Je suis indemnisé par France Travail et je tombe malade : je déclare mon arrêt lors de mon "
     "actualisation mensuelle et j'envoie mon avis d'arrêt à la caisse primaire.", "health"),
    ("FRANCE TRAVAIL — Direction territoriale\nProcédure : gestion des situations d'agression à l'accueil\n\n"
     "L'agent victime peut bénéficier d'un soutien psychologique et déposer plainte.", "criminal"),
]
NO_ONES = [
    ("M. Yves Caradec indique que la CCI relaiera la charte auprès de ses ressortissants lors des "
     "petits-déjeuners d'entreprises.", "immigration"),
    ("M. Paul Vallon répond que le projet a été instruit selon le règlement, sans considération de "
     "l'orientation confessionnelle de l'association, qui agit en France depuis 1990.", "religion"),
    ("La convention est conclue entre la mission locale, représentée par son président, M. Gérard "
     "Paillet, et le SPIP de l'Isère, représenté par sa directrice, Mme Nadine Roche.", "criminal"),
    ("Le corps du baigneur, M. Alain Texier, a été retrouvé le 18 août. La commune s'associe à la "
     "peine de sa famille.", "criminal"),
    ("Mme Laure Besnier, sociologue, a présenté les résultats de l'enquête nationale sur les violences "
     "sexistes et sexuelles en milieu festif.", "criminal"),
    ("Mme Anne Le Bihan présente la stratégie : cibler les couples sans enfant, les retraités actifs "
     "et les cyclotouristes.", "family"),
]
SOMEONES = [
    ("M. Yves Caradec indique que ses enfants sont ressortissants algériens en situation irrégulière.",
     "immigration"),
    ("M. Paul Durand a présenté les résultats de l'enquête sur les violences qu'il a subies de la part "
     "de son voisin.", "criminal"),
    ("M. Paul Durand a été condamné à une peine de six mois d'emprisonnement avec sursis.", "criminal"),
    ("Mme Nadine Roche est suivie par le SPIP de l'Isère depuis sa sortie de détention.", "criminal"),
]
CONTRACT = (
    "CONTRAT DE CESSION DU DROIT D'EXPLOITATION D'UN SPECTACLE\n\n"
    "Prix de cession : 24 000 € HT, payable en deux fois.\n\n"
    "Article 6 — Confidentialité\nLes parties s'engagent à ne pas divulguer le montant du prix de cession "
    "ni les conditions financières du présent contrat, inférieures au tarif habituel de l'artiste.\n"
)
CONTRACT_TWINS = [  # no amount given, or the undertaking is a model's
    CONTRACT.replace("Prix de cession : 24 000 € HT, payable en deux fois.", "Prix : voir annexe."),
    "Modèle de contrat de cession\n\n" + CONTRACT,
    "Article 6 — Confidentialité\nLes parties s'engagent à garder confidentielles les informations "
    "échangées. Prix de cession : 24 000 € HT.\n",
]
TEMPLATE = (
    "Modèle de lettre de démission\n\n[Prénom Nom]\n[Adresse]\n\n[Lieu], le [date]\n\nObjet : démission\n\n"
    "Madame, Monsieur,\n\nJe vous informe de ma décision de démissionner du poste de [intitulé du poste] "
    "que j'occupe depuis le [date d'embauche]. Je quitte l'entreprise pour raisons de santé.\n"
)


def test_a_faq_sections_questions_are_anyones(categories) -> None:  # type: ignore[no-untyped-def]
    assert not categories(FAQ_PAGE) & {"health", "criminal"}


@pytest.mark.parametrize(("text", "category"), FAQ_TWINS)
def test_a_question_in_a_message_or_a_statement_after_a_faq_is_someones(  # type: ignore[no-untyped-def]
    categories, text: str, category: str
) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(("text", "category"), GUIDES)
def test_a_guide_speaks_of_anyone(categories, text: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert category not in categories(text)


@pytest.mark.parametrize(("text", "category"), NO_ONES)
def test_a_bodys_character_a_party_grief_and_topics_are_no_ones(  # type: ignore[no-untyped-def]
    categories, text: str, category: str
) -> None:
    assert category not in categories(text)


@pytest.mark.parametrize(("text", "category"), SOMEONES)
def test_their_twins_still_tell_of_someone(categories, text: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert category in categories(text)


def test_an_undertaking_not_to_disclose_given_amounts_is_a_business_secret(categories) -> None:  # type: ignore[no-untyped-def]
    assert "business_secret" in categories(CONTRACT)


@pytest.mark.parametrize("text", CONTRACT_TWINS)
def test_no_amount_a_model_or_a_plain_clause_is_none(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "business_secret" not in categories(text)


def test_a_model_letter_to_fill_in_is_no_case_for_the_model() -> None:
    policy = load_policy()
    extraction = Extraction("txt", (Part(TEMPLATE),))
    findings = Detector.get().analyze(TEMPLATE)
    decision = policy.decide(extraction, findings)  # (the model reads it at 0.83 without this rule)
    assert not any(r.code == "SENSITIVITY_MODEL" for r in decision.reasons)
    assert decision.route.value == "public"


FILES = [
    ("SIRH — Gestion des absences\n\nFiche absences — Mme Laurence Ducret, conseillère emploi\n\n"
     "Position : congé de longue durée depuis le 3 mars 2025 (affection psychiatrique) ;\n"
     "reprise envisagée à temps partiel thérapeutique.\n", "health"),
    ("Instance paritaire — décision sur demande de remise\nSéance du 20 novembre 2025. Demandeur : M. "
     "Thierry Valette, identifiant 7741220T.\nSituation exposée : vit seul ; dette locative de 2 300 € ; "
     "dossier de surendettement déposé le 4 novembre.\n", "social"),
]
FILE_TWINS = [  # a guide's sheet naming its contact; a body as the applicant
    ("Fiche pratique — Mme Laurence Ducret, référente\n\nPosition : congé de longue durée, accordé par le "
     "conseil médical pour six mois au plus ;\nreprise possible à temps partiel thérapeutique.\n", "health"),
    ("Instance paritaire — décision sur demande de remise\nSéance du 20 novembre 2025. Demandeur : la "
     "commune de Vals.\nSituation exposée : dette de 2 300 € envers le syndicat des eaux.\n", "social"),
]


@pytest.mark.parametrize(("text", "category"), FILES)
def test_a_record_card_or_a_labelled_party_makes_a_file_about_them(  # type: ignore[no-untyped-def]
    categories, text: str, category: str
) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(("text", "category"), FILE_TWINS)
def test_a_guides_sheet_or_a_body_applicant_does_not(categories, text: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert category not in categories(text)
