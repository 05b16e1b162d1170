"""Evaluation: leaks, accounting, routing confusion, token-level P/R/F2, fully redacted rate."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from aiguillage.evaluate import DetectionScores, TypeScore, evaluate, locate, score_document
from aiguillage.records import Finding

FIELDS = ["doc_id", "source", "route"]


def make_batch(tmp: Path, rows: list[tuple[str, str, str]], public_text: dict[str, str],
               truth: list[dict]) -> tuple[Path, Path]:  # type: ignore[type-arg]
    out = tmp / "out"
    (out / "audit").mkdir(parents=True)
    with (out / "audit" / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(FIELDS)
        w.writerows(rows)
    for doc_id, _, route in rows:
        (out / route / doc_id).mkdir(parents=True)
        if route == "public":
            (out / route / doc_id / "text.txt").write_text(public_text.get(doc_id, ""), "utf-8")
    truth_file = tmp / "truth.jsonl"
    truth_file.write_text("".join(json.dumps(t) + "\n" for t in truth), "utf-8")
    return out, truth_file


def t(source: str, route: str, pii: list[str]) -> dict:  # type: ignore[type-arg]
    return {"source": source, "kind": "x", "format": "txt", "expected_route": route, "expected_reasons": [],
            "pii": pii, "entities": []}


def test_routing_leaks_and_confusion(tmp_path: Path) -> None:
    rows = [("a1", "a.txt", "public"), ("b1", "b.txt", "public"), ("c1", "c.txt", "sovereign"),
            ("d1", "d.txt", "public")]
    truth = [t("a.txt", "public", ["Jean Dupont"]), t("b.txt", "sovereign", []), t("c.txt", "public", []),
             t("d.txt", "public", ["Antoine"])]
    out, tf = make_batch(tmp_path, rows, {"a1": "Courrier à [PERSONNE_1]", "b1": "Arrêté",
                                          "d1": "rue Jean Dupont"}, truth)
    ev = evaluate(out, tf, detection=False)
    assert ev.accounted_once and ev.documents == 4
    assert ev.leaks == 1 and ev.leaked_docs == ["a.txt"]  # a distinctive value found anywhere public
    assert ev.sensitive_public == 1 and ev.over_routed == 1 and ev.public_eligible == 3
    assert ev.confusion == {"public": {"public": 2, "sovereign": 1}, "sovereign": {"public": 1}}
    assert not ev.ok


def test_a_lone_first_name_in_another_document_is_no_leak(tmp_path: Path) -> None:
    rows = [("a1", "a.txt", "public"), ("b1", "b.txt", "public")]
    truth = [t("a.txt", "public", ["Antoine"]), t("b.txt", "public", [])]
    out, tf = make_batch(tmp_path, rows, {"a1": "[PERSONNE_1]", "b1": "avenue Antoine de Saint-Exupéry"}, truth)  # noqa: E501
    assert evaluate(out, tf, detection=False).leaks == 0


@pytest.mark.parametrize(("public", "leaked"), [
    ("Courrier à [PERSONNE_1], copie à M. GALLET.", 1),   # the surname left alone after the full name went
    ("Courrier à [PERSONNE_1] ; les galettes sont servies.", 0),  # inside another word: not the name
    ("Courrier à [PERSONNE_1] (née Gallet-Roux).", 1),     # in a double-barrelled name: still the name
    ("Courrier à [PERSONNE_1], [PERSONNE_2].", 0),
    ("Le Daniel du service a signé.", 1),                   # a first name of the person, alone
])
def test_words_of_a_name_left_in_its_document_are_leaks(tmp_path: Path, public: str, leaked: int) -> None:
    rows = [("a1", "a.txt", "public")]
    entities = [{"type": "PERSON", "value": "Daniel Gallet"}, {"type": "PHONE_NUMBER", "value": "01"}]
    truth = [{**t("a.txt", "public", ["Daniel Gallet"]), "entities": entities}]
    out, tf = make_batch(tmp_path, rows, {"a1": public}, truth)
    ev = evaluate(out, tf, detection=False)
    assert ev.leaks == 0 and ev.name_word_leaks == leaked and ev.ok is (leaked == 0)


def test_unaccounted(tmp_path: Path) -> None:
    out, tf = make_batch(tmp_path, [("a1", "a.txt", "public")], {}, [t("a.txt", "public", []),
                                                                       t("b.txt", "public", [])])
    ev = evaluate(out, tf, detection=False)
    assert not ev.accounted_once and ev.unaccounted == 1


def test_locate_is_whitespace_flexible() -> None:
    assert locate("demeurant 69 avenue\nGillet, 34755", "69 avenue Gillet") == [(10, 26)]
    assert locate("GILLETTE", "GILLET") == []


def test_token_scores_and_fully_redacted() -> None:
    text = "M. Jean Dupont, tél. 06 12 34 56 78, 12 rue Haute 75001 Paris. Le Maire, Paul DURAND"
    ents = [{"type": "PERSON", "value": "Jean Dupont"}, {"type": "PHONE_NUMBER", "value": "06 12 34 56 78"},
            {"type": "FR_ADDRESS", "value": "12 rue Haute 75001 Paris"},
            {"type": "PUBLIC_OFFICIAL", "value": "Paul DURAND"}]

    def at(value: str, etype: str) -> Finding:
        s = text.index(value)
        return Finding(etype, s, s + len(value), 0.9, "test")

    scores = DetectionScores()
    score_document(text, ents, [at("Jean Dupont", "PERSON"), at("06 12 34 56 78", "PHONE_NUMBER"),
                                at("12 rue Haute", "FR_ADDRESS"), at("75001 Paris", "LOCATION"),
                                at("Paul DURAND", "PUBLIC_OFFICIAL"), at("Maire", "PERSON")], scores)
    assert scores.per_type["PERSON"].recall == 1.0 and scores.per_type["PERSON"].precision == pytest.approx(2 / 3)  # noqa: E501
    assert scores.per_type["FR_ADDRESS"].recall == 1.0  # the city found as a place counts
    assert scores.fully_redacted == 1 and scores.documents == 1
    missed = DetectionScores()
    score_document(text, ents, [at("Jean Dupont", "PERSON")], missed)
    assert missed.fully_redacted == 0 and missed.per_type["PHONE_NUMBER"].recall == 0.0
    assert missed.pooled(frozenset({"PHONE_NUMBER", "FR_ADDRESS"})).tp == 0


def test_f2_weights_recall() -> None:
    assert TypeScore(tp=9, fp=9, fn=1).f2 > TypeScore(tp=5, fp=0, fn=5).f2
