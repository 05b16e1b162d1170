"""Documents sensitive by their title; officials: a sensitive fact about them still counts."""

from __future__ import annotations

import pytest

LETTER = "\nLe 3 mars 2026, {}\nFait à Lyon.\n"


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("PROCÈS-VERBAL D'AUDITION", "criminal"),
        ("Certificat médical", "health"),
        ("Arrêté portant placement en congé de longue maladie de Mme Julie Noël", "health"),
        ("Enquête sociale", "social"),
        ("FICHE DE TRANSMISSION D'UNE INFORMATION PRÉOCCUPANTE", "child_protection"),
        ("Compte rendu d'entretien professionnel 2025", "appraisal"),
    ],
)
def test_document_sensitive_by_nature(categories, title: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert category in categories(title + LETTER.format("la personne a été reçue au service."))


def test_a_reference_to_such_a_document_is_no_title(categories) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Délibération n° 12\nVu le certificat médical type publié par le ministère ;\n"
        "Le conseil adopte le budget."
    )
    assert "health" not in categories(text)


def test_official_with_a_sensitive_fact_routes_sovereign(detector) -> None:  # type: ignore[no-untyped-def]
    from aiguillage.policy import load_policy
    from aiguillage.records import Extraction, Part, Route

    text = "Mme Claire Martin, conseillère municipale, hospitalisée depuis le 3 mars, ne pourra siéger."
    extraction = Extraction("txt", (Part(text),))
    decision = load_policy().decide(extraction, detector.analyze(text))
    assert decision.route is Route.SOVEREIGN
    special = next(r for r in decision.reasons if r.code == "RGPD_SPECIAL_CATEGORY")
    evidence = special.evidence[0]
    assert evidence.category == "health" and evidence.start is not None and evidence.subject
    assert "Claire" not in special.message and special.message


def test_officials_acting_in_function_stay_public(detector) -> None:  # type: ignore[no-untyped-def]
    from aiguillage.policy import load_policy
    from aiguillage.records import Extraction, Part, Route

    text = (
        "Le Maire, Jean DUPONT, présente la délibération attribuant une subvention à la Ligue contre le "
        "cancer et à l'association des paralysés de France. Adopté à l'unanimité."
    )
    decision = load_policy().decide(Extraction("txt", (Part(text),)), detector.analyze(text))
    assert decision.route is Route.PUBLIC, decision.codes if hasattr(decision, "codes") else decision


def test_classifier_failure_fails_closed(detector, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from aiguillage.policy import load_policy
    from aiguillage.records import Extraction, Part, Route
    from aiguillage.sensitivity import classifier

    def broken(self, extraction, findings):  # type: ignore[no-untyped-def]
        raise RuntimeError("vocabulary missing")

    monkeypatch.setattr(classifier.SensitivityClassifier, "classify", broken)
    text = "Le conseil adopte le budget primitif."
    decision = load_policy().decide(Extraction("txt", (Part(text),)), detector.analyze(text))
    assert decision.route is Route.SOVEREIGN
    assert any(r.code == "SENSITIVITY_FAILED" for r in decision.reasons)
