"""The statistical reading (aiguillage.sensitivity.model) and how the policy uses it.

The scorer must compute what scikit-learn computes for the same weights; the policy must only ever
add protection with it, say why without the document's words, and fail closed without it.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from aiguillage.policy import load_policy
from aiguillage.records import Extraction, Part, Route
from aiguillage.sensitivity import model as model_module
from aiguillage.sensitivity.model import TextModel, default_model

ROOT = Path(__file__).resolve().parents[3]

TOY = [
    ("Mme Durand est hospitalisée depuis lundi pour une rechute, son arrêt est prolongé.", 1),
    ("L'agent a été placé en garde à vue hier soir, son avocat a été prévenu.", 1),
    ("Je vous informe que mon fils est suivi par le juge des enfants depuis mars.", 1),
    ("Elle touche le RSA depuis la fin de ses droits et ne peut plus payer son loyer.", 1),
    ("Le conseil municipal approuve le budget primitif et le tableau des effectifs.", 0),
    ("La médiathèque ouvre le samedi matin ; le programme des ateliers est en ligne.", 0),
    ("Le marché de travaux de voirie est attribué à l'entreprise la mieux disante.", 0),
    ("Les inscriptions à la brocante du quartier sont ouvertes jusqu'au 12 mai.", 0),
]


def _export(texts: list[str], labels: list[int], **vec: object) -> tuple[dict[str, object], object]:
    """Fit scikit-learn as bench/sensitivity/train_model.py does and write its weights as data."""
    sklearn_text = pytest.importorskip("sklearn.feature_extraction.text")
    sklearn_linear = pytest.importorskip("sklearn.linear_model")
    vectorizer = sklearn_text.TfidfVectorizer(lowercase=True, ngram_range=(1, 2), sublinear_tf=True, **vec)
    x = vectorizer.fit_transform(texts)
    lr = sklearn_linear.LogisticRegression(C=3.0, class_weight="balanced").fit(x, labels)
    data = {
        "kind": "tfidf-logistic", "tokens": r"(?u)\b\w\w+\b", "ngrams": [1, 2], "threshold": 0.5,
        "intercept": float(lr.intercept_[0]),
        "features": {t: [float(i), float(w)] for t, i, w in zip(
            vectorizer.get_feature_names_out(), vectorizer.idf_, lr.coef_[0], strict=True)},
        "categories": {},
    }
    return data, (vectorizer, lr)


@pytest.mark.parametrize("max_features", [None, 40])
def test_scorer_computes_what_scikit_learn_computes(max_features: int | None) -> None:
    texts, labels = [t for t, _ in TOY], [y for _, y in TOY]
    data, (vectorizer, lr) = _export(texts, labels, max_features=max_features)
    ours = TextModel(data)
    probes = [*texts, "Un texte NOUVEAU, sans rapport : l'hôpital, le loyer, le budget !", "", "É"]
    want = lr.predict_proba(vectorizer.transform(probes))[:, 1]  # type: ignore[attr-defined]
    for text, p in zip(probes, want, strict=True):
        assert ours.probability(text) == pytest.approx(float(p), abs=1e-9)


def test_cues_point_at_the_words_that_weighed() -> None:
    data, _ = _export([t for t, _ in TOY], [y for _, y in TOY])
    text = "Compte rendu. Mme Roux est hospitalisée, son arrêt est prolongé."
    reading = TextModel(data).read(text)
    assert reading.cues and all(c.weight > 0 for c in reading.cues)
    for cue in reading.cues:
        assert text[cue.start : cue.end].lower().split() == cue.term.split()


def test_shipped_model_was_trained_on_tuning_sets_only() -> None:
    trained = default_model().trained_on
    assert 0.5 <= default_model().threshold < 1
    assert trained["documents"] >= 1500 and "dev" in trained["sets"]
    assert not any(s.startswith("holdout") and s != "holdout" for s in trained["sets"])  # held out


def test_shipped_model_is_packaged_data() -> None:
    assert resources.files("aiguillage.sensitivity").joinpath("data/model.json.gz").is_file()
    assert "**/*.json.gz" in (ROOT / "pyproject.toml").read_text("utf-8")


def _policy(tmp_path: Path, threshold: str, enabled: str = "true", clear_below: str = "0",  # type: ignore[no-untyped-def]
            never_cleared: str = "[marking, ip, business_secret]", anchor_step: str = "0"):
    raw = resources.files("aiguillage.policy").joinpath("default.yaml").read_text("utf-8")
    old = ("  model:\n    enabled: true\n    threshold: null\n    anchor_step: null\n    clear_below: null\n"
           "    never_cleared: [marking, ip, business_secret]\n")
    assert old in raw
    p = tmp_path / "policy.yaml"
    new = (f"  model:\n    enabled: {enabled}\n    threshold: {threshold}\n    anchor_step: {anchor_step}\n"
           f"    clear_below: {clear_below}\n    never_cleared: {never_cleared}\n")
    p.write_text(raw.replace(old, new), "utf-8")
    return load_policy(p)


ORDINARY = "Objet : travaux de voirie rue des Lilas. Les travaux commenceront le 3 mars pour deux semaines."


def _decide(policy, detector, text: str):  # type: ignore[no-untyped-def]
    extraction = Extraction("txt", (Part(text),))
    return policy.decide(extraction, detector.analyze(text))


def test_model_sends_what_the_rules_would_publish_sovereign_with_its_reason(tmp_path, detector) -> None:  # type: ignore[no-untyped-def]
    d = _decide(_policy(tmp_path, "0.0"), detector, ORDINARY)
    assert d.route is Route.SOVEREIGN and "SENSITIVITY_MODEL" in d.codes
    reason = next(r for r in d.reasons if r.code == "SENSITIVITY_MODEL")
    assert reason.legal_basis and reason.evidence
    for e in reason.evidence:
        assert e.rule == "sensitivity.model" and e.category
        assert e.start is not None and e.end is not None and 0 <= e.start < e.end <= len(ORDINARY)
    words = {w.lower().strip(".:") for w in ORDINARY.split() if len(w) > 3}
    assert not words & {w.lower().strip(".:();,") for w in reason.message.split()}  # no document word


def test_threshold_above_one_or_switched_off_never_fires(tmp_path, detector) -> None:  # type: ignore[no-untyped-def]
    assert "SENSITIVITY_MODEL" not in _decide(_policy(tmp_path, "1.01"), detector, ORDINARY).codes
    off = _policy(tmp_path, "0.0", enabled="false")
    assert off.model_threshold is None
    assert _decide(off, detector, ORDINARY).route is Route.PUBLIC


def test_shipped_threshold_is_the_models(policy) -> None:  # type: ignore[no-untyped-def]
    assert policy.model_threshold == default_model().threshold


def test_model_is_not_asked_when_the_rules_found_a_fact(tmp_path, detector) -> None:  # type: ignore[no-untyped-def]
    text = ("Vu l'avis du conseil médical, Mme Claire Martin est placée en congé de longue maladie "
            "pour une pathologie nécessitant un traitement médical.")
    d = _decide(_policy(tmp_path, "0.0"), detector, text)
    assert "RGPD_SPECIAL_CATEGORY" in d.codes and "SENSITIVITY_MODEL" not in d.codes


def test_a_broken_model_fails_closed(tmp_path, detector, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    policy = _policy(tmp_path, "0.9")

    def broken() -> TextModel:
        return TextModel(json.loads('{"kind": "something-else"}'))

    monkeypatch.setattr(model_module, "default_model", broken)
    d = _decide(policy, detector, ORDINARY)
    assert d.route is Route.SOVEREIGN and "SENSITIVITY_FAILED" in d.codes


def test_a_missing_model_fails_closed_with_the_model_s_own_threshold(tmp_path, detector, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    policy = _policy(tmp_path, "null")

    def missing() -> TextModel:
        raise FileNotFoundError("data/model.json.gz")

    monkeypatch.setattr(model_module, "default_model", missing)
    d = _decide(policy, detector, ORDINARY)
    assert d.route is Route.SOVEREIGN and "SENSITIVITY_FAILED" in d.codes


SICK = ("Vu l'avis du conseil médical, Mme Claire Martin est placée en congé de longue maladie "
        "pour une pathologie nécessitant un traitement médical.")
MARKED = "DIFFUSION RESTREINTE\n\nNote à l'attention de M. le Préfet : calendrier des réunions du trimestre."


def test_clearance_keeps_the_rules_evidence_under_a_public_reason(tmp_path, detector) -> None:  # type: ignore[no-untyped-def]
    rules = _decide(_policy(tmp_path, "0.99"), detector, SICK)
    assert rules.route is Route.SOVEREIGN and "RGPD_SPECIAL_CATEGORY" in rules.codes
    d = _decide(_policy(tmp_path, "0.99", clear_below="1.01"), detector, SICK)
    assert "RGPD_SPECIAL_CATEGORY" not in d.codes and "SENSITIVITY_CLEARED" in d.codes
    assert d.route is not Route.SOVEREIGN  # the names are still anonymised (RGPD_PERSONAL)
    cleared = next(r for r in d.reasons if r.code == "SENSITIVITY_CLEARED")
    sensitive = next(r for r in rules.reasons if r.code == "RGPD_SPECIAL_CATEGORY")
    assert cleared.evidence == sensitive.evidence and cleared.legal_basis
    assert "Martin" not in cleared.message and "maladie" not in cleared.message


def test_clearance_needs_the_probability_under_its_bound(tmp_path, detector) -> None:  # type: ignore[no-untyped-def]
    p = default_model().probability(SICK)
    d = _decide(_policy(tmp_path, "0.99", clear_below=repr(p)), detector, SICK)  # p is not < p
    assert d.route is Route.SOVEREIGN and "SENSITIVITY_CLEARED" not in d.codes
    assert _decide(_policy(tmp_path, "0.99", clear_below="0"), detector, SICK).route is Route.SOVEREIGN


def test_what_a_document_says_of_itself_is_never_cleared(tmp_path, detector) -> None:  # type: ignore[no-untyped-def]
    d = _decide(_policy(tmp_path, "0.99", clear_below="1.01"), detector, MARKED)
    assert d.route is Route.SOVEREIGN and "PROTECTION_MARKING" in d.codes
    opened = _policy(tmp_path, "0.99", clear_below="1.01", never_cleared="[]")
    assert "SENSITIVITY_CLEARED" in _decide(opened, detector, MARKED).codes


def test_clearance_without_a_model_leaves_the_rules_route(tmp_path, detector, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for clear_below in ("null", "1.01"):
        policy = _policy(tmp_path, "0.99", clear_below=clear_below)

        def missing() -> TextModel:
            raise FileNotFoundError("data/model.json.gz")

        monkeypatch.setattr(model_module, "default_model", missing)
        d = _decide(policy, detector, SICK)
        assert d.route is Route.SOVEREIGN and "RGPD_SPECIAL_CATEGORY" in d.codes
        assert "SENSITIVITY_CLEARED" not in d.codes


def test_shipped_clearance_is_the_model_s_and_far_below_its_threshold(policy) -> None:  # type: ignore[no-untyped-def]
    model = default_model()
    assert policy.model_clear_below == model.clear_below
    assert 0 < model.clear_below <= model.threshold / 4
    assert policy.never_cleared == {"marking", "ip", "business_secret"}


# A note between colleagues that names someone but uses no term of the vocabularies, and one that
# names no one: the model's vote needs more for each anchor the document lacks.
NAMED = "Objet : travaux de voirie. M. Paul Girard passera lundi ; les travaux commenceront le 3 mars."


def test_anchors_are_a_named_person_and_a_sensitive_term_outside_a_name(detector) -> None:  # type: ignore[no-untyped-def]
    from aiguillage.sensitivity import default_classifier

    classifier = default_classifier()
    for text, want in [
        (ORDINARY, (False, False)),
        (NAMED, (True, False)),
        ("Le service accompagne les personnes atteintes d'un cancer.", (False, True)),
        (SICK, (True, True)),
    ]:
        assert classifier.anchors(text, detector.analyze(text)) == want, text


def test_each_missing_anchor_raises_the_threshold_by_the_step(tmp_path, detector) -> None:  # type: ignore[no-untyped-def]
    for text, missing in ((ORDINARY, 2), (NAMED, 1)):
        p = default_model().probability(text)
        just_under = f"{p - 0.001:.6f}"
        flat = _policy(tmp_path, just_under, anchor_step="0")
        assert "SENSITIVITY_MODEL" in _decide(flat, detector, text).codes
        stepped = _policy(tmp_path, just_under, anchor_step="0.01")  # needs p - 0.001 + 0.01 × missing
        assert "SENSITIVITY_MODEL" not in _decide(stepped, detector, text).codes
        low = f"{p - 0.0105 * missing:.6f}"  # ... which the threshold minus the steps reaches
        reached = _decide(_policy(tmp_path, low, anchor_step="0.01"), detector, text)
        assert "SENSITIVITY_MODEL" in reached.codes


def test_shipped_anchor_step_is_the_model_s(policy) -> None:  # type: ignore[no-untyped-def]
    assert policy.model_anchor_step == default_model().anchor_step


STORY = (
    "Le percepteur de Saint-Ambroise\nNouvelle — prix du concours d'écriture « Les métiers du service "
    "public » 2024\n\nLa veuve s'appelait Mme Bréhier. Elle devait au Trésor quatre années d'impôts et "
    "venait chaque mois solder un peu de sa dette."
)


def test_a_contest_story_is_not_read_as_a_case_file(tmp_path, detector) -> None:  # type: ignore[no-untyped-def]
    d = _decide(_policy(tmp_path, "0.0"), detector, STORY)  # a model that would flag anything
    assert "SENSITIVITY_MODEL" not in d.codes and d.route is not Route.SOVEREIGN
    report = STORY.replace("Nouvelle — prix du concours d'écriture", "Rapport du comptable public sur le")
    assert _decide(_policy(tmp_path, "0.0"), detector, report).route is Route.SOVEREIGN
