"""Confidential content whoever it is about: security details, business secrets, third-party works."""

from __future__ import annotations

import pytest

CASES = [
    # dev37: a cashier's fiche réflexe (a procedure) that gives the safe's combination and the alarm's code
    ("security", "Fiche réflexe remise au régisseur\nOuverture du coffre\n- Combinaison : 47-12-88, tourner "
     "trois fois à gauche.\n- L'alarme du bureau se désactive avec le code 5903 sur le clavier."),
    ("security", "Le code d'accès du local technique est 4512B, à changer chaque mois."),
    ("security", "Digicode de l'entrée des artistes : 7319A. Désactivation de l'alarme : 2468#."),
    ("security", "Le plan particulier de mise en sûreté prévoit le confinement dans la salle 12."),
    ("business_secret", "Les informations relatives aux prix relèvent du secret des affaires."),
    ("business_secret", "Sa marge nette (6,5 %) est une information commerciale sensible."),
    ("ip", "Article paru dans Le Monde du 12 mars 2024. © Le Monde, tous droits réservés."),
    ("ip", "Extrait de l'ouvrage de Marie Lenoir, reproduit avec l'aimable autorisation de l'éditeur."),
    # a press review that reproduces an article's text
    (
        "ip",
        "Revue de presse du cabinet — 3 mars\nOuest-France, édition de Vannes, 2 mars\nIl suffit de pousser "
        "la porte du restaurant scolaire un midi de novembre pour comprendre que quelque chose coince. Les "
        "plateaux reviennent à moitié pleins, les enfants s'agitent, et les agents de service ont le regard "
        "fatigué de ceux qui font avec. Depuis la panne du four mixte, début octobre, la cuisine tourne au "
        "ralenti, résume une cuisinière qui préfère garder l'anonymat.",
    ),
    # the same article in a PDF's lines, wrapped mid-sentence
    (
        "ip",
        "Revue de presse du cabinet — 3 mars\nOuest-France, édition de Vannes, 2 mars\nIl suffit de pousser\n"
        "la porte du restaurant scolaire un midi de novembre pour comprendre que\nquelque chose coince. Les "
        "plateaux reviennent à moitié pleins, les enfants\ns'agitent, et les agents de service ont le regard "
        "fatigué de ceux qui font\navec. Depuis la panne du four mixte, début octobre, la cuisine tourne au\n"
        "ralenti, résume une cuisinière qui préfère garder l'anonymat.",
    ),
]
TRAPS = [
    ("security", "Réunion du 12-03-25 : la combinaison du coffre sera changée."),  # a date is no code
    ("security", "Combinaison de protection jetable : taille L, 12 unités en stock."),  # work clothing
    (
        "business_secret",
        (
            "Le dossier du marché est consultable en mairie, sous réserve des secrets"
            " protégés par la loi (secret industriel et commercial)."
        ),
    ),
    ("security", "Ne communiquez jamais votre mot de passe : qu'est-ce qu'un mot de passe robuste ?"),
    ("security", "La commune installe 12 caméras de vidéoprotection pour 45 000 euros."),
    ("business_secret", "Qu'est-ce que le secret des affaires ? Il désigne les informations protégées."),
    ("ip", "La fête de la Libération aura lieu le 28 août place de la Comédie."),
    ("security", "HISTOIRE LOCALE – La filature Moreau, fondée en 1862, occupait 600 ouvriers."),
    # a press review of headlines, or of the service's own summaries, reproduces no article
    (
        "ip",
        "Revue de presse du cabinet — semaine 6\nLa Dépêche du Midi, 3 février — « Le centre hospitalier "
        "ouvre une équipe mobile » (p. 12)\nMidi Libre, 4 février — « Collecte des Restos en hausse » (p. 7)",
    ),
    (
        "ip",
        "Revue de presse — mardi 17 mars\nRésumés rédigés par le service communication ; liens vers les "
        "articles.\nRocade\nLa Dépêche du Midi revient sur la mobilisation des riverains, qui demandent un "
        "mur antibruit le long de la rocade depuis trois ans ; le journal rappelle que l'État a inscrit les "
        "travaux au contrat de plan et que la concertation doit s'ouvrir au printemps, avec deux réunions "
        "publiques annoncées à la salle des fêtes et un registre en mairie.",
    ),
]


@pytest.mark.parametrize(("category", "text"), CASES)
def test_confidential_content(categories, category: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert category in categories(text)


@pytest.mark.parametrize(("category", "text"), TRAPS)
def test_explanations_and_ordinary_words(categories, category: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert category not in categories(text)
