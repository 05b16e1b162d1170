"""The sensitivity benchmark as a regression guard (``make eval-sensitivity`` prints the figures).

On the hand-written development set, no more sensitive documents routed public and no more
published documents kept sovereign than measured when the classifier was built; the real
délibérations of Montpellier (text PDFs, no OCR needed) all stay public.

``make test`` guards the other tuning sets on a fixed sample (every fourth document of each route,
~1,300 documents); ``make guard-sensitivity`` guards each of them whole, set by set (the tests marked
``guard``, deselected by default: ~5,200 documents)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_sensitivity", ROOT / "bench" / "eval_sensitivity.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dev_set(detector) -> None:  # type: ignore[no-untyped-def]
    ev = _bench()
    rows = ev.classify(ev.labelled("dev"))
    leaks = [r["name"] for r in rows if r["route"] == "sovereign" and r["got"] == "public"]
    over = [r["name"] for r in rows if r["route"] == "public" and r["got"] != "public"]
    assert len(rows) >= 120
    assert len(leaks) <= 1, leaks   # measured: 0 (the same-sex couple is now told by relations.py)
    assert len(over) <= 2, over     # measured: 0


# Every fourth document of each route of the tuning sets after ``dev``: measured 0 sensitive routed
# public and 16 public kept sovereign of 1,748 (2026-12-08, seventeenth session, dev46 and dev47
# included; 0 / 16 of 1,672 in the sixteenth).
SAMPLE_EVERY = 4
SAMPLE_MOST_LEAKS = 1
SAMPLE_MOST_OVER = 18


def test_tuning_sets_sampled(detector) -> None:  # type: ignore[no-untyped-def]
    """A regression anywhere in the rules or the model shows on the sample of every tuning set."""
    ev = _bench()
    leaks: list[str] = []
    over: list[str] = []
    total = 0
    for name in ev.TUNING[1:]:
        rows = ev.classify(ev.sample(ev.labelled(name), SAMPLE_EVERY))
        total += len(rows)
        leaks += [f"{name}/{r['name']}" for r in rows if r["route"] == "sovereign" and r["got"] == "public"]
        over += [f"{name}/{r['name']}" for r in rows if r["route"] == "public" and r["got"] != "public"]
    assert total >= 1500
    assert len(leaks) <= SAMPLE_MOST_LEAKS, leaks
    assert len(over) <= SAMPLE_MOST_OVER, over


def test_sample_keeps_each_route() -> None:
    ev = _bench()
    rows = [{"name": f"{r[0]}{i:03}", "route": r} for i in range(10) for r in ("sovereign", "public")]
    got = ev.sample(rows, 4)
    assert [r["name"] for r in got] == ["p000", "p004", "p008", "s000", "s004", "s008"]


@pytest.mark.guard
@pytest.mark.parametrize(
    ("name", "most_leaks", "most_over"),
    [
        ("holdout", 1, 1),  # measured 0 / 0
        ("dev2", 1, 2),  # 0 / 1
        ("dev3", 1, 1),  # 0 / 0
        ("dev4", 1, 1),  # 0 / 0
        ("dev5", 1, 4),  # 0 / 3
        ("dev6", 1, 1),  # 0 / 0
        ("dev7", 1, 4),  # 0 / 3 (with the statistical reading, trained on every tuning set)
        ("dev8", 1, 3),  # 0 / 2
        ("dev9", 1, 11),  # 0 / 10
        ("dev10", 1, 4),  # 0 / 3 (a leak hunt: facts in chats, quoted replies, English e-mails)
        ("dev11", 1, 4),  # 0 / 3 (29 / 4 with the rules alone, before it was trained on)
        ("dev12", 1, 4),  # 0 / 3 (services' working documents, chats, tickets, English)
        ("dev13", 2, 6),  # 1 / 5 (one sensitive sentence lost in ordinary work)
        ("dev14", 1, 3),  # 0 / 2 (published documents of every kind and their twins)
        ("dev15", 2, 4),  # 1 / 3 (correspondence with users)
        ("dev16", 1, 4),  # 0 / 3 (published documents on sensitive topics; 10 / 4 rules alone, first read)
        ("dev17", 1, 3),  # 0 / 2 (forms, registers, commissions; 13 / 2 rules alone, first read)
        ("dev18", 3, 6),  # 2 / 5 (a leak hunt: euphemisms, brands, places; 11 / 8 at its first measurement)
        ("dev19", 1, 4),  # 0 / 3 (sector administrations; 3 / 5 at its first measurement)
        ("dev20", 1, 3),  # 0 / 2 (citizens' letters and replies; 2 / 6 at its first measurement)
        ("dev21", 1, 6),  # 0 / 5 (facts said without being named; 1 / 7 at its first measurement)
        ("dev22", 1, 7),  # 0 / 6 (other languages at the counter; 15 / 6 at its first measurement)
        ("dev23", 1, 6),  # 0 / 5 (published records that cross the line; 15 / 6 at its first measurement)
        ("dev24", 1, 4),  # 0 / 2 (bodies that deliberate about people; 0 / 10 at its first measurement)
        ("dev25", 1, 7),  # 0 / 6 (long documents; 7 / 5 at its first measurement)
        ("dev26", 1, 3),  # 0 / 1 (the State's services in a département; 0 / 9 at its first measurement)
        ("dev27", 1, 4),  # 0 / 2 (a conseil départemental; 0 / 6 at its first measurement)
        ("dev28", 1, 3),  # 0 / 0 (HR and social dialogue; 0 / 9 at its first measurement)
        ("dev29", 1, 4),  # 0 / 3 (education and youth; 1 / 6 at its first measurement)
        ("dev30", 1, 4),  # 0 / 3 (health and medico-social institutions; 0 / 5 at its first measurement)
        ("dev31", 1, 6),  # 0 / 5 (justice and legal services; 1 / 10 at its first measurement)
        ("dev32", 1, 2),  # 0 / 1 (economy, procurement, public finances; 4 / 11 at its first measurement)
        ("dev33", 1, 3),  # 0 / 2 (digital services, data protection, archives; 2 / 14 when first measured)
        ("dev34", 1, 8),  # 0 / 7 (social action and solidarity; 1 / 11 at its first measurement)
        ("dev35", 1, 1),  # 0 / 0 (technical services and public works; 1 / 2 at its first measurement)
        ("dev36", 1, 1),  # 0 / 0 (elections and citizenship; 0 / 4 at its first measurement)
        ("dev37", 1, 1),  # 0 / 0 (public finance and taxation; 0 / 3 at its first measurement)
        ("dev38", 1, 4),  # 0 / 3 (higher education and research; 0 / 8 at its first measurement)
        ("dev39", 1, 1),  # 0 / 0 (employment and vocational training; 1 / 5 at its first measurement)
        ("dev40", 1, 1),  # 0 / 0 (international and European affairs; 0 / 2 at its first measurement)
        ("dev41", 1, 1),  # 0 / 0 (tourism, events, night-time economy; 2 / 3 at its first measurement)
        ("dev42", 1, 3),  # 0 / 2 (funeral services, cemeteries, religious affairs; 0 / 7 when first measured)
        ("dev43", 1, 1),  # 0 / 0 (archives, libraries, access to documents; 0 / 7 when first measured)
        ("dev44", 1, 2),  # 0 / 1 (urban planning and building control; 0 / 5 when first measured)
        ("dev45", 1, 1),  # 0 / 0 (community life, associations, sport; 0 / 5 when first measured)
        ("dev46", 1, 5),  # 0 / 4 (penitentiary and probation; 1 / 8 when first measured)
        ("dev47", 1, 3),  # 0 / 2 (ports, sea and coast; 0 / 3 when first measured)
    ],
)
def test_tuning_sets(detector, name: str, most_leaks: int, most_over: int) -> None:  # type: ignore[no-untyped-def]
    """The sets tuned on, near their measured figures (holdout2 to holdout5 are not guarded: they
    are measured, never tuned on)."""
    ev = _bench()
    rows = ev.classify(ev.labelled(name))
    leaks = [r["name"] for r in rows if r["route"] == "sovereign" and r["got"] == "public"]
    over = [r["name"] for r in rows if r["route"] == "public" and r["got"] != "public"]
    assert len(leaks) <= most_leaks, leaks
    assert len(over) <= most_over, over


def test_real_deliberations_stay_public(detector) -> None:  # type: ignore[no-untyped-def]
    ev = _bench()
    if not ev.REALDOCS.is_dir():
        pytest.skip("shared/realdocs is not beside this checkout")
    rows = [r for r in ev.realdocs() if "deliberations" in r["path"]]
    assert len(rows) >= 18
    got = ev.classify(rows)
    kept = [r["name"] for r in got if r["got"] != "public"]
    assert not kept, kept


def test_shipped_model_is_what_the_tuning_sets_train() -> None:
    """The weights in the package come from the corpora in the repository: retrained here, the same
    terms and the same probabilities (to rounding) on every tuning document."""
    spec = importlib.util.spec_from_file_location(
        "train_model", ROOT / "bench" / "sensitivity" / "train_model.py")
    assert spec and spec.loader
    train_model = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train_model)
    from aiguillage.sensitivity.model import TextModel, default_model

    docs = train_model.documents()
    fresh, shipped = TextModel(train_model.train(docs)), default_model()
    assert fresh.features.keys() == shipped.features.keys(), "retrain: make train-sensitivity"
    worst = max(abs(fresh.probability(t) - shipped.probability(t)) for t, _, _ in docs)
    assert worst < 1e-3, f"retrain: make train-sensitivity ({worst:.4f})"
