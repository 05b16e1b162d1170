"""The policy: each reason code, the contextual traps, officials, forcing, audit fields."""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path

import pytest
from aiguillage.policy import load_policy
from aiguillage.records import Extraction, Part, Route


def doc(*parts: tuple[str, str], flags: frozenset[str] = frozenset()) -> Extraction:
    return Extraction("docx", tuple(Part(t, k, page=1) for t, k in parts), flags=flags)


def decide(policy, detector, extraction):  # type: ignore[no-untyped-def]
    return policy.decide(extraction, detector.analyze(extraction.text))


CASES = [
    # (id, parts, expected route, expected code or None)
    ("personal_only", [("Objet : inscription. M. Jean Dupont, tél. 06 12 34 56 78, est inscrit.", "body")],
     Route.PUBLIC, "RGPD_PERSONAL"),
    ("health_about_person", [("Vu l'avis du conseil médical, Mme Claire Martin est placée en congé de longue "
                              "maladie pour une pathologie nécessitant un traitement médical.", "body")],
     Route.SOVEREIGN, "RGPD_SPECIAL_CATEGORY"),
    ("union_about_person", [("M. Paul Durand, syndiqué depuis 2010, demande une décharge.", "body")],
     Route.SOVEREIGN, "RGPD_SPECIAL_CATEGORY"),
    ("criminal_about_person", [("Le casier judiciaire de M. Paul Durand mentionne une condamnation pour délit.",  # noqa: E501
                                "body")], Route.SOVEREIGN, "CRIMINAL"),
    ("marking_in_header", [("Note sur les travaux du gymnase.", "body"), ("DIFFUSION RESTREINTE", "header")],
     Route.SOVEREIGN, "PROTECTION_MARKING"),
    ("marking_line_of_its_own", [("CONFIDENTIEL\nNote au directeur sur le budget.", "body")],
     Route.SOVEREIGN, "PROTECTION_MARKING"),
    ("marking_in_footer", [("Plan de circulation.", "body"), ("Ne pas diffuser", "footer")],
     Route.SOVEREIGN, "PROTECTION_MARKING"),
    ("business_secret_title", [("OFFRE COMMERCIALE\nPrix unitaires proposés : voir annexe.", "body")],
     Route.SOVEREIGN, "SECRET_AFFAIRES"),
    ("crpa_l311_5_title", [("SÛRETÉ DE L'ÉTAT\nDispositif de protection du site.", "body")],
     Route.SOVEREIGN, "CRPA_L311_5"),
    ("crpa_l311_6_judgement", [("Mme Claire Martin fait preuve d'une insuffisance professionnelle constatée.",
                                "body")], Route.SOVEREIGN, "CRPA_L311_6"),
    ("ip_footer", [("Guide des démarches.", "body"), ("© 2024 Éditions Exemple. Tous droits réservés.", "footer")],  # noqa: E501
     Route.SOVEREIGN, "IP_PROTECTED"),
    ("report_public", [("Rapport d'activité : 120 arbres plantés, 40 agents.", "body")], Route.PUBLIC, None),
]


