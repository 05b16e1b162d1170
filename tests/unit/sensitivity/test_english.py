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
