"""A column headed "Qui" holds persons in a table of reviews ("Qui | Note /5") and roles in a
procedure's table ("Étape | Qui | Délai"): the roles, ordinary words and acronyms, are no one's name
(they made a guide on redeployment "name" people, whose health words then counted of them)."""

from __future__ import annotations

PROCEDURE = (
    "Les étapes\n\nÉtape\tQui\tDélai indicatif\n"
    "Aménagement du poste\tMédecin de prévention, encadrant, ergonome\t1 à 3 mois\n"
    "Changement d'affectation\tDRH\t1 à 3 mois\n"
    "Période de préparation au reclassement\tDRH, CDG, agent\t1 an\n"
    "Retraite pour invalidité\tConseil médical, CNRACL\tVariable\n"
)
REVIEWS = (
    "Club de lecture — avis du mois\n\nQui\tNote /5\tEn un mot\n"
    "Josiane Berthier\t4\tÉmouvant\nbernard t.\t2\tLong\nBlanc\t5\tSuperbe\n"
)


def test_roles_under_who_are_no_persons(detector) -> None:  # type: ignore[no-untyped-def]
    persons = [PROCEDURE[f.start:f.end] for f in detector.analyze(PROCEDURE) if f.entity_type == "PERSON"]
    assert not any(p in ("DRH", "DRH, CDG, agent", "Médecin de prévention, encadrant, ergonome",
                         "Conseil médical, CNRACL") for p in persons), persons


def test_names_under_who_are_still_persons(detector) -> None:  # type: ignore[no-untyped-def]
    found = {REVIEWS[f.start:f.end] for f in detector.analyze(REVIEWS) if f.entity_type == "PERSON"}
    assert {"Josiane Berthier", "bernard t.", "Blanc"} <= found, found