@pytest.mark.parametrize(("parts", "route", "code"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reason_codes(policy, detector, parts, route, code) -> None:  # type: ignore[no-untyped-def]
    d = decide(policy, detector, doc(*parts))
    assert d.route is route, d.codes
    if code:
        assert code in d.codes
        reason = next(r for r in d.reasons if r.code == code)
        assert reason.legal_basis and reason.evidence


TRAPS = [
    ("faq_health", "Peut-on confier des données de santé à une IA ? Non : les données de santé sont des "
                   "données sensibles au sens de l'article 9 du RGPD."),
    ("faq_marking", "Que signifie la mention « Diffusion Restreinte » ? Une mention qui limite la diffusion."),  # noqa: E501
    ("faq_marking_start", "Diffusion Restreinte : que signifie cette mention ? Elle limite la diffusion d'un "
                          "document aux personnes qui ont besoin d'en connaître."),
    ("faq_criminal", "Un extrait de casier judiciaire peut-il être demandé ? Seulement pour certains emplois."),  # noqa: E501
    ("sentence_confidential", "Les agents veillent à ce que les échanges avec les usagers restent "
                              "confidentiels et courtois en toutes circonstances."),
]


@pytest.mark.parametrize("text", [t[1] for t in TRAPS], ids=[t[0] for t in TRAPS])
def test_traps_stay_public(policy, detector, text) -> None:  # type: ignore[no-untyped-def]
    d = decide(policy, detector, doc(("Foire aux questions", "body"), (text, "body")))
    assert d.route is Route.PUBLIC, [r.to_dict() for r in d.reasons]


def test_unreadable(policy) -> None:  # type: ignore[no-untyped-def]
    d = policy.decide(doc(("", "body"), flags=frozenset({"unreadable"})), [])
    assert d.route is Route.SOVEREIGN and "UNREADABLE" in d.codes


def test_public_official_is_decided_by_policy_and_said(policy, detector) -> None:  # type: ignore[no-untyped-def]
    text = ("Le conseil municipal approuve la cession à M. Jean Dupont.\nLe Maire,\nPaul DURAND")
    d = decide(policy, detector, doc((text, "body")))
    assert d.route is Route.PUBLIC
    reason = next(r for r in d.reasons if r.code == "PUBLIC_FUNCTION")
    assert reason.route is Route.PUBLIC and "CADA" in reason.legal_basis
    assert any(e.entity_type == "PUBLIC_OFFICIAL" for e in reason.evidence)
    assert "PUBLIC_OFFICIAL" not in policy.personal_entities


def test_policy_may_anonymize_officials(tmp_path: Path) -> None:
    raw = resources.files("aiguillage.policy").joinpath("default.yaml").read_text("utf-8")
    p = tmp_path / "strict.yaml"
    p.write_text(raw.replace("PUBLIC_OFFICIAL: {action: keep", "PUBLIC_OFFICIAL: {action: anonymize"), "utf-8")  # noqa: E501
    assert "PUBLIC_OFFICIAL" in load_policy(p).personal_entities


def test_force_everything_sovereign(tmp_path: Path, detector) -> None:  # type: ignore[no-untyped-def]
    raw = resources.files("aiguillage.policy").joinpath("default.yaml").read_text("utf-8")
    p = tmp_path / "souverain.yaml"
    p.write_text(raw.replace("force_sovereign: false", "force_sovereign: true").replace(
        'version: "', 'version: "forced-'), "utf-8")
    forced = load_policy(p)
    d = decide(forced, detector, doc(("Rapport d'activité : 120 arbres plantés.", "body")))
    assert d.route is Route.SOVEREIGN and "FORCED_SOVEREIGN" in d.codes
    assert d.policy_version.startswith("forced-")
    assert d.policy_hash == hashlib.sha256(p.read_bytes()).hexdigest() != load_policy().sha256


def test_version_and_hash_of_the_shipped_policy(policy) -> None:  # type: ignore[no-untyped-def]
    raw = resources.files("aiguillage.policy").joinpath("default.yaml").read_bytes()
    assert policy.sha256 == hashlib.sha256(raw).hexdigest() and policy.version


def test_unknown_code_is_never_public(policy) -> None:  # type: ignore[no-untyped-def]
    assert policy.reason("SOMETHING_NEW").route is Route.SOVEREIGN


def test_every_reason_has_route_and_legal_basis(policy) -> None:  # type: ignore[no-untyped-def]
    for code, spec in policy.data["reasons"].items():
        assert spec["route"] in ("public", "sovereign", "quarantine"), code
        assert spec["legal_basis"], code


def test_evidence_never_holds_the_value(policy, detector) -> None:  # type: ignore[no-untyped-def]
    values = ["Claire Martin", "06 12 34 56 78", "claire.martin@orange.fr", "longue maladie"]
    text = (f"Mme {values[0]}, tél. {values[1]}, courriel {values[2]}, est placée en congé de {values[3]}.")
    d = decide(policy, detector, doc((text, "body")))
    dumped = json.dumps([r.to_dict() for r in d.reasons], ensure_ascii=False)
    assert d.route is Route.SOVEREIGN
    for v in values:
        assert v not in dumped
