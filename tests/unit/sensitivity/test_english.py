"""Documents written in English (e-mails with partners, notes mixed with French): the categories'
English wordings count about a person the sentence names, and never in a general statement.
Wordings differ from the benchmark's on purpose. Known limit: an English name that the French NER
does not read, without a civility, names no one here (the statistical reading still weighs it)."""

from __future__ import annotations

import pytest

FACTS = [
    ("Update from HR: Gareth Lewis has been signed off sick with a nervous breakdown until May.", "health"),
    ("Note for the file: Ms Amina Yusuf is pregnant and will start her maternity leave in June.", "health"),
    ("Olivia Grant was arrested last night and is still in police custody.", "criminal"),
    ("Please note that Mr Jakub Nowak is an asylum seeker and his residence permit expires next week.",
     "immigration"),
    ("For your information, Daniel Moreau has been elected shop steward for his trade union.", "union"),
    ("Kevin Doyle and his husband are adopting a baby girl in the spring.", "sexuality"),
    ("The host family says that Ms Rachel Stein keeps Shabbat and cannot travel on Saturdays.", "religion"),
    ("Since the divorce, Laura Mills has sole custody of the two children.", "family"),
    ("Martin Hale received a final warning after the disciplinary hearing of 3 March.", "appraisal"),
    ("The archive request says Mrs Ellen Shaw found her half-sister through a DNA test.",
     "genetic_biometric"),
]
GENERAL = [
    "The county's mental health strategy aims to reduce depression and anxiety among young people.",
    "Mental Health Awareness Week: free workshops on stress and panic attacks, open to everyone.",
    "Our food bank opens on Thursdays; anyone on benefits may register at the reception desk.",
    "The twinning committee welcomes asylum seekers' associations to the spring fair.",
]


@pytest.mark.parametrize(("text", "category"), FACTS)
def test_an_english_fact_about_a_named_person(categories, text: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert category in categories(text)


@pytest.mark.parametrize("text", GENERAL)
def test_english_topics_in_general_are_no_facts(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text)


# English terms never read French words: "convictions" are beliefs in French.
FRENCH_HOMOGRAPHS = [
    "L'école publique accueille tous les enfants, quelles que soient leurs convictions ou celles de leur "
    "famille.",
]


@pytest.mark.parametrize("text", [
    *FRENCH_HOMOGRAPHS,
    "Students with a disability or a chronic illness can apply for a top-up grant.",
    "On the International Day Against Homophobia, the Deputy Mayor raised the flag.",
])
def test_groups_topics_and_french_homographs(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text)


# English words that French writes with another meaning count only in a sentence of that language.
FALSE_FRIENDS_IN_ENGLISH = [
    ("Ryan Kelly was released on parole last month and reports every Friday to his officer.", "criminal"),
    ("Sophie Turner and her partner finalised the adoption of their son in Leeds this spring.", "family"),
]
FALSE_FRIENDS_IN_FRENCH = [
    "Mme Hélène Caradec, maire, prend la parole pour remercier les bénévoles du forum des associations.",
    "M. Yannick Le Goff, adjoint aux finances, présente le rapport ; adoption à l'unanimité du budget.",
    "Point 4 — Adoption des tarifs du centre nautique, rapporteur M. Loïc Bernard.",
    "Mme Nadia Ferhat rappelle qu'en observant les consignes de tri on réduit la facture des ménages.",
]


@pytest.mark.parametrize(("text", "category"), FALSE_FRIENDS_IN_ENGLISH)
def test_a_false_friend_counts_in_english(categories, text: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert category in categories(text)


@pytest.mark.parametrize("text", FALSE_FRIENDS_IN_FRENCH)
def test_a_false_friend_is_no_fact_in_french(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text)


def test_a_french_adoption_said_of_a_child_still_counts(categories) -> None:  # type: ignore[no-untyped-def]
    assert "family" in categories("M. et Mme Karim Benali ont obtenu l'adoption plénière de leur fille Inès.")
    assert "family" in categories("Mme Julie Moreau attend l'adoption d'un enfant né au Vietnam.")
